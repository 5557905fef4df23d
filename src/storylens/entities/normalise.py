"""Normal forms of entity names, so one person written in many scripts and spellings meets.

A normal form is a tuple of ASCII tokens: transliterated (anyascii), lower-cased, with
titles and honorifics cut from the front, possessives dropped, Russian words put in
the nominative (:mod:`.russian_cases`) and their endings stripped, and an Arabic
article joined to its noun ("al-Amrani" -> "alamrani").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from .russian_cases import nominative


def _words(text: str) -> frozenset[str]:
    """A word set written as one string: long lists stay readable."""
    return frozenset(text.split())

# Titles and honorifics (ASCII, lower case) cut from the front of a name, in en, fr, es,
# de, it, ru (transliterated) and ar (transliterated): "Field Marshal", "el ministro".
TITLES = _words("""
    mr mrs ms miss dr prof sir lord lady dame gen general generale generala lt col
    colonel coronel polkovnik maj major capt captain cmdr commander comandante
    commandant adm admiral marshal marechal mariscal marschall feldmarschall marshala
    marshall president presidente presidenta prasident prasidentin prezident
    prezidenta premier minister ministre ministro ministra ministerin ministr ministra
    chancellor kanzler kanzlerin bundeskanzler canciller chancelier senator sen
    senador senateur senatore rep gov governor gouverneur gobernador secretary
    secretaire secretario sekretar king queen prince princess roi reine rey reina
    konig prinz emir sheikh cheikh sheikha scheich jeque imam ayatollah pope pape papa
    papst m mme mlle monsieur madame sr sra srta don dona herr frau signor signora
    gospodin spokesman spokeswoman leader chef jefe lider deputy vice acting sheriff
    colonnello tenente teniente lieutenant capitano capitaine sergente sargento sergent
    ammiraglio almirante amiral segretario segretaria secretaria professor professore
    professoressa profesor profesora professeur dottore dottor onorevole""")
# Words of address before a name in a letter or a comment ("Caro Max", "Dear John",
# "Querida Ana", "Chère Marie"), cut like titles; never a name's own word ("cara" and
# "cher" are left out: a given name, a singer).
VOCATIVES = _words("""
    dear caro carissimo carissima chere chers cheres querido querida queridos queridas
    estimado estimada lieber""")
# Words that belong to a title only when a title follows ("Field Marshal", "el ministro",
# "Prime Minister", "Foreign Minister"); alone they are part of a name ("Field Museum").
TITLE_LEADS = _words("""
    field prime foreign defence defense interior finance justice health state
    el le la il der die lo the former ex late vice deputy acting grand""")
# German and Russian compounds that end in a title ("aussenminister", "premer-ministr").
TITLE_SUFFIXES = ("minister", "ministerin", "ministr", "prasident", "kanzler")
# Generational suffixes after a full name ("Joseph R. Biden Jr."): no word of the name.
GENERATIONAL = frozenset({"jr", "sr"})
# Arabic articles written as a separate word or with a hyphen ("al-Amrani", "El Amrani").
ARABIC_ARTICLES = frozenset({"al", "el"})

# Russian noun and adjective case endings, longest first: "Хафтара" -> "Хафтар",
# "Путиным" -> "Путин". A stem keeps at least MIN_STEM letters so short words survive.
RUSSIAN_ENDINGS = (
    "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями",
    "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ах", "ях",
    "а", "я", "у", "ю", "е", "ы", "и",
)
# Four letters: shorter stems collide, and foreign names ending in a vowel do not
# decline ("Карими" must keep "Карим", not become "Кар").
MIN_STEM = 4

_POSSESSIVE = re.compile(r"['’`]s\b", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['’`ʼʻ]")
_TOKEN = re.compile(r"[a-z0-9]+")
_CYRILLIC_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)

# Letter groups that transliterations of one sound differ by, mapped to one symbol
# (Kadhafi/Gaddafi/Qaddafi, Haftar/Khaftar, Spanish Jalifa/Khalifa, Djamel/Jamal,
# German Scholz/Russian Sholts). Order matters: longer groups before their letters.
_SKELETON_MAP = (
    ("sch", "s"), ("tz", "s"), ("ts", "s"), ("kh", "h"), ("gh", "k"), ("dh", "d"),
    ("th", "t"), ("ph", "f"), ("sh", "s"),
    ("ch", "s"), ("ck", "k"), ("dj", "j"), ("j", "h"), ("q", "k"), ("g", "k"), ("c", "k"),
    ("w", "v"), ("z", "s"), ("x", "ks"),
)
_VOWELS = frozenset("aeiouy")
# French writes a "w" between vowels as "ou" ("Beblaoui", "Sahraoui" for "Beblawi",
# "Sahrawi"); after a consonant "ou" is a vowel ("Mouammar" / "Muammar").
_FRENCH_W = re.compile(r"(?<=[aeiy])ou(?=[aeiy])")


def strip_russian_case(word: str) -> str:
    """Stem a Cyrillic word so every grammatical case of a name gives one form."""
    if word.isupper() and len(word) > 1:
        return word  # acronyms ("ООН") do not decline
    lower = word.lower()
    for ending in RUSSIAN_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            return word[: len(word) - len(ending)]
    return word


def is_latin(text: str) -> bool:
    """True when every letter is Latin script: such forms make readable canonical names."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return any(ch.isalpha() for ch in text)


def _is_title(token: str) -> bool:
    return token in TITLES or token in VOCATIVES or (
        len(token) > 6 and token.endswith(TITLE_SUFFIXES))


def strip_titles(tokens: list[str]) -> list[str]:
    """Cut titles from the front of a name, never cutting the whole name."""
    out = list(tokens)
    while len(out) > 1:
        head = out[0]
        if _is_title(head) or (
            head in TITLE_LEADS and any(_is_title(t) for t in out[1:3]) and len(out) > 2
        ) or head in {"the"}:
            out.pop(0)
            continue
        break
    return out


@functools.lru_cache(maxsize=1 << 16)  # pure; asked per form again and again
def normal_tokens(surface: str, declined: bool = True) -> tuple[str, ...]:
    """The normal form of a surface form: compare these, never raw strings.

    ``declined``: the surface may be in any grammatical case (a mention), so a Russian one
    is put in the nominative first; False for names a dictionary gives in the nominative
    (CLDR, GeoNames), which skips the morphology (10,000 gazetteer words, ~1 s of CPU)
    and gives the same form."""
    text = _POSSESSIVE.sub("", nominative(surface, person=False) if declined else surface)
    text = _CYRILLIC_WORD.sub(lambda m: strip_russian_case(m.group()), text)
    text = _APOSTROPHES.sub("", anyascii(text)).lower()
    tokens = strip_titles(_TOKEN.findall(text))
    if len(tokens) >= 3 and tokens[-1] in GENERATIONAL:
        tokens.pop()  # "Cesar Sayoc Jr." is the "Cesar Sayoc" of the next paragraph
    joined: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in ARABIC_ARTICLES and i + 1 < len(tokens):
            joined.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        joined.append(tokens[i])
        i += 1
    return tuple(joined)


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute), for spelling variants of one name."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=1 << 16)  # pure; asked per form again and again
def skeleton(word: str) -> str:
    """Consonants of a word, sound-alike letters merged and doubles collapsed.

    A leading vowel is kept, so "Ahmed" (ahmd) and "Hamid" (hmd) stay apart.
    """
    text = _FRENCH_W.sub("w", word.lower())
    for group, symbol in _SKELETON_MAP:
        text = text.replace(group, symbol)
    lead = text[0] if text and text[0] in _VOWELS else ""
    out: list[str] = []
    for ch in text:
        if ch in _VOWELS or not ch.isalpha():
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return lead + "".join(out)


def vowel_groups(word: str) -> int:
    """Vowel runs before the last consonant (syllables, roughly); 0 for unvowelled Arabic.

    A final vowel does not count: Russian case stripping removes it ("Бенгази" -> "bengaz").
    """
    word = _FRENCH_W.sub("w", word)
    return len(re.findall(r"[aeiouy]+", word.rstrip("aeiouy")))
