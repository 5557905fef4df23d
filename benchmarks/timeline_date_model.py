"""Fit and measure the learned choice of timeline days on CL-TLS, holding out whole topics.

Run: ``.venv/bin/python benchmarks/timeline_date_model.py [--data ../shared/data/cl-tls]
[--cache /tmp/storylens-cltls] [--write]``

Folders, budget, metrics and baseline are those of ``timeline_cltls.py`` (same cache).

Labels: a candidate day of a (language, topic) folder is positive when it is a date of
that language's human reference timeline, negative otherwise; nothing was labelled by
hand. Candidates are the days storylens can put an entry on: a day some sentence of the
folder names, or some claim is dated (``timeline.build_timeline``).

Protocol: features of ``storylens.date_model.FEATURES``, standardised on the training
folders; L2-regularised logistic regression (no penalty on the bias, Newton steps), each
training folder weighing the same in total whatever its number of candidates (candidates
weigh 1 on average). Its one setting, lambda (``LAMBDAS``), is chosen inside the training
topic by leave-one-folder-out (fit on two of its languages, the third's top-T days scored
by date F1), never on the held-out topic.
Cross-validation holds out a whole topic: fitted on the three languages of one topic,
measured on the three of the other, both folds printed, then per language the mean of
its two held-out folders, beside the counted-mentions rule (``build_timeline`` with
``date_model=None`` and its shipped defaults, themselves chosen by the topic CV of
``timeline_cltls.py --tune``) and the headline baseline, all in this run.

Oracle: the best any choice among our candidate days can do: it picks the reference days
among them (date F1 = reachable reference days / T) and keeps our sentences for them
(ROUGE-1 of our text on perfect days). It says whether 2x the baseline's date F1 is
reachable at all with the days we produce.

``--write`` refits on all six folders and writes ``src/storylens/data/date_model.json``.
The data: CL-TLS (see ../shared/data/README.md), articles of their publishers, used for
fitting only; the weights file holds numbers (a mean, scale and weight per feature), no text.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from storylens.date_model import FEATURES, MODEL_PATH, DateModel, day_features
from storylens.dated_sentences import dated_sentences
from timeline_cltls import DEFAULT_DATA, Folder, baseline, load, scores, system

LAMBDAS = (0.01, 0.1, 1.0, 10.0, 100.0, 1000.0)
NEWTON_STEPS = 30
Table = tuple[dict[str, list[float]], set[str], int]  # features, reference days, T


class Oracle:
    """Scores the reference days 1 and every other candidate 0."""

    def __init__(self, days: Iterable[str]):
        self._days = set(days)

    def scores(self, features: Mapping[str, Sequence[float]]) -> dict[str, float]:
        return {day: float(day in self._days) for day in features}


def candidates(folder: Folder) -> Table:
    """Day -> features for every day storylens could put an entry on in ``folder``."""
    dated = dated_sentences(folder.articles.values())
    events: dict[str, set[str]] = {}
    dated_claims: set[str] = set()
    for claim in folder.claims:
        if claim.when:
            dated_claims.add(claim.when)
            if claim.kind != "date":
                events.setdefault(claim.when, set()).update(e.article_id for e in claim.sources)
    days = {s.when for s in dated} | dated_claims
    features = day_features(dated, folder.articles.values(),
                            {d: len(a) for d, a in events.items()}, days)
    return features, set(folder.ref), folder.dates


def top_days_f1(model: DateModel, table: Table) -> float:
    """Date F1 of the model's T best candidate days (every chosen day counted)."""
    features, positive, dates = table
    score = model.scores(features)
    chosen = sorted(score, key=lambda d: (-score[d], d))[:dates]
    return len(set(chosen) & positive) / dates


def fit_cv(tables: list[Table]) -> DateModel:
    """``fit`` with lambda chosen by leave-one-folder-out over ``tables``."""
    def inner(lam: float) -> float:
        return sum(top_days_f1(fit(tables[:i] + tables[i + 1:], lam), tables[i])
                   for i in range(len(tables)))
    return fit(tables, max(LAMBDAS, key=lambda lam: (inner(lam), lam)))


def fit(tables: list[Table], lam: float) -> DateModel:
    """L2 logistic regression over the folders' candidate days (each folder weighs the
    same; a candidate weighs 1 on average)."""
    rows, labels, weights = [], [], []
    for features, positive, _ in tables:
        for day, vector in features.items():
            rows.append(vector)
            labels.append(float(day in positive))
            weights.append(1.0 / len(features))
    x, y = np.array(rows), np.array(labels)
    w = np.array(weights) * len(rows) / len(tables)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], lam)
    penalty[-1] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -50, 50)))
        grad = z.T @ (w * (p - y)) + penalty * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        beta -= np.linalg.solve(hess, grad)
    return DateModel(FEATURES, tuple(mean.tolist()), tuple(scale.tolist()),
                     tuple(beta[:-1].tolist()), float(beta[-1]), lam)


def _mean(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.mean(p[0] for p in pairs), statistics.mean(p[1] for p in pairs)


def _line(name: str, ours: tuple[float, float], base: tuple[float, float]) -> str:
    ratio = [o / b if b else float("inf") for o, b in zip(ours, base, strict=True)]
    return (f"{name:34} date F1 {ours[0]:.3f} ROUGE-1 {ours[1]:.3f}  "
            f"ratio {ratio[0]:.2f} / {ratio[1]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--write", action="store_true", help="refit on all and ship it")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    folders = [load(args.data, lang, topic, None, args.cache)
               for lang in ("es", "fr", "it") for topic in ("egypt", "syria")]
    tables = {(f.lang, f.topic): candidates(f) for f in folders}
    results: dict[str, dict[tuple[str, str], tuple[float, float]]] = {
        "baseline": {}, "counted": {}, "learned": {}, "oracle": {}}
    for held in ("egypt", "syria"):
        model = fit_cv([tables[(f.lang, f.topic)] for f in folders if f.topic != held])
        print(f"fold: fitted on the other topic, held out {held}; lambda {model.lam}; weights "
              + ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, model.weights,
                                                          strict=True)), flush=True)
        for f in (f for f in folders if f.topic == held):
            key = (f.lang, f.topic)
            feats, positive, _ = tables[key]
            reach = len(positive & set(feats)) / f.dates
            results["baseline"][key] = base = scores(baseline(f), f.ref)
            results["counted"][key] = scores(system(f, date_model=None), f.ref)
            results["learned"][key] = scores(system(f, date_model=model), f.ref)
            results["oracle"][key] = scores(system(f, date_model=Oracle(f.ref)), f.ref)
            print(f"  {f.lang}/{f.topic}: T={f.dates}, {len(feats)} candidate days, "
                  f"{len(positive & set(feats))} of them reference days (ceiling {reach:.3f}); "
                  f"2x baseline date F1 = {2 * base[0]:.3f}")
            for name in ("baseline", "counted", "learned", "oracle"):
                print("    " + _line(name, results[name][key], base), flush=True)
    print("pooled per language (mean of the two held-out topics):")
    for lang in ("es", "fr", "it"):
        mean = {name: _mean([v for k, v in table.items() if k[0] == lang])
                for name, table in results.items()}
        for name in ("counted", "learned", "oracle"):
            print("  " + _line(f"{lang} {name}", mean[name], mean["baseline"])
                  + f"  (baseline {mean['baseline'][0]:.3f} / {mean['baseline'][1]:.3f})")
    if args.write:
        model = fit_cv(list(tables.values()))
        MODEL_PATH.write_text(model.to_json(
            fitted_by="benchmarks/timeline_date_model.py --write",
            data="CL-TLS es/fr/it egypt+syria (articles of their publishers; weights only)",
        ) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    main()
