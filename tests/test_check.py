"""storylens.Checker and `storylens check` on texts written for these tests (en, fr, es)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import storylens
from storylens.cli import app
from storylens.facts.stance_features import FEATURES
from storylens.facts.stance_model import MODEL_FILE, StanceModel, Tree

# Per language: a claim, then a text that supports it, one that calls it false, one that
# relays it without vouching for it, and one about something else.
CASES = {
    "en": ("The city council of Northbridge voted to close the old harbour bridge to cars", [
        "The Northbridge city council voted on Tuesday to close the old harbour bridge to "
        "cars. The decision passed by nine votes to four after a long debate. Cyclists and "
        "pedestrians will still be able to cross. Work on a new crossing is due to start "
        "next spring.",
        "Reports that the Northbridge city council voted to close the old harbour bridge to "
        "cars are false, the mayor's office said on Tuesday. No such vote took place, a "
        "spokeswoman said, calling the story a hoax that spread on social media. The bridge "
        "remains open to all traffic.",
        "The Northbridge city council may have voted to close the old harbour bridge to "
        "cars, according to unconfirmed reports on local radio. The council has not "
        "commented. Residents said they had heard rumours of a closure for weeks.",
        "A new bakery opened in the town centre on Saturday, selling bread made from local "
        "flour. The owner said she had trained for three years before opening. Queues "
        "formed before the doors opened.",
    ]),
    "fr": ("Le conseil municipal de Northbridge a voté la fermeture du vieux pont du port "
           "aux voitures", [
        "Le conseil municipal de Northbridge a voté mardi la fermeture du vieux pont du "
        "port aux voitures. La décision a été adoptée par neuf voix contre quatre après un "
        "long débat. Les cyclistes et les piétons pourront toujours traverser. Les travaux "
        "d'un nouveau pont doivent commencer au printemps prochain.",
        "L'information selon laquelle le conseil municipal de Northbridge aurait voté la "
        "fermeture du vieux pont du port aux voitures est fausse, a démenti la mairie "
        "mardi. Aucun vote n'a eu lieu, a précisé une porte-parole, qui parle d'un canular "
        "diffusé sur les réseaux sociaux. Le pont reste ouvert à toute la circulation.",
        "Le conseil municipal de Northbridge aurait voté la fermeture du vieux pont du port "
        "aux voitures, selon des informations non confirmées d'une radio locale. Le conseil "
        "n'a pas réagi. Des habitants disent avoir entendu des rumeurs de fermeture depuis "
        "des semaines.",
        "Une nouvelle boulangerie a ouvert samedi dans le centre-ville, avec du pain fait de "
        "farine locale. La propriétaire a expliqué s'être formée pendant trois ans. Une "
        "file d'attente s'est formée avant l'ouverture.",
    ]),
    "es": ("El ayuntamiento de Northbridge votó cerrar el viejo puente del puerto a los "
           "coches", [
        "El ayuntamiento de Northbridge votó el martes cerrar el viejo puente del puerto a "
        "los coches. La decisión se aprobó por nueve votos contra cuatro tras un largo "
        "debate. Ciclistas y peatones podrán seguir cruzando. Las obras de un nuevo puente "
        "empezarán la próxima primavera.",
        "Es falso que el ayuntamiento de Northbridge votara cerrar el viejo puente del "
        "puerto a los coches, desmintió el martes la alcaldía. No hubo ninguna votación, "
        "dijo una portavoz, que habló de un bulo difundido en redes sociales. El puente "
        "sigue abierto a todo el tráfico.",
        "El ayuntamiento de Northbridge habría votado cerrar el viejo puente del puerto a "
        "los coches, según informaciones sin confirmar de una radio local. El ayuntamiento "
        "no ha hecho comentarios. Algunos vecinos dicen haber oído rumores de un cierre "
        "desde hace semanas.",
        "Una nueva panadería abrió el sábado en el centro de la ciudad, con pan hecho de "
        "harina local. La dueña contó que se formó durante tres años. Se formaron colas "
        "antes de la apertura.",
    ]),
}


@pytest.fixture(scope="module")
def checkers() -> dict[str, storylens.Checker]:
    return {lang: storylens.Checker(storylens.Settings(lang_hint=lang)) for lang in CASES}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_text_gets_its_stance_with_exact_evidence(
        lang: str, checkers: dict[str, storylens.Checker]) -> None:
    claim, texts = CASES[lang]
    verdicts = checkers[lang].check(claim, texts)
    supports, _, discusses, unrelated = verdicts
    assert [supports.label, discusses.label, unrelated.label] == [
        "supports", "discusses", "unrelated"]
    for text, verdict in zip(texts, verdicts, strict=True):
        for ev in verdict.evidence:
            assert text[ev.start:ev.end] == ev.quote
        assert abs(sum(verdict.probabilities.values()) - 1.0) < 1e-3  # rounded to 4 places
    assert unrelated.evidence == [] and unrelated.relatedness < 0.5
    assert min(v.relatedness for v in verdicts[:3]) > 0.5
    # Evidence leads with what the label rests on: the hedge, the restatement.
    assert any(cue in discusses.evidence[0].quote.lower()
               for cue in ("may have", "according to", "selon", "aurait", "según", "habría"))
    assert supports.evidence[0].start == 0  # the first sentence restates the claim


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_denial_contradicts_with_the_denying_sentence_first(
        lang: str, checkers: dict[str, storylens.Checker]) -> None:
    claim, texts = CASES[lang]
    [verdict] = checkers[lang].check(claim, [texts[1]])
    assert verdict.label == "contradicts"
    first = verdict.evidence[0].quote.lower()
    assert any(cue in first for cue in ("false", "hoax", "fausse", "canular", "falso", "bulo"))


def test_a_refuted_restatement_overrides_agreement_only_for_an_affirmative_claim() -> None:
    # A text cannot support "X" while the sentence restating X calls it false; it can
    # support "X is not so" (a negated claim) or "Hoax: X" the same way. Only agreement
    # is turned over: a discussion stays a discussion.
    model = StanceModel.load(MODEL_FILE)
    names = list(model.features)
    rows = np.zeros((4, len(names)))
    rows[:, names.index("refute_best")] = [1, 1, 1, 0]
    rows[1, names.index("negation_claim")] = 1
    rows[2, names.index("refute_claim")] = 1
    assert model.refutes_restatement(rows).tolist() == [True, False, False, False]


def test_shipped_model_loads_and_matches_the_feature_list() -> None:
    model = StanceModel.load(MODEL_FILE)
    assert model.features == FEATURES
    assert MODEL_FILE.stat().st_size < 3_000_000


def test_shipped_model_labels_clear_cases() -> None:
    # Stage two of the shipped file on its own fixture: a relayed rumour is discussed.
    model = StanceModel.load(MODEL_FILE)
    checker = storylens.Checker(storylens.Settings(lang_hint="en"), model=model)
    claim, texts = CASES["en"]
    rows = checker.features(claim, [texts[2], texts[3]])
    assert model.predict(rows) == ["discuss", "unrelated"]
    assert model.probabilities(rows)[0].argmax() == 2


def test_trees_are_walked_like_their_splits_say() -> None:
    # Root splits feature 1 at 0.5 (missing values go right); leaves hold -1 and +2.
    tree = Tree(np.array([1, -1, -1]), np.array([0.5, 0.0, 0.0]), np.array([1, 0, 0]),
                np.array([2, 0, 0]), np.array([False, False, False]),
                np.array([0.0, -1.0, 2.0]))
    x = np.array([[9.0, 0.2], [9.0, 0.5], [9.0, 0.7], [9.0, np.nan]])
    assert tree.predict(x).tolist() == [-1.0, -1.0, 2.0, 2.0]


def test_texts_are_read_once(checkers: dict[str, storylens.Checker]) -> None:
    checker = storylens.Checker(storylens.Settings(lang_hint="en"))
    claim, texts = CASES["en"]
    checker.check(claim, texts)
    checker.check("The mayor denied everything", texts + texts)
    assert len(checker._texts) == len(texts)


def test_no_texts_no_verdicts() -> None:
    assert storylens.Checker(storylens.Settings(lang_hint="en")).check("Anything", []) == []


def test_check_command_prints_json_verdicts(tmp_path: Path) -> None:
    claim, texts = CASES["en"]
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", claim, str(tmp_path), "--json",
                                      "--lang-hint", "en"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_file = {Path(r["source"]).name: r["label"] for r in rows}
    assert {k: v for k, v in by_file.items() if k != "1.txt"} == {
        "0.txt": "supports", "2.txt": "discusses", "3.txt": "unrelated"}
    for row in rows:
        text = texts[int(Path(row["source"]).stem)]
        assert all(text[e["start"]:e["end"]] == e["quote"] for e in row["evidence"])


def test_check_command_without_inputs_fails_with_a_reason() -> None:
    result = CliRunner().invoke(app, ["check", "Police arrested the mayor"])
    assert result.exit_code == 1
