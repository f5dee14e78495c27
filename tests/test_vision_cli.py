"""``kg vision …`` commands, the sources detection runs over, and the boxes it draws."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from kg.cli import main
from kg.errors import InputError
from kg.model import Box, Detection
from test_convert import EXPECTED, write_via3, write_voc
from vision.draw import colour, draw_detections
from vision.sources import fetch, list_sources


def test_heavy_libraries_are_not_imported_by_the_cli():
    code = ("import sys, kg.cli, kg.vision_cli; "
            "print(sorted(m for m in ('torch', 'ultralytics', 'cv2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_vision_help_lists_the_commands(runner):
    result = runner.invoke(main, ["vision", "--help"])
    assert result.exit_code == 0
    for command in ("convert", "train", "val", "detect"):
        assert f"  {command} " in result.output


def test_convert_command_writes_a_yolo_dataset(runner, tmp_path):
    src = write_voc(tmp_path / "voc")
    result = runner.invoke(main, ["vision", "convert", str(src), "--format", "voc", "--out",
                                  str(tmp_path / "yolo"), "--val-fraction", "0"])
    assert result.exit_code == 0, result.output
    assert "3 train + 0 val images, 3 boxes, 3 classes" in result.stdout
    assert "1 knight 1 boxes" in " ".join(result.stdout.split())
    labels = {p.stem: p.read_text().splitlines() for p in (tmp_path / "yolo" / "labels" / "train").iterdir()}
    assert labels == EXPECTED


def test_convert_command_reports_a_bad_file_with_exit_3(runner, tmp_path):
    src = write_voc(tmp_path / "voc")
    (src / "a.xml").write_text("<annotation><filename>a.jpg</filename><object><bndbox/></object>"
                               "</annotation>")
    result = runner.invoke(main, ["vision", "convert", str(src), "--format", "voc", "--out",
                                  str(tmp_path / "yolo")])
    assert result.exit_code == 3
    assert "a.xml: <object> #1: missing <name>" in result.output


def test_sources_from_folder_image_csv_and_manifests(tmp_path):
    (tmp_path / "imgs" / "sub").mkdir(parents=True)
    for name in ("imgs/one.jpg", "imgs/sub/two.png"):
        Image.new("RGB", (8, 8)).save(tmp_path / name)
    (tmp_path / "imgs" / "notes.txt").write_text("not an image")
    Image.new("RGB", (8, 8)).save(tmp_path / "imgs" / "._one.jpg")  # what a Mac leaves: no artwork
    arts, base = list_sources(tmp_path / "imgs")  # as `kg enrich FOLDER` reads it
    assert [(a.identifier, a.image) for a in arts] == [("one", "one.jpg"), ("sub/two", "sub/two.png")]
    assert base == tmp_path / "imgs"
    arts, base = list_sources(tmp_path / "imgs" / "one.jpg")
    assert [a.image for a in arts] == ["one.jpg"] and base == tmp_path / "imgs"
    csv = tmp_path / "list.csv"
    csv.write_text("identifier,title,image\nx1,First,imgs/one.jpg\n")
    arts, base = list_sources(csv)
    assert [(a.identifier, a.image) for a in arts] == [("x1", "imgs/one.jpg")] and base == tmp_path
    v3 = {"@context": "http://iiif.io/api/presentation/3/context.json", "type": "Manifest",
          "label": {"en": ["Saint George"]}, "items": [
              {"id": "https://example.org/canvas/p1", "type": "Canvas", "items": [
                  {"type": "AnnotationPage", "items": [
                      {"type": "Annotation", "motivation": "painting",
                       "body": {"id": "https://example.org/full/p1.jpg", "type": "Image"}}]}]}]}
    (tmp_path / "m3.json").write_text(json.dumps(v3))
    arts, _ = list_sources(tmp_path / "m3.json")
    assert [(a.identifier, a.image) for a in arts] == [("p1-0", "https://example.org/full/p1.jpg")]
    v2 = {"@type": "sc:Manifest", "label": "St G", "sequences": [{"canvases": [
        {"@id": "https://example.org/c/a", "images": [{"resource": {"@id": "imgs/one.jpg"}}]}]}]}
    (tmp_path / "m2.json").write_text(json.dumps(v2))
    arts, _ = list_sources(tmp_path / "m2.json")
    assert [(a.identifier, a.image, a.title) for a in arts] == [("a-0", "imgs/one.jpg", "St G")]
    (tmp_path / "bad.json").write_text(json.dumps({"items": [{"id": "c1", "items": []}]}))
    with pytest.raises(InputError, match=r"bad\.json: items\[0\]: canvas has no painting"):
        list_sources(tmp_path / "bad.json")
    # a collection: each embedded manifest's canvases, a referenced manifest has none
    collection = {"type": "Collection", "items": [v3, {**v3, "label": {"de": ["Georg"]}},
                                                  {"id": "https://example.org/m9", "type": "Manifest"}]}
    (tmp_path / "c.json").write_text(json.dumps(collection))
    arts, _ = list_sources(tmp_path / "c.json")
    assert [(a.identifier, a.title, a.language) for a in arts] == [
        ("m1-p1-0", "Saint George", "en"), ("m2-p1-0", "Georg", "de")]


@pytest.fixture()
def local_http(tmp_path):
    """A static file server on 127.0.0.1 serving tmp_path/www."""
    www = tmp_path / "www"
    www.mkdir()
    handler = partial(SimpleHTTPRequestHandler, directory=str(www))
    handler.log_message = lambda *a: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield www, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def test_remote_images_are_fetched_once_and_failures_named(tmp_path, local_http):
    www, url = local_http
    Image.new("RGB", (8, 8), (1, 2, 3)).save(www / "p1.jpg")
    got = fetch(f"{url}/p1.jpg", tmp_path / "cache")
    assert got.read_bytes() == (www / "p1.jpg").read_bytes()
    with pytest.raises(InputError, match="image download failed.*404") as err:
        fetch(f"{url}/gone.jpg", tmp_path / "cache")
    assert err.value.where == f"{url}/gone.jpg"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [got.name]  # nothing half-written
    (www / "p1.jpg").unlink()  # a second run reads the cache, not the server
    assert fetch(f"{url}/p1.jpg", tmp_path / "cache") == got


def test_drawn_boxes_take_their_class_colour():
    img = Image.new("RGB", (200, 120), (128, 128, 128))
    dets = [Detection("a", "dragon", Box(20, 40, 60, 50), 0.91, "k1"),
            Detection("a", "lance", Box(120, 10, 30, 100), 0.5, "k2")]
    out = draw_detections(img, dets)
    assert img.getpixel((20, 60)) == (128, 128, 128)  # the original is left alone
    assert out.getpixel((20, 60)) == colour("dragon")  # left edge of the dragon box
    assert out.getpixel((149, 80)) == colour("lance")  # right edge of the lance box
    assert out.getpixel((50, 65)) == (128, 128, 128)  # inside stays the painting
    assert colour("dragon") == colour("dragon") and colour("dragon") != colour("lance")


@pytest.mark.slow
def test_detect_command_prints_draws_and_skips(runner, tmp_path, yolo_dataset_and_weights, no_network):
    data, weights = yolo_dataset_and_weights
    folder = tmp_path / "paintings"
    folder.mkdir()
    for p in sorted((data / "images" / "val").glob("*.png"))[:3]:
        shutil.copy(p, folder / p.name)
    (folder / "broken.jpg").write_text("<html><body>Not Found</body></html>")
    args = ["vision", "detect", str(folder), "--weights", str(weights), "--imgsz", "160",
            "--batch", "2", "--device", "cpu"]
    result = runner.invoke(main, [*args, "--json", "--draw", str(tmp_path / "drawn")])
    assert result.exit_code == 7, result.output  # finished, but skipped the broken file
    listing = json.loads(result.stdout)
    assert [x["id"] for x in listing] == ["000", "001", "002", "broken"]
    assert "not an image" in listing[3]["error"]
    assert "broken.jpg: unreadable image: not an image" in result.stderr and "detect: 3 images (1 skipped)" in result.stderr
    found = [d for x in listing[:3] for d in x["detections"]]
    labels = {d["label"] for d in found}
    assert labels <= {"dragon", "lance"} and "dragon" in labels  # the discs are learnt best
    drawn = sorted(p.name for p in (tmp_path / "drawn").iterdir())
    assert drawn == ["000.png", "001.png", "002.png"]  # PNG sources stay lossless
    first = listing[0]["detections"][0]
    with Image.open(tmp_path / "drawn" / "000.png") as img:
        assert img.size == (160, 160)
        x, y = int(first["box"]["x"]), round(first["box"]["y"] + first["box"]["h"] / 2)
        edge = [img.getpixel((i, y)) for i in range(max(x - 1, 0), min(x + 3, 160))]
        assert colour(first["label"]) in edge  # the box's left edge, in its class colour
    table = runner.invoke(main, args)
    assert table.exit_code == 7
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["image", "label", "conf", "x", "y", "w", "h"]
    assert lines[-1] == f"({len(found)} detections in 3 images)"


@pytest.mark.slow
def test_onnx_export_detects_like_the_pt_weights(runner, tmp_path, yolo_dataset_and_weights):
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    from ultralytics import YOLO

    data, weights = yolo_dataset_and_weights
    pt = tmp_path / "tiny.pt"
    shutil.copy(weights, pt)
    onnx = Path(YOLO(str(pt)).export(format="onnx", imgsz=160, simplify=False, dynamic=True))
    folder = data / "images" / "val"
    runs = {}
    for w in (pt, onnx):
        result = runner.invoke(main, ["vision", "detect", str(folder), "--weights", str(w),
                                      "--imgsz", "160", "--batch", "3", "--device", "cpu", "--json"])
        assert result.exit_code == 0, result.output
        runs[w.suffix] = {x["id"]: x["detections"] for x in json.loads(result.stdout)}
    assert runs[".pt"].keys() == runs[".onnx"].keys() and any(runs[".pt"].values())
    for ident, dets in runs[".pt"].items():
        other = runs[".onnx"][ident]
        assert sorted(d["label"] for d in dets) == sorted(d["label"] for d in other)
        for a, b in zip(sorted(dets, key=lambda d: d["box"]["x"]), sorted(other, key=lambda d: d["box"]["x"])):
            assert all(abs(a["box"][k] - b["box"][k]) <= 2 for k in "xywh")


def test_convert_command_prints_what_it_skipped(runner, tmp_path):
    path = write_via3(tmp_path / "src")
    result = runner.invoke(main, ["vision", "convert", str(path), "--format", "via",
                                  "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"skipped 1 × point, not a box, e.g. {path}: metadata['1_point001']" in result.output


def test_a_gpu_asked_for_where_there_is_none_is_a_clear_error(monkeypatch):
    import torch

    from vision.weights import check_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    for device in ("0", "cuda", "cuda:1", "0,1"):
        with pytest.raises(InputError, match="torch sees none here; use --device cpu"):
            check_device(device)
    assert check_device("cpu") == "cpu" and check_device(None) is None


def test_a_file_that_is_no_model_is_an_error_naming_it(tmp_path):
    from vision.weights import load_model

    fake = tmp_path / "best.pt"
    fake.write_text('{"not": "weights"}')
    with pytest.raises(InputError, match="not an ultralytics YOLO model") as err:
        load_model(fake)
    assert err.value.where == str(fake)


def test_convert_refuses_classes_the_dataset_does_not_have(runner, tmp_path):
    voc = write_voc(tmp_path / "voc")
    result = runner.invoke(main, ["vision", "convert", str(voc), "--out", str(tmp_path / "y"),
                                  "--classes", "dragon,unicorn"])
    assert result.exit_code == 3
    assert "'unicorn'" in result.output and "its classes: dragon, knight, lance" in result.output


@pytest.mark.slow
def test_the_detector_reads_images_named_by_url_as_iiif_gives_them(tmp_path, local_http,
                                                                  yolo_dataset_and_weights, no_network):
    """`kg enrich --weights` on a IIIF collection: the images are URLs. They are fetched once
    into the cache (they were looked for as local files and every one skipped), give the same
    boxes as the local files, and one that cannot be had is skipped, named."""
    from kg.model import Artwork
    from vision.detect import YoloDetector

    data, weights = yolo_dataset_and_weights
    www, url = local_http
    files = sorted((data / "images" / "val").glob("*.png"))[:2]
    for p in files:
        shutil.copy(p, www / p.name)
    local = [Artwork(p.stem, p.stem, image=str(p)) for p in files]
    remote = [Artwork(p.stem, p.stem, image=f"{url}/{p.name}") for p in files]
    remote.append(Artwork("gone", "gone", image=f"{url}/gone.png"))
    detector = YoloDetector(weights, imgsz=160, device="cpu", cache=tmp_path / "cache", report=False)
    near = [[(d.label, d.box) for d in o] for _, o in detector.detect(local)]
    outcomes = list(detector.detect(remote))
    assert [[(d.label, d.box) for d in o] for _, o in outcomes[:2]] == near and any(near)
    assert isinstance(outcomes[2][1], InputError) and outcomes[2][1].where == f"{url}/gone.png"
    assert len(list((tmp_path / "cache").iterdir())) == 2
    assert detector.image_sizes[files[0].stem] == Image.open(files[0]).size
