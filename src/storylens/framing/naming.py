"""How a source names the story's main actors, and what its own words say about them.

"Strongman Khalifa Haftar", "Field Marshal Khalifa Haftar", "Haftar, a retired general":
the words standing right before a name (up to the determiner) and an apposition after it
are the source's *descriptor* for that actor. Descriptors are shown side by side per
source. One counts as *loaded*, with the reason kept beside its span, when it holds an
evaluative word of the subjectivity lexicon (adjectives), a word learned as loaded from
BASIL's lexical-bias annotations (nouns too: :mod:`storylens.framing.loaded_words`), or by
*contrast*: this source alone uses it while at least ``MIN_CONTRAST_SOURCES`` other
sources share another label for the same actor ("seigneur de guerre" where the others
write "maréchal"), a method that needs no word list and works in every language. It is
marked distinctive when no other source uses it while others name the same actor.
Stance per actor is the mean polarity of the evaluative words the writer (outside quotes)
puts in the sentences that name the actor, with those words as evidence; no evaluative
word, no stance (abstain rather than call it neutral).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article, Entity
from .genre import own_voice
from .lexicon import in_a_name, lexicon_for
from .loaded_words import learned_loaded

# Words of a descriptor before a name: "renegade military commander" is three.
MAX_DESCRIPTOR_WORDS = 3
# An apposition after a name (", a retired general,") is at most this many words.
MAX_APPOSITION_WORDS = 6
# Actors named in at least this share of the story's articles are its main actors...
MAIN_ACTOR_SHARE = 0.5
# ...and at most this many of them are followed (a table column each).
MAX_ACTORS = 4
# A label one source alone uses is loaded by contrast only when at least this many other
# sources agree on another label for the actor: one other source is one opinion, not usage.
MIN_CONTRAST_SOURCES = 2
# Evidence spans kept per actor and source: enough to check, short enough to read.
MAX_EVIDENCE = 5
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_APPOSITION = re.compile(rf"^,\s+((?:[^\W\d_][\w'’-]*\s*){{1,{MAX_APPOSITION_WORDS}}}),")
# Words that open a descriptor phrase, per language: determiners and prepositions
# ("the strongman Haftar", "forces loyal to renegade general Haftar", "le maréchal Haftar").
# Verbs never do, so "a déclaré Samira Bennani" gives no descriptor. Languages without
# articles (ru, ar) only get capitalised title descriptors inside a sentence.
_OPENERS = {
    "en": "the a an of to by for with from against",
    "fr": "le la les l' l’ un une ce cet cette de du des d' d’ à au aux par pour avec selon "
          "contre sur",
    "es": "el la los las un una del al de a por para con según contra",
    "de": "der die das den dem des ein eine einen einem eines von mit für gegen",
    "it": "il lo la i gli le l' l’ un una uno del della dei degli di a da per con contro",
}
OPENERS = {lang: frozenset(words.split()) for lang, words in _OPENERS.items()}
# The openers above that are bare prepositions (no article in them). One word between such
# a preposition and the name is most often a verb ("pour soutenir Morsi", "to oust Morsi",
# "di destituire Morsi"), not a title: titles take an article ("pour le président Morsi").
_BARE_PREPOSITIONS = frozenset(
    "of to by for with from against de à par pour avec selon contre sur a por para con según "
    "von mit für gegen di da per".split())
# First words that make the phrase after ", " a clause, not an apposition naming the actor:
# relative pronouns and prepositions ("Morsi, pour qui j'ai voté,", "Haftar, who said,").
_CLAUSE_OPENERS = _BARE_PREPOSITIONS | frozenset(
    "who whom whose which that qui que dont où lequel laquelle quien quienes cuyo cuya donde "
    "der die das dem den welcher welche chi cui dove et and y e und".split())
# Prepositions right before a name that make it a place phrase ("en Égypte", "in Syria"):
# the words before them are a clause, never a label for the actor.
_PLACE_PREPOSITIONS = {
    "en": frozenset({"in", "into", "at", "near", "across", "inside", "throughout"}),
    "fr": frozenset({"en", "dans", "vers", "chez"}),
    "es": frozenset({"en", "hacia", "desde"}),
    "de": frozenset({"in", "im", "nach", "aus", "bei"}),
    "it": frozenset({"in", "nel", "nella", "verso"}),
}
# Prepositions that join two nouns into one label ("seigneur de guerre", "señor de la guerra"
# is not caught: two words after the preposition).
_LINKS = frozenset({"de", "di", "of", "von"})


def main_actors(entities: list[Entity], members: list[Article]) -> list[Entity]:
    """People, organisations and places named in at least half of the story's articles."""
    total = max(1, len(members))
    counted = [(len({m.article_id for m in e.mentions}), e) for e in entities
               if e.type in ("PERSON", "ORG", "GPE")]
    main = [(n, e) for n, e in counted if n >= max(2, MAIN_ACTOR_SHARE * total)] or \
        [(n, e) for n, e in counted if n == max((k for k, _ in counted), default=0) and n > 0]
    main.sort(key=lambda pair: (-pair[0], pair[1].name))
    return [e for _, e in main[:MAX_ACTORS]]


def descriptors(article: Article, entity: Entity) -> list[dict[str, Any]]:
    """Descriptor spans the article puts before or after the actor's names; none for a
    place ("monter en Égypte" is no label of Egypt: places are named, not described)."""
    if entity.type in _PLACE_TYPES:
        return []
    found: dict[str, dict[str, Any]] = {}
    text = article.text
    for mention in entity.mentions:
        if mention.article_id != article.id:
            continue
        start, end = _descriptor_start(text, mention.start, article.language), mention.start
        if start < end:
            quote = text[start:end].rstrip()
            found.setdefault(quote.casefold(), _span(start, start + len(quote), quote))
        after = _APPOSITION.match(text[mention.end:mention.end + 80])
        if after and _is_apposition(after.group(1)):
            a_start = mention.end + after.start(1)
            quote = after.group(1).rstrip()
            found.setdefault(quote.casefold(), _span(a_start, a_start + len(quote), quote))
    return list(found.values())


def _is_apposition(phrase: str) -> bool:
    """Whether ", PHRASE," after a name describes it: not a clause ("pour qui j'ai voté")
    and not another name ("la ville natale de M. Morsi, Zagazig,": every word capitalised)."""
    words = phrase.split()
    if words[0].casefold() in _CLAUSE_OPENERS:
        return False
    return not all(word[:1].isupper() for word in words)


def _descriptor_start(text: str, end: int, language: str | None) -> int:
    """Where the descriptor before ``end`` starts; ``end`` when there is none.

    The words must run back, within ``MAX_DESCRIPTOR_WORDS``, to a determiner or
    preposition of the article's language ("the strongman Haftar"); or all be capitalised
    title words after another word of the sentence ("... said Interior Minister Amrani").
    "Forces loyal to the government attacked Haftar" gives none: a clause, not a descriptor.
    """
    openers = OPENERS.get(language or "", frozenset())
    words = _words_before(text, end, MAX_DESCRIPTOR_WORDS + 1)
    if words and words[0][1].casefold() in _PLACE_PREPOSITIONS.get(language or "", ()):
        return end  # "la tension monte en Égypte": a place phrase, not a label
    for n, (start, word) in enumerate(words):
        if word.casefold() in openers:
            # "le seigneur de guerre Haftar": a linking "de" between two nouns, with a
            # determiner before the first, belongs to the descriptor.
            if (n and word.casefold() in _LINKS and n + 2 < len(words)
                    and words[n + 1][1].casefold() not in openers
                    and words[n + 2][1].casefold() in openers):
                return words[n + 1][0]
            if n == 1 and word.casefold() in _BARE_PREPOSITIONS:
                return end  # "pour soutenir Morsi": a verb after a bare preposition
            return words[n - 1][0] if n else end
        elided = re.match(r"[^\W\d_]+['’]", word)  # "l'actrice": the article is glued on
        if elided and elided.group().casefold() in openers:
            return start + elided.end()
    titled = 0
    while titled < min(len(words), MAX_DESCRIPTOR_WORDS) and words[titled][1][:1].isupper():
        titled += 1
    if not titled:
        return end
    start = words[titled - 1][0]
    before = text[:start].rstrip()[-1:]
    return start if before and before not in ".!?:\n" else end


def _words_before(text: str, end: int, limit: int) -> list[tuple[int, str]]:
    """Up to ``limit`` (start, word) pairs right before ``end``, nearest first, stopping at
    anything that is not a word separated by spaces (punctuation ends a descriptor)."""
    words: list[tuple[int, str]] = []
    start = end
    while len(words) < limit:
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not match or match.end() != start:
            break
        words.append((match.start(1), match.group(1)))
        start = match.start(1)
    return words


def stance(article: Article, entity: Entity) -> dict[str, Any] | None:
    """Mean polarity of the writer's evaluative words in sentences naming the actor."""
    lexicon = lexicon_for(article.language)
    voice = own_voice(article.text)
    starts = {m.start for m in entity.mentions if m.article_id == article.id}
    evidence: list[dict[str, Any]] = []
    polarities: list[float] = []
    for sentence in article.sentences:
        if not any(sentence.start <= s < sentence.end for s in starts):
            continue
        for start, end, polarity in lexicon.loaded_spans(voice[sentence.start:sentence.end]):
            a, b = sentence.start + start, sentence.start + end
            if in_a_name(article.text, a):
                continue
            polarities.append(polarity)
            evidence.append(_span(a, b, article.text[a:b]))
    if not polarities:
        return None
    mean = sum(polarities) / len(polarities)
    return {"entity_id": entity.id, "polarity": round(max(-1.0, min(1.0, mean)), 2),
            "evidence": evidence[:MAX_EVIDENCE]}


def naming_table(members: list[Article], actors: list[Entity]) -> dict[str, list[dict[str, Any]]]:
    """Per article: per actor, its names, descriptors and which are loaded or distinctive."""
    per: dict[str, dict[str, list[dict[str, Any]]]] = {
        a.id: {e.id: descriptors(a, e) for e in actors} for a in members}
    table: dict[str, list[dict[str, Any]]] = {}
    for article in members:
        rows = []
        for entity in actors:
            names = sorted({m.text for m in entity.mentions if m.article_id == article.id})
            if not names:
                continue
            usage = _usage(per, entity.id, article.id)
            named_elsewhere = any(m.article_id != article.id for m in entity.mentions)
            marked = []
            for d in per[article.id][entity.id]:
                alone = named_elsewhere and d["quote"].casefold() not in usage
                reasons = loaded_reasons(d["quote"], article.language)
                shared = [q for q, n in usage.items() if n >= MIN_CONTRAST_SOURCES]
                if alone and shared:
                    usual = max(shared, key=usage.__getitem__)
                    reasons.append(f"contrast: only this source; {usual!r} in "
                                   f"{usage[usual]} others")
                marked.append({**d, "loaded": bool(reasons), "loaded_by": reasons,
                               "distinctive": alone})
            rows.append({"entity_id": entity.id, "names": names, "descriptors": marked})
        table[article.id] = rows
    return table


def _usage(per: dict[str, dict[str, list[dict[str, Any]]]], entity_id: str,
           article_id: str) -> dict[str, int]:
    """Folded descriptor -> how many *other* articles use it for the actor."""
    counts: dict[str, int] = {}
    for other, row in per.items():
        if other != article_id:
            # First-use order, not a set's: the order breaks ties in the "usual" name
            # below, and a set's order changes with each process's string hashing.
            for quote in dict.fromkeys(d["quote"].casefold() for d in row[entity_id]):
                counts[quote] = counts.get(quote, 0) + 1
    return counts


def loaded_reasons(quote: str, language: str | None) -> list[str]:
    """Why a descriptor's own words are loaded: lexicon adjectives, BASIL-learned words."""
    lexicon = lexicon_for(language)
    reasons = []
    for word in re.findall(r"[^\W\d_][\w'’-]*", quote):
        if lexicon.loaded(word) is not None:
            reasons.append(f"subjectivity lexicon: {word!r}")
        elif learned_loaded(word, language) is not None:
            reasons.append(f"learned from BASIL lexical bias: {word!r}")
    return reasons


def _span(start: int, end: int, quote: str) -> dict[str, Any]:
    return {"start": start, "end": end, "quote": quote}
