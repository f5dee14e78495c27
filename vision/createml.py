"""Create ML object-detection JSON (Apple's format; Roboflow exports it) → ``Record``s.

The file is a list of images, each ``{"image": "a.jpg", "annotations": [{"label": "dragon",
"coordinates": {"x": …, "y": …, "width": …, "height": …}}]}`` where ``x`` and ``y`` are the
box's *centre*, in pixels. Create ML gives no image sizes.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import UNLABELLED, Record, Region, Skips, get_field, has_area, load_json, number


def is_createml(data: object) -> bool:
    """A parsed JSON list whose items are images with ``annotations`` (and no other format's keys)."""
    return (isinstance(data, list) and bool(data)
            and all(isinstance(item, dict) and "image" in item and "annotations" in item
                    for item in data))


def read_createml(src: Path, skips: Skips | None = None, data: object = None) -> Iterator[Record]:
    """Create ML JSON, one ``Record`` per image in the file's order. ``data`` is the file's
    content when the caller has already parsed it."""
    skips = skips if skips is not None else Skips()
    src = Path(src)
    data = load_json(src) if data is None else data
    if not isinstance(data, list):
        raise InputError("expected a Create ML list of images with annotations", where=str(src))
    for i, item in enumerate(data):
        where = f"{src}: [{i}]"
        name = get_field(item, "image", where, str)
        regions = []
        for j, ann in enumerate(get_field(item, "annotations", where, list)):
            awhere = f"{where}.annotations[{j}]"
            label = str(get_field(ann, "label", awhere, (str, int))).strip()
            c = get_field(ann, "coordinates", awhere, dict)
            x, y, w, h = (number(get_field(c, k, f"{awhere}.coordinates", (int, float, str)),
                                 f"{awhere}.coordinates.{k}") for k in ("x", "y", "width", "height"))
            box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            if not label:
                skips.add(UNLABELLED, awhere)
            elif has_area(box, awhere, skips):
                regions.append(Region(label, *box))
        yield Record((name,), where, tuple(regions))
