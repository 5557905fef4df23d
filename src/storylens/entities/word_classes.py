"""Capitalised words that are no name by their word class (issue 10, session 8).

A reader's entity list showed page furniture and sentence openers as names: "Lire" (of
"Lire aussi"), "Découvrez l'offre", "Consultez", "Arrêtez la tuerie", "Beaucoup de",
"Dégage", and common words shouted in capitals ("TEMPS", "ETAT", "OPPOSANTS"). The tagger
types them LOC or PERSON, and the story's texts never write them in lower case, so the
guards of :mod:`.guards` keep them. What gives them away is the word itself, read with
the language's lexical data, and where it stands:

* A verb, adverb or adjective form of the language (an infinitive, an imperative, a
  participle: "Arrêtez", "Découvrez", "Désolé", "Beaucoup") whose every mention opens a
  line, a sentence or a quotation is capitalised by its position, not as a name. A name
  that is also such a word ("Gaza", "Suez", "Moussa", "Rima": forms of "gazer", "suer",
  "mousser", "rimer") is kept by the guards below, and one capitalised inside a sentence
  even once is kept.
* A word written only in capitals, of MIN_SHOUTED_LETTERS or more, that the language's
  lexicon has as a common noun, verb, adverb or adjective, in any inflection ("CHUTE",
  "OPPOSANTS", "EXPERIENCE") is shouting; acronyms are no words of the lexicon ("OSDH"),
  and short ones that are ("SANA", "RAID") stay under the length floor.

Guards, for both: a one-form entity (one joined to another name is kept), no place the
gazetteer knows, no given name, no demonym, no first or last word of a longer name of the
story ("Etats" of "Etats-Unis", a surname written alone).

Data: the lemmatiser tables of the spaCy model the pipeline already loads for the
language's NER (``lemma_index``: lemmas by part of speech; ``lemma_lookup``: 216,000
French forms to their lemma, keyed by string hash; ``lemma_exc``: irregular verb forms).
Only the hashes of the forms whose lemma is a verb, adverb or adjective (and, for shouted
words, a noun) are kept, as sorted integer arrays (~2 and ~3 MB), read once per process
by streaming the tables, so the memory cost stays small. A language with no
such model (es, it today) gets nothing from this module.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterator

import numpy as np
from anyascii import anyascii

from .common_nouns import NOUN_MODELS, common_nouns, lookup_table, lookups_path
from .knowledge import EntityKnowledge
from .merge import Clusters
from .positions import capital_position

# Shouted words shorter than this are acronyms as often as words: "ONU", "FMI", and
# "SANA" (the Syrian agency) or "RAID" (a police unit), which the French lexicon also has
# as nouns.
MIN_SHOUTED_LETTERS = 5
# Parts of speech whose forms are no name when capitalised only by their position.
_CLASSES = ("verb", "adv", "adj")
_LETTERS = re.compile(r"[^\W\d_]+$")


@functools.lru_cache(maxsize=4)
def class_forms(model: str, classes: tuple[str, ...] = _CLASSES) -> np.ndarray:
    """The sorted string hashes of the model's lemmas of the parts of speech ``classes``
    and of every form its tables map to one of them; empty when the model or its tables
    are missing."""
    from spacy.strings import get_string_id

    index = lookup_table(model, "lemma_index")
    if not isinstance(index, dict):
        return np.zeros(0, dtype=np.uint64)
    lemmas = {word for pos in classes for word in index.get(get_string_id(pos), ())}
    forms = array("Q")
    if "verb" in classes:
        # Irregular verb forms, whose lemmas the index may lack ("découvrir", "lire").
        for key, lemma in _lookup_pairs(model, "lemma_exc"):
            forms.append(key)
            lemmas.add(lemma)
    forms.extend(key for key, lemma in _lookup_pairs(model, "lemma_lookup")
                 if lemma in lemmas)
    forms.extend(get_string_id(lemma) for lemma in lemmas)
    return np.unique(np.frombuffer(forms, dtype=np.uint64))


def _lookup_pairs(model: str, table: str) -> Iterator[tuple[int, str]]:
    """(form hash, lemma) of the model's ``lemma_lookup`` table, or of its verb
    exceptions (``lemma_exc``: irregular forms such as "découvrez", "lire"), streamed one
    by one so that the 216,000-entry tables are never held whole."""
    from spacy.strings import get_string_id
    from srsly.msgpack import Unpacker

    path = lookups_path(model)
    if path is None:
        return
    verb = get_string_id("verb")
    with path.open("rb") as stream:
        unpacker = Unpacker(stream, raw=False)
        for _ in range(unpacker.read_map_header()):
            if unpacker.unpack() != table:
                unpacker.skip()
                continue
            for _ in range(unpacker.read_map_header()):
                key = unpacker.unpack()
                if table == "lemma_lookup":
                    value = unpacker.unpack()
                    if value:
                        yield int(key), str(value[0])
                elif key != verb:
                    unpacker.skip()
                else:
                    for _ in range(unpacker.read_map_header()):
                        form = str(unpacker.unpack())
                        value = unpacker.unpack()
                        yield get_string_id(form), str(value[0]) if value else form
            return


def is_class_word(word: str, model: str, classes: tuple[str, ...] = _CLASSES) -> bool:
    """Whether a lower-case word is a form of one of ``classes`` (by default a verb,
    adverb or adjective; :func:`class_forms`)."""
    from spacy.strings import get_string_id

    hashes = class_forms(model, classes)
    key = np.uint64(get_string_id(word))
    at = int(np.searchsorted(hashes, key))
    return at < len(hashes) and hashes[at] == key


def word_class_roots(clusters: Clusters, languages: list[str | None],
                     knowledge: EntityKnowledge, name_words: set[str],
                     texts: dict[str, str]) -> dict[int, str]:
    """Roots of the one-word clusters that are a verb, adverb or adjective capitalised by
    its position, or a common word shouted in capitals, with the reason (see the module
    docstring). ``name_words``: first and last words (normal form) of the story's longer
    names; ``texts``: each article's text by id."""
    members: dict[int, list[int]] = {}
    for i in range(len(clusters.forms)):
        members.setdefault(clusters.find(i), []).append(i)
    found: dict[int, str] = {}
    for root, indices in members.items():
        keys = {clusters.forms[i].key for i in indices}
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        if len(key) != 1 or key[0] in name_words or knowledge.places(key) \
                or knowledge.is_given_name(key[0]):
            continue
        reasons = {_reason(clusters, i, languages[i], knowledge, texts) for i in indices}
        if len(reasons) == 1 and (reason := reasons.pop()) is not None:
            found[root] = reason
    return found


def _reason(clusters: Clusters, i: int, language: str | None, knowledge: EntityKnowledge,
            texts: dict[str, str]) -> str | None:
    model = NOUN_MODELS.get(language or "")
    form = clusters.forms[i]
    if model is None or knowledge.demonym(form.key, language):
        return None
    surfaces = set(form.surfaces) or {m.text for m in form.mentions}
    if not all(_LETTERS.match(s.strip()) for s in surfaces):
        return None
    words = {s.strip().lower() for s in surfaces}
    if all(s.strip().isupper() for s in surfaces):
        if all(len(w) >= MIN_SHOUTED_LETTERS and (
                anyascii(w) in common_nouns(model) or is_class_word(w, model, ("noun",))
                or is_class_word(w, model))
                for w in words):
            return "a common word shouted in capitals"
        return None
    if any(s.strip().isupper() for s in surfaces) or not all(
            is_class_word(w, model) for w in words):
        return None
    if all(capital_position(texts.get(m.article_id, ""), m.start) for m in form.mentions):
        return "a verb, adverb or adjective capitalised only where a line or sentence opens"
    return None

