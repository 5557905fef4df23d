"""Reference data entity resolution reads: places (CLDR, ISO 3166, GeoNames), nicknames,
given names and stop words.

One :class:`EntityKnowledge` per pipeline (``Resources.entity_knowledge``); without one
the resolver still runs, on spelling and the texts alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..embed import Embedder
from ..stop_words import stop_words
from .demonyms import Demonyms
from .furniture import calendar_words
from .given_names import GivenNameTest, NicknameTest, load_given_name_test, load_nickname_test
from .places import Gazetteer


@dataclass
class EntityKnowledge:
    """Places, nicknames and per-language stop words (loaded on first use of a language)."""

    gazetteer: Gazetteer | None = None
    nicknames: NicknameTest | None = None
    # Whether a word is a known given name (gender-guesser's list); None: nothing is.
    given_names: GivenNameTest | None = None
    demonyms: Demonyms | None = None
    # Read a language's dictionary (simplemma) to tell a common word from a name's slip
    # and to lemmatise group names; see build().
    lexicon: bool = False
    # Multilingual sentence embeddings (the pipeline's USE-m): supporting evidence for
    # an organisation named in two languages (:mod:`.organisations`); None = not used.
    embedder: Embedder | None = None
    _calendar: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, languages: Iterable[str], output_language: str = "en",
              lexicon: bool = False, embedder: Embedder | None = None) -> EntityKnowledge:
        """Load the gazetteer, nicknames and demonyms for ``languages`` (a few seconds, once
        per pipeline). ``lexicon`` also reads simplemma's dictionaries (a lower-case slip
        of a name, "le régime de moubarak", is not a common word; "Republicans" /
        "Republican" share a lemma): off by default, as the dictionaries of seven
        languages take ~500 MB and ~30 s to load, against the pipeline's 2 GB bound.
        ``embedder``: the pipeline's multilingual encoder, for names across languages."""
        return cls(gazetteer=Gazetteer.build(languages, output_language),
                   nicknames=load_nickname_test(), given_names=load_given_name_test(),
                   lexicon=lexicon,
                   demonyms=Demonyms.build(languages), embedder=embedder)

    def stop_words(self, language: str | None) -> frozenset[str]:
        """spaCy's stop-word list of a language (lower case); empty when it has none."""
        return stop_words(language)

    def calendar_words(self, language: str) -> frozenset[str]:
        """Month and weekday names of a language (CLDR via babel), lower-case ASCII."""
        if language not in self._calendar:
            self._calendar[language] = calendar_words(language)
        return self._calendar[language]

    def is_word(self, word: str, language: str) -> bool:
        """Whether a lower-case word is in the language's dictionary (``simplemma``); False
        without the package or for a language it lacks."""
        if not self.lexicon:
            return False
        try:
            from simplemma import is_known
        except ImportError:
            return False
        try:
            return bool(is_known(word, lang=language))
        except ValueError:  # a language simplemma does not have
            return False

    def lemma(self, word: str, language: str | None) -> str | None:
        """The dictionary form of a lower-case word (``simplemma``), None without it."""
        if not self.lexicon or not language:
            return None
        try:
            from simplemma import lemmatize
        except ImportError:
            return None
        try:
            return str(lemmatize(word, lang=language))
        except ValueError:
            return None

    def demonym(self, key: tuple[str, ...], language: str | None) -> tuple[str, str] | None:
        """(country name, why) when a one-word form is a demonym of one country; a name
        of a place is never a demonym ("Iraq" is not, "Iraqi" is), unless only another
        language's CLDR names it so ("libyen": German for Libya, French for Libyan)."""
        if self.demonyms is None or len(key) != 1:
            return None
        if self.places(key) and not (self.gazetteer and
                                     self.gazetteer.foreign_only(key, language)):
            return None
        found = self.demonyms.country_of(key[0], language)
        if found is None:
            return None
        code, why = found
        return self.demonyms.name_of(code), why

    def is_given_name(self, word: str) -> bool:
        """A known given name ("Barack", "Asma"); False without the list."""
        return self.given_names is not None and self.given_names(word)

    def places(self, key: tuple[str, ...], language: str | None = None) -> frozenset[str]:
        """Place ids a normal form names (empty without a gazetteer). With the form's
        ``language``: English-only names count ("America"), and a demonym of that
        language is not the place another language's name makes of it ("libyen")."""
        if self.gazetteer is None:
            return frozenset()
        if language and self.gazetteer.foreign_only(key, language) and \
                self.demonym(key, language):
            return frozenset()
        found = self.gazetteer.lookup(key, language)
        if not found and len(key) == 1 and self.demonyms is not None and \
                self.demonyms.continent(key[0], language):
            return frozenset({f"region:{key[0]}"})  # "Amérique" of "l'Amérique latine"
        return found
