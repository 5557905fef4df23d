"""Statements carry the reported words only; speakers are exact; unclear shapes abstain.

One fixture per reader failure seen on real coverage (issue 11), in en, fr, es and it.
Every fixture is written for this test; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from storylens.records import Argument, Claim
from test_claims import article

Names = tuple[tuple[str, str], ...]


def claims(text: str, lang: str, names: Names = ()) -> list[Claim]:
    art = article(text, lang, names)
    found = extract_claims(art)
    for claim in found:
        ev = claim.sources[0]
        assert ev.quote == text[ev.start:ev.end]
        frame = claim.frame
        assert frame is not None
        args: list[Argument | None] = [frame.agent, frame.figure, frame.place, frame.time,
                                       frame.attribution, frame.content, *frame.participants]
        for arg in args:
            assert arg is None or text[arg.start:arg.end] == arg.text
    return found


def statements(text: str, lang: str, names: Names = ()) -> list[tuple[str, str]]:
    """(speaker, reported words) of each statement claim."""
    out = []
    for claim in claims(text, lang, names):
        if claim.frame and claim.frame.kind == "statement":
            assert claim.frame.content is not None and claim.frame.agent is not None
            out.append((claim.frame.agent.text, claim.frame.content.text))
    return out


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # The content is the reported clause, not the whole sentence around it.
    ("en", "At a town meeting, Ellen Park said that the ferry would resume on Monday.",
     (("PERSON", "Ellen Park"),), ("Ellen Park", "the ferry would resume on Monday")),
    ("en", "“We will rebuild the pier by spring,” the mayor said on Friday.", (),
     ("the mayor", "We will rebuild the pier by spring")),
    # No "selon" / "according to" inside the speaker.
    ("fr", "Selon la préfecture, trois routes restent fermées.", (),
     ("la préfecture", "trois routes restent fermées")),
    ("fr", "Trois routes restent fermées, a indiqué la préfecture mardi.", (),
     ("la préfecture", "Trois routes restent fermées")),
    ("fr", "Quarante blessés ont été soignés, a précisé la préfecture selon un bilan.", (),
     ("la préfecture", "Quarante blessés ont été soignés")),
    ("es", "La portavoz del Ministerio de Defensa ha asegurado que la base está intacta.",
     (("ORG", "Ministerio de Defensa"),),
     ("La portavoz del Ministerio de Defensa", "la base está intacta")),
    ("es", "Según el Ministerio de Salud, doce personas resultaron heridas.",
     (("ORG", "Ministerio de Salud"),), ("Ministerio de Salud",
                                          "doce personas resultaron heridas")),
    ("it", "«La strada resterà chiusa fino a domani», ha detto il sindaco.", (),
     ("il sindaco", "La strada resterà chiusa fino a domani")),
    ("it", "Secondo la protezione civile, due persone sono disperse nel fiume.", (),
     ("la protezione civile", "due persone sono disperse nel fiume")),
    # Words and attribution set off by dashes: the source said only what the dashes hold.
    ("fr", "Lassé des retards du chantier – une véritable honte nationale, selon le maire "
           "Paul Orvin –, le conseil a voté la fin du contrat.", (("PERSON", "Paul Orvin"),),
     ("le maire Paul Orvin", "une véritable honte nationale")),
])
def test_statement_content_is_the_reported_words(lang: str, text: str, names: Names,
                                                  expected: tuple[str, str]) -> None:
    assert statements(text, lang, names) == [expected]


@pytest.mark.parametrize(("lang", "text", "names"), [
    # A quotation that is only a phrase of someone else's sentence (no statement).
    ("en", 'Judge Rita Moss said it was "a very serious problem" for the case.',
     (("PERSON", "Rita Moss"),)),
    ("fr", "Il s'agit «de la plus grande marche de la ville», a affirmé une source "
           "policière citée par Le Matin.", (("ORG", "Le Matin"),)),
    ("fr", "«Quel», a dit le porte-parole de l'armée.", ()),
    # A name inside the reported clause, or in another clause, is not the speaker.
    ("en", "The owner of the bakery, Tunde Bello, was hurt in the fire and his shop "
           "is closed, said the fire brigade of Riverton.",
     (("PERSON", "Tunde Bello"),)),
    ("en", "Dara Quinn’s lawyer added that the charges were unfounded.",
     (("PERSON", "Dara Quinn"),)),
    # A place is never a speaker.
    ("en", "Talks resumed in the capital, according to Norland.", (("GPE", "Norland"),)),
    # A speaker phrase cut on a link word ("... de") is no speaker.
    ("es", "Hubo daños graves, según un comunicado del Observatorio Regional de la "
           "Costa Norte.", ()),
    # Italian: the verb has an infinitive, not a clause ("ha detto di voler ...").
    ("it", "Il ministro Paolo Neri ha detto di voler restare.", (("PERSON", "Paolo Neri"),)),
])
def test_unclear_or_fragmentary_statements_abstain(lang: str, text: str,
                                                   names: Names) -> None:
    found = statements(text, lang, names)
    assert all(speaker not in ("Le Matin", "Norland", "Tunde Bello", "Dara Quinn")
               for speaker, _ in found)
    assert found == [] or (lang == "en" and found[0][0] == "the fire brigade of Riverton")


def test_place_with_a_speaker_noun_still_speaks() -> None:
    found = statements("The bridge is safe, the mayor of Norland said.", "en",
                       (("GPE", "Norland"),))
    assert found == [("the mayor of Norland", "The bridge is safe")]


def test_head_counts_are_no_claims_but_tolls_are() -> None:
    assert claims("Nearly 400 soldiers stood along the road.", "en") == []
    toll = [c.statement for c in claims("Unos 300 soldados murieron en el ataque.", "es")]
    assert toll == ["About 300 soldiers were killed."]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La guerra deja más de medio millón de muertos."),
    ("it", "Il conflitto ha fatto mezzo milione di morti."),
])
def test_half_a_million_is_not_a_million(lang: str, text: str) -> None:
    assert [c.value.low for c in claims(text, lang) if c.value] == []


def test_killed_or_injured_is_a_casualty_count() -> None:
    found = [c for c in claims("Près de 170 combattants tués ou blessés dans des frappes.",
                               "fr") if c.value]
    assert [(c.value.type, c.statement) for c in found] == [
        ("casualties", "Nearly 170 fighters were casualties.")]


@pytest.mark.parametrize(("lang", "text", "names", "kind", "agent", "content"), [
    ("en", "The union urged the city to reopen the bridge.", (), "call", "The union",
     "the city to reopen the bridge"),
    ("fr", "Le syndicat a condamné la fermeture de l'usine.", (), "opposition",
     "Le syndicat", "la fermeture de l'usine"),
    ("es", "El consejo municipal aprobó el presupuesto de la ciudad.", (), "decision",
     "El consejo municipal", "el presupuesto de la ciudad"),
    ("it", "Il sindaco sostiene il progetto del nuovo ponte.", (), "support",
     "Il sindaco", "il progetto del nuovo ponte"),
    ("en", "Mayor Lena Ortiz declared a state of emergency in the valley.",
     (("PERSON", "Lena Ortiz"),), "declaration", "Mayor Lena Ortiz",
     "a state of emergency in the valley"),
])
def test_acts_have_agent_and_content(lang: str, text: str, names: Names, kind: str,
                                     agent: str, content: str) -> None:
    acts = [c for c in claims(text, lang, names) if c.frame and c.frame.kind == kind]
    assert len(acts) == 1
    frame = acts[0].frame
    assert frame is not None and frame.agent is not None and frame.content is not None
    assert (frame.agent.text, frame.content.text) == (agent, content)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The plan was approved by the council."),  # passive: no clear subject
    ("en", "The council announced on Monday that the plan was dead."),  # speech, not an act
    ("en", "People who backed the plan were angry."),  # no speaker opens the clause
    ("es", "La ONG denunció la muerte de seis personas."),  # "denunció" reports
    ("en", 'The senator urged the panel "to look at the new evidence."'),  # object quoted
    ("fr", "Le ministre a annoncé mardi pour la première fois que le port rouvrira."),
    ("fr", "Le syndicat a appelé à la fin des (grèves) dans le port."),  # object cut short
])
def test_acts_abstain_when_the_shape_is_unclear(lang: str, text: str) -> None:
    kinds = {"call", "declaration", "decision", "support", "opposition"}
    assert [c for c in claims(text, lang) if c.frame and c.frame.kind in kinds] == []


def test_negated_act_is_negated() -> None:
    found = [c for c in claims("The council did not approve the new budget.", "en")
             if c.frame and c.frame.kind == "decision"]
    assert found == []  # "did not approve": the auxiliary hides the subject; abstain
    said = claims("The council said it would not approve the budget.", "en")
    assert [c.frame.polarity for c in said if c.frame] == ["negated"]


@pytest.mark.parametrize(("lang", "text", "names"), [
    # The mention after the cue sits in the verb's object, so nobody after it speaks
    # (a reader saw "According to pro-X: …" for such a sentence).
    ("fr", "La police, qui a parlé de milliers de marcheurs dans la ville, a estimé le "
           "nombre des pro-Dalmas à 4.000.", (("ORG", "pro-Dalmas"),)),
    ("en", "The police, who spoke of thousands of marchers, said the number of Dalmas "
           "supporters was 4,000.", (("PERSON", "Dalmas"),)),
])
def test_a_name_inside_the_object_of_a_speech_verb_is_not_the_speaker(
        lang: str, text: str, names: Names) -> None:
    assert all("Dalmas" not in speaker for speaker, _ in statements(text, lang, names))


def test_a_clause_opened_by_a_demonstrative_is_what_was_said_not_an_apposition() -> None:
    # "Selon X, ces attaques sont …, tantôt …": the words up to the first comma are the
    # start of X's clause; a reader saw only its second half quoted.
    text = ("Selon Léa Varenne, ces attaques sont menées tantôt par des bandes, tantôt par "
            "des miliciens payés par le pouvoir.")
    said = statements(text, "fr", (("PERSON", "Léa Varenne"),))
    assert said and said[0][1].startswith("ces attaques sont menées")


def test_selon_between_commas_neither_quotes_an_opener_nor_a_relative_clause() -> None:
    """'Depuis 1979, selon X, ...' is no claim of X saying 'Depuis 1979'; after
    'selon X, qui ...' the relative clause is about X, and X's words stand before."""
    found = claims("Depuis 1979, selon le bureau d'études, 12 millions d'euros ont été "
                   "versés à la commune.", "fr")
    assert not [c for c in found if c.frame and c.frame.content
                and c.frame.content.text == "Depuis 1979"]
    said = [c for c in claims("Les grévistes resteront devant l'usine jusqu'à lundi, selon "
                              "les syndicats, qui appellent au calme.", "fr")
            if c.kind == "quote"]
    assert said and all(c.frame and c.frame.content and
                        c.frame.content.text.startswith("Les grévistes") for c in said)


@pytest.mark.parametrize(("lang", "text"), [
    # A speaker phrase that goes on past the word limit is cut inside a name: abstain.
    ("es", "«Seguiremos negociando con todos», dijo el portavoz de la milicia local Omar "
           "Vidal."),
    ("en", "The dam is holding, said the spokesman for the river authority Karl Otto Brandt "
           "after the meeting."),
])
def test_a_speaker_phrase_cut_by_the_word_limit_is_no_speaker(lang: str, text: str) -> None:
    assert statements(text, lang) == []


def test_a_short_speaker_phrase_after_the_cue_still_speaks() -> None:
    text = "«Seguiremos negociando con todos», dijo el portavoz de la milicia local."
    assert statements(text, "es") == [("el portavoz de la milicia local",
                                          "Seguiremos negociando con todos")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Más de 900 civiles han muerto en tres semanas de asedio. Una de cada cinco "
           "víctimas mortales era menor de edad."),
    ("es", "Según la ONG, tres de cada diez muertos eran mujeres."),
    ("en", "One in five of the dead was a child, the charity said."),
])
def test_a_share_of_the_dead_is_no_toll(lang: str, text: str) -> None:
    # Session 6 reader pass (es): "una de cada cinco víctimas" was read as five killed.
    lows = [c.value.low for c in claims(text, lang) if c.value]
    assert lows in ([], [900]), lows
