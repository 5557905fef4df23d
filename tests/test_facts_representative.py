"""The wording of a story-level figure comes from one source (issue 11, session 8).

Fixtures written here. A story claim is rendered from its representative's figure, hedge
and place with the story claim's date; a headline's undated round figure must not speak
for a dated body sentence with a hedge.
"""

from __future__ import annotations

from claim_builders import make_article, make_claim
from storylens.brief.statements import statement_in
from storylens.facts import reconcile
from storylens.records import Value


def test_a_dated_member_speaks_for_an_undated_headline() -> None:
    head = make_article("Clashes in the capital: 50 dead", "North Daily", language="en")
    body = make_article("More than 50 people were killed on Monday in clashes in the "
                        "capital.", "South Daily", language="en")
    claims = [make_claim(head, "50 dead", value=Value("killed", 50, 50, "people", None)),
              make_claim(body, "More than 50 people were killed on Monday",
                         value=Value("killed", 50, None, "people", "more than"),
                         when="2024-03-04")]
    articles = {a.id: a for a in (head, body)}
    story, _ = reconcile(claims, articles)
    assert len(story) == 1 and len(story[0].sources) == 2
    assert statement_in(story[0], {}, articles, "en") == "More than 50 killed on March 4, 2024."


def test_the_narrowest_figure_speaks_when_none_is_dated() -> None:
    # Guard: with no date on either side, the exact count stays the representative.
    a = make_article("Clashes in the capital: 50 dead", "North Daily", language="en")
    b = make_article("More than 50 people were killed in clashes in the capital.",
                     "South Daily", language="en")
    claims = [make_claim(a, "50 dead", value=Value("killed", 50, 50, "people", None)),
              make_claim(b, "More than 50 people were killed",
                         value=Value("killed", 50, None, "people", "more than"))]
    articles = {x.id: x for x in (a, b)}
    story, _ = reconcile(claims, articles)
    assert [statement_in(c, {}, articles, "en") for c in story] == ["50 killed."]
