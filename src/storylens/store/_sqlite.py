"""SQLite store: WAL journal, foreign keys, FTS5 search, one transaction per saved run.

Concurrency: ONE writer. WAL lets readers run while a write is in progress, but two writers
would queue on the database lock; the web app will therefore funnel every write through a
single writer thread that owns its own ``SQLiteStore`` (a connection is not shared between
threads: ``check_same_thread`` stays on), and readers open their own stores.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..cluster import StoryState
from ..errors import StoreError
from ..records import Article, Report, Story, to_dict
from ..report import report_to_dict
from ._base import RunSummary
from ._export import store_report
from ._readonly import connect_read_only, damaged, locked, reading
from ._schema import MIGRATIONS, SCHEMA_VERSION
from ._updates import (
    articles_without_features,
    check_versions,
    known_article_ids,
    load_articles,
    redirect_stories,
    resolve_story_id,
    stories_holding,
    story_states,
    write_features,
)

# Seconds a writer waits for the lock before giving up: long enough for another process's
# write batch or a WAL checkpoint to finish, short enough to report a stuck lock quickly.
BUSY_TIMEOUT_S = 5.0
# Upper bound on search results per call: keeps one query from loading the whole table.
MAX_SEARCH_LIMIT = 500
# Words of context around the match in search snippets: about one line of text.
SNIPPET_TOKENS = 16
_WORD = re.compile(r"\w+")


def _now() -> str:
    """UTC timestamp with second precision, comparable as text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    """JSON text for a column; non-ASCII kept readable.

    A path that is not valid UTF-8 (a lone surrogate in Python) is kept as its JSON
    escape, which SQLite can store.
    """
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()


def fts_query(query: str) -> str:
    """A safe FTS5 query from user text: each word quoted, all words required."""
    words = _WORD.findall(unicodedata.normalize("NFKC", query))
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


# Aliases of one entity OR-ed into a search; a bound so a huge merged entity cannot make
# the FTS query unbounded (real entities have a few dozen spellings at most).
MAX_ALIAS_TERMS = 40


def _with_aliases(conn: sqlite3.Connection, query: str, match: str) -> str:
    """Widen an FTS query to every alias of the stored entities named exactly ``query``:
    a search for "Haftar" also finds the article that spells him "Hiftir"."""
    words = _WORD.findall(unicodedata.normalize("NFKC", query))
    wanted = " ".join(words).casefold()
    pattern = " ".join(words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        "SELECT DISTINCT json_extract(e.value, '$.aliases') FROM stories s,"
        " json_each(s.data, '$.entities') e, json_each(e.value, '$.aliases') a"
        " WHERE a.value LIKE ? ESCAPE '\\'", (f"%{pattern}%",)).fetchall()
    aliases: set[str] = set()
    for (raw,) in rows:
        names = json.loads(raw) if raw else []
        if any(" ".join(_WORD.findall(unicodedata.normalize("NFKC", n))).casefold() == wanted
               for n in names):
            aliases.update(names)
    terms = [t for t in (fts_query(a) for a in sorted(aliases)) if t and t != match]
    if not terms:
        return match
    return " OR ".join(f"({t})" for t in [match, *terms[:MAX_ALIAS_TERMS]])


def _open_error(path: str, exc: Exception) -> StoreError:
    """Translate an SQLite open failure into a StoreError that says what to do."""
    msg = str(exc).lower()
    if "malformed" in msg:
        return damaged(path, exc)
    if "not a database" in msg:
        return StoreError(f"{path} is not a storylens database (not SQLite or damaged); "
                          "pass another database path or move this file away")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path} is read-only; choose a writable location for the database "
                          "(--db or STORYLENS_DB_PATH) or fix its permissions")
    if "locked" in msg or "busy" in msg:
        return locked(path)
    return StoreError(f"cannot open database {path}: {exc}; check that the folder exists and "
                      "is writable, or choose another path (--db or STORYLENS_DB_PATH)")


class SQLiteStore:
    """The default store: one SQLite file with WAL journaling. See the module note on writers."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        """Open (creating if needed) and migrate the database at ``path``.

        ``read_only`` opens an existing store without writing anything to it or next to
        it, so an archived store stays readable (search, report).
        """
        self.path = str(path)
        memory = self.path == ":memory:"
        if read_only and not memory:
            self._conn = self._open_read_only()
            return
        if not memory:
            target = Path(path)
            if target.is_dir():
                raise StoreError(f"{target} is a folder; give a database file path such as "
                                 f"{target / 'storylens.db'}")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create folder {target.parent} for the database: "
                                 f"{exc.strerror or exc}; choose a writable location") from exc
        try:
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise _open_error(self.path, exc) from exc
        try:
            self._configure(memory)
            self._migrate()
        except sqlite3.Error as exc:
            self._conn.close()
            raise _open_error(self.path, exc) from exc
        except StoreError:
            self._conn.close()
            raise

    def _open_read_only(self) -> sqlite3.Connection:
        """A read-only connection to an existing store of this schema version."""
        try:
            conn = connect_read_only(self.path, BUSY_TIMEOUT_S)
            conn.row_factory = sqlite3.Row
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise _open_error(self.path, exc) from exc
        if version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"{self.path} has store schema {version}, this storylens reads "
                             f"{SCHEMA_VERSION}; open it once with a writable copy "
                             "(storylens analyze --append) to upgrade it")
        return conn

    def _configure(self, memory: bool) -> None:
        """Turn on WAL and foreign keys, and check that SQLite really did."""
        conn = self._conn
        conn.row_factory = sqlite3.Row
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if not memory and str(mode).lower() != "wal":
            raise StoreError(f"{self.path}: SQLite refused WAL mode (got {mode!r}); put the "
                             "database on a local disk, not a network share")
        # NORMAL is durable in WAL mode except for the last commits on power loss; FULL would
        # fsync on every commit for no corruption benefit.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            raise StoreError("this SQLite build cannot enforce foreign keys; upgrade Python")

    def _migrate(self) -> None:
        """Run every migration newer than the file's user_version, each in one transaction."""
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer storylens (schema {version}, "
                             f"this one knows {SCHEMA_VERSION}); upgrade storylens")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number - 1]:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {number:d}")
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    # ---- writing -------------------------------------------------------------------------

    def save_run(
        self, report: Report, settings: dict[str, Any], inputs: list[str],
        *, started: str | None = None, merged: dict[str, str] | None = None,
        expected: dict[str, int] | None = None,
    ) -> RunSummary:
        """Save one run's articles, stories, run row and report in ONE transaction.

        ``merged`` (from ``--append``) maps stored stories that the run's stories absorbed to
        their survivors: they are deleted and redirected in the same transaction.
        ``expected`` maps stored stories the run changes to the revision it read; if another
        writer changed one since, nothing is written (StoreError).
        """
        now = _now()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot start writing to {self.path}: {exc}; another process "
                             "may be writing, retry when it is done") from exc
        try:
            check_versions(self._conn, expected or {})
            new, existing = self._insert_articles(report.articles, now)
            write_features(self._conn, report.articles)
            counts = {"new_articles": new, "existing_articles": existing,
                      "stories": len(report.stories), "problems": len(report.problems)}
            run_id = int(self._conn.execute(
                "INSERT INTO runs (started, finished, settings, inputs, counts) "
                "VALUES (?, ?, ?, ?, ?)",
                (started or now, now, _dumps(settings), _dumps(list(inputs)), _dumps(counts)),
            ).lastrowid or 0)
            redirect_stories(self._conn, merged or {}, run_id)
            for story in report.stories:
                self._upsert_story(story, run_id, now)
            self._conn.execute("INSERT INTO reports (run_id, created, json) VALUES (?, ?, ?)",
                               (run_id, now, _dumps(report_to_dict(report))))
            # Only the latest report is kept: reports repeat whole article texts, and the
            # articles and stories tables already hold everything earlier runs found.
            self._conn.execute("DELETE FROM reports WHERE run_id <> ?", (run_id,))
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, TypeError, ValueError)):
                hint = ("; the database is read-only: choose a writable location (--db or "
                        "STORYLENS_DB_PATH) or fix its permissions") if "readonly" in str(exc) \
                    else ""
                raise StoreError(f"could not save the run to {self.path}, nothing was written: "
                                 f"{type(exc).__name__}: {exc}{hint}") from exc
            raise
        return RunSummary(run_id, new, existing, len(report.stories), started or now, now)

    def _insert_articles(self, articles: list[Article], now: str) -> tuple[int, int]:
        """Insert articles not yet stored; return (new, already present)."""
        new = 0
        for a in articles:
            # ON CONFLICT(id) DO NOTHING, not INSERT OR IGNORE: only a known content hash is
            # skipped; a NOT NULL or CHECK violation still fails the run loudly.
            cur = self._conn.execute(
                "INSERT INTO articles (id, source, outlet, title, published, author, language,"
                " text, removed, duplicate_of, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO NOTHING",
                (a.id, a.source, a.outlet, a.title, a.published, a.author, a.language, a.text,
                 _dumps(to_dict(a.removed)), a.duplicate_of, now),
            )
            new += cur.rowcount
        return new, len(articles) - new

    def _upsert_story(self, story: Story, run_id: int, now: str) -> None:
        """Replace a story by id, with its article links."""
        self._conn.execute(
            "INSERT INTO stories (id, title, languages, data, run_id, updated)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title=excluded.title,"
            " languages=excluded.languages, data=excluded.data, run_id=excluded.run_id,"
            " updated=excluded.updated",
            (story.id, story.title, _dumps(list(story.languages)), _dumps(to_dict(story)),
             run_id, now),
        )
        self._conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
        self._conn.executemany(
            "INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)",
            [(story.id, article_id) for article_id in story.article_ids],
        )

    # ---- reading -------------------------------------------------------------------------

    def article_count(self) -> int:
        """How many distinct articles (by content hash) the store holds."""
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its story ids, or None when the id is unknown."""
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["removed"] = json.loads(data["removed"])
        data["story_ids"] = [r[0] for r in self._conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id",
            (article_id,))]
        return data

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching every word of ``query`` (accents ignored), best first."""
        match = fts_query(query)
        if not match:
            return []
        limit = max(1, min(int(limit), MAX_SEARCH_LIMIT))
        with reading(self.path):
            match = _with_aliases(self._conn, query, match)
            rows = self._conn.execute(
                "SELECT a.id, a.title, a.outlet, a.language, a.published, a.source,"
                f" snippet(articles_fts, 1, '', '', '…', {SNIPPET_TOKENS:d}) AS snippet,"
                " articles_fts.rank AS score"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?",
                (match, limit),
            ).fetchall()
        return [dict(r) for r in rows]

    def stories(self) -> list[dict[str, Any]]:
        """Every stored story as the contract's story object, most recently updated first."""
        rows = self._conn.execute("SELECT data FROM stories ORDER BY updated DESC, id")
        return [json.loads(r[0]) for r in rows]

    def latest_report(self) -> dict[str, Any] | None:
        """The report of the last saved run, or None before the first run."""
        row = self._conn.execute(
            "SELECT json FROM reports ORDER BY run_id DESC LIMIT 1").fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def stories_holding(self, article_ids: Iterable[str]) -> dict[str, tuple[int, list[str]]]:
        """Stored stories listing any of these articles: id -> (revision, member ids)."""
        with reading(self.path):
            return stories_holding(self._conn, article_ids)

    def current_report(self, story_ids: Iterable[str] = ()) -> dict[str, Any]:
        """The stored stories (all, or these and what they cite) as report data."""
        with reading(self.path):
            return store_report(self._conn, story_ids)

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        with reading(self.path):
            return known_article_ids(self._conn, ids)

    def story_states(
        self, first_day: date | None = None, last_day: date | None = None
    ) -> list[StoryState]:
        """Stored stories with their members' clustering features (see ``_updates``)."""
        with reading(self.path):
            return story_states(self._conn, first_day, last_day)

    def articles_without_features(
        self, first_day: date | None = None, last_day: date | None = None
    ) -> list[str]:
        """Stored story members lacking clustering features (saved by an older storylens)."""
        with reading(self.path):
            return articles_without_features(self._conn, first_day, last_day)

    def save_features(self, articles: list[Article]) -> int:
        """Store the clustering features of already stored articles, in one transaction."""
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                return write_features(self._conn, articles)
        except sqlite3.Error as exc:
            raise StoreError(f"could not save clustering features to {self.path}: {exc}") from exc

    def load_articles(self, ids: list[str]) -> list[Article]:
        """Stored articles as records (text and metadata; stages re-derive the rest)."""
        with reading(self.path):
            return load_articles(self._conn, ids)

    def resolve_story_id(self, story_id: str) -> str:
        """A story's current id: itself, or the id of the story that absorbed it."""
        with reading(self.path):
            return resolve_story_id(self._conn, story_id)

    def journal_mode(self) -> str:
        """The journal mode SQLite is using (``wal`` for file databases)."""
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        """Close the connection; the store is unusable afterwards."""
        self._conn.close()

    def __enter__(self) -> Self:
        """Use as ``with open_store(path) as store:`` so it is always closed."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close on leaving the block."""
        self.close()
