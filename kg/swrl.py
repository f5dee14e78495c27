"""Rules as SWRL inside the OWL ontology, so that Protégé users can open, read and edit them.

Each rule becomes one or more ``swrl:Imp`` (RDF, as in the W3C SWRL submission):

- body: a class atom per variable (when a variable admits several classes, a named class
  ``rule#VAR_class`` equivalent to their union, which Protégé shows and Pellet reasons with), a
  ``ico:depictedIn(?v, ?artwork)`` atom per variable, the rule's spatial relations, and a
  ``differentFrom`` atom for every pair of variables (each variable binds a distinct object);
- head: ``rule#VAR(?artwork, ?VAR)`` for each variable and ``rule#A-B(?A, ?B)`` for each pair of
  variables. The head names the *solution*, not just the subject: since every condition of a rule
  is on one or two variables, a tuple of objects whose every pair is derived is exactly a way the
  rule is satisfied, so the reference engine can enumerate the solutions from what Pellet derives.

What SWRL cannot say directly is expanded faithfully or kept beside the rule:

- "at least n of {a, b, c}": one ``swrl:Imp`` per n-subset of the options (SWRL has no counting);
- "absent": a negative condition, which SWRL's open world cannot see. Its positive half is SWRL:
  ``C(?x), depictedIn(?x, ?artwork) -> rule#_absent(?artwork, ?x)`` derives that an object of
  an absent class is depicted; the engine then drops, closed world, every solution in an artwork
  for which that was derived (a rule solution counts only where ``rule#_absent`` is not derived).
- an object's "not" classes: the same, for one object. ``C(?x), depictedIn(?x, ?artwork) ->
  rule#_not_VAR(?artwork, ?x)`` derives that ``?x`` has a forbidden class, and the engine drops
  every solution that binds VAR to such an object.

The rule's own metadata (label, subject, source, weight, the options and their order) are
annotations on the rule individual (``rule:ID a ico:Rule``), so that ``parse`` gives back the
very rules that were exported.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from .errors import InputError
from .ontology import Ontology
from .rules import RELATIONS, ObjectCondition, RelationCondition, Rule
from .vocab import (DCTERMS, ICO, OWL, RDF, RDFS, RULE, SKOS, SWRL, SWRL_VAR, WD, XSD,
                    iconclass_iri, iconclass_notation, wikidata_iri)

#: Annotation properties that carry what SWRL atoms cannot (declared in every export).
WEIGHT, AT_LEAST, OPTIONS = ICO + "ruleWeight", ICO + "ruleAtLeast", ICO + "ruleOptions"


@dataclass(frozen=True)
class Atom:
    """One SWRL atom: ``kind`` is "class", "property" or "different"; args are variable names."""

    kind: str
    predicate: tuple[str, ...]  # class IRIs (a union when several), or one property IRI
    args: tuple[str, ...]
    name: str = ""  # IRI of the named union class, when predicate has several classes


def artwork_var(rule: Rule) -> str:
    """The variable that stands for the artwork (``artwork`` unless the rule uses that name)."""
    names = {o.var for o in (*rule.objects, *rule.options)}
    return "artwork" if "artwork" not in names else "artwork_"


def var_property(rule_id: str, var: str) -> str:
    """Head property ``rule#VAR(?artwork, ?VAR)``: VAR's object in a solution of the rule."""
    return f"{RULE + rule_id}#{var}"


def pair_property(rule_id: str, a: str, b: str) -> str:
    """Head property ``rule#A-B(?A, ?B)``: A's and B's objects together in a solution."""
    return f"{RULE + rule_id}#{a}-{b}"


def subsets(rule: Rule) -> list[tuple[ObjectCondition, ...]]:
    """The option subsets one SWRL rule each stands for: all n-subsets, or one empty subset."""
    return list(combinations(rule.options, rule.at_least)) if rule.options else [()]


def implications(rule: Rule) -> Iterator[tuple[list[Atom], list[Atom]]]:
    """(body, head) of each SWRL rule that ``rule`` expands to."""
    art = artwork_var(rule)
    for chosen in subsets(rule):
        conds = (*rule.objects, *chosen)
        names = [c.var for c in conds]
        body = [Atom("class", c.classes, (c.var,), union_class(rule.id, c.var)) for c in conds]
        body += [Atom("property", (ICO + "depictedIn",), (v, art)) for v in names]
        body += [Atom("property", (ICO + r.predicate,), (r.subject, r.object)) for r in rule.relations]
        body += [Atom("different", (), pair) for pair in combinations(names, 2)]
        head = [Atom("property", (var_property(rule.id, v),), (art, v)) for v in names]
        head += [Atom("property", (pair_property(rule.id, a, b),), (a, b))
                 for a, b in combinations(names, 2)]
        yield body, head


def union_class(rule_id: str, var: str) -> str:
    """The named class ``rule#VAR_class``, equivalent to the union of the classes VAR admits."""
    return f"{RULE + rule_id}#{var}_class"


def absent_property(rule_id: str) -> str:
    """Head property ``rule#_absent(?artwork, ?x)``: an object of an absent class is depicted."""
    return f"{RULE + rule_id}#_absent"


def excluded_property(rule_id: str, var: str) -> str:
    """Head property ``rule#_not_VAR(?artwork, ?x)``: ``?x`` has a class VAR's object must not have."""
    return f"{RULE + rule_id}#_not_{var}"


def _negative(rule: Rule, classes: tuple[str, ...], name: str, head: str) -> tuple[list[Atom], list[Atom]]:
    art = artwork_var(rule)
    return ([Atom("class", classes, ("x",), union_class(rule.id, name)),
             Atom("property", (ICO + "depictedIn",), ("x", art))],
            [Atom("property", (head,), (art, "x"))])


def negations(rule: Rule) -> list[tuple[str, tuple[list[Atom], list[Atom]]]]:
    """(label, (body, head)) of the SWRL rules deriving the positive halves of the rule's negative
    conditions: "absent" (``rule#_absent``) and each object's "not" (``rule#_not_VAR``)."""
    out = [("absent", _negative(rule, rule.absent, "_absent", absent_property(rule.id)))] \
        if rule.absent else []
    return out + [(f"not-{c.var}",
                   _negative(rule, c.excluded, f"_not_{c.var}", excluded_property(rule.id, c.var)))
                  for c in rule.objects if c.excluded]


def imp_count(rule: Rule) -> int:
    """How many ``swrl:Imp`` the rule becomes."""
    return len(subsets(rule)) + len(negations(rule))


def head_properties(rules: Sequence[Rule]) -> set[str]:
    """Every head property the rules' SWRL derives."""
    imps = [imp for r in rules for imp in (*implications(r), *(n for _, n in negations(r)))]
    return {a.predicate[0] for _, head in imps for a in head}


def to_graph(rules: Sequence[Rule], ontology: Ontology, *, with_ontology: bool = False):
    """An rdflib graph of the rules as SWRL (with the ontology's own triples if asked)."""
    import rdflib
    from rdflib import BNode, Literal, URIRef

    g = rdflib.Graph()
    if with_ontology:
        g.parse(ontology.path, format="turtle")
    for prefix, ns in (("ico", ICO), ("rule", RULE), ("swrl", SWRL), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("var", SWRL_VAR)):
        g.bind(prefix, str(ns))
    u = URIRef
    for prop in (WEIGHT, AT_LEAST, OPTIONS):
        g.add((u(prop), u(RDF + "type"), u(OWL + "AnnotationProperty")))
    for prop in sorted(head_properties(rules)):
        g.add((u(prop), u(RDF + "type"), u(OWL + "ObjectProperty")))
        g.add((u(prop), u(RDFS + "label"), Literal(prop.rsplit("/", 1)[-1])))

    def atom_list(atoms: list[Atom]) -> BNode:
        head = node = BNode()
        for i, atom in enumerate(atoms):
            g.add((node, u(RDF + "type"), u(SWRL + "AtomList")))
            g.add((node, u(RDF + "first"), _atom(g, atom)))
            rest = BNode() if i + 1 < len(atoms) else u(RDF + "nil")
            g.add((node, u(RDF + "rest"), rest))
            node = rest
        return head

    for rule in rules:
        node = u(RULE + rule.id)
        concept = u(iconclass_iri(rule.notation))
        g.add((node, u(RDF + "type"), u(ICO + "Rule")))
        g.add((node, u(RDF + "type"), u(OWL + "NamedIndividual")))
        g.add((node, u(RDFS + "label"), Literal(rule.label, lang="en")))
        if rule.source:
            g.add((node, u(DCTERMS + "source"), Literal(rule.source)))
        g.add((node, u(ICO + "ruleSubject"), concept))
        g.add((concept, u(SKOS + "notation"), Literal(rule.notation)))
        g.add((concept, u(SKOS + "prefLabel"), Literal(rule.subject_label, lang="en")))
        if rule.wikidata:
            g.add((concept, u(SKOS + "exactMatch"), u(wikidata_iri(rule.wikidata))))
        g.add((node, u(WEIGHT), Literal(repr(rule.weight), datatype=u(XSD + "double"))))
        if rule.options:
            g.add((node, u(AT_LEAST), Literal(rule.at_least)))
            g.add((node, u(OPTIONS), Literal(" ".join(o.var for o in rule.options))))
        numbered = [(str(i), imp) for i, imp in enumerate(implications(rule), 1)]
        for i, (body, head) in numbered + negations(rule):
            imp = u(f"{RULE + rule.id}/swrl/{i}")
            g.add((imp, u(RDF + "type"), u(SWRL + "Imp")))
            g.add((imp, u(RDFS + "isDefinedBy"), node))
            g.add((imp, u(RDFS + "label"), Literal(f"{rule.id} ({i})")))
            g.add((imp, u(SWRL + "body"), atom_list(body)))
            g.add((imp, u(SWRL + "head"), atom_list(head)))
    return g


def _atom(g, atom: Atom):
    from rdflib import BNode, URIRef
    from rdflib.collection import Collection

    u = URIRef
    node = BNode()
    args = [u(SWRL_VAR + a) for a in atom.args]
    for a in args:
        g.add((a, u(RDF + "type"), u(SWRL + "Variable")))
    if atom.kind == "class":
        if len(atom.predicate) == 1:
            cls = u(atom.predicate[0])
        else:
            # A named class equivalent to the union. Pellet fires no SWRL rule on an anonymous
            # class expression, nor on a named one whose members it must find by reasoning about
            # the union; the member ⊑ union axioms (entailed anyway) make it fire.
            cls, union, members = u(atom.name), BNode(), BNode()
            g.add((cls, u(RDF + "type"), u(OWL + "Class")))
            g.add((cls, u(OWL + "equivalentClass"), union))
            for c in atom.predicate:
                g.add((u(c), u(RDFS + "subClassOf"), cls))
            g.add((union, u(RDF + "type"), u(OWL + "Class")))
            g.add((union, u(OWL + "unionOf"), members))
            Collection(g, members, [u(c) for c in atom.predicate])
        g.add((node, u(RDF + "type"), u(SWRL + "ClassAtom")))
        g.add((node, u(SWRL + "classPredicate"), cls))
        g.add((node, u(SWRL + "argument1"), args[0]))
    elif atom.kind == "property":
        g.add((node, u(RDF + "type"), u(SWRL + "IndividualPropertyAtom")))
        g.add((node, u(SWRL + "propertyPredicate"), u(atom.predicate[0])))
        g.add((node, u(SWRL + "argument1"), args[0]))
        g.add((node, u(SWRL + "argument2"), args[1]))
    else:
        g.add((node, u(RDF + "type"), u(SWRL + "DifferentIndividualsAtom")))
        g.add((node, u(SWRL + "argument1"), args[0]))
        g.add((node, u(SWRL + "argument2"), args[1]))
    return node


def export(rules: Sequence[Rule], ontology: Ontology, path: Path) -> int:
    """Write the ontology with the rules as SWRL to ``path`` (RDF/XML); returns the SWRL rule count."""
    g = to_graph(rules, ontology, with_ontology=True)
    Path(path).write_bytes(g.serialize(format="xml", encoding="utf-8"))
    return sum(imp_count(r) for r in rules)


# -- reading SWRL back ---------------------------------------------------------------------------

def _list(g, node) -> list:
    from rdflib import URIRef
    from rdflib.collection import Collection

    return list(Collection(g, node)) if node != URIRef(RDF + "nil") else []


def _read_atom(g, node, where: str) -> Atom:
    from rdflib import URIRef

    u = URIRef
    kind = g.value(node, u(RDF + "type"))
    args = tuple(str(g.value(node, u(SWRL + f"argument{i}")))[len(SWRL_VAR):]
                 for i in (1, 2) if g.value(node, u(SWRL + f"argument{i}")) is not None)
    if kind == u(SWRL + "ClassAtom"):
        cls = g.value(node, u(SWRL + "classPredicate"))
        union = g.value(cls, u(OWL + "equivalentClass")) if RULE.contains(str(cls)) else None
        if union is None:
            return Atom("class", (str(cls),), args)
        members = g.value(union, u(OWL + "unionOf"))
        if members is None:
            raise InputError("a class atom must name a class or a union of classes", where=where)
        return Atom("class", tuple(str(c) for c in _list(g, members)), args)
    if kind == u(SWRL + "IndividualPropertyAtom"):
        return Atom("property", (str(g.value(node, u(SWRL + "propertyPredicate"))),), args)
    if kind == u(SWRL + "DifferentIndividualsAtom"):
        return Atom("different", (), args)
    raise InputError(f"unsupported SWRL atom type {kind}", where=where)


def parse(path: Path, ontology: Ontology) -> list[Rule]:
    """The rules of an exported OWL file, read back from its SWRL and the rules' annotations."""
    import rdflib
    from rdflib import URIRef

    u = URIRef
    g = rdflib.Graph()
    try:
        g.parse(path, format="xml")
    except Exception as e:  # rdflib raises several unrelated types for bad RDF/XML
        raise InputError(f"cannot parse RDF/XML: {e}", where=str(path)) from e
    imps: dict[str, list] = {}
    for imp in g.subjects(u(RDF + "type"), u(SWRL + "Imp")):
        rule_node = g.value(imp, u(RDFS + "isDefinedBy"))
        if rule_node is None or not RULE.contains(str(rule_node)):
            raise InputError(f"SWRL rule {imp} is not linked to a rule (rdfs:isDefinedBy)", where=str(path))
        imps.setdefault(str(rule_node), []).append(imp)
    # RDF keeps no order between rules: they come back sorted by id
    return [_read_rule(g, iri, sorted(imps[iri], key=str), ontology, str(path)) for iri in sorted(imps)]


def _read_rule(g, rule_iri: str, imps: list, ontology: Ontology, file: str) -> Rule:
    from rdflib import URIRef

    u = URIRef
    node = u(rule_iri)
    where = f"{file}: rule {rule_iri}"
    concept = g.value(node, u(ICO + "ruleSubject"))
    if concept is None:
        raise InputError("rule has no ico:ruleSubject", where=where)
    notation = g.value(concept, u(SKOS + "notation"))
    if notation is None:
        notation = iconclass_notation(str(concept))
    wikidata = next((str(m)[len(WD):] for m in g.objects(concept, u(SKOS + "exactMatch"))
                     if WD.contains(str(m))), "")
    option_names = str(g.value(node, u(OPTIONS)) or "").split()
    rule_id = rule_iri[len(RULE):]
    bodies, absent, excluded = [], (), {}
    for imp in imps:
        body = [_read_atom(g, a, where) for a in _list(g, g.value(imp, u(SWRL + "body")))]
        head = [_read_atom(g, a, where) for a in _list(g, g.value(imp, u(SWRL + "head")))]
        said = {a.predicate[0] for a in head if a.kind == "property"}
        negated = next((a.predicate for a in body if a.kind == "class"), ())
        if absent_property(rule_id) in said:
            absent = negated
        elif negative := [p for p in said if p.startswith(excluded_property(rule_id, ""))]:
            excluded[negative[0][len(excluded_property(rule_id, "")):]] = negated
        else:
            bodies.append(body)
    if not bodies:
        raise InputError("rule has no SWRL rule besides its negative checks", where=where)
    classes: dict[str, tuple[str, ...]] = {}
    order: list[str] = []
    for body in bodies:
        for atom in body:
            if atom.kind == "class" and atom.args[0] not in classes:
                classes[atom.args[0]] = atom.predicate
                order.append(atom.args[0])
    for name in option_names:
        if name not in classes:
            raise InputError(f"option {name!r} appears in no SWRL rule", where=where)
    required = [v for v in order if v not in option_names]
    if stray := set(excluded) - set(required):
        raise InputError(f"a 'not' condition names {', '.join(sorted(stray))}, not among the rule's objects",
                         where=where)
    relations = []
    for atom in bodies[0]:
        if atom.kind == "property" and atom.predicate[0] != ICO + "depictedIn":
            name = atom.predicate[0][len(ICO):] if ICO.contains(atom.predicate[0]) else ""
            if name not in RELATIONS:
                raise InputError(f"unknown relation {atom.predicate[0]}; known: {', '.join(RELATIONS)}",
                                 where=where)
            relations.append(RelationCondition(atom.args[0], name, atom.args[1]))
    at_least = int(g.value(node, u(AT_LEAST)) or 0)
    for cls in (*(c for cs in (*classes.values(), *excluded.values()) for c in cs), *absent):
        if not ontology.has_class(cls):
            raise InputError(f"unknown class {cls}", where=where)
    weight = g.value(node, u(WEIGHT))
    try:
        weight = float(weight) if weight is not None else 1.0
    except ValueError:
        raise InputError(f"ico:ruleWeight {str(weight)!r} is not a number", where=where) from None
    if not 0 < weight <= 1:
        raise InputError(f"ico:ruleWeight {weight} must be in (0, 1]", where=where)
    return Rule(
        id=rule_iri[len(RULE):], label=str(g.value(node, u(RDFS + "label")) or rule_iri[len(RULE):]),
        notation=str(notation), wikidata=wikidata,
        subject_label=str(g.value(concept, u(SKOS + "prefLabel")) or ""),
        source=str(g.value(node, u(DCTERMS + "source")) or ""),
        objects=tuple(ObjectCondition(v, classes[v], excluded.get(v, ())) for v in required),
        relations=tuple(relations), at_least=at_least,
        options=tuple(ObjectCondition(v, classes[v]) for v in option_names),
        absent=absent,
        weight=weight, file=file, line=0,
    )
