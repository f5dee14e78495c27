"""Collection metadata from a SPARQL endpoint (a real `oxigraph serve` on 127.0.0.1, loaded with
a small catalogue the test writes): a SELECT whose variables are the CSV's columns."""
from __future__ import annotations

import pytest

from kg.errors import InputError, StoreError
from kg.ingest.sparql import read_sparql

CATALOGUE = """\
@prefix dc: <http://purl.org/dc/elements/1.1/> .
@prefix edm: <http://www.europeana.eu/schemas/edm/> .
@prefix ex: <http://museum.example.org/> .
ex:o1 dc:identifier "NG 6294" ; dc:title "Saint George and the Dragon"@en ;
  dc:creator "Paolo Uccello" ; dc:subject <http://iconclass.org/11H(GEORGE)>, "dragon" ;
  edm:isShownBy <http://museum.example.org/img/ng6294.jpg> ;
  dc:description "Der Heilige und der Drache."@de .
ex:o2 dc:identifier "KdZ 5025/1" ; dc:title "San Girolamo"@it .
ex:o3 dc:title "no identifier" .
# a Europeana-shaped catalogue (its identifiers are dcterms:, so the other queries leave it out)
@prefix dcterms: <http://purl.org/dc/terms/> .
ex:p1 dcterms:identifier "SK-C-5" ; dc:title "De Nachtwacht"@nl, "The Night Watch"@en, "La Ronde de nuit"@fr ;
  dc:description "Een schutterstuk."@nl, "A militia piece."@en .
ex:p2 dcterms:identifier "Ma 399" ; dc:title "Η Αφροδίτη της Μήλου"@el, "Венера Милосская"@ru, "ミロのヴィーナス"@ja ;
  dc:description "Статуя."@ru .
ex:p3 dcterms:identifier "X 1" ; dc:title "Ohne Titel"@de, "Untitled" .
"""
QUERY = """\
PREFIX dc: <http://purl.org/dc/elements/1.1/>
PREFIX edm: <http://www.europeana.eu/schemas/edm/>
SELECT ?identifier ?title ?creator ?subject ?image ?description WHERE {
  ?o dc:identifier ?identifier ; dc:title ?title .
  OPTIONAL { ?o dc:creator ?creator } OPTIONAL { ?o dc:subject ?subject }
  OPTIONAL { ?o edm:isShownBy ?image } OPTIONAL { ?o dc:description ?description }
} ORDER BY ?identifier ?subject
"""


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    from conftest import oxigraph_server

    folder = tmp_path_factory.mktemp("catalogue")
    (folder / "catalogue.ttl").write_text(CATALOGUE, encoding="utf-8")
    with oxigraph_server(folder / "catalogue.ttl", folder) as url:
        yield url


def _query(tmp_path, text: str = QUERY):
    path = tmp_path / "collection.rq"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_select_gives_the_artworks_grouped_with_their_languages(endpoint, tmp_path):
    arts = {a.identifier: a for a in read_sparql(endpoint, _query(tmp_path))}
    assert set(arts) == {"NG 6294", "KdZ 5025/1"}
    george = arts["NG 6294"]
    assert (george.title, george.language, george.creator) == ("Saint George and the Dragon", "en", "Paolo Uccello")
    assert george.subjects == ("http://iconclass.org/11H(GEORGE)", "dragon")  # two rows, one artwork
    assert george.image == "http://museum.example.org/img/ng6294.jpg"
    assert (george.description, george.description_language) == ("Der Heilige und der Drache.", "de")
    assert (arts["KdZ 5025/1"].title, arts["KdZ 5025/1"].language) == ("San Girolamo", "it")


@pytest.mark.parametrize("text, message", [
    ("SELECT ?identifier ?titel WHERE { ?o <http://purl.org/dc/elements/1.1/title> ?titel ; "
     "<http://purl.org/dc/elements/1.1/identifier> ?identifier }", r"unknown variable\(s\) \?titel"),
    ("SELECT ?identifier WHERE { ?o <http://purl.org/dc/elements/1.1/identifier> ?identifier }",
     r"must select \?title"),
    ("ASK { ?s ?p ?o }", "must be a SELECT"),
    ("SELECT ?identifier ?title WHERE { BIND(BNODE() AS ?identifier) ?o "
     "<http://purl.org/dc/elements/1.1/title> ?title }", "blank node"),
    ("SELECT ?identifier ?title WHERE { ?o <http://example.org/nothing> ?title ; "
     "<http://example.org/nothing> ?identifier }", "found no artworks"),
])
def test_a_query_that_gives_no_collection_says_why(endpoint, tmp_path, text, message):
    with pytest.raises(InputError, match=message):
        read_sparql(endpoint, _query(tmp_path, text))


def test_an_unreachable_endpoint_and_a_bad_url_are_named(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="the collection query failed") as err:
        read_sparql(f"http://127.0.0.1:{port}/query", _query(tmp_path), timeout=5)
    assert err.value.where == f"http://127.0.0.1:{port}/query"
    with pytest.raises(InputError, match="http"):
        read_sparql("file:///etc/passwd", _query(tmp_path))


def test_kg_enrich_reads_the_collection_from_an_endpoint(endpoint, tmp_path, runner):
    """`kg enrich URL --sparql-query FILE`: the artworks the query lists, enriched like a CSV's."""
    import json

    import pyoxigraph as ox

    from kg.cli import main
    from kg.store import OxigraphStore

    boxes = {"images": [{"id": 1, "file_name": "ng6294.jpg", "width": 100, "height": 80}],
             "categories": [{"id": 1, "name": "dragon"}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 10, 30, 20]}]}
    (tmp_path / "boxes.json").write_text(json.dumps(boxes))
    store = tmp_path / "store"
    result = runner.invoke(main, ["enrich", endpoint, "--sparql-query", str(_query(tmp_path)),
                                  "--annotations", str(tmp_path / "boxes.json"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "2 artworks, 1 detections" in result.output
    with OxigraphStore(store) as s:
        titles = {r["t"] for r in s.select(
            "SELECT ?t WHERE { ?a a <https://w3id.org/iconograph/ontology#Artwork> ; "
            "<http://purl.org/dc/elements/1.1/title> ?t }")}
    assert titles == {ox.Literal("Saint George and the Dragon", language="en"),
                      ox.Literal("San Girolamo", language="it")}
    # a URL needs its query, and a query its URL
    alone = runner.invoke(main, ["enrich", endpoint, "--annotations", str(tmp_path / "boxes.json"),
                                 "--store", str(store)])
    assert alone.exit_code == 2 and "--sparql-query" in alone.output


@pytest.mark.parametrize("order", ["?identifier ?title", "?identifier DESC(?title)"])
def test_a_title_in_several_languages_is_chosen_as_edms_whatever_the_row_order(endpoint, tmp_path, order):
    """A row per title: the untagged one, else English, else the smallest tag, its tag the
    language; the description in that language where there is one (an untagged title did take
    another row's tag, and which title was kept was the endpoint's row order)."""
    arts = {a.identifier: a for a in read_sparql(endpoint, _query(tmp_path, f"""
        PREFIX dc: <http://purl.org/dc/elements/1.1/> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?identifier ?title ?description WHERE {{
          ?o dcterms:identifier ?identifier ; dc:title ?title OPTIONAL {{ ?o dc:description ?description }}
        }} ORDER BY {order}"""))}
    assert {k: (a.title, a.language, a.description, a.description_language) for k, a in arts.items()} == {
        "Ma 399": ("Η Αφροδίτη της Μήλου", "el", "Статуя.", "ru"),
        "SK-C-5": ("The Night Watch", "en", "A militia piece.", ""), "X 1": ("Untitled", "", "", "")}
