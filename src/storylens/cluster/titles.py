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

import re

from ..clean._lines import SELF_REFERENCE as _SELF_REFERENCE
from ..clean._lines import strong_kind
from ..clean._meta import date_line
from ..clean._vocab import CLOCK
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
# Bylines: a preposition of authorship then only capitalised words ("By Jane Doe",
# "Par Jean Dupont", "Von Anna Schmidt").
_BYLINE = re.compile(
    r"^(?:by|par|por|di|da|von|door|av|od|от)\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*[\s,]*){1,5}"
    r"(?:[\s,|/–-]+\w+){0,3}$", re.IGNORECASE)


# A bracketed note opening a sentence: the site's remark on its links or language.
_NOTE = re.compile(r"^\s*\[[^\]\n]{1,60}\]\s*")


def without_note(text: str) -> str:
    """The text without a leading bracketed note ("[Liens en anglais] ...")."""
    return _NOTE.sub("", text)


def stems(text: str) -> set[str]:
    """Folded prefixes of the content words of ``text``."""
    return {word.casefold()[:_STEM] for word in _CONTENT.findall(text)}


def is_headline(line: str, body: str) -> bool:
    """True when ``line`` reads as the headline of ``body``: not chrome, byline or disclaimer."""
    text = " ".join(line.split())
    if (not text or len(text) > MAX_HEADLINE_CHARS or text.endswith(":")
            or len(_CONTENT.findall(text)) < MIN_HEADLINE_WORDS or strong_kind(text) is not None
            or _BYLINE.match(text) or _SELF_REFERENCE.search(text) or CLOCK.search(text)
            or _repeated_opening(text, body)):
        return False
    words = stems(text)
    return len(words & stems(body)) >= MIN_BODY_SHARE * len(words)


def _repeated_opening(text: str, body: str) -> bool:
    """True when another line of the body opens with the same words: a caption template
    ("Fuente de la imagen, Reuters" / "Fuente de la imagen, AFP"), not a headline."""
    opening = " ".join(text.split()[:_OPENING_WORDS]).casefold()
    return any(" ".join(line.split()[:_OPENING_WORDS]).casefold() == opening
               for line in body.split("\n"))


def headline(article: Article) -> str | None:
    """The article's own headline: its title if usable, else one of its first lines."""
    candidates = [article.title or ""]
    candidates += [line for line in article.text.split("\n")[:HEADLINE_LINES] if line.strip()]
    # "Headline | Site" and "Name | Place": the longest part is the candidate.
    candidates = [max(c.split("|"), key=len) if "|" in c else c for c in candidates]
    candidates = [_NOTE.sub("", c) for c in candidates]  # "[Liens en anglais] Selon..."
    for candidate in candidates:
        body = article.text.replace(candidate, " ", 1) if candidate else article.text
        if is_headline(candidate, body):
            return " ".join(candidate.split())
    return None


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
        words = {a.id: stems(f"{a.title or ''} {a.text}") for a in members}
        best = max(pool, key=lambda o: _score(o[0], o[1], o[2], members, words))
        return _shorten(best[2]) + _language_mark(best[1], language)
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
           words: dict[str, set[str]]) -> float:
    """Shared wording minus evaluative wording, with centrality as the tie-breaker."""
    own = stems(text)
    peers = [m for m in members if m.id != article.id and m.language == article.language]
    shared = (sum(len(own & words[m.id]) / len(own) for m in peers) / len(peers)
              if peers and own else 0.0)
    loaded = len(lexicon_for(article.language).loaded_spans(text))
    return shared - LOADED_WEIGHT * loaded - RANK_WEIGHT * rank


def _lead(article: Article) -> str:
    """The first sentence that can stand as a title, when no member offers a headline: not
    chrome, not the page speaking about itself ("Ce billet fait partie de notre dossier"),
    with at least ``MIN_HEADLINE_WORDS`` content words, a leading bracketed note ("[Liens en
    anglais]") left out, never a time stamp ("— Mis à jour le 01/12/12 à 11h46")."""
    for sentence in article.sentences:
        text = _NOTE.sub("", article.text[sentence.start:sentence.end]).strip()
        if strong_kind(text) is None and not _SELF_REFERENCE.search(text) \
                and not CLOCK.search(text) and not date_line(text) \
                and len(_CONTENT.findall(text)) >= MIN_HEADLINE_WORDS:
            return text
    return article.title or article.text


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[:MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
