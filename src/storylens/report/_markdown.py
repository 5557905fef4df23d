"""Render a validated report dict as Markdown for people to read and diff."""

from __future__ import annotations

import re
from typing import Any

from .._controls import without_controls
from ._common import (
    FRAMING_COLUMNS,
    brief_citations,
    entity_names,
    entity_rows,
    framing_rows,
    mentions_label,
    no_brief_reason,
    orphan_articles,
    outlet_label,
    removed_counts,
    row_details,
    sources_label,
)

# Characters that Markdown (CommonMark/GFM) could read as markup. Article text is untrusted,
# so each is backslash-escaped; & < > become entities so no raw HTML tag reaches the file.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~#!])")
# Longest quote shown in a table or citation line; the full text is in report.json.
MAX_QUOTE_CHARS = 300


def md(text: Any) -> str:
    """Escape untrusted text for inline Markdown: no markup, links or HTML get through."""
    flat = " ".join(without_controls(str(text if text is not None else "")).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", flat)


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Shorten long quotes for display; the exact quote stays in report.json."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _articles(story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Article list of a story with outlet, language, date and duplicate marks."""
    lines = ["### Articles", ""]
    for n, art_id in enumerate(story.get("article_ids", []), 1):
        art = by_id.get(art_id)
        if art is None:
            lines.append(f"{n}. {md(art_id)} (missing)")
            continue
        extra = [md(art.get("language"))]
        if art.get("published"):
            extra.append(md(art["published"]))
        if art.get("duplicate_of"):
            extra.append(f"copy of {md(art['duplicate_of'])}")
        lines.append(f"{n}. **{md(art.get('title'))}** — {md(outlet_label(art))} "
                     f"({', '.join(extra)}) id {md(art_id)}")
    return [*lines, ""]


def _brief(story: dict[str, Any], s: int, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """The brief with [n] citations that link to numbered quotes below it."""
    per_sentence, cites = brief_citations(story)
    sentences = story.get("brief", {}).get("sentences", [])
    lines = ["### Brief", ""]
    if not sentences:
        return [*lines, f"_No brief: {no_brief_reason(story)}._", ""]
    parts = []
    for sentence, numbers in zip(sentences, per_sentence, strict=True):
        refs = "".join(f"[\\[{n}\\]](#s{s}-q{n})" for n in numbers)
        parts.append(f"{md(sentence.get('text'))}{refs}")
    lines += [" ".join(parts), ""]
    if cites:
        lines += ["#### Sources", ""]
        for c in cites:
            who = f", said by {md(c.attributed_to)}" if c.attributed_to else ""
            lines.append(f"{c.number}. <a id=\"s{s}-q{c.number}\"></a>"
                         f"{md(outlet_label(by_id.get(c.article_id)))}{who}: "
                         f"“{md(_clip(c.quote))}” (chars {c.start}–{c.end})")
        lines.append("")
    return lines


def _claims(story: dict[str, Any]) -> list[str]:
    """Claims table: statement, status and how many independent outlets back it."""
    claims = story.get("claims", [])
    if not claims:
        return []
    lines = ["### Claims", "", "| Claim | Kind | Status | Independent sources | Quotes |",
             "|---|---|---|---|---|"]
    for c in claims:
        conflicts = f" (conflicts with {', '.join(map(md, c['conflicts_with']))})" \
            if c.get("conflicts_with") else ""
        lines.append(f"| {md(c['statement'])}{conflicts} (id {md(c['id'])}) | {md(c['kind'])} | "
                     f"{md(c['status'])} | {c['independent_sources']} | {len(c['sources'])} |")
    english = sum(1 for c in claims if str(c["statement"]).endswith(" [en]"))
    if english:
        language = (story.get("brief") or {}).get("language") or "?"
        lines += ["", f"{english} of {len(claims)} claim statements have no template in "
                      f"the report's language ({md(language)}) and stay in English, marked [en]."]
    return [*lines, ""]


def _disagreements(story: dict[str, Any]) -> list[str]:
    """Where outlets disagree, with the claims on each side."""
    items = story.get("disagreements", [])
    if not items:
        return []
    lines = ["### Disagreements", ""]
    for d in items:
        lines.append(f"- **{md(d['topic'])}**: {md(d['summary'])} "
                     f"(claims: {', '.join(map(md, d['claim_ids']))})")
    return [*lines, ""]


def _entities(story: dict[str, Any]) -> list[str]:
    """Entities with every alias seen and how often they were mentioned; a people (a
    demonym) under the country the story names it by (see ``entity_rows``)."""
    rows, others = entity_rows(story)
    if not rows:
        return []
    lines = ["### Entities", ""]
    for row in rows:
        e = row.entity
        lines.append(f"- **{md(e['name'])}** ({md(e['type'])}, {mentions_label(e)})"
                     f"{row_details(row, md)}")
    if others:
        lines.append(f"- … and {others} more named once (all in report.json)")
    return [*lines, ""]


def _framing(story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Sources side by side: genre, naming of the main actors, loaded words, quotes, omissions."""
    lines = ["### Framing by source", ""]
    rows = framing_rows(story, by_id)
    if not rows:
        return [*lines, "_No framing: the story has no analysed article._", ""]
    lines += ["| " + " | ".join(FRAMING_COLUMNS) + " |",
              "|" + "---|" * len(FRAMING_COLUMNS)]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def _timeline_relations(story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Dated events in order with their sources, then relations between entities."""
    lines: list[str] = ["### Timeline", ""]
    if story.get("timeline"):
        for t in story["timeline"]:
            who = sources_label(t.get("article_ids", []), by_id)
            lines.append(f"- **{md(t['when'])}**: {md(t['what'])}"
                         + (f" — {md(who)}" if who else ""))
    else:
        lines.append("_No timeline: no article or claim of this story names a day._")
    lines += ["", "### Relations", ""]
    if story.get("relations"):
        names = entity_names(story)
        for r in story["relations"]:
            said = f" — “{md(r['evidence'][0]['quote'])}”" if r.get("evidence") else ""
            lines.append(f"- {md(names.get(r['source'], r['source']))} — "
                         f"*{md(r['type'].replace('_', ' '))}* → "
                         f"{md(names.get(r['target'], r['target']))} ({md(r['status'])}){said}")
    else:
        lines.append("_No actor graph: no claim or sentence links two of the story's entities "
                     "as agent and patient._")
    lines.append("")
    return lines


def _removed(ids: list[str], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Boilerplate removed per article, as counts by kind, for auditing the cleaner."""
    rows = [(by_id[i], removed_counts(by_id[i])) for i in ids if i in by_id]
    rows = [(a, counts) for a, counts in rows if counts]
    if not rows:
        return []
    lines = ["### Removed boilerplate", ""]
    for art, counts in rows:
        summary = ", ".join(f"{kind}: {n}" for kind, n in counts.items())
        lines.append(f"- {md(art.get('title'))} ({md(outlet_label(art))}): {summary}")
    return [*lines, ""]


def _problems(problems: list[dict[str, Any]]) -> list[str]:
    """Items that failed, so a reader knows what the report is missing."""
    if not problems:
        return []
    lines = ["## Problems", "", "| Source | Stage | Article | Message |", "|---|---|---|---|"]
    for p in problems:
        lines.append(f"| {md(p['source'])} | {md(p['stage'])} | {md(p.get('article_id') or '')} "
                     f"| {md(p['message'])} |")
    return [*lines, ""]


def render_markdown(data: dict[str, Any]) -> str:
    """The whole report as one Markdown document, every article string escaped."""
    by_id = {a["id"]: a for a in data.get("articles", [])}
    gen = data.get("generator", {})
    lines = ["# storylens report", "",
             f"{len(data.get('stories', []))} stories from {len(by_id)} articles — "
             f"{md(gen.get('name'))} {md(gen.get('version'))}, "
             f"schema version {md(data.get('schema_version'))}", ""]
    for s, story in enumerate(data.get("stories", []), 1):
        langs = ", ".join(map(md, story.get("languages", []))) or "unknown"
        lines += [f"## {s}. {md(story['title'])}", "",
                  f"Languages: {langs} · story id {md(story['id'])}", ""]
        lines += _articles(story, by_id)
        lines += _brief(story, s, by_id)
        lines += _claims(story)
        lines += _disagreements(story)
        lines += _entities(story)
        lines += _framing(story, by_id)
        lines += _timeline_relations(story, by_id)
        lines += _removed(story.get("article_ids", []), by_id)
    orphans = orphan_articles(data)
    if orphans:
        lines += ["## Articles in no story", ""]
        lines += [f"- **{md(a.get('title'))}** — {md(outlet_label(a))} ({md(a.get('language'))})"
                  for a in orphans]
        lines.append("")
    lines += _problems(data.get("problems", []))
    return "\n".join(lines).rstrip() + "\n"
