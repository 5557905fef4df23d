"""Issue 11 (speed): the shortcuts and caches of session 6 give the answers of the plain code.

Each test pins one shortcut against what it replaces, on sentences written for the test:
a prefilter never hides a match, a cached answer cannot be changed by its caller, and a
count taken by the regex engine equals the count of the word-by-word loop it replaced.
"""

from __future__ import annotations

import re
from collections import Counter

from anyascii import anyascii

from storylens.clean import _lines, _vocab, strong_kind
from storylens.cluster.titles import _body_stems, is_headline, stems
from storylens.entities.guards import StoryWords
from storylens.entities.merge import _blocks, token_match
from storylens.framing.genre import classify_genre
from storylens.records import Article, Removed

# One line per branch of COOKIE_SENTENCE, some in capitals: the hint must see each.
COOKIE_LINES = [
    "We use cookies to improve the reading experience.",
    "THIS WEBSITE AND OUR PARTNERS STORE COOKIES on your device.",
    "Read our Cookie Settings before going on.",
    "Nous utilisons des traceurs pour mesurer l'audience.",
    "Nous utilisons les témoins pour vous reconnaître.",
    "Ce site utilise des cookies de mesure.",
    "Gérer les témoins de navigation",
    "Consultez notre politique de cookies.",
    "Le respect de votre vie privée est important pour nous",
    "Your privacy is important to us.",
    "We value your privacy",
    "Su privacidad es importante para el sitio.",
    "Ihre Privatsphäre ist uns wichtig",
    "La tua privacy è importante",
    "Utilizamos cookies propias.", "Usamos cookies.", "Lea la política de cookies.",
    "Wir verwenden Cookies.", "Diese Seite verwendet Cookies.", "Zur Cookie-Richtlinie",
    "Utilizziamo i cookie tecnici.", "Cookie policy",
    "نستخدم ملفات تعريف الارتباط", "ملفات الكوكيز",
    "Мы используем файлы cookie", "Мы применяем cookie", "Мы храним куки",
]


def test_cookie_hint_sees_every_cookie_sentence() -> None:
    for line in COOKIE_LINES:
        assert _vocab.COOKIE_SENTENCE.search(line), line  # the fixture hits a branch
        assert _vocab.COOKIE_HINT.search(line), line
        assert strong_kind(line) == _lines.Tag("cookie", False, 0)


def test_cookie_hint_uses_the_full_patterns_flags() -> None:
    # The hint runs with the same flags, so case never lets a line through one and not
    # the other ("COOKIE POLICY" is both).
    assert _vocab.COOKIE_HINT.flags & re.IGNORECASE
    assert _vocab.COOKIE_HINT.flags == _vocab.COOKIE_SENTENCE.flags


def test_strong_kind_is_remembered_and_the_same() -> None:
    line = "Sign in | Register"
    first = strong_kind(line)
    assert strong_kind(line) is first
    assert strong_kind.__wrapped__(line) == first  # type: ignore[attr-defined]


def _story_words_loop(text: str) -> tuple[Counter[str], Counter[str]]:
    """The word-by-word count StoryWords.of made before (reference for the test)."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group()
        before = text[match.start() - 1:match.start()]
        if word[0].isupper():
            capitalised[anyascii(word).lower()] += 1
        elif word[0].islower() and before not in ("-", ".", "/", "@", "#", "_"):
            lower[anyascii(word).lower()] += 1
    return lower, capitalised


def test_story_words_counts_equal_the_word_loop() -> None:
    text = ("anti-moubarak et pro-Morsi, vu sur pic.twitter.com et chez @velmora ou #velmora; "
            "snake_case, --double et 3cas. Égypte, égypte, EGYPTE et egypte.\nvelmora.")
    words = StoryWords.of([Article(id="a", source="s", text=text)])
    lower, capitalised = _story_words_loop(text)
    assert words.lower == lower
    assert words.capitalised == capitalised
    assert list(words.lower) == list(lower)  # same first-use order
    assert list(words.capitalised) == list(capitalised)


def test_body_stems_equal_stems_and_headline_reads_the_same() -> None:
    body = "Les habitants de Velmora réclament une enquête sur la crue du fleuve Ardan."
    assert _body_stems(body) == frozenset(stems(body))
    line = "Velmora réclame une enquête sur la crue"
    assert is_headline(line, body) == is_headline(line, body)


def test_cached_spelling_answers_cannot_be_changed_by_callers() -> None:
    assert token_match("haftar", "khaftar") == token_match("haftar", "khaftar")
    blocks = _blocks(("khalifa", "haftar"))
    assert isinstance(blocks, frozenset) and ("compact", "khalifahaftar") in blocks


def test_genre_reasons_are_a_fresh_list_each_time() -> None:
    article = Article(id="g", source="s", title="Velmora", language="fr",
                      text="Je pense que le conseil a tort. " * 30,
                      removed=[Removed(text="Notre chroniqueuse écrit ici", kind="author_bio")])
    genre, reasons = classify_genre(article)
    reasons.append("changed by the caller")
    assert classify_genre(article) == (genre, [r for r in reasons[:-1]])
    assert genre == "opinion"
