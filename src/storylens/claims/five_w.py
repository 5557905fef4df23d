"""Who did what, when and where: an article's main event from its title and lead.

The method follows Giveme5W1H (Hamborg et al. 2018/2019): news writing puts the main
event first, so candidates come from the title and the first :data:`LEAD_SENTENCES`
sentences, and are scored by position and frequency.

* **who / what** (languages with a dependency parser, see ``Settings.parsers``): in each
  lead sentence the main verb (the root, or the verb a copula or auxiliary hangs on) and
  its subject; *who* is the subject's noun phrase without relative clauses or
  appositions, *what* the verb with its auxiliaries and its object (or, with no object,
  its first prepositional argument: "lands in Washington"). A pronoun subject is no
  answer (nothing here resolves it). Candidates are scored by position (title first),
  frequency of the subject's head word and whether the subject is a named person or
  organisation (weights fixed before any measurement, not fitted: see the constants).
* **headlines**: a headline that opens with a noun phrase and a past participle ("Seven
  killed as tram derails") is that clause with "were" dropped, whatever the parser made
  the root; a headline root the tagger calls a noun but the parser gives a subject
  ("Trump and Obama meet at ...") is a verb; a present-tense verb read as a plural noun
  ("Donald Trump lands in ...") is found by a probe parse (:mod:`.five_w_headline`).
* **reported clause, passive agent** (switches of :class:`.five_w_rules.FiveWRules`, off
  by default: no topic showed a gain): "Police said they are searching ..." gives the
  reported clause as *what*; "were shot by a gunman" gives the agent as *who*, and a
  named doer of a passive headline too (:mod:`.five_w_agents`).
* **full names**: a *who* that is a person's surname ("Mr Trump") becomes the full name
  of that person's first mention in the article ("Donald Trump"), when unambiguous.
* **who without a parser**: a person or organisation mention that opens the first lead
  sentence (subject-first languages only); no *what*.
* **when / where**: :mod:`.five_w_setting`.

Title-case headlines parse badly, so their words that occur in lower case in the body are
lowered (same length, offsets hold); a dateline or a "sentence" over MAX_PARSED_CHARS is
not parsed. Every answer is exact words of the title or of the article's text
(:class:`~storylens.records.Answer`); an unclear lead gives None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from ..entities.places import Gazetteer
from ..records import Answer, Article, FiveW
from . import five_w_agents as agents
from . import five_w_headline as headline
from . import five_w_places as places
from .five_w_names import full_name
from .five_w_places import DATELINE
from .five_w_rules import FiveWRules
from .five_w_setting import PLACE_LABELS, LeadPart, find_when, find_where, lead_parts
from .syntax import DependencyParser, Token
from .text import PRONOUNS

LEAD_SENTENCES = 3
POSITION_WEIGHT = 0.5
FREQUENCY_WEIGHT = 0.3
NAME_WEIGHT = 0.2
MAX_WHAT_TOKENS = 12
MAX_PARSED_CHARS = 600
# Languages whose plain clauses put the subject first (the no-parser rule needs that).
SUBJECT_FIRST: Final = frozenset({"en", "fr", "es", "it", "de", "ru", "pt", "nl"})

_SUBJECT: Final = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_OBJECT: Final = frozenset({"dobj", "obj", "attr", "acomp", "oprd", "dative", "iobj", "xcomp",
                            "ccomp", "agent", "obl:agent"})
_PREP: Final = frozenset({"prep", "obl", "obl:arg", "obl:mod"})
_VERB_LEFT: Final = frozenset({"aux", "auxpass", "aux:pass", "aux:tense", "neg", "cop"})
_VERB_RIGHT: Final = frozenset({"prt", "compound:prt", "neg"})
# Children whose words are not part of a noun phrase answer or a verb phrase answer.
_CUT: Final = frozenset({"relcl", "acl", "acl:relcl", "appos", "advcl", "parataxis",
                         "punct", "mark", "dep"})
_CLOSING: Final = frozenset({'"', "”", "»"})
_VERBAL: Final = frozenset({"VERB", "AUX"})
_PEOPLE: Final = frozenset({"PERSON", "PER", "ORG"})


@dataclass(frozen=True, slots=True)
class _Event:
    part: LeadPart
    who: Answer
    what: Answer
    head_word: str


ParserFor = Callable[[str], "DependencyParser | None"]


class FiveWExtractor:
    """Answers the 4W for articles with the pipeline's parsers and gazetteer (loaded once)."""

    def __init__(self, parser_for: ParserFor, gazetteer: Gazetteer | None = None,
                 rules: FiveWRules | None = None) -> None:
        self._parser_for = parser_for
        self._gazetteer = gazetteer
        self.rules = rules or FiveWRules()

    def extract(self, article: Article) -> FiveW:
        parts = lead_parts(article, LEAD_SENTENCES)
        parser = self._parser_for(article.language)
        events, parsed = _events(article, parts, parser, self.rules) if parser else ([], [])
        event = _best(article, events, self.rules.named_who_first)
        who = event.who if event else (None if parser else _who_without_parser(article, parts))
        who = full_name(article, who) if who else None
        rank = event.part.rank if event else None
        when = find_when(article, parts, rank)
        actors = places.actor_offsets(parsed) if self.rules.actor_place_unattached \
            or self.rules.actor_place_dropped else frozenset()
        where = find_where(article, parts, rank, self._gazetteer, self.rules, actors)
        return FiveW(who=who, what=event.what if event else None,
                     when=when[0] if when else None, when_value=when[1] if when else None,
                     where=where)


# -- who / what from a parse ----------------------------------------------------------------
def _events(article: Article, parts: list[LeadPart], parser: DependencyParser,
            rules: FiveWRules) -> tuple[list[_Event], list[tuple[LeadPart, list[Token]]]]:
    """The lead's events, and each part with its parse (reused for *where*: no second
    parse)."""
    parts = list(parts)  # a dateline is cut from the parsed copy only
    texts = []
    for i, part in enumerate(parts):
        piece = part.text[part.start:part.end]
        if part.in_title:
            piece = headline.sentence_case(piece, article.text)
        else:
            # "Photo KUNDUZ, Afghanistan -- Militants ...": the dateline is no subject.
            opening = DATELINE.match(piece)
            if opening:
                parts[i] = part = replace(part, start=part.start + opening.end())
                piece = piece[opening.end():]
        # A "sentence" this long is run-on page furniture, not a lead: bound the cost.
        texts.append(piece if len(piece) <= MAX_PARSED_CHARS else "")
    parses = parser.parse(texts)
    titles = [n for n, part in enumerate(parts) if part.in_title]
    names = frozenset(w.casefold() for m in article.mentions for w in m.text.split())
    # Doers' name words; a word the article also tags as a place ("Holm" of "Holm Council")
    # is no doer's: a place modifying an event noun says where, not who.
    doers = frozenset(w.casefold() for m in article.mentions if m.label in _PEOPLE
                      for w in m.text.split()) - frozenset(
        w.casefold() for m in article.mentions if m.label in PLACE_LABELS
        for w in m.text.split()) if rules.named_agent_who else frozenset()
    repaired = headline.repair(parser, [texts[n] for n in titles],
                               [parses[n] for n in titles], article.language or "", names) \
        if rules.headline_probe else {}
    splits = {titles[k]: split for k, split in repaired.items()}
    events = []
    for n, (part, tokens) in enumerate(zip(parts, parses, strict=True)):
        split = splits.get(n)
        event = _headline_verb_event(part, tokens, split) if split \
            else _event(part, tokens, rules, doers)
        if event is not None:
            events.append(event)
    return events, list(zip(parts, parses, strict=True))


def _headline_verb_event(part: LeadPart, tokens: Sequence[Token],
                         split: headline.HeadlineVerb) -> _Event | None:
    """"Donald Trump lands in Washington" as the probe read it (:mod:`.five_w_headline`)."""
    subject = list(range(split.subject_end))
    if any(tokens[i].text.casefold() in PRONOUNS for i in subject):
        return None
    who = _span(tokens, subject, split.subject_end - 1, part)
    children: dict[int, list[Token]] = {}
    for token in split.tokens:
        if token.head != token.i:
            children.setdefault(token.head, []).append(token)
    verb = split.tokens[split.verb]
    what = _span(split.tokens, _verb_phrase(verb, children.get(verb.i, []), children),
                 verb.i, part)
    if who is None or what is None:
        return None
    return _Event(part, who, what, tokens[split.subject_end - 1].text.casefold())


def _event(part: LeadPart, tokens: Sequence[Token], rules: FiveWRules,
           doers: frozenset[str] = frozenset()) -> _Event | None:
    """The subject and verb phrase of a sentence's main verb, or None. ``doers``: words
    of the article's person/organisation names (:func:`.five_w_agents.named_agent`)."""
    children: dict[int, list[Token]] = {}
    for token in tokens:
        if token.head != token.i:
            children.setdefault(token.head, []).append(token)
    roots = [t for t in tokens if t.dep == "ROOT" or t.head == t.i]
    if not roots:
        return None
    opening = _opening_participle(tokens, children) \
        if part.in_title and rules.opening_participle else None
    if opening is not None:
        # "Seven killed as tram derails ...": the headline's first clause, whatever
        # the parser made the root of the rest.
        event = _headline_event(part, tokens, children, opening, rules, doers)
        if event is not None:
            return event
    verb = roots[0]
    kids = children.get(verb.i, [])
    # A headline root the tagger calls a noun but the parser gives a subject ("Trump and
    # Obama meet at ...": "meet" tagged NOUN, with an nsubj) is the verb: arcs over tags.
    predicate = (part.in_title and any(k.dep in _SUBJECT for k in kids)
                 and not any(t.pos in _VERBAL for t in tokens[:verb.i]))
    if verb.pos not in _VERBAL and not predicate \
            and not any(k.dep in _VERB_LEFT for k in kids):
        if part.in_title:
            return _headline_event(part, tokens, children, verb, rules, doers)
        return None  # a verbless fragment
    # "Officials said two people were killed": the reported clause is the event.
    speaker = verb
    for clause in (k for k in kids if k.dep == "ccomp" and rules.reported_clause):
        inner = _subject(tokens, children, clause.i)
        if inner is not None:
            speaker = verb = clause
            kids = children.get(clause.i, [])
            break
        if rules.pronoun_reported_clause and _pronoun_subject(tokens, children, clause.i):
            # "Police revealed they are investigating a shooting": the clause is what
            # happened; who stays the one named ("they" is not resolved here).
            verb, kids = clause, children.get(clause.i, [])
            break
    subject = _subject(tokens, children, speaker.i)
    if rules.passive_agent_who:
        subject = agents.passive_agent(children, verb.i) or subject
    # A headline's bare past participle is passive ("Consulate bombed in attack by ...").
    bare_participle = part.in_title and verb.tag == "VBN" \
        and not any(k.dep in _VERB_LEFT for k in kids)
    if subject is not None and (agents.is_passive_subject(subject) or bare_participle):
        subject = agents.named_agent(list(tokens), children, verb.i, doers) or subject
    if subject is None:
        return None
    who = _span(tokens, _phrase(subject.i, children, _CUT), subject.i, part)
    what = _span(tokens, _verb_phrase(verb, kids, children), verb.i, part)
    if who is None or what is None:
        return None
    return _Event(part, who, what, subject.text.casefold())


def _headline_event(part: LeadPart, tokens: Sequence[Token],
                    children: dict[int, list[Token]], head: Token,
                    rules: FiveWRules, doers: frozenset[str] = frozenset()) -> _Event | None:
    """A headline that drops "were": "At least 7 killed in tram accident" parses as a noun
    phrase with a participle attached; the noun phrase is who, the participle's phrase
    what. Any other verbless headline ("Tram crash: seven dead") is no event."""
    participle = next((k for k in children.get(head.i, [])
                       if k.dep == "acl" and k.pos == "VERB" and k.i > head.i), None)
    if participle is None:
        return None
    doer = agents.passive_agent(children, participle.i) if rules.passive_agent_who else None
    doer = doer or agents.named_agent(list(tokens), children, participle.i, doers)
    if doer is not None:  # "Two killed by gunman ...": the gunman did it
        head = doer
    words = [tokens[i] for i in _phrase(head.i, children, _CUT)]
    if any(t.pos == "PRON" for t in words):
        return None
    who = _span(tokens, [t.i for t in words], head.i, part)
    kids = children.get(participle.i, [])
    what = _span(tokens, _verb_phrase(participle, kids, children), participle.i, part)
    if who is None or what is None:
        return None
    return _Event(part, who, what, head.text.casefold())


def _opening_participle(tokens: Sequence[Token],
                        children: dict[int, list[Token]]) -> Token | None:
    """The head of a noun phrase that opens the headline and is followed at once by a
    past participle hanging on it ("Final three tram crash victims named ..."), i.e. a
    headline clause with "were" dropped; None otherwise. Needs the fine tag (VBN)."""
    for token in tokens:
        if token.dep != "acl" or token.tag != "VBN" or token.head >= token.i:
            continue
        noun = tokens[token.head]
        phrase = sorted(_phrase(noun.i, children, _CUT))
        if phrase == list(range(token.i)) and noun.pos in {"NOUN", "PROPN", "NUM"}:
            return noun
        return None
    return None


def _pronoun_subject(tokens: Sequence[Token], children: dict[int, list[Token]],
                     verb: int) -> bool:
    return any(k.dep in _SUBJECT and (k.pos == "PRON" or k.text.casefold() in PRONOUNS)
               for k in children.get(verb, []))


def _subject(tokens: Sequence[Token], children: dict[int, list[Token]],
             verb: int) -> Token | None:
    """The verb's subject, unless it is or holds a pronoun (nothing resolves those here)."""
    subject = next((k for k in children.get(verb, []) if k.dep in _SUBJECT), None)
    if subject is None:
        return None
    words = [tokens[i] for i in _phrase(subject.i, children, _CUT)]
    if any(t.pos == "PRON" or t.text.casefold() in PRONOUNS for t in words):
        return None
    return subject


def _phrase(top: int, children: dict[int, list[Token]], cut: frozenset[str]) -> list[int]:
    """A token and its dependents, less the dependents whose dep is in ``cut``."""
    out, todo = [top], [top]
    while todo:
        for child in children.get(todo.pop(), []):
            if child.dep not in cut:
                out.append(child.i)
                todo.append(child.i)
    return out


def _verb_phrase(verb: Token, kids: list[Token], children: dict[int, list[Token]]) -> list[int]:
    left = [k.i for k in kids if k.i < verb.i and k.dep in _VERB_LEFT]
    # "has now been named": the words between the first auxiliary and the verb go too.
    ids = list(range(min(left, default=verb.i), verb.i + 1))
    has_object = False
    for kid in sorted((k for k in kids if k.i > verb.i), key=lambda k: k.i):
        if kid.dep in _VERB_RIGHT:
            ids.append(kid.i)
        elif kid.dep in _OBJECT:
            ids += _phrase(kid.i, children, _CUT)
            has_object = True
        elif kid.dep in _PREP and not has_object:
            ids += _phrase(kid.i, children, _CUT)
            break
        elif has_object or kid.dep in _CUT:
            break
    return ids


def _span(tokens: Sequence[Token], ids: list[int], anchor: int,
          part: LeadPart) -> Answer | None:
    """The contiguous run of ``ids`` around ``anchor``, trimmed of punctuation."""
    chosen = set(ids)
    first = last = anchor
    while first - 1 in chosen or _bridge(tokens, chosen, first - 1, -1):
        first -= 1
    while (last + 1 in chosen or _bridge(tokens, chosen, last + 1, 1)) \
            and last - first + 1 < MAX_WHAT_TOKENS:
        last += 1
    run = list(range(first, last + 1))
    while run and tokens[run[-1]].pos in {"PUNCT", "CCONJ"}:
        run.pop()
    while run and tokens[run[0]].pos == "PUNCT":
        run.pop(0)
    if not run:
        return None
    start = part.start + tokens[run[0]].start
    end = part.start + tokens[run[-1]].end
    words = part.text[start:end]
    # A quotation opened inside the answer is closed in it ("a "great honour"").
    after = run[-1] + 1
    opened = words.count('"') % 2 == 1 or (
        sum(map(words.count, "“«")) > sum(map(words.count, "”»")))
    if opened and after < len(tokens) and tokens[after].text in _CLOSING:
        end = part.start + tokens[after].end
    return Answer(part.text[start:end], start, end, part.in_title)


def _bridge(tokens: Sequence[Token], chosen: set[int], i: int, step: int) -> bool:
    """A punctuation token inside a phrase ("90-minute", "a 'great honour'") joins it."""
    if not 0 <= i < len(tokens) or tokens[i].pos != "PUNCT" or i + step not in chosen:
        return False
    return tokens[i].text not in {",", ";", ":", "(", ")", "--", "—", "–"}


def _best(article: Article, events: list[_Event], named_first: bool = False) -> _Event | None:
    """The event scored highest (module docstring); with ``named_first``, among the events
    whose subject names a person or organisation when there are any: an unnamed subject is
    as often a thing or an event ("The blast", "the well") as the one who acted."""
    people = {m.text.casefold() for m in article.mentions if m.label in _PEOPLE}

    def named(event: _Event) -> bool:
        return any(name in event.who.text.casefold() for name in people)

    if named_first and any(map(named, events)):
        events = [e for e in events if named(e)]
    if not events:
        return None
    lowered = f"{article.title or ''}\n{article.text}".casefold()
    counts = [len(re.findall(rf"(?<!\w){re.escape(e.head_word)}(?!\w)", lowered))
              for e in events]
    top = max(counts) or 1
    last = max(e.part.rank for e in events) or 1

    def score(item: tuple[_Event, int]) -> float:
        event, count = item
        position = 1.0 - event.part.rank / max(last, LEAD_SENTENCES)
        return (POSITION_WEIGHT * position + FREQUENCY_WEIGHT * count / top
                + NAME_WEIGHT * named(event))

    return max(zip(events, counts, strict=True), key=score)[0]


# -- who without a parser --------------------------------------------------------------
def _who_without_parser(article: Article, parts: list[LeadPart]) -> Answer | None:
    """A person/organisation opening the first body sentence, in subject-first languages."""
    if article.language not in SUBJECT_FIRST:
        return None
    first = next((p for p in parts if not p.in_title), None)
    if first is None:
        return None
    opening = article.text[first.start:first.end]
    indent = len(opening) - len(opening.lstrip())
    for mention in article.mentions:
        if mention.label in _PEOPLE and mention.start == first.start + indent:
            return Answer(mention.text, mention.start, mention.end)
    return None
