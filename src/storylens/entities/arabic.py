"""A conservative NER for Arabic: place names from package data, people after a title.

Arabic has no letter case, so the capitalisation fallback finds nothing, and no Arabic
NER model runs offline here. Two cues are safe without one: a whole word (or words) that
is a country, region or big city's Arabic name (:mod:`.arabic_places`), and the words
right after a title ("الرئيس", "وزير الخارجية", "الشيخ") that read as a name. Attached
clitics ("و", "ف", then "ب", "ل", "ك") are cut off the span; the article "ال" stays, as
it is part of the name ("القاهرة"). Anything unclear is left out: a name two places
share ("عمان": Oman and Amman), "لل" forms (the article's alef dropped after "ل", so no
span reads as the name), and a feminine place name after a definite noun, which is an
adjective ("التأشيرة السعودية": the Saudi visa).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..stop_words import stop_words
from .arabic_places import ArabicPlaces, arabic_places, fold
from .ner import NerSpan

# Arabic letters with their short vowels and tatweel; punctuation ("،") and digits split.
# Extended letters (ڤ, گ) belong to words too: "شنڤريحة" is one word, not two.
_WORD = re.compile("[\u0621-\u064a\u064b-\u065f\u0670\u0640\u0671-\u06d3]+")
# Conjunctions, then prepositions, that news writes glued to the next word.
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
_ARTICLE = "ال"


def _folded_set(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


# Titles a name follows directly ("الملك سلمان", "السيد أحمد").
TITLES = _folded_set("""
    الرئيس الرئيسة السيد السيدة الملك الملكة الأمير الأميرة الشيخ الشيخة الدكتور الدكتورة
    المستشار المستشارة الجنرال البابا الإمام الوزير الوزيرة النائب النائبة القاضي اللواء
    العقيد العميد السلطان المشير الرئيس
    """)
# Heads of titles that take one definite word first ("وزير الخارجية", "رئيس الوزراء",
# "ولي العهد", "المتحدث باسم الوزارة" takes "باسم" too).
TITLE_HEADS = _folded_set("وزير وزيرة رئيس رئيسة ولي المتحدث المتحدثة")
_ON_BEHALF = fold("باسم")
# Words that qualify a title without being a name ("الرئيس السابق").
QUALIFIERS = _folded_set("السابق السابقة الأسبق الحالي الحالية المنتخب المنتخبة الجديد")
# Words that join the parts of one name; the word after one is a name part even with
# the article ("عبد الله", "آل نهيان", "أبو الغيط").
CONNECTORS = _folded_set("بن ابن بنت آل أبو أبي عبد")
# Role nouns without the article end a name ("محمد غنيم محافظ بني سويف": the governor).
ROLES = _folded_set("""
    رئيس رئيسة وزير وزيرة محافظ محافظة نائب نائبة مدير مديرة سفير سفيرة قائد ملك أمير شيخ
    وكيل متحدث متحدثة مستشار مستشارة عضو عضوة أمين أمينة مساعد
    """)
MAX_NAME_WORDS = 5


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Arabic day and month names (CLDR): "الأربعاء" after a name is when, not who."""
    from babel import Locale

    locale = Locale("ar")
    names = [*locale.days["format"]["wide"].values(), *locale.months["format"]["wide"].values()]
    return frozenset(fold(name) for name in names)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    folded: str
    # Whether only whitespace separates this word from the previous one.
    joined: bool


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        gap = text[previous_end:match.start()]
        joined = bool(out) and not gap.strip()
        out.append(_Word(match.start(), match.end(), fold(match.group()), joined))
        previous_end = match.end()
    return out


def _stems(word: str) -> list[int]:
    """How many leading letters may be clitics, longest cut last: the whole word first
    ("بريطانيا" is a name, not "ب" + "ريطانيا"); stems shorter than three letters and the
    "لل" forms (article's alef dropped) are not offered."""
    cuts = [0]
    at = 0
    if word[:1] and word[0] in _CONJUNCTIONS:
        at = 1
        cuts.append(at)
    if word[at:at + 1] and word[at] in _PREPOSITIONS:
        if word[at] == "ل" and word[at + 1:at + 2] == "ل":
            return [c for c in cuts if len(word) - c >= 3]
        cuts.append(at + 1)
    return [c for c in cuts if len(word) - c >= 3]


def _definite(word: _Word) -> bool:
    """Whether a word carries the article, possibly after clitics ("والتأشيرة", "للتأشيرة")."""
    text = word.folded
    return any(text[cut:].startswith(_ARTICLE) for cut in _stems(text)) or \
        text.startswith("لل")


def _role(text: str) -> bool:
    """A role noun, also in the accusative ("عينه مديرا عاما": made him director)."""
    return text in ROLES or (text.endswith("ا") and text[:-1] in ROLES)


class ArabicNER:
    """Places by whole-word package names, people after titles; see the module docstring."""

    name = "arabic"

    def __init__(self, places: ArabicPlaces | None = None) -> None:
        self._places = places if places is not None else arabic_places()
        self._stop = frozenset(fold(word) for word in stop_words("ar"))

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Spans for each text, people first (a title's name is never also a place)."""
        return [self._find(text) for text in texts]

    def _find(self, text: str) -> list[NerSpan]:
        words = _words(text)
        spans: list[NerSpan] = []
        taken = [False] * len(words)
        i = 0
        while i < len(words):
            person = self._person_after_title(words, i)
            if person is not None:
                first, last = person
                spans.append(NerSpan(words[first].start, words[last].end, "PERSON"))
                for k in range(first, last + 1):
                    taken[k] = True
                i = last + 1
                continue
            i += 1
        i = 0
        while i < len(words):
            place = None if taken[i] else self._place_at(words, i, taken)
            if place is None:
                i += 1
                continue
            start, last, label = place
            spans.append(NerSpan(start, words[last].end, label))
            i = last + 1
        return sorted(spans)

    def _place_at(self, words: list[_Word], i: int,
                  taken: list[bool]) -> tuple[int, int, str] | None:
        """The longest place name starting at word i (clitics cut off its first word)."""
        first = words[i].folded
        for cut in _stems(first):
            for size in range(min(self._places.longest, len(words) - i), 0, -1):
                last = i + size - 1
                if any(taken[i:last + 1]) or not all(w.joined for w in words[i + 1:last + 1]):
                    continue
                key = (first[cut:], *(w.folded for w in words[i + 1:last + 1]))
                ids = self._places.places(key)
                if not ids:
                    continue
                if len(ids) > 1 or self._adjective(words, i, cut, size) or (
                        last + 1 < len(words) and words[last + 1].joined
                        and self._nisba(words[last + 1].folded)):
                    # Also "القدس العربي" (a newspaper), "السعودية الأمريكية" (relations):
                    # a place followed by an adjective of origin names something else.
                    return None
                label = "LOC" if next(iter(ids)).startswith("region:") else "GPE"
                return words[i].start + cut, last, label
        return None

    @staticmethod
    def _adjective(words: list[_Word], i: int, cut: int, size: int) -> bool:
        """A one-word feminine name with the article, bare, right after a definite noun,
        agrees with that noun: an adjective ("التأشيرة السعودية"), not the country."""
        word = words[i].folded
        return (size == 1 and cut == 0 and word.startswith(_ARTICLE) and word.endswith("ية")
                and i > 0 and words[i].joined and _definite(words[i - 1]))

    def _person_after_title(self, words: list[_Word], i: int) -> tuple[int, int] | None:
        """(first, last) word of a name that follows a title starting at word i."""
        after = self._title_end(words, i)
        if after is None:
            return None
        # "الرئيس الفرنسي السابق": qualifiers and a nationality come before the name.
        while after < len(words) and words[after].joined and (
                words[after].folded in QUALIFIERS or self._nisba(words[after].folded)):
            after += 1
        if after >= len(words) or not words[after].joined or not self._name_word(words[after]):
            return None
        last = after
        while last + 1 < len(words) and last + 1 - after < MAX_NAME_WORDS:
            nxt = words[last + 1]
            if not nxt.joined:
                break
            if words[last].folded in CONNECTORS or (
                    nxt.folded in CONNECTORS or self._name_word(nxt)):
                last += 1
                continue
            break
        if words[last].folded in CONNECTORS:
            return None
        # A family name with the article ends a name ("عبد الفتاح السيسي", "عصام القاضى");
        # one ending in yaa, as those do, and not a place ("الرئيس ... المصري" comes first).
        if last + 1 < len(words) and words[last + 1].joined and \
                self._family_name(words, last + 1):
            last += 1
        return after, last

    def _nisba(self, text: str) -> bool:
        """An article-led adjective of origin ("الفرنسي", "الأمريكية"), no place itself."""
        return (text.startswith(_ARTICLE) and text.endswith(("ي", "ية")) and len(text) > 4
                and not self._places.places((text,)))

    def _family_name(self, words: list[_Word], k: int) -> bool:
        """An article-led word after a name is its family name when it ends in yaa, as
        most do ("السيسي"), or when the name ends there: punctuation or a role noun next
        ("عاصم الجزار، وزير"). Never a function word, a place, a day or a month."""
        text = words[k].folded
        if not text.startswith(_ARTICLE) or len(text) < 5 or text in self._stop \
                or text in _calendar_words() or self._places.places((text,)):
            return False
        if text[-1] in ("ي", "ى"):
            return True
        following = words[k + 1] if k + 1 < len(words) else None
        return following is None or not following.joined or following.folded in ROLES

    def _title_end(self, words: list[_Word], i: int) -> int | None:
        """The index after a title starting at word i (clitics allowed), or None."""
        word = words[i].folded
        # "للشيخ": "ل" before the article drops its alef; the title is "الشيخ".
        lil = word.find("لل", 0, 3)
        stems = [word[cut:] for cut in _stems(word)]
        if lil in (0, 1) and word[:lil] in ("", *_CONJUNCTIONS):
            stems.append(_ARTICLE + word[lil + 2:])
        for stem in stems:
            if stem in TITLES:
                return i + 1
            if stem in TITLE_HEADS:
                k = i + 1
                if k < len(words) and words[k].joined and words[k].folded == _ON_BEHALF:
                    k += 1
                if k < len(words) and words[k].joined and words[k].folded.startswith(_ARTICLE):
                    k += 1
                    # "وزير التجارة والصناعة": a portfolio of two.
                    while k < len(words) and words[k].joined and \
                            words[k].folded.startswith("و" + _ARTICLE):
                        k += 1
                    return k
                return None
        return None

    def _name_word(self, word: _Word) -> bool:
        """A word that may be part of a name: no article, not a function word, no clitic
        form of one, and not a place (places after a title are where, not who)."""
        text = word.folded
        if _definite(word) or text in self._stop or len(text) < 2 or _role(text):
            return False
        return not any(self._places.places((text[cut:],)) for cut in _stems(text))
