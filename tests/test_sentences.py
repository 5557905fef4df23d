from storylens.sentences import split_sentences


def _split(text: str) -> list[str]:
    spans = split_sentences(text)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()
    return [text[s:e] for s, e in spans]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Mr. Smith met Gen. Haftar in Tripoli. U.S. officials said approx. five died."
    assert _split(text) == [
        "Mr. Smith met Gen. Haftar in Tripoli.",
        "U.S. officials said approx. five died.",
    ]


def test_quotes_and_newlines_end_sentences() -> None:
    text = 'He said: "We will rebuild." Then he left.\nNew paragraph without a stop'
    assert _split(text) == ['He said: "We will rebuild."', "Then he left.",
                            "New paragraph without a stop"]


def test_french_guillemets_arabic_and_russian() -> None:
    assert _split("Il a dit : « Non. » Puis il est parti.") == [
        "Il a dit : « Non. »", "Puis il est parti."]
    assert _split("قال الوزير إن الوضع صعب. وأضاف أن المساعدات وصلت؟ نعم.") == [
        "قال الوزير إن الوضع صعب.", "وأضاف أن المساعدات وصلت؟", "نعم."]
    assert _split("Министр прибыл в г. Москву. Он встретился с послом.") == [
        "Министр прибыл в г. Москву.", "Он встретился с послом."]


def test_a_dotted_spanish_plural_abbreviation_does_not_split() -> None:
    # Session 6 reader pass (es): "EE. UU." was cut after "EE.", leaving "UU. ..." as a
    # sentence of its own (and "EE" as an entity).
    text = ("Después, EE. UU. anunció sanciones contra el puerto de Valdeluna. "
            "Las FF. AA. del país se desplegaron en la frontera.")
    assert _split(text) == [
        "Después, EE. UU. anunció sanciones contra el puerto de Valdeluna.",
        "Las FF. AA. del país se desplegaron en la frontera.",
    ]
    # Two equal capitals alone still end a sentence: "la categoría AA. Bb. ..." is no pair.
    assert _split("Ganó en la categoría AA. El resto quedó fuera.") == [
        "Ganó en la categoría AA.", "El resto quedó fuera."]


def test_a_stop_glued_to_the_next_capital_ends_a_sentence_but_not_in_an_address() -> None:
    text = ("Las tropas llegaron al norte del país.Las autoridades dijeron que había calma. "
            "Vive en EE.UU. desde 2010. Visite www.Velmora.com hoy.")
    assert _split(text) == ["Las tropas llegaron al norte del país.",
                            "Las autoridades dijeron que había calma.",
                            "Vive en EE.UU. desde 2010.", "Visite www.Velmora.com hoy."]


def test_a_lower_case_word_after_an_exclamation_goes_on_with_the_sentence() -> None:
    text = "Avec cette double (triple !) casquette, il a signé. « Assez ! » a-t-il crié. Fin."
    assert _split(text) == ["Avec cette double (triple !) casquette, il a signé.",
                            "« Assez ! » a-t-il crié.", "Fin."]


def test_a_thousands_point_with_a_stray_space_stays_in_its_sentence() -> None:
    text = "Il est né en 1940. 200 personnes étaient là. Plus de 40. 000 morts."
    assert _split(text) == ["Il est né en 1940.", "200 personnes étaient là.",
                            "Plus de 40. 000 morts."]
