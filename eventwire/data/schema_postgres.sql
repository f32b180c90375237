-- eventwire store schema (PostgreSQL). Run on every open; every statement is idempotent.
-- Same tables and columns as schema_duckdb.sql (keep the two in step), plus indexes for the joins.
-- One row per article; an article is known by its id and by the sha1 of its text.
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT,
    published     TEXT,        -- as given: ISO date or datetime
    published_day DATE,           -- its date part, for ordering reports
    outlet        TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    origin        TEXT,
    errors        TEXT,        -- JSON list of per-article problems
    ingested_at   TIMESTAMP NOT NULL,
    run_id        TEXT
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT,
    country     TEXT,
    role        TEXT,
    affiliation TEXT,
    mentions    TEXT           -- JSON list of spans
);

CREATE TABLE IF NOT EXISTS places (
    article_id  TEXT NOT NULL,
    place_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    precision   TEXT,
    geonames_id BIGINT,
    country     TEXT,
    admin1      TEXT,
    score       DOUBLE PRECISION,
    mentions    TEXT
);

-- One row per article event; the contract's event object is kept whole in event_json.
CREATE TABLE IF NOT EXISTS events (
    article_id           TEXT NOT NULL,
    event_id             TEXT NOT NULL,
    plover               TEXT NOT NULL,
    plover_mode          TEXT,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    cameo_root           TEXT,
    mode                 TEXT NOT NULL,
    actor1_name          TEXT,
    actor1_type          TEXT,
    actor1_country       TEXT,
    actor2_name          TEXT,
    actor2_type          TEXT,
    actor2_country       TEXT,
    place_name           TEXT,
    place_lat            DOUBLE PRECISION,
    place_lon            DOUBLE PRECISION,
    place_country        TEXT,
    place_admin1         TEXT,
    place_precision      TEXT,
    place_geonames_id    BIGINT,
    date_start           DATE,
    date_end             DATE,
    date_precision       TEXT,
    fatalities_low       INTEGER,
    fatalities_high      INTEGER,
    fatalities_acled     INTEGER,
    confidence           DOUBLE PRECISION,
    evidence             TEXT,  -- JSON list of spans
    event_json           TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id   TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    text         TEXT,
    speaker_name TEXT,
    speaker_role TEXT,
    channel      TEXT,
    direct       BOOLEAN,
    "start"      INTEGER,
    "end"        INTEGER
);

CREATE TABLE IF NOT EXISTS quantities (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    what       TEXT,
    "of"       TEXT,
    low        BIGINT,
    high       BIGINT,
    approx     BOOLEAN,
    claimed_by TEXT,
    acled      BIGINT,
    text       TEXT,
    "start"    INTEGER,
    "end"      INTEGER
);

CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    subject    TEXT,
    disputed   BOOLEAN,
    "values"   TEXT            -- JSON list of {value, claimed_by, start, end}
);

CREATE TABLE IF NOT EXISTS quarantine (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    "at"   TIMESTAMP NOT NULL,
    run_id TEXT
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id   TEXT PRIMARY KEY,
    started  TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    counts   TEXT              -- JSON object, e.g. {"articles": 10, "events": 31}
);

-- Which real-world event (cluster) each article event belongs to; written by Store.dedup().
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    event_id   TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS events_key ON events (article_id, event_id);
CREATE INDEX IF NOT EXISTS events_dates ON events (plover, date_start, date_end);
CREATE UNIQUE INDEX IF NOT EXISTS event_clusters_key ON event_clusters (article_id, event_id);
CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters (cluster_id);
CREATE INDEX IF NOT EXISTS actors_article ON actors (article_id);
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);
