"""Relations between two parties: meetings, and typed edges (supports, opposes, attacks,
calls on, accuses) read from conservative active-voice cues.

Meetings: "X met Y", "X a rencontré Y", "X traf Y", "التقى X بـY", "X и Y встретились".

Parties are PERSON or ORG mentions (places never meet). Subject-first languages: the
subject is the nearest party before the verb in its clause (a PERSON before an
organisation that only qualifies it), the object the PERSON after the verb, read through a
title naming an organisation; a role's complement ("the head of AFAD") is no party.
Verb-first sentences (Arabic) take the first two mentions after the verb; German perfect
("X hat Y getroffen") the mentions before it. Clauses: :mod:`.clause_relations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Mention
from .clause_relations import clause_relations, conjuncts, subject_antecedent
from .lexicon_events import DETERMINERS, LOCATIVES
from .lexicon_relations import (
    AGENT_AFTER,
    COUNTERPARTS,
    FOLLOW,
    HELD_VERBS,
    MAX_MODIFIED_WORDS,
    MAX_PATIENT_WORDS,
    MEMBER_NOUNS,
    NEGATIONS,
    NOUN_OPENERS,
    PASSIVE_BEFORE,
    PREPOSITIONS,
    RELATIVES,
)
from .lexicon_roles import GENITIVE_LINKS, LINK_ARTICLES, RELATIVE_ADVERBS
from .patterns import MET_RE, SPEAKER_NOUN_RE, compile_cue
from .text import comma_before, has_clause_break, select_mentions, words
from .typed_relations import TYPED_LABELS, TYPED_RE, TypedRelation, verbal_attacks

PARTY_LABELS = frozenset({"PERSON", "ORG"})
# Languages whose meeting verb comes before both parties.
VERB_FIRST = frozenset({"ar"})
# Languages without a genitive preposition: a mention right after a lower-case noun is
# that noun's complement ("глава AFAD").
CASE_GENITIVE = frozenset({"ru"})
# Subject to verb: "Biden, who arrived on Monday, met ..." stays within ~80 characters.
MAX_SUBJECT_GAP = 80
# A PERSON standing just before an organisation subject, linked by a title of at most
# this many words ("Samira Bennani, president of the Red Crescent, met").
MAX_TITLE_WORDS = 5
# Verb to object for "met": "met on Monday in Paris with Macron", or a title before the
# name ("met the president of the Moroccan Red Crescent, Samira Bennani").
MAX_OBJECT_WORDS = 10
# Verb to object for "received", which also takes things ("received a letter").
MAX_WEAK_OBJECT_WORDS = 3
# "Biden and Xi met": the two names are joined by one short word.
_JOINERS = frozenset({"and", "et", "y", "und", "e", "и", "و", "&"})
_PARENS = re.compile(r"\([^()]*\)")
# "M. Morsi", "Dr. Pell", "U.S.": a title's or an initial's full stop ends no clause.
_TITLE_ABBREVIATION = re.compile(r"(?<!\w)[A-Z][a-z]{0,2}\.(?=\s*(?:[A-Z]|$))")
_MEMBER_RE = {lang: compile_cue(frag, lang) for lang, frag in MEMBER_NOUNS.items()}


@dataclass(frozen=True, slots=True)
class Meeting:
    """Two parties that met, and the verb span that says so."""

    subject: Mention
    object: Mention
    verb_start: int
    verb_end: int


def find_meetings(text: str, lang: str, start: int, end: int,
                  mentions: list[Mention]) -> list[Meeting]:
    """Meetings stated in ``text[start:end]``, one per meeting verb."""
    locatives = LOCATIVES.get(lang, frozenset())
    parties = [m for m in select_mentions(mentions, start, end, PARTY_LABELS)
               if not _after_locative(text, m, locatives)]
    out: list[Meeting] = []
    for pattern, mode in MET_RE.get(lang, []):
        for verb in pattern.finditer(text, start, end):
            if any(m.start < verb.end() and verb.start() < m.end for m in parties) \
                    or _named_meeting(text, verb.start()) or _negated(text, verb.start()):
                continue
            pair = _parties(text, lang, verb.start(), verb.end(), mode, parties, start)
            if pair is None:
                continue
            subj, obj = pair
            if subj.text.strip().lower() == obj.text.strip().lower():
                continue
            out.append(Meeting(subj, obj, verb.start(), verb.end()))
    return sorted(out, key=lambda m: m.verb_start)


def _negated(text: str, v_start: int) -> bool:
    """ "had never met", "did not meet", "n'a jamais rencontré": no meeting took place."""
    return bool({w.text for w in words(text, max(0, v_start - 25), v_start)[-2:]}
                & NEGATIONS)


def _named_meeting(text: str, v_start: int) -> bool:
    """The cue is a noun after an article or a possessive ("for a meeting with X") and
    no verb of holding stands before it: the meeting is named, not told as held."""
    before = words(text, max(0, v_start - 30), v_start)[-2:]
    if not before or before[-1].text not in NOUN_OPENERS:
        return False
    return len(before) < 2 or before[0].text not in HELD_VERBS


def _parties(text: str, lang: str, v_start: int, v_end: int, mode: str,
             parties: list[Mention], sent_start: int) -> tuple[Mention, Mention] | None:
    before = [m for m in parties if m.end <= v_start
              and v_start - m.end <= MAX_SUBJECT_GAP and not _broken(text, m.end, v_start)]
    if mode == "final":
        return (before[0], before[-1]) if len(before) >= 2 else None
    obj = _object(text, lang, v_end, mode, parties)
    subject = _subject(text, lang, v_start, parties)
    if subject is None and obj is not None:
        subject = _relative_subject(text, lang, v_start, parties, sent_start)
    if subject is not None and obj is not None:
        return subject, obj
    if lang in VERB_FIRST and not before:
        after = [m for m in parties if m.start >= v_end and not _broken(text, v_end, m.start)]
        return (after[0], after[1]) if len(after) >= 2 else None
    if obj is None and len(before) >= 2:
        first, second = before[-2], before[-1]
        if text[first.end:second.start].strip().lower() in _JOINERS:
            return first, second
    return None


def _subject(text: str, lang: str, v_start: int, parties: list[Mention]) -> Mention | None:
    """The nearest party before the verb in its clause; a PERSON beats what qualifies it."""
    nearest = None
    for m in reversed([m for m in parties if m.end <= v_start]):
        if v_start - m.end > MAX_SUBJECT_GAP:
            return None
        if _in_clause(text, m, v_start):
            nearest = m
            break
    if nearest is None:
        return None
    if not _complement(text, lang, nearest):
        return nearest
    # "Samira Bennani of the Red Crescent met": the organisation qualifies the PERSON.
    earlier = [m for m in parties if m.end <= nearest.start and m.label == "PERSON"]
    if earlier:
        head = earlier[-1]
        if (len(words(text, head.end, nearest.start)) <= MAX_TITLE_WORDS
                and not _broken(text, head.end, v_start) and not _complement(text, lang, head)):
            return head
    return None


def _relative_subject(text: str, lang: str, v_start: int, parties: list[Mention],
                      sent_start: int) -> Mention | None:
    """ "X arrived in Y, where he met Z": the main clause's PERSON is the one who met."""
    comma = text.rfind(",", sent_start, v_start)
    if comma < 0:
        return None
    clause = words(text, comma + 1, v_start)
    if not clause or clause[0].text not in RELATIVE_ADVERBS.get(lang, frozenset()):
        return None
    if any(comma < m.start < v_start for m in parties):
        return None
    head = _subject(text, lang, comma, parties)
    return head if head is not None and head.label == "PERSON" else None


def _object(text: str, lang: str, v_end: int, mode: str,
            parties: list[Mention]) -> Mention | None:
    """The PERSON after the verb (through a title), else an ORG right after it."""
    limit = MAX_WEAK_OBJECT_WORDS if mode == "weak" else MAX_OBJECT_WORDS
    first_org = None
    for m in parties:
        if m.start < v_end:
            continue
        gap = text[v_end:m.start]
        if len(words(gap)) > limit or not _object_gap_ok(text, lang, v_end, m.start) or (
                mode == "weak" and not _title_gap(text, lang, v_end, m.start)):
            break
        if m.label == "PERSON":
            return None if _complement(text, lang, m) or _qualifies(text, lang, m) else m
        if first_org is None:
            first_org = m
    if first_org is None or _complement(text, lang, first_org) \
            or _qualifies(text, lang, first_org):
        return None
    if len(words(text, v_end, first_org.start)) > MAX_WEAK_OBJECT_WORDS:
        return None  # an organisation far from the verb is rarely who was met
    return first_org


def _qualifies(text: str, lang: str, m: Mention) -> bool:
    """The party only qualifies people named right after it ("met Labour leaders", "met
    top GOP and Democratic congressional leaders"): who met them is not the party. A
    preposition or punctuation ends the phrase; a person's "and" joins a second party."""
    pattern = _MEMBER_RE.get(lang)
    if pattern is None:
        return False
    links = PREPOSITIONS.get(lang, frozenset())
    last = m.end
    for tok in words(text, m.end, min(len(text), m.end + 80))[:MAX_MODIFIED_WORDS]:
        if text[last:tok.start].strip() or tok.text in links \
                or (m.label == "PERSON" and tok.text in _JOINERS):
            return False
        if pattern.fullmatch(text, tok.start, tok.end):
            return True
        last = tok.end
    return False


def _title_gap(text: str, lang: str, a: int, b: int) -> bool:
    """Between "received" and a party only articles, capitalised words and titles: "received
    his doctorate from X" or "received a letter from X" took a thing, not a visitor."""
    dets = DETERMINERS.get(lang, frozenset())
    return all(w.text in dets or w.text in COUNTERPARTS or text[w.start].isupper()
               or _is_title(text, lang, w.start, w.end) for w in words(text, a, b))


def _object_gap_ok(text: str, lang: str, a: int, b: int) -> bool:
    """Verb to object in one clause; one trailing comma only after a title ("of ...,")."""
    if not _broken(text, a, b):
        return True
    segment = _PARENS.sub(" ", text[a:b]).rstrip()
    if not segment.endswith(",") or "," in segment[:-1] or ";" in segment or "." in segment:
        return False
    links = GENITIVE_LINKS.get(lang, frozenset())
    title = words(segment)
    return bool(title) and (any(w.text in links for w in title) or lang in CASE_GENITIVE)


def _in_clause(text: str, m: Mention, v_start: int) -> bool:
    """Mention and verb share a clause; "Minister, Youssef Elamrani, met" keeps the name."""
    if not _broken(text, m.end, v_start):
        return True
    closing = text[m.end:v_start].strip() == ","
    return closing and comma_before(text, m.start)


def _complement(text: str, lang: str, m: Mention) -> bool:
    """True for "the head of AFAD", "titular de Interior", "глава AFAD": not the party."""
    before = words(text, max(0, m.start - 40), m.start)
    if before and text[before[-1].end:m.start].strip(" '’"):
        return False  # punctuation between: an apposition, not a complement
    while before and before[-1].text in LINK_ARTICLES:
        before.pop()
    if len(before) < 2:
        return False
    if lang in CASE_GENITIVE:
        word = text[before[-1].start:before[-1].end]
        return m.label != "PERSON" and word.islower()
    return before[-1].text in GENITIVE_LINKS.get(lang, frozenset())


def _after_locative(text: str, mention: Mention, locatives: frozenset[str]) -> bool:
    """True for "in Paris", "à Berlin", "في القاهرة": where they met, not who."""
    before = text[max(0, mention.start - 12):mention.start].split()
    return bool(before) and before[-1].lower() in locatives


def _broken(text: str, a: int, b: int) -> bool:
    """A clause break other than an apposition's paired commas or a parenthesis."""
    segment = _TITLE_ABBREVIATION.sub(" ", _PARENS.sub(" ", text[a:b]))
    if ";" in segment or "." in segment.replace("..", ""):
        return True
    if segment.count(",") % 2 == 1:
        return True
    spaced = segment.replace(",", " ")
    return has_clause_break(spaced, 0, len(spaced))


# --- typed relations --------------------------------------------------------------------
def find_typed_relations(text: str, lang: str, start: int, end: int,
                         mentions: list[Mention]) -> list[TypedRelation]:
    """Typed relations stated in ``text[start:end]``; none when agent or patient is unclear.

    The agent is the nearest party before the verb in its clause (as for meetings); the
    patient is the party right after it (a title or article between, no preposition, no
    clause break), and each party coordinated with it. A negated, passive or participial
    cue gives nothing; passives with agents, event nouns: :mod:`clause_relations`.
    """
    locatives = LOCATIVES.get(lang, frozenset())
    parties = [m for m in select_mentions(mentions, start, end, TYPED_LABELS)
               if not _after_locative(text, m, locatives) or _cue_object(text, lang, m, start)]
    if len(parties) < 2:
        return []
    out: list[TypedRelation] = []
    for kind, pattern in TYPED_RE.get(lang, []):
        for verb in pattern.finditer(text, start, end):
            if any(m.start < verb.end() and verb.start() < m.end for m in parties) \
                    or not _active(text, verb.start(), verb.end()):
                continue
            agent = _subject(text, lang, verb.start(), parties)
            if agent is None or any(w.text in RELATIVES
                                    for w in words(text, agent.end, verb.start())):
                # "X, que apoya a Y": the antecedent of a subject relative; any other
                # relative ("X, a fact that Y condemned") leaves the agent unclear.
                agent = subject_antecedent(text, lang, verb.start(), parties)
            if agent is not None and text.startswith(("'s", "’s"), agent.end):
                continue  # "X's ally backed Y": X is the possessor, not the agent
            patient = _patient(text, lang, verb.end(), parties)
            if patient is not None and _modifier(text, lang, patient, parties):
                continue  # "accused Hollywood producer Harvey Weinstein"
            if agent is None or patient is None or agent.entity_id == patient.entity_id \
                    or agent.text.strip().casefold() == patient.text.strip().casefold():
                continue
            patients = [patient, *conjuncts(text, lang, patient, end, parties)]
            follow = FOLLOW.get((kind, lang))
            if follow is not None and not follow.match(text, patients[-1].end, end):
                continue
            out += [TypedRelation(kind, each, one, verb.start(), verb.end())
                    for each in [*_listed_before(text, lang, agent, parties), agent]
                    for one in patients if each.entity_id != one.entity_id]
    out += [r for r in clause_relations(text, lang, start, end, parties) if r not in out]
    return sorted(verbal_attacks(text, out), key=lambda r: r.verb_start)


def _cue_object(text: str, lang: str, m: Mention, start: int) -> bool:
    """ "à Paris" is where, but "a demandé à M. Morsi" whom: the preposition ends a cue."""
    end = len(text[:m.start].rstrip())
    if not text[max(0, end - 3):end].endswith(("à", "a", "au", "aux")):  # cue prepositions
        return False
    return any(cue.end() == end for _, pattern in TYPED_RE.get(lang, [])
               for cue in pattern.finditer(text, max(start, end - 40), end))


def _listed_before(text: str, lang: str, agent: Mention,
                   parties: list[Mention]) -> list[Mention]:
    """The names listed with the agent: "A, B et C ont appelé X" -> A, B. The list must end
    with a joining word before the agent ("B et C"); commas further back only ("A, B"), so
    an apposition ("le chef de l'ONU, X,") adds nobody; a complement is no agent."""
    out: list[Mention] = []
    current, joined = agent, False
    for m in reversed([m for m in parties if m.end <= agent.start]):
        gap = text[m.end:current.start].strip().lower()
        if gap.rstrip(",").strip() in _JOINERS:
            joined = True
        elif gap != "," or not joined:
            break
        head = text[max(0, m.start - 60):m.start]
        lead = words(head[max(head.rfind(c) for c in ",;:(.\n") + 1:])
        if _complement(text, lang, m) or any(
                w.text not in DETERMINERS.get(lang, frozenset()) for w in lead):
            break  # "selon Reuters, A et B": a name after another word is not listed
        out.insert(0, m)
        current = m
    return out


def _active(text: str, v_start: int, v_end: int) -> bool:
    """Not negated, not passive ("was attacked"), not a participle ("Assad-backed",
    "backed by")."""
    if v_start and text[v_start - 1] == "-":
        return False
    before = [w.text for w in words(text, max(0, v_start - 30), v_start)][-2:]
    after = [w.text for w in words(text, v_end, min(len(text), v_end + 12))][:1]
    return not (set(before) & NEGATIONS or (before[-1:] and before[-1] in PASSIVE_BEFORE)
                or set(after) & AGENT_AFTER)


def _modifier(text: str, lang: str, patient: Mention, parties: list[Mention]) -> bool:
    """True when another party follows the patient within two plain words (no punctuation,
    preposition or "and"): the patient only qualifies it ("Hollywood producer X")."""
    later = [m for m in parties if m.start >= patient.end]
    if not later or _broken(text, patient.end, later[0].start) \
            or "," in text[patient.end:later[0].start]:
        return False
    gap = words(text, patient.end, later[0].start)
    links = PREPOSITIONS.get(lang, frozenset()) | _JOINERS
    return len(gap) <= 2 and not any(w.text in links for w in gap)


def _is_title(text: str, lang: str, start: int, end: int) -> bool:
    """A role noun ("president", "counterpart") in ``text[start:end]``: an apposition's
    title, not a thing ("condemned the vote, X said")."""
    role = SPEAKER_NOUN_RE.get(lang)
    return (role is not None and role.search(text, start, end) is not None) \
        or any(w.text in COUNTERPARTS for w in words(text, start, end))


def _patient(text: str, lang: str, v_end: int, parties: list[Mention]) -> Mention | None:
    """The first party after the verb, close to it, with no preposition or break between."""
    following = [m for m in parties if m.start >= v_end]
    if not following:
        return None
    first = following[0]
    gap = words(text, v_end, first.start)
    between = text[v_end:first.start].rstrip()
    if "," in between:
        # "urged his Egyptian counterpart, Hosni Mubarak, to": a title, then the person.
        if first.label != "PERSON" or between.count(",") != 1 or not between.endswith(",") \
                or not _is_title(text, lang, v_end, v_end + len(between)):
            return None
        limit, stop = MAX_TITLE_WORDS, v_end + len(between) - 1
    else:
        limit, stop = MAX_PATIENT_WORDS, first.start
    if len(gap) > limit or any(w.text in PREPOSITIONS.get(lang, frozenset()) for w in gap) \
            or _broken(text, v_end, stop):
        return None
    return first
