"""Where a member's lead stands (issue 12, session 6): a line of the text taken for the
headline that closes on a full stop is the body's first sentence and pays its depth; a
feed's own headline glued to the text's first line ends where the headline ends. Fixtures
are written here (invented places and people)."""

from __future__ import annotations

import dataclasses

from claim_builders import make_article
from storylens.brief import build_brief
from storylens.brief.central import _spans, ends_sentence
from storylens.cluster.titles import cut_of_first_line, headline
from storylens.evidence import fallback_title
from storylens.records import Article
from storylens.sentences import segment_article


def _member(text: str, outlet: str | None, title: str | None = None,
            language: str = "en") -> Article:
    article = dataclasses.replace(make_article(text, outlet, language=language), title=title)
    return segment_article(article)


BLOG = ("This post is part of our special coverage of the Velmora floods.\n"
        "The well-known Velmora blogger Ada Brook was released on Sunday, her friends "
        "confirmed on social media.\n"
        "Brook, a blogger known for her posts on social media, had been held since the "
        "march on the harbour bridge, her friends confirmed.")


def test_a_first_line_ending_on_a_stop_is_a_body_sentence_not_a_headline() -> None:
    """The blog's title is the page about itself, so the headline test falls back to the
    text's next line: a full sentence, which a headline is not. It is offered at a first
    sentence's depth (1), not as the headline (depth 0)."""
    blog = _member(BLOG, None, title=fallback_title(BLOG))
    assert (headline(blog) or "").startswith("The well-known Velmora blogger")
    spans = _spans(blog)
    assert spans[0] == (0, 0)
    start, end = spans[1]
    assert blog.text[start:end].startswith("The well-known Velmora blogger")


def test_a_real_headline_line_stays_the_headline() -> None:
    text = ("Velmora dam gives way after week of rain\n"
            "The old dam above Velmora gave way on Sunday night after a week of rain, "
            "flooding the lower town.")
    article = _member(text, "Outlet A", title=fallback_title(text))
    start, end = _spans(article)[0]
    assert article.text[start:end] == "Velmora dam gives way after week of rain"


def test_a_side_story_taken_for_a_headline_no_longer_beats_the_reports() -> None:
    """Two reports say the dam gave way; the blog's side story about a blogger shares
    words with them too. At a headline's depth it won; at a first sentence's it does not."""
    blog = _member(
        "This post is part of our special coverage of the Velmora dam collapse.\n"
        "The Velmora blogger Ada Brook, who filmed the dam collapse on Sunday night, was "
        "released by the harbour police on Monday.\n"
        "She had been held since the night the dam collapsed.",
        None, title="This post is part of our special coverage of the Velmora dam collapse.")
    a = _member("Velmora dam collapse floods the lower town\n"
                "The old dam above Velmora collapsed on Sunday night after a week of rain, "
                "flooding the lower town and forcing families onto the roofs.",
                "Outlet A", title="Velmora dam collapse floods the lower town")
    b = _member("Families rescued from roofs after the old Velmora dam collapsed on Sunday "
                "night, the harbour police said on Monday.", "Outlet B",
                title="Families rescued after Velmora dam collapse")
    articles = {m.id: m for m in (blog, a, b)}
    brief = build_brief([], articles, [], "en", members=list(articles))
    first = brief.sentences[0].text
    assert "blogger" not in first, first


def test_a_feeds_headline_glued_to_its_first_line_is_not_run_on() -> None:
    """A feed's title that the text repeats at its start with a caption glued after it
    ("… for Women Image Police officers closed off …") is no title cut from the first
    line: the headline span ends where the title ends."""
    title = "Velmora Will Open Its Harbour Again, Especially for Fishing Boats"
    text = (f"{title} Image Harbour workers cleared the quay of Velmora on Monday before the "
            "reopening. The harbour of Velmora reopens on Tuesday after the storm.")
    article = _member(text, "Outlet A", title=title)
    assert not cut_of_first_line(title, text)
    start, end = _spans(article)[0]
    assert article.text[start:end] == title


def test_a_title_cut_at_its_length_still_runs_on() -> None:
    text = ("Les habitants de Velmora ont rouvert lundi matin le vieux pont de pierre fermé "
            "depuis la grande crue de mars, rétablissant le passage des camions pour la "
            "première fois depuis quatre ans. Le maire a promis des travaux.")
    assert cut_of_first_line(fallback_title(text), text)


def test_ends_sentence() -> None:
    assert ends_sentence("The blogger was released on Sunday.")
    assert ends_sentence("The blogger was released on “Sunday.”")
    assert not ends_sentence("Velmora dam gives way after week of rain")
    assert not ends_sentence("Trade talks stall over tariffs imposed by the U.S.")
    assert not ends_sentence("Harbour deal signed by Velmora Gov.")
    assert ends_sentence("The blogger was released in Oslo.")
    assert not ends_sentence("The harbour waits for news…")
    assert not ends_sentence("The harbour waits for news...")
