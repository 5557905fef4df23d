"""Story titles: the most central, most neutral real headline, in the reader's language.

A title is a member's headline, never composed from a template: a composed "Place: N
killed, reports differ" read as a headline and was often wrong (the N a live-blog entry
number). Each member offers its first line that *is* a headline of its own text: not page
chrome (the cleaner's own vocabulary), not a byline, and sharing most of its words with the
body it heads, which rules out disclaimers, site names and "please enable javascript"
lines. Among the members in the reader's language (``output_language``; else any), the
headline whose words the other members also use wins over one outlet's own wording, and
evaluative words (a subjectivity lexicon) count against it; centrality breaks ties.
Nothing is translated or invented.
"""

from __future__ import annotations

import functools
import re

from ..clean._lines import SELF_REFERENCE as _SELF_REFERENCE
from ..clean._lines import strong_kind
from ..clean._meta import date_line
from ..clean._vocab import CLOCK
from ..evidence import fallback_title
from ..framing.lexicon import lexicon_for
from ..records import Article, Story

# A title is shown on one line: longer headlines are cut at a word with an ellipsis.
MAX_TITLE_CHARS = 120
# Lines longer than this are paragraphs, not headlines.
MAX_HEADLINE_CHARS = 250
# "Home", "L'actu en vidéo", "à Le Caire (AFP)" are labels; a headline says something in
# at least three content words.
MIN_HEADLINE_WORDS = 3
# Share of a headline's content words found in the body it heads: "please enable
# javascript" or a site name share none; a real headline over a two-sentence body may
# share only one word in four ("Autobomba ... morti e feriti" over "autobombe"), so the bar
# is one in five.
MIN_BODY_SHARE = 0.2
# A body of fewer distinct content words than this is a standfirst alone (a page saved
# with its headline and summary only): too short to repeat a fifth of its headline's
# words, so one shared word is enough there; a site name or disclaimer still shares none.
SHORT_BODY_STEMS = 40
# How many leading lines of an article may hold its headline when its title is unusable.
HEADLINE_LINES = 3
# Weights of the headline score: shared wording dominates, each evaluative word costs
# about as much as a quarter of the words being unshared, and one place of centrality is
# worth little (it only breaks ties between equally shared headlines).
LOADED_WEIGHT = 0.25
RANK_WEIGHT = 0.02
# Content words: 4+ letters (short function words in every language are shorter),
# compared on a 5-letter prefix so inflections meet ("réprimer"/"répression" do not,
# "killed"/"killing" do).
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_STEM = 5
# Words that open a caption or credit template repeated down a page.
_OPENING_WORDS = 3
# A word with letters masked by asterisks ("f***ing").
_MASKED = re.compile(r"[^\W\d_]\*{2,}[^\W\d_]*")
# A caption or credit line is this short ("Fuente de la imagen, Reuters").
CAPTION_LINE_CHARS = 60
# A numeric date with its year ("03/12/2030", "01.12.12") stamps a page, not a headline.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")
# Bylines: a preposition of authorship then only capitalised words ("By Jane Doe",
# "Par Jean Dupont", "Von Anna Schmidt").
_BYLINE = re.compile(
    r"^(?:by|par|por|di|da|von|door|av|od|от)\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*[\s,]*){1,5}"
    r"(?:[\s,|/–-]+\w+){0,3}$", re.IGNORECASE)

# A credit closing a short line: an authorship preposition then a name of two to five
# capitalised words, a licence tag at most after it ("Traducido del inglés para Rebelión
# por Sinfo Fernández", "Imágen por Antonio Ordóñez Forero CC By"). A title-case
# headline ("Senator Shot By Lone Gunman") has no lower-case word before it.
_CREDIT_TAIL = re.compile(
    r"^(?P<before>.{0,60}?)\s(?:by|par|por|di|da|von|door)\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s*){2,5}(?:\s*[A-Z][\w-]{0,3}){0,2}$")
# A correspondent's byline, the paper speaking of its own reporter: a first-person
# plural possessive, a noun, then a name ("Dal nostro inviato Viviana Mazza", "De notre
# envoyé spécial Jean Dupont", "From our correspondent Jane Doe").
_OUR_REPORTER = re.compile(
    r"^(?:\w+\s+){0,2}(?:our|notre|nos|nuestro|nuestra|nuestros|nostro|nostra|nostri|"
    r"unser|unsere|unserem|unserer)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s*){1,4}$", re.IGNORECASE)

# A clock time CLOCK misses when an "h" closes it ("Actualizado 19:03h.").
_STAMP = re.compile(r"\b\d{1,2}[:h]\d{2}h(?![^\W\d_])")
# A photo credit inside the line ("... en 1983. Foto: Agency/Archive").
_PHOTO_CREDIT = re.compile(r"(?:^|[.\s(])(?:foto|photo|fotos|photos|imagen|image|bild|"
                           r"crédito|credit|crédit)\s*:", re.IGNORECASE)
# A Creative Commons licence tag ("(CC BY 2.0)", "CC-BY-SA-4.0"): it credits a picture or
# its author; a headline never carries one.
_LICENCE = re.compile(r"\bCC[ -]BY(?:[ -](?:SA|NC|ND))*(?:[ -]\d\.\d)?\b")
# A source credit opening the line ("Fonte: agency.eu (XYZ)", "Source : AFP").
_SOURCE_CREDIT = re.compile(r"^(?:fonte|fonti|source|sources|fuente|fuentes|quelle|quellen)"
                            r"\s*:", re.IGNORECASE)
# What a title may not end on: a separator left over from the page ("… déchu - -").
_TRAILING = " -–—|·•,;:"
# A bracketed note opening a sentence: the site's remark on its links or language.
_NOTE = re.compile(r"^\s*\[[^\]\n]{1,60}\]\s*")


def without_note(text: str) -> str:
    """The text without a leading bracketed note ("[Liens en anglais] ...")."""
    return _NOTE.sub("", text)


def stems(text: str) -> set[str]:
    """Folded prefixes of the content words of ``text``."""
    return {word.casefold()[:_STEM] for word in _CONTENT.findall(text)}


def is_headline(line: str, body: str) -> bool:
    """True when ``line`` reads as the headline of ``body``: not chrome, byline or
    disclaimer, not a dateline or update stamp ("— Mis à jour le 01/12/12 à 11h46",
    "Actualizado 19:03h."), not a photo caption or its credit ("… Foto: Agency")."""
    text = " ".join(line.split())
    if (not text or len(text) > MAX_HEADLINE_CHARS or text.endswith(":")
            or len(_CONTENT.findall(text)) < MIN_HEADLINE_WORDS or is_furniture(text)
            or _repeated_opening(text, body)):
        return False
    words = stems(text)
    body_words = _body_stems(body)
    shared = len(words & body_words)
    if len(body_words) < SHORT_BODY_STEMS:
        return shared >= min(1.0, MIN_BODY_SHARE * len(words))
    return shared >= MIN_BODY_SHARE * len(words)


@functools.lru_cache(maxsize=128)  # a story's members at a time; bodies are large
def _body_stems(body: str) -> frozenset[str]:
    """:func:`stems` of a whole body, remembered: each of an article's candidate lines is
    tested against the same body, and titles, leads and briefs ask for the same article's
    headline again (issue 11: a few thousand scans of whole texts per run)."""
    return frozenset(stems(body))


def is_furniture(line: str) -> bool:
    """Page furniture whatever the body: chrome, a byline ("Par Jean Dupont", "Europa
    Press | Madrid": no part of it a headline), the page about itself, a clock, date or
    update stamp, a photo caption or credit."""
    text = " ".join(line.split())
    parts = text.split("|")
    return (strong_kind(text) is not None or bool(_BYLINE.match(text))
            or (len(parts) > 1 and len(_CONTENT.findall(max(parts, key=len))) < MIN_HEADLINE_WORDS)
            or bool(_SELF_REFERENCE.search(text) or CLOCK.search(text) or _STAMP.search(text)
                    or date_line(text) or _PHOTO_CREDIT.search(text)
                    or _NUMERIC_DATE.search(text) or _SOURCE_CREDIT.match(text)
                    or _LICENCE.search(text))
            or _shown_not_told(text)
            or _credit(text))


def _credit(text: str) -> bool:
    """A translator's, photographer's or correspondent's credit: not what the page says."""
    if _OUR_REPORTER.match(text) and text.split()[-1][:1].isupper():
        return True
    match = _CREDIT_TAIL.match(text.rstrip(" ."))
    if match is None:
        return False
    before = match.group("before").split()
    # "Imágen por X": one word before; else some lower-case word (no title case).
    return len(before) <= 1 or any(w[:1].islower() for w in before[1:])


def _shown_not_told(text: str) -> bool:
    """A photo caption (the brief's lead test, same shapes). A "Name, title" headline
    ("Morsi, le surprenant islamiste des pyramides") is a portrait's real headline."""
    # Imported here: the brief package imports this module (headline, stems).
    from ..brief.lead_text import caption
    return caption(text)


def _repeated_opening(text: str, body: str) -> bool:
    """True when another line of the body opens with the same words: a caption template
    ("Fuente de la imagen, Reuters" / "Fuente de la imagen, AFP"), not a headline."""
    opening = " ".join(text.split()[:_OPENING_WORDS]).casefold()
    same = [line for line in body.split("\n")
            if " ".join(line.split()[:_OPENING_WORDS]).casefold() == opening]
    # A lead sentence may open like its headline ("Les habitants de Velmora réclament…" /
    # "Les habitants de Velmora ont manifesté…"); a template repeats, or is short itself.
    return len(same) >= 2 or any(len(line.strip()) <= CAPTION_LINE_CHARS for line in same)


def headline(article: Article) -> str | None:
    """The article's own headline: its title if usable, else one of its first lines."""
    return _headline(article.title or "", article.text)


@functools.lru_cache(maxsize=1024)
def _headline(title: str, text: str) -> str | None:
    """:func:`headline` on the two fields it reads, remembered: titles, leads and the brief
    ask for each member's headline four times a run (issue 11)."""
    candidates = [title]
    candidates += [line for line in text.split("\n")[:HEADLINE_LINES] if line.strip()]
    # "Headline | Site" and "Name | Place": the longest part is the candidate.
    candidates = [max(c.split("|"), key=len) if "|" in c else c for c in candidates]
    candidates = [_NOTE.sub("", c) for c in candidates]  # "[Liens en anglais] Selon..."
    for candidate in candidates:
        body = text.replace(candidate, " ", 1) if candidate else text
        if is_headline(candidate, body):
            return " ".join(candidate.split())
    return None


def cut_of_first_line(title: str, text: str) -> bool:
    """A title that is the body's first line cut short: what ``evidence.fallback_title``
    makes of an article that came without one ("L'Egypte a ouvert son point de passage de
    Rafah avec la bande de Gaza,"). It stands where a headline stands, but quoting it
    would quote half a sentence (see ``brief.central``). Only a title that *is* that cut:
    a feed's own headline glued to the text's first line ("Harbour Reopens for Fishing
    Boats Image Workers cleared the quay …") ends where the feed's headline ends."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    cut = " ".join(title.split())
    return bool(cut) and len(cut) < len(first) and first.startswith(cut) \
        and cut == " ".join(fallback_title(text).split())


def pick_title(members: list[Article], language: str, composed: str | None = None) -> str:
    """The best headline of ``members`` (most central first) for a reader of ``language``;
    without one in that language, ``composed`` (the central event worded in it) when given,
    else a headline in another language, marked with it ("... [en]"): never translated."""
    offered = [(rank, a, h) for rank, a in enumerate(members) if (h := headline(a))]
    pool = [o for o in offered if o[1].language == language]
    if not pool and composed:
        return _shorten(composed)
    pool = pool or offered
    if pool:
        words = {a.id: _body_stems(f"{a.title or ''} {a.text}") for a in members}
        best = max(pool, key=lambda o: _score(o[0], o[1], o[2], members, words))
        return _as_title(best[1], best[2]) + _language_mark(best[1], language)
    return _shorten(_lead(members[0])) + _language_mark(members[0], language)


def _language_mark(article: Article, language: str) -> str:
    """' [en]' after a title in another language than the reader's; '' otherwise."""
    lang = article.language
    return f" [{lang}]" if lang and lang != "und" and lang != language else ""


def story_title(story: Story, members: list[Article], language: str,
                composed: str | None = None) -> str:
    """The title once the story is analysed (members most central first); ``composed`` is
    the story's central event worded in ``language`` (brief.central_title), used when no
    member has a headline in that language."""
    del story
    return pick_title(members, language, composed)


def _score(rank: int, article: Article, text: str, members: list[Article],
           words: dict[str, frozenset[str]]) -> float:
    """Shared wording minus evaluative wording, with centrality as the tie-breaker."""
    own = stems(text)
    peers = [m for m in members if m.id != article.id and m.language == article.language]
    shared = (sum(len(own & words[m.id]) / len(own) for m in peers) / len(peers)
              if peers and own else 0.0)
    # A masked swear word ("f***ing") is loaded in any language, lexicon or not.
    loaded = len(lexicon_for(article.language).loaded_spans(text)) + len(_MASKED.findall(text))
    return shared - LOADED_WEIGHT * loaded - RANK_WEIGHT * rank


def _lead(article: Article) -> str:
    """The first sentence that can stand as a title, when no member offers a headline: not
    chrome, not the page speaking about itself ("Ce billet fait partie de notre dossier"),
    with at least ``MIN_HEADLINE_WORDS`` content words, a leading bracketed note ("[Liens en
    anglais]") left out, never a time stamp ("— Mis à jour le 01/12/12 à 11h46")."""
    from ..brief.lead_text import reads_as_event  # see _shown_not_told

    sentences = [_NOTE.sub("", article.text[s.start:s.end]).strip() for s in article.sentences]
    # First a sentence that tells what happened (the brief's lead test: no question,
    # quote, fragment or "you are browsing the new site" line), else the first usable one;
    # read in order and no further than needed (a long page has hundreds of sentences).
    first_usable = None
    for n, text in enumerate(sentences):
        if _usable_lead(text, sentences, n):
            if reads_as_event(text):
                return text
            first_usable = first_usable or text
    if first_usable:
        return first_usable
    # Nothing reads as a title: the title only when it is no page furniture.
    title = article.title or ""
    if title and is_headline(title, article.text):
        return title
    return next((t for t in sentences if strong_kind(t) is None), article.text)


def _usable_lead(text: str, sentences: list[str], n: int) -> bool:
    """Sentence ``n`` may stand as a title: enough content words, no stamp, date, caption
    or page speaking about itself, no chrome, also when read with a neighbour (a login or
    cookie notice is told by two sentences together: "Saisissez votre adresse e-mail…" +
    "… votre mot de passe"). The cheap tests run first."""
    if len(_CONTENT.findall(text)) < MIN_HEADLINE_WORDS or _SELF_REFERENCE.search(text) \
            or CLOCK.search(text) or _STAMP.search(text) or date_line(text) \
            or _NUMERIC_DATE.search(text) or strong_kind(text) is not None:
        return False
    pairs = (" ".join(sentences[max(0, n - 1):n + 1]), " ".join(sentences[n:n + 2]))
    return all(strong_kind(p) is None for p in pairs) and not _shown_not_told(text)


def _as_title(article: Article, line: str) -> str:
    """``line`` shortened to a title, marked "…" when it is a title made from the first
    line and cut at a word ("… sont actuellement utilisés pour…"), so that no title
    reads as if the sentence ended there."""
    title = _shorten(line)
    made = " ".join((article.title or "").split())
    if not title.endswith("…") and " ".join(without_note(made).split()) == " ".join(
            line.split()) and cut_of_first_line(made, article.text):
        title = title.rstrip(_TRAILING) + "…"
    return title


def _shorten(text: str) -> str:
    text = " ".join(text.split()).rstrip(_TRAILING)
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[:MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
