"""storylens.Checker and `storylens check` on texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import storylens
from storylens.cli import app

CLAIM = "Police arrested the mayor of Springfield for fraud"
TEXTS = [
    "The mayor of Springfield was arrested by police on Monday on fraud charges. "
    "He is due in court next week.",
    "Reports that police arrested the mayor of Springfield for fraud are a hoax, "
    "his office said on Tuesday.",
    "The weather in Lisbon was sunny all week and the beaches were full of visitors "
    "from the north of the country.",
    "Police reportedly arrested the mayor of Springfield, according to unconfirmed "
    "claims on social media.",
]


def test_each_text_gets_a_verdict_with_exact_evidence() -> None:
    checker = storylens.Checker(storylens.Settings(lang_hint="en"))
    verdicts = checker.check(CLAIM, TEXTS)
    assert [v.label for v in verdicts] == ["supports", "contradicts", "unrelated", "discusses"]
    for text, verdict in zip(TEXTS, verdicts, strict=True):
        for ev in verdict.evidence:
            assert text[ev.start:ev.end] == ev.quote
    assert verdicts[2].evidence == []
    assert "hoax" in verdicts[1].evidence[0].quote


def test_a_claim_denied_in_other_words_is_contradicted() -> None:
    checker = storylens.Checker(storylens.Settings(lang_hint="en"))
    [verdict] = checker.check(CLAIM, ["Police did not arrest the mayor of Springfield "
                                      "for fraud, a spokesman said."])
    assert verdict.label == "contradicts"


def test_french_texts_use_french_cues() -> None:
    checker = storylens.Checker(storylens.Settings(lang_hint="fr"))
    claim = "La police a arrêté le maire de Springfield pour fraude"
    verdicts = checker.check(claim, [
        "Le maire de Springfield a été arrêté par la police pour fraude lundi.",
        "L'arrestation du maire de Springfield pour fraude par la police est un canular.",
    ])
    assert [v.label for v in verdicts] == ["supports", "contradicts"]


def test_texts_are_read_once() -> None:
    checker = storylens.Checker(storylens.Settings(lang_hint="en"))
    checker.check(CLAIM, TEXTS)
    checker.check("The mayor denied everything", TEXTS + TEXTS)
    assert len(checker._texts) == len(TEXTS)


def test_check_command_prints_json_verdicts(tmp_path: Path) -> None:
    for n, text in enumerate(TEXTS):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", CLAIM, str(tmp_path), "--json",
                                      "--lang-hint", "en"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_file = {Path(r["source"]).name: r["label"] for r in rows}
    assert by_file == {"0.txt": "supports", "1.txt": "contradicts", "2.txt": "unrelated",
                       "3.txt": "discusses"}


def test_check_command_without_inputs_fails_with_a_reason() -> None:
    result = CliRunner().invoke(app, ["check", CLAIM])
    assert result.exit_code == 1
