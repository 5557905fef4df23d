"""What the Markdown and HTML renderers share: citation numbering and small lookups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError

from ..wording import opening_label

# Entities listed when none is mentioned twice (a short single-article story).
MIN_LISTED_ENTITIES = 10


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


def no_brief_reason(story: dict[str, Any]) -> str:
    """Why a story shows no brief: it has no claim, or none of its claims could be written
    in the brief's language from what its sources wrote (a figure they spell in words is
    never turned into digits, a quote needs a speaker), so the brief abstained."""
    claims = story.get("claims", [])
    if not claims:
        return "no claims were found"
    code = story.get("brief", {}).get("language") or "en"
    try:
        language = Locale("en").languages.get(code, code)
    except (UnknownLocaleError, ValueError):
        language = code
    count = "its claim" if len(claims) == 1 else f"any of its {len(claims)} claims"
    return (f"{count} could not be written in {language} from the sources' own words, so "
            "nothing is stated here; see the claims below")


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


def listed_entities(story: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """The entities worth a reader's line, and how many others report.json holds.

    A name mentioned once in one article is mostly a passing mention (or a tagger's slip):
    the list keeps entities mentioned at least twice or by two articles, or the ten most
    mentioned when no entity is.
    """
    items = story.get("entities", [])

    def articles_of(entity: dict[str, Any]) -> int:
        return len({m.get("article_id") for m in entity.get("mentions", [])})

    shown = [e for e in items if len(e.get("mentions", [])) >= 2 or articles_of(e) >= 2]
    if not shown:
        shown = sorted(items, key=lambda e: -len(e.get("mentions", [])))[:MIN_LISTED_ENTITIES]
    return shown, len(items) - len(shown)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One line of a story's entity list: an entity and the peoples shown under it."""

    entity: dict[str, Any]
    people: tuple[dict[str, Any], ...] = ()


def grouped_entities(items: list[dict[str, Any]],
                     shown: list[dict[str, Any]] | None = None) -> list[EntityRow]:
    """Rows for ``shown`` (default: every entity), a demonym under its country.

    "Égyptiens" stays its own entity in report.json (a people is not the state) but a
    reader looks for one actor: a demonym whose link note (``entities.demonyms``) names a
    country entity of the same story is listed under that country, which gets a row when
    either of them is shown. A demonym whose country the story does not name, or whose
    note points at no entity here or at another demonym, keeps its own row.
    """
    from ..entities.demonyms import linked_country_id  # the entities package only when used

    by_id = {e.get("id"): e for e in items}
    linked = {e.get("id"): target for e in items
              if (target := linked_country_id(e.get("merge_evidence", []))) in by_id
              and target != e.get("id")}
    linked = {k: v for k, v in linked.items() if v not in linked}
    people: dict[Any, list[dict[str, Any]]] = {}
    for e in items:
        if e.get("id") in linked:
            people.setdefault(linked[e.get("id")], []).append(e)
    rows: dict[Any, EntityRow] = {}
    for e in items if shown is None else shown:
        key = linked.get(e.get("id"), e.get("id"))
        if key not in rows:
            rows[key] = EntityRow(by_id[key], tuple(people.get(key, ())))
    return list(rows.values())


def entity_rows(story: dict[str, Any]) -> tuple[list[EntityRow], int]:
    """The rows of :func:`listed_entities`, and how many entities no row shows."""
    items = story.get("entities", [])
    rows = grouped_entities(items, listed_entities(story)[0])
    return rows, len(items) - sum(1 + len(row.people) for row in rows)


def other_aliases(entity: dict[str, Any]) -> list[str]:
    """The names an entity was also seen under, its canonical name left out."""
    return [a for a in entity.get("aliases", []) if a != entity.get("name")]


def people_label(people: tuple[dict[str, Any], ...]) -> str:
    """'Égyptiens, Egyptiens (8 mentions)': every name of the peoples and their mentions."""
    names = dict.fromkeys(n for p in people for n in [p.get("name", ""), *p.get("aliases", [])]
                          if n)
    mentions = [m for p in people for m in p.get("mentions", [])]
    return f"{', '.join(names)} ({mentions_label({'mentions': mentions})})"


def row_details(row: EntityRow, escape: Callable[[str], str]) -> str:
    """' — also: …; its people: …' after an entity's name and counts, each part escaped
    by the renderer's ``escape`` (Markdown or HTML)."""
    aliases = other_aliases(row.entity)
    parts = [f"also: {escape(', '.join(aliases))}"] if aliases else []
    if row.people:
        parts.append(f"its people: {escape(people_label(row.people))}")
    return f" — {'; '.join(parts)}" if parts else ""


def mentions_label(entity: dict[str, Any]) -> str:
    """'1 mention' / '3 mentions'."""
    n = len(entity.get("mentions", []))
    return f"{n} mention" if n == 1 else f"{n} mentions"


def sources_label(article_ids: list[str], by_id: dict[str, dict[str, Any]]) -> str:
    """'A, B and C': the outlets behind an entry, each once, as a reader lists them."""
    names = list(dict.fromkeys(outlet_label(by_id.get(i)) for i in article_ids))
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def orphan_articles(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Articles no story lists, so the renderers still show them."""
    listed = {a for s in data.get("stories", []) for a in s.get("article_ids", [])}
    return [a for a in data.get("articles", []) if a["id"] not in listed]


# A title standing in for a missing outlet is cut to this many characters.
_TITLE_LABEL_CHARS = 60


def outlet_label(article: dict[str, Any] | None) -> str:
    """A short name for where an article came from: its outlet, else its title in quotes.

    Never the file name, path or id: those mean nothing to a reader ("001_f56….txt").
    """
    if article is None:
        return "unknown article"
    if article.get("outlet"):
        return str(article["outlet"])
    title = " ".join(str(article.get("title") or "").split())
    if not title:
        opening = opening_label(str(article.get("text") or ""), _TITLE_LABEL_CHARS)
        return f"“{opening}”" if opening else "untitled article"
    short = title if len(title) <= _TITLE_LABEL_CHARS else title[:_TITLE_LABEL_CHARS - 1] + "…"
    return f"“{short}”"


# Framing table cells stay short: a few descriptors, words and speakers per source.
_MAX_CELL_ITEMS = 4
FRAMING_COLUMNS = ("Source", "Genre", "Naming of main actors", "Evaluative words", "Quotes",
                   "Omits")


def _clip(text: str, limit: int = 80) -> str:
    """A claim statement short enough for a table cell (the full one is in Claims)."""
    text = " ".join(text.split()).rstrip(". ")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def framing_rows(story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[list[str]]:
    """One row of plain (unescaped) cells per source, in ``FRAMING_COLUMNS`` order.

    Loaded descriptors carry "(loaded)", ones no other source uses "(only here)"; stance
    is shown as the mean polarity with the words it rests on.
    """
    names = entity_names(story)
    statements = {c["id"]: c["statement"] for c in story.get("claims", [])}
    rows = []
    for fr in story.get("framing", []):
        genre = str(fr.get("genre", ""))
        if fr.get("genre_evidence"):
            genre += f" ({'; '.join(fr['genre_evidence'])})"
        naming = []
        for row in fr.get("naming", []):
            marks = []
            for d in row.get("descriptors", [])[:_MAX_CELL_ITEMS]:
                why = (d.get("loaded_by") or [""])[0].split(":")[0]
                tags = [t for t, on in ((f"loaded: {why}" if why else "loaded", d.get("loaded")),
                                        ("only here", d.get("distinctive"))) if on]
                marks.append(d["quote"] + (f" ({', '.join(tags)})" if tags else ""))
            name = names.get(row["entity_id"], row["entity_id"])
            naming.append(f"{name}: {', '.join(marks) if marks else 'name only'}")
        for st in fr.get("stance", []):
            words = ", ".join(e["quote"] for e in st.get("evidence", [])[:_MAX_CELL_ITEMS])
            naming.append(f"{names.get(st['entity_id'], st['entity_id'])} tone "
                          f"{st['polarity']:+.2f} ({words})")
        loaded = ", ".join(t["quote"] for t in fr.get("loaded_terms", [])[:_MAX_CELL_ITEMS * 2])
        quotes = ", ".join(f"{q['speaker']} ×{q['count']}"
                           for q in fr.get("quoted", [])[:_MAX_CELL_ITEMS])
        omits = [_clip(statements.get(c, c)) for c in fr.get("omits", [])]
        rows.append([outlet_label(by_id.get(fr["article_id"])), genre,
                     "; ".join(naming) or "no main actor named", loaded or "none",
                     quotes or "nobody", "; ".join(omits) or "nothing others report"])
    return rows
