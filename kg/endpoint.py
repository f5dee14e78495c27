"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

Queries arrive by GET (``?query=``), POST form or POST ``application/sparql-query``. The result
format follows the ``format`` parameter if given, else the ``Accept`` header (q-values honoured),
else JSON for SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE. A bare GET returns the service
description. The endpoint is read-only; queries that would make the server fetch other URLs
(``SERVICE``, ``LOAD``) are refused before they run.
"""
from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from .errors import Forbidden, QueryError

bp = Blueprint("endpoint", __name__)

SOLUTION_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
    "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "xml-rdf": "rdfxml", "rdf": "rdfxml",
           "json-ld": "jsonld", "nq": "nquads", "srj": "json", "srx": "xml"}

# strings, IRIs and comments are skipped when looking for forbidden keywords
_TOKENS = re.compile(r"""'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"
                         |<[^<>"{}|^`\\\s]*>|\#[^\n]*|([A-Za-z_]+)""", re.S | re.X)
FORBIDDEN = {"SERVICE": "SERVICE (federated queries) is not allowed on this endpoint",
             "LOAD": "LOAD is not allowed on this endpoint"}


def check_query(query: str) -> None:
    """Refuse queries that would make the server reach out to other URLs."""
    for match in _TOKENS.finditer(query):
        word = (match.group(1) or "").upper()
        if word in FORBIDDEN:
            raise QueryError(FORBIDDEN[word])


# media types clients also use for these formats
EXTRA_TYPES = {
    "solutions": {"application/json": "json", "application/xml": "xml", "text/xml": "xml"},
    "graph": {"application/json": "jsonld", "text/plain": "ntriples", "application/xml": "rdfxml"},
}


def _media(fmt) -> str:
    return fmt.media_type.split(";")[0].strip()


def _choose(formats: dict, kind: str, default: str):
    """The result format from ``format=`` or else the Accept header (q-values, ``*/*``)."""
    wanted = request.values.get("format", "").strip().lower()
    if wanted:
        name = ALIASES.get(wanted, wanted)
        by_type = {_media(f): n for n, f in formats.items()} | EXTRA_TYPES[kind]
        name = by_type.get(name, name)
        if name not in formats:
            raise QueryError(f"format {wanted!r} is not available for this query; "
                             f"use one of {', '.join(formats)}")
        return formats[name]
    accept = request.accept_mimetypes
    if not accept.provided:
        return formats[default]
    offered = {_media(f): n for n, f in formats.items()} | EXTRA_TYPES[kind]
    # the default goes first so that */* (and ties) choose it
    best = accept.best_match([_media(formats[default]), *offered])
    return formats[offered.get(best, default)] if best else formats[default]


def _query_text() -> str:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True)
    if request.mimetype == "application/sparql-update" or "update" in request.values:
        raise Forbidden("updates are disabled on this endpoint")
    return request.values.get("query", "")


def service_description() -> Response:
    url = request.base_url
    body = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
<{url}> a sd:Service ;
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
    <http://www.w3.org/ns/formats/SPARQL_Results_XML>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
    <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, <http://www.w3.org/ns/formats/Turtle>,
    <http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/RDF_XML>,
    <http://www.w3.org/ns/formats/JSON-LD>, <http://www.w3.org/ns/formats/N-Quads>,
    <http://www.w3.org/ns/formats/TriG> .
"""
    return Response(body, mimetype="text/turtle")


def run_query(query: str):
    """Check and run a query on the app's store; syntax errors become 400s with the parser's words."""
    check_query(query)
    store = current_app.extensions["iconograph"]
    return store.query(query, default_graph=request.values.getlist("default-graph-uri") or None,
                       named_graphs=request.values.getlist("named-graph-uri") or None)


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    query = _query_text()
    if not query.strip():
        if request.method == "GET" and "query" not in request.values:
            return service_description()
        raise QueryError("missing query: pass it as 'query' or POST it as application/sparql-query")
    result = run_query(query)
    if isinstance(result, ox.QueryTriples):
        fmt = _choose(GRAPH_FORMATS, "graph", "turtle")
    else:
        fmt = _choose(SOLUTION_FORMATS, "solutions", "json")
    response = Response(result.serialize(format=fmt), content_type=fmt.media_type)
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Vary"] = "Accept"
    return response
