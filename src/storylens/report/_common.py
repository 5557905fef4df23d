"""What the Markdown and HTML renderers share: citation numbering and small lookups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Citation:
    """One numbered quote a brief sentence points at, so readers can check it."""

    number: int
    claim_id: str
    article_id: str
    start: int
    end: int
    quote: str
    attributed_to: str | None


def brief_citations(story: dict[str, Any]) -> tuple[list[list[int]], list[Citation]]:
    """Number the quotes behind each brief sentence; the same span keeps one number."""
    claims = {c["id"]: c for c in story.get("claims", [])}
    numbers: dict[tuple[str, int, int], int] = {}
    cites: list[Citation] = []
    per_sentence: list[list[int]] = []
    for sentence in story.get("brief", {}).get("sentences", []):
        mine: list[int] = []
        for claim_id in sentence.get("claim_ids", []):
            for src in claims.get(claim_id, {}).get("sources", []):
                key = (src["article_id"], src["start"], src["end"])
                if key not in numbers:
                    numbers[key] = len(cites) + 1
                    cites.append(Citation(numbers[key], claim_id, src["article_id"],
                                          src["start"], src["end"], src["quote"],
                                          src.get("attributed_to")))
                if numbers[key] not in mine:
                    mine.append(numbers[key])
        per_sentence.append(mine)
    return per_sentence, cites


def removed_counts(article: dict[str, Any]) -> dict[str, int]:
    """How many boilerplate blocks of each kind were cut from an article."""
    return dict(sorted(Counter(r["kind"] for r in article.get("removed", [])).items()))


def entity_names(story: dict[str, Any]) -> dict[str, str]:
    """Entity id → canonical name, to show relations and subjects by name."""
    return {e["id"]: e["name"] for e in story.get("entities", [])}


def orphan_articles(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Articles no story lists, so the renderers still show them."""
    listed = {a for s in data.get("stories", []) for a in s.get("article_ids", [])}
    return [a for a in data.get("articles", []) if a["id"] not in listed]


def outlet_label(article: dict[str, Any] | None) -> str:
    """A short name for where an article came from: outlet, else its source."""
    if article is None:
        return "unknown article"
    return str(article.get("outlet") or article.get("source") or article.get("id"))
