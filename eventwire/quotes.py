"""Quotes: Doc (+ actors) -> list[Quote], direct (“...”) and indirect ("X said that ...").

Cascade:
1. direct quotes: a character scan pairs opening and closing marks of any style (“ ” " ‘ ’ « »
   „), tolerating mismatched pairs (“...") and closing an unterminated quote at its paragraph end;
   the quote text is what lies inside the marks, without the attribution comma;
2. the cue: a speech verb from `data/quote_lexicon.json` (said, told, added, claimed ...) or
   "according to", after the quote up to the end of its sentence (“...,” X said), else before it
   on the same line (X said: “...”). A quote without a cue takes the speaker of the nearest quote
   before it in the same paragraph;
3. indirect quotes: a speech verb outside quotes with a clausal complement ("X said that ...",
   "..., Issa told DPA") or "according to X, ..."; the text is the reported clause;
4. the speaker: the cue's subject (or the object of "according to"). "a statement on X's Facebook
   page said" speaks for X with channel "statement (Facebook)". Pronouns and later mentions
   ("he", "Issa") resolve to the last full PERSON name; with `actors`, the speaker is the actor
   whose mention overlaps the speaker span. speaker_role comes from an apposition
   ("Reda Issa, a spokesman for ...") and is remembered for later mentions; an anonymous
   speaker ("a military source") keeps its description as name;
5. the channel: an agency/outlet the speaker "told" (data list, or any ORG object), "in a statement"
   (+ platform: Facebook, radio, ...), "on Twitter".
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from .model import Actor, ActorRef, Quote, Span
from .nlp import doc_text

_OPENERS = {"“": "”\"“", "\"": "\"”“", "«": "»", "‘": "’", "„": "“”\"", "‹": "›"}
_NAMED = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"))
_STOP_BEFORE = frozenset((".", "!", "?", "”", "\"", "»", ";"))
_TRIM = " \t\n\r,;:-–—"
_SPEAKER_BREAKS = frozenset(("—", "–", ")", ":", "|"))
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us"))

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Lexicon:
    speech: frozenset[str]
    statements: frozenset[str]
    containers: frozenset[str]
    platforms: dict[str, str]
    agencies: dict[str, str]  # lower-case alias -> canonical
    suffixes: tuple[str, ...]
    not_channels: frozenset[str]
    anaphors: frozenset[str]


@dataclass(frozen=True)
class _Attribution:
    speaker: ActorRef | None
    span: Span | None
    role: str | None
    channel: str | None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = json.loads((_DATA / "quote_lexicon.json").read_text(encoding="utf-8"))
    agencies = {alias.lower(): name for name, aliases in raw["agencies"].items()
                for alias in [name, *aliases]}
    return _Lexicon(
        speech=frozenset(raw["speech_verbs"]), statements=frozenset(raw["statement_nouns"]),
        containers=frozenset(raw["channel_container_nouns"]), platforms=raw["platforms"],
        agencies=agencies,
        suffixes=tuple(sorted((" " + s.lower() for s in raw["outlet_suffixes"]), key=len,
                              reverse=True)),
        not_channels=frozenset(raw["not_channels"]), anaphors=frozenset(raw["anaphors"]))


def find_quotes(doc: Doc, actors: Sequence[Actor] = ()) -> list[Quote]:
    """Direct and indirect quotes in `doc`, in text order, with speaker, role and channel."""
    lex = _lexicon()
    text = doc_text(doc)
    ctx = _Context(doc, text, actors, lex)
    quotes: list[Quote] = []
    used: set[int] = set()
    inside: set[int] = set()
    for start, end in quote_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(t.is_alpha for t in span):
            continue
        inside.update(range(span.start, span.end))
        cue = _cue_after(doc, span, lex) or _cue_before(doc, span, lex)
        if cue is None and len(span) < 3:
            continue  # a scare-quoted word, not speech
        if cue is not None:
            used.add(cue.i)
        att = ctx.attribute(cue) if cue is not None else None
        quotes.append(_make_quote(text, start, end, True, att))
    quotes.extend(_indirect(doc, text, lex, ctx, used, inside))
    quotes.sort(key=lambda q: q.start)
    return _inherit_speakers(text, quotes)


# --- 1. direct quote marks -------------------------------------------------------------------

def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks, trimmed of edge punctuation."""
    out: list[tuple[int, int]] = []
    open_at, closers = -1, ""
    n = len(text)
    for i, ch in enumerate(text):
        if open_at < 0:
            if ch in _OPENERS and _can_open(text, i, ch):
                open_at, closers = i, _OPENERS[ch]
            continue
        if ch == "\n":
            out.append((open_at + 1, i))  # unterminated: the quote ends with its paragraph
            open_at = -1
        elif ch in closers and _can_close(text, i, ch, n):
            out.append((open_at + 1, i))
            open_at = -1
    if open_at >= 0:
        out.append((open_at + 1, n))
    return [t for t in (_trim(text, s, e) for s, e in out) if t[1] > t[0]]


def _can_open(text: str, i: int, ch: str) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == "‘":
        return (i == 0 or not text[i - 1].isalnum()) and nxt.isalnum()
    return nxt != "" and not nxt.isspace()


def _can_close(text: str, i: int, ch: str, n: int) -> bool:
    nxt = text[i + 1] if i + 1 < n else ""
    if ch in "’“\"":  # apostrophes and re-openers: only a close when no word follows
        return not nxt.isalnum()
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


# --- 2. cues ---------------------------------------------------------------------------------

def _is_cue(t: Token, lex: _Lexicon) -> bool:
    if t.lower_ == "according":
        return any(c.lower_ == "to" for c in t.children)
    return t.pos_ == "VERB" and t.lemma_.lower() in lex.speech


def _cue_after(doc: Doc, span: SpacySpan, lex: _Lexicon) -> Token | None:
    if span[-1].text == ".":
        return None  # “... .” ends its sentence; a cue after it belongs to the next one
    j = span.end
    while j < len(doc) and doc[j].is_punct and doc[j].text not in (".", "!", "?"):
        j += 1  # the closing mark, comma, dash
    for t in doc[j:min(len(doc), j + 30)]:
        if "\n" in t.text or t.text in _OPENERS or t.text in (".", "!", "?"):
            return None
        if _is_cue(t, lex):
            return t
    return None


def _cue_before(doc: Doc, span: SpacySpan, lex: _Lexicon) -> Token | None:
    j = span.start - 1
    while j >= 0 and doc[j].is_punct and (doc[j].text in _OPENERS or doc[j].text in ":,-–—"):
        j -= 1  # the opening mark, a colon or comma
    for t in reversed(doc[max(0, j - 30):j + 1]):
        if "\n" in t.text or t.text in _STOP_BEFORE:
            return None
        if _is_cue(t, lex):
            return t
    return None


# --- 3. indirect speech ----------------------------------------------------------------------

def _indirect(doc: Doc, text: str, lex: _Lexicon, ctx: _Context, used: set[int],
              inside: set[int]) -> list[Quote]:
    out: list[Quote] = []
    for t in doc:
        if t.i in used or t.i in inside or not _is_cue(t, lex):
            continue
        clause = _reported_clause(doc, t)
        if clause is None or any(i in inside for i in range(clause[0], clause[1])):
            continue
        start, end = _trim(text, doc[clause[0]].idx,
                           doc[clause[1] - 1].idx + len(doc[clause[1] - 1]))
        if end - start < 12:
            continue
        out.append(_make_quote(text, start, end, False, ctx.attribute(t)))
    return out


def _reported_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """Token range of what the cue reports: its ccomp, or the clause around 'according to X'."""
    if cue.lower_ == "according":
        head = cue.head
        phrase = (cue.left_edge.i, cue.right_edge.i + 1)
        whole = (head.left_edge.i, head.right_edge.i + 1)
        left, right = (whole[0], phrase[0]), (phrase[1], whole[1])
        best = max((left, right), key=lambda r: r[1] - r[0])
        return best if best[1] - best[0] >= 3 else None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    start = comp.left_edge.i
    if doc[start].lower_ == "that":
        start += 1
    end = comp.right_edge.i + 1
    return (start, end) if end - start >= 3 else None


# --- 4-5. speaker, role, channel -------------------------------------------------------------

class _Context:
    """Per-document state: PERSON names seen so far, roles by name, actors by mention."""

    def __init__(self, doc: Doc, text: str, actors: Sequence[Actor], lex: _Lexicon):
        self.doc, self.text, self.actors, self.lex = doc, text, actors, lex
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.roles: dict[str, str] = {}

    def attribute(self, cue: Token) -> _Attribution:
        subj = _subject(cue)
        if subj is not None and subj.lower_ in _OBJECT_PRONOUNS:
            subj = None  # a misparse: "him" does not speak
        if subj is None:
            return _Attribution(None, None, None, _channel(cue, None, self.lex))
        channel = _channel(cue, subj, self.lex) if cue.lower_ != "according" else None
        owner_used = subj.lemma_.lower() in self.lex.statements
        if owner_used:
            channel = _statement_channel(subj, cue, self.lex)
            owner = _statement_owner(subj, self.lex)
            if owner is None:
                return _Attribution(None, None, None, channel)
            subj = owner
        span = self._speaker_span(subj, strip_det=owner_used)
        role = _apposition(subj)
        name = self._full_name(span, subj)
        if role:
            self.roles[name] = role
        ref = self._actor_ref(span, name, subj)
        role = role or self.roles.get(ref.name) or self._actor_role(span)
        return _Attribution(ref, span, role, channel)

    def _speaker_span(self, subj: Token, strip_det: bool = False) -> Span:
        doc = self.doc
        start, end = subj.left_edge.i, subj.i + 1
        for j in range(subj.i - 1, start - 1, -1):
            if doc[j].text in _SPEAKER_BREAKS or "\n" in doc[j].text:
                start = j + 1  # a dateline "BEIRUT (AP) — " is not part of the speaker
                break
        if subj.ent_type_ not in _NAMED and subj.pos_ != "PRON":
            end = subj.right_edge.i + 1  # an anonymous speaker keeps its description
            for t in doc[subj.i:end]:
                if t.text == ",":
                    end = t.i
                    break
        while start < subj.i and doc[start].dep_ == "det" and (strip_det or subj.ent_type_ in _NAMED):
            start += 1
        return Span.of(self.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def _full_name(self, span: Span, subj: Token) -> str:
        """'Issa' or 'he' -> the last full PERSON name before it that it can stand for."""
        if subj.lower_ in self.lex.anaphors and subj.lower_ != "it":
            prior = [e for e in self.persons if e.end_char <= span.start]
            return self._expand(prior[-1].text, prior[-1].start_char) if prior else span.text
        if subj.ent_type_ == "PERSON":
            return self._expand(span.text, span.start)
        return span.text

    def _expand(self, name: str, before: int) -> str:
        last = name.split()[-1]
        for e in self.persons:
            if e.end_char > before:
                break
            if e[-1].text == last and len(e) > 1:
                return e.text
        return name

    def _actor_for(self, span: Span) -> tuple[Actor, Span] | None:
        for actor in self.actors:
            for m in actor.mentions:
                if m.start < span.end and span.start < m.end:
                    return actor, m
        return None

    def _actor_ref(self, span: Span, name: str, subj: Token) -> ActorRef:
        found = self._actor_for(span)
        if found is None and name != span.text:
            found = next(((a, a.mentions[0]) for a in self.actors
                          if a.name == name or any(m.text == name for m in a.mentions)), None)
        if found is not None:
            actor, mention = found
            ref = actor.ref(mention)
            return ActorRef(name=ref.name, text=span.text, actor_id=ref.actor_id,
                            type=ref.type, country=ref.country)
        return ActorRef(name=name, text=span.text)

    def _actor_role(self, span: Span) -> str | None:
        found = self._actor_for(span)
        return found[0].role if found else None


def _subject(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    for verb in (cue, cue.head):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if cue.dep_ not in ("conj", "xcomp"):
            break
    return None


def _apposition(subj: Token) -> str | None:
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    if appos is None:
        return None
    toks = [t for t in appos.subtree if not (t.i == appos.left_edge.i and t.dep_ == "det")]
    return "".join(t.text_with_ws for t in toks).strip(_TRIM) or None


def _statement_owner(statement: Token, lex: _Lexicon) -> Token | None:
    for t in statement.subtree:
        if t.i <= statement.i or t.pos_ not in ("NOUN", "PROPN"):
            continue
        word = t.lemma_.lower()
        if word in lex.containers or word in lex.statements or t.lower_ in lex.platforms:
            continue
        return t
    return None


def _statement_channel(statement: Token, cue: Token, lex: _Lexicon) -> str:
    lo, hi = statement.left_edge.i, max(cue.i, statement.right_edge.i)
    for t in statement.doc[lo:hi + 1]:
        platform = lex.platforms.get(t.lower_)
        if platform:
            return f"statement ({platform})"
    return "statement"


def _channel(cue: Token, subj: Token | None, lex: _Lexicon) -> str | None:
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "iobj") and (subj is None or c.i != subj.i):
            name = _outlet(c, lex)
            if name:
                return name
        if c.dep_ == "prep":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            if obj.lemma_.lower() in lex.statements:
                return _statement_channel(obj, obj, lex)
            if c.lower_ == "on" and obj.lower_ in lex.platforms:
                return lex.platforms[obj.lower_]
            if c.lower_ in ("to", "with") or obj.lemma_.lower() == "interview":
                name = _outlet(obj, lex) or _interview_outlet(obj, lex)
                if name:
                    return name
    return None


def _outlet(tok: Token, lex: _Lexicon) -> str | None:
    """'AFP news agency' -> 'AFP'; any ORG object that is not 'reporters'."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and doc[start].dep_ == "det":
        start += 1
    text = doc[start:tok.i + 1].text
    low = text.lower()
    if low in lex.not_channels or tok.lower_ in lex.not_channels:
        return None
    for candidate in (low, _strip_suffix(low, lex), doc[start].lower_):
        if candidate in lex.agencies:
            return lex.agencies[candidate]
    if tok.ent_type_ == "ORG" or doc[start].ent_type_ == "ORG":
        return text[:len(_strip_suffix(low, lex))] or text
    return None


def _interview_outlet(obj: Token, lex: _Lexicon) -> str | None:
    for prep in obj.children:
        if prep.lower_ == "with":
            inner = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if inner is not None:
                return _outlet(inner, lex)
    return None


def _strip_suffix(low: str, lex: _Lexicon) -> str:
    for suffix in lex.suffixes:
        if low.endswith(suffix):
            return low[:-len(suffix)]
    return low


# --- assembly --------------------------------------------------------------------------------

def _make_quote(text: str, start: int, end: int, direct: bool,
                att: _Attribution | None) -> Quote:
    if att is None:
        return Quote(text=text[start:end], start=start, end=end, direct=direct, speaker=None)
    return Quote(text=text[start:end], start=start, end=end, direct=direct,
                 speaker=att.speaker, speaker_role=att.role, channel=att.channel,
                 speaker_span=att.span)


def _inherit_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote without a cue takes the speaker of the quote before it in the same paragraph."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if q.speaker is None and q.channel is None and prev is not None \
                and prev.speaker is not None and "\n" not in text[prev.end:q.start]:
            q = Quote(text=q.text, start=q.start, end=q.end, direct=q.direct,
                      speaker=prev.speaker, speaker_role=prev.speaker_role,
                      channel=prev.channel, speaker_span=prev.speaker_span)
        out.append(q)
    return out
