"""A run without ``--append`` over a store that already holds some of its articles.

The inputs are clustered afresh, as one batch. A stored story that holds any input article
joins that batch whole: its other members are loaded from the store (inputs are never
re-read) and analysed with the inputs. Each stored story the run touches is therefore
replaced as a whole, deleted and redirected to the new story that took most of its members,
and no article is left in two stories. On a new or unrelated store this is a plain run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import Pipeline, ProgressCallback
from .records import Problem, Report, Story
from .store import Store


@dataclass
class StoreBatch:
    """A batch run's report and how its stories replace the stored ones they overlap."""

    report: Report
    # Stored stories the new stories replace: old id -> id of the story holding most members.
    merged: dict[str, str] = field(default_factory=dict)
    # Revision of each stored story read, so save_run refuses if another writer changed one.
    expected: dict[str, int] = field(default_factory=dict)
    rejoined: int = 0  # stored articles brought back into the batch with their stories


def batch_over_store(
    pipeline: Pipeline,
    inputs: Iterable[str | Path],
    store: Store,
    notify: ProgressCallback | None = None,
) -> StoreBatch:
    """Analyse the inputs with every stored member of the stories they are already in.

    Nothing is written here: save ``batch.report`` with ``store.save_run(...,
    merged=batch.merged, expected=batch.expected)``.
    """
    problems: list[Problem] = []
    articles = pipeline.read_articles(inputs, problems, notify)
    touched = store.stories_holding([a.id for a in articles])
    given = {a.id for a in articles}
    others = sorted({m for _, members in touched.values() for m in members} - given)
    articles += store.load_articles(others)
    pipeline.analyse_articles(articles, problems, notify)
    stories = pipeline.build_stories(articles, problems, notify)
    return StoreBatch(
        report=pipeline.report(articles, stories, problems),
        merged=_successors(touched, stories),
        expected={story_id: version for story_id, (version, _) in touched.items()},
        rejoined=len(others),
    )


def _successors(
    touched: dict[str, tuple[int, list[str]]], stories: list[Story]
) -> dict[str, str]:
    """Each replaced stored story's successor: the new story with most of its members.

    A stored story kept with the same members keeps its id (ids hash the members) and is
    simply rewritten; one whose members all failed this time has no successor and stays.
    """
    new_ids = {s.id for s in stories}
    story_of = {a: s.id for s in stories for a in s.article_ids}
    merged: dict[str, str] = {}
    for old_id, (_, members) in touched.items():
        if old_id in new_ids:
            continue
        votes: dict[str, int] = {}
        for member in members:
            if member in story_of:
                votes[story_of[member]] = votes.get(story_of[member], 0) + 1
        if votes:
            merged[old_id] = min(votes, key=lambda s: (-votes[s], s))
    return merged
