"""Actor graph exports: GraphML and JSON that round-trip, an SVG that cannot run anything."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from storylens.graph import graph_json, graphml, svg
from storylens.report._html import render_html

_HOSTILE = '<script>alert("x")</script> & Co'


def _story() -> dict:
    return {
        "id": "s1",
        "entities": [{"id": "e1", "name": "Karl Ostrander", "type": "PERSON"},
                     {"id": "e2", "name": _HOSTILE, "type": "ORG"},
                     {"id": "e3", "name": "Velmora", "type": "GPE"}],
        "relations": [{"source": "e1", "type": "meets", "target": "e2", "claim_ids": ["c1"],
                       "status": "corroborated"},
                      {"source": "e2", "type": "attacks", "target": "e3",
                       "claim_ids": ["c2", "c3"], "status": "disputed"}],
    }


def test_json_lists_only_entities_on_an_edge() -> None:
    data = graph_json(_story())
    assert [n["id"] for n in data["nodes"]] == ["e1", "e2", "e3"]
    assert data["edges"][1] == {"source": "e2", "target": "e3", "type": "attacks",
                                "status": "disputed", "claim_ids": ["c2", "c3"],
                                "evidence": []}
    lonely = {**_story(), "relations": []}
    assert graph_json(lonely)["nodes"] == [] and svg(lonely) == ""


def test_graphml_parses_and_keeps_names_and_types() -> None:
    root = ElementTree.fromstring(graphml([_story()]))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = [d.text for d in root.iterfind(".//g:node/g:data[@key='name']", ns)]
    assert names == ["Karl Ostrander", _HOSTILE, "Velmora"]
    kinds = [d.text for d in root.iterfind(".//g:edge/g:data[@key='rtype']", ns)]
    assert kinds == ["meets", "attacks"]


def test_svg_escapes_names_and_holds_no_script() -> None:
    picture = svg(_story())
    ElementTree.fromstring(picture)  # well-formed
    assert "<script" not in picture and "&lt;script&gt;" in picture
    page = render_html({"stories": [{**_story(), "title": "T", "article_ids": [],
                                     "languages": [], "claims": [], "brief": {}}],
                        "articles": []})
    assert "<svg" in page and "<script" not in page


def test_symmetric_relations_have_no_arrowhead() -> None:
    picture = svg(_story())
    lines = [part for part in picture.split("<line")[1:]]
    assert "marker-end" not in lines[0]  # meets
    assert "marker-end" in lines[1]  # attacks


def test_evidence_travels_to_every_export_and_is_escaped() -> None:
    story = _story()
    story["relations"][0]["evidence"] = [{"article_id": "a1", "start": 0, "end": 9,
                                          "quote": _HOSTILE, "attributed_to": None}]
    assert graph_json(story)["edges"][0]["evidence"][0]["quote"] == _HOSTILE
    root = ElementTree.fromstring(graphml([story]))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    [said] = [d.text for d in root.iterfind(".//g:edge/g:data[@key='evidence']", ns)
              if d.text]
    assert _HOSTILE in said and "a1:0-9" in said
    picture = svg(story)
    assert "<script" not in picture and "&lt;script&gt;" in picture
