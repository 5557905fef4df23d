"""``storylens demo``: the same analysis on the bundled example corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from ._progress import loading_note


def example_corpus() -> Path:
    """Folder of the bundled example articles (written for the project, fictional)."""
    return Path(str(resources.files("storylens") / "data" / "example" / "articles"))


def demo_command(
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Folder for the report files and the demo's store")
    ] = Path("storylens-demo"),
    db: Annotated[Path | None, typer.Option(
        help="SQLite store (default: storylens.db inside the --out folder)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Analyse the bundled example corpus (two similar earthquakes and unrelated news).

    Everything it writes stays in the ``--out`` folder, store included: trying the demo
    must not leave a ``storylens.db`` in whatever folder the user happened to be in.
    """
    loading_note(quiet)
    from .run import run_analysis  # seconds of imports: after the first line is out

    run_analysis([example_corpus()], out, db or out / "storylens.db", {}, None, quiet)
