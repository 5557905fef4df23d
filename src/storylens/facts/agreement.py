"""Agreeing figures that the event windows split: one fact told on neighbouring days.

Event grouping (:mod:`.align`) is greedy: each window narrows as figures join it, so two
reports of one toll ("seis muertos" published on the 7th, undated, and on the 8th) can
land in neighbouring windows and stay two single-source claims although their days meet.
This pass joins versions that are not disputed when they can be the same fact: same
figure type and unit, ranges that overlap, both word amounts or both figures, days that
meet, at most one place between them, and different articles. It never creates a
dispute: a version that disagrees with another stays apart, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Article, Claim
from ..wording import is_vague
from ..wording import norm as _norm
from .align import place_key, time_span, times_meet
from .figures import interval_of


def _key(version: list[Claim]) -> tuple[str, str, bool]:
    value = version[0].value
    assert value is not None
    return _norm(value.type), _norm(value.unit), is_vague(value)


def _joinable(a: list[Claim], b: list[Claim], articles: Mapping[str, Article]) -> bool:
    if {e.article_id for c in a for e in c.sources} & {e.article_id for c in b for e in c.sources}:
        return False
    low = max(interval_of(c)[0] for c in a + b)
    high = min(interval_of(c)[1] for c in a + b)
    if low > high:
        return False
    places = {place_key(c, articles) for c in a + b} - {None}
    if len(places) > 1:
        return False
    spans_a = [s for s in (time_span(c, articles) for c in a) if s is not None]
    spans_b = [s for s in (time_span(c, articles) for c in b) if s is not None]
    return all(times_meet(x, y) for x in spans_a for y in spans_b) and bool(spans_a and spans_b)


def join_agreeing(versions: list[list[Claim]],
                  articles: Mapping[str, Article]) -> list[list[Claim]]:
    """Undisputed figure versions, with those that state one fact joined (see module)."""
    out: list[list[Claim]] = []
    by_key: dict[tuple[str, str, bool], list[list[Claim]]] = {}
    for version in versions:
        if version and version[0].value is not None:
            by_key.setdefault(_key(version), []).append(version)
        else:
            out.append(version)
    for key in sorted(by_key):
        pending = sorted(by_key[key], key=lambda v: min(c.id for c in v))
        joined: list[list[Claim]] = []
        for version in pending:
            home = next((j for j in joined if _joinable(j, version, articles)), None)
            if home is None:
                joined.append(list(version))
            else:
                home.extend(version)
        out.extend(joined)
    return out
