"""Does each 5W rule help on topics it was not found on? Grouped cross-validation.

``.venv/bin/python benchmarks/giveme5w1h_cv.py --cache /tmp/wd/g5s5``

Reads only DEV data (never the HELD-OUT gold answers):

* the Giveme5W1H gold articles of the DEV split (``giveme5w1h.py``: 38 articles, topics
  tram, trump, consulate, china, seattle and one uncategorised article), scored on
  who/what/when/where by the same graded judge;
* **NC-where**: 123 articles of ``news_cluster`` from the 63 events that hold no
  gold-standard article (so no DEV or HELD-OUT gold topic): one article drawn per event
  (seed 5), then a second where the event has one (seed 55). Helper D labelled their
  *where* on 2026-12-02 (session 5) from the title and lead alone, before any storylens
  code ran on them (the second batch after the first had been used). Protocol: the
  place where the title's event happened, in the words the title or lead gives, every
  acceptable variant (the place and the place around it); none when the lead names no
  place of the event (product news, online events, remarks, page junk), and those are
  not scored, as the coders' empty answers are not. ``giveme5w1h_where_labels.json``
  holds ids and offsets only. 64 articles have a place. Their folds are
  the news cluster's categories (world, science, sports, business, entertainment,
  technology).

Each rule of :class:`storylens.claims.five_w_rules.FiveWRules` is flipped on its own
against the defaults. **Folds**: each DEV topic and each NC category in turn is held
out; on the other folds' articles (pooled, the 4W mean of per-question precision; NC
articles count for *where* only) flips are chosen by forward selection (the flip that
raises the score most, while it raises it by more than MIN_GAIN, then the next given
those), and the chosen flips are applied to the held-out fold and scored against the
defaults. A default changes only for a flip chosen in most folds that lowers no
held-out fold.

``--every-answer`` (session 6) scores in Giveme5W1H's own scope, where assessors rated every
answer given: an answer to a question its gold leaves empty scores 0 (NC: *where* of an
article labelled "none"). ``--nc-labels giveme5w1h_where_labels_s6.json --compare RULE ...``
only scores **FRESH-NC** with the defaults and with those flips: 40 more news-cluster
articles, one per event of the 64 events without a gold article (seed 66), none of them in
the first labels, labelled on 2026-12-02 (session 6) by the NC-where protocol before any code
ran on them; 21 have a place. ``--nc-labels`` repeats (session 7): both draws together give
the NC folds 162 articles. ``--among RULE ...`` lets forward selection choose among those
rules only; ``--per-fold RULE ...`` only scores each fold with the defaults and with those
flips, in both scopes (session 7's criterion, docs/benchmarks.md). Parses are memoised
(:class:`MemoParser`): no switch changes a parse.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import giveme5w1h as g5
from storylens import load_settings
from storylens.claims.five_w import FiveWExtractor
from storylens.claims.five_w_rules import FiveWRules
from storylens.claims.syntax import DependencyParser, Token
from storylens.records import Article
from storylens.resources import Resources

NC_DATA = g5.DATA / "news_cluster" / "data"
NC_LABELS = Path(__file__).resolve().parent / "giveme5w1h_where_labels.json"
# A flip must raise the training folds' 4W by more than this (about one answer in 100).
MIN_GAIN = 0.005


@dataclass(slots=True)
class Item:
    """One scored article: its topic (fold), its gold and its analysed article."""

    fold: str
    gold: g5.Gold
    article: Article


def nc_items(cache: Path | None, path: Path = NC_LABELS) -> list[Item]:
    """The NC-where articles, with their labels as gold phrases."""
    labels = json.loads(path.read_text(encoding="utf-8"))
    docs = {}
    for path in NC_DATA.glob("*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        docs[d["dId"]] = d
    rows, golds = [], []
    for label in labels:
        d = docs[label["dId"]]
        rows.append({"text": d["text"], "title": d.get("title"), "outlet": None,
                     "published": (d.get("date_publish") or "")[:10] or None})
        where = [(d.get("title") or "" if side == "title" else d["text"])[start:end]
                 for side, start, end in label["where"]]
        phrases = {"who": [], "what": [], "when": [], "where": where}
        golds.append(g5.Gold(label["dId"], "dev", phrases, [],
                             "nc-" + d["newsCluster"]["Category"]))
    report = g5.pipeline_report(rows, cache / "nc" if cache else None)
    return _items(report, golds, lambda gold: gold.topic)


def dev_items(cache: Path | None) -> list[Item]:
    rows, golds = g5.load_gold(None)
    report = g5.pipeline_report(rows, cache)
    return [i for i in _items(report, golds, lambda gold: gold.topic) if i.gold.split == "dev"]


def _items(report: Any, golds: list[g5.Gold], fold_of: Any) -> list[Item]:
    by_line = {int(a.source.rsplit("#L", 1)[-1]) - 1: a for a in report.articles}
    return [Item(fold_of(gold) if len(fold_of(gold)) < 40 else "other", gold, by_line[n])
            for n, gold in enumerate(golds) if n in by_line]


Scores = dict[tuple[str, str], tuple[float, float]]  # (doc, question) -> (answered, graded)


class MemoParser:
    """Parses each text once: no rule switch changes a parse, so every variant of a run
    reuses the parses of the first (same answers, a fraction of the CPU; session 7)."""

    def __init__(self, parser: DependencyParser) -> None:
        self._parser = parser
        self._seen: dict[str, list[Token]] = {}

    def parse(self, texts: list[str]) -> list[list[Token]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if missing:
            self._seen.update(zip(missing, self._parser.parse(missing), strict=True))
        return [self._seen[t] for t in texts]


_MEMO: dict[str | None, MemoParser | None] = {}


def memo_parser_for(resources: Resources) -> Callable[[str | None], MemoParser | None]:
    def parser_for(language: str | None) -> MemoParser | None:
        if language not in _MEMO:
            parser = resources.parser_for(language)
            _MEMO[language] = MemoParser(parser) if parser is not None else None
        return _MEMO[language]
    return parser_for


def score_rules(resources: Resources, matcher: g5.Matcher, rules: FiveWRules,
                items: list[Item], every_answer: bool = False) -> Scores:
    """Each article's answers scored by the graded judge; with ``every_answer`` (the
    scope of Giveme5W1H's own measure, where assessors rated every answer given), an
    answer to a question its coders or labels leave empty scores 0 instead of not
    counting."""
    extractor = FiveWExtractor(memo_parser_for(resources), resources.entity_knowledge.gazetteer,
                               rules)
    out: Scores = {}
    for item in items:
        found = extractor.extract(item.article)
        replies = {"who": found.who and g5.Reply(found.who.text),
                   "what": found.what and g5.Reply(found.what.text),
                   "when": found.when and g5.Reply(found.when.text, found.when_value),
                   "where": found.where and g5.Reply(found.where.text)}
        for q in g5.QUESTIONS:
            reply = replies[q]
            if not item.gold.phrases[q] and not (q == "when" and item.gold.dates):
                # NC articles are labelled for *where* only; the other questions never count.
                if every_answer and reply is not None and (
                        q == "where" or not item.fold.startswith("nc-")):
                    out[(item.gold.doc, q)] = (1.0, 0.0)
                continue
            out[(item.gold.doc, q)] = (0.0, 0.0) if reply is None else (
                1.0, g5.judge(matcher, q, reply, item.gold)[0])
    return out


def four_w(scores: Scores, docs: Iterable[str]) -> tuple[float, dict[str, float]]:
    """Mean over the questions asked of pooled precision, and each question's precision."""
    wanted = set(docs)
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for (doc, q), (answered, graded) in scores.items():
        if doc in wanted:
            tally[q]["asked"] += 1
            tally[q]["answered"] += answered
            tally[q]["graded"] += graded
    per_q = {q: c["graded"] / c["answered"] for q, c in tally.items() if c["answered"]}
    return (sum(per_q.values()) / len(per_q) if per_q else 0.0), per_q


def forward_selection(base: FiveWRules, train: list[str],
                      scored: Callable[[FiveWRules], Scores],
                      among: list[str] | None = None) -> tuple[FiveWRules, list[str]]:
    """Flips added one at a time, each the one that raises the training folds' score
    most, while that gain exceeds MIN_GAIN; each rule at most once; only rules ``among``
    when given."""
    rules, kept = base, []
    current = four_w(scored(rules), train)[0]
    while True:
        trials = [(four_w(scored(rules.flipped(n)), train)[0], n)
                  for n in among or FiveWRules.names() if n not in kept]
        best, name = max(trials, default=(0.0, ""))
        if not name or best <= current + MIN_GAIN:
            return rules, kept
        rules, current = rules.flipped(name), best
        kept.append(name)


def compare(resources: Resources, matcher: g5.Matcher, items: list[Item],
            flips: list[str]) -> int:
    """NC *where* precision of the defaults and of the defaults with ``flips`` switched, on
    labelled articles only and on every answer given (Giveme5W1H's scope)."""
    variant = FiveWRules()
    for name in flips:
        variant = variant.flipped(name)
    docs = [i.gold.doc for i in items]
    for label, rules in (("defaults", FiveWRules()), ("+ " + ", ".join(flips), variant)):
        for every in (False, True):
            scores = score_rules(resources, matcher, rules, items, every)
            answered = sum(a for (_, q), (a, _) in scores.items() if q == "where")
            print(f"{label:<60} {'every answer' if every else 'labelled only':<14} where "
                  f"{four_w(scores, docs)[1].get('where', 0.0):.3f} ({answered:g} answered)")
    return 0


def per_fold(resources: Resources, matcher: g5.Matcher, items: list[Item],
             flips: list[str]) -> int:
    """Each fold's 4W (NC folds: *where*) with the defaults and with ``flips`` switched, in
    both scopes: the fold-by-fold check of one fixed variant (session 7's criterion). A
    fold's loss in answers' worth = the sum over questions of the precision drop times the
    answers the variant gives (a drop of 0.05 over 20 answers is one answer's worth)."""
    variant = FiveWRules()
    for name in flips:
        variant = variant.flipped(name)
    folds = sorted({i.fold for i in items})
    print(f"variant: {', '.join(flips)}")
    for every in (False, True):
        scope = "every answer" if every else "standard"
        base = score_rules(resources, matcher, FiveWRules(), items, every)
        new = score_rules(resources, matcher, variant, items, every)
        print(f"\n{scope}: fold, n, 4W defaults -> variant, where, loss in answers' worth")
        for fold in [*folds, "ALL"]:
            docs = [i.gold.doc for i in items if fold in (i.fold, "ALL")]
            (before, q_before), (after, q_after) = four_w(base, docs), four_w(new, docs)
            given = Counter(q for (d, q), (a, _) in new.items() if a and d in set(docs))
            loss = sum(max(0.0, q_before.get(q, 0) - q_after.get(q, 0)) * given[q]
                       for q in g5.QUESTIONS)
            print(f"{fold:<18} {len(docs):>3}  {before:.3f} -> {after:.3f}  where "
                  f"{q_before.get('where', 0):.3f} -> {q_after.get('where', 0):.3f}"
                  f" ({given['where']} answers)  loss {loss:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="NC where answers per article")
    parser.add_argument("--every-answer", action="store_true",
                        help="Giveme5W1H's scope: an answer where the gold has none scores 0")
    parser.add_argument("--nc-labels", type=Path, action="append", default=None,
                        help="NC where labels, repeatable (giveme5w1h_where_labels_s6.json: "
                        "session 6's draw; default: session 5's)")
    parser.add_argument("--compare", action="append", default=[], choices=FiveWRules.names(),
                        help="only score the NC articles with the defaults and with these flips")
    parser.add_argument("--per-fold", action="append", default=[], choices=FiveWRules.names(),
                        help="only score each fold with the defaults and with these flips")
    parser.add_argument("--among", action="append", default=None, choices=FiveWRules.names(),
                        help="forward selection chooses among these rules only")
    args = parser.parse_args(argv)
    resources = Resources(load_settings())
    matcher = g5.Matcher()
    nc = [i for path in args.nc_labels or [NC_LABELS] for i in nc_items(args.cache, path)]
    if args.per_fold:
        return per_fold(resources, matcher, dev_items(args.cache) + nc, args.per_fold)
    if args.compare:
        return compare(resources, matcher, nc, args.compare)
    items = dev_items(args.cache) + nc
    base = FiveWRules()
    variants = {"defaults": base} | {f"flip {n}": base.flipped(n) for n in FiveWRules.names()}
    scores = {name: score_rules(resources, matcher, rules, items, args.every_answer)
              for name, rules in variants.items()}
    folds = sorted({i.fold for i in items})
    docs_of = {f: [i.gold.doc for i in items if i.fold == f] for f in folds}
    dev_docs = [i.gold.doc for i in items if not i.fold.startswith("nc-")]
    nc_docs = [i.gold.doc for i in items if i.fold.startswith("nc-")]
    print(f"articles: DEV {len(dev_docs)}, NC-where {len(nc_docs)}; folds: {', '.join(folds)}")
    print(f"\n{'variant':<34} {'DEV 4W':>7} {'who':>5} {'what':>5} {'when':>5} {'where':>5}"
          f" {'NC where':>8}")
    for name, sc in scores.items():
        total, per_q = four_w(sc, dev_docs)
        nc_total, _ = four_w(sc, nc_docs)
        print(f"{name:<34} {total:>7.3f} " + " ".join(
            f"{per_q.get(q, 0):>5.2f}" for q in g5.QUESTIONS) + f" {nc_total:>8.3f}")
    print("\nleave-one-topic-out: flips chosen on the other folds (forward selection), then "
          "scored on the held fold")
    print(f"{'held-out fold':<18} {'n':>3} {'defaults':>9} {'chosen':>7}  flips chosen")
    memo = {base: scores["defaults"]} | {base.flipped(n): scores[f"flip {n}"]
                                         for n in FiveWRules.names()}

    def scored(rules: FiveWRules) -> Scores:
        if rules not in memo:
            memo[rules] = score_rules(resources, matcher, rules, items, args.every_answer)
        return memo[rules]

    held_base, held_kept, chosen_count = [], [], Counter[str]()
    for fold in folds:
        train = [d for f in folds if f != fold for d in docs_of[f]]
        rules, kept = forward_selection(base, train, scored, args.among)
        chosen_count.update(kept)
        before = four_w(scores["defaults"], docs_of[fold])[0]
        after = four_w(scored(rules), docs_of[fold])[0]
        held_base.append((before, len(docs_of[fold])))
        held_kept.append((after, len(docs_of[fold])))
        print(f"{fold:<18} {len(docs_of[fold]):>3} {before:>9.3f} {after:>7.3f}  "
              f"{', '.join(kept) or '-'}")
    weight = sum(n for _, n in held_base)
    print(f"{'mean (by articles)':<18} {weight:>3} "
          f"{sum(v * n for v, n in held_base) / weight:>9.3f} "
          f"{sum(v * n for v, n in held_kept) / weight:>7.3f}")
    print("flips chosen in how many of the", len(folds), "folds:",
          ", ".join(f"{n} {c}" for n, c in chosen_count.most_common()) or "none")
    _, kept = forward_selection(base, dev_docs + nc_docs, scored, args.among)
    print("chosen on all DEV folds together:", ", ".join(kept) or "none")
    if args.show:
        extractor = FiveWExtractor(resources.parser_for, resources.entity_knowledge.gazetteer)
        for item in items:
            if item.fold.startswith("nc-") and item.gold.phrases["where"]:
                found = extractor.extract(item.article)
                answer = found.where.text if found.where else None
                verdict = g5.judge(matcher, "where", g5.Reply(answer), item.gold)[0] \
                    if answer else "-"
                print(f"{item.fold:<18} {verdict!s:<4} {answer!r} <- {item.gold.phrases['where']}"
                      f" | {(item.article.title or '')[:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
