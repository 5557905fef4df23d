"""The title rule: a real, neutral headline of the story, never chrome, never a template."""

from __future__ import annotations

import re

from storylens.cluster.titles import MAX_TITLE_CHARS, headline, is_headline, pick_title, story_title
from storylens.records import Article, Claim, Entity, Evidence, Mention, Story, Value
from storylens.sentences import segment_article

_QUAKE_EN = ("A strong earthquake struck eastern Turkey on Friday, killing at least 74 people "
             "in Malatya province and injuring hundreds more, rescuers said.")
_QUAKE_FR = ("Un puissant séisme a frappé l'est de la Turquie vendredi, faisant au moins 74 morts "
             "dans la province de Malatya, selon les secouristes.")


def _article(aid: str, language: str, title: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, title=title, language=language)


def test_headline_in_the_readers_language_wins_over_a_more_central_one() -> None:
    members = [_article("a", "fr", "Séisme en Turquie : au moins 74 morts à Malatya", _QUAKE_FR),
               _article("b", "en", "Earthquake in eastern Turkey kills at least 74", _QUAKE_EN)]
    assert pick_title(members, "en") == "Earthquake in eastern Turkey kills at least 74"
    assert pick_title(members, "fr") == "Séisme en Turquie : au moins 74 morts à Malatya"
    # No headline in German: the foreign one is kept as written and marked with its language.
    assert pick_title(members, "de") == "Séisme en Turquie : au moins 74 morts à Malatya [fr]"


def test_boilerplate_titles_are_never_chosen() -> None:
    chrome = ["Please enable javascript to view this site.", "By Jane Doe and John Roe",
              "Par Jean Dupont", "Photo: Reuters", "Advertisement", "Home",
              "Ce billet fait partie de notre dossier spécial sur les élections régionales."]
    for line in chrome:
        assert not is_headline(line, _QUAKE_EN + " " + _QUAKE_FR), line
    members = [_article(f"a{i}", "en", line, _QUAKE_EN) for i, line in enumerate(chrome)]
    members.append(_article("z", "en", "Earthquake kills at least 74 in eastern Turkey",
                            _QUAKE_EN))
    assert pick_title(members, "en") == "Earthquake kills at least 74 in eastern Turkey"


def test_a_site_name_first_line_gives_way_to_the_headline_below_it() -> None:
    text = "Boutique Daily Planet\nEarthquake kills at least 74 in eastern Turkey\n" + _QUAKE_EN
    article = _article("a", "en", "Boutique Daily Planet", text)
    assert headline(article) == "Earthquake kills at least 74 in eastern Turkey"


def test_no_template_title_is_composed_from_claims() -> None:
    members = [_article("a", "fr", "Séisme : au moins 74 morts à Malatya", _QUAKE_FR)]
    killed = Claim(id="c1", kind="quantity", statement="At least 74 people were killed.",
                   predicate="killed", value=Value("killed", 74, None, "people", "at least"),
                   sources=[Evidence("a", 0, 5, "Un pu")], independent_sources=2,
                   status="disputed")
    place = Entity(id="e1", name="Malatya", type="GPE", mentions=[Mention("a", 0, 4, "Un p")])
    story = Story(id="s", title="", article_ids=["a"], claims=[killed], entities=[place])
    title = story_title(story, members, "en")
    assert title == "Séisme : au moins 74 morts à Malatya [fr]"
    assert not re.search(r"reports differ|^\w+: (at least )?\d", title)


def test_one_outlets_loaded_wording_loses_to_a_shared_neutral_headline() -> None:
    body = ("Military commander Khalifa Haftar met United States officials in Benghazi on "
            "Sunday, who asked him to halt the offensive on Tripoli, officials said.")
    members = [
        _article("a", "en", "Brutal Haftar defies officials over Tripoli offensive", body),
        _article("b", "en", "Officials met Haftar in Benghazi over Tripoli offensive", body),
        _article("c", "en", "United States officials asked Haftar to halt offensive", body),
    ]
    assert pick_title(members, "en") != members[0].title


def test_long_headlines_are_cut_at_a_word() -> None:
    long_title = " ".join(["Earthquake kills at least 74 in eastern Turkey"] * 4)
    title = pick_title([_article("a", "en", long_title, _QUAKE_EN * 2)], "en")
    assert len(title) <= MAX_TITLE_CHARS and title.endswith("…")
    assert long_title.startswith(title[:-1])


def test_a_time_stamp_line_is_never_the_title() -> None:
    text = ("— Article mis à jour vendredi 01/12/30 à 11h46 par notre rédaction\n"
            "Les habitants ont manifesté devant la mairie pour réclamer la réouverture du pont.")
    article = segment_article(Article(id="t1", source="t1.txt", text=text, language="fr"))
    title = pick_title([article], "fr")
    assert "11h46" not in title and title.startswith("Les habitants ont manifesté"), title
