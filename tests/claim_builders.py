"""Builders of articles and single-source claims for the reconcile and brief tests."""

from __future__ import annotations

import re

from storylens.records import Article, Claim, Disagreement, Evidence, Value, content_id


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


def extracted_article(text: str, lang: str, outlet: str, published: str | None,
                      names: tuple[tuple[str, str, str | None], ...], subject: str,
                      subject_id: str) -> Article:
    """An article run through segmentation and claim extraction, with ``names`` (surface,
    label, entity id) tagged wherever they stand, and the claims whose subject mentions
    ``subject`` resolved to ``subject_id``: what the reconcile stage gets from the
    per-article stages, without running NER."""
    from storylens.claims import extract_claims
    from storylens.records import Mention
    from storylens.sentences import segment_article

    art = Article(id=Article.make_id(text + outlet), source=f"{outlet}.txt", text=text,
                  language=lang, published=published, outlet=outlet)
    segment_article(art)
    for name, label, entity in names:
        for m in re.finditer(rf"\b{name}\b", text):
            if not any(x.start <= m.start() < x.end for x in art.mentions):
                art.mentions.append(Mention(art.id, m.start(), m.end(), name, label, entity))
    art.claims = extract_claims(art)
    for claim in art.claims:
        claim.subject = subject_id if subject in (claim.subject_text or "") else None
    return art


def reconcile_story(articles: list[Article], embedder: object = None
                    ) -> tuple[list[Claim], list[Disagreement]]:
    """The reconcile stage over every claim of ``articles``."""
    from storylens.facts import reconcile

    claims = [c for a in articles for c in a.claims]
    return reconcile(claims, {a.id: a for a in articles}, embedder)  # type: ignore[arg-type]
