"""Writes need the token: SPARQL Update on /sparql and the Graph Store Protocol on /store."""
from __future__ import annotations

import io

import pytest
import requests

from kg import create_app

EX = "http://example.org/"
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def writable(tmp_path):
    """An app over a fresh on-disk store (queries go through the worker pool) with a token."""
    app = create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "db"), "UPDATE_TOKEN": TOKEN})
    yield app.test_client()
    pool = app.extensions.get("iconograph.pool")
    if pool:
        pool.close()
    app.extensions["iconograph"].close()


def _count(client, graph=None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    r = client.get("/sparql", query_string={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    return int(r.get_json()["results"]["bindings"][0]["n"]["value"])


def test_without_a_configured_token_writes_are_403(client):
    assert client.post("/sparql", data={"update": "DROP ALL"}).status_code == 403
    r = client.post("/sparql", data="DROP ALL", content_type="application/sparql-update",
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "disabled" in r.get_data(as_text=True)
    assert client.get("/store?default").status_code == 200  # reads are open, as on /sparql
    assert client.put("/store?graph=http://example.org/g", data="", headers=AUTH).status_code == 403


def test_wrong_or_missing_token_is_403(writable):
    insert = f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1 }} }}"
    assert writable.post("/sparql", data={"update": insert}).status_code == 403
    assert writable.post("/sparql", data={"update": insert},
                         headers={"Authorization": "Bearer nope"}).status_code == 403
    assert writable.delete("/store?default", headers={"Authorization": "Basic x"}).status_code == 403
    assert _count(writable) == 0


def test_update_with_the_token_is_seen_by_the_next_query(writable):
    assert _count(writable) == 0  # the workers have opened the store before the write
    insert = f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1, 2, 3 }} }}"
    r = writable.post("/sparql", data=insert, content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 204
    assert _count(writable) == 3
    r = writable.post("/sparql", data={"update": f"DELETE WHERE {{ GRAPH <{EX}g> {{ ?s ?p 2 }} }}"},
                      headers=AUTH)
    assert r.status_code == 204 and _count(writable) == 2


def test_malformed_update_is_400(writable):
    r = writable.post("/sparql", data={"update": "INSERT NONSENSE"}, headers=AUTH)
    assert r.status_code == 400 and "malformed update" in r.get_data(as_text=True)


def test_update_the_store_refuses_is_400_in_plain_text(writable):
    r = writable.post("/sparql", data={"update": "DROP GRAPH <http://example.org/absent>"},
                      headers=AUTH)
    assert r.status_code == 400 and r.mimetype == "text/plain"
    assert "update failed" in r.get_data(as_text=True)


def test_graph_store_protocol_round_trip(writable):
    g = f"/store?graph={EX}g1"
    turtle = f"<{EX}a> <{EX}p> <{EX}b> , <{EX}c> ."
    r = writable.put(g, data=turtle, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201
    r = writable.put(g, data=turtle, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 204 and _count(writable, f"{EX}g1") == 2  # replaced, not added
    r = writable.post(g, data=f"<{EX}a> <{EX}p> <{EX}d> .", content_type="application/n-triples",
                      headers=AUTH)
    assert r.status_code == 204 and _count(writable, f"{EX}g1") == 3  # merged
    r = writable.get(g, headers={**AUTH, "Accept": "application/n-triples"})
    assert r.status_code == 200 and r.mimetype == "application/n-triples"
    assert len(r.get_data(as_text=True).strip().splitlines()) == 3
    assert writable.delete(g, headers=AUTH).status_code == 204
    assert writable.get(g, headers=AUTH).status_code == 404
    assert writable.delete(g, headers=AUTH).status_code == 404
    assert _count(writable) == 0


def test_graph_store_default_graph(writable):
    r = writable.put("/store?default", data=f"<{EX}a> <{EX}p> 7 .", content_type="text/turtle",
                     headers=AUTH)
    assert r.status_code == 204
    r = writable.get("/store?default", headers={**AUTH, "Accept": "text/turtle"})
    assert "7" in r.get_data(as_text=True)
    assert writable.delete("/store?default", headers=AUTH).status_code == 204
    r = writable.get("/store?default", headers={**AUTH, "Accept": "application/n-triples"})
    assert r.get_data(as_text=True).strip() == ""


def test_graph_store_refuses_bad_requests(writable):
    assert writable.get("/store", headers=AUTH).status_code == 400
    assert writable.get(f"/store?default&graph={EX}g", headers=AUTH).status_code == 400
    r = writable.put(f"/store?graph={EX}g", data="not turtle <", content_type="text/turtle",
                     headers=AUTH)
    assert r.status_code == 400
    r = writable.put(f"/store?graph={EX}g", data="x", content_type="image/png", headers=AUTH)
    assert r.status_code == 400 and "text/turtle" in r.get_data(as_text=True)


def test_graph_store_reads_each_file_part_of_a_form(writable):
    g = f"/store?graph={EX}g1"
    writable.put(g, data=f"<{EX}a> <{EX}p> <{EX}b> .", content_type="text/turtle", headers=AUTH)
    form = {"first": (io.BytesIO(f"<{EX}a> <{EX}name> \"Jane\" .".encode()), "first.ttl", "text/turtle"),
            "last": (io.BytesIO(f"<{EX}a> <{EX}family> \"Doe\" .".encode()), "last.nt",
                     "application/octet-stream")}  # as browsers send it: the extension tells
    r = writable.post(g, data=form, content_type="multipart/form-data", headers=AUTH)
    assert r.status_code == 204 and _count(writable, f"{EX}g1") == 3  # both parts merged
    form = {"only": (io.BytesIO(f"<{EX}x> <{EX}p> <{EX}y> .".encode()), "only.ttl", "text/turtle")}
    r = writable.put(g, data=form, content_type="multipart/form-data", headers=AUTH)
    assert r.status_code == 204 and _count(writable, f"{EX}g1") == 1  # PUT replaces with the parts


def test_a_post_to_the_store_itself_creates_a_graph(writable):
    r = writable.post("/store", data=f"<{EX}a> <{EX}p> <{EX}b> .", content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201
    graph = r.headers["Location"]
    assert graph.startswith(writable.application.config["BASE_IRI"] + "graph/uploads/")
    assert _count(writable, graph) == 1
    again = writable.post("/store", data=f"<{EX}a> <{EX}p> <{EX}c> .", content_type="text/turtle", headers=AUTH)
    assert again.headers["Location"] != graph and _count(writable, graph) == 1  # a new graph each time
    r = writable.get("/store", query_string={"graph": graph}, headers={**AUTH, "Accept": "application/n-triples"})
    assert r.status_code == 200 and f"<{EX}b>" in r.get_data(as_text=True)
    assert writable.put("/store", data="", content_type="text/turtle", headers=AUTH).status_code == 400


def test_a_url_below_the_store_is_the_graph_it_names(writable):
    """Direct graph identification: ``/store/NAME`` is the graph ``BASE/store/NAME``, its
    relative IRIs resolved against it; the indirect parameters do not mix with it."""
    graph = writable.application.config["BASE_IRI"] + "store/letters/n%C3%A9e.ttl"
    r = writable.put("/store/letters/née.ttl", data=f"<#it> <{EX}p> <{EX}b> .",
                     content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201 and _count(writable, graph) == 1
    r = writable.post("/store/letters/n%C3%A9e.ttl", data=f"<#it> <{EX}p> <{EX}c> .",
                      content_type="text/turtle", headers=AUTH)
    assert r.status_code == 204 and "Location" not in r.headers and _count(writable, graph) == 2
    indirect = writable.get("/store", query_string={"graph": graph},
                            headers={**AUTH, "Accept": "application/n-triples"}).get_data(as_text=True)
    direct = writable.get("/store/letters/née.ttl", headers={**AUTH, "Accept": "application/n-triples"})
    assert direct.status_code == 200 and direct.get_data(as_text=True) == indirect
    assert f"<{graph}#it>" in indirect
    assert writable.get(f"/store/letters/née.ttl?graph={EX}g", headers=AUTH).status_code == 400
    assert writable.get("/store/letters/other.ttl", headers=AUTH).status_code == 404
    assert writable.delete("/store/letters/née.ttl", headers=AUTH).status_code == 204
    assert writable.get("/store/letters/née.ttl", headers=AUTH).status_code == 404
    assert writable.put("/store/letters/née.ttl", data="", content_type="text/turtle").status_code == 403
    assert writable.get("/store/letters/née.ttl").status_code == 404  # reads need no token


@pytest.mark.parametrize("form, message", [
    ({"bad": (io.BytesIO(b"not turtle <"), "bad.ttl", "text/turtle")}, "form part 'bad'"),
    ({"pic": (io.BytesIO(b"x"), "pic.png", "image/png")}, "form part 'pic'"),
    ({"blob": (io.BytesIO(b"<a> <b> <c> ."), "blob", "application/octet-stream")}, "form part 'blob'"),
    ({"note": "<a> <b> <c> ."}, "form part 'note'"),
    ({}, "no file part"),
])
def test_graph_store_form_errors_name_the_part(writable, form, message):
    r = writable.post(f"/store?graph={EX}g", data=form, content_type="multipart/form-data", headers=AUTH)
    assert r.status_code == 400 and message in r.get_data(as_text=True)
    assert _count(writable) == 0


# -- the protocol's dataset for updates, and the base IRI, over HTTP -----------------------------
G1, G2, G3 = (f"{EX}g{i}" for i in (1, 2, 3))
DOCS = (f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}d1> a <{EX}Doc> }} GRAPH <{G2}> {{ <{EX}d2> a <{EX}Doc> }} "
        f"GRAPH <{G3}> {{ <{EX}d3> a <{EX}Doc> }} }}")


@pytest.fixture()
def server(tmp_path):
    """A writable store behind the HTTP server that `kg serve` runs, on a free port."""
    import threading

    from kg.app import make_server, stop_server

    app = create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "db"), "UPDATE_TOKEN": TOKEN})
    http = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=http.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.effective_port}/sparql", app
    stop_server(http)
    thread.join(timeout=10)
    app.extensions["iconograph.pool"].close()
    app.extensions["iconograph"].close()


def _post_update(url: str, update: str, **params) -> requests.Response:
    return requests.post(url, params=params, data=update.encode(), timeout=30,
                         headers={**AUTH, "Content-Type": "application/sparql-update"})


def _subjects(url: str, graph: str) -> set[str]:
    r = requests.get(url, params={"query": f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code == 200, r.text
    return {b["s"]["value"] for b in r.json()["results"]["bindings"]}


def test_using_graph_uri_is_the_default_graph_of_each_operation(server):
    url, _ = server
    assert _post_update(url, DOCS).status_code == 204
    found = " ; ".join(f"INSERT {{ GRAPH <{EX}{out}> {{ ?s a <{EX}Found> }} }} WHERE {{ ?s a <{EX}Doc> }}"
                       for out in ("out1", "out2"))
    r = _post_update(url, found, **{"using-graph-uri": [G1, G2]})
    assert r.status_code == 204, r.text
    assert _subjects(url, f"{EX}out1") == _subjects(url, f"{EX}out2") == {f"{EX}d1", f"{EX}d2"}
    # without it, an update's WHERE reads the store's own default graph, which is empty here
    assert _post_update(url, found.replace("out", "none")).status_code == 204
    assert _subjects(url, f"{EX}none1") == set()


def test_using_named_graph_uri_in_a_form_post(server):
    url, _ = server
    assert _post_update(url, DOCS).status_code == 204
    insert = f"INSERT {{ GRAPH <{EX}out> {{ ?s <{EX}in> ?g }} }} WHERE {{ GRAPH ?g {{ ?s a <{EX}Doc> }} }}"
    r = requests.post(url, data={"update": insert, "using-named-graph-uri": G2}, headers=AUTH, timeout=30)
    assert r.status_code == 204, r.text
    assert _subjects(url, f"{EX}out") == {f"{EX}d2"}
    # DELETE WHERE has no USING of its own: the parameters still choose what it matches
    r = requests.post(url, data={"update": f"DELETE WHERE {{ GRAPH ?g {{ ?s a <{EX}Doc> }} }}",
                                 "using-named-graph-uri": [G1, G3]}, headers=AUTH, timeout=30)
    assert r.status_code == 204, r.text
    assert (_subjects(url, G1), _subjects(url, G2), _subjects(url, G3)) == (set(), {f"{EX}d2"}, set())


@pytest.mark.parametrize("update, params", [
    (f"WITH <{G1}> DELETE {{ ?s a <{EX}Doc> }} WHERE {{ ?s a <{EX}Doc> }}", {"using-named-graph-uri": G2}),
    (f"DELETE {{ GRAPH ?g {{ ?s a <{EX}Doc> }} }} USING <{G1}> WHERE {{ GRAPH ?g {{ ?s a <{EX}Doc> }} }}",
     {"using-graph-uri": G2}),
    (f"DELETE WHERE {{ GRAPH ?g {{ ?s a <{EX}Doc> }} }}", {"using-graph-uri": "not an IRI"}),
])
def test_a_dataset_given_twice_or_a_bad_iri_is_400(server, update, params):
    url, _ = server
    assert _post_update(url, DOCS).status_code == 204
    r = _post_update(url, update, **params)
    assert r.status_code == 400, r.text
    assert all(_subjects(url, g) for g in (G1, G2, G3))  # nothing was deleted


def test_relative_iris_resolve_against_the_base_iri(server):
    url, app = server
    base = app.config["BASE_IRI"]
    r = _post_update(url, "INSERT DATA { GRAPH <graph/notes> { <note/1> <says> 'hello' } }")
    assert r.status_code == 204, r.text
    assert _subjects(url, base + "graph/notes") == {base + "note/1"}
    # queries read relative IRIs the same way
    r = requests.get(url, params={"query": "ASK { <note/1> <says> 'hello' }"}, timeout=30,
                     headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is True


@pytest.mark.parametrize("update, expected", [
    # keywords in strings, IRIs, comments and prefixed names are not operations
    ("PREFIX ex: <http://example.org/where/> # WHERE in a comment\n"
     "INSERT { ex:a ex:p 'a WHERE b' } WHERE { ?s ex:where ?o }",
     "PREFIX ex: <http://example.org/where/> # WHERE in a comment\n"
     "INSERT { ex:a ex:p 'a WHERE b' } USING <http://example.org/g> WHERE { ?s ex:where ?o }"),
    # a comment may follow a prefixed name directly, braces and all
    ("PREFIX ex: <http://example.org/>\nINSERT { ?s ex:p ex:o#{ WHERE\n} WHERE { ?s ex:q ex:o }",
     "PREFIX ex: <http://example.org/>\nINSERT { ?s ex:p ex:o#{ WHERE\n} USING <http://example.org/g> "
     "WHERE { ?s ex:q ex:o }"),
    # a sub-select's WHERE is inside the pattern; each operation gets the clause
    ("DELETE { ?s ?p ?o } WHERE { { SELECT ?s WHERE { ?s ?p ?o } } ?s ?p ?o } ;\n"
     "INSERT DATA { <x:a> <x:b> <x:c> } ; DELETE WHERE { ?s <x:p> 1 }",
     "DELETE { ?s ?p ?o } USING <http://example.org/g> WHERE { { SELECT ?s WHERE { ?s ?p ?o } } "
     "?s ?p ?o } ;\nINSERT DATA { <x:a> <x:b> <x:c> } ; "
     "DELETE { ?s <x:p> 1 } USING <http://example.org/g> WHERE { ?s <x:p> 1 }"),
])
def test_with_dataset_writes_using_into_each_operation(update, expected):
    from kg.sparqltext import with_dataset

    assert with_dataset(update, ["http://example.org/g"], []) == expected
