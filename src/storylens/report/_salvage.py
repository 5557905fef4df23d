"""Keep a report that breaks the contract in one item: drop that item, not the run.

The contract is checked once more just before the report is written. A failure there is a
bug in some stage, but it concerns one article or one story: that item (and what cannot
stand without it) leaves the report as a line in ``problems``, and everything else is kept.
Only a failure outside articles and stories (the header, the problems list) stops the write.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema

from ._validate import ReportValidationError, check_evidence, load_schema, where_of

_ITEM = re.compile(r"^(articles|stories)\[(\d+)\]")


def contract_errors(data: dict[str, Any]) -> list[str]:
    """Every schema and evidence problem of report data, each prefixed by its location."""
    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    found = [f"{where_of(e.absolute_path)}: {e.message}" for e in errors]
    return found or check_evidence(data)


def salvage_report(data: dict[str, Any]) -> dict[str, Any]:
    """The report data with every item that breaks the contract moved to ``problems``.

    Dropping a story drops its articles (their ``story_id`` would dangle); dropping an
    article drops its story (its evidence may cite it). Each round drops at least one item,
    so the loop ends; raises ReportValidationError when a problem is not in one item.
    """
    data = {**data, "articles": list(data.get("articles", [])),
            "stories": list(data.get("stories", [])), "problems": list(data.get("problems", []))}
    while True:
        errors = contract_errors(data)
        if not errors:
            return data
        bad: dict[tuple[str, int], str] = {}
        for error in errors:
            match = _ITEM.match(error)
            if match is None:
                raise ReportValidationError(errors)
            bad.setdefault((match.group(1), int(match.group(2))), error)
        _drop(data, bad)


def _drop(data: dict[str, Any], bad: dict[tuple[str, int], str]) -> None:
    """Remove the bad items and the items tied to them; a problem line for each."""
    articles, stories = data["articles"], data["stories"]
    story_reason = {stories[i].get("id"): why for (kind, i), why in bad.items()
                    if kind == "stories"}
    article_reason = {i: why for (kind, i), why in bad.items() if kind == "articles"}
    for i, why in article_reason.items():
        story_reason.setdefault(articles[i].get("story_id"),
                                f"its article {articles[i].get('id')} was left out ({why})")
    for i, article in enumerate(articles):
        if i not in article_reason and article.get("story_id") in story_reason:
            article_reason[i] = (f"its story {article.get('story_id')} was left out "
                                 f"({story_reason[article.get('story_id')]})")
    for story_id, why in story_reason.items():
        if any(s.get("id") == story_id for s in stories):
            data["problems"].append(_problem(str(story_id), None, why))
    for i, why in sorted(article_reason.items()):
        article = articles[i]
        ident = article.get("id")
        data["problems"].append(_problem(str(article.get("source", ident)),
                                         ident if isinstance(ident, str) else None, why))
    data["articles"] = [a for i, a in enumerate(articles) if i not in article_reason]
    data["stories"] = [s for s in stories if s.get("id") not in story_reason]


def _problem(source: str, article_id: str | None, why: str) -> dict[str, Any]:
    """A problem line for an item left out of the report."""
    return {"source": source, "stage": "report", "article_id": article_id,
            "message": f"left out of the report because it breaks the report contract: {why} "
                       "(a storylens bug; please report it)"}
