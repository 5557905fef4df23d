"""Join stories that tell one event over several days: shared rare participants, close dates.

Average link at one cut keeps stories pure but splits an event reported over days and in
several languages: the day-one report and the day-three follow-up share the event's rare
names (a vice president appointed, a massacre's village, a mediator) but not enough wording
to reach the cut on average. This step runs after linkage, on whole stories, and joins two
of them when

* they share rare names (canonical name keys, script- and spelling-neutral, each weighted by
  its rarity in the batch: "Suleiman" counts, "Egypt" in a pile about Egypt does not),
* some member of one is published within ``max_gap_days`` of some member of the other,
* their members' average same-event score reaches ``min_score`` (lowered by
  ``frame_relief`` when their claim frames agree: one kind of event with one participant or
  place, e.g. casualties in one town),
* and, if ``place_veto``, their leads do not name only different places.

Joining stops where the event would change: a merged story may not span more than
``max_span_days`` between its first and last article. The rule's numbers are fitted on
labelled same-event pairs of one CL-TLS topic and checked on the other
(benchmarks/clustering_cltls_merge.py); the step is off unless a rule is given.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Article
from .features import ArticleFeatures, name_keys

# A name held by more than this share of the batch's articles is the pile's topic, not a
# participant that singles out one event (fixed before fitting; not tuned).
RARE_SHARE = 0.05
# Members compared per story when two stories are scored (the first listed; bounds the cost
# of big stories: at most this squared pairs per candidate).
MEMBERS_COMPARED = 20
# A name shared by more stories than this proposes too many pairs to be evidence.
MAX_STORIES_PER_NAME = 200
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Frame kinds that describe a happening (a statement frame is someone speaking).
_STATEMENT = "statement"
_LEAD_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class StoryMergeRule:
    """When two stories are one event (see the module docstring)."""

    max_gap_days: int
    min_score: float
    min_shared: float
    max_span_days: int
    place_veto: bool = False
    frame_relief: float = 0.0


@dataclass(frozen=True, slots=True)
class StoryPair:
    """The evidence that two stories (indices into the groups) tell one event."""

    first: int
    second: int
    gap_days: float
    score: float
    shared: float
    place_conflict: bool
    frames_agree: bool


@dataclass(frozen=True, slots=True)
class ArticleCues:
    """Per-article cues the merge reads beyond clustering features: lead places, frames."""

    places: frozenset[str]
    frames: frozenset[tuple[str, str]]


def article_cues(article: Article) -> ArticleCues:
    """Name keys of the places named in the title and lead, and the article's event frames
    as (kind, participant or place key) pairs."""
    spans = article.sentences[:_LEAD_SENTENCES]
    lead_end = spans[-1].end if spans else len(article.text)
    places: set[str] = set()
    for mention in article.mentions:
        if mention.label in _PLACE_LABELS and mention.start < lead_end:
            places |= name_keys(mention.text)
    frames: set[tuple[str, str]] = set()
    for claim in article.claims:
        frame = claim.frame
        if frame is None or frame.kind == _STATEMENT:
            continue
        arguments = [frame.agent, frame.place, *frame.participants]
        for argument in arguments:
            if argument is not None:
                frames |= {(str(frame.kind), key) for key in name_keys(argument.text)}
    return ArticleCues(frozenset(places), frozenset(frames))


def story_pairs(
    groups: Sequence[Sequence[int]],
    features: Sequence[ArticleFeatures],
    cues: Sequence[ArticleCues],
    score_pairs: Callable[[np.ndarray], np.ndarray],
    max_gap_days: int,
) -> list[StoryPair]:
    """Pairs of stories that share a rare name and are at most ``max_gap_days`` apart,
    with the evidence a rule decides on. ``score_pairs`` scores (i, j) article pairs."""
    n = len(features)
    df = Counter(k for f in features for k in f.entity_keys)
    weight = {k: math.log((n + 1) / d) for k, d in df.items() if 2 <= d <= RARE_SHARE * n}
    keys = [set().union(*(features[i].entity_keys for i in g)) & weight.keys() for g in groups]
    days = [np.array(sorted(_ordinals(features, g))) for g in groups]
    holders: dict[str, list[int]] = defaultdict(list)
    for s, story_keys in enumerate(keys):
        for key in story_keys:
            holders[key].append(s)
    candidates: set[tuple[int, int]] = set()
    for stories in holders.values():
        if len(stories) <= MAX_STORIES_PER_NAME:
            candidates.update((a, b) for k, a in enumerate(stories) for b in stories[k + 1:])
    kept = []
    for s, t in sorted(candidates):
        gap = _min_gap(days[s], days[t])
        if gap <= max_gap_days:
            kept.append((s, t, gap))
    if not kept:
        return []
    index, owner = [], []
    for number, (s, t, _) in enumerate(kept):
        left, right = groups[s][:MEMBERS_COMPARED], groups[t][:MEMBERS_COMPARED]
        index += [(i, j) for i in left for j in right]
        owner += [number] * (len(left) * len(right))
    scores = np.asarray(score_pairs(np.asarray(index, dtype=np.int64)), dtype=np.float64)
    mean = np.bincount(owner, weights=scores, minlength=len(kept)) / np.bincount(
        owner, minlength=len(kept))
    places = [frozenset().union(*(cues[i].places for i in g)) for g in groups]
    frames = [frozenset().union(*(cues[i].frames for i in g)) for g in groups]
    return [
        StoryPair(s, t, gap, float(mean[number]), sum(weight[k] for k in keys[s] & keys[t]),
                  bool(places[s] and places[t] and not places[s] & places[t]),
                  bool(frames[s] & frames[t]))
        for number, (s, t, gap) in enumerate(kept)
    ]


def accepts(rule: StoryMergeRule, pair: StoryPair) -> bool:
    """Whether the rule joins the pair's two stories (before the span limit)."""
    if pair.gap_days > rule.max_gap_days or pair.shared < rule.min_shared:
        return False
    if rule.place_veto and pair.place_conflict:
        return False
    needed = rule.min_score - (rule.frame_relief if pair.frames_agree else 0.0)
    return pair.score >= needed


def join(
    groups: Sequence[Sequence[int]],
    pairs: Sequence[StoryPair],
    features: Sequence[ArticleFeatures],
    rule: StoryMergeRule,
) -> list[list[int]]:
    """The groups after joining the accepted pairs, best-scoring first, as long as no joined
    story spans more than ``rule.max_span_days`` (the event has changed beyond that)."""
    parent = list(range(len(groups)))
    first, last = [], []
    for g in groups:
        stamps = _ordinals(features, g)
        first.append(min(stamps) if stamps else math.inf)
        last.append(max(stamps) if stamps else -math.inf)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in sorted((p for p in pairs if accepts(rule, p)),
                       key=lambda p: (-p.score, p.first, p.second)):
        a, b = root(pair.first), root(pair.second)
        if a == b:
            continue
        start, end = min(first[a], first[b]), max(last[a], last[b])
        if end - start > rule.max_span_days:
            continue
        parent[b] = a
        first[a], last[a] = start, end
    merged: dict[int, list[int]] = {}
    for number, members in enumerate(groups):
        merged.setdefault(root(number), []).extend(members)
    return list(merged.values())


def merge_stories(
    groups: list[list[int]],
    features: Sequence[ArticleFeatures],
    cues: Sequence[ArticleCues],
    score_pairs: Callable[[np.ndarray], np.ndarray],
    rule: StoryMergeRule,
) -> list[list[int]]:
    """Join the stories the rule takes for one event (indices into ``features``)."""
    pairs = story_pairs(groups, features, cues, score_pairs, rule.max_gap_days)
    return join(groups, pairs, features, rule)


def _ordinals(features: Sequence[ArticleFeatures], members: Sequence[int]) -> list[int]:
    """Publication days of the dated members, as ordinals."""
    return [day.toordinal() for day in (features[i].day for i in members) if day is not None]


def _min_gap(a: np.ndarray, b: np.ndarray) -> float:
    """Smallest day distance between two sorted day arrays (inf when either is undated)."""
    if not len(a) or not len(b):
        return math.inf
    pos = np.clip(np.searchsorted(b, a), 1, len(b) - 1) if len(b) > 1 else np.zeros(len(a), int)
    near = np.minimum(np.abs(a - b[pos]), np.abs(a - b[np.maximum(pos - 1, 0)]))
    return float(near.min())
