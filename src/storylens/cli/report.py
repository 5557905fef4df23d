"""``storylens report``: the store's current stories as one report, without analysing anything."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import StorylensError
from ._console import plain
from ._store import existing_store


def report_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for report.json/.md/.html")],
    db: Annotated[Path | None, typer.Option(
        help="SQLite store (default: db_path of the config, ./storylens.db)")] = None,
    story: Annotated[list[str] | None, typer.Option(
        "--story", help="Only this story (repeatable); an id from an earlier report still "
        "works after its story was merged into another"
    )] = None,
) -> None:
    """Write the stored stories as one report: after --append runs, the whole picture."""
    from ..report import write_report_data  # heavy imports only once a command runs
    from ..store import open_store

    try:
        db = existing_store(db)
        with open_store(db, read_only=True) as store:
            data = store.current_report(story or ())
        if not data["stories"]:
            raise StorylensError(f"the store {db} holds no story yet")
        paths = write_report_data(data, out)
    except StorylensError as exc:
        typer.echo(f"error: {plain(exc)}", err=True)
        raise typer.Exit(code=1) from None
    for problem in data["problems"]:
        typer.echo(f"left out: {plain(problem['message'])}", err=True)
    typer.echo(f"{len(data['articles'])} articles, {len(data['stories'])} stories from {plain(db)}",
               err=True)
    for kind, path in paths.items():
        typer.echo(f"{kind}: {plain(path)}")
