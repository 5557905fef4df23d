"""Reader pass in German, Russian and Arabic (session 7): do article titles read as headlines?

``.venv/bin/python benchmarks/reader_titles_de_ru_ar.py --build /tmp/h``
    Writes ``{de,ru,ar}_{dev,held}.jsonl`` there: SemEval-2022 Task 8 same-language pairs,
    sorted by pair id, shuffled with seed 7; pairs 0-19 are the development input (read to
    find errors), pairs 20-29 the held-out input (both articles of a pair, one text a line,
    no metadata, so the title must come from the text as it would for a pasted article).
``.venv/bin/python benchmarks/reader_titles_de_ru_ar.py --score /tmp/h/HB_de/report.json``
    Scores a report of a held-out file against ``reader_titles_de_ru_ar_labels.json``.

Why: SemEval texts are a headline glued to the body (two spaces, one space, or a dateline
in between); a title that runs into the body is what a reader of these languages saw most.
Labels were written by reading the held-out raw openings before any code change; they
hold, per article, hashes of the accepted headlines (whitespace collapsed, a trailing '…'
or '.' ignored) and no text. An article with no headline in its text is left out.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = Path(__file__).with_name("reader_titles_de_ru_ar_labels.json")
LANGS = ("de", "ru", "ar")
SEED, DEV_PAIRS, HELD_PAIRS = 7, 20, 10


def draw() -> dict[str, list[dict[str, str]]]:
    """Both articles of each drawn pair, per '<lang>_<split>', in file order."""
    with (DATA / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, list[dict[str, str]]] = {}
    for lang in LANGS:
        pairs = sorted((r for r in rows if r["lang1"] == lang == r["lang2"]),
                       key=lambda r: r["pair_id"])
        random.Random(SEED).shuffle(pairs)
        for split, chunk in (("dev", pairs[:DEV_PAIRS]),
                             ("held", pairs[DEV_PAIRS:DEV_PAIRS + HELD_PAIRS])):
            seen: set[str] = set()
            docs = out.setdefault(f"{lang}_{split}", [])
            for row in chunk:
                for side in (1, 2):
                    aid = row["pair_id"].split("_")[side - 1]
                    if aid not in seen:
                        seen.add(aid)
                        docs.append({"doc": f"{row['pair_id']}/{side}", "text": row[f"text{side}"]})
    return out


def key(title: str) -> str:
    """The hash a title is compared by: whitespace collapsed, trailing '…' / '.' dropped."""
    text = " ".join(title.split()).rstrip("….").rstrip()
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def score(report: Path) -> None:
    """Headline titles / labelled articles of one held-out report, per language file."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    articles = json.loads(report.read_text(encoding="utf-8"))["articles"]
    right = total = 0
    for article in articles:
        path, _, line = article["source"].rpartition("#L")
        split = Path(path).stem
        label = labels[split][int(line) - 1]
        if label["accept"] is None:
            continue
        total += 1
        ok = key(article["title"] or "") in label["accept"]
        right += ok
        if not ok:
            print(f"  {split} L{line} {label['doc']}: not the headline")
    print(f"{report}: {right}/{total} titles are the headline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path)
    parser.add_argument("--score", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    if not (DATA / "semeval2022-task8").is_dir():
        sys.exit(f"no SemEval data under {DATA}: nothing to do")
    if args.build:
        args.build.mkdir(parents=True, exist_ok=True)
        for name, docs in draw().items():
            with (args.build / f"{name}.jsonl").open("w", encoding="utf-8") as out:
                out.writelines(json.dumps({"text": d["text"]}, ensure_ascii=False) + "\n"
                               for d in docs)
    for report in args.score:
        score(report)


if __name__ == "__main__":
    main()
