"""FNC-1 stance: storylens's Checker beside the official baseline, 5-fold CV by body.

Command: ``.venv/bin/python benchmarks/stance_fnc1.py [--data DIR] [--folds 5]``.
Reads ``../shared/data/fnc-1`` (training split, 49,972 headline/body pairs); nothing from
it enters the project. Folds group pairs by body (sklearn GroupKFold), so no body is seen
in training and testing. The Checker has no trained weights: on each fold its two
thresholds are picked on the other four folds (grid, FNC score) and it is scored on the
held-out fold. The baseline is the official one (fnc-1-baselines: word overlap, refuting
words, polarity and hand n-gram features, GradientBoostingClassifier(200 trees, seed
14128)), re-implemented here without nltk's WordNet lemmatiser (plain lower-cased tokens;
nltk is not installed), trained per fold on the other four. Prints the FNC relative score
and per-class / macro F1 of both.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from storylens import Checker, Settings
from storylens.facts.check import Features, Thresholds

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "fnc-1"
# Features of all pairs are cached here between runs (they hold no text).
CACHE = Path(tempfile.gettempdir()) / "storylens-fnc1"
LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = frozenset(LABELS[:3])
TO_FNC = {"supports": "agree", "contradicts": "disagree", "discusses": "discuss",
          "unrelated": "unrelated"}
# Grids the thresholds are picked from on the training folds.
RELATED_GRID = np.arange(0.14, 0.56, 0.03)
SUPPORT_GRID = np.arange(0.35, 0.96, 0.05)
# The official baseline's refuting words and gradient boosting settings.
REFUTING = ("fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope",
            "doubt", "doubts", "bogus", "debunk", "pranks", "retract")
SEED = 14128


def load(data: Path) -> tuple[list[str], list[str], list[str], list[int]]:
    """Headlines, bodies, stances and body ids of every pair."""
    with (data / "train_bodies.csv").open(encoding="utf-8") as fh:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    heads, texts, stances, groups = [], [], [], []
    with (data / "train_stances.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            body_id = int(row["Body ID"])
            heads.append(row["Headline"])
            texts.append(bodies[body_id])
            stances.append(row["Stance"])
            groups.append(body_id)
    return heads, texts, stances, groups


def fnc_score(gold: Sequence[str], pred: Sequence[str]) -> float:
    """The official FNC-1 score divided by the score of a perfect submission."""
    def score(g_list: Sequence[str], p_list: Sequence[str]) -> float:
        total = 0.0
        for g, p in zip(g_list, p_list, strict=True):
            if g == p:
                total += 0.25 + (0.5 if g != "unrelated" else 0.0)
            if g in RELATED and p in RELATED:
                total += 0.25
        return total
    return score(gold, pred) / score(gold, gold)


# -- the official baseline's features --------------------------------------------------
def _clean(text: str) -> str:
    return " ".join(re.findall(r"\w+", text, flags=re.UNICODE)).lower()


def _no_stops(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in ENGLISH_STOP_WORDS]


def baseline_features(head: str, body: str) -> list[float]:
    """word overlap + refuting + polarity + hand features, as fnc-1-baselines computes them."""
    h, b = _clean(head), _clean(body)
    ht, bt = h.split(), b.split()
    feats: list[float] = [len(set(ht) & set(bt)) / max(1, len(set(ht) | set(bt)))]
    feats += [float(w in ht) for w in REFUTING]
    feats += [float(sum(t in REFUTING for t in ht) % 2), float(sum(t in REFUTING for t in bt) % 2)]
    for tokens in (ht, _no_stops(ht)):
        feats += [float(sum(t in b for t in tokens)), float(sum(t in b[:255] for t in tokens))]
    stripped = " ".join(_no_stops(ht))
    for size in (2, 8, 4, 16):  # the official chargrams (joined by spaces, as released)
        grams = [" ".join(stripped[i:i + size]) for i in range(len(stripped) - size + 1)]
        feats += [float(sum(g in b for g in grams)), float(sum(g in b[:255] for g in grams)),
                  float(sum(g in b[:100] for g in grams))]
    words = h.split(" ")
    for size in (2, 3, 4, 5, 6):
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
        feats += [float(sum(g in b for g in grams)), float(sum(g in b[:255] for g in grams))]
    return feats


# -- storylens ---------------------------------------------------------------------------
def _arrays(feats: list[Features]) -> dict[str, np.ndarray]:
    return {"share": np.array([f.share for f in feats]), "best": np.array([f.best for f in feats]),
            "refuted": np.array([f.refuted for f in feats]),
            "hedged": np.array([f.hedged for f in feats]),
            "flipped": np.array([f.flipped for f in feats])}


def labels_of(a: dict[str, np.ndarray], t: Thresholds) -> np.ndarray:
    """Checker.decide's rule on arrays (checked against it on real pairs in main)."""
    strong = a["best"] >= t.support
    return np.where(a["share"] < t.related, "unrelated",
                    np.where(a["refuted"] | (a["flipped"] & strong), "disagree",
                             np.where(strong & ~a["hedged"], "agree", "discuss")))


def fnc_score_array(gold: np.ndarray, pred: np.ndarray) -> float:
    """fnc_score on arrays (same scoring, vectorised for the threshold grid)."""
    related_g, related_p = gold != "unrelated", pred != "unrelated"
    same = gold == pred
    score = 0.25 * same + 0.5 * (same & related_g) + 0.25 * (related_g & related_p)
    best = 0.25 + 0.75 * related_g
    return float(score.sum() / best.sum())


def pick_thresholds(a: dict[str, np.ndarray], gold: np.ndarray) -> Thresholds:
    """The (related, support) pair with the best FNC score on these pairs."""
    best: tuple[float, Thresholds] | None = None
    for related, support in itertools.product(RELATED_GRID, SUPPORT_GRID):
        t = Thresholds(related=float(related), support=float(support))
        score = fnc_score_array(gold, labels_of(a, t))
        if best is None or score > best[0]:
            best = (score, t)
    assert best is not None
    return best[1]


def report(name: str, gold: list[str], pred: list[str]) -> None:
    per_class = f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0)
    macro = float(np.mean(per_class))
    cells = "  ".join(f"{lab} {f:.3f}" for lab, f in zip(LABELS, per_class, strict=True))
    print(f"{name:<26} FNC {fnc_score(gold, pred):.4f}  macro-F1 {macro:.3f}  {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the baseline's gradient boosting (minutes per fold)")
    args = parser.parse_args(argv)
    if not (args.data / "train_stances.csv").is_file():
        print(f"no FNC-1 data at {args.data}", file=sys.stderr)
        return 1
    heads, texts, gold, groups = load(args.data)
    cache = CACHE / f"features-{len(heads)}.pkl"
    if cache.is_file():
        feats, base = pickle.loads(cache.read_bytes())
    else:
        started = time.perf_counter()
        checker = Checker(Settings(lang_hint="en"))
        feats = [checker.features(h, t) for h, t in zip(heads, texts, strict=True)]
        print(f"storylens features: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        base = np.asarray([baseline_features(h, t) for h, t in zip(heads, texts, strict=True)])
        print(f"baseline features: {time.perf_counter() - started:.1f} s")
        CACHE.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps((feats, base)))
    arrays = _arrays(feats)
    checker = Checker(Settings(lang_hint="en"))
    check = [TO_FNC[checker.decide(f, t).label] for f, t in zip(feats[:2000], texts[:2000],
                                                                  strict=True)]
    assert check == list(labels_of({k: v[:2000] for k, v in arrays.items()}, Thresholds()))
    y = np.asarray(gold)
    ours = np.full(len(gold), "unrelated", dtype=object)
    theirs = np.full(len(gold), "unrelated", dtype=object)
    for fold, (train, test) in enumerate(GroupKFold(n_splits=args.folds).split(
            base, y, groups), 1):
        chosen = pick_thresholds({k: v[train] for k, v in arrays.items()}, y[train])
        ours[test] = labels_of({k: v[test] for k, v in arrays.items()}, chosen)
        if not args.no_baseline:
            model = GradientBoostingClassifier(n_estimators=200, random_state=SEED)
            model.fit(base[train], y[train])
            theirs[test] = model.predict(base[test])
        peer = "" if args.no_baseline else (
            f"  baseline {fnc_score_array(y[test], theirs[test].astype(str)):.4f}")
        print(f"fold {fold}: related>={chosen.related:.2f} support>={chosen.support:.2f}  "
              f"storylens {fnc_score_array(y[test], ours[test].astype(str)):.4f}{peer}",
              flush=True)
    ours_l, theirs_l = [str(x) for x in ours], [str(x) for x in theirs]
    print(f"\n{args.folds}-fold CV grouped by body, {len(gold)} pairs (held-out folds pooled)")
    report("storylens Checker", gold, ours_l)
    if not args.no_baseline:
        report("official baseline (GBM)", gold, theirs_l)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
