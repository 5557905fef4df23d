"""Cut a paragraph the page prints twice: two versions of one article on one page.

Scraped pages sometimes hold an article twice: an updated version above the original, or
the same block printed again by a page template (a mobile and a desktop copy). Left in,
every sentence of the block counts twice: the same remark becomes two claims of one
article, and a figure seems told twice. One paragraph that repeats an earlier one of the
same document, word for word or nearly (a comma, a plural, an accent), is cut and kept in
``removed`` with kind "repeated". The first copy stays; paragraphs that differ
in more than a few words are both kept (a rewritten sentence can change the meaning, and
the claims stage folds one speaker's two wordings itself).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ..records import Removed

# Shorter lines (section heads, "Read more") repeat for layout reasons and are left to the
# line filters; a repeated paragraph of this many words is the article printed twice.
MIN_WORDS = 12
# Two paragraphs are one when their word sequences differ by at most this many words
# inserted or deleted (a word replaced counts two: a changed plural, a name's accent) and
# match to this ratio. Versions that differ by a clause ("pilotées par X" / "pilotées
# tantôt par X, tantôt par Y") differ in meaning and are both kept.
MAX_EDITS = 4
MIN_SIMILARITY = 0.9
_WORD = re.compile(r"\w+")


def cut_repeated_versions(text: str) -> tuple[str, list[Removed]]:
    """Text without paragraphs that repeat an earlier one, and what was cut.

    Of two near-identical paragraphs the first is kept (they differ by a few words at
    most), so every offset before a cut stays where it was.
    """
    lines = text.split("\n")
    words = [_WORD.findall(line.casefold()) for line in lines]
    # Earlier paragraphs by the word triples they hold: a copy with at most MAX_EDITS
    # changes shares all but 3 x MAX_EDITS of its triples with the original, so only
    # paragraphs sharing that many are compared (linear in the page, where comparing all
    # pairs is quadratic on long pages).
    by_triple: dict[tuple[str, ...], list[int]] = {}
    counts: list[Counter[str]] = [Counter(tokens) for tokens in words]
    cut: set[int] = set()
    for index, tokens in enumerate(words):
        if len(tokens) < MIN_WORDS:
            continue
        triples = {tuple(tokens[k:k + 3]) for k in range(len(tokens) - 2)}
        shared = Counter(k for triple in triples for k in by_triple.get(triple, ()))
        floor = max(1, len(triples) - 3 * MAX_EDITS)
        if any(_same_paragraph(words[k], tokens, counts[k], counts[index])
               for k, n in sorted(shared.items()) if n >= floor):
            cut.add(index)
            continue
        for triple in triples:
            by_triple.setdefault(triple, []).append(index)
    if not cut:
        return text, []
    removed = [Removed(lines[k].strip(), "repeated") for k in sorted(cut)]
    return "\n".join(line for k, line in enumerate(lines) if k not in cut), removed


def _same_paragraph(first: list[str], second: list[str], first_counts: Counter[str],
                    second_counts: Counter[str]) -> bool:
    """Whether two word sequences (with their word counts) are one paragraph with at
    most small edits."""
    total = len(first) + len(second)
    needed = max(MIN_SIMILARITY * total, total - MAX_EDITS) / 2  # words that must match
    if min(len(first), len(second)) < needed:
        return False
    if sum((first_counts & second_counts).values()) < needed:  # cheap upper bound
        return False
    blocks = SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= needed
