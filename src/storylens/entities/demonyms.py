"""Demonyms and their country: "égyptiens" -> Egypt, "libico" -> Libya, "مصري" -> Egypt.

CLDR has each language's name of every country but no demonyms, so a demonym is
recognised by morphology: the word minus one of its language's adjective / nationality
endings (a short grammar table per language, no names) is the start of exactly one
country's name in that language (or in English), the two differing by at most
MAX_NAME_TAIL letters at the end ("egypt|iens" / "Égypte", "lib|ico" / "Libia",
"msr|y" / "مصر"). A stem that starts two countries' names ("lib" of Libia and Liberia
in a language that had both) is ambiguous and gives nothing.

A demonym names a people or qualifies a noun; it is not the state. The resolver keeps it
as its own entity, joins the demonyms of one country (their inflections, their
capitalised and lower-case uses), and records the country as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .normalise import normal_tokens

# Adjective and nationality endings, longest first within a language (normalised to
# ASCII as the tokens are: anyascii of Arabic and Cyrillic).
ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "is", "i", "ic", "s"),
    "fr": ("iennes", "ienne", "iens", "ien", "aises", "aise", "ais", "aines", "aine", "ains",
           "ain", "oises", "oise", "ois", "ennes", "enne", "ens", "en", "ines", "ine", "ins",
           "in", "es", "e", "s"),
    "es": ("anos", "anas", "ano", "ana", "inos", "inas", "ino", "ina", "icos", "icas", "ico",
           "ica", "eses", "esa", "es", "ies", "i", "os", "as", "o", "a"),
    "it": ("ani", "ane", "ano", "ana", "ini", "ine", "ino", "ina", "ici", "iche", "ico",
           "ica", "esi", "ese", "i", "e", "o", "a"),
    "de": ("ischen", "ischer", "isches", "ische", "isch", "ern", "er", "en", "e"),
    "ru": ("skikh", "skogo", "skaya", "skuyu", "skiy", "skoe", "skie", "skoy", "skim",
           "ski", "tsev", "tsy", "ts", "ets"),
    "ar": ("yyn", "ywn", "yt", "y"),
}
# The stem and the country's name may differ by this many letters at the end ("egypt" /
# "egypte", "syr" / "syrie"; Russian names lose their case ending: "liviy" / "livi").
MAX_NAME_TAIL = 2
# Arabic is written without short vowels: the nisba is the name plus its ending exactly
# ("msr|y" / "msr"; "lyby" is both Libya and Libyan once normalised, so one form).
NAME_TAIL = {"ar": 0}
# A derivation drops or adds only vowels at the stem's end ("egypt|e", "syr|ie", "liviy" /
# "livi"): "mar" is not the stem of "maroc", nor "camer" of "camerun" ("Mars", "Camera").
_VOWELS = frozenset("aeiouy")
# Shorter stems ("ir" of "iran" and "irak") say nothing.
MIN_STEM = 3


@dataclass
class Demonyms:
    """Country names per language, as single normalised tokens, to their ISO code."""

    names: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, languages: Iterable[str]) -> Demonyms:
        from babel import Locale, UnknownLocaleError

        out = cls()
        for language in dict.fromkeys(["en", *languages]):
            if language not in ENDINGS:
                continue
            try:
                territories = Locale.parse(language).territories
            except (UnknownLocaleError, ValueError):
                continue
            names = out.names.setdefault(language, {})
            for code, name in territories.items():
                key = normal_tokens(name)
                if code.isalpha() and len(code) == 2 and len(key) == 1:
                    names.setdefault(key[0], set()).add(code)
                    if language == "en":
                        out.display.setdefault(code, name)
        return out

    def country_of(self, token: str, language: str | None) -> tuple[str, str] | None:
        """(ISO code, why) when ``token`` is a demonym of exactly one country, else None."""
        found: dict[str, str] = {}
        for lang in dict.fromkeys([language or "en", "en"]):
            names = self.names.get(lang, {})
            for ending in ENDINGS.get(lang, ()):
                stem = token[: -len(ending)]
                if not token.endswith(ending) or len(stem) < MIN_STEM:
                    continue
                tail = NAME_TAIL.get(lang, MAX_NAME_TAIL)
                for name, codes in names.items():
                    short, long = sorted((stem, name), key=len)
                    rest = long[len(short):]
                    if long.startswith(short) and len(rest) <= tail and name != token \
                            and all(ch in _VOWELS for ch in rest):
                        for code in codes:
                            found.setdefault(code, f"'{stem}' + the {lang} ending '{ending}'"
                                                   f" of the CLDR name '{name}'")
        if len(found) != 1:
            return None
        code, why = next(iter(found.items()))
        return code, why

    def name_of(self, code: str) -> str:
        return self.display.get(code, code)
