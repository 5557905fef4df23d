"""A given publication date that the page contradicts by far (issue 11, session 9): an
archive folder's date on a page captured years later. Fixtures written here; each test
fails on the code before this session (the check did not exist) except the controls."""

from __future__ import annotations

from storylens.claims import extract_claims
from storylens.clean._page_dates import check_published
from storylens.records import Article
from storylens.sentences import segment_article


def _page(text: str, published: str | None = "2012-06-22") -> Article:
    return Article(id=Article.make_id(text), source="page.txt", text=text, language="en",
                   published=published)


_LATER_PAGE = ("Harbour news in brief\n"
               "2020 was a record year for the port, the board says\n"
               "Ferry prices will rise in 2021, operators warn\n"
               "Nine people died on Thursday in a fire at the Harbourville market, the "
               "fire service said.\n")


def test_the_page_own_dateline_replaces_a_date_it_contradicts_by_far() -> None:
    page = _page("Harbourville, 8 January 2020. The port board met on Thursday and "
                 "approved the new quay.\n")
    note = check_published(page)
    assert page.published == "2020-01-08"
    assert note is not None and "2020-01-08" in note


def test_years_far_after_the_given_date_leave_relative_dates_unresolved() -> None:
    page = _page(_LATER_PAGE)
    assert check_published(page) is not None
    assert page.published is None
    segment_article(page)
    tolls = [c for c in extract_claims(page) if c.kind == "quantity"]
    assert tolls and all(c.when is None for c in tolls)  # no 2012 date for a 2020 fire


def test_dates_that_agree_or_only_date_the_capture_stand() -> None:
    # Controls: a byline date that agrees; a copyright footer of the capture's year;
    # an article naming one plan a few years ahead among earlier years.
    byline = _page("By Ada Brandt, 22 June 2012\nThe port board met on Thursday. "
                   "2020 and 2021 targets were set.\n")
    footer = _page("The port board met on Thursday and approved the quay.\n"
                   "© 2020 Harbour Media. All rights reserved. Copyright 2021.\n")
    plan = _page("The quay, planned since 2009 and delayed in 2011, should open in 2015, "
                 "the board said on Thursday.\n")
    for page in (byline, footer, plan):
        assert check_published(page) is None
        assert page.published == "2012-06-22"
    undated = _page(_LATER_PAGE, None)
    assert check_published(undated) is None and undated.published is None
