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


# A sentence that declares a statement untrue: a copula before "false / a hoax" ("reports
# that X are false", "es falso que X", "l'information ... est fausse") or a denial verb
# ("denied that X", "a démenti", "desmintió"). Unlike the loose refuting cues of
# ``facts.stance`` ("fraud", "doubts"), these predicate the falsity of what they govern.
_DENIAL: Final[dict[str, str]] = {
    "en": r"(?:is|are|was|were|be|been)(?: (?!not\b|never\b)\w+)? "
          r"(?:false|untrue|not true|fake|bogus|baseless"
          r"|unfounded|a hoax|a fabrication|fabricated)"
          r"|(?:den(?:y|ies|ied|ying)|refut\w*|debunk\w*)(?: \w+){0,3}? (?:that|reports?|claims?"
          r"|rumou?rs?|stor(?:y|ies))",
    "fr": r"(?:est|sont|était|étaient)(?: (?!pas\b|jamais\b)\w+)? "
          r"(?:faux|fausses?|infondée?s?|erronée?s?"
          r"|un canular|une infox|une rumeur)"
          r"|dém(?:enti|ent)\w*|(?:nie|nient|nié|niait)(?: \w+){0,2}? que",
    "es": r"(?:es|son|era|eran|fue)(?: \w+)? (?:falso|falsa|falsos|falsas|infundad\w+|un bulo"
          r"|mentira)|desm(?:int|ient)\w*|(?:niega|niegan|negó|negaron)(?: \w+){0,2}? que",
    "de": r"(?:ist|sind|war|waren)(?: \w+)? (?:falsch|unwahr|frei erfunden|eine ente|haltlos)"
          r"|dementi\w*|bestr(?:eit|itt)\w*",
    "it": r"(?:è|sono|era|erano)(?: \w+)? (?:falso|falsa|falsi|false|infondat\w+|una bufala)"
          r"|smenti\w*|smentisc\w*|(?:nega|negano|negato)(?: \w+){0,2}? che",
    "ru": r"опроверг\w*|(?:является )?(?:ложн\w+|фейк\w*|неправд\w+)|не соответству\w*",
    "ar": r"نفى|تنفي|ينفي|نفت|عار(?:ي|ٍ)? عن الصحة|غير صحيح\w*|كاذب\w*",
}
_DENIAL_RE: Final = cue_patterns(_DENIAL)


def denies(text: str, lang: str | None) -> bool:
    """Whether the sentence declares a statement untrue (a falsity predicate or denial verb)."""
    pattern = _DENIAL_RE.get((lang or "en")[:2]) or _DENIAL_RE["en"]
    return pattern.search(text) is not None
