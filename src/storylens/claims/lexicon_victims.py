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
# Pictures that show bodies ("Sur d'autres images apparaissaient les corps de deux
# nourrissons"): bodies seen in a photo or a video are no count of the dead.
PICTURE_WORDS: Final[dict[str, str]] = {
    "en": r"photos?|photographs?|pictures?|images?|videos?|footage",
    "fr": r"photos?|photographies?|images?|vidéos?|clichés?",
    "es": r"fotos?|fotografías?|imágenes|imagen|vídeos?|videos?",
    "it": r"foto|fotografi[ae]|immagin[ei]|video|filmat[oi]",
    "de": r"fotos?|bilder[n]?|bild|videos?|aufnahmen",
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

# A noun for the victims of a crime (whole word), the link to what they suffered, and
# crimes that wound no one in the sense of a toll: "victims of sexual assault", "victimes
# d'escroquerie", "víctimas de fraude". Such victims are no casualties of an attack.
VICTIM_NOUNS: Final[dict[str, str]] = {
    "en": r"victims?", "fr": r"victimes?", "es": r"víctimas?", "it": r"vittim[ae]",
    "de": r"opfern?", "ru": r"жертв\w*", "ar": r"ضحايا|ضحية",
}
VICTIM_LINKS: Final[dict[str, str]] = {
    "en": r"of", "fr": r"de|d['’]|des|du", "es": r"de|del", "it": r"di|del|della|dei|delle|degli",
    "de": r"von|der|des|eines|einer", "ru": r"", "ar": r"",
}
NON_LETHAL_CRIMES: Final[dict[str, str]] = {
    "en": r"sexual (?:assaults?|abuse|violence|harassment|misconduct)|rapes?|abuse|harassment"
          r"|fraud|thefts?|robber(?:y|ies)|burglar(?:y|ies)|scams?|trafficking|discrimination"
          r"|bullying|hacking|groping|molestation|extortion|blackmail|stalking",
    "fr": r"agressions? sexuelles?|violences? sexuelles?|viols?|abus|harcèlement|escroquer\w*"
          r"|fraudes?|vols?|cambriolages?|traite|discriminations?|attouchements|extorsion|chantage",
    "es": r"agresi(?:ón|ones) sexual(?:es)?|violencia sexual|violaci(?:ón|ones)|abusos?|acoso"
          r"|fraudes?|estafas?|robos?|hurtos?|trata|discriminaci(?:ón|ones)|extorsi(?:ón|ones)",
    "it": r"violenz[ae] sessual[ie]|stupr[oi]|abusi|molestie|truff[ae]|frod[ei]|furt[oi]"
          r"|rapin[ae]|tratta|discriminazion[ei]|stalking|estorsion[ei]",
    "de": r"sexuelle[rn]? (?:übergriffe|gewalt|belästigung)|vergewaltigung(?:en)?"
          r"|missbrauchs?|betrugs?|diebstahls?|raubes|menschenhandels?|diskriminierung|erpressung",
    "ru": r"сексуального насилия|изнасилован\w*|мошенничеств\w*|краж\w*|домогательств\w*"
          r"|торговли людьми|дискриминаци\w*|вымогательств\w*",
    "ar": r"(?:ال)?(?:اغتصاب|تحرش|احتيال|سرقة|ابتزاز|تمييز)|(?:ال)?اعتداء(?:ات)? (?:ال)?جنسي\w*",
}
# A relative clause after the victims that tells of complaints, not wounds: "90 victims
# who filed complaints", "victimes qui ont porté plainte", "vittime che hanno denunciato".
RELATIVE_OPENERS: Final[dict[str, str]] = {
    "en": r"who|that", "fr": r"qui", "es": r"que|quienes", "it": r"che", "de": r"die",
    "ru": r"которые", "ar": r"الذين|اللواتي|اللاتي",
}
COMPLAINT_WORDS: Final[dict[str, str]] = {
    "en": r"complaints?|complained|came forward|testified|sued|lawsuits?",
    "fr": r"plaintes?|témoigné|poursuivi",
    "es": r"denuncia\w*|querellas?|testificado|demandado",
    "it": r"denunc\w*|querel\w*|testimoniato",
    "de": r"anzeigen?|klagen?|ausgesagt|geklagt",
    "ru": r"заявлени\w*|жалоб\w*|иск\w*",
    "ar": r"شكاو\w*|شكوى|بلاغ\w*|دعاوى",
}
