"""One event stays one story across days and languages; two events of one kind stay apart.

Texts are invented for these tests (places and people do not exist), run through the real
per-article stages and the default clustering threshold.
"""

from __future__ import annotations

from typing import Any

from storylens.cluster import cluster_articles
from storylens.records import Article

# One ferry disaster told on three consecutive days in three languages.
FERRY = [
    ("2031-03-04", "en", "Ferry capsizes off Kalvora island, dozens missing",
     "The passenger ferry Santa Irema capsized in heavy seas off Kalvora island on Tuesday "
     "with 212 people on board. Coast guard boats pulled 150 survivors from the water near "
     "the port of Merth. Captain Doran Vesk said the vessel listed suddenly after its cargo "
     "shifted. Rescue teams were still searching for 62 missing passengers at nightfall."),
    ("2031-03-05", "fr", "Naufrage du Santa Irema : les recherches continuent près de Kalvora",
     "Les secouristes ont poursuivi mercredi les recherches après le naufrage du ferry Santa "
     "Irema au large de l'île de Kalvora. Sur les 212 passagers, 150 ont été sauvés et 62 "
     "restent portés disparus, selon les garde-côtes du port de Merth. Le capitaine Doran "
     "Vesk a déclaré que la cargaison s'était déplacée avant que le navire ne chavire."),
    ("2031-03-06", "es", "Hallan más cuerpos del ferry Santa Irema hundido frente a Kalvora",
     "Los buzos recuperaron el jueves once cuerpos del ferry Santa Irema, que volcó el "
     "martes frente a la isla de Kalvora con 212 personas a bordo. Los guardacostas del "
     "puerto de Merth elevaron la cifra de muertos y aún buscan a 51 desaparecidos. El "
     "capitán Doran Vesk declaró que la carga se desplazó antes del naufragio."),
]

# Two earthquakes in one topic: same kind of event, other places, dates and people.
QUAKES = [
    ("2031-05-10", "Strong earthquake shakes the town of Belzora",
     "A magnitude 6.1 earthquake struck the mountain town of Belzora early on Saturday, "
     "collapsing a school and killing 14 people. Mayor Ilsa Grent said 300 homes were "
     "damaged. Rescue teams dug through rubble in the old quarter of Belzora all day."),
    ("2031-05-11", "Belzora counts its dead after the earthquake",
     "Rescuers in Belzora recovered two more bodies on Sunday after the magnitude 6.1 "
     "earthquake, bringing the toll to 16. Mayor Ilsa Grent opened the sports hall to "
     "families whose homes were damaged in the old quarter."),
    ("2031-08-22", "Earthquake hits the coastal city of Tavrin",
     "A magnitude 5.7 earthquake hit the coastal city of Tavrin on Friday evening, "
     "toppling a church tower and killing 9 people. Governor Mato Ruzic said 120 "
     "buildings were unsafe. Rescue teams searched the harbour district of Tavrin."),
    ("2031-08-23", "Tavrin mourns earthquake victims",
     "Tavrin held a day of mourning on Saturday for the 9 victims of the magnitude 5.7 "
     "earthquake. Governor Mato Ruzic promised to rebuild the church tower and the homes "
     "of the harbour district."),
]


def _analysed(pipeline: Any, rows: list[tuple[str, ...]]) -> list[Article]:
    articles = [
        Article(id=f"t{k}", source=f"t{k}.txt", text=body, title=title, published=day,
                language_hint=language)
        for k, (day, language, title, body) in enumerate(rows)
    ]
    return pipeline.analyse_articles(articles, [])


def test_one_event_in_three_languages_over_three_days_is_one_story(pipeline: Any) -> None:
    articles = _analysed(pipeline, FERRY)
    assert {a.language for a in articles} == {"en", "fr", "es"}
    stories = cluster_articles(articles, pipeline.settings.cluster_threshold)
    assert len(stories) == 1


def test_two_similar_events_in_one_topic_stay_apart(pipeline: Any) -> None:
    articles = _analysed(pipeline, [(day, "en", title, body) for day, title, body in QUAKES])
    stories = cluster_articles(articles, pipeline.settings.cluster_threshold)
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [["t0", "t1"], ["t2", "t3"]]
