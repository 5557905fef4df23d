"""What the pages compute from the contract's JSON: tolerant of missing or odd fields."""

from __future__ import annotations

import pytest

from storylens.web.charts import actor_graph, timeline_chart
from storylens.web.views import (
    brief_lines,
    citations,
    claim_rows,
    highlight,
    sentence_around,
)

TEXT = "The quake of magnitude 6.4 hit at night. It killed at least 860 people, they said. End."


def test_sentence_around_cuts_at_sentence_ends_not_decimals() -> None:
    start = TEXT.index("at least")
    before, quote, after = sentence_around(TEXT, start, start + len("at least 860 people"))
    assert (before, quote, after) == ("It killed ", "at least 860 people", ", they said.")
    assert sentence_around(TEXT, 0, 3)[0] == ""
    assert sentence_around(TEXT, 50, 500) == ("", "", "")  # offsets past the text


def test_highlight_splits_overlapping_marks_and_ignores_bad_spans() -> None:
    start = TEXT.index("It killed")
    story = {
        "entities": [{"name": "Quake", "mentions": [
            {"article_id": "a", "start": 4, "end": 9}, {"article_id": "a", "start": 80,
                                                        "end": 999}]}],
        "claims": [{"id": "c1", "status": "disputed", "sources": [
            {"article_id": "a", "start": start, "end": start + 40},
            {"article_id": "other", "start": 0, "end": 5}]},
            {"id": "c2", "status": "corroborated", "sources": [
                {"article_id": "a", "start": 0, "end": 9}]}],
    }
    segments = highlight(TEXT, "a", story)
    assert "".join(s.text for s in segments) == TEXT
    quake = next(s for s in segments if s.text == "quake")
    assert quake.entities == ["Quake"] and quake.claims == ["c2"]
    claimed = next(s for s in segments if s.start == start)
    assert claimed.claims == ["c1"] and claimed.status == "disputed"
    assert all(s.start < 80 or not s.entities for s in segments)  # span past the end dropped


@pytest.mark.parametrize("story", [{}, {"claims": "junk", "brief": [], "entities": None},
                                   {"timeline": [{"when": "--05-03", "what": "x"}]}])
def test_sections_tolerate_missing_or_odd_fields(story: dict[str, object]) -> None:
    assert brief_lines(story, {}, {}) == ("", [])
    assert claim_rows(story, {}) == ([], 0)
    assert highlight("abc", "a", story)[0].text == "abc"
    assert actor_graph(story) == ([], [], 0)
    assert timeline_chart(story).points == []


def test_timeline_places_partial_dates_in_order_and_lists_yearless_apart() -> None:
    chart = timeline_chart({"timeline": [
        {"when": "2026-03-14", "what": "quake", "claim_ids": []},
        {"when": "2026-03", "what": "month", "claim_ids": []},
        {"when": "2025", "what": "year", "claim_ids": ["c"]},
        {"when": "--03-14", "what": "no year", "claim_ids": []}]})
    assert [p.what for p in chart.points] == ["year", "month", "quake"]
    assert chart.points[0].x < chart.points[1].x < chart.points[2].x
    assert [e["what"] for e in chart.undated] == ["no year"]


def test_citations_and_claim_rows_order_disputed_first() -> None:
    start = TEXT.index("at least")
    claims = {"claims": [
        {"id": "c1", "status": "single_source", "statement": "a", "sources": []},
        {"id": "c2", "status": "disputed", "statement": "b", "independent_sources": 2,
         "sources": [{"article_id": "a", "start": start, "end": start + 19,
                      "quote": "at least 860 people"}]}]}
    rows, total = claim_rows(claims, {"a": {"outlet": "Daily"}}, limit=1)
    assert total == 2 and [r.id for r in rows] == ["c2"]
    assert rows[0].sources == [("a", start, "Daily")]
    cited = citations(claims["claims"][1], {"a": {"outlet": "Daily", "language": "en"}},
                      {"a": TEXT})
    assert cited[0].quote == "at least 860 people" and cited[0].after == ", they said."
