"""The report contract: schema, evidence check, and the Markdown/HTML renderings."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from storylens.errors import StorylensError
from storylens.records import (
    Article,
    Brief,
    BriefSentence,
    Claim,
    Disagreement,
    Entity,
    Evidence,
    Framing,
    Mention,
    Problem,
    Relation,
    Removed,
    Report,
    Story,
    TimelineEntry,
    Value,
)
from storylens.report import (
    ReportValidationError,
    check_evidence,
    load_schema,
    render_html,
    render_markdown,
    report_to_dict,
    validate_report,
    write_report,
    write_report_data,
)

EN_TEXT = ("Floods in Valencia killed at least 95 people on Wednesday, officials said. "
           "Prime Minister Pedro Sánchez promised help.")
FR_TEXT = ("Les inondations à Valence ont fait plus de 200 morts, selon la presse. "
           "Le Premier ministre Sánchez a promis de l'aide.")


def span(article: Article, words: str) -> tuple[int, int, str]:
    """Offsets of ``words`` in the article text, so fixtures never hard-code numbers."""
    start = article.text.index(words)
    return start, start + len(words), words


def evidence(article: Article, words: str, who: str | None = None) -> Evidence:
    start, end, quote = span(article, words)
    return Evidence(article.id, start, end, quote, who)


def mention(article: Article, words: str) -> Mention:
    start, end, text = span(article, words)
    return Mention(article.id, start, end, text)


def make_report(en_text: str = EN_TEXT, en_title: str = "Valencia floods",
                en_outlet: str | None = "Example Times") -> Report:
    """A small but complete two-language report built from the records."""
    en = Article(Article.make_id(en_text), "in/en.html", en_text, outlet=en_outlet,
                 title=en_title, published="2024-10-30", language="en", story_id="s1",
                 removed=[Removed("Sign in", "login"), Removed("Share", "share"),
                          Removed("Home > News", "navigation")])
    fr = Article(Article.make_id(FR_TEXT), "in/fr.txt", FR_TEXT, outlet="Le Exemple",
                 title="Inondations à Valence", published=None, language="fr", story_id="s1")
    sanchez = Entity("e1", "Pedro Sánchez", "PERSON", aliases=["Pedro Sánchez", "Sánchez"],
                     mentions=[mention(en, "Pedro Sánchez"), mention(fr, "Sánchez")],
                     merge_evidence=["same surname, same role"])
    valencia = Entity("e2", "Valencia", "GPE", aliases=["Valencia", "Valence"],
                      mentions=[mention(en, "Valencia"), mention(fr, "Valence")])
    c1 = Claim("c1", "quantity", "Floods killed at least 95 people.", "killed",
               value=Value("killed", 95, None, "people", "at least"), when="2024-10-30",
               sources=[evidence(en, "killed at least 95 people", "officials")],
               status="disputed", independent_sources=1, conflicts_with=["c2"])
    c2 = Claim("c2", "quantity", "Floods killed more than 200 people.", "killed",
               value=Value("killed", 200, None, "people", "more than"),
               sources=[evidence(fr, "plus de 200 morts")], status="disputed",
               conflicts_with=["c1"])
    c3 = Claim("c3", "event", "Pedro Sánchez promised help.", "promised", subject="e1",
               object="help", sources=[evidence(en, "Pedro Sánchez promised help"),
                                       evidence(fr, "Sánchez a promis de l'aide")],
               status="corroborated", independent_sources=2)
    lt_start, lt_end, lt_quote = span(fr, "inondations")
    story = Story(
        "s1", "Deadly floods in Valencia", [en.id, fr.id], languages=["en", "fr"],
        entities=[sanchez, valencia], claims=[c1, c2, c3],
        disagreements=[Disagreement("death toll", ["c1", "c2"], "95 (officials) vs 200+")],
        framing=[Framing(fr.id, "news", loaded_terms=[
            {"start": lt_start, "end": lt_end, "quote": lt_quote, "note": "test term"}])],
        timeline=[TimelineEntry("2024-10-30", "Floods hit Valencia", ["c1"])],
        relations=[Relation("e1", "visits", "e2", ["c3"], "single_source")],
        brief=Brief("en", [
            BriefSentence("Floods killed 95 to over 200 people.", ["c1", "c2"], [en.id, fr.id]),
            BriefSentence("Sánchez promised help.", ["c3"], [en.id, fr.id]),
        ]),
    )
    return Report({"name": "storylens", "version": "0.1.0", "models": {"embedding": "test"}},
                  [en, fr], [story],
                  problems=[Problem("in/bad.pdf", "ingest", "not a supported format")])


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_good_report_passes_schema_and_evidence_check() -> None:
    data = report_to_dict(make_report())
    validate_report(data)
    assert check_evidence(data) == []
    assert list(data)[:2] == ["schema_version", "generator"]
    # Internal working fields never reach the report.
    assert "embedding" not in data["articles"][0]
    assert "sentences" not in data["articles"][0]
    assert data["problems"][0]["stage"] == "ingest"


@pytest.mark.parametrize(("path", "value", "needle"), [
    (("stories", 0, "claims", 0, "status"), "confirmed", "status"),
    (("articles", 0, "removed", 0, "kind"), "footer", "kind"),
    (("stories", 0, "entities", 0, "type"), "PEOPLE", "type"),
    (("stories", 0, "framing", 0, "genre"), "satire", "genre"),
    (("articles", 0, "language"), "English", "language"),
    (("stories", 0, "claims", 0, "sources", 0, "start"), -1, "start"),
])
def test_schema_rejects_bad_values(path: tuple[object, ...], value: object, needle: str) -> None:
    data = report_to_dict(make_report())
    target: object = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    with pytest.raises(ReportValidationError) as info:
        validate_report(data)
    assert needle in str(info.value)
    assert isinstance(info.value, StorylensError) and isinstance(info.value, ValueError)


def test_schema_requires_contract_fields_but_allows_extra_ones() -> None:
    data = report_to_dict(make_report())
    data["stories"][0]["extra_field"] = {"added": True}
    data["articles"][0]["word_count"] = 12
    validate_report(data)
    del data["articles"][1]["duplicate_of"]
    del data["stories"][0]["brief"]
    with pytest.raises(ReportValidationError) as info:
        validate_report(data)
    message = str(info.value)
    assert "'duplicate_of' is a required property" in message
    assert "'brief' is a required property" in message
    assert "articles[1]" in message


def test_nullable_fields_accept_null_only_where_contract_says_so() -> None:
    data = report_to_dict(make_report())
    data["articles"][0].update(outlet=None, author=None, published=None, duplicate_of=None)
    data["stories"][0]["claims"][0]["when"] = None
    validate_report(data)
    data["articles"][0]["text"] = None
    with pytest.raises(ReportValidationError, match="text"):
        validate_report(data)


def test_evidence_check_catches_wrong_offset_and_dangling_ids() -> None:
    good = report_to_dict(make_report())
    data = copy.deepcopy(good)
    source = data["stories"][0]["claims"][0]["sources"][0]
    source["start"] += 1
    source["end"] += 1
    problems = check_evidence(data)
    assert len(problems) == 1
    assert "stories[0].claims[0].sources[0]" in problems[0]
    assert "killed at least 95 people" in problems[0]

    data = copy.deepcopy(good)
    data["stories"][0]["entities"][0]["mentions"][0]["end"] = 10_000
    data["stories"][0]["brief"]["sentences"][0]["claim_ids"] = ["c404"]
    data["stories"][0]["brief"]["sentences"][1]["article_ids"] = []
    data["stories"][0]["relations"][0]["target"] = "e404"
    data["articles"][0]["duplicate_of"] = "a404"
    found = "\n".join(check_evidence(data))
    assert "outside article" in found
    assert "unknown claim id 'c404'" in found
    assert "brief.sentences[1]: cites no article" in found
    assert "unknown entity id 'e404'" in found
    assert "unknown article id 'a404'" in found


def test_write_report_writes_three_files(tmp_path: Path) -> None:
    paths = write_report(make_report(), tmp_path / "out")
    assert set(paths) == {"json", "md", "html", "graphml", "graph"}
    data = json.loads(paths["json"].read_text("utf-8"))
    validate_report(data)
    assert data["stories"][0]["title"] == "Deadly floods in Valencia"
    assert not list((tmp_path / "out").glob("*.tmp")), "temp files must not be left behind"

    md = paths["md"].read_text("utf-8")
    assert "## 1. Deadly floods in Valencia" in md
    assert "Languages: en, fr" in md
    assert re.search(r"\[\\\[1\\\]\]\(#s1-q1\)", md), "brief cites quote 1"
    assert '<a id="s1-q1"></a>' in md and "killed at least 95 people" in md
    assert "| disputed | 1 |" in md and "| corroborated | 2 |" in md
    assert "**death toll**" in md
    assert "also: Sánchez" in md
    assert "**2024-10-30**: Floods hit Valencia" in md
    assert "*visits*" in md
    assert "login: 1, navigation: 1, share: 1" in md
    assert "## Problems" in md and "not a supported format" in md


def test_html_highlights_evidence_from_offsets() -> None:
    page = render_html(report_to_dict(make_report()))
    assert page.startswith("<!DOCTYPE html>")
    assert '<mark class="claim"' in page
    assert ">killed at least 95 people</mark>" in page
    assert '<mark class="loaded" title="loaded term: test term">inondations</mark>' in page
    assert '<a href="#s1-q1">[1]</a>' in page and '<li id="s1-q1">' in page
    assert '<span id="s1-m1"></span>' in page
    assert "<details" in page and 'lang="fr"' in page
    # Standalone: no scripts and nothing loaded from elsewhere.
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)


def test_write_drops_a_story_with_broken_evidence_into_problems(tmp_path: Path) -> None:
    report = make_report()
    report.stories[0].claims[0].sources[0].start += 2
    paths = write_report(report, tmp_path)
    data = json.loads(paths["json"].read_text("utf-8"))
    assert data["stories"] == [] and data["articles"] == []
    messages = [p["message"] for p in data["problems"] if p["stage"] == "report"]
    assert len(messages) == 3 and all("breaks the report contract" in m for m in messages)
    assert any("quote" in m for m in messages)


def test_write_refuses_a_report_whose_header_breaks_the_contract(tmp_path: Path) -> None:
    data = report_to_dict(make_report())
    data["schema_version"] = "2"
    with pytest.raises(ReportValidationError, match="schema_version"):
        write_report_data(data, tmp_path)
    assert not (tmp_path / "report.json").exists()


class TagCollector(HTMLParser):
    """Every start tag and attribute name a browser would see in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)


OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "nav", "ol",
            "ul", "li", "a", "section", "sup", "blockquote", "table", "thead", "tbody", "tr",
            "th", "td", "span", "strong", "em", "details", "summary", "div", "mark",
            # the actor graph's inline SVG
            "figure", "svg", "defs", "marker", "path", "line", "text", "tspan", "circle"}
OUR_ATTRS = {"lang", "charset", "http-equiv", "content", "name", "id", "href", "class", "title",
             "dir",
             "xmlns", "width", "height", "viewbox", "role", "aria-label", "refx", "refy",
             "markerwidth", "markerheight", "orient", "d", "fill", "x1", "y1", "x2", "y2",
             "stroke", "stroke-width", "marker-end", "x", "y", "font-size", "text-anchor", "cx",
             "cy", "r"}


HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> & more'


def test_untrusted_article_fields_are_escaped_everywhere(tmp_path: Path) -> None:
    text = (f"Officials said {HOSTILE}. Floods in Valencia killed at least 95 people. "
            "Pedro Sánchez promised help.")
    report = make_report(en_text=text, en_title=HOSTILE, en_outlet=HOSTILE)
    paths = write_report(report, tmp_path)
    page = paths["html"].read_text("utf-8")
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert 'onerror=alert(2)>' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    # Title and outlet are escaped too, not only the body text.
    assert page.count("&lt;script&gt;") >= 4
    parser = TagCollector()
    parser.feed(page)
    assert parser.tags <= OUR_TAGS, parser.tags - OUR_TAGS
    assert parser.attrs <= OUR_ATTRS, parser.attrs - OUR_ATTRS
    md = paths["md"].read_text("utf-8")
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md


def test_escaping_survives_highlight_boundaries() -> None:
    data = report_to_dict(make_report())
    article = data["articles"][0]
    article["text"] = "<b>bold</b> claim"
    data["stories"][0]["claims"][0]["sources"][0].update(start=1, end=9, quote="b>bold</")
    page = render_html(data)
    assert re.search(r'&lt;(<span id="s1-m1"></span>)?<mark class="claim"', page)
    assert "b&gt;bold&lt;/</mark>" in page
    assert "<b>" not in page


def test_markdown_renders_reports_without_stories() -> None:
    data = report_to_dict(Report({"name": "storylens", "version": "0", "models": {}}, [], []))
    validate_report(data)
    assert "0 stories from 0 articles" in render_markdown(data)
    assert "<section" not in render_html(data)


def test_an_article_breaking_the_contract_takes_only_its_own_story_along(
    tmp_path: Path,
) -> None:
    data = report_to_dict(make_report())
    extra = {**copy.deepcopy(data["articles"][1]), "id": "a-extra", "story_id": "s2",
             "text": "Another story entirely, about a harbour wall and its cost."}
    story = {**copy.deepcopy(data["stories"][0]), "id": "s2", "article_ids": ["a-extra"],
             "entities": [], "claims": [], "disagreements": [], "framing": [],
             "timeline": [], "relations": [], "brief": {"language": "en", "sentences": []}}
    data["articles"].append(extra)
    data["stories"].append(story)
    data["articles"][0]["language"] = None  # the defect of issue 9: one bad field
    paths = write_report_data(data, tmp_path)
    written = json.loads(paths["json"].read_text("utf-8"))
    assert [a["id"] for a in written["articles"]] == ["a-extra"]
    assert [s["id"] for s in written["stories"]] == ["s2"]
    left_out = [p for p in written["problems"] if p["stage"] == "report"]
    assert len(left_out) == 3
    assert any("language" in p["message"] and p["source"] == "in/en.html" for p in left_out)


def test_entities_named_once_are_counted_not_listed() -> None:
    report = make_report()
    story = report.stories[0]
    en = report.articles[0]
    story.entities.append(Entity("e3", "Sign", "LOC", aliases=["Sign"],
                                 mentions=[mention(en, "Floods")]))
    markdown = render_markdown(report_to_dict(report))
    page = render_html(report_to_dict(report))
    assert "**Pedro Sánchez** (PERSON, 2 mentions)" in markdown
    assert "**Sign**" not in markdown and "<strong>Sign</strong>" not in page
    assert "… and 1 more named once (all in report.json)" in markdown
    assert "and 1 more named once" in page
