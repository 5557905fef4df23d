"""``storylens analyze``: files and folders in, report and store out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._progress import loading_note


def analyze_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders or http(s) URLs: .txt .html .jsonl .warc(.gz) .rss .atom .xml .urls"
    )],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for report.json/.md/.html")],
    db: Annotated[Path | None, typer.Option(help="SQLite store (default ./storylens.db)")] = None,
    lang_hint: Annotated[
        str | None, typer.Option("--lang-hint", help="Language to assume when unsure (ISO 639-1)")
    ] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Reader's language for titles, brief and timeline (en fr es it de)"
    )] = None,
    config: Annotated[Path | None, typer.Option(help="TOML config file")] = None,
    allow_private_addresses: Annotated[bool | None, typer.Option(
        "--allow-private-addresses", help="Let URLs reach private and loopback addresses"
    )] = None,
    append: Annotated[bool, typer.Option(
        "--append", help="Add the new articles to the store's stories instead of a fresh "
        "clustering; the report then holds the new and changed stories"
    )] = False,
    published: Annotated[str | None, typer.Option(
        "--published", metavar="YYYY-MM-DD", help="Publication day of inputs that carry no "
        "date of their own, so their relative dates ('Monday', 'yesterday') resolve"
    )] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=0, help="Processes for the per-article stages: 0 = every core for "
        "runs of 200+ articles (default here; ~1.3 GB of models each), 1 = one process"
    )] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary")] = False,
) -> None:
    """Analyse articles into stories with cited claims; write the report and the store."""
    loading_note(quiet)
    from .run import run_analysis  # seconds of imports: after the first line is out

    overrides = {"lang_hint": lang_hint, "allow_private_addresses": allow_private_addresses,
                 "published": published, "output_language": lang, "workers": workers}
    run_analysis(inputs, out, db, overrides, config, quiet, append)
