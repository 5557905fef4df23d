"""Loaded naming for nouns as well as adjectives: learned words and contrast between sources."""

from __future__ import annotations

from storylens.framing import loaded_terms
from storylens.framing.loaded_words import learned_loaded, learned_weights
from storylens.framing.naming import naming_table
from storylens.records import Article, Entity, Mention


def _source(aid: str, text: str, language: str, name: str) -> tuple[Article, list[Mention]]:
    article = Article(id=aid, source=f"{aid}.txt", text=text, language=language)
    at = text.find(name)
    mentions = []
    while at >= 0:
        mentions.append(Mention(aid, at, at + len(name), name))
        at = text.find(name, at + 1)
    return article, mentions


def _table(texts: dict[str, str], language: str, name: str = "Karl Ostrander"):  # type: ignore[no-untyped-def]
    pairs = [_source(aid, text, language, name) for aid, text in texts.items()]
    actor = Entity(id="e-k", name=name, type="PERSON",
                   mentions=[m for _, ms in pairs for m in ms])
    return naming_table([a for a, _ in pairs], [actor])


def _descriptor(table, aid: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    [row] = table[aid]
    [found] = row["descriptors"]
    return found


def test_weights_are_learned_words_including_nouns_not_an_empty_file() -> None:
    weights = learned_weights("en")
    assert len(weights) >= 20 and learned_weights("xx") == {}
    # The file is BASIL-derived: a noun of loaded naming passes, a neutral noun does not.
    assert learned_loaded("hypocrite", "en") is not None
    assert learned_loaded("senator", "en") is None


def test_loaded_noun_in_english_is_flagged_with_its_evidence_span() -> None:
    text = "Voters heard the hypocrite Karl Ostrander speak in Velmora on Monday."
    table = _table({"a": text, "b": "Voters heard Governor Karl Ostrander on Monday."}, "en")
    found = _descriptor(table, "a")
    assert found["loaded"] and any("BASIL" in r for r in found["loaded_by"])
    assert text[found["start"]:found["end"]] == found["quote"] == "hypocrite"
    article = Article(id="c", source="c", text="The hypocrite spoke again.", language="en")
    assert [t["quote"] for t in loaded_terms(article)] == ["hypocrite"]


def test_loaded_noun_in_french_by_contrast_with_the_other_sources() -> None:
    table = _table({
        "a": "Des diplomates ont rencontré le seigneur de guerre Karl Ostrander à Velmora.",
        "b": "Des diplomates ont rencontré le maréchal Karl Ostrander dimanche.",
        "c": "Selon la presse, le maréchal Karl Ostrander a reçu les diplomates.",
    }, "fr")
    odd = _descriptor(table, "a")
    assert odd["quote"] == "seigneur de guerre" and odd["loaded"] and odd["distinctive"]
    assert any("contrast" in r and "maréchal" in r for r in odd["loaded_by"])
    assert not _descriptor(table, "b")["loaded"]  # the shared label is the neutral one


def test_loaded_noun_in_spanish_by_contrast_and_abstention_with_one_other_source() -> None:
    texts = {"a": "Los enviados se reunieron con el caudillo Karl Ostrander en Velmora.",
             "b": "Los enviados se reunieron con el mariscal Karl Ostrander el domingo.",
             "c": "El mariscal Karl Ostrander recibió a los enviados, según la prensa."}
    odd = _descriptor(_table(texts, "es"), "a")
    assert odd["quote"] == "caudillo" and odd["loaded"]
    # With a single other source there is no shared usage to contrast with: no verdict.
    two = _descriptor(_table({k: texts[k] for k in ("a", "b")}, "es"), "a")
    assert two["distinctive"] and not two["loaded"]


def test_a_verb_after_a_bare_preposition_is_no_label_but_a_title_after_an_article_is() -> None:
    texts = {"a": "Des milliers de gens ont défilé pour soutenir Karl Ostrander à Velmora.",
             "c": "The crowd marched to oust Karl Ostrander on Monday.",
             "d": "Des milliers de gens ont défilé pour le président Karl Ostrander."}
    table = _table(texts, "fr")
    assert table["a"][0]["descriptors"] == [] and table["c"][0]["descriptors"] == []
    assert _descriptor(table, "d")["quote"] == "président"


def test_an_apposition_that_is_a_clause_or_another_name_is_no_label() -> None:
    texts = {"a": "Ils ont manifesté dans la ville natale de Karl Ostrander, Velmora, hier.",
             "b": "Je me méfie de Karl Ostrander, pour qui j'ai voté, depuis un an.",
             "c": "Ils ont rencontré Karl Ostrander, ancien général de l'armée, hier."}
    table = _table(texts, "fr")
    assert table["a"][0]["descriptors"] == [] and table["b"][0]["descriptors"] == []
    assert _descriptor(table, "c")["quote"] == "ancien général de l'armée"


def test_an_evaluative_word_inside_a_name_is_no_judgement_of_the_writer() -> None:
    from storylens.framing.naming import stance
    from storylens.sentences import segment_article

    text = ("Karl Ostrander a rencontré le Conseil Suprême des forces armées à Velmora. "
            "Suprême ironie, Karl Ostrander a été hué par une foule violente.")
    article = segment_article(Article(id="a", source="a.txt", text=text, language="fr"))
    quotes = [t["quote"] for t in loaded_terms(article)]
    assert quotes.count("Suprême") == 1  # the sentence-opening one only, not the council's
    _, mentions = _source("a", text, "fr", "Karl Ostrander")
    actor = Entity(id="e-k", name="Karl Ostrander", type="PERSON", mentions=mentions)
    found = stance(article, actor)
    assert found is not None
    in_council = text.index("Suprême")  # the council's, inside the first sentence
    assert in_council not in {e["start"] for e in found["evidence"]}
    assert text.index("Suprême", in_council + 1) in {e["start"] for e in found["evidence"]}
