"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (``?default`` or ``?graph=IRI``), and
by direct graph identification below it: ``/store/PATH`` is the graph ``BASE/store/PATH`` (the
URL itself, where ``--base-iri`` is the server's public address).

Reads (GET, HEAD) are open, as the same graphs are through ``/sparql``; writes need the update
token (``Authorization: Bearer TOKEN``), and without one configured they answer 403. PUT replaces a
graph and POST adds to it, each in one transaction; the body is one RDF document, or several as the
file parts of a ``multipart/form-data`` form (all merged into the graph). A POST to ``/store``
itself creates a graph, named by the server (``BASE/graph/uploads/UUID``, in the ``Location`` of
its 201). Uploads are parsed by Oxigraph, whose RDF/XML parser expands no external entity, so an
upload cannot make the server read a file or fetch a URL.
"""
from __future__ import annotations

import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from .endpoint import GRAPH_FORMATS, authorise_update, choose, cors, write
from .errors import InputError, NotFound
from .graph import Iris
from .pages import request_path

bp = Blueprint("graphstore", __name__)

UPLOAD_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
TRIPLE_FORMATS = {k: v for k, v in GRAPH_FORMATS.items() if k not in ("nquads", "trig")}


def _target(path: str | None) -> tuple[ox.NamedNode | ox.DefaultGraph, bool]:
    """The graph a request names, and whether the server has just named it: a POST to the
    store itself creates a graph, ``BASE/graph/uploads/UUID``. Below ``/store``, the URL names
    the graph (direct identification), as the pages' URLs name the resources they show."""
    if path is not None:
        if "default" in request.args or "graph" in request.args:
            raise InputError("a graph's own URL names it: ?default and ?graph= belong to /store",
                             where=request.path)
        return Iris(current_app.config["BASE_IRI"]).at(request_path("store/" + path)), False
    has_default, graph = "default" in request.args, request.args.get("graph")
    if request.method == "POST" and not has_default and graph is None:
        return ox.NamedNode(Iris(current_app.config["BASE_IRI"]).graph("uploads", uuid.uuid4().hex)), True
    if has_default == (graph is not None):
        raise InputError("name exactly one graph: ?default or ?graph=IRI (or POST to /store "
                         "alone to create a graph)", where="/store")
    return _named(graph), False


def _named(graph: str | None) -> ox.NamedNode | ox.DefaultGraph:
    if graph is None:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph)
    except ValueError as e:
        raise InputError(f"not an IRI: {graph!r}", where="graph") from e


def _exists(store: ox.Store, graph) -> bool:
    return isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph)


def _documents() -> list[tuple[bytes, ox.RdfFormat, str]]:
    """The RDF documents a PUT or POST sends: its body, or each file part of a
    ``multipart/form-data`` body (the protocol's form upload: every part is merged into the
    graph). A part says its format by its Content-Type, else (none, or one that names no RDF
    format, as browsers send ``application/octet-stream``) by its file name's extension."""
    if request.mimetype != "multipart/form-data":
        fmt = UPLOAD_TYPES.get(request.mimetype)
        if fmt is None:
            raise InputError(f"cannot read {request.mimetype or 'a body without Content-Type'}; send "
                             f"one of {', '.join(sorted(UPLOAD_TYPES))} (or multipart/form-data)",
                             where="Content-Type")
        return [(request.get_data(), fmt, "body")]
    if request.form:
        name = next(iter(request.form))
        raise InputError("a form field without a file name is not an RDF document; send each "
                         "document as a file part", where=f"form part {name!r}")
    documents = []
    for name, part in request.files.items(multi=True):
        where = f"form part {name!r}"
        fmt = UPLOAD_TYPES.get(part.mimetype)
        if fmt is None and "." in (part.filename or ""):
            fmt = ox.RdfFormat.from_extension(part.filename.rsplit(".", 1)[1].lower())
        if fmt is None:
            raise InputError(f"cannot read {part.mimetype or 'a part without Content-Type'}; send one "
                             f"of {', '.join(sorted(UPLOAD_TYPES))}", where=where)
        documents.append((part.read(), fmt, where))
    if not documents:
        raise InputError("the form holds no file part", where="body")
    return documents


def _parse(graph) -> list[ox.Triple]:
    base = graph.value if isinstance(graph, ox.NamedNode) else request.base_url
    triples: list[ox.Triple] = []
    for data, fmt, where in _documents():
        try:
            triples += [q.triple for q in ox.parse(data, format=fmt, base_iri=base)]
        except (SyntaxError, ValueError) as e:
            raise InputError(f"cannot parse the upload: {e}", where=where) from e
    return triples


def _update_text(graph, triples: list[ox.Triple], replace: bool) -> str:
    name = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    inner = body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}\n}}"
    parts = [f"CLEAR SILENT {name}"] if replace else []
    if body:
        parts.append(f"INSERT DATA {{\n{inner}\n}}")
    return " ;\n".join(parts)


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
@bp.route("/store/<path:path>", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph_store(path: str | None = None) -> Response:
    if request.method not in ("GET", "HEAD"):
        authorise_update()
    graph, created = _target(path)
    store = current_app.extensions["iconograph"].pyoxigraph_store()
    existed = not created and _exists(store, graph)
    if request.method in ("GET", "HEAD"):
        if not existed:
            raise NotFound(f"no graph {graph}", where=request.path)
        fmt = TRIPLE_FORMATS[choose(TRIPLE_FORMATS, "graph", "turtle")]
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
        response = Response(ox.serialize(triples, format=fmt), content_type=fmt.media_type)
        response.headers["Vary"] = "Accept"
        return response
    if request.method == "DELETE":
        if not existed:
            raise NotFound(f"no graph {graph}", where=request.path)
        write(_drop, store, graph)
        return Response(status=204)
    triples = _parse(graph)
    text = _update_text(graph, triples, replace=request.method == "PUT")
    write(_apply, store, graph, text)
    response = Response(status=204 if existed else 201)
    if created:
        response.headers["Location"] = graph.value
    return cors(response)


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
