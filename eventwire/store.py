"""The event store: all SQL lives here (schemas in `data/schema_duckdb.sql`, `schema_postgres.sql`).

`open_store(db)` -> `Store`: a DuckDB file (default) or a `postgresql://` URL, behind one
interface. The SQL is written once with `?` placeholders; a small backend class per database
holds what differs: connecting, placeholders, transactions and bulk writes (DuckDB through
Arrow tables, PostgreSQL through COPY). Articles are written one batch per transaction; an
article is known by its id and by the sha1 of its text, so re-ingesting it (even under another
id) is a no-op. `Store.dedup()` clusters the not-yet-clustered events with
`dedup.cluster_events`; `Store.events()` reads one merged event per cluster.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from .dedup import EventRow, Report, cluster_events, merge_reports, normalise_actor, tokens
from .errors import StoreError, UsageError
from .model import Article, Event, Extraction

DEFAULT_DB = "eventwire.duckdb"
_ARROW_TYPES = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "INTEGER": pa.int32(),
                "BIGINT": pa.int64(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
                "BOOLEAN": pa.bool_()}
_ARTICLE_TABLES = ("articles", "actors", "places", "events", "quotes", "quantities", "claims")
_PG_PREFIXES = ("postgresql://", "postgres://")
_WRITE_CHUNK = 100_000  # rows per Arrow table / COPY, bounds memory on large writes


@dataclass(frozen=True)
class AddResult:
    added: int  # articles written
    skipped: int  # articles already stored (same id or same text), or repeated in the batch
    events: int = 0  # article events written


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def open_store(db: str | Path | None = None) -> Store:
    """The store at `db`: None -> ./eventwire.duckdb; a path -> DuckDB file (created if missing);
    a postgresql:// URL -> that PostgreSQL database (tables created if missing)."""
    if isinstance(db, str) and db.startswith(_PG_PREFIXES):
        return Store(_Postgres.connect(db), db)
    path = Path.cwd() / DEFAULT_DB if db is None else Path(db)
    return Store(_DuckDB.connect(path), path)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@lru_cache(maxsize=2)
def _schema_sql(dialect: str) -> str:
    return (Path(__file__).parent / "data" / f"schema_{dialect}.sql").read_text("utf-8")


class _DuckDB:
    """A DuckDB file: Arrow-table inserts (executemany is ~1k rows/s)."""
    name = "duckdb"

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path):
        self.con, self.where = con, str(path)
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall()
        cols: dict[str, list[pa.Field]] = {}
        for table, column, dtype in rows:
            cols.setdefault(table, []).append(pa.field(column, _ARROW_TYPES[dtype]))
        self.schemas = {table: pa.schema(fields) for table, fields in cols.items()}

    @classmethod
    def connect(cls, path: Path) -> _DuckDB:
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a store file; pass a file path such as "
                             f"--db {path / DEFAULT_DB}")
        if not path.parent.exists():
            raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist; "
                             "create it or choose another --db")
        try:
            con = duckdb.connect(str(path))
        except duckdb.Error as exc:
            raise StoreError(_duckdb_open_message(path, exc)) from exc
        try:
            con.execute(_schema_sql("duckdb"))
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot set up store {path}: {_first_line(exc)}; is it an "
                             "eventwire DuckDB file? choose another --db") from exc
        return cls(con, path)

    def execute(self, sql: str, params: Sequence = ()):
        return self.con.execute(sql, list(params))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.begin()
        try:
            yield
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def insert(self, table: str, rows: list[dict]) -> None:
        arrow = pa.Table.from_pylist(rows, schema=self.schemas[table])
        name = f"_batch_{table}"
        self.con.register(name, arrow)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    def close(self) -> None:
        self.con.close()


def _duckdb_open_message(path: Path, exc: Exception) -> str:
    msg = _first_line(exc)
    if "lock" in msg.lower():
        return (f"store {path} is in use by another process ({msg}); close that process "
                "(another `eventwire ingest`/`serve`?) or use another --db")
    return f"cannot open store {path}: {msg}; check the path is a writable DuckDB file"


class _Postgres:
    """A PostgreSQL database through psycopg 3: `?` -> `%s`, bulk writes through COPY."""
    name = "postgres"

    def __init__(self, con, url: str):
        self.con, self.where = con, _redact(url)
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
        self.columns: dict[str, list[str]] = {}
        for table, column in rows:
            self.columns.setdefault(table, []).append(column)

    @classmethod
    def connect(cls, url: str) -> _Postgres:
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// store needs psycopg 3: pip install "
                             "'psycopg[binary]'") from None
        try:
            con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL store {_redact(url)}: "
                             f"{_first_line(exc)}; check the server is running and the URL "
                             "(postgresql://USER@HOST:PORT/DBNAME)") from exc
        try:
            con.execute(_schema_sql("postgres"))
        except psycopg.Error as exc:
            con.close()
            raise StoreError(f"cannot set up store {_redact(url)}: {_first_line(exc)}; does "
                             "the user may create tables in that database?") from exc
        return cls(con, url)

    def execute(self, sql: str, params: Sequence = ()):
        return self.con.execute(sql.replace("?", "%s"), list(params))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con.transaction():
            yield

    def insert(self, table: str, rows: list[dict]) -> None:
        cols = self.columns[table]
        quoted = ", ".join(f'"{c}"' for c in cols)
        with self.con.cursor() as cur, cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(c) for c in cols])

    def close(self) -> None:
        self.con.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class Store:
    def __init__(self, backend: _DuckDB | _Postgres, where: str | Path):
        self._db = backend
        self.path = where
        self.run_id: str | None = None

    @property
    def backend(self) -> str:
        """'duckdb' or 'postgres'."""
        return self._db.name

    # -- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fetchall(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    def _fetchone(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self._db.execute(sql, params).fetchone()

    # -- what is stored -------------------------------------------------------------------
    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self._fetchall(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        return {r[0] for r in rows}

    def stored(self, articles: Iterable[Article]) -> set[str]:
        """Ids of the given articles already stored, by id or by the hash of their text."""
        articles = list(articles)
        if not articles:
            return set()
        ids = [a.id for a in articles]
        hashes = [content_hash(a.text) for a in articles]
        rows = self._fetchall(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
            "OR content_hash IN (SELECT unnest(?::VARCHAR[]))", [ids, hashes])
        known_ids = {r[0] for r in rows}
        known_hashes = {r[1] for r in rows}
        return {a.id for a, h in zip(articles, hashes) if a.id in known_ids or h in known_hashes}

    def is_stored(self, article: Article) -> bool:
        """One article (~1 ms a query; prefer `stored()` over a batch)."""
        return self._fetchone(
            "SELECT 1 FROM articles WHERE id = ? UNION ALL "
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1",
            [article.id, content_hash(article.text)]) is not None

    def stats(self) -> dict[str, int]:
        """Row counts for summaries: articles, article events, merged events, quarantined."""
        q = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
             "(SELECT count(DISTINCT cluster_id) FROM event_clusters), "
             "(SELECT count(*) FROM quarantine)")
        a, e, c, q_ = self._fetchone(q)
        return {"articles": a, "article_events": e, "events": c, "quarantined": q_}

    # -- writing --------------------------------------------------------------------------
    def add(self, extractions: Sequence[Extraction], run_id: str | None = None) -> AddResult:
        """Store the batch's new articles in one transaction; already stored ones are skipped."""
        run_id = run_id or self.run_id
        fresh, seen_ids, seen_hashes = [], set(), set()
        already = self.stored(x.article for x in extractions)
        for x in extractions:
            h = content_hash(x.article.text)
            if x.article.id in already or x.article.id in seen_ids or h in seen_hashes:
                continue
            seen_ids.add(x.article.id)
            seen_hashes.add(h)
            fresh.append((x, h))
        if fresh:
            self._write(_batch_rows(fresh, run_id, datetime.now()))
        return AddResult(added=len(fresh), skipped=len(extractions) - len(fresh),
                         events=sum(len(x.events) for x, _ in fresh))

    def _write(self, tables: Mapping[str, list[dict]]) -> None:
        with self._db.transaction():
            for table, rows in tables.items():
                for i in range(0, len(rows), _WRITE_CHUNK):
                    self._insert(table, rows[i:i + _WRITE_CHUNK])

    def _insert(self, table: str, rows: list[dict]) -> None:
        try:
            self._db.insert(table, rows)
        except _db_errors() as exc:
            raise StoreError(f"cannot write {table} to store {self._db.where}: "
                             f"{_first_line(exc)}") from exc

    def quarantine(self, origin: str, reason: str, run_id: str | None = None) -> None:
        self._db.execute("INSERT INTO quarantine VALUES (?, ?, ?, ?)",
                          [origin, reason, datetime.now(), run_id or self.run_id])

    def quarantined(self) -> list[dict]:
        rows = self._fetchall(
            "SELECT origin, reason, \"at\", run_id FROM quarantine ORDER BY \"at\"")
        return [dict(zip(("origin", "reason", "at", "run_id"), r)) for r in rows]

    def start_run(self) -> str:
        self.run_id = datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8]
        self._db.execute("INSERT INTO ingest_runs VALUES (?, ?, NULL, NULL)",
                          [self.run_id, datetime.now()])
        return self.run_id

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        self._db.execute("UPDATE ingest_runs SET finished = ?, counts = ? WHERE run_id = ?",
                          [datetime.now(), json.dumps(dict(counts)), run_id])
        if self.run_id == run_id:
            self.run_id = None

    # -- de-duplication -------------------------------------------------------------------
    def dedup(self) -> int:
        """Cluster the events not yet clustered with the clustered events near them in time.

        Returns the number of newly clustered article events."""
        new = self._event_rows(_DEDUP_SELECT + " WHERE c.cluster_id IS NULL")
        if not new:
            return 0
        rows = self._dedup_context(new) + new
        members = [{"cluster_id": c.id, "article_id": k[0], "event_id": k[1]}
                   for c in cluster_events(rows) for k in c.new_members]
        self._write({"event_clusters": members})
        return len(members)

    def _event_rows(self, sql: str, params: Sequence = ()) -> list[EventRow]:
        """Query results converted chunk by chunk, so raw tuples never pile up (1M events)."""
        cur = self._db.execute(sql, params)
        out: list[EventRow] = []
        while chunk := cur.fetchmany(50_000):
            out.extend(_event_row(r) for r in chunk)
        return out

    def _dedup_context(self, new: list[EventRow]) -> list[EventRow]:
        starts = [r.start for r in new if r.start is not None]
        ends = [r.end for r in new if r.end is not None]
        days = [r.published for r in new if r.published is not None]
        pad = 2
        plovers = sorted({r.plover for r in new})
        lo, hi = (date.fromordinal(min(starts) - pad), date.fromordinal(max(ends) + pad)) \
            if starts else (None, None)
        plo, phi = (date.fromordinal(min(days)), date.fromordinal(max(days))) \
            if days else (None, None)
        return self._event_rows(
            _DEDUP_SELECT + " WHERE c.cluster_id IS NOT NULL"
            " AND e.plover IN (SELECT unnest(?::VARCHAR[]))"
            " AND ((e.date_start <= ?::DATE AND e.date_end >= ?::DATE)"
            " OR a.published_day BETWEEN ?::DATE AND ?::DATE)",
            [plovers, hi, lo, plo, phi])

    # -- reading --------------------------------------------------------------------------
    def events(self, since: date | str | None = None, until: date | str | None = None,
               country: str | None = None, type: str | None = None) -> list[dict]:
        """The de-duplicated events: one merged contract event per cluster, with its reports."""
        if self._fetchone(_DEDUP_SELECT + " WHERE c.cluster_id IS NULL LIMIT 1"):
            self.dedup()
        since_d, until_d = _as_date(since, "--since"), _as_date(until, "--until")
        country = country.upper() if country else None
        type = type.upper() if type else None
        conds, params = ["TRUE"], []
        for cond, value in (("e.date_end >= ?::DATE", since_d),
                            ("e.date_start <= ?::DATE", until_d),
                            ("upper(e.place_country) = ?", country), ("e.plover = ?", type)):
            if value is not None:
                conds.append(cond)
                params.append(value)
        rows = self._fetchall(
            "WITH hit AS (SELECT DISTINCT c.cluster_id FROM event_clusters c JOIN events e "
            "USING (article_id, event_id) WHERE " + " AND ".join(conds) + ") "
            "SELECT c.cluster_id, e.article_id, e.event_id, a.outlet, a.published, e.event_json "
            "FROM event_clusters c JOIN hit USING (cluster_id) "
            "JOIN events e USING (article_id, event_id) JOIN articles a ON a.id = e.article_id "
            "ORDER BY c.cluster_id, a.published_day NULLS LAST, a.ingested_at, "
            "e.article_id, e.event_id", params)
        out = []
        for cid, group in _group(rows):
            reports = [Report(r[1], r[2], r[3], r[4], json.loads(r[5])) for r in group]
            merged = merge_reports(cid, reports)
            if _keep(merged, since_d, until_d, country, type):
                out.append(merged)
        out.sort(key=lambda m: (m["date"]["start"] is None, m["date"]["start"] or "",
                                m["event_id"]))
        return out


def _db_errors() -> tuple[type[Exception], ...]:
    try:
        import psycopg
    except ImportError:
        return (duckdb.Error,)
    return (duckdb.Error, psycopg.Error)


_DEDUP_SELECT = (
    "SELECT e.article_id, e.event_id, e.plover, e.plover_mode, e.acled_sub_event_type, "
    "e.actor1_name, e.actor2_name, e.place_lat, e.place_lon, e.place_precision, "
    "e.place_country, e.place_admin1, e.date_start, e.date_end, "
    "coalesce(e.fatalities_acled, e.fatalities_high, e.fatalities_low), e.evidence, "
    "a.published_day, c.cluster_id FROM events e JOIN articles a ON a.id = e.article_id "
    "LEFT JOIN event_clusters c ON c.article_id = e.article_id AND c.event_id = e.event_id")


def _event_row(r: tuple) -> EventRow:
    evidence = " ".join(s.get("text", "") for s in json.loads(r[15] or "[]"))
    start, end = r[12], r[13] or r[12]
    return EventRow(
        article_id=r[0], event_id=r[1], plover=r[2], plover_mode=r[3], acled_sub=r[4],
        actors=frozenset(normalise_actor(n) for n in (r[5], r[6]) if n),
        roles=(normalise_actor(r[5]) if r[5] else None, normalise_actor(r[6]) if r[6] else None),
        lat=r[7], lon=r[8], precision=r[9], country=r[10], admin1=r[11],
        start=start.toordinal() if start else None, end=end.toordinal() if end else None,
        fatalities=r[14], tokens=tokens(evidence),
        published=r[16].toordinal() if r[16] else None, cluster_id=r[17])


def _group(rows: list[tuple]) -> Iterable[tuple[str, list[tuple]]]:
    current, group = None, []
    for r in rows:
        if r[0] != current and group:
            yield current, group
            group = []
        current = r[0]
        group.append(r)
    if group:
        yield current, group


def _keep(event: dict, since: date | None, until: date | None, country: str | None,
          plover: str | None) -> bool:
    start = event["date"]["start"]
    end = event["date"]["end"] or start
    if since and (end is None or end < since.isoformat()):
        return False
    if until and (start is None or start > until.isoformat()):
        return False
    if country and ((event["place"] or {}).get("country") or "").upper() != country:
        return False
    return not plover or event["type"]["plover"] == plover


def _as_date(value: date | str | None, flag: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise UsageError(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from None


# -- Extraction -> table rows -----------------------------------------------------------------

def _batch_rows(batch: list[tuple[Extraction, str]], run_id: str | None,
                now: datetime) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {t: [] for t in _ARTICLE_TABLES}
    for x, h in batch:
        art = x.article
        aid = art.id
        tables["articles"].append({
            "id": aid, "content_hash": h, "title": art.title, "published": art.published,
            "published_day": art.published_date, "outlet": art.outlet, "url": art.url,
            "text": art.text, "origin": art.origin, "errors": json.dumps(list(x.errors)),
            "ingested_at": now, "run_id": run_id})
        tables["actors"].extend(
            {"article_id": aid, "actor_id": a.id, "name": a.name, "type": a.type,
             "country": a.country, "role": a.role, "affiliation": a.affiliation,
             "mentions": json.dumps([m.to_dict() for m in a.mentions])} for a in x.actors)
        tables["places"].extend(
            {"article_id": aid, "place_id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon,
             "precision": p.precision, "geonames_id": p.geonames_id, "country": p.country,
             "admin1": p.admin1, "score": p.score,
             "mentions": json.dumps([m.to_dict() for m in p.mentions])} for p in x.places)
        tables["events"].extend(_event_record(aid, e) for e in x.events)
        tables["quotes"].extend(
            {"article_id": aid, "idx": i, "text": q.text,
             "speaker_name": q.speaker.name if q.speaker else None,
             "speaker_role": q.speaker_role, "channel": q.channel, "direct": q.direct,
             "start": q.start, "end": q.end} for i, q in enumerate(x.quotes))
        tables["quantities"].extend(
            {"article_id": aid, "idx": i, **q.to_dict(), "acled": q.acled}
            for i, q in enumerate(x.quantities))
        tables["claims"].extend(
            {"article_id": aid, "idx": i, "subject": c.subject, "disputed": c.disputed,
             "values": json.dumps([v.to_dict() for v in c.values])}
            for i, c in enumerate(x.claims))
    return tables


def _event_record(article_id: str, e: Event) -> dict:
    d = e.to_dict()
    rec = {"article_id": article_id, "event_id": e.id, "plover": e.type.plover,
           "plover_mode": e.type.plover_mode, "acled_event_type": e.type.acled_event_type,
           "acled_sub_event_type": e.type.acled_sub_event_type, "cameo_root": e.type.cameo_root,
           "mode": e.mode, "date_start": e.date.start, "date_end": e.date.end or e.date.start,
           "date_precision": e.date.precision, "confidence": e.confidence,
           "evidence": json.dumps(d["evidence"]), "event_json": json.dumps(d)}
    for role, ref in (("actor1", e.actor1), ("actor2", e.actor2)):
        rec |= {f"{role}_name": ref.name if ref else None,
                f"{role}_type": ref.type if ref else None,
                f"{role}_country": ref.country if ref else None}
    if e.place:
        p = e.place
        rec |= {"place_name": p.name, "place_lat": p.lat, "place_lon": p.lon,
                "place_country": p.country, "place_admin1": p.admin1,
                "place_precision": p.precision, "place_geonames_id": p.geonames_id}
    if e.fatalities:
        rec |= {"fatalities_low": e.fatalities.low, "fatalities_high": e.fatalities.high,
                "fatalities_acled": e.fatalities.acled}
    return rec
