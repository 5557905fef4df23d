"""Actor-graph edges on a held-out sample of real sentences: precision and recall.

Run: ``.venv/bin/python benchmarks/actor_graph_heldout.py draw --out /tmp/e7/heldout``
(writes the drawn sentences for reading, never into the repo), then, once the labels are in
``actor_graph_heldout_labels.json``, ``... score`` (prints precision and recall of the
current code's edges on the labelled sentences).

Protocol (issue 12, session 7; written before the labels and before any code change):

* **Pool.** CL-TLS es/fr/it egypt/syria, BASIL and Giveme5W1H (news clusters) articles,
  minus every article an earlier label file names (path, BASIL stem, Giveme5W1H dId or
  storylens content id anywhere in ``benchmarks/*.json``) and minus the earlier actor-graph
  dev sample (``actor_graph.py``: 40 articles spread over each CL-TLS folder, the first
  150 Giveme5W1H files).
* **Draw.** Five strata (cl-tls es, cl-tls fr, cl-tls it, BASIL, Giveme5W1H), 12
  sentences each, seed 12: the stratum's files shuffled; per file the pipeline's NER (the
  configured backend of its language) and sentence splitter; the sentences of 40-400
  characters holding at least two named actors (PERSON, ORG or GPE mentions with different
  surfaces); one such sentence per file, chosen by the seeded generator.
* **Labels**, by one reader, from the sentence alone: every relation a reader sees
  between two of the sentence's named actors, as (type, agent, patient) with types meets,
  supports, opposes, attacks, calls_on, accuses, arrests (meets symmetric); the relation
  must be stated as happening (not negated, not asked, not merely planned); agent and
  patient are the character spans of the named mentions (the NER's or, where it missed,
  the reader's), a sentence with none gets an empty list. Relations outside the types are
  not labelled. The label file keeps ids and offsets only.
* **Score.** Each system edge is right when a gold edge of the sentence has its type and
  its agent and patient spans overlap the gold ones (either order for meets). Edges are
  read from the sentence with its NER mentions (entity = casefolded surface), so the
  figure measures the extractor, not the entity merge.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

from storylens import load_settings
from storylens.claims.parsed_relations import find_parsed_relations
from storylens.claims.relations import find_meetings, find_typed_relations
from storylens.claims.text import claim_language
from storylens.entities.mentions import extract_mentions_batch
from storylens.records import Article, Mention
from storylens.resources import Resources
from storylens.sentences import segment_article

sys.path.insert(0, str(Path(__file__).parent))
from claims_precision import DATA, basil_row
from timeline_cltls import _spread

LABELS = Path(__file__).with_name("actor_graph_heldout_labels.json")
SEED = 12
PER_STRATUM = 12
ACTORS = frozenset({"PERSON", "ORG", "GPE"})
MIN_CHARS, MAX_CHARS = 40, 400
# Part B (drawn after part A showed few relations among random sentences): a lead
# sentence (one of the first five) with two actors at most eight words apart.
LEAD_SENTENCES, CLOSE_WORDS = 5, 8


def _texts_of_label_files() -> str:
    """Everything earlier label files say, as one string to look ids up in."""
    here = Path(__file__).parent
    texts = []
    for path in sorted(here.glob("*.json")):
        if path == LABELS:
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "status_labels.json":  # its "docs" indexes every file; pairs use some
            text = json.dumps(json.loads(text)["pairs"])
        texts.append(text)
    return "\n".join(texts)


def _earlier_dev() -> set[str]:
    """The files the earlier actor-graph benchmark read (its dev sample)."""
    out = set()
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            files = sorted((DATA / "cl-tls" / lang / topic).glob("*/*.txt"))
            out |= {p.relative_to(DATA).as_posix() for p in _spread(files, 40)}
    g5 = sorted((DATA / "giveme5w1h" / "news_cluster" / "data").glob("*.json"))[:150]
    return out | {p.relative_to(DATA).as_posix() for p in g5}


def _pool() -> dict[str, list[tuple[str, str, str]]]:
    """Stratum -> [(path, language, text)] of every article in the pool."""
    strata: dict[str, list[tuple[str, str, str]]] = {}
    for lang in ("es", "fr", "it"):
        for path in sorted((DATA / "cl-tls" / lang).glob("*/*/*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            strata.setdefault(f"cl-tls-{lang}", []).append(
                (path.relative_to(DATA).as_posix(), lang, text))
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        row = basil_row(path)
        strata.setdefault("basil", []).append((str(row["path"]), "en", str(row["text"])))
    for path in sorted((DATA / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        strata.setdefault("giveme5w1h", []).append(
            (path.relative_to(DATA).as_posix(), "en", d.get("text") or ""))
    return strata


def _used(path: str, text: str, seen: str, dev: set[str]) -> bool:
    # CL-TLS file names repeat across folders ("gv_18.txt"): only the path names one.
    keys = {path, path.removeprefix("cl-tls/"), Article.make_id(text)}
    if not path.startswith("cl-tls/"):
        keys.add(Path(path).stem)
    return path in dev or any(k and k in seen for k in keys)


_RESOURCES: list[Resources] = []


def _analysed(items: list[tuple[str, str, str]]) -> list[Article]:
    """Articles segmented and with the pipeline's NER mentions (models loaded once)."""
    if not _RESOURCES:
        _RESOURCES.append(Resources(load_settings()))
    resources = _RESOURCES[0]
    articles = [segment_article(Article(id=Article.make_id(t), source=p, text=t, language=lang))
                for p, lang, t in items]
    for lang in {a.language for a in articles}:
        group = [a for a in articles if a.language == lang]
        ner = resources.ner_for(lang)
        if ner is not None:
            extract_mentions_batch(group, ner)
    return articles


def _actors(article: Article, start: int, end: int) -> list[Mention]:
    return [m for m in article.mentions if start <= m.start and m.end <= end
            and m.label in ACTORS]


def _close_pair(article: Article, start: int, end: int) -> bool:
    """Part B's rule: two actors with different surfaces at most CLOSE_WORDS words apart."""
    actors = _actors(article, start, end)
    return any(a.text.casefold() != b.text.casefold()
               and len(article.text[a.end:b.start].split()) <= CLOSE_WORDS
               for a, b in pairwise(actors))


def _fits(article: Article, index: int, part: str) -> bool:
    s = article.sentences[index]
    if not MIN_CHARS <= s.end - s.start <= MAX_CHARS:
        return False
    if part == "b":
        return index < LEAD_SENTENCES and _close_pair(article, s.start, s.end)
    return len({m.text.casefold() for m in _actors(article, s.start, s.end)}) >= 2


def draw(out: Path, part: str) -> None:
    """Draw the sample; write a labelling sheet (texts, under ``out``) and a draft label
    file (ids and offsets only)."""
    seen, dev = _texts_of_label_files(), _earlier_dev()
    if part == "b" and LABELS.exists():  # part B skips part A's files
        seen += json.dumps(json.loads(LABELS.read_text(encoding="utf-8")))
    rng = random.Random(SEED if part == "a" else SEED + 1)
    drawn: list[dict[str, Any]] = []
    sheet: list[str] = []
    for stratum, items in sorted(_pool().items()):
        items = [i for i in items if not _used(i[0], i[2], seen, dev)]
        rng.shuffle(items)
        got = 0
        for batch_start in range(0, len(items), 20):
            if got >= PER_STRATUM:
                break
            for article in _analysed(items[batch_start:batch_start + 20]):
                if got >= PER_STRATUM:
                    break
                fit = [n for n in range(len(article.sentences)) if _fits(article, n, part)]
                if not fit:
                    continue
                s = article.sentences[rng.choice(fit)]
                got += 1
                n = len(drawn)
                drawn.append({"n": n, "part": part, "stratum": stratum, "path": article.source,
                              "language": article.language,
                              "text_sha1": hashlib.sha1(article.text.encode()).hexdigest()[:12],
                              "sentence": [s.start, s.end], "edges": []})
                marks = " | ".join(f"{m.text}@{m.start}-{m.end}:{m.label}"
                                   for m in _actors(article, s.start, s.end))
                sheet.append(f"#{n} {stratum} {article.language}\n"
                             f"{article.text[s.start:s.end]!r}\n  {marks}\n")
    out.mkdir(parents=True, exist_ok=True)
    out = out / part
    out.mkdir(parents=True, exist_ok=True)
    (out / "sheet.txt").write_text("\n".join(sheet), encoding="utf-8")
    (out / "draft.json").write_text(json.dumps(drawn, indent=1), encoding="utf-8")
    print(f"drew {len(drawn)} sentences; sheet {out / 'sheet.txt'}")


def _text(path: str) -> str:
    full = DATA / path
    if path.startswith("basil/"):
        return str(basil_row(full)["text"])
    if path.startswith("giveme5w1h/"):
        return str(json.loads(full.read_text(encoding="utf-8")).get("text") or "")
    return full.read_text(encoding="utf-8", errors="replace")


Edge = tuple[str, tuple[int, int], tuple[int, int]]


def system_edges(article: Article, start: int, end: int, parse: bool = True) -> list[Edge]:
    """The extractor's edges in one sentence (entity = casefolded surface), read from the
    parse where the language has one (and ``parse``), else by the word-order patterns."""
    mentions = [Mention(m.article_id, m.start, m.end, m.text, m.label,
                        entity_id=m.text.casefold()) for m in article.mentions
                if start <= m.start and m.end <= end]
    lang = claim_language(article.language)
    out: list[Edge] = [("meets", (m.subject.start, m.subject.end), (m.object.start, m.object.end))
                       for m in find_meetings(article.text, lang, start, end, mentions)]
    parser = _RESOURCES[0].graph_parser(lang) if parse and _RESOURCES else None
    if parser is not None:
        [tokens] = parser.parse([article.text[start:end]])
        typed = find_parsed_relations(article.text, lang, start, end, tokens, mentions)
    else:
        typed = find_typed_relations(article.text, lang, start, end, mentions)
    out += [(r.type, (r.agent.start, r.agent.end), (r.patient.start, r.patient.end))
            for r in typed]
    return out


def _overlap(a: tuple[int, int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _right(edge: Edge, gold: list[dict[str, Any]]) -> bool:
    kind, agent, patient = edge
    for g in gold:
        if g["type"] != kind:
            continue
        if _overlap(agent, g["agent"]) and _overlap(patient, g["patient"]):
            return True
        if kind == "meets" and _overlap(agent, g["patient"]) and _overlap(patient, g["agent"]):
            return True
    return False


def score(verbose: bool, parse: bool = True,
          rows: list[dict[str, Any]] | None = None) -> None:
    """Precision and recall of the current code's edges on the labelled sentences (this
    sample's, or ``rows`` of another label file in the same format)."""
    if rows is None:
        rows = json.loads(LABELS.read_text(encoding="utf-8"))["sentences"]
    items = [(r["path"], r["language"], _text(r["path"])) for r in rows]
    counts: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    for row, article in zip(rows, _analysed(items), strict=True):
        if hashlib.sha1(article.text.encode()).hexdigest()[:12] != row["text_sha1"]:
            raise SystemExit(f"text of {row['path']} changed since labelling")
        edges = set(system_edges(article, *row["sentence"], parse=parse))
        right = [e for e in edges if _right(e, row["edges"])]
        counts["system"] += len(edges)
        counts["right"] += len(right)
        counts["gold"] += len(row["edges"])
        for g in row["edges"]:
            hit = any(_right(e, [g]) for e in edges)
            counts["found"] += hit
            by_type[f"{g['type']} {'found' if hit else 'missed'}"] += 1
        if verbose:
            for e in sorted(edges):
                print(f"#{row['id']} {'RIGHT' if e in right else 'WRONG'} {e} "
                      f"{article.text[min(e[1][0], e[2][0]):max(e[1][1], e[2][1])]!r}")
    p = counts["right"] / counts["system"] if counts["system"] else float("nan")
    r = counts["found"] / counts["gold"] if counts["gold"] else float("nan")
    print(f"sentences {len(rows)}; gold edges {counts['gold']}; system edges "
          f"{counts['system']}, right {counts['right']}; precision {p:.3f}, recall {r:.3f}")
    print("gold by type:", dict(sorted(by_type.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("command", choices=["draw", "score"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/e7/heldout"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--part", choices=["a", "b"], default="a")
    parser.add_argument("--no-parse", action="store_true",
                        help="word-order patterns for every language (no dependency parse)")
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.part)
    else:
        score(args.verbose, not args.no_parse)


if __name__ == "__main__":
    main()
