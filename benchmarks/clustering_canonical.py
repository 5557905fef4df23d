"""Signals not tried before for issue 13's SemEval goal: canonical entities, headlines (session 8).

Run: ``.venv/bin/python benchmarks/clustering_canonical.py --cache DIR``

Same folds, fit and cut as ``clustering_joint.py`` / ``clustering_probe.py`` (ECB+ topics
held out by ``topic % 5``, SemEval articles held out in whole groups, equal weight for the
two data sets in the fit and in the cut criterion, language means from the training folds);
every row is printed for the held-out folds only, beside the plain USE-m cosine cut on the
training folds in the same run. Figures: docs/benchmarks.md, "Issue 13: CL-TLS labels
keyed by file path, canonical entities and headlines for SemEval (2026-12-02, session 8)".

New columns (each a pair signal the fitted score could use):

* **canonical entities**: the entity stage's resolver (``merge_entities``, the cross-
  language resolution of sessions 6-7: translations of body names, demonyms to countries,
  surnames to full names, Russian cases, ...) run once over each whole data set (no
  labels; the same for training and held-out folds), and per pair the summed idf of the
  canonical entities both articles mention, saturated as the name-key column is. The
  shipped name column compares spelling skeletons of mention words, so "Allemagne" and
  "Germany" or "Merkel" and "Angela Merkel" meet only here.
* **headline cosine**: the USE-m cosine of each article's first sentence (capped at 300
  characters): the headline where the text opens with one (SemEval texts do; ECB+ texts
  open with their lead sentence). The shipped lead cosine embeds the first three sentences
  and is NaN for two-language pairs; this one is defined for every pair.

Rows: each column added to the shipped columns; canonical entities in place of the name
keys; canonical entities for two-language pairs only; both columns. Then single signals
(plain cosine, headline cosine) pair by pair and through the partition, and paired
bootstrap intervals of each row against the shipped procedure and the plain cosine.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from clustering import DEFAULT_DATA
from clustering_fit import Ecb, SemEval
from clustering_joint import BASE, base, cross, paired_interval, plus, single_signal
from clustering_probe import Extra, Folds, RunOptions, Signals, _semeval_articles
from storylens.cluster import ArticleFeatures
from storylens.cluster.learned import ENTITY_SATURATION, design_matrix
from storylens.cluster.similarity import _idf, _idf_rows, _rowdot
from storylens.records import Article

CANONICAL, HEADLINE = BASE, BASE + 1
HEADLINE_CHARS = 300
NAMES = 3  # the name-key signal in pair_signals order


def _cached(cache: Path | None, tag: str, articles: list[Article],
            make: Callable[[list[Article]], dict]) -> dict:
    digest = hashlib.sha256("\x1f".join(a.id for a in articles).encode()).hexdigest()[:12]
    path = cache / f"{tag}-{digest}.pkl" if cache else None
    if path and path.is_file():
        with path.open("rb") as handle:
            cached: dict = pickle.load(handle)  # our own cache, never shared
        return cached
    made = make(articles)
    if path:
        with path.open("wb") as handle:
            pickle.dump(made, handle)
    return made


def canonical_ids(articles: list[Article]) -> dict[str, set[str]]:
    """Canonical entity ids each article mentions, one resolver run over all articles."""
    from storylens.entities.resolver import merge_entities

    found: dict[str, set[str]] = {a.id: set() for a in articles}
    for entity in merge_entities(articles):
        for mention in entity.mentions:
            found[mention.article_id].add(entity.id)
    return found


def headline_vectors(articles: list[Article]) -> dict[str, np.ndarray]:
    """USE-m vector of each article's first sentence (its headline where it has one)."""
    from storylens.embed import UseM3Embedder

    def first(article: Article) -> str:
        if not article.sentences:
            return article.text[:HEADLINE_CHARS]
        span = article.sentences[0]
        return article.text[span.start:span.end][:HEADLINE_CHARS]

    embedder = UseM3Embedder(threads=1)
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(articles), 64):
        batch = articles[start:start + 64]
        for article, vector in zip(batch, embedder.embed([first(a) for a in batch]), strict=True):
            vectors[article.id] = vector
    return vectors


def extra(canonical: dict[str, set[str]], headlines: dict[str, np.ndarray]) -> Extra:
    """Columns CANONICAL (summed idf of shared canonical entities) and HEADLINE (cosine)."""
    def columns(features: list[ArticleFeatures], pairs: np.ndarray) -> list[np.ndarray]:
        items: list[Iterable[tuple[str, float]]] = [
            ((k, 1.0) for k in canonical[f.article_id]) for f in features]
        rows = _idf_rows(len(features), items, _idf)
        left, right = pairs[:, 0], pairs[:, 1]
        vectors = np.stack([headlines[f.article_id] for f in features]).astype(np.float32)
        return [_rowdot(rows, left, right),
                np.einsum("ij,ij->i", vectors[left], vectors[right])]
    return columns


def saturated(s: Signals) -> np.ndarray:
    return np.asarray(s[CANONICAL] / (s[CANONICAL] + ENTITY_SATURATION))


def canonical_for_names(s: Signals) -> np.ndarray:
    """The shipped columns with the canonical entities in the name column's place."""
    return design_matrix((*s[:NAMES], s[CANONICAL], *s[NAMES + 1:BASE]))


def errors(folds: Folds, shipped: np.ndarray, plain: np.ndarray, path: Path) -> None:
    """The rated held-out pairs the shipped partition gets wrong, with their signals (ids
    only; the texts are read from the data set), and how the plain cosine decided them."""
    sem = folds.sem
    rated = (sem.overall <= 1.5) | (sem.overall >= 3.5)
    gold = sem.overall <= 1.5
    folds_csv = path
    with folds_csv.open(encoding="utf-8", newline="") as handle:
        pair_ids = [r["pair_id"] for r in csv.DictReader(handle)]
    table = Counter((bool(g), bool(s), bool(p)) for g, s, p in
                    zip(gold[rated], shipped[rated], plain[rated], strict=True))
    print(f"\nrated pairs (gold same, partition same, plain cosine same): {dict(table)} "
          f"({folds_csv.name})")
    print("| pair | languages | overall | gold | partition | plain | cosine | lead | words "
          "| names | canonical | headline |")
    print("|---" * 12 + "|")
    for k in np.flatnonzero(rated & (shipped != gold)):
        s = [float(v[k]) for v in folds.data[int(folds.sem_fold[k])]["sem"][0]]
        print(f"| {pair_ids[k]} | {'x' if sem.cross[k] else '='} | {sem.overall[k]:.2f} | "
              f"{'same' if gold[k] else 'diff'} | {int(shipped[k])} | {int(plain[k])} | "
              f"{s[0]:.3f} | {s[1]:.3f} | {s[2]:.3f} | {s[3]:.1f} | {s[CANONICAL]:.1f} | "
              f"{s[HEADLINE]:.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--headline-only", action="store_true",
                        help="skip the canonical entities (one resolver run over SemEval's "
                        "2,502 articles takes minutes of CPU)")
    parser.add_argument("--errors", action="store_true",
                        help="list the rated held-out pairs the shipped partition gets wrong")
    args = parser.parse_args()
    if not (args.data / "ecbplus-dev.jsonl").is_file():
        print(f"development data not found at {args.data}", file=sys.stderr)
        return 2
    ecb, sem = Ecb(args.data, args.cache), SemEval(args.data, args.cache)
    canonical: dict[str, set[str]] = {}
    headlines: dict[str, np.ndarray] = {}
    for tag, articles in (("ecbplus", ecb.articles),
                          ("semeval", _semeval_articles(args.data, args.cache))):
        canonical |= ({a.id: set() for a in articles} if args.headline_only else
                      _cached(args.cache, f"canonical-{tag}", articles, canonical_ids))
        headlines |= _cached(args.cache, f"headline-{tag}", articles, headline_vectors)
    folds = Folds(ecb, sem, args.folds, [extra(canonical, headlines)])
    logistic = lambda: LogisticRegression(C=1.0, max_iter=3000)  # noqa: E731
    header = " | ".join(f"ECB+ fold {k}" for k in range(args.folds))
    print(f"| variant | {header} | ECB+ mean | SemEval partition | cross | same-language "
          "| training-fold cuts (logit) |")
    print("|---" * (args.folds + 6) + "|")
    headline = lambda s: s[HEADLINE]  # noqa: E731
    rows: list[tuple[str, Callable[[Signals], np.ndarray]]] = [
        ("logistic (shipped procedure)", base),
        ("+ canonical entities", plus(saturated)),
        ("canonical entities in place of name keys", canonical_for_names),
        ("+ canonical entities, two-language pairs only", plus(lambda s: cross(s) * saturated(s))),
        ("+ headline cosine", plus(headline)),
        ("+ canonical entities + headline cosine", plus(saturated, headline)),
    ]
    if args.headline_only:
        rows = [row for row in rows if "canonical" not in row[0]]
    same = {name: folds.run(name, design, logistic, RunOptions()) for name, design in rows}
    print()
    plain = single_signal(folds, 0, np.arange(0.3, 0.95, 0.01), "plain USE-m cosine")
    single_signal(folds, HEADLINE, np.arange(0.1, 0.95, 0.01), "headline cosine")
    print()
    shipped = same[rows[0][0]]
    for name, _ in rows[1:]:
        print(f"SemEval, {name} less the shipped procedure: "
              f"{paired_interval(folds.sem, same[name], shipped)}")
    for name, _ in rows:
        print(f"SemEval, {name} less the plain cosine (pair by pair): "
              f"{paired_interval(folds.sem, same[name], plain)}")
    if args.errors:
        errors(folds, shipped, plain, args.data / "semeval2022-task8" / "training_set.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
