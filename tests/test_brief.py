import re
from datetime import date

import pytest
from babel.dates import format_date

import storylens.brief as brief_module
from claim_builders import make_article, make_claim
from storylens.brief import MAX_SENTENCES, build_brief, grounding_report
from storylens.brief.verify import check
from storylens.reconcile import reconcile
from storylens.records import Article, BriefSentence, Claim, Entity, Value
from storylens.timeline import build_relations


@pytest.fixture
def no_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests of how a kind of sentence is worded: no member lead opens the brief."""
    monkeypatch.setattr(brief_module, "central_sentence", lambda *args: None)


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


def test_central_event_first_then_disputes_as_ranges_then_single_sources() -> None:
    story, articles = _story()
    texts = [s.text for s in build_brief(story, articles, ENTITIES).sentences]
    assert texts[0] in {  # "met" is symmetric: either order states the merged claim
        f"{x} met {y} on February 6, 2024, according to 2 independent sources."
        for x, y in [("António Guterres", "Recep Tayyip Erdoğan"),
                     ("Recep Tayyip Erdoğan", "António Guterres")]}
    assert texts[1] == ("Death toll: reports range from hundreds to more than 1,000 killed "
                        "(Outlet C: hundreds; Outlet A and Outlet B: more than 1,000).")
    assert "António Guterres said: “The world must not look away from this disaster.” " \
           "(single source: Outlet A)." in texts
    assert texts[-1] == "At least 40 injured on February 7, 2024, single source: Outlet B."


def test_french_brief_uses_french_templates_and_keeps_quotes_in_their_language() -> None:
    story, articles = _story()
    brief = build_brief(story, articles, ENTITIES, "fr")
    texts = [s.text for s in brief.sentences]
    assert brief.language == "fr"
    assert texts[0].endswith("le 6 février 2024, selon 2 sources indépendantes.")
    assert " a rencontré " in texts[0]
    assert any("« The world must not look away from this disaster. » [en]" in t for t in texts)
    assert any(t.startswith("Au moins 40 blessés le 7 février 2024") for t in texts)
    assert build_brief(story, articles, ENTITIES, "xx").language == "en"


def test_every_number_name_and_date_of_the_brief_is_in_its_cited_claims() -> None:
    story, articles = _story()
    by_id = {c.id: c for c in story}

    def digits(text: str) -> set[str]:
        return set(re.findall(r"\d+", re.sub(r"(?<=\d)[,.\u202f](?=\d{3})", "", text)))

    for lang in ("en", "fr", "es", "it", "de"):
        kept, dropped = grounding_report(story, articles, ENTITIES, lang)
        assert kept and not dropped, (lang, dropped)
        for sentence in kept:
            cited = [by_id[i] for i in sentence.claim_ids]
            allowed = digits(" ".join(e.quote for c in cited for e in c.sources))
            allowed |= digits(" ".join(c.when or "" for c in cited))
            allowed |= {str(c.independent_sources) for c in cited}
            # A date is spelled as CLDR writes it ("le 6 février 2024"), from a cited claim.
            allowed |= digits(" ".join(format_date(date.fromisoformat(c.when), "long",
                                                   locale=lang) for c in cited if c.when))
            assert digits(sentence.text) <= allowed, (lang, sentence.text)


def _checked(text: str, claim: Claim, articles: dict[str, Article]) -> list[str]:
    outlets = {a.id: a.outlet or "" for a in articles.values()}
    sentence = BriefSentence(text, [claim.id], [e.article_id for e in claim.sources])
    return check(sentence, {claim.id: claim}, ENTITIES, articles, outlets, "en")


def test_verifier_rejects_what_the_cited_claims_do_not_hold() -> None:
    a = _article("Guterres met Erdogan in Ankara on Tuesday; 40 people were injured.", "A")
    claim = _claim(a, "40 people were injured", value=Value("injured", 40, 40),
                   when="2024-02-07")
    articles = {a.id: a}
    assert _checked("40 injured on February 7, 2024, single source: A.", claim, articles) == []
    assert _checked("41 injured, single source: A.", claim, articles)  # number
    assert _checked("40 injured on 2024-02-08, single source: A.", claim, articles)  # date
    assert _checked("40 injured on March 7, 2024, single source: A.", claim, articles)
    assert _checked("40 injured in March 2024, single source: A.", claim, articles)
    assert _checked("40 injured in Paris, single source: A.", claim, articles)  # name
    assert _checked("Erdogan said: “We will rebuild” (single source: A).", claim, articles)
    uncited = BriefSentence("40 injured.", [], [])
    assert check(uncited, {claim.id: claim}, [], articles, {}, "en")


def test_ungrounded_sentences_are_dropped_not_printed(monkeypatch: pytest.MonkeyPatch,
                                                     no_lead: None) -> None:
    a = _article("Officials said 12 people were killed in Velmora.", "A")
    claim = _claim(a, "12 people were killed", value=Value("killed", 12, 12))
    articles = {a.id: a}
    [good] = build_brief([claim], articles, []).sentences
    assert good.text == "12 killed, single source: A."

    def embellished(*args: object) -> BriefSentence:
        return BriefSentence("12 killed in Paris on 2024-01-01, single source: A.",
                             [claim.id], [a.id])

    monkeypatch.setattr(brief_module, "fact_sentence", embellished)
    kept, dropped = grounding_report([claim], articles, [])
    assert kept == [] and len(dropped) == 1
    assert {p.split()[0] for p in dropped[0][1]} == {"date", "name"}


def test_corroborated_figure_counts_independent_sources(no_lead: None) -> None:
    a = _article("Officials said 12 people were killed.", "A")
    b = _article("Twelve people, 12 in all, were killed.", "B")
    copy = _article("Officials said 12 people were killed.", "C", duplicate_of=a.id)
    value = Value("killed", 12, 12)
    claims = [_claim(art, "12", value=value) for art in (a, b, copy)]
    articles = {art.id: art for art in (a, b, copy)}
    story, _ = reconcile(claims, articles)
    [sentence] = build_brief(story, articles, []).sentences
    assert sentence.text == "12 killed, according to 2 independent sources."
    assert sorted(sentence.article_ids) == sorted(articles)


def test_sources_are_named_by_outlet_or_title_never_by_file(no_lead: None) -> None:
    a = Article(id="a1", source="/data/001_f56e9a.txt", text="One person was killed.",
                title="Storm hits the coast", language="en")
    claims = [_claim(a, "One person was killed", value=Value("killed", 1, 1))]
    [sentence] = build_brief(claims, {a.id: a}, []).sentences
    # "One" is not turned into a "1" nobody wrote: the source's own words are used.
    assert sentence.text == "One person was killed, single source: “Storm hits the coast”."
    assert "001_f56e9a" not in sentence.text and ".txt" not in sentence.text


def test_brief_is_capped() -> None:
    arts = [_article(f"Leader {i} met envoy {i}. Leader {i} said: \"We need talks {i}.\"",
                     f"Outlet {i}") for i in range(8)]
    people = [Entity(id=f"l{i}", name=f"Leader {i}", type="PERSON") for i in range(8)]
    envoys = [Entity(id=f"v{i}", name=f"Envoy {i}", type="PERSON") for i in range(8)]
    claims = []
    for i, art in enumerate(arts):
        claims.append(_claim(art, f"Leader {i} met envoy {i}", "relation", predicate="met",
                             subject=f"l{i}", obj=f"v{i}"))
        claims.append(_claim(art, f'"We need talks {i}."', "quote", predicate="said",
                             subject=f"l{i}"))
    articles = {art.id: art for art in arts}
    story, _ = reconcile(claims, articles)
    brief = build_brief(story, articles, people + envoys)
    assert len(brief.sentences) == MAX_SENTENCES


def test_empty_story_has_empty_brief() -> None:
    assert build_brief([], {}, []).sentences == []


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


def test_version_worded_differently_is_not_put_in_every_mouth(no_lead: None) -> None:
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
    assert sentence.text.startswith("Number injured: reports range from ")
    assert "C: 1,300" in sentence.text


def test_generic_counts_come_after_everything_else(no_lead: None) -> None:
    arts = [_article(f"Report {i}: 12 people were killed; about 80,000 people live there.",
                     f"Outlet {i}") for i in range(2)]
    claims = [c for art in arts for c in (
        _claim(art, "about 80,000 people", value=Value("count", 72000, 88000, modifier="about")),
        _claim(art, "12 people were killed", value=Value("killed", 12, 12)))]
    articles = {art.id: art for art in arts}
    story, _ = reconcile(claims, articles)
    texts = [s.text for s in build_brief(story, articles, []).sentences]
    # A bare count has no wording ("80,000 what?"): left out rather than guessed.
    assert texts == ["12 killed, according to 2 independent sources."]


def test_quotes_prefer_people_and_corroboration_and_name_others_verbatim(no_lead: None) -> None:
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
    assert texts[0] == ("António Guterres said: “We will rebuild” "
                        "(according to 2 independent sources).")
    assert sum("We will rebuild" in t for t in texts) == 1  # the same words only once
    assert "According to Officials: “Officials said the road was cut.” " \
           "(single source: Outlet A)." in texts
    # A speaker that is no name ("the search for survivors would go") is not quoted.
    assert not any("search for survivors" in t for t in texts)


def claims_of(claims: list[Claim], articles: dict[str, Article]) -> list[Claim]:
    """Story claims without an embedder: verbatim repeats of one speaker merge."""
    return reconcile(claims, articles)[0]


def test_a_reported_statement_is_quoted_without_its_attribution() -> None:
    # "Selon X, <words>": the brief quotes the reported words, not "Selon X" again inside
    # the quotation marks (a reader saw « Selon Moheb Doss, … » after "Selon Moheb Doss:").
    from storylens.brief.compose import quote_words
    from storylens.records import Argument, Frame

    sentence = "Selon Paul Marchand, le local de la rue Victor est prêté par un magistrat."
    article = make_article("Le comité s'est réuni. " + sentence, "Le Courrier", language="fr")
    claim = make_claim(article, sentence, "quote", subject_text="Paul Marchand",
                       attributed_to="Paul Marchand")
    reported = "le local de la rue Victor est prêté par un magistrat"
    start = article.text.index(reported)
    claim.frame = Frame(kind="statement", article_id=article.id,
                        content=Argument(reported, start, start + len(reported)))
    assert quote_words(claim, claim.sources[0]) == (reported, False)
    claim.frame.content = None  # without the extractor's span: the whole sentence
    assert quote_words(claim, claim.sources[0])[0].startswith("Selon Paul Marchand")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "des dizaines de morts"), ("es", "decenas de muertos"), ("it", "decine di morti"),
    ("en", "dozens killed")])
def test_a_vague_amount_joins_its_noun_grammatically(language: str, expected: str) -> None:
    from storylens.brief.compose import figure_text

    article = make_article("Clashes left dozens killed in the old town on Friday.",
                           "The Ledger", language="en")
    claim = make_claim(article, "dozens killed",
                       value=Value(type="killed", low=20.0, high=99.0, unit="people",
                                   modifier="dozens"))
    text = figure_text(claim, {article.id: article}, language)
    assert text is not None and text.casefold() == expected


def test_a_speaker_that_opened_its_sentence_loses_the_capital_inside_the_brief() -> None:
    from storylens.brief.compose import quote_sentence

    sentence = "Le maire a déclaré que la salle serait rénovée en mai."
    article = make_article("Le conseil s'est réuni lundi. " + sentence, "Le Courrier",
                           language="fr")
    claim = make_claim(article, sentence, "quote", subject_text="Le maire",
                       attributed_to="Le maire")
    made = quote_sentence(claim, {}, {article.id: article}, "fr")
    assert made is not None and made.text.startswith("Selon le maire")


def test_one_text_copied_with_small_edits_is_quoted_once(no_lead: None) -> None:
    a = _article('"Armed men attacked the barracks, killing an officer and leaving six '
                 'conscripts in a critical state," Guterres said.', "Outlet A")
    b = _article('"Armed men attacked the barracks, causing the death of an officer and '
                 'leaving six conscripts in a critical state," Guterres said.', "Outlet B")
    c = _article('"The world must not look away from the barracks," Guterres said.',
                 "Outlet C")
    people = [Entity(id="e-guterres", name="António Guterres", type="PERSON")]
    claims = [_claim(art, art.text, "quote", predicate="said", subject="e-guterres",
                     attributed_to="Guterres") for art in (a, b, c)]
    articles = {art.id: art for art in (a, b, c)}
    # Not reconciled: the two copies stay two claims, as when the sentence model misses
    # them; the brief must still quote the text once.
    texts = [s.text for s in build_brief(claims, articles, people).sentences]
    assert sum("six conscripts" in t for t in texts) == 1, texts
    assert sum("must not look away" in t for t in texts) == 1, texts


def test_an_english_event_statement_over_a_french_source_is_not_a_brief_sentence(
        no_lead: None) -> None:
    fr = make_article("Le gouvernement a annoncé la réouverture du pont de Velmora.",
                      "Le Veilleur", language="fr")
    event = _claim(fr, "Le gouvernement a annoncé la réouverture du pont de Velmora",
                   "event", predicate="announced")
    event.statement = "The government announced: la réouverture du pont de Velmora."
    texts = [s.text for s in build_brief([event], {fr.id: fr}, ENTITIES, "en").sentences]
    assert not any("la réouverture" in t and "“" not in t for t in texts), texts
