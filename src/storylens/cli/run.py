"""Shared run logic of ``analyze`` and ``demo``: pipeline, progress bar, report, store."""

from __future__ import annotations

import os
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import typer

from ..append import AppendOutcome, append_to_store
from ..config import Settings, load_settings
from ..errors import StorylensError
from ..pipeline import Pipeline
from ..report import check_out_dir, checked_report_data, write_report_data
from ..rerun import StoreBatch, batch_over_store
from ..store import open_store
from ._console import error_console, markup_safe, plain
from ._progress import stage_progress
from ._summary import print_lines, problem_line, summary_lines

console = error_console()


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
    started = time.perf_counter()
    if db is not None:  # so generator.settings and the runs table name the store really used
        overrides = {**overrides, "db_path": str(db)}
    try:
        settings = load_settings({k: v for k, v in overrides.items() if v is not None}, config)
        if overrides.get("workers") is None and "STORYLENS_WORKERS" not in os.environ \
                and settings.workers == Settings().workers:
            # The command line owns its process, so it may spread work over every core;
            # the library default stays one process (scripts need no __main__ guard).
            settings = settings.replace(workers=0)
        pipeline = Pipeline(settings)
        store_path = Path(settings.db_path)
        with ExitStack() as stack:
            # A new store is created only to save, so a failed first run leaves no database;
            # an existing one is read first: its stories may hold some of the inputs.
            store = (stack.enter_context(open_store(store_path))
                     if append or store_path.is_file() else None)
            with stage_progress(console, quiet) as shown:
                notify = shown.stage if shown else None
                pipeline.resources.on_load = shown.model if shown else None
                if store is not None and append:
                    outcome = append_to_store(pipeline, sources, store, notify)
                elif store is not None:
                    outcome = batch_over_store(pipeline, sources, store, notify)
                report = outcome.report if outcome else pipeline.run(sources, notify)
            for problem in report.problems:
                console.print(problem_line(problem), highlight=False, soft_wrap=True)
            if (isinstance(outcome, AppendOutcome) and not report.articles
                    and outcome.already_stored):
                console.print(f"nothing to add: all {outcome.already_stored} input article(s) "
                              f"are already in {markup_safe(store_path)}", highlight=False)
                return
            if not report.articles:
                raise StorylensError(
                    f"no usable article in the inputs ({len(report.problems)} problem(s) above)"
                )
            # The report files are written only once the store has committed the run, so a
            # refused or failed save leaves no report of articles the store does not hold.
            check_out_dir(out)
            data = checked_report_data(report)
            if store is None:
                store = stack.enter_context(open_store(store_path))
            summary = store.save_run(report, settings.as_dict(), sources,
                                     merged=outcome.merged if outcome else None,
                                     expected=outcome.expected if outcome else None)
            paths = write_report_data(data, out)
    except StorylensError as exc:
        console.print(f"[red]error:[/] {markup_safe(exc)}", highlight=False)
        raise typer.Exit(code=1) from None
    if not quiet:
        if isinstance(outcome, AppendOutcome):
            print_lines(console, [f"append: {outcome}"])
        elif outcome is not None and (outcome.rejoined or outcome.merged):
            print_lines(console, [f"{outcome.rejoined} stored article(s) rejoined the batch "
                                  f"with their stories; {len(outcome.merged)} stored "
                                  "story(ies) replaced"])
        print_lines(console, summary_lines(
            len(report.articles), len(report.stories), len(report.problems),
            time.perf_counter() - started, store_path, str(summary), paths.get("html"),
        ))
    for kind, path in paths.items():
        typer.echo(f"{kind}: {plain(path)}")

