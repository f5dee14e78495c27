"""CVAT for images 1.1 XML (``<annotations>`` with an ``<image>`` per image) → ``Record``s.

An ``<image name width height>`` holds its shapes in pixels: ``<box xtl ytl xbr ybr>``,
``<polygon>`` and ``<polyline>`` (``points="x1,y1;x2,y2;…"``), ``<ellipse cx cy rx ry>``; each
becomes its enclosing box (boxes and ellipses turned by their ``rotation``, in degrees about
their centre), with its ``label``; a ``<mask left top width height>`` gives the box it is drawn
in. ``<points>``, ``<skeleton>``, ``<cuboid>`` and ``<tag>`` (a label for the whole image) are counted, not
read. CVAT for video 1.1 (``<track>`` elements of frames) is refused with the export to choose.
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (NOT_SPATIAL, POINT, UNLABELLED, Record, Region, Skips, box_of_points,
                      ellipse_box, has_area, number, turned_box)

NOT_A_BOX = "CVAT shape that is no box, polygon, ellipse or mask (skeleton, cuboid, …)"


def is_cvat(root: ET.Element) -> bool:
    """A parsed XML document as CVAT writes it: ``<annotations>`` holding ``<image>`` elements
    (or only its ``<version>`` and ``<meta>``)."""
    return root.tag == "annotations"


def _corners(shape: ET.Element, where: str) -> list[float]:
    turn = number(shape.get("rotation", 0), f"{where} rotation")  # degrees about the centre
    if shape.tag == "box":
        x1, y1, x2, y2 = (number(shape.get(k), f"{where} {k}") for k in ("xtl", "ytl", "xbr", "ybr"))
        return list(turned_box(x1, y1, x2 - x1, y2 - y1, turn, ((x1 + x2) / 2, (y1 + y2) / 2)))
    if shape.tag == "mask":  # its run-length pixels lie in this box
        x, y, w, h = (number(shape.get(k), f"{where} {k}") for k in ("left", "top", "width", "height"))
        return [x, y, x + w, y + h]
    if shape.tag == "ellipse":
        cx, cy, rx, ry = (number(shape.get(k), f"{where} {k}") for k in ("cx", "cy", "rx", "ry"))
        return list(ellipse_box(cx, cy, rx, ry, math.radians(turn)))
    try:
        pairs = [p.split(",") for p in (shape.get("points") or "").split(";") if p.strip()]
        xs, ys = zip(*((number(x, where), number(y, where)) for x, y in pairs))
    except ValueError:
        raise InputError("points must read 'x1,y1;x2,y2;…'", where=where) from None
    return list(box_of_points(xs, ys))


def read_cvat(src: Path, root: ET.Element, skips: Skips | None = None) -> Iterator[Record]:
    """One ``Record`` per ``<image>`` of a CVAT XML file (``root``: its parsed document)."""
    skips = skips if skips is not None else Skips()
    if root.find("track") is not None:
        raise InputError("CVAT for video 1.1 (<track> of frames) is not read: export the task as "
                         "'CVAT for images 1.1', which names each image", where=str(src))
    for i, image in enumerate(root.iter("image")):
        where = f"{src}: <image> #{i + 1}"
        name = (image.get("name") or "").strip()
        if not name:
            raise InputError("an <image> without its name", where=where)
        regions = []
        for j, shape in enumerate(image):
            swhere = f"{where} ({name}): <{shape.tag}> #{j + 1}"
            if shape.tag == "points":
                skips.add(POINT, swhere)
                continue
            if shape.tag == "tag":
                skips.add(NOT_SPATIAL, swhere)
                continue
            if shape.tag not in ("box", "polygon", "polyline", "ellipse", "mask"):
                skips.add(NOT_A_BOX, swhere)
                continue
            label = (shape.get("label") or "").strip()
            if not label:
                skips.add(UNLABELLED, swhere)
                continue
            corners = _corners(shape, swhere)
            if has_area(corners, swhere, skips):
                regions.append(Region(label, *corners))
        size = [image.get(k) for k in ("width", "height")]
        width, height = (int(number(v, f"{where} {k}")) if v else None
                         for v, k in zip(size, ("width", "height")))
        yield Record((name,), where, tuple(regions), width, height)
