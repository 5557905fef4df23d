"""A count claim's figure in its source's words: "plus de mille", "Une centaine de
personnes", never the clause around it.

A count claim's evidence is the clause that says what the figure counts ("Une centaine
de personnes ont été tuées"): the verb is needed to tell a toll from a head count. Where
the figure itself is shown, as one end of a range of tolls ("entre des dizaines et
..."), that clause read as a sentence quoted inside a sentence. This gives the figure
with its modifier and the people noun right after it, as an exact span of the article.
"""

from __future__ import annotations

from ..records import Claim
from .numbers import figures_in
from .patterns import PEOPLE_RE, find_typed
from .text import claim_language, count_words, has_clause_break, normalize_digits


def figure_words(text: str, language: str | None, claim: Claim) -> tuple[int, int] | None:
    """The span of ``claim``'s figure (modifier and people noun included) inside its
    first source, which must be ``text``'s article; None when the figure is not found."""
    frame = claim.frame
    if frame is None or frame.figure is None or not claim.sources \
            or claim.sources[0].article_id != frame.article_id:
        return None
    evidence = claim.sources[0]
    lang = claim_language(language)
    at = frame.figure.start
    found = next((f for f in figures_in(normalize_digits(text), lang, evidence.start,
                                        evidence.end)
                  if f.core_start <= at < f.core_end), None)
    if found is None:
        return None
    end = found.end
    nouns = find_typed(PEOPLE_RE.get(lang, []), text, end, evidence.end)
    if nouns and count_words(text, end, nouns[0].start) <= 1 \
            and not has_clause_break(text, end, nouns[0].start):
        end = nouns[0].end  # "une centaine | de personnes"
    return found.start, end
