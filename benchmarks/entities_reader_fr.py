"""What a reader sees in a story's entity list: a held-out French sample (issue 10,
2026-12-02, session 8).

Run: ``.venv/bin/python benchmarks/entities_reader_fr.py [--data ../shared/data]
[--out DIR] [--lang fr|es|es2|it] [--list | --dump [--rows N]]`` (``--lang`` names the
set: ``es2`` is a second Spanish set drawn from es/egypt, ``it`` an Italian one from
it/syria, both session 9)

Sample: the CL-TLS ``<lang>/syria`` articles no earlier labelled set used (every path of the
entity samples and cross-language sets, the Italian type sample, and any path named in a
``benchmarks/*labels*.json`` file: see :func:`used_by_earlier`), written as one jsonl of
``{"text", "published": DATE}`` in path order and analysed as a user would
(``storylens analyze FILE --lang <lang> --workers 1``). READER_STORIES stories are drawn at
random (seed READER_SEED) from the report's stories; in each, every entity
``report._common.listed_entities`` shows (the reader's list) is labelled by reading its
mentions in context: a name or junk, and for a name its type (PERSON, ORG, LOC, OTHER).

Labels (``entities_reader_<set>_labels.json``) hold the article paths, story ids, entity
surfaces and verdicts (no text). Once labelled, a set's input is frozen: the articles its
labels list, so later label files elsewhere cannot re-draw it. Stories are keyed by their
articles' paths (a label key's numbers index the labels' ``articles``), so a story still
scores when its articles sit on other input lines. Scored by matching the story's
article set and the entity surface: junk share (listed junk / listed), junk still listed,
type accuracy over listed names (GPE counts as LOC; OTHER for a typed name is an abstention).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from _entities_data import used_paths
from _entities_seventh import seventh_groups, seventh_used_paths
from _entities_xl5 import fifth_crosslingual_groups
from entities_types_it import type_groups
from entities_types_it import used_by_earlier as used_before_types
from storylens.report._common import listed_entities

READER_STORIES = 30
READER_SEED = 8
HERE = Path(__file__).parent
TYPES = ("PERSON", "ORG", "LOC", "OTHER")
#: reader set -> (language, CL-TLS topic)
SETS = {"fr": ("fr", "syria"), "es": ("es", "syria"), "es2": ("es", "egypt"),
        "it": ("it", "syria")}


def used_by_earlier(data: Path) -> frozenset[str]:
    """Every article path an earlier labelled set used (entity samplers and label files)."""
    used = set(used_before_types(data)) | set(used_paths(data, through_fourth=True))
    seventh = seventh_used_paths(data)
    used |= seventh
    for groups in (seventh_groups(data, seventh), fifth_crosslingual_groups(data),
                   type_groups(data)):
        used.update(r.source for raws in groups.values() for r in raws)
    for labels in HERE.glob("*labels*.json"):
        if labels.name.startswith("entities_reader_"):
            continue  # this set's own labels
        for rel in re.findall(r"cl-tls/([a-z]{2}/[a-z]+/[0-9-]+/[^\"\s,]+\.txt)",
                              labels.read_text("utf-8")):
            used.add(str(data / "cl-tls" / rel))
    return frozenset(used)


def labels_of(name: str) -> dict[str, object] | None:
    """The set's labels, or None before it is labelled."""
    path = HERE / f"entities_reader_{name}_labels.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def reader_paths(data: Path, name: str) -> list[Path]:
    """The set's articles: those its labels list once labelled (frozen), else the CL-TLS
    articles of its language and topic that no earlier set used, in path order."""
    labels = labels_of(name)
    if labels is not None:
        return [data / "cl-tls" / str(a).split("/cl-tls/", 1)[1]
                for a in labels["articles"]]  # type: ignore[attr-defined]
    used = set(used_by_earlier(data))
    for other in HERE.glob("entities_reader_*_labels.json"):
        used.update(json.loads(other.read_text("utf-8"))["articles"])
    lang, topic = SETS[name]
    return [p for p in sorted((data / "cl-tls" / lang / topic).glob("*/*.txt"))
            if str(p) not in used]


def analyse(paths: list[Path], out: Path, lang: str) -> dict[str, object]:
    """Run the installed ``storylens analyze`` on the articles; the report's json."""
    out.mkdir(parents=True, exist_ok=True)
    jsonl = out / "input.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        for path in paths:
            handle.write(json.dumps({"text": path.read_text("utf-8", errors="replace"),
                                     "published": path.parent.name}) + "\n")
    if not (out / "report.json").exists():
        storylens = Path(sys.executable).with_name("storylens")
        subprocess.run([str(storylens), "analyze", str(jsonl), "--out", str(out), "--db",
                        str(out / "s.db"), "--lang", lang, "--workers", "1", "--quiet"],
                       check=True)
    return json.loads((out / "report.json").read_text("utf-8"))


def story_key(story: dict[str, object], by_id: dict[str, str]) -> str:
    """A story named by its articles' paths (stable across runs and input orders)."""
    return ",".join(sorted(by_id[a] for a in story["article_ids"]))  # type: ignore[attr-defined]


def label_key(key: str, articles: list[str]) -> str:
    """A label's story key (indices into the labels' articles) as article paths."""
    return ",".join(sorted(articles[int(n)] for n in key.split(",")))


def short_key(key: str, articles: list[str]) -> str:
    """A path-keyed story as indices into ``articles`` (the labels' compact form)."""
    return ",".join(str(n) for n in sorted(articles.index(p) for p in key.split(",")))


def drawn(report: dict[str, object]) -> list[dict[str, object]]:
    """READER_STORIES stories at random (seed READER_SEED), in report order."""
    stories = list(report["stories"])  # type: ignore[call-overload]
    picked = random.Random(READER_SEED).sample(range(len(stories)),
                                               min(READER_STORIES, len(stories)))
    return [stories[i] for i in sorted(picked)]


def line_of(report: dict[str, object], paths: list[Path]) -> dict[str, str]:
    """Article id -> its file's path, read from the article's input line (``...#L<n>``)."""
    return {a["id"]: str(paths[int(a["source"].rsplit("#L", 1)[1]) - 1])  # type: ignore[index]
            for a in report["articles"]}  # type: ignore[attr-defined]


def drawn_rows(report: dict[str, object], rows: int,
               by_id: dict[str, str]) -> set[tuple[str, str]]:
    """``rows`` (story key, entity name) pairs at random (seed READER_SEED) among the
    drawn stories' listed entities: the Spanish sample, whose lists are longer."""
    pairs = [(story_key(story, by_id), e["name"]) for story in drawn(report)
             for e in listed_entities(story)[0]]
    return set(random.Random(READER_SEED).sample(pairs, min(rows, len(pairs))))


def dump(report: dict[str, object], paths: list[Path], rows: int = 0,
         width: int = 60) -> None:
    """Print each drawn story's listed entities with their mentions in context, to label
    (``rows``: only that many drawn at random, :func:`drawn_rows`); stories are named by
    their articles' indices in ``paths``."""
    texts = {a["id"]: a.get("text", "") for a in report["articles"]}  # type: ignore[index]
    by_id = line_of(report, paths)
    keep = drawn_rows(report, rows, by_id) if rows else None
    names = [str(p) for p in paths]
    for story in drawn(report):
        shown, hidden = listed_entities(story)
        key = story_key(story, by_id)
        print(f"\n=== story {short_key(key, names)} {story.get('title', '')!r} "
              f"listed {len(shown)} hidden {hidden}")
        for entity in shown:
            if keep is not None and (key, entity["name"]) not in keep:
                continue
            mentions = entity.get("mentions", [])
            print(f"-- {entity['name']!r} {entity['type']} x{len(mentions)}")
            for m in mentions[:3]:
                text = texts.get(m.get("article_id"), "")
                s, e = int(m.get("start", 0)), int(m.get("end", 0))
                ctx = text[max(0, s - width):e + width].replace("\n", " | ")
                print(f"     {m.get('text', '')!r}: ...{ctx}...")


def score(report: dict[str, object], labels: dict[str, object],
          paths: list[Path]) -> dict[str, object]:
    """Junk share and type accuracy of the listed entities against the labels.

    A labelled row counts as still listed when its story lists an entity of that name.
    Junk and demonym rows count listed / gone; a name's type is right when it is the
    label or its accepted second type ("also"), an abstention when OTHER, else wrong; a
    name no longer listed under that name is "gone" (listed under another name, merged
    into another entity, or dropped: read them, see ``--dump``)."""
    by_id = line_of(report, paths)
    articles = [str(a) for a in labels["articles"]]  # type: ignore[attr-defined]
    lists = {}
    for story in report["stories"]:  # type: ignore[attr-defined]
        lists[story_key(story, by_id)] = {e["name"]: e["type"]
                                          for e in listed_entities(story)[0]}
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("junk", "demonym", "names",
                                                              "bad_surface")}
    per: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    gone: list[str] = []
    missing_stories = 0
    for story, rows in labels["stories"].items():  # type: ignore[attr-defined]
        listed = lists.get(label_key(story, articles))
        if listed is None:
            missing_stories += 1
            continue
        for row in rows:
            got = listed.get(row["surface"])
            got = "LOC" if got == "GPE" else got
            kind = row["verdict"] if row["verdict"] in ("junk", "demonym") else "names"
            counts[kind]["listed" if got else "gone"] += 1
            if row.get("bad_surface"):
                counts["bad_surface"]["listed" if got else "gone"] += 1
            if kind != "names":
                continue
            if got is None:
                gone.append(f"{story}:{row['surface']}")
                continue
            accepted = {row["verdict"], row.get("also")}
            outcome = "right" if got in accepted else "abstain" if got == "OTHER" \
                else "wrong"
            per[row["verdict"]][outcome] += 1
    total = sum(per.values(), Counter())
    listed_all = sum(c["listed"] for c in counts.values()) - counts["bad_surface"]["listed"]
    named = counts["names"]["listed"]
    return {"stories_missing": missing_stories, **{k: dict(c) for k, c in counts.items()},
            "junk_share": round(counts["junk"]["listed"] / listed_all, 3)
            if listed_all else None,
            "type_right": total["right"], "type_wrong": total["wrong"],
            "type_abstain": total["abstain"],
            "type_accuracy": round(total["right"] / named, 3) if named else None,
            "per_type": {t: dict(c) for t, c in per.items()}, "names_gone": gone}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=Path("/tmp/reader_fr"))
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--list", action="store_true", help="list the sample's articles")
    parser.add_argument("--dump", action="store_true", help="print the lists to label")
    parser.add_argument("--rows", type=int, default=0,
                        help="with --dump: only this many listed rows, drawn at random")
    args = parser.parse_args()
    paths = reader_paths(args.data, args.lang)
    if args.list:
        print("\n".join(str(p) for p in paths))
        return
    report = analyse(paths, args.out, SETS[args.lang][0])
    labels = labels_of(args.lang)
    if args.dump or labels is None:
        dump(report, paths, args.rows)
        return
    print(json.dumps(score(report, labels, paths), indent=1))


if __name__ == "__main__":
    main()
