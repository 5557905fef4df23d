"""Opening a store only to read it, and translating damage found while reading.

An archived store (a read-only file, a read-only folder, a mounted backup) must stay
readable by ``search`` and ``report``: they open it with SQLite's ``mode=ro``, and where
even that cannot work (WAL needs its ``-shm`` file next to the database, which a read-only
folder cannot hold) as ``immutable``, which is safe because nothing can write there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError


def connect_read_only(path: str, timeout: float) -> sqlite3.Connection:
    """A connection that never writes: ``mode=ro``, else ``immutable=1`` (see the module)."""
    uri = "file:" + quote(str(Path(path).resolve()))
    last: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True, timeout=timeout,
                                   isolation_level=None)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        return conn
    assert last is not None
    raise last


def damaged(path: str, exc: Exception) -> StoreError:
    """The one-line error for a store whose pages cannot be read."""
    return StoreError(f"{path} is damaged ({str(exc).splitlines()[0] if str(exc) else exc}); "
                      "restore it from a backup, or recover what is left with "
                      f"`sqlite3 {path} .recover`")


def locked(path: str) -> StoreError:
    """The one-line error for a store another process holds."""
    return StoreError(f"{path} is locked by another process; wait for it to finish or stop "
                      "it, then retry")


@contextmanager
def reading(path: str) -> Iterator[None]:
    """Turn SQLite errors met while reading into a StoreError that says what to do.

    Damaged pages surface as SQLite errors, or as stored JSON that no longer parses.
    """
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "locked" in message or "busy" in message:
            raise locked(path) from exc
        raise damaged(path, exc) from exc
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise damaged(path, exc) from exc
