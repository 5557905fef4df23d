"""What ``analyze --append`` reads from an SQLite store: stored stories and their articles."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..cluster import StoryState, features_of
from ..errors import StoreError
from ..records import UNKNOWN_LANGUAGE, Article, Removed
from ._features import decode_features, encode_features

# SQLite allows at most 999 host parameters per statement in old builds: stay well below.
_CHUNK = 500


def select_in(conn: sqlite3.Connection, sql: str, ids: Iterable[str]) -> Iterator[Any]:
    """Rows of ``sql`` (whose ``IN ({in})`` takes the ids), run over chunks of distinct ids."""
    distinct = list(dict.fromkeys(ids))
    for start in range(0, len(distinct), _CHUNK):
        chunk = distinct[start:start + _CHUNK]
        yield from conn.execute(sql.replace("{in}", ",".join("?" * len(chunk))), chunk)


def write_features(conn: sqlite3.Connection, articles: Iterable[Article]) -> int:
    """Store the clustering features of articles that have them; returns rows written."""
    rows = []
    for article in articles:
        if article.embedding is None:
            continue  # embedding failed: the article is stored, but --append cannot match it
        rows.append(encode_features(features_of(article)))
    conn.executemany(
        "INSERT INTO article_features (article_id, embedding, lead, day, data)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(article_id) DO NOTHING", rows)
    return len(rows)


def redirect_stories(conn: sqlite3.Connection, merged: dict[str, str], run_id: int) -> None:
    """Delete stories absorbed by others and remember where each went."""
    for old_id, new_id in merged.items():
        conn.execute("DELETE FROM stories WHERE id = ?", (old_id,))
        conn.execute(
            "INSERT INTO story_redirects (old_id, new_id, run_id) VALUES (?, ?, ?)"
            " ON CONFLICT(old_id) DO UPDATE SET new_id=excluded.new_id, run_id=excluded.run_id",
            (old_id, new_id, run_id))
        # Earlier redirects to the absorbed story now lead to the survivor.
        conn.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (new_id, old_id))


def known_article_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Which of these article ids the store already holds."""
    return {r[0] for r in select_in(conn, "SELECT id FROM articles WHERE id IN ({in})", ids)}


def story_states(
    conn: sqlite3.Connection, first_day: date | None = None, last_day: date | None = None,
) -> list[StoryState]:
    """Stored stories with their members' clustering features, newest stories first.

    With a day range, only stories with a member published in it (or undated) are read: an
    update ties new articles to stories near them in time and leaves the rest on disk. An
    article listed under several stories (runs without ``--append`` over the same files)
    counts in the newest one only.
    """
    where, params = "", []
    if first_day and last_day:
        where = ("WHERE s.id IN (SELECT sa2.story_id FROM story_articles sa2 JOIN article_features"
                 " f2 ON f2.article_id = sa2.article_id WHERE f2.day IS NULL OR f2.day BETWEEN"
                 " ? AND ?)")
        params = [first_day.isoformat(), last_day.isoformat()]
    rows = conn.execute(
        "SELECT s.id, s.run_id, f.article_id, f.embedding, f.lead, f.day, f.data FROM stories s"
        " JOIN story_articles sa ON sa.story_id = s.id"
        " JOIN article_features f ON f.article_id = sa.article_id"
        f" {where} ORDER BY s.run_id DESC, s.updated DESC, s.id, sa.rowid", params)
    states: dict[str, StoryState] = {}
    taken: set[str] = set()
    for story_id, run_id, article_id, embedding, lead, day, data in rows:
        state = states.setdefault(story_id, StoryState(story_id, version=int(run_id)))
        if article_id not in taken:
            taken.add(article_id)
            state.members.append(decode_features(article_id, embedding, lead, day, data))
    return [state for state in states.values() if state.members]


def story_ids_holding(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Ids of the stored stories that list any of these articles."""
    return {r[0] for r in select_in(
        conn, "SELECT story_id FROM story_articles WHERE article_id IN ({in})", article_ids)}


def stories_holding(
    conn: sqlite3.Connection, article_ids: Iterable[str]
) -> dict[str, tuple[int, list[str]]]:
    """Stored stories that list any of these articles: id -> (revision, every member id)."""
    found: dict[str, tuple[int, list[str]]] = {}
    for story_id, run_id, article_id in select_in(
        conn, "SELECT s.id, s.run_id, sa.article_id FROM stories s JOIN story_articles sa"
        " ON sa.story_id = s.id WHERE s.id IN ({in}) ORDER BY s.id, sa.rowid",
        sorted(story_ids_holding(conn, article_ids))):
        found.setdefault(story_id, (int(run_id), []))[1].append(article_id)
    return found


def check_versions(conn: sqlite3.Connection, expected: dict[str, int]) -> None:
    """Raise StoreError if a story read at one revision was changed or removed since."""
    for story_id, version in expected.items():
        row = conn.execute("SELECT run_id FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None or int(row[0]) != version:
            raise StoreError(
                f"story {story_id} was changed by another run while this update ran; nothing "
                "was written: run the same --append again (stored articles are skipped)")


def articles_without_features(
    conn: sqlite3.Connection, first_day: date | None = None, last_day: date | None = None,
) -> list[str]:
    """Ids of stored story members with no clustering features (saved before schema 2).

    With a day range, only those published in it or undated, as ``story_states`` reads.
    """
    where, params = "", []
    if first_day and last_day:
        where = "AND (a.published IS NULL OR substr(a.published, 1, 10) BETWEEN ? AND ?)"
        params = [first_day.isoformat(), last_day.isoformat()]
    rows = conn.execute(
        "SELECT DISTINCT a.id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        " LEFT JOIN article_features f ON f.article_id = a.id"
        f" WHERE f.article_id IS NULL {where} ORDER BY a.id", params)
    return [r[0] for r in rows]


def load_articles(conn: sqlite3.Connection, ids: list[str]) -> list[Article]:
    """Stored articles as records, in the order of ``ids`` (unknown ids are left out).

    Only what was stored comes back (clean text, metadata, cut boilerplate); sentences,
    names, claims and vectors are derived again by the per-article stages.
    """
    found: dict[str, Article] = {}
    for row in select_in(conn, "SELECT * FROM articles WHERE id IN ({in})", ids):
        found[row["id"]] = Article(
            id=row["id"], source=row["source"], text=row["text"], outlet=row["outlet"],
            title=row["title"], published=row["published"], author=row["author"],
            language=row["language"] or UNKNOWN_LANGUAGE, duplicate_of=row["duplicate_of"],
            removed=[Removed(**r) for r in json.loads(row["removed"])],
            language_hint=row["language"],
        )
    return [found[i] for i in ids if i in found]


def resolve_story_id(conn: sqlite3.Connection, story_id: str) -> str:
    """The id a story has now: itself, or the story that absorbed it."""
    row = conn.execute("SELECT new_id FROM story_redirects WHERE old_id = ?",
                       (story_id,)).fetchone()
    return str(row[0]) if row else story_id
