"""Geometry of the timeline chart and the actor graph, drawn as SVG by the templates.

Computed on the server so the page needs no charting script (strict CSP, no CDN): these
functions return numbers and labels, and the template writes escaped SVG elements.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .views import entity_names, items, strings

WIDTH = 760
# Vertical room per timeline row: a label of one line at the page's font size.
ROW = 26
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _day(when: str) -> date | None:
    """The first day a (possibly partial) ISO date can mean; None for yearless dates."""
    m = _DATE.match(when or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


@dataclass
class TimelinePoint:
    """One dated entry placed on the chart."""

    x: float
    y: float
    when: str
    what: str
    claim_ids: list[str]


@dataclass
class Timeline:
    """Placed entries, the undated remainder listed apart, and the chart's size."""

    points: list[TimelinePoint]
    undated: list[dict[str, Any]]
    height: int
    first: str
    last: str


def timeline_chart(story: dict[str, Any]) -> Timeline:
    """Entries along one time axis, one row each, earliest first."""
    dated: list[tuple[date, dict[str, Any]]] = []
    undated = []
    for entry in items(story, "timeline"):
        day = _day(str(entry.get("when", "")))
        if day is None:
            undated.append(entry)
        else:
            dated.append((day, entry))
    dated.sort(key=lambda pair: pair[0])
    if not dated:
        return Timeline([], undated, 0, "", "")
    first, last = dated[0][0], dated[-1][0]
    span = max(1, (last - first).days)
    left, right = 20.0, WIDTH * 0.45  # the right half holds the labels
    points = [
        TimelinePoint(left + (right - left) * (day - first).days / span, ROW * (i + 1),
                      str(entry.get("when", "")), str(entry.get("what", "")),
                      strings(entry, "claim_ids"))
        for i, (day, entry) in enumerate(dated)
    ]
    return Timeline(points, undated, ROW * (len(points) + 1), first.isoformat(),
                    last.isoformat())


@dataclass
class Node:
    """An entity on the actor graph."""

    id: str
    name: str
    x: float
    y: float


@dataclass
class Edge:
    """A relation between two placed entities."""

    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    status: str


def actor_graph(story: dict[str, Any]) -> tuple[list[Node], list[Edge], int]:
    """Entities that take part in relations on a circle, relations as lines; and the height."""
    names = entity_names(story)
    relations = [r for r in items(story, "relations")
                 if str(r.get("source")) in names and str(r.get("target")) in names]
    ids = list(dict.fromkeys(
        i for r in relations for i in (str(r.get("source")), str(r.get("target")))))
    if not ids:
        return [], [], 0
    size = 420
    cx, cy, radius = WIDTH / 2, size / 2, size / 2 - 40
    nodes = {}
    for k, entity_id in enumerate(ids):
        angle = 2 * math.pi * k / len(ids) - math.pi / 2
        nodes[entity_id] = Node(entity_id, names[entity_id],
                                round(cx + radius * 1.4 * math.cos(angle), 1),
                                round(cy + radius * math.sin(angle), 1))
    edges = []
    for r in relations:
        a, b = nodes[str(r.get("source"))], nodes[str(r.get("target"))]
        edges.append(Edge(a.x, a.y, b.x, b.y, str(r.get("type", "")), str(r.get("status", ""))))
    return list(nodes.values()), edges, size
