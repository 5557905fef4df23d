"""Shared run logic of ``analyze`` and ``demo``: pipeline, progress bar, report, store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..append import AppendOutcome, append_to_store
from ..config import load_settings
from ..errors import StorylensError
from ..pipeline import STAGES, Pipeline, ProgressCallback
from ..report import write_report
from ..rerun import StoreBatch, batch_over_store
from ..store import open_store

console = Console(stderr=True)


def run_analysis(
    inputs: list[str] | list[Path],
    out: Path,
    db: Path | None,
    overrides: dict[str, Any],
    config: Path | None = None,
    quiet: bool = False,
    append: bool = False,
) -> None:
    """Run the pipeline, write the report files and the store; exit non-zero on failure.

    With ``append`` the new articles join the store's stories and the report holds the
    stories the update created or changed. Without it, stored stories that hold any input
    article are clustered again with the inputs and replaced (``rerun.batch_over_store``).
    """
    sources = [str(p) for p in inputs]
    outcome: AppendOutcome | StoreBatch | None = None
    try:
        settings = load_settings({k: v for k, v in overrides.items() if v is not None}, config)
        pipeline = Pipeline(settings)
        store_path = db or Path(settings.db_path)
        with ExitStack() as stack:
            # A new store is created only to save, so a failed first run leaves no database;
            # an existing one is read first: its stories may hold some of the inputs.
            store = (stack.enter_context(open_store(store_path))
                     if append or store_path.is_file() else None)
            with _progress(quiet) as notify:
                if store is not None and append:
                    outcome = append_to_store(pipeline, sources, store, notify)
                elif store is not None:
                    outcome = batch_over_store(pipeline, sources, store, notify)
                report = outcome.report if outcome else pipeline.run(sources, notify)
            for problem in report.problems:
                console.print(f"[yellow]skipped[/] {problem.source}: {problem.message}",
                              markup=True, highlight=False)
            if (isinstance(outcome, AppendOutcome) and not report.articles
                    and outcome.already_stored):
                console.print(f"nothing to add: all {outcome.already_stored} input article(s) "
                              f"are already in {store_path}", highlight=False)
                return
            if not report.articles:
                raise StorylensError(
                    f"no usable article in the inputs ({len(report.problems)} problem(s) above)"
                )
            paths = write_report(report, out)
            if store is None:
                store = stack.enter_context(open_store(store_path))
            summary = store.save_run(report, settings.as_dict(), sources,
                                     merged=outcome.merged if outcome else None,
                                     expected=outcome.expected if outcome else None)
    except StorylensError as exc:
        console.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    if not quiet:
        console.print(
            f"{len(report.articles)} articles, {len(report.stories)} stories, "
            f"{len(report.problems)} problem(s); store {store_path}: {summary}",
            highlight=False,
        )
        if isinstance(outcome, AppendOutcome):
            console.print(f"append: {outcome}", highlight=False)
        elif outcome is not None and (outcome.rejoined or outcome.merged):
            console.print(f"{outcome.rejoined} stored article(s) rejoined the batch with their "
                          f"stories; {len(outcome.merged)} stored story(ies) replaced",
                          highlight=False)
    for kind, path in paths.items():
        typer.echo(f"{kind}: {path}")


@contextmanager
def _progress(quiet: bool) -> Iterator[ProgressCallback]:
    """A rich progress bar with one row per stage, as a pipeline progress callback."""
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

        yield notify
