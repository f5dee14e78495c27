"""The W3C SPARQL 1.1 test suite, run over HTTP against the running endpoint.

Reads ``../shared/conformance/sparql11`` (skipped when absent). Covered: the query-evaluation
tests of the query manifest, the result-format tests (CSV/TSV/JSON) and the protocol tests.
Excluded, with the reason: entailment regimes (the endpoint does plain simple entailment) and
SERVICE (refused by design: the endpoint never fetches other URLs).

Each test's data is loaded into a fresh in-memory store as the *default graph*, and the app runs
with ``UNION_DEFAULT_GRAPH = False`` (the product default is the union of named graphs, which
these tests do not expect). Typed literals are compared by value, since Oxigraph normalises
them on storage (``"01"^^xsd:integer`` is stored as ``"1"``); solutions are compared as
multisets with blank nodes matched by a consistent renaming.
"""
from __future__ import annotations

import threading
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kg import create_app
from kg.store import OxigraphStore

SUITE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "sparql11"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger",
                             "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
                             "unsignedByte")}
EXCLUDED = {"service": "SERVICE is refused by design: the endpoint never fetches other URLs",
            "entailment": "entailment regimes are not offered; the endpoint does simple entailment"}
TOKEN = "conformance"
pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"W3C suite not found at {SUITE}")

RESULTS: Counter = Counter()
# Known gaps, each checked to still fail (strict xfail), so a fix shows up as a pass to record.
ENGINE = "Oxigraph's evaluation differs from the expected result"
KNOWN_GAPS = {
    "aggregates/agg-groupconcat-04": ENGINE, "aggregates/agg-groupconcat-06": ENGINE,
    "aggregates/agg-empty-group-count-graph": ENGINE, "bindings/graph": ENGINE,
    "negation/graph-minus": ENGINE,
    "property-path/zero_or_more_set_start": ENGINE, "property-path/zero_or_more_set_end": ENGINE,
    "property-path/zero_or_one_set_start": ENGINE, "property-path/zero_or_one_set_end": ENGINE,
    "csv-tsv-res/csv03": "CSV of typed literals: the expected file keeps lexical forms Oxigraph normalises",
    "update_base_uri": "relative IRIs in an update are not resolved against the endpoint's URL",
}
# oxigraph serve fails 11 query-evaluation tests over the same kind of harness
OXIGRAPH_SERVE_FAILURES = 11


def _param(case: dict, ident: str):
    marks = [pytest.mark.xfail(reason=KNOWN_GAPS[ident], strict=True)] if ident in KNOWN_GAPS else []
    return pytest.param(case, id=ident, marks=marks)


# -- manifests -----------------------------------------------------------------------------------
def _manifest(path: Path) -> tuple[rdflib.Graph, rdflib.URIRef]:
    g = rdflib.Graph().parse(path, format="turtle", publicID=path.as_uri())
    return g, rdflib.URIRef(path.as_uri())


def _entries(path: Path):
    g, node = _manifest(path)
    for entries in g.objects(node, MF.entries):
        for test in Collection(g, entries):
            yield g, test


def _included(top: str) -> list[Path]:
    g, node = _manifest(SUITE / top)
    return [Path(unquote(str(m)[len("file://"):])) for lst in g.objects(node, MF.include)
            for m in Collection(g, lst)]


def _file(term) -> Path:
    return Path(unquote(str(term)[len("file://"):]))


def _evaluation_cases():
    if not SUITE.is_dir():
        return []
    cases = []
    for manifest in _included("manifest-sparql11-query.ttl") + _included("manifest-sparql11-results.ttl"):
        if manifest.parent.name in EXCLUDED:
            continue
        for g, test in _entries(manifest):
            kind = g.value(test, rdflib.RDF.type)
            if kind not in (MF.QueryEvaluationTest, MF.CSVResultFormatTest):
                continue
            action = g.value(test, MF.action)
            cases.append(_param(
                {"name": f"{manifest.parent.name}/{g.value(test, MF.name)}", "kind":
                 "results" if manifest.parent.name.endswith("-res") else "query",
                 "query": _file(g.value(action, QT.query)),
                 "data": [_file(d) for d in g.objects(action, QT.data)],
                 "graphs": [_file(d) for d in g.objects(action, QT.graphData)],
                 "result": _file(g.value(test, MF.result)), "csv": kind == MF.CSVResultFormatTest},
                f"{manifest.parent.name}/{str(test).rsplit('#', 1)[-1]}"))
    return cases


# -- one server, one fresh store per test --------------------------------------------------------
@pytest.fixture(scope="module")
def endpoint():
    from werkzeug.serving import make_server

    app = create_app({"TESTING": True, "STORE": OxigraphStore(), "UNION_DEFAULT_GRAPH": False,
                      "UPDATE_TOKEN": TOKEN, "MAX_ROWS": None})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def _fresh(app, data: list[Path], graphs: list[tuple[Path, str]]) -> None:
    store = OxigraphStore()
    raw = store.pyoxigraph_store()
    for path in data:
        raw.load(path=str(path), format=_rdf_format(path), base_iri=path.as_uri())
    for path, name in graphs:
        raw.load(path=str(path), format=_rdf_format(path), base_iri=path.as_uri(),
                 to_graph=ox.NamedNode(name))
    app.extensions["iconograph"] = store


def _rdf_format(path: Path) -> ox.RdfFormat:
    return {".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}.get(path.suffix, ox.RdfFormat.TURTLE)


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


def _graph(triples) -> rdflib.Graph:
    lines = []
    for t in triples:
        obj = t.object
        if isinstance(obj, ox.Literal) and obj.datatype.value in NUMERIC | {XSD + "boolean"}:
            kind = _norm(obj)
            obj = ox.Literal(str(kind[1]).lower() if kind[0] == "bool" else format(kind[1], "f"),
                             datatype=ox.NamedNode(XSD + ("boolean" if kind[0] == "bool" else "decimal")))
        lines.append(f"{t.subject} {t.predicate} {obj} .")
    return rdflib.Graph().parse(data="\n".join(lines), format="nt")


def _expected(result: Path):
    suffix = result.suffix
    if suffix in (".srx", ".srj", ".tsv"):
        fmt = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
               ".tsv": ox.QueryResultsFormat.TSV}[suffix]
        return ox.parse_query_results(path=str(result), format=fmt)
    return list(ox.parse(path=str(result), format=_rdf_format(result), base_iri=result.as_uri()))


RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"


def _result_set(triples: list) -> list[dict] | bool:
    """Rows (or the boolean) of a result set written with the rs: vocabulary."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    for row in store.query(f"SELECT ?b WHERE {{ ?rs <{RS}boolean> ?b }}"):
        return row["b"].value == "true"
    rows: dict = {}
    for sol in store.query(f"SELECT ?s ?var ?val WHERE {{ ?rs <{RS}solution> ?s . "
                           f"OPTIONAL {{ ?s <{RS}binding> ?b . ?b <{RS}variable> ?var ; <{RS}value> ?val }} }}"):
        row = rows.setdefault(sol["s"], {})
        if sol["var"] is not None:
            row[sol["var"].value] = _norm(sol["val"])
    return list(rows.values())


@pytest.mark.parametrize("case", _evaluation_cases())
def test_query_evaluation(endpoint, case):
    app, url = endpoint
    _fresh(app, case["data"], [(p, p.as_uri()) for p in case["graphs"]])
    query = case["query"].read_text(encoding="utf-8")
    if "BASE" not in query.upper():
        query = f"BASE <{case['query'].as_uri()}>\n{query}"
    accept = "text/csv" if case["csv"] else \
        "application/sparql-results+json, application/n-triples;q=0.9"
    r = requests.post(url + "/sparql", data=query.encode(), timeout=60,
                      headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept})
    RESULTS[case["kind"] + " run"] += 1
    assert r.status_code == 200, r.text
    if case["csv"]:  # CSV is lossy: compare the cells, row and column order aside (SELECT *)
        import csv
        import io

        expected = list(csv.reader(io.StringIO(case["result"].read_text(encoding="utf-8"))))
        actual = list(csv.reader(io.StringIO(r.text)))
        order = [actual[0].index(name) for name in expected[0]]

        def cells(rows):  # blank node labels are the server's own: only their place counts
            return sorted([("_:" if c.startswith("_:") else c) for c in row] for row in rows)
        assert cells(expected[1:]) == cells([row[i] for i in order] for row in actual[1:])
    elif r.headers["Content-Type"].startswith("application/n-triples"):
        actual = _graph(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
        assert isomorphic(actual, _graph(_expected(case["result"])))
    else:
        results = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        expected = _expected(case["result"])
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
    RESULTS[case["kind"] + " passed"] += 1


# -- protocol ------------------------------------------------------------------------------------
def _protocol_cases():
    if not SUITE.is_dir():
        return []
    cases = []
    for g, test in _entries(SUITE / "protocol" / "manifest.ttl"):
        graphs = [(_file(g.value(d, UT.graph)), str(g.value(d, rdflib.RDFS.label)))
                  for d in g.objects(test, UT.graphData)]
        requests_ = []
        for lst in g.objects(g.value(test, MF.action), HT.requests):
            for req in Collection(g, lst):
                headers = {}
                for hl in g.objects(req, HT.headers):
                    for h in Collection(g, hl):
                        headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
                body = g.value(req, HT.body)
                resp = g.value(req, HT.resp)
                requests_.append({
                    "method": str(g.value(req, HT.methodName)), "path": str(g.value(req, HT.absolutePath)),
                    "headers": headers, "body": str(g.value(body, CNT.chars)) if body else None,
                    "bytes": str(g.value(body, CNT.bytes)) if body and g.value(body, CNT.bytes) else None,
                    "status": sorted(str(s).rsplit("StatusCode", 1)[-1] for s in g.objects(resp, MF.expectedStatus)),
                    "boolean": g.value(resp, MF.expectedBoolean),
                    "formats": [str(f) for f in g.objects(resp, MF.expectedFormat)]})
        cases.append(_param({"graphs": graphs, "requests": requests_}, str(test).rsplit("#", 1)[-1]))
    return cases


@pytest.mark.parametrize("case", _protocol_cases())
def test_protocol(endpoint, case):
    """Each request replayed as the manifest gives it; updates carry the token they need here."""
    app, url = endpoint
    held = {name for _, name in case["graphs"]}
    for req in case["requests"]:
        named = parse_qs(urlsplit(req["path"]).query)
        if req["headers"].get("content-type", "").startswith("application/x-www-form-urlencoded"):
            for k, v in parse_qs(req["body"] or "").items():
                named.setdefault(k, []).extend(v)
        asked = {g for k in ("default-graph-uri", "named-graph-uri", "using-graph-uri",
                             "using-named-graph-uri") for g in named.get(k, [])}
        if asked - held and "2xx" in req["status"]:
            pytest.skip("names graphs the store does not hold: refused (400) by design, "
                        "since the endpoint fetches nothing")
    _fresh(app, [], case["graphs"])
    RESULTS["protocol run"] += 1
    for req in case["requests"]:
        path = req["path"].replace("/sparql/", "/sparql", 1)
        headers = {**req["headers"], "Authorization": f"Bearer {TOKEN}"}
        body = bytes.fromhex(req["bytes"]) if req["bytes"] else (req["body"] or "").encode()
        r = requests.request(req["method"], url + path, data=body or None, headers=headers, timeout=60)
        assert f"{str(r.status_code)[0]}xx" in req["status"], (req["method"], path, r.status_code, r.text)
        if req["boolean"] is not None:
            assert r.json()["boolean"] == req["boolean"].toPython()
    RESULTS["protocol passed"] += 1


def test_conformance_summary(endpoint):
    """At least what `oxigraph serve` reaches: no more query-evaluation failures than it has."""
    print(f"\nW3C SPARQL 1.1 over HTTP: query evaluation {RESULTS['query passed']}/{RESULTS['query run']}, "
          f"result formats {RESULTS['results passed']}/{RESULTS['results run']}, "
          f"protocol {RESULTS['protocol passed']}/{RESULTS['protocol run']} "
          "(protocol tests naming graphs not held are skipped: refused by design)")
    if RESULTS["query run"] < 200:
        pytest.skip("run the whole module to get the summary")
    assert RESULTS["query passed"] >= RESULTS["query run"] - OXIGRAPH_SERVE_FAILURES
