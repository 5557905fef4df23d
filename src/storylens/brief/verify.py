"""The brief's grounding check: every number, name, date and quote must come from its claims.

A sentence passes only when it cites at least one claim and one article, and
* every quoted passage is verbatim in one of the cited claims' evidence (or its article);
* every number (digits, thousands separators removed) is written in the cited evidence or
  its frame arguments, is part of a cited claim's date, or is a cited claim's count of
  independent sources: a figure the sources spelled in words is not grounded by digits;
* every date, in ISO form or spelled out ("30 juin 2013"), is the date of a cited claim;
* every capitalised word but the sentence's first, outside the templates' own words, is in
  the cited evidence, the frame arguments, the speakers, the cited entities' names and
  aliases, or the cited outlets.
The claims' own English ``statement`` is not evidence: it is the extractor's paraphrase.
What fails is dropped by the brief, never repaired: abstain rather than print a guess.
``benchmarks/brief_grounding.py`` re-implements the same rule independently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields

from ..records import Article, BriefSentence, Claim, Entity
from .dates import month_words, spelled_date
from .phrases import PHRASES, Phrases, brief_language

_QUOTED = re.compile(r"[“«„\"]\s?(.+?)\s?[”»“\"]")
_GROUPS = re.compile(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}(?!\d))")
_ISO = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|--\d{2}-\d{2}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _template_words(p: Phrases) -> frozenset[str]:
    """Every word the language's templates write themselves (never a data slot)."""
    words: set[str] = set()
    for f in fields(p):
        value = getattr(p, f.name)
        texts = value.values() if isinstance(value, dict) else \
            (value if isinstance(value, tuple) else [value])
        for text in texts:
            words |= {w.casefold() for w in _WORD.findall(re.sub(r"\{\w+\}", " ", str(text)))}
    return frozenset(words)


TEMPLATE_WORDS = {lang: _template_words(p) for lang, p in PHRASES.items()}


def numbers_in(text: str) -> set[str]:
    """The digit runs of a text once thousands separators are removed ("1 130" -> "1130")."""
    return set(re.findall(r"\d+", _GROUPS.sub("", text)))


def frame_words(claim: Claim, articles: Mapping[str, Article]) -> list[str]:
    """The claim's frame arguments that stand at their offsets in their article."""
    frame = claim.frame
    if frame is None:
        return []
    article = articles.get(frame.article_id)
    args = [frame.agent, *frame.participants, frame.figure, frame.place, frame.time,
            frame.attribution]
    return [a.text for a in args if a is not None and article is not None
            and article.text[a.start:a.end] == a.text]


def grounding_pool(cited: list[Claim], entities: list[Entity],
                   articles: Mapping[str, Article], outlets: list[str]) -> str:
    """All the words a sentence citing ``cited`` may use."""
    names = {e.id: [e.name, *e.aliases] for e in entities}
    parts: list[str] = list(outlets)
    for claim in cited:
        for ent in (claim.subject, claim.object):
            parts += names.get(ent or "", [])
        parts += frame_words(claim, articles)
        for evidence in claim.sources:
            parts += [evidence.quote, evidence.attributed_to or ""]
    return " ".join(parts)


def check(sentence: BriefSentence, claims: Mapping[str, Claim], entities: list[Entity],
          articles: Mapping[str, Article], outlets: Mapping[str, str],
          language: str) -> list[str]:
    """What in ``sentence`` is not grounded in its cited claims (empty: it passes)."""
    cited = [claims[i] for i in sentence.claim_ids if i in claims]
    if not cited or not sentence.article_ids:
        return ["cites no claim or article"]
    pool = grounding_pool(cited, entities, articles,
                          [outlets.get(a, "") for a in sentence.article_ids])
    texts = [articles[a].text for a in sentence.article_ids if a in articles]
    problems: list[str] = []
    rest = sentence.text
    for match in _QUOTED.finditer(sentence.text):
        quoted = " ".join(match.group(1).rstrip("… ").split())
        if not any(quoted in " ".join(t.split()) for t in [pool, *texts]):
            problems.append(f"quote not in the cited sources: {quoted[:40]}")
        rest = rest.replace(match.group(0), " ")
    for iso in _ISO.findall(rest):
        if not any(c.when == iso for c in cited):
            problems.append(f"date {iso} is no cited claim's date")
    rest = _ISO.sub(" ", rest)  # a date is judged whole, as a date
    written = brief_language(language)
    for when in {c.when for c in cited if c.when}:
        rest = rest.replace(spelled_date(when, written), " ")
    problems += [f"date with {month} is no cited claim's date"  # unless a name ("May")
                 for month in month_words(rest, written) if month not in pool]
    allowed = numbers_in(pool) | numbers_in(" ".join(c.when or "" for c in cited))
    allowed |= {str(c.independent_sources) for c in cited}
    for number in sorted(numbers_in(rest) - allowed):
        problems.append(f"number {number} is in no cited claim")
    template = TEMPLATE_WORDS.get(language, frozenset())
    folded_pool = pool.casefold()
    for n, match in enumerate(_WORD.finditer(rest)):
        word = match.group()
        if n == 0 or not word[:1].isupper() or word.casefold() in template:
            continue
        if word.casefold() not in folded_pool:
            problems.append(f"name {word} is in no cited claim")
    return problems
