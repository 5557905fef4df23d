"""A page that prints one article twice keeps one copy; versions that differ in meaning stay."""

from __future__ import annotations

from storylens.clean import clean_document
from storylens.clean._versions import cut_repeated_versions
from storylens.config import Settings
from storylens.records import RawDocument

# Written for this test: a storm report the page template printed twice, the second time
# with one word added, then a paragraph rewritten by an update.
FIRST = ("Le barrage de Sainte-Aude a cédé samedi soir après trois jours de pluies "
         "torrentielles, selon la préfecture, et douze villages ont été évacués.")
FIRST_AGAIN = ("Le barrage de Sainte-Aude a cédé samedi soir après trois jours de pluies "
               "très torrentielles, selon la préfecture, et douze villages ont été évacués.")
OTHER = ("Les secours ont installé un centre d'accueil dans le gymnase de la commune, "
         "où quelque trois cents habitants ont passé la nuit sur des lits de camp.")
REWRITTEN = ("Selon le maire, la digue était surveillée tantôt par la commune, tantôt par "
             "l'État, et personne ne savait qui devait donner l'alerte ce soir-là.")
REWRITTEN_BEFORE = ("Selon le maire, la digue était surveillée par la commune, et personne "
                    "ne savait qui devait donner l'alerte ce soir-là.")


def test_a_paragraph_printed_twice_is_kept_once() -> None:
    text = "\n".join([FIRST, OTHER, FIRST_AGAIN, OTHER])
    kept, removed = cut_repeated_versions(text)
    assert kept.split("\n") == [FIRST, OTHER]  # the first copy, offsets unchanged
    assert [(cut.text, cut.kind) for cut in removed] == [(FIRST_AGAIN, "repeated"),
                                                         (OTHER, "repeated")]


def test_versions_that_differ_by_a_clause_are_both_kept() -> None:
    text = "\n".join([REWRITTEN_BEFORE, OTHER, REWRITTEN])
    assert cut_repeated_versions(text) == (text, [])


def test_short_lines_are_left_to_the_line_filters() -> None:
    text = "\n".join(["Lire aussi", FIRST, "Lire aussi", OTHER])
    assert cut_repeated_versions(text) == (text, [])


def test_a_page_with_two_copies_keeps_one_in_the_article_text() -> None:
    page = "Le barrage de Sainte-Aude a cédé\n" + "\n".join([FIRST, OTHER, FIRST, OTHER])
    article = clean_document(RawDocument(source="page.txt", content=page, format="text"),
                             Settings())
    assert article.text.count(OTHER) == 1
    assert article.text.count(FIRST) == 1
    assert [cut.text for cut in article.removed if cut.kind == "repeated"] == [FIRST, OTHER]
