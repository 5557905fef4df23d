"""A timeline asked for a period, and the standard TLS metrics of the CL-TLS benchmark.

Every text here is written for these tests.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from storylens.records import Article
from storylens.sentences import segment_article
from storylens.timeline import build_timeline

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _article(text: str, published: str | None) -> Article:
    article = Article(id=Article.make_id(text), source="test", text=text,
                      published=published, language="en")
    return segment_article(article)


def _metrics() -> ModuleType:
    """benchmarks/_tls_metrics.py (the benchmarks folder is no package)."""
    if str(_BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(_BENCHMARKS))
    return importlib.import_module("_tls_metrics")


def _pages() -> dict[str, Article]:
    # 2 and 9 May are named by three articles each, 20 May by one, and 4 May by one
    # without a year (no publication date to give it one).
    texts = [
        "The old bridge over the river closed on 2 May 2030 after cracks were found.\n"
        "Engineers said on 9 May 2030 that the pillars of the bridge need new steel.",
        "Ferries replaced the bridge that closed on 2 May 2030 for the morning commuters.\n"
        "On 9 May 2030 the city council voted money for the repair of the pillars.",
        "Since the bridge closed on 2 May 2030 traders on the east bank have lost custom.\n"
        "Workers lifted the first new steel beams into place on 20 May 2030 at dawn.\n"
        "The repair money voted on 9 May 2030 will come from the harbour budget.",
        "A march on 4 May asked the council for a second crossing over the river soon.",
    ]
    pages = [_article(text, None) for text in texts]
    return {p.id: p for p in pages}


def test_a_timeline_asked_for_a_period_fills_it_with_that_periods_days() -> None:
    pages = _pages()
    anyday = build_timeline([], pages, article_ids=list(pages), max_dates=2, date_model=None)
    assert {e.when for e in anyday} == {"2030-05-02", "2030-05-09"}
    wider = build_timeline([], pages, article_ids=list(pages), max_dates=4, date_model=None)
    assert "--05-04" in {e.when for e in wider}
    # From 5 May on: 2 May and the yearless 4 May cannot compete, the next days fill in.
    period = build_timeline([], pages, article_ids=list(pages), max_dates=2, date_model=None,
                            between=("2030-05-05", "2030-05-31"))
    assert {e.when for e in period} == {"2030-05-09", "2030-05-20"}


def test_date_f1_counts_every_output_date() -> None:
    m = _metrics()
    ref = {"2030-05-02": ["a"], "2030-05-09": ["b"]}
    # One hit of three output dates (one of them partial): P 1/3, R 1/2.
    assert m.date_f1({"2030-05-02": ["a"], "--05-04": ["c"], "2030-05-20": ["d"]},
                     ref) == pytest.approx(0.4)
    assert m.date_f1({}, ref) == 0.0


def test_agreement_counts_words_only_on_shared_dates() -> None:
    m = _metrics()
    ref = {"2030-05-02": ["bridge", "closed"], "2030-05-09": ["council", "voted"]}
    # Right words on the right day, the same words a day late: P 2/4, R 2/4.
    timeline = {"2030-05-02": ["bridge", "closed"], "2030-05-10": ["council", "voted"]}
    assert m.agreement(timeline, ref) == pytest.approx(0.5)


def test_align_m1_credits_a_near_date_discounted_by_its_distance() -> None:
    m = _metrics()
    ref = {"2030-05-02": ["bridge", "closed", "cracks"], "2030-05-09": ["council", "voted"]}
    late = {"2030-05-03": ["bridge", "closed", "cracks"]}
    # Precision: 3 words matched one day off, 3 x 1/2 of 3; recall: 1.5 of 5 words.
    assert m.align_m1(late, ref) == pytest.approx(2 * 0.5 * 0.3 / 0.8)
    assert m.align_m1(ref, ref) == pytest.approx(1.0)
    assert m.agreement(late, ref) == 0.0


def test_the_reference_span_is_its_first_and_last_date() -> None:
    m = _metrics()
    assert m.span({"2030-05-09": [], "2030-05-02": [], "2030-06-01": []}) == \
        ("2030-05-02", "2030-06-01")
    assert m.within("2030-05-31", ("2030-05-02", "2030-06-01"))
    assert not m.within("--05-31", ("2030-05-02", "2030-06-01"))
    assert not m.within("2030-06-02", ("2030-05-02", "2030-06-01"))
