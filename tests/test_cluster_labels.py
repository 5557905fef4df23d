"""The CL-TLS story labels shipped with the benchmark hold ids and opaque labels, never text."""

from __future__ import annotations

import json
import re
from pathlib import Path

LABELS = Path(__file__).resolve().parents[1] / "benchmarks" / "clustering_cltls_labels.json"


def test_cltls_labels_are_ids_and_opaque_labels_only() -> None:
    payload = json.loads(LABELS.read_text(encoding="utf-8"))
    stories = payload["stories"]
    assert len(stories) == 20
    for story in stories:
        assert list(story["events"]) == list(story["developments"])
        assert len(story["events"]) >= 2
        for article_id, event in story["events"].items():
            assert re.fullmatch(r"a[0-9a-f]{16}", article_id)
            assert re.fullmatch(r"e\d\d", event)
            assert re.fullmatch(r"d\d\d", story["developments"][article_id])


LONE_PAIRS = LABELS.with_name("clustering_cltls_lone_pairs.json")


def test_lone_pair_verdicts_are_ids_and_booleans_only() -> None:
    payload = json.loads(LONE_PAIRS.read_text(encoding="utf-8"))
    assert payload["pairs"]
    for pair in payload["pairs"]:
        assert set(pair) == {"a", "b", "same_event"}
        assert re.fullmatch(r"a[0-9a-f]{16}", pair["a"])
        assert re.fullmatch(r"a[0-9a-f]{16}", pair["b"])
        assert isinstance(pair["same_event"], bool)


EVENT_PAIRS = LABELS.with_name("clustering_cltls_event_pairs.json")


def test_event_pair_verdicts_are_ids_strata_and_verdicts_only() -> None:
    payload = json.loads(EVENT_PAIRS.read_text(encoding="utf-8"))
    assert len(payload["pairs"]) == 190
    for pair in payload["pairs"]:
        assert set(pair) == {"topic", "draw", "stratum", "a", "b", "same_event"}
        assert pair["topic"] in {"egypt", "syria"}
        assert pair["draw"] in {1, 2}
        assert re.fullmatch(r"[a-z_0-9]+", pair["stratum"])
        assert re.fullmatch(r"a[0-9a-f]{16}", pair["a"])
        assert re.fullmatch(r"a[0-9a-f]{16}", pair["b"])
        assert pair["same_event"] in (True, False, None)
