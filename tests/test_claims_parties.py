"""Meeting parties, speakers, actor head counts and future weekdays, in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from storylens.claims import extract_claims
from storylens.claims.dates import find_dates
from storylens.claims.quantities import find_quantities
from test_claims import article, claims_of, quantities

Names = tuple[tuple[str, str], ...]


def meeting(text: str, lang: str, names: Names) -> list[tuple[str | None, str | None]]:
    art = article(text, lang, names)
    found = claims_of(art, "relation")
    for claim in found:
        assert claim.subject_span and text[slice(*claim.subject_span)] == claim.subject_text
        assert claim.object_span and text[slice(*claim.object_span)] == claim.object_text
    return [(c.subject_text, c.object_text) for c in found]


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    ("ru", "В понедельник Игорь Волков встретился с председателем Общества Северного "
           "Креста Анной Левиной.",
     (("PERSON", "Игорь Волков"), ("ORG", "Общества Северного Креста"),
      ("PERSON", "Анной Левиной")), ("Игорь Волков", "Анной Левиной")),
    ("en", "Tom Hardy met the director of the Blue River Trust, Jane Doe, on Monday.",
     (("PERSON", "Tom Hardy"), ("ORG", "Blue River Trust"), ("PERSON", "Jane Doe")),
     ("Tom Hardy", "Jane Doe")),
    ("fr", "Le maire de Lyon, Paul Marchand, a rencontré Mme Durand à Lyon.",
     (("ORG", "maire de Lyon"), ("PERSON", "Paul Marchand"), ("PERSON", "Mme Durand"),
      ("GPE", "Lyon")), ("Paul Marchand", "Mme Durand")),
    ("es", "Ana Ruiz se reunió con el presidente de la Cruz Azul, Luis Gómez.",
     (("PERSON", "Ana Ruiz"), ("ORG", "Cruz Azul"), ("PERSON", "Luis Gómez")),
     ("Ana Ruiz", "Luis Gómez")),
    ("it", "Marco Rossi ha incontrato la presidente della Croce Verde, Laura Bianchi.",
     (("PERSON", "Marco Rossi"), ("ORG", "Croce Verde"), ("PERSON", "Laura Bianchi")),
     ("Marco Rossi", "Laura Bianchi")),
    ("ru", "Вечером Пётр Орлов прибыл в Казань, где встретился с Ольгой Серовой.",
     (("PERSON", "Пётр Орлов"), ("LOC", "Казань"), ("PERSON", "Ольгой Серовой")),
     ("Пётр Орлов", "Ольгой Серовой")),
    ("en", "The Harbour Authority met Jane Doe in Oslo.",
     (("ORG", "Harbour Authority"), ("PERSON", "Jane Doe"), ("GPE", "Oslo")),
     ("Harbour Authority", "Jane Doe")),
])
def test_meeting_parties(lang: str, text: str, names: Names,
                         expected: tuple[str, str]) -> None:
    assert meeting(text, lang, names) == [expected]


@pytest.mark.parametrize(("lang", "text", "names"), [
    # Only a role before the verb: no party, so no claim.
    ("es", "El titular de Interior se reunió con Luis Gómez.",
     (("PERSON", "Interior"), ("PERSON", "Luis Gómez"))),
    ("en", "The head of the Blue River Trust met Jane Doe.",
     (("ORG", "Blue River Trust"), ("PERSON", "Jane Doe"))),
    ("ru", "Вечером глава Северного Креста встретился с Анной Левиной.",
     (("ORG", "Северного Креста"), ("PERSON", "Анной Левиной"))),
    # Places never meet.
    ("en", "France met Jane Doe.", (("GPE", "France"), ("PERSON", "Jane Doe"))),
    ("fr", "Paul Marchand a rencontré la France.",
     (("PERSON", "Paul Marchand"), ("GPE", "France"))),
    # The name after the verb is in another clause.
    ("en", "Tom Hardy met reporters, Jane Doe said.",
     (("PERSON", "Tom Hardy"), ("PERSON", "Jane Doe"))),
])
def test_no_wrong_meeting(lang: str, text: str, names: Names) -> None:
    assert meeting(text, lang, names) == []


def speakers(text: str, lang: str, names: Names = ()) -> list[tuple[str | None, str]]:
    art = article(text, lang, names)
    found = claims_of(art, "quote")
    for claim in found:
        speaker = claim.sources[0].attributed_to
        assert claim.subject_span and text[slice(*claim.subject_span)] == speaker
    return [(c.sources[0].attributed_to, c.statement) for c in found]


@pytest.mark.parametrize(("lang", "text", "names", "speaker"), [
    ("en", "Tom Hardy, a spokesman for the Blue River Trust, said the work would go on.",
     (("PERSON", "Tom Hardy"), ("ORG", "Blue River Trust")), "Tom Hardy"),
    ("fr", "Selon M. Marchand, la route reste coupée.", (("PERSON", "Marchand"),),
     "M. Marchand"),
    ("fr", "« La route est coupée », a déclaré Mme Durand.", (("PERSON", "Durand"),),
     "Mme Durand"),
    ("en", "The bridge is closed, Mr. Hardy said.", (("PERSON", "Hardy"),), "Mr. Hardy"),
    ("es", "Según datos del Ministerio de Sanidad, hay 30 heridos.",
     (("ORG", "Sanidad"),), "Ministerio de Sanidad"),
    ("de", "Der Bürgermeister, Jonas Weber, sagte, die Lage sei ruhig.",
     (("PERSON", "Jonas Weber"),), "Jonas Weber"),
    ("fr", "Selon les secours, la route reste coupée.", (), "les secours"),
    ("it", "Secondo le autorità, la strada è chiusa.", (), "le autorità"),
    ("ru", "По данным спасателей, дорога перекрыта.", (), "спасателей"),
    ("es", "La carretera sigue cortada, dijo el portavoz.", (), "el portavoz"),
])
def test_valid_speakers(lang: str, text: str, names: Names, speaker: str) -> None:
    assert [s for s, _ in speakers(text, lang, names)] == [speaker]


@pytest.mark.parametrize(("lang", "text", "names", "speaker"), [
    # Content after "announced" is not who speaks; its subject is.
    ("es", "El alcalde de Soria, Luis Gómez, anunció el cierre de los colegios.",
     (("GPE", "Soria"), ("PERSON", "Luis Gómez")), "Luis Gómez"),
    ("es", "El alcalde de Soria, Luis Gómez, anunció el cierre de los colegios.",
     (("GPE", "Soria"),), "El alcalde de Soria"),
    ("fr", "Le préfet a annoncé la fermeture des écoles de la région.", (), "Le préfet"),
    ("en", "The council announced the closure of two bridges.", (), "The council"),
    ("fr", "Le gouverneur de Lyon, Paul Marchand, a annoncé la fermeture des écoles.",
     (("GPE", "Lyon"), ("PERSON", "Paul Marchand")), "Paul Marchand"),
])
def test_announcer_is_the_subject(lang: str, text: str, names: Names, speaker: str) -> None:
    # "announced" with an object is a declaration by its subject, not a statement.
    assert speakers(text, lang, names) == []
    acts = [c for c in extract_claims(article(text, lang, names))
            if c.frame and c.frame.kind == "declaration"]
    assert [c.subject_text for c in acts] == [speaker]
    frame = acts[0].frame
    assert frame is not None and frame.agent is not None and frame.content is not None
    assert text[frame.agent.start:frame.agent.end] == speaker
    assert text[frame.content.start:frame.content.end] == frame.content.text
    assert text.rstrip(".").endswith(frame.content.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Anunció el cierre de los colegios."),
    ("fr", "Il a annoncé la fermeture des écoles de la région."),
    # A clause that is not headed by a speaker noun.
    ("en", 'He said the search for survivors would go on "as long as needed."'),
    ("en", "People told us the rain had stopped."),
    ("it", "La chiusura delle scuole ha detto molto."),
    # A courtesy title alone is never a speaker, even when the name is not recognised.
    ("fr", "Selon M. Marchand, la route reste coupée."),
])
def test_no_garbage_speaker(lang: str, text: str) -> None:
    assert speakers(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Spain sent 56 rescuers and 1,200 volunteers.",
     [("56 rescuers", "count", 56, 56, None), ("1,200 volunteers", "count", 1200, 1200, None)]),
    ("en", "About 300 residents were stranded by the floods.",
     [("About 300 residents", "count", 270, 330, "about")]),
    ("ru", "В зоне работают 150 спасателей.", [("150 спасателей", "count", 150, 150, None)]),
    ("fr", "Quelque 200 habitants sont bloqués par la crue.",
     [("Quelque 200 habitants", "count", 180, 220, "about")]),
])
def test_actor_head_counts(lang: str, text: str,
                           expected: list[tuple[object, ...]]) -> None:
    # The figure reader finds the head count; it is no claim of its own (see test_claims).
    found = find_quantities(text, lang, 0, len(text), [])
    assert [(text[q.start:q.end], q.value.type, q.value.low, q.value.high, q.value.modifier)
            for q in found] == expected
    assert quantities(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of residents of Ashford spent the night outside."),
    ("en", "Ashford, a walled town of about 80,000 people, was shaken."),
    ("en", "Thousands of people spent the night in the streets."),
    ("fr", "À Ashford, ville fortifiée de quelque 80 000 habitants, la nuit fut longue."),
    ("es", "En Soria, una ciudad de unos 40.000 habitantes, la noche fue larga."),
    ("de", "Die Stadt mit rund 50.000 Einwohnern blieb ruhig."),
    ("it", "Nella città di circa 30.000 abitanti la notte è stata lunga."),
    ("ru", "Город с населением 40 тысяч жителей не спал всю ночь."),
    ("en", "A town of 5,000 volunteers is not a thing."),
])
def test_no_population_or_bystander_counts(lang: str, text: str) -> None:
    assert quantities(text, lang) == []


def test_casualty_figures_keep_their_type() -> None:
    assert quantities("About 200 residents were evacuated.", "en") == [
        ("About 200 residents were evacuated", "evacuated", 180, 220, "about")]


# A Saturday.
PUBLISHED = dt.date(2026, 3, 21)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Engineers are due to begin inspecting schools on Sunday."),
    ("en", "The talks will resume on Monday."),
    ("fr", "Les écoles rouvriront lundi."),
    ("fr", "Le ministre va se rendre sur place mardi."),
    ("fr", "Les discussions reprennent lundi prochain."),
    ("es", "El ministro va a viajar el lunes."),
    ("es", "Las clases se reanudarán el próximo lunes."),
    ("de", "Die Schulen werden am Montag geöffnet."),
    ("it", "Le scuole riapriranno lunedì."),
    ("ru", "Школы будут закрыты в понедельник."),
])
def test_future_weekdays_are_skipped(lang: str, text: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


def test_past_weekdays_and_explicit_dates_stay() -> None:
    assert [d.iso for d in find_dates("Samira est arrivée lundi.", "fr", PUBLISHED)] == [
        "2026-03-16"]
    text = "Engineers will begin on 23 March 2026."
    assert [d.iso for d in find_dates(text, "en", PUBLISHED)] == ["2026-03-23"]
