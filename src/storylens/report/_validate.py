"""Check a report against the contract: its JSON Schema, then what a schema cannot say."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import jsonschema

from ..errors import StorylensError

# How many schema errors a message lists: enough to fix several at once, short enough to read.
MAX_LISTED_ERRORS = 5


class ReportValidationError(StorylensError, ValueError):
    """A report breaks the contract in shared/REPORT.md; the message lists the first errors."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_LISTED_ERRORS]
        more = len(problems) - len(shown)
        tail = f"\n  … and {more} more" if more else ""
        super().__init__(
            "report does not match the report contract (shared/REPORT.md); this is a bug in "
            "the stage that produced these fields:\n  " + "\n  ".join(shown) + tail
        )
        self.problems = problems


def load_schema() -> dict[str, Any]:
    """The report JSON Schema, read from package data so installed copies find it too."""
    text = resources.files("storylens.report").joinpath("schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def where_of(path: Any) -> str:
    """A JSON path such as ``stories[0].claims[2].status`` for an error location."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate_report(data: dict[str, Any]) -> None:
    """Raise ReportValidationError when ``data`` does not match the report schema."""
    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise ReportValidationError([f"{where_of(e.absolute_path)}: {e.message}" for e in errors])


def _span_problems(
    where: str, texts: dict[str, str], article_id: Any, start: Any, end: Any, quote: Any
) -> Iterator[str]:
    """Problems of one quoted span: unknown article, bad offsets, or text that differs."""
    text = texts.get(article_id) if isinstance(article_id, str) else None
    if text is None:
        yield f"{where}: unknown article id {article_id!r}"
        return
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        yield (f"{where}: offsets {start!r}..{end!r} outside article {article_id} "
               f"({len(text)} chars)")
        return
    if text[start:end] != quote:
        yield (f"{where}: quote {quote!r} != text[{start}:{end}] {text[start:end]!r} "
               f"of article {article_id}")


def _unknown(where: str, refs: Any, known: set[str], what: str) -> Iterator[str]:
    """Problems for each id in ``refs`` that is not in ``known``."""
    for ref in refs or []:
        if ref not in known:
            yield f"{where}: unknown {what} id {ref!r}"


def _duplicates(where: str, ids: list[Any], what: str) -> Iterator[str]:
    """Problems for ids used by more than one record of one kind."""
    seen: set[Any] = set()
    for ident in ids:
        if ident in seen:
            yield f"{where}: duplicate {what} id {ident!r}"
        seen.add(ident)


def _story_problems(
    s: int, story: dict[str, Any], texts: dict[str, str], claim_ids: set[str]
) -> Iterator[str]:
    """Every evidence and reference problem of one story."""
    at = f"stories[{s}]"
    articles = set(texts)
    entities = {e.get("id") for e in story.get("entities", [])}
    own_claims = {c.get("id") for c in story.get("claims", [])}
    yield from _unknown(f"{at}.article_ids", story.get("article_ids"), articles, "article")
    yield from _duplicates(f"{at}.entities", [e.get("id") for e in story.get("entities", [])],
                           "entity")
    for e, entity in enumerate(story.get("entities", [])):
        for m, men in enumerate(entity.get("mentions", [])):
            yield from _span_problems(f"{at}.entities[{e}].mentions[{m}]", texts,
                                      men.get("article_id"), men.get("start"), men.get("end"),
                                      men.get("text"))
    for c, claim in enumerate(story.get("claims", [])):
        where = f"{at}.claims[{c}]"
        if claim.get("subject") is not None:
            yield from _unknown(f"{where}.subject", [claim["subject"]], entities, "entity")
        yield from _unknown(f"{where}.conflicts_with", claim.get("conflicts_with"), claim_ids,
                            "claim")
        for q, src in enumerate(claim.get("sources", [])):
            yield from _span_problems(f"{where}.sources[{q}]", texts, src.get("article_id"),
                                      src.get("start"), src.get("end"), src.get("quote"))
    for d, dis in enumerate(story.get("disagreements", [])):
        yield from _unknown(f"{at}.disagreements[{d}]", dis.get("claim_ids"), own_claims, "claim")
    for f, fr in enumerate(story.get("framing", [])):
        where = f"{at}.framing[{f}]"
        art = fr.get("article_id")
        for t, st in enumerate(fr.get("stance", [])):
            yield from _unknown(f"{where}.stance[{t}]", [st.get("entity_id")], entities, "entity")
            for v, ev in enumerate(st.get("evidence", [])):
                yield from _span_problems(f"{where}.stance[{t}].evidence[{v}]", texts, art,
                                          ev.get("start"), ev.get("end"), ev.get("quote"))
        for t, term in enumerate(fr.get("loaded_terms", [])):
            yield from _span_problems(f"{where}.loaded_terms[{t}]", texts, art,
                                      term.get("start"), term.get("end"), term.get("quote"))
    for t, entry in enumerate(story.get("timeline", [])):
        yield from _unknown(f"{at}.timeline[{t}]", entry.get("claim_ids"), own_claims, "claim")
    for r, rel in enumerate(story.get("relations", [])):
        where = f"{at}.relations[{r}]"
        yield from _unknown(where, [rel.get("source"), rel.get("target")], entities, "entity")
        yield from _unknown(where, rel.get("claim_ids"), own_claims, "claim")
    for b, sent in enumerate(story.get("brief", {}).get("sentences", [])):
        where = f"{at}.brief.sentences[{b}]"
        if not sent.get("claim_ids"):
            yield f"{where}: cites no claim"
        if not sent.get("article_ids"):
            yield f"{where}: cites no article"
        yield from _unknown(where, sent.get("claim_ids"), own_claims, "claim")
        yield from _unknown(where, sent.get("article_ids"), articles, "article")


def check_evidence(data: dict[str, Any]) -> list[str]:
    """Problems a schema cannot see: quotes that differ from the text, dangling ids, bare briefs."""
    problems: list[str] = []
    articles = data.get("articles", [])
    stories = data.get("stories", [])
    texts = {a.get("id"): a.get("text", "") for a in articles}
    story_ids = {s.get("id") for s in stories}
    claim_ids = {c.get("id") for s in stories for c in s.get("claims", [])}
    problems += _duplicates("articles", [a.get("id") for a in articles], "article")
    problems += _duplicates("stories", [s.get("id") for s in stories], "story")
    problems += _duplicates("claims", [c.get("id") for s in stories for c in s.get("claims", [])],
                            "claim")
    for i, art in enumerate(articles):
        if art.get("duplicate_of") is not None:
            problems += _unknown(f"articles[{i}].duplicate_of", [art["duplicate_of"]],
                                 set(texts), "article")
        problems += _unknown(f"articles[{i}].story_id", [art.get("story_id")], story_ids, "story")
    for s, story in enumerate(stories):
        problems += _story_problems(s, story, texts, claim_ids)
    return problems
