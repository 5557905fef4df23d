"""The resolver as it was before issue 10, frozen as a baseline for benchmarks/entities.py.

Only what changed is restated here (a frozen copy on purpose: it must not follow the
package): mentions grouped per (normal form, coarse type) with no cleaning, no alias
file, no place/acronym links, no different-word guard, consonant edits allowed in short
names, any type compatible with PERSON a surname candidate. Blocking is today's bounded
one, which gives the same candidate pairs on real names.
"""

from __future__ import annotations

from storylens.entities.merge import (
    LETTERS_PER_EDIT,
    MIN_FUZZY_LEN,
    Clusters,
    Form,
    _articles_of,
    _describe_variant,
    _mistyped_surname,
    _skeleton_match,
    coarse_kind,
    compatible,
    mention_key,
    mention_label,
    neighbours,
)
from storylens.entities.normalise import levenshtein
from storylens.records import Article, Mention


def _token_match(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < MIN_FUZZY_LEN - 1 or longest < MIN_FUZZY_LEN:
        return _skeleton_match(a, b)
    if levenshtein(a, b) <= max(1, longest // LETTERS_PER_EDIT):
        return "edit"
    return _skeleton_match(a, b)


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if "".join(a) == "".join(b):
        return True
    return len(a) == len(b) and all(_token_match(x, y) for x, y in zip(a, b, strict=True))


def _part_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(short) >= len(long) or _token_match(short[-1], long[-1]) is None:
        return False
    return all(any(_token_match(s, t) for t in long) for s in short)


def _merge_variants(clusters: Clusters, near: list[set[int]]) -> None:
    forms = clusters.forms
    for i, a in enumerate(forms):
        for j in sorted(k for k in near[i] if k > i):
            if clusters.find(i) == clusters.find(j):
                continue
            if compatible(clusters.type_of(i), clusters.type_of(j)) and _variant(a.key,
                                                                                 forms[j].key):
                clusters.union(i, j, _describe_variant(forms[j], a))


def _merge_parts(clusters: Clusters, near: list[set[int]]) -> None:
    forms = clusters.forms
    for i in sorted(range(len(forms)), key=lambda k: (-len(forms[k].key), k)):
        short = forms[i]
        candidates: set[int] = set()
        for j in sorted(near[i]):
            long = forms[j]
            if clusters.find(j) == clusters.find(i) or not _part_of(short.key, long.key):
                continue
            ti, tj = clusters.type_of(i), clusters.type_of(j)
            if (compatible(ti, tj) and "PERSON" in (ti, tj)) or _mistyped_surname(
                short, long, ti, tj, _articles_of(clusters, j)
            ):
                candidates.add(clusters.find(j))
        if len(candidates) == 1:
            root = candidates.pop()
            clusters.union(root, i, "part")


def _group_forms(articles: list[Article]) -> list[Form]:
    forms: dict[tuple[tuple[str, ...], str], Form] = {}
    untyped: list[tuple[tuple[str, ...], Mention]] = []
    for article in articles:
        for mention in article.mentions:
            key = mention_key(mention)
            kind = coarse_kind(mention_label(mention))
            if kind == "OTHER":
                untyped.append((key, mention))
                continue
            forms.setdefault((key, kind), Form(key)).mentions.append(mention)
    for key, mention in untyped:
        typed = [f for (k, _), f in forms.items() if k == key]
        home = max(typed, key=lambda f: len(f.mentions)) if typed else None
        if home is None:
            home = forms.setdefault((key, "OTHER"), Form(key))
        home.mentions.append(mention)
    for form in forms.values():
        form.surfaces.update(m.text for m in form.mentions)
    return sorted(forms.values(), key=lambda f: (-len(f.mentions), f.key))


def previous_entities(articles: list[Article]) -> dict[int, int]:
    """``id(mention)`` -> cluster number, as the previous resolver grouped them."""
    forms = _group_forms(articles)
    clusters = Clusters(forms)
    near = neighbours(forms)
    _merge_variants(clusters, near)
    _merge_parts(clusters, near)
    out: dict[int, int] = {}
    for i, form in enumerate(forms):
        noise = all(len(m.text.strip()) <= 1 or m.text.strip().isdigit() for m in form.mentions)
        for mention in form.mentions:
            if not noise:
                out[id(mention)] = clusters.find(i)
    return out
