"""Typed relations read from a dependency parse (languages whose NER model has a parser).

The cue words are the same as for the pattern reader (:data:`relations.TYPED_RE`); the
parse only decides who is agent and who is patient, which the patterns guess from word
order and so must leave alone whenever anything stands between them. Here:

* the **agent** is the verb's subject (``nsubj``), inherited by a coordinated verb
  without its own ("X condemned Y and urged Z"), the antecedent of a relative pronoun
  ("X, who backed Y"), or the ``by``/``par`` phrase of a passive ("Y was attacked by X");
* the **patient** is the verb's object, or the object of the preposition the cue ends with
  ("called on X", "a demandé à X"), or the subject of a passive;
* a role filled by a title reads through its apposition ("his counterpart, X"), and a
  coordination gives one edge per conjunct ("X and Y condemned Z").

Both roles must be named mentions of two different entities: a common noun ("the
attack on X"), a pronoun or a role's complement ("the head of X") gives nothing. An
infinitive or participle verb ("vowed to attack", "Assad-backed"), a modal ("could
back"), a French conditional above the verb, a negation or a question gives nothing
either: said to happen, or no edge.

Verbs outside the cue words are read from a lemma lexicon (:mod:`lexicon_verbs`:
"praised", "lashed out at", "s'est entretenu avec", "X and Y met") only where the parse
names both roles and states the verb; no pattern stands in for them.

The word-order patterns still run on the sentence: their edge stands unless the parse
contradicts it (a role read as another name or as a thing, the verb unstated). Where the
parse has no verdict (the small French model often hangs a name on the wrong word) the
patterns' reading is kept: on real coverage the parse alone lost a third of the right
edges (docs/benchmarks.md, issue 12, session 7).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ..records import Mention
from .lexicon_relations import FOLLOW, NEGATIONS
from .lexicon_verbs import NEEDS_INFINITIVE, RECIPROCAL, verb_entries
from .relations import (
    TYPED_LABELS,
    TYPED_RE,
    TypedRelation,
    find_typed_relations,
    verbal_attacks,
)
from .syntax import Token
from .text import select_mentions

# Clause types a stated verb may head (ClearNLP for English, Universal Dependencies for
# French); "xcomp" (to attack), "acl"/"amod" (a backed group) and "advcl" of a gerund
# state no event of their own.
_FINITE_DEPS = frozenset({"ROOT", "root", "conj", "ccomp", "relcl", "acl:relcl", "parataxis",
                          "advcl"})
_SUBJECTS = frozenset({"nsubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
# French small models often attach a named object as "xcomp" ("a condamné Bachar") or
# "flat:name" ("soutient Assad"): read as the object when it follows the verb and no
# true object does.
_OBJECTS = frozenset({"dobj", "obj"})
_NAMED_OBJECTS = frozenset({"xcomp", "flat:name"})
# A title whose name hangs below it: "le président Obama" (UD flat:name), apposition.
_NAME_LINKS = frozenset({"appos", "flat:name", "flat"})
_AGENT_PREPS = frozenset({"by", "par"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "qui", "lequel", "laquelle"})
# English tags of a verb that states an event by itself (a past participle needs "has").
_STATED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_PERFECT_AUX = frozenset({"has", "have", "had"})
# French conditional endings ("tendrait", "soutiendraient"): what is supposed or reported;
# future endings ("rencontrera", "recevra", "soutiendront"): what is planned.
_CONDITIONAL_ENDINGS = ("rait", "raient", "era", "eront", "ira", "iront", "dra", "dront",
                        "vra", "vront")
_LIST_WORDS = frozenset({"and", "or", "et", "ou", "the", "le", "la", "les", "l'"})
_MODAL_WORDS = frozenset({"could", "would", "might", "may", "should", "must", "can",
                          "pourrait", "pourraient", "devrait", "devraient", "pourra"})


def find_parsed_relations(text: str, lang: str, start: int, end: int, tokens: list[Token],
                          mentions: list[Mention]) -> list[TypedRelation]:
    """Typed relations in the sentence ``text[start:end]`` parsed into ``tokens`` (offsets
    relative to ``start``): those the parse reads, and those the word-order patterns read
    that the parse does not contradict (it finds the cue's verb unstated, or a role it
    fills with another name or with no name). A role the parse misses leaves the
    patterns' reading standing: the small models often misattach a name."""
    if not tokens or text[start + tokens[-1].start:start + tokens[-1].end] == "?":
        return []
    parties = select_mentions(mentions, start, end, TYPED_LABELS)
    if len(parties) < 2:
        return []
    parse = _Parse(tokens, start, parties)
    out: list[TypedRelation] = []
    verdicts: dict[tuple[int, int], tuple[_Role, _Role]] = {}
    for kind, pattern in TYPED_RE.get(lang, []):
        for cue in pattern.finditer(text, start, end):
            verb = parse.verb_in(cue.start(), cue.end())
            if verb is None or verb.dep not in _FINITE_DEPS:
                continue  # no verdict: the parse did not see the cue as a clause's verb
            if not parse.stated(verb):
                verdicts[(cue.start(), cue.end())] = ([], [])
                continue
            agents, patients = parse.roles(verb, parse.token_at(cue.end() - 1))
            verdicts[(cue.start(), cue.end())] = (agents, patients)
            follow = FOLLOW.get((kind, lang))
            for agent, patient in [(a, p) for a in agents or [] for p in patients or []]:
                rel = TypedRelation(kind, agent, patient, cue.start(), cue.end())
                if agent.entity_id == patient.entity_id or rel in out or (
                        follow is not None and patient.start > cue.end()
                        and not follow.match(text, patient.end, end)):
                    continue  # "appelle X" phones X; "appelle X à" calls on X
                out.append(rel)
    for rel in _lexicon_relations(parse, lang, verdicts):
        if rel not in out:
            out.append(rel)
    for rel in find_typed_relations(text, lang, start, end, mentions):
        agents, patients = verdicts.get((rel.verb_start, rel.verb_end), (None, None))
        if _allows(agents, rel.agent) and _allows(patients, rel.patient) and rel not in out:
            out.append(rel)
    return sorted(verbal_attacks(text, out),
                  key=lambda r: (r.verb_start, r.agent.start, r.patient.start))


def _lexicon_relations(parse: _Parse, lang: str,
                       cues: dict[tuple[int, int], tuple[_Role, _Role]]) -> list[TypedRelation]:
    """Edges of the verbs of the lemma lexicon (:mod:`lexicon_verbs`) outside the word-order
    cues: stated verbs only, and both roles named by the parse (no pattern stands in for
    a role the parse misses: these verbs are too loose for word order)."""
    out: list[TypedRelation] = []
    for verb in parse.tokens:
        a, b = verb.start + parse.offset, verb.end + parse.offset
        if verb.pos != "VERB" or verb.dep not in _FINITE_DEPS \
                or any(x <= a and b <= y for x, y in cues):
            continue
        entries = verb_entries(lang, verb.text)
        if not entries or not parse.stated(verb):
            continue
        for kind, lemma, preps in entries:
            if lemma in NEEDS_INFINITIVE and not parse.kids(verb, ("xcomp",)):
                continue
            agents, patients = parse.lexicon_roles(verb, preps)
            pairs = [(x, y) for x in agents for y in patients]
            if lemma in RECIPROCAL and len(agents) >= 2 and not patients \
                    and not parse.kids(verb, _OBJECTS):
                pairs = [(agents[0], agents[1])]  # "X and Y met": no object, two subjects
            out += [TypedRelation(kind, x, y, a, b) for x, y in pairs
                    if x.entity_id != y.entity_id
                    and (kind != "arrests" or y.label == "PERSON")]  # "arrête ses attaques"
    return out


# A role as the parse reads it: None when it found no word for it (no verdict), else the
# named mentions it stands for (empty: the role is no name, "the attack", "members").
_Role = list[Mention] | None


def _allows(role: _Role, mention: Mention) -> bool:
    return role is None or any(m.start == mention.start and m.end == mention.end
                               for m in role)


class _Parse:
    """A sentence's tokens with their children, and the mentions they fall in."""

    def __init__(self, tokens: list[Token], offset: int, parties: list[Mention]) -> None:
        self.tokens = tokens
        self.offset = offset
        self.parties = parties
        self.children: dict[int, list[Token]] = {}
        for tok in tokens:
            if tok.head != tok.i:
                self.children.setdefault(tok.head, []).append(tok)

    def token_at(self, pos: int) -> Token | None:
        rel = pos - self.offset
        return next((t for t in self.tokens if t.start <= rel < t.end), None)

    def verb_in(self, a: int, b: int) -> Token | None:
        """The cue's verb: its last verb token ("a condamné", "called on")."""
        inside = [t for t in self.tokens
                  if a - self.offset <= t.start and t.end <= b - self.offset
                  and t.pos in ("VERB", "AUX")]
        return inside[-1] if inside else None

    def kids(self, tok: Token, deps: Iterable[str]) -> list[Token]:
        wanted = set(deps)
        return [c for c in self.children.get(tok.i, []) if c.dep in wanted]

    def stated(self, verb: Token) -> bool:
        """The verb tells an event as happened or happening: finite, not negated, no modal."""
        if verb.dep == "advcl" and not self.kids(verb, _SUBJECTS):
            return False  # "..., accusing X of": a participle's agent is not its own
        kids = self.children.get(verb.i, [])
        if any(c.text.casefold() in NEGATIONS or c.dep == "neg" for c in kids):
            return False
        if self._supposed(verb):
            return False
        if verb.tag.startswith("VB") and verb.tag not in _STATED_TAGS:
            aux = {c.text.casefold() for c in kids if c.dep in ("aux", "auxpass")}
            return verb.tag == "VBN" and bool(aux & _PERFECT_AUX or self.passive(verb))
        return True

    def _supposed(self, verb: Token) -> bool:
        """The verb or a verb above it carries a modal or a French conditional: "could
        back X", "tendrait à faire croire que X soutient Y" (supposed, not stated)."""
        tok, seen = verb, set()
        while tok.i not in seen:
            seen.add(tok.i)
            if any(c.text.casefold() in _MODAL_WORDS for c in self.children.get(tok.i, [])) \
                    or tok.text.casefold() in _MODAL_WORDS \
                    or (tok.pos in ("VERB", "AUX") and tok.text.endswith(_CONDITIONAL_ENDINGS)):
                return True
            tok = self.tokens[tok.head]
        return False

    def passive(self, verb: Token) -> bool:
        return bool(self.kids(verb, _PASSIVE_SUBJECTS)
                    or self.kids(verb, ("auxpass", "aux:pass")))

    def roles(self, verb: Token, last: Token | None) -> tuple[_Role, _Role]:
        """The agent and patient roles (see :data:`_Role`)."""
        if self.passive(verb):
            return (self._role(self._passive_agents(verb)),
                    self._role(self._antecedent(verb, self.kids(verb, _PASSIVE_SUBJECTS))))
        agents = self._role(self._subjects(verb))
        if last is not None and last.i != verb.i and last.pos == "ADP":
            return agents, self._role(self._prep_objects(last))
        objects = self.kids(verb, _OBJECTS) or [
            t for t in self.kids(verb, _NAMED_OBJECTS) if t.pos == "PROPN" and t.i > verb.i]
        # Two objects of one verb, not parts of one name: a parse gone wrong.
        if len({id(self._mention(t)) for t in objects}) > 1:
            return agents, []
        if not objects and any(c.tag == "VBG" and c.i > verb.i
                               for c in self.kids(verb, ("xcomp", "ccomp"))):
            return agents, []  # "opposed installing the Thaad": an action is opposed
        return agents, self._role(objects[:1])

    def lexicon_roles(self, verb: Token,
                      preps: frozenset[str]) -> tuple[list[Mention], list[Mention]]:
        """Named agents and patients of a lexicon verb: the patient is its direct object
        where ``preps`` holds "", else the object of one of ``preps``."""
        if self.passive(verb):
            return (self._listed(self._passive_agents(verb)),
                    self._listed(self._antecedent(verb, self.kids(verb, _PASSIVE_SUBJECTS))))
        agents = self._listed(self._subjects(verb))
        heads = self.kids(verb, _OBJECTS) if "" in preps else []
        if not heads:
            heads = [o for c in self.children.get(verb.i, []) for o in self._governed(c, preps)]
        if len({id(self._mention(t)) for t in heads}) > 1:
            return agents, []  # two objects of one verb: a parse gone wrong
        return agents, self._named(heads[:1])

    def _governed(self, child: Token, preps: frozenset[str]) -> list[Token]:
        """The noun ``child`` brings in through one of ``preps``: English "prep" with its
        "pobj" (also after a particle: "lashed out at"), UD a nominal with a "case" child."""
        if child.dep == "prt":
            return [o for c in self.kids(child, ("prep",)) for o in self._governed(c, preps)]
        if child.dep == "prep":
            return self.kids(child, ("pobj",)) if child.text.casefold() in preps else []
        if child.dep.startswith(("obl", "obj", "iobj", "nmod")) and any(
                c.text.casefold() in preps for c in self.kids(child, ("case",))):
            return [child]
        return []

    def _role(self, heads: list[Token]) -> _Role:
        return self._named(heads) if heads else None

    def _prep_objects(self, prep: Token) -> list[Token]:
        """What a preposition governs: English "pobj" child, UD: the noun it is "case" of."""
        if prep.dep == "case":
            return [self.tokens[prep.head]]
        return self.kids(prep, ("pobj",))

    def _passive_agents(self, verb: Token) -> list[Token]:
        """The "by X" / "par X" of a passive verb."""
        found: list[Token] = []
        for child in self.children.get(verb.i, []):
            if child.dep == "agent":
                found += self.kids(child, ("pobj",))
            elif child.dep.startswith("obl") and any(
                    c.text.casefold() in _AGENT_PREPS for c in self.kids(child, ("case",))):
                found.append(child)
        return found

    def _antecedent(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """A relative pronoun subject stands for the noun its clause qualifies."""
        if subjects and subjects[0].text.casefold() in _RELATIVE_PRONOUNS \
                and verb.dep in ("relcl", "acl:relcl"):
            return [self.tokens[verb.head]]
        return subjects

    def _subjects(self, verb: Token) -> list[Token]:
        own = self.kids(verb, _SUBJECTS)
        if len(own) > 1:
            return []  # two subjects of one verb ("Denver (AP) - ... X asked"): a parse gone
            # wrong, no verdict (the patterns' reading of a cue stands, a lexicon verb has
            # no agent)
        if not own and verb.dep == "conj":
            head = self.tokens[verb.head]
            if head.pos in ("VERB", "AUX"):
                return self.kids(head, _SUBJECTS)  # "X condemned Y and urged Z"
        return self._antecedent(verb, own)

    def _named(self, heads: list[Token]) -> list[Mention]:
        """The mentions the role heads name, through apposition and coordination ("the
        United States and others": the United States)."""
        out: list[Mention] = []
        for head in heads:
            for tok in [head, *self._conjuncts(head)]:
                # "l'actrice Amber Heard": the one name below a title is who acts, even
                # when the NER took the title into an organisation's name.
                named = {id(m): m for t in self.kids(tok, _NAME_LINKS)
                         if (m := self._mention(t)) is not None}
                below = next(iter(named.values())) if len(named) == 1 else None
                mention = below if tok.pos == "NOUN" and below else self._mention(tok) or below
                if mention is not None:
                    out.append(mention)
        return out

    def _listed(self, heads: list[Token]) -> list[Mention]:
        """:meth:`_named`, but nobody when coordinated names are not a plain list (commas,
        joining words, articles and titles between them, one other word at most): "Rafic
        Hariri, le 14 février 2005, Bachar el-Assad et ... sont accusés" is a parse gone
        wrong, not a list."""
        named = self._named(heads)
        text = self._text()
        for a, b in pairwise(named):
            gap = text[a.end - self.offset:b.start - self.offset].replace(",", " ").split()
            # Joining words, articles and titles ("and Speaker", "et le président") only.
            other = [w for w in gap if w.casefold() not in _LIST_WORDS and not w[0].isupper()]
            if len(other) > 1:
                return []
        return named

    def _text(self) -> str:
        """The sentence as the tokens' offsets see it (spaces where the text had any)."""
        chars = [" "] * (self.tokens[-1].end if self.tokens else 0)
        for t in self.tokens:
            chars[t.start:t.end] = t.text
        return "".join(chars)

    def _conjuncts(self, tok: Token) -> list[Token]:
        out = []
        for c in self.kids(tok, ("conj",)):
            out += [c, *self._conjuncts(c)]
        return out

    def _mention(self, tok: Token) -> Mention | None:
        """The mention the token heads: inside it, and not the complement of a noun."""
        a, b = tok.start + self.offset, tok.end + self.offset
        for m in self.parties:
            if m.start <= a and b <= m.end:
                return m
        return None
