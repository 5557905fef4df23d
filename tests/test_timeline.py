"""Timeline: dated claims merged across sources, ordered, never a contentless entry."""

from __future__ import annotations

from claim_builders import make_article, make_claim
from storylens.records import Value
from storylens.timeline import build_timeline, date_key


def test_partial_dates_stay_partial_and_still_order() -> None:
    keys = ["2026-03-16", "--03-15", "2026-03-14", "2026-03"]
    assert sorted(keys, key=lambda w: date_key(w, 2026)) == [
        "2026-03", "2026-03-14", "--03-15", "2026-03-16"]
    a = make_article("Rescuers reached the valley on 14 March. Talks opened on 15 March.", "A")
    claims = [make_claim(a, "Talks opened", "event", when="--03-15"),
              make_claim(a, "Rescuers reached the valley", "event", when="2026-03-14")]
    timeline = build_timeline(claims)
    assert [t.when for t in timeline] == ["2026-03-14", "--03-15"]


def test_figures_of_one_date_merge_across_sources_with_their_articles() -> None:
    a = make_article("At least 74 people were killed on Saturday.", "A")
    b = make_article("More than 100 people were killed on Saturday.", "B")
    c = make_article("At least 74 people were killed, officials said.", "C")
    claims = [
        make_claim(a, "At least 74 people were killed", when="2026-03-21",
                   value=Value("killed", 74, None, modifier="at least")),
        make_claim(b, "More than 100 people were killed", when="2026-03-21",
                   value=Value("killed", 100, None, modifier="more than")),
        make_claim(c, "At least 74 people were killed", when="2026-03-21",
                   value=Value("killed", 74, None, modifier="at least")),
    ]
    [entry] = build_timeline(claims)
    assert entry.what.startswith("Reports differ: At least 74 people were killed")
    assert "More than 100 people were killed" in entry.what
    assert entry.article_ids == sorted([a.id, b.id, c.id])
    assert sorted(entry.claim_ids) == sorted(c.id for c in claims)


def test_no_contentless_entry() -> None:
    a = make_article("It rained on Sunday. The army took the airport on Sunday after days of "
                     "fighting near the city.", "A")
    rained = make_claim(a, "It rained on Sunday.", "date", when="2026-03-15")
    rained.statement = 'Something happened on 2026-03-15 (stated as "Sunday").'
    took = make_claim(a, "The army took the airport on Sunday after days of fighting near the "
                      "city.", "date", when="2026-03-16")
    took.statement = 'Something happened on 2026-03-16 (stated as "Sunday").'
    timeline = build_timeline([rained, took], {a.id: a})
    assert all("Something happened" not in t.what for t in timeline)
    assert [t.when for t in timeline] == ["2026-03-16"]
    assert timeline[0].what.startswith("“The army took the airport")
    # Once something with content is known that day, the bare date adds nothing.
    met = make_claim(a, "The army took the airport", "event", when="2026-03-16")
    assert [t.what for t in build_timeline([took, met])] == ["The army took the airport."]


def test_one_sentence_quoted_by_two_claims_is_one_entry() -> None:
    a = make_article("The army took the airport on Sunday after days of fighting near the city.",
                     "A")
    one = make_claim(a, "The army took the airport on Sunday after days of fighting near the "
                     "city.", "date", when="2026-03-16")
    two = make_claim(a, "on Sunday after days of fighting near the city.", "date",
                     when="2026-03-16")
    two.sources[0].quote = one.sources[0].quote
    [entry] = build_timeline([one, two], {a.id: a})
    assert sorted(entry.claim_ids) == sorted([one.id, two.id])


def test_a_publication_stamp_is_no_event() -> None:
    from storylens.timeline import says_something

    assert not says_something("La Gazette avec AFP Publié le 4 mai 2026 à 16h44 - Mis à jour "
                               "le 05 mai 2026 à 08h41", "fr")
    assert not says_something("Updated: 5/4/2026 at 4:44 pm by the Courier desk staff", "en")
    assert says_something("Le rapport publié le 4 mai accuse la police d'avoir tiré sur la "
                          "foule.", "fr")
    assert says_something("L'ultimatum de l'armée expire à 16h30, a annoncé le porte-parole.",
                          "fr")


def test_a_deadline_is_no_event_day() -> None:
    from storylens.dated_sentences import dated_sentences

    a = make_article("L'opposition a donné au maire jusqu'à mardi pour partir, et deux adjoints "
                     "ont démissionné lundi dans la soirée.", "A", language="fr")
    a.published = "2026-03-17"
    days = {d.when for d in dated_sentences([a])}
    assert days == {"2026-03-16"}
