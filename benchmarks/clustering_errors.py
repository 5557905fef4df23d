"""Where the SemEval partition and the plain USE-m cosine disagree, by kind (issue 13, session 9).

Run: ``.venv/bin/python benchmarks/clustering_errors.py --cache DIR [--seeds 3] [--list FILE]``

Issue 13 asks the partition to beat its own USE-m input on SemEval-2022 Task 8 pairs
(same-story pair F1, rated <= 1.5 same, >= 3.5 different). A single F1 hides where the two
disagree, so this script fits the shipped procedure on ``clustering_joint.py``'s folds (ECB+
topics held out by ``topic % 5``, SemEval articles in whole groups, language means from the
training folds), cuts the plain cosine on the training folds, and prints, for the held-out
pairs only:

* the held-out figures of both (ECB+ event B-cubed F1 beside them for the partition);
* error kinds per slice: pairs the partition splits that the cosine joins and the reverse,
  over one- or two-language pairs and the length of the shorter text (a cut or junk side
  is short); the F1 of both per slice;
* the same per language pair (10 rated pairs or more);
* the shipped procedure refitted with other draws of ECB+'s sampled cross-topic pairs
  (``--seeds``): how far the held-out figures move when nothing but the fit's sample
  changes, the noise any refit has to clear before it is shipped.

``--list FILE`` writes the disagreeing pairs with the openings of both texts to FILE, for
reading by hand; it must lie outside the project (the texts are the data set's).
Figures: docs/benchmarks.md, "Issue 13: where the partition loses to its cosine, ...
(2026-12-03, session 9)".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Shorter-text length bands (characters): a side under the first is mostly a headline, a
# teaser or a cut scrape; SemEval's median text is ~1,000 characters.
LENGTH_BANDS = (400, 1000)
MIN_LANGUAGE_PAIR = 10


@dataclass(frozen=True)
class Slice:
    """Error counts of one slice of rated pairs; ``part``: the partition, ``cos``: the cosine."""

    name: str
    rated: int
    same: int
    part_splits_cos_joins: int  # same story: only the partition wrong
    both_split: int  # same story: both wrong
    part_joins_cos_splits: int  # different stories: only the partition wrong
    both_join: int  # different stories: both wrong
    cos_splits_part_joins: int  # same story: only the cosine wrong
    cos_joins_part_splits: int  # different stories: only the cosine wrong
    f1_part: float
    f1_cos: float

    def row(self) -> str:
        """One markdown table row."""
        return (f"| {self.name} | {self.rated} | {self.same} | {self.part_splits_cos_joins} | "
                f"{self.both_split} | {self.part_joins_cos_splits} | {self.both_join} | "
                f"{self.cos_splits_part_joins} | {self.cos_joins_part_splits} | "
                f"{self.f1_part:.3f} | {self.f1_cos:.3f} |")


HEADER = ("| slice | rated | same | same: partition splits, cosine joins | same: both split "
          "| different: partition joins, cosine splits | different: both join "
          "| same: cosine splits, partition joins | different: cosine joins, partition splits "
          "| F1 partition | F1 cosine |\n" + "|---" * 11 + "|")


def rated_mask(overall: np.ndarray) -> np.ndarray:
    """Pairs the issue scores: rated <= 1.5 (same story) or >= 3.5 (different)."""
    return (overall <= 1.5) | (overall >= 3.5)


def same_story_f1(same: np.ndarray, overall: np.ndarray, mask: np.ndarray) -> float:
    """F1 of "same story" over the rated pairs in ``mask``: clustering_fit.pair_f1's rule,
    restated here because that module needs scikit-learn and these helpers are tested
    without it."""
    keep = rated_mask(overall) & mask
    gold, pred = overall[keep] <= 1.5, same[keep]
    tp = float(np.sum(gold & pred))
    if tp == 0:
        return 0.0
    return 2 * tp / (float(np.sum(pred)) + float(np.sum(gold)))


def error_slices(part: np.ndarray, cos: np.ndarray, overall: np.ndarray,
                 masks: Mapping[str, np.ndarray]) -> list[Slice]:
    """Error kinds of the partition's and the cosine's same-story decisions per slice."""
    gold, out = overall <= 1.5, []
    for name, mask in masks.items():
        m = mask & rated_mask(overall)

        def count(pairs: np.ndarray, m: np.ndarray = m) -> int:
            return int(np.sum(m & pairs))

        out.append(Slice(
            name, int(m.sum()), count(gold),
            count(gold & ~part & cos), count(gold & ~part & ~cos),
            count(~gold & part & ~cos), count(~gold & part & cos),
            count(gold & part & ~cos), count(~gold & cos & ~part),
            same_story_f1(part, overall, mask), same_story_f1(cos, overall, mask)))
    return out


def kind_masks(cross: np.ndarray, shorter: np.ndarray) -> dict[str, np.ndarray]:
    """Slices by language mix and by the shorter text's length (LENGTH_BANDS)."""
    low, high = LENGTH_BANDS
    return {
        "all": np.ones(len(cross), bool),
        "two languages": cross,
        "one language": ~cross,
        f"shorter text < {low} characters": shorter < low,
        f"shorter text {low}-{high}": (shorter >= low) & (shorter < high),
        f"shorter text >= {high}": shorter >= high,
        f"one language, shorter text >= {high}": ~cross & (shorter >= high),
    }


def language_pair_masks(languages: list[str], pairs: np.ndarray,
                        rated: np.ndarray) -> dict[str, np.ndarray]:
    """One mask per language pair ("de-en", order-free) with MIN_LANGUAGE_PAIR rated pairs."""
    keys = ["-".join(sorted((languages[a], languages[b]))) for a, b in pairs.tolist()]
    masks = {k: np.array([x == k for x in keys]) for k in sorted(set(keys))}
    kept = {k: m for k, m in masks.items() if np.sum(m & rated) >= MIN_LANGUAGE_PAIR}
    return dict(sorted(kept.items(), key=lambda kv: -int(np.sum(kv[1] & rated))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=3, help="draws of the ECB+ sample")
    parser.add_argument("--list", type=Path, default=None, help="disagreeing pairs (scratch)")
    args = parser.parse_args()
    # Heavy imports here: the helpers above are tested without scikit-learn.
    from sklearn.linear_model import LogisticRegression

    from clustering import DEFAULT_DATA, analyse
    from clustering_fit import CROSS_TOPIC_SAMPLE, Ecb, SemEval
    from clustering_joint import base, extras, single_signal
    from clustering_probe import Folds, RunOptions

    data = args.data or DEFAULT_DATA
    if not (data / "ecbplus-dev.jsonl").is_file():
        print(f"development data not found at {data}", file=sys.stderr)
        return 2
    ecb, sem = Ecb(data, args.cache), SemEval(data, args.cache)
    folds = Folds(ecb, sem, 5, [extras])
    logistic = lambda: LogisticRegression(C=1.0, max_iter=3000)  # noqa: E731
    print("| variant | ECB+ fold 0 | 1 | 2 | 3 | 4 | ECB+ mean | SemEval partition | cross "
          "| same-language | cuts |\n" + "|---" * 11 + "|")
    part = folds.run("logistic (shipped procedure)", base, logistic, RunOptions())
    for seed in range(1, args.seeds):
        rng = np.random.default_rng(seed)
        for d in folds.data:  # a new draw of the sampled cross-topic ECB+ pairs, nothing else
            index, pairs, _ = d["train"]
            topic, sub = ecb.topic[index], ecb.sub[index]
            across = np.flatnonzero(topic[pairs[:, 0]] != topic[pairs[:, 1]])
            take = np.concatenate([np.flatnonzero(topic[pairs[:, 0]] == topic[pairs[:, 1]]),
                                   rng.choice(across, min(CROSS_TOPIC_SAMPLE, len(across)),
                                              False)])
            d["take"] = (take, sub[pairs[take, 0]] == sub[pairs[take, 1]])
        folds.run(f"same procedure, ECB+ sample seed {seed}", base, logistic, RunOptions())
    print()
    cos = single_signal(folds, 0, np.arange(0.3, 0.95, 0.01), "plain USE-m cosine")
    texts = {a.id: a.text for a in analyse(_texts(data), args.cache, "semeval").values()}
    length = np.array([len(texts[f.article_id]) for f in sem.features])
    shorter = np.minimum(length[sem.pairs[:, 0]], length[sem.pairs[:, 1]])
    print(f"\n{HEADER}")
    for s in error_slices(part, cos, sem.overall, kind_masks(sem.cross, shorter)):
        print(s.row())
    languages = [f.language or "?" for f in sem.features]
    print(f"\n{HEADER}")
    by_pair = language_pair_masks(languages, sem.pairs, rated_mask(sem.overall))
    for s in error_slices(part, cos, sem.overall, by_pair):
        print(s.row())
    if args.list:
        _write_list(args.list, sem, part, cos, texts)
    return 0


def _texts(data: Path) -> list[str]:
    """The SemEval texts in clustering_fit.SemEval's order (so the analysis cache is hit)."""
    import csv

    path = data / "semeval2022-task8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [t for r in rows for t in (r["text1"], r["text2"])]


def _write_list(path: Path, sem: object, part: np.ndarray, cos: np.ndarray,
                texts: Mapping[str, str]) -> None:
    overall, pairs, features = sem.overall, sem.pairs, sem.features  # type: ignore[attr-defined]
    with path.open("w", encoding="utf-8") as out:
        for k in np.flatnonzero(rated_mask(overall) & (part != cos)):
            a, b = (features[i] for i in pairs[k])
            ta, tb = texts[a.article_id], texts[b.article_id]
            out.write(f"#{k} rated {overall[k]:.2f} partition {'joins' if part[k] else 'splits'}"
                      f" cosine {'joins' if cos[k] else 'splits'} {a.language}/{b.language} "
                      f"{len(ta)}/{len(tb)} characters\n  A: {ta[:220]!r}\n  B: {tb[:220]!r}\n")
    print(f"disagreeing pairs written to {path}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
