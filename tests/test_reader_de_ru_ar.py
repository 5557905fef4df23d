"""Reader pass in German, Russian and Arabic (session 7): headlines glued to the body.

Texts flattened to one line keep headline and body apart only by two spaces, one space or
the body's dateline; the fixtures below are written for these tests.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_document
from storylens.clean._glued import glued_headline_end
from storylens.config import Settings
from storylens.evidence import fallback_title
from storylens.records import RawDocument

SETTINGS = Settings()


def title_of(content: str) -> str:
    """The title a reader sees for a pasted text with no metadata."""
    article = clean_document(RawDocument(source="p.txt", format="text", content=content),
                             SETTINGS)
    return article.title or fallback_title(article.text)


@pytest.mark.parametrize(("headline", "body"), [
    # Two spaces (German, Arabic).
    ("Stadtrat beschließt neue Radwege am Flussufer",
     " Der Stadtrat von Neuburg hat am Dienstag mit großer Mehrheit beschlossen, entlang "
     "des Flussufers drei Kilometer neue Radwege zu bauen. Die Arbeiten sollen im Frühjahr "
     "beginnen und bis zum Herbst dauern."),
    ("افتتاح جسر جديد فوق النهر في شمال المدينة",
     " قال رئيس البلدية يوم الأحد إن الجسر الجديد سيخفف الازدحام في الطرق الشمالية، وإن "
     "العمل فيه استغرق ثلاث سنوات بتكلفة أقل مما كان متوقعا في البداية."),
    # A dateline in capitals (Russian), with the region after a comma and a dash (English).
    ("Мэрия закрывает мост через реку на ремонт",
     "ОМСК: Городская администрация в понедельник объявила, что мост через реку будет "
     "закрыт на ремонт до конца лета, а автобусы пойдут в объезд через центр города."),
    ("Ferry service resumes after two weeks of storms",
     "PORT ELLEN, Islay -- The island's ferry ran again on Friday after fourteen days in "
     "harbour, the operator said, and extra sailings were added for the weekend traffic."),
    # A capitalised function word the same text writes in lower case (Russian, German).
    ("Жители требуют вернуть автобусный маршрут в пригород",
     "В понедельник около двухсот жителей собрались у здания администрации, чтобы "
     "потребовать вернуть маршрут, который отменили в начале года без обсуждения."),
    ("Feuerwehr rettet Katze aus brennendem Dachstuhl",
     "Die Einsatzkräfte wurden am Abend gerufen, als die Nachbarn Rauch über dem Dach "
     "sahen; die Katze saß unverletzt auf einem Balken, die Bewohner waren nicht zu Hause."),
    # The headline written again at the head of the body (Arabic).
    ("افتتاح مكتبة عامة جديدة في وسط المدينة",
     "افتتاح مكتبة عامة جديدة في وسط المدينة وقال رئيس البلدية إن المكتبة تضم عشرين ألف "
     "كتاب وقاعة للأطفال، وستفتح أبوابها كل يوم من التاسعة صباحا حتى المساء."),
])
def test_a_glued_headline_is_the_title(headline: str, body: str) -> None:
    assert title_of(f"{headline} {body}") == headline


@pytest.mark.parametrize("line", [
    # A name that starts with a function word inside the first sentence.
    "According to a report published on Monday by The Harbour Times, the ferry terminal "
    "will open in June, two years later than planned, after a long dispute over dredging.",
    "Le maire a confirmé lundi selon Le Courrier du Nord que le pont sera fermé tout l'été, "
    "et que les bus passeront par le centre-ville pendant les travaux de réfection.",
    # Two spaces typed inside a sentence, after a word that cannot end a headline.
    "A video released on Tuesday by the group purports to show the arrest of an  American "
    "journalist who had been missing since the spring, officials in the region said.",
    # An acronym before a dash inside a sentence is no dateline.
    "Members of the armed group -- also known as NORTHFRONT -- had taken the town in the "
    "night before the army arrived, according to residents who fled across the river.",
    # A phrase of the first words used again inside the first sentence (Arabic).
    "القبض على لص سرق سيارة من أمام المستشفى وتمكنت الشرطة من القبض على لص في الحي القديم "
    "بعد مطاردة قصيرة في الشوارع المجاورة للسوق المركزي مساء أمس.",
])
def test_a_first_sentence_is_not_cut_as_a_headline(line: str) -> None:
    assert glued_headline_end(line) is None


def test_the_cut_keeps_the_text_length() -> None:
    # Only the space at the boundary turns into a line break: offsets after it hold.
    from storylens.clean._glued import split_glued_headline

    text = ("Жители требуют вернуть автобусный маршрут в пригород В понедельник около "
            "двухсот жителей собрались у здания администрации, чтобы потребовать вернуть "
            "маршрут, который отменили в начале года.")
    split = split_glued_headline(text)
    assert len(split) == len(text)
    assert split.split("\n")[0] == "Жители требуют вернуть автобусный маршрут в пригород"


def test_a_german_day_number_ends_no_sentence() -> None:
    # "am 15. Januar": the period makes the day an ordinal; cutting there left a claim
    # "… ließ verlauten, am 15." and a sentence "Januar …".
    from storylens.sentences import split_sentences

    text = ("Die Ministerin kündigte am Montag an, am 15. Januar nach Wien zu reisen. "
            "Die Zahl der Gäste stieg auf 15. Danach war der Saal voll.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Die Ministerin kündigte am Montag an, am 15. Januar nach Wien zu reisen.",
        "Die Zahl der Gäste stieg auf 15.", "Danach war der Saal voll."]


def test_a_german_sentence_opener_is_no_name() -> None:
    # German capitalises nouns, so a sentence-opening adverb or adjective ran into the
    # noun after it: "Seit Anfang", "Neue Pläne". A given name opening a sentence stays.
    from storylens.entities.capitalized import find_capitalized

    text = ("Der Stadtrat von Neuburg tagte am Montag bis spät in die Nacht. Seit Anfang Mai "
            "streiten die Fraktionen über den Haushalt. Neue Pläne legte Bürgermeisterin Anna "
            "Berger vor; zahlreiche neue Wohnungen sollen entstehen. Anna Berger sagte, "
            "Neuburg brauche mehr Platz.")
    names = {text[s.start:s.end] for s in find_capitalized(text, "de")}
    assert not names & {"Seit Anfang", "Neue Pläne", "Anfang", "Pläne"}
    assert "Anna Berger" in names


def test_a_headline_written_twice_is_cut_off_the_lead_both_times() -> None:
    # A page's title and its <h1> before the lead: neither copy runs into the lead.
    from storylens.clean._glued import split_glued_headline

    head = "Chor der Musikschule singt für das neue Kinderhaus"
    lead = ("Mit einem Konzert in der vollen Stadthalle hat der Chor am Sonntag mit Gästen Geld "
            "für das Kinderhaus gesammelt, das im Herbst eröffnen soll und noch Spielgeräte "
            "braucht.")
    assert split_glued_headline(f"{head} {head} {lead}").split("\n") == [head, head, lead]
