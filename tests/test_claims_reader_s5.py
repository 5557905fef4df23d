"""Reader failures seen on fresh es/fr/it/en coverage (issue 11, session 5), one fixture each.

Every fixture is written for this test; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from storylens.claims.numbers import find_figures
from test_claims import article
from test_claims_reported import claims, statements


def counts(text: str, lang: str) -> list[str]:
    """The statements of the quantity claims of ``text``."""
    return [c.statement for c in extract_claims(article(text, lang)) if c.kind == "quantity"]


def said(text: str, lang: str, names: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The statements of the quote claims of ``text`` (exact spans checked by ``claims``)."""
    return [c.statement for c in claims(text, lang, names) if c.kind == "quote"]


@pytest.mark.parametrize(("lang", "text"), [
    # A count per unit of time is a rate, not the toll of one event.
    ("it", "Nelle carceri si parla ormai di dieci morti al giorno."),
    ("fr", "Les combats font des dizaines de morts tous les jours dans la région."),
    ("es", "En la provincia murieron unas 40 personas al día durante el asedio."),
    ("en", "The fighting killed about 200 people a day last month."),
    ("de", "In der Stadt starben 30 Menschen pro Tag."),
])
def test_a_rate_is_no_toll(lang: str, text: str) -> None:
    assert counts(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "a day after" / "al día siguiente" is a point in time, not a rate.
    ("en", "The bomb killed 20 people a day after the truce.", ["20 people were killed."]),
    ("es", "Murieron 12 personas al día siguiente.", ["12 people were killed."]),
])
def test_a_day_after_is_no_rate(lang: str, text: str, expected: list[str]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The noun of death governing the figure says what happened, not the nearer word.
    ("es", "El informe denuncia la ejecución de 9.000 detenidos en las cárceles del norte.",
     ["9,000 people were killed."]),
    ("es", "Los vecinos hallaron los cadáveres de al menos 60 civiles con heridas de bala.",
     ["At least 60 civilians were killed."]),
    ("it", "I soccorritori hanno recuperato i corpi di 14 minatori.",
     ["14 workers were killed."]),
    ("fr", "Les corps de 12 migrants ont été retrouvés dans un camion.",
     ["12 migrants were killed."]),
    ("en", "Police found the bodies of 9 women and children in the house.",
     ["9 people were killed."]),
])
def test_a_noun_of_death_decides_the_victim_class(lang: str, text: str,
                                                  expected: list[str]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Families are counted as families, not as the residents named after them.
    ("it", "Le 6 famiglie abitanti nel palazzo sono state evacuate.",
     ["6 families were evacuated."]),
    ("en", "Twelve families living in the block were evacuated.",
     ["12 families were evacuated."]),
    # A list of people nouns closed by "and" counts people; a noun after a comma alone
    # is an apposition and keeps the first noun.
    ("es", "El fotógrafo vio los cuerpos de más de 20 niños, mujeres y hombres.",
     ["More than 20 people were killed."]),
    ("es", "En la ciudad murieron 33 civiles, niños entre ellos.",
     ["33 civilians were killed."]),
])
def test_what_a_figure_counts(lang: str, text: str, expected: list[str]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "low", "high"), [
    # Two number words joined by a hyphen that make no number together are a range.
    ("it", "tra duecento-trecento persone", 200.0, 300.0),
    ("en", "two-three people", 2.0, 3.0),
    ("fr", "cinq-six personnes", 5.0, 6.0),
    # ... and a hyphenated number stays one number.
    ("fr", "quatre-vingts personnes", 80.0, 80.0),
    ("fr", "vingt-deux personnes", 22.0, 22.0),
    ("en", "twenty-five people", 25.0, 25.0),
])
def test_a_hyphen_between_number_words(lang: str, text: str, low: float, high: float) -> None:
    assert [(f.low, f.high) for f in find_figures(text, lang)] == [(low, high)]


def test_a_hyphen_range_reads_as_between() -> None:
    assert counts("Nella strage sono state uccise duecento-trecento persone.", "it") == [
        "Between 200 and 300 people were killed."]


@pytest.mark.parametrize(("lang", "text"), [
    # A date opened by "until" bounds a span; it is not when the toll happened.
    ("es", "Hasta junio de 2012 murieron 300 personas en la provincia."),
    ("fr", "Jusqu'au 3 mars, 300 personnes ont été tuées."),
    ("it", "Fino al 3 marzo sono state uccise 300 persone."),
    ("en", "The fighting killed 300 people until March 10."),
])
def test_an_until_date_is_not_when_a_toll_happened(lang: str, text: str) -> None:
    found = [c for c in extract_claims(article(text, lang, published="2016-05-02"))
             if c.kind == "quantity"]
    assert [(c.value.low if c.value else None, c.when) for c in found] == [(300.0, None)]


@pytest.mark.parametrize(("lang", "text"), [
    # A year right before a casualty verb is a year, not a toll of two thousand.
    ("es", "Hasta junio de 2012 murieron 300 personas."),
    ("es", "Entre 1990 y 2000 murieron 300 personas."),
    ("en", "In March 2012 died 300 people."),
])
def test_a_year_before_a_casualty_verb_is_no_toll(lang: str, text: str) -> None:
    assert [s for s in counts(text, lang) if s.startswith("2,")] == []
    assert "300 people were killed." in counts(text, lang)


def test_a_four_digit_toll_is_still_a_toll() -> None:
    assert counts("El ataque dejó 2000 muertos.", "es") == ["2,000 people were killed."]


@pytest.mark.parametrize(("lang", "text"), [
    # A casualty word after a noun of the speaker phrase makes it a clause about someone
    # else: no speaker can be read there.
    ("fr", "La fillette avait dix ans, selon des témoins tuée par une explosion."),
    ("es", "El ejército disparó contra la multitud, según vecinos muertos días después."),
])
def test_a_speaker_is_a_phrase_that_can_speak(lang: str, text: str) -> None:
    assert statements(text, lang) == []


def test_a_speaker_phrase_with_a_casualty_word_after_a_link_stays() -> None:
    text = "L'armée a tiré sur la foule, selon les médecins des blessés."
    assert statements(text, "fr") == [("les médecins des blessés",
                                       "L'armée a tiré sur la foule")]


@pytest.mark.parametrize(("text", "names", "expected"), [
    # The person a body or a place gives a title to is who spoke.
    ('"The meeting aims at ending the war," said Ruritania\'s Defence Minister Ana Vell.',
     (("GPE", "Ruritania"), ("ORG", "Defence"), ("PERSON", "Ana Vell")),
     ['Ruritania\'s Defence Minister Ana Vell said: "The meeting aims at ending the war"']),
    ('"Couples will now be treated equally," said Equal Rights Union President Mark Dole.',
     (("ORG", "Equal Rights Union"), ("PERSON", "Mark Dole")),
     ['Equal Rights Union President Mark Dole said: "Couples will now be treated equally"']),
    # A body alone still speaks.
    ('"Couples will now be treated equally," said the Equal Rights Union on Monday.',
     (("ORG", "Equal Rights Union"),),
     ['Equal Rights Union said: "Couples will now be treated equally"']),
    # A name apposed to the speaker phrase at the end of the sentence belongs to it.
    ('"We never allow such trade," said the spokeswoman, Mia Lund.',
     (("PERSON", "Mia Lund"),),
     ['the spokeswoman, Mia Lund said: "We never allow such trade"']),
])
def test_the_speaker_is_not_cut_short(text: str, names: tuple[tuple[str, str], ...],
                                      expected: list[str]) -> None:
    assert said(text, "en", names) == expected


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # An attribution inserted mid-sentence: the words go on after it.
    ("it", "La battaglia si concentra, ha spiegato il generale Bruno Alti, in un'area di "
           "dieci chilometri a nord della città.", (("PERSON", "Bruno Alti"),),
     ["According to il generale Bruno Alti: La battaglia si concentra in un'area di dieci "
      "chilometri a nord della città"]),
    ("es", "La situación es grave, dijo el ministro, en una región sin agua desde hace meses.",
     (), ["According to el ministro: La situación es grave en una región sin agua desde "
          "hace meses"]),
    # ... but an apposition about the speaker, or the writer's next clause, is not his.
    ("fr", "«Plus de 40 maisons ont brûlé depuis vendredi» soir, a déclaré Paul Marin, "
           "chef des pompiers, basé à Lyon.", (("PERSON", "Paul Marin"),),
     ["According to Paul Marin: «Plus de 40 maisons ont brûlé depuis vendredi» soir"]),
    ("en", "The cause of the fire was unclear, the police said, and an inquiry was opened.",
     (), ["According to the police: The cause of the fire was unclear"]),
    # A quotation split by its attribution is one quotation.
    ("en", '"We are a port town," said Ida Vos, "so if the ships stop, we are finished."',
     (("PERSON", "Ida Vos"),),
     ['Ida Vos said: "We are a port town so if the ships stop, we are finished"']),
    # A quotation after "X said," is what X said; the words before set the scene.
    ("en", "But asked whether the mayor should resign after the vote on the harbour budget, "
           "Mr. Lang said, “That is for the voters to decide.”", (("PERSON", "Mr. Lang"),),
     ['Mr. Lang said: "That is for the voters to decide"']),
    # A relay closing the sentence is the writer's, not the speaker's words.
    ("en", "Moss confirmed that the judge is his first choice, according to pool reports.",
     (("PERSON", "Moss"),), ["According to Moss: the judge is his first choice"]),
])
def test_what_the_speaker_said(lang: str, text: str, names: tuple[tuple[str, str], ...],
                               expected: list[str]) -> None:
    assert said(text, lang, names) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A headline glued to the first sentence (a missed sentence end) is left out.
    ("Doce muertos en los choques Los choques dejaron ayer doce muertos, según la Cruz Roja.",
     ["According to Cruz Roja: Los choques dejaron ayer doce muertos"]),
    # A capitalised article opening a name is no sentence end.
    ("Los choques dejaron ayer doce muertos en Los Ángeles, según la Cruz Roja.",
     ["According to Cruz Roja: Los choques dejaron ayer doce muertos en Los Ángeles"]),
])
def test_a_glued_headline_is_not_reported_words(text: str, expected: list[str]) -> None:
    assert said(text, "es", (("ORG", "Cruz Roja"),)) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A purpose clause between a casualty word and a figure: the figure is not counted.
    ("it", "L'agenzia ha smesso di contare le vittime per concentrarsi sugli oltre 2 milioni "
           "di profughi.", []),
    # ... "per errore" (by mistake) is no purpose clause.
    ("it", "Il raid aereo ha ucciso per errore 24 soldati.", ["24 soldiers were killed."]),
    # A vague amount counts the noun after "di/de/of": pigs are no people.
    ("it", "Migliaia di maiali morti sono stati trovati nel fiume.", []),
    ("en", "Thousands of fish died in the lake.", []),
    # ... a partitive of an exact number still counts people.
    ("es", "Dos de mis hijos murieron en el ataque.", ["2 people were killed."]),
])
def test_what_a_casualty_word_reaches(lang: str, text: str, expected: list[str]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # The apostrophe of an elided "qu'il" does not open the reported words.
    ("fr", "Le ministre a estimé qu'il existait des liens entre les deux groupes.", (),
     ["According to Le ministre: il existait des liens entre les deux groupes"]),
    # Two sources in one sentence: the words before the last "selon" are not its alone.
    ("fr", "Depuis mars, plus de 900 personnes ont péri, selon l'Observatoire, et 700, "
           "selon l'ONU.", (("ORG", "ONU"), ("ORG", "Observatoire")),
     ["According to Observatoire: Depuis mars, plus de 900 personnes ont péri"]),
    # A comma inside a figure is no apposition boundary.
    ("en", "According to Tech Daily, industry sources say the camera shoots 1,000 frames a "
           "second.", (("ORG", "Tech Daily"),),
     ["According to Tech Daily: industry sources say the camera shoots 1,000 frames a "
      "second"]),
    # A quotation before the verb is what was said; the clause after is the writer's.
    ("es", '"Pedimos una figura neutral", declaró el portavoz poco antes de conocerse que '
           "se había nombrado a otro candidato.", (), []),
    # ... a quoted word inside an opener does not make it a quotation.
    ("en", 'Declaring the release "significant", officials said the talks would go on.', (),
     ["According to officials: the talks would go on"]),
    # Lower-case nouns closing a phrase after a name are its head.
    ("en", "Moss confirmed that the judge is his first choice, according to City Hall pool "
           "reports.", (("PERSON", "Moss"), ("ORG", "City Hall")),
     ["According to City Hall pool reports: Moss confirmed that the judge is his first "
      "choice", "According to Moss: the judge is his first choice"]),
])
def test_who_said_what_in_harder_shapes(lang: str, text: str,
                                         names: tuple[tuple[str, str], ...],
                                         expected: list[str]) -> None:
    assert said(text, lang, names) == expected


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # ", but" and an auxiliary: the writer tells what the speaker did, not his words.
    ("en", "Moss said after the vote that he would repay the money, but has not done so.",
     (("PERSON", "Moss"),), ["According to Moss: he would repay the money"]),
    # ", but" and another subject reporting: another speaker.
    ("en", "Moss said that the letters did not speak for all members, but the board replied "
           "that they did.", (("PERSON", "Moss"),),
     ["According to Moss: the letters did not speak for all members"]),
    # ... but the speaker going on ("pero señaló que") keeps the whole report.
    ("es", 'El ministro aseguró que la obra es "urgente", pero señaló que "no debe dañar el '
           'barrio".', (),
     ['According to El ministro: la obra es "urgente", pero señaló que "no debe dañar el '
      'barrio"']),
    # "that's" is no complementizer.
    ("en", "And the police chief says that's because the roads were closed.", (), []),
    # The words after a mid-sentence "selon X," carry on the clause before it.
    ("fr", "Au moins 700 personnes ont été tuées, selon l'ONU, depuis le début de la "
           "contestation.", (("ORG", "ONU"),),
     ["According to ONU: Au moins 700 personnes ont été tuées"]),
    # ... while an opener before "según X," still leaves the words after to X.
    ("es", "En una de ellas, según testigos, un grupo derribó un muro.", (),
     ["According to testigos: un grupo derribó un muro"]),
    # A name that goes on past a comma ("Industria, Turismo y Comercio"): abstain.
    ("es", "Según el Ministerio de Industria, Turismo y Comercio, la balanza con Yemen es "
           "diversa.", (("ORG", "Ministerio de Industria"),), []),
])
def test_where_the_reported_words_end(lang: str, text: str,
                                      names: tuple[tuple[str, str], ...],
                                      expected: list[str]) -> None:
    assert said(text, lang, names) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A casualty word after a plural article is a noun of its own: the protesters buried
    # the victims, they were not the victims.
    ("fr", "Des milliers de manifestants ont enterré les victimes de la répression.", []),
    # ... unless "among" or a copula joins them.
    ("en", "At least 30 people were among the dead.", ["At least 30 people were killed."]),
    ("it", "Sei donne sono le vittime della strage.", ["6 women were casualties."]),
    # "si è fermato" (it stopped) is no arrest; "ha fermato" is.
    ("it", "Il conteggio si è fermato intorno a qualche centinaia.", []),
    ("it", "Decine di persone sono state fermate.", ["Dozens of people were arrested."]),
])
def test_which_people_a_casualty_word_names(lang: str, text: str,
                                            expected: list[str]) -> None:
    assert counts(text, lang) == expected


def test_a_demonstrative_that_after_but_is_no_report() -> None:
    text = "Moss said that he would repay the money, but has not made good on that promise."
    assert said(text, "en", (("PERSON", "Moss"),)) == [
        "According to Moss: he would repay the money"]


def test_a_footnote_mark_after_the_speaker_does_not_crash() -> None:
    # "(2)" after the name holds no word: the tail check must not index into nothing.
    text = ('"Le pays compte un grand nombre de conseillers étrangers", affirme Paul Marin '
            "(2), professeur à l'Institut.")
    assert said(text, "fr", (("PERSON", "Paul Marin"),)) == [
        'Paul Marin said: "Le pays compte un grand nombre de conseillers étrangers"']
