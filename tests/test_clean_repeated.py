"""Site furniture repeated across one outlet's articles is cut and cannot glue stories."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storylens.clean import cut_repeated
from storylens.cluster import cluster_articles
from storylens.records import Article

# One site's teaser block, printed under every article it serves (written for this test).
TEASERS = """Council approves the budget for the new ring road after a long night of debate.
A local bakery wins the regional prize for its rye bread for the third year in a row.
Five things to know before the marathon closes the city centre to traffic on Sunday.
Why the harbour needs a second ferry line before the summer season, by our editor.
This post is part of our special coverage of the regional elections in the north."""

# Ten unrelated events, three sentences each (invented for this test).
BODIES = [
    "A fire destroyed a timber warehouse in the port of Kessling on Tuesday night. Forty "
    "firefighters fought the blaze for six hours. Nobody was hurt, the fire brigade said.",
    "The chess champion Ilona Varga won the Brenner Open after beating her rival in the "
    "final round. The tournament drew 300 players. Varga took home a trophy and a cheque.",
    "Heavy snow closed the mountain pass at Oberwald for two days. Drivers were stranded "
    "in their cars overnight. The army brought blankets and hot soup to the convoy.",
    "A new species of frog was described by biologists working in the Tamaro rainforest. "
    "The tiny amphibian is bright orange. Researchers say its habitat is shrinking fast.",
    "The central bank of Moravia raised its interest rate by half a point to curb "
    "inflation. Economists had expected the move. Mortgage costs will rise this spring.",
    "Striking nurses at the Linden hospital ended their walkout after a pay deal. The "
    "agreement gives them a raise over three years. Wards reopen on Monday morning.",
    "An ancient shipwreck loaded with amphorae was found off the island of Pelora. "
    "Divers mapped the wreck at a depth of fifty metres. It may date to Roman times.",
    "The Rovers beat the Harriers four goals to one in the cup semi-final at a packed "
    "stadium. Their striker scored twice. The final will be played in May.",
    "A software flaw grounded all flights of the airline Skyvale for an afternoon. "
    "Thousands of passengers waited at airports. The company apologised and paid refunds.",
    "Farmers in the Dresa valley harvested a record crop of apricots this summer. Warm "
    "weather and late rain helped. Prices at the market fell by a third.",
]


def _article(number: int, text: str, outlet: str | None = "northfield.example") -> Article:
    return Article(id=f"a{number}", source=f"{number}.txt", text=text, outlet=outlet)


def test_lines_repeated_across_an_outlet_are_cut_with_their_own_kind() -> None:
    articles = [_article(k, f"{body}\n\n{TEASERS}") for k, body in enumerate(BODIES[:4])]
    cut_repeated(articles, min_chars=80)
    for article, body in zip(articles, BODIES, strict=False):
        assert article.text == body
        kinds = {r.kind for r in article.removed}
        assert kinds == {"repeated"}
        assert "ring road" in article.removed[0].text
        assert "special coverage" in article.removed[0].text


def test_two_articles_sharing_a_line_keep_it() -> None:
    articles = [_article(k, f"{body}\n{TEASERS}") for k, body in enumerate(BODIES[:2])]
    articles.append(_article(2, BODIES[2]))
    cut_repeated(articles, min_chars=80)
    assert all("ring road" in a.text for a in articles[:2])
    assert not any(a.removed for a in articles)


def test_furniture_is_counted_per_outlet() -> None:
    articles = [
        _article(k, f"{body}\n{TEASERS}", outlet=f"site{k}.example")
        for k, body in enumerate(BODIES[:5])
    ]
    cut_repeated(articles, min_chars=80)
    assert all("ring road" in a.text for a in articles)


def test_copies_of_one_story_are_not_treated_as_furniture() -> None:
    # Three updates of one report share most of their lines: a copy, not a wrapper.
    story = "\n".join(BODIES[:3])
    articles = [_article(k, f"{story}\nUpdated at {k + 9} o'clock.") for k in range(3)]
    cut_repeated(articles, min_chars=80)
    assert all(a.text.startswith(story) and not a.removed for a in articles)


def test_a_teaser_list_shared_by_ten_unrelated_articles_does_not_merge_them(
    pipeline: Any, tmp_path: Path
) -> None:
    pages = [f"{TEASERS}\n\n{body}\n\n{TEASERS}\n" for body in BODIES]
    for k, page in enumerate(pages):
        (tmp_path / f"{k:02d}.txt").write_text(page, encoding="utf-8")
    problems: list[Any] = []
    articles = pipeline.read_articles([tmp_path], problems)
    assert len(articles) == len(BODIES)
    assert all("ring road" not in f"{a.title} {a.text}" for a in articles)
    assert all(any(r.kind == "repeated" for r in a.removed) for a in articles)
    articles = pipeline.analyse_articles(articles, problems)
    stories = cluster_articles(articles, pipeline.settings.cluster_threshold)
    assert max(len(s.article_ids) for s in stories) == 1
    # The fixture is a real threat: left in, the teasers glue some of these articles.
    glued = [Article(id=f"g{k}", source=f"g{k}", text=page) for k, page in enumerate(pages)]
    glued = pipeline.analyse_articles(glued, problems)
    stories = cluster_articles(glued, pipeline.settings.cluster_threshold)
    assert max(len(s.article_ids) for s in stories) > 1


def test_a_title_over_two_different_bodies_is_the_sites_slogan() -> None:
    # Reader pass es (session 7): a site's slogan, saved as the first line of its pages,
    # was the title of two unrelated articles and of a story.
    slogan = "El diario de referencia en Velmora"
    pages = [_article(1, BODIES[0], None), _article(2, BODIES[1], None)]
    for page in pages:
        page.title = slogan
    cut_repeated(pages, min_chars=80)
    assert [page.title for page in pages] == [None, None]
    assert all(any(r.text == slogan and r.kind == "repeated" for r in page.removed)
               for page in pages)


def test_two_versions_of_one_story_keep_their_shared_headline() -> None:
    headline = "Fire destroys a timber warehouse in the port of Kessling"
    update = BODIES[0] + " The cause of the fire is not yet known, police said."
    pages = [_article(1, BODIES[0], None), _article(2, update, None)]
    for page in pages:
        page.title = headline
    cut_repeated(pages, min_chars=80)
    assert [page.title for page in pages] == [headline, headline]
