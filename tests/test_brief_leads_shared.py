"""Which lead opens a brief, second round (issue 12, session 5b): members vote with their
own title too; a sentence opening on a conjunction, a verbless scene caption and a
feature's quotation opening never open it before a report; a credit or a correspondent's
byline never labels a source. Fixtures are written here (invented places and people)."""

from __future__ import annotations

import dataclasses

import pytest

from claim_builders import make_article
from storylens.brief import build_brief
from storylens.brief.central import agreement
from storylens.brief.compose import outlet_name
from storylens.brief.lead_text import caption, continues, feature, reads_as_event
from storylens.cluster.titles import is_furniture
from storylens.records import Article
from storylens.sentences import segment_article


def _member(text: str, outlet: str | None, title: str | None = None,
            language: str = "en") -> Article:
    article = dataclasses.replace(make_article(text, outlet, language=language), title=title)
    return segment_article(article)


def test_a_members_title_votes_for_the_sentence_it_summarises() -> None:
    """A feed whose text lacks its headline still says, in its title, what it reports: the
    sentence about the funding gets that member's vote, not the background sentence."""
    funding = "The cabinet of Velmora approved new funding for the harbour towns on Monday."
    party = "The ruling party of Velmora approved a resolution to annex the harbour towns."
    voter = _member("The harbour towns have long divided the province and its neighbours, "
                    "who call them a breach of the old treaty.", "Outlet C",
                    title="Velmora cabinet approves new funding for harbour towns")
    a = _member(funding, "Outlet A")
    b = _member(party, "Outlet B")
    members = [a, b, voter]
    untitled = [a, b, dataclasses.replace(voter, title=None)]
    assert agreement(funding, a, members) > agreement(party, b, members)
    gain_funding = agreement(funding, a, members) - agreement(funding, a, untitled)
    gain_party = agreement(party, b, members) - agreement(party, b, untitled)
    assert gain_funding > gain_party >= 0


@pytest.mark.parametrize("text", [
    "E che adesso hanno paura della rivolta nelle strade del porto di Velmora.",
    "But the governor of Velmora said the harbour would stay closed until spring.",
    "Mais le gouverneur de Velmora a refusé de rouvrir le port avant le printemps.",
    # A demonstrative pronoun and "is" point back at what the sentence before said
    # (reader pass es, session 9).
    "Esa es la razón que dieron este martes los ministros de Velmora para no cerrar el "
    "puerto.",
    "C'est ce qu'a déclaré mardi le gouverneur de Velmora devant les dockers du port.",
    "This was the third strike at the harbour of Velmora since the governor took office.",
])
def test_a_sentence_opening_on_a_conjunction_carries_on_the_one_before(text: str) -> None:
    assert continues(text)
    assert not reads_as_event(text, in_body=True)


def test_a_sentence_opening_on_a_name_is_no_continuation() -> None:
    text = "Ebro Harbour workers walked out in Velmora on Monday over unpaid wages."
    assert not continues(text)
    assert reads_as_event(text, in_body=True)


@pytest.mark.parametrize("text", [
    "Esta semana los estibadores de Velmora cerraron el puerto por la huelga.",
    "This week dockers in Velmora closed the harbour over unpaid wages.",
    "Ce mardi, les dockers de Velmora ont fermé le port pour une grève.",
])
def test_a_demonstrative_determiner_opens_a_sentence_of_its_own(text: str) -> None:
    assert not continues(text)


@pytest.mark.parametrize("text", [
    "Une manifestation pro-gouverneur à Velmora Nord.",
    "A rally in Port Velmora.",
    "Una protesta a Velmora.",
])
def test_a_verbless_scene_and_place_is_a_caption(text: str) -> None:
    assert caption(text), text


@pytest.mark.parametrize("text", [
    "Un séisme frappe Velmora ce matin et fait trois blessés.",
    "Un attentat à Velmora fait 40 morts.",
    "A man was killed in Velmora on Monday by a falling crane.",
])
def test_a_report_opening_on_an_indefinite_article_is_no_scene(text: str) -> None:
    assert not caption(text), text


@pytest.mark.parametrize("line", [
    "Traducido del inglés para Diario Norte por Ada Brook",
    "Imagen por Karl Ostrander Lind CC By",
    "Dal nostro inviato Mara Lind",
    "De notre envoyé spécial Jean Dupont",
])
def test_credits_and_correspondent_bylines_are_furniture(line: str) -> None:
    assert is_furniture(line), line


@pytest.mark.parametrize("line", [
    "Harbour Guard Shot By Velmora Gunman",
    "Le nouveau livre écrit par Jean Dupont fait scandale à Velmora",
    "Velmora governor resigns after the assembly rejects his budget",
])
def test_headlines_naming_someone_are_not_credits(line: str) -> None:
    assert not is_furniture(line), line


def test_a_credit_title_never_labels_the_source() -> None:
    text = ("Velmora: le port rouvre\n\nLe port de Velmora a rouvert lundi après trois "
            "semaines de grève, a annoncé la capitainerie.")
    article = dataclasses.replace(make_article(text, None, language="fr"),
                                  title="Traduit de l'anglais pour Velmora Libre par Ada Brook")
    assert "Ada Brook" not in outlet_name(article)


def test_a_feature_opening_on_a_quote_gives_way_to_a_report() -> None:
    """A feature's scene-setting sentence shares the story's words, but the report's lead
    states what happened."""
    feature_text = ("La guerre à Velmora, année après année\n\n« La révolte continue ! ». "
                    "Le cri de ceux qui se sont levés à Velmora contre le gouverneur Karl "
                    "Ostrander résonne encore dans les rues de Velmora cinq ans plus tard.")
    report_text = ("Ostrander retire ses troupes\n\nLe gouverneur Karl Ostrander a annoncé "
                   "lundi le retrait de ses troupes de la province de Velmora, une décision "
                   "qui a surpris ses alliés.")
    a = segment_article(make_article(feature_text, "Outlet A", language="fr"))
    b = segment_article(make_article(report_text, "Outlet B", language="fr"))
    assert feature(a) and not feature(b)
    wire = segment_article(make_article(
        "Ostrander reste\n\n« Il doit rester pour conduire la transition », a dit l'envoyé "
        "Karl Lind. Le gouvernement a soutenu lundi le gouverneur de Velmora.", "Outlet C",
        language="fr"))
    assert not feature(wire)  # a quotation the report attributes in the same sentence
    first = build_brief([], {a.id: a, b.id: b}, [], "fr", members=[a.id, b.id]).sentences[0]
    assert first.article_ids == [b.id], first.text
