"""Entity resolution on real shared data: pairwise merge precision and recall.

Run: ``.venv/bin/python benchmarks/entities.py [--data ../shared/data] [--cache DIR]``

The sample (see ``_entities_data``) is 14 stories: CL-TLS es/fr/it x egypt/syria,
five BASIL events (three outlets each), three Giveme5W1H events. Gold labels
(``entities_labels.json``, hashes of surface forms -> cluster id and type, no text) were
written by hand before the new resolver was run on this sample; the protocol is in
docs/benchmarks.md. Three systems run on the same NER mentions: the exact surface string,
the previous resolver (``_entities_previous``) and today's ``merge_entities`` with the
pipeline's place and stop-word data. Pairs are counted within a story, over labelled
mentions ("mentions") and over distinct labelled surface forms ("forms", each form taking
its mentions' most common entity) - the second is the harder one: identical strings count
once. Rows are per language and type, for inspected (development) and held-out stories.

A second sample (``fresh_groups``: 11 more stories, disjoint from the first) is labelled
for people only (``entities_labels_people.json``, written 2026-12-02 before that day's
resolver was run on it; protocol in docs/benchmarks.md, "Issue 10: people"); its rows are
"new ..." and stay out of "all" (only its PER pairs are labelled). A third people-only
sample (``third_groups``: 11 stories, none of the others' articles nor the cross-language
set's; ``entities_labels_people3.json``, written 2026-12-02 in session 4 before that
session's code changes; protocol in docs/benchmarks.md, "Issue 10: people, third sample")
gives the rows "third ...": the held-out people figure of that session. A fourth
people-only sample (``fourth_groups``: 9 stories weighted to es/it, none of any earlier
sample's articles; ``entities_labels_people4.json``, written 2026-12-02 in session 5
before that session's code changes; protocol in docs/benchmarks.md, "Issue 10: people,
fourth sample") gives the rows "fourth ...": the held-out people figure of session 5. A
fifth people-only sample, French and Italian (``fifth_groups``: 4 stories, none of any
earlier sample's articles nor the three cross-language sets'; ``entities_labels_people5.json``,
written 2026-12-02 in session 5b before that session's code changes; protocol in
docs/benchmarks.md, "Issue 10: people, French and Italian") gives the rows "fifth ...". A
sixth people-only sample (``_entities_sixth``: 7 stories, es/fr/it and one BASIL event, none
of any earlier sample's articles; ``entities_labels_people6.json``, written in session 6 before
that session's code changes) gives the rows "sixth ...", and a seventh (``_entities_seventh``:
es/fr/it, one BASIL event and one Giveme5W1H cluster; ``entities_labels_people7.json``, written
in session 7 before that session's code changes) the rows "seventh ...", and an eighth
(``_entities_eighth``, ``entities_labels_people8.json``, session 8) the rows "eighth ...", and
a ninth (``_entities_ninth``, ``entities_labels_people9.json``, session 9) the rows "ninth ...".

Two more figures: "duplicates left" - a gold entity split into several predicted entities
in one story (what a reader sees as the same actor twice), each extra entity classed by
how its most common surface relates to the main one's (a surname / shorter form, an
acronym, or a translation / other spelling); and the missed gold pairs split into those
lost because a mention was left out (junk filter, byline) and those lost to two entities.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _entities_data import (
    analysed_groups,
    fifth_groups,
    fourth_groups,
    surface_id,
    third_groups,
    used_paths,
)
from _entities_eighth import eighth_groups, eighth_used_paths
from _entities_ninth import ninth_groups, ninth_used_paths
from _entities_previous import previous_entities
from _entities_seventh import seventh_groups, seventh_used_paths
from _entities_sixth import sixth_groups, sixth_used_paths
from storylens.config import DEFAULT_LANGUAGES
from storylens.embed import embedders
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.normalise import normal_tokens
from storylens.records import Article, Mention

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data"
# Stories whose errors were read while the rules were revised (after the labels were
# written); every other story is held out and was never inspected.
INSPECTED = frozenset({"cltls-es-egypt", "cltls-fr-egypt", "cltls-it-egypt", "basil-0",
                       "basil-1", "basil-2", "g5w1h-0"})
# Pair counts per slice: [gold-same & predicted-same, predicted-same, gold-same].
Counts = dict[str, list[int]]
# The people-only samples after the first, by the suffix of their group names.
PEOPLE_SAMPLES = ("new", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
System = Callable[[list[Article]], dict[tuple[str, int, int], object]]


def _exact(articles: list[Article]) -> dict[tuple[str, int, int], object]:
    return {(m.article_id, m.start, m.end): m.text for a in articles for m in a.mentions}


def _previous(articles: list[Article]) -> dict[tuple[str, int, int], object]:
    ids = previous_entities(articles)
    return {(m.article_id, m.start, m.end): ids.get(id(m)) for a in articles for m in a.mentions}


def _current(knowledge: EntityKnowledge) -> System:
    def run(articles: list[Article]) -> dict[tuple[str, int, int], object]:
        originals = {a.id: list(a.mentions) for a in articles}
        merge_entities(articles, knowledge)
        out: dict[tuple[str, int, int], object] = {}
        for article in articles:
            for old in originals[article.id]:
                inside = [m for m in article.mentions
                          if m.start >= old.start and m.end <= old.end]
                # A cut span ("X Department Jane Doe"): its longest part stands for it;
                # a span widened to the abbreviation it was cut from ("EE" of "EE.UU.")
                # is the widened one.
                best = max(inside, key=lambda m: m.end - m.start, default=None) or next(
                    (m for m in article.mentions
                     if m.start <= old.start and m.end >= old.end), None)
                out[(old.article_id, old.start, old.end)] = best.entity_id if best else None
        return out
    return run


def _score(labelled: list[tuple[Mention, int, str]], predicted: dict[tuple[str, int, int], object],
           slices: list[str], counts: Counts, typed: list[str]) -> None:
    def pred(m: Mention) -> object:
        return predicted.get((m.article_id, m.start, m.end))

    for (ma, ca, ta), (mb, cb, tb) in itertools.combinations(labelled, 2):
        gold = ca == cb
        pa = pred(ma)
        same = pa is not None and pa == pred(mb)
        if not (gold or same):
            continue
        names = slices + ([f"{prefix} {ta}" for prefix in typed] if ta == tb else [])
        for name in names:
            row = counts.setdefault(name, [0, 0, 0])
            row[0] += gold and same
            row[1] += same
            row[2] += gold
            if gold and not same:  # why a gold pair is missed: a mention left out, or a split
                lost = counts.setdefault(f"lost {name}", [0, 0, 0])
                lost[0 if pa is None or pred(mb) is None else 1] += 1


def _forms(labelled: list[tuple[Mention, int, str]],
           predicted: dict[tuple[str, int, int], object]
           ) -> tuple[list[tuple[Mention, int, str]], dict[tuple[str, int, int], object]]:
    """One unit per distinct surface, predicted as its mentions' most common entity."""
    by_surface: dict[str, list[tuple[Mention, int, str]]] = {}
    for item in labelled:
        by_surface.setdefault(item[0].text, []).append(item)
    units, preds = [], {}
    for items in by_surface.values():
        votes = Counter(predicted.get((m.article_id, m.start, m.end)) for m, _, _ in items)
        units.append(items[0])
        m = items[0][0]
        preds[(m.article_id, m.start, m.end)] = votes.most_common(1)[0][0]
    return units, preds


def _relation(a: str, b: str) -> str:
    """How a reader sees two names of one entity: a surname / shorter form, an acronym,
    or a translation / other spelling."""
    ka, kb = set(normal_tokens(a)), set(normal_tokens(b))
    if ka and kb and (ka < kb or kb < ka):
        return "surname"
    if any(re.sub(r"[.\s]", "", x).isupper() for x in (a, b)):
        return "acronym"
    return "translation"


def _duplicates(labelled: list[tuple[Mention, int, str]],
                predicted: dict[tuple[str, int, int], object], counts: Counts,
                slices: list[str]) -> None:
    """Gold entities left as several predicted entities in one story, by relation.

    Each extra entity a gold entity is split into is one duplicate a reader would see;
    it is classed by its most common surface against the gold entity's largest part."""
    parts: dict[int, dict[object, Counter[str]]] = {}
    for m, cluster, _ in labelled:
        entity = predicted.get((m.article_id, m.start, m.end))
        if entity is not None:
            parts.setdefault(cluster, {}).setdefault(entity, Counter())[m.text] += 1
    for entities in parts.values():
        ranked = sorted(entities.values(), key=lambda c: -sum(c.values()))
        main = ranked[0].most_common(1)[0][0]
        for other in ranked[1:]:
            kind = _relation(main, other.most_common(1)[0][0])
            for name in slices:
                row = counts.setdefault(name, [0, 0, 0])
                row[["surname", "acronym", "translation"].index(kind)] += 1


def evaluate(groups: dict[str, list[Article]], labels: dict[str, dict[str, list[object]]],
             systems: dict[str, System]) -> dict[str, dict[str, Counts]]:
    """Counts per system, per level (mentions / forms), per slice."""
    out: dict[str, dict[str, Counts]] = {
        s: {"mentions": {}, "forms": {}, "junk": {}, "duplicates": {}} for s in systems}
    for group, articles in groups.items():
        gold = labels.get(group, {})
        language = group.split("-")[1] if group.startswith("cltls") else "en"
        split = "inspected" if group in INSPECTED else "held out"
        slices = ["all", f"lang {language}", split, f"{split} {language}"]
        typed = ["type", split]
        for sample in PEOPLE_SAMPLES:  # a people-only sample: its own rows
            if group.endswith(f"-{sample}"):
                slices, typed = [sample, f"{sample} {language}"], [sample]
        for name, system in systems.items():
            docs = copy.deepcopy(articles)
            labelled, junk = [], []
            for m in (m for a in docs for m in a.mentions):
                cluster, kind = gold.get(surface_id(m.text), (None, None))
                if cluster == 0:
                    junk.append(m)
                elif cluster is not None:
                    labelled.append((m, int(str(cluster)), str(kind)))
            predicted = system(docs)
            _score(labelled, predicted, slices, out[name]["mentions"], typed)
            units, preds = _forms(labelled, predicted)
            _score(units, preds, slices, out[name]["forms"], typed)
            _duplicates(labelled, predicted, out[name]["duplicates"], slices)
            row = out[name]["junk"].setdefault("all", [0, 0, 0])
            row[0] += sum(predicted.get((m.article_id, m.start, m.end)) is not None for m in junk)
            row[1] += len(junk)
    return out


def _pr(row: list[int]) -> str:
    tp, pred, gold = row
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return f"{p:.3f} {r:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "storylens-bench")
    parser.add_argument("--ner", action="append", default=[], metavar="LANG=SPEC",
                        help="NER backend for a language, e.g. es=spacy:es_core_news_sm")
    parser.add_argument("--lexicon", action="store_true",
                        help="read simplemma dictionaries (EntityKnowledge lexicon, opt-in)")
    parser.add_argument("--no-given-names", action="store_true",
                        help="run without the given-name list (the optional 'names' extra)")
    parser.add_argument("--no-fresh", action="store_true",
                        help="skip the second, people-only sample (rows 'new ...')")
    parser.add_argument("--no-third", action="store_true",
                        help="skip the third, people-only sample (rows 'third ...')")
    parser.add_argument("--no-fourth", action="store_true",
                        help="skip the fourth, people-only sample (rows 'fourth ...')")
    parser.add_argument("--no-fifth", action="store_true",
                        help="skip the fifth, people-only fr/it sample (rows 'fifth ...')")
    parser.add_argument("--no-sixth", action="store_true",
                        help="skip the sixth, people-only sample (rows 'sixth ...')")
    parser.add_argument("--no-seventh", action="store_true",
                        help="skip the seventh, people-only sample (rows 'seventh ...')")
    parser.add_argument("--no-eighth", action="store_true",
                        help="skip the eighth, people-only sample (rows 'eighth ...')")
    parser.add_argument("--no-ninth", action="store_true",
                        help="skip the ninth, people-only sample (rows 'ninth ...')")
    args = parser.parse_args()
    ner = dict(item.split("=", 1) for item in args.ner)
    labels = json.loads((HERE / "entities_labels.json").read_text("utf-8"))["groups"]
    for extra in ("entities_labels_people.json", "entities_labels_people3.json",
                  "entities_labels_people4.json", "entities_labels_people5.json",
                  "entities_labels_people6.json", "entities_labels_people7.json",
                  "entities_labels_people8.json", "entities_labels_people9.json"):
        labels.update(json.loads((HERE / extra).read_text("utf-8"))["groups"])
    started = time.perf_counter()
    groups = analysed_groups(args.data, args.cache, ner)
    if not args.no_fresh:
        groups.update(analysed_groups(args.data, args.cache, ner, fresh=True))
    if not args.no_third:
        used = used_paths(args.data)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: third_groups(data, used)))
    if not args.no_fourth:
        used4 = used_paths(args.data, through_third=True)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: fourth_groups(data, used4)))
    if not args.no_fifth:
        used5 = used_paths(args.data, through_fourth=True)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: fifth_groups(data, used5)))
    if not args.no_sixth:
        used6 = sixth_used_paths(args.data)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: sixth_groups(data, used6)))
    if not args.no_seventh:
        used7 = seventh_used_paths(args.data)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: seventh_groups(data, used7)))
    if not args.no_eighth:
        used8 = eighth_used_paths(args.data)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: eighth_groups(data, used8)))
    if not args.no_ninth:
        used9 = ninth_used_paths(args.data)
        groups.update(analysed_groups(args.data, args.cache, ner,
                                      sampler=lambda data: ninth_groups(data, used9)))
    knowledge = EntityKnowledge.build(DEFAULT_LANGUAGES, lexicon=args.lexicon,
                                      embedder=embedders.create("use-m3", threads=1))
    if args.no_given_names:
        knowledge.given_names = None
    print(f"{sum(len(a) for a in groups.values())} articles in {len(groups)} stories, "
          f"analysed/loaded in {time.perf_counter() - started:.0f}s; lexicon "
          f"{'on' if args.lexicon else 'off'}; given names "
          f"{'on' if knowledge.given_names else 'off'}")
    systems: dict[str, System] = {"exact string": _exact, "previous": _previous,
                                  "current": _current(knowledge)}
    results = evaluate(groups, labels, systems)
    for level in ("mentions", "forms"):
        print(f"\npairwise precision recall over {level}")
        print(f"{'slice':<14}" + "".join(f"{s:>16}" for s in systems))
        samples = ("inspected", "held out", *PEOPLE_SAMPLES)
        names = sorted(results["current"][level],
                       key=lambda n: (n != "all", n not in samples, n))
        for name in (n for n in names if not n.startswith("lost ")):
            cells = "".join(f"{_pr(results[s][level].get(name, [0, 0, 0])):>16}"
                            for s in systems)
            print(f"{name:<14}{cells}  (gold pairs {results['current'][level][name][2]})")
    print("\nmissed gold pairs over mentions, current: a mention left out (junk, byline) /"
          " two entities")
    for name in (n for n in names if n.startswith("lost ")):
        dropped, split, _ = results["current"]["mentions"][name]
        print(f"  {name[5:]:<14} {dropped:>6} / {split}")
    print("\nduplicates left (a gold entity split into several entities in one story;"
          " extra entities by relation: surname / acronym / translation-or-other)")
    names = sorted({n for s in systems for n in results[s]["duplicates"]},
                   key=lambda n: (n != "all", n not in ("inspected", "held out"), n))
    print(f"{'slice':<14}" + "".join(f"{s:>16}" for s in systems))
    for name in names:
        cells = "".join(
            f"{'{} ({})'.format(sum(row), '/'.join(map(str, row))):>16}"
            for s in systems for row in [results[s]["duplicates"].get(name, [0, 0, 0])])
        print(f"{name:<14}{cells}")
    print("\njunk mentions kept in an entity (of labelled junk):")
    for name in systems:
        kept, total, _ = results[name]["junk"]["all"]
        print(f"  {name:<14} {kept}/{total}")


if __name__ == "__main__":
    main()
