"""Words the run's texts write in lower case, per language (issue 10, session 9).

Why: Spanish and Italian papers capitalise a common noun when it means the institution
("el Gobierno", "el Ejército", "la Constitución", "la Commissione", "diversi Paesi") and
a story of one or two articles may never write it in lower case, so the story-level test
of :mod:`.guards` keeps it, and no lexicon of those languages is installed (no spaCy
model; simplemma's dictionaries are off for memory). The other articles of the run are
the lexicon at hand: a word they write in lower case inside sentences is a common word
of that language. :mod:`.common_nouns` reads it where the model's noun list is missing,
and only for a capitalised word that follows a determiner, so a name that is also a
common word ("Podemos", written with no article) is not touched.

Memory stays bounded: only lower-case words of MIN_LETTERS or more, written in at least
MIN_USES articles, are kept, as one frozenset per language. Cost: one regular-expression
pass per article (a fraction of a millisecond); words are compared as written, accents
kept (folding every word cost more than the pass).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import Article

# Shorter lower-case words are grammar words, which the stop-word lists already cover.
MIN_LETTERS = 4
# A lower-case word not joined to the word before (compounds, handles, addresses are not
# words written alone: "anti-gobierno", "@gobierno", "gobierno.es").
_LOWER_WORD = re.compile(r"(?<![\w\-./@#_'’])[a-zà-öø-ÿ][^\W\d_]{" + str(MIN_LETTERS - 1)
                         + ",}")
# A word written in lower case once may be a slip ("il regime di assad"); twice across
# the run's articles is a common word (a prior, not fitted to any label).
MIN_USES = 2


@dataclass(frozen=True)
class RunWords:
    """Per language: the words the run's articles write in lower case."""

    lower: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> RunWords:
        counts: dict[str, Counter[str]] = {}
        for article in articles:
            if not article.language:
                continue
            found = counts.setdefault(article.language, Counter())
            # Each distinct word once per article: a word one article repeats is not yet
            # a word of the language's texts.
            found.update(set(_LOWER_WORD.findall(article.text)))
        return cls({lang: frozenset(w for w, n in found.items() if n >= MIN_USES)
                    for lang, found in counts.items()})

    def written_lower(self, word: str, language: str | None) -> bool:
        """Whether the run's texts of ``language`` write ``word`` in lower case."""
        known = self.lower.get(language or "")
        return known is not None and word.lower() in known
