"""Cluster a story's mentions into canonical entities, each merge with its evidence.

Order: clean the mentions and group them into typed forms (:mod:`.forms`); apply the
user's alias file (:mod:`.aliases`); retype a surname or a place from the grammar around
its mentions (:mod:`.person_context`); then join forms on evidence that does not depend on
spelling (same place in CLDR/GeoNames, acronym definitions and initials, :mod:`.links`;
mixed-case and translated acronyms, :mod:`.organisations`), then on spelling, guarded
against different words (:mod:`.merge`, :mod:`.guards`), on common words around a name
(:mod:`.wrapped`), one body named in two languages (written alike, one acronym or named
by CLDR, :mod:`.bodies_across`; whole names, :mod:`.organisations`; word by word,
:mod:`.word_translations`) and a body's one-word head
(:mod:`.organisations`), nicknames (:mod:`.given_names`), then a surname to its one full
name (:mod:`.merge`), and last a one-word name shared by several people to the one its
articles name in full (:mod:`.surnames`). Spelling joins never merge two relatives that
one article names side by side (:mod:`.written_apart`); a body's words glued before a
person's full name are that person (:mod:`.glued_heads`); a phrase naming what a person
leads ("Administración Trump") is no candidate for the bare surname (:mod:`.led_names`).
What the text around short names says - a relative's given name before a conjunction, the
offices written before names, a Chinese name's family name first, a name cut after an
initial or run on into its place - is read in :mod:`.bare_names`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from anyascii import anyascii

from ..records import Article, Entity, EntityType, content_id
from .aliases import AliasBook, AliasPlan, name_key, rule_reason
from .bare_names import (
    join_cut_initials,
    join_place_tails,
    join_shared_family_names,
    office_titles,
)
from .bodies_across import join_cldr_bodies, join_shared_initials, join_transliterations
from .common_nouns import common_noun_roots
from .complements import BodyComplements
from .compound_names import CompoundNames
from .demonyms import link_to_countries
from .forms import clean_mentions, group_forms
from .given_names import merge_nicknames
from .glued_heads import join_glued_heads, join_role_complements
from .guards import SpellingGuard, StoryWords
from .knowledge import EntityKnowledge
from .leading_articles import join_leading_articles
from .led_names import led_forms
from .links import Linker
from .merge import Clusters, Form, covers, majority_type, merge_parts, merge_variants, neighbours
from .name_shapes import well_formed_name
from .normalise import is_latin, normal_tokens
from .one_person import join_bracketed_given_names, link_untyped_surnames, merge_nickname_initials
from .organisations import OrganisationLinker
from .person_context import retype_by_context
from .person_spellings import join_given_name_forms, join_place_of_origin
from .run_words import RunWords
from .russian_cases import nominative
from .surnames import (
    link_known_as,
    link_middle_initials,
    link_one_word_names,
    link_regnal_names,
)
from .word_classes import word_class_roots
from .word_translations import WordTranslations
from .wrapped import WrappedNames
from .written_apart import WrittenApart


def merge_entities(
    articles: list[Article],
    knowledge: EntityKnowledge | None = None,
    aliases: AliasBook | None = None,
    run_words: RunWords | None = None,
) -> list[Entity]:
    """Cluster the articles' mentions into entities and set each mention's entity id.

    Mentions that do not look like names (or are bylines) keep ``entity_id`` None.
    ``run_words``: the words the whole run writes in lower case (a lexicon for languages
    with no installed model, :mod:`.run_words`).
    """
    knowledge = knowledge or EntityKnowledge()
    plan = aliases.plan() if aliases else AliasPlan()
    words = StoryWords.of(articles, knowledge.is_word if knowledge.lexicon else None)
    join_bracketed_given_names(articles)
    mentions, _ = clean_mentions(articles, words, knowledge)
    forms = group_forms(mentions, knowledge, words, {a.language for a in articles},
                        {a.id: a.text for a in articles})
    clusters = Clusters(forms)
    _apply_aliases(clusters, plan)
    retype_by_context(clusters, articles, knowledge)
    linker = Linker(clusters, articles, knowledge)
    linker.places()
    linker.demonyms()
    linker.inflections()
    linker.definitions({id(m): i for i, f in enumerate(forms) for m in f.mentions})
    linker.acronyms()
    bodies = OrganisationLinker(clusters, articles, knowledge, linker.language,
                                common=lambda word: words.lower.get(word, 0) > 0)
    bodies.mixed_case_acronyms()
    bodies.reordered_expansions()
    bodies.reordered_words()
    join_leading_articles(clusters, knowledge, linker.language)
    near = neighbours(forms)
    guard = SpellingGuard(forms, words, knowledge)
    merge_variants(clusters, near, WrittenApart(clusters, guard))
    WrappedNames(clusters, words, knowledge, linker.language).merge()
    complements = BodyComplements(clusters, knowledge, linker.language, bodies.place)
    complements.join_heads()
    given, family = bodies.person_words()
    join_transliterations(clusters, linker.language, bodies.place, given | family)
    join_cldr_bodies(clusters, tuple(sorted({a.language for a in articles if a.language})))
    bodies.translations()
    translations = WordTranslations(bodies, complements.trailing)
    translations.merge()
    bodies.heads()
    compounds = CompoundNames(clusters, articles, knowledge, linker.language,
                              common=lambda word: words.lower.get(word, 0) > 0)
    compounds.truncated_acronyms()
    compounds.complements()
    # Names that open with a head may have become one entity just now ("Conseil de sécurité
    # de l'ONU" / "... des Nations unies"): the head meets them where it had abstained.
    bodies.heads()
    # An acronym whose expansions in two languages were two entities when it was read
    # ("FSN": "Front du salut national" / "Frente de Salvación Nacional") meets them now,
    # and so does a name in another language that several names of one body fitted
    # ("Consiglio di Sicurezza": "Conseil de sécurité", "... de l'ONU", "... des Nations
    # unies", apart at the first pass).
    linker.acronyms()
    join_shared_initials(clusters, linker.language, bodies.stops)
    translations.merge()
    merge_nicknames(clusters, knowledge.nicknames)
    merge_nickname_initials(clusters, knowledge.nicknames)
    link_middle_initials(clusters)
    join_cut_initials(clusters)
    link_regnal_names(clusters)
    texts = {a.id: a.text for a in articles}
    link_known_as(clusters, texts)
    join_place_of_origin(clusters)
    join_given_name_forms(clusters, knowledge.given_names)
    is_place = lambda key: bool(knowledge.places(key))  # noqa: E731
    join_shared_family_names(clusters, texts, knowledge.given_names)
    join_glued_heads(clusters, knowledge.given_names, words.is_common, is_place)
    join_role_complements(clusters, texts, knowledge.given_names, words, is_place)
    join_place_tails(clusters, is_place)
    stops = frozenset().union(*(knowledge.stop_words(a.language) for a in articles))
    merge_parts(clusters, near, guard, is_place, stops)
    led = led_forms(forms, texts, words, knowledge.given_names)
    link_one_word_names(clusters, guard, is_place, knowledge.given_names, led,
                        office_titles(clusters, texts))
    link_untyped_surnames(clusters, words.is_common, is_place, knowledge.given_names, led)
    nouns = common_noun_roots(clusters, linker.language, knowledge,
                              {form.key[0] for form in forms if len(form.key) > 1}, texts,
                              run_words)
    nouns |= word_class_roots(clusters, linker.language, knowledge,
                              {w for form in forms if len(form.key) > 1
                               for w in (form.key[0], form.key[-1])}, texts).keys()
    entities = _entities(clusters, plan, knowledge, nouns)
    link_to_countries(entities, forms, linker.countries, linker.country_of)
    return entities


def _apply_aliases(clusters: Clusters, plan: AliasPlan) -> None:
    """Lock the forms the user split off; join the forms of each user merge."""
    by_group: dict[int, list[int]] = {}
    for i, form in enumerate(clusters.forms):
        if form.key in plan.apart:
            clusters.locked.add(i)
            continue
        group = plan.group_of(form.key)
        if group is not None:
            by_group.setdefault(group, []).append(i)
    for group, members in by_group.items():
        rule = plan.groups[group][2]
        for i in members[1:]:
            clusters.union(members[0], i, rule_reason(rule))


def _entities(clusters: Clusters, plan: AliasPlan, knowledge: EntityKnowledge,
              common_nouns: set[int]) -> list[Entity]:
    """One entity per cluster, but none for a capitalised common noun alone
    (``common_nouns``, :mod:`.common_nouns`) that the user's alias file does not name."""
    forms = clusters.forms
    members: dict[int, list[int]] = {}
    for i in range(len(forms)):
        members.setdefault(clusters.find(i), []).append(i)
    entities: list[Entity] = []
    for root, indices in members.items():
        group = [forms[i] for i in indices]
        if root in common_nouns and not any(
                f.key in plan.renames or plan.group_of(f.key) is not None for f in group):
            continue
        mentions = [m for f in group for m in f.mentions]
        entity_type = majority_type(clusters.labels[root])
        name, key, why = _named(group, entity_type, plan, knowledge)
        surfaces: Counter[str] = Counter()
        for form in group:
            surfaces.update(form.surfaces)
        evidence = [
            f"{', '.join(repr(s) for s in sorted(f.surfaces))} all normalise to "
            f"'{' '.join(f.key)}'"
            for f in group if len(f.surfaces) > 1
        ] + clusters.evidence[root] + ([why] if why else [])
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


def _named(group: list[Form], entity_type: EntityType, plan: AliasPlan,
           knowledge: EntityKnowledge) -> tuple[str, tuple[str, ...], str | None]:
    """Canonical name, its key and, when not chosen from the mentions, why.

    The alias file wins (latest rule); then a place's name in the reader's language
    when every form names that one place; then the best of the mentions."""
    ruled = [r for f in group if (r := plan.renames.get(f.key))]
    ruled += [(canonical, rule) for f in group
              if (g := plan.group_of(f.key)) is not None
              for _, canonical, rule in [plan.groups[g]]]
    if ruled:
        canonical, rule = max(ruled, key=lambda cr: cr[1].at)
        return canonical, name_key(canonical), f"named by the {rule_reason(rule)}"
    if entity_type in ("GPE", "LOC") and knowledge.gazetteer is not None:
        places = {p for f in group for p in knowledge.places(f.key)}
        if len(places) == 1:
            place = next(iter(places))
            display = knowledge.gazetteer.name_of(place)
            if display and _written(display, place, group):
                return display, normal_tokens(display) or (display,), None
    name, key = _canonical(group, entity_type, knowledge.given_names)
    return name, key, None


def _written(display: str, place: str, group: list[Form]) -> bool:
    """Whether a gazetteer's name may name the place for the reader: CLDR's name of a
    country, a name the articles wrote, or a plain exonym ("Cairo"); never a GeoNames
    romanisation with diacritics no article wrote ("Madīnat an Naşr" for "Nasr City",
    "Būsh" for "Bush")."""
    return place.startswith(("country:", "region:")) or any(display in f.surfaces
                                                              for f in group) \
        or anyascii(display) == display


def _trim_titles(surface: str, key: tuple[str, ...]) -> str:
    """Drop leading words that the normal form does not keep ("Field Marshal", "el")."""
    words = surface.split()
    while len(words) > 1 and normal_tokens(" ".join(words[1:])) == key:
        words = words[1:]
    return " ".join(words)


def _canonical(forms: list[Form], entity_type: EntityType,
               is_given: Callable[[str], bool] | None = None) -> tuple[str, tuple[str, ...]]:
    """The most frequent of the longest Latin-script names (then any script).

    Rank: a form of the entity's own type (so the adjective "Russian" does not name
    Russia); Latin script; a form seen more than once (so one noisy long span such as
    "Politiker Ahmed Karimi" does not name what other articles call "Ahmed Karimi"), or for
    a person a full name that opens with a known given name, seen once when no such name is
    seen twice (so "Michael Bloomberg", not "Bloomberg"; an untyped one counts as the
    person's own type); for a person, a well-formed full name (no title, possessive or
    bracket: :func:`.name_shapes.well_formed_name`);
    how many mentions the form covers, by spelling then exactly ("Khalifa Haftar"
    covers "Haftar" and "Hifter"); more tokens; more mentions; the shorter text. A Russian
    surface stands for its nominative (:func:`.russian_cases.nominative`).
    """
    person = entity_type == "PERSON"
    # A person's full name as a reader expects it: well formed and opening with a known
    # given name (not a glued word: "Muere Nasser", "Repubblica Giorgio Napolitano").
    shaped = {id(f): person and is_given is not None and is_given(f.key[0])
              and any(well_formed_name(s) for s in f.surfaces) for f in forms}
    # Such a name seen twice names the person; else one seen once may.
    twice = any(shaped[id(f)] and len(f.mentions) > 1 for f in forms)
    best: tuple[tuple[bool, bool, bool, bool, int, int, int, int, int], str,
                tuple[str, ...]] | None = None
    for form in forms:
        seen = len(form.mentions) > 1 or (shaped[id(form)] and not twice)
        fuzzy = sum(len(f.mentions) for f in forms if covers(form.key, f.key, exact=False))
        exact = sum(len(f.mentions) for f in forms if covers(form.key, f.key, exact=True))
        kind = form.kind or majority_type(Counter(m.label for m in form.mentions))
        # An untyped full name of a person is the person's own ("Giorgio Napolitano").
        own_type = kind == entity_type or (kind == "OTHER" and shaped[id(form)])
        # A Russian name counts every case it was written in for its nominative
        # ("Лондона", "Лондоне" and "Лондон" are three mentions of "Лондон").
        names: Counter[str] = Counter()
        latin: dict[str, bool] = {}
        for surface, count in form.surfaces.items():
            name = nominative(_trim_titles(surface.strip(), form.key),
                              person=entity_type == "PERSON")
            names[name] += count
            latin[name] = latin.get(name, False) or is_latin(surface)
        for name, count in names.items():
            rank = (own_type, latin[name], seen, person and well_formed_name(name), fuzzy,
                    exact, len(form.key), count, -len(name))
            if best is None or rank > best[0]:
                best = (rank, name, form.key)
    assert best is not None
    return best[1], best[2]
