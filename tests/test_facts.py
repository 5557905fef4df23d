"""Story facts end to end on fixtures written here: extraction, alignment, then status."""

from __future__ import annotations

import re

import numpy as np

from storylens.claims import extract_claims
from storylens.facts import reconcile
from storylens.records import Article, Claim, Mention
from storylens.sentences import segment_article

# Canonical entity ids, as the entity stage would resolve each surface form.
_ENTITIES = {"Marta Keller": "e-keller", "Keller": "e-keller", "Omar Safi": "e-safi",
             "Safi": "e-safi"}


def _article(text: str, lang: str, outlet: str, *, names: tuple[tuple[str, str], ...] = (),
             published: str | None = "2024-05-08", duplicate_of: str | None = None) -> Article:
    art = Article(id=Article.make_id(text + outlet), source=f"{outlet}.txt", text=text,
                  language=lang, published=published, outlet=outlet, duplicate_of=duplicate_of)
    segment_article(art)
    for label, name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            art.mentions.append(Mention(art.id, m.start(), m.end(), name, label))
    art.claims = extract_claims(art)
    for claim in art.claims:  # what resolve_claim_entities does with merged entities
        claim.subject = _ENTITIES.get(claim.subject_text or "")
        claim.object = _ENTITIES.get(claim.object_text or "")
    return art


def _story(articles: list[Article], embedder: object = None) -> tuple[list[Claim], list]:
    claims = [c for a in articles for c in a.claims]
    for claim in claims:
        for ev in claim.sources:
            art = next(a for a in articles if a.id == ev.article_id)
            assert art.text[ev.start:ev.end] == ev.quote
    return reconcile(claims, {a.id: a for a in articles}, embedder)  # type: ignore[arg-type]


_PEOPLE = (("PERSON", "Marta Keller"), ("PERSON", "Omar Safi"), ("PERSON", "Keller"),
           ("PERSON", "Safi"), ("GPE", "Tunis"))


def test_one_meeting_told_by_five_outlets_in_two_languages_is_one_corroborated_claim() -> None:
    en = "Envoy Marta Keller met Omar Safi in Tunis on Tuesday to discuss the ceasefire."
    fr = "L'envoyée Marta Keller a rencontré Omar Safi à Tunis mardi pour parler du cessez-le-feu."
    articles = [
        _article(en, "en", "Daily Ledger", names=_PEOPLE),
        _article("On Tuesday Marta Keller met Omar Safi in Tunis.", "en", "Harbour Times",
                 names=_PEOPLE),
        _article(fr, "fr", "Le Quotidien", names=_PEOPLE),
        _article("Marta Keller a rencontré Omar Safi mardi à Tunis.", "fr", "Courrier Sud",
                 names=_PEOPLE),
    ]
    # The fifth is a syndicated copy of the first under another masthead.
    articles.append(_article(en + " ", "en", "Metro Wire", names=_PEOPLE,
                             duplicate_of=articles[0].id))
    story, disagreements = _story(articles)
    meetings = [c for c in story if c.kind == "relation"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert len(meeting.sources) == 5
    assert meeting.independent_sources == 4  # the copy counts as its original
    assert meeting.status == "corroborated" and disagreements == []
    assert meeting.when == "2024-05-07"
    assert meeting.frame is not None and meeting.frame.kind == "meeting"


def test_ten_copies_of_one_wire_story_are_one_origin() -> None:
    wire = "At least 14 people were killed in the flooding on Monday, officials said."
    original = _article(wire, "en", "Wire Service")
    copies = [_article(wire + " " * n, "en", f"Paper {n}", duplicate_of=original.id)
              for n in range(1, 10)]
    story, _ = _story([original, *copies])
    tolls = [c for c in story if c.kind == "quantity"]
    assert len(tolls) == 1
    assert len(tolls[0].sources) == 10
    assert (tolls[0].independent_sources, tolls[0].status) == (1, "single_source")


def test_an_old_toll_does_not_dispute_a_new_one() -> None:
    old = _article("In 1996, 1,200 people were killed in the prison, relatives say.", "en",
                   "Daily Ledger")
    new = _article("Twelve people were killed on Monday when police fired on the march.",
                   "en", "Harbour Times")
    also_new = _article("Police fired on the march on Monday: 30 people were killed.", "en",
                        "Le Quotidien")
    story, disagreements = _story([old, new, also_new])
    disputed = {c.value.low for c in story if c.status == "disputed" and c.value}
    # The 1996 toll disputes nothing; this week's two tolls do dispute each other (an
    # exact 12 and 30; "at least 12" would allow 30, see test_reconcile).
    assert 1200 not in disputed
    assert disputed == {12, 30} and len(disagreements) == 1


def test_tolls_in_different_places_do_not_dispute() -> None:
    names = (("GPE", "Sirte"), ("GPE", "Misrata"))
    a = _article("On Monday 12 people were killed in Sirte.", "en", "A", names=names)
    b = _article("On Monday 40 people were killed in Misrata.", "en", "B", names=names)
    _, disagreements = _story([a, b])
    assert disagreements == []


class _SameStatement:
    """Every text maps to one vector: whatever the words, the same statement (a stand-in
    for a multilingual encoder that cannot see an inverted preposition)."""

    name = "same-statement-test"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)


def test_an_inverted_translation_is_disputed() -> None:
    names = (("PERSON", "Keller"),)
    en = _article('"The deal was signed at the expense of the northern towns," Keller said.',
                  "en", "Daily Ledger", names=names)
    fr = _article("« L'accord a été signé au profit des villes du nord », a déclaré Keller.",
                  "fr", "Le Quotidien", names=names)
    faithful = _article("« L'accord a été signé aux dépens des villes du nord », a dit Keller.",
                        "fr", "Courrier Sud", names=names)
    story, disagreements = _story([en, fr, faithful], _SameStatement())
    quotes = [c for c in story if c.kind == "quote"]
    assert sorted((c.status, c.independent_sources) for c in quotes) == [
        ("disputed", 1), ("disputed", 2)]
    assert [d.topic for d in disagreements] == ["statement"]
    assert "au profit des villes du nord" in disagreements[0].summary


def test_loose_tolls_of_one_day_do_not_dispute() -> None:
    # No date or place of their own: possibly two incidents of the same day.
    a = _article("Twelve people were killed, rescuers said.", "en", "A")
    b = _article("Forty people were killed, rescuers said.", "en", "B")
    story, disagreements = _story([a, b])
    assert disagreements == []
    assert {c.status for c in story if c.kind == "quantity"} == {"single_source"}


def test_one_article_never_disputes_itself() -> None:
    a = _article("On Monday five people were killed in Tripoli and 43 were killed in Sidon.",
                 "en", "A", names=(("GPE", "Tripoli"), ("GPE", "Sidon")))
    b = _article("On Monday 43 people were killed.", "en", "B")
    _, disagreements = _story([a, b])
    assert disagreements == []


def test_tolls_of_consecutive_days_are_not_disputed() -> None:
    a = _article("On Tuesday 66 people were killed in the suburbs.", "en", "A")
    b = _article("On Monday 127 people were killed in the suburbs.", "en", "B")
    _, disagreements = _story([a, b])
    assert disagreements == []
