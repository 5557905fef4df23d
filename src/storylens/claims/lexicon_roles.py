"""Per-language words for who speaks, who meets and which head counts are event actors.

Data only: regex fragments are matched case-insensitively on whole words (Arabic ones
may carry the clitics و ف ب ل and ال); word sets are lower-case. A new language is one
entry in each table.
"""

from __future__ import annotations

from typing import Final

from .text import wordset

# Nouns that head a speaker phrase: "officials said", "selon les secours", "по данным
# властей". A phrase without a mention is a speaker only if one of these is in it.
SPEAKER_NOUNS: Final[dict[str, str]] = {
    "en": r"spokes(?:man|woman|men|women|person|people)|ministers?|ministry|ministries"
          r"|officials?|police|authorit(?:y|ies)|agency|agencies|governors?|mayors?"
          r"|witness(?:es)?|sources?|government|president|chief|head|director|commissioner"
          r"|department|office|army|military|ambassador|embassy|analysts?|experts?"
          r"|organi[sz]ers?|company|firm|coach|manager|secretary|representatives?"
          r"|researchers?|scientists?|doctors?|residents?|rescuers?|prosecutors?|court"
          r"|service|services|council|committee|institute|observatory|survey|unions?"
          r"|parliament|assembly",
    "fr": r"porte-parole|ministres?|ministères?|autorités|responsables?|officiels|police"
          r"|gendarmerie|agence|gouverneurs?|maires?|témoins?|sources?|gouvernement"
          r"|présidente?|directeur|directrice|secours|pompiers|préfecture|préfet"
          r"|organisateurs|entraîneur|experts?|analystes?|sauveteurs|ambassade|armée"
          r"|services?|protection civile|habitants|médecins|institut|observatoire|parquet"
          r"|secrétaire|général|syndicats?|conseil|parlement|assemblée|militante?s?",
    "es": r"portavoz|ministr[oa]s?|ministerios?|autoridades|funcionarios|oficiales|policía"
          r"|agencia|gobernador(?:a)?|alcalde(?:sa)?|testigos|fuentes|gobierno"
          r"|president[ea]|director(?:a)?|responsables?|entrenador|expertos|analistas"
          r"|organizadores|embajada|ejército|servicios|protección civil|vecinos|médicos"
          r"|instituto|observatorio|fiscalía|rescatistas|socorristas|secretari[oa]|general"
          r"|sindicatos?|consejo|parlamento|asamblea",
    "de": r"sprecher(?:in)?|minister(?:in)?|ministeriums?|behörden?|polizei|regierung"
          r"|agentur|gouverneur(?:in)?|bürgermeister(?:in)?|zeugen|augenzeugen|quellen"
          r"|präsident(?:in)?|chef(?:in)?|leiter(?:in)?|experten|analysten|veranstalter"
          r"|trainer|botschaft|armee|feuerwehr|rettungskräfte|helfer|anwohner|ärzte"
          r"|institut|staatsanwaltschaft|amt|amts|amtes",
    "it": r"portavoce|ministr[oa]|ministero|autorità|funzionari|polizia|carabinieri"
          r"|agenzia|governatore|sindaco|testimoni|fonti|governo|presidente|direttore"
          r"|responsabile|protezione civile|esperti|analisti|organizzatori|allenatore"
          r"|ambasciata|esercito|vigili del fuoco|soccorritori|residenti|medici|istituto"
          r"|segretari[oa]|generale|sindacat[oi]|consiglio|parlamento|assemblea",
    "ru": r"представител\w*|министр\w*|министерств\w*|власт\w*|МВД|МЧС|МИД|полици\w*"
          r"|ведомств\w*|агентств\w*|губернатор\w*|мэр\w*|свидетел\w*|очевидц\w*"
          r"|источник\w*|правительств\w*|президент\w*|глав[аеуы]|руководител\w*"
          r"|пресс-служб\w*|эксперт\w*|аналитик\w*|организатор\w*|тренер\w*|посольств\w*"
          r"|спасател\w*|жител\w*|врач\w*|институт\w*|СМИ|управлени\w*|служб\w*",
    "ar": r"متحدث\w*|الناطق|ناطق\w*|وزار\w*|وزير\w*|السلطات|سلطات|الشرطة|شرطة|مسؤول\w*"
          r"|مصادر|مصدر|شهود|الحكومة|حكومة|رئيس\w*|مدير\w*|المعهد|معهد|الوكالة|وكالة"
          r"|محافظ|خبراء|محللون|الدفاع المدني|الوقاية المدنية|المديرية|مديرية",
}

# Courtesy titles written before a name ("M. Elamrani", "Mme Benani", "Mr. Smith"):
# they belong to the speaker's name and never stand alone as a speaker. Case-sensitive.
HONORIFICS: Final[dict[str, str]] = {
    "en": r"Mr|Mrs|Ms|Dr|Prof",
    "fr": r"M|MM|Mme|Mmes|Mlle|Me|Dr|Pr",
    "es": r"Sr|Sra|Srta|D|Dña|Dr|Dra",
    "de": r"Hr|Herr|Frau|Dr|Prof",
    "it": r"Sig|Sig\.ra|Dott|Dott\.ssa|On|Prof",
    "ru": r"г-н|г-жа|господин|госпожа",
    "ar": r"السيد|السيدة",
}

# Words that make the next mention a complement of the noun before it ("the head of
# AFAD", "el titular de Interior"): that mention qualifies a party, it is not one.
GENITIVE_LINKS: Final[dict[str, frozenset[str]]] = {
    "en": wordset("of for"),
    "fr": wordset("de du des d"),
    "es": wordset("de del"),
    "de": wordset("des der von vom"),
    "it": wordset("di del della dello dei degli delle dell d"),
    "ru": frozenset(),  # genitive is a case ending, handled by word shape
    "ar": frozenset(),
}

# Articles skipped when looking for the link word before a mention ("de l'Intérieur").
LINK_ARTICLES: Final[frozenset[str]] = wordset("the l la le les el los las il lo gli i")

# Relative adverbs that open a clause whose subject is the main clause's ("X arrived in
# Y, where he met Z", "где встретился с").
RELATIVE_ADVERBS: Final[dict[str, frozenset[str]]] = {
    "en": wordset("where"), "fr": wordset("où"), "es": wordset("donde"),
    "de": wordset("wo"), "it": wordset("dove"), "ru": wordset("где"), "ar": frozenset(),
}

# Head-count units that are actors of an event ("300 protesters", "56 rescuers"): only
# these make a plain figure a count claim; "people", "children" need a casualty word.
ACTOR_UNITS: Final[frozenset[str]] = frozenset({
    "protesters", "rescuers", "volunteers", "soldiers", "refugees", "migrants",
    "workers", "police officers", "fighters", "residents",
})
# Units that are actors only when the clause says what happened to them.
CONDITIONAL_UNITS: Final[frozenset[str]] = frozenset({"residents"})

# What happened to residents that makes their number part of the event.
RESIDENT_EVENTS: Final[dict[str, str]] = {
    "en": r"evacuated|fled|stranded|affected|trapped|cut off|sheltering|sheltered",
    "fr": r"évacués|évacuées|bloqués|bloquées|sinistrés|touchés|piégés|coincés|réfugiés"
          r"|isolés",
    "es": r"evacuados|atrapados|afectados|aislados|varados|huyeron|damnificados",
    "de": r"evakuiert|eingeschlossen|betroffen|gestrandet|geflohen|flohen",
    "it": r"evacuati|bloccati|intrappolati|colpiti|isolati|fuggiti",
    "ru": r"эвакуирован\w*|заблокирован\w*|отрезан\w*|пострадал\w*|бежал\w*",
    "ar": r"عالق\w*|متضرر\w*|محاصر\w*|نزح\w*",
}

# Words right before a figure that make it a population ("a town of about 80,000",
# "ville de 80 000 habitants", "с населением 40 тысяч"), never an event count.
POPULATION_CUES: Final[dict[str, str]] = {
    "en": r"(?:city|town|village|district|province|country|region|community|municipality)"
          r" of|population(?: of)?|home to|inhabited by",
    "fr": r"(?:ville|village|commune|localité|agglomération|cité|bourgade)(?: \w+)? de"
          r"|population de|peuplée? de",
    "es": r"(?:ciudad|localidad|pueblo|municipio|villa)(?: \w+)? de|población de",
    "de": r"(?:stadt|gemeinde|dorf|ort|kleinstadt)(?: \w+)? mit|einwohnerzahl(?: von)?"
          r"|bevölkerung von",
    "it": r"(?:città|paese|comune|borgo)(?: \w+)? di|popolazione di",
    "ru": r"населением(?: около| более| свыше)?|население\w*",
    "ar": r"عدد سكان\w*|يقطنها|يسكنها",
}
