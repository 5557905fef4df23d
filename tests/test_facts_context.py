"""Agreeing figures of different events, told apart by the rest of their sentences (issue
11, session 5b): another victim class, other counts in the sentence that disagree, a
loose exact figure against a loose rounded one, loose figures of different places, and
two statements of one speaker carrying different numbers. Fixtures written here, all
undated (no publication date, no date of their own) like the corpora where these joins
were read; each test fails on the code before this session except the controls it names."""

from __future__ import annotations

import re

import numpy as np

from storylens.claims import extract_claims
from storylens.facts import reconcile
from storylens.records import Article, Claim, Mention
from storylens.sentences import segment_article

_PLACES = ("Varna Falls", "Ostrel", "Kelby", "Lake Moor")


def _article(text: str, outlet: str, lang: str = "en") -> Article:
    art = Article(id=Article.make_id(text + outlet), source=f"{outlet}.txt", text=text,
                  language=lang, published=None, outlet=outlet)
    segment_article(art)
    for name in (*_PLACES, "Ines Moro"):
        label = "PERSON" if name == "Ines Moro" else "GPE"
        entity = "e-moro" if label == "PERSON" else "e-" + name.lower().replace(" ", "-")
        for m in re.finditer(rf"\b{name}\b", text):
            art.mentions.append(Mention(art.id, m.start(), m.end(), name, label, entity))
    art.claims = extract_claims(art)
    for claim in art.claims:
        if "Moro" in (claim.subject_text or ""):
            claim.subject = "e-moro"
    return art


def _story(articles: list[Article], embedder: object = None) -> list[Claim]:
    claims = [c for a in articles for c in a.claims]
    story, _ = reconcile(claims, {a.id: a for a in articles}, embedder)  # type: ignore[arg-type]
    return story


def _joined(story: list[Claim], *articles: Article) -> bool:
    """Some figure of the story is backed by all these articles together."""
    wanted = {a.id for a in articles}
    return any(c.kind == "quantity" and {e.article_id for e in c.sources} >= wanted
               for c in story)


def test_fighters_killed_do_not_corroborate_bodies_seen_by_a_witness() -> None:
    fighters = _article("At least 30 suspected rebel fighters were killed as they clashed "
                        "with the army.", "Daily Ledger")
    bodies = _article('"I saw over 30 dead lying along the road," the farmer said.',
                      "Harbour Times")
    assert not _joined(_story([fighters, bodies]), fighters, bodies)
    # Control (joined before too): the same class on both sides.
    other = _article("At least 30 suspected rebel fighters were killed in fighting with "
                     "troops.", "Evening Star")
    assert _joined(_story([fighters, other]), fighters, other)


def test_other_counts_in_the_sentences_that_disagree_mean_another_event() -> None:
    storm = _article("Twelve people were killed and about 40 hurt.", "Daily Ledger")
    older = _article("That storm killed at least five people, injured almost 40 and "
                     "flattened houses in March.", "Harbour Times")
    assert not _joined(_story([storm, older]), storm, older)
    # Control (joined before too): the other counts agree as well.
    same = _article("The storm killed 12 people and injured about 40, officials said.",
                    "Evening Star")
    assert _joined(_story([storm, same]), storm, same)


def test_a_loose_exact_toll_is_not_corroborated_by_a_rounded_one() -> None:
    exact = _article("A total of 1,843 people lost their lives when the dam failed.",
                     "Daily Ledger")
    rounded = _article("Officials recalled the flood that left nearly 2,000 dead.",
                       "Harbour Times")
    assert not _joined(_story([exact, rounded]), exact, rounded)
    under = _article("The quake injured almost 40 people and flattened houses.", "Evening Star")
    forty = _article("The governor said 40 people were injured by the quake.", "Morning Post")
    assert not _joined(_story([under, forty]), under, forty)
    # Control (joined before too): the same number under another hedge.
    floor = _article("The quake injured at least 40 people, the governor said.", "Night Desk")
    assert _joined(_story([forty, floor]), forty, floor)


def test_loose_tolls_of_different_places_corroborate_only_within_one_place() -> None:
    here = _article("Gunmen attacked travellers in the village of Ostrel, killing nine "
                    "people.", "Daily Ledger")
    again = _article("Nine people were also killed on a road near Ostrel by gunmen.",
                     "Harbour Times")
    there = _article("Gunmen attacked two towns near the border with Kelby, killing at "
                     "least 9.", "Evening Star")
    nowhere = _article("One attack a day after the truce left nine dead.", "Morning Post")
    elsewhere = _article("A bombing at a bus station killed at least nine people.",
                         "Night Desk")
    story = _story([here, again, there, nowhere, elsewhere])
    assert _joined(story, here, again)
    for other in (there, nowhere, elsewhere):
        assert not _joined(story, here, other)
    assert not _joined(story, nowhere, elsewhere)


class _OneMeaning:
    """Every text maps to one vector: a sentence model that reads every statement of one
    speaker as one statement."""

    name = "one-meaning-test"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)


def test_statements_carrying_different_numbers_are_not_one_statement() -> None:
    from storylens.facts.verbatim import numbers_clash  # new this session

    words = "El conflicto ha causado ya unos 52.000 muertos, según Ines Moro, mientras que "
    a = _article(words + "seis millones de personas han huido de sus casas.", "Diario A", "es")
    b = _article(words + "2,5 millones de personas necesitan ayuda urgente.", "Diario B", "es")
    quotes = [c for art in (a, b) for c in art.claims if c.kind in ("quote", "relation")]
    assert len(quotes) == 2
    assert numbers_clash(quotes[0], quotes[1], "es", "es")
    story = _story([a, b], _OneMeaning())
    assert all(len({e.article_id for e in c.sources}) == 1 for c in story
               if c.kind in ("quote", "relation"))
    # Control: a report quoting less of the statement (fewer numbers) is no clash.
    c = _article("El conflicto ha causado ya unos 52.000 muertos, según Ines Moro.",
                 "Diario C", "es")
    short = next(q for q in c.claims if q.kind in ("quote", "relation"))
    assert not numbers_clash(short, quotes[0], "es", "es")
