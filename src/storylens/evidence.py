"""The evidence rule, enforced between stages: a statement without its exact words is dropped.

Extractors are heuristics; a bug that shifts an offset must cost one claim, not the run
(the report writer refuses any report whose quotes do not match their spans).
"""

from __future__ import annotations

from .records import Article

# A title made from the text is its first line, cut at a word boundary near this length.
FALLBACK_TITLE_CHARS = 120


def drop_ungrounded(article: Article) -> list[str]:
    """Remove mentions and claims whose quoted text is not the article's text at their
    offsets; return one message per removal."""
    text = article.text
    messages: list[str] = []
    kept_mentions = []
    for mention in article.mentions:
        if text[mention.start:mention.end] == mention.text and mention.text:
            kept_mentions.append(mention)
        else:
            messages.append(f"dropped mention {mention.text!r}: offsets do not match the text")
    article.mentions = kept_mentions
    kept_claims = []
    for claim in article.claims:
        bad = [e for e in claim.sources
               if e.article_id != article.id or text[e.start:e.end] != e.quote or not e.quote]
        if bad or not claim.sources:
            messages.append(f"dropped claim {claim.statement!r}: quote does not match the text")
            continue
        kept_claims.append(claim)
    article.claims = kept_claims
    return messages


def fallback_title(text: str) -> str:
    """A title for an article that has none: its first line, verbatim, shortened at a word."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= FALLBACK_TITLE_CHARS:
        return first
    cut = first[:FALLBACK_TITLE_CHARS]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut
