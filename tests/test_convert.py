"""VOC, COCO and VIA datasets written here are converted to YOLO format, checked line by line."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from PIL import Image

from kg.errors import InputError
from vision import convert as cv
from vision import records, voc
from vision.convert import convert, split_of, yolo_line
from vision.via import _via3_box

DATA = Path(__file__).parent / "data"

W, H = 200, 100
# (label, x1, y1, x2, y2) in pixels per image; the expected YOLO lines follow from them
BOXES = {
    "a.jpg": [("dragon", 10, 20, 50, 60), ("lance", 100, 0, 120, 100)],
    "b.jpg": [("knight", 0, 0, 200, 100)],
    "c.jpg": [],
}
# ids by sorted name: dragon 0, knight 1, lance 2
EXPECTED = {
    "a": ["0 0.150000 0.400000 0.200000 0.400000", "2 0.550000 0.500000 0.100000 1.000000"],
    "b": ["1 0.500000 0.500000 1.000000 1.000000"],
    "c": [],
}


def _images(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in BOXES:
        Image.new("RGB", (W, H), (90, 80, 60)).save(folder / name)
    return folder


def write_voc(root: Path) -> Path:
    _images(root / "JPEGImages")
    (root / "Annotations").mkdir()
    for name, boxes in BOXES.items():
        objects = "".join(
            f"<object><name>{lab}</name><difficult>0</difficult><bndbox><xmin>{x1}</xmin>"
            f"<ymin>{y1}</ymin><xmax>{x2}</xmax><ymax>{y2}</ymax></bndbox></object>"
            for lab, x1, y1, x2, y2 in boxes)
        (root / "Annotations" / f"{Path(name).stem}.xml").write_text(
            f"<annotation><folder>JPEGImages</folder><filename>{name}</filename><size>"
            f"<width>{W}</width><height>{H}</height><depth>3</depth></size>{objects}</annotation>")
    return root / "Annotations"


def write_coco(root: Path) -> Path:
    _images(root / "images")
    cats = {"dragon": 7, "lance": 3, "knight": 12}  # ids in the file are not the YOLO ids
    anns = []
    for i, boxes in enumerate(BOXES.values()):
        for lab, x1, y1, x2, y2 in boxes:
            anns.append({"id": len(anns) + 1, "image_id": i + 1, "category_id": cats[lab],
                         "bbox": [x1, y1, x2 - x1, y2 - y1], "iscrowd": 0})
    data = {"images": [{"id": i + 1, "file_name": name, "width": W, "height": H}
                       for i, name in enumerate(BOXES)],
            "categories": [{"id": v, "name": k} for k, v in cats.items()],
            "annotations": anns}
    path = root / "instances.json"
    path.write_text(json.dumps(data))
    return path


def _via_records(shapes: str = "rect") -> dict:
    records = {}
    for name, boxes in BOXES.items():
        regions = []
        for lab, x1, y1, x2, y2 in boxes:
            if shapes == "polygon":
                shape = {"name": "polygon", "all_points_x": [x1, x2, x2, (x1 + x2) / 2],
                         "all_points_y": [y1, (y1 + y2) / 2, y2, y2]}
            else:
                shape = {"name": "rect", "x": x1, "y": y1, "width": x2 - x1, "height": y2 - y1}
            regions.append({"shape_attributes": shape, "region_attributes": {"object": lab}})
        records[f"{name}12345"] = {"filename": name, "size": 12345, "regions": regions,
                                   "file_attributes": {}}
    return records


def write_via_project(root: Path) -> Path:
    _images(root)
    path = root / "via_project.json"
    path.write_text(json.dumps({"_via_settings": {}, "_via_img_metadata": _via_records(),
                                "_via_attributes": {"region": {"object": {"type": "text"}}}}))
    return path


def write_via_regions(root: Path) -> Path:
    _images(root / "images")
    path = root / "via_region_data.json"
    path.write_text(json.dumps(_via_records("polygon")))
    return path


def write_via_csv(root: Path) -> Path:
    """VIA's CSV export of the same regions (1.x's "#filename" header): a row per region, and a
    row with empty shape for an image without regions."""
    import csv

    _images(root)
    path = root / "via_export_csv.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["#filename", "file_size", "file_attributes", "region_count", "region_id",
                      "region_shape_attributes", "region_attributes"])
        for rec in _via_records().values():
            regions = rec["regions"] or [{"shape_attributes": {}, "region_attributes": {}}]
            for i, region in enumerate(regions):
                out.writerow([rec["filename"], rec["size"], "{}", len(rec["regions"]), i,
                              json.dumps(region["shape_attributes"]), json.dumps(region["region_attributes"])])
    return path


def write_createml(root: Path) -> Path:
    """The same boxes as Create ML JSON (centre, width and height in pixels)."""
    _images(root)
    path = root / "_annotations.createml.json"
    path.write_text(json.dumps([
        {"image": name, "annotations": [
            {"label": lab, "coordinates": {"x": (x1 + x2) / 2, "y": (y1 + y2) / 2,
                                           "width": x2 - x1, "height": y2 - y1}}
            for lab, x1, y1, x2, y2 in boxes]}
        for name, boxes in BOXES.items()]))
    return path


def _labels(out: Path) -> dict[str, list[str]]:
    return {p.stem: p.read_text().splitlines() for p in sorted((out / "labels").rglob("*.txt"))}


@pytest.mark.parametrize("fmt, writer", [("voc", write_voc), ("coco", write_coco),
                                         ("via", write_via_project), ("via", write_via_regions),
                                         ("via", write_via_csv), ("createml", write_createml)])
@pytest.mark.parametrize("named", [True, False], ids=["named", "recognised"])
def test_each_format_converts_to_the_same_yolo_labels(tmp_path, fmt, writer, named):
    src = writer(tmp_path / "src")
    out = tmp_path / "yolo"
    report = convert(src, fmt if named else None, out, val_fraction=0.0)
    assert report.names == ["dragon", "knight", "lance"]
    assert _labels(out) == EXPECTED
    assert sorted(p.name for p in (out / "images" / "train").iterdir()) == sorted(BOXES)
    data = yaml.safe_load((out / "data.yaml").read_text())
    assert data["names"] == {0: "dragon", 1: "knight", 2: "lance"}
    assert "path" not in data and data["train"] == "images/train"
    assert report.images["train"] == 3 and dict(report.boxes) == {"dragon": 1, "lance": 1, "knight": 1}


def test_kept_classes_get_their_own_sorted_ids_and_the_rest_is_dropped(tmp_path):
    out = tmp_path / "yolo"
    report = convert(write_voc(tmp_path / "src"), "voc", out, classes=["lance", "dragon"],
                     val_fraction=0.0)
    assert report.names == ["dragon", "lance"]
    assert _labels(out) == {"a": ["0 0.150000 0.400000 0.200000 0.400000",
                                  "1 0.550000 0.500000 0.100000 1.000000"], "b": [], "c": []}
    assert dict(report.dropped) == {"knight": 1}


def test_split_is_by_file_name_hash_and_stable(tmp_path):
    out = tmp_path / "yolo"
    report = convert(write_coco(tmp_path / "src"), "coco", out, val_fraction=0.5, link=True)
    for name in BOXES:
        split = split_of(name, 0.5)
        assert (out / "images" / split / name).is_symlink()
        assert (out / "labels" / split / f"{Path(name).stem}.txt").is_file()
    assert report.images["train"] + report.images["val"] == 3
    assert {split_of(n, 0.5) for n in (f"{i}.jpg" for i in range(50))} == {"train", "val"}


def test_boxes_are_clipped_to_the_image():
    assert yolo_line(0, (-10, -10, 100, 50), W, H) == "0 0.250000 0.250000 0.500000 0.500000"
    assert yolo_line(0, (300, 10, 400, 20), W, H) is None  # wholly outside


def test_bad_voc_names_file_and_element(tmp_path):
    ann = write_voc(tmp_path / "src")
    (ann / "b.xml").write_text("<annotation><filename>b.jpg</filename><object><name>knight</name>"
                               "<bndbox><xmin>0</xmin><ymin>x</ymin><xmax>5</xmax><ymax>5</ymax>"
                               "</bndbox></object></annotation>")
    with pytest.raises(InputError) as e:
        convert(ann, "voc", tmp_path / "out")
    assert "b.xml" in str(e.value) and "<object> #1 <bndbox><ymin>" in str(e.value)
    (ann / "b.xml").write_text("<annotation><filename>b.jpg</filename>")
    with pytest.raises(InputError, match=r"b\.xml: not well-formed XML"):
        convert(ann, "voc", tmp_path / "out")


def test_bad_coco_names_the_annotation(tmp_path):
    path = write_coco(tmp_path / "src")
    data = json.loads(path.read_text())
    data["annotations"][1]["bbox"] = [1, 2, 3]
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"instances\.json: annotations\[1\]: field 'bbox'"):
        convert(path, "coco", tmp_path / "out")


def test_via2_points_and_unlabelled_regions_are_skipped_and_reported(tmp_path):
    path = write_via_regions(tmp_path / "src")
    data = json.loads(path.read_text())
    data["a.jpg12345"]["regions"] += [
        {"shape_attributes": {"name": "point", "cx": 1, "cy": 2},
         "region_attributes": {"object": "dragon"}},
        {"shape_attributes": {"name": "rect", "x": 1, "y": 2, "width": 5, "height": 5},
         "region_attributes": {}},
        {"shape_attributes": {"name": "rect", "x": 1, "y": 2, "width": 5, "height": 5},
         "region_attributes": {"object": " "}}]
    path.write_text(json.dumps(data))
    report = convert(path, "via", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    assert dict(report.skipped.counts) == {records.POINT: 1, records.UNLABELLED: 2}
    assert report.skipped.examples[records.POINT] == [f"{path}: a.jpg12345: regions[2]"]
    assert (f"skipped 2 × {records.UNLABELLED}, e.g. {path}: a.jpg12345: regions[3]; "
            f"{path}: a.jpg12345: regions[4]") in report.summary()


def test_bad_via2_coordinates_still_stop_with_the_field(tmp_path):
    path = write_via_regions(tmp_path / "src")
    data = json.loads(path.read_text())
    data["a.jpg12345"]["regions"][1]["shape_attributes"]["all_points_y"][2] = "ten"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"a\.jpg12345: regions\[1\]\.shape_attributes"
                                         r"\.all_points_y: expected a number, found 'ten'"):
        convert(path, "via", tmp_path / "out")


def test_via2_project_with_several_attributes_needs_one_chosen(tmp_path):
    path = write_via_project(tmp_path / "src")
    data = json.loads(path.read_text())
    data["_via_attributes"]["region"]["note"] = {"type": "text"}
    for rec in data["_via_img_metadata"].values():
        for region in rec["regions"]:
            region["region_attributes"]["note"] = "seen"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError,
                       match=r"several attributes \['note', 'object'\]; .*--via-attribute"):
        convert(path, "via", tmp_path / "out")
    with pytest.raises(InputError, match=r"no region attribute 'objet'"):
        convert(path, "via", tmp_path / "out", via_attribute="objet")
    convert(path, "via", tmp_path / "out", via_attribute="object", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED


def write_via3(root: Path) -> Path:
    _images(root)
    return Path(shutil.copy(DATA / "via3_project.json", root / "via3_project.json"))


def test_via3_project_converts_and_reports_what_is_not_a_box(tmp_path):
    path = write_via3(tmp_path / "src")
    report = convert(path, "via", tmp_path / "out", val_fraction=0.0)
    # option ids ("0", "1", "2") become option labels; file and segment attributes don't count
    assert report.names == ["dragon", "knight", "lance"]
    assert _labels(tmp_path / "out") == EXPECTED
    assert dict(report.skipped.counts) == {records.POINT: 1, records.NOT_SPATIAL: 2, records.UNLABELLED: 1,
                                           records.NOT_IMAGE: 1}
    assert report.skipped.examples[records.NOT_SPATIAL] == [f"{path}: metadata['1_caption1']",
                                                       f"{path}: metadata['4_segment1']"]
    assert report.skipped.examples[records.NOT_IMAGE] == [f"{path}: file['4'] (clip.mp4)"]
    assert report.images["train"] == 3


def test_via3_attribute_choice_and_bad_values(tmp_path):
    path = write_via3(tmp_path / "src")
    data = json.loads(path.read_text())
    data["attribute"]["4"] = {"aname": "colour", "anchor_id": "FILE1_Z0_XY1", "type": 1,
                              "options": {}, "default_option_id": ""}
    data["metadata"]["1_dragon01"]["av"]["4"] = "green"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"attribute: regions have several attributes "
                                         r"\['colour', 'object'\]"):
        convert(path, "via", tmp_path / "out")
    report = convert(path, "via", tmp_path / "out", via_attribute="colour", val_fraction=0.0)
    assert report.names == ["green"] and report.skipped.counts[records.UNLABELLED] == 3
    data["metadata"]["1_lance001"]["av"]["1"] = "7"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"metadata\['1_lance001'\]\.av: attribute 'object' has "
                                         r"value '7', not one of its options"):
        convert(path, "via", tmp_path / "out", via_attribute="object")
    data["metadata"]["1_lance001"]["xy"] = [2, 10, "x", 5, 5]
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"metadata\['1_lance001'\]\.xy\[2\]: expected a number"):
        convert(path, "via", tmp_path / "out", via_attribute="object")


@pytest.mark.parametrize("xy, box", [
    ([2, 10, 20, 40, 40], (10, 20, 50, 60)),
    ([3, 50, 50, 10], (40, 40, 60, 60)),
    ([4, 50, 50, 20, 10], (30, 40, 70, 60)),
    ([5, 10, 80, 30, 20], (10, 20, 30, 80)),
    ([6, 0, 0, 10, 5, 20, 0], (0, 0, 20, 5)),
    ([8, 0, 50, 100, 0, 200, 50, 100, 100], (0, 0, 200, 100)),
    ([9, 40, 50, 50, 40, 60, 50], (40, 40, 60, 60)),  # three points on a circle of radius 10
    ([1, 5, 5], None),
])
def test_via3_shapes_become_enclosing_boxes(xy, box):
    got = _via3_box(xy, "m.xy")
    assert got == box if box is None else got == pytest.approx(box)


def test_coco_crowd_and_empty_boxes_are_skipped_and_reported(tmp_path):
    path = write_coco(tmp_path / "src")
    data = json.loads(path.read_text())
    n = len(data["annotations"])
    data["annotations"] += [
        {"id": 90, "image_id": 3, "category_id": 7, "bbox": [0, 0, 50, 50], "iscrowd": 1},
        {"id": 91, "image_id": 3, "category_id": 7, "bbox": [10, 10, 0, 20], "iscrowd": 0},
        {"id": 92, "image_id": 3, "category_id": 7, "bbox": [10, 10, 20, -5]}]
    path.write_text(json.dumps(data))
    report = convert(path, "coco", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    assert dict(report.skipped.counts) == {records.CROWD: 1, records.NO_AREA: 2}
    assert report.skipped.examples[records.CROWD] == [f"{path}: annotations[{n}]"]
    assert f"skipped 1 × {records.CROWD}, e.g. {path}: annotations[{n}]" in report.summary()


def test_coco_file_names_with_folders_resolve(tmp_path):
    path = write_coco(tmp_path / "src")
    images = tmp_path / "src" / "images"
    (images / "2019" / "x").mkdir(parents=True)
    for name in ("a.jpg", "b.jpg"):
        (images / name).rename(images / "2019" / "x" / name)
    data = json.loads(path.read_text())
    data["images"][0]["file_name"] = "2019/x/a.jpg"
    data["images"][1]["file_name"] = "train2019\\b.jpg"  # another folder, Windows separator
    path.write_text(json.dumps(data))
    convert(path, "coco", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED


def test_voc_image_found_by_path_or_stem_when_filename_misleads(tmp_path):
    ann = write_voc(tmp_path / "src")
    a = (ann / "a.xml").read_text().replace("<filename>a.jpg</filename>", "<filename>a</filename>")
    (ann / "a.xml").write_text(a.replace("<xmin>10</xmin>", "<xmin>10.0</xmin>"))
    b = (ann / "b.xml").read_text()
    (ann / "b.xml").write_text(b.replace("<filename>b.jpg</filename>",
                                         "<filename>IMG_0002.JPG</filename>"
                                         "<path>C:\\Users\\ann\\scans\\b.jpg</path>"))
    c = (ann / "c.xml").read_text()
    (ann / "c.xml").write_text(c.replace("<filename>c.jpg</filename>",
                                         "<filename>old.png</filename>"))
    convert(ann, "voc", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    (tmp_path / "src" / "JPEGImages" / "c.jpg").unlink()
    with pytest.raises(InputError, match=r"c\.xml: <filename>: image 'old\.png' not found .* "
                                         r"\(also tried 'c\.jpg'"):
        convert(ann, "voc", tmp_path / "out")


def test_voc_difficult_boxes_are_kept_and_counted_and_empty_ones_reported(tmp_path):
    ann = write_voc(tmp_path / "src")
    a = (ann / "a.xml").read_text()
    (ann / "a.xml").write_text(a.replace("<difficult>0</difficult>", "<difficult>1</difficult>", 1))
    extra = ("<object><name>{}</name><bndbox><xmin>{}</xmin><ymin>10</ymin><xmax>{}</xmax>"
             "<ymax>20</ymax></bndbox></object></annotation>")
    c = (ann / "c.xml").read_text()
    (ann / "c.xml").write_text(c.replace("</annotation>", extra.format("dragon", 50, 40))
                               .replace("</annotation>", extra.format("lance", 300, 400)))
    report = convert(ann, "voc", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    assert report.skipped.kept[records.DIFFICULT] == 1
    assert dict(report.skipped.counts) == {records.NO_AREA: 1, cv.OUTSIDE: 1}
    assert report.skipped.examples[records.NO_AREA] == [f"{ann / 'c.xml'}: <object> #1"]
    summary = report.summary()
    assert summary[0].startswith("3 train + 0 val images, 3 boxes, 3 classes")
    assert f"kept 1 {records.DIFFICULT}" in summary


def test_missing_image_is_named(tmp_path):
    path = write_coco(tmp_path / "src")
    (tmp_path / "src" / "images" / "b.jpg").unlink()
    with pytest.raises(InputError, match=r"images\[1\]: image 'b\.jpg' not found"):
        convert(path, "coco", tmp_path / "out")


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(InputError, match="unknown dataset format 'kitti'"):
        convert(tmp_path, "kitti", tmp_path / "out")


def test_class_names_beyond_the_basic_plane_are_readable_yaml(tmp_path):
    path = write_coco(tmp_path / "src")
    data = json.loads(path.read_text())
    strange = ["🐉 dragon", "lance\u00a0\"long\"", "kni\u2028ght"]
    for cat, name in zip(data["categories"], strange):
        cat["name"] = name
    path.write_text(json.dumps(data))
    convert(path, "coco", tmp_path / "out", val_fraction=0.0)
    text = (tmp_path / "out" / "data.yaml").read_text(encoding="utf-8")
    assert "🐉" in text and "\\ud83d" not in text
    assert yaml.safe_load(text)["names"] == dict(enumerate(sorted(strange)))


def test_voc_parts_are_counted_as_skipped(tmp_path):
    ann = write_voc(tmp_path / "src")
    part = ("<part><name>head</name><bndbox><xmin>12</xmin><ymin>22</ymin><xmax>20</xmax>"
            "<ymax>30</ymax></bndbox></part></object>")
    a = (ann / "a.xml").read_text()
    (ann / "a.xml").write_text(a.replace("</object>", part, 1))
    report = convert(ann, "voc", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    assert dict(report.skipped.counts) == {voc.PART: 1}
    assert report.skipped.examples[voc.PART] == [f"{ann / 'a.xml'}: <object> #1 <part> #1 (head)"]


def _image(path: Path, size: tuple[int, int] = (W, H), colour=(90, 80, 60)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


def _labelme(path: Path, image_path: str, box=(10, 20, 50, 60), label="dragon") -> Path:
    x1, y1, x2, y2 = box
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"shapes": [{"label": label, "points": [[x1, y1], [x2, y2]],
                                            "shape_type": "rectangle"}],
                                "imagePath": image_path, "imageWidth": W, "imageHeight": H}))
    return path


def test_a_labelme_image_is_looked_for_beside_its_file_first(tmp_path):
    """A folder given is itself searched; ``imagePath`` is relative to the JSON file, so a copy
    of the image elsewhere under the dataset does not stand in for it."""
    root = tmp_path / "lm"
    _image(root / "aaa_backup" / "p1.jpg", (50, 50))
    _image(root / "project" / "p1.jpg")
    _labelme(root / "project" / "p1.json", "p1.jpg")
    _image(root / "project" / "p2.jpg")
    _labelme(root / "project" / "p2.json", "..\\project\\p2.jpg")
    report = convert(root / "project", "labelme", tmp_path / "out", val_fraction=0.0)
    assert report.images["train"] == 2 and not report.skipped.counts
    with Image.open(tmp_path / "out" / "images" / "train" / "p1.jpg") as im:
        assert im.size == (W, H)


def test_an_image_name_that_several_files_answer_to_is_an_error_naming_them(tmp_path):
    for folder in ("train", "val"):
        _image(tmp_path / "lm" / folder / "1.jpg")
        _labelme(tmp_path / "lm" / folder / "1.json", "1.jpg")
    data = {"images": [{"id": 1, "file_name": "1.jpg", "width": W, "height": H}],
            "categories": [{"id": 1, "name": "dragon"}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 5, 5]}]}
    (tmp_path / "lm" / "coco.json").write_text(json.dumps(data))
    with pytest.raises(InputError) as err:
        convert(tmp_path / "lm" / "coco.json", "coco", tmp_path / "out")
    message = str(err.value)
    assert "'1.jpg' is ambiguous: 2 files" in message and "images[0]" in message
    assert str(tmp_path / "lm" / "train" / "1.jpg") in message
    assert str(tmp_path / "lm" / "val" / "1.jpg") in message
    data["images"][0]["file_name"] = "elsewhere/val/1.jpg"  # its folders single one out
    (tmp_path / "lm" / "coco.json").write_text(json.dumps(data))
    convert(tmp_path / "lm" / "coco.json", "coco", tmp_path / "out", val_fraction=0.0)


def test_label_studio_images_are_found_as_enrichment_finds_them(tmp_path):
    """Uploaded files (``/data/upload/3/1a2b3c4d-NAME``), local files (``?d=PATH``, escaped),
    and names in the other Unicode form (NFD from a Mac) all meet their image files."""
    import unicodedata

    root = tmp_path / "ls"
    _image(root / "originals" / "george.jpg")
    _image(root / "originals" / "my painting.jpg")
    _image(root / "scans" / unicodedata.normalize("NFD", "Sainte-Thérèse.jpg"))
    rect = {"type": "rectanglelabels", "original_width": W, "original_height": H,
            "value": {"x": 10, "y": 10, "width": 20, "height": 20, "rectanglelabels": ["dragon"]}}
    tasks = [{"data": {"image": image}, "annotations": [{"result": [rect]}]} for image in (
        "/data/upload/3/1a2b3c4d-george.jpg", "/data/local-files/?d=originals/my%20painting.jpg",
        unicodedata.normalize("NFC", "/data/local-files/?d=x/Sainte-Thérèse.jpg"))]
    (root / "export.json").write_text(json.dumps(tasks))
    report = convert(root / "export.json", "labelstudio", tmp_path / "out", val_fraction=0.0)
    assert report.images["train"] == 3


def test_an_image_named_by_two_records_is_one_image_with_all_their_boxes(tmp_path):
    ann = write_voc(tmp_path / "voc")
    (ann / "a copy.xml").write_text((ann / "b.xml").read_text().replace(
        "<name>knight</name>", "<name>horse</name>"))
    out = tmp_path / "out"
    report = convert(ann, "voc", out, val_fraction=0.0)
    assert report.images["train"] == 3 and report.skipped.kept[cv.MERGED] == 1
    assert sorted(_labels(out)["b"]) == ["1 0.500000 0.500000 1.000000 1.000000",
                                         "2 0.500000 0.500000 1.000000 1.000000"]
    path = write_coco(tmp_path / "coco")
    data = json.loads(path.read_text())
    data["images"].append({"id": 9, "file_name": "a.jpg", "width": W, "height": H})
    data["annotations"].append({"id": 99, "image_id": 9, "category_id": 12, "bbox": [0, 0, 5, 5]})
    path.write_text(json.dumps(data))
    report = convert(path, "coco", out, val_fraction=0.0)
    assert report.images["train"] == 3 and len(_labels(out)["a"]) == 3
    data["images"][-1]["width"] = 2 * W
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"images\[3\]: the image .*a\.jpg is named here as "
                                         r"400×100 and at .*images\[0\] as 200×100"):
        convert(path, "coco", out)


def test_images_sharing_a_name_or_a_stem_get_names_of_their_own(tmp_path):
    """The same file name in three folders, and 1.jpg beside 1.png: each its own image and
    label file, named by its folders where its name is taken, else by a hash of its path."""
    paths = [tmp_path / "imgs" / "a" / "1.jpg", tmp_path / "imgs" / "b" / "1.jpg",
             tmp_path / "imgs" / "c" / "1.jpg", tmp_path / "imgs" / "c" / "1.png",
             tmp_path / "x" / "c" / "1.PNG"]
    assert cv.output_names(paths)[:4] == ["1.jpg", "b_1.jpg", "c_1.jpg", "imgs_c_1.png"]
    assert cv.output_names(paths)[4] == "x_c_1.PNG"
    deep = [tmp_path / top / "q" / "r" / "s" / "1.jpg" for top in "pomn"]
    names = cv.output_names(deep)
    assert names[:3] == ["1.jpg", "s_1.jpg", "r_s_1.jpg"] and names[3] == "q_r_s_1.jpg"
    assert cv.output_names(deep + [tmp_path / "l" / "q" / "r" / "s" / "1.jpg"])[4].startswith("1_")
    for path in paths:
        _image(path)
    data = {"images": [{"id": i, "file_name": str(p.relative_to(tmp_path)), "width": W, "height": H}
                       for i, p in enumerate(paths)],
            "categories": [{"id": 1, "name": "dragon"}],
            "annotations": [{"id": i, "image_id": i, "category_id": 1, "bbox": [1, 1, i + 5, 5]}
                            for i in range(len(paths))]}
    (tmp_path / "coco.json").write_text(json.dumps(data))
    report = convert(tmp_path / "coco.json", "coco", tmp_path / "out", val_fraction=0.0)
    assert report.images["train"] == 5
    labels = sorted(p.stem for p in (tmp_path / "out" / "labels" / "train").iterdir())
    assert labels == ["1", "b_1", "c_1", "imgs_c_1", "x_c_1"]
    assert report.boxes["dragon"] == 5


def test_the_copies_roboflow_made_of_one_image_land_in_one_split(tmp_path):
    digests = [f"{i:032x}" for i in range(40)]
    paths = [_image(tmp_path / "rf" / ("train" if i % 3 else "valid") / f"painting_jpg.rf.{d}.jpg")
             for i, d in enumerate(digests)]
    assert {cv.split_name(p) for p in paths} == {"painting.jpg"}
    assert {split_of(p.name, 0.5) for p in paths} == {"train", "val"}  # the names alone scatter
    data = {"images": [{"id": i, "file_name": str(p.relative_to(tmp_path / "rf")), "width": W,
                        "height": H} for i, p in enumerate(paths)],
            "categories": [{"id": 1, "name": "dragon"}],
            "annotations": [{"id": i, "image_id": i, "category_id": 1, "bbox": [1, 1, 5, 5]}
                            for i in range(len(paths))]}
    (tmp_path / "rf" / "coco.json").write_text(json.dumps(data))
    report = convert(tmp_path / "rf" / "coco.json", "coco", tmp_path / "out", val_fraction=0.5)
    assert sorted([report.images["train"], report.images["val"]]) == [0, 40]


@pytest.mark.parametrize("where", [".", "images", "images/train/yolo", ".."])
def test_an_output_folder_among_the_images_is_refused_and_they_are_kept(tmp_path, where):
    """Converting a YOLO dataset into its own folder (or one holding or inside an image
    folder) would write over, then delete, the images it reads."""
    coco = write_coco(tmp_path / "coco")
    convert(coco, "coco", tmp_path / "ds" / "yolo")
    dataset = tmp_path / "ds" / "yolo"
    before = sorted(p.relative_to(dataset) for p in (dataset / "images").rglob("*.jpg"))
    out = (dataset / where).resolve()
    with pytest.raises(InputError, match="the output folder (is|holds|lies in) the image folder"):
        convert(dataset, "yolo", out)
    assert sorted(p.relative_to(dataset) for p in (dataset / "images").rglob("*.jpg")) == before


def test_placing_an_image_onto_itself_keeps_it(tmp_path):
    image = _image(tmp_path / "a.jpg")
    cv._place(image, image, link=False)
    assert image.is_file()
    cv._place(image, image, link=True)
    assert image.is_file() and not image.is_symlink()


def test_converting_again_into_the_same_folder_leaves_nothing_of_the_first_run(tmp_path):
    path = write_coco(tmp_path / "src")
    out = tmp_path / "out"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "keep.txt").write_text("mine")
    convert(path, "coco", out, val_fraction=0.0)
    (out / "labels" / "train.cache").write_bytes(b"ultralytics")
    report = convert(path, "coco", out, val_fraction=0.5)
    written = sorted(p.relative_to(out).as_posix() for p in (out / "images").rglob("*") if p.is_file())
    assert written == sorted(f"images/{split_of(n, 0.5)}/{n}" for n in BOXES)
    assert len(list((out / "labels").rglob("*.txt"))) == 3
    assert not (out / "labels" / "train.cache").exists()
    assert (out / "notes" / "keep.txt").read_text() == "mine"
    assert report.images["train"] + report.images["val"] == 3


def test_convert_help_says_what_it_empties(runner):
    from kg.cli import main

    result = runner.invoke(main, ["vision", "convert", "--help"])
    assert "images/ and labels/ are emptied first" in " ".join(result.output.split())


def test_a_small_dataset_gets_a_val_image_and_an_empty_val_split_is_warned_of(tmp_path):
    path = write_coco(tmp_path / "src")  # a, b and c all hash into train at 0.2
    assert {split_of(n, 0.2) for n in BOXES} == {"train"}
    report = convert(path, "coco", tmp_path / "out", val_fraction=0.2)
    assert (report.images["train"], report.images["val"]) == (2, 1) and not report.warnings
    assert cv.assign_splits(["a.jpg", "c.jpg"], 0.99) == ["train", "val"]  # nor train left empty
    assert cv.assign_splits(["a.jpg", "a.jpg"], 0.99) == ["train", "train"]  # one image: train
    report = convert(path, "coco", tmp_path / "out", val_fraction=0.0)
    assert report.images["val"] == 0
    assert report.summary()[-1].startswith("warning: the val split is empty (--val-fraction 0, "
                                           "3 images): `kg vision train`")


def test_a_dataset_without_images_or_classes_is_an_error(tmp_path):
    path = write_coco(tmp_path / "src")
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "annotations": []}))
    with pytest.raises(InputError, match="none of the 3 images has a labelled box"):
        convert(path, "coco", tmp_path / "out")
    path.write_text(json.dumps({**data, "images": [], "annotations": []}))
    with pytest.raises(InputError, match="no annotated images to convert"):
        convert(path, "coco", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_converted_dataset_can_be_moved(tmp_path, monkeypatch):
    """data.yaml names no absolute ``path``: ultralytics reads the splits beside the YAML."""
    from vision.offline import prepare

    prepare()
    from ultralytics.data.utils import check_det_dataset

    convert(write_coco(tmp_path / "src"), "coco", tmp_path / "yolo")
    (tmp_path / "elsewhere").mkdir()
    moved = Path(shutil.move(tmp_path / "yolo", tmp_path / "elsewhere" / "yolo"))
    monkeypatch.chdir(tmp_path / "src")
    data = check_det_dataset(str(moved / "data.yaml"), autodownload=False)
    assert data["train"] == str((moved / "images" / "train").resolve())
    assert data["val"] == str((moved / "images" / "val").resolve())
    assert data["names"] == {0: "dragon", 1: "knight", 2: "lance"}


def test_images_ultralytics_does_not_read_are_renamed_or_written_as_png(tmp_path):
    from vision.offline import prepare

    prepare()
    from ultralytics.data.utils import IMG_FORMATS

    assert cv.YOLO_READS == {f".{f}" for f in IMG_FORMATS}
    root = tmp_path / "src"
    root.mkdir()
    Image.new("P", (W, H)).save(root / "a.gif")
    Image.new("RGB", (W, H), (9, 9, 9)).save(root / "b.jfif", "JPEG")
    _image(root / "c.webp")
    (root / "d.gif").write_bytes(b"GIF89a, but no more")
    data = {"images": [{"id": i, "file_name": n, "width": W, "height": H}
                       for i, n in enumerate(["a.gif", "b.jfif", "c.webp", "d.gif"])],
            "categories": [{"id": 1, "name": "dragon"}],
            "annotations": [{"id": i, "image_id": i, "category_id": 1, "bbox": [1, 1, 5, 5]}
                            for i in range(4)]}
    (root / "coco.json").write_text(json.dumps(data))
    report = convert(root / "coco.json", "coco", tmp_path / "out", val_fraction=0.0)
    images = tmp_path / "out" / "images" / "train"
    assert sorted(p.name for p in images.iterdir()) == ["a.png", "b.jpg", "c.webp"]
    assert (images / "b.jpg").read_bytes() == (root / "b.jfif").read_bytes()
    with Image.open(images / "a.png") as im:
        assert im.format == "PNG" and im.size == (W, H)
    assert report.images["train"] == 3 and report.boxes["dragon"] == 3
    assert report.skipped.kept[cv.REENCODED] == 1
    assert report.skipped.examples[cv.UNREADABLE] == [str(root / "d.gif")]
    assert sorted(p.stem for p in (tmp_path / "out" / "labels" / "train").iterdir()) == ["a", "b", "c"]


def test_two_images_of_one_name_are_split_by_the_names_they_are_written_under(tmp_path):
    for folder in ("train", "val"):
        _image(tmp_path / "lm" / folder / "1.jpg")
        _labelme(tmp_path / "lm" / folder / "1.json", "1.jpg")
    report = convert(tmp_path / "lm", "labelme", tmp_path / "out")
    assert (report.images["train"], report.images["val"]) == (1, 1) and not report.warnings


@pytest.mark.parametrize("orientation, upright", [
    (5, (20, 10, 60, 50)),  # transposed
    (6, (40, 10, 80, 50)),  # turned a quarter clockwise to show
    (7, (40, 150, 80, 190)),
    (8, (20, 150, 60, 190)),
])
def test_boxes_drawn_on_an_image_as_stored_are_turned_upright_with_it(tmp_path, orientation, upright):
    """labelImg draws on a phone photo as stored (200×100) and writes that size; the photo's EXIF
    orientation shows it 100×200, as ultralytics reads it: the boxes must turn with it."""
    root = tmp_path / "src"
    write_voc(root)
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.new("RGB", (W, H)).save(root / "JPEGImages" / "a.jpg", exif=exif)
    report = convert(root / "Annotations", "voc", tmp_path / "out", val_fraction=0.0)
    x1, y1, x2, y2 = upright  # the dragon (10, 20, 50, 60) as the upright 100×200 image shows it
    assert _labels(tmp_path / "out")["a"][0] == yolo_line(0, (x1, y1, x2, y2), H, W)
    assert _labels(tmp_path / "out")["b"] == EXPECTED["b"]
    assert report.skipped.kept[cv.TURNED] == 1


def test_boxes_drawn_on_the_upright_image_stay_as_they_are(tmp_path):
    """LabelMe and the browser-based tools show a photo upright and give its upright size."""
    root = tmp_path / "src"
    write_voc(root)
    exif = Image.Exif()
    exif[0x0112] = 6
    # stored 100×200, upright 200×100: the size the VOC file gives
    Image.new("RGB", (H, W)).save(root / "JPEGImages" / "a.jpg", exif=exif)
    report = convert(root / "Annotations", "voc", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == EXPECTED
    assert not report.skipped.kept[cv.TURNED]
