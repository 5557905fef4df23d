"""Timeline days: contentless entries, days left empty, the learned day model's path.

Every text here is written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from storylens.date_model import FEATURES, DateModel, day_features
from storylens.dated_sentences import dated_sentences
from storylens.records import Article
from storylens.sentences import segment_article
from storylens.timeline import build_timeline, says_something

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _article(text: str, published: str | None, language: str = "en") -> Article:
    article = Article(id=Article.make_id(text), source="test", text=text,
                      published=published, language=language)
    return segment_article(article)


def _model(**weights: float) -> DateModel:
    """A hand-set model: unit scale, the named features weighted, the rest 0."""
    return DateModel(FEATURES, tuple(0.0 for _ in FEATURES), tuple(1.0 for _ in FEATURES),
                     tuple(weights.get(name, 0.0) for name in FEATURES), 0.0)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The army took the airport on 3 March 2030 after two days of fighting.", "en", True),
    ("On 3 March, 40 people were killed.", "en", True),
    ("El 3 de agosto de 2030 comenzará el juicio contra los acusados.", "es", True),
    ("Updated on 3 March 2030 at 13:30 by the web desk.", "en", False),
    ("Mise à jour du 31 août 2030, à 13h30", "fr", False),
    ("- 18 de mayo de 2030.", "es", False),
    ("On 6 April 2030, the minister wrote:", "en", False),
    ("(12) « Notes », ourpaper.org, 12 juillet 2030.", "fr", False),
    ("(9) Jane Roe and John Poe, « Sudden changes at the harbour suggest a plan », The "
     "Daily Courier, 10 July 2030.", "en", False),
    ("This article was first published on 2 May 2030 in print.", "en", False),
])
def test_an_entry_must_say_more_than_a_date(text: str, language: str, expected: bool) -> None:
    assert says_something(text, language, "2030-09-01") is expected


def test_a_day_named_only_in_page_stamps_gives_way_to_the_next_day() -> None:
    # Three update stamps name 3 March (the most-named day) and say nothing about it; the
    # one report of 5 March says what happened: the one-day timeline is 5 March.
    stamps = [_article(f"Updated on 3 March 2030 at 1{n}:30 by the web desk.\n"
                       f"Crews of team {n} cleared the northern road of fallen trees.",
                       "2030-03-06") for n in range(3)]
    report = _article("The northern road reopened on 5 March 2030 after crews cleared the "
                      "fallen trees.", "2030-03-06")
    pages = [*stamps, report]
    assert sum(s.when == "2030-03-03" for s in dated_sentences(pages)) == 3
    for model in (None, _model(mention_share=1.0)):
        timeline = build_timeline([], {p.id: p for p in pages},
                                  article_ids=[p.id for p in pages], max_dates=1,
                                  date_model=model)
        assert [t.when for t in timeline] == ["2030-03-05"]
        assert timeline[0].what.startswith("“The northern road reopened")


def test_the_day_model_orders_days_by_its_weights() -> None:
    # 10 June is named by both articles, 12 June (later in the publication span) by one.
    a = _article("The council met on 10 June 2030 to debate the budget of the port.\n"
                 "Members argued for hours about the new harbour fees.", "2030-06-11")
    b = _article("Dockers went on strike on 12 June 2030 over the new harbour fees.\n"
                 "The council had met on 10 June 2030 to debate the budget of the port.",
                 "2030-06-20")
    articles = {a.id: a, b.id: b}
    by_mentions = build_timeline([], articles, article_ids=list(articles), max_dates=1,
                                 date_model=_model(mention_share=1.0))
    by_position = build_timeline([], articles, article_ids=list(articles), max_dates=1,
                                 date_model=_model(position=1.0))
    assert [t.when for t in by_mentions] == ["2030-06-10"]
    assert [t.when for t in by_position] == ["2030-06-12"]


def test_yearless_days_stay_partial_on_the_model_path() -> None:
    # No publication date: "24 November" has no year and must stay "--11-24", ordered
    # among the full dates, whatever orders the days.
    a = _article("The ferry left the northern port on 24 November with two hundred people "
                 "aboard. The harbour master closed the port on 2 March 2031 after the storm "
                 "damaged the quay.", None)
    b = _article("Relatives gathered at the northern port on 24 November to wait for news "
                 "of the ferry. The inquiry opened on 5 December 2031 in the capital.", None)
    articles = {a.id: a, b.id: b}
    features = day_features(dated_sentences([a, b]), [a, b], {}, ["--11-24", "2031-03-02"])
    partial = dict(zip(FEATURES, features["--11-24"], strict=True))
    assert partial["partial"] == 1.0 and partial["mention_share"] == 1.0
    assert partial["published_vs_top"] == 0.0 and partial["position"] == 0.0
    timeline = build_timeline([], articles, article_ids=list(articles),
                              date_model=_model(mention_share=1.0))
    assert list(dict.fromkeys(t.when for t in timeline)) == [
        "2031-03-02", "--11-24", "2031-12-05"]


def test_a_model_file_round_trips_and_refuses_other_features() -> None:
    model = _model(mention_share=0.5, burst=-0.25)
    again = DateModel.from_json(model.to_json(fitted_by="test"))
    assert again == model
    data = json.loads(model.to_json())
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="refit"):
        DateModel.from_json(json.dumps(data))


@pytest.fixture(scope="module")
def fitting() -> ModuleType:
    sys.path.insert(0, str(_BENCHMARKS))
    spec = importlib.util.spec_from_file_location("timeline_date_model_bench",
                                                  _BENCHMARKS / "timeline_date_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_fit_finds_the_feature_that_marks_reference_days(fitting: ModuleType) -> None:
    # Synthetic folders: reference days have a high mention share, others a random one;
    # the fitted weight on it is positive and it ranks the reference days first.
    import random
    rng = random.Random(7)
    tables = []
    for folder in range(3):
        features, positive = {}, set()
        for n in range(60):
            day = f"2030-{1 + n // 28:02d}-{1 + n % 28:02d}"
            vector = [rng.random() for _ in FEATURES]
            if n % 6 == folder:
                vector[FEATURES.index("mention_share")] += 1.0
                positive.add(day)
            features[day] = vector
        tables.append((features, positive, len(positive)))
    model = fitting.fit_cv(tables)
    assert model.lam in fitting.LAMBDAS
    strongest = max(range(len(FEATURES)), key=lambda i: abs(model.weights[i]))
    assert FEATURES[strongest] == "mention_share" and model.weights[strongest] > 0
    assert sum(fitting.top_days_f1(model, table) for table in tables) / len(tables) >= 0.9
