import random

import numpy as np
import pytest

from claim_builders import make_article, make_claim
from storylens.reconcile import count_origins, reconcile, similarity_threshold
from storylens.records import Article, Evidence, Value, content_id
from storylens.wording import describe_value, join_names, quantity_phrase, source_names


def _article(text: str, outlet: str | None, duplicate_of: str | None = None) -> Article:
    return make_article(text, outlet, duplicate_of, language=None)


_claim = make_claim


def _killed(low: float, high: float | None, modifier: str | None = None) -> Value:
    return Value(type="killed", low=low, high=high, modifier=modifier)


def _by_articles(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


def test_same_toll_from_two_outlets_is_one_corroborated_claim() -> None:
    a = _article("Officials said more than 1,000 people were killed in the quake.", "Reuters")
    b = _article("The quake killed more than 1,000 people, the ministry said.", "BBC")
    ca = _claim(a, "more than 1,000 people were killed", value=_killed(1000, None, "more than"))
    cb = _claim(b, "killed more than 1,000 people", value=_killed(1000, None, "more than"))
    story, disagreements = reconcile([cb, ca], _by_articles([a, b]))
    assert disagreements == []
    assert len(story) == 1
    merged = story[0]
    assert merged.status == "corroborated"
    assert merged.independent_sources == 2
    assert merged.id == content_id(*sorted([ca.id, cb.id]), prefix="c")
    keys = [(e.article_id, e.start) for e in merged.sources]
    assert keys == sorted(keys) and len(keys) == 2
    for evidence in merged.sources:
        article = a if evidence.article_id == a.id else b
        assert article.text[evidence.start:evidence.end] == evidence.quote


def test_syndicated_copy_does_not_corroborate() -> None:
    text = "At least 40 people were injured when the bridge collapsed, police said."
    wire = _article(text, "AP")
    copy = _article(text, "Daily Herald", duplicate_of=wire.id)
    value = Value(type="injured", low=40, high=None, modifier="at least")
    story, _ = reconcile([_claim(wire, "At least 40 people were injured", value=value),
                          _claim(copy, "At least 40 people were injured", value=value)],
                         _by_articles([wire, copy]))
    assert len(story) == 1
    assert story[0].independent_sources == 1
    assert story[0].status == "single_source"
    assert {e.article_id for e in story[0].sources} == {wire.id, copy.id}


def test_copy_of_an_article_outside_the_story_still_counts_as_its_original() -> None:
    copy = _article("Text.", "Herald", duplicate_of="a-missing")
    other = _article("Other text.", "Herald 2", duplicate_of="a-missing")
    sources = [Evidence(copy.id, 0, 4, "Text"), Evidence(other.id, 0, 5, "Other")]
    assert count_origins(sources, _by_articles([copy, other])) == 1


def test_same_outlet_twice_counts_once() -> None:
    a = _article("Morning update: 25 people were killed overnight.", "Le Monde")
    b = _article("Evening update: 25 people were killed, officials confirmed.", "le monde ")
    value = _killed(25, 25)
    story, _ = reconcile([_claim(a, "25 people were killed", value=value),
                          _claim(b, "25 people were killed", value=value)],
                         _by_articles([a, b]))
    assert len(story) == 1
    assert story[0].independent_sources == 1
    assert story[0].status == "single_source"


def test_hundreds_against_more_than_a_thousand_is_disputed() -> None:
    a = _article("Hundreds were killed in the flooding, the governor said.", "Outlet C")
    b = _article("More than 1,000 people died in the floods, aid groups say.", "Outlet A")
    c = _article("The floods killed more than 1,000 people, according to the UN.", "Outlet B")
    low = _claim(a, "Hundreds were killed", value=_killed(200, 999, "hundreds"))
    high_b = _claim(b, "More than 1,000 people died", value=_killed(1000, None, "more than"))
    high_c = _claim(c, "killed more than 1,000 people", value=_killed(1000, None, "more than"))
    story, disagreements = reconcile([low, high_b, high_c], _by_articles([a, b, c]))
    assert len(story) == 2
    assert all(s.status == "disputed" for s in story)
    first, second = story
    assert first.conflicts_with == [second.id] and second.conflicts_with == [first.id]
    assert len(disagreements) == 1
    disagreement = disagreements[0]
    assert disagreement.topic == "death toll"
    assert sorted(disagreement.claim_ids) == sorted(s.id for s in story)
    assert disagreement.summary == (
        "Outlet A and Outlet B: more than 1,000 killed; Outlet C: hundreds killed")
    high = next(s for s in story if s.value is not None and s.value.high is None)
    assert high.independent_sources == 2


def test_more_than_a_thousand_agrees_with_plus_de_mille() -> None:
    en = _article("More than 1,000 people were killed, officials said.", "BBC")
    fr = _article("Plus de mille personnes ont été tuées, selon les autorités.", "Le Figaro")
    story, disagreements = reconcile(
        [_claim(en, "More than 1,000 people were killed", value=_killed(1000, None, "more than")),
         _claim(fr, "Plus de mille personnes ont été tuées", value=_killed(1000, None, "plus de"))],
        _by_articles([en, fr]))
    assert disagreements == []
    assert [s.status for s in story] == ["corroborated"]
    assert describe_value(story[0].value) == "more than 1,000"  # type: ignore[arg-type]


def test_exact_figure_within_open_range_agrees_but_other_exact_figure_conflicts() -> None:
    a = _article("The ministry counted 860 dead.", "A")
    b = _article("More than 800 people died.", "B")
    c = _article("Some reports put the toll at 1,000 dead.", "C")
    exact = _claim(a, "860 dead", value=_killed(860, 860))
    above = _claim(b, "More than 800 people died", value=_killed(800, None, "more than"))
    other = _claim(c, "1,000 dead", value=_killed(1000, 1000))
    story, _ = reconcile([exact, above], _by_articles([a, b]))
    assert [s.status for s in story] == ["corroborated"]
    assert story[0].value == exact.value  # the most precise member speaks for the group
    story, disagreements = reconcile([exact, other], _by_articles([a, c]))
    assert [s.status for s in story] == ["disputed", "disputed"]
    assert disagreements[0].summary.count(":") == 2


def test_approximate_figures_get_a_margin() -> None:
    a = _article("About 1,000 people were displaced.", "A")
    b = _article("Officials said 950 people were displaced.", "B")
    displaced = "displaced"
    story, disagreements = reconcile(
        [_claim(a, "About 1,000 people", value=Value(displaced, 1000, 1000, modifier="about")),
         _claim(b, "950 people", value=Value(displaced, 950, 950))], _by_articles([a, b]))
    assert disagreements == [] and story[0].status == "corroborated"


def test_toll_updated_between_well_sourced_dates_is_kept_apart_not_disputed() -> None:
    arts = [_article(f"Report {i}.", f"Outlet {i}") for i in range(5)]
    monday = [_claim(a, "Report", value=_killed(200, 999), when="2024-05-06") for a in arts[:2]]
    thursday = [_claim(a, "Report", value=_killed(1000, None, "more than"), when="2024-05-09")
                for a in arts[2:4]]
    undated = _claim(arts[4], "Report", value=_killed(1000, 1000))
    story, disagreements = reconcile([*monday, *thursday, undated], _by_articles(arts))
    assert disagreements == []
    assert sorted((s.when, s.independent_sources) for s in story) == [
        ("2024-05-06", 2), ("2024-05-09", 3)]  # the undated 1,000 agrees with Thursday's
    assert {s.status for s in story} == {"corroborated"}
    assert all(s.conflicts_with == [] for s in story)


def test_dated_and_undated_reports_of_one_toll_make_one_dispute() -> None:
    a = _article("On Saturday, March 14 the quake struck, killing at least 860 people.", "A")
    b = _article("The ministry said 860 people were killed.", "B")
    c = _article("Plus de mille morts. Le séisme du 14 mars a fait plus de mille morts.", "C")
    d = _article("Hundreds were killed, local officials said.", "D")
    claims = [
        _claim(a, "killing at least 860 people", value=_killed(860, None, "at least"),
               when="2026-03-14"),
        _claim(b, "860 people were killed", value=_killed(860, 860)),
        _claim(c, "Plus de mille morts", value=_killed(1000, None, "plus de")),
        _claim(c, "a fait plus de mille morts", value=_killed(1000, None, "plus de"),
               when="2026-03-14"),
        _claim(d, "Hundreds were killed", value=_killed(200, 999, "hundreds")),
    ]
    story, disagreements = reconcile(claims, _by_articles([a, b, c, d]))
    assert len(disagreements) == 1
    assert len(story) == 3 and {s.status for s in story} == {"disputed"}
    french = next(s for s in story if s.value is not None and s.value.low == 1000)
    assert len(french.sources) == 2 and french.independent_sources == 1
    assert disagreements[0].summary == (
        "B: 860 killed; A: at least 860 killed; C: at least 1,000 killed; D: hundreds killed")


def test_tolls_of_different_days_are_updates_not_a_dispute() -> None:
    # Alignment before status: a toll on Monday and a higher one on Thursday are two
    # moments of the count; only figures about the same moment can dispute each other.
    a = _article("By Monday, hundreds had been killed.", "A")
    b = _article("By Thursday, more than 1,000 had been killed.", "B")
    story, disagreements = reconcile(
        [_claim(a, "hundreds had been killed", value=_killed(200, 999), when="2024-05-06"),
         _claim(b, "more than 1,000 had been killed", value=_killed(1000, None, "more than"),
                when="2024-05-09")], _by_articles([a, b]))
    assert disagreements == [] and {s.status for s in story} == {"single_source"}


def test_generic_counts_merge_when_they_agree_but_never_conflict() -> None:
    a, b = _article("A town of about 80,000 people.", "A"), _article("Some 80,000 people.", "B")
    c = _article("Around 96 people slept in tents.", "C")
    story, disagreements = reconcile(
        [_claim(a, "about 80,000 people", value=Value("count", 72000, 88000, modifier="about")),
         _claim(b, "Some 80,000 people", value=Value("count", 80000, 80000, modifier="some")),
         _claim(c, "96 people", value=Value("count", 96, 96))], _by_articles([a, b, c]))
    assert disagreements == []
    assert sorted((s.status, s.independent_sources) for s in story) == [
        ("corroborated", 2), ("single_source", 1)]
    assert all(s.conflicts_with == [] for s in story)


def test_overlapping_versions_are_worded_as_stated() -> None:
    a = _article("Officials said 1,130 people were injured.", "A")
    b = _article("Rund 1.100 wurden verletzt.", "B")
    c = _article("More than 1,000 were injured.", "C")
    d = _article("1.300 heridos, según el hospital.", "D")
    injured = "injured"
    story, disagreements = reconcile(
        [_claim(a, "1,130 people were injured", value=Value(injured, 1130, 1130)),
         _claim(b, "Rund 1.100", value=Value(injured, 990, 1210, modifier="rund")),
         _claim(c, "More than 1,000", value=Value(injured, 1000, None, modifier="more than")),
         _claim(d, "1.300 heridos", value=Value(injured, 1300, 1300))],
        _by_articles([a, b, c, d]))
    assert sorted(s.independent_sources for s in story) == [1, 3]
    assert disagreements[0].summary == (
        "A: 1,130 injured; B: about 1,100 injured; C: more than 1,000 injured; D: 1,300 injured")


def test_two_approximations_far_apart_conflict() -> None:
    a, b = _article("About 35,000 were displaced.", "A"), _article("Около 40 тысяч.", "B")
    _, disagreements = reconcile(
        [_claim(a, "About 35,000", value=Value("displaced", 31500, 38500, modifier="about")),
         _claim(b, "Около 40 тысяч", value=Value("displaced", 40000, 40000, modifier="около"))],
        _by_articles([a, b]))
    assert disagreements[0].summary == "B: about 40,000 displaced; A: about 35,000 displaced"


def test_undated_figure_joins_the_only_dated_report() -> None:
    a = _article("On Monday 12 people were killed.", "A")
    b = _article("Twelve people were killed.", "B")
    story, _ = reconcile(
        [_claim(a, "12 people were killed", value=_killed(12, 12), when="2024-05-06"),
         _claim(b, "Twelve people were killed", value=_killed(12, 12))], _by_articles([a, b]))
    assert len(story) == 1 and story[0].when == "2024-05-06"
    assert story[0].status == "corroborated"


@pytest.mark.parametrize("predicate", ["met", "meeting_planned"])
def test_met_claims_with_swapped_participants_merge(predicate: str) -> None:
    a = _article("Biden met Netanyahu in Jerusalem.", "A")
    b = _article("Netanyahu met Biden on Tuesday.", "B")
    c = _article("Biden met Erdogan in Ankara.", "C")
    claims = [
        _claim(a, "Biden met Netanyahu", "relation", predicate=predicate, subject="e-biden",
               obj="e-bibi"),
        _claim(b, "Netanyahu met Biden", "relation", predicate=predicate, subject="e-bibi",
               obj="e-biden"),
        _claim(c, "Biden met Erdogan", "relation", predicate=predicate, subject="e-biden",
               obj="e-erdogan"),
    ]
    story, _ = reconcile(claims, _by_articles([a, b, c]))
    assert sorted(s.independent_sources for s in story) == [1, 2]
    merged = next(s for s in story if s.independent_sources == 2)
    assert {merged.subject, merged.object} == {"e-biden", "e-bibi"}
    assert merged.status == "corroborated"


def test_met_claims_fall_back_to_surface_text() -> None:
    a = _article("Macron met Scholz in Berlin.", "A")
    b = _article("Scholz a rencontré Macron à Berlin.", "B")
    claims = [
        _claim(a, "Macron met Scholz", "relation", predicate="met", subject_text="Macron",
               object_text="Scholz"),
        _claim(b, "Scholz a rencontré Macron", "relation", predicate="met",
               subject_text="SCHOLZ", object_text="Macron"),
    ]
    story, _ = reconcile(claims, _by_articles([a, b]))
    assert len(story) == 1 and story[0].independent_sources == 2


class _KeywordEmbedder:
    """Texts sharing a keyword get the same unit vector: a controllable stand-in."""

    name = "keyword-test"
    dim = 3

    def embed(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            low = text.lower()
            rows.append([1.0, 0, 0] if "rebuild" in low or "reconstru" in low
                        else [0, 1.0, 0] if "met" in low else [0, 0, 1.0])
        return np.asarray(rows, dtype=np.float32)


def test_quotes_merge_only_for_same_speaker_and_similar_words() -> None:
    a = _article('"We will rebuild every home," the president said.', "A")
    b = _article('« Nous reconstruirons chaque maison », a déclaré le président.', "B")
    c = _article('"We will rebuild the bridge," the mayor said.', "C")
    quote_a = _claim(a, '"We will rebuild every home,"', "quote", predicate="said",
                     subject="e-pres")
    quote_b = _claim(b, "« Nous reconstruirons chaque maison »", "quote", predicate="said",
                     subject="e-pres")
    quote_c = _claim(c, '"We will rebuild the bridge,"', "quote", predicate="said",
                     subject="e-mayor")
    articles = _by_articles([a, b, c])
    story, _ = reconcile([quote_a, quote_b, quote_c], articles, _KeywordEmbedder())
    assert sorted(s.independent_sources for s in story) == [1, 2]
    story, _ = reconcile([quote_a, quote_b, quote_c], articles)  # no embedder: no guessing
    assert len(story) == 3


def test_similar_wording_never_merges_different_participants() -> None:
    a = _article("Biden met Netanyahu.", "A")
    b = _article("Biden met Erdogan.", "B")
    claims = [
        _claim(a, "Biden met Netanyahu", "relation", predicate="met", subject="e1", obj="e2"),
        _claim(b, "Biden met Erdogan", "relation", predicate="met", subject="e1", obj="e3"),
    ]
    story, _ = reconcile(claims, _by_articles([a, b]), _KeywordEmbedder())
    assert len(story) == 2


def test_date_claims_merge_on_the_same_day() -> None:
    a = _article("The vote was held on 3 May.", "A")
    b = _article("Le scrutin a eu lieu le 3 mai.", "B")
    c = _article("Results came on 5 May.", "C")
    story, _ = reconcile(
        [_claim(a, "on 3 May", "date", predicate="dated", when="2024-05-03"),
         _claim(b, "le 3 mai", "date", predicate="dated", when="2024-05-03"),
         _claim(c, "on 5 May", "date", predicate="dated", when="2024-05-05")],
        _by_articles([a, b, c]))
    assert sorted((s.when, s.independent_sources) for s in story) == [
        ("2024-05-03", 2), ("2024-05-05", 1)]


def test_result_does_not_depend_on_input_order() -> None:
    arts = [_article(f"Report {i}: {n} people were killed.", f"Outlet {i}")
            for i, n in enumerate(["300", "300", "1,000", "about 300"])]
    values = [_killed(300, 300), _killed(300, 300), _killed(1000, 1000),
              _killed(300, 300, "about")]
    claims = [_claim(art, "people were killed", value=v)
              for art, v in zip(arts, values, strict=True)]
    first = reconcile(claims, _by_articles(arts))
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    second = reconcile(shuffled, _by_articles(arts))
    assert first == second
    assert sorted(s.independent_sources for s in first[0]) == [1, 3]


def test_describe_value_uses_only_the_values_numbers() -> None:
    assert describe_value(_killed(200, 999)) == "hundreds"
    assert describe_value(_killed(1000, None, "plus de")) == "at least 1,000"
    assert describe_value(_killed(1000, None, "over")) == "over 1,000"
    assert describe_value(_killed(12, 20)) == "between 12 and 20"
    assert describe_value(_killed(50, 50, "environ")) == "about 50"
    assert describe_value(_killed(50, 50, "près de")) == "nearly 50"
    for modifier in ("rund", "около", "unos", "quelque", "environ", "نحو", "حوالي"):
        assert describe_value(_killed(1100, 1100, modifier)) == "about 1,100", modifier
        assert describe_value(_killed(990, 1210, modifier)) == "about 1,100", modifier
    for modifier in ("près de", "почти", "casi", "fast", "nearly"):
        assert describe_value(_killed(2700, 3000, modifier)) == "nearly 3,000", modifier
    assert describe_value(_killed(20000, 99999, "tens of thousands")) == "tens of thousands"
    assert quantity_phrase(Value("count", 3, 3, unit="buildings")) == "3 buildings"


def test_thresholds_are_per_embedder() -> None:
    assert similarity_threshold(_KeywordEmbedder()) > 0.5


class _CountingEmbedder(_KeywordEmbedder):
    """Records how many texts it was asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return super().embed(texts)


def test_vectors_the_claims_carry_are_reused() -> None:
    a = _article('"We will rebuild," the president said.', "A")
    b = _article('"Reconstruire, toujours," a dit le président.', "B")
    quote_a = _claim(a, '"We will rebuild,"', "quote", predicate="said", subject="e-pres")
    quote_b = _claim(b, '"Reconstruire, toujours,"', "quote", predicate="said", subject="e-pres")
    quote_a.embedding = np.asarray([1.0, 0.0, 0.0], dtype=np.float32)
    embedder = _CountingEmbedder()
    story, _ = reconcile([quote_a, quote_b], _by_articles([a, b]), embedder)
    assert embedder.seen == ["Reconstruire, toujours"]  # quote marks stripped, one call
    assert [s.independent_sources for s in story] == [2]


def test_sources_without_outlet_are_named_by_file_or_host() -> None:
    texts = ["One.", "Two.", "Three.", "Four."]
    origins = ["data/in/08_vestnik.txt", "data/feed.jsonl#L3", "https://www.example.org/a/1",
               "data/in/x.html"]
    arts = [Article(id=Article.make_id(t), source=src, text=t, outlet=outlet)
            for t, src, outlet in zip(texts, origins, [None, None, None, "Le Monde"], strict=True)]
    evidence = [Evidence(a.id, 0, len(a.text) - 1, a.text[:-1]) for a in arts]
    assert source_names(evidence, _by_articles(arts)) == [
        "08_vestnik.txt", "example.org", "feed.jsonl#L3", "Le Monde"]


def test_join_names_reads_like_a_list() -> None:
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B", "C"]) == "A, B and C"
