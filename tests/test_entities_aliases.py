"""The user's alias file: merge, split and rename rules, saved atomically, replayed in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entity_builders import entity_of, make_article
from storylens.config import Settings
from storylens.entities import merge_entities
from storylens.entities.aliases import AliasBook
from storylens.errors import ConfigError
from storylens.records import Article


def _docs() -> list[Article]:
    return [
        make_article("Khalifa Haftar spoke. Haftar left.",
                     [("Khalifa Haftar", "PERSON"), ("Haftar", "PERSON")]),
        make_article("Le maréchal Hiftir a parlé.", [("Hiftir", "PERSON")], "fr"),
        make_article("L'Armée nationale libyenne avance.", [("Armée nationale libyenne", "ORG")],
                     "fr"),
        make_article("The Libyan National Army advanced.", [("Libyan National Army", "ORG")]),
    ]


def test_missing_file_is_an_empty_book_and_rules_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "aliases.json"
    book = AliasBook.load(path)
    assert book.rules == []
    merged = book.merge(["Armée nationale libyenne", "Libyan National Army"], "LNA",
                        note="same army")
    book.split("Hiftir")
    book.rename("Haftar", "Khalifa Belqasim Haftar")
    book.save(path)
    again = AliasBook.load(path)
    assert [r.action for r in again.rules] == ["merge", "split", "rename"]
    assert again.rules[0] == merged and merged.note == "same army"
    assert merged.at.endswith("+00:00")
    assert not list(path.parent.glob(".aliases.json.*"))  # no temporary file left


def test_merge_entities_respects_merge_split_and_rename() -> None:
    baseline = merge_entities(_docs())
    assert "Hiftir" in entity_of(baseline, "Haftar").aliases
    assert entity_of(baseline, "Libyan National Army").aliases == ["Libyan National Army"]
    book = AliasBook()
    book.merge(["Armée nationale libyenne", "Libyan National Army"], "Libyan National Army")
    book.split("Hiftir", note="a different man")
    book.rename("Haftar", "Khalifa Belqasim Haftar")
    entities = merge_entities(_docs(), aliases=book)
    army = entity_of(entities, "Libyan National Army")
    assert "Armée nationale libyenne" in army.aliases
    assert any("alias file: merge" in e for e in army.merge_evidence)
    assert entity_of(entities, "Hiftir").aliases == ["Hiftir"]
    haftar = entity_of(entities, "Haftar")
    assert haftar.name == "Khalifa Belqasim Haftar" and "Hiftir" not in haftar.aliases


def test_a_later_rule_overrides_an_earlier_one() -> None:
    book = AliasBook()
    book.split("Hiftir")
    book.merge(["Hiftir", "Haftar"], "Khalifa Haftar")
    entities = merge_entities(_docs(), aliases=book)
    assert "Hiftir" in entity_of(entities, "Haftar").aliases


def test_broken_alias_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"rules": [{"action": "explode", "names": []}]}), "utf-8")
    with pytest.raises(ConfigError):
        AliasBook.load(path)
    path.write_text("{not json", "utf-8")
    with pytest.raises(ConfigError):
        AliasBook.load(path)


def test_alias_file_lies_beside_the_store_unless_absolute(tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "db" / "s.db"))
    assert settings.alias_path() == tmp_path / "db" / "storylens-aliases.json"
    absolute = tmp_path / "mine.json"
    assert settings.replace(alias_file=str(absolute)).alias_path() == absolute
