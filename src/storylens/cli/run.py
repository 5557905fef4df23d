"""Shared run logic of ``analyze`` and ``demo``: pipeline, progress bar, report, store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import load_settings
from ..errors import StorylensError
from ..pipeline import STAGES, Pipeline
from ..report import write_report
from ..store import open_store

console = Console(stderr=True)


def run_analysis(
    inputs: list[str] | list[Path],
    out: Path,
    db: Path | None,
    overrides: dict[str, Any],
    config: Path | None = None,
    quiet: bool = False,
) -> None:
    """Run the pipeline, write the report files and the store; exit non-zero on failure."""
    try:
        settings = load_settings({k: v for k, v in overrides.items() if v is not None}, config)
        pipeline = Pipeline(settings)
        with Progress(
            TextColumn("[bold]{task.description:<11}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=quiet,
            transient=False,
        ) as progress:
            tasks = {stage: progress.add_task(stage, total=None, start=False) for stage in STAGES}

            def notify(stage: str, done: int, total: int) -> None:
                if stage in tasks:
                    progress.start_task(tasks[stage])  # a stage's clock starts at its first step
                    progress.update(tasks[stage], completed=done, total=max(total, 1))

            report = pipeline.run([str(p) for p in inputs], notify)
        for problem in report.problems:
            console.print(f"[yellow]skipped[/] {problem.source}: {problem.message}", markup=True,
                          highlight=False)
        if not report.articles:
            raise StorylensError(
                f"no usable article in the inputs ({len(report.problems)} problem(s) above)"
            )
        paths = write_report(report, out)
        store_path = db or Path(settings.db_path)
        with open_store(store_path) as store:
            summary = store.save_run(report, settings.as_dict(), [str(p) for p in inputs])
    except StorylensError as exc:
        console.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    if not quiet:
        console.print(
            f"{len(report.articles)} articles, {len(report.stories)} stories, "
            f"{len(report.problems)} problem(s); store {store_path}: {summary}",
            highlight=False,
        )
    for kind, path in paths.items():
        typer.echo(f"{kind}: {path}")
