"""Arabic organisation names by their grammar: a head noun and its complement.

Arabic names most bodies with a head noun in the construct state followed by a definite
complement ("وزارة الداخلية", "منظمة الصحة العالمية", "مصرف لبنان المركزي"), or, with
the article, by an adjective of origin ("الجيش السوداني", "البنك المركزي الأوروبي").
Both cues need no list of names, only of head nouns, so they hold for bodies no data
saw. The complement stops where an adjective can no longer be told from the next clause:
after its first definite word only adjectives that end as adjectives do ("ي", "ية", "ى")
or a few institutional ones ("العام", "المتحدة") continue it, so "أعلنت وزارة الداخلية
القبض على ..." (announced the arrest) keeps "القبض" out. Heads whose construct is as
often a plain noun ("حركة المرور", traffic; "جبهة القتال", the front) name a body only
with a quoted name ('حركة "حماس"') or an adjective of origin. An unknown name without
the article after a head ("معهد إيموري", "شركة أبل") is left out: nothing tells where it
ends. Latin acronyms are left out too: beside "WHO" the Arabic texts read show "COVID"
and pieces of URLs in capitals.
"""

from __future__ import annotations

from collections.abc import Callable

from .arabic_places import ArabicPlaces, fold
from .arabic_words import ARTICLE, Word, folded_set, stems
from .ner import NerSpan

# Heads whose construct with a definite noun names a body ("وزارة الخارجية").
CONSTRUCT_HEADS = folded_set("""
    وزارة حزب جيش مجلس منظمة وكالة شركة جامعة هيئة مؤسسة معهد مصرف بنك مديرية لجنة
    اتحاد مستشفى محكمة نقابة جمعية صندوق رابطة مفوضية بلدية
    """)
# Heads named only by a quoted name or an adjective of origin (see the module docstring).
QUOTE_HEADS = folded_set("حركة جبهة تنظيم جماعة تحالف ائتلاف")
# Article-led heads that name a body when an adjective of origin follows ("الجيش السوري").
ARTICLE_HEADS = folded_set("جيش بنك مصرف اتحاد مجلس حزب وكالة حركة جبهة")
# Article-led heads of offices named "the general X for Y" ("الإدارة العامة لمرور القاهرة",
# "المركز المصري لبحوث الرأي العام"): an adjective, then a "ل" phrase with its complement.
OFFICE_HEADS = folded_set("إدارة مديرية هيئة مركز مؤسسة شركة منظمة جمعية نقابة اتحاد مجلس")
# Adjectives that continue a name without ending like one ("قطاع الأمن العام").
INSTITUTIONAL = folded_set("العام العامة المتحدة الأعلى العليا الكبرى الأحمر الموحد الجديد الجديدة")
# Names that need no head: "الأمم المتحدة" (the United Nations) is two plain words.
_FIXED_KEYS = (tuple(fold(w) for w in "الأمم المتحدة".split()),)
_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”"}
MAX_COMPLEMENT = 5
MAX_QUOTED_WORDS = 4
_ADJECTIVE_ENDINGS = ("ي", "ية", "ى")


def _head_cut(word: str, heads: frozenset[str], article: bool) -> int | None:
    """The clitic cut after which the word is a head (with the article when asked)."""
    for cut in stems(word):
        stem = word[cut:]
        if article and stem.startswith(ARTICLE) and stem[2:] in heads:
            return cut
        if not article and stem in heads:
            return cut
    return None


class ArabicOrgs:
    """Finds organisation spans in a text's words; see the module docstring."""

    def __init__(self, places: ArabicPlaces, stop: frozenset[str],
                 calendar: Callable[[], frozenset[str]]) -> None:
        self._places = places
        self._stop = stop
        self._calendar = calendar

    def find(self, text: str, words: list[Word], taken: list[bool]) -> list[NerSpan]:
        """Organisation spans, left to right, never over a word already taken (a person)."""
        spans: list[NerSpan] = []
        i = 0
        while i < len(words):
            found = None if taken[i] else self._org_at(text, words, i)
            if found is None or any(taken[k] for k in range(i, found[2] + 1)):
                i += 1
                continue
            start, end, last = found
            spans.append(NerSpan(start, end, "ORG"))
            i = last + 1
        return spans

    def _org_at(self, text: str, words: list[Word], i: int) -> tuple[int, int, int] | None:
        """(start, end, last word index) of an organisation starting at word i."""
        word = words[i].folded
        last: int | None
        for key in _FIXED_KEYS:
            for cut in stems(word):
                if word[cut:] == key[0] and i + len(key) <= len(words) and all(
                        w.joined and w.folded == k
                        for w, k in zip(words[i + 1:i + len(key)], key[1:], strict=True)):
                    end = i + len(key) - 1
                    return words[i].start + cut, words[end].end, end
        bare = _head_cut(word, CONSTRUCT_HEADS | QUOTE_HEADS, article=False)
        if bare is not None:
            quoted = self._quoted(text, words, i)
            if quoted is not None:
                return quoted
            last = self._complement(text, words, i + 1) if word[bare:] in CONSTRUCT_HEADS else None
            if last is None:
                last = self._origin(words, i + 1)
            return None if last is None else (words[i].start + bare, words[last].end, last)
        led = _head_cut(word, ARTICLE_HEADS | OFFICE_HEADS, article=True)
        if led is None:
            return None
        last = self._office(words, i + 1) if word[led + len(ARTICLE):] in OFFICE_HEADS else None
        if last is None and word[led + len(ARTICLE):] in ARTICLE_HEADS:
            last = self._origin(words, i + 1)
        return None if last is None else (words[i].start + led, words[last].end, last)

    def _quoted(self, text: str, words: list[Word], i: int) -> tuple[int, int, int] | None:
        """A quoted name right after the head: the span is the name inside the quotes."""
        at = words[i].end
        while at < len(text) and text[at] == " ":
            at += 1
        close = _OPEN_QUOTES.get(text[at:at + 1])
        if close is None:
            return None
        end = text.find(close, at + 1)
        inside = [k for k in range(i + 1, len(words)) if at < words[k].start < end]
        if end < 0 or not inside or len(inside) > MAX_QUOTED_WORDS or "\n" in text[at:end] \
                or text[words[inside[-1]].end:end].strip():
            return None
        return words[inside[0]].start, words[inside[-1]].end, inside[-1]

    def _complement(self, text: str, words: list[Word], k: int) -> int | None:
        """The last word of a construct head's complement starting at word k, or None:
        a definite word or a place first, then places, adjectives and "لل" phrases."""
        if k >= len(words) or not words[k].joined or not self._opens(words[k].folded):
            return None
        last = k
        while last + 1 < len(words) and last + 1 - k < MAX_COMPLEMENT:
            nxt = words[last + 1]
            if not nxt.joined or (not self._continues(nxt.folded, first=last == k) and not (
                    self._closes(text, words, last + 1))):
                break
            last += 1
        # A bare place after the head ("وزارة مصر") is rarely the whole name; one with
        # more after it is ("مصرف لبنان المركزي", "مستشفى قها للحجر الصحي").
        if last == k and not words[k].folded.startswith(ARTICLE):
            return None
        return last

    def _opens(self, text: str) -> bool:
        """A complement's first word: definite content word, or a place's name."""
        if self._place(text):
            return True
        return text.startswith(ARTICLE) and len(text) > 3 and self._content(text)

    def _continues(self, text: str, first: bool) -> bool:
        """Whether a word goes on with the complement (see the module docstring)."""
        if self._place(text):
            return True
        if first and text.startswith("لل") and len(text) > 4:  # "للصحة": for (the) health
            return self._content(ARTICLE + text[2:])
        if first and text.startswith("و" + ARTICLE):  # "والصناعة": a portfolio of two
            return self._content(text[1:])
        return text.startswith(ARTICLE) and self._content(text) and (
            text in INSTITUTIONAL or text.endswith(_ADJECTIVE_ENDINGS))

    def _closes(self, text: str, words: list[Word], k: int) -> bool:
        """Any definite content word ends a name when the sentence breaks right after it
        ("مؤسسة الحوار المتمدن" before a line break): no clause can start inside it."""
        word = words[k].folded
        return word.startswith(ARTICLE) and self._content(word) and (
            k + 1 == len(words) or not words[k + 1].joined
            or "\n" in text[words[k].end:words[k + 1].start])

    def _content(self, text: str) -> bool:
        return text not in self._stop and text not in self._calendar()

    def _origin(self, words: list[Word], k: int) -> int | None:
        """The last word of adjectives after an article-led head when one of them is an
        adjective of origin ("الجيش السوري", "البنك المركزي الأوروبي"), else None."""
        last = None
        j = k
        while j < len(words) and j - k < 3 and words[j].joined:
            text = words[j].folded
            if not (text.startswith(ARTICLE) and text.endswith(_ADJECTIVE_ENDINGS)
                    and self._content(text)):
                break
            if self._of_place(text):
                last = j
            j += 1
        return last

    def _office(self, words: list[Word], k: int) -> int | None:
        """The last word of "adjectives + ل phrase" after an article-led office head, or
        None: the adjectives alone ("المجلس العام") say too little to name a body."""
        j = k
        while j < len(words) and j - k < 2 and words[j].joined and words[j].folded.startswith(
                ARTICLE) and self._content(words[j].folded) and (
                words[j].folded in INSTITUTIONAL or words[j].folded.endswith(_ADJECTIVE_ENDINGS)):
            j += 1
        if j == k or j >= len(words) or not words[j].joined:
            return None
        of = words[j].folded
        if of.startswith("لل") and len(of) > 4 and self._content(ARTICLE + of[2:]):
            last = j  # "للاستثمار": the phrase is definite in itself
        elif of.startswith("ل") and len(of) > 3 and of[1:] not in self._stop and \
                j + 1 < len(words) and words[j + 1].joined and self._opens(words[j + 1].folded):
            last = j + 1  # "لمرور القاهرة": an indefinite noun and its complement
        else:
            return None
        while last + 1 < len(words) and last - j < MAX_COMPLEMENT and words[last + 1].joined \
                and self._continues(words[last + 1].folded, first=False):
            last += 1
        return last

    def _place(self, text: str) -> bool:
        """A whole word that is one place's name (ambiguous names are no cue)."""
        return len(self._places.places((text,))) == 1

    def _of_place(self, text: str) -> bool:
        """An adjective of origin: "السوري" from "سوريا", "المصرية" from "مصر"."""
        for ending in ("ية", "ي", "ى"):
            if text.endswith(ending):
                base = text[len(ARTICLE):-len(ending)]
                break
        else:
            return False
        return len(base) >= 2 and any(
            self._place(name) for name in (base, base + "ا", base + "يا", ARTICLE + base,
                                           ARTICLE + base + "ية"))

