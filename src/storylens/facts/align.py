"""Alignment: which claims of a story can state the same fact, by time and place.

Two figures are only compared (to corroborate or to dispute) when they can be about the
same event: their times meet within their granularity (a day, a month, a year; an
undated figure is about the days its article was published) and their places, when both
are stated, are the same place. A 1996 toll and this week's toll are different facts,
as are a toll in Sirte and one in Misrata. A claim that fits several events joins none
it disagrees with: abstaining costs a corroboration, a wrong alignment invents a dispute.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import Article, Claim
from ..wording import norm as _norm
from .figures import interval_of, overlap

# Days either side within which two reports are about the same moment: a toll stated on
# publication day may be the previous evening's (time zones, overnight updates).
ALIGN_DAYS = 1
_TOLERANCE = dt.timedelta(days=ALIGN_DAYS)

Span = tuple[dt.date, dt.date]

# A sentence end inside what the segmenter left as one sentence: a live blog's or a
# summary's items run on as "... cuatro civiles.- Es la primera ... el pasado martes".
# A date beyond such a mark dates another item, not the figure.
# "Mr. Trump", "Gen. Flynn": a full stop after a short word is an abbreviation.
_ITEM_BREAK = re.compile(
    r"[.!?;]\s*[-–—•]|[a-zà-öø-ÿа-я]{4,}[.!?]\s+[\"«“¿¡]?[A-ZÀ-ÖØ-ÞА-Я]")

# A relative clause of place between the time words and the figure ("Russia blocked on
# Monday the condemnation of last week's massacre in Tremseh, where more than 200 died"):
# the time dates the main clause, not the figure. Closed-class words per language.
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:where|in which|at which|où|dans (?:lequel|laquelle|lesquels|lesquelles)|donde|"
    r"en (?:el|la|los|las) que|en (?:el|la) cual|dove|in cui|nel quale|nella quale|wo|"
    r"in (?:dem|der|denen)|где|в котором|в которой|حيث)\b", re.IGNORECASE)

# What separates a dated heading from its item's text.
_HEADING_MARK = re.compile(r"[\s.:;,)\]–—-]*")

# A time that opens a count ("killed since Friday", "depuis vendredi", "desde el viernes",
# "da venerdì", "seit Freitag", "منذ الجمعة") dates the start of a running total, not the
# day it was counted: the total is dated by its report, like an undated toll, so a higher
# total a few days later is an update. Prepositions only (a closed class per language),
# optionally followed by an article or "last".
_SINCE = re.compile(
    r"(?:\b(?:since|depuis|desde|seit|dal|dalla|dall'|dai|dagli|dallo|da|от|с|со)|منذ)"
    r"(?:\s+(?:the|last|le|la|les|l'|el|los|las|il|lo|pasado|dernier|dem|der|scorso))*\s*$",
    re.IGNORECASE)
_SINCE_REACH = 30


def opens_a_count(claim: Claim, articles: Mapping[str, Article]) -> bool:
    """The claim's time words follow "since" (or its equivalent): a running total."""
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.time is None or article is None:
        return False
    before = article.text[max(0, frame.time.start - _SINCE_REACH):frame.time.start]
    return _SINCE.search(before) is not None


def own_time(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    """The claim's own date: its frame's time when that stands in the claim's own item of
    text (no sentence end between the time words and the claim's quoted words)."""
    frame = claim.frame
    if frame is None:
        return claim.when
    if not frame.time_value:
        return claim.when
    if opens_a_count(claim, articles):
        return None
    article = articles.get(frame.article_id)
    if frame.time is not None and article is not None and claim.sources:
        quote = claim.sources[0]
        start, end = sorted((frame.time.start, frame.time.end, quote.start, quote.end))[1:3]
        if frame.time.end <= quote.start:  # a chronology's heading: "21 agosto 2013.- ..."
            start += len(_HEADING_MARK.match(article.text, start).group())  # type: ignore[union-attr]
        if _ITEM_BREAK.search(article.text, start, end) or _RELATIVE_CLAUSE.search(
                article.text, start, end):
            return None
    return frame.time_value


def time_span(claim: Claim, articles: Mapping[str, Article]) -> Span | None:
    """The days a claim can be about, or None when nothing dates it."""
    value = own_time(claim, articles)
    if value:
        return _date_span(value)
    article = articles.get(claim.sources[0].article_id) if claim.sources else None
    published = _date_span(article.published) if article and article.published else None
    if published is None:
        return None
    return published[0] - _TOLERANCE, published[1]


def _date_span(value: str) -> Span | None:
    """ "2024-03-03" -> that day; "2024-03" -> the month; "1996" -> the year; else None."""
    text = value.strip()
    try:
        if len(text) >= 10 and text[4] == "-":
            day = dt.date.fromisoformat(text[:10])
            return day, day
        if len(text) == 7 and text[4] == "-":
            first = dt.date(int(text[:4]), int(text[5:7]), 1)
            after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, after - dt.timedelta(days=1)
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except ValueError:
        return None
    return None  # "--03-19": the year is unknown, so it dates nothing


def times_meet(a: Span, b: Span) -> bool:
    """Two spans share a day (Monday's toll and Tuesday's are two moments of a count; the
    tolerance is already in the span of an undated claim's publication days)."""
    return a[0] <= b[1] and b[0] <= a[1]


def place_key(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    """The claim's place as its canonical entity when resolved, else its folded words."""
    frame = claim.frame
    if frame is None or frame.place is None:
        return None
    article = articles.get(frame.article_id)
    for mention in article.mentions if article else []:
        if (mention.start, mention.end) == (frame.place.start, frame.place.end) \
                and mention.entity_id:
            return "e:" + mention.entity_id
    return "t:" + _norm(frame.place.text)


@dataclass(slots=True)
class _Event:
    place: str | None
    window: Span
    members: list[Claim] = field(default_factory=list)
    # Placeless reports of a day that has tolls in several places: which place each is
    # about is unknown, so they may agree with each other but never dispute.
    ambiguous: bool = False


def event_groups(claims: list[Claim], articles: Mapping[str, Article]) -> list[list[Claim]]:
    """Claims grouped by the event they can be about (same time window and place)."""
    return [group for group, _ in event_groups_marked(claims, articles)]


def event_groups_marked(claims: list[Claim], articles: Mapping[str, Article]
                        ) -> list[tuple[list[Claim], bool]]:
    """Claims grouped by the event they can be about, each with whether its figures may
    dispute each other (False for a day's placeless reports among several places)."""
    spans = {c.id: time_span(c, articles) for c in claims}
    places = {c.id: place_key(c, articles) for c in claims}
    dated = sorted((c for c in claims if spans[c.id] is not None),
                   key=lambda c: (places[c.id] is None, spans[c.id], c.id))
    events: list[_Event] = []
    loose: dict[str | None, list[Claim]] = {}
    for claim in dated:
        span = spans[claim.id]
        assert span is not None
        fits = [e for e in events if times_meet(e.window, span)
                and (places[claim.id] is None or e.place == places[claim.id])]
        ambiguous = places[claim.id] is None and len({e.place for e in fits}) > 1
        if ambiguous:
            # A placeless figure on a day with several places joins none of the placed
            # events; it joins the day's other placeless reports, so equal figures told
            # without a place still meet (each is not an event of its own) ...
            told = _told_in_one_place(claim, fits)
            fits = [told] if told is not None else [e for e in fits if e.place is None]
            ambiguous = told is None
        if fits:
            event = fits[-1]
            event.members.append(claim)
            event.ambiguous = event.ambiguous or ambiguous
            event.window = (max(event.window[0], span[0]), min(event.window[1], span[1]))
            if event.window[0] > event.window[1]:
                event.window = span
        else:
            events.append(_Event(places[claim.id], span, [claim], ambiguous=ambiguous))
    for claim in sorted((c for c in claims if spans[c.id] is None), key=lambda c: c.id):
        fits = [e for e in events if places[claim.id] in (None, e.place)]
        if len(fits) > 1:
            fits = [e for e in fits if _agrees(claim, e.members)]
        if fits:
            fits[-1].members.append(claim)
        else:
            loose.setdefault(places[claim.id], []).append(claim)
    groups = [(e.members, not e.ambiguous) for e in events]
    return groups + _undated_groups(loose)


def _told_in_one_place(claim: Claim, fits: list[_Event]) -> _Event | None:
    """... unless exactly one place's event states the very same figure ("40 injured" with
    no place, "40 injured in Croydon" the same day, nothing else of 40 that day): then the
    placeless report tells that place's figure. Only the same figure (same bounds) counts,
    never a figure it merely fits, so no dispute can come of it."""
    same = [e for e in fits if e.place is not None
            and any(interval_of(m) == interval_of(claim) for m in e.members)]
    return same[0] if len(same) == 1 else None


def _undated_groups(loose: dict[str | None, list[Claim]]) -> list[tuple[list[Claim], bool]]:
    """Claims no date ties to an event, by place: with one place (or none) stated they are
    one event as before; with several, each place is its own event (New York's toll is
    not the country's) and the placeless ones may agree with each other, never dispute,
    since which place each is about is unknown."""
    placed = sorted(p for p in loose if p is not None)
    if len(placed) <= 1:
        together = [c for members in loose.values() for c in members]
        return [(together, True)] if together else []
    groups = [(loose[p], True) for p in placed]
    return [*groups, (loose[None], False)] if None in loose else groups


def is_anchored(claim: Claim, articles: Mapping[str, Article]) -> bool:
    """A claim ties itself to one event: it states its own date or its place.

    Figures aligned only by their articles' publication days may be different incidents
    of one day (a war's tolls in several towns): they corroborate what they agree with,
    but are never set against each other as a dispute. A claim without a frame was not
    read by the extractor (built by hand or by another producer): its maker vouches that
    it is about the story's event, as before frames existed.
    """
    if claim.frame is None:
        return True
    own = own_time(claim, articles)
    return bool(own and _date_span(own)) or place_key(claim, articles) is not None


def _agrees(claim: Claim, members: list[Claim]) -> bool:
    """The claim's figure can be true together with one of the members'."""
    return any(overlap(interval_of(claim), interval_of(m)) for m in members)


def is_update(lower: list[Claim], higher: list[Claim], articles: Mapping[str, Article]) -> bool:
    """The higher figures are a later report of a count that grew: none of the claims
    states its own date (each is dated by its article) and every higher one was published
    after every lower one ("58 killed" on the 4th, "more than 70 killed" on the 5th).
    Figures that state their day ("on Tuesday 58 were killed") stay comparable."""
    if any(own_time(c, articles) for c in lower + higher):
        return False
    low_days = [_published(c, articles) for c in lower]
    high_days = [_published(c, articles) for c in higher]
    if None in low_days or None in high_days:
        return False
    return max(d for d in low_days if d) < min(d for d in high_days if d)


def _published(claim: Claim, articles: Mapping[str, Article]) -> dt.date | None:
    article = articles.get(claim.sources[0].article_id) if claim.sources else None
    span = _date_span(article.published) if article and article.published else None
    return span[0] if span else None
