"""Status errors seen on real coverage (benchmarks/status_decisions.py, DEV), on fixtures
written here: each test is one kind of error that was fixed."""

from __future__ import annotations

from claim_builders import make_article, make_claim
from storylens.facts import reconcile
from storylens.facts.verbatim import near_verbatim
from storylens.records import Article, Frame


def _by(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


def test_a_quote_cut_shorter_by_another_outlet_corroborates_without_an_embedder() -> None:
    a = make_article('"We will not sell the harbour," Mayor Lind said in a statement on the '
                     "port plan.", "Coast Post")
    b = make_article('"We will not sell the harbour," Mayor Lind reportedly said.', "Bay News")
    quotes = [make_claim(art, art.text, "quote", predicate="said", subject="e-lind")
              for art in (a, b)]
    story, disagreements = reconcile(quotes, _by([a, b]))
    assert [(c.status, c.independent_sources) for c in story] == [("corroborated", 2)]
    assert disagreements == []


def test_a_lightly_rewritten_wire_sentence_with_a_common_noun_speaker_is_one_report() -> None:
    a = make_article("The army said that gunmen attacked the depot, killing an officer and "
                     "leaving six guards badly hurt.", "North Daily")
    b = make_article("The army said that gunmen attacked the depot, killing an officer and "
                     "leaving six guards hurt.", "South Daily")
    quotes = [make_claim(art, art.text, "quote", predicate="said", subject_text="The army")
              for art in (a, b)]
    story, _ = reconcile(quotes, _by([a, b]))
    # One report with both sources; a relayed wire sentence is one origin (facts.origins).
    assert [(len(c.sources), c.independent_sources) for c in story] == [(2, 1)]


def test_near_verbatim_reports_with_other_numbers_or_negation_stay_apart() -> None:
    a = make_article("Officials said that 5 people were killed when the bridge fell.", "A")
    b = make_article("Officials said that 7 people were killed when the bridge fell.", "B")
    c = make_article("The minister said he would sign the new budget bill today.", "C")
    d = make_article("The minister said he would not sign the new budget bill today.", "D")
    five, seven, sign, refuse = (make_claim(art, art.text, "quote", predicate="said",
                                            subject_text="officials") for art in (a, b, c, d))
    assert not near_verbatim(five, seven)
    sign.frame = Frame(kind="statement", article_id=c.id)
    refuse.frame = Frame(kind="statement", article_id=d.id, polarity="negated")
    assert not near_verbatim(sign, refuse)


def test_one_article_repeating_a_sentence_is_not_two_reports() -> None:
    a = make_article("The council voted to close the old mine next year. Later: the council "
                     "voted to close the old mine next year.", "A")
    first = make_claim(a, "The council voted to close the old mine next year.", "quote")
    second = make_claim(a, "the council voted to close the old mine next year.", "quote")
    assert not near_verbatim(first, second)


def _extracted(text: str, outlet: str, published: str) -> Article:
    from storylens.claims import extract_claims
    from storylens.sentences import segment_article

    art = Article(id=Article.make_id(text + outlet), source=f"{outlet}.txt", text=text,
                  language="es", published=published, outlet=outlet)
    segment_article(art)
    art.claims = extract_claims(art)
    return art


def test_a_date_in_another_item_of_a_run_on_summary_does_not_date_the_figure() -> None:
    # A summary whose items the segmenter keeps as one sentence: the toll of today's
    # strike, then a reminder of last Tuesday's attack. The toll is not Tuesday's.
    summary = _extracted("El observatorio confirma la muerte de al menos cuatro civiles.- Es "
                         "la respuesta al ataque químico que el pasado martes sufrió la aldea.",
                         "Diario Uno", "2024-05-10")
    tuesday = _extracted("El martes murieron al menos 60 civiles en el ataque químico contra "
                         "la aldea.", "Diario Dos", "2024-05-07")
    tolls = [c for a in (summary, tuesday) for c in a.claims if c.kind == "quantity"]
    assert len(tolls) == 2, [c.statement for c in tolls]
    story, disagreements = reconcile(tolls, _by([summary, tuesday]))
    assert disagreements == []
    assert {c.status for c in story} == {"single_source"}


def test_a_chronology_heading_still_dates_its_item() -> None:
    a = _extracted("- 3 marzo 2019.- La oposición denuncia 410 muertos en el asedio de la "
                   "ciudad.", "Diario Uno", "2024-05-10")
    b = _extracted("El 3 de marzo de 2019 murieron 410 personas en el asedio de la ciudad.",
                   "Diario Dos", "2024-05-09")
    tolls = [c for art in (a, b) for c in art.claims if c.kind == "quantity"]
    story, _ = reconcile(tolls, _by([a, b]))
    assert [(c.independent_sources, c.when) for c in story] == [(2, "2019-03-03")]


def test_one_toll_reported_on_neighbouring_days_is_one_claim() -> None:
    # Undated, published a day apart: greedy event windows used to split them.
    first = make_article("El ejército informó de seis muertos en la base.", "Diario Uno")
    first.published = "2024-05-07"
    second = make_article("Horas después, el ejército daba cuenta de seis muertos.", "Diario Dos")
    second.published = "2024-05-08"
    other = make_article("El martes, 11 muertos en el mercado.", "Diario Tres")
    other.published = "2024-05-06"
    from storylens.records import Value

    six = Value(type="killed", low=6, high=6)
    claims = [make_claim(first, "seis muertos", value=six),
              make_claim(second, "seis muertos", value=six),
              make_claim(other, "11 muertos", value=Value(type="killed", low=11, high=11))]
    for claim in claims:  # as extracted: a casualty frame with no date or place of its own
        claim.frame = Frame(kind="casualties", article_id=claim.sources[0].article_id)
    story, disagreements = reconcile(claims, _by([first, second, other]),
                                     join_neighbouring_days=True)
    assert sorted(c.independent_sources for c in story) == [1, 2]
    assert disagreements == []
    story, _ = reconcile(claims, _by([first, second, other]))  # the default abstains
    assert sorted(c.independent_sources for c in story) == [1, 1, 1]


def test_status_labels_hold_only_keys_hashes_and_labels() -> None:
    import json
    import re
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "status_labels.json"
    store = json.loads(path.read_text(encoding="utf-8"))
    span = r"[\w./-]+@\d+-\d+"
    assert len(store["pairs"]) >= 100
    for key, label in store["pairs"].items():
        assert re.fullmatch(rf"{span} \| {span}", key), key
        assert label in ("same", "conflict", "different")
    assert all(re.fullmatch(r"[0-9a-f]{12}", h) for h in store["docs"].values())
