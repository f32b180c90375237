"""Typed records passed between pipeline stages, and their contract form (`to_dict`).

Every record that comes from the text keeps character offsets into `Article.text`
(the cleaned body), so each field of the output can be traced back to its sentence.
The dict forms follow `extraction.schema.json` (shipped as `eventwire/data/`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_MODES = ("asserted", "negated", "future", "hypothetical")
PLACE_PRECISIONS = ("point", "city", "district", "admin1", "country", "region", "unresolved")
DATE_PRECISIONS = ("day", "week", "month", "season", "year", "unknown")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`; the one way spans are made, so offsets always match."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date or datetime
    outlet: str | None = None
    url: str | None = None
    origin: str = "<input>"  # file (and line) it came from, for messages
    notes: tuple[str, ...] = ()  # non-fatal ingest problems, e.g. an unparseable Published: date

    @property
    def published_date(self) -> date | None:
        if not self.published:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "published": self.published,
                "outlet": self.outlet, "url": self.url, "text": self.text}


# actor types of armed groups that have a name of their own (not a state force, not "gunmen")
NAMED_GROUP_TYPES = frozenset(("rebel_group", "militant_group", "political_militia",
                               "identity_militia"))


@dataclass(frozen=True)
class Actor:
    id: str
    name: str  # canonical name
    type: str | None  # government, military, police, rebel_group, militant_group, ...
    country: str | None  # ISO 3166-1 alpha-3
    mentions: tuple[Span, ...]
    role: str | None = None  # for persons: 'spokesman for pro-government forces'
    affiliation: str | None = None  # actor id or name the person speaks for

    def ref(self, mention: Span | None = None) -> ActorRef:
        text = (mention or self.mentions[0]).text if (mention or self.mentions) else self.name
        return ActorRef(name=self.name, text=text, actor_id=self.id, type=self.type,
                        country=self.country)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
                "role": self.role, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class ActorRef:
    name: str
    text: str | None = None
    actor_id: str | None = None
    type: str | None = None
    country: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "text": self.name if self.text is None else self.text,
                "actor_id": self.actor_id,
                "type": self.type, "country": self.country}


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    lat: float | None
    lon: float | None
    precision: str  # one of PLACE_PRECISIONS
    mentions: tuple[Span, ...]
    geonames_id: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    score: float = 0.0

    def ref(self) -> dict:
        return {"name": self.name, "place_id": self.id, "geonames_id": self.geonames_id,
                "lat": self.lat, "lon": self.lon, "country": self.country,
                "admin1": self.admin1, "precision": self.precision}

    def to_dict(self) -> dict:
        return {"id": self.id, **self.ref(), "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class TimeSpan:
    """A resolved time expression (or an unresolved one: start/end None, precision 'unknown')."""
    start: date | None
    end: date | None
    precision: str  # one of DATE_PRECISIONS
    text: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "precision": self.precision, "text": self.text}


@dataclass(frozen=True)
class EventType:
    plover: str
    plover_mode: str | None = None
    contexts: tuple[str, ...] = ()
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    cameo_root: str | None = None

    def to_dict(self) -> dict:
        return {"plover": self.plover, "plover_mode": self.plover_mode,
                "contexts": list(self.contexts), "acled_event_type": self.acled_event_type,
                "acled_sub_event_type": self.acled_sub_event_type,
                "cameo_root": self.cameo_root}


@dataclass(frozen=True)
class Fatalities:
    low: int | None
    high: int | None
    acled: int | None = None
    text: str | None = None
    claimed_by: str | None = None

    def to_dict(self) -> dict:
        return {"low": self.low, "high": self.high, "acled": self.acled, "text": self.text,
                "claimed_by": self.claimed_by}


@dataclass(frozen=True)
class Event:
    id: str
    type: EventType
    mode: str  # one of EVENT_MODES
    actor1: ActorRef | None
    actor2: ActorRef | None
    place: Place | None
    date: TimeSpan
    evidence: tuple[Span, ...]
    confidence: float
    fatalities: Fatalities | None = None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type.to_dict(), "mode": self.mode,
                "actor1": self.actor1.to_dict() if self.actor1 else None,
                "actor2": self.actor2.to_dict() if self.actor2 else None,
                "place": self.place.ref() if self.place else None,
                "date": self.date.to_dict(),
                "fatalities": self.fatalities.to_dict() if self.fatalities else None,
                "sources": list(self.sources),
                "evidence": [e.to_dict() for e in self.evidence],
                "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    speaker: ActorRef | None
    speaker_role: str | None = None
    channel: str | None = None
    speaker_span: Span | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker.to_dict() if self.speaker else None,
                "speaker_role": self.speaker_role, "channel": self.channel,
                "direct": self.direct, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quantity:
    what: str  # killed, wounded, fighters, displaced, arrested, ...
    low: int | None
    high: int | None
    text: str
    start: int
    end: int
    of: str | None = None
    approx: bool = False
    claimed_by: str | None = None
    acled: int | None = None  # ACLED-style conservative number for vague counts

    def to_dict(self) -> dict:
        return {"what": self.what, "of": self.of, "low": self.low, "high": self.high,
                "approx": self.approx, "claimed_by": self.claimed_by, "text": self.text,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ClaimValue:
    value: float | str
    claimed_by: str | None
    start: int
    end: int

    def to_dict(self) -> dict:
        value = int(self.value) if isinstance(self.value, float) and self.value.is_integer() \
            else self.value
        return {"value": value, "claimed_by": self.claimed_by, "start": self.start,
                "end": self.end}


@dataclass(frozen=True)
class Claim:
    subject: str
    values: tuple[ClaimValue, ...]
    disputed: bool

    def to_dict(self) -> dict:
        return {"subject": self.subject, "values": [v.to_dict() for v in self.values],
                "disputed": self.disputed}


@dataclass(frozen=True)
class Extraction:
    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    errors: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(),
                "actors": [a.to_dict() for a in self.actors],
                "places": [p.to_dict() for p in self.places],
                "events": [e.to_dict() for e in self.events],
                "quotes": [q.to_dict() for q in self.quotes],
                "quantities": [q.to_dict() for q in self.quantities],
                "claims": [c.to_dict() for c in self.claims],
                "errors": list(self.errors)}
