"""Genre across languages (issue 12, session 8): a text not told as a report is "other",
a French report stays news, English keeps the old rule, first-person cues are per
language. Fixtures are written here (invented places and people)."""

from __future__ import annotations

import importlib

import pytest

from claim_builders import make_article
from storylens.framing import classify_genre
from storylens.framing.genre_cues import CUES, FIRST_PLURAL, FIRST_SINGULAR, genre_cues

# An untitled column: the writer argues, asks, never attributes and names no day.
COLUMN_FR = (
    "Le budget de la province de Velmora est un aveu d'échec pour tout le monde. "
    "Ce texte ne règle rien et nous le paierons longtemps. Qui peut encore croire aux "
    "promesses de la majorité ? Depuis des années, la province attend des écoles, des "
    "routes et des hôpitaux. Mon quartier attend toujours la ligne de tram promise. "
    "Les élus ont perdu le sens de leur mandat, et personne ne semble s'en émouvoir. "
    "Il faut changer de méthode, sinon la colère grandira dans les villages comme en "
    "ville. Nous méritons mieux que ces comptes arrangés et ces discours creux. Que "
    "restera-t-il de cette législature quand viendra l'heure du bilan ? Pas grand-chose, "
    "à vrai dire, sinon des promesses oubliées et des chantiers à l'arrêt.")
# A report: attributions, days, people quoted.
REPORT_FR = (
    "Le gouverneur de la province de Velmora, Karl Ostrander, a démissionné lundi après le "
    "rejet de son budget par l'assemblée régionale, a indiqué son cabinet. « Je prends "
    "acte du vote », a déclaré M. Ostrander mardi devant la presse. L'assemblée avait "
    "rejeté le texte dimanche par 41 voix contre 12, selon le greffe. Le vice-gouverneur "
    "assurera l'intérim jusqu'à l'élection prévue en juin, a précisé le cabinet mardi. "
    "Des centaines de personnes se sont rassemblées mardi devant le palais provincial, "
    "selon la police. « Nous attendons un vrai changement », a affirmé une manifestante. "
    "Le parti de M. Ostrander a annoncé mercredi qu'il présenterait un candidat, selon "
    "son porte-parole, qui a dit attendre le calendrier de la commission électorale.")


def test_a_french_column_is_not_told_as_a_report() -> None:
    genre, reasons = classify_genre(make_article(COLUMN_FR, "Outlet A", language="fr"))
    assert genre == "other", reasons
    assert any(r.startswith("not told as a report: ") for r in reasons)
    assert classify_genre(make_article(REPORT_FR, "Outlet B", language="fr"))[0] == "news"


def test_the_model_abstains_outside_the_languages_it_was_fitted_on() -> None:
    # English BASIL must not fall: the same column in English keeps the old rule (news).
    column = ("The budget of Velmora province is an admission of failure for everyone. "
              "It settles nothing and we will pay for it for a long time. Who can still "
              "believe the promises of the majority? For years the province has waited "
              "for schools, roads and hospitals. My street still waits for the promised "
              "tram line. The councillors have lost the sense of their mandate, and nobody "
              "seems to care. The method must change, or anger will grow in the villages "
              "as in town. We deserve better than these arranged accounts and hollow "
              "speeches. What will remain of this term when the time comes to take stock?")
    assert classify_genre(make_article(column, "Outlet A", language="en"))[0] == "news"


def test_first_person_cues_are_per_language() -> None:
    index = CUES.index("first_singular")

    def first(text: str, language: str) -> float:
        return genre_cues(text, text, 0, language, ())[index]

    # "M. Ostrander" is an abbreviation, not the writer's "m'".
    assert first("M. Ostrander a parlé à M. Lind et à M. Brook.", "fr") == 0
    assert first("J'ai vu la place et je m'en souviens.", "fr") > 0
    # Italian "i" is an article; "ho" is the writer's own auxiliary (no pronoun needed).
    assert first("I ministri e i sindaci hanno votato.", "it") == 0
    assert first("Ho visto i ministri e ho votato.", "it") > 0
    assert first("He visto la plaza y creo que tienen razón.", "es") > 0


@pytest.mark.parametrize("language", sorted(FIRST_SINGULAR))
def test_first_person_forms_are_spacy_stop_words(language: str) -> None:
    stop = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    forms = FIRST_SINGULAR[language] + FIRST_PLURAL[language]
    assert [f for f in forms if f not in stop] == []
