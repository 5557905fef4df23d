"""The lead embedded for clustering opens with the article's headline, never page furniture."""

from __future__ import annotations

from storylens.cluster import lead_text
from storylens.records import Article
from storylens.sentences import segment_article

BODY = ("La presa de Velmora cedió el martes y obligó a evacuar tres pueblos del valle. "
        "Los bomberos rescataron a doce vecinos atrapados en sus casas. "
        "El gobierno regional abrió una investigación sobre el mantenimiento de la presa. "
        "Las lluvias seguirán toda la semana.")


def _article(title: str | None, text: str) -> Article:
    return segment_article(Article(id="a1", source="t", text=text, title=title))


def test_a_byline_title_is_not_the_lead() -> None:
    lead = lead_text(_article("Por Ana Ruiz", BODY))
    assert "Ana Ruiz" not in lead
    assert lead.startswith("La presa de Velmora cedió")


def test_series_furniture_repeated_as_first_line_is_skipped() -> None:
    furniture = "Este post es parte de nuestra cobertura especial de Inundaciones en Velmora."
    lead = lead_text(_article(furniture, f"{furniture}\n\n{BODY}"))
    assert "cobertura especial" not in lead
    assert "La presa de Velmora cedió" in lead
    assert "investigación" in lead  # three sentences of the report itself


def test_a_real_headline_and_a_missing_title_keep_their_lead() -> None:
    title = "La presa de Velmora cede y obliga a evacuar tres pueblos"
    assert lead_text(_article(title, BODY)).startswith(f"{title}\n\nLa presa de Velmora cedió")
    untitled = lead_text(_article(None, BODY))
    assert untitled.startswith("La presa de Velmora cedió")
    assert "Las lluvias" not in untitled  # first three sentences only
