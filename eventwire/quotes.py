"""Quotes: Doc (+ actors) -> list[Quote], direct (“...”) and indirect ("X said that ...").

Cascade:
1. direct quotes: a character scan pairs opening and closing marks of any style (“ ” " ‘ ’ « »
   „), tolerating mismatched pairs (“...") and closing an unterminated quote at its paragraph end;
   the quote text is what lies inside the marks, without the attribution comma;
2. the cue: a speech verb from `data/quote_lexicon.json` (said, told, added, claimed ...) or
   "according to", after the quote up to the end of its sentence (“...,” X said), else before it
   on the same line (X said: “...”); the cue before wins when the quote lies inside what it
   reports. A quote without a cue takes the speaker of the nearest quote before it in its paragraph;
3. indirect quotes: a speech verb outside quotes with a clausal complement ("X said that ...",
   "..., Issa told DPA") or "according to X, ..."; the text is the reported clause;
4. the speaker: the cue's subject (or the object of "according to"). "a statement on X's Facebook
   page said" speaks for X with channel "statement (Facebook)". Pronouns and later mentions
   ("he", "Issa") resolve to the last full PERSON name; with `actors`, the speaker is the actor
   whose mention overlaps the speaker span. speaker_role comes from an apposition
   ("Reda Issa, a spokesman for ...") and is remembered for later mentions; an anonymous
   speaker ("a military source") keeps its description as name;
   "Its spokesman, Colonel X," speaks as X; "he" is the last person or anonymous speaker;
5. the channel: an agency/outlet the speaker "told" (data list, an ORG object, or a proper name
   ending in an outlet word: "Lake Chad Monitor"), "in a statement" (+ platform: "statement
   (Andalus radio)", "carried by state media"), "on Telegram". A speaker's next quote in the same
   or next paragraph without a channel keeps the channel of the one before.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from .model import Actor, ActorRef, Quote, Span
from .nlp import children, doc_ents, doc_text, doc_tokens, sent_of, token_column

_OPENERS = {"“": "”\"“", "\"": "\"”“", "«": "»", "‘": "’", "„": "“”\"", "‹": "›"}
_NAMED = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"))
_STOP_BEFORE = frozenset((".", "!", "?", "”", "\"", "»", ";"))
_TRIM = " \t\n\r,;:-–—"
_SPEAKER_BREAKS = frozenset(("—", "–", "-", ")", ":", "|", "\"", "“", "”", "«", "»", "‘", "’"))
_PERSON_PRONOUNS = frozenset(("he", "she"))
_PARTICIPLE_DEPS = frozenset(("advcl", "conj", "xcomp"))
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
    naming_verbs: frozenset[str]  # 'who gave his name as X', 'identified as X'
    outlet_heads: frozenset[str]  # last words that make a proper name an outlet: 'Monitor'
    publish_verbs: frozenset[str]  # 'a statement carried by X' -> channel 'statement (X)'
    roles: frozenset[str]
    labelling: frozenset[str]  # 'called the closures "ethnic cleansing"': the caller's words


@dataclass(frozen=True)
class _Attribution:
    speaker: ActorRef | None
    span: Span | None
    role: str | None
    channel: str | None


def is_platform(token: Token) -> bool:
    """"Twitter", "Telegram": a platform statements are posted on."""
    return token.lower_ in _lexicon().platforms


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
        not_channels=frozenset(raw["not_channels"]), anaphors=frozenset(raw["anaphors"]),
        outlet_heads=frozenset(raw["outlet_heads"]), naming_verbs=frozenset(raw["naming_verbs"]),
        publish_verbs=frozenset(raw["publish_verbs"]),
        roles=frozenset(raw["role_nouns"]), labelling=frozenset(raw["labelling_verbs"]))


def outlet_suffixes() -> tuple[str, ...]:
    """What ends an outlet's name (" news agency", " radio"), longest first, each after a space."""
    return _lexicon().suffixes


def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech ("said", "told", "announced")."""
    return _lexicon().speech


def find_quotes(doc: Doc, actors: Sequence[Actor] = ()) -> list[Quote]:
    """Direct and indirect quotes in `doc`, in text order, with speaker, role and channel."""
    lex = _lexicon()
    text = doc_text(doc)
    ctx = _Context(doc, text, actors, lex)
    found: list[tuple[int, int, bool, Token | None]] = []
    used: set[int] = set()
    inside: set[int] = set()
    for start, end in quote_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(t.is_alpha for t in span):
            continue
        inside.update(range(span.start, span.end))
        cue = _cue(doc, span, lex)
        if cue is None and len(span) < 3:
            continue  # a scare-quoted word, not speech
        if cue is not None:
            used.add(cue.i)
        found.append((start, end, True, cue))
    found.extend(_indirect(doc, text, lex, used, inside))
    found.sort(key=lambda f: f[0])
    # attributed in text order, so 'he' can stand for the speaker quoted just before
    quotes = [_make_quote(text, start, end, direct, None if cue is None
                          else ctx.attribute(cue, _after_quote(doc, end, cue)))
              for start, end, direct, cue in found]
    return _inherit_channels(text, _inherit_speakers(text, quotes))


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
        return any(c.lower_ == "to" for c in children(t))
    return t.pos_ == "VERB" and t.lemma_.lower() in lex.speech


def _cue(doc: Doc, span: SpacySpan, lex: _Lexicon) -> Token | None:
    """The cue after the quote, unless the quote sits inside what a cue before it reports
    ('told reporters that the government would “never negotiate” and ... would continue')."""
    before = _cue_before(doc, span, lex)
    if before is not None and any(before in t.ancestors for t in span):
        return before
    return _cue_after(doc, span, lex) or before or _labeller(span, lex)


def _labeller(span: SpacySpan, lex: _Lexicon) -> Token | None:
    """'Belgrade called the closures "ethnic cleansing"', 'dismissed the account as "pure
    propaganda"': the verb that gives the quoted phrase as its subject's name for something
    (not a scare-quoted object: 'described the so-called "liberation" as a farce')."""
    root = span.root
    naming = root.dep_ == "oprd" or root.dep_ == "pobj" and root.head.lower_ == "as"
    verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)  # "as" may hang on the object
    return verb if naming and verb is not None and verb.lemma_.lower() in lex.labelling else None


def _cue_after(doc: Doc, span: SpacySpan, lex: _Lexicon) -> Token | None:
    if span[-1].text == ".":
        return None  # “... .” ends its sentence; a cue after it belongs to the next one
    j = span.end
    while j < len(doc) and doc[j].is_punct and doc[j].text not in (".", "!", "?"):
        j += 1  # the closing mark, comma, dash
    for t in doc[j:min(len(doc), j + 30)]:
        if "\n" in t.text or t.text in _OPENERS or t.text in (".", "!", "?"):
            return None
        # not "an accountant who said she had been there" describing the speaker of "told"
        if _is_cue(t, lex) and t.dep_ != "relcl":
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


def _after_quote(doc: Doc, end: int, cue: Token) -> tuple[int, int] | None:
    """Token range between a quote's end and a cue after it: where its speaker is written."""
    if cue.idx < end:
        return None
    first = cue.i  # walk back from the cue, not forward through the whole doc
    while first > 0 and doc[first - 1].idx >= end:
        first -= 1
    return first, cue.i


# --- 3. indirect speech ----------------------------------------------------------------------

def _indirect(doc: Doc, text: str, lex: _Lexicon, used: set[int],
              inside: set[int]) -> list[tuple[int, int, bool, Token]]:
    out: list[tuple[int, int, bool, Token]] = []
    cues = [t for t, pos, word in zip(doc_tokens(doc), token_column(doc, "pos_"),
                                      token_column(doc, "lower_"))
            if pos == "VERB" or word == "according"]
    for t in cues:
        if t.i in used or t.i in inside or not _is_cue(t, lex):
            continue
        clause = _reported_clause(doc, t)
        if clause is None or any(i in inside for i in range(clause[0], clause[1])):
            continue
        start, end = _trim(text, doc[clause[0]].idx,
                           doc[clause[1] - 1].idx + len(doc[clause[1] - 1]))
        if end - start < 12:
            continue
        out.append((start, end, False, t))
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
    subj = next((c for c in children(cue) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    comp = next((c for c in children(cue) if c.dep_ == "ccomp"), None)
    if comp is None:
        return _clause_before(doc, cue, subj)
    start = comp.left_edge.i
    if doc[start].lower_ == "that":
        start += 1
    end = comp.right_edge.i + 1
    return (start, end) if end - start >= 3 else None


def _clause_before(doc: Doc, cue: Token, subj: Token) -> tuple[int, int] | None:
    """'The attackers shot them, a resident told Volta Report.': the parser hangs the cue on the
    clause as a conjunct; the reported clause is the sentence up to the comma before the subject."""
    comma = subj.left_edge.i - 1
    sent = sent_of(cue)
    if comma <= sent.start or doc[comma].text != "," or cue.dep_ != "conj":
        return None
    closing = ("dobj", "dative", "prep", "pobj", "compound", "det", "npadvmod", "advmod")
    if any(not (t.is_punct or t.is_space or t.dep_ in closing) for t in doc[cue.i + 1:sent.end]):
        return None  # more follows the cue: not a closing attribution
    return (sent.start, comma) if comma - sent.start >= 3 else None


# --- 4-5. speaker, role, channel -------------------------------------------------------------

class _Context:
    """Per-document state: PERSON names seen so far, roles by name, actors by mention."""

    def __init__(self, doc: Doc, text: str, actors: Sequence[Actor], lex: _Lexicon):
        self.doc, self.text, self.actors, self.lex = doc, text, actors, lex
        self.persons = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
        self.roles: dict[str, str] = {}
        self.last_speaker: tuple[int, str, bool] | None = None  # (end, name, anonymous)

    def _person_behind(self, subj: Token) -> Token | None:
        """'Its spokesman, Colonel X,' / 'one of them, an officer ...' / 'a commander, who gave
        his name as X,': the token that names the speaker better than the subject does."""
        if subj.lemma_.lower() in self.lex.roles or subj.lower_ in ("one", "another"):
            appos = next((c for c in children(subj) if c.dep_ == "appos"), None)
            if appos is not None and (appos.ent_type_ == "PERSON"
                                      or subj.lower_ in ("one", "another")):
                return appos
        for clause in children(subj):
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in self.lex.naming_verbs:
                named = [t for t in clause.subtree
                         if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
                if named:
                    return named[0]
        return None

    def attribute(self, cue: Token, between: tuple[int, int] | None = None) -> _Attribution:
        subj = _subject(cue)
        if subj is not None and subj.lower_ in _OBJECT_PRONOUNS and subj.pos_ == "PRON":
            subj = None  # a misparse: "him" does not speak
        if between is not None and (subj is None or subj.i < between[0]):
            subj = _phrase_root(self.doc, *between) or subj  # a misparse across the quote
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
        role = _apposition(subj)
        behind = self._person_behind(subj)
        if behind is not None:
            role = _description(subj) if behind.ent_type_ == "PERSON" else None
            subj = behind
        span = self._speaker_span(subj, strip_det=owner_used)
        name = self._full_name(span, subj)
        if role:
            self.roles[name] = role
        anonymous = subj.ent_type_ not in _NAMED and subj.lemma_.lower() in self.lex.roles
        if subj.lower_ in _PERSON_PRONOUNS and self.last_speaker and self.last_speaker[1] == name:
            anonymous = self.last_speaker[2]
        ref = self._actor_ref(span, name, subj)
        if anonymous and ref.type != "person":
            # 'a resident' is one of the civilians, but speaks as 'a resident'
            ref = ActorRef(name=name, text=ref.text, actor_id=ref.actor_id, type=ref.type,
                           country=ref.country)
        role = role or self.roles.get(ref.name) or self._actor_role(span)
        if subj.ent_type_ == "PERSON" or anonymous or subj.lower_ in _PERSON_PRONOUNS:
            # past the cue's object: 'told Niger Wire' is not a person 'he' could be
            ends = [span.end, *(c.right_edge.idx + len(c.right_edge) for c in children(cue)
                                if c.dep_ in ("dobj", "dative"))]
            self.last_speaker = (max(ends), ref.name, anonymous)
        return _Attribution(ref, span, role, channel)

    def _speaker_span(self, subj: Token, strip_det: bool = False) -> Span:
        doc = self.doc
        start, end = subj.left_edge.i, subj.i + 1
        for j in range(subj.i - 1, start - 1, -1):
            joins_a_word = doc[j].text == "-" and not doc[j].whitespace_ and \
                not doc[j - 1].whitespace_  # "the AA-run township administration"
            if doc[j].text in _SPEAKER_BREAKS and not joins_a_word or "\n" in doc[j].text:
                start = j + 1  # a dateline "BEIRUT (AP) — " is not part of the speaker
                break
        if subj.ent_type_ not in _NAMED and subj.pos_ != "PRON":
            end = subj.right_edge.i + 1  # an anonymous speaker keeps its description
            for t in doc[subj.i:end]:
                # a misparse may hang words after the verb on the speaker: the verb ends it
                if t.text == "," or t.i == subj.head.i or (
                        t.dep_ in ("relcl", "acl") and t.head.i == subj.i):
                    end = t.i  # 'a resident who fled to Djibo' -> 'a resident'
                    break
            while end - 1 > subj.i and doc[end - 1].tag_ in ("WP", "WDT", "IN", "TO"):
                end -= 1
        while start < subj.i and doc[start].dep_ == "det" and (strip_det or subj.ent_type_ in _NAMED):
            start += 1
        return Span.of(self.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def _full_name(self, span: Span, subj: Token) -> str:
        """'Issa' or 'he' -> the last full PERSON name before it that it can stand for."""
        if subj.lower_ in self.lex.anaphors and subj.lower_ != "it":
            prior = [e for e in self.persons if e.end_char <= span.start]
            last = self.last_speaker if subj.lower_ in _PERSON_PRONOUNS else None
            if last is not None and (not prior or last[0] >= prior[-1].end_char):
                return last[1]  # 'a resident told X ... “...,” he said'
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


def _phrase_root(doc: Doc, start: int, end: int) -> Token | None:
    """'“...,” one of them, an officer ..., told X' when the parser missed the subject: the
    first word in the range whose head lies outside it."""
    for t in doc[start:end]:
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not start <= t.head.i < end:
            return t
    return None


def _subject(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        to = next((c for c in children(cue) if c.lower_ == "to"), None)
        return next((c for c in children(to) if c.dep_ == "pobj"), None) if to else None
    head = cue.head
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        while head.dep_ in ("ccomp", "conj") and head.head is not head:
            head = head.head  # 'X denied that its soldiers had left, saying ...' -> X
    # 'X denied that any detainee had been mistreated and said ...': the parse joins "said" to
    # "mistreated", whose subject is passive; the speaker is X
    while cue.dep_ == "conj" and head.dep_ in ("ccomp", "conj") and head.head.i != head.i \
            and not any(c.dep_ == "nsubj" for c in children(head)):
        head = head.head
    for verb in (cue, head):
        subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "the mayor, who said an inquiry had been opened": the mayor
        if subj is not None:
            return subj
        if cue.dep_ not in _PARTICIPLE_DEPS or (cue.dep_ == "advcl" and cue.tag_ != "VBG"):
            break  # only 'X denied it, saying ...' lends the head's subject to the cue
    return None


def _description(subj: Token) -> str | None:
    """'Its spokesman' -> 'spokesman'; 'An HTS commander' -> 'HTS commander'."""
    toks = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "punct")]
    return " ".join(t.text for t in toks) or None


def _apposition(subj: Token) -> str | None:
    appos = next((c for c in children(subj) if c.dep_ == "appos"), None)
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
    doc = statement.doc
    for t in doc[lo:hi + 1]:
        platform = lex.platforms.get(t.lower_)
        if platform:
            return f"statement ({_named_platform(t, platform)})"
    for verb in children(statement):  # 'a statement carried by Saudi state media'
        if verb.dep_ == "acl" and verb.lemma_.lower() in lex.publish_verbs:
            by = next((c for c in children(verb) if c.lower_ == "by"), None)
            obj = next((c for c in children(by) if c.dep_ == "pobj"), None) if by else None
            if obj is not None:
                start = obj.left_edge.i
                while start < obj.i and doc[start].dep_ in ("det", "poss"):
                    start += 1
                return f"statement ({doc[start:obj.i + 1].text})"
    return "statement"


def _named_platform(t: Token, platform: str) -> str:
    """'its Andalus radio station' -> 'Andalus radio': a proper name before the platform."""
    names = [c for c in (*children(t), *children(t.head))
             if c.i < t.i and c.text[:1].isupper() and c.dep_ in ("compound", "amod")]
    return " ".join([*(c.text for c in sorted(names, key=lambda c: c.i)), platform])


def _channel(cue: Token, subj: Token | None, lex: _Lexicon) -> str | None:
    found = _own_channel(cue, subj, lex)
    if found is None and cue.dep_ == "advcl" and cue.tag_ == "VBG":
        found = _own_channel(cue.head, subj, lex)  # 'claimed it in a statement, saying ...'
    return found


def _own_channel(cue: Token, subj: Token | None, lex: _Lexicon) -> str | None:
    objects = [c for c in children(cue) if c.dep_ == "dobj"]
    for c in [*children(cue), *(p for o in objects for p in children(o) if p.dep_ == "prep")]:
        if c.dep_ in ("dobj", "dative", "iobj") and (subj is None or c.i != subj.i):
            name = _outlet(c, lex)
            if name:
                return name
        if c.dep_ == "prep":
            obj = next((o for o in children(c) if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            if obj.lemma_.lower() in lex.statements:
                return _statement_channel(obj, obj, lex)
            word = obj.lower_.rstrip(".")  # 'wrote on X.' is one token
            if c.lower_ == "on" and word in lex.platforms:
                return lex.platforms[word]
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
    tail = doc[tok.i + 1:tok.right_edge.i + 1]
    if len(tail) > 1 and tail[0].lower_ == "of" and all(t.pos_ == "PROPN" for t in tail[1:]):
        tok = tail[-1]  # "told Bay of Bengal Monitor": the parser heads the name by its first word
    text = doc[start:tok.i + 1].text
    low = text.lower()
    if low in lex.not_channels or tok.lower_ in lex.not_channels:
        return None
    for candidate in (low, _strip_suffix(low, lex), doc[start].lower_):
        if candidate in lex.agencies:
            return lex.agencies[candidate]
    if tok.ent_type_ == "ORG" or doc[start].ent_type_ == "ORG" \
            or _outlet_shaped(doc, start, tok, lex):
        return text[:len(_strip_suffix(low, lex))] or text
    return None


def _outlet_shaped(doc: Doc, start: int, tok: Token, lex: _Lexicon) -> bool:
    """'Lake Chad Monitor', 'Al-Masirah television': a proper name ending in an outlet word
    (the parser often tags unknown outlets PERSON)."""
    words = doc[start:tok.i + 1]
    if tok.lower_ not in lex.outlet_heads or len(words) < 2:
        return False
    return all(t.pos_ == "PROPN" or t.is_punct or t.lower_ == "of" for t in words[:-1]) and \
        (tok.pos_ == "PROPN" or tok.lower_ in lex.platforms)


def _interview_outlet(obj: Token, lex: _Lexicon) -> str | None:
    for prep in children(obj):
        if prep.lower_ == "with":
            inner = next((o for o in children(prep) if o.dep_ == "pobj"), None)
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


def _inherit_channels(text: str, quotes: list[Quote]) -> list[Quote]:
    """'X told Reuters that ... . “...,” X said.': a speaker's next quote in the same or the next
    paragraph, given without a channel, went through the same channel."""
    out: list[Quote] = []
    for q in quotes:
        prev = next((p for p in reversed(out) if p.speaker is not None), None)
        if q.channel is None and q.speaker is not None and prev is not None and prev.channel \
                and _same_speaker(prev.speaker, q.speaker) \
                and text.count("\n\n", prev.end, q.start) <= 1:
            q = Quote(text=q.text, start=q.start, end=q.end, direct=q.direct, speaker=q.speaker,
                      speaker_role=q.speaker_role, channel=prev.channel,
                      speaker_span=q.speaker_span)
        out.append(q)
    return out


def _same_speaker(a: ActorRef, b: ActorRef) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    x, y = a.name.casefold().split(), b.name.casefold().split()
    return bool(x and y) and x[-1] == y[-1] and (len(x) > 1 or len(y) > 1 or x == y)


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
