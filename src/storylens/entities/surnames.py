"""A one-word name ("Asad", "Bashar", "Donald") to the one person of the story it names.

:func:`.merge.merge_parts` joins a bare surname when exactly one full name in the whole
story ends in it. That abstains whenever two people share the name: the Assads (Bashar,
Asma, Hafez), two Abdullahs, or a given name that is also someone's surname. Writers
resolve this within an article: a text that names only one of them in full and then
writes the bare name means that one. So each article that uses the one-word name votes
for the one candidate it names in full, spelt the same way (one writer spelling "Mohamed
Morsi" and "Mohammad" means two people); articles that name none or several do not vote.
The name joins a candidate only when at least one article votes and every vote agrees;
otherwise it stays apart and the ambiguity is recorded as evidence on it.

Given names are treated the same way ("Bashar" where an article names "Bashar al-Assad"),
but never without a vote: the story must name that person in full next to the given name.
A phrase that opens with a common word of the story ("Administración Trump", "governo
Renzi") is no candidate: it names what the person leads (see :mod:`.led_names`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from .bare_names import chinese_order
from .merge import Clusters, Guard, compatible, person_names, place_after_name, token_match
from .name_shapes import title_form
from .normalise import skeleton
from .one_person import prune_run_on_rivals

# The roles a one-word name can play in a full name, in the words of the evidence.
_ROLES = {-1: "the last name", 0: "the given name"}
# A two-word name whose second word is a hyphenated given name with a lower-case second
# syllable, as Korean names are romanised ("Ban Ki-moon", "Moon Jae-in"): the family
# name comes first. Western double names capitalise both halves ("Smith-Schuster").
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def family_first(surfaces: Iterable[str]) -> bool:
    """Every surface is a name written family name first ("Ban Ki-moon", "Xi Jinping":
    :func:`.bare_names.chinese_order`)."""
    seen = [s.strip() for s in surfaces]
    return bool(seen) and all(_FAMILY_FIRST.fullmatch(s) or chinese_order(s) for s in seen)


def _shouted(surfaces: Counter[str]) -> bool:
    """Written only in capitals ("CYBERPOL", "CREATORE"): an acronym or a shout."""
    return all(s.isupper() for s in surfaces)


def _bare(token: str) -> str:
    """A token without a joined Arabic article ("alasad" -> "asad") for indexing."""
    return token[2:] if token[:2] in ("al", "el") and len(token) > 5 else token


class ArticleVotes:
    """Links the story's one-word person names to full names by per-article votes."""

    def __init__(self, clusters: Clusters, guard: Guard,
                 is_place: Callable[[tuple[str, ...]], bool],
                 is_given: Callable[[str], bool] | None = None,
                 led: frozenset[int] = frozenset(),
                 titles: Sequence[frozenset[str]] = ()) -> None:
        self.clusters = clusters
        self.titles = titles
        self.guard = guard
        self.is_place = is_place
        self.is_given = is_given
        forms = clusters.forms
        # Full names typed PERSON, and untyped ones that open with a known given name
        # ("Greta Ramelli" where the model types nothing): "Greta" alone may vote for them
        # when no person of the story is a candidate (see link).
        self.untyped = {j for j, f in enumerate(forms)
                        if len(f.key) >= 2 and clusters.type_of(j) == "OTHER"
                        and is_given is not None and is_given(f.key[0])}
        # A title or two names in one phrase ("Wit and Wisdom of ...") is no full name.
        self.full = [j for j, f in enumerate(forms) if len(f.key) >= 2 and (
            clusters.type_of(j) == "PERSON" or j in self.untyped) and j not in led
            and not all(title_form(s) for s in f.surfaces)]
        self.names = person_names(clusters)
        # Full-name forms by the skeleton of their first and last token (article aside).
        self.index: dict[str, list[tuple[int, int]]] = {}
        for j in self.full:
            for role in _ROLES:
                self.index.setdefault(skeleton(_bare(forms[j].key[role])), []).append((j, role))
        self.articles = [{m.article_id for m in f.mentions} for f in forms]
        # Full names by entity. Stable while linking: each union keeps the full name's
        # root and only adds one-word forms to it.
        self.full_by_root: dict[int, list[int]] = {}
        for j in self.full:
            self.full_by_root.setdefault(clusters.find(j), []).append(j)

    def _candidates(self, i: int) -> dict[int, tuple[int, int]]:
        """Roots of full names the one-word form ``i`` may belong to: root -> (form, role)."""
        forms, token = self.clusters.forms, self.clusters.forms[i].key[0]
        found: dict[int, tuple[int, int]] = {}
        for j, role in self.index.get(skeleton(_bare(token)), ()):
            other = forms[j].key[role]
            if role == -1 and place_after_name(forms[i].key, forms[j].key, self.names,
                                               self.is_place):
                continue  # "Roma" of "Reparto Operativo di Roma"
            if token_match(token, other) is not None and (
                    _bare(token) == _bare(other) or self.guard(i, j)):
                found.setdefault(self.clusters.find(j), (j, role))
        return found

    def _named_in(self, root: int) -> dict[str, set[str]]:
        """Articles that name the entity ``root`` with a full name -> the given and last
        names (article aside) those full names are spelt with there."""
        out: dict[str, set[str]] = {}
        for j in self.full_by_root.get(root, ()):
            key = self.clusters.forms[j].key
            for article in self.articles[j]:
                out.setdefault(article, set()).update({_bare(key[0]), _bare(key[-1])})
        return out

    def link(self) -> None:
        clusters, forms = self.clusters, self.clusters.forms
        members: dict[int, list[int]] = {}
        for i in range(len(forms)):
            members.setdefault(clusters.find(i), []).append(i)
        for root, group in sorted(members.items(), key=lambda kv: -sum(
                len(forms[i].mentions) for i in kv[1])):
            person = clusters.type_of(root) == "PERSON"
            if any(len(forms[i].key) != 1 or (self.is_place(forms[i].key) and not person)
                   or _shouted(forms[i].surfaces) for i in group) \
                    or not compatible(clusters.type_of(root), "PERSON") \
                    or clusters.type_of(root) == "ORG":
                # a full name, a known place not typed PERSON over all its mentions
                # ("Palermo" untyped; "Elizabeth" typed PERSON may vote), capitals
                continue
            candidates: dict[int, tuple[int, int]] = {}
            for i in group:
                for cand, why in self._candidates(i).items():
                    candidates.setdefault(clusters.find(cand), why)
            candidates.pop(clusters.find(root), None)
            # An untyped full name competes only where no person's does ("Osama Bin", a
            # cut span, is no rival of "Osama bin Laden").
            typed = {c: why for c, why in candidates.items() if why[0] not in self.untyped}
            candidates = prune_run_on_rivals(typed or candidates, self._full_keys)
            if not candidates:
                continue
            self._vote(root, group, candidates)

    def _full_keys(self, root: int) -> list[tuple[str, ...]]:
        return [self.clusters.forms[j].key for j in self.full_by_root.get(root, ())]

    def _other_office(self, group: list[int], winner: int) -> bool:
        """The one-word name and the full names of ``winner`` are written after office
        titles, and no title is shared: two people (see :mod:`.bare_names`)."""
        if not self.titles:
            return False
        mine = frozenset().union(*(self.titles[i] for i in group))
        theirs = frozenset().union(*(self.titles[j] for j in self.full_by_root.get(winner, ())))
        return bool(mine) and bool(theirs) and not mine & theirs

    def _vote(self, root: int, group: list[int], candidates: dict[int, tuple[int, int]]
              ) -> None:
        clusters, forms = self.clusters, self.clusters.forms
        named = {c: self._named_in(c) for c in candidates}
        used = set().union(*(self.articles[i] for i in group))
        votes: Counter[int] = Counter()
        for article in used:
            here = [c for c, arts in named.items() if article in arts]
            spelt = {_bare(forms[i].key[0]) for i in group if article in self.articles[i]}
            # One candidate named in full here, spelt as the one-word name is: "Mohammad"
            # in an article that writes "Mohamed Morsi" is someone else (see guards).
            if len(here) == 1 and spelt & named[here[0]][article]:
                votes[here[0]] += 1
        surface = max((forms[i] for i in group), key=lambda f: len(f.mentions)).surface
        if len(votes) == 1:
            (winner, count), = votes.items()
            j, role = candidates[winner]
            # "Ban" of "Ban Ki-moon"; "Cardi" of "Cardi B" (a one-letter last name: the
            # first word is the name a stage name is used by).
            first = role == 0 and (family_first(forms[j].surfaces) or (
                len(forms[j].key) == 2 and len(forms[j].key[1]) == 1))
            if role == 0 and self.is_given is not None and not first \
                    and not self.is_given(forms[j].key[0]):
                return  # "Italian" of "Italian Atlantic Committee President": no first name
            if role == 0 and not first and self._other_office(group, winner):
                clusters.evidence[clusters.find(root)].append(
                    f"'{surface}' is written after another office than "
                    f"'{forms[j].surface}': left apart")
                return
            rest = len(used) - count
            what = "the name used alone" if first else _ROLES[role]
            clusters.union(winner, root, (
                f"'{surface}' is {what} of '{forms[j].surface}', the only person of "
                f"that name named in full in {count} article(s) that write '{surface}'"
                + (f" ({rest} other article(s) name none or several)" if rest else "")))
            return
        names = sorted({forms[j].surface for j, _ in candidates.values()})
        if len(names) >= 2 or votes:
            clusters.evidence[clusters.find(root)].append(
                f"'{surface}' may name {' or '.join(repr(n) for n in names)}: "
                + ("their articles disagree" if votes else "no article names just one of them")
                + ", so it is left apart")


def link_one_word_names(clusters: Clusters, guard: Guard,
                        is_place: Callable[[tuple[str, ...]], bool],
                        is_given: Callable[[str], bool] | None = None,
                        led: frozenset[int] = frozenset(),
                        titles: Sequence[frozenset[str]] = ()) -> None:
    """Join each one-word person name to the one full name its articles agree on; a
    spelling that differs must pass the story's spelling ``guard``, a name the gazetteer
    knows as a place (``is_place``) is never joined this way, and with a given-name list
    (``is_given``) only a known given name is taken for one ("Bashar", not "Future");
    the forms in ``led`` name what a person leads and are no candidates ("Administración
    Trump", :func:`.led_names.led_forms`); ``titles``: each form's office titles
    (:func:`.bare_names.office_titles`): a given name written after other offices than
    its full name is someone else's."""
    ArticleVotes(clusters, guard, is_place, is_given, led, titles).link()


# A regnal number after a name ("Shenuda III", "Benedetto XVI"): two letters or more,
# so a one-letter initial ("Cardi B", "Juan Carlos I") never counts as one.
_REGNAL = re.compile(r"(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})")


def link_regnal_names(clusters: Clusters) -> None:
    """"Shenuda" / "Shenuda III": a name written without its regnal number joins the one
    person of the story with that name and a number (written in capitals); with two
    ("Louis XIV", "Louis XVI") it stays apart."""
    forms = clusters.forms
    numbered: dict[tuple[str, ...], set[int]] = {}
    for j, form in enumerate(forms):
        if len(form.key) >= 2 and _REGNAL.fullmatch(form.key[-1]) \
                and clusters.type_of(j) in ("PERSON", "OTHER") \
                and all(s.split()[-1].isupper() for s in form.surfaces):
            numbered.setdefault(form.key[:-1], set()).add(clusters.find(j))
    # Given names of other full names ("Juan" of "Juan Pérez" beside "Juan XXIII").
    others = {f.key[:1] for j, f in enumerate(forms) if len(f.key) >= 2
              and not _REGNAL.fullmatch(f.key[-1]) and clusters.type_of(j) == "PERSON"}
    for i, form in enumerate(forms):
        roots = numbered.get(form.key, set())
        if len(roots) == 1 and clusters.type_of(i) in ("PERSON", "OTHER") \
                and form.key not in others:
            root = next(iter(roots))
            if clusters.find(i) != root:
                clusters.union(root, i, f"'{form.surface}' is the name of the one person "
                                        "of the story named with it and a regnal number")


def _initial_of(a: str, b: str) -> bool:
    """One token is the other's initial ("j" / "joseph")."""
    return a != b and min(len(a), len(b)) == 1 and a[0] == b[0]


def link_middle_initials(clusters: Clusters) -> None:
    """"Gian J. Morici" / "Gian Joseph Morici": the same given and last name, the middle
    names equal or one the initial of the other. Both must be people (or untyped)."""
    forms = clusters.forms
    by_ends: dict[tuple[str, str, int], list[int]] = {}
    for i, form in enumerate(forms):
        if len(form.key) >= 3 and clusters.type_of(i) in ("PERSON", "OTHER"):
            by_ends.setdefault((form.key[0], form.key[-1], len(form.key)), []).append(i)
    for group in by_ends.values():
        for a in group:
            for b in group:
                ka, kb = forms[a].key, forms[b].key
                pairs = list(zip(ka[1:-1], kb[1:-1], strict=True))
                if a < b and clusters.find(a) != clusters.find(b) and any(
                        _initial_of(x, y) for x, y in pairs) and all(
                        x == y or _initial_of(x, y) for x, y in pairs):
                    clusters.union(a, b, f"'{forms[a].surface}' and '{forms[b].surface}' "
                                         "differ only by a middle name and its initial")


# What a writer puts between a person's name and another name of the same person ("Bassel
# Khartabil, also known as Bassel Safadi"): a language's "also known as", after optional
# punctuation and a bracketed note ("[it]", "(@handle)"), and nothing else.
_KNOWN_AS = re.compile(
    r"\s*(?:[\[(][^\])]{0,40}[\])])?\s*[,(]?\s*(?:"
    r"(?:also |better )?known as|a\.?k\.?a\.?|alias|"
    r"(?:conosciut|not)[oa] (?:anche )?come|dett[oa]|"
    r"conocid[oa] (?:también )?como|apodad[oa]|"
    r"connue? (?:aussi |également )?(?:sous le nom de|comme)|surnommée?|dite?|"
    r"(?:auch )?bekannt als|genannt)\s*[:,]?\s*[\"'«“‘]?\s*", re.IGNORECASE)


def link_known_as(clusters: Clusters, texts: dict[str, str]) -> None:
    """"Bassel Khartabil, conosciuto anche come Bassel Safadi": two person names that a
    text joins with "also known as" (in the story's languages) and nothing else are one
    person. ``texts``: article id -> text. Both names must be people or untyped."""
    forms = clusters.forms
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for i, form in enumerate(forms):
        if clusters.type_of(i) in ("PERSON", "OTHER") and len(form.key) >= 2:
            for m in form.mentions:
                spans.setdefault(m.article_id, []).append((m.start, m.end, i))
    for article, found in spans.items():
        text = texts.get(article, "")
        found.sort()
        for (_, end, a), (start, _, b) in pairwise(found):
            if clusters.find(a) != clusters.find(b) and end < start \
                    and _KNOWN_AS.fullmatch(text[end:start]):
                clusters.union(a, b, f"'{forms[a].surface}' is also known as "
                                     f"'{forms[b].surface}' ({text[end:start].strip()!r})")
