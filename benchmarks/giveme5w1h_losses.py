"""Where the 5W stage loses its points: per question, per article kind, per cause (DEV only).

``.venv/bin/python benchmarks/giveme5w1h_losses.py --cache /tmp/c/s7/g5 [--flip RULE ...]
[--show]``

Reads the development data of ``giveme5w1h_cv.py`` only (DEV gold topics; NC-where, both
draws), never HELD-OUT. For each article kind (a DEV gold topic, an NC category) and question:
*asked* (the gold has an answer), *answered* of those, *points* (graded judge), *lost* on
answers given (answered - points), *missing* (asked, not answered) and *no-gold* answers
(given where the gold has none: 0 on Giveme5W1H's own scope, where every answer is rated).
NC articles are labelled for *where* only.

Causes, read off the stage itself (no label needed):

* *where* by the rule that produced the answer: ``title`` (a place the title names),
  ``lead-locative`` (a lead place after "in", "near" ...), ``lead-unattached`` (a lead place
  with no such word), ``fallback`` (an attached place further down the article, when no lead
  place is attached); found by re-running the stage with the fallback off, and with it off
  and unattached places refused;
* *who* by whether the answer holds a person or organisation the NER stage found (``named``)
  or is a common noun phrase (``unnamed``: victims, a blast, a well), and whether it comes
  from the title.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import giveme5w1h as g5
import giveme5w1h_cv as cv
from storylens import load_settings
from storylens.claims.five_w import FiveWExtractor
from storylens.claims.five_w_rules import FiveWRules
from storylens.records import Answer, Article, FiveW
from storylens.resources import Resources

NC_DRAWS = (cv.NC_LABELS, cv.NC_LABELS.parent / "giveme5w1h_where_labels_s6.json")
_PEOPLE = frozenset({"PERSON", "PER", "ORG"})


def where_source(found: FiveW, no_fallback: FiveW, attached_only: FiveW) -> str:
    """Which rule gave the *where* answer (see the module docstring)."""
    answer = found.where
    if answer is None:
        return "none"
    if attached_only.where is not None and attached_only.where.text == answer.text:
        return "title" if answer.in_title else "lead-locative"
    if no_fallback.where is not None and no_fallback.where.text == answer.text:
        return "lead-unattached"
    return "fallback"


def who_cause(article: Article, who: Answer) -> str:
    names = {m.text.casefold() for m in article.mentions if m.label in _PEOPLE}
    named = any(n in who.text.casefold() for n in names)
    return ("named" if named else "unnamed") + (" title" if who.in_title else " lead")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--flip", action="append", default=[], choices=FiveWRules.names())
    parser.add_argument("--show", action="store_true", help="each answer with its cause")
    args = parser.parse_args(argv)
    rules = FiveWRules()
    for name in args.flip:
        rules = rules.flipped(name)
    resources, matcher = Resources(load_settings()), g5.Matcher()
    gazetteer = resources.entity_knowledge.gazetteer

    def extractor(r: FiveWRules) -> FiveWExtractor:
        return FiveWExtractor(resources.parser_for, gazetteer, r)

    stage = extractor(rules)
    no_fallback = extractor(rules.flipped("article_places_fallback")
                            if rules.article_places_fallback else rules)
    attached = no_fallback.rules if no_fallback.rules.abstain_unattached_where \
        else no_fallback.rules.flipped("abstain_unattached_where")
    attached_only = extractor(attached)
    items = cv.dev_items(args.cache) + [i for p in NC_DRAWS for i in cv.nc_items(args.cache, p)]
    # Counters of points (float) as well as counts.
    table: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    causes: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        found = stage.extract(item.article)
        nc = item.fold.startswith("nc-")
        kind = item.fold if nc else "gold-" + item.fold
        for q in g5.QUESTIONS if not nc else ("where",):
            answer: Answer | None = getattr(found, q)
            asked = bool(item.gold.phrases[q]) or (q == "when" and bool(item.gold.dates))
            score = g5.judge(matcher, q, g5.Reply(answer.text, found.when_value if q == "when"
                                                  else None), item.gold)[0] \
                if answer is not None and asked else 0.0
            if q == "where":
                cause = where_source(found, no_fallback.extract(item.article),
                                     attached_only.extract(item.article))
            elif q == "who" and answer is not None:
                cause = who_cause(item.article, answer)
            else:
                cause = ""
            for key in ((kind, q), ("ALL", q)):
                c = table[key]
                c["asked"] += asked
                c["answered"] += asked and answer is not None
                c["points"] += score
                c["missing"] += asked and answer is None
                c["no-gold"] += not asked and answer is not None
            if cause and answer is not None:
                causes[("ALL", q)][cause + (" no-gold" if not asked else "")] += 1
                causes[("ALL", q)][cause + " lost"] += (1 - score) if asked else 0
            if args.show:
                print(f"{kind:<18} {q:<5} {cause:<16} {score if asked else 'no-gold'!s:<7} "
                      f"{answer.text if answer else None!r} | {(item.article.title or '')[:60]}")
    print(f"{'kind':<18} {'q':<5} {'asked':>5} {'answ':>5} {'points':>6} {'lost':>5} "
          f"{'miss':>4} {'nogold':>6} {'prec':>5} {'every-answer prec':>17}")
    for (kind, q), c in sorted(table.items()):
        given = c["answered"] + c["no-gold"]
        print(f"{kind:<18} {q:<5} {c['asked']:>5g} {c['answered']:>5g} {c['points']:>6.1f} "
              f"{c['answered'] - c['points']:>5.1f} {c['missing']:>4g} {c['no-gold']:>6g} "
              f"{c['points'] / max(1, c['answered']):>5.2f} {c['points'] / max(1, given):>17.2f}")
    print("\ncauses (answers given; 'lost' = points lost on scored answers, 'no-gold' = answers "
          "where the gold has none)")
    for (_, q), c in sorted(causes.items()):
        print(f"  {q}: " + "; ".join(f"{k} {v:g}" for k, v in sorted(c.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
