"""Example scenes written beside a rule, checked when the rule file is read.

``kg rules test`` (``kg/ruletest.py``) runs them through the reasoning engine; here they are only
parsed and validated, so that a bad example is reported with its file and line like a bad rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError
from .ontology import Ontology
from .rules import RELATIONS, RULE_ID, Located, RelationCondition, at, check_keys, relation_texts
from .rules import variables as checked_variables

EXAMPLE_KEYS = {"name", "objects", "relations", "confidence", "expect", "expect_not"}


@dataclass(frozen=True)
class Example:
    """A scene written beside a rule, with the rules that must (not) fire on it."""

    name: str
    objects: tuple[tuple[str, str], ...]  # (variable, detector label)
    relations: tuple[RelationCondition, ...]
    confidence: tuple[tuple[str, float], ...]  # (variable, detection confidence)
    expect: tuple[str, ...]
    expect_not: tuple[str, ...]
    file: str = ""
    line: int = 0


def _example_label(value: object, ontology: Ontology, where: str, what: str) -> str:
    """A detector label for an example object given as a detector label or a class name."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{what}: expected a detector label or a class name", where=where)
    if ontology.class_for_label(value):
        return value
    if ontology.has_class(value):
        cls = ontology.resolve(value)
        labels = sorted(label for label, c in ontology.labels.items() if c == cls)
        if labels:
            return labels[0]
        raise InputError(f"{what}: class {value!r} has no detector label; name a detectable class",
                         where=where)
    raise InputError(f"{what}: {value!r} is neither a detector label nor an ontology class",
                     where=where)


def _rule_ids(value: object, where: str, what: str) -> tuple[str, ...]:
    ids = [value] if isinstance(value, str) else value
    if not isinstance(ids, list) or not all(isinstance(i, str) and RULE_ID.match(i) for i in ids):
        raise InputError(f"{what}: expected a list of rule ids", where=where)
    return tuple(ids)


def parse_example(raw: object, ontology: Ontology, file: str, rule_id: str, index: int) -> Example:
    """One example scene; its rule ids are checked later, once every rule is known."""
    what = f"rule {rule_id}: example {index + 1}"
    if not isinstance(raw, dict):
        raise InputError(f"{what}: expected a mapping with name, objects, expect…", where=file)
    where = at(file, raw)
    check_keys(raw, EXAMPLE_KEYS, file, what)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{what}: needs a name", where=at(file, raw, "name"))
    what = f"rule {rule_id}: example {name!r}"
    objects = raw.get("objects")
    if not isinstance(objects, dict) or not objects:
        raise InputError(f"{what}: objects must map variables to detector labels",
                         where=at(file, raw, "objects"))
    pairs = [(var, _example_label(value, ontology, at(file, objects, var), f"{what}: objects.{var}"))
             for var, value in checked_variables(objects, file, what)]
    variables = {v for v, _ in pairs}
    relations = []
    for i, text in enumerate(relation_texts(raw, file, what)):
        parts = text.split()
        if len(parts) != 3 or parts[1] not in RELATIONS:
            raise InputError(f"{what}: relation {text!r} must read 'VAR RELATION VAR' with a "
                             f"relation among {', '.join(RELATIONS)}", where=at(file, raw, "relations", i))
        if parts[0] not in variables or parts[2] not in variables:
            raise InputError(f"{what}: relation {text!r} uses a variable not among objects",
                             where=at(file, raw, "relations", i))
        relations.append(RelationCondition(*parts))
    conf = raw.get("confidence", 1.0)
    if isinstance(conf, dict):
        if set(conf) - variables:
            raise InputError(f"{what}: confidence names unknown variable(s) "
                             f"{', '.join(sorted(set(conf) - variables))}",
                             where=at(file, conf, sorted(set(conf) - variables)[0]))
        confidence = {v: conf.get(v, 1.0) for v in variables}
    else:
        confidence = {v: conf for v in variables}
    for var, value in confidence.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise InputError(f"{what}: confidence must be a number in (0, 1], not {value!r}",
                             where=at(file, conf, var) if isinstance(conf, dict)
                             else at(file, raw, "confidence"))
    expect = _rule_ids(raw.get("expect", []), at(file, raw, "expect"), f"{what}: expect")
    expect_not = _rule_ids(raw.get("expect_not", []), at(file, raw, "expect_not"), f"{what}: expect_not")
    if not expect and not expect_not:
        raise InputError(f"{what}: needs expect and/or expect_not (rule ids)", where=where)
    if set(expect) & set(expect_not):
        raise InputError(f"{what}: rule(s) {', '.join(sorted(set(expect) & set(expect_not)))} "
                         "both expected and not expected", where=at(file, raw, "expect_not"))
    return Example(name=name.strip(), objects=tuple(pairs), relations=tuple(relations),
                   confidence=tuple((v, float(confidence[v])) for v, _ in pairs),
                   expect=expect, expect_not=expect_not, file=file,
                   line=raw.line if isinstance(raw, Located) else 0)
