"""Titles of scraped plain text: a dateline or a time stamp above the body is not one.

Fixtures are written for these tests.
"""

from __future__ import annotations

from storylens.clean import clean_plain


def test_a_dateline_or_a_time_stamp_is_not_the_title() -> None:
    # Scraped agency copy: headline, a two-digit-year stamp, then "à <city> (AGENCY)".
    text = ("Inondations: des milliers d'habitants évacués dans la vallée du Rhône\n"
            "12-03-19 à 09h15\n"
            "à La Rochelle (AFP)\n"
            "Des milliers d'habitants ont été évacués mardi dans la vallée du Rhône après "
            "des pluies torrentielles, ont annoncé les autorités locales.\n\n"
            "Les secours ont porté assistance à plusieurs centaines de personnes bloquées "
            "sur les toits, selon la préfecture, qui redoute une nouvelle crue jeudi.")
    cleaned = clean_plain(text)
    assert cleaned.title == ("Inondations: des milliers d'habitants évacués dans la vallée "
                             "du Rhône")
