"""A learned choice of a story's main days: per-day evidence features and a logistic model.

Counting the articles that mention a day (:func:`dated_sentences.date_scores`) may miss what
a human timeline keeps: a day that many articles *look back* on, that was followed by a
burst of publication, on which something is stated with an event (not only a date). Each
candidate day gets the features below, all relative to the story (shares of its articles,
fractions of its busiest day, its place in the publication span) so that a model fitted on
some stories carries over to a story of another size. ``benchmarks/timeline_date_model.py``
fits a logistic regression on CL-TLS with cross-validation that holds out whole topics and
``--write`` saves it as ``data/date_model.json`` (weights only; add the file to the
package data when shipping it). None ships: on the held-out topics the fitted model chose
worse days than counting mentions (docs/benchmarks.md, issue 12, session 5), so the
timeline counts mentions unless a model file is present or one is passed in. The model
only *orders* days; which days are candidates (a day with something to say) stays the
timeline's rule.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .claims.dates import parse_published
from .dated_sentences import DatedSentence, date_scores
from .records import Article

MODEL_PATH = Path(__file__).with_name("data") / "date_model.json"
# Days either side of a day over which a burst of publication is measured.
BURST_DAYS = 3
# An article's lead: its first sentences, where it states its own news.
LEAD_SENTENCES = 3

FEATURES: tuple[str, ...] = (
    "mention_share",        # articles naming the day / the story's articles
    "mention_vs_top",       # articles naming the day / those naming the most-named day
    "log_mentions",         # log(1 + articles naming the day)
    "explicit_vs_top",      # the same, for days stated in full ("25 January"), not "yesterday"
    "relative_fraction",    # of the articles naming the day, those only saying "yesterday"
    "topical_vs_top",       # topicality-weighted mentions (date_scores) / the top day's
    "retrospective",        # of the articles naming the day, those published after it
    "published_vs_top",     # articles published that day / the busiest publication day
    "next_day_vs_top",      # articles published the day after / the busiest day
    "burst",                # publications of the day and the next against the week around
    "before_span",          # 1 when the day precedes the first publication
    "after_span",           # 1 when the day follows the last publication (announced)
    "position",             # where the day falls in the publication span, 0 first, 1 last
    "event_vs_top",         # articles with an event claim dated that day / the top day's
    "lead_vs_top",          # articles naming the day in their lead / the top day's
    "sentences_per_article",  # log of the sentences naming the day per article naming it
    "partial",              # 1 for a day without a year ("--11-24")
)


@dataclass(frozen=True, slots=True)
class DateModel:
    """Standardised features, then a logistic regression: the probability that a day is
    one a human timeline of the story keeps."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    # The L2 penalty it was fitted with (for the record; not used to score).
    lam: float = 0.0

    def probability(self, vector: Sequence[float]) -> float:
        z = self.bias + sum(w * (x - m) / s for w, x, m, s
                            in zip(self.weights, vector, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def scores(self, features: Mapping[str, Sequence[float]]) -> dict[str, float]:
        return {day: self.probability(vector) for day, vector in features.items()}

    def to_json(self, **about: str) -> str:
        return json.dumps({**about, "features": list(self.features), "mean": list(self.mean),
                           "scale": list(self.scale), "weights": list(self.weights),
                           "bias": self.bias, "lambda": self.lam}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> DateModel:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("date model fitted on other features: refit it")
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]),
                   tuple(data["weights"]), float(data["bias"]), float(data.get("lambda", 0.0)))


@cache
def shipped_model() -> DateModel | None:
    """The fitted model bundled with the package (read once), None when absent."""
    if not MODEL_PATH.exists():
        return None
    return DateModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def day_features(sentences: Iterable[DatedSentence], articles: Iterable[Article],
                 event_articles: Mapping[str, int], days: Iterable[str]
                 ) -> dict[str, list[float]]:
    """Day -> its feature vector (in :data:`FEATURES` order), for each of ``days``.

    ``sentences`` are the story's dated sentences, ``articles`` its members and
    ``event_articles`` the number of articles behind the event claims dated each day.
    """
    sentences, articles = list(sentences), list(articles)
    published = {a.id: d for a in articles if (d := parse_published(a.published))}
    pub_count = Counter(published.values())
    top_pub = max(pub_count.values(), default=0)
    first, last = (min(pub_count), max(pub_count)) if pub_count else (None, None)
    naming: dict[str, set[str]] = {}
    explicit: dict[str, set[str]] = {}
    lead: dict[str, set[str]] = {}
    leads = {a.id: a.sentences[LEAD_SENTENCES].start if len(a.sentences) > LEAD_SENTENCES
             else len(a.text) for a in articles}
    said: Counter[str] = Counter()
    for s in sentences:
        naming.setdefault(s.when, set()).add(s.article_id)
        if s.start < leads.get(s.article_id, 0):
            lead.setdefault(s.when, set()).add(s.article_id)
        said[s.when] += 1
        if not s.relative:
            explicit.setdefault(s.when, set()).add(s.article_id)
    topical = date_scores(sentences, articles, published_weight=0.0)
    top_mentions = max((len(v) for v in naming.values()), default=0)
    top_explicit = max((len(v) for v in explicit.values()), default=0)
    top_topical = max(topical.values(), default=0.0)
    top_event = max(event_articles.values(), default=0)
    top_lead = max((len(v) for v in lead.values()), default=0)
    total = max(1, len(articles))
    out: dict[str, list[float]] = {}
    for day in days:
        names = naming.get(day, set())
        n = len(names)
        date = _date(day)
        later = sum(1 for a in names if date and a in published and published[a] > date)
        pub = pub_count.get(date, 0) if date else 0
        nxt = pub_count.get(date + dt.timedelta(days=1), 0) if date else 0
        out[day] = [
            n / total,
            _ratio(n, top_mentions),
            math.log1p(n),
            _ratio(len(explicit.get(day, ())), top_explicit),
            _ratio(n - len(explicit.get(day, ())), n),
            _ratio(topical.get(day, 0.0), top_topical),
            _ratio(later, n),
            _ratio(pub, top_pub),
            _ratio(nxt, top_pub),
            _burst(pub_count, date),
            float(bool(date and first and date < first)),
            float(bool(date and last and date > last)),
            _position(date, first, last),
            _ratio(event_articles.get(day, 0), top_event),
            _ratio(len(lead.get(day, ())), top_lead),
            math.log(said[day] / n) if n else 0.0,
            float(day.startswith("--")),
        ]
    return out


def _date(day: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return None


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _burst(pub_count: Mapping[dt.date, int], date: dt.date | None) -> float:
    """Publications of the day and the next over their mean across the week around."""
    if date is None or not pub_count:
        return 0.0
    around = [pub_count.get(date + dt.timedelta(days=k), 0)
              for k in range(-BURST_DAYS, BURST_DAYS + 2)]
    mean = sum(around) / len(around)
    here = pub_count.get(date, 0) + pub_count.get(date + dt.timedelta(days=1), 0)
    return math.log1p(here / (2 * mean)) if mean else 0.0


def _position(date: dt.date | None, first: dt.date | None, last: dt.date | None) -> float:
    if date is None or first is None or last is None:
        return 0.0
    span = max(1, (last - first).days)
    return max(-1.0, min(2.0, (date - first).days / span))
