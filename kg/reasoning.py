"""The fast reasoning engine: rules compiled to SPARQL and run inside the store.

Each rule becomes one SELECT over the detection and scene layers; the class hierarchy is closed
at compile time (a condition on ``Person`` lists Person and all its subclasses), so the store
needs no inference. Every solution is a way the rule can be satisfied; per artwork the best one
(highest confidence) becomes the attribution.

Confidence = rule weight × the lowest confidence among the evidence detections: a chain of
evidence is as strong as its weakest link. An attribution at or above ``ASSERT_THRESHOLD`` is
asserted (``depictsSubject``); below it is kept as a candidate.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from pyoxigraph import NamedNode

from .model import Attribution, Relation
from .ontology import Ontology
from .rules import Rule
from .store import OxigraphStore
from .vocab import ICO

ASSERT_THRESHOLD = 0.5


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _closure(ontology: Ontology, classes: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for cls in classes:
        out |= ontology.subclasses(cls)
    return out


def compile_rule(rule: Rule, ontology: Ontology) -> str:
    """The SPARQL SELECT that finds every way ``rule`` is satisfied in the artworks bound to ?artwork."""
    ico = f"<{ICO}"
    lines = ["SELECT * WHERE {"]
    required = [o.var for o in rule.objects]
    for cond in rule.objects:
        v = cond.var
        lines.append(f"  ?{v} {ico}depictedIn> ?artwork ; a ?{v}__t ; {ico}confidence> ?{v}__c .")
        lines.append("  " + _values(f"{v}__t", _closure(ontology, cond.classes)))
    for a, b in combinations(required, 2):
        lines.append(f"  FILTER(?{a} != ?{b})")
    for rel in rule.relations:
        lines.append(f"  ?{rel.subject} {ico}{rel.predicate}> ?{rel.object} .")
    earlier: list[str] = []
    for opt in rule.options:
        v = opt.var
        distinct = [f"?{v} != ?{r}" for r in required] + [f"(!BOUND(?{e}) || ?{v} != ?{e})" for e in earlier]
        lines.append(f"  OPTIONAL {{ ?{v} {ico}depictedIn> ?artwork ; a ?{v}__t ; {ico}confidence> ?{v}__c .")
        lines.append("    " + _values(f"{v}__t", _closure(ontology, opt.classes)))
        if distinct:
            lines.append(f"    FILTER({' && '.join(distinct)})")
        lines.append("  }")
        earlier.append(v)
    if rule.options:
        count = " + ".join(f"IF(BOUND(?{o.var}), 1, 0)" for o in rule.options)
        lines.append(f"  FILTER(({count}) >= {rule.at_least})")
    if rule.absent:
        lines.append(f"  FILTER NOT EXISTS {{ ?absent {ico}depictedIn> ?artwork ; a ?absent__t . "
                     + _values("absent__t", _closure(ontology, rule.absent)) + " }")
    lines.append("}")
    return "\n".join(lines)


def _key(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _identifier(artwork_iri: str) -> str:
    return artwork_iri.rstrip("/").rsplit("/", 1)[-1]


def evaluate(store: OxigraphStore, rules: Sequence[Rule], ontology: Ontology,
             artworks: Sequence[NamedNode]) -> dict[str, list[Attribution]]:
    """The attributions of each artwork (by artwork IRI), at most one per rule."""
    out: dict[str, list[Attribution]] = {a.value: [] for a in artworks}
    if not artworks:
        return out
    restriction = "VALUES ?artwork { " + " ".join(str(a) for a in artworks) + " }"
    for rule in rules:
        sparql = compile_rule(rule, ontology).replace("SELECT * WHERE {", "SELECT * WHERE {\n  " + restriction, 1)
        best: dict[str, tuple[float, tuple[str, ...], Attribution]] = {}
        for row in store.query(sparql):
            art = row["artwork"].value
            bound = [o.var for o in rule.objects] + [o.var for o in rule.options if row[o.var] is not None]
            confs = [float(row[f"{v}__c"].value) for v in bound]
            confidence = round(rule.weight * min(confs), 6) if confs else rule.weight
            evidence = tuple(_key(row[v].value) for v in bound)
            relations = tuple(Relation(_key(row[r.subject].value), r.predicate, _key(row[r.object].value))
                              for r in rule.relations)
            # best solution first by confidence, then by evidence keys so the choice is stable
            rank = (confidence, tuple(sorted(evidence)))
            if art not in best or (rank[0] > best[art][0]
                                   or (rank[0] == best[art][0] and rank[1] < best[art][1])):
                best[art] = (confidence, rank[1], Attribution(
                    artwork=_identifier(art), rule=rule.id, notation=rule.notation,
                    wikidata=rule.wikidata, label=rule.subject_label, confidence=confidence,
                    asserted=confidence >= ASSERT_THRESHOLD, evidence=evidence, relations=relations))
        for art, (_, _, attribution) in best.items():
            out[art].append(attribution)
    return out


def attribute_scene(detections: Sequence, relations: Sequence[Relation], rules: Sequence[Rule],
                    ontology: Ontology, artwork: str = "scene") -> list[Attribution]:
    """The attributions of one hand-written or generated scene, in a throw-away in-memory store.

    The scene goes through the same writer and the same compiled queries as a real artwork.
    """
    from .graph import Iris, detection_triples, metadata_triples, scene_triples
    from .model import Artwork, DetectorInfo

    iris = Iris("urn:iconograph:test/")
    art = Artwork(identifier=artwork, title=artwork)
    info = DetectorInfo(name="scene", kind="annotations")
    store = OxigraphStore(None)
    store.replace_graphs({"urn:iconograph:test/g": [
        *metadata_triples(iris, art), *detection_triples(iris, ontology, art, info, detections),
        *scene_triples(iris, art, relations)]})
    return evaluate(store, rules, ontology, [iris.artwork(artwork)])[iris.artwork(artwork).value]
