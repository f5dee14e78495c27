"""Running W3C SPARQL 1.1 test cases against any SPARQL server over HTTP, the same way for each.

A :class:`Target` names a server's query, update and graph store URLs. ``run(target, case)``
loads the case's data through the standard protocols (``DROP ALL``, then one Graph Store ``PUT``
per graph, parsed here with the data file's own IRI as base), sends the case's query, update or
requests, and raises AssertionError when the answer differs from the expected one.

Typed literals are compared by value, since Oxigraph normalises them on storage
(``"01"^^xsd:integer`` is stored as ``"1"``); solutions are compared as multisets with blank
nodes matched by a consistent renaming; datasets are compared by isomorphism across all graphs.
"""
from __future__ import annotations

import csv
import io
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import quote, unquote_plus, urlsplit

import pyoxigraph as ox
import rdflib
import requests
from rdflib.compare import isomorphic

from w3c_suite import Case

XSD = "http://www.w3.org/2001/XMLSchema#"
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger",
                             "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
                             "unsignedByte")}
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
FETCHING = re.compile(r"(?<![?$:\w])(LOAD|SERVICE)(?![\w:])", re.I)  # they make a server fetch a URL
RDF_MEDIA = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld", "text/plain": "nt"}


@dataclass
class Target:
    """A SPARQL server: where its query, update and (indirect) graph store services answer."""

    name: str
    query: str
    update: str
    store: str
    headers: dict[str, str] = field(default_factory=dict)  # sent with every request (a token)
    session: requests.Session = field(default_factory=requests.Session)

    def send(self, method: str, url: str, body: bytes | None = None,
             headers: dict | None = None) -> requests.Response:
        return self.session.request(method, url, data=body, timeout=60,
                                    headers={**self.headers, **(headers or {})})

    def post(self, url: str, text: str, media: str, accept: str | None = None) -> requests.Response:
        refuse_fetching(text)
        headers = {"Content-Type": f"{media}; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        return self.send("POST", url, text.encode(), headers)


def run(target: Target, case: Case) -> None:
    """Run one case; AssertionError (or a requests error) when the server fails it."""
    RUNNERS[case.kind](target, case)


def refuse_fetching(text: str) -> None:
    """Never send LOAD or SERVICE: the server would reach for other hosts (tests stay on 127.0.0.1)."""
    if m := FETCHING.search(text):
        raise RuntimeError(f"refusing to send {m.group(1).upper()}: the server would fetch a URL; "
                           "exclude this case instead")


def _status(r: requests.Response, accepted) -> None:
    code = str(r.status_code)
    assert code in accepted or f"{code[0]}xx" in accepted, \
        f"{r.request.method} {r.url}: {code}, expected {'/'.join(accepted)}: {r.text[:300]}"


def _with_base(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text if re.search(r"^\s*BASE\s*<", text, re.I | re.M) else f"BASE <{path.as_uri()}>\n{text}"


# -- loading -------------------------------------------------------------------------------------
def _rdf_format(path: Path) -> ox.RdfFormat:
    return {".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}.get(path.suffix, ox.RdfFormat.TURTLE)


def _triples(paths) -> list[ox.Triple]:
    return [q.triple for p in paths
            for q in ox.parse(path=str(p), format=_rdf_format(p), base_iri=p.as_uri())]


def load(target: Target, data, graphs) -> None:
    """Empty the server, then PUT the default graph and each named graph (Graph Store Protocol)."""
    _status(target.post(target.update, "DROP ALL", "application/sparql-update"), ("2xx",))
    named: dict[str, list[Path]] = {}
    for path, name in graphs:
        named.setdefault(name, []).append(path)
    puts = ([("default", "", list(data))] if data else []) + [("graph", n, p) for n, p in named.items()]
    for key, name, paths in puts:
        body = ox.serialize(_triples(paths), format=ox.RdfFormat.N_TRIPLES) or b""
        url = f"{target.store}?{key}" + (f"={quote(name, safe='')}" if name else "")
        _status(target.send("PUT", url, body, {"Content-Type": "application/n-triples"}), ("2xx",))


# -- comparing by value --------------------------------------------------------------------------
def _norm(term):
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in NUMERIC:
            try:
                return ("num", Decimal(term.value.strip()).normalize(), dt in (XSD + "double", XSD + "float"))
            except InvalidOperation:
                return ("lit", term.value, dt)
        if dt == XSD + "boolean":
            return ("bool", term.value.strip() in ("true", "1"))
        return ("lit", term.value, term.language or dt)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    return ("iri", getattr(term, "value", str(term)))


def _rows(solutions) -> list[dict]:
    names = [v.value for v in solutions.variables]
    return [{n: _norm(s[n]) for n in names if s[n] is not None} for s in solutions]


def _match(expected: list[dict], actual: list[dict]) -> bool:
    """Multiset equality, blank nodes renamed consistently (greedy, backtracking per row)."""
    if len(expected) != len(actual):
        return False

    def same(e: dict, a: dict, mapping: dict) -> dict | None:
        if e.keys() != a.keys():
            return None
        m = dict(mapping)
        for k, ev in e.items():
            av = a[k]
            if ev[0] == "bnode" and av[0] == "bnode":
                if m.setdefault(ev[1], av[1]) != av[1]:
                    return None
            elif ev != av:
                return None
        return m

    def solve(i: int, used: set, mapping: dict) -> bool:
        if i == len(expected):
            return True
        for j, row in enumerate(actual):
            if j not in used and (m := same(expected[i], row, mapping)) is not None:
                if solve(i + 1, used | {j}, m):
                    return True
        return False

    return solve(0, set(), {})


def _cell(text: str) -> str:
    """A CSV cell compared by value: numbers by their value (``1.0E6`` is ``1000000``), blank
    nodes only by their place (their labels are the server's own)."""
    if text.startswith("_:"):
        return "_:"
    try:
        return f"number {Decimal(text).normalize()}"
    except InvalidOperation:
        return text


def cells(rows) -> list[list[str]]:
    return sorted([_cell(c) for c in row] for row in rows)


def _by_value(term):
    """Numbers as canonical decimals and booleans as true/false, so that equal values compare equal."""
    if isinstance(term, ox.Literal) and term.datatype.value in NUMERIC | {XSD + "boolean"}:
        kind = _norm(term)
        if kind[0] == "bool":
            return ox.Literal(str(kind[1]).lower(), datatype=ox.NamedNode(XSD + "boolean"))
        if kind[0] == "num":
            return ox.Literal(format(kind[1], "f"), datatype=ox.NamedNode(XSD + "decimal"))
    return term


def _graph(quads) -> rdflib.Graph:
    """Triples, or quads with each graph folded into its predicates, as one graph to compare."""
    lines = []
    for q in quads:
        s, p, o = q.subject, q.predicate, _by_value(q.object)
        g = getattr(q, "graph_name", None)
        if isinstance(g, ox.NamedNode):
            p = ox.NamedNode(f"urn:x-graph:{quote(g.value, safe='')}:{quote(p.value, safe='')}")
        lines.append(f"{s} {p} {o} .")
    return rdflib.Graph().parse(data="\n".join(lines), format="nt")


def _expected(result: Path):
    suffix = result.suffix
    if suffix in (".srx", ".srj", ".tsv"):
        fmt = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
               ".tsv": ox.QueryResultsFormat.TSV}[suffix]
        return ox.parse_query_results(path=str(result), format=fmt)
    return list(ox.parse(path=str(result), format=_rdf_format(result), base_iri=result.as_uri()))


def _result_set(triples: list) -> list[dict] | bool:
    """Rows (or the boolean) of a result set written with the rs: vocabulary."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    for row in store.query(f"SELECT ?b WHERE {{ ?rs <{RS}boolean> ?b }}"):
        return row["b"].value == "true"
    rows: dict = {}
    for sol in store.query(f"SELECT ?s ?var ?val WHERE {{ ?rs <{RS}solution> ?s . OPTIONAL {{ "
                           f"?s <{RS}binding> ?b . ?b <{RS}variable> ?var ; <{RS}value> ?val }} }}"):
        row = rows.setdefault(sol["s"], {})
        if sol["var"] is not None:
            row[sol["var"].value] = _norm(sol["val"])
    return list(rows.values())


# -- the kinds of test ---------------------------------------------------------------------------
def _query(target: Target, case: Case) -> None:
    load(target, case.data, case.graphs)
    is_csv = case.type == "CSVResultFormatTest"
    accept = "text/csv" if is_csv else "application/sparql-results+json, application/n-triples;q=0.9"
    r = target.post(target.query, _with_base(case.query), "application/sparql-query", accept)
    _status(r, ("200",))
    if is_csv:  # CSV is lossy: compare the cells, row and column order aside (SELECT *)
        expected = list(csv.reader(io.StringIO(case.result.read_text(encoding="utf-8"))))
        actual = list(csv.reader(io.StringIO(r.text)))
        order = [actual[0].index(name) for name in expected[0]]
        assert cells(expected[1:]) == cells([row[i] for i in order] for row in actual[1:])
    elif r.headers["Content-Type"].startswith("application/n-triples"):
        actual = _graph(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
        assert isomorphic(actual, _graph(_expected(case.result)))
    else:
        results = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        expected = _expected(case.result)
        if isinstance(expected, list):  # a result set written in RDF (the rs: vocabulary)
            expected = _result_set(expected)
            if isinstance(expected, bool):
                assert bool(results) == expected
            else:
                assert _match(expected, _rows(results))
        elif isinstance(expected, ox.QueryBoolean):
            assert bool(results) == bool(expected)
        else:
            assert _match(_rows(expected), _rows(results))


def dataset(target: Target) -> list[ox.Quad]:
    """Every quad the server holds, read back with one query."""
    r = target.post(target.query, ALL_QUADS, "application/sparql-query", "application/sparql-results+json")
    _status(r, ("200",))
    out = []
    for s in ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON):
        out.append(ox.Quad(s["s"], s["p"], s["o"], s["g"] if s["g"] is not None else ox.DefaultGraph()))
    return out


def _update(target: Target, case: Case) -> None:
    load(target, case.data, case.graphs)
    _status(target.post(target.update, _with_base(case.query), "application/sparql-update"), ("2xx",))
    expected = [ox.Quad(t.subject, t.predicate, t.object) for t in _triples(case.result_data)]
    for path, name in case.result_graphs:
        expected += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for t in _triples([path])]
    assert isomorphic(_graph(dataset(target)), _graph(expected))


def _syntax(target: Target, case: Case) -> None:
    load(target, (), ())
    is_update = case.kind == "update-syntax"
    r = target.post(target.update if is_update else target.query, _with_base(case.query),
                    "application/sparql-update" if is_update else "application/sparql-query")
    _status(r, ("2xx",) if case.positive else ("4xx",))


def _is_update(headers: dict, query: str, body: bytes | None) -> bool:
    media = headers.get("content-type", "")
    form = body.decode(errors="replace") if body and "form-urlencoded" in media else ""
    return media.startswith("application/sparql-update") or "update=" in query or form.startswith("update=") \
        or "&update=" in form


def _protocol(target: Target, case: Case) -> None:
    """Each request replayed as the manifest gives it, sent to the query or the update service."""
    load(target, (), case.graphs)
    for req in case.requests:
        headers = {k.lower(): v for k, v in req.headers}
        query = urlsplit(req.path).query
        refuse_fetching(unquote_plus(query) + " " + (req.body or b"").decode(errors="replace"))
        url = target.update if _is_update(headers, query, req.body) else target.query
        r = target.send(req.method, url + (f"?{query}" if query else ""), req.body or None, headers)
        _status(r, req.status)
        if req.boolean is not None:
            assert r.json()["boolean"] == req.boolean


def _graph_store(target: Target, case: Case) -> None:
    """Each request replayed against the server's graph store (``/gsp`` becomes its URL)."""
    load(target, (), ())
    variables: dict[str, str] = {}
    for req in case.requests:
        path, body = req.path, req.body
        for name, value in variables.items():
            path = path.replace(name, quote(value, safe=""))
            body = body.replace(name.encode(), value.encode()) if body else body
        parts = urlsplit(path)  # /gsp?graph=… (indirect) or /gsp/NAME (direct)
        url = target.store + parts.path.removeprefix("/gsp") + (f"?{parts.query}" if parts.query else "")
        r = target.send(req.method, url, body, dict(req.headers))
        _status(r, req.status)
        if req.location:
            assert "Location" in r.headers, f"{req.method} {url}: no Location header"
            variables[req.location] = r.headers["Location"]
        media = r.headers.get("Content-Type", "").split(";")[0].strip()
        if req.content_type:
            assert media == req.content_type.split(";")[0].strip()
        if req.rdf is not None:
            fmt = RDF_MEDIA.get(media, "turtle")
            actual = rdflib.Graph().parse(data=r.text, format=fmt, publicID=url)
            assert isomorphic(actual, rdflib.Graph().parse(data=req.rdf, format="turtle", publicID=url))


def _service_description(target: Target, case: Case) -> None:
    """The three checks the suite names: RDF on a bare GET, an ``sd:endpoint`` triple, the schema."""
    r = target.send("GET", target.query, headers={"Accept": "text/turtle, application/rdf+xml;q=0.9"})
    _status(r, ("200",))
    fmt = RDF_MEDIA.get(r.headers.get("Content-Type", "").split(";")[0].strip())
    assert fmt is not None, f"not RDF: {r.headers.get('Content-Type')}"
    g = rdflib.Graph().parse(data=r.text, format=fmt, publicID=target.query)
    services = set(g.subjects(rdflib.RDF.type, SD.Service))
    if case.id.endswith("/has-endpoint-triple"):
        assert (None, SD.endpoint, rdflib.URIRef(target.query)) in g
    elif case.id.endswith("/conforms-to-schema"):
        languages = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
        assert services
        for service in services:
            assert all(isinstance(e, rdflib.URIRef) for e in g.objects(service, SD.endpoint))
            assert set(g.objects(service, SD.endpoint))
            assert set(g.objects(service, SD.supportedLanguage)) and \
                set(g.objects(service, SD.supportedLanguage)) <= languages
            assert all(isinstance(f, rdflib.URIRef) for prop in (SD.feature, SD.resultFormat,
                       SD.inputFormat, SD.extensionFunction) for f in g.objects(service, prop))
    else:
        assert len(g) > 0


RUNNERS = {"query": _query, "results": _query, "update": _update, "query-syntax": _syntax,
           "update-syntax": _syntax, "protocol": _protocol, "graph-store": _graph_store,
           "service-description": _service_description}


# -- oxigraph serve ------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_serve(binary: Path, attempts: int = 3) -> Iterator[Target]:
    """`oxigraph serve` in memory on 127.0.0.1 (a free port), as a Target; stopped afterwards."""
    for _ in range(attempts):  # the free port may be taken before the server binds it
        port = _free_port()
        proc = subprocess.Popen([str(binary), "serve", "--bind", f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline, ready = time.monotonic() + 30, False
            while not ready and proc.poll() is None and time.monotonic() < deadline:
                try:
                    ready = requests.get(base + "/query", params={"query": "ASK {}"}, timeout=5).ok
                except requests.ConnectionError:
                    time.sleep(0.05)
            if ready:
                yield Target("oxigraph serve", base + "/query", base + "/update", base + "/store")
                return
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    raise RuntimeError(f"oxigraph serve did not start ({binary})")
