"""The brief's grounding check: every number, name, date and quote must come from its claims.

A sentence passes only when it cites at least one claim and one article, and
* every quoted passage is verbatim in one of the cited claims' evidence (or its article);
* every number is a number of a cited claim (its value, its evidence, its date) or the
  count of independent sources the sentence states;
* every ISO date is the date of a cited claim;
* every capitalised word outside the template's own words (and not opening the sentence)
  is in a cited claim's evidence, statement, speaker, entity names or the cited outlets.
What fails is dropped by the brief, never repaired: abstain rather than print a guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields

from ..records import Article, BriefSentence, Claim, Entity
from .phrases import PHRASES, Phrases

_QUOTED = re.compile(r"[“«„\"]\s?(.+?)\s?[”»“\"]")
# A number as written, thousands groups included ("1,000", "1 000", "1.000").
_NUMBER = re.compile(r"\d+(?:[,.\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")
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


def _digits(text: str) -> set[str]:
    """The numbers of a text, thousands separators removed ("1 130" -> "1130")."""
    return {m.group().replace(",", ".") if "," in m.group() and not _GROUPS.search(m.group())
            else _GROUPS.sub("", m.group()) for m in _NUMBER.finditer(text)}


def _number_forms(value: float | None) -> set[str]:
    if value is None:
        return set()
    whole = float(value).is_integer()
    return {str(int(value)) if whole else f"{value:.2f}".rstrip("0").rstrip(".")}


def check(sentence: BriefSentence, claims: Mapping[str, Claim], entities: list[Entity],
          articles: Mapping[str, Article], outlets: Mapping[str, str],
          language: str) -> list[str]:
    """What in ``sentence`` is not grounded in its cited claims (empty: it passes)."""
    cited = [claims[i] for i in sentence.claim_ids if i in claims]
    if not cited or not sentence.article_ids:
        return ["cites no claim or article"]
    names = {e.id: [e.name, *e.aliases] for e in entities}
    pool_parts: list[str] = []
    for claim in cited:
        pool_parts.append(claim.statement)
        for ent in (claim.subject, claim.object):
            pool_parts += names.get(ent or "", [])
        for evidence in claim.sources:
            pool_parts += [evidence.quote, evidence.attributed_to or ""]
    pool_parts += [outlets.get(a, "") for a in sentence.article_ids]
    pool = " ".join(pool_parts)
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
    rest = _ISO.sub(" ", rest)
    allowed = _digits(pool) | {str(len({a for a in sentence.article_ids}))}
    for claim in cited:
        allowed |= {str(claim.independent_sources)}
        if claim.value is not None:
            allowed |= _number_forms(claim.value.low) | _number_forms(claim.value.high)
            if claim.value.low is not None and claim.value.high is not None:
                allowed |= _number_forms((claim.value.low + claim.value.high) / 2)
    for number in _digits(rest):
        if number not in allowed:
            problems.append(f"number {number} is in no cited claim")
    template = TEMPLATE_WORDS.get(language, frozenset())
    folded_pool = pool.casefold()
    words = list(_WORD.finditer(rest))
    for n, match in enumerate(words):
        word = match.group()
        opening = n == 0 or rest[:match.start()].rstrip().endswith((":", "."))
        if not word[:1].isupper() or opening or word.casefold() in template:
            continue
        if word.casefold() not in folded_pool:
            problems.append(f"name {word} is in no cited claim")
    return problems
