"""Reports that read alike but are not one fact (issue 11, session 4): a remainder
("four others"), a running total ("since Friday"), floors of different numbers, two
remarks of one speaker, small counts. Fixtures written here; seven of the nine tests fail
on the code before (two are controls: a dated toll still disputes, and "others" set
against the dead are the whole count of the injured)."""

from __future__ import annotations

import numpy as np

from claim_builders import extracted_article, reconcile_story
from storylens.facts.origins import quoted_apart, quoted_spans
from storylens.records import Article, Claim

_NAMES = (("Marta Keller", "PERSON", "e-keller"),
          ("Keller", "PERSON", "e-keller"),
          ("Harran", "GPE", None), ("Homs", "GPE", None))


def _article(text: str, lang: str, outlet: str, published: str = "2024-05-08"
             ) -> Article:
    return extracted_article(text, lang, outlet, published, _NAMES, "Keller", "e-keller")


_story = reconcile_story


def _figures(story: list[Claim]) -> list[tuple[float | None, str]]:
    return sorted((c.value.low if c.value else None, c.status) for c in story
                  if c.kind == "quantity")


def test_four_others_killed_neither_corroborates_nor_disputes_a_toll_of_four() -> None:
    rest = _article("Deux soldats sont morts dimanche à Homs. Quatre autres personnes ont été "
                    "tuées lundi à Homs, selon les secouristes.", "fr", "Le Quotidien")
    toll = _article("Quatre personnes ont été tuées lundi à Homs.", "fr", "Courrier Sud")
    story, disagreements = _story([rest, toll])
    assert (4.0, "corroborated") not in _figures(story)
    assert disagreements == []


def test_three_others_do_not_dispute_a_country_wide_toll() -> None:
    total = _article("On Monday 40 people were killed across the country, the ministry "
                     "said.", "en", "Daily Ledger")
    rest = _article("On Monday three other people were killed in the country.", "en",
                    "Harbour Times")
    story, disagreements = _story([total, rest])
    assert disagreements == []
    assert {s for _, s in _figures(story)} == {"single_source"}


def test_a_running_total_since_friday_that_grew_days_later_is_no_dispute() -> None:
    early = _article("Thirty people have been killed since Friday in Harran, rescuers said.",
                     "en", "Daily Ledger", published="2024-05-06")
    later = _article("55 people have been killed since Friday in Harran, rescuers said.",
                     "en", "Harbour Times", published="2024-05-09")
    _, disagreements = _story([early, later])
    assert disagreements == []
    # Spanish and Italian running totals read the same way.
    es = [_article(f"{n} personas han muerto desde el viernes en Harran.", "es", f"P{n}",
                   published=day) for n, day in ((30, "2024-05-06"), (55, "2024-05-09"))]
    it = [_article(f"{n} persone sono morte da venerdì a Harran.", "it", f"Q{n}",
                   published=day) for n, day in ((30, "2024-05-06"), (55, "2024-05-09"))]
    assert _story(es)[1] == [] and _story(it)[1] == []


def test_two_tolls_stating_their_day_still_dispute() -> None:
    a = _article("On Friday 30 people were killed in Harran.", "en", "Daily Ledger")
    b = _article("On Friday 55 people were killed in Harran.", "en", "Harbour Times")
    assert len(_story([a, b])[1]) == 1


def test_floors_of_different_numbers_are_different_reports() -> None:
    a = _article("At least 90 people were wounded in Harran on Thursday.", "en", "A")
    b = _article("More than 100 people were wounded in Harran on Thursday.", "en", "B")
    c = _article("At least 90 people were wounded in Harran on Thursday, doctors said.",
                 "en", "C")
    story, disagreements = _story([a, b, c])
    assert disagreements == []
    assert _figures(story) == [(90.0, "corroborated"), (100.0, "single_source")]


class _OneMeaning:
    """Every text maps to one vector: the stand-in for a sentence model that reads two
    remarks of one speaker on one subject as one statement."""

    name = "one-meaning-test"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)


def test_two_different_remarks_of_one_speaker_are_not_one_statement() -> None:
    a = _article('"Our thoughts are with the families of those who lost their lives on the '
                 'ferry," Marta Keller said.', "en", "Daily Ledger")
    b = _article('"I am shaken by the news from the harbour and we will find out what went '
                 'wrong," Marta Keller said.', "en", "Harbour Times")
    same = _article('"Our thoughts are with the families of those who lost their lives on '
                    'the ferry," Marta Keller said on Monday.', "en", "Evening Star")
    french = _article("« Nos pensées vont aux familles de ceux qui ont perdu la vie sur le "
                      "ferry », a déclaré Marta Keller.", "fr", "Le Quotidien")
    story, _ = _story([a, b, same], _OneMeaning())
    quotes = sorted((len(c.sources), c.status) for c in story if c.kind == "quote")
    # The same words in two outlets corroborate; the other remark stands alone.
    assert quotes == [(1, "single_source"), (2, "corroborated")]
    # A translation has other words by nature: the sentence model still judges it.
    story, _ = _story([a, french], _OneMeaning())
    assert [(len(c.sources), c.status) for c in story if c.kind == "quote"] == [
        (2, "corroborated")]


def test_equal_small_counts_without_a_place_or_date_of_their_own_do_not_corroborate() -> None:
    a = _article("Two children died after surgery at a nearby hospital.", "en", "A",
                 published="2024-05-07")
    b = _article("Two children from abroad died in the attack, their embassy said.", "en",
                 "B")
    story, disagreements = _story([a, b])
    assert {s for _, s in _figures(story)} == {"single_source"} and disagreements == []
    # Anchored by a place and a day of their own, equal small counts still corroborate.
    c = _article("On Monday two soldiers were killed in Harran.", "en", "C")
    d = _article("Two soldiers were killed in Harran on Monday, the army said.", "en", "D")
    assert _figures(_story([c, d])[0]) == [(2.0, "corroborated")]


def test_quotations_cut_by_the_sentence_splitter_are_still_read_as_quoted() -> None:
    opened = 'Keller said: "I am shaken by the news from the harbour tonight.'
    closed = 'We will find out what went wrong," Keller said.'
    assert [opened[a:b] for a, b in quoted_spans(opened)] == [
        "I am shaken by the news from the harbour tonight."]
    assert [closed[a:b] for a, b in quoted_spans(closed)] == [
        "We will find out what went wrong,"]
    assert quoted_apart("i am shaken by the news".split(), "we will find out what".split())
    assert not quoted_apart("we will find out what went wrong".split(),
                            "find out what went wrong".split())


def test_others_set_against_the_dead_are_the_whole_count_of_the_injured() -> None:
    a = _article("The crash in Harran killed 43 people and injured 47 others on Monday.", "en",
                 "Daily Ledger")
    b = _article("On Monday 47 people were injured in the crash in Harran.", "en",
                 "Harbour Times")
    injured = [c for c in _story([a, b])[0] if c.value and c.value.type == "injured"]
    assert [(c.value.low if c.value else None, c.status) for c in injured] == [
        (47.0, "corroborated")]
