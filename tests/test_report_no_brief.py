"""A story without a brief says why: no claim at all, or claims the brief abstained from.

"No claims were found" over a story whose claims table lists one misleads a reader; when
the claims exist but none could be written in the brief's language from the sources' own
words (a figure spelt in words is never turned into digits), the report says so.
"""

from __future__ import annotations

from typing import Any

from storylens.report import render_html, render_markdown, validate_report
from test_report_peoples import TEXT, report

QUOTE = "Les Valdoriens ont voté"


def with_claim(data: dict[str, Any], brief_language: str) -> dict[str, Any]:
    start = TEXT.index(QUOTE)
    claim = {"id": "c1", "kind": "other", "statement": "Les Valdoriens ont voté dimanche.",
             "predicate": "voted", "subject": None, "object": None, "value": None,
             "when": None, "status": "single_source", "independent_sources": 1,
             "conflicts_with": [], "frame": None,
             "sources": [{"article_id": "a1", "start": start, "end": start + len(QUOTE),
                          "quote": QUOTE, "attributed_to": None}]}
    story = data["stories"][0]
    story["claims"] = [claim]
    story["brief"] = {"language": brief_language, "sentences": []}
    return data


def test_a_story_without_claims_says_no_claims_were_found() -> None:
    assert "_No brief: no claims were found._" in render_markdown(report([]))


def test_a_brief_that_abstained_says_its_claims_could_not_be_written() -> None:
    data = with_claim(report([]), "en")
    validate_report(data)
    page = render_markdown(data)
    assert "no claims were found" not in page
    assert ("_No brief: its claim could not be written in English from the sources' own "
            "words, so nothing is stated here; see the claims below._") in page
    assert "its claim could not be written in English" in render_html(data)
    assert "written in French" in render_markdown(with_claim(report([]), "fr"))


def test_the_web_story_page_gives_the_same_reason() -> None:
    from storylens.report import no_brief_reason
    from storylens.web.app import templates

    story = with_claim(report([]), "en")["stories"][0]
    page = templates().env.get_template("story.html").render(
        story=story, articles=[], brief=[], no_brief=no_brief_reason(story), claims=[],
        claims_by_id={}, disagreements=[], framing={}, names={}, heads={}, counts={},
        timeline=None, nodes=[], edges=[], graph_height=0, entity_rows=[])
    section = page.split('<section id="brief">', 1)[1].split("</section>", 1)[0]
    assert "its claim could not be written in English" in section
    assert "has no claim to summarise" not in section
