"""Object annotations made by people, read from COCO JSON files.

Human annotations travel the same road as model detections: they become ``Detection`` objects
(confidence 1.0 unless the file gives a ``score``) and are written by the same writer.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path, PurePosixPath

from kg.errors import InputError
from kg.model import Box, Detection


def detection_key(label: str, box: Box) -> str:
    """A stable id for a detection: the same label and box give the same key on every run."""
    text = f"{label}|{box.x:.0f},{box.y:.0f},{box.w:.0f},{box.h:.0f}"
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def make_detection(artwork: str, label: str, box: Box, confidence: float) -> Detection:
    return Detection(artwork=artwork, label=label, box=box, confidence=confidence,
                     key=detection_key(label, box))


def _field(obj: dict, name: str, where: str, kind: type | tuple[type, ...]):
    if not isinstance(obj, dict) or name not in obj:
        raise InputError(f"missing field {name!r}", where=where)
    value = obj[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InputError(f"field {name!r} has the wrong type ({type(value).__name__})", where=where)
    return value


def image_key(name: str) -> str:
    """Annotations and metadata meet on the image's file name, without folders."""
    return PurePosixPath(name.replace("\\", "/")).name


def load_coco(path: Path) -> tuple[dict[str, list[tuple[str, Box, float]]], dict[str, tuple[int, int]]]:
    """(label, box, confidence) triples per image file name from a COCO detection file, and the
    (width, height) of the images whose entries give them."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError("annotation file not found", where=str(path)) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON: {e}", where=str(path)) from e
    for key in ("images", "categories", "annotations"):
        _field(data, key, str(path), list)
    images, sizes = {}, {}
    for i, img in enumerate(data["images"]):
        where = f"{path}: images[{i}]"
        name = image_key(_field(img, "file_name", where, str))
        images[_field(img, "id", where, (int, str))] = name
        if "width" in img or "height" in img:
            width, height = _field(img, "width", where, int), _field(img, "height", where, int)
            if width <= 0 or height <= 0:
                raise InputError(f"image size must be positive, not {width}x{height}", where=where)
            sizes[name] = (width, height)
    categories = {}
    for i, cat in enumerate(data["categories"]):
        where = f"{path}: categories[{i}]"
        categories[_field(cat, "id", where, (int, str))] = _field(cat, "name", where, str)
    out: dict[str, list[tuple[str, Box, float]]] = defaultdict(list)
    for i, ann in enumerate(data["annotations"]):
        where = f"{path}: annotations[{i}]"
        image_id = _field(ann, "image_id", where, (int, str))
        category_id = _field(ann, "category_id", where, (int, str))
        bbox = _field(ann, "bbox", where, list)
        if image_id not in images:
            raise InputError(f"image_id {image_id!r} is not among the images", where=where)
        if category_id not in categories:
            raise InputError(f"category_id {category_id!r} is not among the categories", where=where)
        if len(bbox) != 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in bbox):
            raise InputError("bbox must be four numbers [x, y, width, height]", where=where)
        if bbox[2] <= 0 or bbox[3] <= 0:
            raise InputError(f"bbox has no area: {bbox}", where=where)
        score = ann.get("score", 1.0)
        if not isinstance(score, (int, float)) or not 0.0 <= score <= 1.0:
            raise InputError(f"score must be a number in [0, 1], not {score!r}", where=where)
        out[images[image_id]].append((categories[category_id], Box(*map(float, bbox)), float(score)))
    return dict(out), sizes
