"""Checking what the pipeline wrote against the SHACL shapes in ``ontologies/shapes.ttl``."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import MissingDependency
from .resources import resource_dir
from .store import OxigraphStore


def shapes_path() -> Path:
    return resource_dir("ontologies") / "shapes.ttl"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str


def validate(store: OxigraphStore, shapes: Path | None = None) -> Report:
    """Validate the union of the store's graphs (without the ontology graph) with pySHACL."""
    try:
        import pyshacl
        import rdflib
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise MissingDependency("validation needs pyshacl: pip install pyshacl") from e
    data = rdflib.Graph()
    nquads = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").serialize(format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=nquads.decode(), format="nt")
    shape_graph = rdflib.Graph().parse(shapes or shapes_path(), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shape_graph, inference="none",
                                               advanced=True, allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(list(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return Report(bool(conforms), violations, text)
