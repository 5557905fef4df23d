"""Timeline days from the dates articles mention: partial dates, sources, no empty entry."""

from __future__ import annotations

from claim_builders import make_claim
from storylens.dated_sentences import date_scores, dated_sentences
from storylens.records import Article
from storylens.sentences import segment_article
from storylens.timeline import build_timeline


def _article(text: str, published: str | None, language: str = "en") -> Article:
    article = Article(id=Article.make_id(text), source="test", text=text,
                      published=published, language=language)
    return segment_article(article)


def test_yearless_days_stay_partial_and_order_among_full_dates() -> None:
    # No publication date: "24 November" has no year and must stay "--11-24".
    a = _article("The ferry left the northern port on 24 November with two hundred people "
                 "aboard. The harbour master closed the port on 2 March 2031 after the storm "
                 "damaged the quay.", None)
    b = _article("Relatives gathered at the northern port on 24 November to wait for news of "
                 "the ferry. The inquiry opened on 5 December 2031 in the capital.", None)
    timeline = build_timeline([], {a.id: a, b.id: b}, article_ids=[a.id, b.id])
    assert list(dict.fromkeys(t.when for t in timeline)) == [
        "2031-03-02", "--11-24", "2031-12-05"]
    partial = [t for t in timeline if t.when == "--11-24"]
    assert {i for t in partial for i in t.article_ids} == {a.id, b.id}


def test_entries_quote_their_exact_spans_and_never_a_template() -> None:
    a = _article("Le 3 mai, la mairie a fermé le pont principal après la crue de la rivière. "
                 "Le 3 mai.", "2030-05-05", "fr")
    b = _article("La mairie a fermé le pont principal le 3 mai, selon les habitants du "
                 "quartier. Il a plu.", "2030-05-06", "fr")
    articles = {a.id: a, b.id: b}
    timeline = build_timeline([], articles, "fr", article_ids=list(articles))
    assert timeline and all(t.when == "2030-05-03" for t in timeline)
    for entry in timeline:
        assert "Something happened" not in entry.what and "DATE" not in entry.what
        assert len(entry.what.split()) >= 6  # a bare "Le 3 mai." never becomes an entry
        assert entry.evidence and entry.article_ids
        for span in entry.evidence:
            assert articles[span.article_id].text[span.start:span.end] == span.quote
            assert span.article_id in entry.article_ids


def test_a_sidebar_repeated_in_every_article_counts_once() -> None:
    sidebar = "Read also: the minister resigned on 1 April 2030 after the vote in parliament."
    pages = [_article(f"{sidebar} Story {n} says the bridge reopened on 9 April 2030 after "
                      f"repairs by crew {n}.", "2030-04-10") for n in range(3)]
    days = {s.when for s in dated_sentences(pages) if s.when == "2030-04-01"}
    assert len([s for s in dated_sentences(pages) if s.when == "2030-04-01"]) == 1
    assert days == {"2030-04-01"}
    timeline = build_timeline([], {p.id: p for p in pages}, article_ids=[p.id for p in pages],
                              max_dates=1)
    assert [t.when for t in timeline] == ["2030-04-09"]


def test_days_far_outside_the_publication_span_are_history() -> None:
    a = _article("The treaty signed on 12 June 1990 was cited when the border closed on "
                 "14 May 2030 at dawn.", "2030-05-15")
    assert {s.when for s in dated_sentences([a])} == {"2030-05-14"}


def test_a_claim_inside_a_quoted_sentence_is_not_said_twice() -> None:
    a = _article("The mayor said 40 families were evacuated from the valley on 2 May 2030.",
                 "2030-05-03")
    claim = make_claim(a, "40 families were evacuated", "event", when="2030-05-02")
    [entry] = build_timeline([claim], {a.id: a}, article_ids=[a.id])
    assert entry.what.startswith("“The mayor said") and entry.claim_ids == [claim.id]


def test_a_datelines_date_is_not_an_event_day() -> None:
    # Agency copy filed on the 15th about a flood on the 14th: the sentence belongs to the
    # 14th only (a reader saw it twice, under both days).
    a = _article("Some intro line\nLYON, June 15 (Valley Wire) — Crews pumped water out of "
                 "flooded cellars after the river burst its banks on Saturday, June 14, "
                 "forcing hundreds from their homes.", "2030-06-15")
    assert {s.when for s in dated_sentences([a])} == {"2030-06-14"}


def test_a_day_named_in_an_aside_counts_less_than_one_named_on_the_storys_subject() -> None:
    """Two articles each name two days: the flood's day in a sentence about the flood, a
    football match's day in an aside. Counted alike they tie; weighted by how much the
    naming sentence is about what the articles are about, the flood's day wins."""
    texts = [
        "Floodwaters from the Velmora river swept through the lower town on 15 March 2030, "
        "forcing rescuers to evacuate the flooded streets. The flooded river destroyed two "
        "bridges and rescuers searched the lower town. The local club had won its cup "
        "final on 10 March 2030 in a packed stadium.",
        "Rescuers said the Velmora river burst its banks on 15 March 2030 and floodwaters "
        "reached the lower town within hours. Rescuers evacuated families as the river "
        "rose. Supporters had celebrated a cup final victory on 10 March 2030 with songs.",
        "Rescuers kept searching the flooded lower town of Velmora as the river fell and "
        "families returned to their streets.",
    ]
    articles = [_article(t, "2030-03-17") for t in texts]
    named = dated_sentences(articles)
    flat = date_scores(named, articles, published_weight=0, topical_power=0)
    assert flat["2030-03-15"] == flat["2030-03-10"] == 2
    weighted = date_scores(named, articles, published_weight=0, topical_power=1)
    assert weighted["2030-03-15"] > weighted["2030-03-10"]


def test_a_sentence_is_told_under_one_day_and_a_question_under_none() -> None:
    a = _article("Entre le 3 mai et le 5 mai, les habitants ont bloqué le pont principal de la "
                 "ville. Le 4 mai, le maire va-t-il enfin rouvrir le pont principal aux "
                 "voitures ?", "2030-05-06", "fr")
    b = _article("Le 5 mai, la police a dégagé le pont principal de la ville au petit matin.",
                 "2030-05-06", "fr")
    articles = {a.id: a, b.id: b}
    timeline = build_timeline([], articles, "fr", article_ids=list(articles))
    quotes = [span.quote for t in timeline for span in t.evidence]
    assert len(quotes) == len(set(quotes)), [(t.when, t.what) for t in timeline]
    assert not any(q.rstrip().endswith("?") for q in quotes)
    assert any("police a dégagé" in q for q in quotes)
