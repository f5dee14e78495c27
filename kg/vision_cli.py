"""``kg vision …``: convert datasets, train and validate YOLO models, and detect in images."""
from __future__ import annotations

import json
import os
from pathlib import Path

import click

from .errors import InputError, PartialRun
from .options import DEVICE, detection

@click.group()
def vision() -> None:
    """Object detection: datasets, training, validation, detection.

    Typical use: `kg vision convert` a VOC/COCO/VIA dataset to YOLO format, `kg vision train` a
    model on it, `kg vision val` it, then `kg vision detect` or `kg enrich --weights` with it.
    Nothing is downloaded: models start from a packaged architecture (yolo11n.yaml) or local
    weights.
    """


@vision.command()
@click.argument("src", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["voc", "coco", "via", "labelstudio", "labelme",
                                                  "cvat", "createml", "yolo"]),
              help="voc: a folder of Pascal VOC .xml files (DEArt); coco: a COCO JSON file; "
                   "via: a VGG Image Annotator project, via_region_data JSON or CSV export; labelstudio: a "
                   "Label Studio JSON export; labelme: LabelMe JSON files; cvat: CVAT for images XML; "
                   "createml: Create ML JSON (Roboflow exports it); "
                   "yolo: a YOLO "
                   "dataset (data.yaml, or a folder with labels/ or classes.txt), e.g. a Roboflow "
                   "export to re-split or filter. Default: recognised from the content.")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="Folder to write images/, labels/ and data.yaml into. Its images/ and labels/ "
                   "are emptied first (what an earlier conversion wrote) and data.yaml is "
                   "replaced; nothing else in it is touched. It may not hold, or lie in, a "
                   "folder of the images converted.")
@click.option("--images", type=click.Path(path_type=Path),
              help="Folder holding the images. Default: next to the annotations "
                   "(JPEGImages/ or images/ for VOC, images/ or the JSON's folder otherwise).")
@click.option("--classes", help="Comma-separated class names to keep; boxes of others are dropped.")
@click.option("--val-fraction", default=0.2, show_default=True, type=click.FloatRange(0, 1, max_open=True),
              help="Share of images put in the validation split (chosen by file-name hash).")
@click.option("--link", is_flag=True, help="Symlink the images instead of copying them.")
@click.option("--via-attribute", help="VIA: the region attribute that holds the class name "
                                      "(default: the only one).")
def convert(src, fmt, out, images, classes, val_fraction, link, via_attribute) -> None:
    """Convert the dataset at SRC to YOLO format, keeping its class names (ids by sorted name)."""
    from vision.convert import convert as run

    keep = [c.strip() for c in classes.split(",") if c.strip()] if classes else None
    report = run(src, fmt, out, images=images, classes=keep, val_fraction=val_fraction, link=link,
                 via_attribute=via_attribute, progress=True)
    for line in report.summary():  # totals, boxes per class, what was dropped or skipped
        click.echo(line)


@vision.command()
@click.argument("data", type=click.Path(path_type=Path))
@click.option("--model", default="yolo11n.yaml", show_default=True,
              help="Architecture to start from (yolo11n.yaml, yolov8s.yaml…: untrained) or local "
                   ".pt weights to fine-tune.")
@click.option("--epochs", default=100, show_default=True, type=click.IntRange(min=1),
              help="Passes over the training images.")
@click.option("--imgsz", default=640, show_default=True, help="Training image size (pixels).")
@click.option("--batch", default=16, show_default=True, help="Images per batch.")
@DEVICE
@click.option("--project", default="runs", show_default=True, type=click.Path(path_type=Path),
              help="Folder for training runs; weights land in PROJECT/NAME/weights/.")
@click.option("--name", default="train", show_default=True, help="Name of this run's folder.")
def train(data, model, epochs, imgsz, batch, device, project, name) -> None:
    """Train a YOLO model on DATA (a YOLO data.yaml, e.g. from `kg vision convert`)."""
    from vision.train import train as run

    # per-epoch progress is what a person training wants to see (set before ultralytics loads)
    os.environ.setdefault("YOLO_VERBOSE", "True")
    weights = run(data, model, epochs=epochs, imgsz=imgsz, batch=batch, device=device,
                  project=project, name=name, verbose=True)
    click.echo(f"weights: {weights}")


@vision.command()
@click.argument("weights", type=click.Path(path_type=Path))
@click.argument("data", type=click.Path(path_type=Path))
@click.option("--imgsz", default=640, show_default=True, help="Validation image size (pixels).")
@click.option("--batch", default=16, show_default=True, help="Images per batch.")
@DEVICE
@click.option("--split", default="val", show_default=True, help="Dataset split to validate on.")
@click.option("--json", "json_path", type=click.Path(path_type=Path),
              help="Also write the report (overall and per class) to this JSON file.")
def val(weights, data, imgsz, batch, device, split, json_path) -> None:
    """Validate WEIGHTS on DATA: precision, recall, mAP50 and mAP50-95, overall and per class."""
    from vision.train import validate

    report = validate(weights, data, imgsz=imgsz, batch=batch, device=device, split=split)
    click.echo(report.table())
    if json_path:
        report.write_json(json_path)
        click.echo(f"report: {json_path}")


def _progress(outcomes, total: int):
    from .progress import bar

    return bar(outcomes, total=total, desc="detect", unit="image")


@vision.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--weights", type=click.Path(path_type=Path), required=True,
              help="Ultralytics YOLO weights: .pt, or an exported .onnx model.")
@detection
@click.option("--draw", "draw_dir", type=click.Path(path_type=Path),
              help="Write a copy of each image with its boxes drawn into this folder "
                   "(ID.png for PNG sources, else ID.jpg).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array instead of a table.")
def detect(source, weights, conf, iou, imgsz, batch, max_det, device, draw_dir, as_json, cache) -> None:
    """Detect objects in SOURCE: an image, a folder of images, a CSV list or a IIIF manifest
    or collection (every canvas of every embedded manifest).

    Prints each detection (image, label, confidence, box x y w h in pixels). Unusable images
    (missing, corrupt, truncated, not images, too large) are reported and skipped; the run goes
    on and ends with exit code 7.
    """
    from vision.detect import YoloDetector
    from vision.sources import list_sources

    from .graph import file_name

    artworks, base = list_sources(source)
    # images named by URL are fetched by the detector, once each, into the cache (or a
    # temporary folder); the results name them by their URL
    detector = YoloDetector(weights, images=base, conf=conf, iou=iou, imgsz=imgsz, batch=batch,
                            max_det=max_det, device=device, report=False, cache=cache)
    results = []
    for art, outcome in _progress(detector.detect(artworks), len(artworks)):
        results.append((art, outcome))
        if draw_dir is not None and not isinstance(outcome, InputError):
            _draw(detector.image_path(art), outcome, Path(draw_dir) / file_name(art.identifier))
    if as_json:
        click.echo(json.dumps([_as_json(art, o) for art, o in results], indent=2, ensure_ascii=False))
    else:
        _print_table(results)
    skipped = [o for _, o in results if isinstance(o, InputError)]
    for err in skipped:
        click.echo(f"skipped: {err}", err=True)
    click.echo(detector.summary.line(), err=True)
    if skipped:
        raise PartialRun(f"{len(skipped)} image(s) skipped; see above")


def _draw(image_path: Path, detections, stem: Path) -> None:
    from vision.draw import draw_detections
    from vision.images import load_image

    stem.parent.mkdir(parents=True, exist_ok=True)
    drawn = draw_detections(load_image(image_path), detections)
    if image_path.suffix.lower() == ".png":
        drawn.save(stem.with_name(stem.name + ".png"))
    else:  # full-resolution colour: thin coloured lines blur under JPEG's default 4:2:0
        drawn.save(stem.with_name(stem.name + ".jpg"), quality=90, subsampling=0)


def _as_json(art, outcome) -> dict:
    if isinstance(outcome, InputError):
        return {"id": art.identifier, "image": art.image, "error": outcome.message}
    return {"id": art.identifier, "image": art.image, "detections": [
        {"label": d.label, "confidence": d.confidence,
         "box": {"x": round(d.box.x, 1), "y": round(d.box.y, 1), "w": round(d.box.w, 1),
                 "h": round(d.box.h, 1)}} for d in outcome]}


def _print_table(results) -> None:
    rows = [(art.image, d.label, f"{d.confidence:.3f}",
             *(f"{v:.0f}" for v in (d.box.x, d.box.y, d.box.w, d.box.h)))
            for art, outcome in results if not isinstance(outcome, InputError) for d in outcome]
    head = ("image", "label", "conf", "x", "y", "w", "h")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, tuple("-" * w for w in widths), *rows]:
        click.echo("  ".join(v.ljust(w) if i < 2 else v.rjust(w)
                             for i, (v, w) in enumerate(zip(r, widths))).rstrip())
    click.echo(f"({len(rows)} detection{'s' if len(rows) != 1 else ''} in "
               f"{sum(1 for _, o in results if not isinstance(o, InputError))} images)")
