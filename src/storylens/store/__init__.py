"""Persistent storage of articles, stories, runs and the latest report."""

from __future__ import annotations

from pathlib import Path

from ._base import RunSummary, Store
from ._sqlite import SQLiteStore


def open_store(path: str | Path) -> Store:
    """Open the store at ``path`` (an SQLite file, created if missing; ``:memory:`` for tests)."""
    return SQLiteStore(path)


__all__ = ["RunSummary", "SQLiteStore", "Store", "open_store"]
