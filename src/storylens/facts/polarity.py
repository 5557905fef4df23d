"""Which way a statement points: for or against someone, affirmed or negated.

Two reports of one statement that point opposite ways cannot both be faithful: a
translation that turns "at the expense of the Libyan people" into "au profit du peuple
libyen" inverts it. The direction is read from benefit/harm phrases and negation words,
per language; a statement with none of them has no direction and is never split.
"""

from __future__ import annotations

from typing import Final, Literal

from ..claims.lexicon_events import NEGATIONS
from ..records import Claim
from .stance import cue_patterns

Direction = Literal["for", "against"]

# Phrases that say who gains or who pays, per language (lower case, regex fragments).
_BENEFIT: Final[dict[str, str]] = {
    "en": r"for the benefit of|to the benefit of|in favou?r of|on behalf of|benefit(?:s|ing)?",
    "fr": r"au profit d(?:e|u|es)|en faveur d(?:e|u|es)|au bénéfice d(?:e|u|es)|profite?n?t? à",
    "es": r"en beneficio de|a favor de|en favor de|beneficia(?:n|r)?",
    "de": r"zugunsten|zum wohle? d\w+|im interesse d\w+|nütz\w*",
    "it": r"a (?:favore|beneficio|vantaggio) d\w*|nell'interesse d\w*|avvantaggia\w*",
    "ru": r"в пользу|на благо|в интересах",
    "ar": r"لصالح|لمصلحة|في مصلحة",
}
_HARM: Final[dict[str, str]] = {
    "en": r"at the expense of|to the detriment of|against the interests? of|harm(?:s|ing)?",
    "fr": r"aux dépens d(?:e|u|es)|au détriment d(?:e|u|es)|aux frais d(?:e|u|es)|nuit à",
    "es": r"a costa de|a expensas de|en detrimento de|en perjuicio de|perjudica\w*",
    "de": r"auf kosten|zu lasten|zulasten|zum nachteil|schade[nt]?",
    "it": r"a (?:spese|scapito|danno|discapito) d\w*|danneggia\w*",
    "ru": r"за счёт|за счет|в ущерб|во вред",
    "ar": r"على حساب|ضد مصلحة|يضر",
}


_BENEFIT_RE: Final = cue_patterns(_BENEFIT)
_HARM_RE: Final = cue_patterns(_HARM)
_NEGATION_RE: Final = cue_patterns(NEGATIONS)


def direction(text: str, lang: str | None) -> Direction | None:
    """ "for" or "against" when the words say who gains or pays, with negation applied."""
    key = (lang or "en")[:2]
    benefit, harm = _BENEFIT_RE.get(key), _HARM_RE.get(key)
    if benefit is None or harm is None:
        return None
    gains, pays = bool(benefit.search(text)), bool(harm.search(text))
    if gains == pays:
        return None  # neither, or both: no single direction to compare
    negated = _NEGATION_RE[key].search(text) is not None
    return "for" if gains != negated else "against"  # "not at the expense of" is "for"


def signature(claim: Claim, lang: str | None) -> tuple[str, Direction | None]:
    """A claim's polarity from its frame and the direction of its first quote."""
    polarity = claim.frame.polarity if claim.frame else "affirmed"
    quote = claim.sources[0].quote if claim.sources else claim.statement
    return polarity, direction(quote, lang)
