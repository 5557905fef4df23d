"""``storylens analyze``: files and folders in, report and store out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .run import run_analysis


def analyze_command(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .html .jsonl .warc")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for report.json/.md/.html")],
    db: Annotated[Path | None, typer.Option(help="SQLite store (default ./storylens.db)")] = None,
    lang_hint: Annotated[
        str | None, typer.Option("--lang-hint", help="Language to assume when unsure (ISO 639-1)")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="TOML config file")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Analyse articles into stories with cited claims; write the report and the store."""
    run_analysis(inputs, out, db, {"lang_hint": lang_hint}, config, quiet)
