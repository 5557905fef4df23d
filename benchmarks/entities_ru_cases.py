"""Russian names in their grammatical cases: one entity per referent, a nominative name.

``.venv/bin/python benchmarks/entities_ru_cases.py --list --cache /tmp/r2/ru``
    Prints each drawn article's NER mention surfaces with a line of context (to label).
``.venv/bin/python benchmarks/entities_ru_cases.py --cache /tmp/r2/ru``
    Scores ``merge_entities`` against ``entities_ru_cases_labels.json``.

Why: Russian declines names ("Аризона" / "Аризоны" / "Аризоне"); a resolver that keys
names by surface splits one place into several entities and names it in whatever case
was most frequent. Draw (session 7): SemEval-2022 Task 8 ``training_set.csv`` pairs
with both articles Russian and an "Overall" rating above 2.5 (no story-status set of
``_status_sets.py`` takes such pairs), minus the 30 Russian pairs of
``reader_titles_de_ru_ar.py``; sorted by pair id, shuffled with seed 10; the first
ARTICLES articles of 600-2,500 characters, each its own story (merging is within a
story). Labels: per article, sha1[:12] of each mention surface -> [cluster, type]
(cluster 0 = not a name) and, per cluster, the hashes of the names a reader accepts as
its canonical name (nominative; a full name or a short one the articles use).
Figures: pairwise precision / recall over labelled mentions of one article (mentions
with one surface count too: two "Москве" are one pair), beside an exact-string baseline;
and the share of labelled clusters whose entity's name (the name of the entity that holds
most of the cluster's mentions) is one the labels accept. A place named by the gazetteer
in the reader's language ("Lexington") is not in the labels and counts as wrong.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _entities_data import Groups, analysed_groups, surface_id
from storylens import load_settings
from storylens.entities import merge_entities
from storylens.records import Article, RawDocument
from storylens.resources import Resources

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = Path(__file__).with_name("entities_ru_cases_labels.json")
SEED, ARTICLES, MIN_CHARS, MAX_CHARS = 10, 10, 600, 2500
DIFFERENT_STORIES = 2.5


def _reader_pair_ids(rows: list[dict[str, str]]) -> set[str]:
    """The Russian pairs the de/ru/ar reader pass drew (its seed and sizes)."""
    pairs = sorted((r for r in rows if r["lang1"] == "ru" == r["lang2"]),
                   key=lambda r: r["pair_id"])
    random.Random(7).shuffle(pairs)
    return {r["pair_id"] for r in pairs[:30]}


def ru_groups(data: Path) -> Groups:
    """One group per drawn article (see the module docstring for the draw)."""
    with (data / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    used = _reader_pair_ids(rows)
    pairs = sorted((r for r in rows if r["lang1"] == "ru" == r["lang2"]
                    and float(r["Overall"]) > DIFFERENT_STORIES and r["pair_id"] not in used),
                   key=lambda r: r["pair_id"])
    random.Random(SEED).shuffle(pairs)
    out: Groups = {}
    for row in pairs:
        for side in (1, 2):
            text = row[f"text{side}"]
            aid = row["pair_id"].split("_")[side - 1]
            if f"ru-{aid}" in out or not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            out[f"ru-{aid}"] = [RawDocument(source=f"semeval/{row['pair_id']}/{side}",
                                            format="text", content=text, language_hint="ru")]
            if len(out) == ARTICLES:
                return out
    return out


def list_mentions(groups: dict[str, list[Article]]) -> None:
    """Surfaces with NER label, hash and one context line each, to label by reading."""
    for group, articles in groups.items():
        print(f"== {group}")
        for article in articles:
            seen: set[str] = set()
            for m in article.mentions:
                if m.text in seen:
                    continue
                seen.add(m.text)
                context = article.text[max(0, m.start - 40):m.end + 40].replace("\n", " ")
                print(f"  {surface_id(m.text)} {m.label:6} {m.text!r:40} | {context}")


def score(groups: dict[str, list[Article]]) -> None:
    """Pairwise P/R and canonical names against the labels."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    # The pipeline's knowledge (gazetteer, given names, embedder), as `analyze` builds it.
    knowledge = Resources(load_settings(environ={})).entity_knowledge
    tp = fp = fn = named = clusters = 0
    exact = Counter[str]()  # the exact-string baseline: one entity per surface
    for group, articles in groups.items():
        label = labels[group]
        entities = merge_entities(articles, knowledge)
        mentions = [(m, label["surfaces"].get(surface_id(m.text)))
                    for a in articles for m in a.mentions]
        labelled = [(m, lab[0]) for m, lab in mentions if lab and lab[0] != 0]
        for (a, ca), (b, cb) in combinations(labelled, 2):
            same = a.entity_id is not None and a.entity_id == b.entity_id
            tp += same and ca == cb
            fp += same and ca != cb
            fn += (not same) and ca == cb
            key = "tp" if a.text == b.text and ca == cb else "fp" if a.text == b.text else \
                "fn" if ca == cb else "tn"
            exact[key] += 1
        by_entity = {e.id: e for e in entities}
        for cluster, accept in label["names"].items():
            ids = Counter(m.entity_id for m, c in labelled if str(c) == cluster)
            clusters += 1
            entity_id = ids.most_common(1)[0][0] if ids else None
            name = by_entity[entity_id].name if entity_id in by_entity else None
            ok = name is not None and surface_id(name) in accept
            named += ok
            if not ok:
                print(f"  {group} cluster {cluster}: named {name!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"exact-string baseline: precision {exact['tp'] / max(1, exact['tp'] + exact['fp']):.3f}"
          f", recall {exact['tp'] / max(1, exact['tp'] + exact['fn']):.3f}")
    print(f"pairs: precision {precision:.3f} ({tp}/{tp + fp}), recall {recall:.3f} "
          f"({tp}/{tp + fn}); canonical names right {named}/{clusters}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    groups = analysed_groups(args.data, args.cache, sampler=ru_groups)
    if args.list:
        list_mentions(groups)
    else:
        score(groups)


if __name__ == "__main__":
    main()
