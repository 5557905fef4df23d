"""The store a reading command (search, report) opens: it must already exist."""

from __future__ import annotations

from pathlib import Path

from ..config import load_settings
from ..errors import StorylensError


def existing_store(db: Path | None) -> Path:
    """``--db``, else the configured ``db_path`` (as ``analyze`` writes it); never created
    here, so a mistyped path is an error rather than a new empty store."""
    path = db or Path(load_settings().db_path)
    if not path.is_file():
        raise StorylensError(f"no store at {path}: run `storylens analyze ... --db {path}` "
                             "first, or pass the store with --db")
    return path
