"""CL-TLS clustering labels keyed by file path, so cleaning changes stop losing them (issue 13).

Run: ``.venv/bin/python benchmarks/clustering_cltls_remap.py ids --out /tmp/h/ids-now.json``
(the ids today's cleaning gives each file), the same with ``PYTHONPATH=<an old tree's src>``
for the cleaning a label file was made with, then
``.venv/bin/python benchmarks/clustering_cltls_remap.py remap /tmp/h/ids-*.json``.

Why: the label files store article ids only, and an id is a content hash of the *cleaned*
text (``Article.make_id``). Every change to cleaning moves some ids, and a labelled article
whose id moved silently drops out of every figure (61 of 324 ids by session 7). The file
path is what does not move. ``ids`` reads each topic exactly as ``clustering_cltls.py``
loads it (es, fr, it files sorted, one JSON Lines pile per topic, so the cross-document
furniture cut sees the same pile) through ``Pipeline.read_articles`` only (ingest and
cleaning: no model), and writes ``{path relative to the data folder: id}``; it uses no API
newer than the oldest label file, so it runs under an old tree's ``src``. ``remap`` takes
several such maps (each made with one tree), finds every labelled id in one of them, and
rewrites the label files with today's ids: verdicts, opaque labels and order unchanged, a
``paths`` map (today's id to file path) and ``previous_ids`` (today's id to the id it was
labelled under, where they differ) added. Once ``paths`` is there, a later ``remap`` needs
only today's map. An id found in no map is kept and reported (never guessed).

``figures --cache DIR [--labels DIR]`` prints, for the partitions of ``clustering_cltls.py``
(storylens, TF-IDF and USE-m cosine baselines, analysed articles from its cache), every
label file's figures as read from ``--labels`` (default: this folder), so the same run
with the label files of an older commit (``git show COMMIT:benchmarks/NAME``) shows what
the re-keying changed: labelled articles found, purity of today's stories holding two or
more labelled articles, labelled pair precision / recall (events, developments), the
session-4 story-pair verdicts and the lone-pair verdicts joined, the held-out pairs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from storylens import Pipeline, load_settings
from storylens.records import Article, Problem

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data" / "cl-tls"
LANGS = ("es", "fr", "it")
TOPICS = ("egypt", "syria")
REMAP_NOTE = (
    "article ids re-keyed to the current cleaning through file paths by "
    "benchmarks/clustering_cltls_remap.py (verdicts unchanged; 'paths' maps each id to its "
    "file under shared/data/cl-tls, 'previous_ids' to the id it was labelled under)"
)
LABEL_FILES = (
    "clustering_cltls_labels.json",
    "clustering_cltls_event_pairs.json",
    "clustering_cltls_lone_pairs.json",
    "clustering_cltls_heldout_pairs.json",
)


def topic_files(data: Path, topic: str) -> list[Path]:
    """The files of one topic in ``clustering_cltls.load_topic``'s order (whole topic)."""
    return [path for lang in LANGS for path in sorted((data / lang / topic).glob("*/*.txt"))]


def ids_by_path(data: Path) -> dict[str, str]:
    """Each file's article id under the importable package's cleaning, one pile per topic.

    A file whose cleaned text repeats an earlier one's (one article per distinct text) maps
    to that article's id, as the pipeline would merge them.
    """
    pipeline = Pipeline(dataclasses.replace(load_settings(environ={}), lang_hint=None))
    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for topic in TOPICS:
            files = topic_files(data, topic)
            jsonl = Path(tmp) / f"{topic}.jsonl"
            with jsonl.open("w", encoding="utf-8") as out:
                for path in files:
                    out.write(json.dumps({
                        "text": path.read_text(encoding="utf-8", errors="replace"),
                        "published": path.parent.name, "language": path.parts[-4],
                    }) + "\n")
            problems: list[Problem] = []
            for article in pipeline.read_articles([jsonl], problems):
                line = int(article.source.rsplit("#L", 1)[1])
                found[files[line - 1].relative_to(data).as_posix()] = article.id
    return found


def label_ids(payload: dict[str, Any]) -> set[str]:
    """Every article id a label file holds, whatever its layout."""
    ids: set[str] = set()
    for story in payload.get("stories", []):
        for level in story.values():
            ids.update(level)
    for pair in payload.get("pairs", []):
        ids.update((pair["a"], pair["b"]))
    return ids


def renamed(payload: dict[str, Any], new: dict[str, str]) -> dict[str, Any]:
    """The payload with every labelled id replaced by ``new[id]`` (kept where absent)."""
    out = dict(payload)
    if "stories" in payload:
        out["stories"] = [
            {level: {new.get(a, a): v for a, v in labels.items()} for level, labels in s.items()}
            for s in payload["stories"]
        ]
    if "pairs" in payload:
        out["pairs"] = [{**p, "a": new.get(p["a"], p["a"]), "b": new.get(p["b"], p["b"])}
                        for p in payload["pairs"]]
    return out


def remap(payload: dict[str, Any], maps: list[dict[str, str]],
          now: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Label file re-keyed to today's ids through file paths; the ids no map explains."""
    path_of: dict[str, str] = {}
    for i, p in payload.get("paths", {}).items():
        path_of[payload.get("previous_ids", {}).get(i, i)] = p
        path_of[i] = p
    for ids in maps:  # a path whose id matches a labelled id under some tree's cleaning
        for p, i in ids.items():
            path_of.setdefault(i, p)
    new: dict[str, str] = {}
    missing: list[str] = []
    previous = dict(payload.get("previous_ids", {}))
    first_label = {i: previous.get(i, i) for i in label_ids(payload)}
    for old in sorted(label_ids(payload)):
        where = path_of.get(old)
        if where is None or where not in now:
            missing.append(old)
            continue
        new[old] = now[where]
    out = renamed(payload, new)
    out["paths"] = dict(sorted((new[i], path_of[i]) for i in new))
    out["previous_ids"] = dict(sorted((new[i], first_label[i]) for i in new
                                      if new[i] != first_label[i]))
    out["ids_remapped"] = REMAP_NOTE
    return out, missing


def joined(groups: list[list[str]], pairs: list[dict[str, Any]], key: str) -> str:
    """Of the verdict pairs with both articles found: true / false ones put in one story."""
    story = {a: k for k, g in enumerate(groups) for a in g}
    found = [p for p in pairs if p["a"] in story and p["b"] in story and p[key] is not None]
    counts = Counter((bool(p[key]), story[p["a"]] == story[p["b"]]) for p in found)
    return (f"{len(found)} | {counts[True, True]}/{counts[True, True] + counts[True, False]} | "
            f"{counts[False, True]}/{counts[False, True] + counts[False, False]}")


def split_kinds(groups: list[list[str]], pairs: list[tuple[str, str]],
                articles: dict[str, Article]) -> str:
    """Same-event pairs put apart, by language (one / two) and days apart (0, 1-3, 4+)."""
    story = {a: k for k, g in enumerate(groups) for a in g}
    counts: Counter[str] = Counter()
    for a, b in pairs:
        if a not in story or b not in story or story[a] == story[b]:
            continue
        x, y = articles[a], articles[b]
        gap = abs((date.fromisoformat(str(x.published)[:10])
                   - date.fromisoformat(str(y.published)[:10])).days)
        days = "0" if gap == 0 else "1-3" if gap <= 3 else "4+"
        counts[f"{'one' if x.language == y.language else 'two'} language(s), {days} d"] += 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "none"


def figures(cache: Path, data: Path, labels: Path) -> None:
    """The label files' figures on today's partitions (see the module docstring)."""
    from clustering_cltls import LEVELS, load_topic, pair_scores, partitions, purity
    from clustering_cltls_heldout import figures as heldout_figures

    articles = [a for t in TOPICS for a in load_topic(data, t, None, cache)]
    present = {a.id for a in articles}
    results = partitions(articles, load_settings(environ={}).cluster_threshold)
    read = {n: json.loads((labels / n).read_text(encoding="utf-8")) for n in LABEL_FILES}
    for name, payload in read.items():
        held = label_ids(payload)
        print(f"{name}: {len(held & present)} of {len(held)} labelled articles found")
    stories = read[LABEL_FILES[0]]["stories"]
    print("\n| system | level | purity of stories with 2+ labelled (mean / pooled) "
          "| labelled pairs together | pair precision | pair recall |")
    print("|---|---|---|---|---|---|")
    for system, groups in results.items():
        for level in LEVELS:
            tags = {a: e for story in stories for a, e in story[level].items()}
            held_groups = [[a for a in g if a in tags] for g in groups]
            mean, pooled = purity([g for g in held_groups if len(g) > 1], tags)
            precision, recall, together = pair_scores(groups, tags)
            print(f"| {system} | {level} | {mean:.3f} / {pooled:.3f} | {together} "
                  f"| {precision:.3f} | {recall:.3f} |")
    print("\n| system | labels | pairs found | same joined | different joined |")
    print("|---|---|---|---|---|")
    for system, groups in results.items():
        for name in LABEL_FILES[1:3]:
            print(f"| {system} | {name} | {joined(groups, read[name]['pairs'], 'same_event')} |")
    print("\n| system | held-out pairs joined | of them different | precision "
          "| event recall | event + story recall |")
    print("|---|---|---|---|---|---|")
    for system, groups in results.items():
        print(f"| {system} | {heldout_figures(groups, read[LABEL_FILES[3]]['pairs'])} |")
    by_id = {a.id: a for a in articles}
    tags = {a: e for story in stories for a, e in story["events"].items()}
    same = {
        "story labels, one event": [(a, b) for a, b in combinations(sorted(tags), 2)
                                    if tags[a] == tags[b]],
        "story-pair verdicts, same event": [(p["a"], p["b"]) for p in read[LABEL_FILES[1]]["pairs"]
                                            if p["same_event"]],
        "held-out pairs, event": [(p["a"], p["b"]) for p in read[LABEL_FILES[3]]["pairs"]
                                  if p["verdict"] == "event"],
    }
    groups = next(iter(results.values()))
    print("\nSame-event pairs the storylens partition puts apart:")
    for name, pairs in same.items():
        print(f"- {name}: {split_kinds(groups, pairs, by_id)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ids = sub.add_parser("ids", help="write {file path: id} under the importable cleaning")
    ids.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ids.add_argument("--out", type=Path, required=True)
    fix = sub.add_parser("remap", help="rewrite the label files with today's ids")
    fix.add_argument("maps", type=Path, nargs="+",
                     help="id maps; the first is today's cleaning, the others older trees'")
    fix.add_argument("--dry-run", action="store_true")
    show = sub.add_parser("figures", help="label figures on today's partitions")
    show.add_argument("--cache", type=Path, required=True)
    show.add_argument("--data", type=Path, default=DEFAULT_DATA)
    show.add_argument("--labels", type=Path, default=HERE)
    args = parser.parse_args()
    if args.command == "figures":
        figures(args.cache, args.data, args.labels)
        return 0
    if args.command == "ids":
        args.out.write_text(json.dumps(ids_by_path(args.data), indent=0, sort_keys=True))
        return 0
    maps = [json.loads(p.read_text(encoding="utf-8")) for p in args.maps]
    now, current = maps[0], set(maps[0].values())
    for name in LABEL_FILES:
        target = HERE / name
        payload = json.loads(target.read_text(encoding="utf-8"))
        held = label_ids(payload)
        out, missing = remap(payload, maps, now)
        print(f"{name}: {len(held)} ids, {len(held & current)} match today's cleaning "
              f"before, {len(label_ids(out) & current)} after; {len(missing)} not found"
              + (f" ({', '.join(missing)})" if missing else ""))
        if not args.dry_run:
            target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
