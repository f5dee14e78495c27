"""LabelMe annotations (a file per image, or a folder of them) as annotations."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from test_annotations import ARTWORKS, _detections, assert_enriches_like_coco
from test_convert import BOXES, H, W, write_coco
from vision import labelme, records
from vision.annotations import read_annotations
from vision.detect import AnnotationDetector


def write_labelme(root):
    """The boxes of the COCO fixture, a LabelMe file per image (corners in either order)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, boxes in BOXES.items():
        shapes = [{"label": lab, "points": [[x2, y2], [x1, y1]], "group_id": None,
                   "shape_type": "rectangle", "flags": {}} for lab, x1, y1, x2, y2 in boxes]
        (root / name.replace(".jpg", ".json")).write_text(json.dumps({
            "version": "5.4.1", "flags": {}, "shapes": shapes, "imagePath": f"..\\scans\\{name}",
            "imageData": None, "imageHeight": H, "imageWidth": W}))
    return root


def test_a_labelme_folder_gives_the_detections_of_the_coco_file(tmp_path):
    expected, sizes = _detections(write_coco(tmp_path / "coco"))
    found, got = _detections(write_labelme(tmp_path / "labelme"))
    assert found == expected and got == sizes


def test_one_labelme_file_and_its_shapes(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"shapes": [
        {"label": "halo", "points": [[50, 50], [50, 60]], "shape_type": "circle"},
        {"label": "lance", "points": [[100, 0], [120, 50], [110, 100]], "shape_type": "polygon"},
        {"label": "eye", "points": [[5, 5]], "shape_type": "point"},
        {"label": "", "points": [[0, 0], [9, 9]], "shape_type": "rectangle"},
        {"label": "sky", "points": [[150, 5], [190, 25]], "shape_type": "mask", "mask": "iVBORw0K"}],
        "imagePath": "", "imageData": "aGVsbG8=", "imageHeight": H, "imageWidth": W}))
    detector = AnnotationDetector(path)  # an empty imagePath: the file's own name names the image
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert [(d.label, d.box.x, d.box.y, d.box.w, d.box.h) for d in found["a"]] == [
        ("halo", 40, 40, 20, 20), ("lance", 100, 0, 20, 100), ("sky", 150, 5, 40, 20)]  # a mask: its box
    assert dict(detector.skips.counts) == {records.POINT: 1, records.UNLABELLED: 1}


def test_a_bad_shape_names_its_place(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"shapes": [{"label": "lance", "points": [[1, 2, 3]]}],
                                "imagePath": "a.jpg"}))
    with pytest.raises(InputError, match=r"shapes\[0\]: 'points' must be a list of \[x, y\] pairs"):
        list(read_annotations(path))


def test_other_json_files_in_the_folder_are_counted(tmp_path):
    root = write_labelme(tmp_path / "labelme")
    (root / "notes.json").write_text("{}")
    detector = AnnotationDetector(root)
    assert dict(detector.skips.counts) == {labelme.NOT_LABELME: 1}


def test_enrich_writes_the_same_detections_from_labelme_as_from_coco(runner, tmp_path):
    assert_enriches_like_coco(runner, tmp_path, write_labelme(tmp_path / "labelme"), "labelme")


def test_a_folder_of_another_json_format_says_to_give_the_file(tmp_path):
    path = write_coco(tmp_path / "coco")
    with pytest.raises(InputError, match=r"no LabelMe \.json files found; if instances\.json is a "
                                         r"COCO, .* give that file itself"):
        list(read_annotations(path.parent))
