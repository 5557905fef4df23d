"""A people (a demonym entity) is listed under the country the story names it by.

report.json keeps the two entities apart (a people is not the state); the reader's lists in
report.md, report.html and the web app's story page show one row for the country with its
people after it. Fixtures are invented; the link note is the one the resolver writes.
"""

from __future__ import annotations

import copy
from typing import Any

from storylens.entities.demonyms import LINK_NOTE, linked_country_id
from storylens.report import grouped_entities, render_html, render_markdown, validate_report
from storylens.web.app import templates

TEXT = ("Les Valdoriens ont voté dimanche. La Valdorie attend les résultats, et les "
        "Valdoriens aussi. Les Brumiens regardent la Valdorie.")


def mentions(word: str, n: int) -> list[dict[str, Any]]:
    """The first ``n`` occurrences of ``word`` in TEXT as mentions."""
    out, start = [], 0
    for _ in range(n):
        start = TEXT.index(word, start)
        out.append({"article_id": "a1", "start": start, "end": start + len(word), "text": word})
        start += len(word)
    return out


def entity(entity_id: str, name: str, kind: str, n: int, evidence: list[str],
           aliases: list[str] | None = None) -> dict[str, Any]:
    return {"id": entity_id, "name": name, "type": kind, "aliases": aliases or [name],
            "mentions": mentions(name, n), "merge_evidence": evidence}


def link(surface: str, country: str, name: str, entity_id: str) -> str:
    return LINK_NOTE.format(surface=surface, country=country, name=name, id=entity_id)


def report(entities: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid one-story report holding ``entities``."""
    return {
        "schema_version": "1", "generator": {"name": "storylens", "version": "test", "models": {}},
        "articles": [{"id": "a1", "source": "fixture.txt", "url": None, "outlet": "Le Fixe",
                      "title": "Élection en Valdorie", "published": "2026-01-04",
                      "language": "fr", "text": TEXT, "removed": [], "duplicate_of": None,
                      "author": None, "story_id": "s1"}],
        "stories": [{"id": "s1", "title": "Élection en Valdorie", "article_ids": ["a1"],
                     "languages": ["fr"], "entities": entities, "claims": [],
                     "disagreements": [], "framing": [], "timeline": [], "relations": [],
                     "brief": {"language": "fr", "sentences": []}}],
        "problems": [],
    }


COUNTRY = entity("e-country", "Valdorie", "GPE", 2, [], ["Valdorie", "la Valdorie"])
PEOPLE = entity("e-people", "Valdoriens", "OTHER", 2,
                [link("Valdoriens", "Valdoria", "Valdorie", "e-country")])
# A demonym whose country the story does not name: no link note, its own row.
UNLINKED = entity("e-other", "Brumiens", "OTHER", 1, [])


def entity_lines(text: str) -> list[str]:
    lines = text.split("### Entities", 1)[1].strip().split("\n\n", 1)[0]
    return lines.splitlines()


def test_markdown_lists_the_people_under_its_country_and_no_row_of_its_own() -> None:
    data = report([PEOPLE, COUNTRY, UNLINKED])
    validate_report(data)
    lines = entity_lines(render_markdown(data))
    assert lines[0] == ("- **Valdorie** (GPE, 2 mentions) — also: la Valdorie; "
                        "its people: Valdoriens (2 mentions)")
    assert not any(line.startswith("- **Valdoriens**") for line in lines)
    # The unlinked demonym is named once: counted among the others, not under a country.
    assert lines[-1] == "- … and 1 more named once (all in report.json)"


def test_html_lists_the_people_under_its_country() -> None:
    page = render_html(report([COUNTRY, PEOPLE]))
    assert ("<li><strong>Valdorie</strong> (GPE, 2 mentions) — also: la Valdorie; "
            "its people: Valdoriens (2 mentions)</li>") in page
    assert "<strong>Valdoriens</strong>" not in page


def test_report_json_keeps_the_two_entities() -> None:
    data = report([COUNTRY, PEOPLE])
    before = copy.deepcopy(data)
    render_markdown(data)
    render_html(data)
    assert data == before and len(data["stories"][0]["entities"]) == 2


def test_a_people_whose_country_is_not_in_the_story_keeps_its_row() -> None:
    # The note points at an entity this story does not hold (another story's country).
    stray = {**PEOPLE, "merge_evidence": [link("Valdoriens", "Valdoria", "Valdorie", "e-gone")]}
    lines = entity_lines(render_markdown(report([COUNTRY, stray])))
    assert "- **Valdoriens** (OTHER, 2 mentions)" in lines
    assert "- **Valdorie** (GPE, 2 mentions) — also: la Valdorie" in lines


def test_a_country_named_once_gets_its_row_through_its_people() -> None:
    country = {**COUNTRY, "mentions": mentions("Valdorie", 1), "aliases": ["Valdorie"]}
    lines = entity_lines(render_markdown(report([PEOPLE, country])))
    assert lines == ["- **Valdorie** (GPE, 1 mention) — its people: Valdoriens (2 mentions)"]


def test_link_note_reads_back_and_abstains_on_two_countries() -> None:
    assert linked_country_id(PEOPLE["merge_evidence"]) == "e-country"
    assert linked_country_id(["'Valdoriens' is a demonym of Valdoria ('valdor' + …)"]) is None
    both = [link("Valdoriens", "Valdoria", "Valdorie", "e-country"),
            link("Valdorien", "Brumia", "Brumie", "e-brum")]
    assert linked_country_id(both) is None


def test_grouping_refuses_a_chain_and_keeps_every_entity_listed_once() -> None:
    # A "people" whose note points at another people: neither is shown as a country.
    second = entity("e-second", "Brumiens", "OTHER", 1,
                    [link("Brumiens", "Valdoria", "Valdoriens", "e-people")])
    rows = grouped_entities([COUNTRY, PEOPLE, second])
    assert [(r.entity["id"], [p["id"] for p in r.people]) for r in rows] == [
        ("e-country", ["e-people"]), ("e-second", [])]


def test_web_story_page_lists_the_people_under_its_country() -> None:
    story = report([COUNTRY, PEOPLE])["stories"][0]
    page = templates().env.get_template("story.html").render(
        story=story, articles=[], brief=[], claims=[], claims_by_id={}, disagreements=[],
        framing={}, names={}, heads={}, counts={}, timeline=None, nodes=[], edges=[],
        graph_height=0, entity_rows=grouped_entities(story["entities"]))
    section = page.split('<section id="entities">', 1)[1].split("</section>", 1)[0]
    assert section.count("<li>") == 1
    assert 'href="/stories/s1/entities/e-country">Valdorie</a>' in section
    assert "its people: <a href=\"/stories/s1/entities/e-people\">Valdoriens</a>" in section


def test_web_entity_pages_link_the_people_and_its_country_both_ways() -> None:
    story = report([COUNTRY, PEOPLE])["stories"][0]
    page = templates().env.get_template("entity.html")
    rows = grouped_entities(story["entities"])
    people = page.render(story=story, entity=PEOPLE, heads={}, mentions=[], others=[],
                         country=rows[0].entity, people=())
    country = page.render(story=story, entity=COUNTRY, heads={}, mentions=[], others=[],
                          country=None, people=rows[0].people)
    assert 'A people of <a href="/stories/s1/entities/e-country">Valdorie</a>' in people
    assert 'Its people: <a href="/stories/s1/entities/e-people">Valdoriens</a>' in country
