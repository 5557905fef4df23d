"""Cue words for stance: a text that calls a claim false, or only relays it (per language)."""

from __future__ import annotations

import re
from typing import Final

# Words a text uses to call a claim false: "hoax", "debunked", "denied", "faux", "bulo".
REFUTING: Final[dict[str, str]] = {
    "en": r"fake|fraud|hoax|false|falsely|deny|denies|denied|denial|debunk\w*|not true"
          r"|untrue|fabricat\w*|misleading|no evidence|doubts?|refut\w*|pranks?|satir\w*"
          r"|dismiss\w*|rejects?|rejected|myth|baseless|unfounded",
    "fr": r"faux|fausse|canular|infox|démenti\w*|dément\w*|nie|nient|pas vrai|sans fondement"
          r"|intox\w*|rumeur infondée|fabriqu\w*",
    "es": r"falso|falsa|bulo|desmient\w*|desmiente|niega|niegan|no es cierto|infundad\w*"
          r"|fraude|engaño",
    "de": r"falsch|gefälscht|fälschung|dementi\w*|bestreit\w*|bestritten|nicht wahr"
          r"|haltlos|ente|schwindel",
    "it": r"falso|falsa|bufala|smentit\w*|smentisc\w*|nega|negano|non è vero|infondat\w*",
    "ru": r"фейк\w*|ложн\w*|опроверг\w*|неправд\w*|не соответству\w*|выдумк\w*",
    "ar": r"كاذب\w*|مزيف\w*|شائع\w*|نفى|تنفي|ينفي|غير صحيح",
}
# Words that relay a claim without vouching for it: "reportedly", "claims", "rumour".
HEDGING: Final[dict[str, str]] = {
    "en": r"reportedly|allegedly|alleged|claims?|claimed|rumou?rs?|unconfirmed|unverified"
          r"|could not be verified|purportedly|apparently|according to|may have|might",
    "fr": r"selon|aurait|auraient|présumé\w*|non confirmé\w*|rumeur\w*|affirme\w*",
    "es": r"según|supuestamente|presuntamente|al parecer|sin confirmar|rumor\w*|habría",
    "de": r"laut|angeblich|mutmaßlich|unbestätigt\w*|gerücht\w*|soll|sollen",
    "it": r"secondo|presumibilmente|presunt\w*|non confermat\w*|voci|avrebbe",
    "ru": r"по словам|якобы|предположительно|по неподтвержденным|слух\w*",
    "ar": r"وفقا|حسب|يُزعم|مزعوم\w*|غير مؤكد\w*|شائعات",
}
def cue_patterns(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Whole-word, case-insensitive patterns, one per language."""
    return {lang: re.compile(rf"(?<!\w)(?:{frag})(?!\w)", re.IGNORECASE)
            for lang, frag in table.items()}
