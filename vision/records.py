"""What every annotation-file reader gives: ``Record``s of labelled boxes, and the ``Skips``.

The readers (``voc.py``, ``coco.py``, ``via.py``) parse a file into one ``Record`` per annotated
image: the names under which its image may be found, its size when the file gives it, and its
labelled boxes in pixels. They never open an image, so enrichment can use annotations of images
it does not have (remote ones, say); ``convert.py`` finds the image files when it needs them.
What a reader leaves out on purpose is counted in a ``Skips`` with the first few places; a
malformed file stops with an ``InputError`` naming the file and the element or field.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
#: Places shown per reason when a summary lists what was skipped.
EXAMPLES = 3

# reasons for skipping, counted and shown in the summaries of conversion and enrichment
NO_AREA = "box without area (width or height ≤ 0)"
CROWD = "crowd annotation (iscrowd: 1)"
POINT = "point, not a box"
UNLABELLED = "region without a class"
NOT_SPATIAL = "metadata without a spatial shape (whole-file or temporal)"
VIDEO = "region on a video frame or segment"
NOT_IMAGE = "file that is not an image (VIA file type video or audio)"
MULTI_FILE = "region of a view of several files"
DIFFICULT = "boxes marked <difficult>1</difficult>"
NO_ARTWORK = "annotated image that no artwork of the metadata shows"
NO_SIZE = "image whose size cannot be read (YOLO boxes are fractions of it)"
NOT_FOUND = "image that a list names but that is not there"
UNSIZED = ("box given in fractions of an image whose size the annotations do not give "
           "(enrichment opens no image; kg vision convert reads its size)")


@dataclass(frozen=True)
class Region:
    """One labelled box in pixels (corners), with the confidence the file gives (else 1.0)."""

    label: str
    x1: float
    y1: float
    x2: float
    y2: float
    score: float = 1.0


@dataclass(frozen=True)
class Record:
    """One annotated image as its annotation file describes it; no image file is opened.

    ``names`` are where the image may be, the file's own name first (VOC and VIA 3 give
    alternatives); ``where`` is the place in the annotation file that names it; ``width`` and
    ``height`` are None when the file does not give them; ``folder`` is where a relative name
    is looked for first (a LabelMe file's ``imagePath`` is relative to the file); ``relative``
    regions are fractions of the image, whose size the file does not give (Label Studio results
    without ``original_width``): only the image itself tells their pixels.
    """

    names: tuple[str, ...]
    where: str
    regions: tuple[Region, ...]
    width: int | None = None
    height: int | None = None
    folder: Path | None = None
    relative: bool = False

    @property
    def size(self) -> tuple[int, int] | None:
        return (self.width, self.height) if self.width and self.height else None


class Skips:
    """What a reader (or the YOLO writer) left out on purpose: a count per reason and the first
    few places."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.examples: dict[str, list[str]] = {}
        self.kept: Counter = Counter()  # worth knowing though kept (VOC difficult boxes)

    def add(self, reason: str, where: str) -> None:
        self.counts[reason] += 1
        seen = self.examples.setdefault(reason, [])
        if len(seen) < EXAMPLES:
            seen.append(where)

    def lines(self) -> list[str]:
        """One line per reason: ``skipped 2 × REASON, e.g. PLACE; PLACE``, then what was kept."""
        out = []
        for reason, n in self.counts.most_common():
            more = "; …" if n > len(self.examples[reason]) else ""
            out.append(f"skipped {n} × {reason}, e.g. {'; '.join(self.examples[reason])}{more}")
        out += [f"kept {n} {what}" for what, n in self.kept.most_common()]
        return out


def get_field(obj: object, name: str, where: str, kind: type | tuple[type, ...]):
    """``obj[name]``, which must exist and be of ``kind`` (never a bool)."""
    if not isinstance(obj, dict) or name not in obj:
        raise InputError(f"missing field {name!r}", where=where)
    value = obj[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InputError(f"field {name!r} has the wrong type ({type(value).__name__})", where=where)
    return value


def number(text: object, where: str) -> float:
    """A finite number from a JSON value or an XML element's text."""
    if isinstance(text, bool):
        raise InputError(f"expected a number, found {text!r}", where=where)
    try:
        value = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"expected a number, found {text!r}", where=where) from None
    if not math.isfinite(value):
        raise InputError(f"expected a finite number, found {text!r}", where=where)
    return value


def box_of_points(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float, float, float]:
    """The enclosing box (corners) of a polygon's, line's or rectangle's points."""
    return min(xs), min(ys), max(xs), max(ys)


def ellipse_box(cx: float, cy: float, rx: float, ry: float, theta: float = 0.0):
    """The enclosing box of an ellipse, turned by ``theta`` radians."""
    hw = math.hypot(rx * math.cos(theta), ry * math.sin(theta))
    hh = math.hypot(rx * math.sin(theta), ry * math.cos(theta))
    return cx - hw, cy - hh, cx + hw, cy + hh


def turned_box(x: float, y: float, w: float, h: float, degrees: float, about: tuple[float, float]):
    """The enclosing box of the rectangle ``x, y, w, h`` turned by ``degrees`` (clockwise on
    screen, where y points down) about the point ``about``."""
    turn = math.radians(degrees)
    cos, sin = math.cos(turn), math.sin(turn)
    ax, ay = about
    corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    return box_of_points([ax + (px - ax) * cos - (py - ay) * sin for px, py in corners],
                         [ay + (px - ax) * sin + (py - ay) * cos for px, py in corners])


def has_area(box: Sequence[float], where: str, skips: Skips) -> bool:
    """True for a box with x2 > x1 and y2 > y1; otherwise the box is reported as skipped."""
    if box[2] > box[0] and box[3] > box[1]:
        return True
    skips.add(NO_AREA, where)
    return False


def parse_xml(path: Path):
    """The root element of an XML file; a malformed one is an error naming the file."""
    import xml.etree.ElementTree as ET

    try:
        return ET.parse(path).getroot()
    except ET.ParseError as e:
        raise InputError(f"not well-formed XML: {e}", where=str(path)) from e


def read_text(path: Path) -> str:
    """A text file of an annotation set (UTF-8, a byte-order mark allowed); another encoding is
    an error naming the file and the byte, not a guess."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte {e.object[e.start]:#04x} at offset {e.start}); "
                         "save it as UTF-8", where=str(path)) from None


def load_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as e:
        raise InputError("annotation file not found", where=str(path)) from e
    except IsADirectoryError as e:
        raise InputError("expected a JSON file, found a folder", where=str(path)) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON: {e}", where=str(path)) from e
