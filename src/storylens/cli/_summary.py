"""The lines a run ends with: what was found, where it went, and how to open it.

Each line is short and printed with ``soft_wrap`` so rich never breaks it mid-phrase (a
log or a narrow terminal used to get ``run 1: 18 new`` / ``article(s)``). Paths and
messages come from the inputs and are escaped before rich sees them.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from rich.console import Console

from ..records import Problem
from ._console import markup_safe

# Problems of these stages mean the input was left out; the others are notes on a kept one.
_SKIPPING_STAGES = frozenset({"ingest", "clean"})


def problem_line(problem: Problem) -> str:
    """Rich markup for one problem: ``skipped a.txt: file is empty; ...``."""
    label = "[yellow]skipped[/]" if problem.stage in _SKIPPING_STAGES else "[yellow]note[/]"
    return f"{label} {markup_safe(problem.source)}: {markup_safe(problem.message)}"


def open_command(path: Path, platform: str = sys.platform) -> str:
    """The one shell command that opens ``path`` in the desktop's default application."""
    if platform == "darwin":
        return f"open {shlex.quote(str(path))}"
    if platform.startswith("win"):
        return f'start "" "{path}"'
    return f"xdg-open {shlex.quote(str(path))}"


def summary_lines(
    articles: int, stories: int, problems: int, seconds: float,
    store: Path, run: str, html: Path | None,
) -> list[str]:
    """Plain text lines, each well under 80 characters apart from the paths they name."""
    lines = [
        f"done in {seconds:.1f} s: {articles} article(s) in {stories} story(ies), "
        f"{problems} problem(s)" + (" (listed above)" if problems else ""),
        f"store: {store}",
        f"  {run}",
    ]
    if html is not None:
        lines += [f"report: {html} (with report.md and report.json)",
                  f"open it: {open_command(html)}"]
    return lines


def print_lines(console: Console, lines: list[str]) -> None:
    """Print plain text lines without markup, highlighting or wrapping."""
    for line in lines:
        console.print(markup_safe(line), highlight=False, soft_wrap=True)
