"""Point claims at entities: the mention under a claim's subject or object span."""

from __future__ import annotations

import re

from ..records import Article, Claim, Mention

# Words that make the name after them a complement of the phrase, not its head.
_PREPOSITIONS = frozenset({
    "of", "for", "from", "in", "at", "de", "del", "des", "du", "d", "pour", "en", "à", "au",
    "aux", "para", "por", "di", "della", "dei", "degli", "per", "von", "für", "aus", "im",
    "из", "от", "для", "в",
})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s*$")


def _overlap(mention: Mention, span: tuple[int, int]) -> int:
    return min(mention.end, span[1]) - max(mention.start, span[0])


def _heads(article: Article, mention: Mention, span: tuple[int, int]) -> bool:
    """The mention names what the span names: it lies inside the span (not after a
    preposition: "fuentes del interior de Mosul" are no words of Mosul) or holds it.

    A mention crossing the span's edge ("el ejército Sirio" against a tagger's "Sirio
    Bashar al-Assad") names something else.
    """
    if mention.start <= span[0] and span[1] <= mention.end:
        return True
    if not (span[0] <= mention.start and mention.end <= span[1]):
        return False
    before = _WORD_BEFORE.search(article.text, span[0], mention.start)
    return before is None or before.group(1).casefold() not in _PREPOSITIONS


def _entity_at(article: Article, span: tuple[int, int] | None) -> str | None:
    """The entity id of the mention overlapping ``span`` most, if any has one."""
    if span is None:
        return None
    best: tuple[int, int] | None = None
    best_id: str | None = None
    for mention in article.mentions:
        if mention.entity_id is None:
            continue
        overlap = _overlap(mention, span)
        if overlap <= 0 or not _heads(article, mention, span):
            continue
        # Most overlap wins; on a tie, the shorter mention is the more precise one.
        rank = (overlap, -(mention.end - mention.start))
        if best is None or rank > best:
            best, best_id = rank, mention.entity_id
    return best_id


def resolve_claim_entities(claims: list[Claim], articles: dict[str, Article]) -> None:
    """Set each claim's subject/object to entity ids; an unmatched object keeps its text."""
    for claim in claims:
        article = articles.get(claim.sources[0].article_id) if claim.sources else None
        subject = _entity_at(article, claim.subject_span) if article else None
        obj = _entity_at(article, claim.object_span) if article else None
        claim.subject = subject
        if obj is not None:
            claim.object = obj
        elif claim.object_text:
            claim.object = claim.object_text
