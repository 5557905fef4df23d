"""Story-claim statuses (corroborated / disputed / single_source) judged on real coverage.

Steps (``--out`` holds the cached runs and the text-bearing sheets, outside the project):

``.venv/bin/python benchmarks/status_decisions.py run --set dev``  (and ``--set heldout``)
    Runs the whole pipeline once on a set of real articles where one event is told by
    several sources, and caches the report (articles with their per-article claims).
    DEV: cl-tls Egypt (es/fr/it; the 2011 revolution weeks and the July 2013 coup weeks,
    folder date = publication date) and the first 15 BASIL triples (one event told by Fox,
    NYT and HuffPost). HELD-OUT: cl-tls Syria (es/fr/it, the August-September 2013
    chemical-attack weeks and es April 2017) and the six largest Giveme5W1H news clusters.
    Topics and corpora never overlap between the two sets. FRESH (``--set fresh``): other
    weeks of the Syria coverage (es April 2018, it September 2016, fr March 2012) and the
    next six Giveme5W1H clusters, drawn after the fixes and labelled before its first
    scoring, because HELD-OUT's missed corroborations were read while fixing.
    FRESH2 (``--set fresh2``, 2026-12-02): drawn and labelled before any change of that
    session: cl-tls months told in es, fr and it (Syria July-August 2012, Egypt June 2012),
    BASIL triples 16-35, Giveme5W1H clusters 13-24 by size, and the first 30 SemEval-2022
    same-story pairs (Overall <= 1.5) whose languages storylens supports. Its errors were
    seen while labelling and its wrong disputes ("at least 90" against 120 wounded) led to
    the rule that a floor does not dispute a larger figure, so it is not held out for that
    rule (no threshold was fitted on it). FRESH3 (``--set fresh3``): the remaining BASIL triples and
    Giveme5W1H clusters, drawn once the changes had begun and never read before their
    pairs were labelled (the clean held-out set of that session). FRESH4 (``--set
    fresh4``): every cl-tls article of 2011-2013 in no other set and the next 100 SemEval
    same-story pairs, drawn and labelled the same way. FRESH5 (``--set fresh5``, session 4):
    drawn, run and labelled before any change of that session: every cl-tls article from
    2014 on, the remaining SemEval same-story pairs and those rated up to 2 ("mostly the
    same"), and the ECB+ dev topics (two events of one kind per topic, each told by several
    articles; added because the rest gave only 12 corroborated/disputed decisions).
    FRESH6 (``--set fresh6``, session 5): drawn, run and labelled before any change of
    that session. cl-tls, BASIL and Giveme5W1H being used up, it takes FNC-1 training
    bodies grouped into stories (two bodies belong together when a headline is agreed
    with or discussed by both; whole groups by smallest body id until 800 bodies) and the
    SemEval pairs rated 2 < Overall <= 2.5. English mostly, no dates, no outlets.
    FRESH7 (``--set fresh7``, session 6): drawn, run and labelled before any change of
    that session: every FNC-1 group after those FRESH6 took (same grouping and order,
    876 bodies) and the 58 Giveme5W1H gold-standard articles that are in no news cluster
    (dated, with outlets; several outlets per event).

``... decisions --set dev``
    Re-runs only the per-story reasoning (``storylens.facts.reconcile``, the current code)
    on the cached stories and writes ``<set>-sheet.tsv``: every corroborated claim, every
    dispute, and single-source claims with a plausible partner in another article of the
    story (same kind, sentence cosine >= PARTNER_COSINE on USE-m3, highest first, at most
    SINGLES per set). Each decision is broken into *pairs of evidence spans* with both
    sentences shown, for a person to label.

``... record --set dev --sheet FILLED.tsv``
    Copies the labels of a filled sheet into ``benchmarks/status_labels.json``.

``... score --set dev [--join-neighbouring-days]``
    Scores the current code's decisions against ``benchmarks/status_labels.json`` (the
    flag runs reconcile's opt-in agreement pass, an ablation).

Labels (``benchmarks/status_labels.json``, ids/offsets/hashes only, never text) are given
to *pairs of evidence spans*, so they outlive the code that drew them:
``same`` = both spans state the same fact of the same event (figures equal within rounding
and hedges, same speaker and meaning, same parties and time); ``conflict`` = the same fact
of the same event stated incompatibly (figures beyond rounding/hedges, inverted polarity,
different date); ``different`` = not the same fact or not the same event (different
incidents, days, places, counted things, or statements). A span key is
``<doc>@<start>-<end>`` where ``<doc>`` names the shared file and the labels file keeps the
sha1 of each document's text (a changed file invalidates its labels).

A decision is *right* when: corroborated -> every labelled pair is ``same`` and the spans
come from >= 2 independent origins; disputed -> the pair set against each other is
``conflict``; single_source -> its pair with the best partner is not ``same`` (a ``same``
pair is a missed corroboration). Decisions with an unlabelled pair are counted apart.
Labelled by one person (the engineer) reading both sentences and the articles' dates,
before any change made from them. A word amount ("hundreds", "millions") against a precise
figure is labelled ``different`` (it neither corroborates nor disputes the figure).
Each set is scored with the code before the fixes (a copy of the package on PYTHONPATH)
and after; pairs that only the new code draws are labelled before that set is scored.
The origins of a single-source claim and its partner are counted by the code under test
(``facts.origins``): a partner stating the same fact in a relayed copy of the same text
is no missed corroboration.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from _status_sets import DATA, rows_for
from storylens import Pipeline, load_settings
from storylens.claim_vectors import claim_text
from storylens.facts import count_origins, reconcile
from storylens.records import Article, Claim, Evidence, Report

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "status_labels.json"
# A single-source claim is a candidate missed corroboration when another article's claim of
# the same kind reads this close on USE-m3 (below .6 sentences are plainly different).
PARTNER_COSINE = 0.6
SINGLES = 60
def run(out: Path, which: str) -> int:
    rows = rows_for(which)
    out.mkdir(parents=True, exist_ok=True)
    src = out / f"{which}.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items() if k != "doc"}) + "\n")
    report = Pipeline(load_settings()).run([src])
    docs = {a.id: rows[int(a.source.rsplit("#L", 1)[-1]) - 1]["doc"] for a in report.articles}
    with (out / f"{which}.pickle").open("wb") as fh:
        pickle.dump((report, docs), fh)
    sizes = Counter(len(s.article_ids) for s in report.stories)
    print(f"{len(report.articles)} articles, {len(report.stories)} stories; "
          f"story sizes {sorted(sizes.items())}")
    return 0


@dataclass(slots=True)
class Decision:
    """One status decision and the evidence pairs it rests on."""

    status: str
    story: str
    claim: Claim
    pairs: list[tuple[Evidence, Evidence]]
    origins: int


def _load(out: Path, which: str) -> tuple[Report, dict[str, str]]:
    with (out / f"{which}.pickle").open("rb") as fh:
        report, docs = pickle.load(fh)
    return report, docs


def restatus(report: Report, join: bool = False) -> Any:
    """Per-story reasoning re-run with the current code on the cached per-article claims;
    returns the screening embedder (USE-m3), which also finds single-source partners."""
    pipeline = Pipeline(load_settings())
    by_id = {a.id: a for a in report.articles}
    for story in report.stories:
        claims = [c for i in story.article_ids for c in by_id[i].claims]
        story.claims, story.disagreements = reconcile(
            claims, by_id, embedder=pipeline.resources.sentence_embedder,
            screen=pipeline.resources.embedder, join_neighbouring_days=join)
    return pipeline.resources.embedder


def decisions(report: Report, screen: Any) -> list[Decision]:
    out: list[Decision] = []
    singles: list[tuple[float, Decision]] = []
    for story in report.stories:
        claims = {c.id: c for c in story.claims}
        done: set[str] = set()
        for claim in story.claims:
            if claim.status == "corroborated":
                anchor = claim.sources[0]
                pairs = [(anchor, e) for e in claim.sources[1:]
                         if e.article_id != anchor.article_id]
                out.append(Decision("corroborated", story.id, claim, pairs,
                                    claim.independent_sources))
            elif claim.status == "disputed" and claim.id not in done:
                group = [claim, *(claims[i] for i in claim.conflicts_with if i in claims)]
                done.update(c.id for c in group)
                pairs = [(group[0].sources[0], other.sources[0]) for other in group[1:]]
                out.append(Decision("disputed", story.id, claim, pairs, 0))
        if len(story.article_ids) < 2:
            continue
        alone = [c for c in story.claims if c.status == "single_source"]
        if len(alone) < 2:
            continue
        vectors = screen.embed([claim_text(c) for c in alone])
        cos = np.asarray(vectors) @ np.asarray(vectors).T
        for i, claim in enumerate(alone):
            mine = {e.article_id for e in claim.sources}
            best, partner = -1.0, None
            for j, other in enumerate(alone):
                if other.kind != claim.kind or mine & {e.article_id for e in other.sources}:
                    continue
                if claim.value and other.value and claim.value.type != other.value.type:
                    continue
                if cos[i, j] > best:
                    best, partner = float(cos[i, j]), other
            if partner is not None and best >= PARTNER_COSINE and claim.id < partner.id:
                singles.append((best, Decision("single_source", story.id, claim,
                                               [(claim.sources[0], partner.sources[0])], 1)))
    singles.sort(key=lambda pair: (-pair[0], pair[1].claim.id))
    return out + [d for _, d in singles[:SINGLES]]


def span_key(e: Evidence, docs: dict[str, str]) -> str:
    return f"{docs[e.article_id]}@{e.start}-{e.end}"


def pair_key(a: Evidence, b: Evidence, docs: dict[str, str]) -> str:
    return " | ".join(sorted((span_key(a, docs), span_key(b, docs))))


def _sentence(e: Evidence, article: Article) -> str:
    around = next((article.text[s.start:s.end] for s in article.sentences
                   if s.start <= e.start < s.end), e.quote)
    return " ".join(around.split())[:400]


def sheet(out: Path, which: str, join: bool = False) -> int:
    report, docs = _load(out, which)
    screen = restatus(report, join)
    by_id = {a.id: a for a in report.articles}
    labels = _labels()["pairs"]
    path = out / f"{which}-sheet.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["n", "status", "origins", "statement", "pair", "date_a", "quote_a",
                    "sentence_a", "date_b", "quote_b", "sentence_b", "label"])
        for n, d in enumerate(decisions(report, screen)):
            for a, b in d.pairs:
                key = pair_key(a, b, docs)
                w.writerow([n, d.status, d.origins, d.claim.statement, key,
                            by_id[a.article_id].published, " ".join(a.quote.split())[:300],
                            _sentence(a, by_id[a.article_id]), by_id[b.article_id].published,
                            " ".join(b.quote.split())[:300], _sentence(b, by_id[b.article_id]),
                            labels.get(key, "")])
    print(f"wrote {path}")
    return 0


def _labels() -> dict[str, Any]:
    if LABELS.is_file():
        loaded: dict[str, Any] = json.loads(LABELS.read_text(encoding="utf-8"))
        return loaded
    return {"pairs": {}, "docs": {}}


def judge(d: Decision, labels: dict[str, str], docs: dict[str, str],
          articles: dict[str, Article]) -> bool | None:
    """Right / wrong by the pair labels; None when a pair is not labelled. A single-source
    claim whose 'same' partner is a copy from the same origin is right (copies count once;
    the origins are counted by the code under test, ``facts.origins``)."""
    got = [labels.get(pair_key(a, b, docs)) for a, b in d.pairs]
    if None in got or not got:
        return None
    if d.status == "corroborated":
        return all(g == "same" for g in got) and d.origins >= 2
    if d.status == "disputed":
        return all(g == "conflict" for g in got)
    a, b = d.pairs[0]
    return got[0] != "same" or count_origins([a, b], articles) == 1


def score(out: Path, which: str, join: bool = False) -> int:
    report, docs = _load(out, which)
    screen = restatus(report, join)
    store = _labels()
    hashes = {docs[a.id]: hashlib.sha1(a.text.encode()).hexdigest()[:12]
              for a in report.articles}
    stale = {d for d, h in store["docs"].items() if d in hashes and hashes[d] != h}
    if stale:
        print(f"{len(stale)} labelled documents changed since labelling", file=sys.stderr)
    counts: Counter[tuple[str, str]] = Counter()
    articles = {a.id: a for a in report.articles}
    for d in decisions(report, screen):
        verdict = judge(d, store["pairs"], docs, articles)
        counts[(d.status, {True: "right", False: "wrong", None: "unlabelled"}[verdict])] += 1
    total_right = sum(v for (s, r), v in counts.items() if r == "right")
    total = sum(v for (s, r), v in counts.items() if r != "unlabelled")
    for status in ("corroborated", "disputed", "single_source"):
        print(f"  {status:<14} right {counts[(status, 'right')]:>3}  wrong "
              f"{counts[(status, 'wrong')]:>3}  unlabelled {counts[(status, 'unlabelled')]:>3}")
    decided = [(s, r) for (s, r) in counts if s != "single_source" and r != "unlabelled"]
    n = sum(counts[k] for k in decided)
    ok = sum(counts[k] for k in decided if k[1] == "right")
    print(f"{which}: all decisions {total_right}/{total} right"
          + (f" = {total_right / total:.3f}" if total else "")
          + f"; corroborated/disputed {ok}/{n}" + (f" = {ok / n:.3f}" if n else ""))
    return 0


def record_labels(out: Path, which: str, sheet_path: Path) -> int:
    """Copy the labels of a filled sheet into the project file (keys and labels only)."""
    report, docs = _load(out, which)
    store = _labels()
    for a in report.articles:
        store["docs"][docs[a.id]] = hashlib.sha1(a.text.encode()).hexdigest()[:12]
    with sheet_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            label = row["label"].strip()
            if label in ("same", "conflict", "different"):
                store["pairs"][row["pair"]] = label
    store["docs"] = dict(sorted(store["docs"].items()))
    store["pairs"] = dict(sorted(store["pairs"].items()))
    LABELS.write_text(json.dumps(store, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"{len(store['pairs'])} labelled pairs in {LABELS}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("run", "decisions", "score", "record"))
    parser.add_argument("--set", dest="which", default="dev",
                        choices=("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4",
                                 "fresh5", "fresh6", "fresh7"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/storylens-status"))
    parser.add_argument("--sheet", type=Path, help="filled sheet for 'record'")
    parser.add_argument("--join-neighbouring-days", action="store_true",
                        help="reconcile with the opt-in agreement pass (an ablation)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 1
    if args.step == "run":
        return run(args.out, args.which)
    if args.step == "decisions":
        return sheet(args.out, args.which, args.join_neighbouring_days)
    if args.step == "record":
        return record_labels(args.out, args.which, args.sheet)
    return score(args.out, args.which, args.join_neighbouring_days)


if __name__ == "__main__":
    raise SystemExit(main())
