"""Number words, vague amounts and figure modifiers per language (data, not logic).

Adding a language means adding an entry to each table; :mod:`numbers` reads them.
All keys are lower-case. Tables are built once at import and never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Vague:
    """A word for an imprecise amount: "hundreds", "une centaine", "Tausende"."""

    low: int
    high: int
    label: str
    # Multiplier when a number precedes it ("3 тысячи", "1,5 millions"); 0 = never.
    scale: int = 0
    # True for "about N" words ("une centaine"): the range is N +/- 10 %.
    approx: bool = False


def _arabic() -> dict[str, int]:
    """Arabic numbers with masculine/feminine and nominative/oblique forms."""
    table = {
        "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
        "اثنتين": 2, "اثنا": 2, "اثني": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
        "اربعة": 4, "اربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
        "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
        "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
        "ألف": 1000, "الف": 1000, "ألفان": 2000, "ألفين": 2000, "مليون": 1_000_000,
        "مليونان": 2_000_000, "مليونين": 2_000_000, "مليار": 1_000_000_000,
    }
    tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
    for value, stem in enumerate(tens, start=2):
        table[stem + "ون"] = 10 * value
        table[stem + "ين"] = 10 * value
    table.update({"اربعون": 40, "اربعين": 40, "ثمانون": 80, "ثمانين": 80})
    for value, stem in enumerate(["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"], 3):
        table[stem + "مئة"] = 100 * value
        table[stem + "مائة"] = 100 * value
    return table


def _russian() -> dict[str, int]:
    """Russian number words in the cases news uses (nominative, genitive)."""
    forms = [
        (1, "один одна одно одного одной"), (2, "два две двух"), (3, "три трех трёх"),
        (4, "четыре четырех четырёх"), (5, "пять пяти"), (6, "шесть шести"),
        (7, "семь семи"), (8, "восемь восьми"), (9, "девять девяти"),
        (10, "десять десяти"), (11, "одиннадцать одиннадцати"),
        (12, "двенадцать двенадцати"), (13, "тринадцать тринадцати"),
        (14, "четырнадцать четырнадцати"), (15, "пятнадцать пятнадцати"),
        (16, "шестнадцать шестнадцати"), (17, "семнадцать семнадцати"),
        (18, "восемнадцать восемнадцати"), (19, "девятнадцать девятнадцати"),
        (20, "двадцать двадцати"), (30, "тридцать тридцати"), (40, "сорок сорока"),
        (50, "пятьдесят пятидесяти"), (60, "шестьдесят шестидесяти"),
        (70, "семьдесят семидесяти"), (80, "восемьдесят восьмидесяти"),
        (90, "девяносто девяноста"), (100, "сто ста"), (200, "двести двухсот"),
        (300, "триста трехсот трёхсот"), (400, "четыреста четырехсот четырёхсот"),
        (500, "пятьсот пятисот"), (600, "шестьсот шестисот"), (700, "семьсот семисот"),
        (800, "восемьсот восьмисот"), (900, "девятьсот девятисот"),
        (1000, "тысяча тысячу тысячей"), (1_000_000, "миллион"),
    ]
    return {word: value for value, group in forms for word in group.split()}


# Number words of the languages text2num does not cover (ar, ru). For en, fr, es, de
# and it the library reads them (:func:`numbers.word_values`); see LIBRARY_LANGUAGES.
NUMBER_WORDS: Final[dict[str, dict[str, int]]] = {
    "ru": _russian(),
    "ar": _arabic(),
}

# Languages whose number words text2num (module ``text_to_num``) reads, glued German and
# Italian compounds included ("zweihundertsiebenundvierzig", "duecentoquarantasette").
LIBRARY_LANGUAGES: Final[frozenset[str]] = frozenset({"en", "fr", "es", "de", "it"})

# Number words text2num 3.1 does not read alone, checked against its output: unaccented
# Spanish spellings, German inflected "ein" and transliterated umlauts, Italian singular
# scales and "mila" (read only inside a longer number, see ARTICLE_LIKE); "vingts" of
# "quatre-vingts", since plurals of units and tens are refused (numbers._library_word).
LIBRARY_MISSES: Final[dict[str, dict[str, int]]] = {
    "fr": {"vingts": 20},
    "es": {"veintiún": 21, "veintidos": 22, "veintitres": 23},
    "de": {"eine": 1, "einen": 1, "einem": 1, "einer": 1, "fuenf": 5, "zwoelf": 12},
    "it": {"mila": 1000, "milione": 1_000_000, "miliardo": 1_000_000_000},
}

# Words text2num reads as a number that are no cardinal in running text: the Spanish
# short ordinal ("el tercer día"), and Italian ordinals glued to a number ("centodecima").
# Plurals ("uns", "unos", "ones") are refused by rule, plural scales ("hundreds",
# "millones") are vague amounts (VAGUE).
NOT_CARDINAL: Final[dict[str, frozenset[str]]] = {"es": frozenset({"tercer"})}
ORDINAL_ENDINGS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("esimo", "esima", "esimi", "esime", "decimo", "decima", "decimi", "decime"),
}

# Words that are usually an article, not a count, when they stand alone ("un muerto"
# is a count, but "un informe" is not; we only read them inside a longer number).
ARTICLE_LIKE: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(),
    "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una", "uno"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer", "eins"}),
    "it": frozenset({"un", "una", "uno", "mila"}),
    "ru": frozenset({"одна", "одно", "одного", "одной"}),
    "ar": frozenset({"أحد", "إحدى", "واحد", "واحدة"}),
}

# Words that join the parts of one number: "two hundred and five", "vingt-et-un".
NUMBER_CONNECTORS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"and"}), "fr": frozenset({"et"}), "es": frozenset({"y"}),
    "de": frozenset({"und"}), "it": frozenset({"e"}), "ru": frozenset(),
    "ar": frozenset({"و"}),
}

# Standalone ranges: a plural scale word means at least two of it and fewer than ten
# (ten would be named by the next scale word): "hundreds" = 200..999. "Dozens" starts
# at two dozen (24); "tens" (decenas, десятки, عشرات) at 20. Both stop below 100.
_TENS = Vague(20, 99, "dozens", 10)
_DOZENS = Vague(24, 99, "dozens", 12)
_HUNDREDS = Vague(200, 999, "hundreds", 100)
_THOUSANDS = Vague(2000, 9999, "thousands", 1000)
_MILLIONS = Vague(2_000_000, 9_999_999, "millions", 1_000_000)
_BILLIONS = Vague(2_000_000_000, 9_999_999_999, "billions", 1_000_000_000)
_TEN_THOUSANDS = Vague(20_000, 99_999, "tens of thousands")
_HUNDRED_THOUSANDS = Vague(200_000, 999_999, "hundreds of thousands")


def _about(value: int) -> Vague:
    """A singular "about N" word ("une vingtaine", "un centinaio")."""
    return Vague(value, value, "about", value, approx=True)


VAGUE: Final[dict[str, dict[str, Vague]]] = {
    "en": {"tens": _TENS, "dozens": _DOZENS, "hundreds": _HUNDREDS,
           "thousands": _THOUSANDS, "millions": _MILLIONS, "billions": _BILLIONS,
           "dozen": _about(12)},
    "fr": {"dizaines": _TENS, "douzaines": _DOZENS, "centaines": _HUNDREDS,
           "milliers": _THOUSANDS, "millions": _MILLIONS, "milliards": _BILLIONS,
           "dizaine": _about(10), "douzaine": _about(12), "quinzaine": _about(15),
           "vingtaine": _about(20), "trentaine": _about(30), "quarantaine": _about(40),
           "cinquantaine": _about(50), "soixantaine": _about(60),
           "centaine": _about(100), "millier": _about(1000)},
    "es": {"decenas": _TENS, "docenas": _DOZENS, "cientos": _HUNDREDS,
           "centenares": _HUNDREDS, "miles": _THOUSANDS, "millones": _MILLIONS,
           "decena": _about(10), "docena": _about(12), "veintena": _about(20),
           "treintena": _about(30), "centenar": _about(100), "millar": _about(1000)},
    "de": {"dutzende": _DOZENS, "hunderte": _HUNDREDS, "tausende": _THOUSANDS,
           "zehntausende": _TEN_THOUSANDS, "hunderttausende": _HUNDRED_THOUSANDS,
           "millionen": _MILLIONS, "mio": _MILLIONS, "milliarden": _BILLIONS,
           "dutzend": _about(12)},
    "it": {"decine": _TENS, "dozzine": _DOZENS, "centinaia": _HUNDREDS,
           "migliaia": _THOUSANDS, "milioni": _MILLIONS, "mln": _MILLIONS,
           "miliardi": _BILLIONS, "decina": _about(10), "dozzina": _about(12),
           "ventina": _about(20), "trentina": _about(30), "quarantina": _about(40),
           "cinquantina": _about(50), "centinaio": _about(100), "migliaio": _about(1000)},
    "ru": {"десятки": _TENS, "десятков": _TENS, "дюжины": _DOZENS, "сотни": _HUNDREDS,
           "сотен": _HUNDREDS, "тысячи": _THOUSANDS, "тысяч": _THOUSANDS,
           "тыс": _THOUSANDS, "миллиона": _MILLIONS, "миллионов": _MILLIONS,
           "миллионы": _MILLIONS, "млн": _MILLIONS, "млрд": _BILLIONS,
           "десяток": _about(10), "сотня": _about(100), "сотню": _about(100)},
    "ar": {"عشرات": _TENS, "مئات": _HUNDREDS, "آلاف": _THOUSANDS, "الآف": _THOUSANDS,
           "الاف": _THOUSANDS, "ملايين": _MILLIONS},
}
# "of" between two vague words: "hundreds of thousands", "des dizaines de milliers".
OF_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"of"}), "fr": frozenset({"de", "d"}), "es": frozenset({"de"}),
    "de": frozenset({"von"}), "it": frozenset({"di"}), "ru": frozenset(),
    "ar": frozenset(),
}

# "several hundred", "plusieurs centaines", "несколько сотен": plural of the scale.
SEVERAL: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"several", "few"}), "fr": frozenset({"plusieurs", "quelques"}),
    "es": frozenset({"varios", "varias", "algunos", "algunas"}),
    "de": frozenset({"mehrere", "einige"}),
    "it": frozenset({"diversi", "diverse", "alcune", "alcuni", "parecchie"}),
    "ru": frozenset({"несколько"}), "ar": frozenset({"عدة", "بضعة", "بضع"}),
}

# Words before a figure that qualify it, as token sequences (apostrophes split "d'une").
# Value ranges for each kind are set in ranges.figure_range.
MODIFIERS: Final[dict[str, dict[str, str]]] = {
    "en": {"more than": "more than", "over": "more than", "above": "more than",
           "in excess of": "more than", "upwards of": "more than", "at least": "at least",
           "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
           "about": "about", "around": "about", "approximately": "about", "roughly": "about",
           "some": "about", "an estimated": "about", "estimated": "about", "nearly": "nearly",
           "almost": "nearly", "close to": "nearly", "up to": "up to", "as many as": "up to",
           "at most": "up to", "no more than": "up to", "fewer than": "fewer than",
           "less than": "fewer than", "under": "fewer than", "between": "between",
           "from": "from", "exceeds": "more than", "exceeded": "more than",
           "surpassed": "more than", "topped": "more than"},
    "fr": {"plus de": "more than", "dépasse les": "more than", "dépassent les": "more than",
           "dépassé les": "more than", "dépasse": "more than", "dépassent": "more than",
           "dépassé": "more than", "excède": "more than", "excèdent": "more than",
           "excédé": "more than", "excède les": "more than", "excèdent les": "more than",
           "plus d": "more than", "au moins": "at least",
           "au minimum": "at least", "pas moins de": "at least", "pas moins d": "at least",
           "environ": "about", "quelque": "about", "approximativement": "about",
           "près de": "nearly", "près d": "nearly", "presque": "nearly",
           "quasiment": "nearly", "autour de": "about", "aux alentours de": "about",
           "jusqu à": "up to", "moins de": "fewer than", "supérieur à": "more than",
           "supérieure à": "more than", "inférieur à": "fewer than",
           "inférieure à": "fewer than", "pas loin de": "nearly", "pas loin d": "nearly",
           "moins d": "fewer than", "entre": "between", "de": "from"},
    "es": {"más de": "more than", "mas de": "more than", "superan los": "more than",
           "superan las": "more than", "supera los": "more than", "supera las": "more than",
           "superó los": "more than", "superó las": "more than", "superaron los": "more than",
           "superaron las": "more than", "supera": "more than", "superan": "more than",
           "superó": "more than", "excede": "more than", "exceden": "more than",
           "excede los": "more than", "exceden los": "more than", "al menos": "at least",
           "por lo menos": "at least", "como mínimo": "at least", "no menos de": "at least",
           "unos": "about", "unas": "about", "alrededor de": "about",
           "aproximadamente": "about", "en torno a": "about", "en torno a los": "about",
           "en torno a las": "about", "cerca de": "nearly", "casi": "nearly",
           "hasta": "up to", "menos de": "fewer than", "entre": "between", "de": "from",
           "superior a": "more than", "inferior a": "fewer than",
           "entre los": "between", "entre las": "between"},
    "de": {"mehr als": "more than", "über": "more than", "ueber": "more than",
           "mindestens": "at least", "wenigstens": "at least", "zumindest": "at least",
           "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about",
           "ca": "about", "knapp": "nearly", "fast": "nearly", "beinahe": "nearly",
           "nahezu": "nearly", "bis zu": "up to", "weniger als": "fewer than",
           "unter": "fewer than", "zwischen": "between", "von": "from"},
    "it": {"più di": "more than", "oltre": "more than", "supera i": "more than",
           "superano i": "more than", "supera le": "more than", "superano le": "more than",
           "superato i": "more than", "superato le": "more than", "supera": "more than",
           "superano": "more than", "superato": "more than", "almeno": "at least",
           # "sono morti almeno in 15": "in" counts the people who died, after the floor.
           "almeno in": "at least",
           "non meno di": "at least", "circa": "about", "intorno a": "about",
           "intorno ai": "about", "intorno alle": "about", "attorno a": "about",
           "attorno ai": "about", "attorno alle": "about", "quasi": "nearly",
           "fino a": "up to", "meno di": "fewer than", "tra": "between", "fra": "between",
           "superiore a": "more than", "inferiore a": "fewer than",
           "tra i": "between", "fra i": "between", "tra le": "between", "fra le": "between",
           "da": "from"},
    "ru": {"более": "more than", "более чем": "more than", "больше": "more than",
           "свыше": "more than", "не менее": "at least", "по меньшей мере": "at least",
           "как минимум": "at least", "минимум": "at least", "около": "about",
           "примерно": "about", "порядка": "about", "почти": "nearly", "вплоть до": "up to",
           "менее": "fewer than", "меньше": "fewer than", "от": "from",
           "между": "between"},
    "ar": {"أكثر من": "more than", "اكثر من": "more than", "ما يزيد على": "more than",
           "ما يزيد عن": "more than", "ما لا يقل عن": "at least", "لا يقل عن": "at least",
           "نحو": "about", "حوالي": "about", "حوالى": "about", "زهاء": "about",
           "قرابة": "nearly", "ما يقرب من": "nearly", "ما يقارب": "nearly",
           "حتى": "up to", "أقل من": "fewer than", "بين": "between"},
}

# Qualifiers after a figure (or after the noun that follows it): "45 morts au moins".
POST_MODIFIERS: Final[dict[str, dict[str, str]]] = {
    "en": {"or more": "at least"},
    "fr": {"au moins": "at least", "au minimum": "at least", "environ": "about"},
    "es": {"al menos": "at least", "o más": "at least"},
    "de": {"oder mehr": "at least", "und mehr": "at least"},
    "it": {"o più": "at least", "almeno": "at least", "circa": "about"},
    "ru": {"и более": "at least", "как минимум": "at least"},
    "ar": {"على الأقل": "at least", "على الاقل": "at least", "تقريبا": "about",
           "تقريباً": "about"},
}

# Words between the two ends of a range: "40 to 60", "от 40 до 60", "entre 40 et 60",
# "50 or 100" (a reader takes either end: the figure lies between them). The first set
# needs no opening word; the second only counts after "between"/"from", with the article
# Spanish and Italian repeat before the second end ("fra i 1.900 e i 2.000 morti").
RANGE_LINKS: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "en": (frozenset({"to", "or"}), frozenset({"and"})),
    "fr": (frozenset({"à", "ou"}), frozenset({"et"})),
    "es": (frozenset({"a", "o", "u"}), frozenset({"y", "y los", "y las"})),
    "de": (frozenset({"bis", "oder"}), frozenset({"und"})),
    "it": (frozenset({"o"}), frozenset({"e", "a", "e i", "e gli", "e le"})),
    "ru": (frozenset({"или"}), frozenset({"до", "и"})),
    "ar": (frozenset(), frozenset({"و"})),
}
