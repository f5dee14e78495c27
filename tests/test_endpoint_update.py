"""Writes need the token: SPARQL Update on /sparql and the Graph Store Protocol on /store."""
from __future__ import annotations

import pytest

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
    assert client.get("/store?default").status_code == 403
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
