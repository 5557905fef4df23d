"""Story clustering quality on ECB+ (events) and SemEval-2022 Task 8 (same-story pairs).

Run: ``.venv/bin/python benchmarks/clustering.py [--data ../shared/data] [--limit N]
[--cache DIR]``

ECB+ (topics 1-35): every document goes through the real per-article stages
(``Pipeline.analyse_articles``), then storylens clustering at the default threshold and two
baselines (TF-IDF and USE cosine, average link) are scored with B-cubed at subtopic (event)
and topic level. SemEval: Pearson r of the same-story score with -Overall, overall and per
language pair, against plain USE cosine; weights fitted here are scored by 5-fold
cross-validation only. Data is read from ``../shared/data``; ``--cache`` keeps analysed
articles (pickles of the shared texts) in a folder outside the project to re-run quickly.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from storylens import Pipeline, load_settings
from storylens.cluster import (
    attach_singletons,
    average_link,
    cluster_articles,
    features_of,
    nearest_pairs,
)
from storylens.cluster.learned import design_matrix
from storylens.cluster.similarity import pair_signals, pair_similarity
from storylens.config import Settings
from storylens.records import Article, Problem

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
# Fixed baseline thresholds, chosen before looking at ECB+: 0.2 is a common TF-IDF
# cosine cut for "same story"; the USE baseline uses storylens's default threshold.
TFIDF_FIXED = 0.2
SWEEP_TFIDF = np.round(np.arange(0.04, 0.50, 0.02), 2)
SWEEP_USE = np.round(np.arange(0.40, 0.96, 0.02), 2)


def bcubed(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    by_pred: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    n = len(gold)
    overlap = [len(by_pred[predicted[i]] & by_gold[gold[i]]) for i in range(n)]
    precision = sum(o / len(by_pred[predicted[i]]) for i, o in enumerate(overlap)) / n
    recall = sum(o / len(by_gold[gold[i]]) for i, o in enumerate(overlap)) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def analyse(texts: list[str], cache: Path | None, name: str) -> dict[str, Article]:
    """Articles by id after the real per-article stages; pickled in ``cache`` when given."""
    digest = hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:12]
    # v2: articles carry lead vectors; older pickles lack them and are not reused.
    path = cache / f"{name}-v2-{digest}.pkl" if cache else None
    if path and path.is_file():
        with path.open("rb") as handle:
            cached: dict[str, Article] = pickle.load(handle)  # our own cache, never shared
        return cached
    articles: dict[str, Article] = {}
    for text in texts:
        article_id = Article.make_id(text)
        articles.setdefault(article_id, Article(id=article_id, source=name, text=text))
    problems: list[Problem] = []
    Pipeline(load_settings(environ={})).analyse_articles(list(articles.values()), problems)
    for problem in problems:
        print(f"  problem: {problem.stage}: {problem.message}", file=sys.stderr)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            pickle.dump(articles, handle)
    return articles


def _labels(groups: list[list[int]], n: int) -> list[str]:
    labels = [""] * n
    for number, members in enumerate(groups):
        for index in members:
            labels[index] = str(number)
    return labels


def _row(name: str, pred: list[str], sub: list[str], topic: list[str]) -> str:
    ps, rs, fs = bcubed(pred, sub)
    print(f"  {name}: subtopic F1 {fs:.4f}", file=sys.stderr)
    pt, rt, ft = bcubed(pred, topic)
    return (f"| {name} | {ps:.3f} | {rs:.3f} | **{fs:.3f}** | {pt:.3f} | {rt:.3f} "
            f"| **{ft:.3f}** | {len(set(pred))} |")


def _best(sim: np.ndarray, thresholds: np.ndarray, sub: list[str],
          link: Callable[[np.ndarray, float], list[list[int]]] = average_link) -> float:
    scores = [bcubed(_labels(link(sim, t), len(sub)), sub)[2] for t in thresholds]
    return float(thresholds[int(np.argmax(scores))])


def storylens_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """cluster_articles' dense path on a given matrix: average link, then lone articles attach."""
    return attach_singletons(average_link(sim, threshold), *nearest_pairs(sim), threshold)


def ecb(data: Path, limit: int | None, cache: Path | None, threshold: float) -> list[str]:
    """B-cubed table of storylens and baselines on ECB+ topics 1-35."""
    docs = [json.loads(line) for line in (data / "ecbplus-dev.jsonl").open(encoding="utf-8")]
    docs = docs[:limit]
    by_id = analyse([d["text"] for d in docs], cache, "ecbplus")
    gold = {Article.make_id(d["text"]): (d["subtopic"], d["topic"]) for d in docs}
    articles = list(by_id.values())
    sub = [gold[a.id][0] for a in articles]
    topic = [gold[a.id][1] for a in articles]
    n = len(articles)
    lines = [
        f"ECB+ topics 1-35: {n} documents, {len(set(sub))} events, {len(set(topic))} topics",
        "",
        "| system | sub P | sub R | sub F1 | topic P | topic R | topic F1 | clusters |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cluster_articles(articles, threshold)
    lines.append(_row(f"storylens (threshold {threshold})",
                      [a.story_id or a.id for a in articles], sub, topic))
    features = [features_of(a) for a in articles]
    from storylens.cluster import similarity_matrix

    sim = similarity_matrix(features)
    sweep = np.round(np.arange(threshold - 0.3, threshold + 0.3, 0.02), 2)
    best = _best(sim, sweep, sub, storylens_link)
    lines.append(_row(f"storylens, best threshold {best:.2f} (oracle)",
                      _labels(storylens_link(sim, best), n), sub, topic))
    plain = _best(sim, sweep, sub)
    lines.append(_row(f"storylens score, average link only, {threshold}",
                      _labels(average_link(sim, threshold), n), sub, topic))
    lines.append(_row(f"storylens score, average link only, best {plain:.2f} (oracle)",
                      _labels(average_link(sim, plain), n), sub, topic))
    tfidf = TfidfVectorizer(sublinear_tf=True).fit_transform([a.text for a in articles])
    tsim = (tfidf @ tfidf.T).toarray()
    lines.append(_row(f"TF-IDF average link, fixed {TFIDF_FIXED}",
                      _labels(average_link(tsim, TFIDF_FIXED), n), sub, topic))
    tbest = _best(tsim, SWEEP_TFIDF, sub)
    lines.append(_row(f"TF-IDF average link, best {tbest:.2f} (oracle)",
                      _labels(average_link(tsim, tbest), n), sub, topic))
    emb = np.stack([f.embedding for f in features])
    usim = emb @ emb.T
    lines.append(_row(f"USE cosine average link, fixed {threshold}",
                      _labels(average_link(usim, threshold), n), sub, topic))
    ubest = _best(usim, SWEEP_USE, sub)
    lines.append(_row(f"USE cosine average link, best {ubest:.2f} (oracle)",
                      _labels(average_link(usim, ubest), n), sub, topic))
    return lines


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def semeval(data: Path, limit: int | None, cache: Path | None) -> list[str]:
    """Pearson r with -Overall: storylens score, USE cosine, and a 5-fold CV fitted weighting."""
    path = data / "semeval2022-task8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    by_id = analyse([t for r in rows for t in (r["text1"], r["text2"])], cache, "semeval")
    ids = list(by_id)
    position = {article_id: i for i, article_id in enumerate(ids)}
    features = [features_of(by_id[i]) for i in ids]
    pairs = np.array([[position[Article.make_id(r["text1"])],
                       position[Article.make_id(r["text2"])]] for r in rows])
    target = -np.array([float(r["Overall"]) for r in rows])
    langs = np.array([f"{r['lang1']}-{r['lang2']}" for r in rows])
    score = pair_similarity(features, pairs)
    signals = pair_signals(features, pairs)
    columns = design_matrix(signals)
    cosine = signals[0]
    fitted = np.zeros(len(rows))
    folds = KFold(n_splits=5, shuffle=True, random_state=0)
    coefficients = []
    for train, test in folds.split(columns):
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit(columns[train], target[train] >= -2.0)
        fitted[test] = model.decision_function(columns[test])
        coefficients.append(model.coef_[0] / (model.coef_[0][0] + model.coef_[0][1]))
    weights = np.mean(coefficients, axis=0)
    lines = [
        f"SemEval-2022 Task 8 training pairs: {len(rows)} pairs, {len(ids)} distinct texts",
        "",
        "| language pair | pairs | USE cosine r | storylens r | LR 5-fold CV r |",
        "|---|---|---|---|---|",
        f"| all | {len(rows)} | {_pearson(cosine, target):.3f} | "
        f"**{_pearson(score, target):.3f}** | {_pearson(fitted, target):.3f} |",
    ]
    for pair in sorted(set(langs), key=lambda p: -int(np.sum(langs == p))):
        mask = langs == pair
        lines.append(
            f"| {pair} | {int(mask.sum())} | {_pearson(cosine[mask], target[mask]):.3f} | "
            f"{_pearson(score[mask], target[mask]):.3f} | "
            f"{_pearson(fitted[mask], target[mask]):.3f} |"
        )
    lines += ["", "LR (same story = Overall <= 2) on the columns of cluster.learned.FEATURES; "
              "weights relative to cosine + lead, mean of folds: "
              + ", ".join(f"{w:.2f}" for w in weights)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    if not (args.data / "ecbplus-dev.jsonl").is_file():
        print(f"development data not found at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    threshold = Settings().cluster_threshold
    print("\n".join(ecb(args.data, args.limit, args.cache, threshold)))
    print()
    print("\n".join(semeval(args.data, args.limit, args.cache)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
