"""Sentence templates of the brief per output language (en, fr, es, it, de).

No machine translation runs offline, so the brief is written from claims with fixed
templates: only the slots (names, figures, dates, quotes, outlets) come from the data,
and each slot is checked against the cited claims by :mod:`storylens.brief.verify`.
A figure whose kind has no wording in the reader's language is left out (abstain rather
than guess); quotes stay in their own language and are marked with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Value
from ..wording import NEAR_MODIFIERS, VAGUE_WORDS, is_vague, nominal_value, norm
from .dates import is_day, spelled_date


@dataclass(frozen=True, slots=True)
class Phrases:
    """The fixed words of one language's brief."""

    sources: str            # "according to {n} independent sources"
    outlets: str            # "according to {names}"
    single: str             # "single source: {names}"
    relayed: str            # "one origin, relayed by {names}": copies of one text
    dispute: str            # "{topic}: reports range from {low} to {high} ({parts})"
    said: str               # "{who} said: {quote}"
    on_date: str            # "on {when}" for a day
    in_period: str          # "in {when}" for a month or a year
    in_place: str           # "in {place}" when the source's own locative is unusable
    headline: str           # "{outlet} reports: {quote}"
    joiner: str             # " and " between the last two names
    quote_marks: tuple[str, str]
    at_least: str
    more_than: str
    up_to: str
    about: str
    nearly: str
    between: str            # "between {low} and {high}"
    # What a figure counts, by the extractor's value type.
    nouns: dict[str, str]
    # Topic of a dispute, by value type.
    topics: dict[str, str]
    # Relation templates by relation type ("meets" -> "{s} met {o}").
    relations: dict[str, str]
    # Vague amounts ("hundreds") in this language.
    vague: dict[str, str]
    # The word between a vague amount and its noun: "des dizaines de morts", "decine di".
    vague_link: str = ""
    # Nouns that take a link even where participles do not: "hundreds of casualties" but
    # "hundreds killed" (English counts people with participles and a few plain nouns).
    linked_nouns: frozenset[str] = frozenset()
    noun_link: str = ""
    # "in {when}" for a year, when it differs from the month's wording ("im Jahr 2013").
    in_year: str = ""
    # "One article reports: {quote}" when the article has no outlet and its title is the
    # quoted lead itself ("“X…” reports: “X”" says nothing twice).
    untitled: str = ""
    # "{outlet} writes: {quote}": the lead of a text not told as a report (a column, an
    # analysis, a roundup: framing.genre), which does not *report* what it says.
    writes: str = ""
    # "{who} said: {quote}" for a plural speaker ("Des témoins ont déclaré"); "" = ``said``.
    said_plural: str = ""


_EN = Phrases(
    sources="according to {n} independent sources", outlets="according to {names}",
    single="single source: {names}",
    relayed="one origin, relayed by {names}",
    dispute="{topic}: reports range from {low} to {high} ({parts})",
    said="{who} said: {quote}", in_place="in {place}", headline="{outlet} reports: {quote}",
    writes="{outlet} writes: {quote}",
    untitled="One article reports: {quote}",
    in_period="in {when}", on_date="on {when}", joiner=" and ", quote_marks=("“", "”"),
    at_least="at least", more_than="more than", up_to="up to", about="about",
    nearly="nearly", between="between {low} and {high}",
    nouns={"killed": "killed", "dead": "dead", "deaths": "deaths", "injured": "injured",
           "wounded": "wounded", "missing": "missing", "displaced": "displaced",
           "evacuated": "evacuated", "arrested": "arrested",
           "casualties": "casualties", "rescued": "rescued"},
    linked_nouns=frozenset({"deaths", "casualties"}), noun_link="of",
    topics={"killed": "Death toll", "dead": "Death toll", "deaths": "Death toll",
            "injured": "Number injured", "wounded": "Number injured",
            "missing": "Number missing", "displaced": "Number displaced",
            "evacuated": "Number evacuated", "arrested": "Number arrested",
            "casualties": "Number of casualties", "rescued": "Number rescued"},
    relations={"meets": "{s} met {o}", "supports": "{s} backed {o}",
               "opposes": "{s} opposed {o}", "attacks": "{s} attacked {o}",
               "sanctions": "{s} sanctioned {o}", "accuses": "{s} accused {o}",
               "calls_on": "{s} called on {o}"},
    vague={w: w for w in VAGUE_WORDS},
)
_FR = Phrases(
    sources="selon {n} sources indépendantes", outlets="selon {names}",
    single="source unique : {names}",
    relayed="une seule origine, reprise par {names}",
    dispute="{topic} : entre {low} et {high} selon les sources ({parts})",
    said="{who} a déclaré : {quote}", said_plural="{who} ont déclaré : {quote}",
    in_place="— lieu : {place}",
    headline="{outlet} rapporte : {quote}", writes="{outlet} écrit : {quote}",
    untitled="Un article rapporte : {quote}",
    in_period="en {when}", on_date="le {when}", joiner=" et ",
    quote_marks=("« ", " »"),
    at_least="au moins", more_than="plus de", up_to="jusqu'à", about="environ",
    nearly="près de", between="entre {low} et {high}",
    nouns={"killed": "morts", "dead": "morts", "deaths": "morts", "injured": "blessés",
           "wounded": "blessés", "missing": "disparus", "displaced": "déplacés",
           "evacuated": "évacués", "arrested": "arrestations",
           "casualties": "victimes", "rescued": "secourus"},
    topics={"killed": "Bilan", "dead": "Bilan", "deaths": "Bilan", "injured": "Blessés",
            "wounded": "Blessés", "missing": "Disparus", "displaced": "Déplacés",
            "evacuated": "Évacués", "arrested": "Arrestations",
            "casualties": "Victimes", "rescued": "Secourus"},
    relations={"meets": "{s} a rencontré {o}", "supports": "{s} a soutenu {o}",
               "opposes": "{s} s'est opposé à {o}", "attacks": "{s} a attaqué {o}",
               "sanctions": "{s} a sanctionné {o}", "accuses": "{s} a accusé {o}",
               "calls_on": "{s} a appelé {o}"},
    vague_link="de",
    vague={"dozens": "des dizaines", "scores": "des dizaines", "hundreds": "des centaines",
           "thousands": "des milliers", "tens of thousands": "des dizaines de milliers",
           "hundreds of thousands": "des centaines de milliers", "millions": "des millions"},
)
_ES = Phrases(
    sources="según {n} fuentes independientes", outlets="según {names}",
    single="fuente única: {names}",
    relayed="un solo origen, difundido por {names}",
    dispute="{topic}: las cifras van de {low} a {high} ({parts})",
    said="{who} declaró: {quote}", said_plural="{who} declararon: {quote}",
    in_place="en {place}", headline="{outlet} informa: {quote}",
    writes="{outlet} escribe: {quote}",
    untitled="Un artículo informa: {quote}",
    in_period="en {when}", on_date="el {when}", joiner=" y ", quote_marks=("«", "»"),
    at_least="al menos", more_than="más de", up_to="hasta", about="unos", nearly="casi",
    between="entre {low} y {high}",
    nouns={"killed": "muertos", "dead": "muertos", "deaths": "muertos", "injured": "heridos",
           "wounded": "heridos", "missing": "desaparecidos", "displaced": "desplazados",
           "evacuated": "evacuados", "arrested": "detenidos",
           "casualties": "víctimas", "rescued": "rescatados"},
    topics={"killed": "Balance de muertos", "dead": "Balance de muertos",
            "deaths": "Balance de muertos", "injured": "Heridos", "wounded": "Heridos",
            "missing": "Desaparecidos", "displaced": "Desplazados", "evacuated": "Evacuados",
            "arrested": "Detenidos", "casualties": "Víctimas", "rescued": "Rescatados"},
    relations={"meets": "{s} se reunió con {o}", "supports": "{s} apoyó a {o}",
               "opposes": "{s} se opuso a {o}", "attacks": "{s} atacó a {o}",
               "accuses": "{s} acusó a {o}", "calls_on": "{s} pidió a {o}"},
    vague_link="de",
    vague={"dozens": "decenas", "scores": "decenas", "hundreds": "cientos",
           "thousands": "miles", "tens of thousands": "decenas de miles",
           "hundreds of thousands": "cientos de miles", "millions": "millones"},
)
_IT = Phrases(
    sources="secondo {n} fonti indipendenti", outlets="secondo {names}",
    single="fonte unica: {names}",
    relayed="un'unica origine, ripresa da {names}",
    dispute="{topic}: le cifre vanno da {low} a {high} ({parts})",
    said="{who} ha dichiarato: {quote}", said_plural="{who} hanno dichiarato: {quote}",
    in_place="— luogo: {place}",
    headline="{outlet} riporta: {quote}", writes="{outlet} scrive: {quote}",
    untitled="Un articolo riporta: {quote}",
    in_period="nel {when}", on_date="il {when}", joiner=" e ",
    quote_marks=("«", "»"),
    at_least="almeno", more_than="più di", up_to="fino a", about="circa", nearly="quasi",
    between="tra {low} e {high}",
    nouns={"killed": "morti", "dead": "morti", "deaths": "morti", "injured": "feriti",
           "wounded": "feriti", "missing": "dispersi", "displaced": "sfollati",
           "evacuated": "evacuati", "arrested": "arrestati",
           "casualties": "vittime", "rescued": "soccorsi"},
    topics={"killed": "Bilancio delle vittime", "dead": "Bilancio delle vittime",
            "deaths": "Bilancio delle vittime", "injured": "Feriti", "wounded": "Feriti",
            "missing": "Dispersi", "displaced": "Sfollati", "evacuated": "Evacuati",
            "arrested": "Arresti", "casualties": "Vittime", "rescued": "Soccorsi"},
    relations={"meets": "{s} ha incontrato {o}", "supports": "{s} ha sostenuto {o}",
               "opposes": "{s} si è opposto a {o}", "attacks": "{s} ha attaccato {o}",
               "accuses": "{s} ha accusato {o}", "calls_on": "{s} ha chiesto a {o}"},
    vague_link="di",
    vague={"dozens": "decine", "scores": "decine", "hundreds": "centinaia",
           "thousands": "migliaia", "tens of thousands": "decine di migliaia",
           "hundreds of thousands": "centinaia di migliaia", "millions": "milioni"},
)
_DE = Phrases(
    sources="laut {n} unabhängigen Quellen", outlets="laut {names}",
    single="einzige Quelle: {names}",
    relayed="eine einzige Quelle, übernommen von {names}",
    dispute="{topic}: die Angaben reichen von {low} bis {high} ({parts})",
    said="{who} sagte: {quote}", said_plural="{who} sagten: {quote}", in_place="— Ort: {place}",
    headline="{outlet} berichtet: {quote}", writes="{outlet} schreibt: {quote}",
    untitled="Ein Artikel berichtet: {quote}",
    in_period="im {when}", in_year="im Jahr {when}", on_date="am {when}", joiner=" und ",
    quote_marks=("„", "“"),
    at_least="mindestens", more_than="mehr als", up_to="bis zu", about="etwa", nearly="fast",
    between="zwischen {low} und {high}",
    nouns={"killed": "Tote", "dead": "Tote", "deaths": "Tote", "injured": "Verletzte",
           "wounded": "Verletzte", "missing": "Vermisste", "displaced": "Vertriebene",
           "evacuated": "Evakuierte", "arrested": "Festnahmen",
           "casualties": "Opfer", "rescued": "Gerettete"},
    topics={"killed": "Zahl der Toten", "dead": "Zahl der Toten", "deaths": "Zahl der Toten",
            "injured": "Zahl der Verletzten", "wounded": "Zahl der Verletzten",
            "missing": "Zahl der Vermissten", "displaced": "Zahl der Vertriebenen",
            "evacuated": "Zahl der Evakuierten", "arrested": "Zahl der Festnahmen",
            "casualties": "Zahl der Opfer", "rescued": "Zahl der Geretteten"},
    relations={"meets": "{s} traf {o}", "supports": "{s} unterstützte {o}",
               "opposes": "{s} stellte sich gegen {o}", "attacks": "{s} griff {o} an",
               "accuses": "{s} beschuldigte {o}", "calls_on": "{s} forderte {o} auf"},
    vague={"dozens": "Dutzende", "scores": "Dutzende", "hundreds": "Hunderte",
           "thousands": "Tausende", "tens of thousands": "Zehntausende",
           "hundreds of thousands": "Hunderttausende", "millions": "Millionen"},
)
PHRASES = {"en": _EN, "fr": _FR, "es": _ES, "it": _IT, "de": _DE}
# Thousands separator per language, as its readers write figures ("1,000", "1 000", "1.000").
_GROUPING = {"en": ",", "fr": "\u202f", "es": ".", "it": ".", "de": "."}


def phrases_for(language: str) -> Phrases:
    """The templates of ``language``; English when it has none (the brief says which)."""
    return PHRASES.get(language, _EN)


def brief_language(language: str) -> str:
    """The language the brief is actually written in for a reader of ``language``."""
    return language if language in PHRASES else "en"


def number(value: float, language: str) -> str:
    """A figure as the reader's language writes it, without a spurious decimal part."""
    if not float(value).is_integer():
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}".replace(",", _GROUPING.get(language, ","))


_RANGE_MODIFIERS = frozenset({"between", "from"})


def amount(value: Value, language: str) -> str | None:
    """'more than 1,000' / 'plus de 1 000' from the value's own numbers (None if vague and
    without wording)."""
    p = phrases_for(language)
    low, high = value.low, value.high
    modifier = norm(value.modifier) if value.modifier else ""
    if low is None and high is None:
        return None
    if low is None:
        assert high is not None
        return f"{p.up_to} {number(high, language)}"
    if high is None:
        lead = p.more_than if modifier in ("more than", "over", "plus de", "mas de") else \
            p.at_least
        return f"{lead} {number(low, language)}"
    if is_vague(value):
        return p.vague.get(modifier or "hundreds")
    if low == high:
        return number(low, language)
    if modifier in NEAR_MODIFIERS:
        return f"{p.nearly} {number(nominal_value(value), language)}"
    if modifier and modifier not in _RANGE_MODIFIERS:
        return f"{p.about} {number(nominal_value(value), language)}"
    # "tra le 100 e le 150": both bounds as written, never their midpoint (a number nobody
    # wrote).
    return p.between.format(low=number(low, language), high=number(high, language))


def figure(value: Value, language: str) -> str | None:
    """'at least 74 killed' / 'au moins 74 morts'; None when the reader's language has no
    noun for what the figure counts."""
    noun = phrases_for(language).nouns.get(norm(value.type))
    said = amount(value, language)
    if noun is None or said is None:
        return None
    return f"{said} {noun}"


def when_phrase(when: str, language: str) -> str:
    """'on March 15, 2026' for a day (or a yearless 'on March 15'), 'in August 2013' or
    'in 2013' else, in the brief's language."""
    written = brief_language(language)
    p = phrases_for(written)
    template = p.on_date if is_day(when) else \
        (p.in_year or p.in_period) if when.isdigit() else p.in_period
    return template.format(when=spelled_date(when, written))


# Plural determiners opening a speaker phrase ("des témoins", "los vecinos", "alcuni
# residenti", "mehrere Zeugen"): the verb of "said" agrees with them. Grammar words only;
# a bare plural noun ("Témoins") is left singular (abstain: no noun list).
_PLURAL_OPENERS = {
    "fr": frozenset("des les plusieurs certains certaines quelques deux trois nombreux".split()),
    "es": frozenset("los las unos unas varios varias algunos algunas dos tres".split()),
    "it": frozenset("i gli alcuni alcune dei degli delle diversi diverse due tre".split()),
    "de": frozenset("mehrere einige viele zwei drei".split()),
}


def said_by(who: str, quote: str, language: str) -> str:
    """'X said: “…”' with the verb agreeing with a plural speaker where the language
    inflects it ("Des témoins ont déclaré", not "Des témoins a déclaré")."""
    p = phrases_for(language)
    first = who.split()[0].casefold() if who.split() else ""
    plural = p.said_plural and first in _PLURAL_OPENERS.get(language, frozenset())
    return (p.said_plural if plural else p.said).format(who=who, quote=quote)


def names_list(names: list[str], language: str) -> str:
    """'A', 'A and B', 'A, B and C' with the reader's conjunction."""
    joiner = phrases_for(language).joiner
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else "".join(names)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
