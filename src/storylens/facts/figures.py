"""Which reported figures can both be true: ranges, versions and conflicts.

A figure stands for a range of true counts as reporters use it ("about 1,000" is
950-1,050; "at least 74" reaches a little above 74). Agreeing figures form a version;
two versions whose ranges cannot meet are a conflict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..records import Article, Claim, Value
from ..wording import APPROXIMATE_MODIFIERS, NEAR_MODIFIERS, is_vague, nominal_value
from ..wording import norm as _norm

# "About 1,000" and "nearly 1,000" are reported for the same 950: approximate figures agree
# when about 10% apart ("about" spans N±5%, "nearly" N-10%..N), while 860 vs "about 1,000"
# and "about 35,000" vs "about 40,000" (14% apart) still conflict.
APPROX_TOLERANCE = 0.10
# A floor ("at least 74", "more than 1,000") is stated close to the count it reports: read
# as reaching 15% above its number, "more than 800" agrees with 860 (7.5% above) while
# "at least 860" vs "more than 1,000" (16%) and "at least 74" vs "more than 100" conflict.
FLOOR_SPAN = 0.15


# Modifiers of a ceiling ("up to 32", "under 200", "fewer than 10"): the count stated
# is the top of the range, read like a floor in mirror (a little under the number).
CEILING_MODIFIERS = frozenset({"up to", "fewer than"})


# Words that make a figure count the rest of a group ("four other people were killed",
# "otras 293 personas", "altri 20 morti", "weitere 20 Menschen", "three more", "ещё 20",
# "injuring another 40"): a remainder beside a count told elsewhere, not the event's
# total, so it neither corroborates nor disputes a total. Closed-class words per
# language, read right before the figure's words or right after them.
_REST_BEFORE = frozenset({
    "another", "other", "otros", "otras", "otro", "otra", "altri", "altre", "altro", "altra",
    "weitere", "weiteren", "anderen", "andere", "ещё", "еще", "другие", "других",
})
_REST_AFTER = frozenset({
    "others", "other", "more", "autres", "autre", "más", "altri", "altre", "weitere",
    "andere", "другие", "других", "آخرين", "آخرون", "أخرى", "آخر",
})
_TOKEN = re.compile(r"\w+", re.UNICODE)


def counts_the_rest(claim: Claim, articles: Mapping[str, Article],
                    story: Sequence[Claim] = ()) -> bool:
    """The figure counts "others" or "more" beside a count of the same kind stated
    elsewhere ("two soldiers died and four others were killed"). When the same sentence
    counts another kind first ("killed 43 and injured 47 others"), "others" only sets the
    injured apart from the dead: the figure is their whole count."""
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.figure is None or article is None or claim.value is None:
        return False
    before = _TOKEN.findall(article.text[max(0, frame.figure.start - 20):frame.figure.start])
    after = _TOKEN.findall(article.text[frame.figure.end:frame.figure.end + 20])
    if not (before and before[-1].casefold() in _REST_BEFORE) and not (
            after and after[0].casefold() in _REST_AFTER):
        return False
    sentence = next(((s.start, s.end) for s in article.sentences
                     if s.start <= frame.figure.start < s.end), None)
    return sentence is None or not any(
        other.value is not None and other.value.type != claim.value.type
        and other.frame is not None and other.frame.figure is not None
        and other.frame.article_id == frame.article_id
        and sentence[0] <= other.frame.figure.start < frame.figure.start
        for other in story)


# What tells that a figure is someone's age, not a count: "found dead at the age of 34",
# "à l'âge de 34 ans", "a la edad de", "all'età di", "im Alter von"; a death verb and a
# word or two before "at" ("died Thursday at 91", "morto ieri a 91"); a year word right
# after ("16 - year - old", "34 ans", "años", "anni", "Jahre", "лет"). Closed-class words
# per language, read around the figure's own words.
_AGE_BEFORE = re.compile(
    r"(?:\b(?:age|aged)\s+(?:of\s+)?|\bâgée?s?\s+de\s+|\bâge\s+de\s+|\bedad\s+de\s+"
    r"|\betà\s+di\s+|\balter\s+von\s+|\bвозрасте\s+"
    r"|\b(?:died|dies|dead|passed\s+away|mort|morte|décédée?|meurt|murió|muere|falleció"
    r"|morto|morta|morì|muore|starb|stirbt|умер|умерла)(?:\s+\w+){0,2}?"
    r"\s+(?:at|à|a|a\s+los|ad|mit|в)\s+)$", re.IGNORECASE)
_AGE_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:years?\s*-?\s*old|year\s*-\s*old|ans\b|años\b|anni\b|jahre\b"
    r"|jährige|лет\b|عاما)", re.IGNORECASE)
_AGE_REACH = 40


def reads_as_age(claim: Claim, articles: Mapping[str, Article]) -> bool:
    """The figure is an age (a person's years), which the extractor took for a count:
    it states no count, so it neither corroborates nor disputes one."""
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.figure is None or article is None:
        return False
    text = article.text
    before = text[max(0, frame.figure.start - _AGE_REACH):frame.figure.start]
    after = text[frame.figure.end:frame.figure.end + _AGE_REACH]
    return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(after))


def interval(value: Value) -> tuple[float, float]:
    """The range of true counts a figure stands for, as reporters use it (see FLOOR_SPAN):
    "under 200" agrees with 190, not with 1."""
    modifier = _norm(value.modifier)
    if value.low is None or (modifier in CEILING_MODIFIERS and value.high is not None):
        if value.high is None:
            return 0.0, math.inf
        return value.high * (1 - FLOOR_SPAN), value.high
    if modifier in APPROXIMATE_MODIFIERS and not is_vague(value):
        number = nominal_value(value)
        if modifier in NEAR_MODIFIERS:
            return number * (1 - APPROX_TOLERANCE), number
        return number * (1 - APPROX_TOLERANCE / 2), number * (1 + APPROX_TOLERANCE / 2)
    if value.high is None:
        return value.low, (value.low * (1 + FLOOR_SPAN) if not is_vague(value) else math.inf)
    return value.low, value.high


def bounds(value: Value) -> tuple[float, float]:
    """The range a figure leaves logically possible: "at least 90" allows any count from
    90 up, "up to 32" any count to 32. Agreement reads floors near their number
    (:func:`interval`); a dispute needs figures that cannot both be true on this wider
    reading, since a toll rises between reports ("at least 90 wounded" on Thursday night,
    "120 wounded" on Friday) and a floor is the reporter's hedge, not a contradiction."""
    modifier = _norm(value.modifier)
    if value.low is None or (modifier in CEILING_MODIFIERS and value.high is not None):
        return 0.0, value.high if value.high is not None else math.inf
    if value.high is None and not is_vague(value):
        return value.low, math.inf
    return interval(value)


def bounds_of(claim: Claim) -> tuple[float, float]:
    return bounds(claim.value) if claim.value is not None else (0.0, math.inf)


def interval_of(claim: Claim) -> tuple[float, float]:
    """A claim's range; claims without a figure are unbounded."""
    return interval(claim.value) if claim.value is not None else (0.0, math.inf)


def width(claim: Claim) -> float:
    """How much a figure leaves open (0 for an exact count): the narrowest speaks for all."""
    return float(np.diff(interval_of(claim))[0])


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two ranges share a value: the figures can both be true."""
    return a[0] <= b[1] and b[0] <= a[1]


def versions(claims: list[Claim]) -> list[list[Claim]]:
    """Groups of agreeing figures; a word amount ('hundreds') never merges into a figure
    (it neither corroborates 860 nor is the same report), so it is a version of its own."""
    precise = [c for c in claims if c.value is not None and not is_vague(c.value)]
    vague = [c for c in claims if c.value is None or is_vague(c.value)]
    return [part for group in _stab(precise) for part in _floors_apart(group)] + _stab(vague)


def _is_floor(claim: Claim) -> bool:
    value = claim.value
    return value is not None and value.low is not None and value.high is None \
        and _norm(value.modifier) not in CEILING_MODIFIERS and not is_vague(value)


def _floors_apart(group: list[Claim]) -> list[list[Claim]]:
    """Floors of different numbers are different reports ("at least 90" on Thursday,
    "more than 100" on Friday): a version made only of floors splits by number. With an
    exact figure among them the version stays whole (the exact count ties them)."""
    if not all(_is_floor(c) for c in group):
        return [group]
    by_number: dict[float, list[Claim]] = {}
    for claim in group:
        assert claim.value is not None and claim.value.low is not None
        by_number.setdefault(claim.value.low, []).append(claim)
    return [by_number[n] for n in sorted(by_number)]


def floors_of_another_number(claim: Claim, version: list[Claim]) -> bool:
    """The claim is a floor and the version only floors of another number ("más de 84 mil
    muertos" against "más de 82.000 muertes"): two reports, as :func:`_floors_apart`
    keeps them, whichever way the claim would meet the version."""
    return _is_floor(claim) and all(_is_floor(m) for m in version) and any(
        m.value is not None and claim.value is not None and m.value.low != claim.value.low
        for m in version)


def in_conflict(groups: list[list[Claim]],
                update: Callable[[list[Claim], list[Claim]], bool] | None = None) -> bool:
    """Whether two versions from different articles cannot both be true (disjoint ranges
    on the logical reading of each figure, :func:`bounds`).

    One article never disputes itself: two figures in one text ("5 killed and 43
    wounded", "520,000 arrests last year, 1.6 million in 2000") count different things.
    Two word amounts never dispute each other: "several dozen dead over the weekend" and
    an insurgency's "thousands killed" count over spans their words do not state.
    ``update(lower, higher)`` says when the higher version is a later report of a count
    that grew (:func:`.align.is_update`): that is an update, not a dispute.
    """
    ranges = [(max(bounds_of(c)[0] for c in v), min(bounds_of(c)[1] for c in v))
              for v in groups]
    texts = [{e.article_id for c in v for e in c.sources} for v in groups]

    vague = [all(c.value is None or is_vague(c.value) for c in v) for v in groups]

    def clash(i: int, j: int) -> bool:
        if overlap(ranges[i], ranges[j]) or texts[i] & texts[j] or (vague[i] and vague[j]):
            return False
        low, high = (i, j) if ranges[i][1] < ranges[j][0] else (j, i)
        return update is None or not update(groups[low], groups[high])

    return any(clash(i, j) for i in range(len(groups)) for j in range(i + 1, len(groups)))


def _stab(claims: list[Claim]) -> list[list[Claim]]:
    """Fewest groups whose ranges share a common value (greedy interval stabbing)."""
    remaining = sorted(claims, key=lambda c: (*interval_of(c)[::-1], c.id))
    groups: list[list[Claim]] = []
    while remaining:
        point = interval_of(remaining[0])[1]
        groups.append([c for c in remaining if interval_of(c)[0] <= point])
        remaining = [c for c in remaining if interval_of(c)[0] > point]
    return groups
