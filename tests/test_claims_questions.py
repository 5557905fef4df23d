"""A reporter's question put before the speaker is not what the speaker said.

"Asked what he thought of X, Walter said, ..." (reader pass on real English pages,
session 9) gave the claim 'According to Walter: "Asked what he thought of X"'. Fixtures
are invented.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from test_claims import article

SPEAKERS = (("PERSON", "Mara Lind"), ("PERSON", "Walter"))


def quotes(text: str, lang: str) -> list[str]:
    return [c.statement for c in extract_claims(article(text, lang, SPEAKERS))
            if c.kind == "quote"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Asked what she thought of the harbour plan of Velmora, Mara Lind said it was "
           "far too expensive for the town."),
    ("en", 'Asked what he thought when people view the dockers of Velmora as one group, '
           'Walter said, "That is very untrue. … We all have different views … and in this '
           'strike in particular, we have a lot to offer."'),
    ("fr", "Interrogé sur la fermeture du port de Velmora et sur la grève, le ministre a "
           "répondu : « Nous verrons. Rien n'est décidé. »"),
    ("en", "When asked about the strike at the port, the governor said the talks would "
           "resume on Monday."),
    ("fr", "Interrogé sur la fermeture du port de Velmora, le ministre a déclaré qu'il "
           "attendait le rapport des experts."),
    ("es", "Preguntado por la huelga en el puerto de Velmora, el alcalde dijo que la "
           "negociación seguirá el lunes."),
])
def test_the_question_before_the_speaker_is_not_their_words(lang: str, text: str) -> None:
    said = quotes(text, lang)
    assert not any(q.split(":", 1)[-1].strip(" “”«»\"").casefold().startswith(
        ("asked", "when asked", "interrogé", "preguntado")) for q in said), said


def test_words_before_the_speaker_are_still_theirs() -> None:
    said = quotes("The harbour of Velmora will stay closed until spring, the governor said "
                  "on Monday.", "en")
    assert said == ["According to the governor: The harbour of Velmora will stay closed "
                    "until spring"]
