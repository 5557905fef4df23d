"""Reader failures of sample F (issue 11, session 6, second pass).

Every fixture is written for this test; none is copied from a corpus. Each group holds
cases that fail on the code this pass started from and guards that pass on both.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from storylens.records import Claim
from test_claims import article
from test_claims_reported import claims

Names = tuple[tuple[str, str], ...]


def of_kind(text: str, lang: str, kind: str, names: Names = ()) -> list[str]:
    """The statements of ``kind`` (exact evidence slices are checked by ``claims``)."""
    return [c.statement for c in claims(text, lang, names) if c.kind == kind]


def tolls(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims(article(text, lang)) if c.kind == "quantity"]


@pytest.mark.parametrize(("text", "expected"), [
    # The speech verb after "según" belongs to the cue: the speaker is who follows it.
    ("La reunión empezará a las diez, según ha anunciado un portavoz municipal.",
     ["According to un portavoz municipal: La reunión empezará a las diez"]),
    ("El puente seguirá cerrado, según informó la agencia estatal de noticias.",
     ["According to la agencia estatal de noticias: El puente seguirá cerrado"]),
    # Guard: a plain "según X" is read as before.
    ("El puente seguirá cerrado, según el ministerio.",
     ["According to el ministerio: El puente seguirá cerrado"]),
])
def test_a_verb_after_segun_is_no_part_of_the_speaker(text: str, expected: list[str]) -> None:
    assert of_kind(text, "es", "quote") == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Acme said it had hired auditors. The company also said it would refund customers.",
     (("ORG", "Acme"),), ["According to The company: it would refund customers"]),
    ("The ministry has also said the bridge would reopen in May.", (),
     ["According to The ministry: the bridge would reopen in May"]),
])
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(
        text: str, names: Names, expected: list[str]) -> None:
    assert of_kind(text, "en", "quote", names)[-1:] == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    # A party named before the people it qualifies did not meet anyone.
    ("Governor Hale met with senior Labour and Green party leaders on Friday.",
     (("PERSON", "Hale"), ("ORG", "Labour")), []),
    ("Governor Hale met Labour leaders on Friday.", (("PERSON", "Hale"), ("ORG", "Labour")),
     []),
    # Guards: the party itself, and a person joined to others by "and".
    ("Governor Hale met Labour on Friday.", (("PERSON", "Hale"), ("ORG", "Labour")),
     ["Hale met Labour."]),
    ("Governor Hale met with Ruth Kane and party leaders on Friday.",
     (("PERSON", "Hale"), ("PERSON", "Ruth Kane")), ["Hale met Ruth Kane."]),
])
def test_a_name_qualifying_people_is_not_who_was_met(text: str, names: Names,
                                                     expected: list[str]) -> None:
    assert of_kind(text, "en", "relation", names) == expected


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # Whom a call addressed is not what it called for.
    ("es", "El alcalde, Pedro Gil, ha pedido a su colega regional, Juan Mora, que no "
           "cierre el puente.", (("PERSON", "Pedro Gil"), ("PERSON", "Juan Mora")), []),
    ("it", "Il sindaco ha chiesto al governo regionale di riaprire il ponte.", (), []),
    ("en", "The mayor urged her counterpart, Paul Henry, to reopen the border.",
     (("PERSON", "Paul Henry"),), []),
    # Guards: the thing called for, or the addressee with its infinitive.
    ("es", "El gobierno pidió una tregua inmediata en la frontera.", (),
     ["El gobierno called for: una tregua inmediata en la frontera"]),
    ("en", "The council urged residents to leave the valley before dark.", (),
     ["The council called for: residents to leave the valley before dark"]),
])
def test_a_calls_addressee_is_not_what_it_called_for(lang: str, text: str, names: Names,
                                                     expected: list[str]) -> None:
    assert of_kind(text, lang, "event", names) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # The people after "by/por/par/da" did the killing: they are no toll.
    ("es", "Un joven fue golpeado hasta la muerte por dos policías en marzo."),
    ("es", "Un estudiante, muerto a golpes por dos policías en 2010, es hoy un símbolo."),
    ("fr", "Le garçon a été tué par trois policiers devant l'école."),
    ("en", "The teenager was killed by two police officers in March."),
    # ... and a sum after "da" is a price: "ucciso grazie a una soffiata da 25 milioni".
    ("it", "Il boss è stato ucciso grazie a 'soffiata' da 25 milioni."),
    ("it", "Il bandito ucciso per una taglia da 10 milioni."),
])
def test_killers_and_prices_are_no_toll(lang: str, text: str) -> None:
    assert tolls(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "low"), [
    ("es", "Dos policías murieron en el ataque.", 2),
    ("it", "Nell'attacco sono stati uccisi almeno 25 civili.", 25),
    ("en", "Gunmen killed at least 12 villagers on Sunday.", 12),
])
def test_tolls_without_an_agent_stay(lang: str, text: str, low: int) -> None:
    found = tolls(text, lang)
    assert len(found) == 1 and found[0].value is not None and found[0].value.low == low


@pytest.mark.parametrize(("text", "expected"), [
    # "selon X," breaking a noun and its complement vouches for that phrase only.
    ("La ville a reçu plus de renforts mardi malgré sa promesse, selon le maire, de fermer "
     "le pont d'ici lundi.", []),
    # Guard: an adjunct after the attribution leaves the words before it to X.
    ("Au moins 20 personnes ont été tuées dans la nuit, selon le maire, lundi.",
     ["According to le maire: Au moins 20 personnes ont été tuées dans la nuit"]),
])
def test_an_inserted_selon_covers_only_its_phrase(text: str, expected: list[str]) -> None:
    assert of_kind(text, "fr", "quote") == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    # "according to" between a subject and its speech verb: X tells that it was said.
    ("The minister, according to the Herald, said he had been misquoted.",
     (("ORG", "Herald"),),
     ["According to the Herald: The minister said he had been misquoted"]),
    # A one-word name keeps its lower-case article; a longer one is read as before.
    ("The bridge will reopen in May, according to the Herald.", (("ORG", "Herald"),),
     ["According to the Herald: The bridge will reopen in May"]),
    ("Aid reached the town on Monday, according to the Red Cross.", (("ORG", "Red Cross"),),
     ["According to Red Cross: Aid reached the town on Monday"]),
])
def test_a_paper_named_with_the(text: str, names: Names, expected: list[str]) -> None:
    assert of_kind(text, "en", "quote", names) == expected


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # After "CONTENT, X said" a clause with its own verb is what X reported: the words
    # before the verb are an opener, not X's.
    ("en", "Citing an article that said the usually talkative senator would not comment, "
           "Acme said Smith should weigh in.", (("ORG", "Acme"), ("PERSON", "Smith")), []),
    # Guards: a relative clause about the speaker, and a plain closing attribution.
    ("fr", '"Le pont restera fermé tout l\'hiver", a dit M. Garnier qui a quitté la mairie.',
     (("PERSON", "Garnier"),), ['M. Garnier said: "Le pont restera fermé tout l\'hiver"']),
    ("en", "The bridge will stay shut all winter, the mayor said on Friday.", (),
     ["According to the mayor: The bridge will stay shut all winter"]),
])
def test_a_clause_after_the_speech_verb_is_what_was_said(
        lang: str, text: str, names: Names, expected: list[str]) -> None:
    assert of_kind(text, lang, "quote", names) == expected
