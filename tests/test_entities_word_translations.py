"""One body named in two languages, read word by word (issue 10, session 6).

Fixtures are written for these tests (es, fr, it); nothing is tuned on them. The tests
that need the multilingual encoder (USE-m) skip without it.
"""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.name_words import name_words


def test_a_body_the_model_typed_as_a_place_meets_its_translation(
    encoded: EntityKnowledge,
) -> None:
    docs = [
        make_article("La Guardia Republicana rodeó el palacio presidencial durante la noche "
                     "y cortó las calles del centro.", [("Guardia Republicana", "LOC")], "es"),
        make_article("La Garde républicaine a encerclé le palais présidentiel pendant la nuit "
                     "et bloqué les rues du centre.", [("Garde républicaine", "ORG")], "fr"),
    ]
    guard = entity_of(merge_entities(docs, encoded), "Garde républicaine")
    assert "Guardia Republicana" in guard.aliases
    assert guard.type == "ORG"  # the place type was the es model's slip
    assert any("word by word" in e and "'garde' / 'guardia'" in e
               for e in guard.merge_evidence)


def test_a_short_name_the_encoder_reads_poorly_meets_it_word_by_word(
    encoded: EntityKnowledge,
) -> None:
    # The whole names score under the floor of the whole-name rule; "liga" / "lega" are
    # one edit apart and close for the encoder, "árabe" / "araba" are cognates.
    docs = [
        make_article("La Liga Árabe suspendió a Siria de la organización por la represión "
                     "de las protestas.", [("Liga Árabe", "ORG")], "es"),
        make_article("La Lega Araba ha sospeso la Siria dall'organizzazione per la "
                     "repressione delle proteste.", [("Lega Araba", "ORG")], "it"),
    ]
    league = entity_of(merge_entities(docs, encoded), "Liga Árabe")
    assert "Lega Araba" in league.aliases


def test_a_capitalised_word_on_a_stop_list_still_counts(encoded: EntityKnowledge) -> None:
    # spaCy lists "consiglio" as an Italian stop word: the name would be one word.
    assert name_words("Consiglio di Sicurezza", encoded.stop_words("it")) == [
        "consiglio", "sicurezza"]
    assert name_words("il consiglio di sicurezza", encoded.stop_words("it")) == ["sicurezza"]
    docs = [
        make_article("El Consejo de Seguridad votó una resolución sobre la tregua en Siria.",
                     [("Consejo de Seguridad", "ORG")], "es"),
        make_article("Il Consiglio di Sicurezza ha votato una risoluzione sulla tregua in "
                     "Siria.", [("Consiglio di Sicurezza", "LOC")], "it"),
    ]
    council = entity_of(merge_entities(docs, encoded), "Consejo de Seguridad")
    assert "Consiglio di Sicurezza" in council.aliases


def test_other_bodies_and_unmatched_words_stay_apart(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("El Consejo Nacional Sirio pidió ayuda en Estambul a la oposición.",
                     [("Consejo Nacional Sirio", "ORG")], "es"),
        make_article("La Coalizione Nazionale Siriana ha chiesto aiuto a Istanbul per "
                     "l'opposizione.", [("Coalizione Nazionale Siriana", "ORG")], "it"),
        make_article("La Guardia Nacional patrulla la frontera del norte.",
                     [("Guardia Nacional", "ORG")], "es"),
        make_article("La Garde républicaine patrouille la frontière du nord.",
                     [("Garde républicaine", "ORG")], "fr"),
    ]
    entities = merge_entities(docs, encoded)
    for name in ("Consejo Nacional Sirio", "Coalizione Nazionale Siriana", "Guardia Nacional",
                 "Garde républicaine"):
        assert entity_of(entities, name).aliases == [name]


def test_without_an_encoder_no_word_is_translated(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("La Liga Árabe suspendió a Siria.", [("Liga Árabe", "ORG")], "es"),
        make_article("La Lega Araba ha sospeso la Siria.", [("Lega Araba", "ORG")], "it"),
    ]
    assert entity_of(merge_entities(docs, knowledge), "Lega Araba").aliases == ["Lega Araba"]


def test_a_head_and_complement_typed_a_place_meets_the_one_typed_a_body(
    knowledge: EntityKnowledge,
) -> None:
    docs = [make_article(
        "El consejo de seguridad se reunió. Las Naciones Unidas (ONU) piden calma. El Consejo "
        "de Seguridad de Naciones Unidas votó y el Consejo de Seguridad de la ONU aprobó.",
        [("Naciones Unidas", "ORG"), ("ONU", "ORG"),
         ("Consejo de Seguridad de Naciones Unidas", "ORG"),
         ("Consejo de Seguridad de la ONU", "LOC")], "es")]
    council = entity_of(merge_entities(docs, knowledge), "Consejo de Seguridad de la ONU")
    assert "Consejo de Seguridad de Naciones Unidas" in council.aliases


def test_a_head_meets_its_longer_names_once_their_complements_are_one(
    knowledge: EntityKnowledge,
) -> None:
    # At first "Conseil de sécurité" opens two entities and abstains; once "l'ONU" and
    # "des Nations unies" make the two longer names one, the head joins them.
    docs = [make_article(
        "Les Nations unies ont parlé. Le Conseil de sécurité des Nations unies a voté; un "
        "conseil de sécurité se réunit. L'ONU insiste et le Conseil de sécurité de l'ONU "
        "adopte le texte. Le Conseil de sécurité se tait.",
        [("Nations unies", "ORG"), ("Conseil de sécurité des Nations unies", "ORG"),
         ("ONU", "ORG"), ("Conseil de sécurité de l'ONU", "ORG"), ("Conseil de sécurité", "ORG")],
        "fr")]
    council = entity_of(merge_entities(docs, knowledge), "Conseil de sécurité")
    assert {"Conseil de sécurité des Nations unies", "Conseil de sécurité de l'ONU"} <= set(
        council.aliases)


def test_names_that_differ_by_a_neighbouring_word_are_two_bodies(
    encoded: EntityKnowledge,
) -> None:
    # The encoder puts antonyms and kin words fairly close ("superior" / "inférieur",
    # "hermanos" / "sœurs"): neither the whole-name rule nor the word rule joins them.
    pairs = [("Consejo Superior", "Conseil inférieur"), ("Hermanos Musulmanes",
                                                       "Sœurs musulmanes"),
             ("Frente de Izquierda", "Front de droite")]
    for spanish, french in pairs:
        docs = [
            make_article(f"Los dirigentes del {spanish} se reunieron en El Cairo el lunes.",
                         [(spanish, "ORG")], "es"),
            make_article(f"Les dirigeants du {french} se sont réunis au Caire lundi.",
                         [(french, "ORG")], "fr"),
        ]
        entities = merge_entities(docs, encoded)
        assert entity_of(entities, spanish).aliases == [spanish]


def test_a_country_acronym_is_no_truncated_acronym_of_a_body(
    knowledge: EntityKnowledge,
) -> None:
    # The it model leaves both untyped; "[U]... Syrian Air" would fit "USA".
    docs = [make_article(
        "La compagnia Syrian Air ha ricevuto aerei. Gli USA hanno bloccato la vendita.",
        [("Syrian Air", "OTHER"), ("USA", "OTHER")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Syrian Air").aliases == ["Syrian Air"]
