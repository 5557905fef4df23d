"""Story titles that say what happened, in the reader's language, from the story's own words.

First choice: the headline of the most central article written in the reader's language.
For English readers with no English headline, a title is composed from the story's best
figure and place ("Malatya: at least 74 killed, reports differ"), worded like the brief.
Otherwise: the most central headline in any language. Nothing is translated or invented.
"""

from __future__ import annotations

from ..records import Article, Claim, Entity, Story
from ..wording import quantity_phrase

# Figures that say what happened, most telling first.
_HEADLINE_FIGURES = ("killed", "injured", "missing", "displaced", "evacuated", "arrested")
# A composed title stays a headline: a figure and a place, not a summary.
MAX_TITLE_CHARS = 120


def pick_title(members: list[Article], language: str) -> str:
    """The headline of the most central article in ``language``, else the most central one."""
    for article in members:
        if article.language == language and article.title:
            return article.title
    for article in members:
        if article.title:
            return article.title
    first = members[0]
    sentence = first.sentences[0] if first.sentences else None
    text = first.text[sentence.start:sentence.end] if sentence else first.text
    return text[:MAX_TITLE_CHARS]


def story_title(story: Story, members: list[Article], language: str) -> str:
    """The title once claims and entities are known (members most central first)."""
    if any(a.language == language and a.title for a in members) or language != "en":
        return pick_title(members, language)
    composed = _composed_title(story.claims, story.entities)
    return composed or pick_title(members, language)


def _composed_title(claims: list[Claim], entities: list[Entity]) -> str | None:
    figures = [c for c in claims if c.kind == "quantity" and c.value is not None
               and c.value.type in _HEADLINE_FIGURES]
    if not figures:
        return None
    best = max(figures, key=lambda c: (
        c.independent_sources, -_HEADLINE_FIGURES.index(c.value.type) if c.value else 0, c.id))
    assert best.value is not None
    places = [e for e in entities if e.type in ("GPE", "LOC")]
    place = max(places, key=lambda e: (len(e.mentions), e.name)).name if places else None
    figure = quantity_phrase(best.value)
    if best.status == "disputed":
        figure += ", reports differ"
    title = f"{place}: {figure}" if place else figure[0].upper() + figure[1:]
    return title[:MAX_TITLE_CHARS]
