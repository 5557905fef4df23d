"""Fresh reader samples of per-article claims (issue 11, session 5): labelled before fixing.

``.venv/bin/python benchmarks/claims_reader_samples.py --sample A --out /tmp/fresh-a``
    Rebuilds the articles of a sample, runs the per-article stages (cached in ``--out``)
    and the claims stage, and scores the labelled claims of ``claims_reader_labels.json``.
    A labelled claim the run no longer makes is *abstained*; a claim on a labelled span
    with a statement no label covers is *unlabelled* (printed, to be read with the same
    protocol); ``--show`` prints every labelled claim beside its context.

Samples (articles used by no earlier claim set: not the ``claims_precision.py`` seed-11
sample, not the session-4 reader sets of es/syria, it/egypt and Giveme5W1H):

* A: 24 cl-tls es/egypt, 14 fr/syria, 24 it/syria, 12 BASIL, 12 Giveme5W1H (article seed
  20261202); 12 claims a group (seed 5, at most 2 an article). Labelled before any change
  of the session, then read to find errors (not held out after that).
* B: the same shape from articles in neither A nor the earlier sets (seed 20261203;
  claims seed 6). Labelled once on the code after the fixes A led to, then read to fix
  the errors found; its first figure is the held-out one.
* C: the same shape again, in none of A, B or the earlier sets (seed 20261204; claims
  seed 7), labelled once on the session's final code and not read to fix anything.
  (Session 5b then fixed C's errors: C is read now.)
* D: the same shape again, in none of A, B, C or the earlier sets (seed 20261205; claims
  seed 8), drawn and labelled once on session 5b's final code, not read to fix anything.
  (Session 6 then fixed D's errors: D is read now.)
* E: the same shape again, in none of A-D or the earlier sets (seed 20261206; claims seed
  9), drawn and labelled once on the code session 6 started from, before any change of
  that session, and not read to fix anything.
* F: the same shape again, in none of A-E or the earlier sets (seed 20261207; claims seed
  10), drawn and labelled once on session 6's final code (after its last change), not
  read to fix anything. (Session 6's second pass then fixed F's errors: F is read now.)
* G: the same shape again, in none of A-F or the earlier sets (seed 20261208; claims
  seed 11), drawn and labelled once on the final code of session 6's second pass (after
  its last change), not read to fix anything.
* H (session 7): the same shape, in none of A-G or the earlier sets (seed 20261209;
  claims seed 12), drawn and labelled on the code session 7 started from, before any
  change of that session. es/egypt is used up, so its 24 Spanish articles come from
  es/syria (the Spanish folder least used by the claim sets); the rest as A-G.
* I (session 8): the shape of H, in none of A-H or the earlier sets (seed 20261210;
  claims seed 13), drawn and labelled on the code session 8 started from, before any
  change of that session; 14 claims a group (at most 2 an article) so that the sample
  holds at least 60 claims (H had 58 with 12 a group).
* J (session 8, wave 3): Spanish and French only, the two languages below the goal on I's
  first run. Articles in none of A-I or the earlier sets, from the three claim-set folders
  left: 40 es/syria, 22 fr/syria, 22 fr/egypt (seed 20261211); 32 claims a language
  (claims seed 14, at most 2 an article, the fr folders pooled), drawn and labelled on the
  code of 21b86f6 before it was scored.
* K (session 9): Spanish, French and Italian, from articles in none of A-J or the earlier
  sets (left after J: es/syria 126, fr/syria 68, fr/egypt 63, it/syria 17, it/egypt 1):
  36 es/syria, 20 fr/syria, 20 fr/egypt and every Italian article left, 17 it/syria and
  1 it/egypt (article seed 20261212); 22 claims a language (claims seed 15, at most 2 an
  article, the folders of a language pooled), drawn and labelled on the code of 90b2cc7
  before any change of session 9 and before it was scored.

Protocol: that of ``claims_precision.py`` (correct / wrong / trivial, one reader, each
claim beside its sentence). Labels hold the article's path in the shared data, the span,
a hash of the statement, the label and when it was given (``first`` or ``after``); no
text.
"""

from __future__ import annotations

import argparse
import functools
import glob
import json
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import _claims_labels as labels  # type: ignore[import-not-found]
import claims_precision as precision  # type: ignore[import-not-found]
from storylens.claims import extract_claims
from storylens.records import Article, Claim

DATA = precision.DATA
LABELS = Path(__file__).resolve().parent / "claims_reader_labels.json"
SAMPLES = {"A": (20261202, 5), "B": (20261203, 6), "C": (20261204, 7), "D": (20261205, 8),
           "E": (20261206, 9), "F": (20261207, 10), "G": (20261208, 11), "H": (20261209, 12),
           "I": (20261210, 13), "J": (20261211, 14),
           "K": (20261212, 15)}
PER_FOLDER = {"es": 24, "fr": 14, "it": 24}
TOPIC = {"es": "egypt", "fr": "syria", "it": "syria"}
# No es/egypt article is left after G: H takes its Spanish articles from es/syria, the
# Spanish folder least used by the claim sets (214 of 323 left after A-G).
TOPIC_OF = {"H": {**TOPIC, "es": "syria"}, "I": {**TOPIC, "es": "syria"}}
PER_ENGLISH = 12
CLAIMS_PER_GROUP = 12
# I draws 14 a group: H, with 12, fell short of 60 claims (a group had too few).
CLAIMS_OF = {"I": 14, "J": 32, "K": 22}
# J (session 8, wave 3) is Spanish and French only, from the three claim-set folders left
# after I: (language, topic, articles); no Italian or English articles.
FOLDERS_OF = {"J": [("es", "syria", 40), ("fr", "syria", 22), ("fr", "egypt", 22)],
              "K": [("es", "syria", 36), ("fr", "syria", 20), ("fr", "egypt", 20),
                    ("it", "syria", 17), ("it", "egypt", 1)]}


def _spread(lang: str, topic: str, n: int) -> set[str]:
    """The session-4 reader set of a folder: ``n`` files spread over its dates."""
    base = DATA / "cl-tls" / lang / topic
    files = [(d, f) for d in sorted(os.listdir(base)) for f in sorted(os.listdir(base / d))]
    step = len(files) / n
    return {f"cl-tls/{lang}/{topic}/{files[int(i * step)][0]}/{files[int(i * step)][1]}"
            for i in range(n)}


def _used() -> set[str]:
    used = {str(r["path"]) for r in precision._jsonl_rows(random.Random(precision.SEED))}
    used |= _spread("es", "syria", 100) | _spread("it", "egypt", 80)
    shuffled = sorted(glob.glob(str(DATA / "giveme5w1h/news_cluster/data/*.json")))
    random.Random(11).shuffle(shuffled)
    kept = 0
    for name in shuffled:
        d = json.loads(Path(name).read_text(encoding="utf-8"))
        if not d.get("text") or len(d["text"]) < 400:
            continue
        used.add(Path(name).relative_to(DATA).as_posix())
        kept += 1
        if kept == 60:
            break
    return used


@functools.cache
def rows(sample: str) -> list[dict[str, object]]:
    """The articles of ``sample``, rebuilt from the shared data (cached: each sample
    rebuilds all those before it, which doubles the work per sample otherwise)."""
    used = _used()
    for earlier in sorted(SAMPLES):
        if earlier < sample:  # each sample leaves out the articles of those before it
            used |= {str(r["path"]) for r in rows(earlier)}
    rng = random.Random(SAMPLES[sample][0])
    out: list[dict[str, object]] = []
    folders = FOLDERS_OF.get(sample) or [
        (lang, topic, PER_FOLDER[lang]) for lang, topic in TOPIC_OF.get(sample, TOPIC).items()]
    for lang, topic, per_folder in folders:
        files = [p for p in sorted((DATA / "cl-tls" / lang / topic).glob("*/*.txt"))
                 if p.relative_to(DATA).as_posix() not in used]
        # Sample G finds only 20 es/egypt articles left: it takes them all (A-F unchanged).
        for p in rng.sample(files, min(per_folder, len(files))):
            out.append({"text": p.read_text(encoding="utf-8", errors="replace"),
                        "published": p.parent.name, "group": lang,
                        "url": f"cltls://{lang}/{topic}/{p.parent.name}/{p.name}",
                        "path": p.relative_to(DATA).as_posix()})
    if sample in FOLDERS_OF:
        return out
    basil = [p for p in sorted((DATA / "basil" / "articles").glob("*/*.json"))
             if p.relative_to(DATA).as_posix() not in used]
    for p in rng.sample(basil, PER_ENGLISH):
        out.append({**precision.basil_row(p), "group": "en-basil"})
    g5 = [p for p in sorted((DATA / "giveme5w1h/news_cluster/data").glob("*.json"))
          if p.relative_to(DATA).as_posix() not in used]
    for p in rng.sample(g5, PER_ENGLISH):
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append({"text": d.get("text") or "", "title": d.get("title"),
                    "outlet": d.get("source_domain"), "url": d.get("url"),
                    "published": (d.get("date_publish") or "")[:10] or None,
                    "group": "en-g5", "path": p.relative_to(DATA).as_posix()})
    return out


def _row_of(article: Article, sample_rows: list[dict[str, object]]) -> str:
    """The shared-data path an analysed article came from: by URL, else by its cleaned
    opening words (reading may drop an empty page, so rows and articles do not zip)."""
    for row in sample_rows:
        if article.url and row.get("url") == article.url:
            return str(row["path"])
    opening = " ".join(article.text[:120].split())
    return next(str(r["path"]) for r in sample_rows
                if opening in " ".join(str(r["text"]).split()))


def score(sample: str, out: Path, show: bool) -> int:
    out.mkdir(parents=True, exist_ok=True)
    sample_rows = rows(sample)
    articles = labels.analyse(sample_rows, out)
    paths = {a.id: _row_of(a, sample_rows) for a in articles}
    texts = {a.id: a.text for a in articles}
    made: dict[tuple[str, int, int], tuple[str, str, str, str]] = {}
    for art in articles:
        for claim in extract_claims(art):
            ev = claim.sources[0]
            made[(paths[art.id], ev.start, ev.end)] = (
                labels.statement_hash(claim.statement), claim.statement, art.id,
                art.language or "")
    table = json.loads(LABELS.read_text(encoding="utf-8"))[sample]
    by_span: dict[tuple[str, int, int], dict[str, dict[str, str]]] = defaultdict(dict)
    for row in table:
        by_span[(row["path"], row["start"], row["end"])][row["statement_sha"]] = row
    # A labelled statement found again in its article at another offset (cleaning cut a
    # copy of a paragraph before it) keeps its verdict: the label judged the statement.
    shifted = {(key[0], found[0]): (key, found) for key, found in made.items()}
    counts: Counter[tuple[str, str]] = Counter()
    for key, known in by_span.items():
        first = next(iter(known.values()))
        slice_ = f"{first['language']} {first['kind']}"
        found = made.get(key)
        moved = [shifted[(key[0], sha)] for sha in known if (key[0], sha) in shifted]
        if found is None and moved:
            key, found = moved[0]
        if found is None:
            verdict = "abstained"
        elif found[0] in known:
            verdict = known[found[0]]["label"]
        else:
            verdict = "unlabelled"
            print("unlabelled:", key, found[1][:200])
        counts[("all", verdict)] += 1
        counts[(slice_, verdict)] += 1
        if show and found is not None:
            start, end = key[1], key[2]
            ctx = " ".join(texts[found[2]][max(0, start - 200):end + 80].split())
            print(f"[{verdict}] {found[1]}\n    {ctx}\n")
    print(f"sample {sample}: {len(by_span)} labelled claims")
    print(f"  {'slice':12} {'n':>4} {'correct':>8} {'wrong':>6} {'trivial':>8} {'abstained':>10}"
          f" {'unlabelled':>11}")
    for slice_ in ["all", *sorted({s for s, _ in counts if s != "all"})]:
        row = {v: counts[(slice_, v)] for v in
               ("correct", "wrong", "trivial", "abstained", "unlabelled")}
        made_n = row["correct"] + row["wrong"] + row["trivial"] + row["unlabelled"]
        share = f"{row['correct'] / made_n:.2f}" if made_n else "-"
        print(f"  {slice_:12} {made_n:>4} {share:>8} {row['wrong']:>6} {row['trivial']:>8}"
              f" {row['abstained']:>10} {row['unlabelled']:>11}")
    return 0


def draw(sample: str, out: Path) -> int:
    """Draw the claims of a new sample (12 a group, at most 2 an article) and write them
    with their context to ``out/to_label.txt`` (texts stay outside the project)."""
    out.mkdir(parents=True, exist_ok=True)
    sample_rows = rows(sample)
    articles = labels.analyse(sample_rows, out)
    group = {str(r["path"]): str(r["group"]) for r in sample_rows}
    by_group: dict[str, list[tuple[Article, Claim]]] = defaultdict(list)
    for art in articles:
        for claim in extract_claims(art):
            by_group[group[_row_of(art, sample_rows)]].append((art, claim))
    rng = random.Random(SAMPLES[sample][1])
    with (out / "to_label.txt").open("w", encoding="utf-8") as fh:
        for name in sorted(by_group):
            pool = by_group[name][:]
            rng.shuffle(pool)
            per: Counter[str] = Counter()
            taken = 0
            for art, claim in pool:
                if per[art.id] >= 2 or taken == CLAIMS_OF.get(sample, CLAIMS_PER_GROUP):
                    continue
                per[art.id] += 1
                taken += 1
                ev = claim.sources[0]
                ctx = " ".join((art.text[max(0, ev.start - 230):ev.start] + "[["
                                + art.text[ev.start:ev.end] + "]]"
                                + art.text[ev.end:ev.end + 90]).split())
                row = {"path": _row_of(art, sample_rows), "start": ev.start, "end": ev.end,
                       "statement_sha": labels.statement_hash(claim.statement),
                       "kind": claim.kind, "language": art.language}
                fh.write(json.dumps(row) + "\n" + f"  {claim.statement}\n  {ctx}\n")
    print(f"wrote {out / 'to_label.txt'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", choices=sorted(SAMPLES), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--draw", action="store_true",
                        help="draw a new sample's claims to label instead of scoring")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 1
    if args.draw:
        return draw(args.sample, args.out)
    return score(args.sample, args.out, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
