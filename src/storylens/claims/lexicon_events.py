"""Per-language cue patterns for casualty words, people nouns, speech and meetings.

Data only: each table maps an ISO 639-1 code to regex fragments (case-insensitive,
matched on whole words; Arabic fragments may carry the clitics و ف ب ل and ال).
A new language is one entry in each table.
"""

from __future__ import annotations

from typing import Final

from .text import wordset

# (value type, pattern). The figure's nearest cue decides what was counted.
CASUALTY_CUES: Final[dict[str, list[tuple[str, str]]]] = {
    "en": [
        ("killed", r"kill(?:ed|ing|s)?|dead|deaths?|died|dies|fatalit(?:y|ies)|perished"
                   r"|lost their lives|bodies"),
        ("injured", r"injur(?:ed|ing|ies|y)|wounded|wounding|hurt|hospitali[sz]ed"),
        ("displaced", r"displaced|homeless|fled|forced from their homes"),
        ("evacuated", r"evacuat(?:ed|ion|ions|ing|e)"),
        ("missing", r"missing|unaccounted for"),
        ("arrested", r"arrest(?:ed|s)?|detain(?:ed|ees?)?|detentions?|taken into custody"),
        # Not "saved": "saved thousands of lives" is praise for a policy, not a rescue count.
        ("rescued", r"rescu(?:ed|es)|pulled alive"),
        ("casualties", r"casualt(?:y|ies)|victims"),
    ],
    "fr": [
        ("killed", r"morte?s?|tu[ée]e?s?|décès|décédée?s?|péri|perdu la vie"),
        ("injured", r"bless[ée]e?s?"),
        ("displaced", r"déplacée?s?|sans[- ]abris?"),
        ("evacuated", r"évacu(?:ée?s?|ations?)"),
        ("missing", r"disparue?s?"),
        ("arrested", r"arrêtée?s?|arrestations?|interpellée?s?|interpellations?"
                     r"|placée?s? en garde à vue"),
        ("rescued", r"secourue?s?|sauvée?s?|rescapée?s?"),
        ("casualties", r"victimes?"),
    ],
    "es": [
        ("killed", r"muert[oa]s?|muertes?|fallecid[oa]s?|fallecieron|murieron|murió"
                   r"|perdieron la vida|víctimas mortales|asesinad[oa]s?"),
        ("injured", r"herid[oa]s?|lesionad[oa]s?"),
        ("displaced", r"desplazad[oa]s?|sin hogar|damnificad[oa]s?"),
        ("evacuated", r"evacuad[oa]s?|evacuaci(?:ón|ones)"),
        ("missing", r"desaparecid[oa]s?|desaparecieron|desapareció"),
        ("arrested", r"detenid[oa]s?|arrestad[oa]s?|detenciones|arrestos?"),
        ("rescued", r"rescatad[oa]s?|salvad[oa]s?"),
        ("casualties", r"víctimas?"),
    ],
    "de": [
        ("killed", r"tote[n]?|getötet|ums leben|starben|gestorben|todesopfer|tod"),
        ("injured", r"verletzte?[nr]?|verletzt|verwundete?[nr]?|verwundet"),
        ("displaced", r"vertriebene?[n]?|vertrieben|obdachlos(?:e[n]?)?|geflohen|flohen"),
        ("evacuated", r"evakuiert|evakuierung(?:en)?"),
        ("missing", r"vermisste?[n]?|vermisst"),
        ("arrested", r"festgenommen|festnahmen?|verhaftet|verhaftungen|inhaftiert"),
        ("rescued", r"gerettet|geborgen"),
        ("casualties", r"opfer"),
    ],
    "it": [
        ("killed", r"mort[oie]|uccis[oie]|decedut[oie]|perso la vita"),
        ("injured", r"ferit[oie]"),
        ("displaced", r"sfollat[oie]|senza ?tetto"),
        ("evacuated", r"evacuat[oie]|evacuazion[ei]"),
        ("missing", r"dispers[oie]|scompars[oie]"),
        # "si è fermato" (it stopped) is no arrest.
        ("arrested", r"arrestat[oie]|arresti|(?<!si è )(?<!si sono )fermat[oie]"),
        ("rescued", r"salvat[oie]|soccors[oie]|tratt[oie] in salvo"),
        ("casualties", r"vittim[ae]"),
    ],
    "ru": [
        ("killed", r"погиб\w*|убит\w*|убил\w*|смерт[ьи]|скончал\w*|умерл?\w*"),
        ("injured", r"ранен\w*|ранил\w*|пострадал\w*|пострадавш\w*|госпитализир\w*"),
        ("displaced", r"беженц\w*|переселенц\w*|(?:остались|лишились) (?:без )?крова"),
        ("evacuated", r"эвакуир\w*|эвакуац\w*"),
        ("missing", r"пропал\w*|пропавш\w*|без вести"),
        ("arrested", r"задержан\w*|задержал\w*|арестова\w*|арест\w*"),
        ("rescued", r"спасен\w*|спасён\w*|спасли"),
        ("casualties", r"жертв\w*"),
    ],
    "ar": [
        ("killed", r"قتيل\w*|قتلى|قتل\w*|مقتل|لقي حتفه|لقوا حتفهم|وفاة|وفيات|توفي\w*|موتى"),
        ("injured", r"جريح|جرحى|مصاب\w*|إصاب\w*|اصاب\w*|أصيب\w*|اصيب\w*"),
        ("displaced", r"نازح\w*|نزوح|مشرد\w*|تشريد|بلا مأوى|دون مأوى"),
        ("evacuated", r"إجلاء|اجلاء|أجلي"),
        ("missing", r"مفقود\w*"),
        ("arrested", r"اعتقال\w*|اعتقل\w*|معتقل\w*|توقيف|أوقف\w*|احتجاز"),
        ("rescued", r"إنقاذ|انقاذ|أنقذ\w*"),
        ("casualties", r"ضحايا|ضحية"),
    ],
}

# Words for a running death toll: the figure they introduce may stand far from them.
TOLL_CUES: Final[dict[str, str]] = {
    "en": r"death toll|toll",
    "fr": r"bilan",
    "es": r"balance|cifra de muertos",
    "de": r"opferzahl|zahl der toten|todeszahl|bilanz",
    "it": r"bilancio",
    "ru": r"число (?:погибших|жертв)",
    "ar": r"حصيلة",
}

# Nouns for people: a figure right before one is a count ("300 protesters").
PEOPLE_NOUNS: Final[dict[str, list[tuple[str, str]]]] = {
    "en": [("people", r"people|persons?|individuals|others|men|youths|friends|sons"
                      r"|daughters|prisoners|inmates"),
           ("civilians", r"civilians"),
           ("children", r"children|kids|minors"), ("women", r"women"),
           ("soldiers", r"soldiers|troops|servicemen"),
           ("police officers", r"police ?(?:men|officers)|officers"),
           ("protesters", r"protesters|demonstrators"), ("migrants", r"migrants"),
           ("refugees", r"refugees"), ("residents", r"residents|inhabitants|villagers"),
           ("passengers", r"passengers"), ("students", r"students"),
           ("workers", r"workers|miners|employees"), ("journalists", r"journalists"),
           ("fighters", r"fighters|militants|rebels"),
           ("rescuers", r"rescuers|rescue workers|firefighters"),
           ("volunteers", r"volunteers"),
           ("families", r"families")],
    "fr": [("people", r"personnes|gens|individus|autres|hommes|jeunes|amis|fils|filles"
                      r"|prisonniers"),
           ("civilians", r"civils"),
           ("children", r"enfants|mineurs"), ("women", r"femmes"),
           ("soldiers", r"soldats|militaires"), ("police officers", r"policiers|gendarmes"),
           ("protesters", r"manifestants"), ("migrants", r"migrants"),
           ("refugees", r"réfugiés"), ("residents", r"habitants|riverains"),
           ("passengers", r"passagers"), ("students", r"étudiants|élèves"),
           ("workers", r"ouvriers|travailleurs|salariés|mineurs"),
           ("journalists", r"journalistes"), ("fighters", r"combattants|rebelles"),
           ("rescuers", r"secouristes|sauveteurs|pompiers"),
           ("volunteers", r"bénévoles|volontaires"),
           ("families", r"familles")],
    "es": [("people", r"personas|individuos|otros|otras|hombres|jóvenes|amigos|hij[oa]s"
                      r"|presos|reclusos"),
           ("civilians", r"civiles"),
           ("children", r"niñ[oa]s|menores"), ("women", r"mujeres"),
           ("soldiers", r"soldados|militares"), ("police officers", r"policías|agentes"),
           ("protesters", r"manifestantes"), ("migrants", r"migrantes"),
           ("refugees", r"refugiados"), ("residents", r"habitantes|vecinos"),
           ("passengers", r"pasajeros"), ("students", r"estudiantes"),
           ("workers", r"trabajadores|mineros|obreros"), ("journalists", r"periodistas"),
           ("fighters", r"combatientes|rebeldes"),
           ("rescuers", r"rescatistas|socorristas|bomberos"),
           ("volunteers", r"voluntari[oa]s"),
           ("families", r"familias")],
    "de": [("people", r"menschen|persone|altri|altren|leute|weitere"), ("civilians", r"zivilisten"),
           ("children", r"kinder"), ("women", r"frauen"), ("soldiers", r"soldaten"),
           ("police officers", r"polizisten|beamte"),
           ("protesters", r"demonstranten|protestierende"), ("migrants", r"migranten"),
           ("refugees", r"flüchtlinge|geflüchtete"), ("residents", r"einwohner|bewohner"),
           ("passengers", r"passagiere|fahrgäste"), ("students", r"studenten|schüler"),
           ("workers", r"arbeiter|beschäftigte|bergleute"),
           ("journalists", r"journalisten"), ("fighters", r"kämpfer|rebellen"),
           ("rescuers", r"rettungskräfte|einsatzkräfte|feuerwehrleute"),
           ("volunteers", r"freiwillige|helfer"),
           ("families", r"familien")],
    "it": [("people", r"persone|uomini|giovani|amici|figli|figlie|prigionieri"),
           ("civilians", r"civili"),
           ("children", r"bambini|minori"),
           ("women", r"donne"), ("soldiers", r"soldati|militari"),
           ("police officers", r"poliziotti|agenti"), ("protesters", r"manifestanti"),
           ("migrants", r"migranti"), ("refugees", r"profughi|rifugiati"),
           ("residents", r"abitanti|residenti"), ("passengers", r"passeggeri"),
           ("students", r"studenti"), ("workers", r"lavoratori|operai|minatori"),
           ("journalists", r"giornalisti"), ("fighters", r"combattenti|ribelli"),
           ("rescuers", r"soccorritori|vigili del fuoco"), ("volunteers", r"volontari"),
           ("families", r"famiglie")],
    "ru": [("people", r"человек|людей|люди|граждан|других"), ("civilians", r"мирных жителей"),
           ("children", r"детей|дети|ребенка|ребёнка"), ("women", r"женщин"),
           ("soldiers", r"военн\w*|военнослужащ\w*|солдат"),
           ("police officers", r"полицейских"),
           ("protesters", r"демонстрантов|протестующих|участников акции"),
           ("migrants", r"мигрантов"), ("refugees", r"беженцев"),
           ("residents", r"жителей"), ("passengers", r"пассажиров"),
           ("students", r"студентов"), ("workers", r"рабочих|горняков|сотрудников"),
           ("journalists", r"журналистов"), ("fighters", r"боевиков"),
           ("rescuers", r"спасател\w*|пожарн\w*"),
           ("volunteers", r"добровольц\w*|волонт[её]р\w*"),
           ("families", r"сем(?:ей|ьи)")],
    "ar": [("people", r"شخص\w*|أشخاص|اشخاص|مواطن\w*"), ("civilians", r"مدني\w*"),
           ("children", r"طفل\w*|أطفال|اطفال"), ("women", r"امرأة|نساء|سيدات"),
           ("soldiers", r"جندي\w*|جنود|عسكري\w*"), ("police officers", r"شرطي\w*"),
           ("protesters", r"متظاهر\w*|محتج\w*"), ("migrants", r"مهاجر\w*"),
           ("refugees", r"لاجئ\w*"), ("residents", r"سكان"), ("passengers", r"ركاب"),
           ("students", r"طلاب|طالب\w*"), ("workers", r"عمال|عامل\w*"),
           ("journalists", r"صحفي\w*|صحافي\w*"), ("fighters", r"مسلح\w*|مقاتل\w*"),
           ("rescuers", r"منقذ\w*|مسعف\w*|رجال الإطفاء"), ("volunteers", r"متطوع\w*"),
           ("families", r"عائلات|أسر|اسر")],
}

# What follows a figure that is not a head count: units, money, ages, times.
NOT_PEOPLE_AFTER: Final[str] = (
    r"%|percent|per ?cent|pour ?cent|por ?ciento|prozent|per ?cento|процент\w*|بالمئة|بالمائة"
    r"|km|kms|kg|mm|cm|m²|km²|ha|mph|m|t|tonnes?|tons?|hectares?|miles?|kilomet\w*|meters"
    r"|metres|mètres|metros|metri|метр\w*|dollars?|euros?|pounds|rubles?|рубл\w*|долл\w*"
    r"|евро|دولار\w*|يورو|years?|year-old|-year-old|ans|años|jahre[n]?|jährige\w*|anni"
    r"|лет|года?|عام\w*|سن\w*|hours?|minutes?|seconds?|heures?|horas?|stunden|ore|час\w*"
    r"|ساع\w*|days?|jours?|días|tage[n]?|giorni|дн\w*|أيام|يوم\w*|am|pm|a\.m|p\.m|uhr|h"
    r"|weeks?|semaines?|semanas?|settimane?|wochen|недел\w*|أسابيع"
    r"|months?|mois|meses|mesi|monate[n]?|месяц\w*|أشهر"
    r"|votes?|voix|votos|stimmen|voti|голос\w*|صوت\w*"
    # "thousands of lives saved": lives counted in the abstract, not people in the event.
    r"|(?:of |de |di )?(?:lives|vies|vidas|vite)|leben|жизн\w*|أرواح"
    # A partitive picks some of a group already counted ("one of the injured", "cinq des
    # blessés", "tres de los fallecidos"): it is not the group's toll.
    r"|of (?:the|those|them)|de (?:los|las|ellos|ellas)|des|d'entre|dei|degli|delle"
    r"|di loro|der|von den|из"
)

# An adjective between a figure and its time unit: "les douze derniers mois", "3 past days".
TIME_ADJECTIVES: Final[str] = (
    r"derni(?:er|ère)s|prochain(?:e)?s|last|next|past|previous|últim[oa]s|próxim[oa]s"
    r"|ultim[ie]|prossim[ie]|letzten|nächsten|vergangenen|последни\w*|следующи\w*|الماضية"
)

# What precedes a figure that is a label, not a count: "page 3", "No. 5", "$20".
NOT_PEOPLE_BEFORE: Final[str] = (
    r"(?:page|pages|p|no|nr|n°|№|article|art|chapter|route|flight|vol|vuelo|flug|volo|рейс"
    r"|seite|página|pagina|страниц\w*|صفحة|room|line|ligne|línea|linie|linea|#|\$|€|£|¥"
    r"|aged|âgée?s?|edad|alter|età|возраст\w*|rs|usd|eur|us\$"
    r"|magnitude|magnitud|magnitudo|stärke|магнитуд\w*|بقوة|درجة"
    # A denominator: "875 000 morts sur 3 millions d'habitants", "out of 2,000 residents".
    r"|sur|out of|su|de un total de|von insgesamt"
    # An age at death: "died at 91", "mort à 91 ans", "murió a los 91", "morto a 91 anni".
    r"|(?:died|dies|passed away|mort|morte|décédée?|meurt|murió|muere|falleció|morto|morta"
    r"|morì|muore|starb|stirbt|gestorben|умер|умерла|توفي|توفيت)\s+(?:at|à|a|a los|ad|mit)"
    # Kin counted: "mother of 12", "père de cinq enfants", "madre de tres hijos".
    r"|(?:mother|father|parents?|mère|père|parents|madre|padre|padres|mutter|vater|eltern"
    r"|mamma|papà|genitori|мать|отец|أم|أب)\s+(?:of|de|di|von|из)"
    r")\.?\s*(?:de\s+|of\s+)?$"
)

# Attribution cues: (pattern, mode). Modes: "either" verbs take their speaker on either
# side; "before" verbs only before ("announced the closure of schools", "told X");
# "verb_after" verbs only after (Arabic "قال الوزير"); "after" and "post" are prepositions
# whose speaker follows ("according to X") or precedes ("der Polizei zufolge").
SAID_CUES: Final[dict[str, list[tuple[str, str]]]] = {
    "en": [(r"(?:has |had )?(?:said|says|stated|added|declared|warned"
            r"|claimed|insisted|explained|confirmed|reported)", "either"),
           # Whoever follows "told" is the listener ("Musk told CBS News"), never the speaker.
           (r"(?:has |had )?(?:told|tells)", "before"),
           (r"(?:has |had )?announced", "before"), (r"according to", "after")],
    "fr": [(r"(?:a|ont) (?:déclaré|dit|affirmé|indiqué|ajouté|précisé|expliqué"
            r"|assuré|confirmé|estimé)|déclare|affirme|indique|précise|ajoute", "either"),
           (r"(?:a|ont) annoncé|annonce", "before"), (r"selon|d['’]après", "after")],
    "es": [(r"dijo|afirmó|declaró|aseguró|señaló|indicó|explicó|añadió|confirmó"
            r"|ha (?:dicho|afirmado|declarado|asegurado|señalado)", "either"),
           (r"anunció|ha anunciado", "before"),
           # "según (ha) informó/anunciado X": the verb belongs to the cue, X speaks.
           (r"según(?: lo que)?(?: (?:ha|han|había|habían) (?:informado|anunciado|dicho"
            r"|indicado|señalado|explicado|confirmado|declarado|publicado|precisado"
            r"|afirmado|asegurado|revelado|detallado)| (?:informó|informaron|anunció"
            r"|anunciaron|dijo|dijeron|indicó|indicaron|señaló|señalaron|explicó|confirmó"
            r"|declaró|publicó|precisó|afirmó|aseguró|reveló|detalló|informa|informan"
            r"|publica|indica|señala|explica|recoge))?|de acuerdo con", "after")],
    "de": [(r"sagte|sagt|erklärte|erklärt|betonte|warnte|bestätigte|berichtete", "either"),
           (r"laut|nach angaben (?:von|des|der)", "after"), (r"zufolge", "post")],
    "it": [(r"ha (?:detto|dichiarato|affermato|spiegato|aggiunto|sottolineato"
            r"|confermato)|dice|afferma|dichiara", "either"),
           (r"ha annunciato|annuncia", "before"), (r"secondo|stando a", "after")],
    "ru": [(r"заявил[аи]?|сказал[аи]?|сообщил[аи]?|отметил[аи]?|подчеркнул[аи]?"
            r"|рассказал[аи]?|заявляет|сообщает|сообщают", "either"),
           (r"объявил[аи]?", "before"),
           (r"по словам|по данным|по информации|как сообщает", "after")],
    "ar": [(r"قال|قالت|صرح|صرحت|أعلن|أعلنت|أكد|أكدت|أضاف|أضافت|ذكر|ذكرت|أوضح|أوضحت",
            "verb_after"),
           (r"وفقا ?ل|وفقاً ?ل|طبقا ?ل", "after"), (r"بحسب|حسب|نقلا عن", "after")],
}

# Meeting cues: (pattern, mode). "weak" verbs ("received") need their object right after;
# "final" verbs are German participles at the clause end ("hat Macron getroffen").
MET_CUES: Final[dict[str, list[tuple[str, str]]]] = {
    "en": [(r"(?:met|meets|meeting)(?: with)?|(?:held|holds|hold) talks with", "strong"),
           (r"received|receives|hosted|hosts", "weak")],
    "fr": [(r"(?:a|ont) rencontré|rencontre|rencontrera|s['’]est entretenue? avec"
            r"|se sont entretenus avec|se sont (?:rencontrée?s|réunie?s|entretenus)", "strong"),
           (r"(?:a|ont) reçu|reçoit", "weak")],
    "es": [(r"se (?:reunió|reúne|reunirá|reunieron) con|mantuvo conversaciones con"
            r"|se (?:reunieron|han reunido|entrevistaron)", "strong"),
           (r"recibió|recibe", "weak")],
    "de": [(r"traf(?:en)?(?: sich mit)?|trifft(?: sich mit)?", "strong"),
           (r"empfing|empfängt", "weak"), (r"getroffen|empfangen", "final")],
    "it": [(r"ha incontrato|incontra|si è incontrat[oa] con|ha avuto un colloquio con"
            r"|si sono (?:incontrat[ie]|riunit[ie])", "strong"), (r"ha ricevuto|riceve", "weak")],
    "ru": [(r"встретил(?:ся|ась|ись)? с|провел[аи]? переговоры с|провёл переговоры с",
            "strong"), (r"принял[аи]?", "weak")],
    "ar": [(r"التقى|التقت|يلتقي|اجتمع مع|اجتمع ب|اجتمعت مع", "strong"),
           (r"استقبل|استقبلت", "weak")],
}

# Articles that open a speaker's noun phrase: "the ministry said", "selon le ministère".
DETERMINERS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"the", "a", "an"}),
    "fr": frozenset({"le", "la", "les", "l", "un", "une", "des", "du"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "del"}),
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "del", "della"}),
    "ru": frozenset(),
    "ar": frozenset(),
}

# Words that open a singular noun phrase: right before a casualty word they make it a noun
# of its own ("jusqu'à sa mort", "after his death"), not the noun of an earlier figure.
SINGULAR_OPENERS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"his", "her", "its", "a", "an"}),
    "fr": frozenset({"sa", "son", "la", "le", "l", "un", "une", "du", "cette", "ce", "leur"}),
    "es": frozenset({"su", "la", "el", "un", "una", "del", "esta", "este"}),
    "it": frozenset({"sua", "suo", "la", "il", "lo", "l", "un", "una", "della", "del"}),
    "de": frozenset({"sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "das",
                     "dem", "ein", "eine", "einem"}),
}

# Singular definite articles (bare or joined to a preposition) right before a figure make
# it a day, a year or a rank, never a count of people: "arrestate durante la manifestazione
# del 19", "el 19". Possessives and indefinite articles are not here ("its 20 members",
# German "seine 20 Soldaten" are plural).
SINGULAR_ARTICLES: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset({"le", "du", "au"}),
    "es": frozenset({"el", "del", "al"}),
    "it": frozenset({"il", "lo", "del", "dal", "nel", "al", "sul", "dello"}),
    "de": frozenset({"dem", "vom", "zum", "am", "im", "beim"}),
}

# Words that end a speaker's noun phrase read after the cue ("said on Monday that").
SPEAKER_STOPS: Final[dict[str, frozenset[str]]] = {
    "en": wordset("that on in at to after before with as while when during about against "
                    "over from into it he she they we there this and"),
    "fr": wordset("que qu à au aux lors dans en après avant sur pour il elle ils et "
                    "ce"),
    "es": wordset("que en a durante tras antes para sobre y este"),
    "de": wordset("dass am im in bei nach vor auf für und es er sie"),
    "it": wordset("che a in durante dopo prima per su e"),
    "ru": wordset("что в на после во и о об"),
    "ar": wordset("إن أن ان في على خلال يوم عن إلى الى اليوم أمس"),
}

# Prepositions that make the next name a place of meeting, not a party ("in Paris").
LOCATIVES: Final[dict[str, frozenset[str]]] = {
    "en": wordset("in at"), "fr": wordset("à a en au aux dans"), "es": wordset("en"),
    "de": wordset("in im nach"), "it": wordset("a in nel nella"), "ru": wordset("в во"),
    "ar": wordset("في"),
}

# Languages that capitalise every noun: a lower-case word ends a name or title.
CAPITALISED_NOUNS: Final[frozenset[str]] = frozenset({"de"})

# Negation words: a frame stated under one of them is negated ("no one was killed").
NEGATIONS: Final[dict[str, str]] = {
    "en": r"not|no|never|none|n['’]t|nobody|neither",
    "fr": r"ne|n['’]|pas|jamais|aucune?|personne|ni",
    "es": r"no|nunca|ningún|ninguna?|nadie|ni",
    "de": r"nicht|kein\w*|nie|niemand",
    "it": r"non|mai|nessun\w*|né",
    "ru": r"не|ни|нет|никто|никогда",
    "ar": r"لم|لا|لن|ليس|ليست",
}

# Negation words that do not negate: "no fewer than 20" (at least 20), "pas loin d'une
# vingtaine" (nearly twenty), "la tension ne cesse de monter" (keeps rising).
NOT_NEGATING: Final[dict[str, str]] = {
    "en": r"no (?:fewer|less|more) than|not (?:far from|least|only)|never before",
    "fr": r"pas moins d['’e]|pas loin d['’e]|ne cessen?t? d['’e]"
          r"|n['’](?:a|ont) (?:pas )?cessé d['’e]|non seulement|ne \w+ que",
    "es": r"no menos de|no cesan? de|no solo|no sólo",
    "de": r"nicht weniger als|nicht nur",
    "it": r"non meno di|non solo|non smette di",
    "ru": r"не менее|не только",
}

# Unrealised: the frame is called off, put off or averted ("cancel his meeting with Putin",
# "la réunion a été annulée", "nous ont évité une dizaine de morts"): it did not happen
# as stated, like a planned one.
UNREALISED: Final[dict[str, str]] = {
    "en": r"cancel\w*|call(?:s|ed|ing)? off|postpon\w*|scrap(?:s|ped|ping)?|scrapped"
          r"|avert\w*|avoid\w*|prevent\w*",
    "fr": r"annul\w*|ajourn\w*|report(?:é|ée|és|ées)|évit\w*|empêch\w*",
    "es": r"cancel\w*|suspend\w*|aplaz\w*|pospu\w*|pospon\w*|evit\w*|impedi\w*",
    "de": r"abgesagt|absag\w*|verschoben|verschieb\w*|verhindert|vermieden",
    "it": r"annull\w*|cancell\w*|rinvi\w*|rimandat\w*|evitat\w*|impedit\w*",
    "ru": r"отмен\w*|отлож\w*|предотвра\w*",
    "ar": r"ألغ\w*|إلغاء|أرجأ|تأجيل",
}

# Hedges: the writer does not vouch for the frame ("reportedly", "presuntamente").
HEDGES: Final[dict[str, str]] = {
    "en": r"reportedly|allegedly|purportedly|apparently|unconfirmed|rumou?red|may have",
    "fr": r"auraient|aurait|présumée?s?|supposée?s?|non confirmée?s?|apparemment",
    "es": r"presuntamente|supuestamente|al parecer|habrían|habría|sin confirmar",
    "de": r"mutmaßlich|angeblich|offenbar|unbestätigt\w*|sollen",
    "it": r"presumibilmente|presunt[oaie]|avrebbero|avrebbe|non confermat[oaie]",
    "ru": r"предположительно|якобы|по неподтвержденным данным|возможно",
    "ar": r"يُزعم|يزعم|مزعوم\w*|على ما يبدو|غير مؤكد\w*",
}
