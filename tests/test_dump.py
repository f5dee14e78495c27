"""Dumps, the VoID/DCAT description, IIIF annotation pages and the export profiles."""
from __future__ import annotations

import gzip

import pyoxigraph as ox
import pytest
import rdflib

from conftest import BROWSER, RDF_CLIENTS
from kg.dump import read_gzip_lines

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
ART = "uccello-saint-george-ng6294"


def test_whole_dataset_as_nquads(client, demo_store):
    r = client.get("/dumps/dataset.nq.gz")
    assert r.status_code == 200 and r.mimetype == "application/gzip"
    lines = read_gzip_lines(r.get_data())
    assert len(lines) == len(demo_store)
    quads = list(ox.parse(gzip.decompress(r.get_data()), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == set(demo_store.named_graphs())


def test_layer_and_graph_dumps(client, demo_store):
    layer = read_gzip_lines(client.get("/dumps/layer/detections.nt.gz").get_data())
    per_graph = 0
    for graph in demo_store.named_graphs():
        if "/graph/detections/" in graph:
            name = graph.split("/graph/", 1)[1]
            per_graph += len(read_gzip_lines(client.get(f"/dumps/graph/{name}.nt.gz").get_data()))
    assert layer and len(layer) == per_graph
    turtle = client.get("/dumps/layer/metadata.ttl")
    assert turtle.mimetype == "text/turtle"
    assert len(rdflib.Graph().parse(data=turtle.get_data(as_text=True), format="turtle")) > 12


def test_dumps_are_conditional(client):
    r = client.get("/dumps/dataset.nt.gz")
    etag, modified = r.headers["ETag"], r.headers["Last-Modified"]
    assert client.get("/dumps/dataset.nt.gz", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/dumps/dataset.nt.gz", headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get("/dumps/dataset.nt.gz", headers={"If-Match": etag}).status_code == 200
    assert client.get("/dumps/dataset.nt.gz", headers={"If-Unmodified-Since": modified}).status_code == 200
    for failing in ({"If-Match": '"another"'}, {"If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}):
        r = client.get("/dumps/dataset.nt.gz", headers=failing)
        assert r.status_code == 412 and r.get_data() == b"", failing  # no body it did not ask for


def test_unknown_dump_lists_the_names(client):
    r = client.get("/dumps/nope.nt.gz")
    assert r.status_code == 404 and "dataset.nq.gz" in r.get_json()["error"]


def test_void_lists_dumps_counts_endpoint_and_licence(client, demo_store):
    r = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    dataset = rdflib.URIRef("http://127.0.0.1:5000/dataset")
    assert int(g.value(dataset, VOID.triples)) == len(demo_store)
    assert g.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef("http://localhost/sparql")
    assert g.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/license")) is not None
    dumps = {str(d) for d in g.objects(dataset, VOID.dataDump)}
    assert dumps == {"http://localhost/dumps/dataset.nq.gz", "http://localhost/dumps/dataset.nt.gz"}
    subsets = list(g.objects(dataset, VOID.subset))
    assert len(subsets) >= 4
    assert sum(int(g.value(s, VOID.triples)) for s in subsets) == len(demo_store)
    for url in g.objects(None, DCAT.downloadURL):  # every dump announced is there
        assert client.get(str(url).replace("http://localhost", "")).status_code == 200


def test_every_iri_the_void_mints_under_the_base_dereferences(client):
    """The subsets (layers) are fragments of the dataset's document, which describes them."""
    r = client.get("/dataset", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    dataset = rdflib.URIRef("http://127.0.0.1:5000/dataset")
    subsets = set(g.objects(dataset, VOID.subset))
    assert rdflib.URIRef("http://127.0.0.1:5000/dataset#layer-metadata") in subsets
    minted = {t for triple in g for t in triple
              if isinstance(t, rdflib.URIRef) and t.startswith("http://127.0.0.1:5000/")}
    assert subsets <= minted
    # each distribution too (a fragment of the dump's own URL fetched the gzip file, no RDF)
    distributions = set(g.objects(None, DCAT.distribution))
    assert distributions and distributions <= minted
    assert rdflib.URIRef("https://w3id.org/iconograph/ontology") in set(g.objects(dataset, VOID.vocabulary))
    for iri in minted:
        document = iri.split("#", 1)[0].replace("http://127.0.0.1:5000", "")
        answer = client.get(document, headers={"Accept": "text/turtle"})
        assert answer.status_code == 200, iri
        described = rdflib.Graph().parse(data=answer.get_data(as_text=True), format="turtle")
        assert (iri, None, None) in described, iri


@pytest.mark.parametrize("path", ["/dataset", "/.well-known/void"])
def test_a_browser_gets_the_dataset_description_as_a_page(client, path):
    """The site header links /dataset: a person gets the VoID/DCAT description as a page (it used
    to download RDF/XML in Chrome): each dump the RDF lists, linked with its media type, the
    triple counts, the endpoint and the licence, and each layer's subset IRI as a fragment."""
    void = rdflib.Graph().parse(data=client.get(path, headers={"Accept": "text/turtle"}).get_data(as_text=True),
                                format="turtle")
    r = client.get(path, headers={"Accept": BROWSER})
    assert r.status_code == 200 and r.mimetype == "text/html" and r.headers["Vary"] == "Accept"
    html = r.get_data(as_text=True)
    assert "<title>Iconograph knowledge graph" in html and "<header>" in html
    dists = list(void.subjects(rdflib.RDF.type, DCAT.Distribution))
    assert len(dists) >= 10
    for dist in dists:
        url, media = void.value(dist, DCAT.downloadURL), void.value(dist, DCAT.mediaType)
        assert f'<a href="{url}" type="{media.rsplit("/", 2)[-2]}/{media.rsplit("/", 1)[-1]}">' in html, url
    rows = html.split("<tr")
    dataset = rdflib.URIRef("http://127.0.0.1:5000/dataset")
    for node in [dataset, *void.objects(dataset, VOID.subset)]:
        fragment = node.split("#", 1)[1] if "#" in node else None
        row = next(r for r in rows if (f'id="{fragment}"' in r if fragment else '<th scope="row">whole dataset</th>' in r))
        assert f"<td>{void.value(node, VOID.triples)}</td>" in row
        assert all(str(dump) in row for dump in void.objects(node, VOID.dataDump))
    for value in (void.value(dataset, VOID.sparqlEndpoint),
                  void.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/license"))):
        assert f'<a href="{value}">' in html
    etag = r.headers["ETag"]
    assert client.get(path, headers={"Accept": BROWSER, "If-None-Match": etag}).status_code == 304
    assert client.get(path + "?format=turtle", headers={"Accept": BROWSER}).mimetype == "text/turtle"


@pytest.mark.parametrize("accept, mimetype", RDF_CLIENTS)
def test_rdf_clients_still_get_the_void(client, accept, mimetype):
    for path in ("/dataset", "/.well-known/void"):
        r = client.get(path, headers={"Accept": accept} if accept else {})
        assert r.status_code == 200 and r.mimetype == mimetype and r.headers["Vary"] == "Accept", path


def test_iiif_annotation_page_validates(client):
    from iiif_prezi3 import AnnotationPage

    r = client.get(f"/iiif/{ART}/annotations")
    assert r.status_code == 200 and "presentation/3" in r.headers["Content-Type"]
    data = r.get_json()
    page = AnnotationPage(**data)
    assert len(page.items) == 5
    assert all("#xywh=" in item["target"] for item in data["items"])
    assert {item["body"][0]["value"] for item in data["items"]} == {"dragon", "horse", "knight", "lance", "woman"}


def test_iiif_annotations_have_ids_of_their_own(client):
    """A IIIF annotation (tagging, text and class bodies) is not the RDF annotation of the same
    detection (identifying, the class its body): its id is a fragment of the page, which the
    store describes nowhere, and ``via`` links the RDF one, which dereferences as such."""
    data = client.get(f"/iiif/{ART}/annotations").get_json()
    ids = [item["id"] for item in data["items"]]
    assert len(set(ids)) == len(ids) == 5 and all(i.startswith(data["id"] + "#") for i in ids)
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    for item in data["items"]:
        # the id dereferences to the page that holds it
        assert client.get(item["id"].replace("http://127.0.0.1:5000", "")).get_json() == data
        (rdf,) = item["via"]
        g = rdflib.Graph().parse(data=client.get(rdf.replace("http://127.0.0.1:5000", ""),
                                                 headers={"Accept": "text/turtle"}).get_data(as_text=True),
                                 format="turtle")
        assert (rdflib.URIRef(rdf), oa.motivatedBy, oa.identifying) in g
        asked = client.get("/sparql", query_string={"query": f"ASK {{ {{ <{item['id']}> ?p ?o }} UNION "
                                                             f"{{ ?s ?p <{item['id']}> }} }}"})
        assert asked.get_json()["boolean"] is False


def test_iiif_rejects_unknown_artworks(client):
    assert client.get("/iiif/nope/annotations").status_code == 404


def test_wikidata_profile(client):
    claims = client.get("/export/wikidata.json").get_json()
    uccello = next(c for c in claims if c["artwork"].endswith(ART))
    claim = uccello["claims"]["P180"][0]
    assert claim["mainsnak"]["datavalue"]["value"]["id"] == "Q48438"
    reference = claim["references"][0]["snaks"]["P854"][0]["datavalue"]["value"]
    assert reference.endswith(f"{ART}/attribution/saint-george")
    triples = client.get("/export/wikidata.nt").get_data(as_text=True)
    assert f"<http://127.0.0.1:5000/artwork/{ART}> <http://www.wikidata.org/prop/direct/P180> " \
           "<http://www.wikidata.org/entity/Q48438> ." in triples


def test_europeana_profile(client):
    data = client.get("/export/europeana.jsonld").get_json()
    assert data["type"] == "AnnotationCollection" and data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    assert data["total"] == len(items) > 0
    bodies = {i["body"] for i in items if i["target"][0].endswith(ART)}
    assert bodies == {"http://www.wikidata.org/entity/Q48438", "https://iconclass.org/11H(GEORGE)"}
    assert all(i["motivation"] == "tagging" for i in items)
    assert all(len(i["target"]) == 1 or i["target"][1].startswith("http") for i in items)


def test_an_export_may_ask_more_confidence_than_the_store_asserts(client, runner, demo_store_path):
    """Wikidata's editors may want only the surest subjects: ?min_confidence= / --min-confidence."""
    import json

    from kg.cli import main

    every = client.get("/export/wikidata.json").get_json()
    sure = client.get("/export/wikidata.json?min_confidence=0.9").get_json()
    assert 0 < sum(len(c["claims"]["P180"]) for c in sure) < sum(len(c["claims"]["P180"]) for c in every)
    assert client.get("/export/wikidata.json?min_confidence=2", headers={"Accept": "application/json"}).status_code == 400
    collection = client.get("/export/europeana.jsonld?min_confidence=0.9").get_json()
    assert 0 < collection["total"] < client.get("/export/europeana.jsonld").get_json()["total"]
    result = runner.invoke(main, ["export", "wikidata", "--min-confidence", "0.9", "--store", str(demo_store_path)])
    assert result.exit_code == 0 and json.loads(result.output) == sure
    assert runner.invoke(main, ["export", "wikidata", "--min-confidence", "1.5",
                                "--store", str(demo_store_path)]).exit_code == 2


def test_kg_dump_writes_the_files(runner, demo_store_path, tmp_path, demo_store):
    from kg.cli import main

    out = tmp_path / "dumps"
    result = runner.invoke(main, ["dump", "--store", str(demo_store_path), "--out", str(out),
                                  "--base-iri", "http://127.0.0.1:5000/"])
    assert result.exit_code == 0, result.output
    assert len(read_gzip_lines((out / "dataset.nq.gz").read_bytes())) == len(demo_store)
    assert (out / "layer" / "metadata.nt.gz").is_file() and (out / "void.ttl").is_file()
    assert len(list((out / "graph" / "detections").glob("*.nt.gz"))) == 12


# -- the listing is kept until the store changes -------------------------------------------------
BASE = "http://127.0.0.1:5000/"
AUTH = {"Authorization": "Bearer t0k"}


def _void_count(r) -> int:
    g = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    return int(g.value(rdflib.URIRef(BASE + "dataset"), VOID.triples))


def _insert(client, n: int) -> None:
    triples = " ".join(f"<{BASE}s{n}> <{BASE}p> {i} ." for i in range(n))
    r = client.post("/sparql", headers=AUTH, data={
        "update": f"INSERT DATA {{ GRAPH <{BASE}graph/metadata/a{n}> {{ {triples} }} }}"})
    assert r.status_code == 204, r.get_data(as_text=True)


@pytest.fixture(params=["memory", "disk"])
def scanned(request, tmp_path, monkeypatch):
    """An app over a small writable store, and a list that grows by one per scan of the store."""
    from kg import create_app, dump
    from kg.store import OxigraphStore

    store = OxigraphStore(None if request.param == "memory" else tmp_path / "db")
    store.replace_graphs({BASE + "graph/metadata/seed": [
        (ox.NamedNode(BASE + "seed"), ox.NamedNode(BASE + "p"), ox.Literal("x"))]})
    app = create_app({"TESTING": True, "STORE": store, "UPDATE_TOKEN": "t0k", "BASE_IRI": BASE,
                      "QUERY_WORKERS": 0})
    scans = []
    real = dump.parts
    monkeypatch.setattr(dump, "parts", lambda *a: scans.append(1) or real(*a))
    yield app.test_client(), store, scans
    store.close()


def test_void_and_dumps_are_not_scanned_again_without_a_write(scanned):
    client, _, scans = scanned
    first = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    again = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert first.headers["ETag"] == again.headers["ETag"] and _void_count(again) == 1
    assert client.get("/.well-known/void", headers={"Accept": "text/turtle", "If-None-Match":
                                                   first.headers["ETag"]}).status_code == 304
    dump_etag = client.get("/dumps/dataset.nt.gz").headers["ETag"]
    assert client.get("/dumps/dataset.nt.gz").headers["ETag"] == dump_etag
    assert client.get("/dumps/layer/metadata.nq.gz").status_code == 200
    assert len(scans) == 1


def test_a_write_changes_the_counts_and_the_etags(scanned):
    client, _, scans = scanned
    before = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    dump_before = client.get("/dumps/dataset.nt.gz")
    _insert(client, 3)
    after = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert (_void_count(before), _void_count(after)) == (1, 4)
    assert after.headers["ETag"] != before.headers["ETag"] and "Last-Modified" in after.headers
    assert client.get("/.well-known/void", headers={"Accept": "text/turtle", "If-None-Match":
                                                   before.headers["ETag"]}).status_code == 200
    dump_after = client.get("/dumps/dataset.nt.gz", headers={"If-None-Match": dump_before.headers["ETag"]})
    assert dump_after.status_code == 200 and len(read_gzip_lines(dump_after.get_data())) == 4
    assert client.get("/dumps/layer/metadata.nt.gz").status_code == 200  # no scan: same state
    assert len(scans) == 2


def test_a_write_beside_the_endpoint_is_seen_on_disk(scanned):
    """The pipeline writes to the store object itself; on disk the database's files tell."""
    client, store, scans = scanned
    if store.path is None:
        pytest.skip("in memory only writes through the endpoint are seen (nothing else can tell)")
    before = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    store.replace_graphs({BASE + "graph/metadata/b": [
        (ox.NamedNode(BASE + "b"), ox.NamedNode(BASE + "p"), ox.Literal(str(i))) for i in range(5)]})
    after = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert (_void_count(before), _void_count(after)) == (1, 6)
    assert after.headers["ETag"] != before.headers["ETag"] and len(scans) == 2


def test_a_dump_is_saved_under_a_readable_file_name():
    from kg.dump import _attachment

    header = _attachment("graph/metadata/%C3%B1and%C3%BA%20%22x%22.nt.gz")
    assert header.isascii()
    assert 'filename="graph-metadata-_and_ _x_.nt.gz"' in header
    assert "filename*=UTF-8''graph-metadata-%C3%B1and%C3%BA%20%22x%22.nt.gz" in header


def test_a_dump_is_streamed_and_a_304_reads_nothing(client, monkeypatch):
    """A dump goes out as it is read from the store, without a Content-Length worked out by
    reading it all first; a client holding the current copy is answered without reading it."""
    from kg import dump as dump_mod

    read = []
    real = dump_mod.stream

    def counting(*args):
        for chunk in real(*args):
            read.append(len(chunk))
            yield chunk

    monkeypatch.setattr(dump_mod, "stream", counting)
    r = client.get("/dumps/dataset.nq.gz", buffered=False)
    assert r.status_code == 200 and r.is_streamed and "Content-Length" not in r.headers
    body = b"".join(r.response)
    assert read and len(body) == sum(read)
    read.clear()
    again = client.get("/dumps/dataset.nq.gz", headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304 and not read
