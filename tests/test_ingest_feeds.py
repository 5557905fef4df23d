"""Feeds from files: each RSS/Atom/RDF entry is a RawDocument; broken feeds are Problems."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from storylens.config import Settings
from storylens.ingest import read_inputs
from storylens.ingest._feed import feed_root
from storylens.records import Problem, RawDocument

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
SETTINGS = Settings()


def split(items: Iterable[RawDocument | Problem]) -> tuple[list[RawDocument], list[Problem]]:
    docs = [item for item in items if isinstance(item, RawDocument)]
    problems = [item for item in items if isinstance(item, Problem)]
    return docs, problems


def read(*names: str, settings: Settings = SETTINGS) -> tuple[list[RawDocument], list[Problem]]:
    return split(list(read_inputs([FEEDS / name for name in names], settings)))


def test_rss2_prefers_content_encoded_and_reads_every_field() -> None:
    docs, problems = read("harbour.rss")
    assert problems == []
    path = str(FEEDS / "harbour.rss")
    wall, ferry = docs
    assert (wall.source, wall.format, wall.url, wall.title, wall.published, wall.outlet,
            wall.author, wall.language_hint) == (
        f"{path}#entry 1", "html", "https://gazette.example/2024/03/harbour-wall",
        "Harbour wall repairs begin", "2024-03-01", "Wend Harbour Gazette", "Ada Lowe", "en")
    assert wall.content.startswith("<p>Work crews began repairing the <b>harbour wall</b>")
    assert "Short teaser" not in wall.content  # content:encoded wins over the description
    # A description without markup is plain text; its entity is decoded once.
    assert ferry.format == "text"
    assert ferry.content == ("Ferries & buses will run on a winter timetable from Monday, "
                             "the operator said.")
    assert (ferry.source, ferry.published, ferry.author) == (
        f"{path}#entry 2", "2024-03-02", "Ben Okafor")  # "email (Name)" gives the name


def test_atom_entries_with_html_and_text_content() -> None:
    docs, problems = read("council.atom")
    assert problems == []
    budget, bridge = docs
    assert (budget.format, budget.url, budget.title, budget.published, budget.outlet,
            budget.author, budget.language_hint) == (
        "html", "https://courrier.example/budget", "Le conseil vote le budget", "2024-04-04",
        "Le Courrier de Wend", "Claire Martin", "fr")
    assert budget.content == ("<p>Le conseil municipal a voté mercredi un budget de "
                              "40 millions d'euros.</p>")
    assert bridge.format == "text" and bridge.author is None
    assert bridge.published == "2024-04-03"  # no <published>: <updated> is used
    assert bridge.content.startswith("Le pont de Wend sera fermé trois semaines")


def test_rdf_feed_in_an_xml_file() -> None:
    docs, problems = read("wire.xml")
    assert problems == []
    (storm,) = docs
    assert (storm.source, storm.format, storm.url, storm.title, storm.published, storm.outlet,
            storm.author) == (
        f"{FEEDS / 'wire.xml'}#entry 1", "text", "https://wire.example/storm",
        "Storm closes coastal road", "2024-01-16", "Wend Wire", "Wire Staff")
    assert storm.content.startswith("A storm closed the coastal road")


def test_truncated_feed_keeps_the_entries_it_has() -> None:
    docs, problems = read("truncated.rss")
    (library,) = docs
    assert (library.title, library.url, library.published, library.outlet) == (
        "Library opens late on Thursdays", "https://post.example/library", "2024-03-07",
        "Wend Evening Post")
    (cut,) = problems
    assert cut.source == f"{FEEDS / 'truncated.rss'}#entry 2"
    assert cut.message.startswith("entry 2 has no text")
    assert "feed XML is broken" in cut.message


def test_broken_feed_without_entries_is_one_problem_and_the_batch_goes_on() -> None:
    docs, problems = read("headless.rss", "harbour.rss")
    assert len(docs) == 2
    (broken,) = problems
    assert broken.source == str(FEEDS / "headless.rss")
    assert broken.stage == "ingest"
    assert broken.message.startswith("broken feed XML: ")
    assert "line 2" in broken.message and "\n" not in broken.message


def test_entry_without_text_is_a_problem_of_its_own() -> None:
    docs, problems = read("gaps.rss", settings=SETTINGS.replace(lang_hint="en"))
    (empty,) = problems
    assert empty.source == f"{FEEDS / 'gaps.rss'}#entry 1"
    assert "entry 1 has no text" in empty.message
    (roof,) = docs
    assert roof.source.endswith("gaps.rss#entry 2")
    assert (roof.title, roof.published, roof.author, roof.language_hint) == (
        "School roof fixed", None, None, "en")  # no feed language: the setting is the hint


def test_xml_that_is_not_a_feed_is_a_clear_problem() -> None:
    docs, problems = read("catalog.xml")
    assert docs == []
    (problem,) = problems
    assert "not an RSS, Atom or RDF feed (root element <catalog>)" in problem.message


def test_feed_with_no_entries_and_empty_file(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.rss"
    quiet.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    empty = tmp_path / "empty.atom"
    empty.write_bytes(b"")
    docs, problems = split(list(read_inputs([quiet, empty], SETTINGS)))
    assert docs == []
    assert [p.source for p in problems] == [str(quiet), str(empty)]
    assert "feed has no entries" in problems[0].message
    assert "empty" in problems[1].message


def test_feed_folder_reads_every_feed() -> None:
    docs, problems = split(list(read_inputs([FEEDS], SETTINGS)))
    by_file = sorted({Path(d.source.split("#")[0]).name for d in docs})
    assert by_file == ["council.atom", "gaps.rss", "harbour.rss", "truncated.rss", "wire.xml"]
    assert len(docs) == 7 and len(problems) == 4


def test_feed_root_skips_the_prolog() -> None:
    head = (b'\xef\xbb\xbf<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?>\n'
            b"<!-- note -->\n<!DOCTYPE rss>\n<rss version='2.0'/>")
    assert feed_root(head) == "rss"
    assert feed_root(b"<rdf:RDF xmlns:rdf='x'/>") == "rdf"
    assert feed_root(b"not xml") is None
