"""Actor-graph edges on a third held-out sentence sample: es, fr, it, en, new sources.

Run: ``.venv/bin/python benchmarks/actor_graph_heldout3.py draw --out /tmp/wg/h3`` (writes
the drawn sentences for reading under ``--out``, never into the repo), then, once the
labels are in ``actor_graph_heldout3_labels.json``, ``... score [--verbose]`` (the
earlier samples' sentence scoring, NER labels) and ``... score --pipeline --cache DIR``
(the edges the whole pipeline gives between the story's canonical entities).

Protocol (issue 12, session 9; written before the draw, the labels and any code change):

* **Why a third sample.** The second (session 8) had 29 gold edges, 14 of them Spanish or
  Italian, and Italian gave 3 sentences (its capitalised-word NER types few actors). This
  one draws from sources no earlier sample read: SemEval-2022 Task 8 articles in fr, es,
  it, en (about 1,000 characters each) and CL-TLS es/egypt and it/egypt. CL-TLS fr/egypt
  is left out (the session's dev folder, read as a whole in step 3), as is fr/syria
  (session 7's dev folder, drawn by sample 2).
* **Pool.** Those articles minus every article an earlier label file names (path, content
  id, SemEval pair id: ``benchmarks/*.json``) and minus the earlier actor-graph dev sample
  (``actor_graph.py``: 40 articles per CL-TLS folder).
* **Draw.** Six strata (SemEval fr 20, es 15, it 15, en 15; CL-TLS es/egypt 15, it/egypt
  15), seed 1203, one sentence per article, the stratum's articles shuffled. Amended after
  the first draw, before any labelling: the CL-TLS pools held 16 and 5 unused files (other
  label files name the rest), so SemEval took fr 25, es 22, it 22 (92 sentences). Part B
  (``--part b``, seed 1204), added after part A's sheet was read (7 edges) and before any
  scoring: CL-TLS es/syria and it/syria (3 and 25 sentences). A sentence
  qualifies by sample 2's rule (40-400 characters, two named actors with different
  surfaces at most 15 words apart with a finite verb between them or within 3 words
  after) **or** with one of the joining words of relative clauses, passive agents and
  nominal events between them (que qui che cui par por da contre contra contro entre
  tra fra avec con by against between with whom which who). Actors: the NER's PERSON,
  ORG, GPE, LOC mentions; for Italian also its capitalised-word mentions (OTHER) not
  opening the sentence, since its NER types few.
* **Labels**, by one reader from the sentence alone: every relation between two named
  actors of the types meets, supports, opposes (condemns, criticises, a verbal attack),
  attacks (armed), calls_on, accuses, arrests, stated as happening (not negated, asked,
  planned or supposed); agent and patient are character spans (the NER's mention or the
  reader's span where it missed the name). Ids, offsets and text SHA-1 only.
* **Score.** As samples 1 and 2 (an edge is right when type, agent and patient overlap a
  gold edge; meets either way round), printed per type and per language. ``--pipeline``
  reads the edges of ``storylens``' own stories over the drawn articles (one run per
  language, cached) whose evidence lies in a labelled sentence; agent and patient are
  the canonical entities' mentions in that sentence.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import actor_graph_heldout as first
import actor_graph_heldout2 as second
from claims_precision import DATA

LABELS = Path(__file__).with_name("actor_graph_heldout3_labels.json")
SEED = 1203
PER_STRATUM = {"semeval-fr": 25, "semeval-es": 22, "semeval-it": 22, "semeval-en": 15,
               "cl-tls-es": 15, "cl-tls-it": 15}
# Part B (added after part A's sheet held 7 edges in 92 sentences, before any labelling
# was scored and before any code change): conflict coverage, CL-TLS es/it syria.
PER_STRATUM_B = {"cl-tls-es-syria": 20, "cl-tls-it-syria": 25}
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
JOINING = frozenset("que qui che cui par por da contre contra contro entre tra fra avec "
                    "con by against between with whom which who".split())
SEMEVAL = DATA / "semeval2022-task8" / "training_set.csv"
_WORD = re.compile(r"\w+")


def _semeval() -> dict[str, tuple[str, str]]:
    """``semeval/<pair id>/<side>`` -> (language, text) for the fr/es/it/en articles."""
    csv.field_size_limit(10**9)
    out = {}
    with SEMEVAL.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for side in ("1", "2"):
                if row[f"lang{side}"] in ("fr", "es", "it", "en") and row[f"text{side}"]:
                    out[f"semeval/{row['pair_id']}/{side}"] = (row[f"lang{side}"],
                                                               row[f"text{side}"])
    return out


def _text(path: str) -> str:
    return _semeval()[path][1] if path.startswith("semeval/") else first._text(path)


def _pool(part: str = "a") -> dict[str, list[tuple[str, str, str]]]:
    strata: dict[str, list[tuple[str, str, str]]] = {}
    if part == "b":
        for lang in ("es", "it"):
            for p in sorted((DATA / "cl-tls" / lang / "syria").glob("*/*.txt")):
                strata.setdefault(f"cl-tls-{lang}-syria", []).append(
                    (p.relative_to(DATA).as_posix(), lang,
                     p.read_text(encoding="utf-8", errors="replace")))
        return strata
    for path, (lang, text) in sorted(_semeval().items()):
        strata.setdefault(f"semeval-{lang}", []).append((path, lang, text))
    for lang in ("es", "it"):
        for p in sorted((DATA / "cl-tls" / lang / "egypt").glob("*/*.txt")):
            strata.setdefault(f"cl-tls-{lang}", []).append(
                (p.relative_to(DATA).as_posix(), lang,
                 p.read_text(encoding="utf-8", errors="replace")))
    return strata


def _used(path: str, text: str, seen: str, dev: set[str]) -> bool:
    if not path.startswith("semeval/"):
        return first._used(path, text, seen, dev)
    from storylens.records import Article
    return any(k in seen for k in (path, path.split("/")[1], Article.make_id(text)))


def _actors(article: Any, start: int, end: int) -> list[Any]:
    return [m for m in article.mentions if start <= m.start and m.end <= end
            and (m.label in ACTOR_LABELS or (article.language == "it" and m.label == "OTHER"
                                             and article.text[start:m.start].strip()))]


def _qualifies(article: Any, index: int, nlp: Any) -> bool:
    s = article.sentences[index]
    if not first.MIN_CHARS <= s.end - s.start <= first.MAX_CHARS:
        return False
    actors = _actors(article, s.start, s.end)
    if len({m.text.casefold() for m in actors}) < 2:
        return False
    text = article.text
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            if a.text.casefold() == b.text.casefold() or b.start < a.end \
                    or len(text[a.end:b.start].split()) > second.MAX_GAP_WORDS:
                continue
            if {w.casefold() for w in _WORD.findall(text[a.end:b.start])} & JOINING:
                return True
    lang = article.language
    if nlp is None and lang not in second._FINITE_SUFFIX:
        return False
    saved = first._actors
    first._actors = _actors  # sample 2's finite-verb rule over this sample's actors
    try:
        return second._qualifies(article, index, nlp)
    finally:
        first._actors = saved


def draw(out: Path, part: str) -> None:
    seen = first._texts_of_label_files() + first.LABELS.read_text(encoding="utf-8")
    dev = first._earlier_dev()
    rng = random.Random(SEED + (part == "b"))
    quotas = PER_STRATUM_B if part == "b" else PER_STRATUM
    drawn: list[dict[str, Any]] = []
    sheet: list[str] = []
    for stratum, items in sorted(_pool(part).items()):
        items = [i for i in items if not _used(i[0], i[2], seen, dev)]
        rng.shuffle(items)
        got = 0
        for batch_start in range(0, len(items), 20):
            if got >= quotas[stratum]:
                break
            for article in first._analysed(items[batch_start:batch_start + 20]):
                if got >= quotas[stratum]:
                    break
                ner = first._RESOURCES[0].ner_for(article.language)
                nlp = getattr(ner, "pipeline", None) if article.language in ("en", "fr") \
                    else None
                fit = [n for n in range(len(article.sentences))
                       if _qualifies(article, n, nlp)]
                if not fit:
                    continue
                s = article.sentences[rng.choice(fit)]
                got += 1
                n = len(drawn) + (100 if part == "b" else 0)
                drawn.append({"id": f"t{n}", "stratum": stratum, "path": article.source,
                              "language": article.language,
                              "text_sha1": hashlib.sha1(article.text.encode()).hexdigest()[:12],
                              "sentence": [s.start, s.end], "edges": []})
                marks = " | ".join(f"[{k}]{m.text}@{m.start}-{m.end}:{m.label}"
                                   for k, m in enumerate(_actors(article, s.start, s.end)))
                sheet.append(f"#t{n} {stratum} {article.language} @{s.start}\n"
                             f"{article.text[s.start:s.end]!r}\n  {marks}\n")
        print(f"{stratum}: {got} of {len(items)} files in the pool")
    out.mkdir(parents=True, exist_ok=True)
    out = out / part
    out.mkdir(parents=True, exist_ok=True)
    (out / "sheet.txt").write_text("\n".join(sheet), encoding="utf-8")
    (out / "draft.json").write_text(json.dumps(drawn, indent=1), encoding="utf-8")
    print(f"drew {len(drawn)} sentences; sheet {out / 'sheet.txt'}")


def _print(counts: Counter[str], by: dict[str, Counter[str]], title: str) -> None:
    def pr(c: Counter[str]) -> str:
        p = f"{c['right'] / c['system']:.2f}" if c["system"] else "n/a"
        r = f"{c['found'] / c['gold']:.2f}" if c["gold"] else "n/a"
        return (f"gold {c['gold']:3d} system {c['system']:3d} right {c['right']:3d} "
                f"found {c['found']:3d}  P {p}  R {r}")
    print(f"== {title}: {pr(counts)}")
    for key in sorted(by):
        print(f"   {key:12s} {pr(by[key])}")


def _tally(rows: list[dict[str, Any]], edges_of: list[set[first.Edge]],
           texts: list[str], verbose: bool, title: str) -> None:
    counts: Counter[str] = Counter()
    by: dict[str, Counter[str]] = {}
    for row, edges, text in zip(rows, edges_of, texts, strict=True):
        groups = [counts, by.setdefault(row["language"], Counter())]
        for e in edges:
            ok = first._right(e, row["edges"])
            for c in [*groups, by.setdefault(e[0], Counter())]:
                c["system"] += 1
                c["right"] += ok
            if verbose:
                a, b = min(e[1][0], e[2][0]), max(e[1][1], e[2][1])
                print(f"#{row['id']} {'RIGHT' if ok else 'WRONG'} {e[0]} {text[a:b]!r}")
        for g in row["edges"]:
            hit = any(first._right(e, [g]) for e in edges)
            for c in [*groups, by.setdefault(g["type"], Counter())]:
                c["gold"] += 1
                c["found"] += hit
            if verbose and not hit:
                a, b = min(g["agent"][0], g["patient"][0]), max(g["agent"][1], g["patient"][1])
                print(f"#{row['id']} MISSED {g['type']} {text[a:b]!r}")
    _print(counts, by, title)


def score(verbose: bool) -> None:
    rows = json.loads(LABELS.read_text(encoding="utf-8"))["sentences"]
    articles = first._analysed([(r["path"], r["language"], _text(r["path"])) for r in rows])
    edges_of = []
    for row, article in zip(rows, articles, strict=True):
        if hashlib.sha1(article.text.encode()).hexdigest()[:12] != row["text_sha1"]:
            raise SystemExit(f"text of {row['path']} changed since labelling")
        edges_of.append(set(first.system_edges(article, *row["sentence"])))
    _tally(rows, edges_of, [a.text for a in articles], verbose,
           "sentence reading (NER labels, as samples 1-2)")


def _span(mentions: list[tuple[int, int]], lo: int, hi: int, shift: int) -> tuple[int, int]:
    """An entity's first mention inside an evidence span, in the labelled text's offsets."""
    inside = [m for m in mentions if lo <= m[0] and m[1] <= hi] or [(lo, hi)]
    return inside[0][0] + shift, inside[0][1] + shift


def score_pipeline(verbose: bool, cache: Path) -> None:
    """Edges of the pipeline's stories whose evidence lies in a labelled sentence."""
    from actor_graph import rebuilt
    from storylens import Pipeline, load_settings
    from storylens.records import to_dict

    rows = json.loads(LABELS.read_text(encoding="utf-8"))["sentences"]
    cache.mkdir(parents=True, exist_ok=True)
    resources = first._RESOURCES or [first.Resources(load_settings())]
    edges_of: list[set[first.Edge]] = [set() for _ in rows]
    texts = [_text(r["path"]) for r in rows]
    for lang in sorted({r["language"] for r in rows}):
        mine = [i for i, r in enumerate(rows) if r["language"] == lang]
        target = cache / f"{lang}.report.json"
        if not target.exists():
            jsonl = cache / f"{lang}.jsonl"
            jsonl.write_text("".join(json.dumps({"text": texts[i], "language": lang}) + "\n"
                                     for i in mine), encoding="utf-8")
            settings = dataclasses.replace(load_settings(), output_language=lang)
            target.write_text(json.dumps(to_dict(Pipeline(settings).run([jsonl]))),
                              encoding="utf-8")
        report = json.loads(target.read_text(encoding="utf-8"))
        by_text = {a["id"]: a["text"] for a in report["articles"]}
        mentions: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for story in report["stories"]:
            for e in story["entities"]:
                for m in e.get("mentions", []):
                    mentions.setdefault((e["id"], m["article_id"]), []).append(
                        (m["start"], m["end"]))
        for _, _, relations in rebuilt(report, resources[0].graph_parser):
            for rel in relations:
                for ev in rel.evidence:
                    for i in mine:
                        s0, s1 = rows[i]["sentence"]
                        at = by_text[ev.article_id].find(texts[i][s0:s1])
                        if at < 0 or not (at <= ev.start and ev.end <= at + s1 - s0):
                            continue
                        ends = [_span(mentions.get((e, ev.article_id), []), ev.start,
                                      ev.end, s0 - at) for e in (rel.source, rel.target)]
                        edges_of[i].add((rel.type, ends[0], ends[1]))
    _tally(rows, edges_of, texts, verbose, "pipeline stories (canonical entities)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("command", choices=["draw", "score"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/wg/h3"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--part", choices=["a", "b"], default="a")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/wg/h3/cache"))
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.part)
    elif args.pipeline:
        score_pipeline(args.verbose, args.cache)
    else:
        score(args.verbose)


if __name__ == "__main__":
    main()
