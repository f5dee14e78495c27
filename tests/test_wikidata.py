"""`kg link wikidata` against a real SPARQL server: `oxigraph serve` on 127.0.0.1, loaded with a
small Wikidata-shaped fixture (tests/data/wikidata_iconclass.ttl). Never the internet."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.store import OxigraphStore
from kg.vocab import ICO, OA, RDF, SKOS, WD, iconclass_iri

FIXTURE = Path(__file__).parent / "data" / "wikidata_iconclass.ttl"
BASE = "http://example.org/"


@pytest.fixture(scope="module")
def wikidata_endpoint(tmp_path_factory):
    """`oxigraph serve-read-only` on an ephemeral loopback port, loaded with the fixture."""
    from conftest import oxigraph_server

    with oxigraph_server(FIXTURE, tmp_path_factory.mktemp("wikidata")) as url:
        yield url


@pytest.fixture()
def store_path(tmp_path):
    """A store naming Iconclass concepts the ways the pipeline does, one already matched."""
    path = tmp_path / "db"
    jerome, baptist = NamedNode(iconclass_iri("11H(JEROME)")), NamedNode(iconclass_iri("11H(JOHN THE BAPTIST)"))
    george, unknown = NamedNode(iconclass_iri("11H(GEORGE)")), NamedNode(iconclass_iri("25FF411"))
    with OxigraphStore(path) as store:
        store.replace_graphs({
            BASE + "graph/inferences/a": [(NamedNode(BASE + "att/1"), ICO.subject, jerome)],
            BASE + "graph/links/a": [(NamedNode(BASE + "link/1"), RDF.type, OA.Annotation),
                                     (NamedNode(BASE + "link/1"), OA.hasBody, baptist),
                                     (NamedNode(BASE + "link/2"), OA.hasBody, unknown)],
            BASE + "graph/rules": [(NamedNode(BASE + "rule/g"), ICO.ruleSubject, george),
                                   (george, SKOS.exactMatch, NamedNode(WD + "Q48438"))],
        })
    return path


def _matches(path: Path) -> list[tuple[str, str, str]]:
    with OxigraphStore(path, read_only=True) as store:
        rows = store.select("SELECT ?g ?c ?i WHERE { GRAPH ?g { ?c <%s> ?i } }" % SKOS.exactMatch.value)
    return sorted((r["g"].value, r["c"].value, r["i"].value) for r in rows)


def test_lookup_asks_the_endpoint_through_sparqlwrapper(wikidata_endpoint, no_network):
    from kg import wikidata

    found = wikidata.lookup(wikidata_endpoint, ["11H(JEROME)", "11H(JOHN THE BAPTIST)", "25FF411"])
    assert found == {"11H(JEROME)": ["Q44248"], "11H(JOHN THE BAPTIST)": ["Q40662"]}


def test_kg_link_wikidata_caches_exact_matches_once(wikidata_endpoint, store_path, runner, no_network):
    from kg.cli import main

    args = ["link", "wikidata", "--endpoint", wikidata_endpoint, "--store", str(store_path),
            "--base-iri", BASE]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "4 Iconclass concepts asked, 3 with a Wikidata item, 2 exactMatch triples cached" in result.output
    cached = [m for m in _matches(store_path) if m[0] == BASE + "graph/wikidata"]
    assert cached == sorted([
        (BASE + "graph/wikidata", iconclass_iri("11H(JEROME)"), WD + "Q44248"),
        (BASE + "graph/wikidata", iconclass_iri("11H(JOHN THE BAPTIST)"), WD + "Q40662")])
    before = _matches(store_path)
    assert runner.invoke(main, args).exit_code == 0
    assert _matches(store_path) == before  # a second lookup replaces, never duplicates


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_endpoint_is_a_store_error(store_path, runner):
    from kg.cli import main

    dead = f"http://127.0.0.1:{_free_port()}/query"
    result = runner.invoke(main, ["link", "wikidata", "--endpoint", dead, "--store", str(store_path),
                                  "--timeout", "5"])
    assert result.exit_code == 5 and "Wikidata lookup failed" in result.output


def test_the_endpoint_must_be_http(store_path, runner):
    from kg.cli import main

    result = runner.invoke(main, ["link", "wikidata", "--endpoint", "file:///etc/passwd",
                                  "--store", str(store_path)])
    assert result.exit_code == 3 and "http(s)" in result.output
