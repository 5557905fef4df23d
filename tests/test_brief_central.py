"""The brief's first sentence states the central event; every sentence is grounded."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

from claim_builders import make_article, make_claim
from storylens.brief import build_brief, grounding_report
from storylens.brief.compose import attribution
from storylens.brief.verify import TEMPLATE_WORDS
from storylens.reconcile import reconcile
from storylens.records import Argument, Article, Claim, Entity, Frame, Value
from storylens.sentences import segment_article

PEOPLE = [Entity(id="e-ostrander", name="Karl Ostrander", type="PERSON"),
          Entity(id="e-lind", name="Mara Lind", type="PERSON")]


def _framed(article: Article, phrase: str, kind: str, frame_kind: str, *,
            agent: str | None = None, participant: str | None = None,
            place: str | None = None, **kw: object) -> Claim:
    """A claim with a typed frame whose arguments point at their words in the article."""
    claim = make_claim(article, phrase, kind, **kw)  # type: ignore[arg-type]

    def arg(words: str | None) -> Argument | None:
        if not words:
            return None
        at = article.text.index(words)
        return Argument(words, at, at + len(words))

    claim.frame = Frame(kind=frame_kind, article_id=article.id,  # type: ignore[arg-type]
                        agent=arg(agent), participants=[a for a in [arg(participant)] if a],
                        place=arg(place))
    return claim


def _story(lang: str = "en") -> tuple[list[Claim], dict[str, Article]]:
    a = make_article("Envoy Mara Lind met Karl Ostrander in Velmora on Sunday. "
                     "More than 300 people were killed in the fighting, officials said.",
                     "Outlet A", language="en")
    b = make_article("Karl Ostrander met Mara Lind in Velmora, his office said. About 120 "
                     "people were killed, a hospital said.", "Outlet B", language="en")
    claims = [
        _framed(a, "Mara Lind met Karl Ostrander", "relation", "meeting", agent="Mara Lind",
                participant="Karl Ostrander", place="Velmora", predicate="met",
                subject="e-lind", obj="e-ostrander", when="2026-03-15"),
        _framed(b, "Karl Ostrander met Mara Lind", "relation", "meeting",
                agent="Karl Ostrander", participant="Mara Lind", place="Velmora",
                predicate="met",
                subject="e-ostrander", obj="e-lind"),
        _framed(a, "More than 300 people were killed", "quantity", "casualties",
                value=Value("killed", 300, None, modifier="more than")),
        _framed(b, "About 120 people were killed", "quantity", "casualties",
                value=Value("killed", 108, 132, modifier="about")),
    ]
    articles = {x.id: x for x in (a, b)}
    story, _ = reconcile(claims, articles)
    return story, articles


def test_central_event_comes_first_with_place_date_and_source_count() -> None:
    story, articles = _story()
    first = build_brief(story, articles, PEOPLE).sentences[0].text
    assert re.fullmatch(r"(Mara Lind met Karl Ostrander|Karl Ostrander met Mara Lind) in Velmora"
                        r" on March 15, 2026, according to 2 independent sources\.", first), first
    fr = build_brief(story, articles, PEOPLE, "fr").sentences[0].text
    assert " a rencontré " in fr and "Velmora" in fr and fr.endswith(
        "selon 2 sources indépendantes.")


def _digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[,.\u202f](?=\d{3})", "", text)))


def test_no_uncited_sentence_and_nothing_absent_from_the_cited_claims() -> None:
    story, articles = _story()
    by_id = {c.id: c for c in story}
    for lang in ("en", "fr", "es", "it", "de"):
        leads: list[Claim] = []  # a lead stating no claim is cited as a claim of its own
        kept, _ = grounding_report(story, articles, PEOPLE, lang, None, None, leads)
        by_id = {c.id: c for c in [*story, *leads]}
        assert kept
        for sentence in kept:
            cited = [by_id[i] for i in sentence.claim_ids]
            assert cited and sentence.article_ids
            evidence = " ".join(e.quote for c in cited for e in c.sources)
            # A date is spelled as CLDR writes it ("le 15 mars 2026"), from a cited claim.
            dates = " ".join(format_date(date.fromisoformat(c.when), "long", locale=lang)
                             for c in cited if c.when)
            allowed = _digits(evidence) | _digits(dates)
            allowed |= {str(c.independent_sources) for c in cited}
            assert _digits(sentence.text) <= allowed, (lang, sentence.text)
            for iso in re.findall(r"\d{4}-\d{2}-\d{2}", sentence.text):
                assert iso in {c.when for c in cited}
            places = [c.frame.place.text for c in cited if c.frame and c.frame.place]
            pool = " ".join([evidence, dates, *places, *(e.name for e in PEOPLE),
                             *(articles[a].outlet or "" for a in sentence.article_ids)])
            words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"[“«„].+?[”»“]", " ", sentence.text))
            for word in words[1:]:
                assert not word[:1].isupper() or word in pool or \
                    word.casefold() in TEMPLATE_WORDS[lang], (lang, word, sentence.text)


def test_a_figure_spelled_in_words_is_never_printed_as_digits() -> None:
    a = make_article("Huit morts ont été recensés dimanche.", "Le Quotidien", language="fr")
    b = make_article("On compte huit morts selon la police.", "La Gazette", language="fr")
    claims = [make_claim(x, "Huit morts" if x is a else "huit morts",
                         value=Value("killed", 8, 8)) for x in (a, b)]
    articles = {x.id: x for x in (a, b)}
    story, _ = reconcile(claims, articles)
    fr = [s.text for s in build_brief(story, articles, [], "fr").sentences]
    assert fr and all("8" not in t for t in fr)
    assert any("morts" in t for t in fr)
    en = [s.text for s in build_brief(story, articles, [], "en").sentences]
    assert all("8" not in t and "killed" not in t for t in en)  # no "8 killed" from words


def test_without_a_corroborated_event_the_most_central_lead_opens_the_brief() -> None:
    lead = ("Karl Ostrander resigned as governor of Velmora on Monday. "
            "\"I leave with a clear conscience,\" Ostrander said. The vote is in May.")
    a = segment_article(make_article(lead, "Outlet A", language="en"))
    b = segment_article(make_article("Governor Karl Ostrander resigned in Velmora. "
                                     "\"Good riddance,\" Mara Lind said.", "Outlet B",
                                     language="en"))
    c = segment_article(make_article("Weather: rain is expected all week in the north.",
                                     "Outlet C", language="en"))
    claims = [
        make_claim(a, "\"I leave with a clear conscience,\" Ostrander said.", "quote",
                   predicate="said", subject="e-ostrander", object_text="I leave with a "
                   "clear conscience"),
        make_claim(a, "Karl Ostrander resigned as governor of Velmora on Monday.", "quote",
                   predicate="said", subject_text="Karl Ostrander"),
        make_claim(b, "\"Good riddance,\" Mara Lind said.", "quote", predicate="said",
                   subject="e-lind", object_text="Good riddance"),
        make_claim(c, "12", value=Value("count", 12, 12)) if "12" in c.text else
        make_claim(c, "rain is expected all week", "quote", predicate="said",
                   subject_text="Weather"),
    ]
    articles = {x.id: x for x in (a, b, c)}
    first = build_brief(claims, articles, PEOPLE).sentences[0]
    assert first.text.startswith("Outlet A reports: “Karl Ostrander resigned as governor of "
                                 "Velmora on Monday.”"), first.text
    assert a.id in first.article_ids and first.claim_ids


def test_a_planned_or_denied_event_is_never_written_as_what_happened() -> None:
    story, articles = _story()
    for claim in story:
        if claim.frame is not None and claim.frame.kind == "meeting":
            claim.frame.modality = "planned"
    texts = [s.text for s in build_brief(story, articles, PEOPLE).sentences]
    assert not texts[0].startswith(("Mara Lind met", "Karl Ostrander met")), texts[0]
    # Only a source's own words, quoted and attributed, may still say it.
    assert not any(" met " in re.sub(r"“.+?”", "", t) for t in texts)


def test_two_outlets_printing_one_text_are_one_origin_not_a_single_source_of_two() -> None:
    wire = ("Twelve people were killed when a storm flattened the old market hall of Velmora "
            "on Tuesday night, the regional civil protection office said in a statement.")
    a = make_article(wire, "Le Quotidien", language="en")
    b = make_article(wire, "La Gazette", language="en")
    for article in (a, b):
        segment_article(article)
    claims = [make_claim(x, "Twelve people were killed", value=Value("killed", 12, 12))
              for x in (a, b)]
    articles = {x.id: x for x in (a, b)}
    story, _ = reconcile(claims, articles)
    toll = next(c for c in story if c.value is not None)
    assert len(toll.sources) == 2 and toll.independent_sources == 1
    assert attribution([toll], articles, "en") == \
        "one origin, relayed by La Gazette and Le Quotidien"
    assert attribution([toll], articles, "fr").startswith("une seule origine, reprise par")
    assert attribution([claims[0]], articles, "en") == "single source: Le Quotidien"


def test_a_dispute_quotes_a_figure_its_source_spells_in_words() -> None:
    a = make_article("The quake killed 860 people in the valley, officials said.", "Courier",
                     language="en")
    b = make_article("Le séisme a fait plus de mille morts dans la vallée.", "Le Matin",
                     language="fr")
    claims = [make_claim(a, "860", value=Value("killed", 860, 860)),
              make_claim(b, "plus de mille morts", value=Value("killed", 1000, None,
                                                               modifier="more than"))]
    articles = {x.id: x for x in (a, b)}
    story, _ = reconcile(claims, articles)
    assert all(c.conflicts_with for c in story if c.value)
    texts = [s.text for s in build_brief(story, articles, [], "en").sentences]
    dispute = [t for t in texts if "“plus de mille morts” [fr]" in t]
    assert dispute and "860" in dispute[0] and "1,000" not in dispute[0], texts


def test_an_event_fewer_than_half_the_members_report_gives_way_to_the_agreed_lead() -> None:
    """Two of five outlets report the meeting; all five report the fighting: the brief
    opens with the lead the members agree on, not with the side meeting."""
    story, articles = _story()
    own = sorted(articles)
    assert build_brief(story, articles, PEOPLE, members=own).sentences[0].text.startswith(
        ("Mara Lind met", "Karl Ostrander met"))
    others = [make_article(f"More than 300 people were killed in the fighting around Velmora, "
                           f"officials said on {day}.", f"Outlet {n}", language="en")
              for n, day in (("C", "Sunday"), ("D", "Monday"), ("E", "Sunday"))]
    with_others = {**articles, **{x.id: x for x in others}}
    for article in with_others.values():
        segment_article(article)
    first = build_brief(story, with_others, PEOPLE, members=[*own, *(x.id for x in others)]
                        ).sentences[0].text
    assert " reports: “" in first and "killed in the fighting" in first, first
