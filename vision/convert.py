"""Object-detection datasets in Pascal VOC, COCO or VIA form → the YOLO format ultralytics trains on.

VOC and COCO are read here, VIA in ``vision/via.py``.

Every reader yields the same ``Sample`` (image file, size, labelled boxes in pixels); one writer
lays out ``images/{train,val}/``, ``labels/{train,val}/*.txt`` and ``data.yaml``. Class ids follow
the sorted class names, so the same dataset always gives the same ids. The split is decided per
image by a hash of its file name, so it is stable across runs and machines. A malformed file stops
the conversion with an ``InputError`` naming the file and the element or field. What is left out
on purpose (crowd annotations, boxes without area, VIA points and unlabelled regions, VIA 3
temporal or whole-file metadata) is counted in a ``Skips`` with the first few places, and the
report's ``summary()`` prints it.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

from .annotations import _field

FORMATS = ("voc", "coco", "via")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
#: Share of images put in the validation split when none is given.
VAL_FRACTION = 0.2
#: Places shown per reason when a summary lists what was skipped.
EXAMPLES = 3

# reasons for skipping, counted and shown in the summary
NO_AREA = "box without area (width or height ≤ 0)"
OUTSIDE = "box wholly outside its image"
CROWD = "crowd annotation (iscrowd: 1)"
POINT = "point, not a box"
UNLABELLED = "region without a class"
NOT_SPATIAL = "metadata without a spatial shape (whole-file or temporal)"
VIDEO = "region on a video frame or segment"
NOT_IMAGE = "file that is not an image (VIA file type video or audio)"
MULTI_FILE = "region of a view of several files"
DIFFICULT = "boxes marked <difficult>1</difficult>"


@dataclass(frozen=True)
class Sample:
    """One annotated image: its file, its size in pixels, and (label, x1, y1, x2, y2) boxes."""

    image: Path
    width: int
    height: int
    boxes: tuple[tuple[str, float, float, float, float], ...]


class Skips:
    """What a conversion left out on purpose: a count per reason and the first few places."""

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


@dataclass
class ConversionReport:
    """What a conversion wrote, for the CLI and for tests."""

    data_yaml: Path
    names: list[str]
    images: Counter = field(default_factory=Counter)  # per split
    boxes: Counter = field(default_factory=Counter)  # per class name
    dropped: Counter = field(default_factory=Counter)  # boxes of classes not kept
    skipped: Skips = field(default_factory=Skips)  # left out on purpose, with places

    def summary(self) -> list[str]:
        """The lines ``kg vision convert`` prints: totals, boxes per class, what was left out."""
        lines = [f"{self.images['train']} train + {self.images['val']} val images, "
                 f"{sum(self.boxes.values())} boxes, {len(self.names)} classes → "
                 f"{self.data_yaml}"]
        lines += [f"  {i:3} {name:24} {self.boxes[name]:6} boxes"
                  for i, name in enumerate(self.names)]
        if self.dropped:
            lines.append("dropped (not in --classes): " + ", ".join(
                f"{k} ({v})" for k, v in self.dropped.most_common()))
        return lines + self.skipped.lines()


class _Images:
    """Finds an annotation's image file by relative path or by file name under the image roots."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = [Path(r) for r in roots]
        self._by_name: dict[str, Path] | None = None

    def find(self, names: str | Sequence[str], where: str) -> Path:
        """The first of ``names`` found: as a path under a root, else by file name (any case)."""
        names = [names] if isinstance(names, str) else [n for n in names if n]
        for name in names:
            for root in self.roots:
                if (root / name).is_file():
                    return root / name
        if self._by_name is None:  # indexed only when a direct path misses (VOC folders vary)
            self._by_name = {}
            for root in self.roots:
                for p in sorted(root.rglob("*")):
                    if p.suffix.lower() in IMAGE_SUFFIXES:
                        self._by_name.setdefault(p.name, p)
                        self._by_name.setdefault(p.name.lower(), p)
        for name in names:
            base = Path(name.replace("\\", "/")).name
            found = self._by_name.get(base) or self._by_name.get(base.lower())
            if found is not None:
                return found
        tried = f" (also tried {', '.join(map(repr, names[1:]))})" if len(names) > 1 else ""
        raise InputError(f"image {names[0] if names else ''!r} not found under "
                         f"{', '.join(map(str, self.roots))}{tried}", where=where)


def _image_size(path: Path, where: str) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return img.size
    except (UnidentifiedImageError, OSError) as e:
        raise InputError(f"cannot read image size of {path}: {e}", where=where) from e


def _number(text: object, where: str) -> float:
    if isinstance(text, bool):
        raise InputError(f"expected a number, found {text!r}", where=where)
    try:
        value = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"expected a number, found {text!r}", where=where) from None
    if not math.isfinite(value):
        raise InputError(f"expected a finite number, found {text!r}", where=where)
    return value


def _has_area(box: Sequence[float], where: str, skips: Skips) -> bool:
    """True for a box with x2 > x1 and y2 > y1; otherwise the box is reported as skipped."""
    if box[2] > box[0] and box[3] > box[1]:
        return True
    skips.add(NO_AREA, where)
    return False


def _voc_names(root: ET.Element, xml: Path) -> list[str]:
    """Where a VOC file's image may be: <filename> (+ an image suffix if it has none), <path>,
    then the XML's own stem with each image suffix (exports often leave <filename> stale)."""
    names = []
    name = (root.findtext("filename") or "").strip()
    if name:
        names.append(name)
        if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
            names += [name + s for s in IMAGE_SUFFIXES]
    path = (root.findtext("path") or "").strip()
    if path:
        names.append(path)  # the annotator's absolute path: found by its file name
    return names + [xml.stem + s for s in IMAGE_SUFFIXES]


def read_voc(src: Path, images: Path | None = None, skips: Skips | None = None) -> Iterator[Sample]:
    """Pascal VOC: one XML file per image (``Annotations/*.xml``), as DEArt ships it.

    ``<difficult>1</difficult>`` boxes are kept (and counted): in paintings they are real, if hard,
    objects, and leaving them out would teach the model they are background. ultralytics'
    ``VOC.yaml`` drops them; ``--classes`` cannot, so filter the XML first if you want that.
    """
    skips = skips if skips is not None else Skips()
    src = Path(src)
    files = sorted(src.rglob("*.xml")) if src.is_dir() else [src]
    if not files:
        raise InputError("no VOC .xml annotation files found", where=str(src))
    roots = [images] if images else [src.parent / "JPEGImages", src.parent / "images", src,
                                     src.parent]
    finder = _Images([r for r in roots if r.is_dir()])
    for xml in files:
        try:
            root = ET.parse(xml).getroot()
        except ET.ParseError as e:
            raise InputError(f"not well-formed XML: {e}", where=str(xml)) from e
        if root.tag != "annotation":
            raise InputError(f"root element is <{root.tag}>, expected <annotation>", where=str(xml))
        path = finder.find(_voc_names(root, xml), f"{xml}: <filename>")
        width, height = (int(_number(el.text, f"{xml}: <size><{k}>")) if el is not None else 0
                         for k, el in (("width", root.find("size/width")),
                                       ("height", root.find("size/height"))))
        if width <= 0 or height <= 0:  # some exports write 0: ask the image itself
            width, height = _image_size(path, f"{xml}: <size>")
        boxes = []
        for i, obj in enumerate(root.findall("object")):
            where = f"{xml}: <object> #{i + 1}"
            label = (obj.findtext("name") or "").strip()
            if not label:
                raise InputError("missing <name>", where=where)
            if obj.find("bndbox") is None:
                raise InputError("missing <bndbox>", where=where)
            coords = [_number(obj.findtext(f"bndbox/{k}"), f"{where} <bndbox><{k}>")
                      for k in ("xmin", "ymin", "xmax", "ymax")]
            if _has_area(coords, where, skips):
                boxes.append((label, *coords))
                if (obj.findtext("difficult") or "").strip() == "1":
                    skips.kept[DIFFICULT] += 1
        yield Sample(path, width, height, tuple(boxes))


def _load_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError("annotation file not found", where=str(path)) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON: {e}", where=str(path)) from e


def read_coco(src: Path, images: Path | None = None,
              skips: Skips | None = None) -> Iterator[Sample]:
    """COCO detection JSON: ``images``, ``categories``, ``annotations`` with ``bbox`` [x, y, w, h].

    Like ultralytics' own COCO converter, crowd annotations (``iscrowd: 1``: a region holding many
    objects) and boxes of zero or negative width or height are skipped, and reported here.
    """
    skips = skips if skips is not None else Skips()
    src = Path(src)
    data = _load_json(src)
    for key in ("images", "categories", "annotations"):
        _field(data, key, str(src), list)
    finder = _Images([r for r in ([images] if images else [src.parent / "images", src.parent])
                      if r.is_dir()])
    cats = {}
    for i, cat in enumerate(data["categories"]):
        where = f"{src}: categories[{i}]"
        cats[_field(cat, "id", where, (int, str))] = _field(cat, "name", where, str).strip()
    boxes: dict[object, list] = {}
    for i, ann in enumerate(data["annotations"]):
        where = f"{src}: annotations[{i}]"
        image = _field(ann, "image_id", where, (int, str))
        cat = _field(ann, "category_id", where, (int, str))
        if cat not in cats:
            raise InputError(f"category_id {cat!r} is not among the categories", where=where)
        boxes.setdefault(image, [])  # a skipped annotation still names a real image
        if ann.get("iscrowd") not in (None, 0, False, "0"):
            skips.add(CROWD, where)
            continue
        bbox = _field(ann, "bbox", where, list)
        if len(bbox) != 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                     and math.isfinite(v) for v in bbox):
            raise InputError("field 'bbox' must be four numbers [x, y, width, height]", where=where)
        x, y, w, h = map(float, bbox)
        if _has_area((x, y, x + w, y + h), where, skips):
            boxes[image].append((cats[cat], x, y, x + w, y + h))
    ids = set()
    for i, img in enumerate(data["images"]):
        where = f"{src}: images[{i}]"
        ident = _field(img, "id", where, (int, str))
        ids.add(ident)
        path = finder.find(_field(img, "file_name", where, str), where)
        width, height = img.get("width"), img.get("height")
        if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
            width, height = _image_size(path, where)
        yield Sample(path, width, height, tuple(boxes.get(ident, ())))
    orphans = set(boxes) - ids
    if orphans:
        raise InputError(f"annotations refer to image_id(s) not among the images: "
                         f"{sorted(map(str, orphans))[:5]}", where=f"{src}: annotations")


def split_of(name: str, val_fraction: float) -> str:
    """``train`` or ``val`` from a hash of the file name: stable whatever the order of files."""
    h = int.from_bytes(hashlib.sha1(name.encode()).digest()[:4], "big") / 2**32
    return "val" if h < val_fraction else "train"


def yolo_line(class_id: int, box: Sequence[float], width: int, height: int) -> str | None:
    """One YOLO label line (class cx cy w h, normalised), the box clipped to the image."""
    x1, y1, x2, y2 = (max(0.0, min(v, lim)) for v, lim in zip(box, (width, height, width, height)))
    if x2 <= x1 or y2 <= y1:
        return None
    return (f"{class_id} {(x1 + x2) / 2 / width:.6f} {(y1 + y2) / 2 / height:.6f} "
            f"{(x2 - x1) / width:.6f} {(y2 - y1) / height:.6f}")


def _place(src: Path, dst: Path, link: bool) -> None:
    if dst.exists() or dst.is_symlink():
        dst.unlink()
    if link:
        os.symlink(src.resolve(), dst)
    else:
        shutil.copy2(src, dst)


def write_yolo(samples: Iterable[Sample], out: Path, *, classes: Sequence[str] | None = None,
               val_fraction: float = VAL_FRACTION, link: bool = False,
               progress: bool = False, skips: Skips | None = None) -> ConversionReport:
    """Lay out ``samples`` as a YOLO dataset under ``out``; keep only ``classes`` if given.

    ``skips`` is what the reader left out; boxes wholly outside their image are added to it.
    """
    out = Path(out)
    samples = list(samples)
    present = sorted({b[0] for s in samples for b in s.boxes})
    names = sorted(set(classes)) if classes else present
    ids = {n: i for i, n in enumerate(names)}
    report = ConversionReport(out / "data.yaml", names,
                              skipped=skips if skips is not None else Skips())
    for split in ("train", "val"):
        (out / "images" / split).mkdir(parents=True, exist_ok=True)
        (out / "labels" / split).mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    if progress:
        from tqdm import tqdm

        samples = tqdm(samples, desc="convert", unit="image")
    for s in samples:
        name = s.image.name
        if name in taken:  # same file name in two folders: keep both, prefix the folder
            name = f"{s.image.parent.name}_{name}"
        if name in taken:
            raise InputError("two annotated images share this file name and folder name",
                             where=str(s.image))
        taken.add(name)
        split = split_of(name, val_fraction)
        lines = []
        for k, (label, *box) in enumerate(s.boxes):
            if label not in ids:
                report.dropped[label] += 1
                continue
            line = yolo_line(ids[label], box, s.width, s.height)
            if line is None:
                report.skipped.add(OUTSIDE, f"{s.image}: box #{k + 1} ({label}) in "
                                            f"{s.width}×{s.height}")
                continue
            lines.append(line)
            report.boxes[label] += 1
        _place(s.image, out / "images" / split / name, link)
        (out / "labels" / split / (Path(name).stem + ".txt")).write_text(
            "".join(line + "\n" for line in lines), encoding="utf-8")
        report.images[split] += 1
    yaml_names = "".join(f"  {i}: {json.dumps(n)}\n" for i, n in enumerate(names))
    report.data_yaml.write_text(f"path: {json.dumps(str(out.resolve()))}\ntrain: images/train\n"
                                f"val: images/val\nnames:\n{yaml_names}", encoding="utf-8")
    return report


def convert(src: Path, fmt: str, out: Path, *, images: Path | None = None,
            classes: Sequence[str] | None = None, val_fraction: float = VAL_FRACTION,
            link: bool = False, via_attribute: str | None = None,
            progress: bool = False) -> ConversionReport:
    """Convert a VOC folder, COCO JSON or VIA JSON dataset at ``src`` into YOLO format at ``out``."""
    if fmt not in FORMATS:
        raise InputError(f"unknown dataset format {fmt!r}; known: {', '.join(FORMATS)}")
    if not Path(src).exists():
        raise InputError("dataset not found", where=str(src))
    if not 0.0 <= val_fraction < 1.0:
        raise InputError(f"val fraction must be in [0, 1), not {val_fraction}")
    skips = Skips()
    if fmt == "voc":
        samples = read_voc(src, images, skips)
    elif fmt == "coco":
        samples = read_coco(src, images, skips)
    else:
        from .via import read_via  # the VIA readers build on this module's Sample and Skips

        samples = read_via(src, images, via_attribute, skips)
    return write_yolo(samples, out, classes=classes, val_fraction=val_fraction, link=link,
                      progress=progress, skips=skips)
