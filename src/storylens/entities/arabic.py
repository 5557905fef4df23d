"""A conservative NER for Arabic: places from package data, people, organisations.

Arabic has no letter case, so the capitalisation fallback finds nothing, and no Arabic
NER model runs offline here. Two cues are safe without one: a whole word (or words) that
is a country, region or big city's Arabic name (:mod:`.arabic_places`), and the words
right after a title ("الرئيس", "وزير الخارجية", "الشيخ") that read as a name. Two more
came later (session 8): a name of two or more words set off by commas next to a verb of
saying and a role, or after a title (no list of given names in Arabic script is installed),
and organisations by their head noun (:mod:`.arabic_orgs`). Attached
clitics ("و", "ف", then "ب", "ل", "ك") are cut off the span; the article "ال" stays, as
it is part of the name ("القاهرة"). Anything unclear is left out: a name two places
share ("عمان": Oman and Amman), "لل" forms (the article's alef dropped after "ل", so no
span reads as the name), and a feminine place name after a definite noun, which is an
adjective ("التأشيرة السعودية": the Saudi visa).
"""

from __future__ import annotations

import functools

from ..stop_words import stop_words
from .arabic_orgs import CONSTRUCT_HEADS, QUOTE_HEADS, ArabicOrgs
from .arabic_places import ArabicPlaces, arabic_places, fold
from .arabic_words import ARTICLE as _ARTICLE
from .arabic_words import CONJUNCTIONS as _CONJUNCTIONS
from .arabic_words import Word as _Word
from .arabic_words import definite as _definite
from .arabic_words import folded_set as _folded_set
from .arabic_words import stems as _stems
from .arabic_words import words as _words
from .ner import NerSpan

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
# Verbs of saying and announcing that put a speaker's name right after them.
SPEECH_VERBS = _folded_set("""
    قال قالت أعلن أعلنت أكد أكدت أضاف أضافت أوضح أوضحت ذكر ذكرت صرح صرحت أشار أشارت
    """)
# Roles an apposition gives a speaker, beside ROLES ("السكرتير الصحفي", "الناطق باسم").
APPOSITION_ROLES = ROLES | _folded_set("سكرتير سكرتيرة ناطق ناطقة مسؤول مسؤولة")
ORG_HEADS = CONSTRUCT_HEADS | QUOTE_HEADS


def _comma_between(text: str, left: _Word, right: _Word) -> bool:
    """Whether only a comma (Arabic or Latin) and spaces separate two words."""
    return text[left.end:right.start].strip() in ("،", ",")


def _apposition_role(word: str) -> bool:
    """A role noun, bare or with the article ("المتحدث", "رئيس")."""
    return word in APPOSITION_ROLES or (
        word.startswith(_ARTICLE) and word[len(_ARTICLE):] in APPOSITION_ROLES)


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Arabic day and month names (CLDR): "الأربعاء" after a name is when, not who."""
    from babel import Locale

    locale = Locale("ar")
    names = [*locale.days["format"]["wide"].values(), *locale.months["format"]["wide"].values()]
    return frozenset(fold(name) for name in names)


def _role(text: str) -> bool:
    """A role noun, also in the accusative ("عينه مديرا عاما": made him director)."""
    return text in ROLES or (text.endswith("ا") and text[:-1] in ROLES)


class ArabicNER:
    """Places by whole-word package names, people after titles; see the module docstring."""

    name = "arabic"

    def __init__(self, places: ArabicPlaces | None = None) -> None:
        self._places = places if places is not None else arabic_places()
        self._stop = frozenset(fold(word) for word in stop_words("ar"))
        self._orgs = ArabicOrgs(self._places, self._stop, _calendar_words)

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Spans for each text, people first (a title's name is never also a place)."""
        return [self._find(text) for text in texts]

    def _find(self, text: str) -> list[NerSpan]:
        words = _words(text)
        spans: list[NerSpan] = []
        taken = [False] * len(words)
        i = 0
        while i < len(words):
            person = self._person_after_title(words, i) or \
                self._person_in_apposition(text, words, i)
            if person is not None:
                first, last = person
                spans.append(NerSpan(words[first].start, words[last].end, "PERSON"))
                for k in range(first, last + 1):
                    taken[k] = True
                i = last + 1
                continue
            i += 1
        # Organisations after people (a title's name is no body); places may sit inside one.
        spans.extend(self._orgs.find(text, words, taken))
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
        last = self._name_from(words, after)
        return None if last is None else (after, last)

    def _name_from(self, words: list[_Word], after: int) -> int | None:
        """The last word of a name whose first word is ``after`` (a name word), or None
        when it ends on a connector ("عبد" with nothing after it)."""
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
        return last

    def _person_in_apposition(self, text: str, words: list[_Word],
                              i: int) -> tuple[int, int] | None:
        """A name of two or more words set off by commas, without a title right before it:
        after a verb of saying with a role next ("أعلن سلطان القحطاني، المتحدث الرسمي"),
        or after a title and a comma ("وزير التعليم، تيسير النعيمي، إن"). The commas and
        the role are what say the words are a person, so no list of names is needed;
        anything else (one word, no role, an organisation's head first) is left out."""
        word = words[i].folded
        after_verb = any(word[cut:] in SPEECH_VERBS for cut in _stems(word))
        if after_verb:
            first = i + 1
            # "قال دكتور طارق فايد، رئيس": a bare title is no part of the name.
            if first + 1 < len(words) and _ARTICLE + words[first].folded in TITLES:
                first += 1
            if first >= len(words) or not words[first].joined:
                return None
        else:
            first_or_none = self._title_end(words, i)
            if first_or_none is None or first_or_none >= len(words) or \
                    not _comma_between(text, words[first_or_none - 1], words[first_or_none]):
                return None
            first = first_or_none
        if not self._name_word(words[first]) or words[first].folded in ORG_HEADS:
            return None
        last = self._name_from(words, first)
        if last is None or last == first or last + 1 >= len(words) or \
                not _comma_between(text, words[last], words[last + 1]):
            return None
        if after_verb and not _apposition_role(words[last + 1].folded):
            return None
        return first, last

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
