"""LabelMe annotations (one JSON file per image, or a folder of them) → ``Record``s.

A file gives ``imagePath``, ``imageWidth``/``imageHeight`` and ``shapes``, each a ``label``, a
``shape_type`` and ``points`` in pixels: a rectangle's two corners, a circle's centre and a point
on it, a polygon's or line's vertices, the two corners of the box a ``mask`` is drawn in; each
becomes its enclosing box. Points (and shapes without a label) are counted, not read.
``imageData`` (the image inlined) is not decoded. ``imagePath`` is relative to the file's folder.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (IMAGE_SUFFIXES, POINT, UNLABELLED, Record, Region, Skips, box_of_points,
                      ellipse_box, get_field, has_area, load_json, number)

NOT_LABELME = "JSON file in a LabelMe folder that is no LabelMe annotation"


def is_labelme(data: object) -> bool:
    """A parsed JSON object as LabelMe writes it: ``shapes`` and ``imagePath``."""
    return isinstance(data, dict) and "shapes" in data and "imagePath" in data


def _box(kind: str, points: list[tuple[float, float]], where: str) -> tuple[float, ...]:
    if kind == "circle":
        if len(points) != 2:
            raise InputError("a circle needs its centre and one point on it", where=where)
        (cx, cy), (px, py) = points
        r = math.hypot(px - cx, py - cy)
        return ellipse_box(cx, cy, r, r)
    if kind in ("rectangle", "mask") and len(points) != 2 and len(points) != 4:
        raise InputError(f"a rectangle needs 2 corners (or 4), found {len(points)} points", where=where)
    return box_of_points([x for x, _ in points], [y for _, y in points])


def _record(path: Path, data: dict, skips: Skips) -> Record:
    where = str(path)
    image = get_field(data, "imagePath", where, str)
    names = tuple(n for n in (image, *(path.stem + s for s in IMAGE_SUFFIXES)) if n)  # (an empty
    # or stale imagePath: the JSON's own name with an image suffix)
    regions = []
    for i, shape in enumerate(get_field(data, "shapes", where, list)):
        swhere = f"{where}: shapes[{i}]"
        kind = str(shape.get("shape_type") or "polygon") if isinstance(shape, dict) else ""
        if kind == "point":
            skips.add(POINT, swhere)
            continue
        label = get_field(shape, "label", swhere, str).strip()
        if not label:
            skips.add(UNLABELLED, swhere)
            continue
        raw = get_field(shape, "points", swhere, list)
        if not raw or not all(isinstance(p, list) and len(p) == 2 for p in raw):
            raise InputError("'points' must be a list of [x, y] pairs", where=swhere)
        box = _box(kind, [(number(x, swhere), number(y, swhere)) for x, y in raw], swhere)
        if has_area(box, swhere, skips):
            regions.append(Region(label, *box))
    size = [data.get(k) for k in ("imageWidth", "imageHeight")]
    width, height = (int(number(v, f"{where}: {k}")) if v else None
                     for v, k in zip(size, ("imageWidth", "imageHeight")))
    return Record(names, f"{where}: imagePath", tuple(regions), width, height, folder=path.parent)


def read_labelme(src: Path, skips: Skips | None = None, data: object = None) -> Iterator[Record]:
    """One ``Record`` per LabelMe file: ``src`` itself (``data``: its parsed content), or each
    LabelMe ``.json`` file below the folder ``src``."""
    skips = skips if skips is not None else Skips()
    src = Path(src)
    if src.is_dir():
        found, others = False, []
        for path in sorted(src.rglob("*.json")):
            data = load_json(path)
            if is_labelme(data):
                found = True
                yield _record(path, data, skips)
            else:
                others.append(path)
                skips.add(NOT_LABELME, str(path))
        if not found:
            hint = (f"; if {others[0].name} is a COCO, VIA, Label Studio or Create ML file, give "
                    "that file itself, not its folder") if others else ""
            raise InputError(f"no LabelMe .json files found{hint}", where=str(src))
        return
    data = load_json(src) if data is None else data
    if not is_labelme(data):
        raise InputError("expected a LabelMe file: 'shapes' and 'imagePath'", where=str(src))
    yield _record(src, data, skips)
