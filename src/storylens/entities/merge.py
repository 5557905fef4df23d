"""Cluster mentions across articles and languages into canonical entities, with reasons.

Three rules, each recorded as evidence: the same normal form (see :mod:`.normalise`);
a spelling variant (edit distance relative to length, or the same consonant skeleton);
a shorter form whose tokens all belong to exactly one longer person name with the same
last name ("Haftar" -> "Khalifa Haftar"). Types must agree: PERSON never meets a place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..records import Article, Entity, EntityType, Mention, content_id
from .ner import normalise_label
from .normalise import is_latin, levenshtein, normal_tokens, skeleton, vowel_groups

# Tokens shorter than this must match exactly: "Iran"/"Iraq" are one edit apart.
MIN_FUZZY_LEN = 5
# One edit per this many letters (5-9 letters: 1 edit, 10-14: 2): "Haftar"/"Khaftar"
# meet, "Austria"/"Australia" (2 edits in 9) do not.
LETTERS_PER_EDIT = 5
# Skeletons shorter than this ("hmd") are shared by too many unrelated names.
MIN_SKELETON_LEN = 3
_PLACES = frozenset({"GPE", "LOC"})
# Tie-break among equally frequent labels: the more specific first.
_LABEL_ORDER: tuple[EntityType, ...] = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER")


@dataclass
class _Form:
    """All mentions that share one normal form."""

    key: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]


class _Clusters:
    """Union-find over forms, keeping each cluster's label counts and evidence."""

    def __init__(self, forms: list[_Form]) -> None:
        self.forms = forms
        self.parent = list(range(len(forms)))
        self.labels: list[Counter[str]] = [
            Counter(_label(m) for m in form.mentions) for form in forms
        ]
        self.evidence: list[list[str]] = [[] for _ in forms]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def type_of(self, i: int) -> EntityType:
        return majority_type(self.labels[self.find(i)])

    def union(self, i: int, j: int, reason: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        self.parent[b] = a
        self.labels[a] += self.labels[b]
        self.evidence[a].extend(self.evidence[b])
        self.evidence[a].append(reason)


def _label(mention: Mention) -> str:
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


def token_match(a: str, b: str) -> str | None:
    """Why two name tokens are one spelling ("1 edit", "skeleton 'hftr'"), or None."""
    if a == b:
        return "same"
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < MIN_FUZZY_LEN - 1 or longest < MIN_FUZZY_LEN:
        return _skeleton_match(a, b)
    edits = levenshtein(a, b)
    if edits <= max(1, longest // LETTERS_PER_EDIT):
        return f"{edits} edit" + ("s" if edits > 1 else "")
    return _skeleton_match(a, b)


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


def _describe_variant(a: _Form, b: _Form) -> str:
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


def _kind(label: str) -> str:
    """Coarse type: one name typed PERSON and GPE is two things ("Jordan", "Washington")."""
    return "PLACE" if label in _PLACES else label


def _group_forms(articles: list[Article]) -> list[_Form]:
    """Group mentions by normal form and coarse type; untyped (OTHER) ones join the
    form's most common type."""
    forms: dict[tuple[tuple[str, ...], str], _Form] = {}
    untyped: list[tuple[tuple[str, ...], Mention]] = []
    for article in articles:
        for mention in article.mentions:
            mention.entity_id = None
            key = normal_tokens(mention.text) or (mention.text.strip().lower(),)
            kind = _kind(_label(mention))
            if kind == "OTHER":
                untyped.append((key, mention))
                continue
            forms.setdefault((key, kind), _Form(key)).mentions.append(mention)
    for key, mention in untyped:
        typed = [f for (k, _), f in forms.items() if k == key]
        home = max(typed, key=lambda f: len(f.mentions)) if typed else None
        if home is None:
            home = forms.setdefault((key, "OTHER"), _Form(key))
        home.mentions.append(mention)
    for form in forms.values():
        form.surfaces.update(m.text for m in form.mentions)
    # Most mentioned first, so evidence reads from the common form to the rare one.
    return sorted(forms.values(), key=lambda f: (-len(f.mentions), f.key))


def _deletions(token: str, depth: int) -> set[str]:
    out = {token}
    for _ in range(depth):
        out |= {w[:k] + w[k + 1:] for w in out for k in range(len(w))}
    return out


def _blocks(key: tuple[str, ...]) -> set[tuple[str, str]]:
    """Keys two forms share whenever their last tokens could match (so not all pairs
    are compared): the skeleton, and deletion variants up to the allowed edits."""
    last = key[-1]
    blocks = {("skeleton", skeleton(last)), ("compact", "".join(key))}
    # Deep enough for a partner up to 3 letters longer, which may be allowed more edits.
    depth = (len(last) + 3) // LETTERS_PER_EDIT if len(last) >= MIN_FUZZY_LEN - 1 else 0
    blocks |= {("deletion", w) for w in _deletions(last, depth)}
    return blocks


def _neighbours(forms: list[_Form]) -> list[set[int]]:
    """For each form, the forms it may be a variant or a part of."""
    index: dict[tuple[str, str], list[int]] = {}
    for i, form in enumerate(forms):
        for block in _blocks(form.key):
            index.setdefault(block, []).append(i)
    out: list[set[int]] = [set() for _ in forms]
    for members in index.values():
        for i in members:
            out[i].update(members)
    for i, near in enumerate(out):
        near.discard(i)
    return out


def _merge_variants(clusters: _Clusters, near: list[set[int]]) -> None:
    forms = clusters.forms
    for i, a in enumerate(forms):
        for j in sorted(k for k in near[i] if k > i):
            b = forms[j]
            if clusters.find(i) == clusters.find(j):
                continue
            if not compatible(clusters.type_of(i), clusters.type_of(j)):
                continue
            why = _variant(a.key, b.key)
            if why:
                clusters.union(i, j, _describe_variant(b, a))


def _merge_parts(clusters: _Clusters, near: list[set[int]]) -> None:
    forms = clusters.forms
    # Longest partial forms first: "Ali Karaoglu" joins "Mehmet Ali Karaoğlu" before
    # "Karaoglu" looks for its one candidate, which is then a single entity, not two.
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
        if len(candidates) != 1:
            continue  # "Ahmed" could be "Ahmed Karimi" or "Ahmed Benali": leave it alone
        root = candidates.pop()
        long_form = max(
            (forms[j] for j in range(len(forms)) if clusters.find(j) == root),
            key=lambda f: (_covers(f.key, short.key, exact=True), len(f.key), len(f.mentions)),
        )
        what = "the last name" if len(short.key) == 1 else "a shorter form"
        retyped = "" if compatible(clusters.type_of(i), clusters.type_of(root)) else (
            f" (tagged {clusters.type_of(i)} by the model, but only in articles that name"
            " the person in full)")
        clusters.union(root, i, f"'{short.surface}' is {what} of '{long_form.surface}'{retyped}")


def _articles_of(clusters: _Clusters, j: int) -> set[str]:
    """Articles that mention any form of the entity form ``j`` belongs to."""
    root = clusters.find(j)
    return {m.article_id for k, form in enumerate(clusters.forms)
            if clusters.find(k) == root for m in form.mentions}


def _mistyped_surname(short: _Form, long: _Form, short_type: str, long_type: str,
                      person_articles: set[str]) -> bool:
    """A last name that NER tagged ORG where the person is named in every article that
    uses it: models often mistake a bare surname ("El Amrani") for an organisation."""
    if (short_type, long_type) != ("ORG", "PERSON") or len(short.key) != 1:
        return False
    if short.key[-1] != long.key[-1]:
        return False
    return all(m.article_id in person_articles for m in short.mentions)


def _is_noise(mention: Mention) -> bool:
    text = mention.text.strip()
    return len(text) <= 1 or text.isdigit()


def _covers(long: tuple[str, ...], short: tuple[str, ...], exact: bool) -> bool:
    """Every token of ``short`` is (or spells) a token of ``long``."""
    if exact:
        return set(short) <= set(long)
    return all(any(token_match(s, t) for t in long) for s in short)


def _trim_titles(surface: str, key: tuple[str, ...]) -> str:
    """Drop leading words that the normal form does not keep ("Field Marshal", "el")."""
    words = surface.split()
    while len(words) > 1 and normal_tokens(" ".join(words[1:])) == key:
        words = words[1:]
    return " ".join(words)


def _canonical(forms: list[_Form]) -> tuple[str, tuple[str, ...]]:
    """The most frequent of the longest Latin-script names (then any script).

    Rank: Latin script; a form seen more than once (so one noisy long span such as
    "Politiker Ahmed Karimi" does not name what other articles call "Ahmed Karimi");
    how many mentions the form covers, by spelling then exactly ("Khalifa Haftar"
    covers "Haftar" and "Hifter"); more tokens; more mentions; the shorter text.
    """
    best: tuple[tuple[bool, bool, int, int, int, int, int], str, tuple[str, ...]] | None = None
    for form in forms:
        fuzzy = sum(len(f.mentions) for f in forms if _covers(form.key, f.key, exact=False))
        exact = sum(len(f.mentions) for f in forms if _covers(form.key, f.key, exact=True))
        for surface, count in form.surfaces.items():
            name = _trim_titles(surface.strip(), form.key)
            rank = (is_latin(surface), len(form.mentions) > 1, fuzzy, exact, len(form.key),
                    count, -len(name))
            if best is None or rank > best[0]:
                best = (rank, name, form.key)
    assert best is not None
    return best[1], best[2]


def merge_entities(articles: list[Article]) -> list[Entity]:
    """Cluster the articles' mentions into entities and set each mention's entity id."""
    forms = _group_forms(articles)
    clusters = _Clusters(forms)
    near = _neighbours(forms)
    _merge_variants(clusters, near)
    _merge_parts(clusters, near)
    members: dict[int, list[int]] = {}
    for i in range(len(forms)):
        members.setdefault(clusters.find(i), []).append(i)
    entities: list[Entity] = []
    for root, indices in members.items():
        group = [forms[i] for i in indices]
        mentions = [m for f in group for m in f.mentions]
        if all(_is_noise(m) for m in mentions):
            continue
        entity_type = majority_type(clusters.labels[root])
        name, key = _canonical(group)
        surfaces: Counter[str] = Counter()
        for form in group:
            surfaces.update(form.surfaces)
        evidence = [
            f"{', '.join(repr(s) for s in sorted(f.surfaces))} all normalise to "
            f"'{' '.join(f.key)}'"
            for f in group if len(f.surfaces) > 1
        ] + clusters.evidence[root]
        entity = Entity(
            id=content_id(" ".join(key), entity_type, prefix="e"),
            name=name,
            type=entity_type,
            aliases=[s for s, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))],
            mentions=sorted(mentions, key=lambda m: (m.article_id, m.start)),
            merge_evidence=evidence,
        )
        for mention in mentions:
            mention.entity_id = entity.id
        entities.append(entity)
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return entities
