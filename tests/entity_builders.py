"""Builders of articles with labelled mentions for the entity-resolution tests."""

from __future__ import annotations

from storylens.records import Article, Entity, Mention


def make_article(text: str, labelled: list[tuple[str, str]], lang: str = "en",
                 author: str | None = None) -> Article:
    """An article whose mentions are the given surfaces (first occurrence after the last)."""
    doc = Article(id=Article.make_id(text), source=f"{lang}.txt", text=text, language=lang,
                  author=author)
    cursor = 0
    for surface, label in labelled:
        start = text.index(surface, cursor)
        doc.mentions.append(Mention(doc.id, start, start + len(surface), surface, label))
        cursor = start + len(surface)
    return doc


def entity_of(entities: list[Entity], alias: str) -> Entity:
    """The one entity that has ``alias`` among its aliases."""
    matches = [e for e in entities if alias in e.aliases]
    assert len(matches) == 1, f"{alias!r} in {len(matches)} entities"
    return matches[0]
