"""Near-duplicate benchmark: MinHash LSH dedupe against the previous exact inverted index.

Pairs come from ../shared/data, read at run time (never copied into the project): BASIL, the
Giveme5W1H news clusters, CL-TLS (es/fr/it) and SemEval-2022 Task 8 texts (incl. ar, ru, zh,
tr, pl). Each original gets a perturbed copy at one level (masthead, light rewrite, truncated,
appended, heavy); same-event articles by other outlets (BASIL triplets, Giveme5W1H events,
SemEval pairs rated "same story") and every other article must stay unmarked.

    .venv/bin/python benchmarks/duplicates.py [--data ../shared/data] [--out docs/...md]
"""

from __future__ import annotations

import argparse
import ast
import csv
import gc
import hashlib
import json
import random
import re
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from storylens import dedupe
from storylens.records import Article

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.6  # settings.duplicate_threshold default
COPIES_PER_LEVEL = 400  # originals that get one perturbed copy at each level
MIN_WORDS = 60  # shorter texts (captions, stubs) are not articles
SEED = 20261123
LEVELS = ("masthead", "light", "truncated", "appended", "heavy")
MASTHEADS = ("From our wire service.", "AP — ", "Reuters | World news", "Par l'AFP",
             "(Agencia EFE)", "Staff and agencies", "ANSA —")
FOOTERS = ("Copyright 2026 The Associated Press. All rights reserved.",
           "Follow us on Twitter and Facebook for the latest updates.",
           "This material may not be published, broadcast, rewritten or redistributed.",
           "Read more: our full coverage of the crisis.", "Tous droits réservés.")
_SENT = re.compile(r"(?<=[.!?。！？])\s+")


# --- baseline: the previous algorithm (exact word 5-gram Jaccard via an inverted index) -------

def _old_shingles(text: str, size: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {_old_hash(" ".join(words))} if words else set()
    return {_old_hash(" ".join(words[i:i + size])) for i in range(len(words) - size + 1)}


def _old_hash(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def old_find_copies(articles: list[Article], threshold: float) -> dict[str, str]:
    """The pre-LSH method, verbatim, as the baseline."""
    sets = [_old_shingles(a.text) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, grams in enumerate(sets):
        for gram in grams:
            postings[gram].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) < 2 or len(members) > 50:
            continue
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                shared[(i, j)] += 1
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), count in shared.items():
        union = len(sets[i]) + len(sets[j]) - count
        if union and count / union >= threshold:
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(articles)):
        groups[root(index)].append(index)
    copies: dict[str, str] = {}
    for members in groups.values():
        if len(members) > 1:
            original = min(members, key=lambda k: (articles[k].published or "9999",
                                                   -len(articles[k].text), articles[k].id))
            copies.update({articles[k].id: articles[original].id
                           for k in members if k != original})
    return copies


METHODS: dict[str, Callable[[list[Article], float], dict[str, str]]] = {
    "exact-index (old)": old_find_copies, "minhash-lsh (new)": dedupe.find_copies}


# --- data --------------------------------------------------------------------------------------

def load_pool(data: Path) -> tuple[list[Article], dict[str, str], list[tuple[str, str, str]]]:
    """Articles, their family (= themselves), and same-event pairs (a, b, source)."""
    found: list[tuple[str, str, str | None, str | None]] = []  # key, text, date, event
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = "\n".join(" ".join(p) for p in doc.get("body-paragraphs", []))
        found.append((f"basil/{path.stem}", text, doc.get("date"), f"basil:{doc['triplet-uuid']}"))
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        cluster = doc.get("newsCluster") or {}
        event = (ast.literal_eval(cluster) if isinstance(cluster, str) else cluster).get("EventId")
        date = (doc.get("date_publish") or "")[:10] or None
        found.append((f"g5/{path.stem}", doc.get("text") or "", date, f"g5:{event}"))
    for path in sorted((data / "cl-tls").glob("*/*/*/*.txt")):
        found.append((f"cltls/{path.relative_to(data / 'cl-tls')}",
                      path.read_text(encoding="utf-8", errors="replace"), path.parent.name, None))
    semeval = data / "semeval2022-task8" / "training_set.csv"
    rated: list[tuple[str, str]] = []
    if semeval.exists():
        with semeval.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["lang1"] != row["lang2"]:
                    continue
                keys = [f"semeval/{row['pair_id']}/{n}" for n in (1, 2)]
                for key, text in zip(keys, (row["text1"], row["text2"]), strict=True):
                    found.append((key, text, None, None))
                if float(row["Overall"]) <= 1.5:
                    rated.append((keys[0], keys[1]))
    articles: list[Article] = []
    seen: set[str] = set()
    for key, text, date, _event in found:
        norm = " ".join(dedupe.tokens(text))
        if (len(norm.split()) < MIN_WORDS and len(norm) < 6 * MIN_WORDS) or norm in seen:
            continue  # stubs, and texts that appear twice (SemEval reuses articles)
        seen.add(norm)
        articles.append(Article(id=key, source=key, text=text.strip(), published=date))
    kept = {a.id for a in articles}
    events: dict[str, list[str]] = defaultdict(list)
    for key, _text, _date, event in found:
        if event and key in kept:
            events[event].append(key)
    pairs = [(a, b, ev.split(":")[0]) for ev, ks in events.items()
             for i, a in enumerate(ks) for b in ks[i + 1:]]
    pairs += [(a, b, "semeval") for a, b in rated if a in kept and b in kept]
    return articles, {a.id: a.id for a in articles}, pairs


def _rewrite(sentence: str, rng: random.Random, edits: int) -> str:
    words = sentence.split()
    for _ in range(edits):
        if len(words) < 4:
            break
        at = rng.randrange(len(words) - 1)
        move = rng.random()
        if move < 0.4:
            words[at], words[at + 1] = words[at + 1], words[at]  # reorder
        elif move < 0.7:
            del words[at]  # drop a word
        else:
            words[at] = rng.choice(("said", "reported", "officials", "the", "also", "new"))
    return " ".join(words)


def perturb(text: str, level: str, rng: random.Random, filler: str) -> str:
    """A copy of ``text`` as a syndicating outlet would publish it at ``level``."""
    sents = [s for s in _SENT.split(text.replace("\n", " ")) if s.strip()] or [text]
    if level in ("light", "truncated", "appended", "heavy"):
        share = 0.3 if level == "heavy" else 0.0
        n_rewrite = max(2, int(share * len(sents)))
        for at in rng.sample(range(len(sents)), min(n_rewrite, len(sents))):
            sents[at] = _rewrite(sents[at], rng, rng.randint(2, 4))
        n_drop = max(1, len(sents) // 10) if level == "heavy" else 1
        for _ in range(min(n_drop, len(sents) - 2)):
            del sents[rng.randrange(1, len(sents))]
    if level in ("truncated", "heavy"):
        keep = rng.uniform(0.5, 0.8) if level == "truncated" else rng.uniform(0.6, 0.9)
        sents = sents[:max(2, round(len(sents) * keep))]
    if level == "appended":
        extra = [s for s in _SENT.split(filler.replace("\n", " ")) if s.strip()]
        sents += extra[: max(2, len(sents) // 4)]
    body = " ".join(sents)
    footer = " ".join(rng.sample(FOOTERS, 2))
    return f"{rng.choice(MASTHEADS)}\n{body}\n{footer}"


def with_copies(pool: list[Article], level: str, count: int,
                seed: str) -> tuple[list[Article], dict[str, str]]:
    """The pool plus ``count`` perturbed copies; family maps every id to its original's id."""
    rng = random.Random(seed)
    corpus = list(pool)
    family = {a.id: a.id for a in pool}
    for n, original in enumerate(rng.sample(pool, min(count, len(pool)))):
        choice = level if level != "mixed" else rng.choice(LEVELS)
        filler = rng.choice(pool).text
        text = perturb(original.text, choice, rng, filler)
        copy_id = f"{original.id}#copy{n}"
        date = None if original.published is None else original.published + "T12"
        corpus.append(Article(id=copy_id, source="copy", text=text, published=date))
        family[copy_id] = original.id
    rng.shuffle(corpus)
    return corpus, family


# --- measures ----------------------------------------------------------------------------------

def score(copies: dict[str, str], family: dict[str, str],
          pairs: list[tuple[str, str, str]]) -> dict[str, float]:
    """Family-level precision/recall/F1 of duplicate_of, and false merges of same-event pairs."""
    marks_ok = sum(family[c] == family[o] for c, o in copies.items())
    sizes = Counter(family.values())
    gold = sum(n - 1 for n in sizes.values())
    p = marks_ok / len(copies) if copies else 1.0
    r = marks_ok / gold if gold else 1.0
    group = {a: copies.get(a, a) for a in family}
    merged = sum(group[a] == group[b] for a, b, _src in pairs if a in group and b in group)
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "marks": len(copies),
            "wrong": len(copies) - marks_ok, "event_merged": merged}


def pair_scores(corpus: list[Article], family: dict[str, str]) -> list[float]:
    """Exact new-method overlap of every (original, copy) pair of a corpus."""
    by_id = {a.id: a for a in corpus}
    return [_overlap(by_id[family[a.id]].text, a.text) for a in corpus if family[a.id] != a.id]


def _overlap(x: str, y: str) -> float:
    sx, sy = dedupe.shingle(x), dedupe.shingle(y)
    if sx.words is not None and sy.words is not None:
        return max(dedupe.overlap(sx.words, sy.words))
    if sx.chars is not None and sy.chars is not None:
        return max(dedupe.overlap(sx.chars, sy.chars))
    return 0.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def scale_corpus(pool: list[Article], size: int) -> tuple[list[Article], dict[str, str]]:
    """``size`` articles resampled from the pool, each a perturbed copy at a random level."""
    rng = random.Random(f"{SEED}:scale:{size}")
    corpus, family = [], {}
    for n in range(size):
        original = rng.choice(pool)
        text = perturb(original.text, rng.choice(LEVELS), rng, rng.choice(pool).text)
        ident = f"{original.id}#{n}"
        corpus.append(Article(id=ident, source="x", text=text, published=original.published))
        family[ident] = original.id
    return corpus, family


def measure(method: Callable[[list[Article], float], dict[str, str]],
            corpus: list[Article]) -> tuple[dict[str, str], float, float]:
    """Result, seconds (untraced run) and peak traced MiB (second, traced run)."""
    gc.collect()
    start = time.perf_counter()
    result = method(corpus, THRESHOLD)
    seconds = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    method(corpus, THRESHOLD)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks-duplicates.md")
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    if not (args.data / "basil").exists():
        print(f"no data at {args.data}; skipping", file=sys.stderr)
        return 0
    pool, _family, event_pairs = load_pool(args.data)
    langs = Counter(a.id.split("/")[0] for a in pool)
    print(f"pool: {len(pool)} articles {dict(langs)}; same-event pairs: "
          f"{dict(Counter(s for *_x, s in event_pairs))}")
    lines = ["| level | method | P | R | F1 | wrong marks | same-event merged | "
             "copy score p5 / median |", "|---|---|---|---|---|---|---|---|"]
    for level in ("none", *LEVELS):
        count = 0 if level == "none" else COPIES_PER_LEVEL
        corpus, family = with_copies(pool, level, count, f"{SEED}:{level}")
        scores = pair_scores(corpus, family)
        dist = f"{pct(scores, 0.05):.2f} / {pct(scores, 0.5):.2f}" if scores else "-"
        for name, method in METHODS.items():
            s = score(method(corpus, THRESHOLD), family, event_pairs)
            lines.append(f"| {level} | {name} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | "
                         f"{s['wrong']} | {s['event_merged']} | {dist} |")
            print(lines[-1], flush=True)
    neg = [_overlap(_text(pool, a), _text(pool, b)) for a, b, _s in event_pairs]
    negline = (f"Same-event pairs by other outlets ({len(neg)}): new-method score p95 "
               f"{pct(neg, 0.95):.2f}, max {max(neg):.2f} (threshold {THRESHOLD}).")
    print(negline)
    speed = ["| articles | method | seconds | articles/s | peak MiB (tracemalloc) | F1 |",
             "|---|---|---|---|---|---|"]
    for size in (int(x) for x in args.sizes.split(",")):
        corpus, family = scale_corpus(pool, size)
        for name, method in METHODS.items():
            result, seconds, peak = measure(method, corpus)
            f1 = score(result, family, [])["F1"]
            speed.append(f"| {size} | {name} | {seconds:.1f} | {size / seconds:.0f} | "
                         f"{peak:.0f} | {f1:.3f} |")
            print(speed[-1], flush=True)
    write_report(args.out, pool, langs, event_pairs, lines, negline, speed)
    return 0


def _text(pool: list[Article], key: str) -> str:
    return next(a.text for a in pool if a.id == key)


def write_report(out: Path, pool: list[Article], langs: Counter[str],
                 pairs: list[tuple[str, str, str]], quality: list[str], negline: str,
                 speed: list[str]) -> None:
    """Write the figures as Markdown for docs/."""
    src = dict(Counter(s for *_x, s in pairs))
    text = "\n".join([
        "# Benchmark: near-duplicates and syndication", "",
        "Command: `.venv/bin/python benchmarks/duplicates.py` (date 2026-11-23, threshold "
        f"{THRESHOLD}, seed {SEED}).", "",
        f"Pool: {len(pool)} articles from ../shared/data {dict(langs)}; same-event pairs by "
        f"different outlets that must not be merged: {src}. Each level adds one perturbed copy "
        f"of {COPIES_PER_LEVEL} random originals (masthead and footer lines always added; "
        "light = 2 sentences rewritten + 1 deleted; truncated = light + first 50-80% kept; "
        "appended = light + a paragraph from another article; heavy = 30% of sentences "
        "rewritten, 10% deleted, 60-90% kept). P/R/F1 are family-level: a mark is right when "
        "copy and original descend from the same article. \"none\" is the pool alone: any "
        "mark there is a natural duplicate or a false positive.", "",
        *quality, "", negline, "",
        "Scale: the pool resampled with replacement and every article perturbed at a random "
        "level, so resampled articles form families of copies. Time of one run; "
        "peak memory of a second, traced run (Python and numpy allocations).", "",
        *speed, ""])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
