"""The strict FNC-1 folds (benchmarks/stance_folds.py) hold out headlines and bodies alike.

A made-up headline/body graph: four stories, each with reworded headlines and a few
bodies, random 'unrelated' pairings across stories, one headline reworded only slightly
and one body reprinted with a word changed; the twins must land in their story's fold.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from stance_folds import components, mix_weights, normalise, strict_folds

_STORIES = {
    "mayor": (["Riverton mayor resigns over the budget row",
               "Council insists Riverton mayor will stay on"],
              "The mayor of Riverton handed in her resignation on Monday after weeks of "
              "argument with the council over next year's budget and the school repairs."),
    "bridge": (["New river bridge to open next spring",
                "Bridge opening delayed by a year, engineers say"],
               "Engineers working on the new bridge over the river said the steel deck is "
               "finished and the crossing should carry traffic from the spring onwards."),
    "whale": (["Whale seen swimming up the harbour canal",
               "Harbour whale was a floating log, coastguard says"],
              "Walkers on the quay filmed a large grey shape moving slowly up the canal "
              "towards the old lock gates before the coastguard arrived to take a look."),
    "festival": (["Summer music festival cancelled over storm warning",
                  "Festival goes ahead despite the storm warning"],
                 "Organisers of the summer music festival met with forecasters on Thursday "
                 "to decide whether the stages could stay up through the coming storm."),
}


_TWIN = "riverton mayor resigns over budget row"
_TWIN_OF = "riverton mayor resigns over the budget row"


def _fixture() -> tuple[list[str], list[int], list[str], dict[int, str]]:
    """Pairs (headline, body id, stance) and the bodies' texts."""
    heads: list[str] = []
    ids: list[int] = []
    stances: list[str] = []
    bodies: dict[int, str] = {}
    names = list(_STORIES)
    for s, name in enumerate(names):
        titles, text = _STORIES[name]
        for copy in range(3):  # three articles per story, told slightly differently
            body_id = 10 * s + copy
            bodies[body_id] = f"{text} Report number {copy}."
            for t, title in enumerate(titles):
                heads.append(title)
                ids.append(body_id)
                stances.append(("agree", "disagree", "discuss")[(t + copy) % 3])
    for s, name in enumerate(names):  # random pairings across stories
        other = names[(s + 1) % len(names)]
        for copy in range(3):
            heads.append(_STORIES[name][0][copy % 2])
            ids.append(10 * names.index(other) + copy)
            stances.append("unrelated")
    # A slight rewording of a headline, only ever paired with another story's body.
    heads.append("Riverton mayor resigns over budget row")
    ids.append(10 * names.index("whale"))
    stances.append("unrelated")
    # A reprint of a bridge body (one word changed), only paired with a mayor headline.
    bodies[99] = bodies[10].replace("finished", "complete")
    heads.append(_STORIES["mayor"][0][0])
    ids.append(99)
    stances.append("unrelated")
    return heads, ids, stances, bodies


def test_no_headline_and_no_body_on_both_sides_of_a_fold() -> None:
    heads, ids, stances, bodies = _fixture()
    folds = strict_folds(heads, ids, stances, bodies, folds=2)
    seen_in_test: set[int] = set()
    for train, test in folds:
        assert len(train) and len(test)
        assert not seen_in_test & set(test.tolist())  # each pair tested at most once
        seen_in_test |= set(test.tolist())
        train_heads = {normalise(heads[i]) for i in train}
        test_heads = {normalise(heads[i]) for i in test}
        assert not train_heads & test_heads
        assert not {ids[i] for i in train} & {ids[i] for i in test}
        # the reworded headline and the reprinted body went with their stories
        train_ids, test_ids = {ids[i] for i in train}, {ids[i] for i in test}
        for one, two in ((_TWIN, _TWIN_OF), (_TWIN_OF, _TWIN)):
            assert not (one in train_heads and two in test_heads)
        for one_id, two_id in ((10, 99), (99, 10)):
            assert not (one_id in train_ids and two_id in test_ids)
    # every related pair is tested once (a story is never split)
    related = {i for i, s in enumerate(stances) if s != "unrelated"}
    assert related <= seen_in_test


def test_reworded_headlines_and_reprinted_bodies_are_one_item() -> None:
    """Near-identical wordings join their story's component, so they share its fold."""
    heads, ids, stances, bodies = _fixture()
    head_comp, body_comp = components(heads, ids, stances, bodies)
    of_head = {normalise(h): int(c) for h, c in zip(heads, head_comp, strict=True)}
    of_body = {b: int(c) for b, c in zip(ids, body_comp, strict=True)}
    assert of_head[_TWIN] == of_head[_TWIN_OF] == of_body[0]
    assert of_body[99] == of_body[10] != of_body[0]
    assert len(set(of_body.values())) == len(_STORIES)


def test_by_body_folds_would_share_headlines() -> None:
    """The reason for the strict folds: grouping by body alone shares headlines."""
    heads, ids, _, _ = _fixture()
    bodies = sorted(set(ids))
    first_half = set(bodies[: len(bodies) // 2])  # two folds of whole bodies
    train = [i for i, body in enumerate(ids) if body in first_half]
    test = [i for i, body in enumerate(ids) if body not in first_half]
    assert {normalise(heads[i]) for i in train} & {normalise(heads[i]) for i in test}


def test_mix_weights_restore_the_unrelated_share() -> None:
    gold = np.array(["unrelated"] * 6 + ["agree", "discuss"])
    tested = np.array([True, False, False, False, False, False, True, True])
    weights = mix_weights(gold, tested)
    assert weights[~tested].sum() == 0
    unrelated = weights[gold == "unrelated"].sum() / weights.sum()
    assert abs(unrelated - 6 / 8) < 1e-9
