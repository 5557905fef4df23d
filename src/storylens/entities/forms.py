"""Mentions to forms: clean the mentions, then group them by normal form with one type.

Cleaning drops what is not a name (see :mod:`.guards`) and cuts a person's name off an
organisation span. A form's type is decided over *all* its mentions in the story, not per
mention: a model that tags "Benghazi" PERSON in one sentence and GPE in the next, or
"Khalifa Haftar" ORG once, gives one entity. The one exception keeps a name that is a place
*and* the surname of a person named in full in the story apart by type ("Jordan" the
country, "Jordan" for "Michael Jordan").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from anyascii import anyascii

from ..config import DEFAULT_LANGUAGES
from ..records import Article, Mention
from .abbreviations import widen_abbreviation
from .guards import (
    StoryWords,
    cut_swallowed,
    is_byline,
    junk_reason,
    sentence_opener_reason,
    trim_leading,
)
from .kind_nouns import kind_by_nouns
from .knowledge import EntityKnowledge
from .leading_articles import article_of_place
from .merge import Form, coarse_kind, majority_type, mention_key, mention_label
from .model_types import shape_type
from .normalise import TITLES, normal_tokens
from .openers import (
    cut_lower_title,
    cut_named_head,
    cut_sentence_opener,
    owned_phrase,
    person_name_test,
    prefixed_name,
)
from .person_spellings import spelt_surname
from .place_openers import cut_before_place
from .surnames import family_first
from .untyped import (
    in_named_country,
    portfolios,
    story_countries,
    untyped_kind,
    untyped_people,
)

Key = tuple[str, ...]
_TITLE_WORD = re.compile(r"[a-z]+")
# A type given to over a third of a name's mentions is not a model's slip: up to it, the
# minority type is taken for a tagging error ("Benghazi" PERSON once among GPEs). A name
# no gazetteer knows as a place and tagged PERSON beyond this share is a person.
SPLIT_SHARE = 1 / 3
# A locative preposition right before a name: "a Damasco", "ad Aleppo", "in", "à", "im".
# Not "da" / "di" / "de" / "su": "colpiti da Hamas", "del PKK" name a group as often.
_LOCATIVE_BEFORE = re.compile(r"(?:^|\W)(?:in|a|ad|nel|nella|presso|verso|dans|en|à|au|at|"
                              r"near|im|bei|cerca\s+de)\s+$", re.IGNORECASE)


def clean_mentions(articles: list[Article], words: StoryWords,
                   knowledge: EntityKnowledge) -> tuple[list[Mention], dict[str, int]]:
    """The story's mentions that look like names, swallowed names cut out; and counts
    of what was left out and why. Cut spans replace the original in ``article.mentions``."""
    persons = {m.text for a in articles for m in a.mentions
               if mention_label(m) == "PERSON" and len(m.text.split()) >= 2}
    # Last words of every name the model tags PERSON somewhere in the story.
    surnames = frozenset(key[-1] for a in articles for m in a.mentions
                         if mention_label(m) == "PERSON" and (key := normal_tokens(m.text)))
    # Multi-word names by their first word: a common word that opens one may be its body.
    openers: dict[str, set[str]] = {}
    for article in articles:
        for m in article.mentions:
            if len(tokens := m.text.split()) >= 2:
                openers.setdefault(anyascii(tokens[0]).lower(), set()).add(m.text.strip())
    full_names = {key for a in articles for m in a.mentions
                  if len(key := normal_tokens(m.text)) >= 2 and knowledge.is_given_name(key[0])}
    is_name = person_name_test(surnames, full_names, lambda key: bool(knowledge.places(key)))
    # Words of the story's multi-word names: a sentence's first word that is one of them
    # ("Asma" of "Asma al Asad") may be a name although capitalised only there.
    name_words = frozenset(w.lower() for a in articles for m in a.mentions
                           if len(tokens := m.text.split()) >= 2 for w in tokens)
    # One-word names the model types a body or a place somewhere in the story.
    things = frozenset("".join(key) for a in articles for m in a.mentions
                       if mention_label(m) in ("ORG", "GPE", "LOC", "NORP", "MISC")
                       and len(key := normal_tokens(m.text)) == 1)
    is_place = lambda key: bool(knowledge.places(key))  # noqa: E731
    is_place_word = lambda word: is_place(normal_tokens(word))  # noqa: E731
    is_thing = lambda word: is_place_word(word) or words.is_common(word)  # noqa: E731
    seen = frozenset(normal_tokens(m.text) for a in articles for m in a.mentions)
    kept: list[Mention] = []
    dropped: Counter[str] = Counter()
    for article in articles:
        mentions: list[Mention] = []
        stops = knowledge.stop_words(article.language)
        for mention in article.mentions:
            mention.entity_id = None
            mention = cut_before_place(widen_abbreviation(trim_leading(mention, stops),
                                                          article.text), article.text, is_place)
            if mention_label(mention) in ("PERSON", "OTHER"):  # not "administration Obama"
                mention = cut_lower_title(mention, stops, is_name)
            if not is_byline(article, mention):  # "By Jane Roe" keeps its credit word
                mention = cut_sentence_opener(mention, article.text, stops, words.is_common,
                                              knowledge.is_given_name, is_name)
                if mention_label(mention) in ("PERSON", "OTHER"):  # ORG: cut_swallowed's
                    mention = cut_named_head(mention, things, is_thing, is_place_word,
                                             knowledge.is_given_name,
                                             lambda key: is_name(key) or key in full_names,
                                             seen)
            mentions.extend(cut_swallowed(mention, persons))
        article.mentions = mentions
        for mention in mentions:
            if is_byline(article, mention):
                dropped["byline"] += 1
                continue
            reason = junk_reason(mention, article.language, words, knowledge, surnames,
                                 openers, article.text) \
                or sentence_opener_reason(mention, article.text, words, name_words)
            if reason:
                dropped[reason] += 1
                continue
            kept.append(mention)
    return _without_portfolios(kept, articles, knowledge, dropped), dict(dropped)


def _without_portfolios(kept: list[Mention], articles: list[Article],
                        knowledge: EntityKnowledge, dropped: Counter[str]) -> list[Mention]:
    """The mentions less the words only ever written as a minister's portfolio ("il
    ministro degli Esteri": :func:`.untyped.portfolios`)."""
    by_key: dict[Key, list[Mention]] = {}
    for mention in kept:
        by_key.setdefault(mention_key(mention), []).append(mention)
    gone = portfolios(by_key, {a.id: a.text for a in articles},
                      lambda key: bool(knowledge.places(key)))
    for key in gone:
        dropped["a minister's portfolio"] += len(by_key[key])
    return [m for m in kept if mention_key(m) not in gone]


def group_forms(mentions: list[Mention], knowledge: EntityKnowledge,
                words: StoryWords | None = None,
                languages: Iterable[str | None] = (),
                texts: dict[str, str] | None = None) -> list[Form]:
    """One form per normal form (two only for a place that is also a person's surname).
    With the story's ``words``, a phrase owned by a name ("Siria di Assad") is no
    person (see :func:`.openers.owned_phrase`); ``languages``: the story's, whose stop
    words never open a person's name (every configured language's when not given);
    ``texts`` (article id -> text): the noun before a name may decide its type
    (:mod:`.kind_nouns`), unless the name is a person's of the story."""
    by_key: dict[Key, list[Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention_key(mention), []).append(mention)
    alone = {_bare(key[0]) for key in by_key if len(key) == 1}
    # Compound surnames written alone ("Peña Nieto" of "Enrique Peña Nieto").
    alone_tails = {key for key in by_key if len(key) >= 2}
    stop_languages = tuple(lang for lang in languages if lang) or DEFAULT_LANGUAGES
    named = {key for key, ms in by_key.items()
             if _given_name_person(key, ms, alone, knowledge, alone_tails, stop_languages)}
    stops = frozenset().union(*(knowledge.stop_words(lang) for lang in stop_languages))
    is_common = words.is_common if words is not None else lambda w: False
    is_country = lambda word: any(  # noqa: E731
        p.startswith("country:") for p in knowledge.places(normal_tokens(word)))
    people = untyped_people(by_key, texts or {}, _untyped, is_common,
                            lambda key: bool(knowledge.places(key)), stops,
                            lambda word: any(knowledge.demonym(normal_tokens(word), lang)
                                             for lang in stop_languages), is_country)
    named |= people.keys()
    owned = {key for key, ms in by_key.items() if all(prefixed_name(m.text) for m in ms)}
    if words is not None:
        owned |= {key for key in by_key if owned_phrase(key, words.is_common,
                                                        lambda k: bool(knowledge.places(k)),
                                                        knowledge.is_given_name)}
    full_names = [key for key, ms in by_key.items()
                  if len(key) >= 2 and (key in named or _majority(ms) == "PERSON")
                  and not article_of_place(key, knowledge)]  # "La Libia" typed PERSON
    surnames = {key[-1] for key in full_names}
    given_names = {key[0] for key in full_names}
    # Full names that do not end in a place ("Esteri di Islamabad"), read once per story.
    surname_bearers = [n for n in full_names if not knowledge.places(n[-1:])]
    countries = story_countries(by_key, knowledge.places)
    forms: list[Form] = []
    for key, group in by_key.items():
        kinds = Counter(coarse_kind(mention_label(m)) for m in group)
        kinds.pop("OTHER", None)
        places = knowledge.places(key)
        backed = len(key) == 1 and key[0] in surnames
        given = len(key) == 1 and key[0] in given_names
        if _two_things(kinds, places, backed, given, knowledge.gazetteer is not None):
            forms.extend(_split_by_kind(key, group))
            continue
        form = Form(key, list(group))
        titled = kinds.get("PERSON", 0) > 0 and any(_titled(m.text) for m in group)
        # An untyped name the gazetteer knows, but that may be no place, is decided as a
        # first name would be: left untyped (only for _decide; _retype reads ``given``).
        doubtful = not kinds and bool(places) and _doubtful_place(
            key, group, by_key, knowledge, texts or {},
            knowledge.gazetteer is not None and in_named_country(
                places, countries, knowledge.gazetteer, group, texts or {}))
        form.kind = "PERSON" if key in named else _decide(group, kinds, places,
                                                          backed or titled, given or doubtful)
        if key in owned and form.kind == "PERSON":
            form.kind = "OTHER"  # "Siria di Assad", "Anti-Morsi": a person's place, stance
        _retype(form, texts or {}, surname_bearers, kinds,
                places or frozenset(d[0] for lang in stop_languages
                                    if (d := knowledge.demonym(key, lang))), knowledge,
                personal=backed or given or key in named or (
                    len(key) >= 2 and knowledge.is_given_name(key[0])))
        if key in people and form.kind == "PERSON" and form.why is None:
            form.why = people[key]
        elif not kinds and form.kind in (None, "OTHER") and form.why is None and \
                not (backed or given or key in named) and \
                (decided := untyped_kind(key, group, texts or {})):
            form.kind, form.why = decided
        if form.why is None and not backed and key not in named and (decided := shape_type(
                key, group, kinds, places, texts or {}, is_common, stops, is_country)):
            form.kind, form.why = decided
        forms.append(form)
    for form in forms:
        form.surfaces.update(m.text for m in form.mentions)
    # Most mentioned first, so evidence reads from the common form to the rare one.
    return sorted(forms, key=lambda f: (-len(f.mentions), f.key, f.kind or ""))


def _retype(form: Form, texts: dict[str, str], surname_bearers: list[Key], kinds: Counter[str],
            places: frozenset[str], knowledge: EntityKnowledge, personal: bool) -> None:
    """A one-word spelling of one person's surname is that person's ("Mubarak" tagged LOC
    beside "Hosni Moubarak"); else the noun before the name decides ("la place Tahrir"),
    never for a person's name of the story.

    The surname rule abstains for a known place or demonym ("Paris" beside "Shimon Peres",
    "Barcelona" beside "Giuseppe Barcellona"), a word the tagger typed a body ("Hamas"
    beside "Khamis"), one written only in capitals ("SFR", "THINK": acronyms, shouting)
    and a "full name" that ends in a place ("Esteri di Islamabad")."""
    shouted = all(m.text.isupper() for m in form.mentions)
    person = None if places or shouted or not kinds.keys() <= {"PERSON", "PLACE"} else \
        spelt_surname(form.key, surname_bearers)
    if person is not None:
        form.kind = "PERSON"
        form.why = (f"typed PERSON: '{form.mentions[0].text}' spells the last name of "
                    f"'{' '.join(person)}', the story's only person of that name")
        return
    decided = None if personal else kind_by_nouns(form.mentions, texts)
    if decided is not None:
        form.kind, form.why = decided


def _untyped(mentions: list[Mention]) -> bool:
    """No mention of the form has a type (the capitalisation fallback's output)."""
    return all(coarse_kind(mention_label(m)) == "OTHER" for m in mentions)


def _two_things(kinds: Counter[str], places: frozenset[str], backed: bool,
                given: bool, gazetteer: bool = False) -> bool:
    """Whether one name stands for a person and a place here: the gazetteer knows the
    place and a full name of the story ends in it ("Jordan" the country and the surname),
    or it starts a full name and each type has more than SPLIT_SHARE of the typed
    mentions ("Jordan Peterson" and a "Jordan" the model types a place as often) where
    no gazetteer can tell: with one, a given name it does not know as a place is the
    person's ("Bachar" of "Bachar el-Assad" tagged LOC 9 times in 19)."""
    if not ({"PERSON", "PLACE"} <= kinds.keys()):
        return False  # ORG vs PERSON ("Khalifa Haftar" tagged ORG once) is a model's slip
    if places or backed:
        return bool(places and backed)
    if not given or gazetteer:
        # No gazetteer place and no person of that name: the place reading has only the
        # model's tags behind it, and models tag unfamiliar people as places ("Kadhafi",
        # "Rihanna" LOC): one thing, typed in _decide.
        return False
    total = sum(kinds.values())
    return sum(1 for n in kinds.values() if n > SPLIT_SHARE * total) >= 2


def _bare(token: str) -> str:
    return token[2:] if token[:2] in ("al", "el") and len(token) > 5 else token


def _given_name_person(key: Key, group: list[Mention], alone: set[str],
                       knowledge: EntityKnowledge,
                       alone_tails: set[Key] | None = None,
                       stop_languages: Iterable[str] = DEFAULT_LANGUAGES) -> bool:
    """A full name that starts with a known given name is a person's where the model
    gave no type ("Barack Obama" OTHER from the capitalisation fallback, its last name
    also written alone in the story) or split it between ORG and PERSON ("Darnell
    Lazare" ORG 3, PERSON 2); never a gazetteer place ("Santa Cruz"). So is an untyped
    name written family name first ("Ban Ki-moon", see :func:`.surnames.family_first`)
    whose family name is written alone. The last name may be a compound written alone
    ("Enrique Peña Nieto" untyped, "Peña Nieto" in the story)."""
    kinds = Counter(coarse_kind(mention_label(m)) for m in group)
    kinds.pop("OTHER", None)
    if not kinds and family_first(m.text for m in group) and not knowledge.places(key):
        return key[0] in alone  # "Ban Ki-moon" untyped, "Ban" written alone
    if len(key) < 2 or not knowledge.is_given_name(key[0]) or knowledge.places(key) or any(
            key[0] in knowledge.stop_words(lang) for lang in stop_languages):
        # "Il Napoli", "Ad Hama": an article or a preposition of the story's languages,
        # not a name; Portuguese "ali" ("there") does not stop a Spanish "Ali Othman".
        return False
    if not kinds:
        return _bare(key[-1]) in alone or (len(key) >= 3 and key[1:] in (alone_tails or set()))
    return set(kinds) == {"ORG", "PERSON"} and kinds["PERSON"] > SPLIT_SHARE * sum(
        kinds.values())


def _titled(surface: str) -> bool:
    """The surface puts a person's title before the name ("el presidente Mursi"): a role
    word, so the name is a person's even where a gazetteer knows a place of that name."""
    words = _TITLE_WORD.findall(anyascii(surface).lower())
    return len(words) > len(normal_tokens(surface)) and any(w in TITLES for w in words[:-1])


def _majority(mentions: list[Mention]) -> str:
    return majority_type(Counter(mention_label(m) for m in mentions))


def _decide(group: list[Mention], kinds: Counter[str], places: frozenset[str],
            backed: bool, given: bool) -> str:
    """The form's type from all its mentions, the gazetteer and the story's full names.

    ``backed``: the name ends a full person name of the story (a surname); ``given``: it
    starts one (a first name: "Florence" is then a woman, not the city)."""
    countries = any(p.startswith("country:") for p in places)
    if countries and not backed:
        return "GPE"  # "Usa" tagged PERSON is still the United States
    if (backed or given) and not places and "ORG" not in kinds:
        # "Gaddafi" tagged LOC in a story that names Muammar Gaddafi, "Bashar" tagged LOC
        # where "Bashar al-Assad" is named. A surname tagged ORG may be a firm
        # ("Benkirane Holdings"): merge.py decides per article.
        return "PERSON"
    if not places and "PLACE" in kinds and kinds.get("PERSON", 0) > SPLIT_SHARE * sum(
            kinds.values()):
        # Tagged a person often enough and no gazetteer knows the place: a person the
        # model found unfamiliar ("Rihanna" GPE 11 times, PERSON 7).
        return "PERSON"
    if places and not backed and (kinds.get("PLACE") or (set(kinds) == {"PERSON"}
                                                          and not given)):
        # "Benghazi" / "Agadir" tagged PERSON: a city of GeoNames that no full name of the
        # story uses as a first or last name.
        return "GPE" if _majority(group) not in ("GPE", "LOC") else _majority(group)
    if places and not backed and not given and not kinds:
        # Untyped everywhere (the capitalisation fallback of es / it types every name
        # OTHER): a GeoNames city written after a locative preposition that no name of
        # the story uses otherwise is that city ("a Damasco", "ad Aleppo"), as the
        # model-typed cases above already make it (see _doubtful_place).
        return "GPE"
    return _majority(group)


def _doubtful_place(key: Key, group: list[Mention], keys: Iterable[Key],
                    knowledge: EntityKnowledge, texts: dict[str, str],
                    homeland: bool = False) -> bool:
    """Whether an untyped name GeoNames knows may still be no place: GeoNames' alternate
    names hold groups and surnames too ("Hamas" is a spelling of a German town), so the
    text must once put it after a locative preposition ("in Homs", "ad Aleppo"); and no
    acronym ("PKK"), known given name, or word that opens or closes a longer name of the
    story ("Florence Ricci"). Treated as a first name, so :func:`_decide` keeps it
    untyped rather than guess a city. ``homeland``: the city lies in a country the story
    names (:func:`.untyped.in_named_country`), evidence as good as the preposition."""
    if all(m.text.strip().isupper() for m in group) or (not homeland and not any(
            _LOCATIVE_BEFORE.search(texts.get(m.article_id, "")[max(0, m.start - 12):m.start])
            for m in group)):
        return True
    if len(key) != 1:
        return False
    return knowledge.is_given_name(key[0]) or any(
        len(k) >= 2 and key[0] in (k[0], k[-1]) for k in keys)


def _split_by_kind(key: Key, group: list[Mention]) -> list[Form]:
    """One form per coarse type; untyped mentions join the most common one."""
    by_kind: dict[str, Form] = {}
    untyped: list[Mention] = []
    for mention in group:
        kind = coarse_kind(mention_label(mention))
        if kind == "OTHER":
            untyped.append(mention)
        else:
            by_kind.setdefault(kind, Form(key)).mentions.append(mention)
    home = max(by_kind.values(), key=lambda f: len(f.mentions))
    home.mentions.extend(untyped)
    return list(by_kind.values())
