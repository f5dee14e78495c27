"""Rule examples run like unit tests: each scene goes through the real compiled SPARQL engine.

An example names the rules that must fire on its scene (``expect``) and those that must not
(``expect_not``); a rule "fires" when it yields an attribution, asserted or candidate. Boxes do
not matter here: the example states its spatial relations itself, so it tests the rules, not
the geometry of ``vision/scene.py``.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .model import Box, Detection, Relation
from .ontology import Ontology
from .reasoning import attribute_scene
from .rule_examples import Example
from .rules import Rule


@dataclass(frozen=True)
class Outcome:
    """The result of one example of one rule."""

    rule: str
    example: Example
    fired: frozenset[str]  # ids of the checked rules that fired
    missing: tuple[str, ...]  # expected to fire, did not
    unexpected: tuple[str, ...]  # expected not to fire, did

    @property
    def passed(self) -> bool:
        return not self.missing and not self.unexpected

    def explain(self) -> str:
        """One line saying what went wrong, for a failing example."""
        parts = []
        if self.missing:
            parts.append(f"did not fire: {', '.join(self.missing)}")
        if self.unexpected:
            parts.append(f"fired but should not: {', '.join(self.unexpected)}")
        return "; ".join(parts) or "ok"


def scene(example: Example) -> tuple[list[Detection], list[Relation]]:
    """The detections and relations of an example scene, one small box per object."""
    from vision.annotations import make_detection

    confidence = dict(example.confidence)
    dets = {var: make_detection("example", label, Box(20.0 * i, 20.0 * i, 10.0, 10.0), confidence[var])
            for i, (var, label) in enumerate(example.objects)}
    rels = [Relation(dets[r.subject].key, r.predicate, dets[r.object].key) for r in example.relations]
    return list(dets.values()), rels


def run_example(example: Example, owner: str, rules: Sequence[Rule], ontology: Ontology) -> Outcome:
    """Evaluate the rules an example names on its scene and compare with what it expects."""
    by_id = {r.id: r for r in rules}
    checked = [by_id[i] for i in dict.fromkeys(example.expect + example.expect_not) if i in by_id]
    detections, relations = scene(example)
    fired = frozenset(a.rule for a in attribute_scene(detections, relations, checked, ontology,
                                                      artwork="example"))
    return Outcome(rule=owner, example=example, fired=fired,
                   missing=tuple(i for i in example.expect if i not in fired),
                   unexpected=tuple(i for i in example.expect_not if i in fired))


def run_all(rules: Sequence[Rule], ontology: Ontology, only: Sequence[str] = ()) -> Iterator[Outcome]:
    """Every example of every rule (or of the rules in ``only``), in file order."""
    for rule in rules:
        if only and rule.id not in only:
            continue
        for example in rule.examples:
            yield run_example(example, rule.id, rules, ontology)
