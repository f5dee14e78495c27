"""Object-detection datasets in Pascal VOC, COCO or VIA form → the YOLO format ultralytics trains on.

Every reader yields the same ``Sample`` (image file, size, labelled boxes in pixels); one writer
lays out ``images/{train,val}/``, ``labels/{train,val}/*.txt`` and ``data.yaml``. Class ids follow
the sorted class names, so the same dataset always gives the same ids. The split is decided per
image by a hash of its file name, so it is stable across runs and machines. A malformed file stops
the conversion with an ``InputError`` naming the file and the element or field.
"""
from __future__ import annotations

import hashlib
import json
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


@dataclass(frozen=True)
class Sample:
    """One annotated image: its file, its size in pixels, and (label, x1, y1, x2, y2) boxes."""

    image: Path
    width: int
    height: int
    boxes: tuple[tuple[str, float, float, float, float], ...]


@dataclass
class ConversionReport:
    """What a conversion wrote, for the CLI and for tests."""

    data_yaml: Path
    names: list[str]
    images: Counter = field(default_factory=Counter)  # per split
    boxes: Counter = field(default_factory=Counter)  # per class name
    dropped: Counter = field(default_factory=Counter)  # boxes of classes not kept


class _Images:
    """Finds an annotation's image file by relative path or by file name under the image roots."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = [Path(r) for r in roots]
        self._by_name: dict[str, Path] | None = None

    def find(self, name: str, where: str) -> Path:
        for root in self.roots:
            if (root / name).is_file():
                return root / name
        if self._by_name is None:  # indexed only when a direct path misses (VOC folders vary)
            self._by_name = {}
            for root in self.roots:
                for p in sorted(root.rglob("*")):
                    if p.suffix.lower() in IMAGE_SUFFIXES:
                        self._by_name.setdefault(p.name, p)
        found = self._by_name.get(Path(name.replace("\\", "/")).name)
        if found is None:
            raise InputError(f"image {name!r} not found under {', '.join(map(str, self.roots))}",
                             where=where)
        return found


def _image_size(path: Path, where: str) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return img.size
    except (UnidentifiedImageError, OSError) as e:
        raise InputError(f"cannot read image size of {path}: {e}", where=where) from e


def _number(text: str | None, where: str) -> float:
    try:
        return float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"expected a number, found {text!r}", where=where) from None


def read_voc(src: Path, images: Path | None = None) -> Iterator[Sample]:
    """Pascal VOC: one XML file per image (``Annotations/*.xml``), as DEArt ships it."""
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
        name = root.findtext("filename")
        if not name or not name.strip():
            raise InputError("missing <filename>", where=f"{xml}: <annotation>")
        path = finder.find(name.strip(), str(xml))
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
            boxes.append((label, *coords))
        yield Sample(path, width, height, tuple(boxes))


def _load_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError("annotation file not found", where=str(path)) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON: {e}", where=str(path)) from e


def read_coco(src: Path, images: Path | None = None) -> Iterator[Sample]:
    """COCO detection JSON: ``images``, ``categories``, ``annotations`` with ``bbox`` [x, y, w, h]."""
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
        cat = _field(ann, "category_id", where, (int, str))
        bbox = _field(ann, "bbox", where, list)
        if cat not in cats:
            raise InputError(f"category_id {cat!r} is not among the categories", where=where)
        if len(bbox) != 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                     for v in bbox):
            raise InputError("field 'bbox' must be four numbers [x, y, width, height]", where=where)
        x, y, w, h = map(float, bbox)
        boxes.setdefault(_field(ann, "image_id", where, (int, str)), []).append(
            (cats[cat], x, y, x + w, y + h))
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


def _via_label(attrs: object, attribute: str | None, where: str) -> str:
    """The class of a VIA region: the named region attribute, or the only one there is."""
    if not isinstance(attrs, dict) or not attrs:
        raise InputError("region has no region_attributes to take a class from", where=where)
    if attribute is None:
        if len(attrs) != 1:
            raise InputError(f"region has several attributes {sorted(attrs)}; choose one with "
                             f"--via-attribute", where=where)
        attribute = next(iter(attrs))
    if attribute not in attrs:
        raise InputError(f"region has no attribute {attribute!r} (has {sorted(attrs)})", where=where)
    value = attrs[attribute]
    if isinstance(value, dict):  # checkbox attributes: {"dragon": true}
        value = [k for k, v in value.items() if v]
        value = value[0] if len(value) == 1 else ""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"region attribute {attribute!r} is not one class name: {attrs[attribute]!r}",
                         where=where)
    return value.strip()


def _via_box(shape: object, where: str) -> tuple[float, float, float, float]:
    """The enclosing box of a VIA shape (rect, polygon, polyline, circle, ellipse)."""
    if not isinstance(shape, dict) or "name" not in shape:
        raise InputError("missing field 'shape_attributes.name'", where=where)
    kind = shape["name"]
    try:
        if kind == "rect":
            x, y, w, h = (float(shape[k]) for k in ("x", "y", "width", "height"))
            return x, y, x + w, y + h
        if kind in ("polygon", "polyline"):
            xs, ys = shape["all_points_x"], shape["all_points_y"]
            return min(xs), min(ys), max(xs), max(ys)
        if kind == "circle":
            cx, cy, r = (float(shape[k]) for k in ("cx", "cy", "r"))
            return cx - r, cy - r, cx + r, cy + r
        if kind == "ellipse":
            cx, cy, rx, ry = (float(shape[k]) for k in ("cx", "cy", "rx", "ry"))
            return cx - rx, cy - ry, cx + rx, cy + ry
    except KeyError as e:
        raise InputError(f"{kind} shape lacks field {e.args[0]!r}", where=where) from None
    except (TypeError, ValueError) as e:
        raise InputError(f"{kind} shape has a non-numeric coordinate: {e}", where=where) from None
    raise InputError(f"shape {kind!r} has no area to box (use rect, polygon, circle or ellipse)",
                     where=where)


def read_via(src: Path, images: Path | None = None, attribute: str | None = None) -> Iterator[Sample]:
    """VGG Image Annotator JSON: a 2.x project file or a per-image ``via_region_data`` export."""
    src = Path(src)
    data = _load_json(src)
    if isinstance(data, dict) and "_via_img_metadata" in data:
        data = data["_via_img_metadata"]  # a 2.x project: the same records, wrapped
    if not isinstance(data, dict):
        raise InputError("expected a VIA project or an object of per-image records", where=str(src))
    finder = _Images([r for r in ([images] if images else [src.parent / "images", src.parent])
                      if r.is_dir()])
    for key, rec in data.items():
        where = f"{src}: {key}"
        name = _field(rec, "filename", where, str)
        regions = _field(rec, "regions", where, (list, dict))
        if isinstance(regions, dict):  # VIA 1.x keyed regions by "0", "1", …
            regions = [regions[k] for k in sorted(regions, key=lambda k: int(k) if k.isdigit() else 0)]
        path = finder.find(name, where)
        boxes = []
        for i, region in enumerate(regions):
            rwhere = f"{where}: regions[{i}]"
            label = _via_label(region.get("region_attributes") if isinstance(region, dict) else None,
                               attribute, rwhere)
            shape = region.get("shape_attributes")
            boxes.append((label, *_via_box(shape, f"{rwhere}.shape_attributes")))
        width, height = _image_size(path, where)
        yield Sample(path, width, height, tuple(boxes))


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
               progress: bool = False) -> ConversionReport:
    """Lay out ``samples`` as a YOLO dataset under ``out``; keep only ``classes`` if given."""
    out = Path(out)
    samples = list(samples)
    present = sorted({b[0] for s in samples for b in s.boxes})
    names = sorted(set(classes)) if classes else present
    ids = {n: i for i, n in enumerate(names)}
    report = ConversionReport(out / "data.yaml", names)
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
        for label, *box in s.boxes:
            if label not in ids:
                report.dropped[label] += 1
                continue
            line = yolo_line(ids[label], box, s.width, s.height)
            if line is not None:
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
    if fmt == "voc":
        samples = read_voc(src, images)
    elif fmt == "coco":
        samples = read_coco(src, images)
    else:
        samples = read_via(src, images, via_attribute)
    return write_yolo(samples, out, classes=classes, val_fraction=val_fraction, link=link,
                      progress=progress)
