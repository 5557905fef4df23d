"""The store's current state as one report: every story, or some, with their articles.

After ``analyze --append`` runs, each run's report holds only the stories it created or
changed; this rebuilds the whole picture from the ``stories`` and ``articles`` tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .. import __version__
from ..errors import StoreError
from ..records import UNKNOWN_LANGUAGE
from ._updates import resolve_story_id, select_in, story_ids_holding

_ARTICLE_COLUMNS = ("id", "source", "text", "outlet", "title", "published", "author",
                    "language", "removed", "duplicate_of")


def store_report(conn: sqlite3.Connection, story_ids: Iterable[str] = ()) -> dict[str, Any]:
    """Report data (the contract) of the stored stories; all of them unless ids are given.

    An id of a story that was later absorbed by another leads to the survivor. The
    generator is the one of the last saved run. Run problems are not stored; the problems
    listed are older stories left out because a newer one shares their articles.
    """
    wanted = _current_ids(conn, story_ids)
    stories, superseded = _newest_first_without_overlaps(_stories(conn, wanted))
    seen = {s["id"] for s in stories} | set(superseded)
    while True:
        article_story = _article_story(stories)
        articles = _articles(conn, article_story)
        # A copy's original must be in the report too (the contract checks the reference):
        # bring in the stories that hold originals left out by the selection.
        missing = {a["duplicate_of"] for a in articles} - set(article_story) - {None}
        extra = story_ids_holding(conn, missing) - seen
        if not extra:
            break
        seen |= extra
        stories, dropped = _newest_first_without_overlaps(stories + _stories(conn, sorted(extra)))
        superseded.update(dropped)
    return {
        "schema_version": "1",
        "generator": _generator(conn),
        "articles": articles,
        "stories": stories,
        "problems": [
            {"source": old, "stage": "store", "article_id": None,
             "message": f"stored story {old} shares articles with the newer story {new} (saved "
                        "by an older storylens); left out: run analyze over its files again"}
            for old, new in superseded.items()
        ],
    }


def _newest_first_without_overlaps(
    stories: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Drop stories sharing an article with a newer one (stores written before plain runs
    replaced the stories they touch); returns the rest and dropped id -> newer id."""
    owner: dict[str, str] = {}
    kept, superseded = [], {}
    for story in stories:  # most recently updated first
        newer = next((owner[a] for a in story["article_ids"] if a in owner), None)
        if newer is not None:
            superseded[story["id"]] = newer
            continue
        kept.append(story)
        owner.update((a, story["id"]) for a in story["article_ids"])
    return kept, superseded


def _article_story(stories: list[dict[str, Any]]) -> dict[str, str]:
    """Each listed article's story (stories no longer overlap here)."""
    return {article_id: story["id"] for story in stories for article_id in story["article_ids"]}


def _current_ids(conn: sqlite3.Connection, story_ids: Iterable[str]) -> list[str]:
    """Requested ids resolved through redirects; an unknown id is an error, not a blank."""
    ids = list(dict.fromkeys(resolve_story_id(conn, s) for s in story_ids))
    for story_id in ids:
        if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
            raise StoreError(f"no story {story_id} in the store; story ids are listed in "
                             "report.json of a run or in the whole-store report")
    return ids


def _stories(conn: sqlite3.Connection, wanted: list[str]) -> list[dict[str, Any]]:
    """Stored story objects, most recently updated first (the order ``stories()`` uses)."""
    if not wanted:
        rows = conn.execute("SELECT data FROM stories ORDER BY updated DESC, id").fetchall()
    else:
        rows = sorted(select_in(conn, "SELECT data, updated, id FROM stories WHERE id IN ({in})",
                                wanted), key=lambda r: (r[1], r[2]), reverse=True)
    return [json.loads(r[0]) for r in rows]


def _articles(conn: sqlite3.Connection, article_story: dict[str, str]) -> list[dict[str, Any]]:
    """The stories' articles, in the order they were first stored."""
    columns = ", ".join(_ARTICLE_COLUMNS)
    rows = select_in(conn, f"SELECT rowid, {columns} FROM articles WHERE id IN ({{in}})",
                     article_story)
    out = []
    for row in sorted(rows, key=lambda r: r[0]):
        article = dict(zip(_ARTICLE_COLUMNS, row[1:], strict=True))
        article["removed"] = json.loads(article["removed"])
        # Stores written before "und" was defined hold NULL for an unknown language.
        article["language"] = article["language"] or UNKNOWN_LANGUAGE
        article["story_id"] = article_story[article["id"]]
        out.append(article)
    return out


def _generator(conn: sqlite3.Connection) -> dict[str, Any]:
    """Who made the stored stories: the generator of the last saved run's report."""
    row = conn.execute("SELECT json_extract(json, '$.generator') FROM reports"
                       " ORDER BY run_id DESC LIMIT 1").fetchone()
    if row and row[0]:
        return dict(json.loads(row[0]))
    return {"name": "storylens", "version": __version__, "models": {}}
