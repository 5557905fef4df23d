"""Fit the loaded-word weights of storylens's framing on BASIL's lexical-bias spans.

Each word form (folded) gets the smoothed share of its BASIL occurrences that lie inside
an annotated lexical-bias span: ``(inside + PRIOR_WEIGHT * base) / (seen + PRIOR_WEIGHT)``
with ``base`` the share of all tokens inside such spans, so a word seen twice counts for
little and a frequent neutral word ("the", "president") sinks to the base rate. Nouns
("henchmen", "regime", "thugs") are learned like adjectives: the spans mark word choice,
whatever its part of speech. A sentence is flagged when one of its words reaches the
threshold, which is the one with the best sentence-level F1 on the training folds.

Evaluation (``cross_validate``): 5 folds grouped by BASIL event (triplet id, in sorted
order, fold = index % 5); each fold's sentences are flagged with weights and threshold
fitted on the other four folds only. The shipped weights (``fit`` on all of BASIL) keep
only words seen inside a span at least ``MIN_INSIDE`` times whose weight passes the
threshold: word forms and numbers, no text. BASIL (Fan et al., EMNLP 2019) is distributed
by its authors for research (www.ccs.neu.edu/home/luwang/data.html); no other licence is
stated; the file holds weights derived from its annotations, not its articles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "storylens" / "framing" / \
    "loaded_words_en.json"
FOLDS = 5
PRIOR_WEIGHT = 10.0
MIN_INSIDE = 2
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

Corpus = list[tuple[dict[str, Any], list[str], dict[int, set[str]],
                    dict[int, list[tuple[int, int]]]]]


def _tokens(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """(folded word, inside a lexical-bias span) for every word of the sentence."""
    return [(m.group().casefold(), any(a <= m.start() < b for a, b in spans))
            for m in _WORD.finditer(sentence)]


def _counts(corpus: Corpus) -> tuple[Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for _, sentences, _, lexical in corpus:
        for i, sentence in enumerate(sentences):
            for word, is_in in _tokens(sentence, lexical.get(i, [])):
                seen[word] += 1
                inside[word] += is_in
    return seen, inside


def weights_of(corpus: Corpus) -> dict[str, float]:
    """Smoothed in-span share of every word seen inside a span at least MIN_INSIDE times."""
    seen, inside = _counts(corpus)
    base = sum(inside.values()) / max(1, sum(seen.values()))
    return {w: (inside[w] + PRIOR_WEIGHT * base) / (seen[w] + PRIOR_WEIGHT)
            for w in seen if inside[w] >= MIN_INSIDE}


def _flags(corpus: Corpus, weights: dict[str, float], threshold: float) -> list[tuple[bool, bool]]:
    """(predicted, gold) per sentence."""
    out = []
    for _, sentences, kinds, _ in corpus:
        for i, sentence in enumerate(sentences):
            words = {m.group().casefold() for m in _WORD.finditer(sentence)}
            out.append((any(weights.get(w, 0.0) >= threshold for w in words),
                        "lex" in kinds.get(i, set())))
    return out


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(p and g for p, g in pairs)
    return 2 * tp / max(1, sum(p for p, _ in pairs) + sum(g for _, g in pairs))


def fit(corpus: Corpus) -> dict[str, Any]:
    """Weights and the threshold with the best F1 on ``corpus``."""
    weights = weights_of(corpus)
    threshold = max(THRESHOLDS, key=lambda t: (_f1(_flags(corpus, weights, t)), -t))
    return {"threshold": threshold,
            "words": {w: round(v, 4) for w, v in sorted(weights.items()) if v >= threshold}}


def cross_validate(corpus: Corpus) -> dict[tuple[str, int], bool]:
    """(article uuid, sentence index) -> flagged by a model that never saw its event."""
    events = sorted({a["triplet-uuid"] for a, _, _, _ in corpus})
    fold_of = {e: n % FOLDS for n, e in enumerate(events)}
    flagged: dict[tuple[str, int], bool] = {}
    for fold in range(FOLDS):
        train = [row for row in corpus if fold_of[row[0]["triplet-uuid"]] != fold]
        model = fit(train)
        for article, sentences, _, _ in corpus:
            if fold_of[article["triplet-uuid"]] != fold:
                continue
            for i, sentence in enumerate(sentences):
                words = {m.group().casefold() for m in _WORD.finditer(sentence)}
                flagged[(article["uuid"], i)] = any(w in model["words"] for w in words)
    return flagged


def save_weights(model: dict[str, Any], path: Path = WEIGHTS) -> Path:
    payload = {"about": "Word forms whose smoothed share of occurrences inside BASIL "
               "lexical-bias spans passes the fitted threshold (benchmarks/basil_lexicon.py). "
               "Derived from BASIL (Fan et al., EMNLP 2019), distributed by its authors for "
               "research; weights only, no text.", **model}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path
