"""One combiner for ECB+ and SemEval: data-set-agnostic columns, cut and linkage (session 6).

Run: ``.venv/bin/python benchmarks/clustering_joint.py --cache DIR``

Issue 13's SemEval goal (same-story pair F1 from the partition >= 0.88 and above the plain
USE-m cosine, one model and one threshold, ECB+ topic-held-out event B-cubed F1 >= 0.92)
on the folds of ``clustering_probe.py`` (ECB+ topics held out by ``topic % 5``, SemEval
articles held out in whole groups, both data sets weighted equally in the fit and in the
cut criterion, language means from the training folds). Every row is fitted and cut on
the training folds only and printed for the held-out folds. Figures: docs/benchmarks.md,
"Issue 13: one combiner for both data sets, what the partition costs (2026-12-02,
session 6)".

Rows:
- columns that mean the same on any data: the language-centred cosine for every pair
  (not only two-language pairs); "both articles have names" (so "no shared name" is told
  from "no names"); text size (summed word weights, a length that does not depend on the
  script) with its slopes on the two cosines; two-language pairs' own slopes for names,
  figures and years;
- the cut at probability 0.5 (the fitted logistic read as calibrated) instead of a cut
  chosen on the grid; the linkage (average or complete) chosen with the cut on the
  training folds; the centred cosine added to the fitted logit with a slope chosen with
  the cut on the training criterion (not by the fit);
- the same two choices (cut; slope and cut) made on out-of-fold scores of the training
  folds (``nested``) rather than on the pairs the model was fitted on;
- ceilings: fitted and cut on SemEval alone (ECB+ ignored), which bound what a linear
  combination of these signals can reach on SemEval;
- single signals (plain and centred cosine) cut on the training folds, pair by pair as the
  issue's baseline is computed and through the same partition as the learned score, to
  check that the partition (transitivity, other groups' articles) is not what costs; the
  plain cosine again on a grid of 0.005 shows how much the cut grid alone moves it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from clustering import DEFAULT_DATA, bcubed
from clustering_fit import THRESHOLDS, Ecb, SemEval, pair_f1
from clustering_probe import Folds, RunOptions, Signals, _logit, _partition
from storylens.cluster import ArticleFeatures
from storylens.cluster.learned import ENTITY_SATURATION, design_matrix

# Summed 1 + log(tf) word weights, capped and scaled: ~100 per 1,000 characters of text.
SIZE_CAP = 400.0
SIZE_UNIT = 100.0
FIGURE_SATURATION = 8.0
BASE = 8  # pair_signals columns; the extras below follow
BOTH_NAMES, BOTH_FIGURES, SMALLER, LARGER = range(BASE, BASE + 4)


def extras(features: list[ArticleFeatures], pairs: np.ndarray) -> list[np.ndarray]:
    """Per pair: both have names, both have figures, the smaller and the larger text size."""
    names = np.array([bool(f.entity_keys) for f in features])
    figures = np.array([bool(f.figures) for f in features])
    size = np.array([min(sum(f.terms.values()), SIZE_CAP) / SIZE_UNIT for f in features])
    a, b = pairs[:, 0], pairs[:, 1]
    return [(names[a] & names[b]).astype(float), (figures[a] & figures[b]).astype(float),
            np.minimum(size[a], size[b]), np.maximum(size[a], size[b])]


def base(s: Signals) -> np.ndarray:
    return design_matrix(s[:BASE])


def plus(*columns: Callable[[Signals], np.ndarray]) -> Callable[[Signals], np.ndarray]:
    return lambda s: np.column_stack([base(s), *(c(s) for c in columns)])


def cross(s: Signals) -> np.ndarray:
    return np.isnan(s[1]).astype(float)


def centred(s: Signals) -> np.ndarray:
    return np.asarray(s[7])


def lead_or_cosine(s: Signals) -> np.ndarray:
    return np.where(np.isnan(s[1]), s[0], s[1])


CROSS_OWN = (lambda s: cross(s) * s[3] / (s[3] + ENTITY_SATURATION),
             lambda s: cross(s) * s[4] / (s[4] + FIGURE_SATURATION),
             lambda s: cross(s) * s[5])
SIZE = (lambda s: s[SMALLER], lambda s: s[SMALLER] * s[0],
        lambda s: s[SMALLER] * lead_or_cosine(s))


def single_signal(folds: Folds, column: int, grid: np.ndarray, name: str) -> np.ndarray:
    """One signal cut on the training folds: pair by pair, and through the partition;
    returns the pair-by-pair decisions (the issue's baseline is computed so)."""
    sem, sem_fold = folds.sem, folds.sem_fold
    rating = sem.overall
    pairwise = np.zeros(len(sem.pairs), bool)
    through = np.zeros(len(sem.pairs), bool)
    for fold, d in enumerate(folds.data):
        value = d["sem"][0][column]
        train, held = sem_fold != fold, sem_fold == fold
        cut = max(grid, key=lambda t: pair_f1(value[train] >= t, rating[train]))
        pairwise[held] = value[held] >= cut
        used, every, signals = d["part"]
        local = {a: k for k, a in enumerate(used)}
        labels = _partition(len(used), every, np.asarray(signals[column]) - cut)
        through[held] = [labels[local[a]] == labels[local[b]]
                         for a, b in sem.pairs[held].tolist()]
    for how, same in (("pair by pair", pairwise), ("through the partition", through)):
        print(f"SemEval {name}, {how}: {pair_f1(same, rating):.3f} (cross "
              f"{pair_f1(same, rating, sem.cross):.3f}, same-language "
              f"{pair_f1(same, rating, ~sem.cross):.3f})")
    return pairwise


def nested(folds: Folds, name: str, design: Callable[[Signals], np.ndarray],
           make: Callable[[], object], post: Callable[[Signals], np.ndarray] | None = None,
           betas: tuple[float, ...] = (0.0,)) -> None:
    """The cut (and the slope of ``post``) chosen on out-of-fold scores of the training folds.

    For each inner fold j of the training folds a model is fitted without j, j's ECB+ topics
    are partitioned alone and j's SemEval pairs decided; the (slope, cut) with the best mean
    of the inner ECB+ F1 and the pooled inner SemEval F1 is then used with the model fitted
    on all training folds. The in-sample choice (``Folds.run``) judges a cut on the pairs the
    model was fitted on; this one judges it as the held-out fold will. (Inner folds use the
    signals computed with their own fold's language means: unsupervised, no label leaks.)
    """
    sem, k = folds.sem, len(folds.data)
    ecb_f1, cuts = [], []
    same = np.zeros(len(sem.pairs), bool)
    for fold in range(k):
        grid = [(b, float(t)) for b in betas for t in THRESHOLDS]
        inner_ecb: dict[tuple[float, float], list[float]] = {g: [] for g in grid}
        inner_sem = {g: np.zeros(len(sem.pairs), bool) for g in grid}
        for j in (j for j in range(k) if j != fold):
            model = folds.fit_fold(fold, design, make, leave_out=(j,))
            index, pairs, signals = folds.data[j]["held"]
            gold = list(folds.ecb.sub[index])
            sem_signals = folds.data[fold]["sem"][0]
            for beta in betas:
                logit = _logit(model, design(signals)) + (beta * post(signals) if post else 0.0)
                sem_logit = _logit(model, design(sem_signals)) + (
                    beta * post(sem_signals) if post else 0.0)
                for t in THRESHOLDS:
                    inner_ecb[beta, float(t)].append(
                        bcubed(_partition(len(index), pairs, logit - t), gold)[2])
                    inner_sem[beta, float(t)][folds.sem_fold == j] = (
                        sem_logit >= t)[folds.sem_fold == j]
        seen = folds.sem_fold != fold
        beta, cut = max(grid, key=lambda g: np.mean(inner_ecb[g])
                        + pair_f1(inner_sem[g][seen], sem.overall[seen]))
        cuts.append(cut if len(betas) == 1 else (cut, beta))
        model = folds.fit_fold(fold, design, make)
        f1, same[folds.sem_fold == fold] = folds.held_out(fold, lambda s, m=model, b=beta, c=cut: (
            _logit(m, design(s)) + (b * post(s) if post else 0.0) - c))
        ecb_f1.append(f1)
    folds.row(name, ecb_f1, same, cuts)


BOOTSTRAP = 2000
SLOPE_ROW = "+ slope x centred cosine chosen with the cut"


def paired_interval(sem: SemEval, first: np.ndarray, second: np.ndarray) -> str:
    """95 % interval of F1(first) - F1(second), resampling whole article groups (the
    folds' unit), so the noise of 825 rated pairs is seen beside each difference."""
    group = sem.group[sem.pairs[:, 0]]
    members = [np.flatnonzero(group == g) for g in np.unique(group)]
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(BOOTSTRAP):
        take = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        rating = sem.overall[take]
        diffs.append(pair_f1(first[take], rating) - pair_f1(second[take], rating))
    low, high = np.percentile(diffs, [2.5, 97.5])
    point = pair_f1(first, sem.overall) - pair_f1(second, sem.overall)
    return f"{point:+.3f} (95 % interval {low:+.3f} to {high:+.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if not (args.data / "ecbplus-dev.jsonl").is_file():
        print(f"development data not found at {args.data}", file=sys.stderr)
        return 2
    folds = Folds(Ecb(args.data, args.cache), SemEval(args.data, args.cache), args.folds,
                  [extras])
    logistic = lambda: LogisticRegression(C=1.0, max_iter=3000)  # noqa: E731
    header = " | ".join(f"ECB+ fold {k}" for k in range(args.folds))
    print(f"| variant | {header} | ECB+ mean | SemEval partition | cross | same-language "
          "| training-fold cuts (logit[, linkage, slope]) |")
    print("|---" * (args.folds + 6) + "|")
    semeval_only = RunOptions(ecb_fit=0.001, sem_cut=1.0)
    rows: list[tuple[str, Callable[[Signals], np.ndarray], RunOptions]] = [
        ("logistic (shipped procedure)", base, RunOptions()),
        ("+ centred cosine, every pair", plus(centred), RunOptions()),
        ("+ both have names", plus(lambda s: s[BOTH_NAMES]), RunOptions()),
        ("+ two-language slopes for names, figures, years", plus(*CROSS_OWN), RunOptions()),
        ("+ text size and its slopes on the cosines", plus(*SIZE), RunOptions()),
        ("+ all of the above", plus(centred, lambda s: s[BOTH_NAMES], *CROSS_OWN, *SIZE),
         RunOptions()),
        ("cut at probability 0.5", base, RunOptions(cut=0.0)),
        ("linkage chosen on the training folds", base,
         RunOptions(methods=("average", "complete"))),
        ("complete link", base, RunOptions(methods=("complete",))),
        (SLOPE_ROW, base,
         RunOptions(post=centred, betas=(0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0))),
        ("ceiling: SemEval alone", base, semeval_only),
        ("ceiling: SemEval alone, + centred cosine", plus(centred), semeval_only),
    ]
    same = {name: folds.run(name, design, logistic, options) for name, design, options in rows}
    nested(folds, "cut chosen on inner held-out folds", base, logistic)
    nested(folds, "slope x centred cosine and cut chosen on inner held-out folds", base, logistic,
           centred, (0.0, 2.0, 4.0, 6.0, 8.0))
    print()
    plain = single_signal(folds, 0, np.arange(0.3, 0.95, 0.01), "plain USE-m cosine")
    single_signal(folds, 0, np.arange(0.3, 0.95, 0.005), "plain USE-m cosine, grid 0.005")
    less = single_signal(folds, 7, np.arange(-0.2, 0.95, 0.01), "USE-m cosine less language means")
    print()
    shipped = same[rows[0][0]]
    for name, other in (("the plain cosine", plain), ("the cosine less language means", less)):
        print(f"SemEval, shipped procedure's partition less {name} (pair by pair): "
              f"{paired_interval(folds.sem, shipped, other)}")
    print("SemEval, the centred-slope row less the shipped procedure: "
          f"{paired_interval(folds.sem, same[SLOPE_ROW], shipped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
