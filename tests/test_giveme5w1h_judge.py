"""The Giveme5W1H benchmark's judge and split (benchmarks/giveme5w1h.py), on phrases
written here; the split sizes are checked against the shared data when it is present."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "giveme5w1h.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("giveme5w1h_bench", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def matcher(bench: ModuleType) -> object:
    pytest.importorskip("spacy")
    try:
        return bench.Matcher()
    except OSError as exc:
        pytest.skip(f"English spaCy model missing: {exc}")


def test_graded_judge_gives_full_partial_and_no_credit(matcher: object) -> None:
    graded = matcher.graded  # type: ignore[attr-defined]
    assert graded("the mayor", ["Mayor Ann Holt"]) == 1.0  # inside the coder's phrase
    assert graded("Mayor Ann Holt of Dunmere", ["Ann Holt"]) == 1.0  # phrase plus context
    long_answer = ("the mayor said on the radio that the harbour bridge would stay shut "
                   "for repairs until the storm season was over")
    assert graded(long_answer, ["harbour bridge shut"]) == 0.5  # a whole sentence
    assert graded("closed the harbour", ["harbour bridge shut for repairs"]) == 0.5
    assert graded("the weather", ["Mayor Ann Holt"]) == 0.0


def test_judge_reads_when_as_resolved_days(bench: ModuleType, matcher: object) -> None:
    gold = bench.Gold("d1", "dev", {"when": ["on Tuesday"]}, ["2026-03-10"])
    assert bench.judge(matcher, "when", bench.Reply("Tuesday", "2026-03-10"), gold)[0] == 1.0
    assert bench.judge(matcher, "when", bench.Reply("Monday", "2026-03-09"), gold)[0] == 0.5
    assert bench.judge(matcher, "when", bench.Reply("March 2", "2026-03-02"), gold)[0] == 0.0


def test_split_keeps_one_topic_together(bench: ModuleType) -> None:
    assert bench.split_of("harbour fire", "x") == bench.split_of("harbour fire victims", "y")


def test_split_sizes_on_the_shared_gold(bench: ModuleType) -> None:
    if not (bench.DATA / "gold_standard" / "data").is_dir():
        pytest.skip("shared Giveme5W1H data not present")
    _, golds = bench.load_gold(None)
    sizes = {s: sum(g.split == s for g in golds) for s in ("dev", "heldout")}
    assert sizes == {"dev": 38, "heldout": 58}


def test_number_words_match_digits(matcher: object) -> None:
    """text2num in the judge: a coder's "seven" and an answer's "7" are one word."""
    pytest.importorskip("text_to_num")
    graded = matcher.graded  # type: ignore[attr-defined]
    assert graded("At least 7", ["At least seven people"]) == 1.0
    assert graded("twelve hikers", ["12 hikers"]) == 1.0
    assert graded("At least 8", ["At least seven people"]) < 1.0


@pytest.mark.parametrize(("name", "size", "placed"), [
    ("giveme5w1h_where_labels.json", 123, 64), ("giveme5w1h_where_labels_s6.json", 40, 21)])
def test_where_labels_hold_ids_and_offsets_only(name: str, size: int, placed: int) -> None:
    """The news-cluster where labels (benchmarks/giveme5w1h_cv.py) carry no text."""
    import json

    rows = json.loads((_SCRIPT.parent / name).read_text("utf-8"))
    assert len(rows) == size and sum(bool(r["where"]) for r in rows) == placed
    for row in rows:
        assert set(row) == {"dId", "where"}
        for side, start, end in row["where"]:
            assert side in {"title", "text"} and 0 <= start < end


def test_assessor_scores_rated_answers_like_the_tools_generalized_precision(
        bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ratings 0 / 1 / 2 count 0 / 0.5 / 1 (Giveme5W1H's evaluation script); a system with
    an unrated answer gets no figure; the stored ratings carry no answer text."""
    import json

    key = sys.modules[bench.Assessor.__module__].answer_key
    rows = [{"dId": d, "question": q, "answer_sha1": h, "rating": r, "split": "dev"}
            for (d, q, h), r in [(key("a1", "who", "the harbour master"), 2),
                                 (key("a2", "who", "a gull"), 1), (key("a1", "where", "Orm"), 0)]]
    path = tmp_path / "ratings.json"
    path.write_text(json.dumps({"ratings": rows}), encoding="utf-8")
    assessor = bench.Assessor(path)
    for doc, q, text in [("a1", "who", "the harbour master"), ("a2", "who", "a gull"),
                         ("a1", "where", "Orm")]:
        assessor.add("dev", "rated", doc, q, text)
    assessor.add("dev", "partly", "a1", "who", "the harbour master")
    assessor.add("dev", "partly", "a3", "who", "nobody rated this")
    assessor.print_table("dev", ["rated", "partly"])
    lines = capsys.readouterr().out.splitlines()
    rated = next(line for line in lines if line.startswith("rated")).split()
    assert rated[1:6] == ["0.75", "0.00", "0.00", "0.00", "0.19"]  # who (1 + 0.5) / 2
    assert next(line for line in lines if line.startswith("partly")).split()[1] == "-"
    stored = json.loads((_SCRIPT.parent / "giveme5w1h_ratings.json").read_text("utf-8"))
    for row in stored["ratings"]:
        assert set(row) == {"dId", "question", "answer_sha1", "rating", "split"}
        assert row["rating"] in {0, 1, 2} and len(row["answer_sha1"]) == 16
