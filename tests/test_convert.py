"""VOC, COCO and VIA datasets written here are converted to YOLO format, checked line by line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from PIL import Image

from kg.errors import InputError
from vision.convert import convert, split_of, yolo_line

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


def _labels(out: Path) -> dict[str, list[str]]:
    return {p.stem: p.read_text().splitlines() for p in sorted((out / "labels").rglob("*.txt"))}


@pytest.mark.parametrize("fmt, writer", [("voc", write_voc), ("coco", write_coco),
                                         ("via", write_via_project), ("via", write_via_regions)])
def test_each_format_converts_to_the_same_yolo_labels(tmp_path, fmt, writer):
    src = writer(tmp_path / "src")
    out = tmp_path / "yolo"
    report = convert(src, fmt, out, val_fraction=0.0)
    assert report.names == ["dragon", "knight", "lance"]
    assert _labels(out) == EXPECTED
    assert sorted(p.name for p in (out / "images" / "train").iterdir()) == sorted(BOXES)
    data = yaml.safe_load((out / "data.yaml").read_text())
    assert data["names"] == {0: "dragon", 1: "knight", 2: "lance"}
    assert Path(data["path"]) == out.resolve() and data["train"] == "images/train"
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


def test_bad_via_names_the_region(tmp_path):
    path = write_via_regions(tmp_path / "src")
    data = json.loads(path.read_text())
    data["a.jpg12345"]["regions"][1]["shape_attributes"] = {"name": "point", "cx": 1, "cy": 2}
    path.write_text(json.dumps(data))
    with pytest.raises(InputError) as e:
        convert(path, "via", tmp_path / "out")
    assert "a.jpg12345: regions[1].shape_attributes" in str(e.value) and "'point'" in str(e.value)


def test_missing_image_is_named(tmp_path):
    path = write_coco(tmp_path / "src")
    (tmp_path / "src" / "images" / "b.jpg").unlink()
    with pytest.raises(InputError, match=r"images\[1\]: image 'b\.jpg' not found"):
        convert(path, "coco", tmp_path / "out")


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(InputError, match="unknown dataset format 'yolo'"):
        convert(tmp_path, "yolo", tmp_path / "out")
