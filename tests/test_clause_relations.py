"""Actor-graph edges told around the verb: passives with their agent, relative clauses,
coordinated patients and nominal events (en, fr, es, it), and where they abstain."""

from __future__ import annotations

import pytest

from storylens.actors import build_relations
from storylens.claims.relations import find_meetings
from storylens.records import Article, Entity, Mention
from storylens.sentences import segment_article
from test_actors import _relations

P, G = "PERSON", "GPE"


# This project's own sentences; names are invented.
FOUND = [
    # passives with their agent: the agent after the preposition, the patient before
    ("es", "Vesk fue apoyado por Norlandia durante la guerra.", "supports", "Norlandia", "Vesk"),
    ("fr", "Le Vesk est soutenu par la Norlandie depuis 2019.", "supports", "Norlandie", "Vesk"),
    ("fr", "Le Vesk, soutenu par la Norlandie, a résisté.", "supports", "Norlandie", "Vesk"),
    ("it", "Il Vesk è stato sostenuto dalla Norlandia.", "supports", "Norlandia", "Vesk"),
    ("es", "Ama Pell, que fue acusado por Norlandia, dimitió.", "accuses", "Norlandia", "Ama Pell"),
    ("en", "Vesk was shelled by Norland overnight.", "attacks", "Norland", "Vesk"),
    # relative clauses
    ("es", "Norlandia, que apoya a Vesk desde 2019, envió armas.", "supports", "Norlandia", "Vesk"),
    ("fr", "La Norlandie, qui soutient Vesk, a envoyé des armes.", "supports", "Norlandie", "Vesk"),
    ("it", "La Norlandia, che sostiene Vesk, ha inviato armi.", "supports", "Norlandia", "Vesk"),
    ("fr", "Ama Pell, que la Norlandie soutenait, a perdu.", "supports", "Norlandie", "Ama Pell"),
    ("es", "Ama Pell, al que Norlandia acusó de fraude, dimitió.", "accuses", "Norlandia",
     "Ama Pell"),
    # nominal events
    ("fr", "La rencontre entre Ama Pell et Tomas Vey a duré deux heures.", "meets", "Ama Pell",
     "Tomas Vey"),
    ("it", "L'incontro tra Ama Pell e Tomas Vey è durato un'ora.", "meets", "Ama Pell",
     "Tomas Vey"),
    ("fr", "L'attaque de la Norlandie contre Vesk a fait dix morts.", "attacks", "Norlandie",
     "Vesk"),
    ("es", "La ofensiva de Norlandia contra Vesk continúa.", "attacks", "Norlandia", "Vesk"),
    ("it", "L'offensiva della Norlandia contro Vesk è iniziata.", "attacks", "Norlandia", "Vesk"),
    ("en", "The attack by Norland on Vesk killed ten.", "attacks", "Norland", "Vesk"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "agent", "patient"), FOUND)
def test_relation_told_around_the_verb(lang: str, text: str, kind: str, agent: str,
                                       patient: str) -> None:
    labels = [(name, P if " " in name else G) for name in (agent, patient)]
    assert _relations(text, lang, labels) == [(kind, agent, patient)]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Norlandia condenó a Vesk y a Ostra por el ataque."),
    ("en", "Norland condemned Vesk and Ostra on Monday."),
])
def test_coordinated_patients_each_get_an_edge(lang: str, text: str) -> None:
    parties = [("Norlandia" if lang == "es" else "Norland", G), ("Vesk", G), ("Ostra", G)]
    found = _relations(text, lang, parties)
    assert [(k, p) for k, _, p in found] == [("opposes", "Vesk"), ("opposes", "Ostra")]


# Each pair: a sentence the reading takes, and a near one where it must abstain.
ABSTAIN = [
    # the last name opens a clause of its own
    ("fr", "La Norlandie a bombardé Vesk et Ostra dans la nuit.", ("attacks", "Norlandie", "Ostra"),
     "La Norlandie a bombardé Vesk et Ostra a riposté."),
    # planned, not held
    ("fr", "La rencontre entre Ama Pell et Tomas Vey a duré deux heures.",
     ("meets", "Ama Pell", "Tomas Vey"),
     "Une rencontre prévue entre Ama Pell et Tomas Vey a été annulée."),
    ("en", "The talks between Ama Pell and Tomas Vey ended on Monday.",
     ("meets", "Ama Pell", "Tomas Vey"),
     "Norland called for talks between Ama Pell and Tomas Vey."),
    # a noun's complement is not the passive's subject, nor its agent
    ("fr", "Le Vesk est soutenu par la Norlandie.", ("supports", "Norlandie", "Vesk"),
     "Le chef du Vesk est soutenu par la Norlandie."),
    ("es", "Vesk fue atacado por Norlandia.", ("attacks", "Norlandia", "Vesk"),
     "Vesk fue atacado por fuerzas de Norlandia."),
    # "que" after an indirect object opens what was said, not a relative clause
    ("es", "Ama Pell habló con Tomas Vey, que apoya a Ostra.", ("supports", "Tomas Vey", "Ostra"),
     "Ama Pell dijo a Tomas Vey que apoya a Ostra."),
    # a speaker is no agent of what the quote names
    ("it", "Vesk è stato attaccato da Ama Pell.", ("attacks", "Ama Pell", "Vesk"),
     "Ama Pell ha detto che Vesk è stato attaccato."),
]


@pytest.mark.parametrize(("lang", "good", "edge", "bad"), ABSTAIN)
def test_no_edge_where_the_clause_does_not_say_who(lang: str, good: str,
                                                   edge: tuple[str, str, str], bad: str) -> None:
    names = {"Norlandie", "Norlandia", "Norland", "Vesk", "Ostra", "Ama Pell", "Tomas Vey"}
    kind = {name: P if " " in name else G for name in names}
    for text, expected in ((good, True), (bad, False)):
        labels = [(n, kind[n]) for n in sorted(names, key=text.find) if n in text]
        found = [(k, a, p) for k, a, p in _relations(text, lang, labels)]
        # an attack between people is told as opposition (typed_relations.verbal_attacks)
        found = [("attacks" if k == "opposes" and edge[0] == "attacks" else k, a, p)
                 for k, a, p in found]
        assert (edge in found) is expected, text


def test_graph_reads_a_passive_in_a_language_with_a_parse_without_parsing() -> None:
    """An English or French sentence with no cue word for the parse still gives the edge
    its passive states, between the story's canonical entities."""
    text = "Le Vesk est appuyé par la Norlandie depuis des années."
    article = segment_article(Article(id="a1", source="s", text=text, language="fr"))
    entities = [Entity(id=f"e{i}", name=name, type=G, mentions=[
        Mention("a1", text.index(name), text.index(name) + len(name), name, G)])
        for i, name in enumerate(("Vesk", "Norlandie"))]
    relations = build_relations([], entities, {"a1": article}, parser_for=lambda _: None)
    assert [(r.source, r.type, r.target) for r in relations] == [("e1", "supports", "e0")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ama Pell y Tomas Vey se reunieron hace unos días en Vesk."),
    ("fr", "Ama Pell et Tomas Vey se sont rencontrés mardi à Vesk."),
    ("it", "Ama Pell e Tomas Vey si sono incontrati ieri."),
])
def test_two_subjects_of_a_reflexive_meeting_verb_met(lang: str, text: str) -> None:
    mentions = [Mention("a", text.index(n), text.index(n) + len(n), n, P, n)
                for n in ("Ama Pell", "Tomas Vey")]
    found = find_meetings(text, lang, 0, len(text), mentions)
    assert [(m.subject.text, m.object.text) for m in found] == [("Ama Pell", "Tomas Vey")]


def test_call_on_a_titled_name_with_a_second_object_before_the_infinitive() -> None:
    """ "M." ends no clause, an imperfect calls on too, and a second object may stand
    between the patient and "de"; a phone call with company is still no call."""
    text = "Le président Ama Pell demandait à M. Vey et à l'opposition d'engager un dialogue."
    for patient in ("Vey", "M. Vey"):  # the title inside the name or before it
        assert _relations(text, "fr", [("Ama Pell", P), (patient, P)]) == [
            ("calls_on", "Ama Pell", patient)]
    text = "Ama Pell appelle Tomas Vey et sa femme tous les jours."
    assert _relations(text, "fr", [("Ama Pell", P), ("Tomas Vey", P)]) == []
