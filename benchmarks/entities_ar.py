"""Arabic entity mentions (issue 10, session 7): precision and recall of the "ar" NER.

``.venv/bin/python benchmarks/entities_ar.py``
    Runs the NER configured for Arabic (``Settings().ner``) over the held-out articles and
    scores its spans against ``entities_ar_labels.json`` (exact span; a typed count beside).
``.venv/bin/python benchmarks/entities_ar.py --show``
    Also prints each found and each missed span (reading them is what labels are for).

Why: Arabic has no letter case, so the capitalisation fallback finds nothing; the labels
say what a reader would expect found. The draw leaves out every SemEval pair an earlier
labelled set used (reader pass h's pairs and the status sets), see the label file's "about".
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = Path(__file__).with_name("entities_ar_labels.json")
STATUS_LABELS = Path(__file__).with_name("status_labels.json")
H_SEED, H_PAIRS, SEED, ARTICLES = 7, 30, 10, 10
PLACES = frozenset({"GPE", "LOC"})


def arabic_pairs() -> list[dict[str, str]]:
    """The SemEval training pairs with both articles in Arabic, sorted by pair id."""
    with (DATA / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["lang1"] == "ar" == r["lang2"]]
    return sorted(rows, key=lambda r: r["pair_id"])


def h_pairs(pairs: list[dict[str, str]], count: int) -> list[dict[str, str]]:
    """Reader pass h's first ``count`` Arabic pairs (its seed-7 shuffle)."""
    h_order = list(pairs)
    random.Random(H_SEED).shuffle(h_order)
    return h_order[:count]


def left_pairs(pairs: list[dict[str, str]]) -> list[dict[str, str]]:
    """Pairs sharing no article with reader pass h or the status sets (this set's pool)."""
    used = {aid for r in h_pairs(pairs, H_PAIRS) for aid in r["pair_id"].split("_")}
    status = STATUS_LABELS.read_text(encoding="utf-8")
    used |= {aid for p in re.findall(r"semeval/(\d+_\d+)/\d", status) for aid in p.split("_")}
    return [r for r in pairs if not set(r["pair_id"].split("_")) & used]


def draw() -> list[dict[str, str]]:
    """The held-out articles: Arabic pairs no earlier set used, shuffled, first ARTICLES."""
    left = left_pairs(arabic_pairs())
    random.Random(SEED).shuffle(left)
    articles: dict[str, dict[str, str]] = {}  # by article id, first pair that has it
    for row in left:
        for side, aid in enumerate(row["pair_id"].split("_"), start=1):
            articles.setdefault(aid, {"doc": f"{row['pair_id']}/{side}",
                                      "text": row[f"text{side}"]})
    return list(articles.values())[:ARTICLES]


def score(show: bool, docs: list[dict[str, str]] | None = None, labels_path: Path = LABELS) -> None:
    """Exact-span precision / recall of the configured Arabic NER on the labelled articles.

    ``docs`` / ``labels_path`` let a later labelled set (``entities_ar2.py``) reuse the scorer.
    """
    from storylens.config import Settings
    from storylens.entities.ner import create_ner

    labels = json.loads(labels_path.read_text(encoding="utf-8"))["articles"]
    docs = draw() if docs is None else docs
    spec = Settings().ner.get("ar") or Settings().ner["*"]
    found = create_ner(spec).find([d["text"] for d in docs])
    tp = typed = n_found = n_gold = 0
    per_type: dict[str, list[int]] = {}
    found_by_type: dict[str, list[int]] = {}  # right span / found, by the found type
    for doc, label, spans in zip(docs, labels, found, strict=True):
        text = doc["text"]
        if hashlib.sha1(text.encode()).hexdigest()[:16] != label["text_sha1"]:
            sys.exit(f"{doc['doc']}: text differs from the labelled one")
        gold = {(m["start"], m["end"]): m["type"] for m in label["mentions"]}
        got = {(s.start, s.end): s.label for s in spans}
        for span, kind in got.items():
            found_by_type.setdefault(kind, [0, 0])[1] += 1
            found_by_type[kind][0] += span in gold
        n_found += len(got)
        n_gold += len(gold)
        for span, kind in gold.items():
            per_type.setdefault(kind, [0, 0])[1] += 1
            if span in got:
                tp += 1
                per_type[kind][0] += 1
                typed += (got[span] in PLACES) == (kind in PLACES) and (
                    kind in PLACES or got[span] == kind)
        if show:
            for (start, end), kind in sorted(got.items()):
                mark = "ok " if (start, end) in gold else "NO "
                print(f"  {doc['doc']} {mark}{kind:6} {text[start:end]}")
            for (start, end), kind in sorted(gold.items()):
                if (start, end) not in got:
                    print(f"  {doc['doc']} miss {kind:6} {text[start:end]}")
    precision = tp / n_found if n_found else 0.0
    print(f"ner {spec}: found {n_found}, labelled {n_gold}, right span {tp} "
          f"(type agrees {typed}); precision {precision:.2f}, recall {tp / n_gold:.2f}")
    print("recall by type: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(per_type.items())))
    print("precision by found type: " + ", ".join(
        f"{k} {a}/{b}" for k, (a, b) in sorted(found_by_type.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not (DATA / "semeval2022-task8").is_dir():
        sys.exit(f"no SemEval data under {DATA}: nothing to do")
    score(args.show)


if __name__ == "__main__":
    main()
