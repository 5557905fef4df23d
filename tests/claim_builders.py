"""Builders of articles and single-source claims for the reconcile and brief tests."""

from __future__ import annotations

from storylens.records import Article, Claim, Evidence, Value, content_id


def make_article(text: str, outlet: str | None, duplicate_of: str | None = None,
                 language: str | None = None) -> Article:
    """An article whose id depends on its text and outlet (so two outlets never collide)."""
    return Article(id=Article.make_id(text + (outlet or "")), source="test", text=text,
                   outlet=outlet, duplicate_of=duplicate_of, language=language)


def make_claim(article: Article, phrase: str, kind: str = "quantity", *,
               value: Value | None = None, when: str | None = None, predicate: str = "",
               subject: str | None = None, obj: str | None = None,
               subject_text: str | None = None, object_text: str | None = None,
               attributed_to: str | None = None) -> Claim:
    """A claim quoting ``phrase`` exactly where it stands in the article."""
    start = article.text.index(phrase)
    evidence = Evidence(article.id, start, start + len(phrase), phrase, attributed_to)
    return Claim(id=content_id(article.id, phrase, kind), kind=kind,  # type: ignore[arg-type]
                 statement=phrase, predicate=predicate or (value.type if value else ""),
                 subject=subject, object=obj, value=value, when=when, sources=[evidence],
                 subject_text=subject_text, object_text=object_text)
