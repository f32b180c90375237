"""`eventwire eval`: score extraction on gold files. Three formats, told apart by their fields:

- article gold (`examples/gold.jsonl`: `file` + `events`): event recall, false events, mode errors,
  place acc@161, date accuracy, actor1/actor2 of the matched events, quote speaker/channel
  accuracy, fatalities, claim recall;
- PLOVER sentence gold (`event` + `text`): type accuracy of the top event, per type;
- toponym gold (GeoWebNews: `toponyms`): coverage and acc@161 of the geocoder.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .actors import alias_rows, find_actors, initials
from .errors import UsageError
from .ingest import iter_inputs
from .model import Article, Extraction
from .pipeline import Pipeline
from .places import ACRONYM

KM_161 = 161.0


@dataclass
class EvalResult:
    kind: str
    path: str
    metrics: dict[str, float | int | None]
    table: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": self.path, "metrics": self.metrics, "table": self.table}


def evaluate_file(path: Path, pipeline: Pipeline | None = None) -> EvalResult:
    records = _read_gold(path)
    first = records[0]
    pipeline = pipeline or Pipeline()
    if "toponyms" in first:
        return _eval_toponyms(path, records, pipeline)
    if "event" in first and "text" in first:
        return _eval_plover(path, records, pipeline)
    if "file" in first and "events" in first:
        return _eval_articles(path, records, pipeline)
    raise UsageError(f"{path}: unknown gold format (expected fields file+events, event+text, or "
                     "toponyms; see the README's 'Gold formats')")


def _read_gold(path: Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read gold file ({exc.strerror})") from None
    records = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    if not records:
        raise UsageError(f"{path}: gold file is empty")
    return records


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


# --- toponyms ------------------------------------------------------------------------------------

def _eval_toponyms(path: Path, records: list[dict], pipeline: Pipeline) -> EvalResult:
    from .places import baseline_places  # the population-only baseline, on the same mentions
    articles = [Article(id=str(r["id"]), text=r["text"]) for r in records]
    total = covered = correct = base_covered = base_correct = 0
    pairs = ((a.text, (r, a)) for r, a in zip(records, articles))
    for doc, (record, article) in pipeline.nlp.pipe(pairs, as_tuples=True,
                                                    batch_size=pipeline.batch_size):
        extraction = pipeline.extract_doc(doc, article)
        baseline = baseline_places(doc, extraction.actors, pipeline.gazetteer)
        for places, tally in ((extraction.places, True), (baseline, False)):
            found = [(m.start, m.end, p) for p in places for m in p.mentions]
            for topo in record["toponyms"]:
                if topo.get("lat") is None:
                    continue
                total += tally
                place = next((p for s, e, p in found if s < topo["end"] and topo["start"] < e), None)
                if place is None or place.lat is None:
                    continue
                hit = distance_km(place.lat, place.lon, topo["lat"], topo["lon"]) <= KM_161
                if tally:
                    covered, correct = covered + 1, correct + hit
                else:
                    base_covered, base_correct = base_covered + 1, base_correct + hit
    return EvalResult("toponyms", str(path), {
        "toponyms": total, "coverage": _ratio(covered, total),
        "acc@161": _ratio(correct, covered), "acc@161_all": _ratio(correct, total),
        "acc@161_population_baseline": _ratio(base_correct, base_covered)})


# --- PLOVER sentences ------------------------------------------------------------------------------

def _eval_plover(path: Path, records: list[dict], pipeline: Pipeline) -> EvalResult:
    labels: dict[str, set[str]] = defaultdict(set)
    for r in records:
        labels[r["text"]].add(r["event"])
    texts = list(labels)
    articles = [Article(id=f"s{i}", text=t) for i, t in enumerate(texts)]
    per_type: dict[str, Counter] = defaultdict(Counter)
    correct = 0
    for text, extraction in zip(texts, pipeline.extract_many(articles)):
        predicted = top_event_type(extraction)
        hit = predicted in labels[text]
        correct += hit
        for label in labels[text]:
            per_type[label]["n"] += 1
            per_type[label]["correct"] += predicted == label
    table = [{"type": t, "n": c["n"], "correct": c["correct"],
              "accuracy": _ratio(c["correct"], c["n"])} for t, c in sorted(per_type.items())]
    return EvalResult("plover", str(path), {"sentences": len(texts),
                                            "type_accuracy": _ratio(correct, len(texts))}, table)


def top_event_type(extraction: Extraction) -> str | None:
    """The PLOVER type of the most confident event; sentence gold codes one event per sentence."""
    events = extraction.events
    return max(events, key=lambda e: e.confidence).type.plover if events else None


# --- article gold ---------------------------------------------------------------------------------

def _eval_articles(path: Path, records: list[dict], pipeline: Pipeline) -> EvalResult:
    articles = []
    for record in records:
        source = _article_path(Path(path), record["file"])
        items = list(iter_inputs([source]))
        if not items or not isinstance(items[0], Article):
            raise UsageError(f"{path}: gold names {record['file']} but {source} cannot be read")
        articles.append(items[0])
    tally: Counter = Counter()
    canonical = _canonical_actor_names(records, pipeline)
    for record, extraction in zip(records, pipeline.extract_many(articles)):
        _score_events(record, extraction, tally, canonical)
        _score_places(record, extraction, tally)
        _score_quotes(record, extraction, tally)
        _score_claims(record, extraction, tally)
    n = len(records)
    metrics = {
        "articles": n,
        "event_recall": _ratio(tally["event_hit"], tally["events"]),
        "event_type_recall": _ratio(tally["type_hit"], tally["events"]),
        "acled_sub_event_accuracy": _ratio(tally["sub_hit"], tally["sub_total"]),
        "false_events_per_10_articles": round(10 * tally["false_events"] / n, 2),
        "non_asserted_coded_asserted": tally["mode_violation"],
        "event_date_accuracy": _ratio(tally["date_hit"], tally["date_total"]),
        "actor1_accuracy": _ratio(tally["actor1_hit"], tally["actor1_total"]),
        "actor2_accuracy": _ratio(tally["actor2_hit"], tally["actor2_total"]),
        "place_acc@161": _ratio(tally["place_hit"], tally["places"]),
        "fatalities_low_accuracy": _ratio(tally["fatal_hit"], tally["fatal_total"]),
        # the same hits over every gold event with the field: finding one more event cannot
        # lower these, as it can the accuracies above (measured on the events found)
        "acled_sub_event_recall": _ratio(tally["sub_hit"], tally["sub_gold"]),
        "event_date_recall": _ratio(tally["date_hit"], tally["date_gold"]),
        "actor1_recall": _ratio(tally["actor1_hit"], tally["actor1_gold"]),
        "actor2_recall": _ratio(tally["actor2_hit"], tally["actor2_gold"]),
        "fatalities_low_recall": _ratio(tally["fatal_hit"], tally["fatal_gold"]),
        "quote_speaker_accuracy": _ratio(tally["speaker_hit"], tally["quotes"]),
        "quote_channel_accuracy": _ratio(tally["channel_hit"], tally["channel_total"]),
        "claim_recall": _ratio(tally["claim_hit"], tally["claims"]),
    }
    return EvalResult("articles", str(path), metrics)


def _article_path(gold: Path, name: str) -> Path:
    for candidate in (gold.parent / name, gold.parent / "articles" / name):
        if candidate.exists():
            return candidate
    return gold.parent / "articles" / name


def _span_dates(d: dict) -> tuple[date, date] | None:
    if not d or not d.get("start"):
        return None
    return date.fromisoformat(d["start"]), date.fromisoformat(d.get("end") or d["start"])


def _place_close(gold_place: dict | None, place: dict | None) -> bool:
    """Within 161 km; a country-level gold place (no one true point, see `_score_places`) is
    matched by a country-level place of the same ISO code."""
    if not gold_place or gold_place.get("lat") is None:
        return True
    if not place or place.get("lat") is None:
        return False
    if gold_place.get("precision") == "country" and gold_place.get("country"):
        return place.get("precision") == "country" and place.get("country") == gold_place["country"]
    return distance_km(place["lat"], place["lon"], gold_place["lat"], gold_place["lon"]) <= KM_161


def _date_overlaps(gold_date: dict | None, pred: dict) -> bool:
    gold = _span_dates(gold_date)
    if gold is None:
        return True
    got = _span_dates(pred)
    return got is not None and pred.get("precision") != "unknown" and \
        got[0] <= gold[1] and gold[0] <= got[1]


def _canonical_actor_names(records: list[dict], pipeline: Pipeline) -> dict[str, str]:
    """Each gold actor name as the actors stage names it when it reads that name alone, so that
    gold written "Lebanese army", "HTS" or "unidentified gunmen" is compared with "Military Forces
    of Lebanon", "Hayat Tahrir al-Sham" or "Unidentified Armed Group". A name the stage does not
    read as exactly one actor is compared as written."""
    names = sorted({e[role] for r in records for e in r["events"]
                    for role in ("actor1", "actor2") if e.get(role)})
    canonical = {}
    for name, doc in zip(names, pipeline.nlp.pipe(names)):
        found = find_actors(doc)
        canonical[name] = found[0].name if len(found) == 1 else name
    return canonical


def _score_events(record: dict, extraction: Extraction, tally: Counter,
                  canonical: dict[str, str] | None = None) -> None:
    predicted = [e.to_dict() for e in extraction.events]
    acronyms = _defined_acronyms(extraction.article.text)
    candidates = [_candidates(gold, predicted) for gold in record["events"]]
    # Gold events found in full take their predictions first: one only partly found (its type
    # but not its place or date) must not take the prediction another gold event fully matches
    # and leave that one counted as a false event.
    used: set[int] = set()
    chosen: dict[int, int] = {}
    for fully in (True, False):
        for k, (gold, (same_type, located, full)) in enumerate(zip(record["events"], candidates)):
            if bool(full) != fully:
                continue
            # a partial match is the prediction of the same sub-type nearest to it in place or
            # date: "a US drone struck a truck" placed in the country, not another event's town
            best = min(full or same_type, default=None, key=lambda i: (*_match_rank(
                gold, predicted[i], i in used), not (i in located or _date_overlaps(
                    gold.get("date"), predicted[i]["date"]))))
            if best is not None:
                used.add(best)
                chosen[k] = best
    # predictions that are asserted gold events cannot also be a statement coded as asserted
    accounted = {chosen[k] for k, gold in enumerate(record["events"])
                 if k in chosen and gold.get("mode", "asserted") == "asserted"}
    for k, (gold, (same_type, _, full)) in enumerate(zip(record["events"], candidates)):
        tally["events"] += 1
        for role in ("actor1", "actor2"):
            tally[f"{role}_gold"] += bool(gold.get(role))
        tally["sub_gold"] += bool(gold.get("acled_sub_event_type"))
        tally["date_gold"] += bool(gold.get("date"))
        tally["fatal_gold"] += bool(gold.get("fatalities")) and \
            gold["fatalities"].get("low") is not None
        tally["type_hit"] += bool(same_type)
        if full:
            tally["event_hit"] += 1
            _score_actors(gold, predicted[chosen[k]], tally, canonical or {}, acronyms)
        if k in chosen:
            _score_matched(gold, predicted[chosen[k]], tally)
        if gold.get("mode", "asserted") != "asserted":
            _score_mode(gold, extraction, tally, accounted)
    tally["false_events"] += sum(1 for i, e in enumerate(predicted)
                                 if i not in used and e["mode"] == "asserted")


def _candidates(gold: dict, predicted: list[dict]) -> tuple[list[int], list[int], list[int]]:
    """Predictions of the gold event's type and mode; of those, the ones near its place; of
    those, the ones on its date (a full match)."""
    mode = gold.get("mode", "asserted")
    same_type = [i for i, e in enumerate(predicted)
                 if e["type"]["plover"] == gold["plover"] and e["mode"] == mode]
    located = [i for i in same_type if _place_close(gold.get("place"), predicted[i]["place"])]
    full = [i for i in located if _date_overlaps(gold.get("date"), predicted[i]["date"])]
    return same_type, located, full


def _score_actors(gold: dict, pred: dict, tally: Counter, canonical: dict[str, str],
                  acronyms: dict[str, str]) -> None:
    """Who did it and to whom, on events found with their type, mode, place and date. A state
    acting as a whole is the same actor named "Iran" or "Government of Iran" (the gold sets
    write both); a group the article introduces as "Oromo Liberation Army (OLA)" is the same
    actor named either way."""
    for role in ("actor1", "actor2"):
        wanted = gold.get(role)
        if not wanted:
            continue
        tally[f"{role}_total"] += 1
        got = (pred.get(role) or {}).get("name")
        names = {_state_name(wanted), _state_name(canonical.get(wanted, wanted))}
        names |= {_state_name(n) for n in _named_by(wanted)}
        names |= {acronyms[n] for n in names if n in acronyms}
        tally[f"{role}_hit"] += bool(got) and _state_name(got) in names


def _defined_acronyms(text: str) -> dict[str, str]:
    """Full name <-> acronym, casefolded, for every "Full Name (ABBR)" the article writes whose
    initials spell the acronym."""
    pairs: dict[str, str] = {}
    for full, short in ACRONYM.findall(text):
        words = [w for w in full.split() if w[:1].isupper()]
        # initials in any order: "Coordination of Azawad Movements (CMA)" keeps French order
        while words and sorted("".join(w[0] for w in words).upper()) != \
                sorted(short.replace("-", "").upper()):
            words = words[1:]  # "the army and the Coordination of ..."
        if words:
            name = full[full.index(words[0]):].casefold()
            pairs[name], pairs[short.casefold()] = short.casefold(), name
    return pairs


def _state_name(name: str) -> str:
    return name.casefold().removeprefix("government of ")


def _match_rank(gold: dict, pred: dict, used: bool) -> tuple[bool, bool]:
    """Which of the equally good candidates a gold event is scored on: one no other gold event
    took, then one with the gold's ACLED sub-type. Taking merely the first candidate charged a
    correct, separate prediction ("clashed on the same day" next to the shelling) as a false
    event whenever an earlier one of the same type also fit. Each gold event still needs its
    own type, mode, place and date; nothing here makes a hit of a miss."""
    sub = gold.get("acled_sub_event_type")
    return used, bool(sub) and pred["type"].get("acled_sub_event_type") != sub


def _score_matched(gold: dict, pred: dict, tally: Counter) -> None:
    if gold.get("acled_sub_event_type"):
        tally["sub_total"] += 1
        tally["sub_hit"] += pred["type"].get("acled_sub_event_type") == gold["acled_sub_event_type"]
    if gold.get("date"):
        tally["date_total"] += 1
        tally["date_hit"] += _date_overlaps(gold["date"], pred["date"])
    if gold.get("fatalities") and gold["fatalities"].get("low") is not None:
        tally["fatal_total"] += 1
        got = (pred.get("fatalities") or {}).get("low")
        tally["fatal_hit"] += got == gold["fatalities"]["low"]


def _score_mode(gold: dict, extraction: Extraction, tally: Counter,
                accounted: set[int] | frozenset[int] = frozenset()) -> None:
    """A statement that did not (or may) happen must never come out asserted. The gold trigger
    is looked for as a whole word: a plain substring test charged "shelled the town" (another,
    real event in the article) as the hypothetical "could shell" coded asserted; and as written
    (gold triggers are exact substrings of the text), so that the planned "march" is not found
    in "In March 2023, police fired water cannon ...", another, real event. A prediction
    `accounted` for by an asserted gold event of the same sentence ("agreed to have the results
    reviewed, and the protesters said they would clear the track only if ...") is that event."""
    trigger = gold.get("trigger") or ""
    if not trigger:
        return
    word = re.compile(rf"\b{re.escape(trigger)}\b")

    def told(event) -> bool:
        return event.type.plover == gold["plover"] and \
            any(word.search(e.text) for e in event.evidence)
    # a sentence can tell two events ("had prohibited the traffic, and said the ban would be
    # extended"): when the statement is also coded with its own mode, the asserted event in the
    # same sentence is the other one
    if any(e.mode == gold["mode"] and told(e) for e in extraction.events):
        return
    if any(e.mode == "asserted" and told(e) for i, e in enumerate(extraction.events)
           if i not in accounted):
        tally["mode_violation"] += 1


def _score_places(record: dict, extraction: Extraction, tally: Counter) -> None:
    """acc@161 per gold toponym. A country has no one true point (gazetteers put Somalia's
    hundreds of km apart), so a gold place of precision "country" is right when a country-level
    place of the same ISO code was found; every other place is scored by distance."""
    for gold in record.get("places", []):
        if gold.get("lat") is None:
            continue
        tally["places"] += 1
        name = gold["name"].casefold()
        found = [p for p in extraction.places if p.name.casefold() == name
                 or any(name in (m.text.casefold(), _toponym(m.text)) for m in p.mentions)]
        if gold.get("precision") == "country" and gold.get("country"):
            hit = any(p.precision == "country" and p.country == gold["country"] for p in found)
        else:
            hit = any(p.lat is not None and distance_km(
                p.lat, p.lon, gold["lat"], gold["lon"]) <= KM_161 for p in found)
        tally["place_hit"] += hit


# The text's "Ségou region" or "Jonglei state" names the gold toponym "Ségou" or "Jonglei":
# the generic word is the mention's, not the place's.
_GENERIC_PLACE_WORD = re.compile(
    r"\s+(?:province|region|state|county|district|department|governorate|municipality|"
    r"oblast|prefecture|cercle|commune)$", re.IGNORECASE)


def _toponym(mention: str) -> str:
    return _GENERIC_PLACE_WORD.sub("", mention).casefold()


def _names_match(gold: str | None, got: str | None) -> bool:
    if not gold or not got:
        return gold == got
    a, b = gold.casefold(), got.casefold()
    return a in b or b in a or a.split()[-1] == b.split()[-1] or \
        _spells(gold, got) or _spells(got, gold) or got in _named_by(gold)


@lru_cache(maxsize=1)
def _alias_names() -> dict[str, frozenset[str]]:
    """Alias -> the canonical names the alias dictionary gives it ("UPC": the Union for Peace in
    the Central African Republic), so that gold which writes a group as the text does is
    matched, though read alone the alias needs its country to resolve."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in alias_rows():
        for alias in row.aliases + row.context_aliases:
            found[alias].add(row.name)
    return {alias: frozenset(names) for alias, names in found.items()}


def _named_by(alias: str) -> frozenset[str]:
    return _alias_names().get(alias, frozenset())


def _spells(acronym: str, name: str) -> bool:
    """"BNP" for "Bangladesh Nationalist Party": one name is the other's initials."""
    return acronym.isupper() and acronym.isalpha() and len(acronym) > 1 and \
        acronym == initials(name)


def _score_quotes(record: dict, extraction: Extraction, tally: Counter) -> None:
    """Each gold quote is found by its `contains` substring. When the article quotes the same
    words twice (a standfirst repeating a body quote, attributed to "Iraqi commanders" there and
    to the spokesman in the body), gold lists them once and the quote whose speaker matches is
    scored; its channel is scored on that same quote, never on another one."""
    for gold in record.get("quotes", []):
        tally["quotes"] += 1
        needle = gold.get("contains", "")
        found = [q for q in extraction.quotes if needle and needle in q.text]
        if not found:
            continue
        quote = next((q for q in found if _speaker_matches(gold.get("speaker"), q)), found[0])
        tally["speaker_hit"] += _speaker_matches(gold.get("speaker"), quote)
        if gold.get("channel"):
            tally["channel_total"] += 1
            tally["channel_hit"] += _names_match(gold["channel"], quote.channel)


def _speaker_matches(gold: str | None, quote) -> bool:
    speaker = quote.speaker.name if quote.speaker else None
    return _names_match(gold, speaker) or bool(
        quote.speaker and quote.speaker.text and _names_match(gold, quote.speaker.text))


def _score_claims(record: dict, extraction: Extraction, tally: Counter) -> None:
    for gold in record.get("claims", []):
        tally["claims"] += 1
        wanted = {float(v) for v in gold.get("values", []) if isinstance(v, (int, float))}
        tally["claim_hit"] += any(
            c.disputed == gold.get("disputed", True) and
            (not wanted or wanted & {float(v.value) for v in c.values if isinstance(v.value, (int, float))})
            for c in extraction.claims)


def render(result: EvalResult, console: Console) -> None:
    table = Table(title=f"{result.kind}: {result.path}", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in result.metrics.items():
        table.add_row(name, "–" if value is None else str(value))
    console.print(table)
    if result.table:
        per = Table(title="per type", title_justify="left")
        for column in result.table[0]:
            per.add_column(column, justify="right" if column != "type" else "left")
        for row in result.table:
            per.add_row(*("–" if v is None else str(v) for v in row.values()))
        console.print(per)
