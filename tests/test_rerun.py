"""Runs without ``--append`` over a store that holds some inputs: no article in two stories."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from storylens.report import check_evidence, validate_report
from storylens.rerun import batch_over_store
from storylens.store import open_store

ARTICLES = Path(__file__).resolve().parents[1] / "src/storylens/data/example/articles"


def _memberships(db: Path) -> dict[str, list[str]]:
    """Article id -> every stored story that lists it."""
    conn = sqlite3.connect(db)
    try:
        found: dict[str, list[str]] = {}
        for story_id, article_id in conn.execute("SELECT story_id, article_id FROM story_articles"):
            found.setdefault(article_id, []).append(story_id)
    finally:
        conn.close()
    return found


def _run(pipeline: Any, db: Path, files: list[Path]) -> Any:
    with open_store(db) as store:
        batch = batch_over_store(pipeline, files, store)
        store.save_run(batch.report, {}, [str(f) for f in files],
                       merged=batch.merged, expected=batch.expected)
    return batch


def test_a_wider_rerun_replaces_the_stories_it_covers(
    pipeline: Any, example_report: Any, tmp_path: Path
) -> None:
    files = sorted(ARTICLES.iterdir())
    db = tmp_path / "store.db"
    first = _run(pipeline, db, files[:5])
    assert first.merged == {} and first.rejoined == 0  # a new store: a plain run
    second = _run(pipeline, db, files)
    memberships = _memberships(db)
    assert all(len(stories) == 1 for stories in memberships.values()), memberships
    batch = sorted(sorted(s.article_ids) for s in example_report.stories)
    stored: dict[str, list[str]] = {}
    for article_id, (story_id,) in memberships.items():
        stored.setdefault(story_id, []).append(article_id)
    assert sorted(sorted(m) for m in stored.values()) == batch
    with open_store(db) as store:
        replaced = [s.id for s in first.report.stories if s.id not in stored]
        assert replaced and sorted(replaced) == sorted(second.merged)
        assert all(store.resolve_story_id(old) in stored for old in replaced)
        whole = store.current_report()
    validate_report(whole)
    assert check_evidence(whole) == []


def test_a_narrower_rerun_takes_its_stories_whole(
    pipeline: Any, example_report: Any, tmp_path: Path
) -> None:
    files = sorted(ARTICLES.iterdir())
    db = tmp_path / "store.db"
    _run(pipeline, db, files)
    before = sorted(sorted(v) for v in _grouped(db).values())
    again = _run(pipeline, db, files[:3])
    assert again.rejoined > 0, "the stories of the three files had no other member"
    assert sorted(sorted(v) for v in _grouped(db).values()) == before
    # The run's report holds every member of the stories it re-made, not the three files only.
    listed = {a.id for a in again.report.articles}
    assert all(set(s.article_ids) <= listed for s in again.report.stories)


def _grouped(db: Path) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for article_id, stories in _memberships(db).items():
        assert len(stories) == 1
        grouped.setdefault(stories[0], []).append(article_id)
    return grouped


def test_the_store_report_leaves_out_stories_overlapping_newer_ones(
    pipeline: Any, tmp_path: Path
) -> None:
    files = sorted(ARTICLES.iterdir())
    with open_store(tmp_path / "store.db") as store:
        # As an older storylens saved two plain runs: the second's stories overlap the first's.
        older = pipeline.run(files[:5])
        store.save_run(older, {}, ["first"])
        store.save_run(pipeline.run(files), {}, ["second"])
        whole = store.current_report()
    validate_report(whole)
    assert check_evidence(whole) == []
    listed = [a for s in whole["stories"] for a in s["article_ids"]]
    assert len(listed) == len(set(listed)) == len(whole["articles"])
    left_out = {p["source"] for p in whole["problems"]}
    assert left_out and left_out <= {s.id for s in older.stories}
