"""Speakers named by their role, relayed wire sentences and hedged figures (issue 11),
on fixtures written here."""

from __future__ import annotations

import re

from claim_builders import make_article, make_claim
from storylens.claims import extract_claims
from storylens.facts import count_origins, reconcile
from storylens.facts.speakers import resolve_role, role_words
from storylens.records import Argument, Article, Claim, Frame, Mention, Value
from storylens.sentences import segment_article


def _by(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


def _named(article: Article, *people: tuple[str, str]) -> Article:
    """Person mentions with their canonical ids, as the entity stage resolves them."""
    for name, entity in people:
        for m in re.finditer(rf"\b{re.escape(name)}\b", article.text):
            article.mentions.append(Mention(article.id, m.start(), m.end(), name, "PERSON",
                                            entity))
    return article


def test_role_phrases_are_definite_singular_roles_only() -> None:
    assert role_words("the president", "en") == ["president"]
    assert role_words("El presidente egipcio", "es") == ["presidente", "egipcio"]
    assert role_words("the former vice president", "en") == ["former", "vice", "president"]
    for phrase in ("officials", "the officials", "an official", "The Pentagon", "Holm"):
        assert role_words(phrase, "en") is None


def test_the_president_resolves_to_the_one_person_titled_president_in_the_article() -> None:
    titled = _named(make_article("President Dana Holm met Ivo Ruiz. The president said the "
                                 "bridge would reopen.", "A", language="en"),
                    ("Dana Holm", "e-holm"), ("Ivo Ruiz", "e-ruiz"))
    assert resolve_role("the president", titled) == "e-holm"
    assert resolve_role("the governor", titled) is None
    abbreviated = _named(make_article("Gov. Lena Ostrow signed it; the governor said so.", "B",
                                      language="en"), ("Lena Ostrow", "e-ostrow"))
    assert resolve_role("the governor", abbreviated) == "e-ostrow"
    apposition = _named(make_article("Ayer Tomás Vidal, el presidente regional, habló.", "C",
                                     language="es"), ("Tomás Vidal", "e-vidal"))
    assert resolve_role("el presidente regional", apposition) == "e-vidal"


def test_a_role_noun_is_not_resolved_when_the_title_is_someone_elses_or_shared() -> None:
    met = _named(make_article("The president met Ivo Ruiz on Monday.", "A", language="en"),
                 ("Ivo Ruiz", "e-ruiz"))
    assert resolve_role("the president", met) is None  # Ruiz is who he met, not a title
    spokesman = _named(make_article("Per Lund, the president's spokesman, said it.", "B",
                                    language="en"), ("Per Lund", "e-lund"))
    assert resolve_role("the president", spokesman) is None
    two = _named(make_article("President Dana Holm and President Ivo Ruiz spoke.", "C",
                              language="en"), ("Dana Holm", "e-holm"), ("Ivo Ruiz", "e-ruiz"))
    assert resolve_role("the president", two) is None


def test_the_same_statement_by_the_president_and_by_name_corroborates() -> None:
    a = _named(make_article("President Dana Holm visited the port. The president said the "
                            "bridge will reopen in May once the repairs end.", "Coast Post",
                            language="en"), ("Dana Holm", "e-holm"))
    b = _named(make_article("Holm said on Monday the bridge will reopen in May once the "
                            "repairs end.", "Bay News", language="en"), ("Holm", "e-holm"))
    by_role = make_claim(a, "The president said the bridge will reopen in May once the "
                         "repairs end.", "quote", predicate="said", subject_text="The president")
    by_name = make_claim(b, b.text, "quote", predicate="said", subject="e-holm")
    story, disagreements = reconcile([by_role, by_name], _by([a, b]))
    assert [(c.status, c.independent_sources, len(c.sources)) for c in story] == [
        ("corroborated", 2, 2)]
    assert disagreements == []


def _extracted(text: str, lang: str, outlet: str) -> Article:
    art = Article(id=Article.make_id(text + outlet), source=f"{outlet}.txt", text=text,
                  language=lang, published="2024-05-08", outlet=outlet)
    segment_article(art)
    for name, entity in (("Marta Keller", "e-keller"), ("Omar Safi", "e-safi")):
        for m in re.finditer(name, text):
            art.mentions.append(Mention(art.id, m.start(), m.end(), name, "PERSON", entity))
    art.claims = extract_claims(art)
    ids = {"Marta Keller": "e-keller", "Omar Safi": "e-safi"}
    for claim in art.claims:
        claim.subject = ids.get(claim.subject_text or "")
        claim.object = ids.get(claim.object_text or "")
    return art


def test_one_meeting_in_five_outlets_and_two_languages_counts_a_relayed_wire_once() -> None:
    wire = ("Marta Keller met Omar Safi in Tunis on Tuesday to discuss the ceasefire and "
            "the exchange of prisoners held since the spring.")
    articles = [
        _extracted(wire, "en", "Daily Ledger"),
        # The same wire sentence, lightly edited, under another masthead: not marked as a
        # copy, but one text relayed.
        _extracted(wire.replace("on Tuesday ", "on Tuesday, ").replace(" held", " kept"),
                   "en", "Evening Star"),
        _extracted("On Tuesday Marta Keller met Omar Safi in Tunis.", "en", "Harbour Times"),
        _extracted("Marta Keller a rencontré Omar Safi à Tunis mardi.", "fr", "Le Quotidien"),
        _extracted("Mardi, Marta Keller a rencontré Omar Safi à Tunis, selon des diplomates.",
                   "fr", "Courrier Sud"),
    ]
    claims = [c for a in articles for c in a.claims]
    story, disagreements = reconcile(claims, _by(articles))
    meetings = [c for c in story if c.kind == "relation"]
    assert len(meetings) == 1
    assert len(meetings[0].sources) == 5
    assert (meetings[0].status, meetings[0].independent_sources) == ("corroborated", 4)
    assert disagreements == []


def test_ten_lightly_edited_wire_copies_under_ten_mastheads_are_one_origin() -> None:
    wire = ("Flood waters cut the coastal road on Monday and at least 14 people were killed "
            "in the valley villages, regional officials said.")
    copies = [make_article(wire.replace("regional officials", ["local officials",
                                                               "regional officials"][n % 2])
                           + " " * n, f"Paper {n}") for n in range(10)]
    for article in copies:
        segment_article(article)
    evidence = [make_claim(a, "at least 14 people were killed").sources[0] for a in copies]
    assert count_origins(evidence, _by(copies)) == 1
    own = make_article("Fourteen people died when the river burst its banks, a rescuer "
                       "told our reporter at the scene.", "Valley Radio")
    segment_article(own)
    evidence.append(make_claim(own, "Fourteen people died").sources[0])
    assert count_origins(evidence, _by([*copies, own])) == 2


def test_quoting_one_statement_verbatim_is_not_a_relay() -> None:
    quote = ('"We will rebuild every school before the winter and we will not wait for '
             'the ministry," Mayor Lind said.')
    a, b = make_article(quote, "Coast Post"), make_article(quote + " ", "Bay News")
    segment_article(a)
    segment_article(b)
    assert count_origins([make_claim(a, quote).sources[0], make_claim(b, quote).sources[0]],
                         _by([a, b])) == 2


def _wounded(article: Article, phrase: str, low: float | None, high: float | None,
             modifier: str | None, when: str) -> Claim:
    return make_claim(article, phrase, value=Value("injured", low, high, modifier=modifier),
                      when=when)


def test_a_hedged_toll_and_a_later_higher_toll_are_no_dispute() -> None:
    a = make_article("The blast late on Thursday wounded at least 90 people.", "A")
    b = make_article("Doctors said 120 wounded had been brought in by Friday.", "B")
    story, disagreements = reconcile(
        [_wounded(a, "wounded at least 90", 90, None, "at least", "2024-05-09"),
         _wounded(b, "120 wounded", 120, 120, None, "2024-05-09")], _by([a, b]))
    assert disagreements == [] and {c.status for c in story} == {"single_source"}


def test_an_exact_toll_against_a_higher_floor_is_still_a_dispute() -> None:
    a = make_article("The blast on Thursday wounded 60 people.", "A")
    b = make_article("The blast on Thursday wounded more than 100 people.", "B")
    _, disagreements = reconcile(
        [_wounded(a, "wounded 60 people", 60, 60, None, "2024-05-09"),
         _wounded(b, "wounded more than 100 people", 100, None, "more than", "2024-05-09")],
        _by([a, b]))
    assert len(disagreements) == 1


def test_a_ceiling_does_not_corroborate_a_figure_far_below_it() -> None:
    a = make_article("Just under 200 remain missing after the release.", "A")
    b = make_article("One girl was found, 1 remains missing in the village.", "B")
    missing = "missing"
    story, _ = reconcile(
        [make_claim(a, "under 200 remain missing",
                    value=Value(missing, None, 200, modifier="fewer than")),
         make_claim(b, "1 remains missing", value=Value(missing, 1, 1))], _by([a, b]))
    assert {c.status for c in story} == {"single_source"}


def _published(text: str, outlet: str, day: str) -> Article:
    article = make_article(text, outlet)
    article.published = day
    return article


def test_a_toll_that_grew_by_the_next_days_report_is_an_update_not_a_dispute() -> None:
    a = _published("The gas attack killed 58 people, rescuers said.", "A", "2024-04-04")
    b = _published("The gas attack has killed more than 70 people.", "B", "2024-04-05")
    killed = "killed"
    story, disagreements = reconcile(
        [make_claim(a, "killed 58 people", value=Value(killed, 58, 58)),
         make_claim(b, "killed more than 70 people",
                    value=Value(killed, 70, None, modifier="more than"))], _by([a, b]))
    assert disagreements == [] and {c.status for c in story} == {"single_source"}


def test_a_lower_toll_reported_later_for_the_same_day_is_still_a_dispute() -> None:
    a = _published("The gas attack killed 80 people.", "A", "2024-04-04")
    b = _published("The gas attack killed 58 people.", "B", "2024-04-05")
    killed = "killed"
    _, disagreements = reconcile(
        [make_claim(a, "killed 80 people", value=Value(killed, 80, 80)),
         make_claim(b, "killed 58 people", value=Value(killed, 58, 58))], _by([a, b]))
    assert len(disagreements) == 1


def _casualty(article: Article, phrase: str, number: float, place: str | None = None,
              when: str | None = None) -> Claim:
    claim = make_claim(article, phrase, value=Value("killed", number, number), when=when)
    where = None
    if place is not None:
        start = article.text.index(place)
        where = Argument(place, start, start + len(place))
    claim.frame = Frame(kind="casualties", article_id=article.id, place=where)
    return claim


def test_equal_placeless_tolls_meet_on_a_day_with_tolls_in_several_places() -> None:
    day = "2024-05-06"
    sirte = _published("Twelve people were killed in Sirte.", "A", day)
    misrata = _published("Five people were killed in Misrata.", "B", day)
    first = _published("Eighty-four people died, officials said.", "C", day)
    second = _published("The attack on Monday killed 84 people.", "D", day)
    other = _published("On Monday thirty people were killed, a witness said.", "E", day)
    story, disagreements = reconcile(
        [_casualty(sirte, "Twelve people were killed", 12, "Sirte"),
         _casualty(misrata, "Five people were killed", 5, "Misrata"),
         _casualty(first, "Eighty-four people died", 84),
         _casualty(second, "killed 84 people", 84, when=day),
         _casualty(other, "thirty people were killed", 30, when=day)],
        _by([sirte, misrata, first, second, other]))
    # Placeless figures of that day may agree with each other but never dispute: which
    # town each is about is unknown (the 30 may be Sirte's and Misrata's together).
    assert disagreements == []
    assert sorted((c.value.low, c.status) for c in story if c.value) == [
        (5, "single_source"), (12, "single_source"), (30, "single_source"),
        (84, "corroborated")]


def test_a_partitive_is_not_a_toll() -> None:
    from storylens.claims.quantities import find_quantities
    for text, lang in (("One of the injured died in hospital on Friday.", "en"),
                       ("Cinq des blessés sont dans un état grave.", "fr"),
                       ("Tres de los fallecidos eran menores.", "es")):
        assert find_quantities(text, lang, 0, len(text), []) == []
    text = "Five people were injured in the fire."
    assert [q.value.low for q in find_quantities(text, "en", 0, len(text), [])] == [5]


def test_a_duration_after_an_approximate_number_is_not_a_toll() -> None:
    """'une quarantaine de minutes' counts minutes, not victims; 'une quarantaine de morts'
    is still a toll."""
    from storylens.claims.quantities import find_quantities
    for text, lang in (("Elle a été victime pendant une quarantaine de minutes d'une agression.",
                        "fr"),
                       ("Las víctimas esperaron decenas de horas en el puerto.", "es"),
                       ("The victims waited for dozens of hours at the border.", "en")):
        assert find_quantities(text, lang, 0, len(text), []) == [], text
    text = "Une quarantaine de morts ont été recensés mardi."
    found = find_quantities(text, "fr", 0, len(text), [])
    assert len(found) == 1 and found[0].value.type == "killed"


def test_a_figure_in_a_conditional_clause_is_not_a_toll() -> None:
    """'Si nous avions tué trois cents personnes…' counts nobody; a condition after the
    toll's own clause leaves the toll alone."""
    from storylens.claims.quantities import find_quantities
    for text, lang in (("« Si nous avions tué trois cents personnes, on le saurait. »", "fr"),
                       ("If 300 people had died, the government would have fallen.", "en"),
                       ("Se fossero morte 40 persone, lo sapremmo.", "it")):
        assert find_quantities(text, lang, 0, len(text), []) == [], text
    text = "Trois cents personnes ont été tuées, si l'on en croit les ONG."
    assert [q.value.low for q in find_quantities(text, "fr", 0, len(text), [])] == [300]
