"""Figures and remarks that read alike but state no common fact (issue 11, session 5): an
age taken for a count ("found dead at the age of 34"), a loose floor joining floors of
another number, a word amount ("dozens of arrests") with nothing tying it to one
incident, and two remarks chained through a sentence that quotes both. Fixtures written
here; each test fails on the code before this session except the controls it names."""

from __future__ import annotations

import numpy as np

from claim_builders import extracted_article, reconcile_story
from storylens.facts.origins import components
from storylens.records import Article, Claim

_NAMES = (("Ada Brandt", "PERSON", "e-brandt"),
          ("Brandt", "PERSON", "e-brandt"),
          ("Harran", "GPE", None), ("New York", "GPE", None),
          ("Texas", "GPE", None))


def _article(text: str, lang: str, outlet: str, published: str | None = "2024-05-08"
             ) -> Article:
    return extracted_article(text, lang, outlet, published, _NAMES, "Brandt", "e-brandt")


_story = reconcile_story


def _corroborated_figures(story: list[Claim]) -> list[float | None]:
    return sorted(c.value.low if c.value else None for c in story
                  if c.kind == "quantity" and c.status == "corroborated")


def test_an_age_at_death_corroborates_no_toll() -> None:
    texts = [("The singer was found dead at the age of 34 in his flat, police said.", "A"),
             ("Police said the singer was found dead at the age of 34 on Sunday.", "B"),
             ("The swimmer died Thursday at 91, her family said.", "C"),
             ("Her family said the swimmer died Thursday at 91 at home.", "D")]
    story, disagreements = _story([_article(t, "en", o) for t, o in texts])
    assert _corroborated_figures(story) == [] and disagreements == []
    french = [_article(f"Le chanteur est mort à l'âge de 34 ans, a indiqué la police {n}.",
                       "fr", f"Journal {n}") for n in ("du Nord", "du Sud")]
    story, disagreements = _story(french)
    assert _corroborated_figures(story) == [] and disagreements == []


def test_a_loose_floor_does_not_join_floors_of_another_number() -> None:
    dated = _article("On Tuesday more than 84,000 people had died of the virus in the country, "
                     "the health ministry said.", "en", "Daily Ledger")
    other = _article("On Tuesday only 1,800 people had died of the virus in the country, "
                     "officials said.", "en", "Harbour Times")
    loose = _article("More than 82,000 people have died of the virus so far.", "en",
                     "Evening Star")
    story, _ = _story([dated, other, loose])
    together = [c for c in story if c.kind == "quantity" and c.value is not None
                and {e.article_id for e in c.sources} >= {dated.id, loose.id}]
    assert together == []


def test_a_word_amount_with_no_place_or_date_of_its_own_corroborates_nothing() -> None:
    a = _article("Dozens of people were arrested as the protests spread, police said.", "en",
                 "Daily Ledger")
    b = _article("The regime answered harshly and dozens of people were arrested.", "en",
                 "Harbour Times")
    story, disagreements = _story([a, b])
    assert _corroborated_figures(story) == [] and disagreements == []
    # Control (passes before too): the same word amount tied to a place and a day.
    c = _article("Police arrested dozens of people in Harran on Monday.", "en", "C")
    d = _article("Dozens of people were arrested in Harran on Monday.", "en", "D")
    assert len(_corroborated_figures(_story([c, d])[0])) == 1


class _OneMeaning:
    """Every text maps to one vector: a sentence model that reads every remark of one
    speaker on one subject as one statement."""

    name = "one-meaning-test"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)


def test_a_sentence_quoting_two_remarks_does_not_chain_them_into_one() -> None:
    first = _article('"I am so glad to be opening the new bridge for the second time," '
                     'Ada Brandt said.', "en", "Daily Ledger")
    both = _article('"I am so glad to be opening the new bridge for the second time, and they '
                    'say the third time pays for all," Ada Brandt said.', "en", "Harbour Times")
    second = _article('"They say the third time pays for all," Ada Brandt said in a statement.',
                      "en", "Evening Star")
    story, _ = _story([first, both, second], _OneMeaning())
    for claim in story:
        if claim.kind == "quote":
            assert {e.article_id for e in claim.sources} != {first.id, both.id, second.id}


def test_components_never_join_two_items_kept_apart() -> None:
    everything = components([0, 1, 2], lambda i, j: True)
    kept = components([0, 1, 2], lambda i, j: True, lambda i, j: {i, j} == {0, 2})
    assert sorted(map(sorted, everything)) == [[0, 1, 2]]
    assert sorted(map(sorted, kept)) == [[0, 1], [2]]


def test_one_quotation_told_of_the_source_and_of_a_security_source_corroborates() -> None:
    words = '"The northern bridge will reopen before the winter storms arrive," '
    a = _article(words + "the source said.", "en", "Daily Ledger")
    b = _article(words + "a security source told reporters.", "en", "Harbour Times")
    story, _ = _story([a, b])
    assert [(len(c.sources), c.status) for c in story if c.kind == "quote"] == [
        (2, "corroborated")]
    # Control (apart before too): two named roles with another head noun stay apart.
    c = _article(words + "the mayor said.", "en", "Evening Star")
    d = _article(words + "the governor said.", "en", "Morning Post")
    story, _ = _story([c, d])
    assert sorted(len(q.sources) for q in story if q.kind == "quote") == [1, 1]


def test_a_word_amount_never_disputes_a_figure_of_another_span() -> None:
    weekend = _article("Several dozen people were killed in Harran over the weekend.", "en",
                       "Daily Ledger")
    years = _article("The insurgency has killed thousands of people in Harran.", "en",
                     "Harbour Times")
    _, disagreements = _story([weekend, years])
    assert disagreements == []


def test_undated_tolls_of_different_places_do_not_dispute() -> None:
    city = _article("About 2,450 people have died of the virus in New York.", "en", "A",
                    published=None)
    state = _article("More than 84,000 people have died of the virus in Texas.",
                       "en", "B", published=None)
    _, disagreements = _story([city, state])
    assert disagreements == []
    # Control (disputes before too): one place, figures that cannot both be true.
    a = _article("In Harran 30 people were killed by the blast.", "en", "C", published=None)
    b = _article("In Harran 55 people were killed by the blast.", "en", "D", published=None)
    assert len(_story([a, b])[1]) == 1
