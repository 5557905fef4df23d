"""German words and endings the capitalisation fallback reads (data only, split from
:mod:`.capitalized`, which says how each is used). German capitalises every noun, so a
capitalised word there is a name only when its shape and the words before it say so.
"""

from __future__ import annotations

from anyascii import anyascii


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, folded to ASCII like the tokens it is matched to."""
    return frozenset(anyascii(word).lower() for word in text.split())


# German noun morphology: derivational suffixes (and their plurals) that make common
# nouns ("Regierung", "Region", "Gemeinschaften") and nominalised participles
# ("Überlebenden", "Reisende"); names rarely end so.
DE_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ion", "ionen",
    "tät", "täten", "ität", "itäten", "nis", "nisse", "tum", "tümer", "ling", "linge",
    "chen", "lein", "ismus", "ismen", "ende", "enden",
)
# Noun suffixes that also end place names, which a locative preposition then vouches for.
DE_PLACE_SUFFIXES = ("chen", "nis")
# Endings of the few place names German puts an article before ("in der Ukraine", "der
# Türkei", "im Rheinland", "aus dem Jemen" is lost): they keep a single word after one.
DE_PLACE_ENDINGS = ("ei", "ine", "land", "stan")
# Inflected adjective endings ("Vereinten", "Rote", "Türkischen").
DE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Plural endings, judged only after a plural determiner or a number ("viele Menschen").
DE_PLURAL_ENDINGS = ("en", "er", "ern", "e")
# Articles, determiners and quantifiers: the capitalised word they introduce is a noun.
DE_DETERMINERS = _words("""
    der die das den dem des ein eine einen einem einer eines kein keine keinen keiner
    viele vielen mehrere mehreren zahlreiche zahlreichen einige einigen wenige wenigen
    alle allen beide beiden hunderte tausende zehntausende hunderttausende dutzende
    unser unsere unseren unserer ihr ihre ihren ihrer sein seine seinen seiner
    dieser diese dieses diesen jeder jede jedes jeden im am vom zum zur beim ins
    """)
# The singular ones (a definite article may stand before a place; these never do).
DE_INDEFINITE = _words("ein eine einen einem einer eines kein keine keinen keiner")
# Determiners that mark the noun after them as plural; "der"/"die" are also singular.
DE_PLURAL_DETERMINERS = DE_DETERMINERS - _words(
    "der die das dem des ein eine einen einem einer eines kein keine keinen keiner im am"
    " vom zum zur beim ins dieser dieses jeder jede jedes sein ihr unser")
# Lower-case words allowed inside a German name ("Ursula von der Leyen", "zu Guttenberg").
DE_NAME_JOINERS = _words("von der den zu vom zur")
# How far back a plural determiner may stand before its noun ("viele verletzte Menschen").
DE_PHRASE_REACH = 3
