"""Stories on real dated news in three languages: CL-TLS egypt / syria, es + fr + it (issue 13).

Run: ``.venv/bin/python benchmarks/clustering_cltls.py [--data ../shared/data/cl-tls]
[--topics egypt,syria] [--per-folder N] [--cache /tmp/storylens-cltls-stories]
[--sample-for-labelling]``

Each topic's articles in es, fr and it are pooled (one pile of news per topic, as a reader
would hand it over), every file with its folder date as ``published`` and its folder
language, and go through the real stages (``Pipeline.read_articles``: cleaning with the
cross-document furniture cut; ``analyse_articles``). ``--per-folder N`` keeps a seeded
sample of N files per language folder (whole days are not kept together: a sample
fragments stories, so prefer whole topics when time allows). Then, in the same run:

* storylens: ``cluster_articles`` at the package threshold (nothing here is tuned on CL-TLS);
* baseline: TF-IDF (sublinear tf) average link at ``TFIDF_FIXED`` (0.2, fixed before ECB+
  was seen; on held-out ECB+ topics it is the baseline of benchmarks/clustering_fit.py);
* baseline: plain USE-m cosine average link at 0.53, the best single threshold of the plain
  cosine on SemEval (benchmarks/clustering_fit.py), so a multilingual baseline too.

Printed: number of stories, size distribution, the share of single-article stories and of
articles left alone, stories spanning two or more languages, and purity on labelled stories.

Labelling protocol (``clustering_cltls_labels.json``, written before any tuning on CL-TLS;
nothing was tuned on CL-TLS afterwards either): with the package as it stood when the
labels were made, 20 stories of two or more articles were drawn with a fixed seed
(``--sample-for-labelling`` prints them, members with date, language, title and lead).
For each story the labeller read every member (title and lead, more where unsure) and gave it
two opaque labels (the same id wherever two sampled stories tell the same thing):

* ``events``: the real-world event as a reader names it, including the days of protest that
  lead up to it and its immediate aftermath (the 2011 uprising up to Mubarak's fall; the
  June 30 protests and the ouster of Morsi; the dispersal of the Rabaa sit-in; the 2012
  run-off); a background piece, a profile, another country or another event gets its own id;
* ``developments``: the particular development within it (the appointment of a vice
  president, the internet cut, one day's clashes), the stricter reading.

The file keeps only article ids (content hashes) and these opaque ids, never text. Figures:

* purity of the labelled stories: per story, the share of members carrying the story's
  most frequent event label, averaged over the 20 stories (and pooled over members);
* for any partition (storylens now or a baseline), over labelled articles: pair precision
  (of labelled pairs put in one story, the share with one event label) and pair recall (of
  labelled pairs with one event label, the share put in one story: fragmentation).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import random
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storylens import Pipeline, load_settings
from storylens.cluster import (
    DENSE_LIMIT,
    average_link,
    candidate_pairs,
    cluster_articles,
    features_of,
    similarity,
)
from storylens.cluster.learned import load_combination
from storylens.records import Article, Problem

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls"
LABELS = Path(__file__).with_name("clustering_cltls_labels.json")
# Verdicts on the pairs the unshipped lone-pair variant adds (ids only; protocol in docs).
LONE_PAIR_LABELS = Path(__file__).with_name("clustering_cltls_lone_pairs.json")
LANGS = ("es", "fr", "it")
TFIDF_FIXED = 0.2
USE_COSINE = 0.53
SAMPLE_SEED = 13
SAMPLE_STORIES = 20
LEVELS = ("events", "developments")
SIZE_BINS = ((1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 10**9))


def load_topic(data: Path, topic: str, per_folder: int | None, cache: Path) -> list[Article]:
    """The analysed articles of one topic in every language (pickled in ``cache``)."""
    tag = f"{topic}-{per_folder or 'all'}"
    target = cache / f"{tag}.pkl"
    if target.is_file():
        with target.open("rb") as handle:
            cached: list[Article] = pickle.load(handle)  # our own cache, never shared
        return cached
    jsonl = cache / f"{tag}.jsonl"
    rng = random.Random(SAMPLE_SEED)
    with jsonl.open("w", encoding="utf-8") as out:
        for lang in LANGS:
            files = sorted((data / lang / topic).glob("*/*.txt"))
            if per_folder is not None and len(files) > per_folder:
                files = sorted(rng.sample(files, per_folder))
            for path in files:
                out.write(json.dumps({
                    "text": path.read_text(encoding="utf-8", errors="replace"),
                    "published": path.parent.name, "language": lang,
                }) + "\n")
    pipeline = Pipeline(dataclasses.replace(load_settings(environ={}), lang_hint=None))
    problems: list[Problem] = []
    articles = pipeline.read_articles([jsonl], problems)
    pipeline.analyse_articles(articles, problems)
    print(f"{topic}: {len(articles)} articles analysed, {len(problems)} problems",
          file=sys.stderr)
    with target.open("wb") as handle:
        pickle.dump(articles, handle)
    return articles


def size_line(name: str, groups: list[list[str]], languages: dict[str, str]) -> str:
    sizes = [len(g) for g in groups]
    n = sum(sizes)
    bins = [sum(1 for s in sizes if lo <= s <= hi) for lo, hi in SIZE_BINS]
    alone = sizes.count(1)
    multi = sum(1 for g in groups if len({languages[a] for a in g}) > 1)
    return (f"| {name} | {n} | {len(groups)} | " + " | ".join(map(str, bins))
            + f" | {alone / len(groups):.0%} | {alone / n:.0%} | {max(sizes)} | {multi} |")


def pair_scores(groups: list[list[str]], labels: dict[str, str]) -> tuple[float, float, int]:
    """Pair precision and recall over labelled articles, and the labelled pairs put together."""
    story = {a: k for k, g in enumerate(groups) for a in g}
    ids = sorted(a for a in labels if a in story)
    together = same = both = 0
    for a, b in combinations(ids, 2):
        joined = story[a] == story[b]
        one_event = labels[a] == labels[b]
        together += joined
        same += one_event
        both += joined and one_event
    return both / max(1, together), both / max(1, same), together


def purity(stories: list[list[str]], labels: dict[str, str]) -> tuple[float, float]:
    """Mean per-story purity and pooled purity of labelled stories."""
    per_story, kept, total = [], 0, 0
    for members in stories:
        counts = Counter(labels[a] for a in members)
        top = counts.most_common(1)[0][1]
        per_story.append(top / len(members))
        kept, total = kept + top, total + len(members)
    return float(np.mean(per_story)), kept / max(1, total)


def partitions(articles: list[Article], threshold: float) -> dict[str, list[list[str]]]:
    ids = [a.id for a in articles]
    stories = cluster_articles(articles, threshold)
    out = {f"storylens ({threshold})": [s.article_ids for s in stories]}
    tfidf = TfidfVectorizer(sublinear_tf=True).fit_transform([a.text for a in articles])
    tsim = (tfidf @ tfidf.T).toarray()
    out[f"TF-IDF average link ({TFIDF_FIXED})"] = [
        [ids[i] for i in g] for g in average_link(tsim, TFIDF_FIXED)]
    emb = np.stack([np.asarray(a.embedding, dtype=np.float32) for a in articles])
    out[f"USE-m cosine average link ({USE_COSINE})"] = [
        [ids[i] for i in g] for g in average_link(emb @ emb.T, USE_COSINE)]
    return out


def print_sample(articles: list[Article], groups: list[list[str]]) -> None:
    """The stories to label: seeded draw among stories of two or more articles."""
    by_id = {a.id: a for a in articles}
    eligible = [g for g in groups if len(g) >= 2]
    rng = random.Random(SAMPLE_SEED)
    for number, members in enumerate(rng.sample(eligible, min(SAMPLE_STORIES, len(eligible)))):
        print(f"\n=== story {number} ({len(members)} articles)")
        for article_id in members:
            a = by_id[article_id]
            lead = " ".join(a.text[:300].split())
            print(f"  {article_id} {a.published} {a.language} | {a.title[:90]} | {lead}")


def lone_pairs(articles: list[Article], groups: list[list[str]], threshold: float,
               margin: float) -> list[tuple[str, str, float]]:
    """The pairs the unshipped lone-pair variant (benchmarks/clustering_fit.py) would add:
    two articles alone in the partition, each the other's nearest among the pairs
    ``cluster_articles`` scores (all pairs up to DENSE_LIMIT articles, else its candidates),
    scoring below the threshold by at most ``margin``."""
    features = [features_of(a) for a in articles]
    if len(features) <= DENSE_LIMIT:
        pairs = np.stack(np.triu_indices(len(features), 1), axis=1)
    else:
        pairs = candidate_pairs(features)
    scores = similarity.PairScorer(features)(pairs).astype(np.float64)
    best = np.full(len(features), -np.inf)
    partner = np.full(len(features), -1)
    for (i, j), score in zip(pairs.tolist(), scores.tolist(), strict=True):
        for a, b in ((i, j), (j, i)):
            if score > best[a] or (score == best[a] and b < partner[a]):
                best[a], partner[a] = score, b
    index = {a.id: i for i, a in enumerate(articles)}
    lone = {index[g[0]] for g in groups if len(g) == 1}
    return [(articles[i].id, articles[int(partner[i])].id, float(best[i]))
            for i in sorted(lone) if int(partner[i]) in lone and partner[partner[i]] == i
            and i < partner[i] and threshold - margin <= best[i] < threshold]


def print_lone_pairs(articles: list[Article], pairs: list[tuple[str, str, float]]) -> None:
    """Each added pair with the verdict in LONE_PAIR_LABELS when there is one."""
    by_id = {a.id: a for a in articles}
    verdicts = {}
    if LONE_PAIR_LABELS.is_file():
        payload = json.loads(LONE_PAIR_LABELS.read_text(encoding="utf-8"))
        verdicts = {frozenset((p["a"], p["b"])): p["same_event"] for p in payload["pairs"]}
    print(f"\nLone pairs the unshipped variant would add: {len(pairs)}")
    for a, b, score in pairs:
        verdict = verdicts.get(frozenset((a, b)))
        print(f"\n  score {score:.3f}, same event (labelled): {verdict}")
        for article_id in (a, b):
            x = by_id[article_id]
            lead, title = " ".join(x.text[:200].split()), (x.title or "")[:90]
            print(f"    {article_id} {x.published} {x.language} | {title} | {lead}")
    judged = [verdicts[frozenset((a, b))] for a, b, _ in pairs if frozenset((a, b)) in verdicts]
    if judged:
        print(f"\nlabelled lone pairs: {sum(judged)} of {len(judged)} one event")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--topics", default="egypt,syria")
    parser.add_argument("--per-folder", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls-stories"))
    parser.add_argument("--sample-for-labelling", action="store_true")
    parser.add_argument("--weights", type=Path, default=None,
                        help="another combination file (e.g. the previous weights) to compare")
    parser.add_argument("--lone-pair-margin", type=float, default=None,
                        help="list the pairs the unshipped lone-pair variant would add")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"CL-TLS not found at {args.data}", file=sys.stderr)
        return 2
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.weights is not None:
        weights = load_combination(args.weights)
        similarity.load_combination = lambda: weights  # this run only
    threshold = load_settings(environ={}).cluster_threshold
    articles = [a for t in args.topics.split(",") for a in load_topic(
        args.data, t, args.per_folder, args.cache)]
    languages = {a.id: a.language or "?" for a in articles}
    results = partitions(articles, threshold)
    if args.sample_for_labelling:
        print_sample(articles, next(iter(results.values())))
        return 0
    if args.lone_pair_margin is not None:
        print_lone_pairs(articles, lone_pairs(articles, next(iter(results.values())), threshold,
                                              args.lone_pair_margin))
        return 0
    bins = " | ".join(f"{lo}" if lo == hi else f"{lo}+" if hi > 10**6 else f"{lo}-{hi}"
                      for lo, hi in SIZE_BINS)
    print(f"CL-TLS {args.topics} (es, fr, it pooled), {len(articles)} articles, "
          f"folder dates as publication dates\n")
    print(f"| system | articles | stories | size {bins} | single-article stories "
          "| articles alone | largest | multi-language stories |")
    print("|---" * (7 + len(SIZE_BINS)) + "|")
    for name, groups in results.items():
        print(size_line(name, groups, languages))
    if not LABELS.is_file():
        print(f"\nno labels at {LABELS}: run with --sample-for-labelling and label first")
        return 0
    payload = json.loads(LABELS.read_text(encoding="utf-8"))
    sampled = [list(story["events"]) for story in payload["stories"]]
    print(f"\nLabelled sample: {len(sampled)} stories drawn from {payload['system']}, "
          f"{sum(map(len, sampled))} articles")
    print("\n| level | purity per story | purity pooled |")
    print("|---|---|---|")
    for level in LEVELS:
        labels = {a: e for story in payload["stories"] for a, e in story[level].items()}
        mean, pooled = purity(sampled, labels)
        print(f"| {level} | {mean:.3f} | {pooled:.3f} |")
    print("\n| system | level | labelled pairs together | pair precision | pair recall |")
    print("|---|---|---|---|---|")
    for name, groups in results.items():
        for level in LEVELS:
            labels = {a: e for story in payload["stories"] for a, e in story[level].items()}
            precision, recall, together = pair_scores(groups, labels)
            print(f"| {name} | {level} | {together} | {precision:.3f} | {recall:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
