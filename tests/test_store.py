"""The SQLite store: WAL, idempotent saves, FTS5 search, atomic runs, clear open errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from storylens.errors import StoreError
from storylens.records import (
    Article,
    Brief,
    BriefSentence,
    Claim,
    Evidence,
    Framing,
    Removed,
    Report,
    Story,
)
from storylens.store import RunSummary, SQLiteStore, Store, open_store
from storylens.store._sqlite import fts_query

FR_TEXT = ("L'économie française a ralenti au troisième trimestre, selon l'Insee. "
           "Les ménages réduisent leurs dépenses.")
EN_TEXT = "The French economy slowed in the third quarter, the statistics office said."
SETTINGS = {"embedder": "use-m3", "cluster_threshold": 0.5}


def make_report(extra_text: str | None = None) -> Report:
    """One story over a French and an English article (plus an optional third article)."""
    texts = [FR_TEXT, EN_TEXT] + ([extra_text] if extra_text else [])
    langs = ["fr", "en", "en"]
    articles = [
        Article(Article.make_id(t), f"in/{i}.txt", t, outlet=f"outlet{i}",
                title=f"Titre {i}" if i == 0 else f"Title {i}", language=langs[i],
                story_id="s1", removed=[Removed("Se connecter", "login")] if i == 0 else [])
        for i, t in enumerate(texts)
    ]
    quote = "a ralenti"
    start = FR_TEXT.index(quote)
    claim = Claim("c1", "event", "The French economy slowed.", "slowed",
                  sources=[Evidence(articles[0].id, start, start + len(quote), quote)])
    story = Story("s1", "French economy slows", [a.id for a in articles],
                  languages=sorted({a.language or "" for a in articles}), claims=[claim],
                  brief=Brief("en", [BriefSentence("The economy slowed.", ["c1"],
                                                   [articles[0].id])]))
    return Report({"name": "storylens", "version": "0.1.0", "models": {}}, articles, [story])


def table_counts(db: Path) -> dict[str, int]:
    """Row counts of every table, read with a separate connection."""
    conn = sqlite3.connect(db)
    try:
        names = ["articles", "stories", "story_articles", "runs", "reports"]
        return {n: conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}
    finally:
        conn.close()


def test_open_store_uses_wal_foreign_keys_and_a_schema_version(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "storylens.db"
    with open_store(db) as store:
        assert isinstance(store, Store)
        assert isinstance(store, SQLiteStore)
        assert store.journal_mode() == "wal"
        assert store.article_count() == 0
        assert store.latest_report() is None
        assert store.stories() == []
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    conn.close()
    # Re-opening an existing database runs no migration twice.
    with open_store(db) as store:
        assert store.article_count() == 0


def test_saving_the_same_report_twice_adds_nothing_new(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    report = make_report()
    with open_store(db) as store:
        first = store.save_run(report, SETTINGS, ["in/0.txt", "in/1.txt"])
        assert isinstance(first, RunSummary)
        assert (first.new_articles, first.existing_articles, first.stories) == (2, 0, 1)
        assert "2 new article(s), 0 already stored" in str(first)
        before = table_counts(db)
        second = store.save_run(report, SETTINGS, ["in/0.txt", "in/1.txt"])
        assert (second.new_articles, second.existing_articles) == (0, 2)
        assert second.run_id > first.run_id
        assert store.article_count() == 2
    after = table_counts(db)
    assert after["runs"] == before["runs"] + 1
    assert {k: v for k, v in after.items() if k != "runs"} == \
        {k: v for k, v in before.items() if k != "runs"}


def test_new_articles_are_counted_and_stories_replaced_by_id(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        store.save_run(make_report(), SETTINGS, [])
        bigger = make_report("A third article about the French economy and its households.")
        summary = store.save_run(bigger, SETTINGS, [])
        assert (summary.new_articles, summary.existing_articles) == (1, 2)
        stories = store.stories()
        assert len(stories) == 1 and len(stories[0]["article_ids"]) == 3
        latest = store.latest_report()
        assert latest is not None and len(latest["articles"]) == 3
        article = store.get_article(bigger.articles[0].id)
        assert article is not None
        assert article["language"] == "fr" and article["story_ids"] == ["s1"]
        assert article["removed"] == [{"text": "Se connecter", "kind": "login"}]
        assert store.get_article("nope") is None


def test_fts_search_finds_french_words_with_and_without_accents(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        store.save_run(make_report(), SETTINGS, [])
        fr_id = Article.make_id(FR_TEXT)
        for query in ["économie", "economie", "ÉCONOMIE", "ménages dépenses", "Titre"]:
            hits = store.search(query)
            assert [h["id"] for h in hits] == [fr_id], query
        assert "ralenti" in store.search("trimestre")[0]["snippet"]
        assert {h["id"] for h in store.search("economy")} == {Article.make_id(EN_TEXT)}
        assert store.search("économie ménages absentword") == []


@pytest.mark.parametrize("query", ['"', 'a" OR "b', "NEAR(", "*", "title:x", "-", "", "   ",
                                   "économie AND", "(économie"])
def test_search_treats_user_input_as_words_never_as_syntax(tmp_path: Path, query: str) -> None:
    with open_store(tmp_path / "s.db") as store:
        store.save_run(make_report(), SETTINGS, [])
        results = store.search(query, limit=5)
        assert isinstance(results, list)
    assert fts_query('say "hi" NEAR(x)') == '"say" "hi" "NEAR" "x"'


def test_unserialisable_story_leaves_the_store_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.save_run(make_report(), SETTINGS, [])
        before = table_counts(db)
        broken = make_report("Yet another article that would be new to the store.")
        broken.stories[0].framing = [Framing(broken.articles[0].id, stance=[{"x": object()}])]
        with pytest.raises(StoreError, match="nothing was written"):
            store.save_run(broken, SETTINGS, [])
        assert table_counts(db) == before
        assert store.article_count() == 2
        # The store is still usable after the failed run.
        assert store.save_run(make_report(), SETTINGS, []).existing_articles == 2


def test_failure_at_the_last_step_rolls_back_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"

    def boom(report: Report) -> dict[str, object]:
        raise ValueError("report serialisation failed")

    with open_store(db) as store:
        before = table_counts(db)
        monkeypatch.setattr("storylens.store._sqlite.report_to_dict", boom)
        with pytest.raises(StoreError, match="report serialisation failed"):
            store.save_run(make_report(), SETTINGS, [])
        assert table_counts(db) == before
        assert store.search("économie") == []


def test_story_pointing_at_an_unknown_article_is_rejected_atomically(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    report = make_report()
    report.stories[0].article_ids.append("a-not-in-this-run")
    with open_store(db) as store, pytest.raises(StoreError, match="FOREIGN KEY"):
        store.save_run(report, SETTINGS, [])
    assert table_counts(db)["articles"] == 0


def test_directory_path_gives_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_non_sqlite_file_gives_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a storylens database"):
        open_store(bogus)
    assert bogus.read_text(encoding="utf-8").startswith("these are my notes")


def test_path_under_a_file_gives_store_error(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="writable"):
        open_store(plain / "storylens.db")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions, which root ignores")
def test_read_only_location_gives_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="writable"):
            open_store(folder / "storylens.db")
    finally:
        folder.chmod(0o700)


def test_read_only_database_can_be_read_but_saving_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.save_run(make_report(), SETTINGS, [])
    real_connect = sqlite3.connect

    def read_only(path: str, timeout: float, isolation_level: None) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", uri=True, timeout=timeout,
                            isolation_level=isolation_level)

    monkeypatch.setattr("storylens.store._sqlite.sqlite3.connect", read_only)
    with open_store(db) as store:
        assert store.article_count() == 2
        with pytest.raises(StoreError, match="read-only"):
            store.save_run(make_report("A brand new article for a read-only store."),
                           SETTINGS, [])
        assert store.article_count() == 2


def test_newer_schema_is_refused_with_advice(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer storylens"):
        open_store(db)
