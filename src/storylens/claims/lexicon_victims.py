"""Per-language words that change what a figure's people went through (data only).

Read by :mod:`victims`. Each table maps an ISO 639-1 code to a regex fragment matched
case-insensitively on whole words.
"""

from __future__ import annotations

from typing import Final

# A unit of time after a figure that makes it a rate, not a count of one event:
# "dieci morti al giorno", "des dizaines de morts tous les jours", "20 deaths a day".
RATE_UNITS: Final[dict[str, str]] = {
    "en": r"a day|per day|each day|every day|a week|per week|every week|a month"
          r"|per month|every month|a year|per year|every year|daily",
    "fr": r"par jour|chaque jour|tous les jours|par semaine|chaque semaine"
          r"|toutes les semaines|par mois|chaque mois|tous les mois|par an|chaque année"
          r"|quotidiennement",
    "es": r"al día|por día|cada día|todos los días|diari[oa]s|diariamente|a la semana"
          r"|por semana|cada semana|al mes|por mes|cada mes|al año|por año|cada año",
    "it": r"al giorno|ogni giorno|tutti i giorni|al dì|quotidianamente|alla settimana"
          r"|ogni settimana|al mese|ogni mese|all['’]anno|ogni anno",
    "de": r"pro tag|am tag|täglich|jeden tag|pro woche|jede woche|pro monat|im monat"
          r"|jeden monat|pro jahr|im jahr|jährlich",
    "ru": r"в день|ежедневно|каждый день|в неделю|в месяц|в год|ежегодно",
    "ar": r"يوميا|يومياً|في اليوم|كل يوم|أسبوعيا|شهريا|سنويا",
}
# A word after a rate unit that makes it a point in time instead ("a day after the
# attack", "al día siguiente"): the figure is a count again.
NOT_RATE_AFTER: Final[str] = (
    r"after|before|later|earlier|ago|siguiente|después|antes|anterior|dopo|prima"
    r"|seguente|successivo|später|danach|davor")

# A noun that says the people a figure counts were killed, when it governs the figure:
# "la ejecución de 11.000 detenidos" (they were executed, not just arrested), "los
# cadáveres de 70 civiles con heridas de bala" (bodies, not wounded people).
DEATH_NOUNS: Final[dict[str, str]] = {
    "en": r"executions?|execution|bodies|corpses|remains",
    # "corps" alone is also an army corps: only with a plural article.
    "fr": r"exécutions?|cadavres|dépouilles|(?:les|des|aux) corps",
    "es": r"ejecuci(?:ón|ones)|cadáveres|cuerpos|restos mortales",
    "it": r"esecuzion[ei]|cadaveri|corpi|salme",
    "de": r"hinrichtung(?:en)?|leichen|leichname",
    "ru": r"казн[ьи]|тела|трупы",
    "ar": r"إعدام|جثث|جثامين",
}
# The linking word between such a noun and the figure ("of", "de", "di"), with an article.
DEATH_NOUN_LINKS: Final[dict[str, str]] = {
    "en": r"of(?:\s+the)?",
    "fr": r"de|des|d['’]",
    "es": r"de(?:\s+(?:los|las))?|del",
    "it": r"di|dei|degli|delle",
    "de": r"von|der",
    "ru": r"",
    "ar": r"",
}
