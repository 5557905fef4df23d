"""Persistent storage of articles, stories, runs and the latest report."""

from __future__ import annotations

from pathlib import Path

from ._base import RunSummary, Store
from ._sqlite import SQLiteStore


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open the store at ``path`` (an SQLite file, created if missing; ``:memory:`` for tests).

    ``read_only`` opens an existing store for reading only (search, report): it works on
    read-only files and folders, and never changes the file.
    """
    return SQLiteStore(path, read_only=read_only)


__all__ = ["RunSummary", "SQLiteStore", "Store", "open_store"]
