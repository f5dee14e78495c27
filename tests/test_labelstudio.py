"""Label Studio JSON exports as annotations: percent boxes, rotations, polygons, what is skipped."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from test_annotations import ARTWORKS, _detections, assert_enriches_like_coco
from test_convert import BOXES, H, W, write_coco
from vision import labelstudio, records
from vision.annotations import original_names, read_annotations
from vision.detect import AnnotationDetector


def _rect(label: str, x1: float, y1: float, x2: float, y2: float, **extra) -> dict:
    return {"type": "rectanglelabels", "from_name": "label", "to_name": "image",
            "original_width": W, "original_height": H, **extra,
            "value": {"x": 100 * x1 / W, "y": 100 * y1 / H, "width": 100 * (x2 - x1) / W,
                      "height": 100 * (y2 - y1) / H, "rotation": 0, "rectanglelabels": [label]}}


def write_label_studio(path, tasks: list[dict] | None = None):
    """The boxes of the COCO fixture as Label Studio exports them (uploaded files)."""
    if tasks is None:
        tasks = [{"id": i + 1, "data": {"image": f"/data/upload/3/{i:08x}-{name}"},
                  "annotations": [{"id": 10 + i, "result": [_rect(*box) for box in boxes]}],
                  "predictions": []}
                 for i, (name, boxes) in enumerate(BOXES.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tasks))
    return path


def test_a_label_studio_export_gives_the_detections_of_the_coco_file(tmp_path):
    expected, _ = _detections(write_coco(tmp_path / "coco"))
    found, sizes = _detections(write_label_studio(tmp_path / "ls" / "export.json"))
    assert {k: [(lab, *(round(v, 6) for v in rest)) for lab, *rest in boxes]
            for k, boxes in found.items()} == expected
    assert sizes == {"a": (W, H), "b": (W, H)}  # c has no region to give its size


def test_a_turned_box_and_a_polygon_give_their_enclosing_boxes(tmp_path):
    turned = _rect("lance", 100, 0, 150, 50)
    turned["value"]["rotation"] = 90  # clockwise about the top-left corner: x 50–100, y 0–50
    polygon = {"type": "polygonlabels", "original_width": W, "original_height": H,
               "value": {"points": [[5, 10], [25, 20], [10, 60]], "polygonlabels": ["dragon"]}}
    path = write_label_studio(tmp_path / "ls.json", [
        {"data": {"image": "scans/a.jpg"}, "annotations": [{"result": [turned, polygon]}]}])
    found, _ = _detections(path)
    assert [(lab, *(round(v, 6) for v in rest)) for lab, *rest in found["a"]] == [
        ("dragon", 10, 10, 40, 50, 1.0), ("lance", 50, 0, 50, 50, 1.0)]


def test_what_is_no_box_people_drew_is_skipped_and_counted(tmp_path):
    unsized = _rect("dragon", 0, 0, 10, 10)
    del unsized["original_width"]
    unlabelled = _rect("", 0, 0, 10, 10)
    unlabelled["value"]["rectanglelabels"] = []
    path = write_label_studio(tmp_path / "ls.json", [{
        "data": {"picture": "/data/local-files/?d=scans/a.jpg", "title": "Saint George"},
        "annotations": [
            {"was_cancelled": True, "result": [_rect("knight", 0, 0, 200, 100)]},
            {"result": [_rect("dragon", 10, 20, 50, 60), unsized, unlabelled,
                        {"type": "keypointlabels", "value": {"x": 5, "y": 5, "keypointlabels": ["eye"]}},
                        {"type": "choices", "value": {"choices": ["night"]}},
                        {"type": "brushlabels", "value": {"rle": [1, 2], "brushlabels": ["halo"]}}]},
            {"result": [_rect("lance", 100, 0, 120, 100)]}],
        "predictions": [{"result": [_rect("horse", 0, 0, 20, 20, score=0.4)]}]}])
    detector = AnnotationDetector(path)
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert [d.label for d in found["a"]] == ["dragon", "dragon"]  # (unsized: the task's size)
    assert dict(detector.skips.counts) == {
        records.UNLABELLED: 1, records.POINT: 1, records.NOT_SPATIAL: 1,
        labelstudio.NOT_A_BOX: 1, labelstudio.OTHER_ANNOTATION: 1, labelstudio.PREDICTION: 1}


@pytest.mark.parametrize("task, message", [
    ({"data": {"image": "a.jpg"}, "annotations": [{"result": [
        {**_rect("dragon", 0, 0, 10, 10), "value": {"x": 1, "y": 1, "width": 1, "height": 1,
                                                    "rectanglelabels": "dragon"}}]}]},
     "labels must be a list"),
    ({"data": {"image": "a.jpg"}, "annotations": [{"result": [
        {**_rect("dragon", 0, 0, 10, 10), "value": {"x": 1, "y": "top", "width": 1, "height": 1,
                                                    "rectanglelabels": ["dragon"]}}]}]},
     "expected a number, found 'top'"),
    ({"data": {"text": "no image"}, "annotations": []}, "cannot tell which field"),
])
def test_a_malformed_task_names_its_place(tmp_path, task, message):
    path = write_label_studio(tmp_path / "ls.json", [task])
    with pytest.raises(InputError, match=message) as err:
        list(read_annotations(path))
    assert str(path) in str(err.value) and "[0]" in str(err.value)


@pytest.mark.parametrize("name, original", [
    ("/data/upload/3/1a2b3c4d-a.jpg", ["a.jpg"]),
    ("/data/upload/3/1a2b3c4d-Saint%20George.jpg", ["1a2b3c4d-saint george.jpg", "saint george.jpg"]),
    ("scans/1a2b3c4d-a.jpg", []),  # not an upload: the name is the name
])
def test_original_names_of_label_studio_uploads(name, original):
    assert original_names(name) == original


def test_enrich_writes_the_same_detections_from_label_studio_as_from_coco(runner, tmp_path):
    assert_enriches_like_coco(runner, tmp_path, write_label_studio(tmp_path / "ls.json"), "ls")


def test_a_shape_with_its_labels_apart_and_an_ellipse_are_read_as_regions(tmp_path):
    """A ``<Rectangle>`` with a separate ``<Labels>`` control exports two results sharing one id
    (the shape, and the labels with the same box): one region. An ellipse's centre and radii are
    in percent; its enclosing box is taken."""
    shape = {"id": "r1", "type": "rectangle", "original_width": W, "original_height": H,
             "value": {"x": 5, "y": 20, "width": 20, "height": 40, "rotation": 0}}
    labels = {"id": "r1", "type": "labels", "original_width": W, "original_height": H,
              "value": {"x": 5, "y": 20, "width": 20, "height": 40, "rotation": 0, "labels": ["dragon"]}}
    alone = {"id": "r2", "type": "labels", "original_width": W, "original_height": H,  # a box of its own
             "value": {"x": 50, "y": 0, "width": 10, "height": 100, "labels": ["lance"]}}
    ellipse = {"id": "e1", "type": "ellipselabels", "original_width": W, "original_height": H,
               "value": {"x": 50, "y": 50, "radiusX": 5, "radiusY": 10, "rotation": 0,
                         "ellipselabels": ["halo"]}}  # centre (100, 50), radii 10 × 10 px
    path = write_label_studio(tmp_path / "ls.json", [
        {"data": {"image": "scans/a.jpg"}, "annotations": [{"result": [shape, labels, alone, ellipse]}]}])
    detector = AnnotationDetector(path)
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert sorted((d.label, *(round(v, 6) for v in (d.box.x, d.box.y, d.box.w, d.box.h))) for d in found["a"]) == [
        ("dragon", 10, 20, 40, 40), ("halo", 90, 40, 20, 20), ("lance", 100, 0, 20, 100)]
    assert not detector.skips.counts


def test_tasks_without_a_completed_annotation_are_skipped_not_background(tmp_path):
    from test_convert import _images

    from vision.convert import convert

    _images(tmp_path / "ls")
    path = write_label_studio(tmp_path / "ls" / "export.json", [
        {"data": {"image": "a.jpg"}, "annotations": [{"result": [_rect("dragon", 10, 20, 50, 60)]}]},
        {"data": {"image": "b.jpg"}, "annotations": [
            {"was_cancelled": True, "result": [_rect("knight", 0, 0, 200, 100)]}]},
        {"data": {"image": "c.jpg"}, "annotations": []},
        {"data": {"image": "a.jpg"}, "predictions": [{"result": []}]}])
    report = convert(path, "labelstudio", tmp_path / "out", val_fraction=0.0)
    assert report.images["train"] == 1
    assert sorted(p.name for p in (tmp_path / "out" / "labels" / "train").iterdir()) == ["a.txt"]
    assert report.skipped.counts[labelstudio.NO_ANNOTATION] == 3
    assert report.skipped.examples[labelstudio.NO_ANNOTATION][0] == f"{path}: [1] (b.jpg)"
    assert any(line.startswith(f"skipped 3 × {labelstudio.NO_ANNOTATION}")
               for line in report.summary())


def test_regions_without_the_image_size_take_it_from_the_task_or_the_image(tmp_path):
    """Results imported into Label Studio (pre-annotations, the API) carry no original_width:
    a task's other results give the image's size; failing them, convert reads the image's, and
    an image with a box is never written as a background without it."""
    from test_convert import _images, _labels
    from vision.convert import convert

    def unsized(*box, rotation=0):
        rect = _rect(*box)
        del rect["original_width"], rect["original_height"]
        rect["value"]["rotation"] = rotation
        return rect

    _images(tmp_path / "images")
    path = write_label_studio(tmp_path / "export.json", [
        {"data": {"image": "/data/upload/3/00000000-a.jpg"}, "annotations": [{"result": [
            unsized("dragon", 10, 20, 50, 60), _rect("lance", 100, 0, 120, 100)]}]},
        {"data": {"image": "/data/upload/3/00000001-b.jpg"}, "annotations": [{"result": [
            unsized("knight", 0, 0, 200, 100), unsized("horse", 0, 0, 10, 10, rotation=30)]}]}])
    report = convert(path, "labelstudio", tmp_path / "out", val_fraction=0.0)
    assert _labels(tmp_path / "out") == {
        "a": ["0 0.150000 0.400000 0.200000 0.400000", "2 0.550000 0.500000 0.100000 1.000000"],
        "b": ["1 0.500000 0.500000 1.000000 1.000000"]}
    assert dict(report.skipped.counts) == {labelstudio.TURNED_UNSIZED: 1}
    detector = AnnotationDetector(path)  # enrichment opens no image: b's boxes cannot be placed
    found = {art.identifier: [d.label for d in dets] for art, dets in detector.detect(ARTWORKS)}
    assert found["a"] == ["dragon", "lance"] and found["b"] == []
    assert dict(detector.skips.counts) == {labelstudio.TURNED_UNSIZED: 1, records.UNSIZED: 1}


def test_a_json_min_export_gives_the_detections_of_the_coco_file(tmp_path):
    """Label Studio's JSON-MIN export: an item per annotation, each control's regions (value and
    image size) under its name, a single choice as a plain string."""
    expected, _ = _detections(write_coco(tmp_path / "coco"))

    def region(label, x1, y1, x2, y2):
        rect = _rect(label, x1, y1, x2, y2)
        return {**rect["value"], "original_width": W, "original_height": H}

    items = [{"image": f"/data/upload/3/{i:08x}-{name}", "id": i + 1,
              "label": [region(*box) for box in boxes], "mood": "calm", "annotator": 1,
              "annotation_id": 10 + i, "created_at": "2024-05-02T10:00:00Z",
              "updated_at": "2024-05-02T10:00:00Z", "lead_time": 12.5}
             for i, (name, boxes) in enumerate(BOXES.items())]
    items.append({**items[0], "annotator": 2, "annotation_id": 99,
                  "label": [region("horse", 0, 0, 20, 20)]})  # a second annotator: counted
    items[1]["brush"] = [{"format": "rle", "rle": [1, 2], "brushlabels": ["halo"],
                          "original_width": W, "original_height": H}]
    path = tmp_path / "min.json"
    path.write_text(json.dumps(items))
    found, sizes = _detections(path)
    assert {k: [(lab, *(round(v, 6) for v in rest)) for lab, *rest in boxes]
            for k, boxes in found.items()} == expected
    detector = AnnotationDetector(path)
    assert dict(detector.skips.counts) == {labelstudio.OTHER_ANNOTATION: 1, labelstudio.NOT_A_BOX: 1}
    assert detector.skips.examples[labelstudio.NOT_A_BOX] == [f"{path}: [1].brush[0]"]
