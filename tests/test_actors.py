"""Typed actor-graph edges: agent and patient, status, exact spans, and abstentions."""

from __future__ import annotations

import pytest

from storylens.actors import build_relations
from storylens.claims.relations import find_typed_relations
from storylens.graph import graph_json, graphml, svg
from storylens.records import Article, Entity, Mention, to_dict
from storylens.sentences import segment_article


def _relations(text: str, lang: str, parties: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    mentions = []
    for surface, label in parties:
        start = text.index(surface)
        mentions.append(Mention("a", start, start + len(surface), surface, label, surface))
    mentions.sort(key=lambda m: m.start)
    return [(r.type, r.agent.text, r.patient.text)
            for r in find_typed_relations(text, lang, 0, len(text), mentions)]


# Two languages (at least) for every type; the fixtures are this project's own sentences.
TYPED = [
    ("supports", "en", "Norland backed Pell in the vote on Tuesday.", "Norland", "Pell"),
    ("supports", "es", "Norlandia apoya a Pell en la votación.", "Norlandia", "Pell"),
    ("supports", "it", "Norlandia ha sostenuto Pell durante il voto.", "Norlandia", "Pell"),
    ("opposes", "fr", "La Norlandie a condamné Pell après le vote.", "Norlandie", "Pell"),
    ("opposes", "de", "Norland kritisierte Pell nach der Abstimmung.", "Norland", "Pell"),
    ("attacks", "en", "Norland shelled Vesk overnight, residents said.", "Norland", "Vesk"),
    ("attacks", "es", "Norlandia bombardeó Vesk durante la noche.", "Norlandia", "Vesk"),
    ("attacks", "fr", "La Norlandie a bombardé Vesk dans la nuit.", "Norlandie", "Vesk"),
    ("calls_on", "en", "Ama Pell urged Tomas Vey to resign.", "Ama Pell", "Tomas Vey"),
    ("calls_on", "fr", "Ama Pell appelle Tomas Vey à démissionner.", "Ama Pell", "Tomas Vey"),
    ("calls_on", "de", "Ama Pell forderte Tomas Vey zum Rücktritt auf.", "Ama Pell", "Tomas Vey"),
    ("accuses", "en", "Ama Pell accused Tomas Vey of lying.", "Ama Pell", "Tomas Vey"),
    ("accuses", "it", "Ama Pell accusa Tomas Vey di aver mentito.", "Ama Pell", "Tomas Vey"),
]


@pytest.mark.parametrize(("kind", "lang", "text", "agent", "patient"), TYPED)
def test_typed_edge_has_agent_and_patient(kind: str, lang: str, text: str, agent: str,
                                          patient: str) -> None:
    labels = [(agent, "PERSON" if " " in agent else "GPE"),
              (patient, "PERSON" if " " in patient else "GPE")]
    assert _relations(text, lang, labels) == [(kind, agent, patient)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ama Pell and Tomas Vey were in Vesk on Monday."),            # no relation
    ("en", "Ama Pell condemned the attack on Tomas Vey."),             # a thing's complement
    ("en", "Tomas Vey was attacked, Ama Pell said."),                   # passive, a speaker
    ("en", "Ama Pell did not back Tomas Vey."),                         # negated
    ("es", "Ama Pell no apoya a Tomas Vey."),                           # negated
    ("fr", "Ama Pell appelle Tomas Vey."),                              # phoning, not calling on
    ("de", "Ama Pell forderte Tomas Vey."),                             # no "auf"
    ("fr", "Le porte-parole de Ama Pell critique Tomas Vey."),          # agent is a complement
])
def test_no_edge_without_a_clear_agent_and_patient(lang: str, text: str) -> None:
    names = [("Ama Pell", "PERSON"), ("Tomas Vey", "PERSON")]
    if "Vesk" in text:
        names.append(("Vesk", "GPE"))
    assert _relations(text, lang, names) == []


def _story(texts: list[str]) -> tuple[dict[str, Article], list[Entity]]:
    articles = {}
    pell = Entity("e-pell", "Ama Pell", "PERSON")
    vey = Entity("e-vey", "Tomas Vey", "PERSON")
    for n, text in enumerate(texts):
        article = segment_article(Article(id=f"a{n}", source="t", text=text, language="en"))
        articles[article.id] = article
        for entity in (pell, vey):
            for surface in (entity.name, entity.name.split()[1]):
                start = text.find(surface)
                if start >= 0 and not any(m.article_id == article.id and m.start <= start
                                          < m.end for m in entity.mentions):
                    entity.mentions.append(Mention(article.id, start, start + len(surface),
                                                   surface, entity.type))
    return articles, [pell, vey]


def test_edges_carry_status_and_exact_evidence_and_export() -> None:
    articles, entities = _story(["Ama Pell urged Tomas Vey to resign on Monday.",
                                 "On Monday Pell urged Vey to resign within a week.",
                                 "Ama Pell and Tomas Vey spoke at the same rally."])
    [edge] = build_relations([], entities, articles)
    assert (edge.source, edge.type, edge.target) == ("e-pell", "calls_on", "e-vey")
    assert edge.status == "corroborated"  # two articles, independently
    assert {e.article_id for e in edge.evidence} == {"a0", "a1"}
    for span in edge.evidence:
        assert articles[span.article_id].text[span.start:span.end] == span.quote
    story = {"id": "s1", "entities": [to_dict(e) for e in entities],
             "relations": [to_dict(edge)]}
    data = graph_json(story)
    assert data["edges"][0]["evidence"][0]["quote"] == edge.evidence[0].quote
    assert "calls_on" in graphml([story]) and "calls on" in svg(story)


def test_one_source_is_single_source_and_opposite_claims_are_disputed() -> None:
    articles, entities = _story(["Ama Pell backed Tomas Vey in the debate.",
                                 "Ama Pell condemned Tomas Vey in the debate."])
    edges = {e.type: e for e in build_relations([], entities, articles)}
    assert edges["supports"].status == edges["opposes"].status == "disputed"
    articles, entities = _story(["Ama Pell backed Tomas Vey in the debate."])
    [edge] = build_relations([], entities, articles)
    assert edge.status == "single_source"


def test_copies_of_one_story_are_one_source() -> None:
    articles, entities = _story(["Ama Pell backed Tomas Vey in the debate.",
                                 "Ama Pell backed Tomas Vey in the debate, again."])
    articles["a1"].duplicate_of = "a0"
    [edge] = build_relations([], entities, articles)
    assert edge.status == "single_source"


def test_patient_named_after_a_title_apposition() -> None:
    text = "Ama Pell ha pedido a su homólogo, Tomas Vey, que dimita."
    names = [("Ama Pell", "PERSON"), ("Tomas Vey", "PERSON")]
    assert _relations(text, "es", names) == [("calls_on", "Ama Pell", "Tomas Vey")]
    # A thing before the comma is not a title: "condemned the vote, Tomas Vey said".
    text = "Ama Pell condemned the vote, Tomas Vey said."
    assert _relations(text, "en", names) == []


def test_possessor_and_modifier_are_not_agent_or_patient() -> None:
    names = [("Norland", "GPE"), ("Vesk", "GPE"), ("Ama Pell", "PERSON")]
    assert _relations("Norland's ally backed Vesk in the vote.", "en", names[:2]) == []
    assert _relations("Norland accused Vesk envoy Ama Pell of lying.", "en", names) == []
    assert _relations("Norland accused Vesk and Ama Pell of lying.", "en", names) == [
        ("accuses", "Norland", "Vesk"), ("accuses", "Norland", "Ama Pell")]  # both accused
