"""Dates that are names, and photo captions: neither is the time of a reported event.

"L'appel du 18 juin", "la révolution du 25 janvier", "the January 25 revolution",
"Piazza 25 aprile" use a day to *name* something: an event of some year the sentence does
not give, or a place. Read as a plain date, a year-less one takes the year before
publication ("l'appel du 18 juin" in a 2013 article became 2013-06-18) and its sentence
becomes a timeline entry for a day on which nothing it tells happened. The year of such a
name is only known where the story writes it ("la révolution du 25 janvier 2011");
otherwise the day is dropped from the timeline (:func:`storylens.dated_sentences.dated_sentences`
with ``names=True``).

A photo caption ("Des manifestants place Tahrir, au Caire, le 19 juin 2013.") shows a
picture; it is no entry either (:func:`shows_a_picture`).

The tests look at the shape of the words (a determiner, a noun, a linking word, a
capitalised street word, where the date stands in the sentence), with closed classes of
function words per language; no list of names or events.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .claims.dates import DateMention, find_dates, names_an_event
from .claims.text import claim_language, normalize_digits

# A place named after a day: the capitalised street or square word right before it
# ("Piazza 25 aprile", "Plaza 2 de Mayo", "Place du 14 Juillet", "Avenida 9 de Julio").
_PLACE: Final = re.compile(
    r"(?<!\w)(?-i:Piazza|Piazzale|Via|Viale|Corso|Largo|Plaza|Calle|Avenida|Paseo|Place|Rue|"
    r"Avenue|Boulevard|Square|Street|Platz|Straße|Strasse|Allee)"
    r"(?:\s+(?:del|de\s+la|du|des|de|dei|della|des|of\s+the|of))?\s+$")
# Determiners (closed classes) opening a noun phrase whose noun is linked to the date:
# "l'appel du 18 juin", "las protestas del 30 de junio", "la strage del 2 agosto".
_DETERMINER = (r"(?:(?<!\w)(?:le|la|les|ce|cette|ces|du|des|au|aux|el|los|las|este|esta|del|"
               r"al|il|lo|gli|i|dello|della|dei|degli|delle|nel|nello|nella|nei|negli|nelle|"
               r"sul|sulla|der|die|das|den|dem|the)\s+|(?<!\w)[ld][’'])")
_LINK = r"(?:du|de\s+la|del|della|dello|di|des|de|of\s+the|of|vom)"
_NOUN_BEFORE: Final = re.compile(
    rf"{_DETERMINER}(?P<noun>[^\W\d_]{{3,}}(?:-[^\W\d_]+)?)\s+{_LINK}\s+$", re.IGNORECASE)
# English names the day before the noun: "the January 25 revolution", "the June 30 protests".
_THE_BEFORE: Final = re.compile(r"(?<!\w)the\s+$", re.IGNORECASE)
_NOUN_AFTER: Final = re.compile(r",?\s+(?P<noun>[a-z]{4,})(?!\w)")
# A year written with the name, after the date ("du 25 janvier (de 2011)", "of 1940"):
# the date reader reads "25 janvier 2011" itself, these forms it does not.
# Bracketed or after a year word only: "du 30 juin, 2000 manifestants" is a count.
_YEAR_AFTER: Final = re.compile(
    r"\s*(?:\(\s*(?:de\s+|del\s+|of\s+|in\s+)?(?P<b>(?:1[89]|20)\d\d)\s*\)|"
    r"\s(?:de|del|of|in)\s+(?P<y>(?:1[89]|20)\d\d)(?!\d))")
# Words of time (closed classes): "la nuit du 25 janvier", "la date limite du", "the
# morning of", "la veille du", "la fin du" date a moment, they name nothing.
_TIME_WORDS: Final = frozenset("""
nuit soir soirée matin matinée journée jour jours semaine week-end mois après-midi date
veille lendemain début fin milieu période limite dimanche lundi mardi mercredi jeudi
vendredi samedi noche mañana tarde jornada día días semana madrugada fecha víspera
principios finales mediados notte mattina mattino sera serata giornata giorno giorni
settimana pomeriggio data vigilia inizio fine metà night morning evening afternoon day
days week weekend date eve start beginning end middle deadline nacht morgen abend tag
woche datum anfang ende mitte year years month months année années año años anno anni
""".split())
# A noun after an English date that is a verb or a function word, not the name's noun.
_NOT_A_NOUN: Final = frozenset("""and that this than then when with from into onto were
have been will would said says after before while where which what""".split())
# "L'attaque du 11 septembre dernier": the most recent such day, the year it guesses.
_LAST: Final = re.compile(r"\s+(?:dernier|dernière|passé|pasado|scorso|scorsa|last|letzten)(?!\w)",
                          re.IGNORECASE)
# How many characters before a date its naming noun phrase may start.
_REACH = 48
# A caption closes on the picture's full date; a report of the last days names the day
# without its year ("le 19 juin", "Wednesday"). How many days before publication a
# closing full date still reads as a caption's stamp.
CAPTION_DAYS = 14
_CLOSING: Final = re.compile(r"^[\s.)\]»”\"']*$")
_STAMP_BEFORE: Final = re.compile(r",\s*(?:(?:le|el|il|on|am|the)\s+)?$", re.IGNORECASE)


def date_name(norm: str, lang: str, mention: DateMention) -> str | None:
    """What the date at ``mention`` names: ``"place"`` for a street or square, else a
    key for the named event ("appel", "revolution", the noun casefolded), or None when it
    is a plain date. A weekday or "yesterday" names no event ("les heurts de mardi"), and
    a capitalised word before "du" is a place or a name ("l'attaque de la Ghouta du 21
    août"), not the naming noun."""
    if mention.relative or _LAST.match(norm, mention.end):
        return None
    before = norm[max(0, mention.start - _REACH):mention.start]
    if _PLACE.search(before):
        return "place"
    found = _NOUN_BEFORE.search(before)
    if found and found["noun"][0].islower() and found["noun"] not in _TIME_WORDS:
        return _stem(found["noun"])
    if lang == "en" and _THE_BEFORE.search(before):
        after = _NOUN_AFTER.match(norm, mention.end)
        if after and after["noun"] not in _TIME_WORDS and after["noun"] not in _NOT_A_NOUN:
            return _stem(after["noun"])
    if names_an_event(norm, lang, mention.start, mention.end):
        return "event"
    return None


def written_year(norm: str, mention: DateMention) -> int | None:
    """The year written with a named date: in the date itself ("25 janvier 2011") or
    right after it ("25 de enero (de 2011)"); None when the date has none."""
    if len(mention.iso) == 10 and not mention.iso.startswith("-") \
            and mention.iso[:4] in norm[mention.start:mention.end]:
        return int(mention.iso[:4])
    after = _YEAR_AFTER.match(norm, mention.end)
    return int(after["b"] or after["y"]) if after else None


def on_year(iso: str, year: int) -> str | None:
    """The day ``iso`` ("2013-01-25" or "--01-25") in ``year``; None for no such day."""
    month, day = iso[-5:-3], iso[-2:]
    try:
        return dt.date(year, int(month), int(day)).isoformat()
    except ValueError:
        return None


def shows_a_picture(text: str, mention: DateMention, published: dt.date | None) -> bool:
    """Whether the sentence ``text`` closes on ``mention``, a full date with its year
    written, of the last ``CAPTION_DAYS`` before publication: the stamp of a photo
    caption, not a report (which names a recent day without its year). The date stands
    after a comma, as a caption's stamp does (", le 19 juin 2013."): a report closing
    "... evacuated on 2 May 2030." runs on into its date."""
    if published is None or not _CLOSING.match(text[mention.end:]) \
            or not _STAMP_BEFORE.search(text, 0, mention.start):
        return False
    if len(mention.iso) != 10 or mention.iso[:4] not in text[mention.start:mention.end]:
        return False
    try:
        age = (published - dt.date.fromisoformat(mention.iso)).days
    except ValueError:
        return False
    return 0 <= age <= CAPTION_DAYS


def _stem(noun: str) -> str:
    """A naming noun without its plural ending, casefolded: "manifestations" and
    "manifestation" name alike."""
    noun = noun.casefold()
    return noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun


def named_only(text: str, language: str, published: dt.date | None, when: str) -> bool:
    """Whether every mention of the day ``when`` in ``text`` is inside a name: a claim
    dated so tells nothing that happened on that day."""
    lang = claim_language(language)
    norm = normalize_digits(text)
    found = [m for m in find_dates(text, lang, published) if m.iso == when]
    return bool(found) and all(date_name(norm, lang, m) is not None for m in found)
