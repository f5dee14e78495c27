"""COCO detection JSON (``images``, ``categories``, ``annotations``) → ``Record``s."""
from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (CROWD, Record, Region, Skips, box_of_points, get_field, has_area, load_json,
                      number)


def _size(img: dict, where: str) -> tuple[int | None, int | None]:
    """An image entry's (width, height); None where absent or 0 (unknown: the image knows)."""
    if "width" not in img and "height" not in img:
        return None, None
    width, height = (int(number(img.get(k), f"{where}.{k}")) for k in ("width", "height"))
    if width < 0 or height < 0:
        raise InputError(f"image size must be positive, not {width}x{height}", where=where)
    return (width, height) if width and height else (None, None)


def _polygons_box(segmentation: object, where: str) -> list[float] | None:
    """[x, y, width, height] around a ``segmentation``'s polygons (``[[x1, y1, x2, y2, …], …]``);
    None for none (or run-length masks, which are not decoded here)."""
    if not isinstance(segmentation, list) or not segmentation or not all(
            isinstance(p, list) and len(p) >= 6 and len(p) % 2 == 0 for p in segmentation):
        return None
    values = [number(v, f"{where}.segmentation") for p in segmentation for v in p]
    x1, y1, x2, y2 = box_of_points(values[::2], values[1::2])
    return [x1, y1, x2 - x1, y2 - y1]


def read_coco(src: Path, skips: Skips | None = None, data: object = None) -> Iterator[Record]:
    """COCO detection JSON, one ``Record`` per entry of ``images`` in the file's order.

    ``bbox`` is [x, y, width, height]; an annotation without one (or with ``[]``) that has polygons
    in ``segmentation`` takes the box around them. An optional ``score`` in [0, 1] is the box's
    confidence.
    Like ultralytics' own COCO converter, crowd annotations (``iscrowd: 1``: a region holding many
    objects) and boxes of zero or negative width or height are skipped, and counted in ``skips``.
    ``data`` is the file's content when the caller has already parsed it.
    """
    skips = skips if skips is not None else Skips()
    src = Path(src)
    data = load_json(src) if data is None else data
    if not isinstance(data, dict):
        raise InputError("expected a COCO object with images, categories and annotations",
                         where=str(src))
    for key in ("images", "categories", "annotations"):
        get_field(data, key, str(src), list)
    cats = {}
    for i, cat in enumerate(data["categories"]):
        where = f"{src}: categories[{i}]"
        cats[get_field(cat, "id", where, (int, str))] = get_field(cat, "name", where, str).strip()
    images: dict[object, tuple[str, str, int | None, int | None]] = {}
    for i, img in enumerate(data["images"]):
        where = f"{src}: images[{i}]"
        ident = get_field(img, "id", where, (int, str))
        if ident in images:
            raise InputError(f"image id {ident!r} is given twice (first at {images[ident][1]})",
                             where=where)
        images[ident] = (get_field(img, "file_name", where, str), where, *_size(img, where))
    regions: dict[object, list[Region]] = {ident: [] for ident in images}
    for i, ann in enumerate(data["annotations"]):
        where = f"{src}: annotations[{i}]"
        image = get_field(ann, "image_id", where, (int, str))
        cat = get_field(ann, "category_id", where, (int, str))
        if image not in images:
            raise InputError(f"image_id {image!r} is not among the images", where=where)
        if cat not in cats:
            raise InputError(f"category_id {cat!r} is not among the categories", where=where)
        if ann.get("iscrowd") not in (None, 0, False, "0"):
            skips.add(CROWD, where)
            continue
        bbox = ann.get("bbox") or _polygons_box(ann.get("segmentation"), where)
        if bbox is None:
            raise InputError("missing field 'bbox' (and no polygon in 'segmentation' to take it from)",
                             where=where)
        if not isinstance(bbox, list) or len(bbox) != 4 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in bbox):
            raise InputError("field 'bbox' must be four numbers [x, y, width, height]", where=where)
        score = ann.get("score", 1.0)
        if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0.0 <= score <= 1.0:
            raise InputError(f"field 'score' must be a number in [0, 1], not {score!r}", where=where)
        x, y, w, h = map(float, bbox)
        if has_area((x, y, x + w, y + h), where, skips):
            regions[image].append(Region(cats[cat], x, y, x + w, y + h, float(score)))
    for ident, (name, where, width, height) in images.items():
        yield Record((name,), where, tuple(regions[ident]), width, height)
