"""Whether a member's sentence can open the brief as what happened, and its words cleaned.

A lead is quoted verbatim, so the only choice is *which* sentence: one that tells an
event, not one that shows a picture (a photo caption), argues (an opinion piece),
introduces a person (a verbless "Name, title" line), asks, quotes someone, speaks about
the page itself, carries on the sentence before or stops mid-sentence; and which member
is a feature rather than a report. The tests here look at the shape of the words
only (punctuation, capitals, dates, participle endings), the same in every language; no
list of names, outlets or events.
"""

from __future__ import annotations

import re

from ..clean._dates import find_dates
from ..clean._lines import SELF_REFERENCE, strong_kind
from ..cluster.titles import headline, stems
from ..entities.capitalized import FUNCTION_WORDS
from ..records import Article

# A lead sentence names who did what in at least this many content words ("Police say
# 27 people are injured." says too little to open a brief).
MIN_LEAD_WORDS = 6
# A caption's participle stands among its first words ("Des femmes participant").
CAPTION_PARTICIPLE_WORDS = 4
# A place after a caption's closing date ("..., Dec. 25, 2017, in Houston.") is this many
# words at most.
CAPTION_PLACE_WORDS = 5
# A name opening a "Name, title" line is this many words at most (two at least).
NAME_WORDS = 5
QUOTE_MARKS = "\"'“”„«»‘’‹›"
_OPENERS = "\"“„«‘‹"
_CLOSERS = "\"”»’›"
_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:ant|ing|ando|iendo|endo|ante|ierend|end)",
                         re.IGNORECASE)
# "FILE - In this ...", "FILE PHOTO: ...": a wire photo's caption.
_FILE_PHOTO = re.compile(r"^\s*FILE\b\s*(?:PHOTO)?\s*[-–—:]", re.IGNORECASE)
# A credit in brackets: "(Jens Kalaene/dpa via AP, file)", "(Photo: Slidell Police)".
_CREDIT = re.compile(r"\((?:[^()]{0,40}/[^()]{1,40}|(?:photo|foto|image|imagen)\s*:[^()]*)\)",
                     re.IGNORECASE)
# The page pointing at its pictures or videos ("Voici quelques photos envoyées via
# Twitter…", "Here are some pictures…", "Ecco alcune immagini…", "Below, a video…"):
# a presentative, maybe a few words, then the media noun. It shows; it tells nothing.
_MEDIA_PRESENTER = re.compile(
    r"^\s*(?:voici|voilà|en voici|ci-dessous|here (?:are|is)|below|aquí|he aquí|a continuación|"
    r"ecco|di seguito|nachfolgend)\b[^.!?]{0,30}?\b"
    r"(?:photos?|images?|vidéos?|videos?|pictures?|clips?|fotos?|imágenes|vídeos?|immagini|"
    r"bilder)\b", re.IGNORECASE)
# An unbracketed credit closing the line: the picture word, a participle or nothing, then
# an authorship preposition and a capitalised name ("… Photo partagée par Eiad Charbaji
# sur sa page", "Photo by Jane Doe", "Foto di Mario Rossi").
_CREDIT_LINE = re.compile(
    r"(?:^|[.\s])(?i:photo|foto|image|imagen|immagine|bild|vidéo|video)\s+"
    r"(?:[^\W\d_]+\s+)?(?i:par|by|por|di|von|de)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}(?:\s+(?i:sur|on|via|su|en|auf)\b[^.!?]{0,40})?"
    r"\s*[.)]?\s*$")
# A caption that says it describes a picture: a preposition, maybe an article or a
# demonstrative (not "a": "In a video posted …, the group said" is a report), then the
# picture word, then maybe its date, then a comma ("En imagen de agosto de
# 2009, …", "En la foto, …", "In this photo, …", "Sur cette image, …").
# A report tells what happened; it does not point at an image first.
_PICTURE_OPENER = re.compile(
    r"^\s*(?:en|in|on|sur|auf|dans|nella|nel|su|na)\s+"
    r"(?:(?:la|el|esta|este|this|the|cette|ce|cet|l['’]|le|questa|quest['’]|dem|diesem|"
    r"essa)\s*)?"
    r"(?:imagen|imágenes|foto|fotos|fotografía|fotografia|photo|photograph|picture|image|"
    r"immagine|bild)(?:\s+(?:de|del|du|d['’]|from|of|taken|tomada|vom|von|di|dated)\b"
    r"[^,]{0,60})?\s*,",
    re.IGNORECASE)
# A sentence whose subject is the picture and whose verb is "shows" ("Cette photo prise
# depuis la frontière montre un soldat …", "This picture, taken on Monday, shows …", "La
# imagen muestra …", "Das Bild zeigt …"): it describes what is seen, not what happened.
_PICTURE_SUBJECT = re.compile(
    r"^\s*(?:(?:cette|ce|cet|la|le|l['’]|une|un|this|the|that|a|an|esta|este|la|el|una|"
    r"questa|quest['’]|il|lo|una|dieses|das|ein|eine|эта|это|на)\s*)?"
    r"(?:photos?|photographs?|pictures?|images?|vidéos?|videos?|fotos?|fotografías?|"
    r"fotografi[ae]|imagen|imágenes|immagin[ei]|bild|aufnahme|фото|снимок|фотографи[яи])\b"
    r"[^.!?]{0,90}?\b(?:montrent|montre|shows?|showing|muestran?|mostrano|mostra|zeigt|"
    r"zeigen|показывает|видно)\b(?!\s+(?:that|que|qu['’]|dass|che|что)\b)",
    re.IGNORECASE)
# After a caption's date: nothing, or where the picture was taken.
_PLACE_TAIL = re.compile(
    rf"^,?\s*(?:(?:in|at|near|à|en|a|in|im|bei)\s+)?(?:[^\W\d_][\w.'’-]*[\s,]*){{0,{CAPTION_PLACE_WORDS}}}$")
# Lower-case particles inside a name ("Ibrahim al Hajj", "Charles de Gaulle").
_NAME_PARTICLES = frozenset({"al", "el", "de", "del", "della", "di", "da", "du", "des", "la",
                             "le", "van", "von", "der", "bin", "ibn", "abu", "ben"})


def reads_as_event(text: str, in_body: bool = False) -> bool:
    """Whether a lead sentence can state what happened: not a question, not a quote
    (a source's words are not the event), not page chrome nor the page speaking about
    itself ("Ce billet fait partie de notre dossier"), not cut short, not a photo caption
    nor a verbless "Name, title" line, and long enough to say who did what
    (``MIN_LEAD_WORDS`` content words). A body sentence (``in_body``) that ends on a
    letter with no stop is a fragment (a caption line, a teaser) where a headline need not
    end on one."""
    text = strip_stray_quote(text.strip())
    return bool(text) and not text.endswith("?") and text[0] not in QUOTE_MARKS \
        and strong_kind(text) is None and not SELF_REFERENCE.search(text) \
        and not cut_short(text) and not caption(text) and not name_title(text) \
        and not (in_body and text[-1].isalnum()) and not continues(text) \
        and len(stems(text)) >= MIN_LEAD_WORDS


def continues(text: str) -> bool:
    """A sentence opening on a coordinating conjunction ("E che adesso hanno paura …",
    "But the ministry said …") or on a demonstrative pronoun and "is" ("Esa es la razón
    que dieron …", "C'est ce qu'a dit …", "This was the third …") carries on the one
    before it: on its own it does not say who did what."""
    first = text.split(maxsplit=1)[0].strip(",").casefold() if text.split() else ""
    return first in _CONJUNCTIONS or points_back(text)


def points_back(text: str) -> bool:
    """A sentence whose subject is what the one before said: a demonstrative pronoun and
    "is" ("Esa es la razón …", "Este fue autorizado por …", "C'est ce qu'a dit …") or
    "así lo" ("Así lo han adelantado fuentes diplomáticas"). Alone it tells no event."""
    words = [w.strip(",").casefold().replace("’", "'") for w in text.split(maxsplit=2)]
    if not words:
        return False
    if words[0].startswith(_ELIDED_DEMONSTRATIVE_COPULAS):
        return True
    return len(words) > 1 and ((words[0] in _DEMONSTRATIVES and words[1] in _COPULAS)
                               or (words[0] == "así" and words[1] in _SPANISH_CLITICS))


# Coordinating conjunctions of the supported languages (closed classes, not vocabulary
# of any corpus).
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "et", "mais", "ou", "donc",
                           "y", "e", "pero", "ma", "però", "und", "aber", "oder",
                           "sondern", "и", "но", "а", "و"})
# Demonstrative pronouns and forms of "be" after them (closed classes).
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "ce", "cela", "ceci", "ça",
                             "esa", "ese", "eso", "esto", "esta", "este", "ésa", "ése",
                             "ésta", "éste", "questo", "questa", "ciò", "quello", "quella",
                             "das", "dies", "это", "то", "هذا", "هذه", "ذلك"})
_COPULAS = frozenset({"is", "was", "are", "were", "est", "était", "fut", "sont", "étaient",
                      "es", "era", "fue", "son", "eran", "fueron", "è", "fu", "sono",
                      "erano", "ist", "war", "sind", "waren", "был", "была", "было",
                      "были"})
_ELIDED_DEMONSTRATIVE_COPULAS = ("c'est", "c'était", "c'étaient")
_SPANISH_CLITICS = frozenset({"lo", "la", "los", "las"})


def strip_stray_quote(text: str) -> str:
    """The text without a quotation mark left over at its start: a closing mark (the
    segmenter started the sentence right after a quotation), or an opening mark that no
    mark in the text closes. A quotation that opens the sentence stays (and is no lead)."""
    if not text or text[0] not in QUOTE_MARKS:
        return text
    rest = text[1:]
    if text[0] in _CLOSERS and not (text[0] == '"' and '"' in rest):
        return rest.lstrip()
    closes = {"“": "”\"", "„": "“”\"", "«": "»", "‘": "’", "‹": "›", "'": "'"}.get(text[0], "")
    if text[0] in _OPENERS and closes and not any(c in rest for c in closes):
        return rest.lstrip()
    return text


def opens_mid_quote(text: str) -> bool:
    """Whether the segment starts inside a quotation the splitter cut at its "!" or "?"
    ('Morsi", Sama al-Masri dénonce …' of 'intitulé "Oh ! Morsi", Sama …'): its first
    quotation mark closes (a closing mark, or a straight one right after a word) and
    no mark before it opened."""
    for at, char in enumerate(text):
        if char in "»”":
            return True
        if char in "«“„":
            return False
        if char == '"':
            return at > 0 and not text[at - 1].isspace() and text.count('"') % 2 == 1
    return False


def caption(text: str) -> bool:
    """A photo caption: it shows, it does not tell what happened. People then a present
    participle ("Des femmes participant à la manifestation…", "Protesters holding flags…")
    with the picture's date closing it (", le 3 juillet 2013."); a wire caption closing on
    its full date and place ("… during the first half of a game Monday, Dec. 25, 2017, in
    Houston."), opening "FILE - In this …" or on the picture itself ("En imagen de agosto
    de 2009, …", "In this photo, …"), or carrying a photo credit in brackets."""
    if _FILE_PHOTO.match(text) or _PICTURE_OPENER.match(text) or _CREDIT.search(text) \
            or _PICTURE_SUBJECT.match(text) \
            or _MEDIA_PRESENTER.match(text) or _CREDIT_LINE.search(text) or _scene(text):
        return True
    dates = find_dates(text)
    if not dates:
        return False
    tail = text[dates[-1].end:].strip(" .)")
    before = text[:dates[-1].start].rstrip()
    words = text.split()[1:CAPTION_PARTICIPLE_WORDS + 1]
    if any(_PARTICIPLE.fullmatch(w) for w in words):
        return tail == "" and before.endswith((",", "le", "on", "el", "il", "am"))
    # A report dates its event by the day ("on Monday"); a full date with its year, then
    # only where, closing the sentence, is the picture's stamp.
    return before.endswith(",") and bool(_PLACE_TAIL.match(tail)) and \
        len(tail.split()) <= CAPTION_PLACE_WORDS


def _scene(text: str) -> bool:
    """A verbless caption naming a scene and where: an indefinite article, a few words,
    a preposition of place, then only the place's capitalised name ("Une manifestation
    pro-Assad à Washington DC.", "A rally in New York."). A report says what happened."""
    words = text.rstrip(" .").split()
    if not words or words[0].casefold() not in _INDEFINITE:
        return False
    at = next((i for i, w in enumerate(words[1:SCENE_WORDS + 2], 1)
               if w.casefold() in _PLACE_PREPOSITIONS), None)
    return at is not None and at > 1 and len(words) > at + 1 and all(
        w[:1].isupper() for w in words[at + 1:])


# A scene caption's words before its place preposition, at most.
SCENE_WORDS = 3
_INDEFINITE = frozenset({"a", "an", "un", "une", "una", "uno", "ein", "eine", "einen",
                         "des", "unos", "unas", "some"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "à", "au", "en", "près", "a", "ad",
                                 "nel", "nella", "im", "bei", "vor"})


def name_title(text: str) -> bool:
    """A verbless line introducing a person: a name, a comma, then who they are, with no
    clause after ("Ibrahim al Hajj, portavoce degli Elmetti bianchi, organizzazione di
    volontari …", "Bassem Youssef, humoriste de la télévision égyptienne."). Told by
    shape: every comma-separated part after the name opens in lower case and reads as a
    title: an article first, or a genitive within its first words ("portavoce degli",
    "head of", "président de"); "Michael Neu, 67, was charged …" and "X, the party's
    leader, said …" have a part that does not."""
    parts = [p.strip() for p in text.rstrip(" .").split(",")]
    if len(parts) < 2:
        return False
    name = parts[0].split()
    # A person's name: two to five capitalised words (particles aside), none closing a
    # sentence ("Siria, l'esercito …" and "Syrie. Assad, l'ami …" are no names).
    if not 2 <= len(name) <= NAME_WORDS or not name[0][:1].isupper() or not all(
            (w[:1].isupper() and not (w.endswith(".") and len(w) > 2))
            or w.casefold() in _NAME_PARTICLES for w in name):
        return False
    return all(_title_part(p) for p in parts[1:])


def _title_part(part: str) -> bool:
    words = part.casefold().replace("’", "'").split()
    if not words or not part[:1].islower():
        return False
    return words[0] in _ARTICLES or any(w in _GENITIVES or w.startswith(("d'", "dell'"))
                                        for w in words[1:TITLE_GENITIVE_WORDS + 1])


# A title's genitive stands within its first words ("the head of", "portavoce degli").
TITLE_GENITIVE_WORDS = 3
# Articles a title may open with, and genitive prepositions ("of", "de", "di" ...).
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "un", "une", "el", "los",
                       "las", "il", "lo", "gli", "der", "die", "das", "ein", "eine"})
_GENITIVES = frozenset({"of", "de", "du", "des", "del", "di", "della", "dello", "degli",
                        "dei", "delle", "der"})


def cut_short(text: str) -> bool:
    """A teaser cut mid-sentence ("... qui sous le nom de X veut faire entendre son"):
    it ends on a colon or dash, or on a short or function word in lower case, where no
    headline or sentence ends (a comma may close a segment the splitter cut at a line
    break, the rest of the sentence following)."""
    if text[-1] in ";:-–":
        return True
    last = text.split()[-1]
    return last.islower() and last.isalpha() and (len(last) <= 3 or last in FUNCTION_WORDS)


def feature(article: Article) -> bool:
    """A feature or a column rather than a report: its text opens on a quotation standing
    alone or a question ("“¡La revolución continúa!”. El grito …", "¿Dónde está Hosni
    Mubarak?"), where a report opens on what happened. Its sentences open the brief only
    when no report offers one."""
    line = headline(article) or ""
    text = article.text.lstrip()
    if line and text.startswith(line):
        text = text[len(line):].lstrip()
    first = text[:FEATURE_OPENING_CHARS]
    sentence_end = re.search(r"[.!?…](?:\s?[»”\"’›])*\.?(?=\s|$)", first)
    opening = first[:sentence_end.end()] if sentence_end else first
    # A quotation standing alone, not one a report attributes in the same sentence
    # ("“…”, dijo el enviado especial X.").
    alone = opening.rstrip(" .!?…")[-1:] in QUOTE_MARKS
    return bool(opening) and ((opening[0] in QUOTE_MARKS and alone) or opening[0] in "¡¿"
                              or opening.rstrip().endswith("?"))


# Characters of an article's text searched for its opening sentence.
FEATURE_OPENING_CHARS = 300
