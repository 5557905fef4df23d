"""Independent origins behind evidence: copies and repeat outlets count once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Article, Evidence
from ..wording import norm


def origin_key(article_id: str, articles: Mapping[str, Article]) -> str:
    """Who originally published this article: a copy resolves to its original's outlet."""
    current, seen = article_id, set()
    while current in articles and articles[current].duplicate_of and current not in seen:
        seen.add(current)
        current = articles[current].duplicate_of or current
    outlet = norm(articles[current].outlet) if current in articles else ""
    return "outlet:" + outlet.removeprefix("www.") if outlet else "article:" + current


def count_origins(sources: Iterable[Evidence], articles: Mapping[str, Article]) -> int:
    """Independent sources behind evidence: syndicated copies and repeat outlets count once."""
    return len({origin_key(e.article_id, articles) for e in sources})
