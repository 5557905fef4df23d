"""The whole pipeline on the bundled example corpus: assertions on the report only."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from conftest import label_key
from storylens.report import check_evidence, validate_report


def _articles_by_key(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {label_key(a["source"]): a for a in data["articles"]}


def _story(data: dict[str, Any], story_id: str) -> dict[str, Any]:
    return next(s for s in data["stories"] if s["id"] == story_id)


def test_report_is_valid_and_every_quote_is_exact(example_data: dict[str, Any]) -> None:
    validate_report(example_data)
    assert check_evidence(example_data) == []
    texts = {a["id"]: a["text"] for a in example_data["articles"]}
    quotes = 0
    for story in example_data["stories"]:
        for claim in story["claims"]:
            for source in claim["sources"]:
                assert texts[source["article_id"]][source["start"]:source["end"]] == source["quote"]
                quotes += 1
        for entity in story["entities"]:
            for mention in entity["mentions"]:
                assert texts[mention["article_id"]][mention["start"]:mention["end"]] == (
                    mention["text"]
                )
    assert quotes > 20


def test_every_labelled_article_is_analysed(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    assert set(_articles_by_key(example_data)) == set(example_labels["articles"])
    assert example_data["problems"] == []


def test_each_event_lands_in_its_own_story(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    articles = _articles_by_key(example_data)
    stories_of: dict[str, set[str]] = defaultdict(set)
    for key, label in example_labels["articles"].items():
        stories_of[label["event"]].add(articles[key]["story_id"])
    assert len(stories_of["A"]) == 1, "event A split"
    assert len(stories_of["B"]) == 1, "event B split"
    story_a, story_b = next(iter(stories_of["A"])), next(iter(stories_of["B"]))
    assert story_a != story_b, "the two earthquakes were merged"
    for event, story_ids in stories_of.items():
        if event.startswith("other"):
            assert not story_ids & {story_a, story_b}, f"{event} joined an earthquake story"
    assert len(_story(example_data, story_a)["languages"]) >= 3


def test_languages_are_right(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    articles = _articles_by_key(example_data)
    for key, label in example_labels["articles"].items():
        assert articles[key]["language"] == label["language"], key


def test_boilerplate_is_cut_and_recorded(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    articles = _articles_by_key(example_data)
    for key, label in example_labels["articles"].items():
        article = articles[key]
        if label["boilerplate"]:
            assert article["removed"], f"{key}: nothing cut"
            kinds = {r["kind"] for r in article["removed"]}
            assert kinds - {"other"}, f"{key}: cut blocks have no specific kind"
        for removed in article["removed"]:
            # Short cut lines (a masthead name) may also occur in the body; blocks may not.
            if len(removed["text"].strip()) >= 40:
                assert removed["text"].strip() not in article["text"], key
    courier = articles["01_daily_courier.txt"]
    assert "Forgot password" not in courier["text"]
    assert "Heartbreaking" not in courier["text"]  # a reader comment
    assert "Rescue teams dug through collapsed mud-brick homes" in courier["text"]
    assert {"login", "comment"} <= {r["kind"] for r in courier["removed"]}


def test_wire_copy_points_at_its_original(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    articles = _articles_by_key(example_data)
    for key, label in example_labels["articles"].items():
        original = label["duplicate_of"]
        expected = articles[original]["id"] if original else None
        assert articles[key]["duplicate_of"] == expected, key


def test_brief_cites_claims_and_articles_of_its_story(example_data: dict[str, Any]) -> None:
    briefed = 0
    for story in example_data["stories"]:
        claim_ids = {c["id"] for c in story["claims"]}
        for sentence in story["brief"]["sentences"]:
            assert sentence["claim_ids"] and set(sentence["claim_ids"]) <= claim_ids
            assert sentence["article_ids"] and set(sentence["article_ids"]) <= set(
                story["article_ids"]
            )
            briefed += 1
    assert briefed >= 4


def _event_story(data: dict[str, Any], labels: dict[str, Any], event: str) -> dict[str, Any]:
    articles = _articles_by_key(data)
    key = next(k for k, v in labels["articles"].items() if v["event"] == event)
    return _story(data, articles[key]["story_id"])


def test_death_toll_is_disputed_and_copies_do_not_corroborate(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    story = _event_story(example_data, example_labels, "A")
    killed = [c for c in story["claims"] if (c["value"] or {}).get("type") == "killed"]
    assert any(c["status"] == "disputed" for c in killed)
    assert any("killed" in d["summary"] or "death" in d["topic"] for d in story["disagreements"])
    articles = _articles_by_key(example_data)
    courier, copy = articles["01_daily_courier.txt"]["id"], articles["07_metro_herald.txt"]["id"]
    for claim in story["claims"]:
        cited = {s["article_id"] for s in claim["sources"]}
        if cited <= {courier, copy}:
            assert claim["independent_sources"] == 1
            assert claim["status"] != "corroborated"
    corroborated = [c for c in story["claims"] if c["status"] == "corroborated"]
    assert corroborated and all(c["independent_sources"] >= 2 for c in corroborated)


def test_name_variants_are_merged_into_one_entity(
    example_data: dict[str, Any], example_labels: dict[str, Any]
) -> None:
    story = _event_story(example_data, example_labels, "B")
    surnames = [e for e in story["entities"]
                if any("raoğlu" in a or "raoglu" in a for a in e["aliases"])]
    assert len(surnames) == 1, [e["aliases"] for e in surnames]
    assert surnames[0]["type"] == "PERSON"
    assert len(surnames[0]["aliases"]) >= 2 and surnames[0]["merge_evidence"]
