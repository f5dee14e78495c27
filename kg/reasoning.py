"""The fast reasoning engine: rules compiled to SPARQL and run inside the store.

Each rule becomes one SELECT over the detection and scene layers; the class hierarchy is closed
at compile time (a condition on ``Person`` lists Person and all its subclasses) and a relation
matches its inverse, symmetric and sub-properties as the ontology declares them, so the store
needs no inference. Every solution is a way the rule can be satisfied (for "at least n of"
options: the objects plus exactly n options); per artwork the best one (highest confidence, ties
by evidence keys) becomes the attribution. The reference engine (``kg/owl_engine.py``, OWL +
SWRL under Pellet) derives the same solutions; tests/test_engines.py holds the two to it.

Confidence = rule weight × the lowest confidence among the evidence detections: a chain of
evidence is as strong as its weakest link. An attribution at or above ``ASSERT_THRESHOLD`` is
asserted (``depictsSubject``); below it is kept as a candidate.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from pyoxigraph import NamedNode, QueryResultsFormat, RdfFormat

from .graph import last_segment
from .model import Attribution, Relation
from .ontology import Ontology
from .rules import Rule
from .store import OxigraphStore
from .vocab import ICO, OWL, RDF, RDFS

#: Measured on the three held-out scene sets (README, "For ontologists"): from 0.5, 15 more
#: subjects found for 2 false ones, and 0.45 chosen on the first two was confirmed on the third,
#: written blind; lower, false subjects come nearly as fast as right ones.
ASSERT_THRESHOLD = 0.45
def assert_at(found: dict[str, list[Attribution]], threshold: float) -> dict[str, list[Attribution]]:
    """``found`` with each attribution asserted or not by ``threshold`` (a run's own, where it
    sets one: ``kg reason --assert-threshold``) instead of ``ASSERT_THRESHOLD``."""
    if threshold == ASSERT_THRESHOLD:
        return found
    return {art: [replace(a, asserted=a.confidence >= threshold) for a in atts]
            for art, atts in found.items()}


#: Artworks per partition: bounded work and memory per query, whatever the size of the store.
CHUNK = 1000


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _closure(ontology: Ontology, classes: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for cls in classes:
        out |= ontology.subclasses(cls)
    return out


@functools.cache
def _property_axioms(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]], frozenset[str]]:
    """Sub-properties, inverses and symmetric properties declared in the ontology file."""
    import pyoxigraph as ox

    subs: dict[str, set[str]] = {}
    inverses: dict[str, set[str]] = {}
    symmetric: set[str] = set()
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if not isinstance(t.subject, ox.NamedNode) or not isinstance(t.object, ox.NamedNode):
            continue
        s, p, o = t.subject.value, t.predicate.value, t.object.value
        if p == RDFS + "subPropertyOf":
            subs.setdefault(o, set()).add(s)
        elif p == OWL + "inverseOf":
            inverses.setdefault(s, set()).add(o)
            inverses.setdefault(o, set()).add(s)
        elif p == RDF + "type" and o == OWL + "SymmetricProperty":
            symmetric.add(s)
    return subs, inverses, frozenset(symmetric)


def relation_path(predicate: str, ontology: Ontology) -> str:
    """A SPARQL property path for ``predicate`` that honours the ontology's property axioms.

    ``a above b`` also holds when the store says ``b below a`` (owl:inverseOf), ``a near b`` when
    it says ``b near a`` (owl:SymmetricProperty), and any sub-property implies its super-property:
    what the reference engine (OWL) derives, the fast engine must see too.
    """
    steps = [f"{'^' if inverse else ''}<{prop}>" for prop, inverse in sorted(_steps(predicate, ontology))]
    return steps[0] if len(steps) == 1 else "(" + "|".join(steps) + ")"


def _steps(predicate: str, ontology: Ontology) -> set[tuple[str, bool]]:
    """The properties (each with whether it is read backwards) that say ``predicate``."""
    subs, inverses, symmetric = _property_axioms(Path(ontology.path))
    seen: set[tuple[str, bool]] = set()
    todo = [(ICO + predicate, False)]
    while todo:
        prop, inverse = todo.pop()
        if (prop, inverse) in seen:
            continue
        seen.add((prop, inverse))
        todo += [(s, inverse) for s in subs.get(prop, ())]
        todo += [(i, not inverse) for i in inverses.get(prop, ())]
        if prop in symmetric:
            todo.append((prop, not inverse))
    return seen


def partition_predicates(rules: Sequence[Rule], ontology: Ontology) -> list[str]:
    """Every predicate a compiled rule can match: the objects' classes, artwork and confidence,
    and the properties that say the rules' relations (sub-properties and inverses included)."""
    props = {prop for rule in rules for r in rule.relations for prop, _ in _steps(r.predicate, ontology)}
    return [RDF + "type", ICO + "depictedIn", ICO + "confidence", *sorted(props)]


#: Every depicted object is one (``ico:depictedIn`` implies it); partitions leave the type out.
DEPICTED_OBJECT = ICO + "DepictedObject"


def _object_pattern(var: str, classes: set[str]) -> str:
    if DEPICTED_OBJECT in classes:  # any object of the artwork
        return f"?{var} <{ICO}depictedIn> ?artwork ; <{ICO}confidence> ?{var}__c ."
    return (f"?{var} <{ICO}depictedIn> ?artwork ; a ?{var}__t ; <{ICO}confidence> ?{var}__c . "
            + _values(f"{var}__t", classes))


def _absent_pattern(classes: set[str]) -> str:
    # "__" keeps these variables apart from the rule's own (letters and digits only)
    if DEPICTED_OBJECT in classes:
        return f"?absent__o <{ICO}depictedIn> ?artwork ."
    return f"?absent__o <{ICO}depictedIn> ?artwork ; a ?absent__t . " + _values("absent__t", classes)


def _excluded_pattern(var: str, classes: set[str]) -> str:
    """``?var`` has one of ``classes`` (an object's ``not``)."""
    if DEPICTED_OBJECT in classes:  # every object has it, though partitions leave it out
        return f"?{var} <{ICO}depictedIn> ?{var}__x ."
    return f"?{var} a ?{var}__x . " + _values(f"{var}__x", classes)


def _slots(rule: Rule) -> list[str]:
    """The variables of the options a solution binds, ``at_least`` of them ("__" keeps them
    apart from the rule's own variables, letters and digits only)."""
    return [f"option__{i}" for i in range(rule.at_least)] if rule.options else []


def _slot_pattern(slot: str, rule: Rule, ontology: Ontology) -> str:
    """``?slot`` bound to an object of one of the options' classes, ``?slot__k`` to that option's index."""
    typed, untyped = [], []
    for k, option in enumerate(rule.options):
        classes = _closure(ontology, option.classes)
        if DEPICTED_OBJECT in classes:
            untyped.append(k)
        else:
            typed += [f"(<{cls}> {k})" for cls in sorted(classes)]
    table = f"VALUES (?{slot}__t ?{slot}__k) {{ {' '.join(typed)} }}"
    if not untyped:
        return f"?{slot} <{ICO}depictedIn> ?artwork ; a ?{slot}__t ; <{ICO}confidence> ?{slot}__c . {table}"
    anything = f"VALUES ?{slot}__k {{ {' '.join(map(str, untyped))} }}"  # options any object meets
    return (f"?{slot} <{ICO}depictedIn> ?artwork ; <{ICO}confidence> ?{slot}__c . "
            + (f"{{ ?{slot} a ?{slot}__t . {table} }} UNION {{ {anything} }}" if typed else anything))


@functools.lru_cache(maxsize=4096)  # compiling the bundled rules takes ~8 ms: once, not per chunk
def compile_rule(rule: Rule, ontology: Ontology) -> str:
    """The SPARQL SELECT that finds every way ``rule`` is satisfied, in every artwork of the store.

    A solution binds every object variable to a distinct object; with "at least n of" options it
    also binds exactly n of the options, as the SWRL expansion has one SWRL rule per n-subset, so
    that a weak extra attribute never lowers the best confidence. Here the n-subsets are n slots
    (``_slots``), each bound to a distinct object and to the index of an option whose classes it
    has, the indexes increasing: one conjunctive query, where a UNION of the subsets joined the
    rule's objects again in every branch (1.6× slower on the bundled rules). An object's ``not``
    and the rule's ``absent`` are closed-world negations: MINUS the objects of those classes.
    """
    conds = [c.var for c in rule.objects] + _slots(rule)
    lines = [_object_pattern(c.var, _closure(ontology, c.classes)) for c in rule.objects]
    lines += [_slot_pattern(slot, rule, ontology) for slot in _slots(rule)]
    lines += [f"FILTER(?{a} != ?{b})" for a, b in combinations(conds, 2)]
    lines += [f"FILTER(?{a}__k < ?{b}__k)" for a, b in zip(_slots(rule), _slots(rule)[1:])]
    lines += [f"?{r.subject} {relation_path(r.predicate, ontology)} ?{r.object} ." for r in rule.relations]
    # MINUS, not FILTER NOT EXISTS: the same here, as both sides share one variable only (the
    # artwork, or the object), but Oxigraph then reads the forbidden objects once per query
    # instead of once per solution (a cost that grew with the square of the partition).
    lines += ["MINUS { " + _excluded_pattern(c.var, _closure(ontology, c.excluded)) + " }"
              for c in rule.objects if c.excluded]
    if rule.absent:
        lines.append("MINUS { " + _absent_pattern(_closure(ontology, rule.absent)) + " }")
    return "SELECT * WHERE {\n  " + "\n  ".join(lines) + "\n}"


Rank = tuple[float, tuple[str, ...], tuple[str, ...]]


def solution(rule: Rule, artwork_iri: str, bound: Sequence[tuple[str, str, float]]
             ) -> tuple[Rank, Attribution]:
    """The attribution one solution gives, and its rank (lower is better).

    ``bound`` lists (variable, object IRI, confidence) in evidence order: the rule's objects,
    then the options the solution binds. The best solution has the highest confidence; ties go
    to the smallest sorted evidence keys, then to the smallest evidence in order, so that the
    choice never depends on the order solutions are found in (both engines use this).
    """
    confidence = round(rule.weight * min(c for _, _, c in bound), 6) if bound else rule.weight
    objects = {var: iri for var, iri, _ in bound}
    evidence = tuple(last_segment(iri) for _, iri, _ in bound)
    relations = tuple(Relation(last_segment(objects[r.subject]), r.predicate,
                               last_segment(objects[r.object]))
                      for r in rule.relations)
    att = Attribution(artwork=last_segment(artwork_iri), rule=rule.id, notation=rule.notation,
                      wikidata=rule.wikidata, label=rule.subject_label, confidence=confidence,
                      asserted=confidence >= ASSERT_THRESHOLD, evidence=evidence, relations=relations)
    return (-confidence, tuple(sorted(evidence)), evidence), att


def _partition(store: OxigraphStore, artworks: Sequence[NamedNode], predicates: Sequence[str]
               ) -> OxigraphStore:
    """A small in-memory store holding what the rules can match about the objects of ``artworks``:
    their triples of ``predicates`` (``partition_predicates``). The spatial relations no rule
    names (most of a scene: every pair of objects is left or right, above or below, near…) stay
    behind: fewer terms to read and decode, the cost that grows with the store.

    The triples go from store to store as text, inside Oxigraph: no Python object per triple,
    and no second validation of IRIs the store already holds (``lenient``). The query is a
    SELECT whose tab-separated rows, each closed by " .", are Turtle triples (TSV writes terms
    in Turtle syntax): 30–40 % less copying time than the same triples by CONSTRUCT (identical
    partitions; measured on 1,000 artworks of stores of 1k to 1M, README).
    """
    from . import queries

    # the predicates as a filter on each object's triples: bound by VALUES, Oxigraph would read
    # every triple of each predicate in the store first (36× slower at 10k artworks)
    query = queries.text("reasoning-partition").replace(
        "WHERE {", "WHERE {\n  VALUES ?artwork { " + " ".join(str(a) for a in artworks) + " }", 1
    ).replace("FILTER(", "FILTER(?predicate IN (" + ", ".join(f"<{p}>" for p in predicates) + ") && ", 1)
    rows = store.query(query).serialize(format=QueryResultsFormat.TSV)
    triples = rows[rows.index(b"\n") + 1:].replace(b"\n", b" .\n")  # less the header line
    part = OxigraphStore(None)
    part.pyoxigraph_store().load(triples, format=RdfFormat.TURTLE, lenient=True)
    return part


def _best(rule: Rule, part: OxigraphStore, sparql: str) -> dict[str, Attribution]:
    """Per artwork of the partition, the attribution of the best solution of ``rule``."""
    variables = [o.var for o in rule.objects] + _slots(rule)
    best: dict[str, tuple[Rank, Attribution]] = {}
    for row in part.query(sparql):
        art = row["artwork"].value
        bound = [(v, row[v].value, float(row[f"{v}__c"].value)) for v in variables if row[v] is not None]
        ranked = solution(rule, art, bound)
        if art not in best or ranked[0] < best[art][0]:
            best[art] = ranked
    return {art: attribution for art, (_, attribution) in best.items()}


def evaluate(store: OxigraphStore, rules: Sequence[Rule], ontology: Ontology,
             artworks: Sequence[NamedNode], *, chunk: int = CHUNK,
             threads: int | None = None) -> dict[str, list[Attribution]]:
    """The attributions of each artwork (by artwork IRI), at most one per rule.

    Every rule is local to one artwork, so artworks are reasoned in partitions of ``chunk``: the
    partition's triples are copied into a small in-memory store and the compiled rules run
    there, one query per rule and partition. The store's query planner then never joins across
    the whole collection, and memory holds one partition per thread. A partition of ``CHUNK``
    artworks spreads each query's parsing and planning (about a third of a millisecond) over
    many artworks. Partitions run in ``threads`` threads (default: one per core; Oxigraph
    releases the GIL while it reads and evaluates); the result does not depend on how many.
    """
    from concurrent.futures import ThreadPoolExecutor

    from .config import cores

    compiled = [(rule, compile_rule(rule, ontology)) for rule in rules]
    predicates = partition_predicates(rules, ontology)

    def reason(start: int) -> list[dict[str, Attribution]]:
        part = _partition(store, artworks[start:start + chunk], predicates)
        return [_best(rule, part, sparql) for rule, sparql in compiled]

    starts = range(0, len(artworks), chunk)
    out: dict[str, list[Attribution]] = {a.value: [] for a in artworks}
    workers = max(1, min(threads or cores(), len(starts)))
    with ThreadPoolExecutor(workers) as pool:
        for per_rule in pool.map(reason, starts):
            for found in per_rule:  # rule order, as a single thread gives it
                for art, attribution in found.items():
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
