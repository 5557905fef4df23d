"""Story titles are never a dateline or update stamp, a byline, a photo caption or site
furniture (issue 12). Fixtures are written here (invented places and people)."""

from __future__ import annotations

import pytest

from storylens.cluster.titles import headline, is_headline, pick_title
from storylens.records import Article
from storylens.sentences import segment_article

_BODY = ("Les habitants de Velmora ont manifesté lundi devant la mairie pour réclamer la "
         "réouverture du pont fermé depuis la crue. Le maire a promis des travaux.")


def _article(text: str, title: str | None = None, language: str = "fr") -> Article:
    return segment_article(Article(id="t", source="t.txt", text=text, title=title,
                                   language=language))


@pytest.mark.parametrize("line", [
    "— Mis à jour le 01/12/30 à 11h46",
    "Jueves 03/02/2030. Actualizado 19:03h.",
    "Publié le 03/12/2030 par la rédaction de Velmora",
    "Le pont de Velmora en 1983. Foto: Ada Brook/Archivo Norte",
    "FILE - In this Friday, March 1, 2030, file photo, the bridge of Velmora is closed.",
    "Par Jean Dupont",
    "Voici quelques photos envoyées par des habitants de Velmora depuis la mairie.",
    "Ecco alcune immagini del pont de Velmora dopo la crue.",
    "Le pont de Velmora après la crue. Photo partagée par Ada Brook sur sa page",
])
def test_furniture_lines_are_no_headline(line: str) -> None:
    assert not is_headline(line, _BODY + " Velmora pont mairie habitants rédaction"), line


def test_an_update_stamp_title_never_becomes_the_story_title() -> None:
    article = _article(_BODY, title="— Mis à jour le 01/12/30 à 11h46")
    title = pick_title([article], "fr")
    assert "11h46" not in title and title.startswith("Les habitants de Velmora"), title


def test_a_stamp_line_above_the_headline_gives_way_to_it() -> None:
    text = ("Jueves 03/02/2030. Actualizado 19:03h.\n"
            "Los vecinos de Velmora protestan por el cierre del puente\n"
            "Los vecinos de Velmora protestaron el lunes ante el ayuntamiento por el cierre "
            "del puente tras la crecida.")
    assert headline(_article(text, language="es")) == \
        "Los vecinos de Velmora protestan por el cierre del puente"


def test_a_login_notice_opening_the_page_is_not_the_title() -> None:
    text = ("Saisissez votre adresse e-mail fournie lors de votre inscription. Vous recevrez "
            "par email les instructions pour réinitialiser votre mot de passe.\n" + _BODY)
    title = pick_title([_article(text)], "fr")
    assert "e-mail" not in title and title.startswith("Les habitants de Velmora"), title


def test_separators_left_over_from_the_page_are_cut_from_the_title() -> None:
    text = "Les habitants de Velmora réclament la réouverture du pont - -\n" + _BODY
    assert pick_title([_article(text)], "fr") == \
        "Les habitants de Velmora réclament la réouverture du pont"


def test_a_byline_title_never_names_the_source() -> None:
    from storylens.brief.compose import outlet_name

    article = _article("Los vecinos de Velmora protestaron el lunes ante el ayuntamiento por "
                       "el cierre del puente tras la crecida.", title="Northern Wire | Velmora",
                       language="es")
    assert "Northern Wire" not in outlet_name(article), outlet_name(article)


def test_a_masked_swear_word_counts_against_a_headline() -> None:
    body = ("The governor of Velmora said on Monday that the province will not pay for the "
            "new bridge over the river, rejecting the ministry's plan.")
    members = [
        Article(id="a", source="a.txt", language="en", text=body,
                title="Velmora governor: province won't pay for that f***ing bridge"),
        Article(id="b", source="b.txt", language="en", text=body,
                title="Velmora governor says province will not pay for the bridge"),
    ]
    assert pick_title(members, "en") == members[1].title



def test_a_title_cut_from_the_first_line_is_marked_as_cut() -> None:
    """An untitled article's title is its first line cut at a word; as a story title it
    ends with "…", never as if the sentence stopped at "pour"."""
    from storylens.evidence import fallback_title

    text = ("Selon des habitants de Velmora, les réseaux sociaux sont actuellement utilisés "
            "pour organiser le nettoyage des berges du fleuve après la crue de mars. "
            "La mairie a salué leur action.\nLes habitants de Velmora et la mairie "
            "organisent le nettoyage des berges du fleuve sur les réseaux sociaux.")
    article = _article(text, title=fallback_title(text))
    assert article.title is not None and not article.title.endswith((".", "…"))
    assert pick_title([article], "fr").endswith("…")
    noted_text = "[Liens en anglais] " + text
    noted = _article(noted_text, title=fallback_title(noted_text))
    assert pick_title([noted], "fr").endswith("…")


def test_a_line_pointing_at_pictures_gives_way_to_the_lead() -> None:
    """An untitled page whose second line introduces its pictures: the title is what the
    first line tells, not "Voici quelques photos…"."""
    text = ("Les habitants de Velmora ont manifesté lundi devant la mairie pour réclamer la "
            "réouverture du pont fermé depuis la crue de mars, selon les organisateurs de la "
            "marche, qui attendaient bien plus de monde que prévu ce jour-là, alors que la "
            "pluie tombait depuis le matin sur toute la vallée et que les routes du nord "
            "restaient coupées par les eaux.\n"
            "Voici quelques photos envoyées par des habitants présents sur les lieux.")
    assert len(text.split("\n")[0]) > 250  # too long to stand as a headline itself
    title = pick_title([_article(text)], "fr")
    assert "photos" not in title and title.startswith("Les habitants de Velmora")
