"""What a figure's own sentence tells about its event, beyond the figure itself.

Figures that agree under their hedges are joined when their times and places meet
(:mod:`.align`). Where nothing ties a figure to its event (no date or place of its own,
often no publication date either), agreeing numbers alone are thin evidence: "eight
killed" in one village and "at least 8" killed in two others, or a town's exact 2,753
and a whole attack's "nearly 3,000". This module reads the rest of the sentence and says
when two agreeing figures are still of different events; the versions split there
(:func:`split_version`). Each rule only keeps figures apart, so it can cost a
corroboration but never invent one.

- *Victim class*: the people the figure counts, read from the claim's own words after
  the figure with the extractor's people nouns ("25 suspected militants" are fighters,
  "over 25 dead" unspecified people): two different classes are two counts.
The victim class applies to every pair. The other rules apply only where nothing dates
either figure (no date of its own, no publication date): a day's "more than 70" and
"77" of one attack, or a toll whose injured count grew from about 50 to 80 between two
dated reports, still join.

- *Sibling figures*: figures told in the same sentence ("ten killed and about 50 hurt";
  "killed at least six, injured almost 50"). When both sentences count one more thing
  and those counts cannot agree, the sentences tell different events; when they all
  agree, the rest of the sentence aligns and the loose-figure rules below are waived.
- *Loose figures* (no place of their own either): only the same stated number joins
  ("eight" and "at least 8" may; 2,753 and "nearly 3,000" may not; "almost 50" is under
  50, so not an exact 50). Places their sentences locate things in that share nothing
  keep them apart; a loose figure whose sentence names no place, among loose figures of
  several places, joins none of them, not even another placeless one (which place each
  is about is unknown).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..claims.lexicon_events import PEOPLE_NOUNS
from ..records import Article, Claim, Value
from ..wording import APPROXIMATE_MODIFIERS, NEAR_MODIFIERS, nominal_value
from ..wording import norm as _norm
from .align import is_anchored, time_span
from .figures import CEILING_MODIFIERS, interval_of, overlap
from .origins import components

# Mention labels that name a place.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# A place the sentence locates something in: a locative preposition, then at most three
# words, right before the mention ("in the Borno state", "near the border with Niger");
# "gunmen from Syria", "a native of Tunisia" or "Lebanon's army" locate nothing.
# Closed-class words per language.
_LOCATIVE = re.compile(
    r"(?:^|[^\w])(?:in|at|near|à|en|dans|près\s+de|cerca\s+de|a|nel|nella"
    r"|presso|bei|im|nahe|в|во|под|около|في|قرب)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE)
_LOCATIVE_REACH = 60


@lru_cache(maxsize=16)
def _people_nouns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
                 for kind, pattern in PEOPLE_NOUNS.get(lang, []))


def victim_class(claim: Claim, articles: Mapping[str, Article]) -> str:
    """The people the figure counts, read in the claim's own quoted words after the
    figure; "people" when they name none of the extractor's people nouns."""
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.figure is None or article is None or not claim.sources:
        return "people"
    quote = claim.sources[0]
    if quote.article_id != article.id or not quote.start <= frame.figure.end <= quote.end:
        return "people"
    words = article.text[frame.figure.end:quote.end]
    found = [(m.start(), kind) for kind, pattern in _people_nouns(article.language or "en")
             for m in [pattern.search(words)] if m is not None]
    return min(found)[1] if found else "people"


def _sentence(claim: Claim, articles: Mapping[str, Article]) -> tuple[Article, int, int] | None:
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.figure is None or article is None:
        return None
    at = frame.figure.start
    return next(((article, s.start, s.end) for s in article.sentences
                 if s.start <= at < s.end), None)


def sentence_places(claim: Claim, articles: Mapping[str, Article],
                    place_ids: frozenset[str]) -> frozenset[str]:
    """Places the figure's sentence locates something in (mentions labelled a place, or
    of an entity labelled a place elsewhere in the story, after a locative preposition):
    a hint of where a loose figure happened."""
    found = _sentence(claim, articles)
    if found is None:
        return frozenset()
    article, start, end = found
    return frozenset(
        "e:" + m.entity_id if m.entity_id else "t:" + _norm(m.text)
        for m in article.mentions
        if start <= m.start < end
        and _LOCATIVE.search(article.text[max(start, m.start - _LOCATIVE_REACH):m.start])
        and (m.label in PLACE_LABELS or (m.entity_id is not None and m.entity_id in place_ids)))


def story_place_ids(articles: Mapping[str, Article], claims: Sequence[Claim]) -> frozenset[str]:
    """Entities some mention in the claims' articles labels a place."""
    ids = {e.article_id for c in claims for e in c.sources}
    return frozenset(m.entity_id for i in ids if i in articles for m in articles[i].mentions
                     if m.entity_id and m.label in PLACE_LABELS)


def siblings(claim: Claim, story: Sequence[Claim], articles: Mapping[str, Article]
             ) -> list[Claim]:
    """The other figures told in the claim's sentence."""
    found = _sentence(claim, articles)
    if found is None:
        return []
    article, start, end = found
    return [o for o in story if o is not claim and o.value is not None
            and o.frame is not None and o.frame.figure is not None
            and o.frame.article_id == article.id and start <= o.frame.figure.start < end
            and (o.frame.figure.start, o.frame.figure.end)
            != (claim.frame.figure.start, claim.frame.figure.end)]  # type: ignore[union-attr]


def stated_number(value: Value) -> tuple[float | None, float | None]:
    """The number(s) a figure was stated with, whatever its hedge: "at least 8" and
    "eight" -> 8; "nearly 3,000" -> 3,000; "8 to 10" -> (8, 10)."""
    modifier = _norm(value.modifier)
    if value.low is None or modifier in CEILING_MODIFIERS:
        return value.high, value.high
    if modifier in APPROXIMATE_MODIFIERS:
        number = nominal_value(value)
        return number, number
    if value.high is None:
        return value.low, value.low
    return value.low, value.high


def _sibling_agreement(a: list[Claim], b: list[Claim]) -> bool | None:
    """Whether the other counts both sentences state (same type and unit) agree: False
    when one such count finds no agreeing partner (different events), True when every
    one does ("eight soldiers and more than 100 militants" / "eight soldiers and 107
    militants": the rest aligns), None when the sentences share no other count."""
    def kind(c: Claim) -> tuple[str, str]:
        return (_norm(c.value.type), _norm(c.value.unit)) if c.value else ("", "")
    shared = {kind(c) for c in a} & {kind(c) for c in b}
    if not shared:
        return None
    return all(any(overlap(interval_of(x), interval_of(y))
                   for x in a if kind(x) == k for y in b if kind(y) == k) for k in shared)


def _near_and_exact(a: Value | None, b: Value | None) -> bool:
    """One figure is "nearly N" (a count under N) and the other exactly N: the hedge
    says they are not the same statement ("injured almost 50" / "50 were injured")."""
    for near, exact in ((a, b), (b, a)):
        if near is not None and exact is not None and _norm(near.modifier) in NEAR_MODIFIERS \
                and not exact.modifier and exact.low == exact.high == near.high:
            return True
    return False


def split_version(version: list[Claim], story: Sequence[Claim],
                  articles: Mapping[str, Article]) -> list[list[Claim]]:
    """A version of agreeing figures split where the figures' sentences say they are of
    different events (see the module docstring); one part when nothing does."""
    if len(version) < 2:
        return [version]
    place_ids = story_place_ids(articles, version)
    loose = [not is_anchored(c, articles) for c in version]
    victims = [victim_class(c, articles) for c in version]
    timeless = [time_span(c, articles) is None for c in version]
    loose = [lo and tl for lo, tl in zip(loose, timeless, strict=True)]
    places = [sentence_places(c, articles, place_ids) if lo else frozenset()
              for c, lo in zip(version, loose, strict=True)]
    numbers = [stated_number(c.value) if c.value else (None, None) for c in version]
    sibs = [siblings(c, story, articles) for c in version]
    hinted = [p for p, lo in zip(places, loose, strict=True) if lo and p]
    several = any(not (p & q) for n, p in enumerate(hinted) for q in hinted[n + 1:])

    def apart(i: int, j: int) -> bool:
        if victims[i] != victims[j]:
            return True
        if not (timeless[i] and timeless[j]):
            return False
        rest = _sibling_agreement(sibs[i], sibs[j])
        if rest is not None:
            return not rest
        if not (loose[i] and loose[j]):
            return False
        if numbers[i] != numbers[j] or _near_and_exact(version[i].value, version[j].value):
            return True
        if places[i] and places[j]:
            return not places[i] & places[j]
        return several

    parts = components(list(range(len(version))), lambda i, j: True, apart)
    return [[version[i] for i in part] for part in parts]
