"""Demonyms and their country: "égyptiens" -> Egypt, "libico" -> Libya, "مصري" -> Egypt.

CLDR has each language's name of every country but no demonyms, so a demonym is
recognised by morphology: the word minus one of its language's adjective / nationality
endings (a short grammar table per language, no names) is the start of exactly one
country's name in that language (or in English), the two differing by at most
MAX_NAME_TAIL letters at the end ("egypt|iens" / "Égypte", "lib|ico" / "Libia",
"msr|y" / "مصر"). A stem that starts two countries' names ("lib" of Libia and Liberia
in a language that had both) is ambiguous and gives nothing.

A demonym names a people or qualifies a noun; it is not the state. The resolver keeps it
as its own entity (the benchmark labels, written before tuning, say so too), joins the
demonyms of one country (their inflections, their capitalised and lower-case uses), and
records the country as evidence; when the story also names that country, the evidence
points at the country's entity by id (:func:`link_to_countries`), so a reader or a later
stage can follow "égyptiens" to Egypt without the two being counted as one actor
(:func:`linked_country_id`: the report lists a people under its country).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..records import Entity
from .merge import Form
from .normalise import normal_tokens
from .places import official_name_tails

# Adjective and nationality endings, longest first within a language (normalised to
# ASCII as the tokens are: anyascii of Arabic and Cyrillic).
ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "is", "i", "ic", "s"),
    "fr": ("iennes", "ienne", "iens", "ien", "aises", "aise", "ais", "aines", "aine", "ains",
           "ain", "oises", "oise", "ois", "ennes", "enne", "ens", "en", "ines", "ine", "ins",
           "in", "es", "e", "s"),
    "es": ("enses", "ense", "cios", "cias", "cio", "cia", "anos", "anas", "ano", "ana",
           "inos", "inas", "ino", "ina", "icos", "icas", "ico",
           "ica", "eses", "esa", "es", "ies", "i", "os", "as", "o", "a"),
    "it": ("ensi", "ense", "ziani", "ziane", "ziano", "ziana", "ani", "ane", "ano", "ana",
           "ini", "ine", "ino", "ina", "ici", "iche", "ico",
           "ica", "esi", "ese", "i", "e", "o", "a"),
    "de": ("ischen", "ischer", "isches", "ische", "isch", "ern", "er", "en", "e"),
    "ru": ("anskiy", "anski", "ansk", "skikh", "skogo", "skaya", "skuyu", "skiy", "skoe",
           "skie", "skoy", "skim", "ski", "tsev", "tsy", "ts", "ets"),
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
# Spanish and Italian soften a name's final t before the demonym's i: "Egip|to" ->
# "egip|cio", "Egi|tto" -> "egi|ziano" (the Latin -tius / -tia sound change). Only these
# endings, and only a t (doubled or not) with its vowels between stem and name end.
PALATAL = {"es": re.compile(r"t[aeiou]{0,2}"), "it": re.compile(r"tt?[aeiou]{0,2}")}
_PALATAL_ENDINGS = frozenset({"cios", "cias", "cio", "cia",
                              "ziani", "ziane", "ziano", "ziana"})
# A hard c spelt "qu" (es, fr) or "ch" (it) before e / i: "Turquía" / "turco", "Turchia" /
# "turco", "Turquie" / "turcs". Names and words are compared with the hard c as "c".
HARD_C = {"es": re.compile(r"qu(?=[eiy])"), "fr": re.compile(r"qu(?=[eiy])"),
          "it": re.compile(r"ch(?=[eiy])")}
# Two-word names make compound demonyms from both stems, joined directly or by the Latin
# linking "o": "stati uniti" -> "stat|unit|ense", "estados unidos" -> "estad|o|unid|ense".
LINKS = ("", "o")
_PLURAL_AND_VOWELS = re.compile(r"s?[aeiouy]*s?$")
# Languages that write "of a country" as the country's genitive, last in the name.
GENITIVE_NAMES = ("ru",)
# The Arabic article "al-" as the normal form writes it joined to an adjective.
ARABIC_ARTICLE = "l"
# Shorter stems ("ir" of "iran" and "irak") say nothing.
MIN_STEM = 3
# Head words of region names shorter than this say nothing.
MIN_REGION_WORD = 4
# CLDR's code of the whole world ("Monde" is a newspaper's name too, not a continent).
WORLD = "001"
# Languages whose region names end with their head noun ("Latin America", "Nordafrika").
HEAD_LAST = ("en", "de")


# Letters a demonym's stem and its country's name must share to be compared at all.
_PREFIX = 2


@dataclass
class Demonyms:
    """Country names per language, as single normalised tokens, to their ISO code."""

    names: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    # Where an English name came from when not CLDR ("america": the ISO official name).
    sources: dict[tuple[str, str], str] = field(default_factory=dict)
    # Continents per language, from CLDR's names of regions: a one-word name ("América",
    # "Asie") and the head word that opens two or more names ("amerique" of "Amérique
    # latine" / "Amérique du Nord"; in English and German the last word: "america" of
    # "Latin America"). A continent is no country's people, whatever an official name
    # ending in it says ("United States of America"), and is a place (session 9).
    regions: dict[str, set[str]] = field(default_factory=dict)
    # Answers already worked out, per (token, language): each scans every country name.
    _seen: dict[tuple[str, str | None], tuple[str, str] | None] = field(default_factory=dict)
    # Names per language by their first two letters (a stem and a name that start one
    # another share them), rebuilt when a table grows: a lookup scans a few names, not all.
    _by_prefix: dict[str, tuple[int, dict[str, list[str]]]] = field(default_factory=dict)

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
            out.names.setdefault(language, {})
            heads: Counter[str] = Counter()
            for code, name in territories.items():
                key = normal_tokens(name, declined=False)
                if code.isalpha() and len(code) == 2 and language == "en":
                    out.display.setdefault(code, name)
                if code.isdigit() and code != WORLD:  # a continent or region ("019", "419")
                    out._add_region(language, key, heads)
                if not (code.isalpha() and len(code) == 2):
                    continue
                if len(key) == 1:
                    out._add(language, key[0], code, None)
                elif len(key) == 2 and language != "en":
                    stems = [_PLURAL_AND_VOWELS.sub("", word) for word in key]
                    if all(len(stem) >= MIN_STEM for stem in stems):
                        for link in LINKS:
                            out._add(language, link.join(stems), code,
                                     f"the stems of the CLDR name {' '.join(key)!r} joined")
            out.regions.setdefault(language, set()).update(
                head for head, n in heads.items() if n >= 2)
        # "American", "americano", "américain": the name read off the ISO official name
        # ("United States of America"), which other languages' official names keep
        # ("Estados Unidos de América"); only where the language has no country so named.
        for language, tails in translated_name_tails(out.names).items():
            for tail, code in tails.items():
                out.names[language].setdefault(tail, {code})
                out.sources.setdefault((language, tail), (
                    f"'{tail}', the end of the ISO 3166 official name in {language}"))
        for tail, code in official_name_tails().items():
            for table_language, table in out.names.items():
                if tail not in table:
                    table[tail] = {code}
                    out.sources[(table_language, tail)] = (
                        f"'{tail}', the end of an ISO 3166 official name")
        return out

    def _add_region(self, language: str, key: tuple[str, ...], heads: Counter[str]) -> None:
        """Count a region name's head word, or keep a one-word region name."""
        if len(key) == 1:
            self.regions.setdefault(language, set()).add(key[0])
        elif key:
            head = key[-1] if language in HEAD_LAST else key[0]
            if len(head) >= MIN_REGION_WORD:
                heads[head] += 1

    def continent(self, token: str, language: str | None) -> bool:
        """Whether a one-word normal form names a continent or region (:attr:`regions`) in
        ``language`` or English; in any language when ``language`` is None."""
        languages = {language, "en"} if language else set(self.regions)
        return any(token in self.regions.get(lang, ()) for lang in languages)

    def _add(self, language: str, name: str, code: str, source: str | None) -> None:
        """Enter a name under its hard-c spelling (:data:`HARD_C`), keeping its source."""
        spelt = HARD_C[language].sub("c", name) if language in HARD_C else name
        self.names.setdefault(language, {}).setdefault(spelt, set()).add(code)
        if source or spelt != name:
            self.sources.setdefault((language, spelt), source or f"the CLDR name {name!r}")

    def country_of(self, token: str, language: str | None) -> tuple[str, str] | None:
        """(ISO code, why) when ``token`` is a demonym of exactly one country, else None.
        An Arabic adjective keeps its joined article ("المصري" -> "lmsry"): without
        it, it is read again ("msry")."""
        if (token, language) not in self._seen:
            self._seen[(token, language)] = None if self.continent(token, language) \
                else self._read(token, language)
        return self._seen[(token, language)]

    def _read(self, token: str, language: str | None) -> tuple[str, str] | None:
        found = self._country_of(token, language)
        if found is None and language == "ar" and token.startswith(ARABIC_ARTICLE) \
                and len(token) - len(ARABIC_ARTICLE) > MIN_STEM:
            found = self._country_of(token[len(ARABIC_ARTICLE):], language)
            if found is not None:
                return found[0], f"the article '{ARABIC_ARTICLE}' + {found[1]}"
        return found

    def _country_of(self, token: str, language: str | None) -> tuple[str, str] | None:
        found: dict[str, str] = {}
        word = token
        for lang in dict.fromkeys([language or "en", "en"]):
            names = self.names.get(lang, {})
            token = HARD_C[lang].sub("c", word) if lang in HARD_C else word
            for ending in ENDINGS.get(lang, ()):
                stem = token[: -len(ending)]
                if not token.endswith(ending) or len(stem) < MIN_STEM:
                    continue
                tail = NAME_TAIL.get(lang, MAX_NAME_TAIL)
                for name in self._starting(lang, names, stem[:_PREFIX]):
                    codes = names[name]
                    short, long = sorted((stem, name), key=len)
                    rest = long[len(short):]
                    vowels = len(rest) <= tail and all(ch in _VOWELS for ch in rest) \
                        and ending not in _PALATAL_ENDINGS
                    softened = lang in PALATAL and short == stem and \
                        ending in _PALATAL_ENDINGS and bool(PALATAL[lang].fullmatch(rest))
                    if long.startswith(short) and name != token and (vowels or softened):
                        for code in codes:
                            source = self.sources.get((lang, name))
                            found.setdefault(code, f"'{stem}' + the {lang} ending '{ending}'"
                                                   f" of {source or f'the CLDR name {name!r}'}")
        if len(found) != 1:
            return None
        code, why = next(iter(found.items()))
        return code, why

    def _starting(self, lang: str, names: dict[str, set[str]], prefix: str) -> list[str]:
        """The names of ``lang`` that begin with ``prefix`` (and the shorter ones, which
        the prefix cannot sort)."""
        size, index = self._by_prefix.get(lang, (-1, {}))
        if size != len(names):
            index = {}
            for name in names:
                index.setdefault(name[:_PREFIX] if len(name) >= _PREFIX else "", []).append(name)
            self._by_prefix[lang] = (len(names), index)
        return index.get(prefix, []) + index.get("", [])

    def name_of(self, code: str) -> str:
        return self.display.get(code, code)


def translated_name_tails(tables: dict[str, dict[str, set[str]]]) -> dict[str, dict[str, str]]:
    """Per language without "of" before a name (ru: a genitive), the last word of each
    ISO 3166 official name as pycountry translates it, when the English name has " of "
    and no other country's translated name ends so ("Соединённые Штаты Америки" ->
    "amerik": the stem of "американский")."""
    import gettext

    import pycountry

    out: dict[str, dict[str, str]] = {}
    for language in (lang for lang in GENITIVE_NAMES if lang in tables):
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                            languages=[language]).gettext
        except OSError:
            continue
        found: dict[str, set[str]] = {}
        for country in pycountry.countries:
            official = getattr(country, "official_name", None) or ""
            key = (normal_tokens(translate(official), declined=False) if " of " in official
                   else ())
            if len(key) >= 2 and len(key[-1]) >= MIN_STEM and key[-1] not in tables[language]:
                found.setdefault(key[-1], set()).add(country.alpha_2)
        out[language] = {tail: next(iter(codes)) for tail, codes in found.items()
                         if len(codes) == 1}
    return out


# The note :func:`link_to_countries` adds to a demonym entity. It is where the link lives:
# report.json's entity keys are fixed by the contract, and the renderers and the web app
# read that JSON (or the store's copy of it), so a field on the record would not reach
# them. One module writes the note and reads it back (:func:`linked_country_id`).
LINK_NOTE = ("'{surface}' is a demonym of {country}: the story names it as the entity "
             "'{name}' ({id})")
_LINK_ID = re.compile(r" is a demonym of .+: the story names it as the entity '.*' "
                      r"\(([^()\s]+)\)\Z", re.S)


def linked_country_id(merge_evidence: Iterable[str]) -> str | None:
    """The id of the country entity a demonym entity's :data:`LINK_NOTE` points at.

    None when no note does, or when notes point at two entities: a people shown under
    the wrong country misleads more than one shown on its own row.
    """
    ids = {m.group(1) for note in merge_evidence if (m := _LINK_ID.search(note))}
    return next(iter(ids)) if len(ids) == 1 else None


def link_to_countries(entities: list[Entity], forms: list[Form], countries: dict[int, str],
                      country_of_form: Callable[[int], str | None]) -> None:
    """Add to each demonym entity the entity of its country, when the story has one.

    ``countries`` maps demonym forms (by index) to the country's display name;
    ``country_of_form`` gives the display name of the one country a form names, if any.
    """
    by_id = {e.id: e for e in entities}
    country_entity: dict[str, Entity] = {}
    for j, form in enumerate(forms):
        country = country_of_form(j)
        entity_id = form.mentions[0].entity_id if form.mentions else None
        if country and entity_id in by_id:
            country_entity.setdefault(country, by_id[entity_id])
    for i, country in countries.items():
        own = by_id.get(forms[i].mentions[0].entity_id or "") if forms[i].mentions else None
        target = country_entity.get(country)
        if own is None or target is None or own is target:
            continue
        note = LINK_NOTE.format(surface=forms[i].surface, country=country, name=target.name,
                                id=target.id)
        if note not in own.merge_evidence:
            own.merge_evidence.append(note)
