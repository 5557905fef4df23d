"""Headlines glued to the body by one plain space (issue 12, session 8).

German and Russian texts flattened to one line often keep headline and lead apart by a
single space with no punctuation; the lead then restates the headline. The fixtures are
written for these tests; the sentences that must stay whole are ordinary first sentences.
"""

from __future__ import annotations

import pytest
from tests.test_reader_de_ru_ar import title_of

from storylens.clean._glued import glued_headline_end, split_glued_headline

# Each text is written "headline || lead"; the page had one space where "||" stands.
GLUED = [
    # The lead restates most of the headline's words after a capitalised noun that the
    # text also writes in lower case (Russian: not a name).
    "Сильный ураган повалил старые деревья в городском парке || Деревья падали всю ночь: "
    "ураган повалил больше сорока старых деревьев в городском парке, сообщили в мэрии; "
    "упавшие деревья также оборвали провода на двух улицах.",
    # The headline's first word opens the lead (Russian, German).
    "Городской совет утвердил бюджет на следующий год с дефицитом || Городской совет в "
    "четверг большинством голосов утвердил бюджет, хотя расходы на транспорт и школы "
    "выросли сильнее, чем доходы от налогов и сборов.",
    "Südhafen muss auf zwei große Reedereien verzichten || Südhafen muss im kommenden "
    "Jahr ohne zwei seiner größten Kunden auskommen, wie die Hafengesellschaft am "
    "Mittwoch mitteilte; beide ziehen in einen Nachbarhafen um.",
    # German: after a noun ending the headline, a noun opening the lead that restates it.
    "Hochwasser überflutet Keller und Straßen in der Altstadt || Feuerwehrleute pumpten "
    "am Sonntag das Hochwasser aus vielen Kellern, nachdem die Straßen in der Altstadt "
    "über Nacht überflutet worden waren.",
]


@pytest.mark.parametrize("text", GLUED)
def test_a_headline_glued_by_one_space_is_the_title(text: str) -> None:
    headline, pasted = text.split(" || ")[0], text.replace(" || ", " ")
    assert title_of(pasted) == headline
    # Only the space at the boundary becomes a line break: offsets after it hold.
    assert split_glued_headline(pasted) == text.replace(" || ", "\n")


@pytest.mark.parametrize("line", [
    # A name inside a sentence whose words come back later in it (Russian, German).
    "Новый мост через реку в городе Светлогорске открыли в понедельник, и мост через реку "
    "сразу же стал главной дорогой для тех, кто живёт в городе и работает за рекой.",
    "Die neue Brücke über den Kanal in Neustadt wurde am Montag eröffnet, und die neue "
    "Brücke über den Kanal ist nun der kürzeste Weg für alle, die in Neustadt arbeiten.",
    # English, French, Spanish: a name repeated in one sentence, names of several words.
    "Apple said on Tuesday that its new Apple Watch would ship in April, and Apple "
    "expects the watch to sell well in the spring, analysts at the bank said in a note.",
    "Le maire de Villeneuve a annoncé lundi que la mairie de Villeneuve fermera le pont "
    "pendant tout l'été, et que le maire recevra les habitants mardi soir.",
    "El alcalde de Villanueva anunció el lunes que el Ayuntamiento de Villanueva cerrará "
    "el puente durante todo el verano, y que el alcalde recibirá a los vecinos el martes.",
])
def test_a_sentence_that_restates_itself_stays_whole(line: str) -> None:
    assert glued_headline_end(line) is None
