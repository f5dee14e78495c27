"""Checks across a rule set that parsing alone cannot make: rules that can never fire (among
them, a relation the scene never derives between the classes it names: ``vision/scene.py``'s
``JOINS``), and rules that duplicate or shadow others.

A rule A *implies* a rule B when every scene that satisfies A also satisfies B: each of B's
objects maps to a distinct object of A whose allowed classes (its classes, less those its
``not`` forbids) are among B's object's, B's relations are among A's, A forbids at least what B
forbids, and A's attribute group guarantees B's. The check is conservative: it reports an
implication only when it can prove it (a depicted object has one class).
"""
from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import permutations

from .ontology import Ontology
from .reasoning import _steps
from .rules import RELATIONS, ObjectCondition, Rule
from .vocab import ICO


@dataclass(frozen=True)
class Problem:
    """One finding, with the file and line of the rule it is about."""

    where: str
    rule: str
    kind: str  # "unknown", "unsatisfiable", "duplicate", "conflict", "shadowed"; or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: rule {self.rule}: {self.message}"


def _closure(ontology: Ontology, classes: Sequence[str]) -> frozenset[str]:
    out: set[str] = set()
    for cls in classes:
        out |= ontology.subclasses(cls)
    return frozenset(out)


def _allowed(ontology: Ontology, cond: ObjectCondition) -> frozenset[str]:
    """The classes an object bound to ``cond`` may have: its classes', less those its ``not`` forbids."""
    return _closure(ontology, cond.classes) - _closure(ontology, cond.excluded)


def _name(ontology: Ontology, classes: Sequence[str]) -> str:
    return "/".join(ontology.local_name(c) for c in classes)


def unsatisfiable(rule: Rule, ontology: Ontology) -> list[str]:
    """Why ``rule`` can never fire (empty when it can)."""
    reasons = []
    absent = _closure(ontology, rule.absent)
    detectable = set(ontology.labels.values())

    def possible(cond: ObjectCondition) -> frozenset[str]:
        # the classes an object may have to match: not forbidden, and some detector label maps there
        return frozenset(c for c in _allowed(ontology, cond) if c not in absent and c in detectable)

    for cond in rule.objects:
        if not possible(cond):
            if not _allowed(ontology, cond):
                reasons.append(f"object {cond.var} ({_name(ontology, cond.classes)}): its 'not' "
                               f"({_name(ontology, cond.excluded)}) rules out every class it admits")
            elif _allowed(ontology, cond) <= absent:
                reasons.append(f"object {cond.var} ({_name(ontology, cond.classes)}) is required "
                               f"but also listed as absent")
            else:
                reasons.append(f"object {cond.var} ({_name(ontology, cond.classes)}): no detector "
                               "label maps to this class or its subclasses")
    if rule.at_least:
        usable = [o for o in rule.options if possible(o)]
        if len(usable) < rule.at_least:
            reasons.append(f"at_least needs {rule.at_least} of {len(rule.options)} attributes, but "
                           f"only {len(usable)} can be present (the others are absent or undetectable)")
    conds = {c.var: c for c in rule.objects}
    for rel in rule.relations:
        said = f"relation '{rel.subject} {rel.predicate} {rel.object}'"
        if rel.subject == rel.object:
            reasons.append(f"{said} relates an object to itself")
        elif ((a := possible(conds[rel.subject]) if rel.subject in conds else None)
              and (b := possible(conds[rel.object]) if rel.object in conds else None)
              and not _joinable(rel.predicate, a, b, ontology)):
            reasons.append(f"{said}: the scene never derives {rel.predicate} between "
                           f"{_name(ontology, conds[rel.subject].classes)} and "
                           f"{_name(ontology, conds[rel.object].classes)} ({_joins_text(rel.predicate)})")
    return reasons


def _joinable(predicate: str, subjects: frozenset[str], objects: frozenset[str], ontology: Ontology) -> bool:
    """Whether boxes could ever give ``predicate`` between an object of one of ``subjects`` and one
    of ``objects`` (classes): which kinds a relation joins is the scene's (``vision.scene.JOINS``)."""
    from vision.scene import may_join

    def kinds(cls: str) -> frozenset[str]:
        return frozenset(ontology.local_name(c) for c in ontology.ancestors(cls))

    return any(may_join(predicate, kinds(a), kinds(b)) for a in subjects for b in objects)


def _joins_text(predicate: str) -> str:
    from vision.scene import JOINS

    subjects, objects, excluded = JOINS[predicate]
    text = f"it joins {'/'.join(subjects)} to {'/'.join(objects)}"
    return text + (f", not to {'/'.join(excluded)}" if excluded else "")


def implies(a: Rule, b: Rule, ontology: Ontology) -> bool:
    """Whether every scene that satisfies ``a`` provably satisfies ``b``."""
    if not _closure(ontology, b.absent) <= _closure(ontology, a.absent):
        return False
    if len(b.objects) > len(a.objects):
        return False
    a_objects = {o.var: _allowed(ontology, o) for o in a.objects}
    b_objects = [(o.var, _allowed(ontology, o)) for o in b.objects]
    # what each of A's relations says: itself, its inverse read backwards, its super-properties
    # (``b below a`` says ``a above b``; ``near`` either way round)
    a_relations = {(r.subject if not back else r.object, p, r.object if not back else r.subject)
                   for r in a.relations for p in RELATIONS
                   for prop, back in _steps(p, ontology) if prop == ICO + r.predicate}
    if b.at_least and not _group_implies(a, b, ontology):
        return False
    for image in permutations(a_objects, len(b_objects)):
        mapping = {bv: av for (bv, _), av in zip(b_objects, image)}
        if all(a_objects[mapping[bv]] <= classes for bv, classes in b_objects) and all(
                (mapping[r.subject], r.predicate, mapping[r.object]) in a_relations for r in b.relations):
            return True
    return False


def _group_implies(a: Rule, b: Rule, ontology: Ontology) -> bool:
    """A's attribute group guarantees B's: at least as many, each within a distinct B option."""
    if a.at_least < b.at_least:
        return False
    b_options = [_closure(ontology, o.classes) for o in b.options]
    a_options = [_closure(ontology, o.classes) for o in a.options]
    for image in permutations(range(len(b_options)), len(a_options)):
        if all(a_options[i] <= b_options[j] for i, j in enumerate(image)):
            return True
    return False


def _base(notation: str) -> str:
    return notation.split("+", 1)[0].strip()  # a "+" part (a key) qualifies the notation


def known_notation(notation: str) -> bool:
    """Whether Iconclass (the ``iconclass`` package) has the notation, or the template it fills:
    ``11HH(ANNE)`` is ``11HH(...)`` with a name, as Iconclass means saints to be named."""
    from .suggest import iconclass_entries

    entries, base = iconclass_entries(), _base(notation)
    return base in entries or re.sub(r"\([^()]*\)", "(...)", base) in entries


@functools.cache
def _branch(prefix: str) -> dict[str, str]:
    """The notations of a top branch (``11``, ``73``), case-folded -> as written, templates and
    Wikidata-keyed notations left out."""
    from .suggest import iconclass_entries

    return {n.casefold(): n for n in iconclass_entries()
            if n and n.startswith(prefix) and "(...)" not in n and "(wd:" not in n.lower()}


def closest_notation(notation: str) -> str | None:
    """The notation of Iconclass's own entries (in its top branch) closest to a notation without
    an entry of its own (``11H(MARKK)``, ``11HH(MARK)`` -> ``11H(MARK)``), or None."""
    base = _base(notation)
    if "(wd:" in base.lower():  # keyed by a Wikidata item: Iconclass reads those over the network
        return None
    branch = _branch(base[:2])
    close = difflib.get_close_matches(base.casefold(), list(branch), n=1, cutoff=0.8)
    return branch[close[0]] if close else None


def notation_problems(rule: Rule) -> list[Problem]:
    """An error for a notation Iconclass lacks; a warning for one only a template reads (a
    name in its bracket) where an entry of Iconclass's own is close: a misspelling, likely."""
    from .suggest import iconclass_entries

    if _base(rule.notation) in iconclass_entries():
        return []
    where = f"{rule.file}:{rule.line}"
    close = closest_notation(rule.notation)
    mean = f"; did you mean {close}?" if close else ""
    if not known_notation(rule.notation):
        return [Problem(where, rule.id, "unknown", f"Iconclass has no notation {rule.notation!r}{mean}")]
    if close:
        return [Problem(where, rule.id, "warning",
                        f"Iconclass has no entry for {rule.notation!r} (only its template, with a "
                        f"name in the bracket, reads it){mean}")]
    return []


def untested(rules: Sequence[Rule]) -> list[Problem]:
    """A warning for each rule without examples: ``kg rules test`` cannot test it."""
    return [Problem(f"{r.file}:{r.line}", r.id, "warning",
                    "has no examples, so `kg rules test` cannot test it: write scenes it must fire "
                    "on, and scenes of its confusable neighbours it must not")
            for r in rules if not r.examples]


def undescribed(rules: Sequence[Rule]) -> list[Problem]:
    """A warning for each subject without words in ``descriptions.yaml``: its descriptions would
    name it by its English label in every language, with masculine phrases."""
    from .describe import words
    from .resources import resource_dir, shown

    known = words().get("subjects") or {}
    path = shown(resource_dir("ontologies") / "descriptions.yaml")
    first = {}
    for r in rules:
        if r.notation not in known:
            first.setdefault(r.notation, r)
    return [Problem(f"{r.file}:{r.line}", r.id, "warning",
                    f"subject {n} has no entry under 'subjects:' in {path}: descriptions would name "
                    f"it {r.subject_label!r} in every language, with masculine phrases; add its name "
                    "in en, es, it, de and fr, and gender: f or kind: scene where they apply")
            for n, r in first.items()]


def check(rules: Sequence[Rule], ontology: Ontology) -> list[Problem]:
    """Every problem of a rule set: notations Iconclass lacks, unsatisfiable, duplicate,
    conflicting and shadowed rules; and warnings: a notation close to another, a rule without
    examples, a subject without words for its descriptions."""
    problems = [p for r in rules for p in notation_problems(r)]
    problems += untested(rules) + undescribed(rules)
    problems += [Problem(f"{r.file}:{r.line}", r.id, "unsatisfiable", f"can never fire: {why}")
                 for r in rules for why in unsatisfiable(r, ontology)]
    for i, a in enumerate(rules):
        for b in rules[i + 1:]:
            ab, ba = implies(a, b, ontology), implies(b, a, ontology)
            same = a.notation == b.notation
            if ab and ba:
                kind = "duplicate" if same else "conflict"
                what = ("the same subject" if same else
                        f"different subjects ({a.notation} vs {b.notation})")
                problems.append(Problem(f"{b.file}:{b.line}", b.id, kind,
                                        f"same conditions as rule {a.id} ({a.file}:{a.line}) with {what}"))
            elif same and (ab or ba):
                narrow, wide = (a, b) if ab else (b, a)
                problems.append(Problem(
                    f"{narrow.file}:{narrow.line}", narrow.id, "shadowed",
                    f"shadowed by rule {wide.id} ({wide.file}:{wide.line}): its conditions include "
                    f"all of {wide.id}'s, so {wide.id} fires whenever it does, with the same subject"))
    return problems
