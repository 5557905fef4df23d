"""Second opinion on an extractor's paragraphs: cut the chrome it let through.

trafilatura keeps whole containers, so teasers ("Lea también: ..."), subscription pleas,
photo credits and a trailing "Related" or comment section often come with the body. Each
paragraph is judged by the same line classifier as plain text; a section header or a bio
that ends the article cuts everything below it, other chrome lines go one by one.
"""

from __future__ import annotations

from ..records import Removed, RemovedKind
from ._lines import group_removed, is_prose, score, strong_kind
from ._meta import date_line
from ._plain import end_before_sections

# A section header ends the body only from this share of the text on: a "Related" box
# in the top quarter is a sidebar trafilatura merged in, and the article goes on below it.
_MIN_END_SHARE = 0.25


def filter_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[Removed]]:
    """The paragraphs that stay, and the cut ones labelled by kind, in page order."""
    if not paragraphs:
        return [], []
    tags = [strong_kind(line) for line in paragraphs]
    scores = [score(line, tag) for line, tag in zip(paragraphs, tags, strict=True)]
    end = end_before_sections(tags, scores, 0, len(paragraphs) - 1)
    total = sum(max(0.0, value) for value in scores)
    if sum(max(0.0, value) for value in scores[: end + 1]) < _MIN_END_SHARE * total:
        end = len(paragraphs) - 1
    kept: list[str] = []
    cut_lines: list[str] = []
    cut_kinds: list[RemovedKind] = []
    section: RemovedKind | None = None
    for index, (line, tag) in enumerate(zip(paragraphs, tags, strict=True)):
        if index > end:
            if tag is not None and tag.opens:
                section = tag.kind
            cut_lines.append(line)
            cut_kinds.append(tag.kind if tag is not None else section or "other")
        elif tag is not None and not (tag.kind == "author_bio" and tag.marker == 1):
            cut_lines.append(line)
            cut_kinds.append(tag.kind)
        elif date_line(line) and not is_prose(line):
            cut_lines.append(line)  # a date alone is metadata ("23.10.2018", "Updated ...")
            cut_kinds.append("other")
        else:
            kept.append(line)
    return kept, group_removed(cut_lines, cut_kinds)

