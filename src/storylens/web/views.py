"""What a page shows, computed from the contract's JSON: plain data for the templates.

The story objects grow new fields while others work on them, so everything here reads them
tolerantly: unknown fields are ignored, a missing list is an empty list, and a page says
why a section is empty instead of failing. Nothing here builds HTML; Jinja escapes it all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

# Characters of context kept on each side when a cited sentence cannot be cut at a
# sentence end: about one line of text.
CONTEXT_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?。！？][\"'»”)]*(?:\s|$)|\n")


def items(data: Any, key: str) -> list[dict[str, Any]]:
    """``data[key]`` when it is a list of objects; anything else is an empty list."""
    value = data.get(key) if isinstance(data, dict) else None
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def strings(data: Any, key: str) -> list[str]:
    """``data[key]`` as a list of strings, dropping anything else."""
    value = data.get(key) if isinstance(data, dict) else None
    return [str(v) for v in value if isinstance(v, (str, int))] if isinstance(value, list) else []


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence holding ``text[start:end]``, as (before, quote, after).

    A sentence ends at . ! ? (or their CJK forms) followed by a space or line break, so
    "6.4" does not cut one. Offsets are checked against the text; out-of-range offsets give
    an empty context rather than an exception.
    """
    if not (0 <= start <= end <= len(text)):
        return "", "", ""
    window = max(0, start - 2 * CONTEXT_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, start)]
    left = ends[-1] if ends else (0 if window == 0 else max(0, start - CONTEXT_CHARS))
    after = _SENTENCE_END.search(text, end, min(len(text), end + 2 * CONTEXT_CHARS))
    right = after.start() + 1 if after else min(len(text), end + CONTEXT_CHARS)
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


@dataclass
class Citation:
    """One source sentence behind a claim: where it is and what it says."""

    article_id: str
    start: int
    end: int
    quote: str
    before: str
    after: str
    outlet: str
    language: str
    attributed_to: str | None
    claim_id: str
    claim_statement: str
    claim_status: str


def citations(claim: dict[str, Any], heads: dict[str, dict[str, Any]],
              texts: dict[str, str], only: set[str] | None = None) -> list[Citation]:
    """The claim's sources, each with its sentence in the article's own language."""
    out = []
    for source in items(claim, "sources"):
        article_id = str(source.get("article_id", ""))
        if only is not None and article_id not in only:
            continue
        start, end = _int(source.get("start")), _int(source.get("end"))
        text = texts.get(article_id, "")
        before, quote, after = sentence_around(text, start, end)
        head = heads.get(article_id, {})
        out.append(Citation(
            article_id=article_id, start=start, end=end,
            quote=quote or str(source.get("quote", "")), before=before, after=after,
            outlet=str(head.get("outlet") or _file_name(head.get("source")) or article_id),
            language=str(head.get("language") or "und"),
            attributed_to=source.get("attributed_to") if isinstance(
                source.get("attributed_to"), str) else None,
            claim_id=str(claim.get("id", "")), claim_statement=str(claim.get("statement", "")),
            claim_status=str(claim.get("status", "")),
        ))
    return out


def _file_name(source: Any) -> str:
    """The last part of a source path or URL: readable where no outlet is known."""
    return str(source).rstrip("/").rsplit("/", 1)[-1] if source else ""


def _int(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


@dataclass
class BriefLine:
    """A brief sentence with the citations that open its sources."""

    text: str
    citations: list[Citation]


def brief_lines(story: dict[str, Any], heads: dict[str, dict[str, Any]],
                texts: dict[str, str]) -> tuple[str, list[BriefLine]]:
    """The brief (its language and sentences), each sentence with its cited source sentences."""
    raw = story.get("brief")
    brief: dict[str, Any] = raw if isinstance(raw, dict) else {}
    claims = {str(c.get("id")): c for c in items(story, "claims")}
    lines = []
    for sentence in items(brief, "sentences"):
        cited = set(strings(sentence, "article_ids"))
        found: list[Citation] = []
        for claim_id in strings(sentence, "claim_ids"):
            if claim_id in claims:
                found += citations(claims[claim_id], heads, texts, cited or None)
        lines.append(BriefLine(str(sentence.get("text", "")), found))
    return str(brief.get("language") or ""), lines


@dataclass
class Segment:
    """A run of article text with the entity and claim marks over it."""

    text: str
    start: int
    claims: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    status: str = ""


def highlight(text: str, article_id: str, story: dict[str, Any] | None) -> list[Segment]:
    """Cut the text at every mention and claim-source boundary of this article.

    Marks may overlap (an entity inside a claim's sentence); each segment lists all the
    marks over it, so the template wraps it once. Spans outside the text are ignored.
    """
    marks: list[tuple[int, int, str, str, str]] = []  # start, end, kind, label, status
    for entity in items(story, "entities"):
        for mention in items(entity, "mentions"):
            if mention.get("article_id") == article_id:
                marks.append((_int(mention.get("start")), _int(mention.get("end")), "entity",
                              str(entity.get("name", "")), ""))
    for claim in items(story, "claims"):
        for source in items(claim, "sources"):
            if source.get("article_id") == article_id:
                marks.append((_int(source.get("start")), _int(source.get("end")), "claim",
                              str(claim.get("id", "")), str(claim.get("status", ""))))
    marks = [m for m in marks if m[0] < m[1] <= len(text)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    segments = []
    for a, b in itertools.pairwise(cuts):
        over = [m for m in marks if m[0] <= a and b <= m[1]]
        statuses = [m[4] for m in over if m[2] == "claim"]
        segments.append(Segment(
            text[a:b], a,
            claims=sorted({m[3] for m in over if m[2] == "claim"}),
            entities=sorted({m[3] for m in over if m[2] == "entity"}),
            status="disputed" if "disputed" in statuses else (statuses[0] if statuses else ""),
        ))
    return segments


def entity_names(story: dict[str, Any]) -> dict[str, str]:
    """Entity id -> display name, for relations, stances and claim subjects."""
    return {str(e.get("id")): str(e.get("name", "")) for e in items(story, "entities")}


def mention_contexts(entity: dict[str, Any], texts: dict[str, str]) -> list[dict[str, Any]]:
    """Each mention of an entity with a few words around it."""
    out = []
    for mention in items(entity, "mentions"):
        article_id = str(mention.get("article_id", ""))
        start, end = _int(mention.get("start")), _int(mention.get("end"))
        text = texts.get(article_id, "")
        ok = 0 <= start < end <= len(text)
        out.append({
            "article_id": article_id, "start": start, "text": str(mention.get("text", "")),
            "before": text[max(0, start - 60):start] if ok else "",
            "after": text[end:end + 60] if ok else "",
        })
    return out


def status_counts(story: dict[str, Any]) -> dict[str, int]:
    """How many claims have each status."""
    counts: dict[str, int] = {}
    for claim in items(story, "claims"):
        status = str(claim.get("status", "single_source"))
        counts[status] = counts.get(status, 0) + 1
    return counts


# Claims listed on a story page before "show all": a page a person can scan, and a page of
# a 500-article story that is still served quickly (benchmarks/web.py).
CLAIMS_SHOWN = 300
_STATUS_ORDER = {"disputed": 0, "corroborated": 1, "single_source": 2}


@dataclass
class ClaimRow:
    """A row of the claims table, with its sources as (article id, offset, outlet)."""

    id: str
    status: str
    status_label: str
    statement: str
    when: str
    independent: int
    sources: list[tuple[str, int, str]]


def claim_rows(story: dict[str, Any], heads: dict[str, dict[str, Any]],
               limit: int | None = CLAIMS_SHOWN) -> tuple[list[ClaimRow], int]:
    """Claims for the table, disputed first, at most ``limit``; and how many there are."""
    claims = sorted(items(story, "claims"),
                    key=lambda c: _STATUS_ORDER.get(str(c.get("status")), 3))
    rows = []
    for claim in claims[:limit]:
        status = str(claim.get("status", ""))
        sources = [(str(s.get("article_id", "")), _int(s.get("start")),
                    str((heads.get(str(s.get("article_id"))) or {}).get("outlet")
                        or s.get("article_id", "")))
                   for s in items(claim, "sources")]
        independent = claim.get("independent_sources")
        rows.append(ClaimRow(str(claim.get("id", "")), status, status.replace("_", " "),
                             str(claim.get("statement", "")), str(claim.get("when") or ""),
                             independent if isinstance(independent, int) else 0, sources))
    return rows, len(claims)
