"""Fragmentation on CL-TLS, held out: article pairs labelled before any change (issue 13).

Run: ``.venv/bin/python benchmarks/clustering_cltls_heldout.py [--cache DIR] [--data DIR]
[--draw]`` (the analysed articles of ``benchmarks/clustering_cltls.py``, egypt and syria,
es/fr/it, folder dates as publication dates).

Labels (``clustering_cltls_heldout_pairs.json``, protocol in the file and in
docs/benchmarks.md, issue 13, session 7): 44 article pairs drawn from articles that no
earlier clustering label set used, at most 3 days apart, half of them sharing rare
capitalised words (a partition-free proxy for shared names); each read and labelled
``event`` (one happening: must be one story), ``story`` (one running episode: together or
apart are both acceptable) or ``different`` (must be apart). The draw does not depend on
any partition, so recall does not favour the partition that was current when it was made.

Printed for every partition of ``clustering_cltls.partitions`` (storylens, TF-IDF and
USE-m cosine baselines) and, with ``--episode GAP,SHARED,RELIEF[,reports]``, storylens
with that episode relief (``storylens.cluster.episode``, off in the package):

* precision: of labelled pairs put in one story, the share not labelled ``different``;
* recall: of ``event`` pairs, the share put in one story (and of ``event`` + ``story``);
* per topic, the same counts.

``--draw`` prints the draw again from the analysed articles (ids, stratum), to check that
the file's pairs are what the protocol gives.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

from clustering_cltls import DEFAULT_DATA, load_topic, partitions
from storylens import load_settings
from storylens.cluster import EpisodeRelief, cluster_articles
from storylens.records import Article

PAIRS = Path(__file__).with_name("clustering_cltls_heldout_pairs.json")
USED = ("clustering_cltls_labels.json", "clustering_cltls_event_pairs.json",
        "clustering_cltls_lone_pairs.json")
TOPICS = ("egypt", "syria")
SEED = 20261202
MAX_DAYS = 3
PER_STRATUM = (("close_shared2", 15), ("close_random", 10))
READ_CHARS = 1500
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z]{3,}\b")


def _capitalised(text: str) -> set[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    return {w.lower() for w in _CAPITALISED.findall(plain)}


def used_ids() -> set[str]:
    """Article ids of every earlier CL-TLS clustering label set."""
    used: set[str] = set()
    for name in USED:
        payload = json.loads(Path(__file__).with_name(name).read_text(encoding="utf-8"))
        for story in payload.get("stories", []):
            used |= set(story["events"])
        for pair in payload.get("pairs", []):
            used |= {pair["a"], pair["b"]}
    return used


def draw(articles: dict[str, list[Article]]) -> list[dict[str, str]]:
    """The protocol's draw (see the label file): seeded, partition-free."""
    used = used_ids()
    rng = random.Random(SEED)
    out = []
    for number, topic in enumerate(TOPICS):
        # A text filed under both topics counts under the later one, as when it was drawn.
        later = {a.id for t in TOPICS[number + 1:] for a in articles[t]}
        by_id = {a.id: a for a in articles[topic] if a.id not in used | later}
        ids = sorted(by_id)
        words = {k: _capitalised(by_id[k].text[:READ_CHARS]) for k in ids}
        df = Counter(w for k in ids for w in words[k])
        rare = {w for w, c in df.items() if 2 <= c <= 0.05 * len(ids)}
        day = {k: date.fromisoformat(by_id[k].published or "") for k in ids}
        close = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                 if abs((day[a] - day[b]).days) <= MAX_DAYS]
        shared = [(a, b) for a, b in close if len(words[a] & words[b] & rare) >= 2]
        pools = {"close_shared2": shared,
                 "close_random": [p for p in close if p not in set(shared)]}
        taken: set[str] = set()
        for stratum, wanted in PER_STRATUM:
            pool = pools[stratum][:]
            rng.shuffle(pool)
            kept = 0
            for a, b in pool:
                if kept == wanted:
                    break
                if a in taken or b in taken:
                    continue
                taken |= {a, b}
                kept += 1
                out.append({"topic": topic, "stratum": stratum, "a": a, "b": b})
    rng.shuffle(out)
    return out


def figures(groups: list[list[str]], pairs: list[dict[str, str]]) -> str:
    """Precision and recall of one partition on the labelled pairs (see the docstring)."""
    story = {a: k for k, g in enumerate(groups) for a in g}
    counts: Counter[tuple[str, bool]] = Counter()
    for p in pairs:
        if p["verdict"] is None or p["a"] not in story or p["b"] not in story:
            continue
        counts[(p["verdict"], story[p["a"]] == story[p["b"]])] += 1
    joined = sum(v for (_, j), v in counts.items() if j)
    wrong = counts[("different", True)]
    event, event_in = counts[("event", True)] + counts[("event", False)], counts[("event", True)]
    close = event + counts[("story", True)] + counts[("story", False)]
    close_in = event_in + counts[("story", True)]
    precision = f"{(joined - wrong) / joined:.3f}" if joined else "-"
    return (f"{joined} | {wrong} | {precision} | {event_in}/{event} = "
            f"{event_in / max(1, event):.3f} | {close_in}/{close} = "
            f"{close_in / max(1, close):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls-stories"))
    parser.add_argument("--draw", action="store_true", help="print the protocol's draw")
    parser.add_argument("--episode", action="append", default=[],
                        help="also storylens with this episode relief: GAP,SHARED,RELIEF[,reports]")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    articles = {t: load_topic(args.data, t, None, args.cache) for t in TOPICS}
    if args.draw:
        for pair in draw(articles):
            print(pair["topic"], pair["stratum"], pair["a"], pair["b"])
        return 0
    payload = json.loads(PAIRS.read_text(encoding="utf-8"))
    pairs = payload["pairs"]
    pooled = [a for t in TOPICS for a in articles[t]]
    threshold = load_settings(environ={}).cluster_threshold
    results = partitions(pooled, threshold)
    for spec in args.episode:
        gap, shared, relief, *reports = spec.split(",")
        rule = EpisodeRelief(int(gap), int(shared), float(relief), bool(reports))
        relieved = cluster_articles(pooled, threshold, episode=rule)
        results[f"storylens + episode relief {spec}"] = [s.article_ids for s in relieved]
    present = {a.id for a in pooled}
    found = sum(p["a"] in present and p["b"] in present for p in pairs)
    print(f"held-out pairs: {len(pairs)} ({found} with both articles found), verdicts "
          f"{dict(Counter(p['verdict'] for p in pairs))}\n")
    print("| system | scope | pairs joined | of them different | precision "
          "| event recall | event + story recall |")
    print("|---|---|---|---|---|---|---|")
    for name, groups in results.items():
        print(f"| {name} | both topics | {figures(groups, pairs)} |")
        for topic in TOPICS:
            chosen = [p for p in pairs if p["topic"] == topic]
            print(f"| {name} | {topic} | {figures(groups, chosen)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
