"""A public endpoint stays safe: no outbound request, no file read, runaway queries cut off."""
from __future__ import annotations

import http.server
import threading
import time

import pytest
import requests

from kg import create_app

XXE_TEMPLATE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY secret SYSTEM "file://{path}">
  <!ENTITY remote SYSTEM "{canary}/entity">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s">
    <ex:p>&secret;</ex:p>
    <ex:q>&remote;</ex:q>
  </rdf:Description>
</rdf:RDF>
"""


@pytest.fixture()
def canary():
    """A loopback HTTP server that records every request made to it."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _record(self):
            seen.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")
            self.end_headers()
            self.wfile.write(b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")

        do_GET = do_POST = do_HEAD = _record

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()
    thread.join(timeout=5)


def test_the_canary_records_requests(canary):
    url, seen = canary
    requests.get(url + "/probe", timeout=5)
    assert seen == ["GET /probe"]


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "PREFIX c: <{url}/> SELECT * FROM c:data.ttl WHERE {{ ?s ?p ?o }}",
    "BASE <{url}/> SELECT * FROM <data.ttl> WHERE {{ ?s ?p ?o }}",
])
def test_queries_that_would_fetch_are_refused(live_server, canary, template):
    url, seen = canary
    r = requests.get(live_server + "/sparql", params={"query": template.format(url=url)}, timeout=30)
    assert r.status_code == 400, r.text
    assert seen == []


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_protocol_graphs_that_would_fetch_are_refused(live_server, canary, param):
    url, seen = canary
    r = requests.get(live_server + "/sparql", params={"query": "ASK { ?s ?p ?o }", param: url + "/g"},
                     timeout=30)
    assert r.status_code == 400 and "not in this dataset" in r.text
    assert seen == []


def test_load_is_refused_even_with_the_token(tmp_path, canary):
    url, seen = canary
    app = create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "db"), "UPDATE_TOKEN": "t0k"})
    client = app.test_client()
    auth = {"Authorization": "Bearer t0k"}
    for update in (f"LOAD <{url}/data.ttl>", f"LOAD SILENT <{url}/x> INTO GRAPH <http://example.org/g>",
                   f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"):
        r = client.post("/sparql", data={"update": update}, headers=auth)
        assert r.status_code == 400, update
    assert seen == []
    app.extensions["iconograph"].close()


def test_protocol_using_graphs_fetch_nothing(tmp_path, canary):
    url, seen = canary
    app = create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "db"), "UPDATE_TOKEN": "t0k"})
    client = app.test_client()
    update = "INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.post("/sparql", data={"update": update, "using-graph-uri": url + "/data.ttl",
                                     "using-named-graph-uri": url + "/named.ttl"},
                    headers={"Authorization": "Bearer t0k"})
    assert r.status_code == 204, r.get_data(as_text=True)  # read as empty graphs, not fetched
    assert seen == []
    app.extensions["iconograph"].close()


def test_keywords_in_names_are_not_mistaken(client):
    q = ("PREFIX ex: <http://example.org/> SELECT ?service ?load WHERE { "
         "BIND(ex:service AS ?service) BIND(ex:LOAD AS ?load) }")
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json()["results"]["bindings"][0]["load"]["value"] == "http://example.org/LOAD"


def test_from_a_graph_in_the_store_is_fine(client, demo_store):
    graph = next(g for g in demo_store.named_graphs() if "/graph/metadata/" in g)
    q = f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200
    assert int(r.get_json()["results"]["bindings"][0]["n"]["value"]) > 5


def test_xxe_in_an_rdfxml_upload_reads_no_file(tmp_path, canary):
    url, seen = canary
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42")
    app = create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "db"), "UPDATE_TOKEN": "t0k"})
    client = app.test_client()
    auth = {"Authorization": "Bearer t0k"}
    body = XXE_TEMPLATE.format(path=secret, canary=url)
    r = client.put("/store?graph=http://example.org/g", data=body, headers=auth,
                   content_type="application/rdf+xml")
    assert r.status_code in (201, 204, 400)
    dump = client.get("/store?graph=http://example.org/g", headers={**auth, "Accept": "application/n-triples"})
    assert "TOP-SECRET-42" not in dump.get_data(as_text=True)
    everything = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }", "format": "tsv"})
    assert "TOP-SECRET-42" not in everything.get_data(as_text=True)
    assert seen == []
    app.extensions["iconograph"].close()


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.slow
def test_a_runaway_query_is_cut_while_another_client_is_served(demo_store):
    from kg.app import make_server, stop_server  # the server `kg serve` runs

    app = create_app({"TESTING": True, "STORE": demo_store, "QUERY_TIMEOUT": 3, "QUERY_WORKERS": 2})
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}/sparql"
    try:
        requests.get(url, params={"query": "ASK {}"}, timeout=30)  # workers started
        outcome = {}

        def runaway():
            start = time.monotonic()
            r = requests.get(url, params={"query": RUNAWAY}, timeout=60)
            outcome.update(status=r.status_code, text=r.text, seconds=time.monotonic() - start)

        thread = threading.Thread(target=runaway)
        thread.start()
        time.sleep(0.5)
        served = []
        while thread.is_alive():  # a second client keeps getting answers meanwhile
            start = time.monotonic()
            r = requests.get(url, params={"query": "ASK { ?s a ?t }"}, timeout=30)
            served.append((r.status_code, time.monotonic() - start))
            time.sleep(0.2)
        thread.join()
        assert outcome["status"] == 503 and "timed out" in outcome["text"]
        assert 2.5 < outcome["seconds"] < 20
        assert served and all(status == 200 for status, _ in served)
        assert app.extensions["iconograph.pool"].killed == 1
        # the killed worker was replaced: queries still work
        assert requests.get(url, params={"query": "ASK {}"}, timeout=30).status_code == 200
    finally:
        stop_server(server)
        thread.join(timeout=10)
        app.extensions["iconograph.pool"].close()


def test_request_size_limits(client):
    big = "ASK {} #" + "x" * (2 << 20)
    r = client.post("/sparql", data=big, content_type="application/sparql-query")
    assert r.status_code == 413
    r = client.get("/sparql", query_string={"query": "ASK {} #" + "x" * 400_000})
    assert r.status_code == 413


def test_cors_on_reads(client):
    r = client.options("/sparql", headers={"Origin": "http://example.org",
                                           "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204 and r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" not in r.headers["Access-Control-Allow-Headers"]
    r = client.get("/sparql", query_string={"query": "ASK {}"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
