"""Framing per source: genre with reasons, naming of actors with spans, quotes and omissions."""

from __future__ import annotations

from storylens.framing import build_framing, classify_genre, loaded_terms, own_voice
from storylens.framing.lexicon import lexicon_for
from storylens.framing.naming import descriptors
from storylens.records import Article, Claim, Entity, Evidence, Mention, Removed, Sentence

_REPORT = ("Officials from the United States met the commander Karl Ostrander in Velmora on "
           "Sunday and asked him to stop the offensive on the capital. The meeting lasted two "
           "hours, a spokesman said. Fighting continued south of the capital on Monday, and "
           "aid groups said more than 200 families had left the area. ") * 3
_COLUMN = ("I have watched the brutal strongman Karl Ostrander for years, and I think the "
           "meeting was a disgraceful farce. My view is simple: the offensive is outrageous "
           "and the officials were naive and pathetic to believe him. I do not expect "
           "anything to change, and I fear the worst for the capital. ") * 3


def _article(aid: str, text: str, **kw: object) -> Article:
    article = Article(id=aid, source=f"{aid}.txt", text=text, language="en", **kw)  # type: ignore[arg-type]
    start = 0
    for part in text.split(". "):
        article.sentences.append(Sentence(start, start + len(part) + 1))
        start += len(part) + 2
    return article


def _mentions(article: Article, name: str) -> list[Mention]:
    found, at = [], article.text.find(name)
    while at >= 0:
        found.append(Mention(article.id, at, at + len(name), name))
        at = article.text.find(name, at + 1)
    return found


def test_lexicons_come_from_packages_and_abstain_where_none_ships() -> None:
    assert lexicon_for("en").loaded("brutal") is not None
    assert lexicon_for("fr").loaded("abominable") is not None
    assert lexicon_for("en").loaded("capital") is None
    assert lexicon_for("xx").polarity == {}


def test_genre_reads_labels_first_person_and_evaluative_density() -> None:
    assert classify_genre(_article("n", _REPORT))[0] == "news"
    genre, reasons = classify_genre(_article("o", _COLUMN))
    assert genre == "opinion" and any("first person" in r for r in reasons)
    labelled = _article("l", _REPORT, title="Opinion: the talks that changed nothing")
    assert classify_genre(labelled) == ("opinion", ["labelled 'Opinion'"])
    analysis = _article("a", "Analysis | What the talks mean\n" + _REPORT)
    assert classify_genre(analysis)[0] == "analysis"
    # A question headline starting with a word that is a label elsewhere is not a label.
    assert classify_genre(_article("q", _REPORT, title="Opinion polls tighten"))[0] == "news"


def test_columnist_bio_is_one_signal_not_a_verdict() -> None:
    bio = [Removed("Jane Roe is a columnist for the Daily Planet.", "author_bio")]
    genre, reasons = classify_genre(_article("b", _REPORT, removed=bio))
    assert genre == "news" and reasons == ["columnist bio"]


def test_loaded_terms_are_exact_spans_of_the_writers_own_voice() -> None:
    text = 'The plan was outrageous, critics said. "It is a brutal plan," said Ana Ruiz.'
    article = _article("x", text)
    terms = loaded_terms(article)
    assert [t["quote"] for t in terms] == ["outrageous"]
    assert all(text[t["start"]:t["end"]] == t["quote"] for t in terms)
    assert len(own_voice(text)) == len(text)


def test_naming_stance_quotes_and_omissions_per_source() -> None:
    news, column = _article("n", _REPORT), _article("o", _COLUMN)
    third = _article("t", _REPORT.replace("Officials", "Envoys"))
    actor = Entity(id="e1", name="Karl Ostrander", type="PERSON",
                   mentions=[*_mentions(news, "Karl Ostrander"),
                             *_mentions(column, "Karl Ostrander"),
                             *_mentions(third, "Karl Ostrander")])
    met = Claim(id="c1", kind="relation", statement="Officials met Karl Ostrander.",
                predicate="met", sources=[Evidence("n", 0, 9, "Officials", "a spokesman"),
                                          Evidence("t", 0, 6, "Envoys")])
    framing = {f.article_id: f for f in build_framing([news, column, third], [actor], [met])}
    col = framing["o"]
    assert col.genre == "opinion"
    descriptors = {d["quote"]: d for d in col.naming[0]["descriptors"]}
    strongman = descriptors["brutal strongman"]
    assert strongman["loaded"] and strongman["distinctive"]
    assert not framing["n"].naming[0]["descriptors"][0]["loaded"]
    assert col.stance and col.stance[0]["polarity"] < 0
    for ev in col.stance[0]["evidence"]:
        assert column.text[ev["start"]:ev["end"]] == ev["quote"]
    assert framing["n"].stance == []  # no evaluative word: abstain, not "neutral"
    assert framing["n"].quoted == [{"speaker": "a spokesman", "count": 1, "claim_ids": ["c1"]}]
    assert col.omits == ["c1"] and framing["n"].omits == []


def test_descriptors_stop_at_articles_including_elided_ones() -> None:
    text = "Le film de l'actrice belge Ana Rive a gagné. Selon la réalisatrice Ana Rive, rien."
    article = Article(id="f", source="f.txt", text=text, language="fr")
    actor = Entity(id="e", name="Ana Rive", type="PERSON", mentions=_mentions(article, "Ana Rive"))
    assert [d["quote"] for d in descriptors(article, actor)] == ["actrice belge", "réalisatrice"]


def test_a_place_phrase_is_no_label_and_places_get_no_descriptor() -> None:
    text = "La tension ne cesse de monter en Velmorie. Le correspondant reste dans Altamar."
    article = _article("fr3", text)
    article.language = "fr"
    country = Entity("e1", "Velmorie", "GPE", mentions=_mentions(article, "Velmorie"))
    body = Entity("e2", "Altamar", "ORG", mentions=_mentions(article, "Altamar"))
    assert descriptors(article, country) == []
    assert descriptors(article, body) == []  # "reste dans Altamar": a place phrase
