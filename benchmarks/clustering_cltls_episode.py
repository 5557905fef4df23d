"""Episode relief on CL-TLS: numbers chosen on one topic, reported on the other (issue 13).

Run: ``.venv/bin/python benchmarks/clustering_cltls_episode.py [--cache DIR] [--data DIR]``
(the analysed articles of ``benchmarks/clustering_cltls.py``, egypt and syria, es/fr/it).

``storylens.cluster.episode`` adds a relief to the pair score of two articles published
at most a few days apart that share rare name keys, before linkage. Its three numbers
(gap, shared keys, relief) are chosen on the labelled pairs of ONE topic and reported on
the OTHER (both directions), beside today's partition in the same run. Labelled pairs:
``clustering_cltls_event_pairs.json`` (session 4, same / different event, per topic) and,
for egypt, every pair of the articles of ``clustering_cltls_labels.json`` (event ids).
Criterion on the training topic: the highest same-event pair recall with precision
>= ``MIN_PRECISION`` on both pair sets of that topic (ties: the smaller relief). The
held-out pairs of ``clustering_cltls_heldout_pairs.json`` are not read here.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

from clustering_cltls import DEFAULT_DATA, LABELS, load_topic, size_line
from storylens import load_settings
from storylens.cluster import EpisodeRelief, cluster_articles
from storylens.records import Article

EVENT_PAIRS = Path(__file__).with_name("clustering_cltls_event_pairs.json")
TOPICS = ("egypt", "syria")
MIN_PRECISION = 0.9
GRID = {
    "max_gap_days": (1, 2, 3, 5),
    "min_shared": (1, 2, 3),
    "relief": (0.03, 0.06, 0.1, 0.15),
    "reports_only": (False,),
}
# Second reading: the relief only between two reports of a happening (episode.py).
REPORTS_GRID = {
    "max_gap_days": (2, 3, 5),
    "min_shared": (1, 2),
    "relief": (0.1, 0.15, 0.2),
    "reports_only": (True,),
}
Pairs = dict[str, list[tuple[str, str, bool]]]


def labelled(present: set[str]) -> tuple[Pairs, Pairs]:
    """Event pairs per topic, and the egypt story labels as article pairs."""
    events: Pairs = {t: [] for t in TOPICS}
    for p in json.loads(EVENT_PAIRS.read_text(encoding="utf-8"))["pairs"]:
        if p["same_event"] is not None and p["a"] in present and p["b"] in present:
            events[p["topic"]].append((p["a"], p["b"], bool(p["same_event"])))
    payload = json.loads(LABELS.read_text(encoding="utf-8"))
    label = {a: e for s in payload["stories"] for a, e in s["events"].items() if a in present}
    stories: Pairs = {t: [] for t in TOPICS}
    stories["egypt"] = [(a, b, label[a] == label[b]) for a, b in combinations(sorted(label), 2)]
    return events, stories


def counts(groups: list[list[str]], pairs: list[tuple[str, str, bool]]) -> tuple[int, int, int]:
    """Pairs joined, joined and same, same."""
    story = {a: k for k, g in enumerate(groups) for a in g}
    joined = [story[a] == story[b] for a, b, _ in pairs]
    both = sum(j and s for j, (_, _, s) in zip(joined, pairs, strict=True))
    return sum(joined), both, sum(s for *_, s in pairs)


def line(name: str, topic: str, groups: list[list[str]], events: Pairs, stories: Pairs) -> str:
    out = []
    for what, pairs in (("event pairs", events[topic]), ("story labels", stories[topic])):
        if pairs:
            joined, both, same = counts(groups, pairs)
            out.append(f"{what}: joined {joined}, precision {both / max(1, joined):.3f}, "
                       f"recall {both / max(1, same):.3f}")
    return f"  {name} on {topic}: " + "; ".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls-stories"))
    parser.add_argument("--reports-only", action="store_true",
                        help="the second grid: relief only between two reports of a happening")
    args = parser.parse_args()
    grid = REPORTS_GRID if args.reports_only else GRID
    articles: list[Article] = [
        a for t in TOPICS for a in load_topic(args.data, t, None, args.cache)]
    threshold = load_settings(environ={}).cluster_threshold
    events, stories = labelled({a.id for a in articles})
    languages = {a.id: a.language or "?" for a in articles}
    print("labelled: " + ", ".join(
        f"{t} {Counter(s for *_, s in events[t])} event pairs, {len(stories[t])} story-label pairs"
        for t in TOPICS))
    runs: dict[EpisodeRelief | None, list[list[str]]] = {}
    for values in [None, *itertools.product(*grid.values())]:
        rule = None if values is None else EpisodeRelief(*values)
        runs[rule] = [s.article_ids for s in cluster_articles(articles, threshold, episode=rule)]
    base = runs.pop(None)
    print(size_line("storylens today", base, languages))
    for train, held_out in (TOPICS, TOPICS[::-1]):
        best: tuple[tuple[float, float], EpisodeRelief] | None = None
        for rule, groups in runs.items():
            ok = True
            for pairs in (events[train], stories[train]):
                joined, both, _ = counts(groups, pairs)
                ok &= not pairs or both >= MIN_PRECISION * joined
            joined, both, same = counts(groups, events[train])
            if ok and (best is None or (both / max(1, same), -rule.relief) > best[0]):
                best = ((both / max(1, same), -rule.relief), rule)
        print(f"\n=== fitted on {train}: {best[1] if best else 'no rule reaches the floor'}")
        print(line("today", held_out, base, events, stories))
        if best is not None:
            groups = runs[best[1]]
            print(line("episode relief", train, groups, events, stories) + " (training)")
            print(line("episode relief", held_out, groups, events, stories))
            print(size_line(f"episode relief fitted on {train}", groups, languages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
