"""One statement told by several outlets that name or mark its speaker differently (issue
11, session 6): a quotation whose opening mark was cut with the paragraph before, a name
that ends the reported words read as the title of "the source", a speaker the entity
stage split in two ("Murillo Karam" / "Jesús Murillo Karam"), "one source" beside "a
network source"; and a remainder told with "another" (a figure, not a speaker).
Fixtures written here; each test fails on the code before this session except the
controls it names."""

from __future__ import annotations

from claim_builders import extracted_article, reconcile_story
from storylens.facts.origins import quoted_spans
from storylens.records import Article, Claim

_NAMES = (("Ada Brandt", "PERSON", "e-brandt"), ("Brandt", "PERSON", "e-brandt"),
          ("Omar Saleh", "PERSON", "e-saleh"), ("Omar Salih", "PERSON", "e-salih"),
          ("Lucia Ferran Ostby", "PERSON", "e-ostby-full"),
          ("Ferran Ostby", "PERSON", "e-ostby"),
          ("Ivo Ruiz", "PERSON", "e-ruiz"), ("Tomas Ruiz", "PERSON", "e-tomas-ruiz"))


def _article(text: str, outlet: str, subject: str = "Brandt",
             subject_id: str = "e-brandt") -> Article:
    return extracted_article(text, "en", outlet, "2024-05-08", _NAMES, subject, subject_id)


def _told(*articles: Article) -> list[tuple[int, str]]:
    """Per story-level quote: how many articles back it, and its status."""
    story, _ = reconcile_story(list(articles))
    return _quotes(story)


def _quotes(story: list[Claim]) -> list[tuple[int, str]]:
    return sorted((len({e.article_id for e in c.sources}), c.status) for c in story
                  if c.kind == "quote")


def test_a_straight_mark_followed_by_a_space_closes_the_quotation() -> None:
    text = 'The bridge will carry the town to the market again, " Ada Brandt said.'
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        "The bridge will carry the town to the market again, "]
    # Control (same before): a mark opening a quotation is followed by its first word.
    opened = 'She said: "We will rebuild it."'
    assert [opened[s:e] for s, e in quoted_spans(opened)] == ["We will rebuild it."]


def test_a_quotation_whose_opening_mark_was_cut_corroborates_the_whole_one() -> None:
    cut = _article('The council met late on Monday.\n\nThe new bridge will carry the whole town '
                   'to the market again, " Ada Brandt said in an interview.', "Daily Ledger")
    whole = _article('"The new bridge will carry the whole town to the market again," '
                     "Ada Brandt said.", "Harbour Times")
    assert (2, "corroborated") in _told(cut, whole)


def test_a_name_ending_the_reported_words_is_not_the_source() -> None:
    a = _article("The strike on the northern town destroyed the fuel depot and killed a "
                 "deputy of Omar Saleh, the source said.", "Daily Ledger", "Omar Saleh",
                 "e-saleh")
    b = _article("The strike on the northern town destroyed a fuel depot and also killed one "
                 "deputy of Omar Salih, the source told reporters.", "Harbour Times",
                 "Omar Salih", "e-salih")
    assert (2, "corroborated") in _told(a, b)


def test_one_speaker_split_by_the_entity_stage_is_one_speaker_for_the_same_words() -> None:
    words = '"Fourteen more officers were detained and confessed to taking part," '
    a = _article(words + "Ferran Ostby said on Tuesday.", "Daily Ledger", "Ferran Ostby",
                 "e-ostby")
    b = _article("Lucia Ferran Ostby is the attorney general. " + words
                 + "Lucia Ferran Ostby said.", "Harbour Times", "Lucia Ferran Ostby",
                 "e-ostby-full")
    assert _told(a, b) == [(2, "corroborated")]
    # Control (apart before too): two people who share only a surname stay apart.
    c = _article(words + "Ivo Ruiz said.", "Evening Star", "Ivo Ruiz", "e-ruiz")
    d = _article(words + "Tomas Ruiz said.", "Morning Post", "Tomas Ruiz", "e-tomas-ruiz")
    assert _told(c, d) == [(1, "single_source"), (1, "single_source")]


def test_one_source_and_a_network_source_quoting_the_same_words_corroborate() -> None:
    words = '"He is not going to be suspended or reprimanded in any way," '
    a = _article(words + "one source told the paper.", "Daily Ledger")
    b = _article(words + "a network source told the paper.", "Harbour Times")
    assert _told(a, b) == [(2, "corroborated")]


def test_one_speakers_same_quoted_words_corroborate_whatever_surrounds_them() -> None:
    a = _article('"People think I changed his whole life," Ada Brandt said on the morning '
                 "show.", "Daily Ledger")
    b = _article('"People think I changed his whole life," said Ada Brandt, who insists the '
                 "video was real.", "Harbour Times")
    assert _told(a, b) == [(2, "corroborated")]
    # Control (apart before too): two quotations sharing a few words are two remarks.
    c = _article('"We will rebuild the bridge before the winter," Ada Brandt said.',
                 "Evening Star")
    d = _article('"We will rebuild the school after the flood," Ada Brandt said on the radio.',
                 "Morning Post")
    assert _told(c, d) == [(1, "single_source"), (1, "single_source")]


def test_another_forty_injured_is_a_remainder_that_disputes_no_total() -> None:
    places = (("Harran", "GPE", None),)
    a = extracted_article("The tram overturned in Harran on Monday, trapping five people and "
                          "injuring another 40.", "en", "Daily Ledger", "2024-05-08", places,
                          "-", "-")
    b = extracted_article("In Harran on Monday 52 people were injured when the tram "
                          "overturned.", "en", "Harbour Times", "2024-05-08", places, "-", "-")
    _, disagreements = reconcile_story([a, b])
    assert disagreements == []
