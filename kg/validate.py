"""Checking what the pipeline wrote against the SHACL shapes in ``ontologies/shapes.ttl``."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import queries
from .errors import MissingDependency
from .resources import resource_dir
from .store import OxigraphStore
from .vocab import SH


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
    nquads = store.query(queries.text("all-triples")).serialize(format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=nquads.decode(), format="nt")
    shape_graph = rdflib.Graph().parse(shapes or shapes_path(), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shape_graph, inference="none",
                                               advanced=True, allow_warnings=True)
    violations = len(list(results.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "ValidationResult"))))
    return Report(bool(conforms), violations, text)
