"""The real coverage behind ``status_decisions.py``: which articles each set holds.

Sets never share an article; each is described in ``status_decisions.py``'s docstring.
Texts are read from ``../shared/data`` and never copied into the project.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEV_WINDOWS = (("es", "egypt", "2011-01-25", "2011-02-12"), ("fr", "egypt", "2011-01-25",
               "2011-02-12"), ("it", "egypt", "2011-01-25", "2011-02-25"),
               ("fr", "egypt", "2013-06-28", "2013-07-10"),
               ("it", "egypt", "2013-07-01", "2013-08-20"))
HELDOUT_WINDOWS = (("fr", "syria", "2013-08-20", "2013-09-06"),
                   ("it", "syria", "2013-08-20", "2013-09-06"),
                   ("es", "syria", "2013-08-20", "2013-09-06"),
                   ("es", "syria", "2017-04-04", "2017-04-10"))
# FRESH: drawn after the fixes, labelled before its first scoring (other weeks of the
# Syria coverage, the next six Giveme5W1H clusters): the clean held-out figure.
FRESH_WINDOWS = (("es", "syria", "2018-04-07", "2018-04-17"),
                 ("it", "syria", "2016-09-20", "2016-10-05"),
                 ("fr", "syria", "2012-03-08", "2012-03-20"))
BASIL_TRIPLES = 15
G5_CLUSTERS = 6
# FRESH2 (issue 11, 2026-12-02): drawn and labelled before any change of that session, so
# its "before" and "after" are both held out: cl-tls months told in all three languages
# (Syria July-August 2012, Egypt June 2012), BASIL triples 16-35, Giveme5W1H clusters
# 13-24 by size, and SemEval-2022 same-story pairs (Overall <= 1.5) in supported languages.
FRESH2_WINDOWS = (("es", "syria", "2012-07-01", "2012-08-31"),
                  ("fr", "syria", "2012-07-01", "2012-08-31"),
                  ("it", "syria", "2012-07-01", "2012-08-31"),
                  ("es", "egypt", "2012-06-01", "2012-06-30"),
                  ("fr", "egypt", "2012-06-01", "2012-06-30"),
                  ("it", "egypt", "2012-06-01", "2012-06-30"))
FRESH2_BASIL = (15, 35)
FRESH2_G5 = (12, 24)
# FRESH3 (same session, same protocol): the remaining BASIL triples and Giveme5W1H
# clusters, drawn once the changes had begun, never read before they were labelled.
FRESH3_BASIL = (35, 100)
FRESH3_G5 = (24, 69)
# FRESH4 (same session, same protocol, drawn after the changes, labelled before its first
# scoring): every cl-tls article of 2011-2013 in no other set, and the next 100 SemEval
# same-story pairs.
FRESH4_YEARS = ("2011-01-01", "2013-12-31")
FRESH4_SEMEVAL = (30, 100)
# FRESH5 (session 4, 2026-12-02): drawn, run and labelled before any change of that
# session: every cl-tls article from 2014 on in no other set, the remaining SemEval
# same-story pairs, the SemEval pairs rated between same and mostly the same, and (since
# those gave only 12 corroborated/disputed decisions) the ECB+ dev topics: per topic two
# events of one kind, each told by several articles (English, no publication dates).
FRESH5_FROM = "2014-01-01"
FRESH5_SEMEVAL = (130, 100)
SEMEVAL_MOSTLY_SAME = 2.0
# FRESH6 (session 5, 2026-12-02): drawn, run and labelled before any change of that
# session. cl-tls, BASIL and Giveme5W1H are used up by the sets above, so it takes the real
# coverage left: FNC-1 training bodies grouped into stories (bodies joined by a headline
# they agree with or discuss; groups taken by their smallest body id until FNC_BODIES
# bodies), and the SemEval pairs rated between mostly the same and roughly even (2-2.5).
FNC_BODIES = 800
SEMEVAL_ROUGHLY_SAME = 2.5
# FRESH7 (session 6, 2026-12-02): drawn, run and labelled before any change of that
# session: every FNC-1 group after those FRESH6 took (same grouping, same order), and the
# Giveme5W1H gold-standard articles that are not in the news clusters (real outlets, dated,
# several outlets per event; none of them in another set).
FNC_ALL = 10**6
SEMEVAL_PAIRS = 30
SEMEVAL_SAME_STORY = 1.5  # "Overall" rating: 1 = same story, 4 = unrelated
SEMEVAL_LANGS = frozenset({"en", "fr", "es", "de", "it", "ar", "ru"})


def _cltls(windows: tuple[tuple[str, str, str, str], ...]) -> Iterator[dict[str, Any]]:
    for lang, topic, first, last in windows:
        for path in sorted((DATA / "cl-tls" / lang / topic).glob("*/*.txt")):
            if first <= path.parent.name <= last:
                yield {"text": path.read_text(encoding="utf-8", errors="replace"),
                       "published": path.parent.name,
                       "doc": f"cltls/{lang}/{topic}/{path.parent.name}/{path.name}"}


def _basil(first: int = 0, last: int = BASIL_TRIPLES) -> Iterator[dict[str, Any]]:
    paths = sorted((DATA / "basil" / "articles").glob("*/*.json"))
    triples = sorted({p.name.rsplit("_", 1)[0] for p in paths})[first:last]
    for path in paths:
        if path.name.rsplit("_", 1)[0] not in triples:
            continue
        d = json.loads(path.read_text(encoding="utf-8"))
        paras = d["body-paragraphs"]
        paras = json.loads(paras) if isinstance(paras, str) else paras
        body = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paras)
        yield {"text": body, "title": d.get("title"), "outlet": d.get("source"),
               "published": (d.get("date") or "")[:10] or None, "doc": f"basil/{path.stem}"}


def _giveme5w1h(first: int = 0, count: int = G5_CLUSTERS) -> Iterator[dict[str, Any]]:
    docs = [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((DATA / "giveme5w1h" / "news_cluster" / "data").glob("*.json"))]
    sizes = Counter(d["newsCluster"]["EventId"] for d in docs)
    keep = {event for event, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
            [first:first + count]}
    for d in docs:
        if d["newsCluster"]["EventId"] in keep:
            yield {"text": d.get("text") or "", "title": d.get("title"),
                   "outlet": d.get("source_domain"), "url": d.get("url"),
                   "published": (d.get("date_publish") or "")[:10] or None,
                   "doc": f"g5/{d['dId'][:16]}"}


def _semeval(first: int = 0, count: int = SEMEVAL_PAIRS, low: float = 0.0,
             high: float = SEMEVAL_SAME_STORY) -> Iterator[dict[str, Any]]:
    """Both articles of pairs rated ``low < Overall <= high`` (by pair id, from ``first``)
    whose two languages storylens supports (texts cut to about 1,000 characters)."""
    with (DATA / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if low < float(r["Overall"]) <= high
                and {r["lang1"], r["lang2"]} <= SEMEVAL_LANGS]
    for row in sorted(rows, key=lambda r: r["pair_id"])[first:first + count]:
        for side in ("1", "2"):
            yield {"text": row["text" + side], "language": row["lang" + side],
                   "doc": f"semeval/{row['pair_id']}/{side}"}


def _ecbplus() -> Iterator[dict[str, Any]]:
    with (DATA / "ecbplus-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield {"text": d["text"], "language": "en", "doc": f"ecbplus/{d['doc_id']}"}


def _fnc_groups(bodies: int = FNC_BODIES, after: int = 0) -> Iterator[dict[str, Any]]:
    """FNC-1 bodies in stories: two bodies belong together when one headline is agreed with
    or discussed by both (union over headlines); whole groups by smallest body id, skipping
    the groups that the first ``after`` bodies' worth took (an earlier set's draw)."""
    folder = DATA / "fnc-1"
    with (folder / "train_stances.csv").open(encoding="utf-8") as fh:
        stances = [r for r in csv.DictReader(fh) if r["Stance"] != "unrelated"]
    with (folder / "train_bodies.csv").open(encoding="utf-8") as fh:
        texts = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_headline: dict[str, set[int]] = {}
    for r in stances:
        by_headline.setdefault(r["Headline"], set()).add(int(r["Body ID"]))
    for members in by_headline.values():
        first, *rest = sorted(members)
        for other in rest:
            parent[root(other)] = root(first)
    groups: dict[int, set[int]] = {}
    for members in by_headline.values():
        for b in members:
            groups.setdefault(root(b), set()).add(b)
    taken, skipped = 0, 0
    for group in sorted(groups.values(), key=min):
        if skipped < after:
            skipped += len(group)
            continue
        if taken >= bodies:
            break
        taken += len(group)
        for b in sorted(group):
            yield {"text": texts[b], "language": "en", "doc": f"fnc/{b}"}


def _g5_gold_unclustered() -> Iterator[dict[str, Any]]:
    """Giveme5W1H gold-standard articles whose id, URL and opening are in no news cluster."""
    root = DATA / "giveme5w1h"
    clustered = [json.loads(p.read_text(encoding="utf-8"))
                 for p in sorted((root / "news_cluster" / "data").glob("*.json"))]
    seen = {d["dId"] for d in clustered} | {d.get("url") for d in clustered}
    openings = {(d.get("text") or "")[:200] for d in clustered}
    for path in sorted((root / "gold_standard" / "data").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if d["dId"] in seen or d.get("url") in seen or (d.get("text") or "")[:200] in openings:
            continue
        yield {"text": d.get("text") or "", "title": d.get("title"),
               "outlet": d.get("publisher"), "url": d.get("url"),
               "published": (d.get("date_publish") or "")[:10] or None,
               "doc": f"g5gold/{d['dId'][:16]}"}


def rows_for(which: str) -> list[dict[str, Any]]:
    if which == "fresh7":
        return [*_fnc_groups(FNC_ALL, after=FNC_BODIES), *_g5_gold_unclustered()]
    if which == "fresh6":
        return [*_fnc_groups(),
                *_semeval(0, 1000, SEMEVAL_MOSTLY_SAME, SEMEVAL_ROUGHLY_SAME)]
    if which == "fresh5":
        used = {r["doc"] for other in ("dev", "heldout", "fresh", "fresh2", "fresh4")
                for r in rows_for(other) if r["doc"].startswith("cltls/")}
        windows = tuple((lang, topic, FRESH5_FROM, "9999") for lang in ("es", "fr", "it")
                        for topic in ("egypt", "syria"))
        return [*(r for r in _cltls(windows) if r["doc"] not in used),
                *_semeval(*FRESH5_SEMEVAL),
                *_semeval(0, 1000, SEMEVAL_SAME_STORY, SEMEVAL_MOSTLY_SAME), *_ecbplus()]
    if which == "fresh4":
        used = {r["doc"] for other in ("dev", "heldout", "fresh", "fresh2")
                for r in rows_for(other) if r["doc"].startswith("cltls/")}
        windows = tuple((lang, topic, *FRESH4_YEARS) for lang in ("es", "fr", "it")
                        for topic in ("egypt", "syria"))
        return [*(r for r in _cltls(windows) if r["doc"] not in used),
                *_semeval(*FRESH4_SEMEVAL)]
    if which == "fresh3":
        return [*_basil(*FRESH3_BASIL),
                *_giveme5w1h(FRESH3_G5[0], FRESH3_G5[1] - FRESH3_G5[0])]
    if which == "fresh2":
        return [*_cltls(FRESH2_WINDOWS), *_basil(*FRESH2_BASIL),
                *_giveme5w1h(FRESH2_G5[0], FRESH2_G5[1] - FRESH2_G5[0]), *_semeval()]
    if which == "dev":
        return [*_cltls(DEV_WINDOWS), *_basil()]
    if which == "fresh":
        return [*_cltls(FRESH_WINDOWS), *_giveme5w1h(G5_CLUSTERS)]
    return [*_cltls(HELDOUT_WINDOWS), *_giveme5w1h()]
