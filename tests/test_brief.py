import re

from claim_builders import make_article, make_claim
from storylens.brief import MAX_SENTENCES, build_brief
from storylens.reconcile import reconcile
from storylens.records import Article, Claim, Entity, Value
from storylens.timeline import build_relations, build_timeline


def _article(text: str, outlet: str | None, duplicate_of: str | None = None) -> Article:
    return make_article(text, outlet, duplicate_of, language="en")


_claim = make_claim


ENTITIES = [
    Entity(id="e-guterres", name="António Guterres", type="PERSON"),
    Entity(id="e-erdogan", name="Recep Tayyip Erdoğan", type="PERSON"),
]


def _story() -> tuple[list[Claim], dict[str, Article]]:
    a = _article("More than 1,000 people were killed. Guterres met Erdogan in Ankara on "
                 'Tuesday. Guterres said: "The world must not look away from this disaster."',
                 "Outlet A")
    b = _article("The quake killed more than 1,000 people. Erdogan met Guterres, officials "
                 "said. At least 40 people were injured.", "Outlet B")
    c = _article("Hundreds were killed in the earthquake, the governor said.", "Outlet C")
    claims = [
        _claim(a, "More than 1,000 people were killed",
               value=Value("killed", 1000, None, modifier="more than")),
        _claim(b, "killed more than 1,000 people",
               value=Value("killed", 1000, None, modifier="more than")),
        _claim(c, "Hundreds were killed", value=Value("killed", 200, 999, modifier="hundreds")),
        _claim(b, "At least 40 people were injured", when="2024-02-07",
               value=Value("injured", 40, None, modifier="at least")),
        _claim(a, "Guterres met Erdogan", "relation", predicate="met", subject="e-guterres",
               obj="e-erdogan", when="2024-02-06"),
        _claim(b, "Erdogan met Guterres", "relation", predicate="met", subject="e-erdogan",
               obj="e-guterres"),
        _claim(a, '"The world must not look away from this disaster."', "quote",
               predicate="said", subject="e-guterres",
               object_text="The world must not look away from this disaster."),
    ]
    articles = {art.id: art for art in (a, b, c)}
    story, _ = reconcile(claims, articles)
    return story, articles


def test_every_sentence_cites_claims_and_articles_that_exist() -> None:
    story, articles = _story()
    brief = build_brief(story, articles, ENTITIES)
    claims = {c.id: c for c in story}
    assert brief.language == "en" and 0 < len(brief.sentences) <= MAX_SENTENCES
    for sentence in brief.sentences:
        assert sentence.claim_ids and all(i in claims for i in sentence.claim_ids)
        assert sentence.article_ids and all(i in articles for i in sentence.article_ids)
        backing = {e.article_id for i in sentence.claim_ids for e in claims[i].sources}
        assert set(sentence.article_ids) == backing


def test_brief_reads_dispute_figures_relations_then_quotes() -> None:
    story, articles = _story()
    texts = [s.text for s in build_brief(story, articles, ENTITIES).sentences]
    assert texts[0] == ("Sources disagree on the death toll: Outlet A and Outlet B report "
                        "more than 1,000 killed; Outlet C reports hundreds killed.")
    assert texts[1] == ("At least 40 people were injured (dated 2024-02-07), "
                        "according to Outlet B.")
    assert texts[2] in {  # "met" is symmetric: either order states the merged claim
        f"{x} met {y} (according to 2 independent sources)."
        for x, y in [("António Guterres", "Recep Tayyip Erdoğan"),
                     ("Recep Tayyip Erdoğan", "António Guterres")]}
    assert texts[3] == ('António Guterres said: "The world must not look away from this '
                        'disaster." (according to Outlet A).')
    assert len(texts) == 4


def test_every_number_in_the_brief_comes_from_a_claim() -> None:
    story, articles = _story()
    allowed = set()
    for claim in story:
        allowed.update(re.findall(r"\d[\d,]*", " ".join(e.quote for e in claim.sources)))
        allowed.update(re.findall(r"\d[\d,]*", claim.when or ""))
        if claim.value is not None:
            for n in (claim.value.low, claim.value.high):
                if n is not None:
                    allowed.add(f"{int(n):,}")
        allowed.add(str(claim.independent_sources))
    for sentence in build_brief(story, articles, ENTITIES).sentences:
        for number in re.findall(r"\d[\d,]*\d|\d", sentence.text):
            assert number in allowed, (number, sentence.text)


def test_corroborated_figure_counts_independent_sources() -> None:
    a = _article("Officials said 12 people were killed.", "A")
    b = _article("Twelve people, 12 in all, were killed.", "B")
    copy = _article("Officials said 12 people were killed.", "C", duplicate_of=a.id)
    value = Value("killed", 12, 12)
    claims = [_claim(art, "12", value=value) for art in (a, b, copy)]
    articles = {art.id: art for art in (a, b, copy)}
    story, _ = reconcile(claims, articles)
    [sentence] = build_brief(story, articles, []).sentences
    assert sentence.text == "12 people were killed, according to 2 independent sources."
    assert sorted(sentence.article_ids) == sorted(articles)


def test_single_report_republished_says_so() -> None:
    a = _article("One person was killed.", "Wire")
    copy = _article("One person was killed.", "Paper", duplicate_of=a.id)
    claims = [_claim(art, "One person was killed", value=Value("killed", 1, 1))
              for art in (a, copy)]
    articles = {a.id: a, copy.id: copy}
    story, _ = reconcile(claims, articles)
    [sentence] = build_brief(story, articles, []).sentences
    assert sentence.text == ("1 person was killed, according to Paper and Wire "
                             "(one original report).")


def test_brief_is_capped() -> None:
    arts = [_article(f"Leader {i} met envoy {i}. Leader {i} said: \"We need talks {i}.\"",
                     f"Outlet {i}") for i in range(6)]
    claims = []
    for i, art in enumerate(arts):
        claims.append(_claim(art, f"Leader {i} met envoy {i}", "relation", predicate="met",
                             subject_text=f"Leader {i}", object_text=f"envoy {i}"))
        claims.append(_claim(art, f'"We need talks {i}."', "quote", predicate="said",
                             subject_text=f"Leader {i}"))
    articles = {art.id: art for art in arts}
    story, _ = reconcile(claims, articles)
    brief = build_brief(story, articles, [])
    assert len(brief.sentences) == MAX_SENTENCES
    kinds = [("met" in s.text) for s in brief.sentences]
    assert kinds == sorted(kinds, reverse=True)  # relations before quotes


def test_empty_story_has_empty_brief() -> None:
    assert build_brief([], {}, []).sentences == []


def test_timeline_is_sorted_and_only_dated() -> None:
    story, _ = _story()
    timeline = build_timeline(story)
    assert [t.when for t in timeline] == sorted(t.when for t in timeline)
    assert [t.when for t in timeline] == ["2024-02-06", "2024-02-07"]
    by_id = {c.id: c for c in story}
    for entry in timeline:
        assert all(by_id[i].when == entry.when and by_id[i].statement == entry.what
                   for i in entry.claim_ids)


def test_relations_need_entity_ids_on_both_ends() -> None:
    story, _ = _story()
    art = _article("Macron met Scholz.", "D")
    untyped = _claim(art, "Macron met Scholz", "relation", predicate="met",
                     subject_text="Macron", object_text="Scholz")
    relations = build_relations([*story, untyped], ENTITIES)
    assert len(relations) == 1
    [relation] = relations
    assert {relation.source, relation.target} == {"e-guterres", "e-erdogan"}
    assert relation.type == "meets" and relation.status == "corroborated"
    assert all(i in {c.id for c in story} for i in relation.claim_ids)
    assert build_relations(story, []) == []


def test_sources_without_outlet_are_named_by_their_file() -> None:
    a = Article(id=Article.make_id("x"), source="in/08_vestnik.txt", text="Сотни погибших.",
                language="ru")
    b = Article(id=Article.make_id("y"), source="in/feed.jsonl#L2", text="Mehr als 1.000 Tote.",
                language="de")
    killed = "killed"
    claims = [_claim(a, "Сотни погибших", value=Value(killed, 200, 999, modifier="hundreds")),
              _claim(b, "Mehr als 1.000 Tote",
                     value=Value(killed, 1000, None, modifier="more than"))]
    articles = {a.id: a, b.id: b}
    story, _ = reconcile(claims, articles)
    [sentence] = build_brief(story, articles, []).sentences
    assert sentence.text == ("Sources disagree on the death toll: feed.jsonl#L2 reports more "
                             "than 1,000 killed; 08_vestnik.txt reports hundreds killed.")
    assert a.id not in sentence.text and b.id not in sentence.text


def test_version_worded_differently_is_not_put_in_every_mouth() -> None:
    a = _article("Officials said 1,130 people were injured.", "A")
    b = _article("More than 1,000 were injured.", "B")
    c = _article("1.300 heridos, según el hospital.", "C")
    injured = "injured"
    story, _ = reconcile(
        [_claim(a, "1,130 people were injured", value=Value(injured, 1130, 1130)),
         _claim(b, "More than 1,000", value=Value(injured, 1000, None, modifier="more than")),
         _claim(c, "1.300 heridos", value=Value(injured, 1300, 1300))],
        {art.id: art for art in (a, b, c)})
    [sentence] = build_brief(story, {art.id: art for art in (a, b, c)}, []).sentences
    assert sentence.text == ("Sources disagree on the number injured: A and B give figures in "
                             "line with 1,130 injured; C reports 1,300 injured.")


def test_generic_counts_come_after_everything_else() -> None:
    arts = [_article(f"Report {i}: 12 people were killed; about 80,000 people live there.",
                     f"Outlet {i}") for i in range(2)]
    claims = [c for art in arts for c in (
        _claim(art, "about 80,000 people", value=Value("count", 72000, 88000, modifier="about")),
        _claim(art, "12 people were killed", value=Value("killed", 12, 12)))]
    articles = {art.id: art for art in arts}
    story, _ = reconcile(claims, articles)
    texts = [s.text for s in build_brief(story, articles, []).sentences]
    assert texts == ["12 people were killed, according to 2 independent sources.",
                     "A count of about 80,000 people, according to 2 independent sources."]


def test_quotes_prefer_people_and_corroboration_and_name_others_verbatim() -> None:
    a = _article('Officials said the road was cut. "We will rebuild," Guterres said. '
                 '"We will rebuild," Guterres said again.', "Outlet A")
    b = _article('"We will rebuild," Guterres said.', "Outlet B")
    c = _article('"Help is coming," the search for survivors would go on.', "Outlet C")
    people = [Entity(id="e-guterres", name="António Guterres", type="PERSON")]
    claims = [
        _claim(a, "Officials said the road was cut.", "quote", predicate="said",
               subject_text="Officials", attributed_to="Officials"),
        _claim(a, '"We will rebuild," Guterres said.', "quote", predicate="said",
               subject="e-guterres", attributed_to="Guterres"),
        _claim(a, '"We will rebuild," Guterres said again.', "quote", predicate="said",
               subject="e-guterres", attributed_to="Guterres"),
        _claim(b, '"We will rebuild," Guterres said.', "quote", predicate="said",
               subject="e-guterres", attributed_to="Guterres"),
        _claim(c, '"Help is coming," the search for survivors would go on.', "quote",
               predicate="said", subject_text="the search for survivors would go",
               attributed_to="the search for survivors would go"),
    ]
    articles = {art.id: art for art in (a, b, c)}
    texts = [s.text for s in build_brief(claims_of(claims, articles), articles,
                                         people).sentences]
    assert texts[0] == ('António Guterres said: "We will rebuild" '
                        "(according to 2 independent sources).")
    assert sum("We will rebuild" in t for t in texts) == 1  # the same words only once
    assert 'According to the search for survivors would go: "Help is coming" ' \
           "(as reported by Outlet C)." in texts
    assert 'According to Officials: "Officials said the road was cut." ' \
           "(as reported by Outlet A)." in texts
    assert not any(t.startswith(("Officials said", "the search")) for t in texts)


def claims_of(claims: list[Claim], articles: dict[str, Article]) -> list[Claim]:
    """Story claims without an embedder: verbatim repeats of one speaker merge."""
    return reconcile(claims, articles)[0]
