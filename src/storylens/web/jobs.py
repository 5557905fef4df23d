"""Background jobs of the web app: ONE writer thread that owns the store's write connection.

Pages and the API read through their own read-only connections (WAL), so an analysis
running here never blocks them. Jobs run one at a time in submission order, which is the
store's one-writer rule. The analysis is the same as ``storylens analyze --append``:
``append_to_store`` then ``Store.save_run``.
"""

from __future__ import annotations

import queue
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from ..append import append_to_store
from ..cluster import story_of_members
from ..pipeline import Pipeline
from ..records import Problem, Story
from ..store import Store, open_store

JobStatus = Literal["queued", "running", "done", "failed"]
# Finished jobs kept for their status pages; older ones are forgotten first.
MAX_JOBS_KEPT = 200


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    """What a person sees of a job: its progress, then the stories it changed."""

    id: str
    kind: Literal["analyze", "rederive"]
    inputs: list[str]
    status: JobStatus = "queued"
    stage: str = ""
    done: int = 0
    total: int = 0
    message: str = ""
    changed_stories: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    created: str = field(default_factory=_now)
    finished: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the API."""
        return asdict(self)


class JobRunner:
    """Queue of write jobs served by one thread; the pipeline is loaded on the first job."""

    def __init__(self, db_path: Path, pipeline_factory: Callable[[], Pipeline]) -> None:
        """Nothing starts until the first job: a read-only browse never loads models."""
        self._db_path = db_path
        self._factory = pipeline_factory
        self._pipeline: Pipeline | None = None
        self._queue: queue.Queue[tuple[Job, Callable[[Job, Store, Pipeline], None]] | None] = (
            queue.Queue())
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def get(self, job_id: str) -> Job | None:
        """A job by id (a snapshot is not needed: fields are only ever replaced whole)."""
        with self._lock:
            return self._jobs.get(job_id)

    def submit_analysis(self, inputs: list[str], cleanup: Path | None = None) -> Job:
        """Queue ``inputs`` (paths and URLs) to be added to the store's stories."""
        def work(job: Job, store: Store, pipeline: Pipeline) -> None:
            try:
                outcome = append_to_store(pipeline, inputs, store, _progress(job))
                report = outcome.report
                job.problems = [f"{p.source}: {p.message}" for p in report.problems]
                if not report.articles:
                    job.message = (f"nothing to add: all {outcome.already_stored} article(s) "
                                   "are already stored" if outcome.already_stored
                                   else "no usable article in the inputs")
                    return
                store.save_run(report, pipeline.settings.as_dict(), inputs,
                               merged=outcome.merged, expected=outcome.expected)
                job.changed_stories = [*outcome.new_stories, *outcome.grown_stories]
                job.message = str(outcome)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)
        return self._submit(Job(uuid.uuid4().hex, "analyze", list(inputs)), work)

    def submit_rederive(self, story_ids: list[str], reason: str) -> Job:
        """Queue the stories to be derived again from their stored articles (after an alias
        edit): entities, claims, timeline and brief are made afresh by ``fill_stories``."""
        def work(job: Job, store: Store, pipeline: Pipeline) -> None:
            job.changed_stories = rederive(store, pipeline, story_ids, job)
            job.message = f"{len(job.changed_stories)} story(ies) derived again: {reason}"
        return self._submit(Job(uuid.uuid4().hex, "rederive", list(story_ids)), work)

    def close(self) -> None:
        """Finish the running job, drop the queued ones, stop the thread."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=60)
            self._thread = None

    def _submit(self, job: Job, work: Callable[[Job, Store, Pipeline], None]) -> Job:
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[:-MAX_JOBS_KEPT]:
                if self._jobs[old].status in ("done", "failed"):
                    del self._jobs[old]
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="storylens-writer",
                                                daemon=True)
                self._thread.start()
        self._queue.put((job, work))
        return job

    def _serve(self) -> None:
        """The writer thread: its own store connection, one job at a time."""
        with open_store(self._db_path) as store:
            while (item := self._queue.get()) is not None:
                job, work = item
                job.status = "running"
                try:
                    if self._pipeline is None:
                        job.stage = "loading models"
                        self._pipeline = self._factory()
                    work(job, store, self._pipeline)
                    job.status = "done"
                except Exception as exc:  # a failing job is reported; the writer goes on
                    job.status, job.message = "failed", f"{type(exc).__name__}: {exc}"
                job.finished = _now()


def _progress(job: Job) -> Callable[[str, int, int], None]:
    def notify(stage: str, done: int, total: int) -> None:
        job.stage, job.done, job.total = stage, done, total
    return notify


def rederive(store: Store, pipeline: Pipeline, story_ids: list[str], job: Job | None = None,
             ) -> list[str]:
    """Derive these stored stories again from their stored articles and save them in one
    run; a story another writer changed meanwhile makes the save fail (StoreError)."""
    current = list(dict.fromkeys(store.resolve_story_id(s) for s in story_ids))
    report = store.current_report(current)
    members = {s["id"]: list(s["article_ids"]) for s in report["stories"] if s["id"] in current}
    if not members:
        return []
    ids = [a for ids in members.values() for a in ids]
    revisions = {sid: rev for sid, (rev, _) in store.stories_holding(ids).items()
                 if sid in members}
    problems: list[Problem] = []
    notify = _progress(job) if job else None
    articles = pipeline.analyse_articles(store.load_articles(ids), problems, notify)
    by_id = {a.id: a for a in articles}
    stories: list[Story] = [
        story_of_members(sid, [by_id[a] for a in member_ids if a in by_id],
                         pipeline.settings.output_language)
        for sid, member_ids in members.items()]
    pipeline.fill_stories(stories, articles, problems, notify)
    if job is not None:
        job.problems = [f"{p.source}: {p.message}" for p in problems]
    store.save_run(pipeline.report(articles, stories, problems), pipeline.settings.as_dict(),
                   [f"rederive:{sid}" for sid in members], expected=revisions)
    return [s.id for s in stories]
