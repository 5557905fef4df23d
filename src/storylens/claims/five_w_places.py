"""Which named places can be the event's *where*, and how a title ties one to the event.

Helpers of :func:`.five_w_setting.find_where`, each one switch of
:class:`.five_w_rules.FiveWRules` (so the benchmark can show each one helps):

* **mostly a place** (``majority_place_label``): the NER stage labels each mention on
  its own, so one name can be a place once and an event or a person elsewhere ("Super
  Bowl" LOC once, EVENT four times; "SpaceX" GPE once, PERSON ten times). A name the
  article labels more often as something else than as a place is no place candidate.
  Organisations do not count against a place: taggers call places organisations by
  metonymy all the time ("the White House said", "Croydon Council").
* **part of a longer name** (``title_name_part``): in a title, a place inside a longer
  non-place name the article also uses ("Chicago" in "Chicago Cubs", an organisation)
  names no place there.
* **direction, not location** (``title_direction_unattached``): a title place right
  after a word of direction or relation ("flight to Tokyo", "send his car to Mars", "four
  times the size of Manhattan", "win over Houston") is not where the event happened, so
  the title alone does not attach it.
* **countries in the title** (``title_countries``): a country the title names that the
  tagger found nowhere in the body ("Egypt's Morsi sentenced ..." over a body that says
  "an Egyptian court") is a title place too, read off the gazetteer (CLDR, ISO 3166):
  runs of one to three capitalised words, "'s" dropped.
* **title locative** (``title_locative_first``): a title place after a locative word
  ("killed in Costa Rica plane crash") is the headline's own statement of the place. It
  is the answer unless the place otherwise chosen lies inside it: a GeoNames city of
  that country ("consulate in Afghanistan" and "Mazar-i-Sharif"), or a place the article
  itself puts inside it ("Croydon, south London"). A place the gazetteer cannot put
  inside it ("a rabbi in Scarsdale") does not displace it.
* **part of a person's name** (``person_name_part``): a tagger labels a lone surname or
  given name as a place now and then ("Timberlake", "Theresa"); when the article names a
  person with that word in a longer name ("Justin Timberlake", "Theresa May"), the lone
  word is that person, in the title as in the body.
* **a place that acts** (``actor_place_unattached``, ``actor_place_dropped``; session 9):
  a place name that the title's or lead's parse makes the subject of an active verb
  ("Norvania says it will ...", "Trump says Norvania should have ...") or the possessor of
  a named subject ("Norvania's Kim says") stands for a government or a team, the agent of
  the event, not where it happened. A passive subject ("Port Elm hit by floods") and a
  modifier ("Port Elm tram crash", "Port Elm's party") stay places. With the first switch
  the title no longer attaches it; with the second it is no candidate at all.
* **datelines** (``dateline_place_attached``; :data:`DATELINE` also cuts the dateline
  before the lead is parsed for who / what): wire copy opens on the place it was filed
  from ("HOUSTON — ...", "RAMALLAH, West Bank (AP) - ..."), most often the event's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

from ..entities.places import Gazetteer
from ..records import Mention
from .lexicon_events import LOCATIVES
from .syntax import Token

PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
# Labels a place often gets by metonymy ("the White House said"): no vote against a place.
_METONYMS: Final = frozenset({"ORG"})
_PERSON_LABELS: Final = frozenset({"PERSON", "PER"})
# Words after which a place is a destination, an origin or a comparison, not a location.
DIRECTIONS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"to", "from", "of", "for", "than", "against", "over", "toward",
                     "towards", "versus", "vs"}),
    "fr": frozenset({"vers", "pour", "contre", "que"}),
    "es": frozenset({"hacia", "para", "contra", "que"}),
    "it": frozenset({"verso", "per", "contro", "che"}),
    "de": frozenset({"gegen", "für", "als"}),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A dateline: up to four words, one in capitals ("LONDON", "Photo KUNDUZ, Afghanistan",
# "RAMALLAH, West Bank"), an optional agency in brackets, then a dash.
DATELINE: Final = re.compile(
    r"^\s*(?:\w+\s+){0,2}[A-Z][A-Z.'-]{2,}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?){0,2}"
    r"\s*(?:\([^)]{1,20}\))?\s*(?:--|—|–|-)\s+")


def mostly_places(mentions: Iterable[Mention]) -> list[Mention]:
    """The place mentions whose name the article does not label more often as an
    event, a person or anything else but a place or an organisation."""
    mentions = list(mentions)
    votes: Counter[tuple[str, bool]] = Counter(
        (m.text, m.label in PLACE_LABELS) for m in mentions if m.label not in _METONYMS)
    return [m for m in mentions if m.label in PLACE_LABELS
            and votes[(m.text, True)] >= votes[(m.text, False)]]


def outside_person_names(places: list[Mention], mentions: Iterable[Mention],
                         gazetteer: Gazetteer | None) -> list[Mention]:
    """The place mentions whose name is not the first or last word of a person's name of
    two or three words in the article (a given name, a surname). A name the gazetteer
    knows as a place stays one: the tagger's person spans run over places too ("Croydon
    Tram", "Seattle Fire")."""
    words: set[str] = set()
    for mention in mentions:
        name = _WORD.findall(re.sub(r"['’]s$", "", mention.text))
        if mention.label in _PERSON_LABELS and 2 <= len(name) <= 3:  # given name, surname
            words |= {name[0].casefold(), name[-1].casefold()}
    return [m for m in places
            if not (len(_WORD.findall(m.text)) == 1 and m.text.casefold() in words
                    and not (gazetteer is not None and gazetteer.lookup(m.text)))]


def title_spots(title: str, places: set[str], names: set[str]) -> list[tuple[int, int]]:
    """Where the title names one of ``places``, leaving out any occurrence inside a
    longer one of ``names`` (non-place names: "Chicago Cubs")."""
    taken: list[tuple[int, int, bool]] = []
    everything = [(n, True) for n in places] + [(n, False) for n in names - places]
    for name, is_place in sorted(everything, key=lambda item: len(item[0]), reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", title):
            if not any(s <= match.start() < e or s < match.end() <= e for s, e, _ in taken):
                taken.append((match.start(), match.end(), is_place))
    return sorted((s, e) for s, e, is_place in taken if is_place)


# Dependency labels of an active verb's subject (spaCy English, Universal Dependencies).
_ACTIVE_SUBJECT: Final = frozenset({"nsubj", "csubj"})
_POSSESSOR: Final = frozenset({"poss", "nmod:poss"})


def actor_offsets(parsed: Iterable[tuple[Any, Sequence[Token]]]) -> frozenset[tuple[bool, int]]:
    """(in the title, offset) of each parsed token that names an agent: the subject of an
    active verb, or the possessor of a proper-noun subject ("Norvania's Kim says"). The
    parts are :class:`~.five_w_setting.LeadPart` (``in_title``, ``start``) beside their
    parse, whose offsets are relative to the part."""
    out: set[tuple[bool, int]] = set()
    for part, tokens in parsed:
        for token in tokens:
            head = tokens[token.head] if 0 <= token.head < len(tokens) else token
            acting = token.dep in _ACTIVE_SUBJECT and token.head != token.i
            owning = (token.dep in _POSSESSOR and head.dep in _ACTIVE_SUBJECT
                      and head.pos == "PROPN")
            if acting or owning:
                out.add((part.in_title, part.start + token.start))
    return frozenset(out)


def acts(actors: frozenset[tuple[bool, int]], in_title: bool, start: int, end: int) -> bool:
    """Whether a token that :func:`actor_offsets` found starts inside ``[start, end)``."""
    return any((in_title, offset) in actors for offset in range(start, end))


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening ``text[start:end]`` ends ("HOUSTON — Steelers ..."), or
    ``start`` when the piece opens with none."""
    opening = DATELINE.match(text[start:end])
    return start + opening.end() if opening else start


def word_before(text: str, floor: int, start: int) -> str:
    """The word just before ``start`` (not before ``floor``), case-folded, or ""."""
    words = _WORD.findall(text[max(floor, start - 40):start])
    return words[-1].casefold() if words else ""


def after_direction(text: str, floor: int, start: int, lang: str) -> bool:
    return word_before(text, floor, start) in DIRECTIONS.get(lang, frozenset())


def after_locative(text: str, floor: int, start: int, lang: str) -> bool:
    return word_before(text, floor, start) in LOCATIVES.get(lang, frozenset())


def nested(gazetteer: Gazetteer | None, inner: str, outer: str,
           containers: dict[str, Mention]) -> bool:
    """Whether place ``inner`` lies inside place ``outer``: the article says so ("Croydon,
    south London"), or the gazetteer knows ``inner`` only as cities of country ``outer``."""
    if inner == outer:
        return True
    held = containers.get(outer)
    if held is not None and held.text == inner:
        return True
    if gazetteer is None:
        return False
    countries = {i.removeprefix("country:") for i in gazetteer.lookup(outer)
                 if i.startswith("country:")}
    if outer.replace(".", "").isupper():
        countries |= {i.removeprefix("country:")
                      for i in gazetteer.country_code(outer.replace(".", ""))}
    cities = [i for i in gazetteer.lookup(inner) if i.startswith("city:")]
    return bool(countries and cities) and all(
        gazetteer.city_country.get(c) in countries for c in cities)


_CAPITALISED_RUN = re.compile(r"(?<!\w)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


def title_countries(gazetteer: Gazetteer | None, title: str) -> set[str]:
    """Country names in a title as written there ("Egypt" in "Egypt's Morsi ...")."""
    if gazetteer is None:
        return set()
    found = set()
    for run in _CAPITALISED_RUN.finditer(title):
        words = run.group(0).split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                name = " ".join(words[first:first + size])
                name = re.sub(r"['’]s$", "", name)
                ids = gazetteer.lookup(name)
                if ids and all(i.startswith("country:") for i in ids):
                    found.add(name)
    return found
