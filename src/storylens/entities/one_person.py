"""One person, one entity within a story: where a surname-only mention still stood apart
from its person's full name, and which name stands for the person (issue 10, session 9).

Read from the duplicates left in the people samples (docs/benchmarks.md, session 9):

- A long form with lower-case function words between capitalised ones ("Wit and Wisdom
  of Michael Bloomberg", "Bill and Hillary Clinton") is a title or two people, not a name
  form of one person: it is no full name a surname may belong to, and never stands for
  the person (:func:`.name_shapes.title_form`).
- A full name the model left untyped ("Ekmeleddin Ihsanoglu", what a capitalisation
  fallback gives for every name) or typed ORG ("Susan Rice") is the only full name of the
  story ending in a surname written alone: the surname is that person; a shorter full
  name joins the one longer name that holds it the same way (:func:`link_untyped_surnames`).
  Two full names ending in it (typed or not) leave it apart: a shared surname alone is
  never evidence.
- Two full names of one person that differ by a nickname and a middle initial ("Chuck
  Grassley" / "Charles E. Grassley") are one person; otherwise the bare surname sees two
  rivals and abstains (:func:`merge_nickname_initials`).
- An editor's bracketed given name ("M. [Mohamed] El-Baradei", "[Gamal Abdel] Nasser") is
  part of the name that follows it, not a person of its own
  (:func:`join_bracketed_given_names`): alone, "Mohamed" was voted to another Mohamed.

Every rule indexes the story's names by their last word: linear in the names.
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import Article, Mention
from .given_names import NicknameTest
from .merge import Clusters, covers, token_match
from .name_shapes import well_formed_name
from .openers import _PARTICLES


def _person_shaped(surfaces: list[str], is_common: Callable[[str], bool],
                   is_place: Callable[[tuple[str, ...]], bool],
                   key: tuple[str, ...]) -> bool:
    """An untyped full name that reads as a person's: every surface well formed, every
    word capitalised or a name particle, no word a common word of the story ("Global
    Voices": "voices"), not a known place as a whole ("Nueva York") nor opening with one."""
    for surface in surfaces:
        if not well_formed_name(surface):
            return False
        for word in surface.split():
            particle = word.split("-")[0].lower() in _PARTICLES
            if not particle and (not word[:1].isupper() or is_common(word)):
                return False
    # A place opening the name owns it ("Francia di Moreau"); a later word may be a place
    # too ("Rodríguez", a town).
    return not is_place(key) and not is_place(key[:1])


def link_untyped_surnames(clusters: Clusters, is_common: Callable[[str], bool],
                          is_place: Callable[[tuple[str, ...]], bool],
                          is_given: Callable[[str], bool] | None = None,
                          led: frozenset[int] = frozenset()) -> None:
    """Join a surname or shorter name (PERSON or untyped, no place, no common word, not in
    capitals, of an entity whose names all end in that word) to the one longer name of the
    story that ends in its last word and holds its words, when that name is untyped but
    person-shaped (:func:`_person_shaped`), or typed ORG but opening with a known given
    name ("Susan Rice" beside "Mme Rice"); typed full names are
    :func:`.merge.merge_parts`'s. Any other longer name ending in that word - a person's,
    untyped, or a title - is a rival and leaves it apart; so does a name the story uses for
    what a person leads (``led``)."""
    forms = clusters.forms
    # Every full name by the last word of its normal form: the rivals are there.
    by_last: dict[str, set[int]] = {}
    for j, form in enumerate(forms):
        if len(form.key) >= 2:
            by_last.setdefault(form.key[-1], set()).add(j)
    # The last words of each entity's forms: one joined to another word by spelling alone
    # ("Sabbahi" to the town "Sebah") would carry that word's entity into the person.
    lasts: dict[int, set[str]] = {}
    for k, f in enumerate(forms):
        lasts.setdefault(clusters.find(k), set()).add(f.key[-1])
    for i, form in enumerate(forms):
        if clusters.type_of(i) not in ("PERSON", "OTHER") or is_place(form.key) \
                or len(lasts[clusters.find(i)]) > 1 \
                or any(is_common(s) or s.isupper() for s in form.surfaces):
            continue
        longer = {j for j in by_last.get(form.key[-1], ()) if len(forms[j].key) > len(form.key)}
        roots = {clusters.find(j) for j in longer}
        if len(roots) != 1 or clusters.find(i) in roots:
            continue  # two candidates, or already joined to its full name
        root = roots.pop()
        full = [j for j in longer if clusters.find(j) == root]
        kind = clusters.type_of(root)
        if not all(covers(forms[j].key, form.key, exact=False) for j in full) \
                or kind not in ("OTHER", "ORG") or any(j in led for j in full):
            continue
        if kind == "ORG" and (is_given is None or len(form.key) != 1 or clusters.type_of(i)
                              != "PERSON" or not all(is_given(forms[j].key[0]) for j in full)):
            continue
        if not all(_person_shaped(list(forms[j].surfaces), is_common, is_place, forms[j].key)
                   for j in full):
            continue
        long = max((forms[j] for j in full), key=lambda f: len(f.mentions))
        what = "the last name" if len(form.key) == 1 else "a shorter form"
        clusters.union(root, i, f"'{form.surface}' is {what} of '{long.surface}', the only "
                                f"longer name of the story that ends in it ({kind.lower()}"
                                ", written as a person's name)")


def merge_nickname_initials(clusters: Clusters, is_nickname: NicknameTest | None) -> None:
    """"Chuck Grassley" / "Charles E. Grassley": person names with one last name whose
    given names are a nickname pair and whose middle words differ only by initials that
    one of them leaves out. Indexed by last name."""
    if is_nickname is None:
        return
    forms = clusters.forms
    by_last: dict[str, list[int]] = {}
    for i, form in enumerate(forms):
        if len(form.key) >= 2 and clusters.type_of(i) == "PERSON":
            by_last.setdefault(form.key[-1], []).append(i)
    for group in by_last.values():
        for a in group:
            for b in group:
                ka, kb = forms[a].key, forms[b].key
                middles = (ka[1:-1], kb[1:-1])
                if a < b and clusters.find(a) != clusters.find(b) and ka[0] != kb[0] \
                        and middles[0] != middles[1] and not all(middles) \
                        and all(len(t) == 1 for t in middles[0] + middles[1]) \
                        and is_nickname(ka[0], kb[0]):
                    clusters.union(a, b, f"'{forms[a].surface}' and '{forms[b].surface}' "
                                         f"differ by a nickname ('{ka[0]}' / '{kb[0]}', "
                                         "nicknames dataset) and a middle initial")


def join_bracketed_given_names(articles: list[Article]) -> None:
    """Widen a mention written in square brackets right before another mention ("M.
    [Mohamed] El-Baradei": an editor's insertion in a quote) into one mention of the whole
    name, brackets included, so that the given name counts as part of that name."""
    for article in articles:
        ordered = sorted(article.mentions, key=lambda m: m.start)
        joined: list[Mention] = []
        skip = False
        for here, after in zip(ordered, [*ordered[1:], None], strict=True):
            if skip:
                skip = False
                continue
            text = article.text
            if after is not None and text[here.start - 1:here.start] == "[" \
                    and text[here.end:after.start] in ("] ", "]\xa0"):
                start = here.start - 1
                joined.append(Mention(here.article_id, start, after.end,
                                      text[start:after.end], after.label))
                skip = True
                continue
            joined.append(here)
        if len(joined) != len(article.mentions):
            article.mentions[:] = joined


def prune_run_on_rivals(candidates: dict[int, tuple[int, int]],
                        keys: Callable[[int], list[tuple[str, ...]]]) -> dict[int, tuple[int, int]]:
    """Drop a candidate full name that ends in another candidate's full name ("Mohamed
    Morsie Ahmad Shafiq", two names run together, beside "Ahmed Shafiq"): it is no other
    person of that surname. ``keys``: the full-name keys of a candidate root."""
    if len(candidates) < 2:
        return candidates

    def ends_in(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        return len(long) > len(short) and all(
            token_match(a, b) is not None for a, b in zip(long[-len(short):], short,
                                                           strict=True))

    run_on = {c for c in candidates for other in candidates if other != c
              and any(ends_in(long, short) for long in keys(c) for short in keys(other))}
    kept = {c: why for c, why in candidates.items() if c not in run_on}
    return kept or candidates
