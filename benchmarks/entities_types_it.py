"""Entity types without a NER model: a held-out Italian sample of mentions (issue 10,
2026-12-02, session 7).

Run: ``.venv/bin/python benchmarks/entities_types_it.py [--data ../shared/data]
[--cache DIR] [--dump]``

Sample (drawn before that session's code changed, see docs/benchmarks.md "Issue 10: entity
types without a NER model"): CL-TLS it/egypt and it/syria, TYPE_ARTICLES files per topic,
every k-th by path from offset 7k/16 (an offset no earlier sample used), none of the files of
any earlier entity sample (the six people samples, the four cross-language sets) nor of the
session-6 Italian reader pass (it/syria 2015-08-01 .. 2016-04-30), none over
THIRD_MAX_BYTES. Each topic is one story. The pipeline's Italian name finder (the
capitalisation fallback) runs on them; TYPE_MENTIONS of its raw spans per story are drawn
at random (seed TYPE_SEED) and labelled by reading: PERSON, ORG, LOC (places of any kind)
or OTHER (a name of another kind: an event, a nationality, a work), or "junk" (not a name).
Labels (``entities_types_it_labels.json``) hold the file, the span offsets, a hash of the
surface and the type: no text.

Scored per labelled mention against what ``merge_entities`` makes of it: the entity of the
output mention that overlaps the span most (GPE counts as LOC), or "dropped". Figures:
type accuracy over true names (a dropped name or OTHER for a typed name is an abstention,
a specific wrong type an error), per true type; junk rate (labelled junk among the sampled
spans the code keeps as entities) and junk dropped.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import tempfile
from collections import Counter
from pathlib import Path

from _entities_data import THIRD_MAX_BYTES, Groups, analysed_groups, surface_id
from _entities_sixth import sixth_groups, sixth_used_paths
from _entities_xl_data import fourth_crosslingual_groups
from storylens.config import DEFAULT_LANGUAGES
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.records import Article, RawDocument

TYPE_ARTICLES = 6
TYPE_MENTIONS = 75
TYPE_SEED = 7
# The Italian reader pass of session 6 read every it/syria article of this window.
READ_WINDOW = ("2015-08-01", "2016-04-30")
LABELS = Path(__file__).with_name("entities_types_it_labels.json")
TYPES = ("PERSON", "ORG", "LOC", "OTHER")


def used_by_earlier(data: Path) -> frozenset[str]:
    """Every article path of the earlier entity samples and the session-6 reader pass."""
    used = set(sixth_used_paths(data))
    for groups in (sixth_groups(data, frozenset(used)), fourth_crosslingual_groups(data)):
        used.update(r.source for raws in groups.values() for r in raws)
    for path in (data / "cl-tls" / "it" / "syria").glob("*/*.txt"):
        if READ_WINDOW[0] <= path.parent.name <= READ_WINDOW[1]:
            used.add(str(path))
    return frozenset(used)


def type_groups(data: Path) -> Groups:
    """The sample's raw documents, one story per topic (see the module docstring)."""
    used = used_by_earlier(data)
    groups: Groups = {}
    for topic in ("egypt", "syria"):
        paths = [p for p in sorted((data / "cl-tls" / "it" / topic).glob("*/*.txt"))
                 if str(p) not in used and p.stat().st_size <= THIRD_MAX_BYTES]
        step = max(1, len(paths) // TYPE_ARTICLES)
        picked = paths[7 * step // 16::step][:TYPE_ARTICLES]
        groups[f"it-{topic}-types"] = [
            RawDocument(str(p), "text", p.read_text("utf-8", errors="replace"),
                        published=p.parent.name, language_hint="it") for p in picked]
    return groups


def drawn(groups: dict[str, list[Article]]) -> list[tuple[str, Article, int, int]]:
    """TYPE_MENTIONS raw spans per story, at random (seed TYPE_SEED), in text order."""
    rng = random.Random(TYPE_SEED)
    out = []
    for name, articles in sorted(groups.items()):
        spans = [(name, a, m.start, m.end) for a in articles for m in a.mentions]
        picked = rng.sample(range(len(spans)), min(TYPE_MENTIONS, len(spans)))
        out.extend(spans[i] for i in sorted(picked))
    return out


def _truth(label: str) -> str:
    return "LOC" if label == "GPE" else label


def predicted(articles: list[Article], knowledge: EntityKnowledge
              ) -> dict[tuple[str, int, int], str]:
    """Output type per raw span (article source, start, end): the entity type of the kept
    mention overlapping it most, "dropped" when none."""
    raw = {a.id: [(m.start, m.end) for m in a.mentions] for a in articles}
    copies = copy.deepcopy(articles)
    entities = merge_entities(copies, knowledge)
    types = {e.id: e.type for e in entities}
    out: dict[tuple[str, int, int], str] = {}
    for article in copies:
        kept = [m for m in article.mentions if m.entity_id in types]
        for start, end in raw[article.id]:
            best = max(kept, key=lambda m: min(end, m.end) - max(start, m.start), default=None)
            if best is None or min(end, best.end) <= max(start, best.start):
                out[(article.source, start, end)] = "dropped"
            else:
                out[(article.source, start, end)] = _truth(types[best.entity_id or ""])
    return out


def score(labels: list[dict[str, object]], output: dict[tuple[str, int, int], str]
          ) -> dict[str, object]:
    """Type accuracy over true names (overall and per type) and junk figures."""
    per: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    junk = Counter[str]()
    for row in labels:
        got = output[(str(row["source"]), int(str(row["start"])), int(str(row["end"])))]
        truth = str(row["type"])
        if truth == "junk":
            junk["kept" if got != "dropped" else "dropped"] += 1
            continue
        outcome = "right" if got == truth else "abstain" if got in ("dropped", "OTHER") \
            else "wrong"
        per[truth][outcome] += 1
    total = sum(per.values(), Counter())
    names = sum(total.values())
    kept_names = sum(1 for row in labels if row["type"] != "junk" and output[
        (str(row["source"]), int(str(row["start"])), int(str(row["end"])))] != "dropped")
    kept = junk["kept"] + kept_names
    return {
        "names": names, "right": total["right"], "wrong": total["wrong"],
        "abstain": total["abstain"],
        "accuracy": round(total["right"] / names, 3) if names else None,
        "per_type": {t: dict(c) for t, c in per.items()},
        "junk": dict(junk), "kept": kept,
        "junk_rate": round(junk["kept"] / kept, 3) if kept else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "storylens-types-it")
    parser.add_argument("--dump", action="store_true",
                        help="print the drawn spans with context, for labelling")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    groups = analysed_groups(args.data, args.cache, sampler=type_groups)
    spans = drawn(groups)
    if args.dump:
        for n, (name, article, start, end) in enumerate(spans):
            left = article.text[max(0, start - 70):start].replace("\n", " ")
            right = article.text[end:end + 50].replace("\n", " ")
            print(f"{n}\t{name}\t{article.source}\t{start}\t{end}\t"
                  f"{left}[[{article.text[start:end]}]]{right}")
        return
    labels = json.loads(LABELS.read_text("utf-8"))["mentions"]
    by_span = {(name, a.source, s, e): a.text[s:e] for name, a, s, e in spans}
    for row in labels:  # the file must describe these very spans
        text = by_span[(row["story"], row["source"], row["start"], row["end"])]
        assert surface_id(text) == row["surface"], row
    knowledge = EntityKnowledge.build(DEFAULT_LANGUAGES)
    output: dict[tuple[str, int, int], str] = {}
    for articles in groups.values():
        output.update(predicted(articles, knowledge))
    print(json.dumps(score(labels, output), indent=1))


if __name__ == "__main__":
    main()
