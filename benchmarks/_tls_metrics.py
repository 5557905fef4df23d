"""The standard TLS evaluation (tilse, Martschat & Markert 2017; news-tls, Ghalandari &
Ifrim 2020), implemented here for ``timeline_cltls.py``.

Why not ``tilse`` itself: its ROUGE goes through ``pyrouge`` (the ROUGE-1.5.5 Perl
script, English Porter stemmer and English stop words, which do not fit es/fr/it) and
the package pulls textacy/numba; its date F1 and its alignments are a few lines each,
reproduced below with tilse's definitions and without stemming or stop words.

The protocol (news-tls ``experiments/evaluate.py``):

* a system gets the reference's number of dates T (``max_dates``), its mean number of
  sentences per date k, and the reference's time span: articles published outside
  ``[first reference date, last reference date]`` are not input, and a date outside it
  is not output (``get_input_time_span(ref_dates, 0)`` and the date rankers' filter);
* date F1 (tilse ``evaluate_dates``): precision over *every* date the system output,
  recall over the reference dates;
* ROUGE-1 in three readings: the issue's date-aligned F1 (per reference date, the
  system's text of that date, empty if it has none, against the reference summary;
  mean over reference dates), tilse's *agreement* (micro counts, a system date's words
  count only against the same reference date) and *align+ m:1* (each date aligned to
  the date of the other timeline with the least date-and-content cost, the match
  discounted by 1 / (1 + days apart); news-tls's "AR-1").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

Timeline = Mapping[str, Sequence[str]]  # ISO day (or any other "when") -> word tokens


def span(ref: Mapping[str, object]) -> tuple[str, str]:
    """The reference's first and last date: the input and output window."""
    days = sorted(ref)
    return days[0], days[-1]


def within(day: str, window: tuple[str, str]) -> bool:
    """A full ISO day inside the window (a partial or month date never is)."""
    return len(day) == 10 and window[0] <= day <= window[1]


def date_f1(timeline: Timeline, ref: Mapping[str, object]) -> float:
    """tilse's date selection F1 over every output date."""
    hits = len(set(timeline) & set(ref))
    if not hits:
        return 0.0
    p, r = hits / len(timeline), hits / len(ref)
    return 2 * p * r / (p + r)


def rouge1(system: Sequence[str], ref: Sequence[str]) -> float:
    """Unigram F1 with clipped counts."""
    overlap = sum((Counter(system) & Counter(ref)).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(system), overlap / len(ref)
    return 2 * precision * recall / (precision + recall)


def date_aligned(timeline: Timeline, ref: Timeline) -> float:
    """The issue's reading: mean over reference dates of the same date's ROUGE-1 F1."""
    return sum(rouge1(timeline.get(d, []), words) for d, words in ref.items()) / max(1, len(ref))


def agreement(timeline: Timeline, ref: Timeline) -> float:
    """tilse's *agreement* ROUGE-1 F1: matches only on shared dates, micro-averaged."""
    match = sum(sum((Counter(words) & Counter(ref[d])).values())
                for d, words in timeline.items() if d in ref)
    return _f1(match, match, sum(map(len, timeline.values())), sum(map(len, ref.values())))


def align_m1(timeline: Timeline, ref: Timeline) -> float:
    """tilse's *align+ m:1* ROUGE-1 F1 (news-tls "AR-1"), without stemming: each system
    date is aligned to its cheapest reference date (precision) and each reference date to
    its cheapest system date (recall), a match discounted by 1 / (1 + days apart)."""
    mine = {d: w for d, w in timeline.items() if _day(d)}
    if not mine or not ref:
        return 0.0
    prec = sum(_aligned_match(ref, d, lambda r, d=d: (mine[d], ref[r], r))
               for d in mine)
    rec = sum(_aligned_match(mine, r, lambda d, r=r: (mine[d], ref[r], d))
              for r in ref)
    return _f1(prec, rec, sum(map(len, mine.values())), sum(map(len, ref.values())))


def _aligned_match(other: Timeline, day: str,
                   pair: Callable[[str], tuple[Sequence[str], Sequence[str], str]]) -> float:
    """Matches of ``day``'s words with its cheapest date of ``other`` (tilse's cost:
    (1 - 1 / (1 + days apart)) x (1 - approximate ROUGE-1); the first date on a tie),
    discounted by the days apart. ``pair(candidate)`` gives (system words, reference
    words, candidate) in that order."""
    def cost(candidate: str) -> float:
        sys_words, ref_words, _ = pair(candidate)
        match = _match(sys_words, ref_words)
        content = _f1(match, match, len(sys_words), len(ref_words))
        return (1 - 1 / (1 + _gap(day, candidate))) * (1 - content)

    best = min(sorted(other), key=cost)
    sys_words, ref_words, _ = pair(best)
    return _match(sys_words, ref_words) / (1 + _gap(day, best))


def _match(a: Sequence[str], b: Sequence[str]) -> int:
    return sum((Counter(a) & Counter(b)).values())


def _gap(a: str, b: str) -> int:
    da, db = _day(a), _day(b)
    return abs((da - db).days) if da and db else 0


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _f1(prec_num: float, rec_num: float, prec_den: int, rec_den: int) -> float:
    p = prec_num / prec_den if prec_den else 0.0
    r = rec_num / rec_den if rec_den else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0
