"""Giveme5W1H's own measure beside ours: a person rates each answer 0 / 1 / 2.

How the tool measured its 0.82 (checked 2026-12-02, session 6, with the ``search`` tool):

* Hamborg, Breitinger and Gipp, "Giveme5W1H: A Universal System for Extracting Main Events
  from News Articles" (INRA workshop at RecSys 2019, CEUR-WS Vol-2554 paper 6; arXiv
  1909.02766), abstract: "an expert evaluation with three assessors and 120 articles ...
  overall precision of p=0.73, and p=0.82 for answering the first four W questions".
* The tool's repository (fhamborg/Giveme5W1H), ``Giveme5W1H/examples/evaluation/
  evaluation.py`` and its ratings file ``evaluation_data_how.csv``: one row per article and
  question with the tool's top answer and three coders' ratings, 0 (not relevant), 1
  (partially relevant) or 2 (relevant), read as 0 / 0.5 / 1; "generalized precision" GP =
  the sum of all ratings over three times the rated answers, per question (one file per
  question) and per category. The rated articles are a sample of the BBC News data set
  (``examples/datasets/bbc/create_sample.py``: 12 articles from each of business,
  entertainment, politics, sport, tech; the ``how`` file holds 60).
* Not verified (full text of the 2019 paper not reachable here): that its 120 articles are
  a larger draw of the same BBC sample, and whether "the first four W" is the mean of the
  four question GPs or GP pooled over their ratings (the same when every article has an
  answer to each question).

So the paper's figure is a person's judgement of the system's own answer in its article,
with no reference phrase, on other articles (BBC, five categories), averaged over three
raters. ``giveme5w1h.py``'s graded judge instead compares the answer's words with the
coders' agreed phrases, which is stricter for a right answer in other words ("were killed"
against "Several dead and dozens injured after tram overturns" scores 0) and more lenient
in one way: articles whose coders found no answer to a question are not scored, while an
assessor rates any answer given.

**Protocol of ``giveme5w1h_ratings.json``** (session 6, one rater, helper i): for each
article of a split, the answers of the storylens 5W stage and of the first-sentence
baseline were pooled, deduplicated by their words, shuffled and listed with the article's
title, publication date and first five sentences, without the system's name, the coders'
phrases or any score. Each was rated on the tool's scale for the article's main event as
its title and lead state it: 2 relevant (answers the question; a shortened name such as
"Mazar" counts), 1 partially relevant (true but too broad, "Afghanistan" for a city; only
part of the answer, "died" for a derailment that killed people; a side event; right words
with a stray word or page chrome), 0 not relevant (wrong, another event, page junk). Every
answer counts, also where the coders found none. The file holds ids and a hash of the
answer's words only (no text). DEV was rated while this session's DEV work was going on;
HELD-OUT was rated once, after the code was final, and no code changed after. Later
ratings are added blind by ``giveme5w1h_rate.py`` (session 7: one HELD-OUT answer).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

RATINGS = Path(__file__).resolve().parent / "giveme5w1h_ratings.json"
QUESTIONS = ("who", "what", "when", "where")


def answer_key(doc: str, question: str, text: str) -> tuple[str, str, str]:
    return doc, question, hashlib.sha1(text.encode()).hexdigest()[:16]


class Assessor:
    """Tallies the stored ratings of the answers a run gives (unrated ones are counted)."""

    def __init__(self, path: Path = RATINGS) -> None:
        rows = json.loads(path.read_text(encoding="utf-8"))["ratings"] if path.is_file() else []
        self._rating = {(r["dId"], r["question"], r["answer_sha1"]): r["rating"] for r in rows}
        self._tally: dict[tuple[str, str, str], Counter[str]] = {}

    def add(self, split: str, system: str, doc: str, question: str, text: str) -> None:
        c = self._tally.setdefault((split, system, question), Counter())
        rating = self._rating.get(answer_key(doc, question, text))
        if rating is None:
            c["unrated"] += 1
        else:
            c["rated"] += 1
            c["points"] += rating

    def print_table(self, split: str, systems: list[str]) -> None:
        if not any(c["rated"] for (s, _, _), c in self._tally.items() if s == split):
            return
        print(f"\n{split.upper()}: assessor-rated precision (Giveme5W1H's GP: mean of 0 / 0.5 / 1 "
              "per answer, every answer given; one rater, see giveme5w1h_assessor.py)")
        print(f"{'system':<18} {'who':>6} {'what':>6} {'when':>6} {'where':>6} {'4W':>6} "
              f"{'rated':>6} {'unrated':>7}")
        for name in systems:
            cells, rated, unrated = [], 0, 0
            for q in QUESTIONS:
                c = self._tally.get((split, name, q), Counter())
                cells.append(c["points"] / 2 / c["rated"] if c["rated"] else 0.0)
                rated += c["rated"]
                unrated += c["unrated"]
            # A system with unrated answers gets no figure: its rated part is no sample.
            shown = [f"{v:>6.2f}" for v in [*cells, sum(cells) / 4]] if not unrated \
                else [f"{'-':>6}"] * 5
            print(f"{name:<18} " + " ".join(shown) + f" {rated:>6} {unrated:>7}")
