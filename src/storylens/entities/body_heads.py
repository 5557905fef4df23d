"""A body's name by its shape: the common noun that heads a body, then what makes it one.

Why: a French writer puts an institution's head noun in lower case or keeps only its first
capital ("l'université d'Alep", "le ministère de l'Intérieur", "l'Armée syrienne libre",
"le Conseil national syrien"), and the story writes the same noun in lower case elsewhere
("une armée", "le conseil"). The junk guard of :mod:`.guards` then reads the name as a
common word; a body said once has no second use to rescue it. What tells the name from
the phrase is its shape: the head noun of a body (a ministry, council, army, university,
committee, front...) followed either by a named complement ("de l'Intérieur", "d'Alep",
"Johns Hopkins"), or, when the writer capitalised the head inside a sentence, by the
adjectives that say which body it is ("syrienne libre", "national syrien"); a head, a
preposition and a common noun ("Comité de soutien") is a phrase.

The nouns are a general resource of each language (the kinds of institution, like the
stop words), not names: no body of any story is listed. A complement that is a person
("les forces d'Assad") or a head with no modifier ("l'Armée") is no body's name here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anyascii import anyascii

# Head nouns of bodies, lower case without accents: one row per kind of body, its words
# in en fr es it pt (one column each, "|" between a language's forms). The rows also say
# which heads translate each other ("Ligue" / "Lega", "Cour" / "Tribunal"), a pair the
# encoder reads poorly in short names (:func:`.name_words.word_pair`).
_HEAD_ROWS = """
ministry ministere ministerio ministero ministerio
council conseil consejo consiglio conselho
army armee ejercito esercito exercito
university universite universidad universita universidade
committee comite comite comitato comite
commission commission comision commissione comissao
party parti partido partito partido
front front frente fronte frente
movement mouvement movimiento movimento movimento
agency agence agencia agenzia agencia
assembly assemblee asamblea assemblea assembleia
court|tribunal cour|tribunal corte|tribunal corte|tribunale corte|tribunal
bank banque banco banca banco
foundation fondation fundacion fondazione fundacao
organisation|organization organisation organizacion organizzazione organizacao
office office|bureau oficina ufficio escritorio
union union union unione uniao
league ligue liga lega liga
coalition coalition coalicion coalizione coalizao
observatory observatoire observatorio osservatorio observatorio
institute institut instituto istituto instituto
academy academie academia accademia academia
parliament parlement parlamento parlamento parlamento
senate senat senado senato senado
government gouvernement gobierno governo governo
brigade|brigades brigade|brigades brigada|brigadas brigata|brigate brigada|brigadas
forces|force forces|force fuerzas|fuerza forze|forza forcas|forca
guard garde guardia guardia guarda
police police policia polizia policia
directorate direction direccion direzione direcao
secretariat secretariat secretaria segreteria secretaria
federation federation federacion federazione federacao
confederation confederation confederacion confederazione confederacao
association association asociacion associazione associacao
centre|center centre centro centro centro
school ecole escuela scuola escola
hospital hopital hospital ospedale hospital
church eglise iglesia chiesa igreja
conference conference conferencia conferenza conferencia
authority autorite autoridad autorita autoridade
embassy ambassade embajada ambasciata embaixada
company compagnie compania compagnia companhia
society societe sociedad societa sociedade
alliance alliance alianza alleanza alianca
network reseau red rete rede
chamber chambre camara camera camara
department departement departamento dipartimento departamento
service|services service|services servicio|servicios servizio|servizi servico|servicos
congress congres congreso congresso congresso
"""
_COLUMNS = ("en", "fr", "es", "it", "pt")
_ROWS = [[cell.split("|") for cell in line.split()] for line in _HEAD_ROWS.strip().splitlines()]
BODY_HEADS = {language: frozenset(w for row in _ROWS for w in row[column])
              for column, language in enumerate(_COLUMNS)}
_ANY_LANGUAGE = frozenset().union(*BODY_HEADS.values())
# Each head word -> the rows (kinds of body) it stands in.
_KINDS: dict[str, frozenset[int]] = {}
for _kind, _row in enumerate(_ROWS):
    for _word in (w for cell in _row for w in cell):
        _KINDS[_word] = _KINDS.get(_word, frozenset()) | {_kind}
# A body's name is a head and a few words; a longer lower-case run is a phrase.
MAX_BODY_WORDS = 7
# What may stand between a name and the word before it: spaces, quotes, an elided article.
_BEFORE_NAME = re.compile(r"(?:[lLdD]['’])?[\s\"«“‘(]*$")


def same_head(x: str, y: str) -> bool:
    """Whether two words (lower-case ASCII) head the same kind of body ("ligue" / "lega",
    "cour" / "tribunal"): a translation from the rows above."""
    return bool(_KINDS.get(x, frozenset()) & _KINDS.get(y, frozenset()))


def is_body_head(word: str, language: str | None) -> bool:
    """Whether ``word`` is the head noun of a body in ``language`` (any language when the
    language is unknown or has no list)."""
    heads = BODY_HEADS.get(language or "", _ANY_LANGUAGE)
    return anyascii(word).lower() in heads


def body_shaped(tokens: list[str], language: str | None, stops: frozenset[str],
                is_person_word: Callable[[str], bool],
                capitalised_inside: Callable[[], bool]) -> bool:
    """Whether the words of a mention have a body name's shape (see the module docstring).

    ``tokens``: its words (letters only); ``stops``: the language's stop words;
    ``is_person_word``: whether a word is one of a person's names in the story or a known
    given name (a complement naming a person makes no body: "armée de Bachar");
    ``capitalised_inside``: whether the story writes the name inside a sentence (not only
    where one opens), asked only when the answer decides."""
    if not 2 <= len(tokens) <= MAX_BODY_WORDS or not is_body_head(tokens[0], language):
        return False
    modifiers = [t for t in tokens[1:] if t.lower() not in stops and len(t) > 1]
    if not modifiers:
        return False
    named = [t for t in modifiers if t[0].isupper()]
    if named:
        return not any(is_person_word(t) for t in named)
    # Lower-case modifiers make a name only as adjectives right after the head ("Conseil
    # national syrien"); a head, a preposition and a common noun is a phrase ("Comité de
    # soutien", "Armée de terre").
    return len(modifiers) == len(tokens) - 1 and tokens[0][0].isupper() \
        and capitalised_inside()


def inside_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` stands inside a sentence: a word or a comma comes
    before it (past spaces, quotes and an elided article: "de l'Armée"), not the start of
    the text, a line or a sentence, where every word is capitalised."""
    gap = _BEFORE_NAME.search(text, max(0, start - 12), start)
    before = text[:gap.start() if gap else start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n" and "\n" not in text[len(before):start]
