"""Cap oversized "articles": a whole scraped feed or archive page is not one article.

Every later stage costs at least linear time in the text, and several keep per-article
structures (sentences, mentions, shingles) that grow with it; a 2 MB "article" (a feed saved
as one page) used to dominate a run. Cutting it at a paragraph boundary before
``max_article_chars`` bounds every per-article structure by a constant that does not
depend on the input, and the run reports the cut as a problem line instead of stalling.
Splitting such a page into its items would need to know where items start, which plain text
does not say reliably; keeping the head and saying so is the honest choice.
"""

from __future__ import annotations

from ..records import Article

# A cut is moved back to the last paragraph (or line, or word) break, but never further
# back than this share of the cap: a page without breaks is cut hard near the cap.
_MIN_KEEP_SHARE = 0.5


def cap_point(text: str, limit: int, start: int = 0) -> int:
    """Where to cut ``text[start:]`` so at most ``limit`` characters are kept (an offset).

    The cut falls at the last paragraph break before the limit, else the last line break,
    else the last whitespace, as long as that keeps at least half the limit; ``len(text)``
    when the rest fits. With ``start`` the same serves to chunk a text piece by piece.
    """
    limit = max(1, limit)
    if len(text) - start <= limit:
        return len(text)
    floor = start + int(limit * _MIN_KEEP_SHARE)
    for separator in ("\n\n", "\n", " "):
        at = text.rfind(separator, floor, start + limit)
        if at > start:
            return at
    return start + limit


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ``size`` characters covering ``text``, cut at breaks.

    Models whose memory grows with input length (spaCy, natasha) see one piece at a time,
    so their peak memory is bounded by ``size`` and their total cost is linear in the text.
    """
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = cap_point(text, size, start)
        out.append((start, end))
        start = end
    return out


def cap_article(article: Article, limit: int) -> str | None:
    """Cut an oversized article's text in place; the problem message, or None if it fits.

    The id is recomputed from the kept text (ids are content hashes of the text analysed),
    so a capped article never collides with a real article holding its full text.
    """
    if limit <= 0 or len(article.text) <= limit:
        return None
    size = len(article.text)
    cut = cap_point(article.text, limit)
    article.text = article.text[:cut].rstrip()
    article.id = Article.make_id(article.text)
    return (
        f"article text is {size:,} characters, over max_article_chars ({limit:,}): probably a "
        f"feed or archive page, not one article; kept the first {len(article.text):,}"
    )
