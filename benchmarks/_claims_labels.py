"""Per-article claim labels kept in the project as ids, offsets, hashes and labels only.

Used by ``claims_precision.py extract | draw | label | score``. The labelling unit is a
*sentence* of a sampled article: every claim the extractor makes inside a drawn sentence is
labelled, so a later run is re-scored on the same sentences. A claim of a later run is
matched to a label by article hash, exact span and a hash of its statement; a claim in a
drawn sentence that matches no label (a new span, or the same span with a new statement)
is *unlabelled* and is written out to be labelled with the same protocol, marked
``after-change``. Texts (statements, quotes, sentences) are written only to the scratch
folder given by ``--out``, never into the project.
"""

from __future__ import annotations

import csv
import hashlib
import json
import pickle
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storylens import Pipeline, load_settings
from storylens.claims import extract_claims
from storylens.language import detect_article_language
from storylens.records import Article
from storylens.sentences import segment_article

LABELS = Path(__file__).resolve().parent / "claims_labels.json"
LABEL_VALUES = ("correct", "wrong", "trivial")
# Topics/corpora of each split: the DEV half is read to fix errors, the HELD-OUT half only
# scored. Whole topics and corpora are held out, never articles of a topic seen in DEV.
SPLITS = {"dev": ("cl-tls-syria", "basil"), "held-out": ("cl-tls-egypt", "giveme5w1h")}


def statement_hash(statement: str) -> str:
    """A short hash of a claim's statement: a new wording of one span needs a new label."""
    return hashlib.sha1(" ".join(statement.split()).encode("utf-8")).hexdigest()[:12]


def split_of(group: str) -> str:
    return next(s for s, groups in SPLITS.items() if group in groups)


def analyse(rows: list[dict[str, Any]], out: Path) -> list[Article]:
    """Articles of ``rows`` up to (not including) claims; cached in ``out``.

    Entities come from other helpers' code; caching them lets the claims stage be re-run
    and timed alone after each change.
    """
    cache = out / "analysed.pkl"
    if cache.is_file():
        with cache.open("rb") as fh:
            return list(pickle.load(fh))
    pipeline = Pipeline(load_settings())
    src = out / "sample.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items()
                                 if k not in ("corpus", "group", "path")}) + "\n")
    problems: list[Any] = []
    articles = pipeline.read_articles([src], problems)
    detector = pipeline.resources.language_id
    for article in articles:
        segment_article(article)
        detect_article_language(article, detector, article.language_hint)
    pipeline._entities(articles, problems, lambda *_: None)
    with cache.open("wb") as fh:
        pickle.dump(articles, fh)
    return articles


def extract(rows: list[dict[str, Any]], out: Path) -> int:
    """Run the claims stage alone on the cached articles; write ``run.jsonl`` (texts)."""
    out.mkdir(parents=True, exist_ok=True)
    articles = analyse(rows, out)
    cpu = time.process_time()
    wall = time.perf_counter()
    per_article = [(a, extract_claims(a)) for a in articles]
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    print(f"claims stage: {len(articles)} articles, {sum(len(c) for _, c in per_article)} "
          f"claims, {cpu:.2f} s CPU ({len(articles) / cpu:.1f} articles/s per core), "
          f"{wall:.2f} s wall")
    with (out / "run.jsonl").open("w", encoding="utf-8") as fh:
        for article, claims in per_article:
            row = rows[int(article.source.rsplit("#L", 1)[-1]) - 1]
            for claim in claims:
                ev = claim.sources[0]
                sentence = next(((s.start, s.end) for s in article.sentences
                                 if s.start <= ev.start < s.end), (ev.start, ev.end))
                kind = claim.frame.kind if claim.frame else claim.kind
                fh.write(json.dumps({
                    "source": row["path"], "group": row["group"], "article": article.id,
                    "language": article.language, "kind": kind, "start": ev.start,
                    "end": ev.end, "sentence": list(sentence),
                    "statement": claim.statement, "statement_sha": statement_hash(
                        claim.statement), "quote": ev.quote,
                    "sentence_text": article.text[sentence[0]:sentence[1]],
                }, ensure_ascii=False) + "\n")
    return 0


def _run(out: Path) -> list[dict[str, Any]]:
    with (out / "run.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def load_labels() -> dict[str, Any]:
    if LABELS.is_file():
        data: dict[str, Any] = json.loads(LABELS.read_text(encoding="utf-8"))
        return data
    return {"units": [], "labels": []}


def draw(out: Path, per_split: int, seed: int, kinds: frozenset[str] = frozenset()) -> int:
    """Draw labelling units (sentences with claims) until each split has ``per_split`` claims.

    Round-robin over the corpora/languages of a split so each is represented; writes
    ``to_label.tsv`` (texts, scratch only) and records the units in the labels file.
    With ``kinds``, only sentences holding a claim of those kinds are drawn and the units
    are added to the recorded ones (a check of rare kinds on other articles).
    """
    rng = random.Random(seed)
    run = _run(out)
    by_unit: dict[tuple[str, int, int], list[dict[str, Any]]] = defaultdict(list)
    for c in run:
        by_unit[(c["article"], *c["sentence"])].append(c)
    if kinds:
        by_unit = defaultdict(list, {k: v for k, v in by_unit.items()
                                     if any(c["kind"] in kinds for c in v)})
    data = load_labels()
    known = {(u["article"], *u["sentence"]) for u in data["units"]} if kinds else set()
    by_unit = defaultdict(list, {k: v for k, v in by_unit.items() if k not in known})
    units: list[dict[str, Any]] = list(data["units"]) if kinds else []
    for split in SPLITS:
        strata: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for key, claims in by_unit.items():
            if split_of(claims[0]["group"]) == split:
                strata[f"{claims[0]['group']}/{claims[0]['language']}"].append(key)
        for keys in strata.values():
            rng.shuffle(keys)
        taken = 0
        while taken < per_split and any(strata.values()):
            for name in sorted(strata):
                if strata[name] and taken < per_split:
                    key = strata[name].pop()
                    first = by_unit[key][0]
                    units.append({"split": split, "group": first["group"],
                                  "source": first["source"], "article": key[0],
                                  "language": first["language"], "sentence": [key[1], key[2]]})
                    taken += len(by_unit[key])
    data["units"] = units
    _save(data)
    chosen = {(u["article"], *u["sentence"]) for u in units} & set(by_unit)
    _write_tsv(out / "to_label.tsv", [c for key in chosen for c in by_unit[key]])
    print(f"{len(units)} sentences, {sum(len(by_unit[k]) for k in chosen)} claims "
          f"-> {out / 'to_label.tsv'}")
    return 0


def _write_tsv(path: Path, claims: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["article", "start", "end", "statement_sha", "kind", "language", "group",
                    "statement", "quote", "sentence", "label"])
        for c in sorted(claims, key=lambda c: (c["group"], c["article"], c["start"])):
            w.writerow([c["article"], c["start"], c["end"], c["statement_sha"], c["kind"],
                        c["language"], c["group"], " ".join(c["statement"].split()),
                        " ".join(c["quote"].split())[:400],
                        " ".join(c["sentence_text"].split())[:600], ""])


def label(source: Path, when: str) -> int:
    """Merge labels from a TSV written by ``draw``/``score`` (label column filled in)."""
    data = load_labels()
    known = {(x["article"], x["start"], x["end"], x["statement_sha"]): x
             for x in data["labels"]}
    added = 0
    with source.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            value = r["label"].strip()
            if not value:
                continue
            if value not in LABEL_VALUES:
                raise SystemExit(f"bad label {value!r} at {r['article']}:{r['start']}")
            key = (r["article"], int(r["start"]), int(r["end"]), r["statement_sha"])
            known[key] = {"article": key[0], "start": key[1], "end": key[2],
                          "statement_sha": key[3], "kind": r["kind"],
                          "language": r["language"], "label": value, "labelled": when}
            added += 1
    data["labels"] = sorted(known.values(), key=lambda x: (x["article"], x["start"]))
    _save(data)
    print(f"{added} labels merged; {len(data['labels'])} in {LABELS.name}")
    return 0


def _save(data: dict[str, Any]) -> None:
    LABELS.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def score(out: Path) -> int:
    """Precision per split, kind and language of the run in ``out`` on the labelled units."""
    data = load_labels()
    units = {(u["article"], u["sentence"][0], u["sentence"][1]): u["split"]
             for u in data["units"]}
    labels = {(x["article"], x["start"], x["end"], x["statement_sha"]): x["label"]
              for x in data["labels"]}
    by: dict[str, Counter[str]] = defaultdict(Counter)
    unlabelled: list[dict[str, Any]] = []
    for c in _run(out):
        split = units.get((c["article"], *c["sentence"]))
        if split is None:
            continue
        value = labels.get((c["article"], c["start"], c["end"], c["statement_sha"]))
        if value is None:
            unlabelled.append(c)
            value = "unlabelled"
        for key in (f"{split}", f"{split} kind={c['kind']}",
                    f"{split} lang={c['language']}"):
            by[key][value] += 1
    print(f"{len(units)} labelled sentences; {len(unlabelled)} claims unlabelled")
    print(f"  {'slice':<30} {'n':>4} correct wrong trivial unlabelled")
    for key in sorted(by, key=lambda k: (k.split()[0] != "dev", " " in k, k)):
        c = by[key]
        n = sum(c[v] for v in LABEL_VALUES)
        if not n:
            print(f"  {key:<30} {0:>4}      -     -       -  {c['unlabelled']:>5}")
            continue
        print(f"  {key:<30} {n:>4}   {c['correct'] / n:.2f}  {c['wrong'] / n:.2f}    "
              f"{c['trivial'] / n:.2f}  {c['unlabelled']:>5}")
    _write_tsv(out / "unlabelled.tsv", unlabelled)
    if unlabelled:
        print(f"label these with the same protocol: {out / 'unlabelled.tsv'}")
    return 0
