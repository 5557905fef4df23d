"""``analyze --append``: articles that arrive in parts end in the stories of one batch run."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from storylens.append import append_to_store
from storylens.cli import app
from storylens.cluster import ArticleFeatures
from storylens.errors import StoreError
from storylens.records import Story
from storylens.report import check_evidence, report_to_dict, validate_report
from storylens.store import open_store
from storylens.store._features import decode_features, encode_features

ARTICLES = Path(__file__).resolve().parents[1] / "src/storylens/data/example/articles"


def _partition(db: Path) -> list[list[str]]:
    """The store's current stories as sorted lists of article ids."""
    conn = sqlite3.connect(db)
    try:
        groups: dict[str, set[str]] = {}
        for story_id, article_id in conn.execute("SELECT story_id, article_id FROM story_articles"):
            groups.setdefault(story_id, set()).add(article_id)
    finally:
        conn.close()
    return sorted(sorted(g) for g in groups.values())


def _by_publication(example_labels: dict[str, Any]) -> list[Path]:
    """Example files in the order they were published (a feed counts at its first item)."""
    def day(path: Path) -> str:
        dates = [v.get("published") or "" for k, v in example_labels["articles"].items()
                 if k.split("#")[0] == path.name]
        return min(dates) if dates else ""
    return sorted(ARTICLES.iterdir(), key=lambda p: (day(p), p.name))


def _save(pipeline: Any, db: Path, files: list[Path], append: bool) -> Any:
    with open_store(db) as store:
        if append:
            outcome = append_to_store(pipeline, files, store)
            report, merged, expected = outcome.report, outcome.merged, outcome.expected
        else:
            outcome, report, merged, expected = None, pipeline.run(files), None, None
        if report.articles:
            store.save_run(report, pipeline.settings.as_dict(), [str(f) for f in files],
                           merged=merged, expected=expected)
    return outcome


@pytest.fixture()
def seeded(
    pipeline: Any, example_labels: dict[str, Any], tmp_path: Path
) -> tuple[list[Path], Path]:
    """Example files by publication day, and a store holding a plain run over the first five."""
    files = _by_publication(example_labels)
    db = tmp_path / "store.db"
    _save(pipeline, db, files[:5], append=False)
    return files, db


def test_articles_arriving_in_three_parts_give_the_batch_stories(
    pipeline: Any, example_report: Any, seeded: tuple[list[Path], Path]
) -> None:
    files, db = seeded
    outcomes = [_save(pipeline, db, part, append=True) for part in (files[5:10], files[10:])]

    batch = sorted(sorted(s.article_ids) for s in example_report.stories)
    assert _partition(db) == batch
    assert any(o.grown_stories for o in outcomes), "later coverage never joined a stored story"
    # Each update's report is a valid, fully cited report of the stories it touched.
    for outcome in outcomes:
        data = report_to_dict(outcome.report)
        validate_report(data)
        assert check_evidence(data) == []
        listed = {a["id"] for a in data["articles"]}
        assert all(set(s["article_ids"]) <= listed for s in data["stories"])


def test_appending_the_same_files_again_changes_nothing(
    pipeline: Any, example_labels: dict[str, Any], tmp_path: Path
) -> None:
    files = _by_publication(example_labels)[:4]
    db = tmp_path / "store.db"
    _save(pipeline, db, files[:2], append=False)
    _save(pipeline, db, files[2:], append=True)
    before = _partition(db)
    again = _save(pipeline, db, files, append=True)
    assert again.report.articles == [] and again.already_stored >= 4
    assert _partition(db) == before


def test_features_survive_the_store_round_trip() -> None:
    original = ArticleFeatures(
        "a1", np.linspace(-1, 1, 512, dtype=np.float32), {"trdnt", "mrc"}, date(2026, 3, 15),
        {"earthqu": 1.69, "séisme": 1.0}, {"860", "2026-03-14"}, {2026}, "fr",
        np.linspace(1, -1, 512, dtype=np.float32))
    copy = decode_features(*encode_features(original))
    assert np.array_equal(copy.embedding, original.embedding)
    assert copy.lead is not None and np.array_equal(copy.lead, original.lead)
    original.lead = None
    assert decode_features(*encode_features(original)).lead is None
    assert (copy.entity_keys, copy.day, copy.terms, copy.figures, copy.years, copy.language) == (
        original.entity_keys, original.day, original.terms, original.figures, original.years,
        original.language)


def test_only_stories_near_the_new_articles_in_time_are_read(
    pipeline: Any, example_labels: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    _save(pipeline, db, [ARTICLES / "01_daily_courier.txt", ARTICLES / "02_hanse_kurier.txt"],
          append=False)
    with open_store(db) as store:
        everything = store.story_states()
        march = store.story_states(date(2026, 3, 10), date(2026, 3, 16))
        summer = store.story_states(date(2026, 7, 1), date(2026, 7, 31))
    assert len(everything) == 2
    assert [m.article_id for s in march for m in s.members] == [
        m.article_id for s in everything for m in s.members if m.day and m.day.day == 15]
    assert summer == []


def test_absorbed_stories_are_deleted_and_redirected(
    pipeline: Any, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    report = pipeline.run([ARTICLES / "01_daily_courier.txt", ARTICLES / "02_hanse_kurier.txt"])
    with open_store(db) as store:
        store.save_run(report, {}, ["a"])
        survivor, absorbed = report.stories[0], report.stories[1]
        survivor.article_ids = survivor.article_ids + absorbed.article_ids
        store.save_run(report.__class__(report.generator, report.articles, [survivor]), {},
                       ["b"], merged={absorbed.id: survivor.id})
        assert store.resolve_story_id(absorbed.id) == survivor.id
        assert [s["id"] for s in store.stories()] == [survivor.id]
        # An id from the first report still finds the story that absorbed it.
        assert [s["id"] for s in store.current_report([absorbed.id])["stories"]] == [survivor.id]
    assert _partition(db) == [sorted(survivor.article_ids)]


def test_cli_append_reports_the_changed_stories(
    example_labels: dict[str, Any], tmp_path: Path
) -> None:
    files = _by_publication(example_labels)
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, part in ((first, files[:8]), (second, files[8:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder / path.name)
    db = tmp_path / "store.db"
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(first), "--out", str(tmp_path / "r1"),
                                 "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["analyze", str(second), "--append", "--out",
                                 str(tmp_path / "r2"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "append:" in result.output and "grown" in result.output
    report = json.loads((tmp_path / "r2" / "report.json").read_text(encoding="utf-8"))
    with open_store(db) as store:
        stored = {s["id"]: s for s in store.stories()}
    assert report["stories"] and all(s["id"] in stored for s in report["stories"])
    result = runner.invoke(app, ["analyze", str(second), "--append", "--out",
                                 str(tmp_path / "r3"), "--db", str(db)])
    assert result.exit_code == 0 and "nothing to add" in result.output
    assert not (tmp_path / "r3").exists()

    # The whole-store report: every stored story, each stored article once, valid and cited.
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "all")])
    assert result.exit_code == 0, result.output
    whole = json.loads((tmp_path / "all" / "report.json").read_text(encoding="utf-8"))
    assert sorted(sorted(s["article_ids"]) for s in whole["stories"]) == _partition(db)
    assert sorted(a["id"] for a in whole["articles"]) == sorted(
        a for group in _partition(db) for a in group)
    assert check_evidence(whole) == []
    untouched = set(stored) - {s["id"] for s in report["stories"]}
    assert untouched and untouched <= {s["id"] for s in whole["stories"]}
    # One story alone, and clear errors for an unknown story or a missing store.
    story_id = report["stories"][0]["id"]
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "one"),
                                 "--story", story_id])
    assert result.exit_code == 0, result.output
    one = json.loads((tmp_path / "one" / "report.json").read_text(encoding="utf-8"))
    assert story_id in [s["id"] for s in one["stories"]]
    assert {a["id"] for a in one["articles"]} == {
        a for s in one["stories"] for a in s["article_ids"]}
    for args, message in (([ "--story", "no-such-story"], "no story no-such-story"),
                          (["--db", str(tmp_path / "missing.db")], "no store at")):
        result = runner.invoke(app, ["report", "--db", str(db), "--out",
                                     str(tmp_path / "bad"), *args])
        assert result.exit_code == 1 and message in result.output
    assert not (tmp_path / "missing.db").exists()


def test_stores_saved_without_features_are_backfilled_on_append(
    pipeline: Any, seeded: tuple[list[Path], Path]
) -> None:
    files, db = seeded
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM article_features").fetchone()[0]
    with conn:  # as if saved by a storylens that kept no clustering features
        conn.execute("DELETE FROM article_features")
    conn.close()
    with open_store(db) as store:
        assert len(store.articles_without_features()) == stored
    outcome = _save(pipeline, db, files[5:], append=True)
    with open_store(db) as store:
        assert store.articles_without_features() == []
    assert outcome.grown_stories, "stored stories were not matched after the backfill"


def test_an_update_never_overwrites_a_story_changed_meanwhile(
    pipeline: Any, example_report: Any, seeded: tuple[list[Path], Path]
) -> None:
    files, db = seeded
    with open_store(db) as store:
        slow = append_to_store(pipeline, files[5:], store)  # read, not yet saved
    assert slow.expected, "the update changes no stored story; the test needs one"
    fast = _save(pipeline, db, files[5:8], append=True)  # another writer gets in first
    assert fast.grown_stories
    before = _partition(db)
    with open_store(db) as store, pytest.raises(StoreError, match="again"):
        store.save_run(slow.report, {}, ["late"], merged=slow.merged, expected=slow.expected)
    assert _partition(db) == before
    _save(pipeline, db, files[5:], append=True)  # running it again completes the update
    assert _partition(db) == sorted(sorted(s.article_ids) for s in example_report.stories)


def test_a_story_report_brings_the_originals_of_its_copies(
    example_report: Any, tmp_path: Path
) -> None:
    copy = next(a for a in example_report.articles if a.duplicate_of)
    home = next(s for s in example_report.stories if copy.id in s.article_ids)
    # File the copy in a story of its own, away from its original, as a later run might.
    alone = Story(id="s-copy-alone", title=copy.title or "copy", article_ids=[copy.id],
                  languages=[copy.language or "en"])
    rest = dataclasses.replace(home, article_ids=[a for a in home.article_ids if a != copy.id])
    stories = [alone, *(rest if s is home else s for s in example_report.stories)]
    with open_store(tmp_path / "store.db") as store:
        store.save_run(dataclasses.replace(example_report, stories=stories), {}, ["x"])
        data = store.current_report([alone.id])
    assert [s["id"] for s in data["stories"]] == [alone.id, home.id]
    assert copy.duplicate_of in {a["id"] for a in data["articles"]}
    validate_report(data)
    assert check_evidence(data) == []
