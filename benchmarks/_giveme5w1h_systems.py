"""The three answering systems of ``giveme5w1h.py``: the 5W stage, the earlier frame
answers and the first-sentence baseline, each a function of an analysed article."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from storylens.records import Article, Claim
from storylens.resources import Resources

# The lead: the title and the first sentences, where news writing answers the 5W.
LEAD_SENTENCES = 3
BASELINE_WHAT_WORDS = 6
_PEOPLE = frozenset({"PERSON", "PER", "ORG"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class Reply:
    """A system's answer: its words and, for *when*, its resolved day."""

    text: str
    day: str | None = None


Answers = dict[str, Reply | None]


def _reply(text: str | None, day: str | None = None) -> Reply | None:
    return Reply(text, day) if text else None


def five_w_answers(resources: Resources, clock: Counter[str]) -> Callable[[Article], Answers]:
    """The 5W stage's answers; ``clock`` sums its CPU seconds and articles."""
    def answer(article: Article) -> Answers:
        started = time.process_time()
        found = resources.five_w.extract(article)
        clock["seconds"] += time.process_time() - started
        clock["articles"] += 1
        return {
            "who": _reply(found.who.text if found.who else None),
            "what": _reply(found.what.text if found.what else None),
            "when": _reply(found.when.text, found.when_value) if found.when else None,
            "where": _reply(found.where.text if found.where else None),
        }
    return answer


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


def frame_answers(article: Article) -> Answers:
    """The previous session's answers: the lead's first event frame, entity fallbacks."""
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
    return {"who": _reply(who), "what": _reply(what), "when": _reply(when, when),
            "where": _reply(where or _salient(article, _PLACES, end))}


def baseline_answers(article: Article) -> Answers:
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
        when = Reply(found[0][0], found[0][1].date().isoformat())
    return {"who": _reply(who.text if who else None), "what": _reply(what), "when": when,
            "where": _reply(min(places, key=lambda m: m.start).text if places else None)}
