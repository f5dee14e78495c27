"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (``?default`` or ``?graph=IRI``).

Every method needs the update token (``Authorization: Bearer TOKEN``); without one configured the
protocol answers 403. PUT replaces a graph and POST adds to it, each in one transaction; uploads
are parsed by Oxigraph, whose RDF/XML parser expands no external entity, so an upload cannot make
the server read a file or fetch a URL.
"""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from .endpoint import GRAPH_FORMATS, authorise_update, choose, cors, write
from .errors import InputError, NotFound

bp = Blueprint("graphstore", __name__)

UPLOAD_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
TRIPLE_FORMATS = {k: v for k, v in GRAPH_FORMATS.items() if k not in ("nquads", "trig")}


def _target() -> ox.NamedNode | ox.DefaultGraph:
    has_default, graph = "default" in request.args, request.args.get("graph")
    if has_default == (graph is not None):
        raise InputError("name exactly one graph: ?default or ?graph=IRI", where="/store")
    if has_default:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph)
    except ValueError as e:
        raise InputError(f"not an IRI: {graph!r}", where="graph") from e


def _exists(store: ox.Store, graph) -> bool:
    return isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph)


def _parse(graph) -> list[ox.Triple]:
    fmt = UPLOAD_TYPES.get(request.mimetype)
    if fmt is None:
        raise InputError(f"cannot read {request.mimetype or 'a body without Content-Type'}; send one of "
                         f"{', '.join(sorted(UPLOAD_TYPES))}", where="Content-Type")
    base = graph.value if isinstance(graph, ox.NamedNode) else request.base_url
    try:
        quads = list(ox.parse(request.get_data(), format=fmt, base_iri=base))
    except (SyntaxError, ValueError) as e:
        raise InputError(f"cannot parse the upload: {e}", where="body") from e
    return [q.triple for q in quads]


def _update_text(graph, triples: list[ox.Triple], replace: bool) -> str:
    name = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    inner = body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}\n}}"
    parts = [f"CLEAR SILENT {name}"] if replace else []
    if body:
        parts.append(f"INSERT DATA {{\n{inner}\n}}")
    return " ;\n".join(parts)


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph_store() -> Response:
    authorise_update()
    graph = _target()
    store = current_app.extensions["iconograph"].pyoxigraph_store()
    existed = _exists(store, graph)
    if request.method in ("GET", "HEAD"):
        if not existed:
            raise NotFound(f"no graph {graph}", where="/store")
        fmt = TRIPLE_FORMATS[choose(TRIPLE_FORMATS, "graph", "turtle")]
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
        response = Response(ox.serialize(triples, format=fmt), content_type=fmt.media_type)
        response.headers["Vary"] = "Accept"
        return response
    if request.method == "DELETE":
        if not existed:
            raise NotFound(f"no graph {graph}", where="/store")
        write(_drop, store, graph)
        return Response(status=204)
    triples = _parse(graph)
    text = _update_text(graph, triples, replace=request.method == "PUT")
    write(_apply, store, graph, text)
    return cors(Response(status=204 if existed else 201))


def _apply(store: ox.Store, graph, text: str) -> None:
    if text:
        store.update(text)
    if isinstance(graph, ox.NamedNode):
        store.add_graph(graph)  # an empty PUT still creates the graph
    store.flush()


def _drop(store: ox.Store, graph) -> None:
    if isinstance(graph, ox.DefaultGraph):
        store.clear_graph(graph)
    else:
        store.remove_graph(graph)
    store.flush()
