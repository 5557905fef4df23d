"""Command line: a thin Typer layer over the Python API, one module per command."""

from __future__ import annotations

import typer

from .analyze import analyze_command
from .check import check_command
from .demo import demo_command
from .report import report_command
from .search import search_command
from .serve import serve_command

app = typer.Typer(
    name="storylens",
    help="Turn a pile of news articles into cited, multilingual story reports.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("analyze")(analyze_command)
app.command("check")(check_command)
app.command("demo")(demo_command)
app.command("report")(report_command)
app.command("search")(search_command)
app.command("serve")(serve_command)


def main() -> None:
    """Console entry point (``storylens``)."""
    app()
