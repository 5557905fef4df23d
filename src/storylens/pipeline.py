"""The pipeline: input paths to a :class:`Report`, stage by stage, in batches.

Every stage is a function of records to records (see the stage modules); this module only
orders them, batches them and applies the error policy: an item that fails a stage is
reported as a :class:`Problem` and the run goes on without (or with less of) it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import __version__
from .brief import build_brief, central_title, localise_statements
from .brief.generator import generator_from_settings
from .claims import extract_claims
from .clean import cut_repeated
from .clean._cap import cap_article
from .clean._page_dates import check_published
from .cluster import cluster_articles, story_title
from .config import Settings, load_settings
from .dedupe import mark_duplicates
from .engine import ArticleEngine, embed_batch, embedding_inputs, reason
from .entities import extract_mentions_batch, merge_entities, resolve_claim_entities
from .entities.aliases import AliasBook
from .entities.run_words import RunWords
from .errors import StorylensError
from .evidence import drop_ungrounded, fallback_title
from .facts import reconcile
from .framing import build_framing
from .ingest import read_inputs
from .language import detect_article_language
from .records import Article, Claim, Problem, RawDocument, Report, Story
from .resources import Resources
from .sentences import segment_article
from .timeline import build_relations, build_timeline
from .undated import undated_problems

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; the CLI draws a bar from it."""

STAGES = (
    "ingest", "clean", "sentences", "language", "entities", "claims", "embed",
    "duplicates", "cluster", "stories",
)

T = TypeVar("T")


@dataclass
class RunStats:
    """Wall and CPU time per stage and model load times of one run (for benchmarks)."""

    seconds: dict[str, float] = field(default_factory=dict)
    # Process CPU time (all threads): steadier than wall time on a shared machine.
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    load_seconds: dict[str, float] = field(default_factory=dict)
    articles: int = 0
    # CPU of helper processes (engine.py), also counted in the per-stage figures; the
    # per-stage wall figures then sum over processes.
    helper_cpu_seconds: float = 0.0

    def add_helper(self, other: RunStats) -> None:
        """A helper process's stage times, added to this run's."""
        for mine, theirs in ((self.seconds, other.seconds),
                             (self.cpu_seconds, other.cpu_seconds)):
            for stage, seconds in theirs.items():
                mine[stage] = mine.get(stage, 0.0) + seconds
        self.helper_cpu_seconds += sum(other.cpu_seconds.values())


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start:start + size]


class Pipeline:
    """Runs the stages over inputs with one settings object and one set of models."""

    def __init__(self, settings: Settings | None = None, resources: Resources | None = None):
        self.settings = settings or load_settings()
        self.resources = resources or Resources(self.settings)
        self.stats = RunStats()
        self.generator = generator_from_settings(self.settings.generator_base_url,
                                                 self.settings.generator_model)
        # Per-article stages here or also in helper processes (settings.workers).
        self.engine = ArticleEngine(self)

    # -- public -----------------------------------------------------------------------
    def run(
        self, inputs: Iterable[str | Path], progress: ProgressCallback | None = None
    ) -> Report:
        """Analyse the inputs and return the report (nothing is written to disk)."""
        notify = progress or (lambda stage, done, total: None)
        self.stats = RunStats()
        problems: list[Problem] = []
        articles = self.read_articles(inputs, problems, notify)
        articles = self.analyse_articles(articles, problems, notify)
        stories = self.build_stories(articles, problems, notify)
        return self.report(articles, stories, problems)

    def read_articles(
        self,
        inputs: Iterable[str | Path],
        problems: list[Problem],
        notify: ProgressCallback | None = None,
    ) -> list[Article]:
        """Ingest and clean the inputs: one article per distinct text, problems reported."""
        notify = notify or (lambda stage, done, total: None)
        notify("ingest", 0, 0)  # every stage says when it starts: its clock runs from there
        raws = self._timed("ingest", lambda: self._ingest(inputs, problems))
        notify("ingest", len(raws), len(raws))
        return self._timed("clean", lambda: self._clean(raws, problems, notify))

    def report(
        self, articles: list[Article], stories: list[Story], problems: list[Problem]
    ) -> Report:
        """Wrap a run's records in the report contract, with the models and settings used."""
        self.stats.articles = len(articles)
        self.stats.load_seconds = dict(self.resources.load_seconds)
        return Report(
            generator={
                "name": "storylens",
                "version": __version__,
                "models": self.resources.describe(),
                "settings": self.settings.as_dict(),
            },
            articles=articles,
            stories=stories,
            problems=[*problems, *undated_problems(articles)],  # once per run
        )

    def analyse_articles(
        self,
        articles: list[Article],
        problems: list[Problem],
        notify: ProgressCallback | None = None,
    ) -> list[Article]:
        """Per-article stages: sentences, language, entities, claims, embeddings, copies."""
        notify = notify or (lambda stage, done, total: None)
        self.engine.analyse(articles, problems, notify)
        notify("duplicates", 0, len(articles))
        self._timed(
            "duplicates",
            lambda: mark_duplicates(articles, self.settings.duplicate_threshold),
        )
        notify("duplicates", len(articles), len(articles))
        return articles

    def analyse_each(
        self,
        articles: list[Article],
        problems: list[Problem],
        notify: ProgressCallback,
        embed: bool = True,
    ) -> None:
        """The stages that read one article each (the engine may run them in helpers)."""
        hint = self.settings.lang_hint
        self._each("sentences", articles, segment_article, problems, notify)
        notify("language", 0, len(articles))  # the detector loads first (seconds)
        detector = self.resources.language_id
        self._each(
            "language", articles,
            lambda a: detect_article_language(a, detector, hint or a.language_hint),
            problems, notify,
        )
        self._timed("entities", lambda: self._entities(articles, problems, notify))
        self._each("claims", articles, self._claims, problems, notify)
        if self.settings.five_w:
            self._each("five_w", articles, self._five_w, problems, notify)
        for article in articles:
            for message in drop_ungrounded(article):
                problems.append(Problem(article.source, "audit", message, article.id))
        if embed:
            self._timed("embed", lambda: self._embed(articles, notify))

    def build_stories(
        self,
        articles: list[Article],
        problems: list[Problem],
        notify: ProgressCallback | None = None,
    ) -> list[Story]:
        """Cluster articles into stories and derive each story's entities, claims, brief."""
        notify = notify or (lambda stage, done, total: None)
        notify("cluster", 0, 1)
        stories = self._timed(
            "cluster",
            lambda: cluster_articles(
                articles, self.settings.cluster_threshold, self.settings.output_language
            ),
        )
        notify("cluster", 1, 1)
        self.fill_stories(stories, articles, problems, notify)
        return stories

    def fill_stories(
        self,
        stories: list[Story],
        articles: list[Article],
        problems: list[Problem],
        notify: ProgressCallback | None = None,
    ) -> None:
        """Derive each story's entities, claims, timeline, relations, brief and title."""
        notify = notify or (lambda stage, done, total: None)
        by_id = {a.id: a for a in articles}
        started, cpu_started = time.perf_counter(), time.process_time()
        notify("stories", 0, len(stories))
        # Read once per run, not per pipeline: the user edits it between runs.
        aliases = AliasBook.load(self.settings.alias_path())
        # The run's lower-case words: the common nouns of languages with no lexicon.
        run_words = RunWords.of(articles)
        for done, story in enumerate(stories, 1):
            try:
                self._fill_story(story, by_id, aliases, run_words)
            except (StorylensError, ValueError, KeyError, IndexError) as exc:
                problems.append(Problem(story.id, "stories", f"story left partial: {exc}"))
            notify("stories", done, len(stories))
        self.stats.seconds["stories"] = time.perf_counter() - started
        self.stats.cpu_seconds["stories"] = time.process_time() - cpu_started

    # -- stages -------------------------------------------------------------------------
    def _ingest(self, inputs: Iterable[str | Path], problems: list[Problem]) -> list[RawDocument]:
        raws: list[RawDocument] = []
        for item in read_inputs(inputs, self.settings):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                raws.append(item)
        return raws

    def _clean(
        self, raws: list[RawDocument], problems: list[Problem], notify: ProgressCallback
    ) -> list[Article]:
        articles: list[Article] = []
        seen: dict[str, str] = {}
        notify("clean", 0, len(raws))
        cleaned = self.engine.clean(raws)  # in order: an article or why it was skipped
        for done, (raw, article) in enumerate(zip(raws, cleaned, strict=True), 1):
            if isinstance(article, str):
                problems.append(Problem(raw.source, "clean", article))
                continue
            capped = cap_article(article, self.settings.max_article_chars)
            if capped:  # a note on a kept article, not a skip: the CLI says "note"
                problems.append(Problem(raw.source, "cap", capped, article.id))
            if article.id in seen:
                problems.append(Problem(
                    raw.source, "clean",
                    f"same text as {seen[article.id]}; kept once", article.id,
                ))
                continue
            seen[article.id] = raw.source
            articles.append(article)
            notify("clean", done, len(raws))
        # Across documents: furniture repeated by one outlet is cut before any title is made.
        cut_repeated(articles, self.settings.min_article_chars)
        notify("clean", len(raws), len(raws))  # also when the last input was skipped
        for article in articles:
            if not article.title:
                article.title = fallback_title(article.text)
            contradicted = check_published(article)  # before any date resolves against it
            if contradicted:
                problems.append(Problem(article.source, "dates", contradicted, article.id))
        return articles

    def _entities(
        self, articles: list[Article], problems: list[Problem], notify: ProgressCallback
    ) -> None:
        by_spec: dict[str, list[Article]] = {}
        for article in articles:
            spec = self.resources.ner_spec(article.language)
            if spec:
                by_spec.setdefault(spec, []).append(article)
        done = 0
        notify("entities", 0, len(articles))
        for group in by_spec.values():
            ner = self.resources.ner_for(group[0].language)
            if ner is None:
                continue
            # One call per backend: the backend batches (and may fan out to processes).
            try:
                extract_mentions_batch(group, ner)
            except Exception as exc:  # a model failure must not sink the run
                for article in group:
                    problems.append(Problem(
                        article.source, "entities", f"no entities: {exc}", article.id
                    ))
            done += len(group)
            notify("entities", done, len(articles))
        notify("entities", len(articles), len(articles))  # articles without a backend too

    def _claims(self, article: Article) -> Article:
        article.claims = extract_claims(article)
        return article

    def _five_w(self, article: Article) -> Article:
        article.five_w = self.resources.five_w.extract(article)
        return article

    def _embed(self, articles: list[Article], notify: ProgressCallback) -> None:
        notify("embed", 0, len(articles))  # before the model load, which takes seconds
        embedder = self.resources.embedder
        for done, batch in enumerate(_batches(articles, self.settings.batch_size), 1):
            vectors, leads = embed_batch(embedder, embedding_inputs(batch))
            for article, vector, lead in zip(batch, vectors, leads, strict=True):
                article.embedding, article.lead_embedding = vector, lead
            notify("embed", min(done * self.settings.batch_size, len(articles)), len(articles))
        # Sentence vectors (quotes, relations) are made later by reconcile, and only for
        # claims that have a possible partner in another article.

    def _fill_story(self, story: Story, by_id: dict[str, Article], aliases: AliasBook,
                    run_words: RunWords | None = None) -> None:
        members = [by_id[i] for i in story.article_ids]
        story.entities = merge_entities(members, self.resources.entity_knowledge, aliases,
                                        run_words)
        claims: list[Claim] = [c for a in members for c in a.claims]
        resolve_claim_entities(claims, by_id)
        story.claims, story.disagreements = reconcile(
            claims, by_id,
            embedder=self.resources.sentence_embedder if claims else None,
            screen=self.resources.embedder if claims else None,
        )
        story.framing = build_framing(members, story.entities, story.claims)
        story.timeline = build_timeline(story.claims, by_id, self.settings.output_language,
                                        article_ids=story.article_ids)
        story.relations = build_relations(story.claims, story.entities, by_id,
                                          self.resources.graph_parser)
        story.brief = build_brief(story.claims, by_id, story.entities,
                                  self.settings.output_language, self.generator,
                                  members=story.article_ids)
        language = self.settings.output_language
        names = {e.id: e.name for e in story.entities}
        story.title = story_title(story, members, language,
                                  central_title(story.claims, names, by_id, language))
        # Last: the stages above read the extractor's statements; the reader gets them in
        # the output language.
        localise_statements(story.claims, story.entities, by_id, language)
        # A lead the brief opens with, as a claim: already worded in the reader's language.
        story.claims += story.brief.lead_claims

    # -- error policy and timing ------------------------------------------------------------
    def _each(
        self,
        stage: str,
        articles: list[Article],
        step: Callable[[Article], Article],
        problems: list[Problem],
        notify: ProgressCallback,
    ) -> None:
        started, cpu_started = time.perf_counter(), time.process_time()
        notify(stage, 0, len(articles))
        for done, article in enumerate(articles, 1):
            try:
                step(article)
            except Exception as exc:  # one bad article never stops the batch
                problems.append(Problem(article.source, stage, _reason(exc), article.id))
            if done % 16 == 0 or done == len(articles):
                notify(stage, done, len(articles))
        self._record(stage, started, cpu_started)

    def _timed(self, stage: str, work: Callable[[], T]) -> T:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            return work()
        finally:
            self._record(stage, started, cpu_started)

    def _record(self, stage: str, started: float, cpu_started: float) -> None:
        wall, cpu = self.stats.seconds, self.stats.cpu_seconds
        wall[stage] = wall.get(stage, 0.0) + time.perf_counter() - started
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - cpu_started


_reason = reason  # the words of a problem line (engine.py: helpers write them too)


def analyze(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    progress: ProgressCallback | None = None,
) -> Report:
    """Analyse files and folders of articles and return the story report."""
    return Pipeline(settings).run(paths, progress)
