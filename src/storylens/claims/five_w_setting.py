"""When and where of an article's main event, read from its title and lead.

*When* is a day the claims stage's date reader (:mod:`.dates`) resolves in the title or
lead, relative to publication: the event sentence's own date first, then the earliest
in position. A date more than :data:`MAX_WHEN_AGE_DAYS` before publication is background
("since 2011"), not the news, and a partial date (no year) is never an answer.

*Where* is a named place (the NER stage's GPE/LOC/FAC mentions; in the title, the same
names as found in the body) chosen, in this order, for being attached to the event by a
locative word ("in", "à", "near ... of"), for being specific, for being named most
often in the article (Giveme5W1H scores places by frequency too), for standing in the
event sentence, and for coming first. Specific is read off the entity stage's gazetteer (CLDR,
ISO 3166): a region is broader than a country, a country than any other place (a city,
a district, a building; the gazetteer's city sizes are too ambiguous a guide: "Croydon"
names a borough of 170,000 and a town of 26,000). A place the title names counts as
attached (headlines drop prepositions: "Croydon tram crash"). A place the article itself
puts around another ("Croydon, south London": :func:`containers`) is broader than it,
and an answer that is such a container gives way to the first place named inside it.
When no lead place is attached ("the driver, from Beckenham"), the attached places of
the rest of the article are candidates too, but only when the lead names a place at all: a
lead without one tells of an event without one (a product, a remark, a split), and a place
further down is a side ("a launch party in Barcelona"). No place at all: no answer.

Which names can be places, and how a title ties one to the event (a name mostly tagged
as an event or a person, destinations, countries the tagger missed, a headline's "in X"):
:mod:`.five_w_places`. Every rule is a switch of :class:`.five_w_rules.FiveWRules`; the
defaults are those ``benchmarks/giveme5w1h_cv.py`` supports across held-out topics.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import Final

from ..entities.places import Gazetteer
from ..records import Answer, Article, Mention
from . import five_w_places as places
from .dates import find_dates, parse_published
from .five_w_places import PLACE_LABELS
from .five_w_rules import FiveWRules
from .lexicon_events import LOCATIVES

__all__ = ["PLACE_LABELS", "LeadPart", "find_when", "find_where", "lead_parts"]
# A news lead reports what happened in the last days; an older date is background.
MAX_WHEN_AGE_DAYS = 7
# Days after publication a stated date may lie (time zones, "late Thursday" filed Friday).
MAX_WHEN_LEAD_DAYS = 1
# How many words before a place a locative word may stand ("in the port city of Sirte").
LOCATIVE_REACH = 5
# "Near" and its kin attach a place as well as "in" does.
_NEAR: Final = {"en": ("near", "outside"), "fr": ("près", "proche"), "es": ("cerca",),
                "it": ("vicino", "presso"), "de": ("bei", "nahe"), "ru": ("под", "возле")}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TITLE_BREAK = re.compile(r": ")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]")
# "Croydon, south London": words allowed between the comma and the containing place.
CONTAINER_GAP_WORDS = 2
# A list goes on after its second place ("Paris, Berlin and Rome", "Paris, Berlin, Rome").
_LIST_GO_ON = re.compile(r"\s*(?:,\s*[A-Z]|and\b|or\b|&)")


@dataclass(frozen=True, slots=True)
class LeadPart:
    """A piece of the lead: the title (``in_title``) or one body sentence."""

    text: str  # the whole text the offsets point into (title, or article.text)
    start: int
    end: int
    in_title: bool
    rank: int  # 0 for the title, 1.. for body sentences in order


def lead_parts(article: Article, sentences: int) -> list[LeadPart]:
    """The title and the first ``sentences`` body sentences."""
    parts: list[LeadPart] = []
    title = article.title or ""
    # "Croydon tram crash: Police identify three victims": each side of a headline's
    # colon is read on its own (the parser takes the pair for one noun phrase).
    start = 0
    for piece in [*_TITLE_BREAK.split(title), None]:
        if piece is None:
            break
        if piece.strip():
            parts.append(LeadPart(title, start, start + len(piece), True, 0))
        start += len(piece) + 2
    for rank, sentence in enumerate(article.sentences[:sentences], 1):
        parts.append(LeadPart(article.text, sentence.start, sentence.end, False, rank))
    return parts


def find_when(article: Article, parts: list[LeadPart], event_rank: int | None,
              ) -> tuple[Answer, str] | None:
    """The main event's day: (its words, ISO day), or None when the lead gives none."""
    published = parse_published(article.published)
    lang = article.language
    found: list[tuple[int, int, Answer, str]] = []
    for part in parts:
        for mention in find_dates(part.text, lang, published, part.start, part.end):
            if len(mention.iso) != 10 or mention.iso.startswith("-"):
                continue
            day = dt.date.fromisoformat(mention.iso)
            if published is not None and not (
                -MAX_WHEN_AGE_DAYS <= (day - published).days <= MAX_WHEN_LEAD_DAYS
            ):
                continue
            words = part.text[mention.start:mention.end]
            answer = Answer(words, mention.start, mention.end, part.in_title)
            found.append((part.rank != event_rank, part.rank, answer, mention.iso))
    if not found:
        return None
    _, _, answer, iso = min(found, key=lambda f: (f[0], f[1], f[2].start))
    return answer, iso


def find_where(article: Article, parts: list[LeadPart], event_rank: int | None,
               gazetteer: Gazetteer | None, rules: FiveWRules | None = None,
               actors: frozenset[tuple[bool, int]] = frozenset()) -> Answer | None:
    """The main event's place (see the module docstring), or None. ``actors``: (in the
    title, offset) of parsed tokens that name an agent (:func:`.five_w_places.actor_offsets`)."""
    rules = rules or FiveWRules()
    lang = article.language
    body_places = places.mostly_places(article.mentions) if rules.majority_place_label \
        else [m for m in article.mentions if m.label in PLACE_LABELS]
    if rules.person_name_part:
        body_places = places.outside_person_names(body_places, article.mentions, gazetteer)
    inside = containers(article.text, body_places) if rules.place_inside_container else {}
    other_names = {m.text for m in article.mentions if m.label not in PLACE_LABELS} \
        if rules.title_name_part else set()
    candidates: list[tuple[tuple[int, ...], Answer]] = []
    stated_in_title: list[Answer] = []
    for part in parts:
        if part.in_title:
            names = {m.text for m in body_places}
            if rules.title_countries:
                names |= places.title_countries(gazetteer, part.text[part.start:part.end])
            spots = places.title_spots(part.text, names, other_names)
        else:
            spots = [(m.start, m.end) for m in body_places
                     if part.start <= m.start and m.end <= part.end]
        datelined = places.dateline_end(part.text, part.start, part.end) \
            if rules.dateline_place_attached and part.rank == 1 else part.start
        for start, end in spots:
            acting = places.acts(actors, part.in_title, start, end)
            if acting and rules.actor_place_dropped:
                continue
            stated = _attached(part.text, part.start, start, lang) or start < datelined
            if rules.unknown_needs_locative and not stated and not part.in_title \
                    and gazetteer is not None and not _known(gazetteer, part.text[start:end]):
                continue
            # A headline drops its prepositions ("Croydon tram crash"): a place it names
            # is the event's, unless it is a destination ("flight to Tokyo").
            by_title = part.in_title and rules.title_place_attached and not (
                rules.title_direction_unattached
                and places.after_direction(part.text, part.start, start, lang)) and not (
                acting and rules.actor_place_unattached)
            if part.in_title and rules.title_locative_first \
                    and places.after_locative(part.text, part.start, start, lang):
                stated_in_title.append(Answer(part.text[start:end], start, end, True))
            candidates.append(_candidate(article, gazetteer, inside, part.text, start, end,
                                         stated or by_title, part.rank, part.rank == event_rank,
                                         part.in_title))
    best = min(candidates, key=lambda c: c[0]) if candidates else None
    if rules.article_places_fallback and (best is None or best[0][0]) and not (
            best is None and rules.fallback_needs_lead_place) and not (
            best is not None and rules.fallback_after_direction_only
            and not _directed(article, best[1], lang)):
        # No place in the lead is attached to the event ("the driver, from Beckenham"):
        # the article's places that are ("in Croydon") come first, wherever they stand.
        lead_end = max((p.end for p in parts if not p.in_title), default=0)
        for m in body_places:
            if m.start >= lead_end and _attached(article.text, 0, m.start, lang):
                candidates.append(_candidate(article, gazetteer, inside, article.text,
                                             m.start, m.end, True, len(parts) + 1, False,
                                             False))
        best = min(candidates, key=lambda c: c[0]) if candidates else None
    if best is None or (rules.abstain_unattached_where and best[0][0]):
        return None
    answer = best[1]
    # "killed in Costa Rica plane crash": the headline's stated place, unless the answer
    # lies inside it ("in Afghanistan" ... "Mazar-i-Sharif").
    if stated_in_title and not places.nested(gazetteer, answer.text,
                                             stated_in_title[0].text, inside):
        answer = stated_in_title[0]
    # "London" where the article says "Croydon, south London": the place named inside it.
    within = inside.get(answer.text)
    if within is not None:
        return Answer(within.text, within.start, within.end)
    return answer


def _candidate(article: Article, gazetteer: Gazetteer | None, inside: dict[str, Mention],
               text: str, start: int, end: int, attached: bool, rank: int,
               in_event: bool, in_title: bool) -> tuple[tuple[int, ...], Answer]:
    """A place's sort key (attached, specific, frequent, in the event sentence, early)."""
    name = text[start:end]
    level = place_level(gazetteer, name)
    if name in inside:
        level = min(level, 1)
    count = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", article.text))
    key = (not attached, -level, -count, not in_event, rank, start)
    return key, Answer(name, start, end, in_title)


def containers(text: str, places: list[Mention]) -> dict[str, Mention]:
    """Places the text names as containing another, each with the first place named inside
    it: "Croydon, south London" and "Baoding, Hebei province" (a place, a comma, at most
    :data:`CONTAINER_GAP_WORDS` words, a place) map "London" to "Croydon" and "Hebei
    province" to "Baoding". A list ("Paris, Berlin and Rome") is no containment: the pair
    must not be followed by "and"/"or" or by another capitalised item."""
    ordered = sorted(places, key=lambda m: m.start)
    out: dict[str, Mention] = {}
    for first, second in itertools.pairwise(ordered):
        gap = text[first.end:second.start]
        if not gap.startswith(",") or len(_WORD.findall(gap)) > CONTAINER_GAP_WORDS \
                or _CLAUSE_END.search(gap[1:]) or first.text == second.text:
            continue
        if _LIST_GO_ON.match(text[second.end:second.end + 12]):
            continue
        out.setdefault(second.text, first)
    # A place both contains and is contained ("A, B" and "B, A"): no order, no answer swap.
    for name in [n for n, m in out.items() if out.get(m.text) is not None]:
        out.pop(name, None)
    return out


def _known(gazetteer: Gazetteer, name: str) -> bool:
    """Whether the gazetteer names a place so (a city, a country, a region or a code)."""
    letters = name.replace(".", "")
    return bool(gazetteer.lookup(name)
                or (letters.isupper() and gazetteer.country_code(letters)))


def place_level(gazetteer: Gazetteer | None, name: str) -> int:
    """How specific a place name is: 0 a region, 1 a country, 2 a city or anything else."""
    if gazetteer is None:
        return 2
    ids = gazetteer.lookup(name)
    letters = name.replace(".", "")
    if letters.isupper():  # "U.S.", "UK": ISO codes
        ids = ids | gazetteer.country_code(letters)
    if not ids or any(i.startswith("city:") for i in ids):
        return 2
    return 1 if any(i.startswith("country:") for i in ids) else 0


def _directed(article: Article, answer: Answer, lang: str) -> bool:
    """The place follows a word of direction ("a man from Beckenham"): not the event's."""
    text = (article.title or "") if answer.in_title else article.text
    return places.after_direction(text, 0, answer.start, lang)


def _attached(text: str, floor: int, start: int, lang: str) -> bool:
    """A locative word stands among the few words before the place, in the same clause."""
    before = text[max(floor, start - 80):start]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    words = [w.casefold() for w in _WORD.findall(before)][-LOCATIVE_REACH:]
    cues = LOCATIVES.get(lang, frozenset()) | frozenset(_NEAR.get(lang, ()))
    return any(w in cues for w in words)
