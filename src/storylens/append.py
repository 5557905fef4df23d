"""Add new articles to the stories of a store: ``storylens analyze --append``.

A batch run clusters every article at once; coverage arrives day by day. An update reads and
analyses only the new inputs, ties them to the stored stories near them in time with the same
average link a batch run uses (``cluster.assign_incremental``), and derives entities, claims,
timelines and briefs again only for the stories that gained members or merged. Their earlier
members are re-analysed from the text the store holds (inputs are never re-read); stories the
update did not touch stay as stored. Stored articles are skipped, so re-running is idempotent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .cluster import (
    ArticleFeatures,
    PairScorer,
    StoryState,
    assign_incremental,
    central_order,
    features_of,
    story_of_members,
)
from .cluster.candidates import DEFAULT_WINDOW_DAYS
from .dedupe import mark_duplicates
from .pipeline import Pipeline, ProgressCallback
from .records import Article, Problem, Report, Story
from .store import Store


@dataclass
class AppendOutcome:
    """What an update did: the report holds only the new and changed stories, in full."""

    report: Report
    already_stored: int = 0
    merged: dict[str, str] = field(default_factory=dict)
    # Revision of each stored story this update changes or absorbs, for save_run to check.
    expected: dict[str, int] = field(default_factory=dict)
    new_stories: list[str] = field(default_factory=list)
    grown_stories: list[str] = field(default_factory=list)
    stories_considered: int = 0

    def __str__(self) -> str:
        """One line for the CLI."""
        return (f"{len(self.new_stories)} new story(ies), {len(self.grown_stories)} grown, "
                f"{len(self.merged)} merged into others, of {self.stories_considered} stored "
                f"story(ies) near the new articles; {self.already_stored} input article(s) "
                "were already stored")


def append_to_store(
    pipeline: Pipeline,
    inputs: Iterable[str | Path],
    store: Store,
    notify: ProgressCallback | None = None,
) -> AppendOutcome:
    """Analyse the inputs and fit them into the store's stories; nothing is written here.

    The caller saves ``outcome.report`` with ``store.save_run(..., merged=outcome.merged,
    expected=outcome.expected)`` so that the update lands in one transaction, and not over
    a story another writer changed meanwhile.
    """
    notify = notify or (lambda stage, done, total: None)
    problems: list[Problem] = []
    articles = pipeline.read_articles(inputs, problems, notify)
    known = store.known_article_ids(a.id for a in articles)
    fresh = [a for a in articles if a.id not in known]
    if not fresh:
        return AppendOutcome(pipeline.report([], [], problems), len(known))
    pipeline.analyse_articles(fresh, problems, notify)
    features = _features(fresh, problems)
    first, last = _day_range(features)
    backfilled = _backfill_features(pipeline, store, first, last, problems, notify)
    existing = store.story_states(first, last)
    result = assign_incremental(
        existing, features, PairScorer, pipeline.settings.cluster_threshold)
    notify("cluster", 1, 1)
    stored_ids = {s.story_id for s in existing}
    changed_ids = set(result.changed)
    changed = [s for s in result.stories if s.story_id in changed_ids]
    members = _members(pipeline, store, fresh, backfilled, changed, problems, notify)
    stories: list[Story] = []
    for state in changed:
        order = [state.members[k].article_id for k in central_order(state.members)]
        stories.append(story_of_members(
            state.story_id, [members[i] for i in order if i in members],
            pipeline.settings.output_language))
    pipeline.fill_stories(stories, list(members.values()), problems, notify)
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return AppendOutcome(
        report=pipeline.report(list(members.values()), stories, problems),
        already_stored=len(known),
        merged=result.merged,
        expected={s.story_id: s.version for s in existing
                  if s.story_id in changed_ids or s.story_id in result.merged},
        new_stories=[s.id for s in stories if s.id not in stored_ids],
        grown_stories=[s.id for s in stories if s.id in stored_ids],
        stories_considered=len(existing),
    )


def _features(articles: list[Article], problems: list[Problem]) -> list[ArticleFeatures]:
    features = []
    for article in articles:
        try:
            features.append(features_of(article))
        except ValueError as exc:  # no embedding: the article cannot join a story
            problems.append(Problem(article.source, "cluster", str(exc), article.id))
    return features


def _backfill_features(
    pipeline: Pipeline, store: Store, first: date | None, last: date | None,
    problems: list[Problem], notify: ProgressCallback,
) -> list[Article]:
    """Give stored articles saved before features were kept their features, once.

    Returns them analysed, so that stories they belong to need not analyse them again.
    """
    missing = store.articles_without_features(first, last)
    if not missing:
        return []
    stored = store.load_articles(missing)
    pipeline.analyse_articles(stored, problems, notify)
    store.save_features(stored)
    return stored


def _day_range(features: list[ArticleFeatures]) -> tuple[date | None, date | None]:
    """Days of stored articles that can meet the new ones; (None, None) reads every story.

    Candidate pairs never span more than the clustering window, so stories with no member
    within it of a new article cannot change. One undated new article can meet anything.
    """
    days = [f.day for f in features]
    if not days or any(day is None for day in days):
        return None, None
    window = timedelta(days=DEFAULT_WINDOW_DAYS)
    return min(d for d in days if d) - window, max(d for d in days if d) + window


def _members(
    pipeline: Pipeline, store: Store, fresh: list[Article], backfilled: list[Article],
    changed: list[StoryState], problems: list[Problem], notify: ProgressCallback,
) -> dict[str, Article]:
    """Every new article and every member of the changed stories, analysed.

    Stored members analysed by the backfill are reused; the others are loaded from the
    store and analysed here.
    """
    members = {m.article_id for s in changed for m in s.members}
    by_id = {a.id: a for a in fresh}
    by_id.update((a.id, a) for a in backfilled if a.id in members)
    stored = store.load_articles(sorted(members - set(by_id)))
    if stored:
        pipeline.analyse_articles(stored, problems, notify)
    for article in stored:
        by_id[article.id] = article
    # Copies are judged among all members together, as a batch run over them would.
    mark_duplicates(list(by_id.values()), pipeline.settings.duplicate_threshold)
    return by_id
