"""Who speaks, as one canonical party: a role noun resolved to the person it names.

Outlets name one speaker differently: "Obama said" in one article, "the president said"
in another, "El presidente egipcio" for Mubarak. A statement can only be aligned across
sources when both speakers resolve to one entity, so a definite role phrase ("the
president", "le porte-parole de l'armée") is resolved, inside its own article, to the
person that article gives that title ("President Barack Obama", "Hosni Mubarak, el
presidente egipcio", "Gov. Asa Hutchinson"). It resolves only when exactly one person of
the article carries every word of the role; otherwise (no titled person, two presidents,
an indefinite "an official", a plural "officials") the speaker stays unresolved and its
statements are matched by their words only, never by meaning: abstaining costs a
corroboration, a wrong speaker invents one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

from ..records import Article, Claim, Mention

# Definite articles that open a role phrase naming one known person ("the president").
# Indefinite ("an official", "un responsable") and plural phrases name nobody in particular.
DEFINITE: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"the"}),
    "fr": frozenset({"le", "la", "l"}),
    "es": frozenset({"el", "la"}),
    "de": frozenset({"der", "die"}),
    "it": frozenset({"il", "lo", "la", "l"}),
}
# Link words inside a role phrase ("le porte-parole de l'armée"): not title words.
_LINKS: Final = frozenset({"of", "de", "du", "des", "del", "di", "della", "dell", "d", "l",
                           "the", "la", "le", "el", "il", "lo", "der", "die"})
# How far before a person's name its title may start ("former Vice President", "el
# presidente egipcio, ") and after it an apposition may run ("Mubarak, el presidente").
TITLE_CHARS: Final = 48
_WORD = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
_TOKEN = re.compile(r"[^\W\d_]+\.?|[’']s\b|[^\w\s]", re.UNICODE)


def fold(word: str) -> str:
    """Lower case without accents, so "Président" and "president" compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def role_words(phrase: str, lang: str | None) -> list[str] | None:
    """The words of a definite role phrase ("the former vice president" -> former, vice,
    president), or None when the phrase is not one (a name, indefinite, plural, a clause)."""
    words = _WORD.findall(phrase.replace("'", "' ").replace("’", "’ "))
    if len(words) < 2 or len(words) > 6:
        return None
    definite = DEFINITE.get((lang or "en")[:2], DEFINITE["en"])
    if fold(words[0].rstrip("'’")) not in definite:
        return None
    rest = [w for w in words[1:] if fold(w) not in _LINKS]
    if not rest or all(w[0].isupper() for w in rest):
        return None  # "the Pentagon": a name, resolved by the entity stage if at all
    if rest[-1].endswith("s") and (lang or "en")[:2] in ("en", "fr", "es"):
        return None  # "the officials", "les responsables": several people
    return [fold(w) for w in rest]


def _is_role_word(token: str, role: list[str]) -> bool:
    """A role word, or its abbreviation ("Gov." for governor, "Sen." for senator)."""
    word = fold(token)
    return word in role or (word.endswith(".") and len(word) >= 4
                            and any(r.startswith(word[:-1]) for r in role))


def _title_before(text: str, mention: Mention, role: list[str]) -> set[str]:
    """The title written right before a name: walking back over capitalised words
    (first names, "Zoo Director"), commas and role words, stopping at anything else, so
    "The president met Boris Johnson" gives Johnson no title."""
    tokens = _TOKEN.findall(text[max(0, mention.start - TITLE_CHARS):mention.start])
    found: set[str] = set()
    for token in reversed(tokens):
        if _is_role_word(token, role):
            found.add(fold(token))
        elif token == "," or token[0].isupper():
            continue
        else:
            break
    return found


def _title_after(text: str, mention: Mention, role: list[str], lang: str | None) -> set[str]:
    """An apposition's title: "Mubarak, el presidente egipcio," -> presidente, egipcio;
    not "Shehu, the president's spokesman" (the president is someone else)."""
    tokens = _TOKEN.findall(text[mention.end:mention.end + TITLE_CHARS])
    if not tokens or tokens[0] != ",":
        return set()
    tokens = tokens[1:]
    determiners = DEFINITE.get((lang or "en")[:2], DEFINITE["en"]) | {"a", "an", "un", "una"}
    if tokens and fold(tokens[0].rstrip("'’")) in determiners:
        tokens = tokens[1:]
    found: set[str] = set()
    for token in tokens:
        if _is_role_word(token, role):
            found.add(fold(token))
            continue
        if token.startswith(("'", "’")):
            return set()  # a possessive: the title belongs to the next name
        break
    return found


def _carries(text: str, mention: Mention, role: list[str], lang: str | None) -> bool:
    """The person carries every word of the role (in the name, before it or after it)."""
    titles = {fold(w) for w in _WORD.findall(mention.text) if _is_role_word(w, role)}
    titles |= _title_before(text, mention, role) | _title_after(text, mention, role, lang)
    return all(any(t == word or (t.endswith(".") and word.startswith(t[:-1]))
                   for t in titles) for word in role)


def resolve_role(phrase: str, article: Article, at: int | None = None) -> str | None:
    """The entity id of the one person the article titles with this role phrase. ``at``
    is where the speaker's own phrase starts: a name right before it and a comma ("...
    the military leader of Tal Afar, the source said") ends the reported words, and the
    role phrase is the subject of the next verb, no title of that name."""
    role = role_words(phrase, article.language)
    if role is None:
        return None
    found = {m.entity_id for m in article.mentions
             if m.entity_id and m.label == "PERSON" and not _ends_the_report(article, m, at)
             and _carries(article.text, m, role, article.language)}
    return next(iter(found)) if len(found) == 1 else None


def _ends_the_report(article: Article, mention: Mention, at: int | None) -> bool:
    return at is not None and mention.end <= at and article.text[mention.end:at].strip() == ","


def resolved_speakers(claims: list[Claim], articles: Mapping[str, Article]) -> dict[str, str]:
    """Claim id -> entity id for statements whose speaker is a role phrase naming one
    person of their article (claims already resolved to an entity are left out)."""
    out: dict[str, str] = {}
    for claim in claims:
        if claim.subject or not claim.sources:
            continue
        phrase = claim.subject_text or claim.sources[0].attributed_to
        article = articles.get(claim.sources[0].article_id)
        if phrase and article is not None:
            at = claim.subject_span[0] if claim.subject_span else None
            entity = resolve_role(phrase, article, at)
            if entity is not None:
                out[claim.id] = entity
    return out


# Articles dropped when two unnamed speakers are compared ("the source" / "a source").
_ARTICLES: Final = frozenset({
    "the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los", "las", "una", "il",
    "lo", "gli", "uno", "der", "die", "das", "ein", "eine", "one",
})


def same_role(key_a: str | None, key_b: str | None) -> bool:
    """Two speakers known only by words ("t:the source", "t:a security source", "t:the
    local fire chief") that can be one speaker: same head noun (the last word) and the
    shorter's other words all in the longer. Used only where the reported words must match
    too (never by meaning): an unnamed speaker is not a party that can be aligned alone."""
    if not key_a or not key_b or not key_a.startswith("t:") or not key_b.startswith("t:"):
        return False
    words_a, words_b = ([w for w in _WORD.findall(k[2:]) if w.casefold() not in _ARTICLES]
                        for k in (key_a, key_b))
    if not words_a or not words_b or _head(words_a) != _head(words_b):
        return False
    short, long_ = sorted((words_a, words_b), key=len)
    return set(short) <= set(long_)


# Prepositions that open a role's complement: "the mayor of Nice" is a mayor.
_COMPLEMENT: Final = frozenset({
    "of", "for", "de", "des", "du", "del", "di", "della", "dello", "dei", "degli", "von",
    "vom", "der",
})


def _head(words: list[str]) -> str:
    """A role phrase's head noun: its last word before a complement ("the mayor of Nice"
    -> mayor; "the local fire chief" -> chief)."""
    cut = next((n for n, w in enumerate(words) if n and w.casefold() in _COMPLEMENT), len(words))
    return words[cut - 1]


def name_forms(articles: Iterable[Article]) -> dict[str, set[tuple[str, ...]]]:
    """Entity id -> the folded words of each name its mentions are written with (dots
    dropped: "U.S." and "US" are one word)."""
    forms: dict[str, set[tuple[str, ...]]] = {}
    for article in articles:
        for m in article.mentions:
            if m.entity_id:
                words = tuple(_WORD.findall(fold(m.text).replace(".", "")))
                if words:
                    forms.setdefault(m.entity_id, set()).add(words)
    return forms


def same_name(key_a: str | None, key_b: str | None,
              forms: Mapping[str, set[tuple[str, ...]]]) -> bool:
    """Two speaker entities the entity stage left apart that one name can denote ("Murillo
    Karam" / "Jesús Murillo Karam", "U.S. Central Command" / "US Central Command"): one of
    the names of one has all its words in a name of the other, ending on the same word.
    Used only where the reported words must match too, like :func:`same_role`."""
    if not key_a or not key_b or not key_a.startswith("e:") or not key_b.startswith("e:"):
        return False
    for a in forms.get(key_a[2:], ()):
        for b in forms.get(key_b[2:], ()):
            short, long_ = sorted((a, b), key=len)
            if short[-1] == long_[-1] and set(short) <= set(long_):
                return True
    return False
