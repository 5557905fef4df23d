"""A blind rating sheet for answers the assessor file does not rate yet, and its intake.

``.venv/bin/python benchmarks/giveme5w1h_rate.py --cache DIR --split heldout --sheet S.json
[--flip RULE ...] [--recheck N]`` writes the sheet and prints it; the rater writes one
line ``NUMBER RATING`` (0 / 1 / 2) per item into a file R; ``--sheet S.json --ingest R``
then adds the new ratings to ``giveme5w1h_ratings.json`` and prints the agreement on the
re-rated items.

Protocol (session 7, the same scale and instructions as ``giveme5w1h_assessor.py``): the
answers that the storylens 5W stage and the first-sentence baseline give on the split and
that no stored rating covers are pooled with ``--recheck`` answers that are already rated
(drawn at random, their ratings hidden), deduplicated, shuffled (seed 7) and listed per
item with the article's title, publication date and first five sentences, without the
system's name, the coders' phrases, any score or the earlier rating. Only the not yet
rated items are stored; the re-rated ones measure how far this rater agrees with the
earlier one. The sheet holds answer texts and lives outside the repository (``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import giveme5w1h as g5
from _giveme5w1h_systems import baseline_answers, five_w_answers
from giveme5w1h_assessor import RATINGS, answer_key
from storylens import load_settings
from storylens.claims.five_w_rules import FiveWRules
from storylens.resources import Resources

LEAD_SENTENCES = 5
_NOTE = ("; later ratings added blind by benchmarks/giveme5w1h_rate.py (protocol in its "
         "docstring; session 7: one HELD-OUT answer)")


def make_sheet(cache: Path | None, split: str, flips: list[str], recheck: int,
               sheet: Path) -> int:
    rows, golds = g5.load_gold(None)
    report = g5.pipeline_report(rows, cache)
    by_line = {int(a.source.rsplit("#L", 1)[-1]) - 1: a for a in report.articles}
    resources = Resources(load_settings())
    for name in flips:
        resources.five_w.rules = resources.five_w.rules.flipped(name)
    stored = json.loads(RATINGS.read_text(encoding="utf-8"))["ratings"]
    rated = {(r["dId"], r["question"], r["answer_sha1"]) for r in stored}
    systems = (five_w_answers(resources, Counter()), baseline_answers)
    new: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    old: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    for line, gold in enumerate(golds):
        article = by_line.get(line)
        if gold.split != split or article is None:
            continue
        for answers in (system(article) for system in systems):
            for q, reply in answers.items():
                if reply is None or q not in g5.QUESTIONS:
                    continue
                key = answer_key(gold.doc, q, reply.text)
                pool = old if key in rated else new
                pool[key] = (line, q, reply.text)
    rng = random.Random(7)
    chosen = rng.sample(sorted(old), min(recheck, len(old)))
    items = [(k, new[k], False) for k in sorted(new)] + [(k, old[k], True) for k in chosen]
    rng.shuffle(items)
    out = []
    for n, (key, (line, q, text), again) in enumerate(items, 1):
        article = by_line[line]
        lead = " ".join(article.text[s.start:s.end] for s in article.sentences[:LEAD_SENTENCES])
        out.append({"n": n, "dId": key[0], "question": q, "answer_sha1": key[2],
                    "recheck": again, "split": split})
        print(f"\n[{n}] {q.upper()}: {text!r}\n    TITLE: {article.title}  "
              f"({article.published})\n    LEAD: {lead[:900]}")
    sheet.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(f"\n{len(items)} items ({len(new)} unrated, {len(chosen)} re-rated) -> {sheet}")
    return 0


def ingest(sheet: Path, ratings_file: Path) -> int:
    items = {i["n"]: i for i in json.loads(sheet.read_text(encoding="utf-8"))}
    given = {int(n): int(r) for n, r in (line.split()[:2] for line in
             ratings_file.read_text(encoding="utf-8").splitlines() if line.strip())}
    data = json.loads(RATINGS.read_text(encoding="utf-8"))
    earlier = {(r["dId"], r["question"], r["answer_sha1"]): r["rating"] for r in data["ratings"]}
    agree, total = Counter[str](), 0
    for n, item in sorted(items.items()):
        rating = given[n]
        key = (item["dId"], item["question"], item["answer_sha1"])
        if item["recheck"]:
            total += 1
            agree["same"] += earlier[key] == rating
            agree["within 1"] += abs(earlier[key] - rating) <= 1
        elif key not in earlier:
            data["ratings"].append({"dId": key[0], "question": key[1], "answer_sha1": key[2],
                                    "rating": rating, "split": item["split"]})
    if _NOTE not in data["protocol"]:
        data["protocol"] += _NOTE
    lines = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in data["ratings"])
    RATINGS.write_text(f'{{\n "protocol": {json.dumps(data["protocol"], ensure_ascii=False)},\n'
                       f' "ratings": [\n{lines}\n ]\n}}\n', encoding="utf-8")
    print(f"re-rated {total}: same rating {agree['same']}, within one step "
          f"{agree['within 1']}; stored {len(data['ratings'])} ratings")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--flip", action="append", default=[], choices=FiveWRules.names())
    parser.add_argument("--recheck", type=int, default=0)
    parser.add_argument("--sheet", type=Path, required=True)
    parser.add_argument("--ingest", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.ingest:
        return ingest(args.sheet, args.ingest)
    return make_sheet(args.cache, args.split, args.flip, args.recheck, args.sheet)


if __name__ == "__main__":
    raise SystemExit(main())
