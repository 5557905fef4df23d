"""Claim statements and titles in the reader's language (issue 12), and the lead chosen by
agreement across members."""

from __future__ import annotations

import pytest

from claim_builders import make_article, make_claim
from storylens.brief import build_brief, central_title, localise_statements
from storylens.brief.statements import ENGLISH_MARK, statement_in
from storylens.claims.frames import SentenceContext, make_frame
from storylens.cluster.titles import pick_title
from storylens.records import Argument, Article, Claim, Entity, Frame, Value
from storylens.sentences import segment_article

PEOPLE = [Entity(id="e-ostrander", name="Karl Ostrander", type="PERSON"),
          Entity(id="e-lind", name="Mara Lind", type="PERSON")]
NAMES = {e.id: e.name for e in PEOPLE}

# Per language: (a toll, a meeting, a direct quote's opening, a planned marker).
EXPECTED = {
    "en": ("At least 12 killed near Velmora on March 15, 2026.", "Mara Lind met Karl Ostrander.",
           "Karl Ostrander said: “", "(planned or called off)"),
    "fr": ("Au moins 12 morts — lieu : Velmora le 15 mars 2026.",
           "Mara Lind a rencontré Karl Ostrander.", "Karl Ostrander a déclaré : « ",
           "(prévu ou annulé)"),
    "es": ("Al menos 12 muertos en Velmora el 15 de marzo de 2026.",
           "Mara Lind se reunió con Karl Ostrander.", "Karl Ostrander declaró: «",
           "(previsto o cancelado)"),
    "it": ("Almeno 12 morti — luogo: Velmora il 15 marzo 2026.",
           "Mara Lind ha incontrato Karl Ostrander.", "Karl Ostrander ha dichiarato: «",
           "(previsto o annullato)"),
    "de": ("Mindestens 12 Tote — Ort: Velmora am 15. März 2026.", "Mara Lind traf Karl Ostrander.",
           "Karl Ostrander sagte: „", "(geplant oder abgesagt)"),
}


def _at(article: Article, words: str) -> Argument:
    start = article.text.index(words)
    return Argument(words, start, start + len(words))


def _claims() -> tuple[list[Claim], dict[str, Article]]:
    a = make_article("At least 12 people were killed near Velmora on Sunday. Envoy Mara Lind "
                     "met Karl Ostrander. \"We will rebuild,\" Karl Ostrander said.",
                     "Outlet A", language="en")
    toll = make_claim(a, "At least 12 people were killed", value=Value("killed", 12, None),
                      when="2026-03-15")
    toll.frame = Frame(kind="casualties", article_id=a.id, place=_at(a, "Velmora"))
    meeting = make_claim(a, "Mara Lind met Karl Ostrander", "relation", predicate="met",
                         subject="e-lind", obj="e-ostrander")
    meeting.frame = Frame(kind="meeting", article_id=a.id)
    quote = make_claim(a, "\"We will rebuild,\" Karl Ostrander said", "quote",
                       predicate="said", subject="e-ostrander", object_text="We will rebuild")
    return [toll, meeting, quote], {a.id: a}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_statements_are_written_in_the_readers_language(language: str) -> None:
    claims, articles = _claims()
    toll, meeting, quote, planned = EXPECTED[language]
    made = [statement_in(c, NAMES, articles, language) for c in claims]
    assert made[0] == toll
    assert made[1] == meeting
    assert made[2] is not None and made[2].startswith(quote)
    # The quoted words stay as said, in English, and are marked as English.
    assert "We will rebuild" in made[2]
    assert (" [en]" in made[2]) == (language != "en")
    claims[1].frame = Frame(kind="meeting", article_id=claims[1].sources[0].article_id,
                            modality="planned")
    assert statement_in(claims[1], NAMES, articles, language).endswith(f" {planned}.")


def test_a_claim_without_a_template_stays_english_and_is_marked() -> None:
    a = make_article("The ministry counted 40 trucks at the border.", "Outlet A", language="en")
    claim = make_claim(a, "40 trucks", value=Value("trucks", 40, 40))
    claim.statement = "40 trucks were counted."
    assert localise_statements([claim], [], {a.id: a}, "fr") == 1
    assert claim.statement == "40 trucks were counted." + ENGLISH_MARK
    # Never marked twice, and an English report needs no mark.
    localise_statements([claim], [], {a.id: a}, "fr")
    assert claim.statement.count(ENGLISH_MARK) == 1


def test_title_is_composed_from_the_central_event_when_no_headline_is_in_that_language() -> None:
    a = make_article("Mara Lind met Karl Ostrander in Velmora on Sunday.", "Outlet A",
                     language="en")
    b = make_article("Karl Ostrander met Mara Lind in Velmora.", "Outlet B", language="en")
    claims = []
    for article, (s, o) in ((a, ("Mara Lind", "Karl Ostrander")),
                            (b, ("Karl Ostrander", "Mara Lind"))):
        claim = make_claim(article, f"{s} met {o}", "relation", predicate="met",
                           subject="e-lind", obj="e-ostrander", when="2026-03-15")
        claim.frame = Frame(kind="meeting", article_id=article.id, place=_at(article, "Velmora"))
        claims.append(claim)
    claims[0].independent_sources = claims[1].independent_sources = 2
    articles = {a.id: a, b.id: b}
    composed = central_title(claims, NAMES, articles, "fr")
    assert composed == "Mara Lind a rencontré Karl Ostrander — lieu : Velmora le 15 mars 2026"
    a.title, b.title = "Envoy Mara Lind meets Karl Ostrander in Velmora", None
    assert pick_title([a, b], "fr", composed) == composed
    # A headline in the reader's language is still preferred to a composed title.
    assert pick_title([a, b], "en", composed) == a.title


def test_the_lead_most_members_agree_with_opens_the_brief() -> None:
    side = ("Weather forecasters expect a dry and sunny week across the northern valleys. "
            "Governor Karl Ostrander resigned from office in Velmora on Monday after the "
            "vote of the regional assembly.")
    others = ["Karl Ostrander resigned as governor of Velmora on Monday after the assembly "
              "vote, his office said.",
              "Velmora governor Karl Ostrander resigned on Monday after losing an assembly "
              "vote."]
    members = [segment_article(make_article(side, "Outlet A", language="en"))]
    members += [segment_article(make_article(t, f"Outlet {n}", language="en"))
                for n, t in zip("BC", others, strict=True)]
    claims = [make_claim(members[0], "Weather forecasters expect a dry and sunny week",
                         "quote", predicate="said", subject_text="Weather forecasters")]
    claims += [make_claim(m, "his office said" if "office" in m.text else "losing", "quote",
                          predicate="said", subject_text="Office") for m in members[1:]]
    first = build_brief(claims, {m.id: m for m in members}, PEOPLE).sentences[0]
    assert "resigned" in first.text and "Weather" not in first.text, first.text
    assert first.claim_ids and first.article_ids


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("en", "Democrats urged Trump to cancel his meeting with Putin.", "meeting"),
    ("fr", "La rencontre entre les deux ministres a été annulée.", "rencontre"),
    ("es", "La reunión con el ministro fue aplazada.", "reunión"),
])
def test_a_called_off_event_is_not_asserted(lang: str, text: str, trigger: str) -> None:
    ctx = SentenceContext("a1", text, lang, 0, len(text), [], [], None)
    at = text.index(trigger)
    frame = make_frame(ctx, "meeting", at, at + len(trigger))
    assert frame.modality == "planned"
    plain = "Trump met Putin in Helsinki."
    ctx = SentenceContext("a1", plain, "en", 0, len(plain), [], [], None)
    assert make_frame(ctx, "meeting", 6, 9).modality == "asserted"


def test_a_title_is_never_the_page_speaking_about_itself_nor_its_link_note() -> None:
    text = ("Ce billet fait partie de notre dossier sur les élections.\n"
            "[Liens en anglais] Les électeurs de Velmora ont élu Karl Ostrander gouverneur "
            "dimanche soir après un long dépouillement.")
    article = segment_article(make_article(text, None, language="fr"))
    title = pick_title([article], "fr")
    assert title.startswith("Les électeurs de Velmora ont élu Karl Ostrander"), title


def test_a_reported_speaker_in_the_sources_words_reads_mid_sentence() -> None:
    a = make_article("A police spokesperson said none of the injuries appeared serious.",
                     "Outlet A", language="en")
    claim = make_claim(a, "A police spokesperson said none of the injuries appeared serious",
                       "quote", predicate="said", subject_text="A police spokesperson")
    made = statement_in(claim, NAMES, {a.id: a}, "fr")
    assert made is not None and made.startswith("Selon a police spokesperson : « "), made
    assert made.endswith("» [en].")


def test_a_figure_keeps_who_was_hit_in_the_sources_own_words() -> None:
    fr = make_article("Onze enfants ont été tués dans le bombardement, selon l'hôpital. "
                      "Au moins 12 personnes ont été tuées dimanche.", "Le Veilleur",
                      language="fr")
    children = make_claim(fr, "Onze enfants ont été tués",
                          value=Value("killed", 11, 11, "children"))
    people = make_claim(fr, "Au moins 12 personnes ont été tuées",
                        value=Value("killed", 12, None, "people", "at least"))
    articles = {fr.id: fr}
    assert statement_in(children, NAMES, articles, "fr") == "Onze enfants ont été tués."
    assert statement_in(people, NAMES, articles, "fr") == "Au moins 12 morts."
    # A reader of another language gets the template: no words of a language they do not
    # read, and no victim class the template cannot say.
    assert statement_in(children, NAMES, articles, "en").startswith("11 killed")


def test_a_source_phrase_that_does_not_open_with_its_figure_is_not_a_statement() -> None:
    en = make_article("The blast killed three soldiers near the border.", "Outlet A",
                      language="en")
    soldiers = make_claim(en, "killed three soldiers", value=Value("killed", 3, 3, "soldiers"))
    assert statement_in(soldiers, NAMES, {en.id: en}, "en") == "3 killed."


def test_french_elides_de_before_a_vowel_in_a_vague_amount() -> None:
    fr = make_article("Plusieurs centaines de personnes ont été arrêtées.", "Le Veilleur",
                      language="fr")
    arrests = make_claim(fr, "Plusieurs centaines de personnes ont été arrêtées",
                         value=Value("arrested", 100, 999, "people", "hundreds"))
    assert statement_in(arrests, NAMES, {fr.id: fr}, "fr") == "Des centaines d'arrestations."


def test_a_story_whose_articles_hold_no_claim_opens_with_a_members_lead() -> None:
    """No claim anywhere: the brief quotes a member's own opening words (its lead, a
    claim of its own with the exact span) instead of staying empty; never invented."""
    text = ("Le gouverneur Karl Ostrander a démissionné lundi à Velmora après le vote de "
            "l'assemblée régionale.\nLa séance avait duré toute la nuit.")
    article = segment_article(make_article(text, "Outlet A", language="fr"))
    brief = build_brief([], {article.id: article}, PEOPLE, "fr", members=[article.id])
    first = brief.sentences[0]
    assert "a démissionné lundi à Velmora" in first.text, first.text
    assert [c.id for c in brief.lead_claims] == first.claim_ids
    span = brief.lead_claims[0].sources[0]
    assert article.text[span.start:span.end] == span.quote and span.quote in text


def test_a_story_with_only_a_question_or_chrome_keeps_an_empty_brief() -> None:
    """Abstain when no member's opening reads as an event (a question, too few words)."""
    article = segment_article(make_article("Velmora va-t-elle changer de gouverneur ?\n"
                                           "Analyse.", "Outlet A", language="fr"))
    assert build_brief([], {article.id: article}, PEOPLE, "fr",
                       members=[article.id]).sentences == []


def test_a_source_is_never_named_by_its_page_furniture() -> None:
    """A title that is the page speaking about itself gives way to the headline."""
    from storylens.brief.compose import outlet_name
    article = make_article("Le gouverneur de Velmora démissionne après le vote de l'assemblée\n"
                           "Karl Ostrander a quitté ses fonctions lundi soir après un long "
                           "débat sur le budget régional.", None, language="fr")
    article.title = "Ce billet fait partie de notre dossier sur Velmora."
    label = outlet_name(article)
    assert label.startswith("“Le gouverneur de Velmora démissionne") and "billet" not in label


def test_a_lead_is_not_credited_to_a_title_that_is_the_lead_itself() -> None:
    text = ("[Liens en anglais] Le gouverneur Karl Ostrander a démissionné lundi à Velmora "
            "après le vote de l'assemblée régionale.\nLa séance avait duré toute la nuit.")
    article = segment_article(make_article(text, None, language="fr"))
    article.title = text.split("\n")[0]
    first = build_brief([], {article.id: article}, PEOPLE, "fr",
                        members=[article.id]).sentences[0].text
    assert first.startswith("Un article rapporte : « Le gouverneur Karl Ostrander"), first
    from storylens.brief.compose import outlet_name
    assert not outlet_name(article).startswith("“[")  # the link note is no part of a label


def test_a_wire_dateline_is_no_part_of_the_quoted_lead() -> None:
    text = ("VELMORA, March 2 (Northern Wire) — Governor Karl Ostrander resigned on Monday "
            "after the regional assembly voted against his budget.\nThe session lasted "
            "all night.")
    article = segment_article(make_article(text, "Outlet A", language="en"))
    first = build_brief([], {article.id: article}, PEOPLE, "en",
                        members=[article.id]).sentences[0].text
    assert "“Governor Karl Ostrander resigned on Monday" in first, first
    assert "Northern Wire" not in first and "VELMORA" not in first


def test_a_photo_caption_never_opens_the_brief() -> None:
    text = ("Des femmes brandissant des drapeaux devant la préfecture de Velmora, le 3 mars "
            "2030.\nLe gouverneur Karl Ostrander a démissionné lundi à Velmora après le vote "
            "de l'assemblée régionale.")
    article = segment_article(make_article(text, "Outlet A", language="fr"))
    first = build_brief([], {article.id: article}, PEOPLE, "fr",
                        members=[article.id]).sentences[0].text
    assert "brandissant" not in first and "a démissionné" in first, first


@pytest.mark.parametrize(("language", "who", "expected"), [
    ("fr", "Des témoins", "Des témoins ont déclaré : « Tout brûle »"),
    ("fr", "Karl Ostrander", "Karl Ostrander a déclaré : « Tout brûle »"),
    ("es", "Varios vecinos", "Varios vecinos declararon: «Tout brûle»"),
    ("it", "Alcuni residenti", "Alcuni residenti hanno dichiarato: «Tout brûle»"),
    ("en", "Witnesses", "Witnesses said: “Tout brûle”"),
])
def test_said_agrees_with_a_plural_speaker(language: str, who: str, expected: str) -> None:
    from storylens.brief.phrases import phrases_for, said_by

    marks = phrases_for(language).quote_marks
    assert said_by(who, f"{marks[0]}Tout brûle{marks[1]}", language) == expected
