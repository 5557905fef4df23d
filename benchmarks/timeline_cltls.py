"""Timelines on CL-TLS (egypt, syria; es, fr, it) against the human reference timelines.

Run: ``.venv/bin/python benchmarks/timeline_cltls.py [--data ../shared/data/cl-tls]
[--langs es,fr,it] [--topics egypt,syria] [--cache /tmp/storylens-cltls]``

Each (language, topic) folder is analysed once (articles as JSONL with their folder date as
``published`` and the folder language; the report is cached) with ``output_language`` set
to that language. The topic timeline pools every story's timeline entries by date. Both
systems output as many dates as the reference has, the dates with the most supporting
articles, and per date at most the reference's mean number of tokens per date:

* storylens: the entries of that date, best-sourced first;
* baseline: the headlines (first line) of the articles published that day, most-covered
  days first (the same date and token budget).

``--claims-only`` measures the timeline stage alone on the articles' extracted claims
(no clustering, entities or cross-source reconciling), for machines where the full
analysis does not fit the time.

Metrics (implemented here: ``tilse`` installs from a wheel but imports ``pyrouge`` and
needs textacy/numba, so it does not run offline): date precision/recall/F1 of the chosen
dates against the reference dates, and date-aligned ROUGE-1 (for each reference date, the
system's text for that date, empty when it chose no such date, against the reference
summary of that date; unigram F1 over lower-cased word tokens, averaged over reference
dates).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from storylens import Pipeline, load_settings
from storylens.claims import extract_claims
from storylens.clean import clean_document
from storylens.errors import StorylensError
from storylens.records import Article, Claim, Evidence, RawDocument, Value, to_dict
from storylens.sentences import segment_article
from storylens.timeline import build_timeline

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls"
_TOKEN = re.compile(r"\w+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def reference(path: Path) -> dict[str, str]:
    """Reference timeline: date line, then its summary lines, blocks split by dashes."""
    out: dict[str, str] = {}
    date = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if _DATE.match(line):
            date = line
        elif line and not line.startswith("---") and date:
            out[date] = (out.get(date, "") + " " + line).strip()
    return out


def analysed(folder: Path, lang: str, cache: Path) -> dict[str, Any]:
    """The cached report of one folder, analysed on first use."""
    target = cache / f"{lang}-{folder.name}.report.json"
    if target.exists():
        return dict(json.loads(target.read_text(encoding="utf-8")))
    jsonl = cache / f"{lang}-{folder.name}.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for path in sorted(folder.glob("*/*.txt")):
            out.write(json.dumps({"text": path.read_text(encoding="utf-8", errors="replace"),
                                  "published": path.parent.name, "language": lang}) + "\n")
    settings = dataclasses.replace(load_settings(), output_language=lang)
    report = to_dict(Pipeline(settings).run([jsonl]))
    target.write_text(json.dumps(report), encoding="utf-8")
    return dict(report)


def claims_only(folder: Path, lang: str) -> tuple[list[Claim], dict[str, Article]]:
    """``--claims-only``: every article cleaned and its claims extracted, no clustering,
    entities or reconciling (one pooled story): the timeline stage on real extracted
    claims, for when a full analysis does not fit the machine."""
    settings = load_settings()
    articles: dict[str, Article] = {}
    claims: list[Claim] = []
    for path in sorted(folder.glob("*/*.txt")):
        raw = RawDocument(source=path.name, format="text",
                          content=path.read_text(encoding="utf-8", errors="replace"),
                          published=path.parent.name, language_hint=lang)
        try:
            article = segment_article(clean_document(raw, settings))
        except StorylensError:  # too short or empty after cleaning: the pipeline skips it too
            continue
        article.language = lang
        articles[article.id] = article
        claims += extract_claims(article)
    return claims, articles


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A report claim back as a record (value and evidence included)."""
    value = Value(**data["value"]) if data.get("value") else None
    sources = [Evidence(**s) for s in data["sources"]]
    keep = {k: data[k] for k in ("id", "kind", "statement", "predicate", "subject", "object",
                                 "when", "status", "independent_sources", "conflicts_with")}
    return Claim(**keep, value=value, sources=sources)


def system_timeline(report: dict[str, Any], lang: str) -> dict[str, list[tuple[int, str]]]:
    """Date -> [(supporting articles, text)] pooled over the report's stories."""
    articles = {}
    for a in report["articles"]:
        article = Article(id=a["id"], source=a["source"], text=a["text"], language=a["language"])
        articles[a["id"]] = segment_article(article)
    pooled: dict[str, list[tuple[int, str]]] = {}
    for story in report["stories"]:
        claims = [claim_from_dict(c) for c in story["claims"]]
        for entry in build_timeline(claims, articles, lang):
            if _DATE.match(entry.when):
                pooled.setdefault(entry.when, []).append((len(entry.article_ids), entry.what))
    return pooled


def baseline_timeline(folder: Path) -> dict[str, list[tuple[int, str]]]:
    """Date -> [(articles that day, headline)]: the first non-empty line of each article."""
    out: dict[str, list[tuple[int, str]]] = {}
    for day in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(day.glob("*.txt"))
        for path in files:
            lines = [x for x in path.read_text(encoding="utf-8", errors="replace").splitlines()
                     if x.strip()]
            if lines:
                out.setdefault(day.name, []).append((len(files), lines[0]))
    return out


def budgeted(pooled: dict[str, list[tuple[int, str]]], dates: int,
             tokens: int) -> dict[str, list[str]]:
    """The ``dates`` best-supported dates, each cut to ``tokens`` word tokens."""
    support = {d: sum(n for n, _ in items) for d, items in pooled.items()}
    chosen = sorted(support, key=lambda d: (-support[d], d))[:dates]
    out = {}
    for date in chosen:
        words: list[str] = []
        for _, text in sorted(pooled[date], key=lambda item: -item[0]):
            words += _TOKEN.findall(text.casefold())
            if len(words) >= tokens:
                break
        out[date] = words[:tokens]
    return out


def rouge1(system: list[str], ref: list[str]) -> float:
    """Unigram F1 with clipped counts."""
    overlap = sum((Counter(system) & Counter(ref)).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(system), overlap / len(ref)
    return 2 * precision * recall / (precision + recall)


def scores(timeline: dict[str, list[str]], ref: dict[str, str]) -> tuple[float, float, float]:
    """(date F1, date-aligned ROUGE-1 F1, dates chosen)."""
    hits = len(set(timeline) & set(ref))
    p, r = hits / max(1, len(timeline)), hits / max(1, len(ref))
    date_f1 = 2 * p * r / max(1e-9, p + r)
    aligned = sum(rouge1(timeline.get(d, []), _TOKEN.findall(t.casefold()))
                  for d, t in ref.items()) / max(1, len(ref))
    return date_f1, aligned, float(len(timeline))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--langs", default="es,fr,it")
    parser.add_argument("--topics", default="egypt,syria")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--claims-only", action="store_true",
                        help="skip clustering/entities/reconcile (see claims_only)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    print(f"{'lang/topic':14} {'ref dates':>9} {'system':>28} {'baseline':>28}")
    print(f"{'':14} {'':>9} {'date F1 / ROUGE-1 / dates':>28} {'date F1 / ROUGE-1 / dates':>28}")
    for lang in args.langs.split(","):
        for topic in args.topics.split(","):
            folder = args.data / lang / topic
            ref = reference(args.data / lang / "reference" / f"{topic}.txt")
            budget = round(sum(len(_TOKEN.findall(t)) for t in ref.values()) / len(ref))
            if args.claims_only:
                claims, articles = claims_only(folder, lang)
                pooled: dict[str, list[tuple[int, str]]] = {}
                for entry in build_timeline(claims, articles, lang):
                    if _DATE.match(entry.when):
                        pooled.setdefault(entry.when, []).append(
                            (len(entry.article_ids), entry.what))
            else:
                pooled = system_timeline(analysed(folder, lang, args.cache), lang)
            ours = scores(budgeted(pooled, len(ref), budget), ref)
            base = scores(budgeted(baseline_timeline(folder), len(ref), budget), ref)
            print(f"{lang + '/' + topic:14} {len(ref):>9} "
                  f"{ours[0]:>10.3f} / {ours[1]:.3f} / {ours[2]:>3.0f} "
                  f"{base[0]:>10.3f} / {base[1]:.3f} / {base[2]:>3.0f}", flush=True)


if __name__ == "__main__":
    main()
