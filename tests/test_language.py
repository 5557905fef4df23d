"""Language identification with lingua, per article and per paragraph when mixed."""

from __future__ import annotations

import pytest

from storylens.language import LinguaLanguageId, detect_article_language, paragraphs
from storylens.records import Article
from storylens.sentences import segment_article


@pytest.fixture(scope="module")
def lingua() -> LinguaLanguageId:
    return LinguaLanguageId(languages=("en", "fr", "es", "de", "it", "ar", "ru"))


@pytest.mark.parametrize(("text", "code"), [
    ("The minister met aid agencies on Sunday to discuss the reconstruction.", "en"),
    ("Le ministre a rencontré dimanche les agences humanitaires.", "fr"),
    ("El ministro se reunió el domingo con las agencias de ayuda.", "es"),
    ("Der Minister traf am Sonntag die Hilfsorganisationen.", "de"),
    ("Il ministro ha incontrato domenica le agenzie umanitarie.", "it"),
    ("التقى الوزير يوم الأحد بممثلي وكالات الإغاثة.", "ar"),
    ("Министр в воскресенье встретился с представителями гуманитарных агентств.", "ru"),
])
def test_each_supported_language(lingua: LinguaLanguageId, text: str, code: str) -> None:
    assert lingua.detect(text) == code


def test_mixed_article_keeps_majority_language_and_marks_the_quoted_paragraph(
    lingua: LinguaLanguageId,
) -> None:
    text = (
        "Le gouvernement a annoncé lundi un plan de reconstruction pour les villages touchés "
        "par le séisme, avec des aides pour les familles sinistrées et les commerçants.\n\n"
        "The World Bank said it was ready to support the plan with emergency loans.\n\n"
        "Les premiers chantiers doivent commencer avant l'été, selon le ministère, qui promet "
        "de publier chaque mois l'état d'avancement des travaux dans chaque province."
    )
    article = segment_article(Article(id="a", source="x", text=text))
    detect_article_language(article, lingua)
    assert article.language == "fr"
    quoted = [s for s in article.sentences if text[s.start:s.end].startswith("The World Bank")]
    assert quoted and quoted[0].language == "en"
    assert {s.language for s in article.sentences} == {"fr", "en"}


def test_hint_is_used_only_when_detection_is_unsure(lingua: LinguaLanguageId) -> None:
    short = segment_article(Article(id="a", source="x", text="OK 12"))
    detect_article_language(short, lingua, hint="de")
    assert short.language == "de"
    clear = segment_article(Article(id="b", source="x",
                                    text="Der Minister traf am Sonntag die Helfer in Malatya."))
    detect_article_language(clear, lingua, hint="fr")
    assert clear.language == "de"


def test_paragraph_offsets() -> None:
    text = "First para\nstill first.\n\n\n  Second para.  \n\nThird"
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["First para\nstill first.", "Second para.", "Third"]
