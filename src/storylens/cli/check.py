"""``storylens check``: what each of these articles says about one claim, with evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..config import Settings, load_settings
from ..errors import StorylensError
from ..records import Problem
from ._console import plain
from ._store import existing_store

# Stored articles are found by the claim's longest words (all required): three find the
# articles about the claim without demanding its exact wording.
STORE_QUERY_WORDS = 3
# At most this many stored articles are checked.
STORE_LIMIT = 200


def check_command(
    claim: Annotated[str, typer.Argument(help="The claim to check, as a sentence")],
    inputs: Annotated[list[str] | None, typer.Argument(
        help="Files, folders or URLs to check against (any format `analyze` reads)")] = None,
    db: Annotated[Path | None, typer.Option(
        help="Also check the store's articles that share the claim's main words")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
    lang_hint: Annotated[str | None, typer.Option(
        "--lang-hint", help="Language of the texts when unsure (ISO 639-1)")] = None,
) -> None:
    """Label each article supports / contradicts / discusses / unrelated, with its evidence."""
    settings = load_settings({"lang_hint": lang_hint} if lang_hint else None)
    problems: list[Problem] = []
    try:
        named = _read_inputs(inputs or [], settings, problems) + _stored(claim, db)
    except StorylensError as exc:
        typer.echo(f"error: {plain(exc)}", err=True)
        raise typer.Exit(code=1) from None
    if not named:
        typer.echo("error: nothing to check: give files, folders or URLs, or --db", err=True)
        raise typer.Exit(code=1)
    from ..facts.check import Checker  # heavy imports only once the command runs

    checker = Checker(settings)
    verdicts = checker.check(claim, [text for _, text in named])
    rows: list[dict[str, Any]] = [
        {"source": source, "label": v.label, "relatedness": round(v.relatedness, 3),
         "evidence": [{"start": e.start, "end": e.end, "quote": e.quote} for e in v.evidence]}
        for (source, _), v in zip(named, verdicts, strict=True)]
    for problem in problems:
        typer.echo(f"skipped {plain(problem.source)}: {plain(problem.message)}", err=True)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        typer.echo(f"{row['label']:<11} {row['relatedness']:.2f}  {plain(row['source'])}")
        for ev in row["evidence"]:
            typer.echo(f"    [{ev['start']}:{ev['end']}] {plain(ev['quote'])}")


def _read_inputs(inputs: list[str], settings: Settings, problems: list[Problem]
                 ) -> list[tuple[str, str]]:
    if not inputs:
        return []
    from ..pipeline import Pipeline

    articles = Pipeline(settings).read_articles(inputs, problems)
    return [(a.source, a.text) for a in articles]


def _stored(claim: str, db: Path | None) -> list[tuple[str, str]]:
    if db is None:
        return []
    from ..facts.check import content_words
    from ..store import open_store

    words = sorted(content_words(claim), key=lambda w: (-len(w), w))[:STORE_QUERY_WORDS]
    found: list[tuple[str, str]] = []
    with open_store(existing_store(db), read_only=True) as store:
        for hit in store.search(" ".join(words), limit=STORE_LIMIT):
            article = store.get_article(hit["id"])
            if article is not None:
                found.append((f"{hit['id']} {article.get('source') or ''}".strip(),
                               article["text"]))
    return found
