"""Annotation files people drew (COCO, VOC, VIA) enrich a collection alike, without its images.

The fixture datasets are the ones ``test_convert.py`` converts: the same boxes in every format.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BASE
from kg import queries
from kg.cli import main
from kg.errors import InputError
from kg.model import Artwork
from kg.store import OxigraphStore
from test_convert import (BOXES, H, W, write_coco, write_createml, write_via3, write_via_csv,
                          write_via_project, write_via_regions, write_voc)
from vision import records
from vision.annotations import read_annotations
from vision.detect import AnnotationDetector

ARTWORKS = [Artwork(identifier=Path(name).stem, title=f"Painting {name}", image=f"scans/{name}")
            for name in BOXES]
WRITERS = {"voc": write_voc, "coco": write_coco, "via2": write_via_project,
           "via-regions": write_via_regions, "via3": write_via3, "via-csv": write_via_csv,
           "createml": write_createml}


def _without_images(src: Path, root: Path) -> Path:
    """Enrichment meets annotations on file names: it must not need the image files."""
    for image in root.rglob("*.jpg"):
        image.unlink()
    return src


def _detections(path: Path) -> tuple[dict, dict]:
    """(label, x, y, w, h, confidence) per artwork, and the image sizes the detector knew."""
    detector = AnnotationDetector(path)
    found = {art.identifier: sorted((d.label, d.box.x, d.box.y, d.box.w, d.box.h, d.confidence)
                                    for d in dets)
             for art, dets in detector.detect(ARTWORKS)}
    return found, detector.image_sizes


@pytest.mark.parametrize("fmt", ["voc", "via2", "via-regions", "via3", "via-csv", "createml"])
def test_each_format_gives_the_detections_of_the_coco_file(tmp_path, fmt):
    coco = _without_images(write_coco(tmp_path / "coco"), tmp_path / "coco")
    other = _without_images(WRITERS[fmt](tmp_path / fmt), tmp_path / fmt)
    expected, coco_sizes = _detections(coco)
    assert expected["a"] == [("dragon", 10, 20, 40, 40, 1.0), ("lance", 100, 0, 20, 100, 1.0)]
    assert coco_sizes == {"a": (W, H), "b": (W, H), "c": (W, H)}
    found, sizes = _detections(other)
    assert found == expected
    assert sizes == (coco_sizes if fmt == "voc" else {})  # VIA and Create ML give no image sizes


@pytest.mark.parametrize("row, message", [
    ('a.jpg,1,{},1,0,"{not json}","{}"', "a region column is not JSON"),
    ('a.jpg,1,{},1,0', "expected 7 fields, found 5"),
    ('a.jpg,1,{},1,0,"{""name"":""rect"",""x"":1,""y"":1,""width"":""w"",""height"":4}","{""object"":""dragon""}"',
     "width"),
])
def test_a_bad_via_csv_row_names_its_line(tmp_path, row, message):
    path = tmp_path / "via.csv"
    path.write_text("filename,file_size,file_attributes,region_count,region_id,"
                    "region_shape_attributes,region_attributes\nb.jpg,1,{},0,0,{},{}\n" + row + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        list(read_annotations(path))
    assert f"{path}:3" in str(err.value)


@pytest.mark.parametrize("data, message, where", [
    ([{"image": "a.jpg", "annotations": [{"label": "dragon"}]}], "missing field 'coordinates'",
     "[0].annotations[0]"),
    ([{"image": "a.jpg", "annotations": [{"label": "dragon", "coordinates": {"x": 1, "y": 2, "width": "w",
                                                                            "height": 3}}]}],
     "expected a number, found 'w'", "[0].annotations[0].coordinates.width"),
])
def test_a_bad_createml_box_names_its_place(tmp_path, data, message, where):
    import json

    path = tmp_path / "createml.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        list(read_annotations(path))
    assert where in str(err.value)


def test_format_is_read_from_the_content_not_the_extension(tmp_path):
    voc = write_voc(tmp_path / "voc")
    one = tmp_path / "a.annotation"
    one.write_text("\ufeff\n  " + (voc / "a.xml").read_text(), encoding="utf-8")
    assert [r.label for rec in read_annotations(one) for r in rec.regions] == ["dragon", "lance"]
    coco = tmp_path / "boxes.xml"
    coco.write_text(write_coco(tmp_path / "coco").read_text())
    assert [rec.names for rec in read_annotations(coco)] == [("a.jpg",), ("b.jpg",), ("c.jpg",)]
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"rows": []}))
    with pytest.raises(InputError, match=r"odd\.json: not an annotation file this reads"):
        list(read_annotations(odd))


def test_voc_record_keeps_its_other_names_for_matching(tmp_path):
    ann = write_voc(tmp_path / "src")
    b = (ann / "b.xml").read_text()
    (ann / "b.xml").write_text(b.replace("<filename>b.jpg</filename>",
                                         "<filename>IMG_0002.JPG</filename>"
                                         "<path>C:\\scans\\b.jpg</path>"))
    found, _ = _detections(ann)
    assert found["b"] == [("knight", 0, 0, 200, 100, 1.0)]


def test_a_roboflow_export_meets_the_metadata_on_the_original_names(tmp_path):
    coco = write_coco(tmp_path / "coco")
    expected, _ = _detections(coco)
    data = json.loads(coco.read_text())
    for i, image in enumerate(data["images"]):  # Roboflow's renaming: NAME_jpg.rf.HASH.jpg
        stem, ext = image["file_name"].rsplit(".", 1)
        image["file_name"] = f"{stem}_{ext}.rf.{i:032x}.{ext}"
    coco.write_text(json.dumps(data))
    found, _ = _detections(coco)
    assert found == expected
    detector = AnnotationDetector(coco)
    detector.unmatched(ARTWORKS)
    assert not detector.skips.counts


@pytest.mark.parametrize("written", [
    "SCANS/A.JPG",  # another case
    "http://127.0.0.1:8080/data/local-files/?d=scans%2Fa.jpg",  # Label Studio's local files
    "https://bucket.example/scans/a.jpg?X-Amz-Signature=0123abcd",  # a signed URL
])
def test_annotations_meet_the_metadata_whatever_case_form_or_query(tmp_path, written):
    """The annotation file and the metadata may write one file name differently: the boxes still
    reach the artwork, and nothing is reported unmatched."""
    coco = write_coco(tmp_path / "coco")
    data = json.loads(coco.read_text())
    data["images"][0]["file_name"] = written
    coco.write_text(json.dumps(data))
    found, _ = _detections(coco)
    assert [d[0] for d in found["a"]] == ["dragon", "lance"]
    detector = AnnotationDetector(coco)
    detector.unmatched(ARTWORKS)
    assert not detector.skips.counts


def test_a_name_in_another_unicode_form_is_the_same_name(tmp_path):
    import unicodedata

    coco = write_coco(tmp_path / "coco")
    data = json.loads(coco.read_text())
    data["images"][0]["file_name"] = unicodedata.normalize("NFD", "scans/Santà.jpg")  # as macOS writes it
    coco.write_text(json.dumps(data))
    artwork = Artwork(identifier="santa", title="Madonna", image=unicodedata.normalize("NFC", "Santà.jpg"))
    detections = dict(AnnotationDetector(coco).detect([artwork]))[artwork]
    assert sorted(d.label for d in detections) == ["dragon", "lance"]


@pytest.mark.parametrize("name, original", [
    ("IMG_0001_JPG.rf.0123456789abcdef0123456789abcdef.jpg", ["img_0001.jpg"]),  # keys: any case
    ("train/a_b_png.rf.ffffffffffffffffffffffffffffffff.png", ["a_b.png"]),
    ("a_jpg.rf.0123.jpg", []), ("plain.jpg", []), ("x.rf.0123456789abcdef0123456789abcdef.jpg", []),
])
def test_original_names_undo_only_roboflow_renaming(name, original):
    from vision.annotations import original_names

    assert original_names(name) == original


def test_coco_score_is_the_confidence_and_skips_are_counted(tmp_path):
    path = write_coco(tmp_path / "src")
    data = json.loads(path.read_text())
    data["annotations"][0]["score"] = 0.5
    data["annotations"] += [
        {"id": 90, "image_id": 3, "category_id": 7, "bbox": [0, 0, 50, 50], "iscrowd": 1},
        {"id": 91, "image_id": 3, "category_id": 7, "bbox": [10, 10, 0, 20]}]
    path.write_text(json.dumps(data))
    detector = AnnotationDetector(path)
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert [(d.label, d.confidence) for d in found["a"]] == [("dragon", 0.5), ("lance", 1.0)]
    assert found["c"] == []
    assert dict(detector.skips.counts) == {records.CROWD: 1, records.NO_AREA: 1}


def test_a_changed_voc_file_is_another_detection_run(tmp_path):
    ann = write_voc(tmp_path / "src")
    before = AnnotationDetector(ann).info
    (ann / "c.xml").write_text((ann / "c.xml").read_text().replace("<depth>3", "<depth>1"))
    after = AnnotationDetector(ann).info
    assert before.sha256 != after.sha256 and len(after.sha256) == 64


def _enrich(runner, tmp_path: Path, annotations: Path, name: str, *extra: str):
    csv_path = tmp_path / "collection.csv"
    csv_path.write_text("identifier,title,image\n" + "".join(
        f"{a.identifier},{a.title},{a.image}\n" for a in ARTWORKS))
    store = tmp_path / f"store-{name}"
    result = runner.invoke(main, ["enrich", str(csv_path), "--annotations", str(annotations),
                                  "--store", str(store), "--base-iri", BASE, "--workers", "0",
                                  *extra], catch_exceptions=False)
    with OxigraphStore(store) as s:
        rows = {(r["title"].value, r["class"].value, r["box"].value, r["confidence"].value)
                for r in s.select(queries.text("detections"))}
    return result, rows


def assert_enriches_like_coco(runner, tmp_path: Path, annotations: Path, name: str) -> None:
    """Enriching the fixture's artworks from ``annotations`` stores the COCO file's detections."""
    result, expected = _enrich(runner, tmp_path, write_coco(tmp_path / "coco"), "coco")
    assert result.exit_code == 0, result.output
    result, rows = _enrich(runner, tmp_path, annotations, name)
    assert result.exit_code == 0, result.output
    assert rows == expected and len(rows) == 3


def test_enrich_writes_the_same_detections_from_voc_via_and_coco(runner, tmp_path):
    coco = _without_images(write_coco(tmp_path / "coco"), tmp_path / "coco")
    result, expected = _enrich(runner, tmp_path, coco, "coco")
    assert result.exit_code == 0, result.output
    assert len(expected) == 3 and ("Painting a.jpg" in {row[0] for row in expected})
    for fmt in ("voc", "via3"):
        src = _without_images(WRITERS[fmt](tmp_path / fmt), tmp_path / fmt)
        result, rows = _enrich(runner, tmp_path, src, fmt)
        assert result.exit_code == 0, result.output
        assert rows == expected


def test_skipped_boxes_are_reported_in_the_enrichment_summary(runner, tmp_path):
    path = write_via3(tmp_path / "src")
    result, rows = _enrich(runner, tmp_path, path, "via3")
    assert result.exit_code == 0  # skipped on purpose: not a partial run
    assert len(rows) == 3
    assert (f"annotations: skipped 1 × {records.POINT}, e.g. {path}: metadata['1_point001']"
            in result.output)
    assert f"annotations: skipped 1 × {records.UNLABELLED}" in result.output
    assert f"annotations: skipped 2 × {records.NOT_SPATIAL}" in result.output


def test_annotated_images_no_artwork_shows_are_reported(runner, tmp_path):
    coco = write_coco(tmp_path / "coco")
    csv_path = tmp_path / "two.csv"
    csv_path.write_text("identifier,title,image\n" + "".join(
        f"{a.identifier},{a.title},{a.image}\n" for a in ARTWORKS[:2]))
    result = runner.invoke(main, ["enrich", str(csv_path), "--annotations", str(coco),
                                  "--store", str(tmp_path / "store"), "--base-iri", BASE,
                                  "--workers", "0"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    missing = Path(ARTWORKS[2].image).name
    assert f"annotations: skipped 1 × {records.NO_ARTWORK}, e.g. {coco}: " in result.output
    assert f"({missing})" in result.output


def test_bad_voc_element_stops_enrichment_naming_file_and_field(runner, tmp_path):
    ann = write_voc(tmp_path / "src")
    (ann / "b.xml").write_text("<annotation><filename>b.jpg</filename><object><name>knight</name>"
                               "<bndbox><xmin>0</xmin><ymin>x</ymin><xmax>5</xmax><ymax>5</ymax>"
                               "</bndbox></object></annotation>")
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("identifier,title,image\nb,B,b.jpg\n")
    result = runner.invoke(main, ["enrich", str(csv_path), "--annotations", str(ann),
                                  "--store", str(tmp_path / "s")], catch_exceptions=False)
    assert result.exit_code == 3
    assert "b.xml: <object> #1 <bndbox><ymin>: expected a number" in result.output


def test_via_attribute_needs_annotations(runner, tmp_path):
    result = runner.invoke(main, ["enrich", str(tmp_path / "c.csv"), "--weights", "w.pt",
                                  "--via-attribute", "object", "--store", str(tmp_path / "s")],
                           catch_exceptions=False)
    assert result.exit_code == 3 and "--via-attribute goes with --annotations" in result.output


def _coco_named(path: Path, names: list[str]) -> Path:
    """A COCO file with one dragon box per image, at x = 10 × the image's index."""
    data = {"images": [{"id": i + 1, "file_name": n, "width": 200, "height": 100}
                       for i, n in enumerate(names)],
            "annotations": [{"id": i + 1, "image_id": i + 1, "category_id": 1,
                             "bbox": [10 * i, 10, 20, 20], "area": 400, "iscrowd": 0}
                            for i in range(len(names))],
            "categories": [{"id": 1, "name": "dragon"}]}
    path.write_text(json.dumps(data))
    return path


def _boxes(detector: AnnotationDetector, artworks: list[Artwork]) -> dict[str, object]:
    return {art.identifier: out if isinstance(out, InputError) else [d.box.x for d in out]
            for art, out in detector.detect(artworks)}


def test_images_sharing_a_file_name_get_the_boxes_of_their_own_folder(tmp_path):
    iiif = "https://example.org/iiif/{}/full/max/0/default.jpg"
    arts = [Artwork("a", "A", image="a/1.jpg"), Artwork("b", "B", image="b/1.jpg"),
            Artwork("c", "C", image=iiif.format("c")), Artwork("d", "D", image=iiif.format("d")),
            Artwork("e", "E", image="e.jpg")]
    coco = _coco_named(tmp_path / "c.json", ["data/a/1.jpg", "data/b/1.jpg", iiif.format("d"),
                                             iiif.format("c"), "e.jpg"])
    detector = AnnotationDetector(coco)
    detector.unmatched(arts)
    assert _boxes(detector, arts) == {"a": [0], "b": [10], "c": [30], "d": [20], "e": [40]}


def test_boxes_that_fit_two_artworks_alike_are_an_error_for_both(tmp_path):
    arts = [Artwork("a", "A", image="a/1.jpg", source="c.csv:2"),
            Artwork("b", "B", image="b/1.jpg", source="c.csv:3"), Artwork("e", "E", image="e.jpg")]
    detector = AnnotationDetector(_coco_named(tmp_path / "c.json", ["1.jpg", "e.jpg"]))
    detector.unmatched(arts)
    found = _boxes(detector, arts)
    assert found["e"] == [10]
    for ident, where in (("a", "c.csv:2"), ("b", "c.csv:3")):
        assert isinstance(found[ident], InputError) and found[ident].where == where
        assert "fit the images of 2 artworks (a, b)" in str(found[ident])


def test_coco_polygons_without_a_bbox_give_the_box_around_them(tmp_path):
    coco = write_coco(tmp_path / "coco")
    expected, _ = _detections(coco)
    data = json.loads(coco.read_text())
    for ann in data["annotations"]:  # as some tools export segmentation only
        x, y, w, h = ann.pop("bbox")
        ann["segmentation"] = [[x, y, x + w, y, x + w / 2, y + h / 2], [x, y + h, x + w / 2, y + h / 2, x, y]]
    data["annotations"][0]["bbox"] = []
    coco.write_text(json.dumps(data))
    assert _detections(coco)[0] == expected
    data["annotations"][1]["segmentation"] = {"counts": [1, 2], "size": [H, W]}  # run-length: no box
    coco.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"missing field 'bbox' \(and no polygon") as err:
        list(read_annotations(coco))
    assert err.value.where.endswith("annotations[1]")


def test_coco_detection_results_are_refused_with_what_to_give(tmp_path):
    results = tmp_path / "results.json"
    results.write_text(json.dumps([{"image_id": 1, "category_id": 3, "bbox": [1, 2, 3, 4], "score": 0.9}]))
    with pytest.raises(InputError, match="COCO detection results .* give the dataset's COCO file"):
        list(read_annotations(results))


def test_voc_files_with_an_upper_case_suffix_or_a_namespace_are_read(tmp_path):
    voc = write_voc(tmp_path / "voc")
    expected, _ = _detections(voc)
    first, second = sorted(voc.iterdir())[:2]
    first.rename(first.with_suffix(".XML"))
    second.write_text(second.read_text().replace(
        "<annotation>", '<annotation xmlns="http://example.org/voc">', 1))
    assert _detections(voc)[0] == expected
