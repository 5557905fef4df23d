"""Which casualty word a figure counts for: the nearest one in its clause, within a few words.

A word after its figure binds across short auxiliaries or a people noun ("1,000 people
are believed to have been killed"); a word before it across a short gap ("killed at least
20"), a toll word from further off ("the toll has now risen sharply to 45"). A clause
break, another figure, a coordinator or a purpose clause in between cuts the link.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from .lexicon_events import SINGULAR_OPENERS
from .lexicon_relations import AGENT_AFTER
from .numbers import Figure
from .patterns import Cue
from .text import count_words, has_clause_break

if TYPE_CHECKING:
    from ..entities.demonyms import Demonyms

# A casualty word after its figure: "1,000 people are believed to have been killed"
# puts six words between them; further away it is usually another figure's word.
MAX_WORDS_AFTER = 6
# A casualty word before its figure: "killed at least 20", "the toll rose to 45".
MAX_WORDS_BEFORE = 4
# A death-toll word may introduce its figure from further off ("the toll has now
# risen sharply to 45").
MAX_WORDS_AFTER_TOLL = 8
# Gap words after a figure that are too long to be an auxiliary ("were", "sont",
# "были") are taken for a noun of another kind ("5 rockets killed 3").
MAX_AUXILIARY_LETTERS = 6
# A lone gap word longer than MAX_FUNCTION_LETTERS must be one of these auxiliaries or
# function words ("7 were killed", "50 sont morts"): any other word there is the noun
# the figure counts, not people ("sette balene morte", "seven whales died").
GAP_FUNCTION_WORDS: Final = frozenset(
    "were have been being more also then still dead with from into over than that this "
    "remain remains remained seem seemed appear appeared reste restent restaient semblent "
    "siguen quedan quedaron restano rimangono restavano "
    "sont été étaient avaient furent aussi encore plus avec dans "
    "sono stati state stata stato erano hanno avevano furono anche ancora alla alle allo "
    "della delle dello degli dalla dalle dagli nella nelle negli sulla sulle sugli "
    "fueron sido eran están estaban había habían habrían también todavía desde entre "
    "wurden worden waren sind haben hatten auch noch".split())
# Letters of a short function word that may follow a figure read after its cue
# ("killed 20 on Monday", "قتل 100 في"), unlike "killed the bill by 52 votes".
MAX_FUNCTION_LETTERS = 3
# A coordinating word between a casualty word and a later figure starts a new clause
# ("5 killed and 43 others wounded", "cinq tuées et 43 autres blessées").
_COORDINATOR = re.compile(r"(?<![^\W_])(?:and|or|et|ou|y|o|e|und|oder|и|или)(?![^\W_])|\sو",
                          re.IGNORECASE)

# "per/pour/para" and an infinitive: a purpose clause ("per concentrarsi sugli"), not
# "per errore" (by mistake).
_PURPOSE = {lang: re.compile(rf"(?<![^\W_]){lead}\s+[^\W\d_]+(?:{ends})\s", re.IGNORECASE)
            for lang, lead, ends in (("it", "per", "are|ere|ire|arsi|ersi|irsi"),
                                     ("fr", "pour", "er|ir|re"),
                                     ("es", "para", "ar|er|ir|arse|erse|irse"))}
# A plural article right before a later casualty word makes it a noun of its own ...
_PLURAL_THE = frozenset({"the", "les", "los", "las", "i", "gli", "le", "die"})
# ... unless a partitive puts the figure among them ("300 were among the dead") or a copula
# makes them the same people ("sei donne sono le vittime").
_AMONG = frozenset({"among", "of", "parmi", "de", "d", "entre", "tra", "fra", "di", "unter",
                    "von", "are", "were", "sono", "erano", "furono", "sont", "étaient",
                    "son", "eran", "fueron", "sind", "waren"})
# The link after an amount that names what it counts: "migliaia di maiali".
_OF = frozenset({"of", "de", "d", "des", "del", "di", "dei", "degli", "delle"})


def _cue_distance(text: str, fig: Figure, cue: Cue) -> int:
    if cue.start >= fig.core_end:
        return count_words(text, fig.core_end, cue.start)
    if cue.end <= fig.start:
        return count_words(text, cue.end, fig.start)
    return 0


def closer_figure(text: str, fig: Figure, cue: Cue, figures: list[Figure],
                  bound: dict[int, Cue | None]) -> bool:
    """Another figure bound to the same casualty word stands closer to it: a word counts
    one figure, the one it governs ("in oltre 20 raid sono stati uccisi almeno sette").
    A figure right after the word is its rival even when it counts no known noun ("uccisi
    almeno sette palestinesi"); a year is no rival ("uccisi nel 2006")."""
    mine = _cue_distance(text, fig, cue)
    return any(other is not fig and not other.is_year
               and (bound[id(other)] == cue or not text[cue.end:other.start].strip())
               and _cue_distance(text, other, cue) < mine for other in figures)




def _between_clear(text: str, a: int, b: int, cores: list[tuple[int, int]],
                   own: tuple[int, int]) -> bool:
    if has_clause_break(text, a, b):
        return False
    return not any(a <= s < b and (s, e) != own for s, e in cores)


def best_cue(text: str, fig: Figure, cues: list[Cue], tolls: list[Cue], nouns: list[Cue],
             cores: list[tuple[int, int]], end: int, lang: str) -> Cue | None:
    own = (fig.core_start, fig.core_end)
    best: tuple[int, int, Cue] | None = None  # (distance, after-first rank, cue)
    for cue in cues + tolls:
        strong = cue in tolls
        if fig.core_start <= cue.start < fig.end:
            gap, rank = 0, 0
        elif cue.start >= fig.core_end:
            if strong or not _between_clear(text, fig.core_end, cue.start, cores, own):
                continue
            gap, rank = count_words(text, fig.core_end, cue.start), 0
            if gap > MAX_WORDS_AFTER or not _gap_ok(
                    text, fig.core_end, cue.start, nouns, lang, fig.nominal is None):
                continue
        elif cue.end <= fig.start:
            if not _between_clear(text, cue.end, fig.start, cores, own) \
                    or _COORDINATOR.search(text, cue.end, fig.start):
                continue  # "killed and 53 others were wounded": the cue ends its clause
            gap, rank = count_words(text, cue.end, fig.start), 1
            limit = MAX_WORDS_AFTER_TOLL if strong else MAX_WORDS_BEFORE
            if gap > limit or (not strong and not _tail_ok(text, fig, cues, nouns, end)):
                continue
            if strong and _counts_a_noun_of_its_own(text, cue.end, fig, cues, nouns, end):
                continue  # "el balance de la explosión de dos coches bomba": the cars
            if not strong and not _no_purpose(text, lang, cue.end, fig.start):
                continue  # "contare le vittime per concentrarsi sugli 5 milioni di profughi"
            if not strong and any(w.casefold() in AGENT_AFTER
                                  for w in re.findall(r"[^\W\d_]+", text[cue.end:fig.start])):
                continue  # "linchado hasta la muerte por dos policías": those who killed;
                # "ucciso grazie a una soffiata da 25 milioni": a price, no one killed
        else:
            continue
        if best is None or (gap, rank) < best[:2]:
            best = (gap, rank, cue)
    return best[2] if best else None


def _gap_ok(text: str, a: int, b: int, nouns: list[Cue], lang: str, vague: bool) -> bool:
    """Words between a figure and a later cue: a people noun or short auxiliaries, and not
    a singular determiner that makes the cue a noun of its own ("Trente ... sa mort")."""
    gap_words = re.findall(r"[^\W\d_]+", text[a:b])
    if gap_words and gap_words[-1].casefold() in SINGULAR_OPENERS.get(lang, frozenset()):
        return False
    if len(gap_words) > 1 and gap_words[-1].casefold() in _PLURAL_THE \
            and gap_words[-2].casefold() not in _AMONG:
        return False  # "milliers de manifestants ont enterré les victimes": another noun
    if any(a <= n.start < b for n in nouns):
        return True
    if vague and len(gap_words) > 1 and gap_words[0].casefold() in _OF:
        return False  # "migliaia di maiali morti": the amount counts the noun after "di"
    if len(gap_words) == 1 and len(gap_words[0]) > MAX_FUNCTION_LETTERS \
            and gap_words[0].casefold() not in GAP_FUNCTION_WORDS \
            and not is_demonym(gap_words[0], lang):
        return False  # "sette balene morte", "seven whales died": the noun is what is
        # counted; a people named by their country stay ("200 sirios murieron")
    return all(len(w) <= MAX_AUXILIARY_LETTERS and w.islower() for w in gap_words)


def is_demonym(word: str, lang: str) -> bool:
    """``word`` names the people of one country ("sirios", "siriani"): read by the entity
    stage's CLDR morphology (:mod:`..entities.demonyms`), built once per language and only
    when a lone gap word is met."""
    from ..entities.normalise import normal_tokens

    tokens = normal_tokens(word, declined=False)
    return len(tokens) == 1 and _demonyms(lang).country_of(tokens[0], lang) is not None


@functools.cache
def _demonyms(lang: str) -> Demonyms:
    from ..entities.demonyms import Demonyms

    return Demonyms.build([lang])


def _no_purpose(text: str, lang: str, a: int, b: int) -> bool:
    """No purpose clause stands between a casualty word and the figure after it ("contare
    le vittime per concentrarsi sugli 5 milioni"): the figure belongs to that clause."""
    pattern = _PURPOSE.get(lang)
    return pattern is None or pattern.search(text, a, b) is None


def _counts_a_noun_of_its_own(text: str, cue_end: int, fig: Figure, cues: list[Cue],
                              nouns: list[Cue], end: int) -> bool:
    """A figure after "of" ("la explosión de dos coches bomba") is the complement of
    another noun, far from the toll word: it counts what follows it unless that is a
    people noun or a cue ("le bilan de 45 morts")."""
    before = re.findall(r"[^\W\d_]+", text[cue_end:fig.start])
    return bool(before) and before[-1].casefold() in _OF \
        and not _tail_ok(text, fig, cues, nouns, end)


def _tail_ok(text: str, fig: Figure, cues: list[Cue], nouns: list[Cue], end: int) -> bool:
    """After "killed 20", the next word must be a noun for people, a cue, or a small word."""
    m = re.compile(r"\s*([^\W\d_]+)").match(text, fig.end, end)
    if m is None:
        return True
    pos = m.start(1)
    if any(c.start == pos for c in cues + nouns):
        return True
    word = m.group(1)
    return len(word) <= MAX_FUNCTION_LETTERS and word.islower()


