"""The outlet of a scraped text page: the name in its copyright line, else its masthead."""

from __future__ import annotations

import re

from ._dates import find_dates
from ._lines import strong_kind
from ._meta import date_line

# "©", "(c)", "Copyright" mark the holder's name; the rights phrase may stand either side.
_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_RIGHTS = re.compile(
    r"all rights reserved|tous droits réservés|todos los derechos reservados|"
    r"alle rechte vorbehalten|tutti i diritti riservati|все права защищены|"
    r"جميع الحقوق محفوظة",
    re.IGNORECASE,
)
# A footer line packs several items: "© 2026 X. All rights reserved. | Privacy | Terms".
_SEGMENTS = re.compile(r"\s+[|•·—–-]\s+|\s*\|\s*|(?<=[.!?»”\"])\s+")
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)?\d{2,4})?\b")
# What is left around the name: marks, punctuation, quotes, the Arabic "ل" (to) that the
# rights phrase takes ("محفوظة لصحيفة الوادي").
_EDGES = " \t.,;:!?-–—|/()[]«»\"'“”„‘’®&"
# A publishing house's noun around the paper's name: "© La Vanguardia Ediciones",
# "Éditions Le Courrier": the paper is the rest.
_PUBLISHING_HOUSE = re.compile(r"^(?:ediciones|éditions|editions|edizioni)\s+|"
                               r"\s+(?:ediciones|éditions|editions|edizioni)$", re.IGNORECASE)
# A name is a few words; a longer remainder is a sentence ("X is published by Y").
_MAX_NAME_WORDS = 6
# Company legal forms and company nouns: "© Hanse-Kurier Medien GmbH", "© ALJ Agency"
# name the publisher, not the paper.
_LEGAL_FORM = re.compile(
    r"\b(?:gmbh|ag|kg|ltd|limited|inc|llc|plc|corp|s\.?a\.?s?|s\.?l\.?|s\.?p\.?a\.?|"
    r"s\.?r\.?l\.?|sarl|b\.?v\.?|ооо|оао|зао|ао|ش\.م\.م|agency|group|groupe|grupo|gruppo|"
    r"gruppe|holdings?|verlag)\.?$",
    re.IGNORECASE,
)
# A site named by its address in its own furniture: "Tu aimes madmoiZelle.com ?". A path
# after it ("facebook.com/...") is a link to another site, not the site's own name.
_SITE_ADDRESS = re.compile(
    r"(?<![\w./@-])((?:www\.)?([^\W\d_][\w-]{2,})\.(?:com|net|org|info|fr|es|it|de|be|ch|"
    r"ru|ma|dz|tn|eg|lb|ar|mx|co|cl|pe|uk|at|pt|ca|us|eu))(?![\w/.-])",
)
# A masthead is a title-sized name: one to five words, above the navigation menu.
_MAX_MASTHEAD_WORDS = 5
# Lower-case words that may sit inside a Title Case name ("La Voz del Estrecho").
_PARTICLES = frozenset({
    "de", "del", "della", "di", "du", "des", "la", "le", "les", "el", "los", "las", "y",
    "et", "and", "of", "the", "und", "der", "die", "das", "am", "im", "an", "on", "da",
    "do", "dos", "e", "al", "van", "von", "i",
})
_SENTENCE_PUNCT = re.compile(r"[.!?…؟:;,]\s|[.!?…؟:;]$")


def find_outlet(lines: list[str], body: range) -> str | None:
    """The site's name from its copyright line or, failing that, its masthead."""
    company = None
    for line in reversed([line for i, line in enumerate(lines) if i not in body]):
        name = copyright_holder(line)
        if name is None:
            continue
        if not _LEGAL_FORM.search(name):
            return name
        company = company or name
    masthead = masthead_name(lines, body)
    return masthead or (company and site_address(lines, body)) or company


def site_address(lines: list[str], body: range) -> str | None:
    """The site's own address when its furniture names it and the page says the name again.

    Asked only when the copyright names a company: the brand a reader knows is the site's
    ("madmoiZelle.com"), not its publisher's ("ALJ Agency"). The bare name must recur on
    the page, so one link to another site is not taken.
    """
    page = "\n".join(lines)
    for index, line in enumerate(lines):
        if index in body:
            continue
        for match in _SITE_ADDRESS.finditer(line):
            name = match.group(2)
            if len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", page)) >= 2:
                return match.group(1)
    return None


def copyright_holder(line: str) -> str | None:
    """The holder named in a footer line: "© 2026 The Daily Courier. All rights reserved."."""
    tag = strong_kind(line)
    if tag is None or tag.kind != "other" or not (_MARK.search(line) or _RIGHTS.search(line)):
        return None
    for segment in _SEGMENTS.split(line):
        if not (_MARK.search(segment) or _RIGHTS.search(segment)):
            continue
        rights = _RIGHTS.search(segment)
        bare = _MARK.sub(" ", _RIGHTS.sub(" ", segment))
        names = [" ".join(piece.split()).strip(_EDGES) for piece in _YEARS.split(bare)]
        if rights and segment[rights.end():].lstrip().startswith("ل"):
            names = [_arabic_object(name) for name in names]
        # A trademark sign marks a product ("CNN Sans ™ & © 2020 Cable News Network":
        # a typeface), not the holder of the rights.
        names = [(_PUBLISHING_HOUSE.sub("", name) or name).strip(_EDGES) for name in names
                 if "™" not in name]
        names = [name for name in names if _plausible(name)]
        if names:
            return _site_before_company(names)
    return None


def _site_before_company(names: list[str]) -> str:
    """The site when the years split the line into site and publisher.

    "Copyright © La Libre.be 1996-2020 Ipm sa" names the site before the years and its
    publishing company after them; a lone name is kept whatever it is.
    """
    return next((name for name in names if not _LEGAL_FORM.search(name)), names[0])


def _arabic_object(name: str) -> str:
    """Drop the preposition "ل" glued to the holder: "لصحيفة" -> "صحيفة", "للمرصد" -> "المرصد"."""
    name = name.removeprefix("لـ").strip()
    if name.startswith("لل"):
        return "ال" + name[2:]
    return name[1:] if name.startswith("ل") else name


def _plausible(name: str) -> bool:
    """A short name with letters, not a sentence, a date or a leftover "18+"."""
    words = name.split()
    return (
        1 <= len(words) <= _MAX_NAME_WORDS
        and any(ch.isalpha() for ch in name)
        and not any(ch.isdigit() for ch in name)
        and not _SENTENCE_PUNCT.search(name)
        and not find_dates(name)
    )


def masthead_name(lines: list[str], body: range) -> str | None:
    """The first line when it is a short name sitting right above the navigation menu."""
    if len(lines) < 2 or 0 in body:
        return None
    first, menu = lines[0].strip(), strong_kind(lines[1])
    if menu is None or menu.kind != "navigation" or strong_kind(first) is not None:
        return None
    words = first.split()
    if not 1 <= len(words) <= _MAX_MASTHEAD_WORDS or not _plausible(first) or date_line(first):
        return None
    cased = [w for w in words if w[:1].lower() != w[:1].upper()]
    if cased and all(w.isupper() for w in cased if len(w) > 1) and len(first) > 1:
        return _recase(first, lines)
    if len(words) == 1 or all(w[:1].isupper() or w.lower() in _PARTICLES for w in cased):
        return first
    if len(words) == 2 and words[0][:1].isupper():
        return first  # sentence case, as Russian writes names: "Северный вестник"
    return None


def _recase(shouted: str, lines: list[str]) -> str:
    """An all-caps masthead as the page writes it elsewhere, else in Title Case."""
    pattern = re.compile(rf"(?<!\w){re.escape(shouted)}(?!\w)", re.IGNORECASE)
    for line in lines[1:]:
        for match in pattern.finditer(line):
            if not match.group().isupper():
                return match.group()
    if len(shouted.split()) == 1 and len(shouted) <= 5:
        return shouted  # an acronym ("BBC") stays in capitals
    words = shouted.lower().split()
    titled = [w if i and w in _PARTICLES else re.sub(r"(?:^|(?<=-))(\w)",
                                                     lambda m: m.group(1).upper(), w)
              for i, w in enumerate(words)]
    return " ".join(titled)
