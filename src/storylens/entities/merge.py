"""Spelling rules for merging mention forms, with reasons (the resolver is :mod:`.resolver`).

Two rules, each recorded as evidence: a spelling variant (relative edit distance or one
consonant skeleton); a shorter form whose tokens all belong to exactly one longer person
name with its last name ("Haftar" -> "Khalifa Haftar"). PERSON never meets a place; each
fuzzy match passes a guard (:mod:`.guards`) for two different words ("Francia"/"Franco").
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import EntityType, Mention
from .name_shapes import title_form
from .name_words import governed_tail
from .ner import normalise_label
from .normalise import is_latin, levenshtein, normal_tokens, skeleton, vowel_groups

# Tokens shorter than this must match exactly: "Iran"/"Iraq" are one edit apart.
MIN_FUZZY_LEN = 5
# One edit per this many letters (5-9: 1, 10-14: 2): "Haftar"/"Khaftar", not "Austria"/"Australia".
LETTERS_PER_EDIT = 5
# Below this length an edit must leave the consonants alone: transliterations of a short
# name differ in vowels and doubled letters (Asad/Assad, Morsi/Mursi), while an added or
# changed consonant makes another name ("Mori"/"Morsi", "Iran"/"Iraq").
MIN_CONSONANT_EDIT_LEN = 8
# Skeletons shorter than this ("hmd") are shared by too many unrelated names.
MIN_SKELETON_LEN = 3
# Deletion blocks reach two edits (names of 10-14 letters; longer ones meet by skeleton).
MAX_DELETION_DEPTH = 2
# Longer "tokens" (real names stay under ~20 letters) are URLs or glued words: no blocks.
MAX_DELETION_TOKEN = 24
# A blocking key shared by more forms than this cannot tell names apart (see _neighbours).
MAX_BLOCK = 400
_PLACES = frozenset({"GPE", "LOC"})
# Tie-break among equally frequent labels: the more specific first.
_LABEL_ORDER: tuple[EntityType, ...] = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER")


@dataclass
class Form:
    """All mentions that share one normal form."""

    key: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)
    # The type decided over all the form's mentions (see resolver); None = their labels.
    kind: str | None = None
    # Why ``kind`` differs from the tagger's labels, shown as the entity's evidence.
    why: str | None = None

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]


class Clusters:
    """Union-find over forms, keeping each cluster's label counts and evidence."""

    def __init__(self, forms: list[Form]) -> None:
        self.forms = forms
        self.parent = list(range(len(forms)))
        self.labels: list[Counter[str]] = [
            Counter({form.kind: len(form.mentions)}) if form.kind
            else Counter(mention_label(m) for m in form.mentions) for form in forms
        ]
        self.evidence: list[list[str]] = [[form.why] if form.why else [] for form in forms]
        # Forms the alias file keeps apart: never joined to anything.
        self.locked: set[int] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def type_of(self, i: int) -> EntityType:
        return majority_type(self.labels[self.find(i)])

    def union(self, i: int, j: int, reason: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or a in self.locked or b in self.locked:
            return
        self.parent[b] = a
        self.labels[a] += self.labels[b]
        self.evidence[a].extend(self.evidence[b])
        self.evidence[a].append(reason)


def mention_label(mention: Mention) -> str:
    return normalise_label(mention.label or "OTHER") or "OTHER"


def majority_type(labels: Counter[str]) -> EntityType:
    """The most common specific label; OTHER only when nothing more specific was seen."""
    specific = {k: v for k, v in labels.items() if k != "OTHER" and k in _LABEL_ORDER}
    if not specific:
        return "OTHER"
    if specific.keys() <= _PLACES:
        return "GPE" if specific.get("GPE", 0) >= specific.get("LOC", 0) else "LOC"
    best = max(specific.values())
    return next(t for t in _LABEL_ORDER if specific.get(t) == best)


def compatible(a: str, b: str) -> bool:
    """Whether two entity types may name one thing (GPE and LOC do; OTHER fits anything)."""
    return a == b or "OTHER" in (a, b) or {a, b} <= _PLACES


_ARTICLE_ASIDE = "the same name with and without the Arabic article"


@functools.lru_cache(maxsize=1 << 16)  # pure; the same pairs return form after form
def token_match(a: str, b: str) -> str | None:
    """Why two name tokens are one spelling ("1 edit", "skeleton 'hftr'"), or None."""
    if a == b:
        return "same"
    if _without_article(a) == b or _without_article(b) == a:
        return _ARTICLE_ASIDE
    bare_a, bare_b = _without_article(a), _without_article(b)
    if bare_a or bare_b:  # "el-Assad"/"al-Assad", "al Asad"/"Assad": compare the nouns
        why = _spelling_match(bare_a or a, bare_b or b)
        if why:
            return "another Arabic article" if why == "same" else f"{why}, article aside"
    return _spelling_match(a, b)


def _spelling_match(a: str, b: str) -> str | None:
    """Why two article-free tokens are one spelling, or None."""
    if a == b:
        return "same"
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < MIN_FUZZY_LEN - 1 or longest < MIN_FUZZY_LEN:
        return _skeleton_match(a, b)
    allowed = max(1, longest // LETTERS_PER_EDIT)
    # The length difference is a lower bound on the edits: skip the quadratic distance.
    edits = allowed + 1 if abs(len(a) - len(b)) > allowed else levenshtein(a, b)
    if edits <= allowed and (
        longest >= MIN_CONSONANT_EDIT_LEN or skeleton(a) == skeleton(b)
    ):
        return f"{edits} edit" + ("s" if edits > 1 else "")
    return _skeleton_match(a, b)


def _without_article(token: str) -> str | None:
    """A token with its joined Arabic article cut ("alassad" -> "assad"), when what is
    left is still a name (MIN_FUZZY_LEN - 1 letters: "alan" keeps its "al")."""
    if token[:2] in ("al", "el") and len(token) - 2 >= MIN_FUZZY_LEN - 1:
        return token[2:]
    return None


def _skeleton_match(a: str, b: str) -> str | None:
    sa, sb = skeleton(a), skeleton(b)
    if sa != sb or len(sa) < MIN_SKELETON_LEN:
        return None
    va, vb = vowel_groups(a), vowel_groups(b)
    if va != vb and 0 not in (va, vb):  # "Mahmoud" (2) is not "Mohammed" (3)
        return None
    return f"same consonant skeleton '{sa}'"


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """Why two normal forms are spellings of one name, or None."""
    if "".join(a) == "".join(b):
        return "the same letters spaced differently"
    if len(a) != len(b):
        return None
    differing: list[str] = []
    for x, y in zip(a, b, strict=True):
        why = token_match(x, y)
        if why is None:
            return None
        if why != "same":
            differing.append(f"'{x}'~'{y}': {why}")
    if len(differing) == 1:
        return differing[0].split(": ", 1)[1]
    return "; ".join(differing) or None


def _part_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every token of ``short`` is in ``long`` and both end in the same last name."""
    if len(short) >= len(long) or token_match(short[-1], long[-1]) is None:
        return False
    return all(any(token_match(s, t) for t in long) for s in short)


def _describe_variant(a: Form, b: Form) -> str:
    if is_latin(a.surface) and not is_latin(b.surface):
        a, b = b, a
    why = _variant(a.key, b.key) or "variant"
    ka, kb = " ".join(a.key), " ".join(b.key)
    several = ";" in why or "~" in why
    if not is_latin(a.surface):
        if several:
            return f"'{a.surface}' transliterates to '{ka}', close to '{kb}' ({why})"
        return f"'{a.surface}' transliterates to '{ka}', {why} from '{kb}'"
    return f"'{a.surface}' and '{b.surface}' are spelling variants ({why})"


def coarse_kind(label: str) -> str:
    """Coarse type: one name typed PERSON and GPE is two things ("Jordan", "Washington")."""
    return "PLACE" if label in _PLACES else label


def mention_key(mention: Mention) -> tuple[str, ...]:
    """The normal form a mention is grouped by."""
    return normal_tokens(mention.text) or (mention.text.strip().lower(),)


def _deletions(token: str, depth: int) -> set[str]:
    """Every string ``token`` becomes after up to ``depth`` deletions.

    Bounded whatever the input: ``depth`` is capped at MAX_DELETION_DEPTH and tokens
    longer than MAX_DELETION_TOKEN get none (a 60-letter "name" would otherwise give
    C(60, 12) strings and tens of GB), so one token yields at most ~C(24, 2) + 25 keys.
    """
    if len(token) > MAX_DELETION_TOKEN:
        return {token}
    out = {token}
    for _ in range(min(depth, MAX_DELETION_DEPTH)):
        out |= {w[:k] + w[k + 1:] for w in out for k in range(len(w))}
    return out


@functools.lru_cache(maxsize=1 << 14)  # pure; a name recurs story after story
def _blocks(key: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Keys two forms share whenever their last tokens could match (so not all pairs
    are compared): the skeleton, and deletion variants up to the allowed edits."""
    blocks = {("compact", "".join(key))}
    # The last token with and without a joined Arabic article ("alasad" also as "asad").
    for last in {key[-1], _without_article(key[-1]) or key[-1]}:
        blocks.add(("skeleton", skeleton(last)))
        # Deep enough for a partner up to 3 letters longer, which may be allowed more edits.
        depth = (len(last) + 3) // LETTERS_PER_EDIT if len(last) >= MIN_FUZZY_LEN - 1 else 0
        blocks |= {("deletion", w) for w in _deletions(last, depth)}
    return frozenset(blocks)


def neighbours(forms: list[Form]) -> list[set[int]]:
    """For each form, the forms it may be a variant or a part of.

    A block shared by more than MAX_BLOCK forms is skipped: it is a key too common to
    tell names apart, and keeping it would make the candidate sets quadratic in the input.
    """
    index: dict[tuple[str, str], list[int]] = {}
    for i, form in enumerate(forms):
        for block in _blocks(form.key):
            index.setdefault(block, []).append(i)
    out: list[set[int]] = [set() for _ in forms]
    for members in index.values():
        if len(members) > MAX_BLOCK:
            continue
        for i in members:
            out[i].update(members)
    for i, near in enumerate(out):
        near.discard(i)
    return out


Guard = Callable[[int, int], bool]
"""Whether two forms (by index) may be joined on spelling evidence."""


def merge_variants(clusters: Clusters, near: list[set[int]], guard: Guard) -> None:
    """Join forms that are spellings of one name and pass the guard."""
    forms = clusters.forms
    for i, a in enumerate(forms):
        for j in sorted(k for k in near[i] if k > i):
            b = forms[j]
            if clusters.find(i) == clusters.find(j):
                continue
            mistyped = _mistyped_with_article(clusters, i, j)
            if not compatible(clusters.type_of(i), clusters.type_of(j)) and mistyped is None:
                continue
            why = _variant(a.key, b.key)
            if why and guard(i, j):
                if mistyped is not None:  # its mentions count as the person's from now on
                    own = clusters.find(mistyped)
                    clusters.labels[own] = Counter({"PERSON": sum(clusters.labels[own].values())})
                clusters.union(i, j, _describe_variant(b, a) + (
                    f" ('{forms[mistyped].surface}' tagged ORG by the model, only in articles"
                    " that name the person)" if mistyped is not None else ""))


def _mistyped_with_article(clusters: Clusters, i: int, j: int) -> int | None:
    """Of two one-word forms that are one name with and without the Arabic article, one
    typed PERSON and one ORG ("Al-Sissi" / "Sissi"), the ORG one when every article that
    writes it also names the person: a bare surname the model took for a body."""
    a, b = clusters.forms[i], clusters.forms[j]
    types = {clusters.type_of(i): i, clusters.type_of(j): j}
    if types.keys() != {"ORG", "PERSON"} or len(a.key) != 1 or len(b.key) != 1 \
            or token_match(a.key[0], b.key[0]) != _ARTICLE_ASIDE:
        return None
    body = types["ORG"]
    person_articles = _articles_of(clusters, types["PERSON"])
    if all(m.article_id in person_articles for m in clusters.forms[body].mentions):
        return body
    return None


def merge_parts(clusters: Clusters, near: list[set[int]], guard: Guard,
                is_place: Callable[[tuple[str, ...]], bool] | None = None,
                stops: frozenset[str] = frozenset()) -> None:
    """Join a surname or shorter form to the one longer person name it can belong to;
    a known place (``is_place``) never ends a name as the place it is from or a place
    glued after a name (see :func:`_place_after_name`); nor a name after ``stops``."""
    forms = clusters.forms
    names = person_names(clusters)
    # Tokens that open a longer person name: "Abdullah" alone may be Abdullah al-Thinni
    # as well as Abdullah Abdullah, so a one-word form that is one of these is ambiguous.
    given = {f.key[0] for k, f in enumerate(forms)
             if len(f.key) >= 2 and clusters.type_of(k) == "PERSON"}
    # First words of the story's bodies ("Kastell Media"): a surname typed ORG may be one.
    bodies = {f.key[0] for k, f in enumerate(forms) if len(f.key) >= 2
              and clusters.type_of(k) == "ORG"}
    # Longest partial forms first: "Ali Karaoglu" joins "Mehmet Ali Karaoğlu" before
    # "Karaoglu" looks for its one candidate (then a single entity, not two).
    for i in sorted(range(len(forms)), key=lambda k: (-len(forms[k].key), k)):
        short = forms[i]
        candidates: set[int] = set()
        if len(short.key) == 1 and short.key[0] in given:
            continue  # a given name of someone: never merged on its own
        for j in sorted(near[i]):
            long = forms[j]
            if clusters.find(j) == clusters.find(i) or not _part_of(short.key, long.key):
                continue
            if governed_tail(long.key, short.key, stops) or all(map(title_form, long.surfaces)):
                continue  # a complement or a title ("Wit and Wisdom of ..."), not the name
            if not set(short.key) <= set(long.key) and not guard(i, j):
                continue
            if is_place is not None and place_after_name(short.key, long.key, names, is_place):
                continue
            ti, tj = clusters.type_of(i), clusters.type_of(j)
            if (compatible(ti, tj) and tj == "PERSON") or (
                    short.key[-1] not in bodies
                    and _mistyped_surname(short, long, ti, tj, _articles_of(clusters, j))):
                candidates.add(clusters.find(j))
        if len(candidates) != 1:
            continue  # "Ahmed" could be "Ahmed Karimi" or "Ahmed Benali": leave it alone
        root = candidates.pop()
        long_form = max(
            (forms[j] for j in range(len(forms)) if clusters.find(j) == root),
            key=lambda f: (covers(f.key, short.key, exact=True), len(f.key), len(f.mentions)),
        )
        what = "the last name" if len(short.key) == 1 else "a shorter form"
        retyped = "" if compatible(clusters.type_of(i), clusters.type_of(root)) else (
            f" (tagged {clusters.type_of(i)} by the model, but only in articles that name"
            " the person in full)")
        if retyped:  # the surname's mentions count as the person's from now on
            own = clusters.find(i)
            clusters.labels[own] = Counter({"PERSON": sum(clusters.labels[own].values())})
        clusters.union(root, i, f"'{short.surface}' is {what} of '{long_form.surface}'{retyped}")


# Words that put a place after a name as where someone or something is from.
_OF = frozenset("di de da del della dello dei degli des du of from von".split())


def person_names(clusters: Clusters) -> set[tuple[str, ...]]:
    """Normal forms of the story's full names that may be people's (PERSON or untyped)."""
    return {f.key for k, f in enumerate(clusters.forms)
            if len(f.key) >= 2 and clusters.type_of(k) in ("PERSON", "OTHER")}


def place_after_name(short: tuple[str, ...], long: tuple[str, ...],
                      person_keys: set[tuple[str, ...]],
                      is_place: Callable[[tuple[str, ...]], bool]) -> bool:
    """A known place that ends a longer name after "di" / "de" / "of" ("Abdallah di
    Giordania", "Reparto Operativo di Roma") or after another person's full name ("Anne
    Speckhard Bruxelles", a span run on): where the name is from, not its surname."""
    if len(short) != 1 or not is_place(short):
        return False
    return long[-2] in _OF or long[:-1] in person_keys


def _articles_of(clusters: Clusters, j: int) -> set[str]:
    """Articles that mention any form of the entity form ``j`` belongs to."""
    root = clusters.find(j)
    return {m.article_id for k, form in enumerate(clusters.forms)
            if clusters.find(k) == root for m in form.mentions}


def _mistyped_surname(short: Form, long: Form, short_type: str, long_type: str,
                      person_articles: set[str]) -> bool:
    """A last name that NER tagged ORG where the person is named in every article that
    uses it: models often mistake a bare surname ("El Amrani") for an organisation."""
    if (short_type, long_type) != ("ORG", "PERSON") or len(short.key) != 1:
        return False
    if short.key[-1] != long.key[-1]:
        return False
    return all(m.article_id in person_articles for m in short.mentions)


def covers(long: tuple[str, ...], short: tuple[str, ...], exact: bool) -> bool:
    """Every token of ``short`` is (or spells) a token of ``long``."""
    if exact:
        return set(short) <= set(long)
    return all(any(token_match(s, t) for t in long) for s in short)
