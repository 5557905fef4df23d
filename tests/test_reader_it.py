"""Reader pass in Italian (session 6): titles of scraped Italian pages, untyped city names."""

from __future__ import annotations

from storylens.clean._meta import is_headline as clean_headline
from storylens.cluster.titles import is_headline


def test_stylesheet_line_is_never_a_headline() -> None:
    # A page saved as text with its inline CSS above the body: the cleaner took a
    # declaration line for the article's title.
    assert not clean_headline("-webkit-transition: all 0.5s linear 0s;")
    assert not clean_headline("margin-top: 4px;} #menu:hover{color:#fff;}")
    assert clean_headline("Roma, il sindaco chiude il centro storico alle auto")


def test_headline_over_a_standfirst_alone_is_kept() -> None:
    # A page saved with its headline and summary only: the summary cannot repeat a fifth
    # of the headline's words, one shared word is enough there.
    title = "Toscana, al via il voto regionale. Affluenza bassa nelle città"
    body = ("Il presidente uscente: \"Una giornata di festa\". Seggi aperti fino alle 23, "
            "primi dati attesi in serata.")
    assert is_headline(title, body + " Il voto si chiude domani.")
    # A site name over the same short body shares nothing: still no headline.
    assert not is_headline("Gruppo Editoriale Nazionale Servizi Digitali", body)


def test_untyped_city_names_are_places_unless_part_of_a_full_name() -> None:
    # The Italian finder types every name OTHER: a city GeoNames knows, once written
    # after a locative preposition, becomes a place; a city name that a full name of the
    # story uses as a first name stays as it was.
    from entity_builders import entity_of, make_article
    from storylens.entities import merge_entities
    from storylens.entities.knowledge import EntityKnowledge

    knowledge = EntityKnowledge.build(["it"], "it")
    docs = [make_article("I delegati sono arrivati ad Aleppo. Aleppo attende il vertice.",
                         [("Aleppo", "OTHER"), ("Aleppo", "OTHER")], "it"),
            make_article("Florence Ricci ha parlato; Florence resterà a casa.",
                         [("Florence Ricci", "OTHER"), ("Florence", "OTHER")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Aleppo").type == "GPE"
    assert entity_of(entities, "Florence").type != "GPE"


def test_an_untyped_acronym_is_not_taken_for_a_city_of_that_name() -> None:
    from entity_builders import entity_of, make_article
    from storylens.entities import merge_entities
    from storylens.entities.knowledge import EntityKnowledge

    knowledge = EntityKnowledge.build(["it"], "it")
    doc = make_article("Il PKK ha risposto. In Homs si combatte, il PKK tace.",
                       [("PKK", "OTHER"), ("Homs", "OTHER"), ("PKK", "OTHER")], "it")
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "Homs").type == "GPE"
    assert entity_of(entities, "PKK").type != "GPE"


def test_a_photo_credit_with_a_licence_tag_is_no_headline() -> None:
    from storylens.cluster.titles import is_furniture

    assert is_furniture("Il porto di Genova al tramonto. Immagine di Luca Neri (CC BY-SA 3.0)")
    assert is_furniture("Proteste a Lisbona. Foto pubblicata da Lucia Sà con licenza CC-BY-4.0.")
    assert not is_furniture("Genova, il porto riapre dopo la mareggiata di ieri")


def test_a_gazetteer_name_never_after_a_locative_stays_untyped() -> None:
    # GeoNames' alternate names hold a group's name as a town's spelling: without "in X"
    # or "ad X" anywhere, the name is not made a place (nor renamed after the town).
    from entity_builders import entity_of, make_article
    from storylens.entities import merge_entities
    from storylens.entities.knowledge import EntityKnowledge

    knowledge = EntityKnowledge.build(["it"], "it")
    doc = make_article("I razzi sono stati lanciati da Hamas. Hamas ha rivendicato.",
                       [("Hamas", "OTHER"), ("Hamas", "OTHER")], "it")
    found = entity_of(merge_entities([doc], knowledge), "Hamas")
    assert found.type == "OTHER" and found.name == "Hamas"
