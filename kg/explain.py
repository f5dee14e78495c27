"""Why a rule fired, or nearly fired, on one artwork of the store.

Each rule is split into its conditions (each object, each object's ``not``, each relation, the
attribute group, the absence list). A condition's own status comes from the artwork's objects and
relations (a ``not``'s from whether dropping it alone lets the rule fire); a rule
*nearly fired* when it did not fire but does once a single condition is dropped — that condition
is the missing evidence. Both the full and the relaxed rules run on the real compiled SPARQL
engine, so the answer is what ``kg reason`` would do, not an approximation of it (a rule
relaxed to its absence alone, its only object dropped, is read from the scene: no query binds it).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pyoxigraph import Literal, NamedNode

from . import queries
from .errors import NotFound
from .graph import last_segment
from .model import Attribution
from .ontology import Ontology
from .reasoning import evaluate
from .rules import Rule
from .store import OxigraphStore


#: The kinds of condition that forbid rather than ask for evidence.
NEGATIVE = ("absent", "not")
#: A ``not`` condition's detail where no object of its variable's classes has a forbidden one.
NOTHING_RULED_OUT = "rules out nothing here"


def _matched(candidates: Sequence[Sequence[str]]) -> list[str]:
    """The most options met at once, each by a distinct object (a maximum bipartite matching, by
    augmenting paths: a greedy choice can take for one option the only object another has)."""
    owner: dict[str, int] = {}

    def assign(i: int, seen: set[str]) -> bool:
        for obj in candidates[i]:
            if obj not in seen:
                seen.add(obj)
                if obj not in owner or assign(owner[obj], seen):
                    owner[obj] = i
                    return True
        return False

    for i in range(len(candidates)):
        assign(i, set())
    return sorted(owner)


@dataclass(frozen=True)
class Condition:
    """One condition of a rule, whether the artwork meets it on its own, and what was found."""

    text: str
    met: bool
    detail: str
    kind: str = "object"  # object, not, relation, at_least or absent
    vars: tuple[str, ...] = ()
    blocking: bool = False  # dropping only this condition lets the rule fire


@dataclass(frozen=True)
class RuleStatus:
    """What one rule made of one artwork."""

    rule: Rule
    attribution: Attribution | None
    conditions: tuple[Condition, ...]

    @property
    def fired(self) -> bool:
        return self.attribution is not None

    @property
    def nearly(self) -> bool:
        """Dropping one condition makes it fire, and it had at least two pieces of evidence."""
        return not self.fired and any(c.blocking for c in self.conditions) and self.evidence >= 2

    @property
    def evidence(self) -> int:
        """How many of its positive conditions (objects, relations, attributes) are met."""
        return sum(c.met for c in self.conditions if c.kind not in NEGATIVE)

    @property
    def closeness(self) -> float:
        """The share of positive conditions met, to rank near misses."""
        positive = [c for c in self.conditions if c.kind not in NEGATIVE]
        return self.evidence / len(positive) if positive else 0.0

    @property
    def missing(self) -> tuple[Condition, ...]:
        return tuple(c for c in self.conditions if c.blocking)


@dataclass(frozen=True)
class Scene:
    """An artwork's depicted objects (IRI -> label, confidence, classes) and relations."""

    artwork: NamedNode
    title: str
    objects: dict[str, tuple[str, float, frozenset[str]]]
    relations: frozenset[tuple[str, str, str]]

    def matching(self, classes: frozenset[str]) -> list[str]:
        return [o for o, (_, _, types) in self.objects.items() if types & classes]

    def labels(self, objects: Sequence[str]) -> str:
        return ", ".join(f"{self.objects[o][0]} ({self.objects[o][1]:.2f})" for o in objects)

    def evidence(self, attribution: Attribution) -> str:
        """The labels of an attribution's evidence objects (keys are the objects' last IRI segment)."""
        by_key = {last_segment(iri): label for iri, (label, _, _) in self.objects.items()}
        return ", ".join(by_key.get(k, k) for k in attribution.evidence)


def find_artwork(store: OxigraphStore, artwork: str) -> tuple[NamedNode, str]:
    """The IRI and title of an artwork given by identifier or IRI; an unknown one is an error."""
    rows = store.select(queries.text("artwork-by-identifier"), {"identifier": Literal(artwork)})
    if not rows and "://" in artwork:
        rows = store.select(queries.text("artwork-by-identifier"), {"artwork": NamedNode(artwork)})
    if not rows:
        raise NotFound(f"no artwork {artwork!r} in the store (give its identifier or IRI; "
                       "`kg query artworks` lists them)")
    return rows[0]["artwork"], rows[0]["title"].value if "title" in rows[0] else ""


def scene(store: OxigraphStore, artwork: NamedNode, title: str = "") -> Scene:
    """What rules can match in an artwork, read with the bundled explain-* queries."""
    objects: dict[str, tuple[str, float, set[str]]] = {}
    for row in store.select(queries.text("explain-objects"), {"artwork": artwork}):
        label, conf, types = objects.setdefault(
            row["object"].value, (row["label"].value, float(row["confidence"].value), set()))
        types.add(row["class"].value)
    relations = frozenset(
        (r["subject"].value, r["relation"].value.rsplit("#", 1)[-1], r["object"].value)
        for r in store.select(queries.text("explain-relations"), {"artwork": artwork}))
    return Scene(artwork, title, {o: (lab, c, frozenset(t)) for o, (lab, c, t) in objects.items()},
                 relations)


def _closure(ontology: Ontology, classes) -> frozenset[str]:
    """``classes`` and their subclasses."""
    return frozenset(c for cls in classes for c in ontology.subclasses(cls))


def _conditions(rule: Rule, sc: Scene, ontology: Ontology) -> list[tuple[Condition, Rule]]:
    """Each condition with its own status, paired with the rule relaxed by dropping it."""
    def closure(classes) -> frozenset[str]:
        return _closure(ontology, classes)

    def names(classes) -> str:
        return "/".join(ontology.local_name(c) for c in classes)

    out = []
    # each condition on its own: an object's classes, apart from what its "not" forbids (its
    # own condition, below), so that a "not" that keeps the rule from firing is named as such
    candidates = {o.var: sc.matching(closure(o.classes)) for o in rule.objects}
    for cond in rule.objects:
        found = candidates[cond.var]
        relaxed = replace(rule, objects=tuple(o for o in rule.objects if o.var != cond.var),
                          relations=tuple(r for r in rule.relations if cond.var not in (r.subject, r.object)))
        out.append((Condition(f"object {cond.var}: {names(cond.classes)}", bool(found),
                              f"found {sc.labels(found)}" if found else "none depicted",
                              "object", (cond.var,)), relaxed))
    for cond in (o for o in rule.objects if o.excluded):
        forbidden = set(sc.matching(closure(cond.excluded)))
        ruled_out = [x for x in candidates[cond.var] if x in forbidden]
        relaxed = replace(rule, objects=tuple(replace(o, excluded=()) if o.var == cond.var else o
                                              for o in rule.objects))
        out.append((Condition(f"object {cond.var}: not {names(cond.excluded)}", True,
                              f"rules out {sc.labels(ruled_out)}" if ruled_out else NOTHING_RULED_OUT,
                              "not", (cond.var,)), relaxed))
    for rel in rule.relations:
        pairs = [(s, o) for s, p, o in sc.relations if p == rel.predicate
                 and s in candidates[rel.subject] and o in candidates[rel.object]]
        relaxed = replace(rule, relations=tuple(r for r in rule.relations if r != rel))
        detail = (f"found {sc.objects[pairs[0][0]][0]} {rel.predicate} {sc.objects[pairs[0][1]][0]}"
                  if pairs else f"no {rel.predicate} between such objects")
        out.append((Condition(f"relation {rel.subject} {rel.predicate} {rel.object}", bool(pairs), detail,
                              "relation", (rel.subject, rel.object)), relaxed))
    if rule.at_least:
        used = _matched([sc.matching(closure(opt.classes)) for opt in rule.options])
        relaxed = replace(rule, at_least=0, options=())
        out.append((Condition(f"at least {rule.at_least} of {', '.join(names(o.classes) for o in rule.options)}",
                              len(used) >= rule.at_least,
                              f"found {len(used)}" + (f": {sc.labels(used)}" if used else ""),
                              "at_least"), relaxed))
    if rule.absent:
        present = sc.matching(closure(rule.absent))
        relaxed = replace(rule, absent=())
        out.append((Condition(f"absent: {names(rule.absent)}", not present,
                              f"present: {sc.labels(present)}" if present else "none present",
                              "absent"), relaxed))
    return out


def explain(store: OxigraphStore, rules: Sequence[Rule], ontology: Ontology, sc: Scene) -> list[RuleStatus]:
    """The status of every rule on the artwork: fired, nearly fired (and why), or not."""
    fired = {a.rule: a for a in evaluate(store, rules, ontology, [sc.artwork])[sc.artwork.value]}
    statuses = []
    for rule in rules:
        conditions = []
        pairs = _conditions(rule, sc, ontology)
        # dropping an object drops its relations too: a relation unmet for want of its object is
        # the same gap, so it is not counted twice
        absent_vars = {v for c, _ in pairs if c.kind == "object" and not c.met for v in c.vars}
        unmet = [c for c, _ in pairs if not c.met
                 and not (c.kind == "relation" and absent_vars & set(c.vars))]
        # two gaps: dropping one condition cannot make the rule fire, so skip the queries
        hopeless = rule.id in fired or len(unmet) >= 2
        related = {v for c, _ in pairs if c.kind == "relation" for v in c.vars}

        def fires(relaxed: Rule) -> bool:
            if not relaxed.objects and not relaxed.options:  # its only object dropped: no
                return not sc.matching(_closure(ontology, relaxed.absent))  # query binds the artwork
            return bool(evaluate(store, [relaxed], ontology, [sc.artwork])[sc.artwork.value])

        # a "not" is met unless it alone keeps the rule from firing; its object is then there
        nots = {cond.vars[0]: not unmet and rule.id not in fired and cond.detail != NOTHING_RULED_OUT
                and fires(relaxed) for cond, relaxed in pairs if cond.kind == "not"}
        for cond, relaxed in pairs:
            if cond.kind == "not":
                blocking = nots[cond.vars[0]]
                conditions.append(replace(cond, met=not blocking, blocking=blocking))
                continue
            # an object that is there but in the wrong relation is not what is missing; nor is
            # a condition met where a "not" alone keeps the rule from firing
            relevant = not (cond.met and (any(nots.values()) or
                                          (cond.kind == "object" and cond.vars[0] in related)))
            conditions.append(replace(cond, blocking=not hopeless and relevant and fires(relaxed)))
        statuses.append(RuleStatus(rule, fired.get(rule.id), tuple(conditions)))
    return statuses
