"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

Queries arrive by GET (``?query=``), POST form or POST ``application/sparql-query``. The result
format follows the ``format`` parameter if given, else the ``Accept`` header (q-values honoured),
else JSON for SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE. A bare GET returns the service
description.

Safety: queries run in worker processes cut at ``QUERY_TIMEOUT`` seconds (see ``querypool``),
results stop at ``MAX_ROWS`` rows, ``SERVICE`` and ``LOAD`` are refused before anything runs,
``FROM``/``FROM NAMED`` and the protocol's graph parameters may only name graphs the store holds,
so the server never fetches a URL. Updates need ``Authorization: Bearer UPDATE_TOKEN``.
"""
from __future__ import annotations

import functools
import hmac
import threading
from collections.abc import Iterator

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, request

from .errors import Forbidden, KGError, QueryError
from .negotiation import accepted, prefers_html
from .sparqltext import check_query, names_dataset, with_dataset
from .querypool import Answer, QueryPool, Task, evaluate
from .querypool import _formats as formats

bp = Blueprint("endpoint", __name__)


class TooLarge(KGError):
    """A request body or query over the configured size limits."""

    status = 413
    exit_code = 3


SOLUTION_FORMATS, GRAPH_FORMATS = formats()
ALIASES = {"ttl": "turtle", "nt": "ntriples", "xml-rdf": "rdfxml", "rdf": "rdfxml",
           "rdf+xml": "rdfxml", "json-ld": "jsonld", "nq": "nquads", "srj": "json", "srx": "xml",
           "n-triples": "ntriples", "n-quads": "nquads", "n3": "turtle", "text/n3": "turtle"}
#: ``format=`` names that mean another format for a graph than for solutions: SPARQLWrapper
#: sends ``format=xml`` (its default) or ``format=json`` for a CONSTRUCT too, as Fuseki and
#: Virtuoso take them.
GRAPH_ALIASES = {"xml": "rdfxml", "json": "jsonld"}
#: What a script on another origin may read of a response besides the simple headers.
EXPOSED = ("Link, ETag, Last-Modified, Location, Content-Disposition, X-Iconograph-Truncated, "
           "X-Iconograph-Max-Rows")
#: Formats of the service description.
DESCRIPTION_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld")
# media types clients also use for these formats
EXTRA_TYPES = {
    "solutions": {"application/json": "json", "application/xml": "xml", "text/xml": "xml"},
    "graph": {"application/json": "jsonld", "text/plain": "ntriples", "application/xml": "rdfxml"},
}

def check_graphs(store, graphs: list[str]) -> None:
    """Only graphs the store already holds may make up a query's dataset: nothing is fetched."""
    missing = [g for g in graphs if not _has_graph(store, g)]
    if missing:
        raise QueryError(f"graph <{missing[0]}> is not in this dataset; FROM, FROM NAMED, "
                         "default-graph-uri and named-graph-uri may only name graphs held here "
                         "(this server fetches nothing)")


def _has_graph(store, iri: str) -> bool:
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return False
    return store.contains_graph(node.value)


def _media(fmt) -> str:
    return fmt.media_type.split(";")[0].strip()


def choose(formats: dict, kind: str, default: str) -> str:
    """The result format's name from ``format=`` or else the Accept header (q-values, ``*/*``)."""
    wanted = request.values.get("format", "").strip().lower()
    if wanted:
        name = ALIASES.get(wanted, wanted)
        if kind == "graph":
            name = GRAPH_ALIASES.get(name, name)
        by_type = {_media(f): n for n, f in formats.items()} | EXTRA_TYPES[kind]
        name = by_type.get(name, name)
        if name not in formats:
            raise QueryError(f"format {wanted!r} is not available for this query; "
                             f"use one of {', '.join(formats)}")
        return name
    header = request.headers.get("Accept", "")
    return _negotiate(header, tuple(formats), kind, default) if header.strip() else default


@functools.lru_cache(maxsize=256)
def _negotiate(header: str, names: tuple[str, ...], kind: str, default: str) -> str:
    # remembered: clients send the same few Accept headers, and matching one costs more than
    # the rest of a small query's handling
    formats = {n: (GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS)[n] for n in names}
    accept = accepted(header)  # parameters dropped: text/csv;charset=utf-8 is CSV
    if not accept.provided:
        return default
    offered = {_media(f): n for n, f in formats.items()} | EXTRA_TYPES[kind]
    # the default goes first so that */* (and ties) choose it
    best = accept.best_match([_media(formats[default]), *offered])
    return offered.get(best, default) if best else default


def wants_page(names: tuple[str, ...]) -> bool:
    """Whether a route that answers RDF in the formats ``names`` should answer a page instead: no
    ``format=``, and an ``Accept`` that puts HTML above every one of them (a browser's tab)."""
    if request.values.get("format", "").strip():
        return False
    offered = [_media(GRAPH_FORMATS[n]) for n in names] + list(EXTRA_TYPES["graph"])
    return prefers_html(request.headers.get("Accept"), offered)


def _choice(formats: dict, kind: str, default: str) -> str:
    try:
        return choose(formats, kind, default)
    except QueryError as e:  # only an error if the query turns out to be of this kind
        return "!" + str(e)


# -- running queries -----------------------------------------------------------------------------
_POOL_LOCK = threading.Lock()


def query_pool(app: Flask) -> QueryPool | None:
    """The app's worker pool, started on first use; None where queries run in-process."""
    store = app.extensions["iconograph"]
    if app.config["QUERY_WORKERS"] <= 0 or getattr(store, "path", None) is None:
        return None  # an in-memory store cannot be opened by another process
    with _POOL_LOCK:
        pool = app.extensions.get("iconograph.pool")
        if pool is None:
            pool = QueryPool(store, int(app.config["QUERY_WORKERS"]))
            app.extensions["iconograph.pool"] = pool
        return pool


def execute(task: Task) -> Answer:
    """Run a checked task in a worker (cut at the timeout) or, for in-memory stores, here."""
    app = current_app._get_current_object()
    pool = query_pool(app)
    if pool is not None:
        return pool.run(task, float(app.config["QUERY_TIMEOUT"]))
    store = app.extensions["iconograph"]
    items = evaluate(store.pyoxigraph_store(), task)
    _, kind, name, first, done, truncated = next(items)

    def rest() -> Iterator[bytes]:
        yield first
        for item in items:
            if item[0] == "chunk":
                yield item[1]

    return Answer(kind, name, rest(), truncated if done else None)


def prepare(query: str, *, solutions: str = "json", graph: str = "turtle",
            default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
            cap: int | None = None) -> Task:
    """Check a query and the graphs it names, and make it a task for ``execute``."""
    config = current_app.config
    if len(query) > config["MAX_QUERY_LENGTH"]:
        raise TooLarge(f"query is {len(query)} characters long; this endpoint accepts at most "
                       f"{config['MAX_QUERY_LENGTH']}")
    graphs = check_query(query, config["BASE_IRI"]) + list(default_graph or ()) + list(named_graphs or ())
    check_graphs(current_app.extensions["iconograph"], graphs)
    # the union of the named graphs is the default graph only where the request names none
    union = bool(config["UNION_DEFAULT_GRAPH"]) and not (default_graph or named_graphs or names_dataset(query))
    return Task(query, tuple(default_graph or ()), tuple(named_graphs or ()), union, solutions, graph,
                cap if cap is not None else config["MAX_ROWS"], config["BASE_IRI"] or None)


def run_query(query: str, *, cap: int | None = None):
    """Run a user's query safely (checks, timeout, cap) and give back pyoxigraph results."""
    answer = execute(prepare(query, solutions="json", graph="ntriples", cap=cap))
    body = b"".join(answer.chunks)
    if answer.kind == "graph":
        return ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


# -- the protocol --------------------------------------------------------------------------------
def _body_text() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise QueryError(f"queries and updates must be UTF-8, not {charset}")
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as e:
        raise QueryError(f"the request body is not UTF-8: {e}") from e


def _single(name: str) -> str | None:
    values = request.values.getlist(name)
    if len(values) > 1:
        raise QueryError(f"give one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


def _query_text() -> str:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        if "query" in request.args:
            raise QueryError("give the query either in the body or as a parameter, not both")
        return _body_text()
    return _single("query") or ""


def _update_text() -> str | None:
    if request.method == "POST" and request.mimetype == "application/sparql-update":
        return _body_text()
    update = _single("update")
    if update is not None and request.method != "POST":
        raise QueryError("updates must be sent with POST")
    return update


def authorise_update() -> None:
    """Writes need ``Authorization: Bearer TOKEN`` matching the configured token; else 403."""
    token = current_app.config.get("UPDATE_TOKEN") or ""
    if not token:
        raise Forbidden("updates are disabled on this endpoint (start the server with "
                        "--update-token or ICONOGRAPH_UPDATE_TOKEN to allow them)")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Forbidden("updates need the header 'Authorization: Bearer TOKEN' with this server's token")


def write(fn, *args):
    """Run a write on the store while no worker reads, then have the workers reopen it."""
    import time

    app = current_app._get_current_object()
    app.extensions["iconograph.modified"] = time.time()  # Last-Modified of the dumps
    pool = app.extensions.get("iconograph.pool")
    if pool is None:
        try:
            return fn(*args)
        finally:  # stamped again: a listing made during the write is stale
            app.extensions["iconograph.modified"] = time.time()
    pool.lock.acquire_write()
    try:
        return fn(*args)
    finally:
        app.extensions["iconograph.modified"] = time.time()
        pool.refresh()
        pool.lock.release_write()


def _run_update(update: str) -> Response:
    authorise_update()
    base = current_app.config["BASE_IRI"]
    check_query(update, base)  # LOAD and SERVICE stay refused even with the token
    # USING graphs need not be held: an update may create them first, and nothing is fetched
    update = with_dataset(update, request.values.getlist("using-graph-uri"),
                          request.values.getlist("using-named-graph-uri"))
    # one update, one transaction; relative IRIs resolve against the server's base IRI
    write(functools.partial(current_app.extensions["iconograph"].update, base_iri=base), update)
    return cors(Response(status=204))


def cors(response: Response) -> Response:
    """Reads may be made from any web page; writes (which need a token) are not opened up."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
    response.headers["Access-Control-Max-Age"] = "86400"
    response.headers["Access-Control-Expose-Headers"] = EXPOSED
    return response


def open_reads(response: Response) -> Response:
    """Every read (GET, HEAD, a preflight), whichever route answers it, with the same CORS headers:
    set here once, so that no route (a page, an export, a dump) can forget or shorten them."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        cors(response)
    return response


def service_description() -> Response:
    """The endpoint's SPARQL 1.1 Service Description, in the RDF format the client asks for."""
    body = render_template("service.ttl", url=request.base_url,
                           update=bool(current_app.config.get("UPDATE_TOKEN")),
                           union=bool(current_app.config["UNION_DEFAULT_GRAPH"]))
    name = choose({k: GRAPH_FORMATS[k] for k in DESCRIPTION_FORMATS}, "graph", "turtle")
    fmt = GRAPH_FORMATS[name]
    if name != "turtle":
        body = ox.serialize(ox.parse(body, format=ox.RdfFormat.TURTLE, base_iri=request.base_url), format=fmt)
    response = Response(body, content_type=fmt.media_type)
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        return cors(Response(status=204))
    update = _update_text()
    query = _query_text()
    if update is not None:
        if query.strip():
            raise QueryError("give either a query or an update, not both")
        return _run_update(update)
    if not query.strip():
        if request.method in ("GET", "HEAD") and "query" not in request.values:
            if wants_page(DESCRIPTION_FORMATS):  # a person following the site's link: the form
                from .pages import query_form

                response = query_form("", endpoint=True)
                response.headers["Vary"] = "Accept"
                return cors(response)
            return cors(service_description())
        raise QueryError("missing query: pass it as 'query' or POST it as application/sparql-query")
    if request.method in ("GET", "HEAD") and request.mimetype == "application/sparql-query":
        raise QueryError("a query in the body must be sent with POST")
    task = prepare(query, solutions=_choice(SOLUTION_FORMATS, "solutions", "json"),
                   graph=_choice(GRAPH_FORMATS, "graph", "turtle"),
                   default_graph=request.values.getlist("default-graph-uri") or None,
                   named_graphs=request.values.getlist("named-graph-uri") or None)
    answer = execute(task)
    fmt = (GRAPH_FORMATS if answer.kind == "graph" else SOLUTION_FORMATS)[answer.format]
    # a result known whole goes out with its length, so that the client's connection is kept
    body = answer.chunks if answer.truncated is None else b"".join(answer.chunks)
    response = Response(body, content_type=fmt.media_type)
    response.headers["Vary"] = "Accept"
    if answer.truncated is not None:
        response.headers["X-Iconograph-Truncated"] = "true" if answer.truncated else "false"
    if task.cap is not None:  # a streamed result holding this many rows may have been cut there
        response.headers["X-Iconograph-Max-Rows"] = str(task.cap)
    return cors(response)


def request_limits() -> None:
    """Bound what a request may carry before anything is parsed (Flask reads lazily)."""
    if request.path.startswith("/store") and request.method in ("PUT", "POST"):
        request.max_content_length = current_app.config["MAX_UPLOAD_LENGTH"]
    if len(request.query_string) > current_app.config["MAX_QUERY_LENGTH"] * 3:
        raise TooLarge("the request's query string is too long; POST the query instead")


bp.before_app_request(request_limits)
bp.after_app_request(open_reads)
