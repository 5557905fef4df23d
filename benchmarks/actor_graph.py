"""Actor graph on real news: how many stories get a typed edge, and are the edges right?

Run: ``.venv/bin/python benchmarks/actor_graph.py [--limit 40] [--cache /tmp/storylens-cltls]
[--list N] [--no-parse] [--reports PATH ...]``

``--no-parse`` reads every language with the word-order patterns (the graph before session
7); by default English and French sentences are read from the NER model's dependency parse
(``Settings.graph_parse``). The CPU time of the sentence reading (parse included, models
warmed first) is printed, so the two can be run one after the other and compared.
``--limit 0`` reads whole folders; ``--topics ''`` none.

The real sample: ``--limit`` articles of each CL-TLS folder (es, fr, it × egypt, syria;
spread evenly over the folder's dates) and ``--english`` articles of Giveme5W1H's news
clusters (en, political news of 2017), each set analysed by the full pipeline (cached
reports, see ``timeline_cltls.analysed``). The relations are rebuilt from each report
with the current code, and printed beside the previous graph (relation claims only: the
meetings), in the same run:

* stories with at least one edge, and with at least one typed edge other than "meets";
* edges per type and status;
* precision on a hand-labelled set (``actor_graph_labels.json``: ids, offsets, labels).

Labelling protocol (done once, before any cue was changed after the first run): the first
30 edge spans in ``--list`` order were read in context by one annotator; an edge is
"right" when the sentence states that the agent does that relation to the patient (the
right direction, not negated, not hypothetical, the canonical entities the right ones),
"wrong" otherwise. The labels file holds the edge key (story, source, type, target,
article, start, end) and the label only, never text.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from storylens import Pipeline, load_settings
from storylens.actors import ParserFor, build_relations
from storylens.records import Article, Entity, Mention, Relation, to_dict
from storylens.resources import Resources
from storylens.sentences import segment_article
from timeline_cltls import DEFAULT_DATA, analysed, claim_from_dict

LABELS = Path(__file__).with_name("actor_graph_labels.json")
GIVEME = DEFAULT_DATA.parent / "giveme5w1h" / "news_cluster" / "data"


def english(limit: int, cache: Path) -> dict[str, Any]:
    """The pipeline's report on ``limit`` Giveme5W1H news-cluster articles (cached)."""
    target = cache / f"en-giveme-{limit}.report.json"
    if target.exists():
        return dict(json.loads(target.read_text(encoding="utf-8")))
    jsonl = cache / f"en-giveme-{limit}.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for path in sorted(GIVEME.glob("*.json"))[:limit]:
            page = json.loads(path.read_text(encoding="utf-8"))
            out.write(json.dumps({"text": page.get("text") or "", "title": page.get("title"),
                                  "published": (page.get("date_publish") or "")[:10] or None,
                                  "outlet": page.get("source_domain"), "language": "en"}) + "\n")
    settings = dataclasses.replace(load_settings(), output_language="en")
    report = to_dict(Pipeline(settings).run([jsonl]))
    target.write_text(json.dumps(report), encoding="utf-8")
    return dict(report)


def rebuilt(report: dict[str, Any], parser_for: ParserFor | None = None,
            timing: Counter[str] | None = None,
            ) -> list[tuple[str, list[Relation], list[Relation]]]:
    """Per story: (id, relations from claims only, relations now); ``timing`` gets the CPU
    seconds of the sentence reading ("now"), parse included."""
    articles = {a["id"]: segment_article(Article(
        id=a["id"], source=a["source"], text=a["text"], language=a["language"],
        published=a.get("published"), duplicate_of=a.get("duplicate_of")))
        for a in report["articles"]}
    out = []
    for story in report["stories"]:
        entities = [Entity(id=e["id"], name=e["name"], type=e["type"],
                           aliases=list(e.get("aliases", [])),
                           mentions=[Mention(**m) for m in e.get("mentions", [])])
                    for e in story["entities"]]
        claims = [claim_from_dict(c) for c in story["claims"]]
        before = build_relations(claims, entities)
        started = time.process_time()
        now = build_relations(claims, entities, articles, parser_for)
        if timing is not None:
            timing["cpu"] += time.process_time() - started
        out.append((story["id"], before, now))
    return out


def edge_keys(story_id: str, relation: Relation) -> list[str]:
    return [f"{story_id}|{relation.source}|{relation.type}|{relation.target}|"
            f"{e.article_id}|{e.start}|{e.end}" for e in relation.evidence]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--langs", default="es,fr,it")
    parser.add_argument("--topics", default="egypt,syria", help="'' for none")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--english", type=int, default=120,
                        help="Giveme5W1H articles (0: none)")
    parser.add_argument("--list", type=int, default=0, help="print N edge spans to label")
    parser.add_argument("--reports", type=Path, nargs="*", default=[],
                        help="more cached pipeline reports to read (English)")
    parser.add_argument("--no-parse", action="store_true",
                        help="read every language with the word-order patterns (the old way)")
    args = parser.parse_args()
    parser_for = None if args.no_parse else Resources(load_settings()).graph_parser
    timing: Counter[str] = Counter()
    for lang in ("en", "fr"):  # models loaded and warm before any timing
        warm = parser_for(lang) if parser_for is not None else None
        if warm is not None:
            warm.parse(["A first sentence to parse."])
    largest: list[tuple[int, int]] = []
    args.cache.mkdir(parents=True, exist_ok=True)
    labels: dict[str, str] = json.loads(LABELS.read_text()) if LABELS.exists() else {}
    stories = before_any = now_any = now_typed = 0
    types: Counter[tuple[str, str]] = Counter()
    judged: Counter[str] = Counter()
    per_lang: Counter[str] = Counter()
    listed = 0
    samples = [(lang, lambda lang=lang, topic=topic: analysed(
        args.data / lang / topic, lang, args.cache, args.limit))
        for lang in args.langs.split(",") for topic in args.topics.split(",") if topic]
    if args.english:
        samples.insert(0, ("en", lambda: english(args.english, args.cache)))
    samples += [("en", lambda path=path: dict(json.loads(path.read_text(encoding="utf-8"))))
                for path in args.reports]
    for lang, load in samples:
        report = load()
        texts = {a["id"]: a["text"] for a in report["articles"]}
        sizes = {s["id"]: len(s["article_ids"]) for s in report["stories"]}
        for story_id, before, now in rebuilt(report, parser_for, timing):
            largest.append((sizes[story_id], len(now)))
            stories += 1
            before_any += bool(before)
            now_any += bool(now)
            now_typed += any(r.type != "meets" for r in now)
            for relation in now:
                types[(relation.type, relation.status)] += 1
                per_lang[lang] += 1
                for key, span in zip(edge_keys(story_id, relation), relation.evidence,
                                     strict=True):
                    if key in labels:
                        judged[labels[key]] += 1
                    if listed < args.list:
                        listed += 1
                        text = texts[span.article_id]
                        context = text[max(0, span.start - 120):span.end + 80]
                        print(f"{key}\t{lang}\t{relation.type}\t{context!r}")
    print(f"stories: {stories}; with an edge: claims only (before) {before_any}, "
          f"now {now_any}; with a typed edge other than meets: {now_typed}")
    big = sorted(largest, reverse=True)[:3]
    print(f"edges: {sum(n for _, n in largest)}; largest stories (articles, edges): {big}; "
          f"sentence reading CPU {timing['cpu']:.2f} s")
    print("edges per language: " + ", ".join(f"{k} {n}" for k, n in sorted(per_lang.items())))
    for (kind, status), n in sorted(types.items()):
        print(f"  {kind:10} {status:14} {n}")
    total = sum(judged.values())
    if total:
        print(f"hand-labelled edge spans: {total}, right {judged['right']} "
              f"({judged['right'] / total:.0%}), wrong {judged['wrong']}")


if __name__ == "__main__":
    main()
