"""Brief grounding on real corpora: how many brief sentences hold only what their claims hold.

Run: ``.venv/bin/python benchmarks/brief_grounding.py [--cache /tmp/storylens-cltls]
[--lang xx]`` after ``benchmarks/timeline_cltls.py`` (it reuses the analysed CL-TLS reports
cached there: real es/fr/it news, ~1,100 articles).

For every story the brief is rebuilt from the report's claims in the corpus language (or
``--lang``) and counted three ways:
* candidates the verifier passed, of all candidate sentences (its drop rate);
* kept sentences that pass an *independent* check written here, not the verifier: every
  number (digits, thousands separators removed) is in the cited evidence, the cited dates or
  the stated count of sources, and every capitalised word not opening the sentence is in the
  cited evidence, the cited entities' names, the cited outlets/titles or the template;
* stories whose brief opens with a relation or event claim (a central event) rather than
  a figure or quote.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from storylens.brief import grounding_report
from storylens.brief.compose import outlet_name
from storylens.brief.verify import TEMPLATE_WORDS
from storylens.records import Article, BriefSentence, Claim, Entity
from timeline_cltls import claim_from_dict, claims_only

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE = re.compile(r"[“«„\"].+?[”»“\"]")


def _digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}(?!\d))", "", text)))


def _records(report: dict[str, Any]) -> dict[str, Article]:
    return {a["id"]: Article(id=a["id"], source=a["source"], text=a["text"],
                             outlet=a.get("outlet"), title=a.get("title"),
                             language=a.get("language"), duplicate_of=a.get("duplicate_of"))
            for a in report["articles"]}


def independent_check(sentence: BriefSentence, claims: dict[str, Claim],
                      entities: list[Entity], articles: dict[str, Article], lang: str) -> bool:
    """True when every number and capitalised word of the sentence is in what it cites."""
    cited = [claims[i] for i in sentence.claim_ids if i in claims]
    if not cited or not sentence.article_ids:
        return False
    names = {e.id: " ".join([e.name, *e.aliases]) for e in entities}
    pool = " ".join([e.quote for c in cited for e in c.sources]
                    + [e.attributed_to or "" for c in cited for e in c.sources]
                    + [names.get(c.subject or "", "") + " " + names.get(c.object or "", "")
                       for c in cited]
                    + [outlet_name(articles.get(a)) for a in sentence.article_ids])
    text = _QUOTE.sub(" ", sentence.text)
    allowed = _digits(pool) | _digits(" ".join(c.when or "" for c in cited))
    allowed |= {str(c.independent_sources) for c in cited}
    if not _digits(text) <= allowed:
        return False
    template = TEMPLATE_WORDS.get(lang, frozenset())
    folded = pool.casefold()
    for n, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        if n and word[:1].isupper() and word.casefold() not in template \
                and word.casefold() not in folded:
            return False
    return True


def _tally(groups: list[tuple[list[Claim], list[Entity]]], articles: dict[str, Article],
           lang: str) -> list[int]:
    """[stories, candidates, kept, independent ok, event first] over the groups."""
    totals = [0, 0, 0, 0, 0]
    for claims, entities in groups:
        kept, dropped = grounding_report(claims, articles, entities, lang)
        by_id = {c.id: c for c in claims}
        totals[0] += 1
        totals[1] += len(kept) + len(dropped)
        totals[2] += len(kept)
        totals[3] += sum(independent_check(s, by_id, entities, articles, lang) for s in kept)
        if kept and any(by_id[i].kind in ("relation", "event") for i in kept[0].claim_ids):
            totals[4] += 1
    return totals


def _print(name: str, totals: list[int]) -> None:
    stories, cands, kept_n, ok, event = totals
    print(f"{name:16} {stories:>7} {cands:>10} "
          f"{kept_n:>6} ({kept_n / max(1, cands):6.1%}) {ok:>8} ({ok / max(1, kept_n):6.1%})"
          f" {event:>6} ({event / max(1, stories):5.1%})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--lang", default=None)
    parser.add_argument("--claims-only", type=Path, default=None, metavar="CLTLS_DIR",
                        help="no full analysis: each publication day of each CL-TLS folder is "
                        "one story of its articles' extracted claims (no entities)")
    args = parser.parse_args()
    if args.claims_only:
        print(f"{'corpus':16} {'days':>7} {'candidates':>10} {'verifier kept':>14} "
              f"{'independent check':>18} {'opens w/ event':>15}")
        for folder in sorted(p for p in args.claims_only.glob("*/*") if p.name != "reference"):
            lang = args.lang or folder.parent.name
            claims, articles = claims_only(folder, folder.parent.name)
            days: dict[str, list[Claim]] = {}
            for claim in claims:
                day = articles[claim.sources[0].article_id].published or ""
                days.setdefault(day, []).append(claim)
            _print(f"{folder.parent.name}-{folder.name}",
                   _tally([(c, []) for c in days.values()], articles, lang))
        return
    print(f"{'corpus':16} {'stories':>7} {'candidates':>10} {'verifier kept':>14} "
          f"{'independent check':>18} {'opens w/ event':>15}")
    for path in sorted(args.cache.glob("*.report.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        lang = args.lang or path.name.split("-")[0]
        articles = _records(report)
        groups = [([claim_from_dict(c) for c in story["claims"]],
                   [Entity(id=e["id"], name=e["name"], type=e["type"],
                           aliases=e.get("aliases", [])) for e in story["entities"]])
                  for story in report["stories"]]
        _print(path.name.removesuffix(".report.json"), _tally(groups, articles, lang))


if __name__ == "__main__":
    main()
