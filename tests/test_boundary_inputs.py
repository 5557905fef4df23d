"""Inputs that once cost the whole run (issue 9 items 4, 5, 6, 8, 10): each is one problem
line or a good article now."""

from __future__ import annotations

import gzip
import os
import resource
import time
from pathlib import Path

import pytest

from storylens import load_settings
from storylens.clean import clean_document
from storylens.errors import ExtractionError
from storylens.ingest import read_inputs
from storylens.ingest._warc import MAX_HEADER_LINE_BYTES
from storylens.records import Problem, RawDocument

SETTINGS = load_settings(environ={})
FERRY = ("Ferry crews walked out on Monday over pay, stranding about 3,000 passengers on the "
         "islands, the port authority said. Talks resume on Wednesday, the union said.")
# Written for these tests: a short news item with a menu above and a login line below.
ZH = ("首页 | 新闻 | 体育\n\n渡轮船员周一因薪资问题罢工，导致约三千名乘客滞留岛上，港务局表示。"
      "工会称，与航运公司的谈判将于周三恢复，其成员四年来没有加薪。\n\n"
      "港务局发言人说，当局正在安排额外的船只接送滞留的乘客，并呼吁双方尽快达成协议。\n\n登录 注册")
JA = ("ホーム | ニュース\n\nフェリーの乗組員が月曜日、賃金をめぐってストライキを行い、約三千人の"
      "乗客が島に足止めされたと港湾当局が発表した。組合によると、海運会社との交渉は水曜日に"
      "再開され、組合員は四年間昇給がないという。\n\nログイン")


def _read(paths: list[Path]) -> tuple[list[RawDocument], list[Problem]]:
    items = list(read_inputs(paths, SETTINGS))
    return ([i for i in items if isinstance(i, RawDocument)],
            [i for i in items if isinstance(i, Problem)])


def test_jsonl_nested_thousands_deep_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 3000 + "]" * 3000 + "\n" + '{"x": ' * 5000 + "\n"
                    + f'{{"text": "{FERRY}"}}\n', encoding="utf-8")
    docs, problems = _read([path])
    assert len(docs) == 1 and docs[0].source.endswith("#L3")
    assert [p.source.rsplit("#", 1)[1] for p in problems] == ["L1", "L2"]
    assert all("nests JSON too deeply" in p.message or "not valid JSON" in p.message
               for p in problems)


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="needs byte file names (Linux)")
def test_a_file_name_that_is_not_utf8_gives_an_encodable_source(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9-\x1b[31m.txt"
    with open(raw_name, "wb") as handle:
        handle.write(FERRY.encode("utf-8"))
    docs, problems = _read([tmp_path])
    assert problems == [] and len(docs) == 1
    source = docs[0].source
    source.encode("utf-8")  # no lone surrogate left: report and store can take it
    assert source.endswith("caf\\udce9-\x1b[31m.txt")


def test_warc_header_line_of_a_gigabyte_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "zeros.warc.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        handle.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: ")
        chunk = b"0" * (1 << 20)
        for _ in range(1024):  # 1 GiB once decompressed, about 1 MB on disk
            handle.write(chunk)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    docs, problems = _read([path])
    elapsed = time.monotonic() - started
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert docs == [] and len(problems) == 1
    assert f"header line over {MAX_HEADER_LINE_BYTES:,} bytes" in problems[0].message
    assert elapsed < 5 and grown_kib < 200 * 1024, (elapsed, grown_kib)


@pytest.mark.parametrize("text", [ZH, JA], ids=["zh", "ja"])
def test_plain_text_chinese_and_japanese_keep_their_body(text: str) -> None:
    article = clean_document(RawDocument("story.txt", "text", text), SETTINGS)
    assert "三千" in article.text
    assert not any(word in article.text for word in ("首页", "ホーム", "登录", "ログイン"))
    removed = " ".join(r.text for r in article.removed)
    assert "首页" in removed or "ホーム" in removed


def test_bytes_misread_as_utf16_are_not_taken_for_chinese() -> None:
    noise = (b"\xff\xfe\xfa" * 40 + b"\x00\x81\x8d" * 40)
    from storylens.errors import IngestError
    from storylens.ingest._decode import decode_bytes

    with pytest.raises(IngestError, match="binary"):
        text = decode_bytes(noise, "broken.txt")
        clean_document(RawDocument("broken.txt", "text", text), SETTINGS)


def test_chrome_only_cjk_page_is_still_refused() -> None:
    with pytest.raises(ExtractionError):
        clean_document(RawDocument("menu.txt", "text", "首页 | 新闻 | 体育\n登录 注册\n"),
                       SETTINGS)


def test_an_unreadable_folder_is_reported_as_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(FERRY, encoding="utf-8")
    real_iterdir = Path.iterdir

    def refuse(self: Path):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    # Root ignores permissions, so the refusal is injected where the listing happens.
    monkeypatch.setattr(Path, "iterdir", refuse)
    docs, problems = _read([locked])
    assert docs == []
    assert [p.message for p in problems] == [
        "folder cannot be read (Permission denied); check its permissions"]
