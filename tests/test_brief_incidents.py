"""A busy brief groups tolls by incident (issue 12): same-day tolls become one range with
who says what; unplaced tolls of a kind already given are left out; tolls of other days
or places keep their anchor. Fixtures written here."""

from __future__ import annotations

from claim_builders import make_article, make_claim
from storylens.brief import build_brief
from storylens.brief.incidents import incident
from storylens.records import Argument, Claim, Frame, Value


def _toll(article, phrase: str, n: int, when: str | None = None,  # type: ignore[no-untyped-def]
          place: str | None = None, kind: str = "killed") -> Claim:
    claim = make_claim(article, phrase, value=Value(kind, n, None), when=when)
    at = article.text.index(place) if place else -1
    claim.frame = Frame(kind="casualties", article_id=article.id,
                        place=Argument(place, at, at + len(place)) if place else None)
    return claim


def _sentences(claims: list[Claim], articles: dict) -> list[str]:  # type: ignore[type-arg]
    return [s.text for s in build_brief(claims, articles, [], "en").sentences]


def test_incident_is_kind_day_and_place() -> None:
    a = make_article("Twelve people were killed in Velmora. 40 were injured.", "A", language="en")
    assert incident(_toll(a, "40 were injured", 40, kind="wounded")) == ("injured", None, None)
    assert incident(make_claim(a, "Twelve people were killed")) is None  # no figure


def test_same_day_tolls_are_one_range_and_unplaced_extras_are_left_out() -> None:
    a = make_article("On Monday 12 people were killed in Velmora. Elsewhere 30 people died. "
                     "Later 7 people were killed.", "Outlet A", language="en")
    b = make_article("At least 20 people were killed in Velmora on Monday, medics said. "
                     "In another town 55 people were killed.", "Outlet B", language="en")
    articles = {a.id: a, b.id: b}
    claims = [_toll(a, "12 people were killed", 12, "2030-03-04", "Velmora"),
              _toll(b, "At least 20 people were killed", 20, "2030-03-04", "Velmora"),
              _toll(a, "30 people died", 30), _toll(a, "7 people were killed", 7),
              _toll(b, "55 people were killed", 55)]
    texts = _sentences(claims, articles)
    joined = " ".join(texts)
    same_day = [t for t in texts if "12" in t and "20" in t]
    assert len(same_day) == 1 and "Velmora" in same_day[0], texts  # one incident, one range
    # Of three unplaced tolls, only one is written: nothing says they count one event.
    assert sum(f" {n} " in f" {joined} " for n in ("30", "7", "55")) == 1, texts


def test_tolls_of_other_days_keep_their_date() -> None:
    a = make_article("Rebels took the town hall of Velmora on Monday after a night of "
                     "fighting, witnesses said. 12 people were killed in Velmora. A week "
                     "earlier 40 people were killed in Ostra.", "Outlet A", language="en")
    claims = [_toll(a, "12 people were killed", 12, "2030-03-04", "Velmora"),
              _toll(a, "40 people were killed", 40, "2030-02-25", "Ostra")]
    texts = _sentences(claims, {a.id: a})
    assert any("40" in t and "Ostra" in t and "2030" in t for t in texts), texts
    assert any("12" in t and "Velmora" in t for t in texts), texts
