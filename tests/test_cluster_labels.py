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


HELDOUT_PAIRS = LABELS.with_name("clustering_cltls_heldout_pairs.json")
_PATH = re.compile(r"(es|fr|it)/(egypt|syria)/\d{4}-\d\d-\d\d/[\w.-]+\.txt")


def _ids(payload: dict) -> set[str]:
    ids = {a for story in payload.get("stories", []) for level in story.values() for a in level}
    return ids | {a for p in payload.get("pairs", []) for a in (p["a"], p["b"])}


def test_every_labelled_article_has_its_file_path() -> None:
    """Ids are content hashes of the cleaned text and move when cleaning changes; the file
    path does not, so each label file keeps one per id (benchmarks/clustering_cltls_remap.py)."""
    for path in (LABELS, LONE_PAIRS, EVENT_PAIRS, HELDOUT_PAIRS):
        payload = json.loads(path.read_text(encoding="utf-8"))
        assert set(payload["paths"]) == _ids(payload), path.name
        assert all(_PATH.fullmatch(p) for p in payload["paths"].values()), path.name
        assert set(payload["previous_ids"]) <= set(payload["paths"])
        assert all(re.fullmatch(r"a[0-9a-f]{16}", old) for old in payload["previous_ids"].values())


def _remap_module():  # type: ignore[no-untyped-def]
    import importlib.util

    script = LABELS.with_name("clustering_cltls_remap.py")
    spec = importlib.util.spec_from_file_location("cltls_remap", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_remap_follows_file_paths_and_keeps_verdicts() -> None:
    remap = _remap_module().remap
    payload = {
        "stories": [{"events": {"aold1": "e01", "asame": "e01"},
                     "developments": {"aold1": "d01", "asame": "d02"}}],
        "pairs": [{"a": "aold1", "b": "agone", "same_event": True}],
    }
    old_tree = {"es/egypt/2011-02-11/x_1.txt": "aold1", "fr/egypt/2011-02-11/x_2.txt": "asame"}
    today = {"es/egypt/2011-02-11/x_1.txt": "anew1", "fr/egypt/2011-02-11/x_2.txt": "asame"}
    out, missing = remap(payload, [today, old_tree], today)
    assert out["stories"] == [{"events": {"anew1": "e01", "asame": "e01"},
                               "developments": {"anew1": "d01", "asame": "d02"}}]
    # An id no tree's cleaning explains is kept and reported, never guessed.
    assert out["pairs"] == [{"a": "anew1", "b": "agone", "same_event": True}]
    assert missing == ["agone"]
    assert out["paths"] == {"anew1": "es/egypt/2011-02-11/x_1.txt",
                            "asame": "fr/egypt/2011-02-11/x_2.txt"}
    assert out["previous_ids"] == {"anew1": "aold1"}
    # Once paths are stored, today's map alone re-keys a later cleaning change.
    later = {"es/egypt/2011-02-11/x_1.txt": "anew2", "fr/egypt/2011-02-11/x_2.txt": "asame"}
    again, _ = remap(out, [later], later)
    assert again["stories"][0]["events"] == {"anew2": "e01", "asame": "e01"}
    assert again["previous_ids"] == {"anew2": "aold1"}
