"""Linked-data pages: every minted IRI dereferences; the artwork page shows boxes and the why."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import rdflib

BASE = "http://127.0.0.1:5000/"
ART = "artwork/uccello-saint-george-ng6294"
ICO = "https://w3id.org/iconograph/ontology#"
NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # a browser's tab


def _minted(demo_store) -> dict[str, str]:
    """One minted IRI of each kind, found in the store (never guessed)."""
    found = {}
    kinds = {"artwork": f"{BASE}artwork/[^/]+$", "object": "/object/[^/]+$",
             "annotation": "/annotation/[^/]+$", "attribution": "/attribution/[^/]+$",
             "graph": f"{BASE}graph/", "run": f"{BASE}run/", "agent": f"{BASE}agent/"}
    terms = {q.subject.value for q in demo_store.pyoxigraph_store() if hasattr(q.subject, "value")}
    terms |= set(demo_store.named_graphs())
    for kind, pattern in kinds.items():
        found[kind] = sorted(t for t in terms if t.startswith(BASE) and re.search(pattern, t))[0]
    return found


@pytest.mark.parametrize("kind", ["artwork", "object", "annotation", "attribution", "graph", "run", "agent"])
def test_every_kind_of_minted_iri_dereferences(client, demo_store, kind):
    iri = _minted(demo_store)[kind]
    path = "/" + iri[len(BASE):]
    html = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.status_code == 200 and html.mimetype == "text/html"
    assert html.headers["Vary"].startswith("Accept") and "text/turtle" in html.headers["Link"]
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt")):
        r = client.get(path, headers={"Accept": accept})
        assert r.status_code == 200 and r.mimetype == accept
        graph = rdflib.Graph().parse(data=r.get_data(as_text=True), format=fmt)
        assert len(graph) > 0
        if kind != "graph":
            assert (rdflib.URIRef(iri), None, None) in graph or (None, None, rdflib.URIRef(iri)) in graph


def test_format_parameter_overrides_accept(client):
    r = client.get(f"/{ART}?format=ntriples", headers={"Accept": "text/html"})
    assert r.mimetype == "application/n-triples"


@pytest.mark.parametrize("accept, mimetype, fmt", [
    ("text/plain", "application/n-triples", "nt"),  # rdflib's format="nt" asks for it
    ("text/n3", "text/turtle", "n3"), ("text/rdf+n3", "text/turtle", "n3"),
    ("application/x-turtle", "text/turtle", "turtle"), ("application/turtle", "text/turtle", "turtle"),
    ("application/n-quads", "application/n-quads", "nquads"), ("application/trig", "application/trig", "trig"),
])
def test_every_rdf_type_clients_send_gets_rdf(client, accept, mimetype, fmt):
    """A client naming an RDF type, even an older name of one, gets RDF it can parse (it got the
    HTML page with a 200)."""
    r = client.get(f"/{ART}", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    graph = rdflib.Dataset().parse(data=r.get_data(as_text=True), format=fmt)
    assert (rdflib.URIRef(BASE + ART), None, None) in graph.default_graph or \
        any(s == rdflib.URIRef(BASE + ART) for s, _, _, _ in graph.quads((None, None, None, None)))


@pytest.mark.parametrize("accept, mimetype", [
    ("text/turtle;charset=utf-8", "text/turtle"),
    ("text/turtle; charset=UTF-8", "text/turtle"),
    ('application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"', "application/ld+json"),
    ("application/n-triples;charset=utf-8;q=0.9, text/html;q=0.5", "application/n-triples"),
    ("text/html;level=1, text/turtle;charset=utf-8;q=0.5", "text/html"),  # q-values still decide
])
def test_media_type_parameters_do_not_stop_negotiation(client, accept, mimetype):
    """RFC 9110 §12.5.1: a media type with parameters still names that type."""
    r = client.get(f"/{ART}", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    for path in ("/dataset", f"/store?graph={BASE}graph/ontology"):  # the other negotiating routes
        r = client.get(path, headers={"Accept": "application/n-triples; charset=utf-8"})
        assert r.mimetype == "application/n-triples", path


def test_a_graph_cut_at_max_rows_says_so_as_a_construct_does(demo_store):
    """A named graph's IRI answers its triples up to --max-rows, as /sparql's CONSTRUCT does, and
    says whether they were cut with the same headers (it used to cut silently); without a cap,
    all of them."""
    import pyoxigraph as ox

    from kg import create_app

    ontology = f"{BASE}graph/ontology"
    held = len(list(demo_store.pyoxigraph_store().quads_for_pattern(None, None, None, ox.NamedNode(ontology))))
    assert held > 50
    app = create_app({"TESTING": True, "STORE": demo_store, "MAX_ROWS": 50})
    try:
        client = app.test_client()
        for accept in ("text/turtle", "text/html"):
            r = client.get("/graph/ontology", headers={"Accept": accept})
            assert r.status_code == 200 and r.mimetype == accept
            assert r.headers["X-Iconograph-Truncated"] == "true" and r.headers["X-Iconograph-Max-Rows"] == "50"
            assert "X-Iconograph-Truncated" in r.headers["Access-Control-Expose-Headers"]
        construct = client.get("/sparql", headers={"Accept": "text/turtle"}, query_string={
            "query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ontology}> {{ ?s ?p ?o }} }}"})
        for header in ("X-Iconograph-Truncated", "X-Iconograph-Max-Rows"):
            assert r.headers[header] == construct.headers[header]
        small = client.get(f"/graph/metadata/{ART.split('/')[1]}", headers={"Accept": "text/turtle"})
        assert small.headers["X-Iconograph-Truncated"] == "false"
        assert client.get(f"/{ART}", headers={"Accept": "text/turtle"}).headers["X-Iconograph-Truncated"] == "false"
    finally:
        if "iconograph.pool" in app.extensions:
            app.extensions["iconograph.pool"].close()
    whole = create_app({"TESTING": True, "STORE": demo_store, "MAX_ROWS": None}).test_client()
    r = whole.get("/graph/ontology", headers={"Accept": "application/n-triples"})
    assert r.headers["X-Iconograph-Truncated"] == "false" and "X-Iconograph-Max-Rows" not in r.headers
    graph = {q.triple for q in ox.parse(r.get_data(), format=ox.RdfFormat.N_TRIPLES)}
    assert {q.triple for q in demo_store.pyoxigraph_store().quads_for_pattern(
        None, None, None, ox.NamedNode(ontology))} <= graph


def test_unknown_iri_is_404(client):
    assert client.get("/artwork/no-such-painting").status_code == 404


def _objects(demo_store) -> dict[str, str]:
    """The Uccello's depicted objects by label (one of each there), from the store."""
    rows = demo_store.select(f"""SELECT ?object ?label WHERE {{ ?object <{ICO}depictedIn> <{BASE}{ART}> ;
                                 <http://www.w3.org/2000/01/rdf-schema#label> ?label }}""")
    return {r["label"].value: r["object"].value for r in rows}


def test_a_resource_page_names_iris_by_their_labels(client, demo_store):
    """An object's page is headed by its label, not its IRI's last segment, and links the painting
    by its title and the other objects by their labels; the IRIs stay in the links' titles."""
    objects = _objects(demo_store)
    dragon = objects["dragon"]
    page = client.get(dragon[len(BASE) - 1:], headers={"Accept": NAVIGATION})
    assert page.headers["Vary"] == "Accept, Accept-Language"  # labels in the reader's language
    html = page.get_data(as_text=True)
    assert "<title>dragon · Iconograph</title>" in html and "<h1>dragon</h1>" in html
    assert f'<p class="iri">{dragon}</p>' in html
    assert f'href="/{ART}" title="{BASE}{ART}" lang="en">Saint George and the Dragon</a>' in html
    lance = objects["lance"]
    assert f'title="{lance}">lance</a>' in html
    assert f">{BASE}" not in html.replace(f'<p class="iri">{dragon}', "")  # no link text is an IRI
    assert f'title="{ICO}depictedIn" lang="en">depicted in</a>' in html  # properties by label too
    attribution = client.get(f"/{ART}/attribution/saint-george", headers={"Accept": NAVIGATION}).get_data(as_text=True)
    assert '>Saint George fighting the dragon</a>' in attribution  # the rule, by its label
    assert f'title="{dragon}">dragon</a>' in attribution
    assert f">{ART}/attribution/saint-george/relation/0</a>" in attribution  # no label: its path


def test_statements_about_a_resource_read_subject_first(client, demo_store):
    """What points to a resource is shown as the triple reads, subject first, in its own table:
    "lance above [this]" (the data), not "is ico:above of lance" beside "below lance"."""
    import pyoxigraph as ox

    objects = _objects(demo_store)
    dragon, lance = objects["dragon"], objects["lance"]
    store = demo_store.pyoxigraph_store()
    assert list(store.quads_for_pattern(ox.NamedNode(lance), ox.NamedNode(ICO + "above"), ox.NamedNode(dragon)))
    html = client.get(dragon[len(BASE) - 1:], headers={"Accept": NAVIGATION}).get_data(as_text=True)
    assert "<span class=\"muted\">is</span>" not in html and "<span class=\"muted\">of</span>" not in html
    says, about = html.split("<h2>Statements about it</h2>")
    link = '<a href="[^"]*" title="{}"[^>]*>{}</a>'
    row = "<tr><td>{}</td><td>{}</td>"
    assert re.search(row.format(link.format(re.escape(ICO + "below"), "below"), link.format(re.escape(lance), "lance")), says)
    assert re.search(row.format(link.format(re.escape(lance), "lance"), link.format(re.escape(ICO + "above"), "above"))
                     + '<td class="muted">this resource</td>', about)
    assert re.search(row.format(link.format(re.escape(BASE + ART), "Saint George and the Dragon"),
                                link.format(re.escape(ICO + "depicts"), "depicts")), about)
    assert ICO + "above" not in says and ICO + "below" not in about


def test_artwork_page_shows_boxes_subjects_and_why(client):
    html = client.get("/" + ART).get_data(as_text=True)
    boxes = re.findall(r'<g class="box[^"]*" data-class="(\w+)"', html)
    assert sorted(set(boxes)) == ["Dragon", "Horse", "Knight", "Lance", "Woman"]
    assert "Paolo Uccello" in html and "NG6294" in html
    assert "Saint George" in html and "0.95" in html and "asserted" in html
    assert '<h1 lang="en">' in html  # the title's language, from the collection's language column
    why = html[html.index('id="why-saint-george"'):]
    assert "Saint George fighting the dragon" in why
    assert "knight rides horse" in why
    # the why drawing dims what is not evidence: the woman is drawn dashed there
    assert re.search(r'data-class="Woman".*?stroke-dasharray', why, re.S)


def test_a_local_image_is_drawn_under_the_boxes(demo_store, tmp_path):
    from PIL import Image

    from kg import create_app

    Image.new("RGB", (1600, 1199), (90, 120, 60)).save(tmp_path / "uccello-saint-george-ng6294.png")
    app = create_app({"TESTING": True, "STORE": demo_store, "IMAGES_DIR": str(tmp_path)})
    client = app.test_client()
    html = client.get("/" + ART).get_data(as_text=True)
    assert 'viewBox="0 0 1600 1199"' in html and f'<image href="/{ART}/image"' in html
    image = client.get(f"/{ART}/image")
    assert image.status_code == 200 and image.mimetype == "image/png"


def test_artwork_page_lists_the_collections_subject_terms(tmp_path):
    from kg import create_app
    from kg.graph import Iris, metadata_triples
    from kg.model import Artwork
    from kg.store import OxigraphStore

    iris = Iris(BASE)
    art = Artwork(identifier="s1", title="Saint George", subject="dragon | 11H(GEORGE)",
                  type="panel painting", page="https://museum.example/objects/s1")
    store = OxigraphStore(tmp_path / "db")
    store.replace_graphs({iris.graph("metadata", "s1"): list(metadata_triples(iris, art))})
    app = create_app({"TESTING": True, "STORE": store})
    html = app.test_client().get("/artwork/s1").get_data(as_text=True)
    subjects = html[html.index("<dt>Catalogue subjects</dt>"):].split("</dd>")[0]
    assert ">11H(GEORGE)</a>" in subjects and "dragon" in subjects  # the concept linked, the word as is
    assert 'href="/concept?iri=https' in subjects
    assert "<dt>Type</dt><dd>panel painting</dd>" in html
    assert '<a href="https://museum.example/objects/s1">' in html  # its page at the institution
    concept = app.test_client().get("/concept", query_string={"iri": "https://iconclass.org/11H(GEORGE)"})
    assert concept.status_code == 200  # the link leads somewhere: the artworks catalogued so
    page = concept.get_data(as_text=True)
    assert "Catalogued with this subject" in page and 'href="/artwork/s1">Saint George</a>' in page
    assert "11H(GEORGE)" in page
    store.close()


def test_concept_page_lists_artworks(client):
    r = client.get("/concept", query_string={"iri": "https://iconclass.org/11H(GEORGE)"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "Q48438" in html
    assert html.count("<tr><td><a href=\"/artwork/") >= 5
    assert client.get("/concept", query_string={"iri": "https://iconclass.org/0"}).status_code == 404


def test_home_lists_the_artworks(client):
    html = client.get("/").get_data(as_text=True)
    assert f'href="/{ART}"' in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (make test installs it)")
def test_artwork_page_in_headless_chromium(live_server, tmp_path):
    """The page renders in a real browser: the boxes are drawn in their class colours."""
    from PIL import Image

    url = f"{live_server}/{ART}"
    shot = tmp_path / "artwork-page.png"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
             "--hide-scrollbars", "--window-size=1280,1400"]
    dom = subprocess.run(flags + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('class="box') == 2 * 5  # the main drawing and the why drawing
    done = subprocess.run(flags + [f"--screenshot={shot}", url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    print(f"\nscreenshot: {shot}")
    colours = {m for m in re.findall(r'stroke="(#[0-9a-f]{6})"', dom.stdout)}
    with Image.open(shot) as im:
        pixels = set(im.convert("RGB").getdata())
    drawn = [c for c in colours if tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) in pixels]
    assert len(drawn) >= 4, f"box colours on screen: {drawn} of {colours}"


def _chromium_dom(url: str, tmp_path) -> str:
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
             "--dump-dom", url]
    done = subprocess.run(flags, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (make test installs it)")
def test_the_header_links_open_pages_in_headless_chromium(live_server, tmp_path):
    """A browser following the header's "SPARQL endpoint" and "dataset & dumps" links sees pages
    (it was sent the service description and the VoID as RDF to download), and an error page
    where the IRI names nothing (it was shown JSON)."""
    assert "<h1>SPARQL endpoint</h1>" in _chromium_dom(f"{live_server}/sparql", tmp_path)
    dataset = _chromium_dom(f"{live_server}/dataset", tmp_path)
    assert "<h1>Iconograph knowledge graph</h1>" in dataset and "dumps/dataset.nq.gz" in dataset
    missing = _chromium_dom(f"{live_server}/artwork/nope", tmp_path)  # an error: a page too
    assert "<h1>Not Found</h1>" in missing and "no artwork 'nope' in this dataset" in missing


def test_canvas_has_the_recorded_image_size(client):
    # the sample's annotation file gives the Uccello reproduction as 1600 x 1199 pixels
    import json

    from conftest import SAMPLES

    sizes = {i["file_name"]: (i["width"], i["height"]) for i in
             json.loads((SAMPLES / "annotations.json").read_text())["images"]}
    width, height = sizes["uccello-saint-george.jpg"]
    html = client.get("/artwork/uccello-saint-george-ng6294", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert f'viewBox="0 0 {width} {height}"' in html


def test_artwork_page_shows_the_generated_description_in_the_asked_language(client):
    html = client.get("/artwork/uccello-saint-george-ng6294",
                      headers={"Accept": "text/html", "Accept-Language": "de, en;q=0.5"}).get_data(as_text=True)
    assert '<p class="generated" lang="de">Der heilige Georg, auf einem Pferd' in html
    assert "Saint George, mounted on a horse" in html  # the other languages, folded away


def test_a_box_in_another_form_is_left_out_not_a_server_error(tmp_path, ontology):
    """A box written through the Graph Store or an update in a form the pages do not draw
    (``percent:``, a typo) leaves that box out of the page and the IIIF annotations; the rest stays."""
    from kg import create_app
    from kg.graph import Iris, detection_triples, metadata_triples
    from kg.model import Artwork, Box, Detection, DetectorInfo
    from kg.store import OxigraphStore

    iris = Iris(BASE)
    art = Artwork(identifier="s1", title="Saint George")
    dets = [Detection("s1", label, Box(10, 20, 30, 40), 0.9, key) for label, key in (("dragon", "k1"), ("horse", "k2"))]
    store = OxigraphStore(tmp_path / "db")
    store.replace_graphs({iris.graph("metadata", "s1"): list(metadata_triples(iris, art)),
                          iris.graph("detections", "s1"): list(detection_triples(
                              iris, ontology, art, DetectorInfo(name="people", kind="annotations"), dets))})
    value = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#value>"
    store.update(f'DELETE {{ GRAPH ?g {{ ?sel {value} ?v }} }} '
                 f'INSERT {{ GRAPH ?g {{ ?sel {value} "xywh=percent:10,10,20,20" }} }} '
                 f'WHERE {{ GRAPH ?g {{ ?sel {value} ?v }} '
                 f'FILTER(CONTAINS(STR(?sel), "{iris.annotation("s1", "k1").value}")) }}')
    client = create_app({"TESTING": True, "STORE": store}).test_client()
    page = client.get("/artwork/s1", headers={"Accept": "text/html"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "horse 0.90" in html and "dragon 0.90" not in html
    annotations = client.get("/iiif/s1/annotations")
    assert annotations.status_code == 200
    assert [item["label"]["en"] for item in annotations.get_json()["items"]] == [["horse"]]
    assert annotations.get_json()["items"][0]["body"][1] == {"type": "SpecificResource",
                                                             "source": ICO + "Horse"}
    jsonld = client.get("/artwork/s1", headers={"Accept": "application/json"})  # JSON asks for JSON-LD
    assert jsonld.mimetype == "application/ld+json" and rdflib.Graph().parse(
        data=jsonld.get_data(as_text=True), format="json-ld")
    store.close()


CHROME = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
          "*/*;q=0.8")  # Chrome's tab names image types as high as HTML


@pytest.mark.parametrize("accept, expected", [
    (None, 404), ("*/*", 404), ("image/webp,*/*;q=0.8", 404), ("image/webp,image/*;q=0.8", 404),
    ("text/html;q=0.5, image/*", 404),  # text/html not preferred over the image
    ("text/html", "text/html"), (NAVIGATION, "text/html"), (CHROME, "text/html"),
    ("text/turtle", "text/turtle"), ("text/turtle;charset=utf-8", "text/turtle"),
    ("image/*, application/ld+json;q=0.5", "application/ld+json"),  # the RDF asked for, by name
])
def test_the_image_iri_without_an_image_on_the_server(client, accept, expected):
    """edm:isShownBy names the image: a harvester or an <img> following it (an image type, */*,
    no Accept) learns it is not here (no --images), in the documented error shape; a client that
    names an RDF type gets the image resource's description, one preferring HTML the page."""
    r = client.get(f"/{ART}/image", headers={"Accept": accept} if accept else {})
    if expected == 404:
        assert r.status_code == 404 and r.mimetype == "application/json"
        assert r.get_json()["status"] == 404 and "--images" in r.get_json()["error"]
    else:
        assert r.status_code == 200 and r.mimetype == expected
        assert f"{BASE}{ART}/image" in r.get_data(as_text=True)


@pytest.mark.parametrize("accept, expected", [
    (None, "image/png"), ("*/*", "image/png"), ("image/webp,*/*;q=0.8", "image/png"),
    ("image/*, text/turtle;q=0.5", "image/png"),
    ("text/turtle", "text/turtle"), ("application/n-triples, */*;q=0.1", "application/n-triples"),
    (NAVIGATION, "text/html"), (CHROME, "image/png"),  # a Chrome tab opens the picture held
])
def test_the_image_iri_with_an_image_on_the_server(demo_store, tmp_path, accept, expected):
    """With --images the picture goes to whoever accepts it; its description (Turtle, ...) is
    still there for a client that names an RDF type, rather than the file whatever was asked."""
    from PIL import Image

    from kg import create_app

    Image.new("RGB", (16, 12), (90, 120, 60)).save(tmp_path / "uccello-saint-george-ng6294.png")
    client = create_app({"TESTING": True, "STORE": demo_store, "IMAGES_DIR": str(tmp_path)}).test_client()
    r = client.get(f"/{ART}/image", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.mimetype == expected
    # the page names IRIs by their labels, in the reader's language where there is a choice
    assert r.headers["Vary"] == ("Accept, Accept-Language" if expected == "text/html" else "Accept")
    if expected.startswith("image/"):
        assert r.get_data().startswith(b"\x89PNG")
    else:
        assert f"{BASE}{ART}/image" in r.get_data(as_text=True)


@pytest.mark.parametrize("name, mimetype", [("uccello-saint-george-ng6294.JPG", "image/jpeg"),
                                             ("uccello-saint-george-ng6294.bmp", "image/bmp"),
                                             ("uccello-saint-george-ng6294.jfif", "image/jpeg")])
def test_the_image_is_found_under_any_suffix_enrich_reads(demo_store, tmp_path, name, mimetype):
    """The images enrich reads from a folder or finds beside an annotation file (a camera's
    ".JPG", a scan's ".bmp", ".jfif") are the ones the page shows."""
    from PIL import Image

    from kg import create_app

    Image.new("RGB", (16, 12), (90, 120, 60)).save(tmp_path / name, format="BMP" if name.endswith("bmp") else "JPEG")
    client = create_app({"TESTING": True, "STORE": demo_store, "IMAGES_DIR": str(tmp_path)}).test_client()
    # a client that prefers the file's own type to the page gets the file
    for accept in ("image/*", f"text/html;q=0.5, {mimetype}"):
        r = client.get(f"/{ART}/image", headers={"Accept": accept})
        assert r.status_code == 200 and r.mimetype == mimetype, accept


@pytest.mark.parametrize("size, orientation", [((800, 600), None), ((1199, 1600), 6)])
def test_the_boxes_keep_their_frame_whatever_image_is_served(demo_store, tmp_path, monkeypatch, size, orientation):
    """The boxes were found on the image the graph records (1600 × 1199 for Uccello): a
    reproduction served at half size, or stored turned with an EXIF orientation, is drawn into
    that frame, so the boxes stay on the painting; a relative --images folder works."""
    from PIL import Image

    from kg import create_app

    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    (tmp_path / "imgs").mkdir()
    Image.new("RGB", size, (90, 120, 60)).save(tmp_path / "imgs" / "uccello-saint-george-ng6294.jpg", exif=exif)
    monkeypatch.chdir(tmp_path)
    client = create_app({"TESTING": True, "STORE": demo_store, "IMAGES_DIR": "imgs"}).test_client()
    html = client.get("/" + ART).get_data(as_text=True)
    assert 'viewBox="0 0 1600 1199"' in html and 'width="1600" height="1199"' in html
    image = client.get(f"/{ART}/image", headers={"Accept": "image/*"})
    assert image.status_code == 200 and image.mimetype == "image/jpeg"


def test_without_a_recorded_size_a_local_image_is_measured_upright(tmp_path):
    """An artwork whose graph records no image size is drawn at its local image's size as
    browsers show it, turned by the EXIF orientation."""
    from PIL import Image

    from kg import create_app
    from kg.graph import Iris, metadata_triples
    from kg.model import Artwork
    from kg.store import OxigraphStore

    store = OxigraphStore(None)
    store.replace_graphs({BASE + "graph/metadata/t1": list(metadata_triples(Iris(BASE), Artwork("t1", "Turned")))})
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    Image.new("RGB", (40, 30), (90, 120, 60)).save(tmp_path / "t1.jpg", exif=exif)
    client = create_app({"TESTING": True, "STORE": store, "IMAGES_DIR": str(tmp_path)}).test_client()
    html = client.get("/artwork/t1").get_data(as_text=True)
    assert 'viewBox="0 0 30 40"' in html
    assert "No object was detected in this painting." in html and "0 detected objects" not in html


def test_the_description_language_follows_lang_or_accept_language(client):
    """The generated description in ?lang= (each language links it), else in the browser's
    Accept-Language; a shared cache is told the page varies by it."""
    r = client.get("/" + ART, headers={"Accept-Language": "de"})
    assert r.headers["Vary"] == "Accept, Accept-Language"
    assert '<p class="generated" lang="de">' in r.get_data(as_text=True)
    html = client.get(f"/{ART}?lang=it", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert '<p class="generated" lang="it">' in html and 'href="?lang=fr"' in html
    assert '<p class="generated" lang="en">' in client.get(f"/{ART}?lang=xx").get_data(as_text=True)


@pytest.mark.parametrize("iri, says", [
    ("https://w3id.org/iconograph/rule/saint-george", "http://purl.org/dc/terms/source"),
    ("https://w3id.org/iconograph/ontology#Dragon", "http://www.w3.org/2000/01/rdf-schema#subClassOf"),
    ("https://w3id.org/iconograph/ontology#rides", "http://www.w3.org/2000/01/rdf-schema#label"),
    ("https://w3id.org/iconograph/ontology", "http://www.w3.org/2000/01/rdf-schema#label"),
])
def test_the_projects_own_iris_are_described_here(client, iri, says):
    """The ontology, its terms and the rules live outside the base: /about?iri= answers what the
    dataset says of them, HTML or RDF, and pages link them there rather than off-site."""
    r = client.get("/about", query_string={"iri": iri}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert (rdflib.URIRef(iri), rdflib.URIRef(says), None) in graph
    assert '?iri=' in r.headers["Link"] and '&format=jsonld' in r.headers["Link"]
    page = client.get("/about", query_string={"iri": iri}, headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"


def test_pages_link_rules_and_ontology_terms_to_their_descriptions(client):
    page = client.get(f"/{ART}", headers={"Accept": "text/html"}).get_data(as_text=True)
    attribution = re.search(r'href="(/attribution/[^"]+)"', page) or re.search(r'href="([^"]*attribution[^"]*)"', page)
    assert attribution
    text = client.get(attribution[1], headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "/about?iri=https://w3id.org/iconograph/rule/" in text and "/about?iri=https://w3id.org/iconograph/ontology%23" in text
    assert 'href="https://w3id.org/iconograph/rule/' not in text


def test_about_refuses_iris_that_are_not_the_projects(client):
    r = client.get("/about", query_string={"iri": "http://example.org/x"}, headers={"Accept": "application/json"})
    assert r.status_code == 400 and "none of Iconograph's own IRIs" in r.get_data(as_text=True)
    r = client.get("/about", query_string={"iri": "https://w3id.org/iconograph/rule/no-such-rule"},
                   headers={"Accept": "application/json"})
    assert r.status_code == 404


@pytest.mark.parametrize("kind", ["artwork", "object", "annotation", "attribution", "agent"])
def test_each_kind_of_resource_a_consumer_meets_has_a_label(client, demo_store, kind):
    """Pages and linked-data browsers head a resource by its label: attributions and detections
    showed a hash or a rule id."""
    import pyoxigraph as ox

    iri = _minted(demo_store)[kind]
    labelled = {ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.NamedNode("http://purl.org/dc/elements/1.1/title")}
    quads = demo_store.pyoxigraph_store().quads_for_pattern(ox.NamedNode(iri), None, None, None)
    assert any(q.predicate in labelled for q in quads), iri
    page = client.get("/" + iri[len(BASE):], headers={"Accept": NAVIGATION}).get_data(as_text=True)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1]
    assert re.sub(r"<[^>]+>", "", heading).strip() != iri.rsplit("/", 1)[-1]


def test_a_detection_run_is_labelled_by_its_detector(demo_store):
    import pyoxigraph as ox

    runs = [q.subject for q in demo_store.pyoxigraph_store().quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("https://w3id.org/iconograph/ontology#DetectionRun"), None)]
    labels = [q.object.value for r in runs for q in demo_store.pyoxigraph_store().quads_for_pattern(
        r, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None, None)]
    assert runs and labels and all(label.startswith("detection with ") for label in labels)


def test_label_tags_of_boxes_in_one_place_do_not_cover_each_other():
    """Boxes sharing a top-left corner (a saint, his halo, the book he holds) got their labels on
    one spot, unreadable; each tag now finds a free place, inside the canvas."""
    from kg.iiif import parse_xywh
    from kg.pages import place_labels

    boxes = [{"box": parse_xywh(xywh), "confidence": c, "text_w": 120.0}
             for xywh, c in (("xywh=100,100,300,500", 0.9), ("xywh=100,100,80,80", 0.8),
                             ("xywh=110,105,200,60", 0.7), ("xywh=0,0,1000,40", 0.6),
                             ("xywh=950,980,50,20", 0.5))]
    tag = 20.0
    place_labels(boxes, 1000, 1000, tag)
    spots = [(b["text_x"], b["text_y"]) for b in boxes]
    for i, (x, y) in enumerate(spots):
        assert 0 <= x <= 1000 - 120 and 0 <= y <= 1000 - tag
        for x2, y2 in spots[i + 1:]:
            assert x + 120 <= x2 or x2 + 120 <= x or y + tag <= y2 or y2 + tag <= y
    assert spots[0] == (100, 100)  # the most confident keeps the top edge


def test_a_named_graphs_document_describes_the_graph(client, demo_store):
    """A graph's IRI answered its triples but nothing about the graph: now also its label, the
    layer it belongs to (described at /dataset) and its dump, which is there."""
    iri = next(g for g in sorted(demo_store.named_graphs()) if "/graph/scene/" in g)
    r = client.get("/" + iri[len(BASE):], headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    node = rdflib.URIRef(iri)
    label = graph.value(node, rdflib.RDFS.label)
    assert label is not None and str(label).startswith("scene graph of artwork ")
    layer = graph.value(node, rdflib.URIRef("http://purl.org/dc/terms/isPartOf"))
    assert str(layer) == BASE + "dataset#layer-scene"
    dump = graph.value(node, rdflib.URIRef("http://rdfs.org/ns/void#dataDump"))
    assert client.get(str(dump).replace("http://localhost", "")).status_code == 200
    page = client.get("/" + iri[len(BASE):], headers={"Accept": NAVIGATION}).get_data(as_text=True)
    assert "scene graph of artwork" in re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1]


def test_a_resource_thousands_of_statements_point_to_is_cut_and_says_so(demo_store):
    """A class (every depicted object is typed with it) or the detector agent (every annotation
    is attributed to it) is the object of a statement per object: its answer stops at the cap,
    says so, and its page keeps its own address in the links to the data."""
    from kg import create_app

    app = create_app({"TESTING": True, "STORE": demo_store, "MAX_ROWS": 20})
    try:
        client = app.test_client()
        iri = "https://w3id.org/iconograph/ontology#DepictedObject"
        r = client.get("/about", query_string={"iri": iri}, headers={"Accept": "application/n-triples"})
        assert r.headers["X-Iconograph-Truncated"] == "true" and r.headers["X-Iconograph-Max-Rows"] == "20"
        assert len(r.get_data(as_text=True).strip().splitlines()) == 20
        page = client.get("/about", query_string={"iri": iri}, headers={"Accept": NAVIGATION})
        text = page.get_data(as_text=True)
        assert page.headers["X-Iconograph-Truncated"] == "true" and "The first 20 statements are shown" in text
        assert 'href="?iri=https%3A%2F%2Fw3id.org%2Ficonograph%2Fontology%23DepictedObject&amp;format=turtle"' in text
        agent = _minted(demo_store)["agent"]
        r = client.get("/" + agent[len(BASE):], headers={"Accept": "application/n-triples"})
        assert r.headers["X-Iconograph-Truncated"] == "true"
    finally:
        if "iconograph.pool" in app.extensions:
            app.extensions["iconograph.pool"].close()


def test_a_subjects_page_lists_the_most_confident_and_links_a_query_for_all(client, monkeypatch):
    """A popular subject's page listed every artwork: it shows the first CONCEPT_CAP."""
    from kg import pages

    monkeypatch.setattr(pages, "CONCEPT_CAP", 1)
    html = client.get("/concept", query_string={"iri": "https://iconclass.org/11H(GEORGE)"}).get_data(as_text=True)
    rows = re.findall(r'<tr><td><a href="/artwork/', html)
    assert len(rows) == 1 and "The 1 most confident are shown" in html
    link = re.search(r'href="(/query\?query=[^"]+)"', html)[1].replace("&amp;", "&")
    assert client.get(link).status_code == 200


def test_the_home_page_lists_artworks_a_page_at_a_time(client, monkeypatch):
    from kg import pages

    monkeypatch.setattr(pages, "PER_PAGE", 5)
    first = client.get("/").get_data(as_text=True)
    assert "page 1 of 3" in first and 'rel="next"' in first and 'rel="prev"' not in first
    listed = [re.findall(r'<li><a href="(/artwork/[^"]+)"[^>]*>([^<]+)</a>', client.get(f"/?page={n}").get_data(as_text=True))
              for n in (1, 2, 3)]
    assert [len(t) for t in listed] == [5, 5, 2]
    every = [item for page in listed for item in page]
    titles = [title for _, title in every]
    assert titles == sorted(titles, key=str.casefold) and len({link for link, _ in every}) == 12
    assert client.get("/?page=0", headers={"Accept": "application/json"}).status_code == 400
    assert "No artworks on this page" in client.get("/?page=9").get_data(as_text=True)


def _luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of ``#rrggbb`` (or ``#rgb``)."""
    hexa = colour.lstrip("#")
    hexa = "".join(c * 2 for c in hexa) if len(hexa) == 3 else hexa
    rgb = [int(hexa[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of ``#rrggbb``."""
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_box_labels_are_legible_and_the_colours_distinct():
    """The white text of a box's label tag has a contrast of at least 4.5:1 (WCAG 2.1 AA) with
    every class colour (half of them had under 3, a pale cyan 1.8), and the colours stay apart."""
    import itertools
    import math

    from kg.pages import LABEL_TEXT, PALETTE

    low = {c: round(_contrast(c, LABEL_TEXT), 2) for c in PALETTE if _contrast(c, LABEL_TEXT) < 4.5}
    assert not low, f"label text {LABEL_TEXT} on these tags is under 4.5:1: {low}"
    assert len(set(PALETTE)) == len(PALETTE) >= 12
    closest = min(math.dist(_lab(a), _lab(b)) for a, b in itertools.combinations(PALETTE, 2))
    assert closest >= 25  # CIE76 ΔE: plainly different colours side by side


def test_box_label_tags_are_opaque_under_white_text(client):
    """A translucent tag let the painting through, lowering the contrast the palette holds."""
    html = client.get("/" + ART).get_data(as_text=True)
    tags = re.findall(r'<a [^>]*class="tag".*?</a>', html, re.S)
    assert tags
    for tag in tags:
        assert "fill-opacity" not in tag and 'fill="#fff"' in tag


def test_the_drawing_of_boxes_is_named_described_and_listed(client):
    """A screen reader learns what was detected: the drawing is a group (role="img" made its box
    links presentational, unreachable) with a title and a description naming every object, and
    the same objects are a list of links under it; the label tags, links to the same pages, are
    out of the tab order and not read twice; the small drawings of the "why" sections, which the
    list beside each repeats, are hidden from assistive technology and out of the tab order."""
    html = client.get("/" + ART).get_data(as_text=True)
    drawings = re.findall(r"<svg\b[^>]*>.*?</svg>", html, re.S)
    main, small = drawings[0], drawings[1:]
    assert small and 'role="img"' not in html
    opening = main.split(">", 1)[0]
    assert 'role="group"' in opening and 'aria-labelledby="drawing-title"' in opening
    assert 'aria-describedby="drawing-desc"' in opening
    assert re.search(r'<title id="drawing-title">[^<]+</title>', main)
    desc = re.search(r'<desc id="drawing-desc">(.*?)</desc>', main, re.S).group(1)
    boxes = re.findall(r'<g class="box[^"]*" data-class="(\w+)"', main)
    assert len(boxes) == 5 and desc.startswith("5 boxes")
    for cls in boxes:
        assert f"({cls}), confidence" in desc
    for tag in re.findall(r'<a [^>]*class="tag"[^>]*>', main):
        assert 'tabindex="-1"' in tag and 'aria-hidden="true"' in tag
    assert not re.search(r'<a href="[^"]*"><title>', "".join(small))  # every small drawing's link: -1
    for drawing in small:
        assert 'aria-hidden="true"' in drawing.split(">", 1)[0]
    listed = html[html.index('<details class="objects">'):].split("</details>")[0]
    hrefs = set(re.findall(r'<g class="box[^"]*"[^>]*>\s*<a href="([^"]+)"', main))
    assert hrefs and hrefs == set(re.findall(r'<a href="([^"]+)">', listed))


def test_a_drawing_without_objects_says_so(tmp_path):
    from kg import create_app
    from kg.graph import Iris, metadata_triples
    from kg.model import Artwork
    from kg.store import OxigraphStore

    iris = Iris(BASE)
    store = OxigraphStore(tmp_path / "db")
    store.replace_graphs({iris.graph("metadata", "s1"): list(metadata_triples(
        iris, Artwork(identifier="s1", title="Saint George")))})
    html = create_app({"TESTING": True, "STORE": store}).test_client().get("/artwork/s1").get_data(as_text=True)
    assert '<desc id="drawing-desc">No object was detected in this painting.</desc>' in html
    store.close()


@pytest.mark.parametrize("path", ["/query", "/query?name=counts", "/sparql"])
def test_the_query_box_has_a_label(client, path):
    """The query's text area had no label: a screen reader announced an unnamed edit field."""
    html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    textarea = re.search(r"<textarea\b[^>]*>", html).group(0)
    ident = re.search(r'\bid="([^"]+)"', textarea).group(1)
    assert re.search(rf'<label for="{ident}">[^<]*\S[^<]*</label>', html)


@pytest.mark.parametrize("path", ["/", "/dataset", "/query?name=subjects", f"/{ART}/attribution/saint-george",
                                  "object", "/graph/detections/uccello-saint-george-ng6294",
                                  "/concept?iri=https://iconclass.org/11H(GEORGE)"])
def test_table_headers_say_what_they_head(client, demo_store, path):
    """Every header cell says whether it heads a column or a row, and none is empty (the table of
    statements about a resource had a nameless third column)."""
    if path == "object":
        path = "/" + _minted(demo_store)["object"][len(BASE):]
    html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    headers = re.findall(r"<th\b([^>]*)>(.*?)</th>", html, re.S)
    assert headers, path
    for attributes, text in headers:
        assert re.search(r'\bscope="(col|row)"', attributes), (path, attributes, text)
        assert text.strip(), path
    if path == "/":  # a count stands before its label: the label heads it by its id
        for ident, label in re.findall(r'<td headers="([\w-]+)">\d+</td><th scope="row" id="([\w-]+)">', html):
            assert ident == label
        assert len(re.findall(r'<td headers="count-', html)) == 4


def test_text_in_another_language_is_marked_with_it(tmp_path, client):
    """WCAG 3.1.2: a screen reader reads a part in its own language where the page says which.
    A title listed on the home page and a subject's page, and a literal on a resource's page or
    in a query's results, carry their language tag (a German description was read as English)."""
    from kg import create_app
    from kg.graph import Iris, metadata_triples
    from kg.model import Artwork
    from kg.store import OxigraphStore

    iris = Iris(BASE)
    art = Artwork(identifier="s1", title="Saint Georges et le dragon", language="fr", subject="11H(GEORGE)")
    store = OxigraphStore(tmp_path / "db")
    store.replace_graphs({iris.graph("metadata", "s1"): list(metadata_triples(iris, art))})
    mine = create_app({"TESTING": True, "STORE": store}).test_client()
    assert '<a href="/artwork/s1" lang="fr">Saint Georges et le dragon</a>' in mine.get("/").get_data(as_text=True)
    concept = mine.get("/concept", query_string={"iri": "https://iconclass.org/11H(GEORGE)"}).get_data(as_text=True)
    assert '<a href="/artwork/s1" lang="fr">Saint Georges et le dragon</a>' in concept
    store.close()
    described = client.get(f"/{ART}/description", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<span lang="de">Der heilige Georg' in described and '<span lang="fr">Saint Georges' in described
    query = "SELECT ?v WHERE { ?d <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?v FILTER(lang(?v) = 'it') }"
    results = client.get("/query", query_string={"query": query}).get_data(as_text=True)
    assert '<td><span lang="it">San Giorgio' in results


@pytest.mark.parametrize("path", ["/", f"/{ART}", "/query", "/sparql", "/dataset", "/artwork/nope",
                                  "/concept?iri=https://iconclass.org/11H(GEORGE)"])
def test_every_page_has_landmarks_and_a_way_past_the_header(client, path):
    """WCAG 2.4.1: the site's links are a navigation landmark, the page's own content a main one
    (there were none), and a link first in the page skips to it; one heading of level 1 each."""
    html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    body = html[html.index("<body>") + len("<body>"):].lstrip()
    skip = re.match(r'<a class="skip" href="#([\w-]+)">[^<]+</a>', body)
    assert skip and html.count("<main") == 1 and f'<main id="{skip.group(1)}">' in html
    assert re.search(r"<header><nav aria-label=\"[^\"]+\">.*?</nav></header>", html, re.S)
    assert len(re.findall(r"<h1\b", html)) == 1
    levels = [int(n) for n in re.findall(r"<h([1-6])\b", html)]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels  # no level skipped


@pytest.mark.parametrize("path", ["/dataset", "/query?name=subjects", f"/{ART}/attribution/saint-george",
                                  "/graph/detections/uccello-saint-george-ng6294",
                                  "/concept?iri=https://iconclass.org/11H(GEORGE)"])
def test_a_table_scrolls_in_a_region_of_its_own(client, path):
    """WCAG 1.4.10: on a phone or zoomed in, a wide table (a subject's five columns, a query's
    results) made the whole page scroll sideways; it now scrolls in a region of its own, named
    and reachable by keyboard, and the page reflows."""
    html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    parts = html.split("<table")
    assert len(parts) > 1
    for before in parts[:-1]:
        opening = before.rstrip().rsplit("\n", 1)[-1]
        assert re.fullmatch(r'<div class="scroll" role="region" aria-label="[^"]+" tabindex="0">', opening), path


def test_boxes_over_a_painting_have_a_light_edge_that_a_dark_one_cannot_hide(demo_store, client, tmp_path):
    """A navy or maroon outline vanished on a dark painting: over an image each box of the
    large drawing has a white edge under it; on the neutral canvas (no image) none is needed."""
    from PIL import Image

    from kg import create_app

    Image.new("RGB", (1600, 1199), (20, 20, 30)).save(tmp_path / "uccello-saint-george-ng6294.png")
    html = create_app({"TESTING": True, "STORE": demo_store, "IMAGES_DIR": str(tmp_path)}) \
        .test_client().get("/" + ART).get_data(as_text=True)
    drawing = html.split("</svg>")[0]
    assert drawing.count('class="halo"') == drawing.count('<g class="box') == 5
    canvas = client.get("/" + ART).get_data(as_text=True).split("</svg>")[0]
    assert 'class="halo"' not in canvas
