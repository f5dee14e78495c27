"""Real clients over HTTP: SPARQLWrapper in every result format, the row cap, streaming."""
from __future__ import annotations

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg import create_app

ICO = "https://w3id.org/iconograph/ontology#"
SELECT = f"SELECT ?a ?t WHERE {{ ?a a <{ICO}Artwork> ; <http://purl.org/dc/elements/1.1/title> ?t }}"
CONSTRUCT = f"CONSTRUCT {{ ?a a <{ICO}Artwork> }} WHERE {{ ?a a <{ICO}Artwork> }}"


def _wrapper(url: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_json(live_server):
    result = _wrapper(live_server, SELECT, JSON).query().convert()
    assert len(result["results"]["bindings"]) == 12


def test_sparqlwrapper_xml(live_server):
    doc = _wrapper(live_server, SELECT, XML).query().convert()
    results = doc.getElementsByTagName("result")
    assert len(results) == 12


@pytest.mark.parametrize("fmt, sep", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_csv_tsv(live_server, fmt, sep):
    text = _wrapper(live_server, SELECT, fmt).query().convert().decode()
    lines = text.strip().splitlines()
    assert len(lines) == 13 and sep in lines[0]


@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, N3])
def test_sparqlwrapper_graphs(live_server, fmt):
    graph = _wrapper(live_server, CONSTRUCT, fmt).query().convert()
    if not isinstance(graph, rdflib.Graph):
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    assert len(graph) == 12


def test_sparqlwrapper_graphs_in_its_default_format(live_server):
    """SPARQLWrapper's default is XML: for a CONSTRUCT or DESCRIBE it sends ``format=xml`` with
    ``Accept: application/rdf+xml`` and reads RDF/XML back (they were refused with a 400)."""
    for query in (CONSTRUCT, f"DESCRIBE ?a WHERE {{ ?a a <{ICO}Artwork> }} LIMIT 1"):
        sparql = SPARQLWrapper(live_server + "/sparql")
        sparql.setQuery(query)
        graph = sparql.query().convert()
        assert isinstance(graph, rdflib.Graph) and len(graph) >= (12 if query == CONSTRUCT else 3)


def test_format_json_gives_a_graph_as_json_ld(live_server):
    import requests

    r = requests.get(live_server + "/sparql", params={"query": CONSTRUCT, "format": "json"},
                     headers={"Accept": "*/*"}, timeout=30)
    assert r.headers["Content-Type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) == 12


def test_sparqlwrapper_jsonld(live_server):
    import requests

    r = requests.get(live_server + "/sparql", params={"query": CONSTRUCT},
                     headers={"Accept": "application/ld+json"}, timeout=30)
    graph = rdflib.Graph().parse(data=r.text, format="json-ld")
    assert r.headers["Content-Type"].startswith("application/ld+json") and len(graph) == 12


def test_sparqlwrapper_post(live_server):
    sparql = _wrapper(live_server, SELECT, JSON)
    sparql.setMethod("POST")
    assert len(sparql.query().convert()["results"]["bindings"]) == 12


@pytest.fixture(scope="module")
def capped(demo_store):
    app = create_app({"TESTING": True, "STORE": demo_store, "MAX_ROWS": 5})
    yield app.test_client()
    app.extensions["iconograph.pool"].close()


@pytest.mark.parametrize("fmt, rows", [("json", None), ("csv", 6), ("tsv", 6), ("xml", None)])
def test_row_cap(capped, fmt, rows):
    r = capped.get("/sparql", query_string={"query": SELECT, "format": fmt})
    assert r.status_code == 200 and r.headers["X-Iconograph-Truncated"] == "true"
    body = r.get_data(as_text=True)
    if fmt == "json":
        assert len(r.get_json()["results"]["bindings"]) == 5
    elif fmt == "xml":
        assert body.count("<result>") == 5
    else:
        assert len(body.strip().splitlines()) == rows


def test_row_cap_on_graphs(capped):
    r = capped.get("/sparql", query_string={"query": CONSTRUCT, "format": "ntriples"})
    assert len(r.get_data(as_text=True).strip().splitlines()) == 5


def test_under_the_cap_is_not_truncated(capped):
    r = capped.get("/sparql", query_string={"query": SELECT + " LIMIT 3"})
    assert r.headers["X-Iconograph-Truncated"] == "false"


def test_results_match_oxigraphs_own_serialisation(client, demo_store):
    import pyoxigraph as ox

    q = f"SELECT ?a ?t ?n WHERE {{ ?a a <{ICO}Artwork> ; <http://purl.org/dc/elements/1.1/title> ?t . BIND(STRLEN(?t) AS ?n) }} ORDER BY ?a"
    for name, fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                      ("tsv", ox.QueryResultsFormat.TSV)):
        ours = client.get("/sparql", query_string={"query": q, "format": name}).get_data()
        theirs = demo_store.query(q).serialize(format=fmt)
        parsed = [list(s) for s in ox.parse_query_results(ours, format=fmt)]
        expected = [list(s) for s in ox.parse_query_results(theirs, format=fmt)]
        assert parsed == expected and len(parsed) == 12, name
    # CSV is lossy (no parser in Oxigraph): compare the text, rows in the same order
    ours = client.get("/sparql", query_string={"query": q, "format": "csv"}).get_data()
    assert ours == demo_store.query(q).serialize(format=ox.QueryResultsFormat.CSV)


def test_large_results_stream_and_small_ones_have_a_length(client):
    from kg.querypool import WHOLE

    # three copies of every triple: a result larger than what is sent whole
    q = "SELECT * WHERE { ?s ?p ?o VALUES ?copy { 1 2 3 } }"
    r = client.get("/sparql", query_string={"query": q, "format": "tsv"}, buffered=False)
    assert r.status_code == 200 and "Content-Length" not in r.headers
    body = r.get_data()
    assert len(body) > WHOLE and len(body.splitlines()) > 1000
    assert "X-Iconograph-Truncated" not in r.headers  # not known when the headers went out
    r = client.get("/sparql", query_string={"query": SELECT, "format": "tsv"})
    assert int(r.headers["Content-Length"]) == len(r.get_data())
    assert r.headers["X-Iconograph-Truncated"] == "false"


def test_csv_quotes_a_comma_in_an_iri(client, runner, demo_store_path):
    """SPARQL CSV quotes a field holding a comma, an IRI too: Iconclass IRIs such as
    83(OVID, Metamorphoses …) split their rows in Oxigraph's own CSV."""
    import csv
    import io

    from kg.cli import main

    iri = "https://iconclass.org/83(OVID,%20Metamorphoses%20VI:267-312)"
    q = f'SELECT ?concept ?score ?none WHERE {{ VALUES (?concept ?score) {{ (<{iri}> "0,67") }} }}'
    served = client.get("/sparql", query_string={"query": q, "format": "csv"}).get_data(as_text=True)
    printed = runner.invoke(main, ["query", q, "--format", "csv", "--store", str(demo_store_path)])
    assert printed.exit_code == 0, printed.output
    for text in (served, printed.output):
        assert list(csv.reader(io.StringIO(text))) == [["concept", "score", "none"], [iri, "0,67", ""]]
    # a triple term (SPARQL 1.2) is written too, as its terms (it was a server error)
    triple = client.get("/sparql", query_string={
        "query": "SELECT ?t WHERE { BIND(<<( <http://a.example/s> <http://a.example/p> 1 )>> AS ?t) }",
        "format": "csv"})
    assert triple.status_code == 200 and "<http://a.example/s> <http://a.example/p>" in triple.get_data(as_text=True)
