"""The SPARQL 1.1 Protocol at /sparql: methods, formats, refusals."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conftest import BASE, BROWSER, RDF_CLIENTS

ASK = "ASK { ?s a <https://w3id.org/iconograph/ontology#Artwork> }"
SELECT = "SELECT ?a WHERE { ?a a <https://w3id.org/iconograph/ontology#Artwork> }"
CONSTRUCT = "CONSTRUCT { ?a a ?t } WHERE { ?a a <https://w3id.org/iconograph/ontology#Artwork> ; a ?t }"


def test_get_json(client):
    r = client.get("/sparql", query_string={"query": SELECT})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    assert len(r.get_json()["results"]["bindings"]) == 12
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_post_form_and_direct(client):
    r = client.post("/sparql", data={"query": ASK})
    assert r.status_code == 200 and r.get_json()["boolean"] is True
    r = client.post("/sparql", data=SELECT, content_type="application/sparql-query")
    assert len(r.get_json()["results"]["bindings"]) == 12


@pytest.mark.parametrize("accept, mimetype", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    # parameters do not stop a media type matching (RFC 9110 §12.5.1); q-values still count
    ("application/sparql-results+xml; charset=UTF-8", "application/sparql-results+xml"),
    ("text/csv; charset=utf-8", "text/csv"),
    ("text/csv;charset=utf-8;q=0.2, text/tab-separated-values;q=0.4", "text/tab-separated-values"),
])
def test_select_negotiation(client, accept, mimetype):
    r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype


def test_csv_results_are_rows(client):
    r = client.get("/sparql", query_string={"query": SELECT, "format": "csv"})
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0] == ["a"] and len(rows) == 13


@pytest.mark.parametrize("fmt, mimetype", [
    ("turtle", "text/turtle"), ("ntriples", "application/n-triples"),
    ("rdfxml", "application/rdf+xml"), ("jsonld", "application/ld+json"),
])
def test_construct_formats(client, fmt, mimetype):
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": fmt})
    assert r.status_code == 200 and r.mimetype == mimetype
    body = r.get_data(as_text=True)
    assert "Artwork" in body


def test_construct_by_accept(client):
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
    assert r.mimetype == "application/n-triples"
    assert len([line for line in r.get_data(as_text=True).splitlines() if line.strip()]) == 24


def test_construct_by_accept_with_parameters(client):
    r = client.get("/sparql", query_string={"query": CONSTRUCT},
                   headers={"Accept": "text/turtle;charset=utf-8, application/n-triples;q=0.5"})
    assert r.mimetype == "text/turtle"
    r = client.get("/sparql", headers={"Accept": 'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"'})
    assert r.mimetype == "application/ld+json"  # the service description too


def test_bare_get_is_a_service_description(client):
    r = client.get("/sparql")
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    import rdflib

    g = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in g


@pytest.mark.parametrize("accept", [BROWSER, "text/html", "application/xhtml+xml"])
def test_a_browser_at_the_endpoint_gets_the_query_page(client, accept):
    """The site header links /sparql: a person following it gets the query form (it used to
    download the service description, RDF/XML to Chrome, Turtle to text/html)."""
    r = client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == "text/html" and r.headers["Vary"] == "Accept"
    html = r.get_data(as_text=True)
    assert "<h1>SPARQL endpoint</h1>" in html and '<form method="get" action="/query">' in html
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert client.head("/sparql", headers={"Accept": accept}).mimetype == "text/html"
    # asked for by name, the description is still there for the browser
    assert client.get("/sparql?format=turtle", headers={"Accept": accept}).mimetype == "text/turtle"


@pytest.mark.parametrize("accept, mimetype", RDF_CLIENTS)
def test_rdf_clients_still_get_the_service_description(client, accept, mimetype):
    r = client.get("/sparql", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.mimetype == mimetype and r.headers["Vary"] == "Accept"


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service <http://127.0.0.1:9/x> { ?s ?p ?o } }",
])
def test_service_is_refused(client, query):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 400 and "SERVICE" in r.get_data(as_text=True)


def test_keywords_inside_strings_are_fine(client):
    r = client.get("/sparql", query_string={"query": 'SELECT ?x WHERE { BIND("SERVICE LOAD" AS ?x) }'})
    assert r.status_code == 200


def test_updates_are_forbidden(client):
    r = client.post("/sparql", data={"update": "DROP ALL"})
    assert r.status_code == 403
    r = client.post("/sparql", data="DROP ALL", content_type="application/sparql-update")
    assert r.status_code == 403
    assert client.get("/sparql", query_string={"query": ASK}).get_json()["boolean"] is True


def test_unknown_format_is_a_400(client):
    r = client.get("/sparql", query_string={"query": SELECT, "format": "yaml"})
    assert r.status_code == 400 and "json" in r.get_data(as_text=True)


def test_a_query_the_store_cannot_run_is_a_400(client):
    r = client.get("/sparql", query_string={"query": "SELECT (<http://example.org/f>(1) AS ?x) {}"})
    assert r.status_code == 400 and "not supported" in r.get_data(as_text=True)


def test_empty_query_is_a_400(client):
    r = client.post("/sparql", data={"query": "  "})
    assert r.status_code == 400


def test_home_page_counts_and_examples(client):
    r = client.get("/")
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert '<td headers="count-artworks">12</td><th scope="row" id="count-artworks">artworks</th>' in html
    assert '<td headers="count-detections">65</td><th scope="row" id="count-detections">detected objects</th>' in html
    assert "/query?name=subjects" in html


def test_query_page_shows_a_table(client):
    r = client.get("/query", query_string={"name": "subjects"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "11H(GEORGE)" in html and '<th scope="col">notation</th>' in html


def test_query_page_links_the_iris_in_its_results(client):
    """IRIs in result cells are links (they were plain text): a minted one to its page on this
    server, which opens; a subject to its concept page; literals stay text. CONSTRUCT too."""
    html = client.get("/query", query_string={"name": "subjects"}).get_data(as_text=True)
    art = "artwork/uccello-saint-george-ng6294"
    link = f'<td><a href="/{art}" title="{BASE}{art}">{BASE}{art}</a></td>'
    assert link in html and '<td><span lang="en">Saint George and the Dragon</span></td>' in html
    assert '<td><a href="/concept?iri=https://iconclass.org/11H(GEORGE)" ' in html
    assert client.get(f"/{art}", headers={"Accept": "text/html"}).status_code == 200
    graph = client.get("/query", query_string={"query": f"CONSTRUCT {{ <{BASE}{art}> ?p ?o }} "
                                                        f"WHERE {{ <{BASE}{art}> ?p ?o }}"})
    assert link in graph.get_data(as_text=True)


@pytest.mark.parametrize("params", [{}, {"query": ""}, {"query": "  \n"}])
def test_query_page_offers_json_and_csv_only_for_a_query(client, params):
    """With no query, the JSON and CSV links led to /sparql?query=&format=…, a 400: not shown."""
    html = client.get("/query", query_string=params).get_data(as_text=True)
    assert ">get JSON</a>" not in html and "format=csv" not in html
    endpoint = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1>SPARQL endpoint</h1>" in endpoint and ">get JSON</a>" not in endpoint
    html = client.get("/query", query_string={"name": "subjects"}).get_data(as_text=True)
    links = re.findall(r'href="(/sparql\?[^"]*)">(?:get JSON|CSV)</a>', html)
    assert len(links) == 2
    for link in links:  # each answers
        assert client.get(link.replace("&amp;", "&")).status_code == 200, link


def test_query_page_shows_errors_next_to_the_query(client):
    r = client.get("/query", query_string={"query": "SELECT nope"})
    assert r.status_code == 400 and "malformed query" in r.get_data(as_text=True)


def test_json_error_shape_outside_sparql(client):
    r = client.get("/query", query_string={"name": "nope"})
    assert r.status_code == 404
    assert json.loads(r.get_data(as_text=True))["status"] == 404


def _count(client, query: str, **params) -> int:
    r = client.get("/sparql", query_string={"query": query, **params})
    assert r.status_code == 200, r.get_data(as_text=True)
    return int(r.get_json()["results"]["bindings"][0]["n"]["value"])


def test_a_query_that_names_its_dataset_reads_that_dataset(client):
    """The default graph is the union of the named graphs only where neither the query (FROM,
    FROM NAMED) nor the request (default-graph-uri, named-graph-uri) names a dataset."""
    graph = BASE + "graph/metadata/uccello-saint-george-ng6294"
    everything = _count(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    one = _count(client, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert 0 < one < everything
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM <{graph}> {{ ?s ?p ?o }}") == one
    assert _count(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", **{"default-graph-uri": graph}) == one
    # FROM NAMED alone: the graph is reachable by name, the default graph is empty
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{graph}> {{ ?s ?p ?o }}") == 0
    assert _count(client, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{graph}> {{ GRAPH ?g {{ ?s ?p ?o }} }}") == one
    assert _count(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", **{"named-graph-uri": graph}) == 0
    ask = "ASK DATASET { ?c a <http://www.w3.org/2002/07/owl#Class> }"
    asked = [client.get("/sparql", query_string={"query": ask.replace("DATASET", dataset)}).get_json()["boolean"]
             for dataset in ("", f"FROM <{graph}>")]
    assert asked == [True, False]  # the ontology is in the union, not in that graph


def test_errors_are_readable_from_other_origins_in_the_documented_shapes(client):
    """A script on another page sees the parser's message, not an opaque failure: CORS headers on
    errors too. Errors are text on /sparql and JSON elsewhere, Flask's own 404 and 405 included."""
    r = client.get("/sparql", query_string={"query": "SELEKT"}, headers={"Origin": "http://x.example"})
    assert r.status_code == 400 and r.mimetype == "text/plain"
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    for r in (client.get("/no/such/thing/at/all", headers={"Accept": "text/turtle"}),
              client.post("/dumps/dataset.nq.gz")):
        assert r.mimetype == "application/json" and r.headers["Access-Control-Allow-Origin"] == "*"
        assert r.get_json()["status"] == r.status_code and r.get_json()["error"]
    assert r.status_code == 405 and "GET" in r.headers["Allow"]
    exposed = client.get("/sparql", query_string={"query": ASK}).headers["Access-Control-Expose-Headers"]
    assert "X-Iconograph-Truncated" in exposed and "Link" in exposed


@pytest.mark.parametrize("path", [
    "/export/wikidata.nt", "/export/wikidata.json", "/export/europeana.jsonld", "/dumps/dataset.nt.gz",
    "/dataset", "/.well-known/void", "/iiif/uccello-saint-george-ng6294/annotations",
    "/artwork/uccello-saint-george-ng6294", "/artwork/uccello-saint-george-ng6294?format=turtle",
    f"/store?graph={BASE}graph/ontology", "/", "/query?name=artworks", "/sparql",
])
def test_every_read_has_the_same_cors_headers(client, path):
    """One CORS handling for all reads: a script on another origin reads an export, a dump or a
    page as it reads /sparql, with the same exposed headers (ETag of a dump, Link of a page)."""
    expected = {k: v for k, v in client.get("/sparql", query_string={"query": ASK}).headers
                if k.startswith("Access-Control-")}
    assert expected["Access-Control-Allow-Origin"] == "*"
    for method in (client.get, client.head):
        r = method(path, headers={"Origin": "http://x.example"})
        assert r.status_code == 200, path
        assert {k: v for k, v in r.headers if k.startswith("Access-Control-")} == expected, path


def test_head_answers_as_get_does(client):
    assert client.head("/sparql").status_code == client.get("/sparql").status_code == 200
    head = client.head("/sparql", query_string={"query": ASK})
    assert head.status_code == 200 and head.mimetype == "application/sparql-results+json"


@pytest.mark.parametrize("accept, fmt", [("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
                                         ("application/n-triples", "nt"), ("text/turtle", "turtle")])
def test_the_service_description_in_each_rdf_format(client, accept, fmt):
    import rdflib

    r = client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    graph = rdflib.Graph().parse(data=r.get_data(as_text=True), format=fmt)
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef("http://localhost/sparql")) in graph
