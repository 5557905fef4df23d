"""The actor graph of a story: canonical entities as nodes, typed relations as edges.

Exports a story's relations as GraphML (for Gephi, yEd, networkx) and as plain JSON, and
draws them as an inline SVG picture for report.html: nodes on a circle (a layout that
needs no solver and never overlaps two nodes), edges coloured by status, every label
escaped. The SVG holds no script and no link, so a hostile entity name cannot run.
"""

from __future__ import annotations

import math
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .actors import SYMMETRIC_TYPES

# Picture size in px: wide enough for a dozen names around the circle.
WIDTH, HEIGHT = 640, 420
# Radius of the node circle and of each node's dot.
RING, DOT = 150, 7
# Names longer than this are cut in the picture (GraphML and JSON keep them whole).
MAX_LABEL = 28
# Status colours, matching report.html's status classes.
COLOURS = {"corroborated": "#176317", "disputed": "#a31515", "single_source": "#7a5a00"}


def graph_json(story: dict[str, Any]) -> dict[str, Any]:
    """{nodes: [{id, name, type}], edges: [{source, target, type, status, claim_ids,
    evidence: [{article_id, start, end, quote}]}]}."""
    relations = story.get("relations", [])
    used = {r["source"] for r in relations} | {r["target"] for r in relations}
    nodes = [{"id": e["id"], "name": e["name"], "type": e["type"]}
             for e in story.get("entities", []) if e["id"] in used]
    edges = [{"source": r["source"], "target": r["target"], "type": r["type"],
              "status": r["status"], "claim_ids": list(r["claim_ids"]),
              "evidence": [{k: e[k] for k in ("article_id", "start", "end", "quote")}
                           for e in r.get("evidence", [])]} for r in relations]
    return {"story_id": story.get("id"), "nodes": nodes, "edges": edges}


def graphml(stories: list[dict[str, Any]]) -> str:
    """All stories' actor graphs as one GraphML document, one <graph> per story."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="name" for="node" attr.name="name" attr.type="string"/>',
           '<key id="etype" for="node" attr.name="entity_type" attr.type="string"/>',
           '<key id="rtype" for="edge" attr.name="relation" attr.type="string"/>',
           '<key id="status" for="edge" attr.name="status" attr.type="string"/>',
           '<key id="claims" for="edge" attr.name="claim_ids" attr.type="string"/>',
           '<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>']
    for story in stories:
        data = graph_json(story)
        out.append(f'<graph id={quoteattr(str(story.get("id")))} edgedefault="directed">')
        for node in data["nodes"]:
            out.append(f'<node id={quoteattr(node["id"])}><data key="name">'
                       f'{escape(node["name"])}</data><data key="etype">'
                       f'{escape(node["type"])}</data></node>')
        for edge in data["edges"]:
            out.append(f'<edge source={quoteattr(edge["source"])} '
                       f'target={quoteattr(edge["target"])}>'
                       f'<data key="rtype">{escape(edge["type"])}</data>'
                       f'<data key="status">{escape(edge["status"])}</data>'
                       f'<data key="claims">{escape(" ".join(edge["claim_ids"]))}</data>'
                       f'<data key="evidence">{escape(_spans(edge))}</data>'
                       "</edge>")
        out.append("</graph>")
    out.append("</graphml>")
    return "\n".join(out) + "\n"


def _spans(edge: dict[str, Any]) -> str:
    """The edge's evidence as one line: each quote, then where it stands."""
    return " | ".join(f'“{e["quote"]}” ({e["article_id"]}:{e["start"]}-{e["end"]})'
                      for e in edge["evidence"])


def svg(story: dict[str, Any]) -> str:
    """The story's actor graph as an inline SVG (empty string when it has no edge)."""
    data = graph_json(story)
    if not data["edges"]:
        return ""
    count = len(data["nodes"])
    cx, cy = WIDTH / 2, HEIGHT / 2
    where = {}
    for n, node in enumerate(data["nodes"]):
        angle = 2 * math.pi * n / max(1, count) - math.pi / 2
        where[node["id"]] = (cx + RING * math.cos(angle), cy + RING * math.sin(angle))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="actor graph">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" '
             'markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" '
             'fill="#555"/></marker></defs>']
    for edge in data["edges"]:
        (x1, y1), (x2, y2) = where[edge["source"]], where[edge["target"]]
        colour = COLOURS.get(edge["status"], "#555")
        # "A meets B" is "B meets A": no arrowhead on a symmetric relation.
        arrow = "" if edge["type"] in SYMMETRIC_TYPES else ' marker-end="url(#arrow)"'
        # A tooltip with the words that state the edge (text only: no script, no link).
        parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
                     f'stroke="{colour}" stroke-width="2"{arrow}>'
                     f'<title>{escape(_spans(edge))}</title></line>')
        label = f'{edge["type"].replace("_", " ")} ({edge["status"].replace("_", " ")})'
        parts.append(f'<text x="{(x1 + x2) / 2:.0f}" y="{(y1 + y2) / 2 - 4:.0f}" '
                     f'font-size="11" text-anchor="middle" fill="{colour}">'
                     f"{escape(label)}</text>")
    for node in data["nodes"]:
        x, y = where[node["id"]]
        name = node["name"]
        name = name if len(name) <= MAX_LABEL else name[:MAX_LABEL - 1] + "…"
        anchor = "start" if x > cx + 1 else ("end" if x < cx - 1 else "middle")
        dx = 10 if anchor == "start" else (-10 if anchor == "end" else 0)
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{DOT}" fill="#2b5fa8"/>')
        parts.append(f'<text x="{x + dx:.0f}" y="{y - 10:.0f}" font-size="12" '
                     f'text-anchor="{anchor}">{escape(name)} '
                     f'<tspan fill="#666">{escape(node["type"])}</tspan></text>')
    parts.append("</svg>")
    return "".join(parts)
