"""Timeline entries as a reader sees them, on CL-TLS syria: a labelled held-out sample.

Run: ``.venv/bin/python benchmarks/timeline_reader.py draw --cache /tmp/g/s8 --out DIR``
(writes the seeded sample for reading: ``DIR/sample.txt`` with texts, ``DIR/skeleton.json``
with keys only) and ``.venv/bin/python benchmarks/timeline_reader.py score --cache /tmp/g/s8``
(the labelled entries against the timelines this tree builds now).

A reader's stories are shorter than a whole CL-TLS folder: here each folder's articles
published in one calendar month are one story (the pipeline clusters a topic into such
episodes), with its claims, built with the reader's defaults (``build_timeline`` with
``MAX_DATES`` days, ``MAX_ENTRIES_PER_DATE`` entries, in the folder's language). Every
entry of every story is pooled per folder and ``random.Random(SEED).sample`` draws
``PER_FOLDER`` of them. An entry is keyed by folder, story, date and its first evidence
span (article id, start, end); the label file holds keys and labels, no text.

Labels (one reader, reading the entry, its sentence and the article around it):
``date``: ``right`` (the day of what the entry tells), ``wrong`` (another day: a name's
day, a year guessed wrong, a deadline), ``unknown`` (the text cannot tell);
``what``: the entry says what happened (not a byline, an index line, a question, a
fragment); ``furniture``: ``caption``, ``byline``, ``link`` (a teaser or related-article
line), ``note`` or ``""``. An entry is *good* when its date is right, it says what
happened and it is no furniture.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from storylens.records import TimelineEntry
from storylens.timeline import build_timeline
from timeline_cltls import DEFAULT_DATA, load

LABELS = Path(__file__).with_name("timeline_reader_labels.json")
FOLDERS = (("fr", "syria"), ("es", "syria"))
SEED = 12
PER_FOLDER = 30
Key = tuple[str, str, str, str, int, int]


def stories(lang: str, topic: str, cache: Path) -> dict[Key, TimelineEntry]:
    """Every entry of every month-story of the folder, by key."""
    folder = load(DEFAULT_DATA, lang, topic, None, cache, whole=True)
    months: dict[str, list[str]] = {}
    for article in folder.articles.values():
        months.setdefault((article.published or "")[:7], []).append(article.id)
    out: dict[Key, TimelineEntry] = {}
    for month, ids in sorted(months.items()):
        members = set(ids)
        claims = [c for c in folder.claims if all(e.article_id in members for e in c.sources)]
        for entry in build_timeline(claims, folder.articles, language=lang, article_ids=ids):
            span = entry.evidence[0] if entry.evidence else None
            key = (f"{lang}/{topic}", month, entry.when, span.article_id if span else "",
                   span.start if span else 0, span.end if span else 0)
            out[key] = entry
    return out


def draw(cache: Path, out: Path) -> None:
    """The seeded sample, with texts for reading (outside the repo) and a key skeleton."""
    out.mkdir(parents=True, exist_ok=True)
    lines, skeleton = [], []
    for lang, topic in FOLDERS:
        entries = stories(lang, topic, cache)
        folder = load(DEFAULT_DATA, lang, topic, None, cache, whole=True)
        for n, key in enumerate(random.Random(SEED).sample(sorted(entries), PER_FOLDER)):
            entry = entries[key]
            article = folder.articles.get(key[3])
            around = article.text[max(0, key[4] - 300):key[5] + 200] if article else ""
            lines += [f"=== {lang}{n} {key} published {article.published if article else ''}",
                      f"ENTRY: {entry.when} {entry.what}", f"CONTEXT: {around}", ""]
            skeleton.append({"id": f"{lang}{n}", "key": list(key), "date": "", "what": None,
                             "furniture": ""})
    (out / "sample.txt").write_text("\n".join(lines), encoding="utf-8")
    (out / "skeleton.json").write_text(json.dumps(skeleton, indent=1), encoding="utf-8")


def good(label: dict[str, Any]) -> bool:
    return bool(label["date"] == "right" and label["what"] and not label["furniture"])


def score(cache: Path) -> None:
    """The labelled entries (drawn from the code of their session) against this tree's."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["entries"]
    now: dict[Key, TimelineEntry] = {}
    for lang, topic in FOLDERS:
        now |= stories(lang, topic, cache)
    spans = {(k[0], k[1], k[3], k[4], k[5]): k for k in now}
    tally: Counter[str] = Counter()
    for label in labels:
        key = tuple(label["key"])
        kind = "good" if good(label) else "bad"
        moved = spans.get((key[0], key[1], key[3], key[4], key[5]))
        if key in now:
            state = "kept"
        elif moved is not None:
            state = f"dated {moved[2]}"
        else:
            state = "gone"
        tally[f"{kind} {state.split()[0]}"] += 1
        tally[kind] += 1
        if state != "kept":
            print(label["id"], kind, key[2], "->", state, label.get("why", ""))
    labelled = {tuple(x["key"]) for x in labels}
    drawn = {x["key"][0] for x in labels}
    new = sum(1 for k in now if k[0] in drawn and k not in labelled)
    print(f"labelled {len(labels)}: good {tally['good']}, bad {tally['bad']}")
    for kind in ("good", "bad"):
        print(f"{kind} kept {tally[kind + ' kept']}, re-dated {tally[kind + ' dated']}, "
              f"gone {tally[kind + ' gone']}")
    print(f"entries of the two folders not in the sample: {new}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["draw", "score"])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/storylens-timeline-reader"))
    args = parser.parse_args()
    if args.what == "draw":
        draw(args.cache, args.out)
    else:
        score(args.cache)


if __name__ == "__main__":
    main()
