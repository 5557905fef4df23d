"""Framing on BASIL: sentence-level detection of annotated lexical/informational bias spans.

Run: ``.venv/bin/python benchmarks/framing_basil.py [--data ../shared/data/basil] [--fit]``

Each BASIL sentence (``body-paragraphs``, indexed globally as the annotations' ``pN``) is
positive for a bias kind when an annotated span of that kind lies in it. storylens flags a
sentence when it holds an evaluative word of the subjectivity lexicon (the same test the
framing stage uses for ``loaded_terms``), in the whole sentence or in the writer's own
voice only; and when it holds a word whose weight, learned from BASIL's own lexical-bias
spans (benchmarks/basil_lexicon.py), passes the learned threshold: 5 folds grouped by
event (triplet), each fold scored by weights and threshold fitted on the other four, so
no event's annotations score its own sentences. ``--fit`` refits the weights shipped in
``src/storylens/framing/loaded_words_en.json`` on all of BASIL. Baselines in the same
run: every sentence positive, and sentences holding a quotation mark. The subjectivity-
lexicon thresholds were fixed from the lexicon's own grades before this benchmark was run;
the learned weights are scored on held-out events. Also printed: the genre the framing
stage gives BASIL's articles (all are news reports by their outlets).
"""

from __future__ import annotations

import argparse
import ast
import json
from collections import Counter
from pathlib import Path
from typing import Any

from basil_lexicon import cross_validate, fit, save_weights
from storylens.framing import classify_genre, own_voice
from storylens.framing.lexicon import lexicon_for
from storylens.records import Article

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil"
_QUOTES = "\"“”«»"


def _literal(value: Any) -> Any:
    """BASIL stores some fields as Python literals inside strings ("nan" included)."""
    if not isinstance(value, str):
        return value
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return ast.literal_eval(value.replace("nan", "None"))


def load(data: Path) -> list[tuple[dict[str, Any], list[str], dict[int, set[str]]]]:
    """(article, sentences, {sentence index: bias kinds}) for every annotated article."""
    return [(a, s, k) for a, s, k, _ in load_spans(data)]


def load_spans(data: Path) -> list[tuple[dict[str, Any], list[str], dict[int, set[str]],
                                         dict[int, list[tuple[int, int]]]]]:
    """As :func:`load`, with the lexical-bias spans per sentence (offsets in the sentence)."""
    out = []
    for path in sorted((data / "articles").glob("*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        found = list((data / "annotations").glob(f"*/{path.stem}_ann.json"))
        if not found:
            continue
        ann = json.loads(found[0].read_text(encoding="utf-8"))
        sentences = [s for p in _literal(article["body-paragraphs"]) for s in p]
        kinds: dict[int, set[str]] = {}
        lexical: dict[int, list[tuple[int, int]]] = {}
        for span in _literal(ann.get("phrase-level-annotations") or "[]"):
            ident = str(span["id"]).lstrip("p")
            index = int(ident) if ident.isdigit() else -1  # "title" spans: not body text
            if 0 <= index < len(sentences):
                kinds.setdefault(index, set()).add(str(span["bias"]))
                if span["bias"] == "lex":
                    lexical.setdefault(index, []).append(
                        _span_in(sentences[index], span.get("txt") or "", span.get("start")))
        out.append((article, sentences, kinds, lexical))
    return out


def _span_in(sentence: str, words: str, start: Any) -> tuple[int, int]:
    """Where the annotated words stand in the sentence (their offset, else their search)."""
    if isinstance(start, int) and sentence[start:start + len(words)] == words:
        return start, start + len(words)
    at = sentence.find(words)
    return (at, at + len(words)) if at >= 0 else (0, 0)


def _prf(pred: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    precision = tp / max(1, sum(pred))
    recall = tp / max(1, sum(gold))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--fit", action="store_true",
                        help="also refit the shipped weights on all of BASIL")
    args = parser.parse_args()
    spans = load_spans(args.data)
    corpus = [(a, s, k) for a, s, k, _ in spans]
    held_out = cross_validate(spans)
    lexicon = lexicon_for("en")
    rows: list[tuple[str, dict[str, bool]]] = []
    genres: Counter[str] = Counter()
    for article, sentences, kinds in corpus:
        text = "\n".join(sentences)
        genres[classify_genre(Article(id="a", source="basil", text=text, language="en",
                                      title=article.get("title")))[0]] += 1
        for i, sentence in enumerate(sentences):
            gold = kinds.get(i, set())
            learned = held_out[(article["uuid"], i)]
            rows.append((sentence, {
                "storylens (BASIL-learned words, held-out events)": learned,
                "storylens (learned or lexicon)": learned or bool(lexicon.loaded_spans(sentence)),
                "lex": "lex" in gold, "inf": "inf" in gold, "any": bool(gold),
                "storylens (lexicon, whole sentence)": bool(lexicon.loaded_spans(sentence)),
                "storylens (lexicon, own voice)": bool(lexicon.loaded_spans(own_voice(sentence))),
                "baseline: every sentence": True,
                "baseline: has a quotation mark": any(q in sentence for q in _QUOTES),
            }))
    systems = [k for k in rows[0][1] if k not in ("lex", "inf", "any")]
    print(f"BASIL: {len(corpus)} articles, {len(rows)} sentences; positives: "
          + ", ".join(f"{k} {sum(r[k] for _, r in rows)}" for k in ("lex", "inf", "any")))
    print(f"{'system':40} " + " ".join(f"{k + ' P/R/F1':>20}" for k in ("lex", "inf", "any")))
    for system in systems:
        cells = []
        for kind in ("lex", "inf", "any"):
            p, r, f = _prf([row[system] for _, row in rows], [row[kind] for _, row in rows])
            cells.append(f"{p:.3f}/{r:.3f}/{f:.3f}")
        print(f"{system:40} " + " ".join(f"{c:>20}" for c in cells))
    print("genre of BASIL articles (all news reports):", dict(genres))
    if args.fit:
        print("weights written to", save_weights(fit(spans)))


if __name__ == "__main__":
    main()
