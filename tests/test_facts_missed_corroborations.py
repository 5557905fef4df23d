"""Corroborations the story stage missed, and one wrong dispute (issue 11, session 9): one
quotation edited by a word, a role phrase with a complement ("the mayor of X" / "the
mayor"), a named speaker and one known only by words, a placeless figure that only one
place's report of the day states, and a time of the main clause read as the date of a
toll in a relative clause. Fixtures written here; each test fails on the code before this
session except the controls it names."""

from __future__ import annotations

from claim_builders import extracted_article, reconcile_story
from storylens.facts.origins import quoted_apart
from storylens.facts.parties import Parties
from storylens.facts.speakers import same_role
from storylens.records import Article

_PLACES = (("Harbourville", "LOC", "e-harbourville"), ("Lakeside", "LOC", "e-lakeside"))
_NAMES = (("Ada Brandt", "PERSON", "e-brandt"),)


def _words(text: str) -> list[str]:
    return [w.strip(".,").casefold() for w in text.split()]


def test_a_quotation_edited_by_a_word_is_not_another_remark() -> None:
    short = _words("I feel badly for General Brandt")
    edited = _words("I feel very badly for Gen. Brandt")
    assert not quoted_apart(short, edited)
    # Control (apart before too): two remarks of one speaker on one subject.
    other = _words("The families of Harbourville deserve answers this week")
    assert quoted_apart([*short, "today"], other)


def test_a_role_with_a_complement_is_the_role() -> None:
    assert same_role("t:the mayor of harbourville", "t:the mayor")
    # Controls (same before): two ministers of different portfolios stay apart; the
    # complement alone is not the speaker.
    assert not same_role("t:the minister of defence", "t:the minister of finance")
    assert not same_role("t:the mayor of harbourville", "t:harbourville")


def test_a_named_speaker_and_one_known_by_words_are_one_speaker_by_words() -> None:
    parties = Parties({}, {})
    assert parties.one_speaker_by_words("t:l armee", "e:e-army")
    assert parties.one_speaker_by_words("e:e-brandt", "t:the scientist")
    # Controls (same before): one key twice, or a missing one, is no pair of speakers.
    assert not parties.one_speaker_by_words("e:e-brandt", "e:e-brandt")
    assert not parties.one_speaker_by_words(None, "t:the scientist")


def test_the_same_quotation_from_a_name_and_from_a_role_corroborates() -> None:
    words = '"We built up a lot of goodwill on both sides to make this telescope happen," '
    named = extracted_article(words + "says Ada Brandt.", "en", "Daily Ledger", "2024-05-08",
                              _NAMES, "Ada Brandt", "e-brandt")
    role = extracted_article("Ada Brandt leads the team. " + words + "the scientist said.",
                             "en", "Harbour Times", "2024-05-08", _NAMES, "Ada Brandt",
                             "e-brandt")
    story, _ = reconcile_story([named, role])
    assert sorted((len({e.article_id for e in c.sources}), c.status) for c in story
                  if c.kind == "quote") == [(2, "corroborated")]


def _told(*texts_and_outlets: tuple[str, str]) -> list[tuple[str, int, str]]:
    articles: list[Article] = [extracted_article(text, "en", outlet, "2024-05-08", _PLACES,
                                                 "", "") for text, outlet in texts_and_outlets]
    story, _ = reconcile_story(articles)
    return sorted((c.statement, len({e.article_id for e in c.sources}), c.status)
                  for c in story if c.kind == "quantity")


def test_a_placeless_figure_stated_by_one_place_only_corroborates_it() -> None:
    told = _told(("Forty people were injured in Harbourville when the old footbridge "
                  "collapsed.", "Daily Ledger"),
                 ("A gas blast injured twelve people in Lakeside.", "Harbour Times"),
                 ("Forty people were injured when the old footbridge collapsed.",
                  "Evening Star"))
    assert ("40 people were injured.", 2, "corroborated") in told
    assert ("12 people were injured.", 1, "single_source") in told


def test_a_placeless_figure_that_two_places_state_joins_neither() -> None:
    # Control (same before): forty injured in each of two places, and a placeless forty:
    # which place it tells is unknown, so it corroborates neither.
    told = _told(("Forty people were injured in Harbourville when the old footbridge "
                  "collapsed.", "Daily Ledger"),
                 ("A gas blast injured forty people in Lakeside.", "Harbour Times"),
                 ("Forty people were injured on Wednesday, officials said.", "Evening Star"))
    assert all(sources == 1 for _, sources, _ in told)


def test_a_time_of_the_main_clause_does_not_date_a_toll_in_a_relative_clause() -> None:
    # Last week's massacre "where more than 200 people were killed" is not Tuesday's toll:
    # no dispute with Tuesday's 35 (a wrong dispute on the code before).
    told = _told(("On Tuesday the council blocked a statement on last week's massacre in "
                  "the valley, where more than 200 people were killed.", "Daily Ledger"),
                 ("Shelling killed 35 people on Tuesday, activists said.", "Harbour Times"))
    assert [status for _, _, status in told] == ["single_source", "single_source"]
