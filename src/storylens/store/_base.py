"""The store interface: what the CLI and the web app need, whatever database is behind it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

from ..cluster import StoryState
from ..records import Article, Report


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What one saved run added, so the CLI can say "3 new articles, 5 already known"."""

    run_id: int
    new_articles: int
    existing_articles: int
    stories: int
    started: str
    finished: str

    def __str__(self) -> str:
        """One line for the CLI."""
        return (f"run {self.run_id}: {self.new_articles} new article(s), "
                f"{self.existing_articles} already stored, {self.stories} story(ies) saved")


@runtime_checkable
class Store(Protocol):
    """Persistent articles, stories, runs and the latest report.

    Implementations allow ONE writer at a time: the web app funnels every write through a
    single writer thread; readers may open their own connections.
    """

    def save_run(
        self, report: Report, settings: dict[str, Any], inputs: list[str],
        *, started: str | None = None, merged: dict[str, str] | None = None,
        expected: dict[str, int] | None = None,
    ) -> RunSummary:
        """Save everything of one run atomically: all of it or nothing.

        ``merged`` maps stored story ids absorbed by the run's stories to their survivors;
        ``expected`` maps stored stories the run changes to the revision it read, and the
        save fails (StoreError) if another writer changed one since.
        """
        ...

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        ...

    def story_states(
        self, first_day: date | None = None, last_day: date | None = None
    ) -> list[StoryState]:
        """Stored stories with their members' clustering features; with a day range, only
        stories with a member published in it (or undated)."""
        ...

    def articles_without_features(
        self, first_day: date | None = None, last_day: date | None = None
    ) -> list[str]:
        """Stored story members lacking clustering features (saved by an older storylens)."""
        ...

    def save_features(self, articles: list[Article]) -> int:
        """Store the clustering features of already stored, analysed articles."""
        ...

    def load_articles(self, ids: list[str]) -> list[Article]:
        """Stored articles as records, in the order of ``ids``."""
        ...

    def resolve_story_id(self, story_id: str) -> str:
        """A story's current id: itself, or the id of the story that absorbed it."""
        ...

    def article_count(self) -> int:
        """How many distinct articles (by content hash) the store holds."""
        ...

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article as plain data, or None when the id is unknown."""
        ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and texts, best matches first."""
        ...

    def stories(self) -> list[dict[str, Any]]:
        """Every stored story as report data (the contract's story object)."""
        ...

    def latest_report(self) -> dict[str, Any] | None:
        """The report of the last saved run, or None before the first run."""
        ...

    def stories_holding(self, article_ids: Iterable[str]) -> dict[str, tuple[int, list[str]]]:
        """Stored stories that list any of these articles: id -> (revision, member ids), so
        a batch run can take them in whole and replace them."""
        ...

    def current_report(self, story_ids: Iterable[str] = ()) -> dict[str, Any]:
        """The stored stories as report data: all of them, or the given ones (an absorbed
        story's id leads to its survivor) with the stories their copies' originals are in."""
        ...

    def close(self) -> None:
        """Release the database connection."""
        ...

    def __enter__(self) -> Self:
        """Use as ``with open_store(path) as store:`` so it is always closed."""
        ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close on leaving the block."""
        ...
