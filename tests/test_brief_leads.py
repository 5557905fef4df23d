"""Which member sentence may open a brief (issue 12): never a caption, a "Name, title"
line, a fragment or an opinion piece's argument when a report says what happened; a
stray quotation mark is left out; a bare single-source toll never comes first.
Fixtures are written here (invented places and people)."""

from __future__ import annotations

import pytest

from claim_builders import make_article, make_claim
from storylens.brief import build_brief
from storylens.brief.lead_text import caption, name_title, reads_as_event, strip_stray_quote
from storylens.records import Value
from storylens.sentences import segment_article


@pytest.mark.parametrize("text", [
    "Velmora Rovers striker Karl Ostrander (9) scrambles past defender Mara Lind (4) during "
    "the second half of a league game Sunday, March 3, 2030, in Velmora.",
    "FILE - In this Friday, March 1, 2030, file photo, the ferry Northern Star is moored in "
    "the harbour of Velmora.",
    "Visitors stand in front of the stage at the town hall of Velmora (Ada Brook/Northern "
    "Wire via Agency, file)",
    "Des femmes brandissant des drapeaux devant la préfecture de Velmora, le 3 mars 2030.",
    # The line points at a picture first (reader pass es, session 7): an old photo's caption
    # read as the member's lead.
    "En imagen de agosto de 2021, el alcalde de Velmora, Karl Ostrander, se reunió en el "
    "ayuntamiento con su homóloga Mara Lind.",
    "In this photo taken on March 3, 2030, the ferry Northern Star is moored in Velmora.",
    # The picture is the subject and it "shows" (reader pass fr, session 9).
    "Cette photo prise depuis le port de Velmora montre un douanier montant la garde.",
    "This picture, taken on Sunday, shows the ferry Northern Star at the pier of Velmora.",
    "La imagen muestra al alcalde de Velmora saludando a los vecinos.",
    "Das Bild zeigt den Bürgermeister von Velmora vor dem Rathaus.",
])
def test_captions_are_told_apart(text: str) -> None:
    assert caption(text), text
    assert not reads_as_event(text, in_body=True)


@pytest.mark.parametrize("text", [
    "The ferry Northern Star struck a pier in Velmora on Sunday and 25 people were injured, "
    "police said.",
    "Le ferry Northern Star a heurté un quai à Velmora dimanche, faisant 25 blessés.",
    "Governor Karl Ostrander resigned on March 3, 2030, after the assembly rejected his "
    "budget.",
    "En el puerto de Velmora la policía detuvo el domingo a 25 personas tras los disturbios.",
    "In a video posted on Sunday, the Velmora ferry company said the pier would reopen.",
    # A report about pictures is still a report.
    "Photos published on Sunday show that the pier of Velmora collapsed, the ferry "
    "company said.",
])
def test_reports_are_not_captions(text: str) -> None:
    assert not caption(text), text
    assert reads_as_event(text, in_body=True)


def test_a_name_and_title_line_is_no_event_but_a_name_then_a_verb_is() -> None:
    assert name_title("Karl Ostrander, portavoce dei volontari di Velmora, organizzazione di "
                      "soccorso civile.")
    assert name_title("Mara Lind, the head of the Velmora harbour authority.")
    assert not name_title("Karl Ostrander, 67, was charged with fraud in Velmora on Monday.")
    assert not name_title("Mara Lind, the harbour chief, said the pier would reopen.")
    assert not name_title("Police in Velmora said the pier would reopen on Monday.")


def test_a_body_segment_without_a_stop_is_a_fragment_a_headline_is_not() -> None:
    line = "Ferry strikes pier in Velmora harbour and injures twenty five passengers"
    assert reads_as_event(line) and not reads_as_event(line, in_body=True)


def test_a_stray_quotation_mark_is_left_out_a_real_quote_is_kept() -> None:
    assert strip_stray_quote("» Les manifestants ont quitté la place de Velmora.") == \
        "Les manifestants ont quitté la place de Velmora."
    assert strip_stray_quote("“Les manifestants ont quitté la place de Velmora.") == \
        "Les manifestants ont quitté la place de Velmora."
    quoted = "“Nous partirons demain”, a dit Karl Ostrander."
    assert strip_stray_quote(quoted) == quoted


def test_a_report_opens_the_brief_before_an_opinion_piece() -> None:
    opinion = ("Opinion: Velmora deserves better than its governor\n"
               "The governor of Velmora has failed the province and everyone knows it well. "
               "I think the assembly was right to reject his budget, and I said so before.")
    report = ("Governor resigns in Velmora\nGovernor Karl Ostrander of Velmora resigned on "
              "Monday after the regional assembly rejected his budget, his office said.")
    a = segment_article(make_article(opinion, "Outlet A", language="en"))
    b = segment_article(make_article(report, "Outlet B", language="en"))
    first = build_brief([], {a.id: a, b.id: b}, [], "en", members=[a.id, b.id]).sentences[0]
    assert first.article_ids == [b.id], first.text


def test_a_bare_single_source_toll_never_opens_the_brief_before_a_lead() -> None:
    text = ("Governor Karl Ostrander of Velmora resigned on Monday after the regional "
            "assembly rejected his budget, his office said. In 1992, 10,000 people went "
            "missing in the province.")
    article = segment_article(make_article(text, "Outlet A", language="en"))
    toll = make_claim(article, "10,000 people went missing", value=Value("missing", 10000,
                                                                           None))
    brief = build_brief([toll], {article.id: article}, [], "en", members=[article.id])
    assert "resigned" in brief.sentences[0].text, brief.sentences[0].text


def test_a_sentence_cut_inside_a_quotation_is_quoted_whole_and_grounded() -> None:
    from storylens.brief.lead_text import opens_mid_quote

    assert opens_mid_quote('Velmora", Ada Brook dénonce le nouveau texte.')
    assert not opens_mid_quote('"Nous partirons", a dit Karl Ostrander.')
    text = ('Le chant des marins\nDans une chanson intitulée "Oh ! Velmora", Ada Brook '
            'dénonce les risques du nouveau texte de loi sur le port de Velmora. Le texte '
            'sera voté lundi par l\'assemblée régionale de la province.')
    article = segment_article(make_article(text, "Outlet A", language="fr"))
    # A claim on the second half only (what an extractor may find) does not ground "Oh".
    half = make_claim(article, "Ada Brook dénonce les risques du nouveau texte", "other")
    brief = build_brief([half], {article.id: article}, [], "fr", members=[article.id])
    first = brief.sentences[0].text
    assert '« Dans une chanson intitulée "Oh ! Velmora", Ada Brook' in first, first


def test_a_title_cut_from_the_first_line_is_quoted_to_the_end_of_its_sentence() -> None:
    """An article that came without a title gets its first line cut at a word as one; the
    lead stands where that title stands but is quoted to the end of its sentence, never
    as half a sentence ("... de mars,")."""
    from storylens.brief.central import _spans
    from storylens.evidence import fallback_title

    text = ("Les habitants de Velmora ont rouvert lundi matin le vieux pont de pierre fermé "
            "depuis la grande crue de mars, rétablissant le passage des camions pour la "
            "première fois depuis quatre ans. Le maire a promis des travaux.\n"
            "Lundi matin, les habitants de Velmora ont traversé le vieux pont de pierre, "
            "fermé depuis la grande crue de mars, et rouvert aux camions.")
    article = make_article(text, None, language="fr")
    article.title = fallback_title(text)
    segment_article(article)
    assert article.title.endswith("mars,")
    start, end = _spans(article)[0]
    assert text[start:end].endswith("quatre ans.")


# An untitled column (no label, no outlet: the writer's first person and judging words).
UNTITLED_COLUMN = (
    "The governor of Velmora has failed the province, and his shameful budget was a "
    "disgraceful, reckless, cynical betrayal. I think the assembly was right to reject it, "
    "and I said so before. My neighbours agree with me: his awful, incompetent rule must "
    "end. I have watched this dreadful drift for years, and I am tired of the lies, the "
    "arrogance and the corruption that ruin everything. I believe the province deserves an "
    "honest leader, not a vain and clumsy one who blames everyone else for his terrible "
    "mistakes.")


@pytest.mark.parametrize(("text", "outlet"), [
    ("Opinion: Velmora deserves better than its governor\n"
     "The governor of Velmora has failed the province and everyone knows it well. "
     "I think the assembly was right to reject his budget, and I said so before.",
     "Outlet A"),
    (UNTITLED_COLUMN, None),
])
def test_an_opinion_piece_alone_gives_no_lead_claim(text: str, outlet: str | None) -> None:
    # Issue 11, session 7: with no report in the story, the columnist's argument had
    # opened the brief as "Outlet A reports: ..." / "One article reports: ..." and become
    # a claim of its own.
    a = segment_article(make_article(text, outlet, language="en"))
    brief = build_brief([], {a.id: a}, [], "en", members=[a.id])
    assert brief.lead_claims == []
    assert not any("reports" in s.text for s in brief.sentences)


@pytest.mark.parametrize(("genre", "language", "verb"), [
    ("news", "fr", "rapporte"), ("other", "fr", "écrit"), ("analysis", "en", "writes"),
    ("other", "es", "escribe"),
])
def test_a_text_not_told_as_a_report_writes_its_lead(
        monkeypatch: pytest.MonkeyPatch, genre: str, language: str, verb: str) -> None:
    """A column or an analysis does not *report* its opening: the brief says it writes it."""
    from storylens.brief import central

    monkeypatch.setattr(central, "classify_genre", lambda article: (genre, []))
    a = segment_article(make_article(
        "Les habitants de Velmora ont manifesté lundi devant la mairie pour réclamer la "
        "réouverture du pont.", "Outlet A", language="fr"))
    first = build_brief([], {a.id: a}, [], language, members=[a.id]).sentences[0]
    assert first.text.startswith(f"Outlet A {verb}")
