"""YOLO-format datasets as annotations: ultralytics' layout, Roboflow's and CVAT's exports."""
from __future__ import annotations

import shutil

import pytest
import yaml
from PIL import Image

from kg.errors import InputError
from test_annotations import ARTWORKS, _detections, assert_enriches_like_coco
from test_convert import H, W, write_coco
from vision import records
from vision import yolo as yolo_reader
from vision.annotations import read_annotations
from vision.convert import convert
from vision.detect import AnnotationDetector


def _rounded(found: dict) -> dict:
    return {k: [(lab, *(round(v, 3) for v in rest)) for lab, *rest in boxes] for k, boxes in found.items()}


@pytest.fixture()
def coco_and_yolo(tmp_path):
    """The COCO fixture, and the YOLO dataset `kg vision convert` makes of it."""
    coco = write_coco(tmp_path / "coco")
    convert(coco, None, tmp_path / "yolo")
    return coco, tmp_path / "yolo"


def test_a_yolo_dataset_gives_the_detections_of_the_coco_file(coco_and_yolo):
    coco, yolo = coco_and_yolo
    expected, sizes = _detections(coco)
    for src in (yolo, yolo / "data.yaml"):
        found, got = _detections(src)
        assert _rounded(found) == _rounded(expected)
        assert got == sizes == {"a": (W, H), "b": (W, H), "c": (W, H)}


def test_a_roboflow_export_with_its_own_names_and_polygons(tmp_path):
    """Roboflow: data.yaml at the top with ``../train/images``, a names list, renamed files."""
    root = tmp_path / "roboflow"
    for split in ("train", "valid"):
        (root / split / "images").mkdir(parents=True)
        (root / split / "labels").mkdir(parents=True)
    (root / "data.yaml").write_text(yaml.safe_dump({
        "train": "../train/images", "val": "../valid/images", "nc": 3,
        "names": ["dragon", "knight", "lance"]}))
    renamed = {"a.jpg": ("train", "a_jpg.rf.0123456789abcdef0123456789abcdef.jpg"),
               "b.jpg": ("valid", "b_jpg.rf.fedcba9876543210fedcba9876543210.jpg")}
    for split, name in renamed.values():
        Image.new("RGB", (W, H)).save(root / split / "images" / name)
    (root / "train/labels/a_jpg.rf.0123456789abcdef0123456789abcdef.txt").write_text(
        "0 0.15 0.4 0.2 0.4\n"  # dragon: x 10–50, y 20–60
        "2 0.5 0.0 0.6 0.0 0.6 1.0 0.5 1.0\n")  # lance as a polygon: x 100–120, y 0–100
    (root / "valid/labels/b_jpg.rf.fedcba9876543210fedcba9876543210.txt").write_text("1 0.5 0.5 1 1\n")
    found, sizes = _detections(root)
    assert _rounded(found) == {"a": [("dragon", 10, 20, 40, 40, 1.0), ("lance", 100, 0, 20, 100, 1.0)],
                               "b": [("knight", 0, 0, 200, 100, 1.0)], "c": []}
    assert sizes == {"a": (W, H), "b": (W, H)}


def test_cvat_yolo_1_1_names_file_and_labels_beside_the_images(tmp_path):
    root = tmp_path / "cvat"
    (root / "obj_train_data").mkdir(parents=True)
    (root / "obj.names").write_text("knight\ndragon\n")
    Image.new("RGB", (W, H)).save(root / "obj_train_data" / "b.jpg")
    (root / "obj_train_data" / "b.txt").write_text("0 0.5 0.5 1.0 1.0\n\n1 0.25 0.5 0.1 0.2\n")
    found, _ = _detections(root)
    assert _rounded(found)["b"] == [("dragon", 40, 40, 20, 20, 1.0), ("knight", 0, 0, 200, 100, 1.0)]


@pytest.mark.parametrize("line, message", [
    ("5 0.5 0.5 0.1 0.1", "class 5 is not among the 3 class names"),
    ("knight 0.5 0.5 0.1 0.1", "class 'knight' is not a class number"),
    ("0 0.5 0.5 0.1", "found 4 values"),
    ("0 0.5 0.5 x 0.1", "expected a number, found 'x'"),
    ("0 50 40 20 10", "fractions of the image .* found 50: pixels"),
    ("0 0.5 0.5 0.1 0.1 1.7", "confidence 1.7 is not between 0 and 1"),
])
def test_a_bad_label_line_names_its_file_and_line(coco_and_yolo, line, message):
    _, yolo = coco_and_yolo
    labels = yolo / "labels" / "train" / "a.txt"
    labels.write_text(labels.read_text() + line + "\n")
    with pytest.raises(InputError, match=message) as err:
        list(read_annotations(yolo))
    assert err.value.where == f"{labels}:3"


def test_an_unreadable_image_is_skipped_and_counted(coco_and_yolo):
    _, yolo = coco_and_yolo
    (yolo / "images" / "train" / "b.jpg").write_bytes(b"not an image")
    detector = AnnotationDetector(yolo)
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert found["b"] == [] and len(found["a"]) == 2
    assert dict(detector.skips.counts) == {records.NO_SIZE: 1}


def test_a_changed_label_file_is_another_detection_run(coco_and_yolo):
    _, yolo = coco_and_yolo
    before = AnnotationDetector(yolo / "data.yaml").info.sha256
    assert AnnotationDetector(yolo).info.sha256 == before
    next((yolo / "labels").rglob("c.txt")).write_text("0 0.5 0.5 0.2 0.2\n")
    assert AnnotationDetector(yolo).info.sha256 != before


def test_a_names_less_folder_is_a_clear_error(tmp_path):
    root = tmp_path / "ds"
    (root / "labels").mkdir(parents=True)
    with pytest.raises(InputError, match="without class names"):
        list(read_annotations(root))


def test_enrich_writes_the_same_detections_from_yolo_as_from_coco(runner, tmp_path, coco_and_yolo):
    _, yolo = coco_and_yolo
    moved = tmp_path / "elsewhere"
    shutil.copytree(yolo, moved)  # the YAML's absolute path no longer holds: its folder does
    (moved / "data.yaml").write_text((moved / "data.yaml").read_text().replace(str(yolo), "."))
    assert_enriches_like_coco(runner, tmp_path, moved / "data.yaml", "yolo")


def test_convert_re_splits_and_filters_a_yolo_dataset(coco_and_yolo, tmp_path):
    _, yolo = coco_and_yolo
    report = convert(yolo / "data.yaml", None, tmp_path / "again", classes=["dragon", "lance"])
    assert report.names == ["dragon", "lance"] and dict(report.boxes) == {"dragon": 1, "lance": 1}
    assert report.dropped == {"knight": 1}
    found, _ = _detections(tmp_path / "again")
    assert _rounded(found)["a"] == [("dragon", 10, 20, 40, 40, 1.0), ("lance", 100, 0, 20, 100, 1.0)]


def test_a_confidence_column_is_the_score_and_class_0_0_is_class_0(coco_and_yolo):
    """ultralytics' ``save_conf`` closes each line with the confidence (boxes and polygons)."""
    _, yolo = coco_and_yolo
    (yolo / "labels" / "train" / "a.txt").write_text(
        "0.0 0.15 0.4 0.2 0.4 0.8\n2 0.5 0.0 0.6 0.0 0.6 1.0 0.5 1.0 0.25\n")
    found, _ = _detections(yolo)
    assert _rounded(found)["a"] == [("dragon", 10, 20, 40, 40, 0.8), ("lance", 100, 0, 20, 100, 0.25)]


def test_an_image_turned_by_its_exif_orientation_is_measured_upright(tmp_path):
    """A 200×100 JPEG that EXIF turns a quarter shows as 100×200: ultralytics labels the upright
    image, and so do the fractions."""
    root = tmp_path / "ds"
    (root / "images").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "classes.txt").write_text("dragon\n")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    Image.new("RGB", (W, H)).save(root / "images" / "a.jpg", exif=exif)
    (root / "labels" / "a.txt").write_text("0 0.5 0.25 0.2 0.1\n")
    found, sizes = _detections(root)
    assert _rounded(found)["a"] == [("dragon", 40, 40, 20, 20, 1.0)] and sizes["a"] == (H, W)
    convert(root, None, tmp_path / "out")  # and the converter measures it the same way
    written, = (tmp_path / "out" / "labels").rglob("a.txt")
    assert [float(v) for v in written.read_text().split()] == [0, 0.5, 0.25, 0.2, 0.1]


def test_list_files_backgrounds_and_missing_images(tmp_path):
    """CVAT's YOLO 1.1: ``train.txt`` lists images relative to the dataset's folder. An image
    without a label file is a background (no objects, counted as kept); a listed image that is
    not there is counted as skipped, not lost without a word."""
    root = tmp_path / "cvat"
    (root / "data" / "obj_train_data").mkdir(parents=True)
    (root / "data.yaml").write_text(yaml.safe_dump({"names": ["dragon", "knight"], "train": "data/train.txt"}))
    (root / "data" / "train.txt").write_text("data/obj_train_data/a.jpg\ndata/obj_train_data/b.jpg\n"
                                             "data/obj_train_data/gone.jpg\n")
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (W, H)).save(root / "data" / "obj_train_data" / name)
    (root / "data" / "obj_train_data" / "a.txt").write_text("1 0.5 0.5 1 1\n")
    detector = AnnotationDetector(root / "data.yaml")
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert [d.label for d in found["a"]] == ["knight"] and found["b"] == []
    assert detector.image_sizes["b"] == (W, H)  # b was annotated: with no objects
    assert detector.skips.counts == {records.NOT_FOUND: 1}
    assert detector.skips.kept == {"images without a label file (background: no objects)": 1}
    assert "gone.jpg" in detector.skips.examples[records.NOT_FOUND][0]


def test_a_names_file_not_in_utf_8_is_an_error_naming_it(tmp_path):
    root = tmp_path / "ds"
    (root / "labels").mkdir(parents=True)
    (root / "classes.txt").write_bytes("Vergine Mar\xeda\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8 text") as err:
        list(read_annotations(root))
    assert err.value.where == str(root / "classes.txt")


def test_a_test_split_the_export_left_out_is_not_an_error(coco_and_yolo):
    """Roboflow's data.yaml names a test split that an export may not hold: optional, as for
    ultralytics; a missing train or val split stays an error."""
    _, yolo = coco_and_yolo
    data = yaml.safe_load((yolo / "data.yaml").read_text())
    (yolo / "data.yaml").write_text(yaml.safe_dump({**data, "test": "../test/images"}))
    assert len(list(read_annotations(yolo / "data.yaml"))) == 3
    (yolo / "data.yaml").write_text(yaml.safe_dump({**data, "val": "nowhere/images"}))
    with pytest.raises(InputError, match="split .*nowhere/images.* not found"):
        list(read_annotations(yolo / "data.yaml"))


def test_a_relative_dataset_path_is_read_as_ultralytics_reads_it(coco_and_yolo, tmp_path, monkeypatch):
    """``path: ds`` names the dataset's folder beside the YAML, or else from the working folder
    (ultralytics' reading), so a YAML inside the dataset that names it is read either way."""
    _, yolo = coco_and_yolo
    data = yaml.safe_load((yolo / "data.yaml").read_text())
    monkeypatch.chdir(yolo.parent)
    (yolo / "data.yaml").write_text(yaml.safe_dump({**data, "path": yolo.name}))
    assert len(list(read_annotations(yolo / "data.yaml"))) == 3


def test_the_images_of_a_test_split_are_read_and_their_number_said(coco_and_yolo, tmp_path):
    _, yolo = coco_and_yolo
    (yolo / "images" / "test").mkdir()
    (yolo / "labels" / "test").mkdir()
    for image in sorted((yolo / "images").glob("*/*.jpg")):
        shutil.copy(image, yolo / "images" / "test" / f"t{image.name}")
        label = yolo / "labels" / image.parent.name / f"{image.stem}.txt"
        shutil.copy(label, yolo / "labels" / "test" / f"t{image.stem}.txt")
    data = yaml.safe_load((yolo / "data.yaml").read_text())
    (yolo / "data.yaml").write_text(yaml.safe_dump({**data, "test": "images/test"}))
    report = convert(yolo / "data.yaml", None, tmp_path / "again")
    assert report.images["train"] + report.images["val"] == 6
    assert report.skipped.kept[yolo_reader.TEST_SPLIT] == 3
    assert f"kept 3 {yolo_reader.TEST_SPLIT}" in report.summary()
