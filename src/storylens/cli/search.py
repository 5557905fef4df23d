"""``storylens search``: full-text search over the articles in the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import StorylensError
from ._console import plain
from ._store import existing_store


def search_command(
    query: Annotated[str, typer.Argument(help="Words to find (FTS5 over title and text)")],
    db: Annotated[Path | None, typer.Option(
        help="SQLite store (default: db_path of the config, ./storylens.db)")] = None,
    limit: Annotated[int, typer.Option(help="At most this many hits")] = 20,
) -> None:
    """List stored articles matching the query."""
    from ..store import open_store  # heavy imports only once a command runs

    try:
        db = existing_store(db)
        with open_store(db, read_only=True) as store:
            hits = store.search(query, limit=limit)
    except StorylensError as exc:
        typer.echo(f"error: {plain(exc)}", err=True)
        raise typer.Exit(code=1) from None
    for hit in hits:
        title = plain(hit.get("title") or "")
        typer.echo(f"{hit.get('id')}\t{hit.get('language') or '-'}\t{title}")
