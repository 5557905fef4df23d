"""Ingest: files and folders in, RawDocuments and one clear Problem per bad input out."""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.config import Settings
from storylens.ingest import Reader, read_inputs, readers
from storylens.records import Problem, RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = Settings()


def split(items: Iterator[RawDocument | Problem]) -> tuple[list[RawDocument], list[Problem]]:
    docs: list[RawDocument] = []
    problems: list[Problem] = []
    for item in items:
        (docs if isinstance(item, RawDocument) else problems).append(item)  # type: ignore[arg-type]
    return docs, problems


def test_folder_is_recursed_sorted_and_hidden_files_skipped() -> None:
    docs, problems = split(read_inputs([FIXTURES / "corpus"], SETTINGS))
    names = [Path(d.source).name for d in docs]
    assert names == ["a_story.txt", "b_page.html", "c_latin1.txt", "d_cp1251.html"]
    assert problems == []  # readme.md is skipped inside a folder, not reported
    assert [d.format for d in docs] == ["text", "html", "text", "html"]
    assert docs[0].content.startswith("Ferry service to the islands resumes\n\n")


def test_latin1_text_and_meta_charset_html_are_decoded() -> None:
    docs, _ = split(read_inputs([FIXTURES / "corpus" / "nested"], SETTINGS))
    latin, cyrillic = docs
    assert "Le président du conseil régional a présenté mercredi à Besançon" in latin.content
    assert "В Твери открыли новую библиотеку" in cyrillic.content
    assert "сорока тысяч" in cyrillic.content


def test_utf16_and_cp1252_text_are_decoded() -> None:
    docs, problems = split(read_inputs([FIXTURES / "utf16.txt", FIXTURES / "cp1252.txt"],
                                       SETTINGS))
    assert problems == []
    assert docs[0].content.startswith("Москва — Городские власти")
    assert "“we will act now” — and promised €5 million for the harbour…" in docs[1].content


def test_lang_hint_from_settings_reaches_documents() -> None:
    docs, _ = split(read_inputs([FIXTURES / "corpus" / "a_story.txt"],
                                SETTINGS.replace(lang_hint="en")))
    assert docs[0].language_hint == "en"


def test_jsonl_bad_lines_are_problems_and_the_rest_goes_on() -> None:
    docs, problems = split(read_inputs([FIXTURES / "articles.jsonl"], SETTINGS))
    path = str(FIXTURES / "articles.jsonl")
    assert [d.source for d in docs] == [f"{path}#L1", f"{path}#L4", f"{path}#L8"]
    first, html, last = docs
    assert (first.title, first.url, first.published, first.outlet, first.author,
            first.language_hint, first.format) == (
        "Wend bridge to close", "https://news.example/wend-bridge", "2024-03-01",
        "Wend Gazette", "Ada Lowe", "en", "text")
    assert html.format == "html" and html.language_hint == "fr"
    assert "patinoire" in html.content
    assert last.content.startswith("Lines after bad ones are still read")
    by_line = {p.source.rsplit("#", 1)[1]: p.message for p in problems}
    assert sorted(by_line) == ["L2", "L5", "L6", "L7"]
    assert "line 2 is not valid JSON" in by_line["L2"]
    assert "not a JSON object" in by_line["L5"]
    assert 'no "text" or "html"' in by_line["L6"]
    assert "field 'title' must be a string" in by_line["L7"]
    assert all(p.stage == "ingest" and "\n" not in p.message for p in problems)


def test_jsonl_line_over_the_size_cap_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x" * 500 + '"}\n{"text": "short but fine text"}\n')
    docs, problems = split(read_inputs([path], SETTINGS.replace(max_file_bytes=200)))
    assert [d.content for d in docs] == ["short but fine text"]
    assert len(problems) == 1 and "over the max_file_bytes limit" in problems[0].message


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.html", b"  \n\n ", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
         "binary file"),
        ("nul.txt", b"hello\x00\x00\x00world\x00" * 40, "binary file"),
        ("broken.txt", "Le président".encode() + b"\xff\xfe\xc3\x28" + "déclaré".encode() * 10,
         "not valid UTF-8"),
        ("random.html", os.urandom(3000).replace(b"\x00", b"\x01"), "not valid UTF-8"),
    ],
)
def test_bad_files_give_one_clear_problem(tmp_path: Path, name: str, data: bytes,
                                          expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    docs, problems = split(read_inputs([path, FIXTURES / "corpus" / "a_story.txt"], SETTINGS))
    assert len(docs) == 1  # the run goes on after the bad file
    assert len(problems) == 1
    assert problems[0].source == str(path)
    assert expected in problems[0].message
    assert "; " in problems[0].message and "\n" not in problems[0].message  # what to do


def test_file_over_max_file_bytes_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("A sentence of an article that repeats. " * 100)
    _, problems = split(read_inputs([path], SETTINGS.replace(max_file_bytes=1000)))
    assert len(problems) == 1
    assert "over the max_file_bytes limit of 1,000" in problems[0].message


def test_missing_path_and_unsupported_extension(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really")
    docs, problems = split(read_inputs([tmp_path / "nope.txt", pdf], SETTINGS))
    assert docs == []
    missing, unsupported = problems
    assert "no such file or folder" in missing.message
    assert "unsupported file type .pdf" in unsupported.message
    for suffix in (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz"):
        assert suffix in unsupported.message


def test_folder_with_nothing_usable_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "empty_dir").mkdir()
    bad = tmp_path / "bad_dir"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    docs, problems = split(read_inputs(
        [FIXTURES / "unusable", tmp_path / "empty_dir", bad], SETTINGS))
    assert docs == []
    assert [p.source for p in problems] == [
        str(FIXTURES / "unusable"), str(tmp_path / "empty_dir"), str(bad / "a.txt"), str(bad)]
    assert "none with a supported extension" in problems[0].message
    assert "folder is empty" in problems[1].message
    assert "all 1 readable file(s) failed" in problems[3].message


def _warc(records: list[tuple[str, str, bytes, list[tuple[str, str]]]], gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for url, status, body, headers in records:
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
    return out.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_are_read_and_the_rest_skipped(tmp_path: Path, gz: bool) -> None:
    page = ("<html><head><meta charset='utf-8'></head><body><p>Le conseil municipal a voté "
            "le budget de l'année prochaine.</p></body></html>").encode()
    bomb = gzip.compress(b"<html><body>" + b"a" * 300_000 + b"</body></html>")
    cp1251 = "<html><body><p>Мэрия объявила о ремонте дорог.</p></body></html>".encode("cp1251")
    data = _warc([
        ("https://news.example/a", "200 OK", page, [("Content-Type", "text/html")]),
        ("https://news.example/logo.png", "200 OK", b"\x89PNG....",
         [("Content-Type", "image/png")]),
        ("https://news.example/bomb", "200 OK", bomb,
         [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")]),
        ("https://news.example/moved", "301 Moved Permanently", b"",
         [("Content-Type", "text/html"), ("Location", "https://news.example/a")]),
        ("https://news.example/ru", "200 OK", cp1251,
         [("Content-Type", "text/html; charset=windows-1251")]),
    ], gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    docs, problems = split(read_inputs([path], SETTINGS.replace(max_file_bytes=100_000)))
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/ru"]
    assert all(d.format == "html" and d.source.startswith(f"{path}#R") for d in docs)
    assert "le budget de l'année prochaine" in docs[0].content
    assert "Мэрия объявила о ремонте дорог." in docs[1].content
    assert len(problems) == 1
    assert "https://news.example/bomb" in problems[0].message
    assert "over the max_file_bytes limit" in problems[0].message


def test_corrupt_warc_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    docs, problems = split(read_inputs([path], SETTINGS))
    assert docs == [] and len(problems) == 1
    assert "WARC" in problems[0].message


def test_a_third_party_reader_plugs_into_the_same_hook(tmp_path: Path) -> None:
    class CsvReader:
        name = "csv-test"
        suffixes: tuple[str, ...] = (".csv",)

        def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
            for number, row in enumerate(path.read_text().splitlines(), start=1):
                yield RawDocument(source=f"{path}#L{number}", format="text", content=row)

    @readers.register("csv-test")
    def make() -> Reader:
        return CsvReader()

    try:
        path = tmp_path / "rows.csv"
        path.write_text("first article\nsecond article\n")
        assert isinstance(CsvReader(), Reader)
        docs, problems = split(read_inputs([path], SETTINGS))
        assert [d.content for d in docs] == ["first article", "second article"]
        assert problems == []
    finally:
        readers._factories.pop("csv-test")
    assert {"text", "html", "jsonl", "warc"} <= set(readers.names())
