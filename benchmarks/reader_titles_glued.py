"""Headlines glued to the body by one plain space, Russian and German (session 8, issue 12).

``.venv/bin/python benchmarks/reader_titles_glued.py --build /tmp/r3``
    Writes ``{ru,de}_held8.jsonl`` there (one text a line, no metadata: the title must come
    from the text, as for a pasted article) and ``{ru,de}_held8_open.txt`` (the first 300
    characters of each, numbered, for labelling by reading).
``.venv/bin/python benchmarks/reader_titles_glued.py --score /tmp/r3/A_ru/report.json``
    Scores a report of one of those files against ``reader_titles_glued_labels.json``.

Draw: SemEval-2022 Task 8 ``training_set.csv`` articles of ru-ru and de-de pairs that no
earlier set used: not in a pair of the session-7 reader pass (``reader_titles_de_ru_ar``,
pairs 0-29, dev and held-out), not in a pair rated Overall <= 2.5 (every SemEval pair the
status sets of ``_status_sets.py`` can draw), and no id named in any ``benchmarks/*.json``
or ``*.py`` (the Russian entity set, the status labels). Articles (one per id, the text of
its first pair in id order) sorted by id, shuffled with seed 812, first 20 per language.

Labels (``reader_titles_glued_labels.json``): per article its id and the character spans
of the titles a reader accepts in the raw text (null when the text has no headline: left
out of the score), no text. A report title is right when it equals one of those spans,
whitespace collapsed and a trailing '…' or '.' dropped, or is one cut short with '…'.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

from reader_titles_de_ru_ar import draw as session7_draw
from reader_titles_de_ru_ar import key

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HERE = Path(__file__).resolve().parent
LABELS = HERE / "reader_titles_glued_labels.json"
LANGS = ("ru", "de")
SEED, ARTICLES, STATUS_MAX_OVERALL = 812, 20, 2.5
_ID = re.compile(r"\d{10}(?:ru|de)?")


def _named_ids() -> set[str]:
    """Every SemEval-shaped article id written in a benchmark file (labels, samplers)."""
    found: set[str] = set()
    for path in [*HERE.glob("*.json"), *HERE.glob("*.py")]:
        if path.name != "reader_titles_glued_labels.json":
            found.update(_ID.findall(path.read_text(encoding="utf-8")))
    return found


def draw() -> dict[str, list[dict[str, str]]]:
    """The drawn articles per language: ``{"id": "<pair>/<side>", "text": ...}``."""
    with (DATA / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    used = _named_ids()
    used |= {d["doc"].split("/")[0] for docs in session7_draw().values() for d in docs}
    used_ids = {aid for pair in used for aid in pair.split("_")}
    out: dict[str, list[dict[str, str]]] = {}
    for lang in LANGS:
        pairs = [r for r in rows if r["lang1"] == lang == r["lang2"]]
        for row in pairs:
            if float(row["Overall"]) <= STATUS_MAX_OVERALL or row["pair_id"] in used:
                used_ids.update(row["pair_id"].split("_"))
        articles: dict[str, dict[str, str]] = {}
        for row in sorted(pairs, key=lambda r: r["pair_id"]):
            for side in (1, 2):
                aid = row["pair_id"].split("_")[side - 1]
                text = row[f"text{side}"]
                if aid not in used_ids and aid not in articles and text.strip():
                    articles[aid] = {"id": f"{row['pair_id']}/{side}", "text": text}
        chosen = [articles[a] for a in sorted(articles)]
        random.Random(SEED).shuffle(chosen)
        out[lang] = chosen[:ARTICLES]
    return out


def _same(title: str, headline: str) -> bool:
    """The title is the headline, or the headline cut at a word with '…' (titles are shown
    on one line of at most 120 characters)."""
    if key(title) == key(headline):
        return True
    shown = " ".join(title.split())
    return shown.endswith("…") and " ".join(headline.split()).startswith(shown[:-1].rstrip())


def score(report: Path) -> None:
    """Right titles / labelled articles of one report (the file's language from its name)."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    drawn = draw()
    articles = json.loads(report.read_text(encoding="utf-8"))["articles"]
    right = total = 0
    for article in articles:
        path, _, line = article["source"].rpartition("#L")
        lang = Path(path).stem.split("_")[0]
        label, doc = labels[lang][int(line) - 1], drawn[lang][int(line) - 1]
        assert label["id"] == doc["id"], "labels and draw disagree"
        if label["title"] is None:
            continue
        total += 1
        ok = any(_same(article["title"] or "", doc["text"][start:end])
                 for start, end in label["title"])
        right += ok
        if not ok:
            print(f"  {lang} L{line} {label['id']}: not the headline")
    print(f"{report}: {right}/{total} titles are the headline")


def build(folder: Path) -> None:
    """The drawn texts as pasted articles, and their openings numbered for labelling."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang, docs in draw().items():
        lines = [json.dumps({"text": d["text"]}, ensure_ascii=False) for d in docs]
        (folder / f"{lang}_held8.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        openings = [f"{i} {d['id']}\n{d['text'][:300]!r}\n" for i, d in enumerate(docs, 1)]
        (folder / f"{lang}_held8_open.txt").write_text("\n".join(openings), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="folder for the drawn texts")
    parser.add_argument("--score", type=Path, nargs="*", default=[], help="report.json files")
    args = parser.parse_args()
    if not (DATA / "semeval2022-task8").is_dir():
        sys.exit(f"no SemEval data under {DATA}: nothing to do")
    if args.build:
        build(args.build)
    for report in args.score:
        score(report)


if __name__ == "__main__":
    main()
