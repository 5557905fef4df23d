"""``storylens demo``: the same analysis on the bundled example corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from .run import run_analysis


def example_corpus() -> Path:
    """Folder of the bundled example articles (written for the project, fictional)."""
    return Path(str(resources.files("storylens") / "data" / "example" / "articles"))


def demo_command(
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("storylens-demo"),
    db: Annotated[Path | None, typer.Option(help="SQLite store (default ./storylens.db)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Analyse the bundled example corpus (two similar earthquakes and unrelated news)."""
    run_analysis([example_corpus()], out, db, {}, None, quiet)
