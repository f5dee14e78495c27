"""Identifiers as collections write them: spaces, slashes, commas, non-ASCII letters, ``%``.

They are kept in ``dcterms:identifier`` as written, percent-encoded once in every minted IRI,
decoded wherever an IRI is read back (reasoning, descriptions, pages), and never taken for a path.
"""
from __future__ import annotations

import csv
import re
from urllib.parse import quote

import pytest
from conftest import BASE, SAMPLES

from kg.cli import run_enrich
from kg.graph import Iris, file_name, last_segment
from kg.store import OxigraphStore

#: One awkward identifier per sample row, in the sample's order (12 rows).
AWKWARD = ["NG 6294", "1937/1/26", "INV 609", "1881,0709.3", "Gemälde 100%", "..",
           "KdZ 5025/1", "a#b?c", "inv. n° 7", "x&y=z", "Ölbild [12]", "P.1978.PG.108"]
ICO = "https://w3id.org/iconograph/ontology#"


def _subjects(store: OxigraphStore) -> dict[str, set[str]]:
    """Per dcterms:identifier, the subjects asserted of the artwork."""
    rows = store.select(f"""PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?subject WHERE {{ ?art dcterms:identifier ?id .
          OPTIONAL {{ ?art <{ICO}depictsSubject> ?subject }} }}""")
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["id"].value, set())
        if "subject" in row:
            out[row["id"].value].add(row["subject"].value)
    return out


@pytest.fixture(scope="module")
def awkward(tmp_path_factory, sample_rows):
    """The sample collection under awkward identifiers, enriched; (store path, old → new id)."""
    root = tmp_path_factory.mktemp("awkward")
    renamed = {row["identifier"]: new for row, new in zip(sample_rows, AWKWARD)}
    with open(root / "collection.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(sample_rows[0]))
        writer.writeheader()
        writer.writerows({**row, "identifier": renamed[row["identifier"]]} for row in sample_rows)
    path = root / "store"
    run_enrich(root / "collection.csv", store_path=path, base_iri=BASE,
               annotations=SAMPLES / "annotations.json", progress=False)
    return path, renamed


def test_the_same_subjects_as_under_plain_identifiers(awkward, demo_store):
    path, renamed = awkward
    with OxigraphStore(path) as store:
        got = _subjects(store)
    expected = {renamed[ident]: subjects for ident, subjects in _subjects(demo_store).items()}
    assert got == expected
    assert sum(map(len, got.values())) == 11


def test_every_graph_and_artwork_iri_is_encoded_once(awkward):
    path, renamed = awkward
    iris = Iris(BASE)
    with OxigraphStore(path) as store:
        graphs = set(store.named_graphs())
        artworks = {row["artwork"].value for row in store.select(
            f"SELECT ?artwork WHERE {{ ?artwork a <{ICO}Artwork> }}")}
    assert artworks == {iris.artwork(i).value for i in AWKWARD}
    assert iris.artwork("1937/1/26").value == BASE + "artwork/1937%2F1%2F26"
    per_artwork = {g for g in graphs if g.startswith(BASE + "graph/") and g.count("/") == 5
                   and "/graph/agents/" not in g}
    expected = {iris.graph(layer, i) for i in AWKWARD for layer in ("metadata", "detections", "scene")}
    assert expected <= per_artwork
    inferred = {g for g in per_artwork if "/graph/inferences/" in g}
    assert inferred and all(last_segment(g) in AWKWARD for g in inferred)
    assert {last_segment(g) for g in per_artwork} <= set(AWKWARD)


def test_reasoning_again_changes_nothing(awkward, runner):
    from kg.cli import main

    path, _ = awkward
    with OxigraphStore(path) as store:
        before = set(store.pyoxigraph_store())
    result = runner.invoke(main, ["reason", "--store", str(path), "--base-iri", BASE])
    assert result.exit_code == 0, result.output
    with OxigraphStore(path) as store:
        after = set(store.pyoxigraph_store())
    changed = {q for q in before ^ after if "ReasoningRun" not in str(q) and "generatedAtTime" not in str(q)
               and "startedAtTime" not in str(q) and "endedAtTime" not in str(q)}
    assert not changed


def test_describe_takes_the_identifier_as_written(awkward, runner):
    from kg.cli import main

    path, _ = awkward
    result = runner.invoke(main, ["describe", "1937/1/26", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "Saint George" in result.output


@pytest.fixture(scope="module")
def awkward_app(awkward, tmp_path_factory):
    from PIL import Image

    from kg import create_app

    path, _ = awkward
    images = tmp_path_factory.mktemp("images")
    Image.new("RGB", (40, 30), "white").save(images / f"{file_name('1937/1/26')}.png")
    store = OxigraphStore(path)
    yield create_app({"TESTING": True, "STORE": store, "IMAGES_DIR": str(images)})
    store.close()


@pytest.fixture()
def awkward_client(awkward_app):
    return awkward_app.test_client()


@pytest.mark.parametrize("ident", ["1937/1/26", "NG 6294", "Gemälde 100%", "..", "a#b?c", "x&y=z"])
def test_artwork_pages_answer_at_the_minted_iri(awkward_client, ident):
    path = "/" + Iris(BASE).artwork(ident).value[len(BASE):]
    page = awkward_client.get(path, headers={"Accept": "text/html"})
    assert page.status_code == 200, path
    assert "Saint" in page.get_data(as_text=True) or "Landscape" in page.get_data(as_text=True)
    turtle = awkward_client.get(path, headers={"Accept": "application/n-triples"})
    assert f"<{Iris(BASE).artwork(ident).value}>" in turtle.get_data(as_text=True)


def test_a_client_escaping_differently_reaches_the_same_page(awkward_client):
    nt = {"Accept": "application/n-triples"}
    minted = awkward_client.get("/artwork/Gem%C3%A4lde%20100%25", headers=nt)
    assert minted.status_code == 200
    for path in ("/artwork/Gem%c3%a4lde%20100%25", "/artwork/Gemälde 100%25", "/artwork/%47em%C3%A4lde%20100%25"):
        assert awkward_client.get(path, headers=nt).get_data() == minted.get_data(), path
    assert awkward_client.get("/artwork/Gem%C3%A4lde%20100", headers=nt).status_code == 404


def test_the_local_image_and_the_links_keep_the_slash_inside_the_identifier(awkward_client):
    page = awkward_client.get("/artwork/1937%2F1%2F26", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "/artwork/1937%2F1%2F26/image" in page
    image = awkward_client.get("/artwork/1937%2F1%2F26/image")
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert awkward_client.get("/artwork/1937/1/26").status_code == 404
    home = awkward_client.get("/").get_data(as_text=True)
    assert 'href="/artwork/1937%2F1%2F26"' in home and "%252F" not in home


def test_iiif_annotations_of_an_identifier_with_slashes(awkward_client):
    r = awkward_client.get("/iiif/" + quote("1937/1/26", safe="") + "/annotations")
    assert r.status_code == 200 and r.get_json()["items"]


@pytest.mark.parametrize("ident", ["NG 6294", "KdZ 5025/1", "Gemälde 100%", "a#b?c", "1937/1/26"])
def test_the_iiif_page_id_is_minted_the_same_everywhere_and_dereferences(awkward, awkward_client,
                                                                         runner, ident):
    """The AnnotationPage's id has the identifier as one percent-encoded segment, as the artwork's
    IRI has it (not the request's decoded path: no raw ä, no extra segment for a slash), the same
    from ``kg export iiif``; a GET of that id answers the page, and the artwork page links it."""
    import json

    from kg.cli import main

    minted = f"{BASE}iiif/{quote(ident, safe='')}/annotations"
    page = awkward_client.get(f"/iiif/{quote(ident, safe='')}/annotations").get_json()
    assert page["id"] == minted
    again = awkward_client.get(minted[len(BASE) - 1:])
    assert again.status_code == 200 and again.get_json() == page
    path, _ = awkward
    result = runner.invoke(main, ["export", "iiif", "--artwork", ident, "--store", str(path),
                                  "--base-iri", BASE])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["id"] == minted
    html = awkward_client.get("/" + Iris(BASE).artwork(ident).value[len(BASE):],
                              headers={"Accept": "text/html"}).get_data(as_text=True)
    assert f'href="{minted[len(BASE) - 1:]}"' in html


@pytest.mark.parametrize("ident, name", [
    ("NG6294", "NG6294"), ("inv. 12", "inv. 12"), ("1937/1/26", "1937%2F1%2F26"),
    ("..", "%2E%2E"), (".", "%2E"), ("a\\b", "a%5Cb"), ("100%", "100%25"), ("Gemälde", "Gemälde"),
])
def test_file_names_never_leave_their_folder(ident, name):
    assert file_name(ident) == name


def test_identifiers_are_read_as_written(tmp_path):
    from kg.ingest import read_collection

    path = tmp_path / "c.csv"
    path.write_text('identifier,title\n"1881,0709.3",A\nKdZ 5025/1,B\n Gemälde 7 ,C\n', encoding="utf-8")
    assert [a.identifier for a in read_collection(path)] == ["1881,0709.3", "KdZ 5025/1", "Gemälde 7"]


def test_a_control_character_names_the_first_line_of_its_record(tmp_path):
    from kg.errors import InputError
    from kg.ingest import read_collection

    path = tmp_path / "c.csv"
    path.write_text('identifier,title\nok,A\n"bad\nid",B\n', encoding="utf-8")
    with pytest.raises(InputError, match="control character") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"


def test_the_server_kg_serve_runs_keeps_the_escaped_slash(awkward_app):
    """waitress, not the test client: its WSGI path has %2F decoded, its request URI not."""
    import threading

    import requests

    from kg.app import make_server, stop_server

    http = make_server(awkward_app, "127.0.0.1", 0)
    thread = threading.Thread(target=http.run, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{http.effective_port}/artwork/1937%2F1%2F26"
        r = requests.get(url, headers={"Accept": "application/n-triples"}, timeout=30)
        assert r.status_code == 200 and f"<{BASE}artwork/1937%2F1%2F26>" in r.text
        assert requests.get(url.replace("%2F", "/"), timeout=30).status_code == 404
        iiif = f"http://127.0.0.1:{http.effective_port}/iiif/1937%2F1%2F26/annotations"
        assert requests.get(iiif, timeout=30).json()["id"] == f"{BASE}iiif/1937%2F1%2F26/annotations"
    finally:
        stop_server(http)
        thread.join(timeout=10)
        awkward_app.extensions["iconograph.pool"].close()


def test_the_dump_of_one_artworks_graph(awkward_client):
    import gzip

    # a graph's dump is named by its IRI below BASE/graph/ (kg/dump.py)
    r = awkward_client.get("/dumps/graph/detections/1937%2F1%2F26.nt.gz")
    assert r.status_code == 200
    assert f"<{BASE}artwork/1937%2F1%2F26>" in gzip.decompress(r.get_data()).decode()
    spaced = awkward_client.get("/dumps/graph/metadata/Gem%C3%A4lde%20100%25.ttl")
    assert spaced.status_code == 200 and "Gemälde 100%" in spaced.get_data(as_text=True)
    assert awkward_client.get("/dumps/graph/detections/1937/1/26.nt.gz").status_code == 404


@pytest.mark.parametrize("ident", ["1937/1/26", "Gemälde 100%"])
def test_the_link_header_names_the_page_as_minted(awkward_client, ident):
    """The alternates in ``Link`` are ASCII URLs that keep a ``%2F`` inside its segment, and
    each answers (``request.base_url`` has the path decoded)."""
    path = "/" + Iris(BASE).artwork(ident).value[len(BASE):]
    link = awkward_client.get(path, headers={"Accept": "text/html"}).headers["Link"]
    turtle = re.search(r"<([^>]*\?format=turtle)>", link).group(1)
    assert turtle.isascii() and turtle.endswith(path + "?format=turtle")
    r = awkward_client.get(turtle[turtle.index(path):])
    assert r.status_code == 200 and r.mimetype == "text/turtle"
