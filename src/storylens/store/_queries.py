"""Read-only queries for browsing a store (``storylens serve``): story lists, filters, search.

A ``StoreReader`` opens its own connection with ``mode=ro`` and ``query_only``, so a page
can never write, works on a store it may not modify, and (WAL) never waits for the one
writer. Open one per request or thread: SQLite connections are not shared between threads.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..errors import StoreError
from ._sqlite import fts_query
from ._updates import resolve_story_id, select_in

# Most stories one list page returns: a page a person can scan; more comes by paging.
MAX_PAGE = 200


@dataclass(frozen=True)
class StoryFilter:
    """What a person narrows the story list by; empty fields do not filter."""

    query: str = ""
    language: str = ""
    outlet: str = ""
    since: str = ""
    until: str = ""
    entity: str = ""
    limit: int = 50
    offset: int = 0


@dataclass
class StorySummary:
    """One row of the story list."""

    id: str
    title: str
    size: int
    languages: list[str]
    first_published: str | None
    last_published: str | None
    disputed: int
    claims: int
    outlets: list[str] = field(default_factory=list)


_SUMMARY_SQL = """
SELECT s.id, s.title, s.languages,
  json_array_length(s.data, '$.article_ids') AS size,
  (SELECT count(*) FROM json_each(s.data, '$.claims') c
     WHERE json_extract(c.value, '$.status') = 'disputed') AS disputed,
  json_array_length(s.data, '$.claims') AS claims,
  (SELECT min(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id
     WHERE sa.story_id = s.id) AS first_published,
  (SELECT max(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id
     WHERE sa.story_id = s.id) AS last_published,
  (SELECT json_group_array(DISTINCT a.outlet) FROM story_articles sa
     JOIN articles a ON a.id = sa.article_id
     WHERE sa.story_id = s.id AND a.outlet IS NOT NULL) AS outlets
FROM stories s
"""


class StoreReader:
    """Read-only view of a store for pages and the API."""

    def __init__(self, path: str | Path, threads: bool = False) -> None:
        """Open ``path`` read-only; a missing or foreign file is a StoreError.

        ``threads`` lets one request's connection be used from the worker threads its
        handlers run on (one at a time); never share a reader between requests.
        """
        target = Path(path)
        if not target.is_file():
            raise StoreError(f"no store at {target}: run `storylens analyze ... --db {target}`")
        try:
            self._conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True,
                                         timeout=5.0, check_same_thread=not threads)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA query_only=ON")
            self._conn.execute("SELECT count(*) FROM stories").fetchone()
            # A store last written by an older storylens and not writable here has no
            # story index: its story search falls back to the articles alone.
            self._story_index = self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'stories_fts'").fetchone() is not None
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {target} as a storylens store: {exc}") from exc

    # ---- stories -------------------------------------------------------------------------

    def list_stories(self, wanted: StoryFilter) -> tuple[list[StorySummary], int]:
        """Stories matching the filter, biggest first, and how many match in all."""
        where, params = self._where(wanted)
        total = int(self._conn.execute(
            f"SELECT count(*) FROM stories s {where}", params).fetchone()[0])
        limit = max(1, min(int(wanted.limit), MAX_PAGE))
        rows = self._conn.execute(
            f"{_SUMMARY_SQL} {where} ORDER BY size DESC, s.updated DESC, s.id LIMIT ? OFFSET ?",
            [*params, limit, max(0, int(wanted.offset))],
        ).fetchall()
        return [_summary(r) for r in rows], total

    def _where(self, wanted: StoryFilter) -> tuple[str, list[Any]]:
        """SQL conditions for a filter; every value is a bound parameter."""
        conds: list[str] = []
        params: list[Any] = []
        if wanted.query.strip():
            match = fts_query(wanted.query)
            if not match:
                return "WHERE 0", []
            by_articles = ("s.id IN (SELECT sa.story_id FROM articles_fts"
                           " JOIN articles a ON a.rowid = articles_fts.rowid"
                           " JOIN story_articles sa ON sa.article_id = a.id"
                           " WHERE articles_fts MATCH ?)")
            if self._story_index:
                conds.append("(s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts"
                             f" MATCH ?) OR {by_articles})")
                params += [match, match]
            else:
                conds.append(by_articles)
                params.append(match)
        if wanted.language:
            conds.append("EXISTS (SELECT 1 FROM json_each(s.languages) WHERE value = ?)")
            params.append(wanted.language)
        if wanted.outlet:
            conds.append("EXISTS (SELECT 1 FROM story_articles sa JOIN articles a"
                         " ON a.id = sa.article_id WHERE sa.story_id = s.id AND a.outlet = ?)")
            params.append(wanted.outlet)
        if wanted.since or wanted.until:
            # A story is in the range when one of its dated members is.
            conds.append("EXISTS (SELECT 1 FROM story_articles sa JOIN articles a"
                         " ON a.id = sa.article_id WHERE sa.story_id = s.id"
                         " AND a.published IS NOT NULL AND substr(a.published, 1, 10) >= ?"
                         " AND substr(a.published, 1, 10) <= ?)")
            params += [wanted.since or "0000", wanted.until or "9999"]
        if wanted.entity.strip():
            name = wanted.entity.strip().lower()
            conds.append(
                "EXISTS (SELECT 1 FROM json_each(s.data, '$.entities') e"
                " WHERE lower(json_extract(e.value, '$.name')) = ? OR EXISTS"
                " (SELECT 1 FROM json_each(e.value, '$.aliases') x WHERE lower(x.value) = ?))")
            params += [name, name]
        return ("WHERE " + " AND ".join(conds)) if conds else "", params

    def story(self, story_id: str) -> dict[str, Any] | None:
        """The contract's story object (an absorbed id leads to its survivor), or None."""
        current = resolve_story_id(self._conn, story_id)
        row = self._conn.execute("SELECT data FROM stories WHERE id = ?", (current,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def story_ids_naming(self, names: list[str]) -> list[str]:
        """Stories with an entity called, or also known as, any of ``names`` (any case)."""
        lowered = sorted({n.strip().lower() for n in names if n.strip()})
        if not lowered:
            return []
        marks = ",".join("?" * len(lowered))
        rows = self._conn.execute(
            "SELECT DISTINCT s.id FROM stories s, json_each(s.data, '$.entities') e"
            f" WHERE lower(json_extract(e.value, '$.name')) IN ({marks}) OR EXISTS"
            f" (SELECT 1 FROM json_each(e.value, '$.aliases') x WHERE lower(x.value) IN ({marks}))"
            " ORDER BY s.id", [*lowered, *lowered]).fetchall()
        return [r[0] for r in rows]

    def facets(self) -> dict[str, list[str]]:
        """The languages and outlets present, for the filter menus."""
        languages = [r[0] for r in self._conn.execute(
            "SELECT DISTINCT value FROM stories, json_each(stories.languages) ORDER BY value")]
        outlets = [r[0] for r in self._conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]
        return {"languages": languages, "outlets": outlets}

    # ---- articles ------------------------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article in the contract's shape (``story_id`` from its story), or None."""
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["removed"] = json.loads(data.get("removed") or "[]")
        data.pop("first_seen", None)
        story = self._conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id LIMIT 1",
            (article_id,)).fetchone()
        data["story_id"] = story[0] if story else None
        return data

    def article_heads(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Title, outlet, language, date, source and copy mark of these articles, by id."""
        sql = ("SELECT id, title, outlet, language, published, source, author, duplicate_of,"
               " length(text) AS chars FROM articles WHERE id IN ({in})")
        return {r["id"]: dict(r) for r in select_in(self._conn, sql, ids)}

    def article_texts(self, ids: list[str]) -> dict[str, str]:
        """Clean texts of these articles, by id (to show a cited sentence in context)."""
        sql = "SELECT id, text FROM articles WHERE id IN ({in})"
        return {r[0]: r[1] for r in select_in(self._conn, sql, ids)}

    def close(self) -> None:
        """Release the connection."""
        self._conn.close()

    def __enter__(self) -> Self:
        """``with StoreReader(path) as reader:``."""
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Close on leaving the block."""
        self.close()


def _summary(row: sqlite3.Row) -> StorySummary:
    return StorySummary(
        id=row["id"], title=row["title"], size=int(row["size"] or 0),
        languages=list(json.loads(row["languages"] or "[]")),
        first_published=row["first_published"], last_published=row["last_published"],
        disputed=int(row["disputed"] or 0), claims=int(row["claims"] or 0),
        outlets=[o for o in json.loads(row["outlets"] or "[]") if o],
    )
