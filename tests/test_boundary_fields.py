"""Metadata normalised at the boundary: properties over any input, and the defects found.

Issue 9 item 2: an undetectable language (None) and a non-ISO ``published`` broke the
contract for the whole run. Every field is now a typed value or None at the boundary.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from storylens import Pipeline, load_settings
from storylens._controls import is_control
from storylens.clean import clean_document
from storylens.clean._fields import clean_text_field, iso_published, language_code
from storylens.errors import IngestError
from storylens.ingest._decode import decode_bytes
from storylens.language import detect_article_language
from storylens.records import UNKNOWN_LANGUAGE, Article, RawDocument
from storylens.report import load_schema, report_to_dict, validate_report

SCHEMA_DEFS = load_schema()["$defs"]
ISO_DATE = re.compile(SCHEMA_DEFS["iso_date"]["pattern"])
LANGUAGE = re.compile(SCHEMA_DEFS["language"]["pattern"])
BODY = ("Ferry crews walked out on Monday over pay, stranding about 3,000 passengers on the "
        "islands, the port authority said. Talks resume on Wednesday, the union said.")
# Bounded so the default suite stays fast; dateparser is the slow part of each example.
FAST = settings(max_examples=60, deadline=None)


def test_rfc2822_and_other_common_dates_become_iso() -> None:
    assert iso_published("Wed, 11 Mar 2026 10:00:00 GMT") == "2026-03-11T10:00:00+00:00"
    assert iso_published("2026-03-11T10:00:00Z") == "2026-03-11T10:00:00+00:00"
    assert iso_published(" 2026-03-11 ") == "2026-03-11"
    assert iso_published("11 mars 2026") == "2026-03-11"
    assert iso_published("11. März 2026") == "2026-03-11"
    assert iso_published("2026年3月11日") == "2026-03-11"


def test_unreadable_relative_and_ambiguous_dates_give_none() -> None:
    # Relative dates depend on the day of the run; re-running must give the same report.
    for value in ("yesterday", "2 hours ago", "03/04/2026", "2026-13-01", "soon", "", "0"):
        assert iso_published(value) is None, value


@FAST
@given(st.text(max_size=80))
@example("Wed, 11 Mar 2026 10:00:00 GMT")
@example("1" * 200)
@example("\x00\x1b[31m2026-03-11")
def test_published_is_iso_or_none_for_any_text(value: str) -> None:
    result = iso_published(value)
    assert result is None or ISO_DATE.fullmatch(result), result


@FAST
@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2199, 12, 31),
                    timezones=st.just(dt.UTC)))
def test_every_rfc2822_date_reads_back_to_the_same_instant(moment: dt.datetime) -> None:
    text = moment.strftime("%a, %d %b %Y %H:%M:%S GMT")
    result = iso_published(text)
    assert result is not None
    assert dt.datetime.fromisoformat(result) == moment.replace(microsecond=0)


@FAST
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_iso_dates_are_kept_as_they_are(day: dt.date) -> None:
    assert iso_published(day.isoformat()) == day.isoformat()


@given(st.text(max_size=300), st.integers(min_value=2, max_value=50))
def test_text_fields_are_one_printable_line_within_the_limit(value: str, limit: int) -> None:
    result = clean_text_field(value, limit)
    if result is None:
        assert all(ch.isspace() or is_control(ch) for ch in value)
        return
    assert len(result) <= limit and result == result.strip()
    assert not any(is_control(ch) for ch in result)
    result.encode("utf-8")  # no lone surrogate survives


@given(st.text(max_size=20))
def test_language_codes_are_two_lowercase_letters_or_none(value: str) -> None:
    code = language_code(value)
    assert code is None or re.fullmatch(r"[a-z]{2}", code)


def test_language_tags_are_reduced_to_their_language() -> None:
    assert [language_code(v) for v in ("EN", "fr-CA", "pt_BR", "english", "", None)] == [
        "en", "fr", "pt", None, None, None]


@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_one_ingest_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "fuzz.txt")
    except IngestError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert text.strip() and "\r" not in text and "\x00" not in text


@given(st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn", "Co", "Cf")),
               min_size=1, max_size=200).filter(str.strip))
def test_utf8_text_decodes_to_itself(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), "fuzz.txt") == text


def test_metadata_from_input_is_normalised_in_the_article() -> None:
    raw = RawDocument(source="x.jsonl#L1", format="text", content=BODY,
                      title="Ferry\x1b[31m strike\nspreads", published="Wed, 11 Mar 2026 "
                      "10:00:00 GMT", author="  Jane\tDoe ", language_hint="EN-gb")
    article = clean_document(raw, load_settings(environ={}))
    assert article.title == "Ferry [31m strike spreads"
    assert article.published == "2026-03-11T10:00:00+00:00"
    assert article.author == "Jane Doe"
    assert article.language_hint == "en"


class _Unsure:
    """A language detector that can never tell (like lingua on symbols or numbers)."""

    name = "unsure"

    def detect(self, text: str) -> str | None:
        return None

    def best_guess(self, text: str) -> str | None:
        return None


def test_an_undetectable_language_is_und_not_none() -> None:
    article = Article(id="a1", source="x.txt", text="12 345 678 — 90 %\n\n+++ 42 +++")
    detect_article_language(article, _Unsure())
    assert article.language == UNKNOWN_LANGUAGE and LANGUAGE.fullmatch(article.language)


def test_jsonl_with_rfc2822_dates_and_unknown_language_gives_a_valid_report(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    lines = [
        json.dumps({"text": BODY, "published": "Wed, 11 Mar 2026 10:00:00 GMT",
                    "language": "en"}),
        json.dumps({"text": BODY.replace("3,000", "2,000"), "published": "not a date"}),
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = pipeline.run([path])
    data = report_to_dict(report)
    validate_report(data)
    published = sorted(str(a["published"]) for a in data["articles"])
    assert published == ["2026-03-11T10:00:00+00:00", "None"]
