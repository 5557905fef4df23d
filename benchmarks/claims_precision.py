"""Claim precision on real coverage, and the pipeline's throughput on the same articles.

Per-article extraction, labels kept in the project (ids only, ``claims_labels.json``):

``.venv/bin/python benchmarks/claims_precision.py extract --out /tmp/i11``
    Runs the per-article stages (sentences, language, NER; cached in ``--out``) on a fixed
    sample of real articles -- 12 per cl-tls es/fr/it x Egypt/Syria folder (folder date =
    publication date), 24 BASIL, 24 Giveme5W1H (seed 11) -- then the claims stage alone,
    timed in process CPU seconds, and writes every claim with its sentence to
    ``run.jsonl`` in ``--out`` (texts stay outside the project).
``... draw --out /tmp/i11 [--per-split 170]``
    Once, before any tuning: draws labelling units (sentences holding claims) until each
    split has ``--per-split`` claims, round-robin over corpus x language, records the units
    in ``claims_labels.json`` and writes ``to_label.tsv`` with an empty label column.
    DEV = cl-tls Syria + BASIL (read to fix errors); HELD-OUT = cl-tls Egypt + Giveme5W1H
    (only scored). Whole topics and corpora are held out.
``... label --labels-from FILE.tsv [--when before-change|after-change]``
    Merges a filled-in TSV into ``claims_labels.json``: article hash, span offsets, a hash
    of the statement, kind, language, label, and when it was labelled. No text.
``... rescore --out /tmp/i11``
    Precision per split, kind and language of the run in ``--out`` on the labelled units.
    A claim is matched to a label by article hash + exact span + statement hash; a claim
    in a labelled sentence that matches none (a new span or a new wording) is reported
    ``unlabelled`` and written to ``unlabelled.tsv``, to be labelled with the same protocol
    and marked ``after-change``.

Protocol (labels), one person reading each claim beside its sentence in the article:
*correct* = a reader learns a fact and the statement is what the words say: a figure bound
to its own casualty word; a statement's speaker is who said the words (a person,
organisation, outlet or document, its span without "selon"/"according to", not cut short)
and its content is what that speaker said -- a whole sentence counts when its main clause
is the speaker's report ("X said on Friday that ..."), a relayed chain ("..., dijo X,
según la agencia Y") counts for Y; *wrong* = a misreading: a number that counts nothing
or the wrong kind, a speaker who is a place, a listener or a name inside the reported
words, a speaker span with extra or missing words, content with words the speaker did not
say (narrative around a subordinate attribution); *trivial* = true but empty: a head count
with no event ("The figure given is 2,000 soldiers"), a quotation fragment without its
subject ("Mr. Abe said: "was prepared to ..."", "a very serious problem").

Whole pipeline (story claims, labels outside the project, the 2026-12-01 first session):

``... sample --out /tmp/i11-labels``
    Runs the whole pipeline (models loaded before the clock) on the same articles. Prints
    articles/s and seconds per stage, then draws up to ``--claims`` story claims into
    ``claims.tsv`` with an empty ``label`` column and writes ``statuses.tsv``
    (corroborated and disputed claims with their sources, labelled right / wrong).
``... score --out /tmp/i11-labels``
    Precision per kind and language of those labels, and the share of right statuses.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import _claims_labels as labels  # type: ignore[import-not-found]
from storylens import Pipeline, load_settings
from storylens.records import Report

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
# Articles per cl-tls language/topic, BASIL and Giveme5W1H: ~120 articles in all, about
# the size of one user's pile, small enough to run in a few minutes on 2 cores.
PER_TLS_FOLDER = 12
PER_ENGLISH_CORPUS = 24
SEED = 11


def _rel(path: Path) -> str:
    """A file's id in the shared data (labels name articles by it and by content hash)."""
    return path.relative_to(DATA).as_posix()


def basil_row(path: Path) -> dict[str, object]:
    """One BASIL article as a JSONL row: its paragraphs joined, title, outlet, day, id."""
    d = json.loads(path.read_text(encoding="utf-8"))
    paras = d["body-paragraphs"]
    paras = json.loads(paras) if isinstance(paras, str) else paras
    body = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paras)
    return {"text": body, "title": d.get("title"), "outlet": d.get("source"),
            "published": (d.get("date") or "")[:10] or None, "path": _rel(path)}


def _jsonl_rows(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            files = sorted((DATA / "cl-tls" / lang / topic).glob("*/*.txt"))
            for path in rng.sample(files, min(PER_TLS_FOLDER, len(files))):
                rows.append({"text": path.read_text(encoding="utf-8", errors="replace"),
                             "published": path.parent.name, "url": f"cltls://{lang}/{topic}/"
                             f"{path.parent.name}/{path.name}", "corpus": f"cl-tls-{lang}",
                             "group": f"cl-tls-{topic}", "path": _rel(path)})
    basil = sorted((DATA / "basil" / "articles").glob("*/*.json"))
    for path in rng.sample(basil, min(PER_ENGLISH_CORPUS, len(basil))):
        rows.append({**basil_row(path), "corpus": "basil", "group": "basil"})
    g5 = sorted((DATA / "giveme5w1h" / "news_cluster" / "data").glob("*.json"))
    for path in rng.sample(g5, min(PER_ENGLISH_CORPUS, len(g5))):
        d = json.loads(path.read_text(encoding="utf-8"))
        rows.append({"text": d.get("text") or "", "title": d.get("title"),
                     "outlet": d.get("source_domain"), "url": d.get("url"),
                     "published": (d.get("date_publish") or "")[:10] or None,
                     "corpus": "giveme5w1h", "group": "giveme5w1h", "path": _rel(path)})
    return rows


def sample(out: Path, claims: int, seed: int = SEED) -> int:
    rng = random.Random(seed)
    rows = _jsonl_rows(rng)
    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(load_settings())
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sample.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({k: v for k, v in row.items()
                                 if k not in ("corpus", "group", "path")}) + "\n")
        # Load every model up front so the throughput figure excludes loading.
        resources = pipeline.resources
        _ = resources.language_id, resources.embedder, resources.sentence_embedder
        for language in ("en", "fr", "es", "it"):
            resources.ner_for(language)
        started = time.perf_counter()
        report = pipeline.run([src])
        elapsed = time.perf_counter() - started
    n = len(report.articles)
    print(f"{n} articles in {elapsed:.1f} s: {n / elapsed:.1f} articles/s (models loaded apart)")
    for stage, seconds in sorted(pipeline.stats.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<12} {seconds:6.1f} s")
    _write_claims(report, rows, out, claims, rng)
    return 0


def _write_claims(report: Report, rows: list[dict[str, object]], out: Path, limit: int,
                  rng: random.Random) -> None:
    articles = {a.id: a for a in report.articles}

    def corpus(article_id: str) -> str:
        """The corpus of an article, from its JSONL line ("sample.jsonl#L12")."""
        line = articles[article_id].source.rsplit("#L", 1)[-1]
        return str(rows[int(line) - 1]["corpus"]) if line.isdigit() else "?"

    pool = [(s, c) for s in report.stories for c in s.claims]
    rng.shuffle(pool)
    by_id = {c.id: c for _, c in pool}

    def sentence(claim_id: str) -> str:
        """The first source's sentence, so a labeller sees what the figure is about."""
        ev = by_id[claim_id].sources[0]
        art = articles[ev.article_id]
        around = next((art.text[s.start:s.end] for s in art.sentences
                       if s.start <= ev.start < s.end), ev.quote)
        return " ".join(around.split())[:300]

    with (out / "claims.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["claim_id", "corpus", "language", "kind", "status", "statement", "quote",
                    "sentence", "label"])
        for _, claim in pool[:limit]:
            ev = claim.sources[0]
            art = articles[ev.article_id]
            w.writerow([claim.id, corpus(ev.article_id), art.language, claim.kind,
                        claim.status, claim.statement, " ".join(ev.quote.split())[:400],
                        sentence(claim.id), ""])
    with (out / "statuses.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["claim_id", "status", "independent", "statement", "sentence",
                    "against", "label"])
        for _, claim in pool:
            if claim.status == "single_source":
                continue
            against = " || ".join(f"{by_id[o].statement} <{sentence(o)}>"
                                  for o in claim.conflicts_with if o in by_id)
            w.writerow([claim.id, claim.status, claim.independent_sources, claim.statement,
                        sentence(claim.id), against, ""])
    print(f"wrote {min(limit, len(pool))} of {len(pool)} claims to {out / 'claims.tsv'}")


def score(out: Path) -> int:
    with (out / "claims.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["label"].strip()]
    if not rows:
        print("no labelled claims yet", file=sys.stderr)
        return 1
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        label = r["label"].strip()
        for key in ("all", f"kind={r['kind']}", f"lang={r['language']}",
                    f"corpus={r['corpus']}"):
            by[key][label] += 1
    print(f"{len(rows)} labelled claims")
    for key in sorted(by, key=lambda k: (k != "all", k)):
        c = by[key]
        total = sum(c.values())
        print(f"  {key:<22} n={total:<4} correct {c['correct'] / total:.2f}  "
              f"wrong {c['wrong'] / total:.2f}  trivial {c['trivial'] / total:.2f}")
    path = out / "statuses.tsv"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            st = [r for r in csv.DictReader(fh, delimiter="\t") if r["label"].strip()]
        if st:
            right = sum(r["label"].strip() == "right" for r in st)
            print(f"status decisions: {right}/{len(st)} right = {right / len(st):.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("sample", "score", "extract", "draw", "label",
                                         "rescore"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/storylens-claim-labels"))
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--per-split", type=int, default=170,
                        help="draw: claims to label in each of DEV and HELD-OUT")
    parser.add_argument("--seed", type=int, default=SEED,
                        help="another seed draws another sample (a held-out check)")
    parser.add_argument("--kinds", default="",
                        help="draw: only sentences with claims of these frame kinds, added "
                             "to the recorded units (e.g. call,declaration,decision)")
    parser.add_argument("--labels-from", type=Path,
                        help="label: a TSV from draw/rescore with its label column filled")
    parser.add_argument("--when", default="before-change",
                        help="label: before-change, or after-change for claims new to a run")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 1
    if args.step == "sample":
        return sample(args.out, args.claims, args.seed)
    if args.step == "score":
        return score(args.out)
    if args.step == "extract":
        return labels.extract(_jsonl_rows(random.Random(args.seed)), args.out)
    if args.step == "draw":
        return labels.draw(args.out, args.per_split, args.seed,
                           frozenset(k for k in args.kinds.split(",") if k))
    if args.step == "label":
        return labels.label(args.labels_from, args.when)
    return labels.score(args.out)


if __name__ == "__main__":
    raise SystemExit(main())
