"""Boilerplate removal for plain text: scraped pages saved as text, chrome and all.

Each non-empty line gets a score (prose positive, chrome negative); the body is the
contiguous run of lines with the highest total (the "maximum subarray" idea of Body Text
Extraction, Finn et al. 2001). Reader comments are walled off first, sections that end an
article (related links, author bio) then cut the run short, and the title, byline and date
are read from the lines above it. Whatever is cut is kept as :class:`Removed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..records import Removed, RemovedKind
from ._glued import split_glued_headline
from ._lines import Tag, group_removed, label_lines, score, strong_kind
from ._meta import byline_author, date_line, dateline_date, head_metadata
from ._outlet import find_outlet
from ._teasers import TEASER_SCORE, teaser_lines

_TERMINAL = re.compile(r"[.!?…؟。:;][\"'»”’)\]]*$")
# Comment evidence (a dated comment header, "says:", "Reply") must follow a comment header
# this closely for the header to open a real comment section.
_EVIDENCE_REACH = 3
# A bio sentence ends the body only when at most this much prose (in score points, about
# 50 characters each) follows it: "Follow her on X." yes, three more paragraphs no.
_BIO_TAIL_POINTS = 3.0
# Score given to every line of a confirmed comment section, so no comment can win.
_COMMENT_ZONE_SCORE = -1.0
# Hard-wrapped text breaks lines at 60-80 columns: no line is longer than _WRAP_MAX, and a
# line of _WRAP_MIN or more that stops mid-sentence was wrapped, not ended. Scraped text
# without wrapping has one paragraph per line, 150-300 characters long; there only a line
# that starts in lower case carries on the one above.
_WRAP_MIN = 45
# In hard-wrapped text, a line at least this share of the widest one may be wrapped.
_WRAP_SHARE = 0.55
_WRAP_MAX = 100
_BODY_KINDS: tuple[RemovedKind, ...] = ("comment", "related", "author_bio")


@dataclass
class Cleaned:
    """The body text of a page and what was cut from it, with metadata found on the way."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def clean_plain(content: str, title_hint: str | None = None) -> Cleaned:
    """Keep the article body of a scraped text page; cut and label everything else."""
    lines = _lines(split_glued_headline(content))
    tags = [strong_kind(line) for line in lines]
    scores = [score(line, tag) for line, tag in zip(lines, tags, strict=True)]
    teasers = teaser_lines(lines)
    for index in teasers:
        scores[index] = min(scores[index], TEASER_SCORE)
    zone = _comment_zone(tags, scores)
    if zone is not None:
        scores[zone:] = [min(value, _COMMENT_ZONE_SCORE) for value in scores[zone:]]
    span = _best_span(scores)
    if span is None:
        return Cleaned("", group_removed(lines, label_lines(lines, tags=tags)))
    start, end = span
    end = end_before_sections(tags, scores, start, end)

    head = lines[:start]
    meta = head_metadata(head, title_hint)
    if title_hint and " ".join(lines[start].split()).casefold() == " ".join(
            title_hint.split()).casefold() and start < end:
        start += 1
    cut: dict[int, RemovedKind] = {}
    split = meta.title_index if meta.title_index is not None else len(head)
    for lo, hi in ((0, split), (split, len(head))):
        keep = [i for i in range(lo, hi) if i not in meta.used]
        cut.update(zip(keep, label_lines([lines[i] for i in keep],
                                         tags=[tags[i] for i in keep]), strict=True))
    for index in range(start, end + 1):
        tag = tags[index]
        if _cut_inside(tag):
            assert tag is not None
            cut[index] = tag.kind
        elif index in teasers:
            cut[index] = "related"
    tail = list(range(end + 1, len(lines)))
    cut.update(zip(tail, label_lines([lines[i] for i in tail], tags=[tags[i] for i in tail]),
                   strict=True))
    cut.update((index, "related") for index in teasers if index in cut and tags[index] is None)

    paragraphs = [lines[i] for i in range(start, end + 1) if i not in cut]
    published = meta.published or (dateline_date(paragraphs[0]) if paragraphs else None)
    return Cleaned(
        text="\n\n".join(paragraphs),
        removed=_removed_runs(cut, lines),
        title=meta.title, author=meta.author, published=published,
        outlet=find_outlet(lines, range(start, end + 1)),
    )


def _lines(content: str) -> list[str]:
    """Non-empty stripped lines, hard-wrapped ones joined into their paragraph."""
    raw = [line.strip() for line in content.split("\n")]
    width = max(map(len, raw), default=0)
    # Text wrapped narrower than usual (40 columns) wraps lines shorter than _WRAP_MIN.
    shortest = min(_WRAP_MIN, int(_WRAP_SHARE * width))
    hard_wrapped = width <= _WRAP_MAX and any(
        _wraps(a, shortest) and b[:1].islower() for a, b in pairwise(raw))
    if not hard_wrapped:
        shortest = _WRAP_MIN
    lines: list[str] = []
    previous = ""
    for text in raw:
        joins = _wraps(previous, shortest) and (hard_wrapped or text[:1].islower())
        if joins and text and not _standalone(text):
            lines[-1] += " " + text
        elif text:
            lines.append(text)
        previous = text
    return lines


def _wraps(line: str, shortest: int = _WRAP_MIN) -> bool:
    """A long line that stops mid-sentence: the next line of its block may carry it on."""
    return len(line) >= shortest and not _TERMINAL.search(line) and not _standalone(line)


def _standalone(line: str) -> bool:
    """Chrome, bylines and date lines stand alone even right under a wrapped line."""
    return strong_kind(line) is not None or bool(byline_author(line) or date_line(line))


def _comment_zone(tags: list[Tag | None], scores: list[float]) -> int | None:
    """Where a reader-comment section starts: a comment header followed by comment heads,
    after some prose (a "12 comments" link above the article is not a section)."""
    prose_before = 0.0
    for index, tag in enumerate(tags):
        if tag is not None and tag.kind == "comment" and tag.marker == 2 and prose_before > 0:
            following = tags[index + 1: index + 1 + _EVIDENCE_REACH]
            if any(t is not None and t.kind == "comment" and t.marker == 2 for t in following):
                return index
        prose_before += max(0.0, scores[index])
    return None


def _best_span(scores: list[float]) -> tuple[int, int] | None:
    """The contiguous run of lines with the highest total score (Kadane), if positive."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, value in enumerate(scores):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    return None if best is None else (best[1], best[2])


def end_before_sections(tags: list[Tag | None], scores: list[float], start: int, end: int
                         ) -> int:
    """Cut the body short at a related / comment / author-bio section inside its run."""
    for index in range(start + 1, end + 1):
        tag = tags[index]
        if tag is None or tag.marker == 0 or tag.kind not in _BODY_KINDS:
            continue
        before = sum(max(0.0, v) for v in scores[start:index])
        after = sum(max(0.0, v) for v in scores[index + 1: end + 1])
        if (tag.marker == 2 and after < before) or (tag.marker == 1 and after <= _BIO_TAIL_POINTS):
            return max(i for i in range(start, index) if scores[i] > 0)
    return end


def _cut_inside(tag: Tag | None) -> bool:
    """Chrome lines inside the body ("Lire aussi : …", "Share") go; a bio sentence alone
    in mid-article is body text about a journalist, so it stays."""
    return tag is not None and not (tag.kind == "author_bio" and tag.marker == 1)


def _removed_runs(cut: dict[int, RemovedKind], lines: list[str]) -> list[Removed]:
    """Removed blocks in page order; neighbouring lines of one kind form one block."""
    runs: list[Removed] = []
    previous = -2
    for index in sorted(cut):
        kind = cut[index]
        if runs and index == previous + 1 and runs[-1].kind == kind:
            runs[-1].text += "\n" + lines[index]
        else:
            runs.extend(group_removed([lines[index]], [kind]))
        previous = index
    return runs
