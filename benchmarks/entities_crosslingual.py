"""Entity resolution across languages: one story written in es, fr and it.

Run: ``.venv/bin/python benchmarks/entities_crosslingual.py [--data ../shared/data]
[--cache DIR]``

Why: the monolingual benchmark (``entities.py``) has one language per story, so a merge
across languages ("Frères musulmans" / "Fratelli Musulmani", "ONU" / "Nazioni Unite")
can never be right or wrong there. Here CL-TLS articles of the same days in the three
languages are pooled into one story each (``_entities_xl_data``: three stories, 32
articles) and analysed as the pipeline does.

Labelling protocol (done before any new resolver code was run on these stories): the
stories were analysed once, their distinct mention surfaces listed with count, NER labels
and languages, and these were labelled by hand: (a) every surface seen at least twice in
the pooled story, (b) every surface the NER typed ORG, (c) every multi-word surface of an
es or it article (the es/it NER types almost nothing ORG, so their organisations are
otherwise singletons nobody labels). Each got a cluster per real-world referent and a type
(PER / LOC / ORG / OTHER) or "not a name" (site furniture, fragments such as "Forze" of
"Forze armate", capitalised common nouns such as "Estado"), decided from world knowledge,
the surface list and a look at the sentence when the surface alone was ambiguous, never
from a resolver's output. Decisions as in the monolingual set: a demonym ("Égyptiens") is
its own cluster; a metonym ("Washington", "Maison-Blanche") is apart from the state; short
forms that name the body in context ("Les Frères", "Hermandad") are the body; the army,
"Ejército" / "Fuerzas Armadas" / "Forze Armate", is one referent. 393 surfaces; the file
``entities_xl_labels.json`` holds sha1 hashes of surfaces, cluster ids and types only.
``xl-egypt-2013-07`` is the development story (its errors were read); the other two are
held out and were never inspected. Single annotator; singletons outside (b)/(c) unlabelled.

Second set (``--fresh``, 2026-12-02 session 4): three more pooled stories of other months
(``_entities_xl_data.fresh_crosslingual_groups``), labelled by the same protocol before
that session's code ran on them, all held out; labels in ``entities_xl2_labels.json``.

Third set (``--third``, 2026-12-02 session 5): three pooled stories of months rich in
bodies (egypt 2012-11/12: the constitutional declaration and the courts; syria 2012-07 and
2012-02: the Security Council, the Arab League, the armies), three articles per language,
none in any other entity sample (``_entities_xl_data.third_crosslingual_groups``).
Labelled by the same protocol, before that session changed any code and before any
resolver output on it was looked at; all held out. Labels in ``entities_xl3_labels.json``.

Fourth set (``--fourth``, 2026-12-02 session 6): three pooled stories of months no other
entity set draws from (egypt 2011-11 to 2012-03, syria 2011-11/12, syria 2012-03 to
2012-05), three articles per language, none in any other entity sample
(``_entities_xl_data.fourth_crosslingual_groups``). Labelled by the same protocol before
that session changed any code or ran the resolver on it; all held out. Labels in
``entities_xl4_labels.json``.

Fifth set (``--fifth``, 2026-12-02 session 7): egypt 2013-01 to 2013-05, syria 2012-09 to
2012-12 and syria 2013-07/08, same rules, none of the paths of any earlier entity sample
(``_entities_xl5.fifth_crosslingual_groups``). Labelled by the same protocol before that
session changed any code or ran the resolver on it; all held out. Labels in
``entities_xl5_labels.json``.

Sixth set (``--sixth``, 2026-12-02 session 8): syria 2011-03 to 2011-05, 2011-06 to
2011-10, 2012-06 and 2013-01 to 2013-04 (egypt has no unused Italian article of an
unlabelled period left), same rules, none of the paths of any earlier entity sample
(``_entities_xl6.sixth_crosslingual_groups``). Labelled by the same protocol before that
session changed any code or ran the resolver on it; all held out. Labels in
``entities_xl6_labels.json``.

Seventh set (``--seventh``, 2026-12-03 session 9): fr/it syria 2013-05/06 (after the four
files per language session 6's spot check could have read), es/it syria 2013-10..12,
2014-03..2015-06 and 2016-05..2017-01 (French syria ends in 2013-09), same rules, none of
the paths of any earlier entity sample (``_entities_xl7.seventh_crosslingual_groups``).
Labelled by the same protocol before that session changed any code or ran the resolver on
it; all held out. Labels in ``entities_xl7_labels.json``.

Figures: pairwise precision / recall over labelled mentions within a story, by slice: all;
inspected / held out; type; and by language pair - "within xx" for two mentions of one
language, "across xx-yy" for two languages (the cross-language figure this set exists
for). Same systems as ``entities.py``: exact string, the previous resolver, the current
``merge_entities``, in the same run. "duplicates left" as in ``entities.py``.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import time
from pathlib import Path

from _entities_data import analysed_groups, surface_id
from _entities_xl5 import fifth_crosslingual_groups
from _entities_xl6 import sixth_crosslingual_groups
from _entities_xl7 import seventh_crosslingual_groups
from _entities_xl_data import (
    crosslingual_groups,
    fourth_crosslingual_groups,
    fresh_crosslingual_groups,
    third_crosslingual_groups,
)
from entities import DATA, HERE, Counts, System, _current, _duplicates, _exact, _pr, _previous
from storylens.config import DEFAULT_LANGUAGES
from storylens.embed import embedders
from storylens.entities.knowledge import EntityKnowledge
from storylens.records import Article, Mention

INSPECTED = frozenset({"xl-egypt-2013-07"})
# Each set's flag -> its labels and its sampler (no flag: the first set).
SETS = {"seventh": ("entities_xl7_labels.json", seventh_crosslingual_groups),
        "sixth": ("entities_xl6_labels.json", sixth_crosslingual_groups),
        "fifth": ("entities_xl5_labels.json", fifth_crosslingual_groups),
        "fourth": ("entities_xl4_labels.json", fourth_crosslingual_groups),
        "third": ("entities_xl3_labels.json", third_crosslingual_groups),
        "fresh": ("entities_xl2_labels.json", fresh_crosslingual_groups),
        "first": ("entities_xl_labels.json", crosslingual_groups)}


def _slices(split: str, a: tuple[Mention, int, str, str],
            b: tuple[Mention, int, str, str]) -> list[str]:
    la, lb = sorted((a[3], b[3]))
    pair = f"within {la}" if la == lb else f"across {la}-{lb}"
    names = ["all", split, pair, f"{split} {pair.split()[0]}"]
    if la != lb:
        names.append("across (all pairs)")
    if a[2] == b[2]:
        names += [f"type {a[2]}", f"{pair.split()[0]} {a[2]}"]
        names += [f"lang {lang} {a[2]}" for lang in sorted({la, lb})]
    return names


def _score(labelled: list[tuple[Mention, int, str, str]],
           predicted: dict[tuple[str, int, int], object], split: str, counts: Counts) -> None:
    def pred(m: Mention) -> object:
        return predicted.get((m.article_id, m.start, m.end))

    for a, b in itertools.combinations(labelled, 2):
        gold = a[1] == b[1]
        pa = pred(a[0])
        same = pa is not None and pa == pred(b[0])
        if not (gold or same):
            continue
        for name in _slices(split, a, b):
            row = counts.setdefault(name, [0, 0, 0])
            row[0] += gold and same
            row[1] += same
            row[2] += gold


def evaluate(groups: dict[str, list[Article]], labels: dict[str, dict[str, list[object]]],
             systems: dict[str, System]) -> dict[str, dict[str, Counts]]:
    out: dict[str, dict[str, Counts]] = {
        s: {"pairs": {}, "duplicates": {}, "junk": {}} for s in systems}
    for group, articles in groups.items():
        gold = labels.get(group, {})
        split = "inspected" if group in INSPECTED else "held out"
        for name, system in systems.items():
            docs = copy.deepcopy(articles)
            language = {a.id: a.language or "?" for a in docs}
            labelled, junk = [], []
            for m in (m for a in docs for m in a.mentions):
                cluster, kind = gold.get(surface_id(m.text), (None, None))
                if cluster:
                    labelled.append((m, int(str(cluster)), str(kind),
                                     language[m.article_id]))
                elif cluster == 0:
                    junk.append(m)
            predicted = system(docs)
            row = out[name]["junk"].setdefault(split, [0, 0, 0])
            row[0] += sum(predicted.get((m.article_id, m.start, m.end)) is not None for m in junk)
            row[1] += len(junk)
            _score(labelled, predicted, split, out[name]["pairs"])
            _duplicates([(m, c, t) for m, c, t, _ in labelled], predicted,
                        out[name]["duplicates"], ["all", split])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-bench-xl"))
    parser.add_argument("--fresh", action="store_true",
                        help="the second set (entities_xl2_labels.json), all held out")
    parser.add_argument("--third", action="store_true",
                        help="the third set (entities_xl3_labels.json), all held out")
    parser.add_argument("--fourth", action="store_true",
                        help="the fourth set (entities_xl4_labels.json), all held out")
    parser.add_argument("--fifth", action="store_true",
                        help="the fifth set (entities_xl5_labels.json), all held out")
    parser.add_argument("--sixth", action="store_true",
                        help="the sixth set (entities_xl6_labels.json), all held out")
    parser.add_argument("--seventh", action="store_true",
                        help="the seventh set (entities_xl7_labels.json), all held out")
    args = parser.parse_args()
    chosen = [flag for flag in SETS if getattr(args, flag, False)]
    labels_file, sampler = SETS[chosen[0] if chosen else "first"]
    labels = json.loads((HERE / labels_file).read_text("utf-8"))["groups"]
    started = time.perf_counter()
    groups = analysed_groups(args.data, args.cache, None, sampler=sampler)
    knowledge = EntityKnowledge.build(DEFAULT_LANGUAGES,
                                      embedder=embedders.create("use-m3", threads=1))
    print(f"{sum(len(a) for a in groups.values())} articles in {len(groups)} pooled stories, "
          f"analysed/loaded in {time.perf_counter() - started:.0f}s")
    systems: dict[str, System] = {"exact string": _exact, "previous": _previous,
                                  "current": _current(knowledge)}
    results = evaluate(groups, labels, systems)
    print("\npairwise precision recall over labelled mentions")
    print(f"{'slice':<22}" + "".join(f"{s:>16}" for s in systems))
    order = ("all", "inspected", "held out", "across (all pairs)")
    names = sorted(results["current"]["pairs"],
                   key=lambda n: (n not in order, order.index(n) if n in order else 0, n))
    for name in names:
        cells = "".join(f"{_pr(results[s]['pairs'].get(name, [0, 0, 0])):>16}"
                        for s in systems)
        print(f"{name:<22}{cells}  (gold pairs {results['current']['pairs'][name][2]})")
    print("\nduplicates left (surname / acronym / translation-or-other)")
    for name in ("all", "inspected", "held out"):
        cells = "".join(
            f"{'{} ({})'.format(sum(row), '/'.join(map(str, row))):>16}"
            for s in systems for row in [results[s]["duplicates"].get(name, [0, 0, 0])])
        print(f"{name:<22}{cells}")
    print("\nlabelled junk mentions kept in an entity")
    for name in ("inspected", "held out"):
        cells = "".join(f"{'{}/{}'.format(*results[s]['junk'].get(name, [0, 0])[:2]):>16}"
                        for s in systems)
        print(f"{name:<22}{cells}")


if __name__ == "__main__":
    main()
