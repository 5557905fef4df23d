"""Story titles: the reader's language first, composed from cited figures when needed."""

from __future__ import annotations

from storylens.cluster.titles import pick_title, story_title
from storylens.records import Article, Claim, Entity, Evidence, Mention, Story, Value


def _article(aid: str, language: str, title: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text="Body.", title=title, language=language)


def test_headline_in_the_readers_language_wins_over_a_more_central_one() -> None:
    members = [_article("a", "fr", "Séisme en Turquie : au moins 74 morts"),
               _article("b", "en", "Quake in eastern Turkey kills at least 74")]
    assert pick_title(members, "en") == "Quake in eastern Turkey kills at least 74"
    assert pick_title(members, "fr") == "Séisme en Turquie : au moins 74 morts"
    assert pick_title(members, "de") == "Séisme en Turquie : au moins 74 morts"


def test_english_title_is_composed_from_the_best_sourced_figure_and_place() -> None:
    members = [_article("a", "fr", "Séisme : au moins 74 morts"),
               _article("b", "es", "Terremoto en Turquía")]
    killed = Claim(id="c1", kind="quantity", statement="At least 74 people were killed.",
                   predicate="killed", value=Value("killed", 74, None, "people", "at least"),
                   sources=[Evidence("a", 0, 5, "Body.")], independent_sources=2,
                   status="disputed")
    injured = Claim(id="c2", kind="quantity", statement="1,100 people were injured.",
                    predicate="injured", value=Value("injured", 1100, 1100),
                    sources=[Evidence("b", 0, 5, "Body.")])
    place = Entity(id="e1", name="Malatya", type="GPE",
                   mentions=[Mention("a", 0, 4, "Body"), Mention("b", 0, 4, "Body")])
    story = Story(id="s", title="", article_ids=["a", "b"], claims=[injured, killed],
                  entities=[place])
    assert story_title(story, members, "en") == "Malatya: at least 74 killed, reports differ"
    assert story_title(story, members, "fr") == "Séisme : au moins 74 morts"
    story.claims = []
    assert story_title(story, members, "en") == "Séisme : au moins 74 morts"
