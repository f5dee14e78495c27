"""IIIF Presentation manifests and collections (versions 2 and 3) as collection metadata."""
from __future__ import annotations

import json

import pytest
from pyoxigraph import Literal

from kg.errors import InputError
from kg.ingest import read_collection
from kg.vocab import DC

V3 = "http://iiif.io/api/presentation/3/context.json"
V2 = "http://iiif.io/api/presentation/2/context.json"


def v3_manifest(ident: str, label: dict, image: str, metadata=(), **extra) -> dict:
    return {"@context": V3, "id": f"https://example.org/iiif/{ident}/manifest", "type": "Manifest",
            "label": label, "metadata": list(metadata), **extra, "items": [
                {"id": f"https://example.org/iiif/{ident}/canvas/1", "type": "Canvas", "items": [
                    {"type": "AnnotationPage", "items": [
                        {"type": "Annotation", "motivation": "painting",
                         "body": {"id": image, "type": "Image"}}]}]}]}


def write(tmp_path, data, name="m.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_version_3_manifest_gives_title_language_and_fields(tmp_path):
    manifest = v3_manifest(
        "ng6294", {"it": ["San Giorgio e il drago"], "en": ["Saint George and the Dragon"]},
        "https://example.org/img/uccello.jpg",
        [{"label": {"en": ["Artist"]}, "value": {"none": ["<a href='/p/1'>Paolo Uccello</a>"]}},
         {"label": {"en": ["Date"]}, "value": {"en": ["about 1470"]}},
         {"label": {"en": ["Object number"]}, "value": {"none": ["NG6294"]}}],
        summary={"en": ["Saint George &amp; the princess."]},
        rights="http://creativecommons.org/publicdomain/zero/1.0/",
        provider=[{"id": "https://example.org", "type": "Agent", "label": {"en": ["The Gallery"]}}])
    [art] = read_collection(write(tmp_path, manifest))
    assert (art.identifier, art.title, art.language) == ("NG6294", "San Giorgio e il drago", "it")
    assert (art.creator, art.date) == ("Paolo Uccello", "about 1470")
    assert art.description == "Saint George & the princess." and art.institution == "The Gallery"
    assert art.image == "https://example.org/img/uccello.jpg" and art.source == "m.json"
    assert art.rights == "http://creativecommons.org/publicdomain/zero/1.0/"


@pytest.mark.parametrize("nav, date", [
    ("1470-01-01T00:00:00Z", "1470"), ("1506-05-01T00:00:00+01:00", "1506-05-01"),
    ("1890-01-01T12:30:00Z", "1890-01-01"), ("-0300-01-01T00:00:00Z", "-0300"), ("soon", ""),
])
def test_without_a_date_entry_the_nav_date_dates_the_artwork(tmp_path, nav, date):
    manifest = v3_manifest("x1", {"en": ["A saint"]}, "https://example.org/img/x1.jpg", navDate=nav)
    [art] = read_collection(write(tmp_path, manifest))
    assert art.date == date
    dated = v3_manifest("x1", {"en": ["A saint"]}, "https://example.org/img/x1.jpg",
                        [{"label": {"en": ["Date"]}, "value": {"en": ["c. 1500"]}}], navDate=nav)
    assert read_collection(write(tmp_path, dated))[0].date == "c. 1500"  # the entry wins


def test_subject_entries_give_every_value(tmp_path):
    manifest = v3_manifest(
        "x2", {"de": ["Der heilige Georg"]}, "https://example.org/img/x2.jpg",
        [{"label": {"de": ["Schlagwort"]}, "value": {"de": ["Drache", "Ritter"], "en": ["dragon"]}},
         {"label": {"en": ["Iconclass"]}, "value": {"none": ["11H(GEORGE)"]}},
         {"label": {"en": ["Date"]}, "value": {"none": ["1500"]}}])
    [art] = read_collection(write(tmp_path, manifest))
    assert art.subjects == ("Drache", "Ritter", "dragon", "11H(GEORGE)") and art.date == "1500"
    linked = v3_manifest(  # a link's concept is a term too; other links are not
        "x3", {"en": ["Saint George"]}, "https://example.org/img/x3.jpg",
        [{"label": {"en": ["Subject"]}, "value": {"en": [
            '<a href="http://iconclass.org/11H(GEORGE)41">St George and the dragon</a>',
            "<a href='https://museum.example/search?q=horse'>horse</a>"]}}])
    [art] = read_collection(write(tmp_path, linked))
    assert art.subjects == ("St George and the dragon", "horse", "http://iconclass.org/11H(GEORGE)41")


def test_a_version_2_manifest_with_labels_in_other_languages(tmp_path):
    manifest = {"@context": V2, "@id": "https://example.org/iiif/1937.1.26/manifest.json",
                "@type": "sc:Manifest", "label": {"@value": "Der heilige Georg", "@language": "de"},
                "description": "Ritter und Drache",
                "license": ["https://rightsstatements.org/vocab/InC/1.0/"],
                "related": {"@id": "https://museum.example/1937.1.26", "format": "text/html"},
                "metadata": [{"label": "Künstler", "value": "Raffael"}, {"label": "Objekttyp", "value": "Gemälde"},
                             {"label": [{"@value": "Datierung", "@language": "de"}], "value": "um 1506"}],
                "sequences": [{"canvases": [{"@id": "c1", "images": [
                    {"resource": {"@id": "https://example.org/img/raphael.jpg"}}]}]}]}
    [art] = read_collection(write(tmp_path, manifest))
    assert (art.identifier, art.title, art.language) == ("1937.1.26", "Der heilige Georg", "de")
    assert (art.creator, art.date, art.description) == ("Raffael", "um 1506", "Ritter und Drache")
    assert art.image == "https://example.org/img/raphael.jpg"
    assert art.rights == "https://rightsstatements.org/vocab/InC/1.0/"
    assert (art.type, art.page) == ("Gemälde", "https://museum.example/1937.1.26")


def test_a_collection_gives_an_artwork_per_manifest_embedded_or_referenced(tmp_path):
    collection = {"@context": V3, "id": "https://example.org/iiif/collection", "type": "Collection",
                  "label": {"en": ["Saints"]}, "items": [
                      v3_manifest("a", {"en": ["Saint Jerome"]}, "https://example.org/img/a.jpg"),
                      v3_manifest("b", {"none": ["Sint Joris"]}, "https://example.org/img/b.jpg"),
                      {"id": "https://example.org/iiif/c/manifest", "type": "Manifest",
                       "label": {"fr": ["Saint Michel"]}}]}
    arts = read_collection(write(tmp_path, collection, "c.json"))
    assert [(a.identifier, a.title, a.language, a.image) for a in arts] == [
        ("a", "Saint Jerome", "en", "https://example.org/img/a.jpg"),
        ("b", "Sint Joris", "", "https://example.org/img/b.jpg"),
        ("c", "Saint Michel", "fr", "")]  # referenced, not fetched: metadata without an image
    assert [a.source for a in arts] == ["c.json:manifest 1", "c.json:manifest 2", "c.json:manifest 3"]


@pytest.mark.parametrize("data, message, where", [
    ({"type": "Annotation"}, "not a IIIF manifest or collection", ""),
    ([1, 2], "expected a IIIF manifest or collection", ""),
    ({"type": "Collection", "items": [v3_manifest("a", {"en": ["A"]}, "x.jpg"),
                                      v3_manifest("b", {}, "y.jpg")]},
     "manifest has no label", ": manifest 2"),
    ({"type": "Collection", "items": [v3_manifest("a", {"en": ["A"]}, "x.jpg"),
                                      v3_manifest("a", {"en": ["B"]}, "y.jpg")]},
     "duplicate identifier 'a'", ": manifest 2"),
    ({"type": "Manifest", "label": {"en": ["A"]}, "items": [{"id": "c", "items": []}]},
     "canvas has no painting annotation", ""),
    ({"type": "Manifest", "id": "https://example.org/iiif/a/manifest", "label": {"en": ["A"]},
      "rights": "all rights reserved", "items": []},
     "rights 'all rights reserved' is not an http", ""),
    # a search API's answer (Europeana, a museum's) is no manifest, though it holds "items"
    ({"totalResults": 2, "items": [{"id": "/123/abc", "title": ["Saint George"]}]},
     "not a IIIF manifest or collection.*an API's search results", ""),
    ({"type": "Collection", "items": [v3_manifest("a", {"en": ["A"]}, "x.jpg"),
                                      {"id": "https://example.org/iiif/more", "type": "Collection",
                                       "label": {"en": ["More"]}}]},
     "a sub-collection is only referenced \\(https://example.org/iiif/more\\)", ""),
])
def test_bad_manifests_are_errors_naming_file_and_manifest(tmp_path, data, message, where):
    path = write(tmp_path, data)
    with pytest.raises(InputError, match=message) as err:
        read_collection(path)
    assert err.value.where.startswith(f"{path}{where}")


def test_a_file_that_is_not_json_names_itself(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON") as err:
        read_collection(path)
    assert err.value.where == str(path)


def test_enrich_reads_a_iiif_collection(tmp_path):
    """The sample's paintings described by a IIIF collection enrich like the CSV: same subjects,
    titles tagged with the manifests' languages."""
    from kg.cli import run_enrich
    from kg.store import OxigraphStore
    from tests.conftest import BASE, SAMPLES

    annotations = json.loads((SAMPLES / "annotations.json").read_text(encoding="utf-8"))
    names = [image["file_name"] for image in annotations["images"]][:3]
    collection = {"@context": V3, "id": "https://example.org/iiif/collection", "type": "Collection",
                  "label": {"en": ["Saint George"]},
                  "items": [v3_manifest(f"sg{i}", {"it": [f"San Giorgio {i}"]},
                                        f"https://example.org/img/{name}")
                            for i, name in enumerate(names)]}
    summary = run_enrich(write(tmp_path, collection, "c.json"), store_path=tmp_path / "s.db",
                         base_iri=BASE, annotations=SAMPLES / "annotations.json", progress=False)
    assert summary.artworks == 3 and summary.detections > 0 and summary.asserted >= 3
    store = OxigraphStore(tmp_path / "s.db")
    try:
        rows = store.select(f"SELECT ?t WHERE {{ GRAPH ?g {{ ?a {DC.title} ?t }} }}", {})
    finally:
        store.close()
    titles = {row["t"] for row in rows}
    assert titles == {Literal(f"San Giorgio {i}", language="it") for i in range(3)}


def test_a_choice_of_images_gives_its_first_or_default(tmp_path):
    v3 = v3_manifest("x", {"en": ["X"]}, "unused")
    v3["items"][0]["items"][0]["items"][0]["body"] = {"type": "Choice", "items": [
        {"id": "https://example.org/img/visible.jpg", "type": "Image"},
        {"id": "https://example.org/img/infrared.jpg", "type": "Image"}]}
    v2 = {"@type": "sc:Manifest", "@id": "https://example.org/iiif/y/manifest", "label": "Y",
          "sequences": [{"canvases": [{"@id": "c", "images": [{"resource": {
              "@type": "oa:Choice", "default": {"@id": "https://example.org/img/y.jpg"},
              "item": [{"@id": "https://example.org/img/y-ir.jpg"}]}}]}]}]}
    [x] = read_collection(write(tmp_path, v3, "x.json"))
    [y] = read_collection(write(tmp_path, v2, "y.json"))
    assert (x.image, y.image) == ("https://example.org/img/visible.jpg", "https://example.org/img/y.jpg")


def test_a_description_keeps_its_own_language(tmp_path):
    """The summary in the title's language where the publisher gives several; else its first,
    tagged with its own language, not the title's."""
    from kg.graph import Iris, metadata_triples

    title = {"nl": ["Sint Joris en de draak"], "en": ["Saint George and the dragon"]}
    both = v3_manifest("a", title, "https://example.org/img/a.jpg",
                       summary={"en": ["A knight."], "nl": ["Een ridder."]})
    other = v3_manifest("b", title, "https://example.org/img/b.jpg", summary={"en": ["A knight."]})
    arts = {a.identifier: a for a in read_collection(write(tmp_path, {
        "@context": V3, "type": "Collection", "label": {"en": ["c"]}, "items": [both, other]}))}
    assert (arts["a"].description, arts["a"].description_language) == ("Een ridder.", "")
    iris = Iris("http://example.org/")
    described = {o for _, p, o in metadata_triples(iris, arts["b"]) if p == DC.description}
    assert described == {Literal("A knight.", language="en")}
    assert Literal("Sint Joris en de draak", language="nl") in {o for _, p, o in metadata_triples(iris, arts["b"])}


@pytest.mark.parametrize("manifest_id, identifier", [
    ("https://example.org/iiif/NMGrh%20412/manifest.json", "NMGrh 412"),
    ("https://api.example.dk/api/v1/iiif/manifest/?id=KMS1&lang=en", "KMS1"),
    ("https://example.org/iiif/SK-A-1505/manifest?format=json", "SK-A-1505"),
])
def test_an_identifier_from_the_manifest_id_is_decoded_and_leaves_the_query(tmp_path, manifest_id, identifier):
    manifest = v3_manifest("x", {"en": ["A saint"]}, "https://example.org/img/x.jpg")
    manifest["id"] = manifest_id
    assert read_collection(write(tmp_path, manifest))[0].identifier == identifier


def test_a_version_2_1_collection_lists_members_and_locales_are_tags(tmp_path):
    member = {"@id": "https://example.org/iiif/m1/manifest", "@type": "sc:Manifest",
              "label": {"@value": "Sint Joris", "@language": "nl_NL"}}
    collection = {"@context": V2, "@id": "https://example.org/iiif/top", "@type": "sc:Collection",
                  "label": "Top", "members": [member]}
    [art] = read_collection(write(tmp_path, collection))
    assert (art.identifier, art.title, art.language) == ("m1", "Sint Joris", "nl-NL")
    v3 = v3_manifest("m2", {"nl_NL": ["Sint Joris"]}, "https://example.org/img/m2.jpg")
    assert read_collection(write(tmp_path, v3))[0].language == "nl-NL"
