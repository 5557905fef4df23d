"""Who did it, when the sentence's subject is the one it was done to (5W *who*).

A passive clause or a headline that drops "were" puts the patient first: "At least four
killed in Velmar Front raid", "Consulate bombed in attack by Velmar Front", "Two were
shot by a gunman". The coders of Giveme5W1H, like a reader, answer *who* with the doer
when the sentence names one. The doer is found on the parse, not in a word list:

* :func:`passive_agent`: the verb's own agent ("shot by a gunman");
* :func:`named_agent`: a person or organisation the NER stage found in the article
  (``agents``: the case-folded words of its PERSON/ORG mentions) that either stands after
  "by" inside the verb's phrase ("in attack by Velmar Front") or modifies the event noun
  of one of the verb's prepositional arguments ("in Velmar Front raid"). An unnamed
  modifier ("in tram crash") is no doer: a thing does not act.
"""

from __future__ import annotations

from typing import Final

from .syntax import Token

# Children that leave the verb's own phrase (its subject, another clause, an aside).
_OUTSIDE: Final = frozenset({"relcl", "acl:relcl", "advcl", "parataxis", "ccomp", "punct",
                             "conj", "cc", "mark", "dep", "appos", "nsubj", "nsubjpass",
                             "nsubj:pass", "csubj"})
_MODIFIER: Final = frozenset({"compound", "amod", "nmod", "poss", "nmod:poss"})
_ARGUMENT: Final = frozenset({"pobj", "obl", "nmod"})
_PASSIVE_SUBJECT: Final = frozenset({"nsubjpass", "nsubj:pass"})


def passive_agent(children: dict[int, list[Token]], verb: int) -> Token | None:
    """The doer of a passive verb ("were shot by a gunman" -> "gunman"), or None."""
    for kid in children.get(verb, []):
        if kid.dep in {"agent", "obl:agent"}:
            if kid.pos in {"NOUN", "PROPN"}:  # UD: the noun itself hangs on the verb
                return kid
            return next((k for k in children.get(kid.i, [])
                         if k.dep == "pobj" and k.pos in {"NOUN", "PROPN"}), None)
    return None


def is_passive_subject(token: Token) -> bool:
    return token.dep in _PASSIVE_SUBJECT


def named_agent(tokens: list[Token] | tuple[Token, ...], children: dict[int, list[Token]],
                verb: int, agents: frozenset[str]) -> Token | None:
    """The head of a named doer inside the verb's phrase (module docstring), or None."""
    if not agents:
        return None
    todo, seen = [verb], {verb}
    while todo:
        node = todo.pop(0)
        for kid in children.get(node, []):
            if kid.dep in _OUTSIDE or kid.i in seen:
                continue
            seen.add(kid.i)
            todo.append(kid.i)
            if kid.pos != "PROPN" or kid.text.casefold() not in agents:
                continue
            head = tokens[kid.head]
            after_by = kid.dep in {"pobj", "obl:agent", "agent"} and (
                head.text.casefold() == "by" or kid.dep != "pobj")
            modifies_argument = kid.dep in _MODIFIER and head.dep in _ARGUMENT \
                and head.pos == "NOUN"
            if after_by or modifies_argument:
                return _name_head(tokens, kid)
    return None


def _name_head(tokens: list[Token] | tuple[Token, ...], token: Token) -> Token:
    """The last word of a multi-word name ("Velmar" in "Velmar Front" hangs on "Front")."""
    while token.dep in {"compound", "flat"} and tokens[token.head].pos == "PROPN" \
            and token.head != token.i:
        token = tokens[token.head]
    return token
