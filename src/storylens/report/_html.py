"""Render a validated report dict as one standalone HTML page (no scripts, no external files).

Everything that comes from articles is untrusted: every string goes through :func:`h`
(``html.escape`` with quotes), element ids are made from our own counters, never from data,
and a Content-Security-Policy forbids scripts and remote loads as a second line of defence.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from typing import Any

from ..graph import svg
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

_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.5rem;
color:#1b1b1b;background:#fff}
h1,h2,h3{line-height:1.2}h2{border-top:2px solid #ccc;padding-top:1rem;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.muted{color:#666;font-size:.9rem}
.st-corroborated{color:#176317}.st-disputed{color:#a31515;font-weight:600}
.st-single_source{color:#7a5a00}
details{border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer;font-weight:600}
.text{white-space:pre-wrap;font-family:Georgia,serif;margin:.5rem 0}
mark{background:#fff1a8}mark.loaded{background:#ffd6d6}mark.stance{background:#d6e8ff}
sup a{text-decoration:none}blockquote{margin:.2rem 0 .2rem 1rem;color:#333}
"""

# No scripts, no remote anything: the page must be safe to open even if escaping had a gap.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"


def h(value: Any) -> str:
    """Escape untrusted text for HTML content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True, slots=True)
class _Mark:
    """One span of article text to highlight, with why it is highlighted."""

    start: int
    end: int
    css: str
    title: str
    anchor: str | None = None


def highlight(text: str, marks: list[_Mark]) -> str:
    """Escaped ``text`` with <mark> around every valid span; overlapping spans are merged."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    out: list[str] = []
    anchored: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        for m in valid:
            if m.start == a and m.anchor and m.anchor not in anchored:
                anchored.add(m.anchor)
                out.append(f'<span id="{h(m.anchor)}"></span>')
        active = [m for m in valid if m.start <= a and m.end >= b]
        piece = h(text[a:b])
        if active:
            css = " ".join(sorted({m.css for m in active}))
            title = " | ".join(dict.fromkeys(m.title for m in active))
            piece = f'<mark class="{h(css)}" title="{h(title)}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _marks_for(
    story: dict[str, Any], s: int, cite_numbers: dict[tuple[str, int, int], int]
) -> dict[str, list[_Mark]]:
    """Every evidence span of a story, grouped by article id."""
    marks: dict[str, list[_Mark]] = {}
    for claim in story.get("claims", []):
        for src in claim.get("sources", []):
            n = cite_numbers.get((src["article_id"], src["start"], src["end"]))
            anchor = f"s{s}-m{n}" if n else None
            marks.setdefault(src["article_id"], []).append(
                _Mark(src["start"], src["end"], "claim",
                      f"{claim['statement']} ({claim['status']})", anchor))
    names = entity_names(story)
    for fr in story.get("framing", []):
        art = fr["article_id"]
        for st in fr.get("stance", []):
            who = names.get(st["entity_id"], st["entity_id"])
            for ev in st.get("evidence", []):
                marks.setdefault(art, []).append(_Mark(
                    ev["start"], ev["end"], "stance", f"stance on {who}: {st['polarity']:+.2f}"))
        for term in fr.get("loaded_terms", []):
            marks.setdefault(art, []).append(
                _Mark(term["start"], term["end"], "loaded", f"loaded term: {term['note']}"))
    return marks


def _brief_html(story: dict[str, Any], s: int, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """The brief with numbered citations, and the list of quotes those numbers link to."""
    per_sentence, cites = brief_citations(story)
    sentences = story.get("brief", {}).get("sentences", [])
    if not sentences:
        return ["<h3>Brief</h3>", f'<p class="muted">No brief: {h(no_brief_reason(story))}.</p>']
    parts = []
    for sentence, numbers in zip(sentences, per_sentence, strict=True):
        refs = "".join(f'<sup><a href="#s{s}-q{n}">[{n}]</a></sup>' for n in numbers)
        parts.append(f"{h(sentence.get('text'))}{refs}")
    out = ["<h3>Brief</h3>", f"<p>{' '.join(parts)}</p>"]
    if cites:
        out.append('<ol class="sources">')
        for c in cites:
            who = f", said by {h(c.attributed_to)}" if c.attributed_to else ""
            out.append(f'<li id="s{s}-q{c.number}">{h(outlet_label(by_id.get(c.article_id)))}'
                       f'{who}: <blockquote>“{h(c.quote)}”</blockquote>'
                       f'<a href="#s{s}-m{c.number}">show in article</a></li>')
        out.append("</ol>")
    return out


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """An HTML table; cells must already be escaped."""
    head = "".join(f"<th>{x}</th>" for x in headers)
    body = ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
    return ["<table>", f"<thead><tr>{head}</tr></thead><tbody>", *body, "</tbody></table>"]


def _claims_html(story: dict[str, Any]) -> list[str]:
    """Claims with status, independent source count and conflicts."""
    claims = story.get("claims", [])
    if not claims:
        return []
    rows = [[h(c["statement"]), h(c["kind"]),
             f'<span class="st-{h(c["status"])}">{h(c["status"])}</span>',
             str(int(c["independent_sources"])), str(len(c["sources"])),
             h(", ".join(c.get("conflicts_with", [])))] for c in claims]
    return ["<h3>Claims</h3>",
            *_table(["Claim", "Kind", "Status", "Independent sources", "Quotes", "Conflicts with"],
                    rows)]


def _lists_html(s: int, story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Disagreements, entities, timeline and relations as short lists."""
    out: list[str] = []
    names = entity_names(story)
    if story.get("disagreements"):
        out += ["<h3>Disagreements</h3>", "<ul>"]
        out += [f"<li><strong>{h(d['topic'])}</strong>: {h(d['summary'])}</li>"
                for d in story["disagreements"]]
        out.append("</ul>")
    rows, others = entity_rows(story)
    if rows:
        out += ["<h3>Entities</h3>", "<ul>"]
        for row in rows:
            e = row.entity
            out.append(f"<li><strong>{h(e['name'])}</strong> ({h(e['type'])}, "
                       f"{h(mentions_label(e))}){row_details(row, h)}</li>")
        if others:
            out.append(f'<li class="muted">… and {others} more named once '
                       "(all in report.json)</li>")
        out.append("</ul>")
    out.append(f'<h3 id="s{s}-timeline">Timeline</h3>')
    if story.get("timeline"):
        out += ["<ul>", *(f"<li><strong>{h(t['when'])}</strong>: {h(t['what'])} "
                          f'<span class="muted">— '
                          f"{h(sources_label(t.get('article_ids', []), by_id))}</span></li>"
                          for t in story["timeline"]), "</ul>"]
    else:
        out.append('<p class="muted">No timeline: no article or claim of this story names a '
                   "day.</p>")
    out.append(f'<h3 id="s{s}-graph">Actor graph</h3>')
    picture = svg(story)
    if picture:
        out.append(f'<figure class="graph">{picture}</figure>')
    if story.get("relations"):
        out += ["<ul>", *(f"<li>{h(names.get(r['source'], r['source']))} — "
                          f"<em>{h(r['type'].replace('_', ' '))}"
                          f"</em> → {h(names.get(r['target'], r['target']))} "
                          f'(<span class="st-{h(r["status"])}">{h(r["status"])}</span>)'
                          f"{_first_quote(r)}</li>"
                          for r in story["relations"]), "</ul>"]
    else:
        out.append('<p class="muted">No actor graph: no claim or sentence links two of the '
                   "story's entities as agent and patient.</p>")
    return out


def _first_quote(relation: dict[str, Any]) -> str:
    """The first words that state a relation, quoted after it."""
    spans = relation.get("evidence") or []
    return f' <span class="muted">“{h(spans[0]["quote"])}”</span>' if spans else ""


def _framing_html(s: int, story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Sources side by side: genre, naming of the main actors, loaded words, quotes, omissions."""
    rows = framing_rows(story, by_id)
    if not rows:
        return [f'<h3 id="s{s}-framing">Framing by source</h3>',
                '<p class="muted">No framing: the story has no analysed article.</p>']
    return [f'<h3 id="s{s}-framing">Framing by source</h3>',
            *_table(list(FRAMING_COLUMNS), [[h(cell) for cell in row] for row in rows])]


def _article_html(art: dict[str, Any], anchor: str, marks: list[_Mark]) -> list[str]:
    """One article as a collapsed <details>, evidence highlighted, boilerplate counted."""
    meta = [h(outlet_label(art)), h(art.get("language"))]
    if art.get("published"):
        meta.append(h(art["published"]))
    if art.get("author"):
        meta.append("by " + h(art["author"]))
    removed = removed_counts(art)
    cut = ", ".join(f"{h(k)}: {n}" for k, n in removed.items())
    dup = f"<p class=\"muted\">Copy of article {h(art['duplicate_of'])}</p>" \
        if art.get("duplicate_of") else ""
    return [f'<details id="{anchor}"><summary>{h(art.get("title"))} '
            f'<span class="muted">— {" · ".join(meta)}</span></summary>',
            f'<p class="muted">Source: {h(art.get("source"))}</p>', dup,
            f'<div class="text" lang="{h(art.get("language"))}" dir="auto">'
            f"{highlight(str(art.get('text', '')), marks)}</div>",
            f'<p class="muted">Removed boilerplate: {cut or "none"}</p>', "</details>"]


def _story_html(s: int, story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    """One story: heading, articles, brief, claims, lists and the annotated article texts."""
    _, cites = brief_citations(story)
    numbers = {(c.article_id, c.start, c.end): c.number for c in cites}
    marks = _marks_for(story, s, numbers)
    ids = story.get("article_ids", [])
    out = [f'<section id="s{s}">', f"<h2>{s}. {h(story['title'])}</h2>",
           f'<p class="muted">Languages: {h(", ".join(story.get("languages", [])))} · '
           f"{len(ids)} articles</p>", "<ul>"]
    for n, art_id in enumerate(ids, 1):
        art = by_id.get(art_id)
        label = h(art.get("title")) if art else h(art_id) + " (missing)"
        where = f" — {h(outlet_label(art))} ({h(art.get('language'))})" if art else ""
        out.append(f'<li><a href="#s{s}-a{n}">{label}</a>{where}</li>')
    out.append("</ul>")
    out += _brief_html(story, s, by_id)
    out += _claims_html(story)
    out += _framing_html(s, story, by_id)
    out += _lists_html(s, story, by_id)
    out.append("<h3>Article texts</h3>")
    for n, art_id in enumerate(ids, 1):
        if art_id in by_id:
            out += _article_html(by_id[art_id], f"s{s}-a{n}", marks.get(art_id, []))
    out.append("</section>")
    return out


def render_html(data: dict[str, Any]) -> str:
    """The whole report as one self-contained, script-free HTML page."""
    by_id = {a["id"]: a for a in data.get("articles", [])}
    gen = data.get("generator", {})
    stories = data.get("stories", [])
    body = [f"<h1>storylens report</h1><p class=\"muted\">{len(stories)} stories from "
            f"{len(by_id)} articles — {h(gen.get('name'))} {h(gen.get('version'))}, "
            f"schema version {h(data.get('schema_version'))}</p>"]
    if stories:
        body.append("<nav><ol>" + "".join(
            f'<li><a href="#s{s}">{h(st["title"])}</a></li>' for s, st in enumerate(stories, 1)
        ) + "</ol></nav>")
    for s, story in enumerate(stories, 1):
        body += _story_html(s, story, by_id)
    orphans = orphan_articles(data)
    if orphans:
        body.append("<h2>Articles in no story</h2>")
        for n, art in enumerate(orphans, 1):
            body += _article_html(art, f"o-a{n}", [])
    problems = data.get("problems", [])
    if problems:
        body.append("<h2>Problems</h2>")
        body += _table(["Source", "Stage", "Article", "Message"],
                       [[h(p["source"]), h(p["stage"]), h(p.get("article_id")), h(p["message"])]
                        for p in problems])
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>storylens report</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(x for x in body if x) + "\n</body></html>\n")
