"""Relief for article pairs published days apart that name the same rare participants.

Why: the fitted pair score was learned on undated data (ECB+, SemEval) and a day-three
follow-up of an event shares its names but little of its wording with the day-one report,
so average link splits the event (CL-TLS: 39 % of articles alone). This adds ``relief`` to
the score of a pair published at most ``max_gap_days`` apart that shares at least
``min_shared`` rare name keys (script- and spelling-neutral keys, held by few of the
batch's articles: "Suleiman" singles out an event, "Egypt" in a pile about Egypt does not).
Undated articles never get it, so undated collections (ECB+, SemEval) score as before.

Off unless ``cluster_articles(..., episode=...)`` is given one. Measured (session 7,
benchmarks/clustering_cltls_episode.py, numbers chosen on one CL-TLS topic and checked on
the other): it does not hold out. Pairs that share rare names a few days apart are as
often a background piece beside a report as two reports of one event, so the relief costs
the other topic's precision (egypt event pairs 0.963 -> 0.908) for a recall gain of a few
pairs. It stays here, off, for the next signal to be tried on top of it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..claims.dates import parse_published
from ..dated_sentences import dated_sentences
from ..records import Article
from .features import LEAD_SENTENCES, ArticleFeatures

# A name held by more than this share of the batch's articles is the pile's topic, not a
# participant that singles out one event (as in story_merge.py; fixed, not tuned).
RARE_SHARE = 0.05
# In a small batch the share is below one article; a name held by this many still counts.
RARE_FLOOR = 3
# A report names the day of its happening within this many days before publication.
REPORT_WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True)
class EpisodeRelief:
    """How much closer two dated articles that share rare names are (module docstring)."""

    max_gap_days: int
    min_shared: int
    relief: float
    # Only pairs of two reports of a happening (reports_happening below), not background pieces.
    reports_only: bool = False


class EpisodeBonus:
    """Per-pair relief for one batch of articles (rare keys and days computed once)."""

    def __init__(self, features: Sequence[ArticleFeatures], rule: EpisodeRelief,
                 reports: Sequence[bool] | None = None) -> None:
        n = len(features)
        df = Counter(k for f in features for k in f.entity_keys)
        limit = max(RARE_SHARE * n, RARE_FLOOR)
        column = {k: c for c, k in enumerate(sorted(k for k, d in df.items() if 2 <= d <= limit))}
        rows, cols = [], []
        for i, f in enumerate(features):
            hits = [column[k] for k in f.entity_keys if k in column]
            rows += [i] * len(hits)
            cols += hits
        self._keys = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, max(1, len(column))))
        days = [f.day.toordinal() if f.day else np.nan for f in features]
        if rule.reports_only and reports is not None:
            days = [d if r else np.nan for d, r in zip(days, reports, strict=True)]
        self._days = np.array(days)
        self._rule = rule

    def __call__(self, pairs: np.ndarray) -> np.ndarray:
        """The relief of each (i, j) pair (0 or ``rule.relief``)."""
        index = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        if not len(index):
            return np.zeros(0, dtype=np.float32)
        left, right = index[:, 0], index[:, 1]
        shared = np.asarray(self._keys[left].multiply(self._keys[right]).sum(axis=1)).ravel()
        with np.errstate(invalid="ignore"):
            close = np.abs(self._days[left] - self._days[right]) <= self._rule.max_gap_days
        hit = close & (shared >= self._rule.min_shared)
        return np.where(hit, self._rule.relief, 0.0).astype(np.float32)

    def matrix(self) -> np.ndarray:
        """The relief of every pair as a dense matrix (the dense clustering path)."""
        n = self._keys.shape[0]
        shared = (self._keys @ self._keys.T).toarray()
        with np.errstate(invalid="ignore"):
            close = np.abs(self._days[:, None] - self._days[None, :]) <= self._rule.max_gap_days
        out = np.where(close & (shared >= self._rule.min_shared), self._rule.relief, 0.0)
        out[np.arange(n), np.arange(n)] = 0.0
        return out.astype(np.float32)


def reports_happening(article: Article) -> bool:
    """Whether the title or lead names a day in the week before publication ("on Monday",
    "hier", "el 14 de agosto"): a report of a happening, where a profile, chronology or
    opinion piece names no recent day."""
    published = parse_published(article.published)
    if published is None:
        return False
    spans = article.sentences[:LEAD_SENTENCES]
    end = spans[-1].end if spans else len(article.text)
    for sentence in dated_sentences([article]):
        if sentence.start >= end:
            continue
        when = sentence.when if not sentence.when.startswith("--") else \
            f"{published.year}{sentence.when[1:]}"
        try:
            day = dt.date.fromisoformat(when)
        except ValueError:
            continue
        if 0 <= (published - day).days <= REPORT_WINDOW_DAYS:
            return True
    return False


def relieved(
    scorer: Callable[[np.ndarray], np.ndarray], bonus: EpisodeBonus
) -> Callable[[np.ndarray], np.ndarray]:
    """A pair scorer whose scores include the episode relief."""

    def score(pairs: np.ndarray) -> np.ndarray:
        return np.asarray(scorer(pairs), dtype=np.float32) + bonus(pairs)

    return score
