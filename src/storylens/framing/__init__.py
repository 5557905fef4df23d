"""Framing per source: genre, naming of main actors, loaded words, whom it quotes, what it omits.

Everything here is read off the source's own text and the story's reconciled claims, with
spans a reader can check; nothing is a verdict on the outlet. Copies of another article
(``duplicate_of``) are framed too, but omissions count only independent originals, so a
wire story printed ten times does not make the eleventh outlet look silent.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article, Claim, Entity, Framing
from .genre import classify_genre, own_voice
from .lexicon import in_a_name, lexicon_for
from .loaded_words import learned_loaded, learned_weights
from .naming import main_actors, naming_table, stance

__all__ = ["build_framing", "classify_genre", "loaded_terms", "own_voice"]

# Loaded words listed per source: the table shows them, a long list would drown it.
MAX_LOADED_TERMS = 12
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Omissions listed per source, best-corroborated first.
MAX_OMISSIONS = 5
# A claim is something "other sources report" when at least this many other independent
# articles state it: one other source is a single report, not a shared fact.
MIN_REPORTING_SOURCES = 2


def loaded_terms(article: Article) -> list[dict[str, Any]]:
    """The writer's own loaded words (outside quotes): evaluative words of the subjectivity
    lexicon with their polarity, and words learned as loaded from BASIL (nouns too)."""
    lexicon = lexicon_for(article.language)
    voice = own_voice(article.text)
    terms: list[dict[str, Any]] = []
    for start, end, polarity in lexicon.loaded_spans(voice):
        if in_a_name(article.text, start):
            continue
        sign = "negative" if polarity < 0 else "positive"
        terms.append({"start": start, "end": end, "quote": article.text[start:end],
                      "note": f"evaluative ({sign} {polarity:+.2f}, subjectivity lexicon)"})
    taken = {t["start"] for t in terms}
    learned = learned_weights(article.language)  # none for most languages: skip the scan
    for match in _WORD.finditer(voice) if learned else ():
        weight = learned_loaded(match.group(), article.language)
        if weight is not None and match.start() not in taken:
            terms.append({"start": match.start(), "end": match.end(), "quote": match.group(),
                          "note": f"loaded wording (learned from BASIL, weight {weight:.2f})"})
    terms.sort(key=lambda t: int(t["start"]))
    return terms[:MAX_LOADED_TERMS]


def build_framing(members: list[Article], entities: list[Entity],
                  claims: list[Claim]) -> list[Framing]:
    """One :class:`Framing` per member article, in the story's member order."""
    actors = main_actors(entities, members)
    naming = naming_table(members, actors)
    originals = {a.id for a in members if a.duplicate_of is None}
    speakers = speaker_index(entities)
    # Claims stated by enough independent originals to count as "reported", with the
    # articles citing each (computed once: a big story has thousands of claims).
    cited = [(c, {e.article_id for e in c.sources}) for c in claims]
    reported = [(c, ids) for c, ids in cited if len(ids & originals) >= MIN_REPORTING_SOURCES]
    framings = []
    for article in members:
        genre, reasons = classify_genre(article)
        stances = [s for e in actors if (s := stance(article, e)) is not None]
        framings.append(Framing(
            article_id=article.id, genre=genre, genre_evidence=reasons, stance=stances,
            loaded_terms=loaded_terms(article), naming=naming.get(article.id, []),
            quoted=_quoted(article.id, claims, speakers),
            omits=_omissions(article.id, reported)))
    return framings


def _quoted(article_id: str, claims: list[Claim], index: dict[str, str]) -> list[dict[str, Any]]:
    """Speakers this article quotes or attributes claims to, most quoted first.

    A speaker written as one of an entity's aliases, or as a person's surname with a
    title ("M. Elamrani"), is counted under the entity's canonical name.
    """
    speakers: dict[str, list[str]] = {}
    for claim in claims:
        for evidence in claim.sources:
            if evidence.article_id == article_id and evidence.attributed_to:
                name = canonical_speaker(evidence.attributed_to, index)
                speakers.setdefault(name, []).append(claim.id)
    rows = [{"speaker": name, "count": len(ids), "claim_ids": sorted(set(ids))}
            for name, ids in speakers.items()]
    return sorted(rows, key=lambda r: (-r["count"], r["speaker"]))


def speaker_index(entities: list[Entity]) -> dict[str, str]:
    """Folded name, alias or mention text -> canonical name; a person's surname too
    (prefixed "~"), so "M. Elamrani" and "Bennani" fold to the entity they name."""
    index: dict[str, str] = {}
    for entity in entities:
        forms = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
        for form in forms:
            index.setdefault(" ".join(form.casefold().split()), entity.name)
        surname = entity.name.casefold().split()[-1] if entity.name.split() else ""
        if entity.type == "PERSON" and len(surname) > 2:
            index.setdefault("~" + surname, entity.name)
    return index


def canonical_speaker(speaker: str, index: dict[str, str]) -> str:
    """The canonical name of the entity a speaker string names, else the string itself."""
    folded = " ".join(speaker.casefold().split())
    if folded in index:
        return index[folded]
    last = folded.split()[-1] if folded else ""
    return index.get("~" + last, speaker)


def _omissions(article_id: str, reported: list[tuple[Claim, set[str]]]) -> list[str]:
    """Claims that other independent articles report and this one does not state."""
    missing = [claim for claim, cited in reported if article_id not in cited]
    missing.sort(key=lambda c: (-c.independent_sources, c.id))
    return [c.id for c in missing[:MAX_OMISSIONS]]
