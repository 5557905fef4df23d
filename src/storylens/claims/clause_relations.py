"""Typed relations told around a verb rather than by its subject and object, read by word
order (every language; the parse, where there is one, is not needed for these).

* **Passives with their agent**: "Y fue apoyado por X", "Y è stato attaccato da X", "Y,
  soutenu par X", "Y, qui a été condamné par X", "Y was backed by X". The patient is the
  party right before the auxiliaries (or before the comma of an apposition), the agent
  the party right after the preposition; anything else between them (a noun, another
  preposition: "les rebelles soutenus par", "por fuerzas del régimen") gives nothing.
* **Relative clauses**: a subject relative after a party makes it the agent ("X, que
  apoya a Y", "l'UE qui fustige Y", "X, che sostiene Y"); an object relative after a
  comma makes the party before it the patient ("Y, que X soutenait", "Y, al que X acusó").
* **Coordinated patients**: "condenó a X y a Y", "a bombardé X et Y", unless the last
  name opens a clause of its own ("a bombardé X et Y a riposté").
* **Nominal events**: "la rencontre entre X et Y", "l'entretien de X avec Y" (meets),
  "l'attaque de X contre Y", "the attack by X on Y" (attacks), "le soutien de X à Y"
  (supports); not when the event is planned, asked for, possible or denied.

Both ends are named mentions of two different entities, never a pronoun or a common noun
(the caller's mentions are the story's canonical entities), and no speaker of a quote
gets an edge to what the quote names: only the words above state a relation.
"""

from __future__ import annotations

import re

from ..records import Mention
from .lexicon_clauses import (
    AGAINST,
    AGENT_PREPOSITIONS,
    ATTACK_NOUNS,
    BETWEEN,
    JOINERS,
    MEETING_NOUNS,
    NOT_HAPPENED,
    OBJECT_MARKERS,
    OBJECT_RELATIVES,
    OF,
    PARTICIPLES,
    PASSIVE_CHAIN,
    SUBJECT_RELATIVES,
    SUPPORT_NOUNS,
    TOWARDS,
    WITH,
)
from .lexicon_events import DETERMINERS
from .lexicon_relations import NEGATIONS, PREPOSITIONS, TYPED_CUES
from .lexicon_roles import GENITIVE_LINKS, LINK_ARTICLES
from .patterns import compile_cue
from .text import words
from .typed_relations import TypedRelation

PASSIVE_RE: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _by_lang in PARTICIPLES.items():
    for _lang, _forms in _by_lang.items():
        PASSIVE_RE.setdefault(_lang, []).append((_kind, compile_cue(_forms, _lang)))
# The typed cues without the object preposition they end with ("acusó a" -> "acusó"):
# in an object relative the patient stands before the verb ("al que X acusó").
_BARE_RE: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _by_lang in TYPED_CUES.items():
    for _lang, _fragment in _by_lang.items():
        if _lang in OBJECT_RELATIVES:
            _bare = re.sub(r" (?:a|à|aux?)(?=\||\)|$)", "", _fragment)
            _BARE_RE.setdefault(_lang, []).append((_kind, compile_cue(_bare, _lang)))
_NOUN_RE: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    lang: [(kind, compile_cue(table[lang], lang))
           for kind, table in (("meets", MEETING_NOUNS), ("attacks", ATTACK_NOUNS),
                               ("supports", SUPPORT_NOUNS))]
    for lang in MEETING_NOUNS}
# The cheap test a sentence passes before these readings run where a parse would be
# asked otherwise (actors._has_cue): a participle or an event noun.
# One word boundary around all the forms: a third of the cost of joining whole patterns.
CLAUSE_CUE_RE: dict[str, re.Pattern[str]] = {
    lang: compile_cue("|".join([PARTICIPLES[kind][lang] for kind in PARTICIPLES] + [
        MEETING_NOUNS[lang], ATTACK_NOUNS[lang], SUPPORT_NOUNS[lang]]), lang)
    for lang in MEETING_NOUNS}
_OBJECT_RELATIVE_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(r",\s*(?:" + "|".join(r"\s+".join(t) for t in sorted(rows)) + r")(?=\W)",
                     re.IGNORECASE)
    for lang, rows in OBJECT_RELATIVES.items()}
# Articles and titles between a preposition and its party: "por el presidente X".
MAX_LEAD_WORDS = 3
# Auxiliaries and adverbs between a passive's subject and its participle.
MAX_CHAIN_WORDS = 4
# Words after a last conjunct that continue the clause it is the object of ("urged X and
# Y to", "appelle X et Y à"), beside the prepositions.
_CLAUSE_GOES_ON = JOINERS | OBJECT_MARKERS | {"to", "de", "di", "d"}
_PUNCTUATION = re.compile(r"[,;:.()«»\"“”!?\[\]–—]")


def clause_relations(text: str, lang: str, start: int, end: int,
                     parties: list[Mention]) -> list[TypedRelation]:
    """Passives with their agent, object relatives and nominal events in
    ``text[start:end]`` between two of ``parties`` (see the module's docstring)."""
    if lang not in PASSIVE_RE or len(parties) < 2:
        return []
    out: list[TypedRelation] = []
    # One search each decides whether the per-type patterns run at all: most sentences
    # hold neither a participle, nor an event noun, nor ", que" (the cost is per sentence).
    if CLAUSE_CUE_RE[lang].search(text, start, end):
        out += _passives(text, lang, start, end, parties)
        out += _nominal_events(text, lang, start, end, parties)
    if _OBJECT_RELATIVE_RE[lang].search(text, start, end):
        out += _object_relatives(text, lang, start, end, parties)
    return [r for r in out if r.agent.entity_id != r.patient.entity_id
            and r.agent.text.casefold() != r.patient.text.casefold()
            and (r.type != "arrests" or r.patient.label == "PERSON")]


def party_after(text: str, lang: str, pos: int, end: int, parties: list[Mention],
                lead: frozenset[str] = frozenset()) -> Mention | None:
    """The first party after ``pos`` when only a ``lead`` word (required when given) and
    then articles or titles stand between: no punctuation, no preposition, no second
    name, not a possessor ("by Iran's militia")."""
    m = next((m for m in parties if pos <= m.start < end), None)
    if m is None or _PUNCTUATION.search(text, pos, m.start):
        return None
    gap = [w.text for w in words(text, pos, m.start)]
    if lead:
        if not gap or gap[0] not in lead:
            return None
        gap = gap[1:]
    links = PREPOSITIONS.get(lang, frozenset()) | GENITIVE_LINKS.get(lang, frozenset())
    if len(gap) > MAX_LEAD_WORDS or any(w in links or w in JOINERS for w in gap) \
            or text.startswith(("'s", "’s"), m.end):
        return None
    return m


def subject_antecedent(text: str, lang: str, v_start: int,
                       parties: list[Mention]) -> Mention | None:
    """The party a subject relative pronoun right before the verb stands for: "X, que
    apoya", "X qui soutient", "X, who backed"."""
    before = [m for m in parties if m.end <= v_start]
    if not before or not _free(text, lang, before[-1]):
        return None
    gap = text[before[-1].end:v_start].strip()
    gap = gap[1:].strip() if gap.startswith(",") else gap
    return before[-1] if gap.casefold() in SUBJECT_RELATIVES.get(lang, frozenset()) else None


def conjuncts(text: str, lang: str, first: Mention, end: int,
              parties: list[Mention]) -> list[Mention]:
    """The parties coordinated after ``first``: "X y a Y", "X, Y et Z"; none when the
    last one opens a clause of its own (a lower-case word other than a preposition right
    after it: "X et Y a riposté", "Israel and Hamas leaders")."""
    out: list[Mention] = []
    pending: list[Mention] = []
    current = first
    dets = DETERMINERS.get(lang, frozenset())
    for m in [m for m in parties if m.start >= first.end and m.start < end]:
        between = text[current.end:m.start]
        gap = [w.text for w in words(between)]
        if not gap and between.strip() == ",":
            pending.append(m)
        elif gap and gap[0] in JOINERS and len(gap) <= 3 and all(
                w in OBJECT_MARKERS or w in dets for w in gap[1:]) \
                and not _PUNCTUATION.search(between):
            out += [*pending, m]
            pending = []
        else:
            break
        current = m
    if not out:
        return []
    nxt = words(text, out[-1].end, min(end, out[-1].end + 30))[:1]
    if not nxt or _PUNCTUATION.search(text, out[-1].end, nxt[0].start):
        return out
    goes_on = PREPOSITIONS.get(lang, frozenset()) | _CLAUSE_GOES_ON
    if nxt[0].text not in goes_on or (lang == "fr" and nxt[0].text == "a"):  # "a": has
        return []
    return out


def _free(text: str, lang: str, m: Mention) -> bool:
    """Not a noun's complement ("le chef du Hamas"), nor an indirect object ("a dit à
    Poutine que"): the party itself is the subject or object."""
    before = words(text, max(0, m.start - 40), m.start)
    if before and text[before[-1].end:m.start].strip(" '’"):
        return True  # punctuation between: an apposition
    while before and before[-1].text in LINK_ARTICLES:
        before.pop()
    return not before or before[-1].text not in (
        GENITIVE_LINKS.get(lang, frozenset()) | OBJECT_MARKERS | {"to"})


def _passives(text: str, lang: str, start: int, end: int,
              parties: list[Mention]) -> list[TypedRelation]:
    out = []
    for kind, pattern in PASSIVE_RE[lang]:
        for verb in pattern.finditer(text, start, end):
            agent = party_after(text, lang, verb.end(), end, parties,
                                lead=AGENT_PREPOSITIONS[lang])
            patient = _passive_subject(text, lang, verb.start(), start, parties)
            if agent is not None and patient is not None:
                out.append(TypedRelation(kind, agent, patient, verb.start(), verb.end()))
    return out


def _passive_subject(text: str, lang: str, v_start: int, start: int,
                     parties: list[Mention]) -> Mention | None:
    """The party the passive is said of: right before its auxiliaries ("Y fue", "Y, qui a
    été"), or before the comma of an apposition ("Y, soutenu par")."""
    before = [m for m in parties if start <= m.start and m.end <= v_start]
    if not before or not _free(text, lang, before[-1]):
        return None
    m = before[-1]
    between = text[m.end:v_start]
    gap = [w.text for w in words(between)]
    comma = between.strip().startswith(",")
    rest = between.strip()[1:] if comma else between
    if _PUNCTUATION.search(rest) or len(gap) > MAX_CHAIN_WORDS \
            or any(w not in PASSIVE_CHAIN[lang] for w in gap):
        return None
    if not gap:
        return m if comma else None
    if comma and gap[0] not in SUBJECT_RELATIVES[lang]:
        return None  # "Y, est soutenu": not a clause of Y's
    return m


def _object_relatives(text: str, lang: str, start: int, end: int,
                      parties: list[Mention]) -> list[TypedRelation]:
    """ "Y, que X soutenait", "Y, al que X acusó": the agent right before the verb, the
    patient before the comma and the relative pronoun; the verb takes no object of its
    own after it."""
    out = []
    relatives = OBJECT_RELATIVES[lang]
    dets = DETERMINERS.get(lang, frozenset()) | LINK_ARTICLES
    for kind, pattern in _BARE_RE.get(lang, []):
        for verb in pattern.finditer(text, start, end):
            before = [m for m in parties if start <= m.start and m.end <= verb.start()]
            if len(before) < 2 or party_after(text, lang, verb.end(), end, parties) \
                    or text[verb.start() - 1:verb.start()] == "-":
                continue
            agent, patient = before[-1], before[-2]
            if words(text, agent.end, verb.start()) \
                    or _PUNCTUATION.search(text, agent.end, verb.start()):
                continue
            between = text[patient.end:agent.start]
            if not between.strip().startswith(",") or not _free(text, lang, patient):
                continue
            gap = [w.text for w in words(between)]
            while gap and gap[-1] in dets:
                gap.pop()
            if tuple(gap) in relatives and not set(gap) & NEGATIONS \
                    and not _PUNCTUATION.search(between.strip()[1:]):
                out.append(TypedRelation(kind, agent, patient, verb.start(), verb.end()))
    return out


def _nominal_events(text: str, lang: str, start: int, end: int,
                    parties: list[Mention]) -> list[TypedRelation]:
    out = []
    for kind, pattern in _NOUN_RE.get(lang, []):
        for noun in pattern.finditer(text, start, end):
            if any(m.start < noun.end() and noun.start() < m.end for m in parties):
                continue
            around = words(text, max(start, noun.start() - 40), noun.start())[-3:] \
                + words(text, noun.end(), min(end, noun.end() + 30))[:1]
            if any(w.text in NOT_HAPPENED for w in around):
                continue
            pair = _noun_parties(text, lang, kind, noun.end(), end, parties)
            if pair is not None:
                out.append(TypedRelation(kind, *pair, noun.start(), noun.end()))
    return out


def _noun_parties(text: str, lang: str, kind: str, pos: int, end: int,
                  parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """(agent, patient) of an event noun ending at ``pos``."""
    if kind == "meets":
        first = party_after(text, lang, pos, end, parties, lead=BETWEEN)
        link = JOINERS
        if first is None:
            first = party_after(text, lang, pos, end, parties, lead=OF[lang])
            link = WITH
    else:
        first = party_after(text, lang, pos, end, parties, lead=OF[lang])
        link = AGAINST[lang] if kind == "attacks" else TOWARDS[lang]
    if first is None:
        return None
    second = party_after(text, lang, first.end, end, parties, lead=link)
    return (first, second) if second is not None else None
