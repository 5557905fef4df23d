"""The CL-TLS genre set of issue 12 (session 8): how it is drawn, read and stored.

Set A is drawn from CL-TLS es/fr/it x egypt/syria, 21 articles a folder, seed 12; set B
is the next 12 of each folder's order (held out for the second cue set and the model).
Every CL-TLS article had already served some earlier labelled set (claim-span pairs of
``status_labels.json`` cover 1,118 of 1,151 files), but none of them labelled genre.
So the draw ranks each folder's files by how closely earlier sets read them: tier 0
never named in a label file, tier 1 named only in ``status_labels.json`` (span pairs,
keyed by path), tier 2 named in a set that read whole articles (claims, actor graph,
entities); it takes tier 0 first, then tier 1, then tier 2, in seeded random order
within a tier. ``benchmarks/genre_labels.json`` stores the drawn paths, their tiers and
the labels, never the texts; the tiers are those of the label files of 2026-12-02 (a
label file added later changes a fresh draw, not the stored sets).
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

from storylens.config import load_settings
from storylens.pipeline import Pipeline
from storylens.records import Article, Problem

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data" / "cl-tls"
LABELS = HERE / "genre_labels.json"
LANGS = ("es", "fr", "it")
TOPICS = ("egypt", "syria")
SEED = 12
PER_FOLDER = 21
# Set B (held out for the second cue set): the next articles of each folder's order.
SET_B = (21, 12)
GENRES = ("news", "opinion", "analysis", "other")
_PATH = re.compile(r"(?:es|fr|it)/(?:egypt|syria)/\d{4}-\d{2}-\d{2}/[^\"/ ]+\.txt")


def used_tiers() -> dict[str, int]:
    """Path -> how closely an earlier label file read it (1: span pairs only, 2: whole)."""
    tiers: dict[str, int] = {}
    for path in sorted(HERE.glob("*.json")):
        if path == LABELS:
            continue
        tier = 1 if path.name == "status_labels.json" else 2
        for found in set(_PATH.findall(path.read_text(encoding="utf-8"))):
            tiers[found] = max(tiers.get(found, 0), tier)
    return tiers


def draw(data: Path, scratch: Path, first: int = 0,
         count: int = PER_FOLDER) -> dict[str, tuple[int, Article]]:
    """Path -> (tier, article) of the drawn articles: per folder the ``count`` articles from
    position ``first`` in tier-then-seeded order among those the pipeline reads as an
    article of their own (a page too short to be an article, or a copy of a text read
    before, is passed over). Set A is positions 0-20, set B positions 21-32."""
    tiers = used_tiers()
    rng = random.Random(SEED)
    candidates: list[str] = []
    for lang in LANGS:
        for topic in TOPICS:
            files = [str(p.relative_to(data))
                     for p in sorted((data / lang / topic).glob("*/*.txt"))]
            rng.shuffle(files)
            files.sort(key=lambda f: tiers.get(f, 0))  # stable: seeded order within a tier
            candidates += files[:2 * (first + count)]
    articles = read(data, candidates, scratch)
    readable: dict[str, list[str]] = {}
    for path in candidates:
        if path in articles:
            readable.setdefault(path[:path.index("/", 3)], []).append(path)
    return {p: (tiers.get(p, 0), articles[p])
            for folder in readable.values() for p in folder[first:first + count]}


def read(data: Path, paths: list[str], scratch: Path) -> dict[str, Article]:
    """Path -> the article as the pipeline reads and cleans it (title, text, removed)."""
    scratch.mkdir(parents=True, exist_ok=True)
    jsonl = scratch / "genre_set.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for path in paths:
            full = data / path
            out.write(json.dumps({"text": full.read_text(encoding="utf-8", errors="replace"),
                                  "published": full.parent.name, "language": path[:2],
                                  "url": f"cl-tls:{path}"}) + "\n")
    pipeline = Pipeline(dataclasses.replace(load_settings(environ={}), lang_hint=None))
    problems: list[Problem] = []
    articles = pipeline.read_articles([jsonl], problems)
    for article in articles:  # the analysis stage sets it from the hint: the genre reads it
        article.language = article.language_hint or article.language
    return {(a.url or "").removeprefix("cl-tls:"): a for a in articles}


def load_labels(which: str = "a") -> dict[str, str]:
    """Path -> genre label of the stored set A (``"a"``), set B (``"b"``) or both."""
    stored = json.loads(LABELS.read_text(encoding="utf-8"))
    rows = {"a": stored["articles"], "b": stored["articles_b"],
            "ab": stored["articles"] + stored["articles_b"]}[which]
    return {row["path"]: row["label"] for row in rows}
