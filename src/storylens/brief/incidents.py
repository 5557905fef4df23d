"""Tolls grouped by incident, so a busy brief never reads as one event with many counts.

A day of coverage holds tolls of several incidents ("42 morts", "17 morts", "53 morts",
"une centaine de tués le 3 juillet"). Written one after the other, they read as one event
counted six ways. A toll's incident is what the claim itself anchors it to: its kind
(dead, injured, ...), its date and its place. Tolls of one kind with the same anchor
are one incident: they become one range sentence with who says what (the dispute
template). A toll with no date and no place cannot be placed: only the best-sourced
one of its kind is kept (most often the central incident's), the others are left out
rather than shown as if they counted the same thing. Tolls anchored elsewhere keep
their own date or place, which says they are other incidents.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Article, BriefSentence, Claim
from ..wording import norm
from .compose import dispute_sentence, place_phrase
from .phrases import when_phrase

# Toll kinds, grouped by what they count: "killed" and "deaths" count the same dead.
TOLL_GROUPS = {"killed": "dead", "dead": "dead", "deaths": "dead", "death toll": "dead",
               "injured": "injured", "wounded": "injured", "missing": "missing",
               "displaced": "displaced", "arrested": "arrested", "arrests": "arrested"}

Anchor = tuple[str, str | None, str | None]


def incident(claim: Claim) -> Anchor | None:
    """(what the toll counts, its date, its place) or None for a claim that is no toll."""
    if claim.value is None:
        return None
    group = TOLL_GROUPS.get(norm(claim.value.type))
    if group is None:
        return None
    frame = claim.frame
    place = norm(frame.place.text) if frame is not None and frame.place is not None else None
    return group, claim.when, place


def _same_incident(one: Anchor, other: Anchor) -> bool:
    """Same kind and place, or same kind and day with a place on one side only (a
    toll "on 3 July" and one "in Egypt on 3 July" are one day's count)."""
    if one[0] != other[0] or one[1] != other[1]:
        return False
    return one[2] == other[2] or (one[1] is not None and None in (one[2], other[2]))


def group_tolls(sentences: list[BriefSentence], central: BriefSentence | None,
                by_id: Mapping[str, Claim], articles: Mapping[str, Article],
                language: str) -> list[BriefSentence]:
    """``sentences`` (best first) with tolls grouped by incident: same-anchor tolls of
    one kind merged into one range sentence, unanchored tolls of a kind already given
    (by the central sentence or a better-sourced toll) left out."""
    given: set[str] = set()  # toll kinds whose unanchored figure is already written
    for claim_id in central.claim_ids if central else []:
        anchor = incident(by_id[claim_id]) if claim_id in by_id else None
        if anchor is not None and anchor[1] is None and anchor[2] is None:
            given.add(anchor[0])
    groups: dict[Anchor, list[Claim]] = {}
    order: list[BriefSentence | Anchor] = []
    for made in sentences:
        claims = [by_id[i] for i in made.claim_ids if i in by_id]
        anchor = incident(claims[0]) if len(claims) == 1 else None
        if anchor is None:
            order.append(made)
        elif anchor[1] is None and anchor[2] is None:
            if anchor[0] not in given:  # the first (best-sourced) unplaced toll of its kind
                given.add(anchor[0])
                order.append(made)
        elif (same := next((a for a in groups if _same_incident(a, anchor)), None)):
            groups[same].append(claims[0])
        else:
            groups[anchor] = [claims[0]]
            order.append(anchor)
    alone = {anchor: made for made in sentences
             if len(made.claim_ids) == 1 and made.claim_ids[0] in by_id
             and (anchor := incident(by_id[made.claim_ids[0]])) in groups
             and len(groups[anchor]) == 1}
    out: list[BriefSentence] = []
    for item in order:
        if isinstance(item, BriefSentence):
            out.append(item)
        elif item in alone:
            out.append(alone[item])
        elif (merged := dispute_sentence(groups[item], articles, language,
                                         _anchor_words(groups[item][0], articles,
                                                       language))) is not None:
            out.append(merged)
        else:  # no range can be worded: the best-sourced figure of the incident only
            first = groups[item][0]
            out.append(next(s for s in sentences if s.claim_ids == [first.id]))
    return out


def _anchor_words(claim: Claim, articles: Mapping[str, Article], language: str) -> str:
    """' au Caire le 3 juillet 2013': the incident's place and date as the claim states them."""
    when = f" {when_phrase(claim.when, language)}" if claim.when else ""
    return place_phrase(claim, articles, language) + when
