"""Russian names in their grammatical cases: one key per name, the nominative as its name.

Russian declines names: "Международный уголовный суд" is "Международного уголовного суда"
a line later, "Лондон" is "из Лондона", "Шон Хайд" is "Шону Хайду". Stripping endings
(:func:`.normalise.strip_russian_case`) joins most forms, but not short stems ("суда" /
"суд"), fleeting vowels ("Египта" / "Египет"), "-ий" adjectives ("Зеленского" /
"Зеленский") nor "-й" nouns ("Китая" / "Китай"); and an entity was named in whichever case
it was written most ("Лондона", "Западном берегу"). pymorphy2's dictionary (installed with
natasha) gives every word's analyses with a probability, and guesses a paradigm for a
foreign name it does not know ("Уинберна" -> "Уинберн"); inflecting the chosen analysis to
the nominative keeps its gender and number ("Западной" -> "Западная").

Only names' forms change here, never the mention spans. Without pymorphy2 every function
returns its input: the ending-stripper alone decides, as before.
"""

from __future__ import annotations

import functools
import inspect
import re
from typing import Any

# A word already in the nominative when an analysis says so with at least this
# probability: "Иванова" (a woman, 0.22) stays, "Путина" (0.02 as a woman) becomes "Путин".
NOMINATIVE_SHARE = 0.1
# Parts of speech a name's words take: nouns, and adjectives or participles before them
# ("Западной", "Соединённых"); short adjectives and verbs are misreadings of foreign names.
_NAME_POS = frozenset({"NOUN", "ADJF", "PRTF"})
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
# Second genitive, locative and accusative ("на берегу") are their cases for agreement.
_CASE_OF = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}
# Final vowels of foreign names that Russian does not decline; a Russian noun's oblique
# cases end so too ("Хайду"), but then the dictionary knows the word.
_INDECLINABLE_ENDINGS = tuple("иоуюэ")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@functools.cache
def _analyzer() -> Any:
    """pymorphy2's analyser, loaded once (0.2 s CPU, ~25 MB); None when it cannot load."""
    try:
        import pymorphy2
        from pymorphy2.units.base import BaseAnalyzerUnit
    except ImportError:
        return None
    if not hasattr(inspect, "getargspec"):
        # pymorphy2 0.9.1 reads its units' parameters with inspect.getargspec, gone in
        # Python 3.11; the same names come from getfullargspec.
        def param_names(cls: Any) -> list[str]:
            if cls.__init__ is object.__init__:
                return []
            return sorted(inspect.getfullargspec(cls.__init__).args[1:])

        BaseAnalyzerUnit._get_param_names = classmethod(param_names)
    try:
        return pymorphy2.MorphAnalyzer()
    except Exception:  # a broken dictionary install: keep the ending-stripper alone
        return None


def _case(parse: Any) -> str:
    case = str(parse.tag.case)
    return _CASE_OF.get(case, case)


def _analyses(word: str, person: bool) -> list[Any]:
    """Every analysis a name's word may have, most probable first. A person is one person
    (singular only: "Вен" of "Николь Дю Вен" is no plural of "вена"); a place or body may
    be plural ("Штатов"), but a singular reading wins when there is one ("Риты")."""
    if word.isupper() or not _CYRILLIC.fullmatch(word):
        return []  # acronyms ("ООН") and datelines in capitals do not decline here
    analyzer = _analyzer()  # loaded on the first Cyrillic word only
    if analyzer is None:
        return []
    parses = [p for p in analyzer.parse(word.lower()) if p.tag.POS in _NAME_POS]
    single = [p for p in parses if p.tag.number != "plur"]
    return single if single or person else parses


def _readings(word: str, person: bool) -> list[Any]:
    """The analyses trusted to inflect a word. A guessed paradigm (a word no dictionary
    knows) is trusted as a singular name's or adjective's only: "Уинберна" (a place,
    guessed) is "Уинберн", "Аргоннской" an adjective, but "Маарив" is no plural of
    "маарива", nor "Экалавья" a case of "экалавие"; and never for a word ending in a
    vowel that foreign names keep in every case ("Пелоси", "Хаику", "Сочи") unless as an
    adjective ("Зеленского") or as the indeclinable name it is ("Мартало")."""
    parses = _analyses(word, person)
    lower = word.lower()
    if not parses or _analyzer().word_is_known(lower):
        return parses
    return [p for p in parses if p.tag.number != "plur" and (
        p.tag.POS != "NOUN" or "Fixd" in p.tag.grammemes or (
            _NAME_TAGS & p.tag.grammemes and not lower.endswith(_INDECLINABLE_ENDINGS)))]


def _rank(parse: Any) -> tuple[bool, bool, float]:
    """A name's reading before a common word's, a person's or place's gender before the
    neuter (an adjective alone, "Навального", is a surname), then the likelier."""
    return (bool(_NAME_TAGS & parse.tag.grammemes), parse.tag.gender != "neut",
            float(parse.score))


def _is_nominative(readings: list[Any]) -> bool:
    return any(_case(p) == "nomn" and p.score >= NOMINATIVE_SHARE for p in readings)


def _shaped(word: str, original: str) -> str:
    """The inflected word with the original's capitals, part by part ("Нью-Йорке"), and
    "е" for the dictionary's "ё" where the writer did not write "ё"."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    parts = word.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p
                    for p, o in zip(parts, originals, strict=True))


def _inflected(parse: Any, original: str) -> str | None:
    form = parse.inflect({"nomn"})
    return None if form is None else _shaped(form.word, original)


@functools.lru_cache(maxsize=1 << 16)  # pure; asked per surface of every mention
def nominative(surface: str, person: bool) -> str:
    """A Russian name in the nominative, for keys and display: the words that agree in one case
    inflected together ("Западной Австралии" -> "Западная Австралия", "Шону Хайду" ->
    "Шон Хайд"). A person's every word agrees; a place's or body's leading adjectives and
    first noun do, what follows is its complement ("Министерства обороны"). The surface
    itself when it may already be a nominative, or when the words share no case
    ("Кхел Махакумбхе", "Рокби Венера Веласкеса"): abstain rather than guess."""
    words = surface.split(" ")
    head = _head(words, person)
    if not head:
        return surface
    # Any analysis may say the name is already a nominative, trusted or not ("Радхика"
    # is a woman's name, not the genitive of a guessed "Радхик").
    if all(_is_nominative(_analyses(words[i], person)) for i in head):
        return surface
    readings = [_readings(words[i], person) for i in head]
    shared = set.intersection(*({_case(p) for p in r} for r in readings))
    if not shared:
        return surface
    case = max(sorted(shared), key=lambda c: sum(
        max(p.score for p in r if _case(p) == c) for r in readings))
    out = list(words)
    last = max((p for p in readings[-1] if _case(p) == case), key=_rank)
    for i, options in zip(head, readings, strict=True):
        # An adjective takes the gender and number of the noun it goes with; one that
        # cannot ("Колумбийского университетов") is no part of one name with it.
        parse = max((p for p in options if _case(p) == case), key=lambda p: (
            p.tag.gender == last.tag.gender and p.tag.number == last.tag.number, *_rank(p)))
        if parse.tag.POS != "NOUN" and parse.tag.number != last.tag.number:
            return surface
        inflected = _inflected(parse, words[i])
        if inflected is None:
            return surface
        out[i] = inflected
    return " ".join(out)


def _head(words: list[str], person: bool) -> list[int]:
    """Indices of the words that decline together; empty when one of them cannot be
    read (no Cyrillic name-like word, a guessed word not trusted)."""
    if person:
        # Every word of a person's name shares its case: one word that cannot be read
        # ("Рамбхи" of "Рамбхи Сида") leaves the case unknown. Initials ("В.") do not count.
        named = [i for i, w in enumerate(words) if len(w.rstrip(".")) > 1]
        return named if all(_readings(words[i], person=True) for i in named) else []
    head: list[int] = []
    for i, word in enumerate(words):
        readings = _readings(word, person=False)
        if not readings:
            return []
        head.append(i)
        if max(readings, key=lambda p: p.score).tag.POS == "NOUN":
            return head
    # One adjective alone is a surname ("Зеленского", "Навального"); several with no
    # noun are a name cut before its noun ("Африканского континентального торгового").
    return head if len(head) == 1 else []
