"""A spelling match refused when an article already writes the two names apart.

The spelling guard (:class:`.guards.SpellingGuard`) refuses two forms that one article
writes both ways: the writer meant two names ("Ali" / "Alia"). Spelling joins chain,
though: "Muhammar Gheddafi" (one article) is a slip of "Muammar Gheddafi", and "Muhammad
Gaddafi" (another article, the colonel's son) is one letter and a transliteration away
from the slip. The article about the son writes "Muammar Gheddafi" and "Muhammad Gaddafi"
side by side, so it tells the two apart; the pair test alone never sees that. This guard
looks, for a spelling join, at every form written in an article of this side that belongs
to the other side's entity, or spells the other side's name when no article writes the two
sides together (joins come in any order): one with the same family name and a given name
that is no spelling of this side's ("muammar" / "muhammad") is another member of the
family, and the join is refused.
Transliterations of one given name ("Bachar" / "Bashar el-Assad" in one wire compilation)
still join, as the pair test lets them.
"""

from __future__ import annotations

from .merge import Clusters, Guard, token_match


def relatives(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names with one family name and two given names ("Muammar Gheddafi" /
    "Muhammad Gaddafi"): the last words one spelling, the first words none."""
    return len(a) >= 2 and len(b) >= 2 and token_match(a[-1], b[-1]) is not None \
        and token_match(a[0], b[0]) is None


def spelt_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of as many words, each word a spelling of the other's."""
    return len(a) == len(b) and all(token_match(x, y) is not None
                                    for x, y in zip(a, b, strict=True))


class WrittenApart:
    """The story's spelling guard, refusing also a join that puts two relatives one
    article names side by side into one entity (see the module docstring)."""

    def __init__(self, clusters: Clusters, guard: Guard) -> None:
        self.clusters = clusters
        self.guard = guard
        self.by_article: dict[str, set[int]] = {}
        for i, form in enumerate(clusters.forms):
            for mention in form.mentions:
                self.by_article.setdefault(mention.article_id, set()).add(i)

    def __call__(self, i: int, j: int) -> bool:
        if not self.guard(i, j):
            return False
        return self._agrees(i, j) and self._agrees(j, i)

    def _agrees(self, i: int, j: int) -> bool:
        """No form written in an article of ``i`` names a relative of ``i`` that is one of
        ``j``'s entity, or that spells ``j`` itself where no article writes both ``i`` and
        ``j`` (joins come in any order; a writer who puts ``i`` beside ``j`` has told
        whose spelling ``j`` is)."""
        forms = self.clusters.forms
        root, key = self.clusters.find(j), forms[i].key
        articles = {m.article_id for m in forms[i].mentions}
        together = bool(articles & {m.article_id for m in forms[j].mentions})
        beside = {k for a in articles for k in self.by_article.get(a, ()) if k not in (i, j)}
        return not any(relatives(key, forms[k].key) and (
            self.clusters.find(k) == root
            or (not together and spelt_alike(forms[k].key, forms[j].key))) for k in beside)
