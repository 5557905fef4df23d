"""Per-article stages in several processes: the same code as in-process, results in order.

Why processes: cleaning, language, entities, claims and embeddings are functions of one
article (records to records) and mostly Python, so threads wait on the GIL (an embedder
thread beside NER was tried and gained nothing, issue 11). A second process uses the
second core of a laptop for the half of a run these stages take.

How: the pipeline's own process works through chunks of :data:`CHUNK_ARTICLES` articles
and ``workers - 1`` helper processes take chunks from the same queue (one feeder thread
per helper, which only waits on the helper's answer). Each helper is a fresh interpreter
(``spawn``: no model or thread state is copied, the same on Linux and macOS) that builds
its own :class:`~storylens.pipeline.Pipeline` from the run's settings once and loads its
models once, in the pool's initializer. A chunk goes out as its records and comes back
as records with its problem lines, so one chunk per helper is in flight whatever the
input's size, and results are put back in input order: the report is the
same as in-process (checked by ``benchmarks/same_report.py`` and tests/test_engine.py).
A helper that dies (killed, out of memory) is not fatal: its chunks are redone here, and
one that cannot start leaves the run in this process. Spawning follows the multiprocessing
rule: a script using storylens needs the ``if __name__ == "__main__":`` guard, or its top
level runs again in the helper (which then fails to start).

The cost is memory: each helper holds its own models (a 1.4 GB peak on CL-TLS with
lingua's 20 languages, spaCy fr + en and USE; see docs/benchmarks.md), and a helper
loads them in seconds. Hence ``workers = 0`` (auto) starts helpers only for runs of at least
:data:`MIN_ARTICLES_PER_PROCESS` articles per process, and ``workers = 1`` never does.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from .clean import clean_document
from .config import Settings
from .embed import Embedder
from .errors import StorylensError
from .records import Article, Problem, RawDocument

if TYPE_CHECKING:
    from .pipeline import Pipeline, ProgressCallback, RunStats

# Articles per chunk: small enough that the two processes finish within a chunk of each
# other and a chunk's records stay small. spaCy finds the same spans whatever the batch
# (checked on CL-TLS); USE does not (see embed_batch), so embeddings keep their batches.
CHUNK_ARTICLES = 16
# A helper loads its models in seconds (10-20 s on a laptop core): below this many articles
# per process, auto mode keeps the run in-process.
MIN_ARTICLES_PER_PROCESS = 100
# Per-article stages in the order the in-process run reports their problems.
PROBLEM_ORDER = ("sentences", "language", "entities", "claims", "audit")
# Progress rows the engine moves for a run spread over processes.
SHOWN_STAGES = ("sentences", "language", "entities", "claims", "embed")

T = TypeVar("T")
R = TypeVar("R")


def usable_cores() -> int:
    """Cores this process may run on (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def process_count(settings: Settings, items: int, started: bool = False) -> int:
    """Processes for per-article work over ``items`` articles (this one included)."""
    if settings.workers >= 1:
        return settings.workers
    cores = usable_cores()
    if started:
        return cores
    return max(1, min(cores, items // MIN_ARTICLES_PER_PROCESS))


def chunked(items: Sequence[T], size: int = CHUNK_ARTICLES) -> list[list[T]]:
    return [list(items[i:i + size]) for i in range(0, len(items), max(1, size))]


class ArticleEngine:
    """Runs a pipeline's per-article stages here and in helper processes."""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline
        self._pool: ProcessPoolExecutor | None = None
        self._helpers = 0
        self._broken = False
        self.chunk_articles = CHUNK_ARTICLES  # tests use 1 to spread a handful of articles
        self.load_seconds = 0.0  # helpers' model loading, when start() waited for it

    # -- lifecycle ---------------------------------------------------------------------
    def start(self, ner_languages: Sequence[str] = (), helpers: int | None = None) -> int:
        """Start the helpers now and wait until each has loaded its models.

        Returns the number of helpers. Without this call they start at the first run large
        enough for them (and that run pays their loading).
        """
        settings = self._pipeline.settings
        wanted = helpers if helpers is not None else process_count(settings, 0, True) - 1
        if wanted < 1 or self._broken:
            return 0
        if self._pool is None or self._helpers != wanted:
            self.close()
            started = time.perf_counter()
            say = self._pipeline.resources.on_load  # the CLI prints model loads
            what = f"the models in {wanted} helper process{'es' if wanted > 1 else ''}"
            if say is not None:
                say(what, None)
            self._pool = ProcessPoolExecutor(
                max_workers=wanted, mp_context=multiprocessing.get_context("spawn"),
                initializer=_helper_start, initargs=(settings, tuple(ner_languages)),
            )
            self._helpers = wanted
            # No-ops until every helper has answered, i.e. finished loading its models.
            answered: set[int] = set()
            try:
                while len(answered) < wanted:
                    answered.update(self._pool.submit(_helper_ping).result()
                                    for _ in range(wanted))
                    time.sleep(0.05 if len(answered) < wanted else 0)
            except (BrokenProcessPool, OSError):  # a helper could not load: run in-process,
                self._broken = True  # where the same failure is reported as usual
                self.close()
                return 0
            self.load_seconds = time.perf_counter() - started
            if say is not None:
                say(what, self.load_seconds)
        return self._helpers

    def close(self) -> None:
        """Stop the helpers (they hold a copy of the models each)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool, self._helpers = None, 0

    def _ready_pool(self, items: int) -> ProcessPoolExecutor | None:
        if self._broken:
            return None
        wanted = process_count(self._pipeline.settings, items, self._pool is not None) - 1
        if wanted < 1:
            return None
        if self._pool is None or self._helpers != wanted:
            self.start(helpers=wanted)
        return self._pool

    # -- the stages --------------------------------------------------------------------
    def clean(self, raws: list[RawDocument]) -> list[Article | str]:
        """``clean_document`` of each raw document, in order: an article or why not."""
        settings = self._pipeline.settings
        pool = self._ready_pool(len(raws))
        if pool is None:
            return clean_all(raws, settings)
        out: list[Article | str] = []
        stats = self._pipeline.stats
        chunks = chunked(raws, self.chunk_articles)
        for items, cpu in self._spread(chunks, lambda c: (clean_all(c, settings), 0.0),
                                       _helper_clean, pool):
            out.extend(items)
            stats.cpu_seconds["clean"] = stats.cpu_seconds.get("clean", 0.0) + cpu
            stats.helper_cpu_seconds += cpu
        return out

    def analyse(
        self, articles: list[Article], problems: list[Problem], notify: ProgressCallback
    ) -> None:
        """Sentences, language, entities, claims and embeddings of every article."""
        pipeline = self._pipeline
        pool = self._ready_pool(len(articles))
        if pool is None:
            pipeline.analyse_each(articles, problems, notify)
            return
        for stage in SHOWN_STAGES:
            notify(stage, 0, len(articles))
        total, done = len(articles), 0
        found: list[Problem] = []

        def here(chunk: list[Article]) -> tuple[list[Article], list[Problem], RunStats]:
            own: list[Problem] = []
            pipeline.analyse_each(chunk, own, _quiet, embed=False)
            return chunk, own, pipeline.stats

        answers = self._spread(chunked(articles, self.chunk_articles), here, _helper_analyse, pool)
        for index, (chunk, own, stats) in enumerate(answers):
            if stats is not pipeline.stats:  # a helper's: its stage times join the run's
                pipeline.stats.add_helper(stats)
                start = index * self.chunk_articles
                for mine, theirs in zip(articles[start:start + len(chunk)], chunk, strict=True):
                    copy_into(mine, theirs)
            found.extend(own)
            done += len(chunk)
        for stage in SHOWN_STAGES[:-1]:
            notify(stage, done, total)
        problems.extend(in_run_order(found, articles))
        self._embed(articles, pool, notify)

    def _embed(
        self, articles: list[Article], pool: ProcessPoolExecutor, notify: ProgressCallback
    ) -> None:
        """The embed stage in the in-process batches (so the vectors are the same bits)."""
        pipeline, started = self._pipeline, time.perf_counter()
        cpu_started = time.process_time()
        batches = chunked(articles, pipeline.settings.batch_size)

        def here(batch: list[Article]) -> tuple[Any, Any, float]:
            return (*embed_batch(pipeline.resources.embedder, embedding_inputs(batch)), 0.0)

        answers = self._spread(batches, here, _helper_embed, pool,
                               shipped=lambda b: embedding_inputs(b))
        helper_cpu = 0.0
        for batch, (vectors, leads, cpu) in zip(batches, answers, strict=True):
            for article, vector, lead in zip(batch, vectors, leads, strict=True):
                article.embedding, article.lead_embedding = vector, lead
            helper_cpu += cpu
        stats = pipeline.stats
        stats.seconds["embed"] = stats.seconds.get("embed", 0.0) + time.perf_counter() - started
        stats.cpu_seconds["embed"] = (stats.cpu_seconds.get("embed", 0.0) + helper_cpu
                                      + time.process_time() - cpu_started)
        stats.helper_cpu_seconds += helper_cpu
        notify("embed", len(articles), len(articles))

    # -- the spread -------------------------------------------------------------------
    def _spread(
        self,
        chunks: list[list[T]],
        here: Callable[[list[T]], R],
        there: Callable[[Any], R],
        pool: ProcessPoolExecutor,
        shipped: Callable[[list[T]], Any] = lambda chunk: chunk,
    ) -> list[R]:
        """Every chunk through ``here`` (this process) or ``there`` (a helper, which gets
        ``shipped(chunk)``), in order."""
        results: dict[int, R] = {}
        lock = threading.Lock()
        queue: Iterator[int] = iter(range(len(chunks)))
        failed: list[int] = []

        def take() -> int | None:
            with lock:
                return next(queue, None)

        def feed() -> None:  # one per helper: waits (GIL released) while the helper works
            while (index := take()) is not None:
                try:
                    results[index] = pool.submit(there, shipped(chunks[index])).result()
                except Exception as exc:  # redone here, where an error is reported as usual
                    failed.append(index)
                    if isinstance(exc, (BrokenProcessPool, OSError, RuntimeError)):
                        self._broken = True  # no helper for the rest of the run
                        return

        feeders = [threading.Thread(target=feed, daemon=True) for _ in range(self._helpers)]
        for feeder in feeders:
            feeder.start()
        while (index := take()) is not None:
            results[index] = here(chunks[index])
        for feeder in feeders:
            feeder.join()
        for index in failed:
            results[index] = here(chunks[index])
        if self._broken:
            self.close()
        return [results[index] for index in range(len(chunks))]


def clean_all(raws: Sequence[RawDocument], settings: Settings) -> list[Article | str]:
    """Each raw document cleaned, or the reason it was skipped (picklable either way)."""
    out: list[Article | str] = []
    for raw in raws:
        try:
            out.append(clean_document(raw, settings))
        except StorylensError as exc:
            out.append(reason(exc))
    return out


def embedding_inputs(batch: Sequence[Article]) -> tuple[list[str], list[str]]:
    """What the embed stage reads of each article: title + text, and the lead alone."""
    from .cluster import lead_text

    texts = [f"{a.title}\n\n{a.text}" if a.title else a.text for a in batch]
    return texts, [lead_text(a) for a in batch]


def embed_batch(embedder: Embedder, inputs: tuple[list[str], list[str]]) -> tuple[Any, Any]:
    """Article and lead vectors of one batch (the lead, <= 600 characters, costs about a
    third of the article). USE pads a batch to its longest text, which moves the last
    bits of a vector: the engine keeps the in-process batches (``batch_size``) intact."""
    texts, leads = inputs
    return embedder.embed(texts), embedder.embed(leads)


def copy_into(article: Article, analysed: Article) -> None:
    """A helper's copy of an article back into the caller's object (callers keep theirs)."""
    for name in _ARTICLE_FIELDS:
        setattr(article, name, getattr(analysed, name))


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))


def reason(exc: BaseException) -> str:
    """The words a problem line gives for an exception."""
    text = getattr(exc, "reason", None)
    return str(text or exc) or type(exc).__name__


def in_run_order(found: list[Problem], articles: list[Article]) -> list[Problem]:
    """Problem lines ordered as the in-process run writes them: by stage, then article.

    (The in-process entity stage reports a failed model per model group; two groups that
    both fail keep article order here.)
    """
    position = {article.id: index for index, article in enumerate(articles)}
    rank = {stage: index for index, stage in enumerate(PROBLEM_ORDER)}
    return sorted(found, key=lambda p: (rank.get(p.stage, len(rank)),
                                        position.get(p.article_id or "", -1)))


def _quiet(stage: str, done: int, total: int) -> None:
    """Progress of one chunk: the engine reports whole-run progress itself."""


# -- in a helper process ------------------------------------------------------------------
# The helper's own pipeline: one per helper process, built by the pool's initializer
# (process-local by nature: it is what "load the models once per worker" means).
_HELPER: dict[str, Any] = {}


def _helper_start(settings: Settings, ner_languages: tuple[str, ...]) -> None:
    from .pipeline import Pipeline

    pipeline = Pipeline(settings.replace(workers=1))
    resources = pipeline.resources
    _ = resources.language_id, resources.embedder
    for language in ner_languages:
        resources.ner_for(language)
        if settings.five_w:  # the opt-in 5W stage's parser, loaded like the NER model
            resources.parser_for(language)
    _HELPER["pipeline"] = pipeline


def _helper_ping() -> int:
    return os.getpid()


def _helper_clean(raws: list[RawDocument]) -> tuple[list[Article | str], float]:
    started = time.process_time()
    cleaned = clean_all(raws, _HELPER["pipeline"].settings)
    return cleaned, time.process_time() - started


def _helper_analyse(articles: list[Article]) -> tuple[list[Article], list[Problem], RunStats]:
    from .pipeline import RunStats

    pipeline = _HELPER["pipeline"]
    pipeline.stats = RunStats()
    problems: list[Problem] = []
    pipeline.analyse_each(articles, problems, _quiet, embed=False)
    return articles, problems, pipeline.stats


def _helper_embed(inputs: tuple[list[str], list[str]]) -> tuple[Any, Any, float]:
    started = time.process_time()
    vectors, leads = embed_batch(_HELPER["pipeline"].resources.embedder, inputs)
    return vectors, leads, time.process_time() - started
