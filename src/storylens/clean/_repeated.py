"""Cut site furniture that repeats across the articles of one outlet (a cross-document step).

A page saved as text keeps what its site prints around every article: lists of teasers for
other articles, "this post is part of our special coverage", subscription appeals,
disclaimers. One document alone cannot tell such a block from the article (it reads like
prose), but the batch can: a line that recurs verbatim in several articles of one outlet is
furniture. Left in, it is the one thing those articles share, and it glues unrelated
articles into one story (issue 13: a 14-article story held together only by a teaser list).

The step sees the articles of one run (batch or ``--append`` alike), grouped by outlet;
articles with no known outlet form one group of their own. It does not read the store: an
``--append`` of a handful of articles finds less furniture than a batch (documented). Cut
lines are kept in ``Article.removed`` with kind "repeated". The article id is left as the
content hash of the per-document cleaned text, so re-analysing a file in another batch
still finds it in the store (ids must not depend on what else was in the run).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..records import Article, Removed

# A line is furniture when it recurs in this many distinct articles of one outlet, each of
# which has text of its own besides: two articles of one outlet may quote the same sentence
# or reuse a background paragraph, but three different articles printing the same line is
# the site talking, not the article. Articles with no text of their own (copies of one
# wire story) do not count, so a story's copies never cut each other's lines.
MIN_ARTICLES = 3
# Two bodies under one title whose word sets overlap less than this are two articles:
# versions of one story share most of their words, two reports of one topic by one
# outlet far fewer (a prior, not fitted).
SHARED_BODY_WORDS = 0.3
_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_BLANK_RUN = re.compile(r"\n{3,}")


def line_key(line: str) -> str:
    """A line's identity across articles: case, spacing and numbers (times, counts) ignored.

    Teaser lists carry "3 hours ago" or comment counts that change from page to page.
    """
    return _DIGITS.sub("0", " ".join(line.casefold().split()))


def cut_repeated(articles: list[Article], min_chars: int) -> None:
    """Move lines repeated across ``MIN_ARTICLES`` articles of one outlet into ``removed``.

    Only articles that keep at least ``min_chars`` characters of lines of their own (lines
    in fewer than ``MIN_ARTICLES`` articles) count towards a line's recurrence, and only
    they are cut: copies of one story share every line and are left to the duplicates stage.
    """
    groups: defaultdict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[(article.outlet or "").casefold()].append(article)
    for group in groups.values():
        if len(group) >= MIN_ARTICLES:
            _cut_group(group, min_chars)
        _cut_shared_titles(group)


def _cut_shared_titles(group: list[Article]) -> None:
    """A title that two articles of one outlet carry over bodies that share almost no
    words is the site's (a slogan printed above every page, "Líder mundial en español"),
    not a headline: two pages are enough, as a headline names one article's own event.
    Copies and updates of one story (bodies that share most words) keep their headline."""
    holders: defaultdict[str, list[Article]] = defaultdict(list)
    for article in group:
        if article.title:
            holders[line_key(article.title)].append(article)
    for same in holders.values():
        if len(same) < 2:
            continue
        bags = [_word_set(article.text) for article in same]
        if not any(_overlap(a, b) < SHARED_BODY_WORDS
                   for k, a in enumerate(bags) for b in bags[k + 1:]):
            continue
        for article in same:
            article.removed.append(Removed(article.title or "", "repeated"))
            article.title = None


def _word_set(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _overlap(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two bodies' word sets (0 for an empty body)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _cut_group(group: list[Article], min_chars: int) -> None:
    keys = [[line_key(line) for line in article.text.split("\n")] for article in group]
    counts: Counter[str] = Counter()
    for article_keys in keys:
        counts.update(set(article_keys) - {""})
    common = {key for key, count in counts.items() if count >= MIN_ARTICLES}
    # Articles with a body of their own beside the common lines: copies do not vote.
    voters = [
        k for k, (article, article_keys) in enumerate(zip(group, keys, strict=True))
        if _own_chars(article.text, article_keys, common) >= min_chars
    ]
    votes: Counter[str] = Counter()
    for k in voters:
        votes.update(set(keys[k]) & common)
    repeated = {key for key, count in votes.items() if count >= MIN_ARTICLES}
    for k in voters if repeated else []:
        _cut_article(group[k], keys[k], repeated)
    for article in group if repeated else []:
        # A "title" the site prints on every page (a teaser, the site's slogan) is furniture
        # too; the pipeline then makes one from the text.
        if article.title and line_key(article.title) in repeated:
            article.removed.append(Removed(article.title, "repeated"))
            article.title = None


def _own_chars(text: str, keys: list[str], common: set[str]) -> int:
    """Characters of an article's lines that are not common to the group."""
    return sum(
        len(line.strip()) for line, key in zip(text.split("\n"), keys, strict=True)
        if key not in common
    )


def _cut_article(article: Article, keys: list[str], repeated: set[str]) -> None:
    lines = article.text.split("\n")
    cut = [key in repeated for key in keys]
    if not any(cut):
        return
    article.removed.extend(Removed(block, "repeated") for block in _blocks(lines, cut))
    article.text = _BLANK_RUN.sub(
        "\n\n", "\n".join(line for line, c in zip(lines, cut, strict=True) if not c)
    ).strip()


def _blocks(lines: list[str], cut: list[bool]) -> list[str]:
    """Runs of consecutive cut lines (a teaser list is one block), blank lines inside kept."""
    blocks: list[list[str]] = []
    previous = False
    for line, c in zip(lines, cut, strict=True):
        if c:
            if not previous:
                blocks.append([])
            blocks[-1].append(line.strip())
            previous = True
        elif line.strip():
            previous = False
    return ["\n".join(part for part in block if part) for block in blocks]
