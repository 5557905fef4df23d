"""How the brief words figures and quotes (reader passes of session 9): an English vague
amount links a plain noun with "of", a range keeps both bounds, a quote told by several
copies is worded from the article its frame was read from. Fixtures are invented."""

from __future__ import annotations

import pytest

from claim_builders import make_article, make_claim
from storylens.records import Value


@pytest.mark.parametrize(("kind", "expected"), [
    ("casualties", "hundreds of casualties"), ("deaths", "hundreds of deaths"),
    ("killed", "hundreds killed")])
def test_an_english_vague_amount_links_a_plain_noun_with_of(kind: str, expected: str) -> None:
    from storylens.brief.compose import figure_text

    article = make_article("The shelling caused hundreds of casualties in the old town.",
                           "The Ledger", language="en")
    claim = make_claim(article, "hundreds of casualties",
                       value=Value(type=kind, low=200.0, high=999.0, unit="people",
                                   modifier="hundreds"))
    text = figure_text(claim, {article.id: article}, "en")
    assert text is not None and text.casefold() == expected


@pytest.mark.parametrize(("language", "modifier", "expected"), [
    # A range keeps both bounds: its midpoint is a number no source wrote (reader pass
    # it, session 9: "tra le 100 e le 150 persone" read "Circa 125 morti").
    ("it", "between", "tra 100 e 150"), ("en", "between", "between 100 and 150"),
    ("fr", "from", "entre 100 et 150"), ("en", None, "between 100 and 150")])
def test_a_range_is_worded_by_its_bounds(language: str, modifier: str | None,
                                         expected: str) -> None:
    from storylens.brief.phrases import amount

    value = Value(type="killed", low=100.0, high=150.0, unit="people", modifier=modifier)
    assert amount(value, language) == expected


def test_a_merged_quote_is_worded_from_the_article_its_frame_was_read_from() -> None:
    # Two papers print one statement edited by a word: the reported words come from the
    # frame's article, not a lone quoted phrase of the other copy (reader pass fr,
    # session 9: « terroristes armés » alone).
    from storylens.brief.compose import quote_sentence
    from storylens.records import Argument, Evidence, Frame

    first = ("L'armée a expliqué que des \"pirates armés\" avaient attaqué le port, tuant "
             "un gardien.")
    second = ("L'armée a expliqué que des \"pirates armés\" avaient attaqué le port, "
              "provoquant la mort d'un gardien.")
    a = make_article("Le port est fermé. " + first, "Le Courrier", language="fr")
    b = make_article("Le port reste fermé. " + second, "La Gazette", language="fr")
    claim = make_claim(a, first, "quote", attributed_to="L'armée")
    start = b.text.index(second)
    claim.sources.append(Evidence(b.id, start, start + len(second), second, "L'armée"))
    reported = "des \"pirates armés\" avaient attaqué le port, provoquant la mort d'un gardien"
    at = b.text.index(reported)
    claim.frame = Frame(kind="statement", article_id=b.id,
                        content=Argument(reported, at, at + len(reported)))
    made = quote_sentence(claim, {}, {a.id: a, b.id: b}, "fr")
    assert made is not None and "provoquant la mort d'un gardien" in made.text


@pytest.mark.parametrize(("text", "expected"), [
    # A floor written as a word of approximation stays approximate in the story's
    # statement (hook sample, session 9: "At least 50 killed" for "au moins une
    # cinquantaine"); a floor in digits stays exact.
    ("Le 8 mars, au moins une cinquantaine de personnes ont été tuées sur le port de Velmora.",
     "At least about 50 killed"),
    ("Le 8 mars, au moins 50 personnes ont été tuées sur le port de Velmora.",
     "At least 50 killed"),
])
def test_an_approximate_floor_keeps_about_in_the_statement(text: str, expected: str) -> None:
    from storylens.brief.statements import statement_in
    from storylens.claims import extract_claims
    from test_claims import article

    made = article(text, "fr")
    [claim] = [c for c in extract_claims(made) if c.kind == "quantity"]
    statement = statement_in(claim, {}, {made.id: made}, "en")
    assert statement is not None and statement.startswith(expected + " ")
