"""Find calendar dates written in en, fr, es, de, it, ar, ru; only unambiguous ones count."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "enero", "ene", "januar", "jänner", "gennaio",
        "gen", "января", "январь", "янв", "يناير", "كانون الثاني"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "febrero", "februar",
        "febbraio", "февраля", "февраль", "фев", "فبراير", "شباط"),
    3: ("march", "mar", "mars", "marzo", "märz", "марта", "март", "مارس", "آذار"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр",
        "أبريل", "ابريل", "نيسان"),
    5: ("may", "mai", "mayo", "maggio", "mag", "мая", "май", "مايو", "أيار"),
    6: ("june", "jun", "juin", "junio", "juni", "giugno", "giu", "июня", "июнь", "يونيو",
        "يونيه", "حزيران"),
    7: ("july", "jul", "juillet", "juil", "julio", "juli", "luglio", "lug", "июля", "июль",
        "يوليو", "يوليه", "تموز"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "августа", "август",
        "авг", "أغسطس", "اغسطس", "آب"),
    9: ("september", "sept", "sep", "septembre", "septiembre", "settembre", "set",
        "сентября", "сентябрь", "сен", "سبتمبر", "أيلول"),
    10: ("october", "oct", "octobre", "octubre", "oktober", "okt", "ottobre", "ott",
         "октября", "октябрь", "окт", "أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя", "نوفمبر",
         "تشرين الثاني"),
    12: ("december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezember",
         "dez", "dicembre", "декабря", "декабрь", "дек", "ديسمبر", "كانون الأول"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True))
# Arabic-Indic and Eastern Arabic-Indic digits, so "٣ مارس ٢٠٢٤" reads like "3 مارس 2024".
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+|del\s+)?"
    r"(\d{4})\b", re.IGNORECASE)
_MONTH_FIRST = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)

# Words that say a date is the publication date rather than an update.
PUBLISHED_LABEL = re.compile(
    r"published|posted|publié|publiée|mis en ligne|publicado|veröffentlicht|"
    r"pubblicato|نشر|نُشر|опубликовано|опубликован", re.IGNORECASE)


class DateMatch(NamedTuple):
    """A date found in a text: where it is and what it means."""

    start: int
    end: int
    iso: str


def find_dates(text: str) -> list[DateMatch]:
    """Every unambiguous calendar date in ``text``, in order of appearance."""
    text = text.translate(_DIGITS)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], year: str, month: int, day: str) -> None:
        if any(match.start() < end and start < match.end() for start, end in taken):
            return
        try:
            iso = dt.date(int(year), month, int(day)).isoformat()
        except ValueError:
            return
        taken.append((match.start(), match.end()))
        found.append(DateMatch(match.start(), match.end(), iso))

    for m in _ISO.finditer(text):
        add(m, m.group(1), int(m.group(2)), m.group(3))
    for m in _DAY_FIRST.finditer(text):
        add(m, m.group(3), _MONTH_OF[m.group(2).lower()], m.group(1))
    for m in _MONTH_FIRST.finditer(text):
        add(m, m.group(3), _MONTH_OF[m.group(1).lower()], m.group(2))
    for m in _NUMERIC.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if m.group(2) == "." or first > 12:
            add(m, m.group(4), second, m.group(1))  # 03.04.2024 is day-first in de, ru
        elif second > 12:
            add(m, m.group(4), first, m.group(3))
        # 03/04/2024 could be March or April: ambiguous, so no date.
    return sorted(found)
