"""The demo's enrichment, queried by a real SPARQL client over HTTP."""
from __future__ import annotations

from SPARQLWrapper import JSON, XML, SPARQLWrapper

from kg import queries
from kg.vocab import ICONCLASS, WD

GEORGE = ICONCLASS + "11H(GEORGE)"


def _select(live_server, text: str, fmt=JSON):
    client = SPARQLWrapper(f"{live_server}/sparql")
    client.setQuery(text)
    client.setReturnFormat(fmt)
    return client.query().convert()


def test_saint_george_for_exactly_the_saint_george_paintings(live_server, sample_rows):
    expected = {r["identifier"] for r in sample_rows if "george" in r["title"].lower()}
    assert len(expected) >= 4
    rows = _select(live_server, queries.text("subjects"))["results"]["bindings"]
    george = {r["artwork"]["value"].rsplit("/", 1)[-1] for r in rows if r["subject"]["value"] == GEORGE}
    assert george == expected
    for r in rows:
        if r["subject"]["value"] == GEORGE:
            assert r["notation"]["value"] == "11H(GEORGE)"
            assert r["wikidata"]["value"] == WD + "Q48438"


def test_other_subjects_for_their_paintings(live_server):
    rows = _select(live_server, queries.text("subjects"))["results"]["bindings"]
    by_artwork: dict[str, set[str]] = {}
    for r in rows:
        by_artwork.setdefault(r["artwork"]["value"].rsplit("/", 1)[-1], set()).add(r["notation"]["value"])
    assert by_artwork["antonello-saint-jerome-ng1418"] == {"11H(JEROME)"}
    assert by_artwork["raphael-saint-michael-louvre-inv608"] == {"11G183"}
    assert by_artwork["raphael-saint-catherine-ng168"] == {"11HH(CATHERINE)"}
    assert by_artwork["bellini-madonna-of-the-meadow-ng599"] == {"11F4"}
    assert "hobbema-avenue-at-middelharnis-ng830" not in by_artwork  # a landscape: no saint


def test_evidence_of_an_attribution(live_server):
    text = queries.text("evidence").replace(
        "WHERE {", "WHERE {\n  VALUES ?artwork { <http://127.0.0.1:5000/artwork/uccello-saint-george-ng6294> }", 1)
    rows = _select(live_server, text)["results"]["bindings"]
    assert {r["rule"]["value"] for r in rows} == {"https://w3id.org/iconograph/rule/saint-george"}
    labels = {r["label"]["value"] for r in rows}
    assert {"horse", "dragon"} <= labels and labels & {"knight", "person"} and labels & {"lance", "sword"}
    for r in rows:
        assert r["box"]["value"].startswith("xywh=")
        assert 0.0 < float(r["confidence"]["value"]) <= 1.0


def test_xml_results_through_sparqlwrapper(live_server):
    doc = _select(live_server, "ASK { ?s a <https://w3id.org/iconograph/ontology#Attribution> }", XML)
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"
