"""One event stays one story across days and languages; two events of one kind stay apart.

Texts are invented for these tests (places and people do not exist), run through the real
per-article stages and the default clustering threshold.
"""

from __future__ import annotations

from typing import Any

from storylens.cluster import EpisodeRelief, cluster_articles
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

# A dam burst told on three days in three languages, each day another development (the
# flood, an arrest, the funerals): little shared wording, the same rare names. Beside it,
# another dam on another river the same week, with other names.
DAM = [
    ("2031-06-02", "en", "Dam gives way above Orvessa, villages flooded",
     "The Sarn valley dam above the town of Orvessa burst before dawn on Monday, sending a "
     "wall of water through three villages. Firefighters evacuated 4,000 residents and "
     "counted 23 dead by the evening. The dam's operator, Velnor Hydro, said its engineers "
     "had reported cracks in the spillway in April."),
    ("2031-06-03", "fr", "Barrage d'Orvessa : l'ingénieur en chef de Velnor Hydro interpellé",
     "La police a placé mardi en garde à vue Halvik Trenn, ingénieur en chef de Velnor Hydro, "
     "société qui exploite le barrage de la vallée de la Sarn. Le procureur veut savoir "
     "pourquoi les fissures signalées au printemps n'ont pas conduit à vider la retenue. "
     "L'entreprise dit coopérer pleinement avec les enquêteurs."),
    ("2031-06-04", "es", "Orvessa despide a sus vecinos entre el barro",
     "Miles de personas acompañaron el miércoles en Orvessa los féretros de los vecinos "
     "muertos por la riada del valle del Sarn. El alcalde, Tobin Marle, pidió que Velnor "
     "Hydro pague la reconstrucción de las casas. Los voluntarios siguen retirando lodo de "
     "las calles y las escuelas permanecerán cerradas hasta septiembre."),
    ("2031-06-03", "en", "Dam overflows near Kestrel Bay after storm",
     "Heavy rain made the Lumar river dam near Kestrel Bay overflow on Tuesday, flooding "
     "farmland and two roads. No one was hurt. The regional authority, Tarsk Water, said the "
     "structure held and that the spillway worked as designed."),
]
# The episode relief as an option (off by default: on CL-TLS it did not hold out across
# topics, docs/benchmarks.md issue 13 session 7); these numbers are one of its grid's rules.
EPISODE = EpisodeRelief(max_gap_days=2, min_shared=2, relief=0.1)


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


def test_episode_relief_joins_one_event_told_as_three_developments(pipeline: Any) -> None:
    articles = _analysed(pipeline, DAM)
    stories = cluster_articles(articles, pipeline.settings.cluster_threshold, episode=EPISODE)
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [["t0", "t1", "t2"], ["t3"]]


def test_episode_relief_keeps_two_similar_events_apart(pipeline: Any) -> None:
    articles = _analysed(pipeline, [(day, "en", title, body) for day, title, body in QUAKES])
    stories = cluster_articles(articles, pipeline.settings.cluster_threshold, episode=EPISODE)
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [["t0", "t1"], ["t2", "t3"]]
