"""Month names, weekday names and relative-day words per language (data only)."""

from __future__ import annotations

from typing import Final


def _months(*rows: str) -> dict[str, int]:
    """Twelve space-separated rows of spellings, January first."""
    return {name: month for month, row in enumerate(rows, start=1) for name in row.split("|")}


# Every spelling a news text uses for a month, lower-case (abbreviations without dot).
MONTHS: Final[dict[str, dict[str, int]]] = {
    "en": _months("january|jan", "february|feb", "march|mar", "april|apr", "may",
                  "june|jun", "july|jul", "august|aug", "september|sept|sep",
                  "october|oct", "november|nov", "december|dec"),
    "fr": _months("janvier|janv", "février|fevrier|févr|fév", "mars", "avril|avr", "mai",
                  "juin", "juillet|juil", "août|aout", "septembre|sept", "octobre|oct",
                  "novembre|nov", "décembre|decembre|déc|dec"),
    "es": _months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    "de": _months("januar|jänner|jan", "februar|feb", "märz|maerz", "april|apr", "mai",
                  "juni", "juli", "august|aug", "september|sept|sep", "oktober|okt",
                  "november|nov", "dezember|dez"),
    "it": _months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "ru": _months("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря"),
    "ar": _months("يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|نيسان",
                  "مايو|أيار|ايار", "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز",
                  "أغسطس|اغسطس|آب", "سبتمبر|أيلول|ايلول", "أكتوبر|اكتوبر|تشرين الأول",
                  "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول"),
}

# Languages that capitalise month and weekday names: lower-case "may"/"march" are verbs.
CAPITALISED: Final[frozenset[str]] = frozenset({"en", "de"})


def _weekdays(*rows: str) -> dict[str, int]:
    """Seven rows of spellings, Monday first (Python's weekday numbering)."""
    return {name: day for day, row in enumerate(rows) for name in row.split("|")}


# Weekday names as they appear after "on"/"am"/"в": Russian in the accusative.
WEEKDAYS: Final[dict[str, dict[str, int]]] = {
    "en": _weekdays("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"),
    "fr": _weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": _weekdays("lunes", "martes", "miércoles|miercoles", "jueves", "viernes",
                    "sábado|sabado", "domingo"),
    "de": _weekdays("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                    "samstag|sonnabend", "sonntag"),
    "it": _weekdays("lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi",
                    "giovedì|giovedi", "venerdì|venerdi", "sabato", "domenica"),
    "ru": _weekdays("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
                    "воскресенье"),
    "ar": _weekdays("الاثنين|الإثنين", "الثلاثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة",
                    "السبت", "الأحد|الاحد"),
}

# Words that must precede a weekday for it to be a date (Arabic "الجمعة" alone is also
# "Friday prayers"; "الأحد" is also "anyone"). Empty: no such word is needed.
WEEKDAY_LEADS: Final[dict[str, str]] = {"ar": r"يوم\s+", "ru": r"(?:в|во)\s+"}

# Relative days: word -> offset in days from the publication date.
RELATIVE_DAYS: Final[dict[str, dict[str, int]]] = {
    "en": {"yesterday": -1, "the day before yesterday": -2},
    "fr": {"hier": -1, "avant-hier": -2},
    "es": {"ayer": -1, "anteayer": -2, "antier": -2},
    "de": {"gestern": -1, "vorgestern": -2},
    "it": {"ieri": -1, "l'altro ieri": -2, "altroieri": -2},
    "ru": {"вчера": -1, "позавчера": -2},
    "ar": {"أمس": -1, "الأمس": -1, "امس": -1},
}

# A weekday next to these words is in the future ("next Monday"): not a reported date.
FUTURE_WORDS: Final[dict[str, str]] = {
    "en": r"next|coming|this coming",
    "fr": r"prochain|prochaine",
    "es": r"próximo|proximo|que viene",
    "de": r"nächsten|nächste|kommenden",
    "it": r"prossimo|prossima",
    "ru": r"следующ\w*|будущ\w*",
    "ar": r"القادم|المقبل",
}

# Future tense or intent in a sentence ("are due to", "va", "wird", "будет", "comenzará"):
# a weekday in it is when something will happen, not a reported date.
FUTURE_TENSE: Final[dict[str, str]] = {
    "en": r"will|won['’]t|shall|(?:is|are|was|were) (?:due|expected|set|scheduled|going)"
          r" to|plans? to|\w+['’]ll",
    # Future endings only on lower-case words: "Samira", "Vera" are names.
    # "va"/"vont" only before an infinitive ("ils vont là" is no future); two letters at
    # least before "-ront" ("seront", never "front").
    "fr": r"(?:va|vont) (?:(?:se|me|te|nous|vous|en|y|le|la|les|lui|leur) |[slmtd]['’])?"
          r"\w+(?:er|ir|re|oir)|devra|devront|doit|doivent|prévoit|prévoient"
          r"|(?-i:[a-zàâçéèêëîïôûùüÿœ]\w*(?:era|ira|dra|rra)|[a-zàâçéèêëîïôûùüÿœ]\w+ront)",
    "es": r"va a|van a|prevé|prevén|está previsto|se espera"
          r"|(?-i:[a-záéíóúñü]\w*(?:ará|erá|irá|arán|erán|irán))",
    "de": r"wird|werden|soll|sollen|will|wollen",
    "it": r"sarà|saranno|dovrà|dovranno|è previsto"
          r"|(?-i:[a-zàèéìíòóù]\w*(?:erà|irà|eranno|iranno))",
    "ru": r"будет|будут|будем|планиру\w*|собира\w*|намерен\w*|предстоит",
    "ar": r"سوف|من المقرر|من المتوقع",
}

# Words after a day number that are part of the date ("3 марта 2024 года").
YEAR_SUFFIX: Final[dict[str, str]] = {"ru": r"(?:\s+(?:года|г\.))?"}

# Words that put a bare year in time position ("in 1996", "en 2011", "nel 1996"): a year
# read only after one of them, never a bare four-digit number (a figure, a count).
YEAR_LEADS: Final[dict[str, str]] = {
    "en": r"in|since|of|by|until|from",
    "fr": r"en|depuis|de|jusqu'en|dès",
    "es": r"en|desde|de|del|hasta",
    "de": r"im|seit|von|bis|anno",
    "it": r"nel|dal|del|fino al|entro il",
    "ru": r"в|с|до|к",
    "ar": r"عام|سنة|منذ|في",
}

# Nouns that make a year-less date the *name* of an event or a group ("la révolution du
# 25 janvier", "the April 6 movement", "ثورة 25 يناير"): the date names something that
# happened in some earlier year, it does not date the sentence, so no year is guessed.
NAMING_NOUNS: Final[dict[str, str]] = {
    "en": r"revolution|uprising|revolt|movement|intifada",
    "fr": r"révolution|soulèvement|révolte|mouvement|intifada",
    "es": r"revolución|levantamiento|revuelta|movimiento|intifada",
    "it": r"rivoluzione|sollevazione|rivolta|movimento|intifada",
    "de": r"revolution|aufstand|aufstands|revolte|bewegung|intifada",
    "ar": r"ثورة|انتفاضة|حركة",
    "ru": r"революци[яиюей]|восстани[еяюи]|движени[еяюи]|интифад[аыу]",
}
# The small words between such a noun and its date ("du", "del", "of the", "vom").
NAMING_LINKS: Final = r"(?:\s+(?:of\s+the|of|du|de|des|del|di|dello|della|vom|des))?"
