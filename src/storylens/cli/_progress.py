"""What a run is doing, from its first second: model loads and stage progress.

A newcomer's first run spends seconds importing and loading models before any article
moves; silence then reads as a hang. In a terminal, rich bars tick (each stage's clock
starts when the stage starts, not at its first finished item). When stderr is not a
terminal (CI, ``2>log``, a pipe), bars would only be drawn at the end, so the same events
become one plain line per stage start and end, with counts and seconds, as they happen.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


@dataclass
class PlainStages:
    """One line per stage start and end, for logs: ``clean: 18/18 in 0.4 s``."""

    console: Console
    started: dict[str, float] = field(default_factory=dict)
    ended: set[str] = field(default_factory=set)
    last_event: float = field(default_factory=time.perf_counter)

    def stage(self, stage: str, done: int, total: int) -> None:
        """A pipeline progress callback; a stage is open from its start to ``done == total``."""
        now = time.perf_counter()
        if stage in self.ended and done and done >= total:
            return  # a repeated last step of a stage already reported as done
        if stage not in self.started:
            for other in list(self.started):  # stages run one after another
                self._end(other, None, None, now)
            # A stage that reports only its end began when the previous one ended.
            self.started[stage] = now if done == 0 else self.last_event
            self.ended.discard(stage)  # a stage may run again (--append re-analyses)
            if done == 0:
                self._line(f"{stage}: started" + (f" ({total} to do)" if total else ""))
        if total and done >= total:
            self._end(stage, done, total, now)
        self.last_event = now

    def model(self, what: str, seconds: float | None) -> None:
        """Say which model is loading (``seconds`` None) and how long it took (afterwards)."""
        text = model_words(what, seconds)
        if text:
            self._line(text)
        self.last_event = time.perf_counter()

    def close(self) -> None:
        """End any stage still open (one that never reported its last item)."""
        for stage in list(self.started):
            self._end(stage, None, None, time.perf_counter())

    def _end(self, stage: str, done: int | None, total: int | None, now: float) -> None:
        began = self.started.pop(stage, None)
        if began is None:
            return
        self.ended.add(stage)
        count = f"{done}/{total} " if total else ""
        self._line(f"{stage}: {count}done in {now - began:.1f} s")

    def _line(self, text: str) -> None:
        self.console.print(escape(text), highlight=False, soft_wrap=True)


@dataclass
class BarStages:
    """Rich bars, one row per stage; model loads are printed above them as they happen."""

    progress: Progress
    tasks: dict[str, TaskID] = field(default_factory=dict)

    def stage(self, stage: str, done: int, total: int) -> None:
        """A pipeline progress callback: start the stage's clock and move its bar."""
        task = self.tasks.get(stage)
        if task is None:
            task = self.tasks[stage] = self.progress.add_task(stage, total=None, start=False)
        self.progress.start_task(task)  # no-op once started
        self.progress.update(task, completed=done, total=total or None)

    def model(self, what: str, seconds: float | None) -> None:
        """Print the model load above the bars; the running stage's clock keeps ticking."""
        text = model_words(what, seconds)
        if text:
            self.progress.console.print(escape(text), highlight=False, soft_wrap=True)


def model_words(what: str, seconds: float | None) -> str | None:
    """``loading X…`` before a load; ``loaded X in 2.1 s`` after one that took a while."""
    if seconds is None:
        return f"loading {what}…"
    return f"loaded {what} in {seconds:.1f} s" if seconds >= 0.1 else None


def loading_note(quiet: bool) -> None:
    """The first line of a run, printed before the heavy imports (seconds on a cold start)."""
    if not quiet:
        Console(stderr=True).print("starting storylens: loading its modules…", highlight=False)


@contextmanager
def stage_progress(console: Console, quiet: bool) -> Iterator[PlainStages | BarStages | None]:
    """Bars in a terminal, plain lines otherwise, nothing when quiet."""
    if quiet:
        yield None
        return
    if not console.is_terminal:
        plain = PlainStages(console)
        try:
            yield plain
        finally:
            plain.close()
        return
    with Progress(
        TextColumn("[bold]{task.description:<11}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        from ..pipeline import STAGES  # heavy: imported after the first line is out

        bars = BarStages(progress)
        for stage in STAGES:  # the rows show the plan from the start
            bars.tasks[stage] = progress.add_task(stage, total=None, start=False)
        yield bars
