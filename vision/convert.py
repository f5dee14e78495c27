"""Annotated object-detection datasets (every format ``vision/annotations.py`` reads) → the YOLO
format ultralytics trains on.

The readers are the ones enrichment uses: they give ``Record``s of image names and labelled boxes
without opening any image. Here each record's image file is found (by its path, else by its name
under the image folders, as enrichment matches names; several candidates are an error) and its
size read from the image where the annotations lack it, giving one ``Sample`` per image (records
naming one image merged). One writer empties ``images/`` and ``labels/`` under the output and
lays out ``images/{train,val}/``, ``labels/{train,val}/*.txt`` and a ``data.yaml`` without an
absolute ``path``, so the dataset can move. Class ids follow the sorted class names, so the same
dataset always gives the same ids. The split is decided per image by a hash of its file name
(for a Roboflow export's augmented copies, the original's name), so it is stable across runs and
machines; neither split is left empty where it need not be. A malformed file stops the
conversion with an ``InputError`` naming the file and the element or field. What is left out on
purpose (crowd annotations, boxes without area, VIA points and unlabelled regions, VIA 3
temporal or whole-file metadata, boxes outside their image) is counted in a ``Skips`` with the
first few places, and the report's ``summary()`` prints it.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, count
from pathlib import Path

from kg.errors import InputError

from .annotations import FORMATS, is_voc, read_annotations, roboflow_original
from .finder import ImageFinder
from .records import Record, Skips

#: Share of images put in the validation split when none is given.
VAL_FRACTION = 0.2
#: Found by the writer, not the readers: counted with their skips.
OUTSIDE = "box wholly outside its image"
#: The image formats ultralytics reads (``ultralytics.data.utils.IMG_FORMATS``; a test holds
#: them equal); other images are written as PNG.
YOLO_READS = frozenset({".avif", ".bmp", ".dng", ".heic", ".heif", ".jp2", ".jpeg", ".jpg", ".mpo",
                        ".png", ".tif", ".tiff", ".webp"})
#: JPEG files under another suffix: the same bytes, named ``.jpg``.
JPEG_SUFFIXES = frozenset({".jfif", ".jpe"})
REENCODED = "images in a format ultralytics does not read (GIF, …), written as PNG"
UNREADABLE = "image in a format ultralytics does not read that could not be converted to PNG"
#: How many of an image's folders may go before its name to make the name unique.
FOLDERS = 3
#: Found when images are matched to records.
TURNED = ("images annotated as stored, whose boxes were turned upright with the image (EXIF "
          "orientation)")
MERGED = "records naming an image another record names too, their boxes merged into one image"


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
    skipped: Skips = field(default_factory=Skips)  # left out on purpose, with places
    warnings: list[str] = field(default_factory=list)  # what will trouble training

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
        return lines + self.skipped.lines() + [f"warning: {w}" for w in self.warnings]


def _stored(path: Path, where: str) -> tuple[int, int, int]:
    """(width, height, EXIF orientation) of an image as its file stores it; the header alone
    is read."""
    from PIL import Image, UnidentifiedImageError

    from .images import orientation

    try:
        with Image.open(path) as img:
            return *img.size, orientation(img)
    except (UnidentifiedImageError, OSError) as e:
        raise InputError(f"cannot read image size of {path}: {e}", where=where) from e


def upright_point(x: float, y: float, turn: int, width: int, height: int) -> tuple[float, float]:
    """Where the point ``x, y`` of an image stored ``width`` × ``height`` shows once its EXIF
    orientation ``turn`` (5–8: a quarter turn, with or without a flip) is applied."""
    return {5: (y, x), 6: (height - y, x), 7: (height - y, width - x), 8: (y, width - x)}[turn]


def upright_boxes(boxes: Sequence[tuple], turn: int, width: int, height: int) -> tuple:
    """(label, x1, y1, x2, y2) boxes drawn on an image as stored, as its upright image shows them."""
    out = []
    for label, x1, y1, x2, y2 in boxes:
        (ax, ay), (bx, by) = (upright_point(x, y, turn, width, height) for x, y in ((x1, y1), (x2, y2)))
        out.append((label, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return tuple(out)


def _sized(rec: Record, path: Path) -> tuple[int, int, tuple, bool]:
    """(width, height, boxes, turned) of a record's image as ultralytics shows it, upright per
    its EXIF orientation. A size the annotations give is the image's they were drawn on: if it
    is the image as stored, which its orientation turns a quarter (labelImg draws on it so), the
    boxes are turned upright with it; any other size (the upright one, or a copy's) is kept."""
    from .images import QUARTER_TURNS

    boxes = tuple((r.label, r.x1, r.y1, r.x2, r.y2) for r in rec.regions)
    try:
        width, height, turn = _stored(path, rec.where)
    except InputError:
        if rec.size is None:
            raise  # (a relative record has no size)
        return *rec.size, boxes, False  # the writer reports an image it cannot use
    if rec.size is None:
        width, height = (height, width) if turn in QUARTER_TURNS else (width, height)
        if rec.relative:  # fractions of the image as shown
            boxes = tuple((label, x1 * width, y1 * height, x2 * width, y2 * height)
                          for label, x1, y1, x2, y2 in boxes)
        return width, height, boxes, False
    if turn in QUARTER_TURNS and rec.size == (width, height) and width != height:
        return height, width, upright_boxes(boxes, turn, width, height), True
    return *rec.size, boxes, False


def image_roots(src: Path, fmt: str | None, images: Path | None = None) -> list[Path]:
    """Where a dataset's images are looked for: ``images``, else the usual folders beside ``src``
    (``JPEGImages/`` or ``images/`` for VOC; otherwise a folder given itself, then ``images/``
    or the annotation file's own folder; ``fmt`` None: as the content shows)."""
    src = Path(src)
    if images:
        roots = [Path(images)]
    elif fmt == "voc" or (fmt is None and is_voc(src)):
        roots = [src.parent / "JPEGImages", src.parent / "images", src, src.parent]
    else:  # a folder given (LabelMe files, a YOLO dataset) is searched itself first
        roots = [src, src.parent / "images", src.parent]
    return list(dict.fromkeys(r for r in roots if r.is_dir()))


def samples(records: Iterable[Record], roots: Sequence[Path], exclude: Path | None = None,
            skips: Skips | None = None) -> list[Sample]:
    """Each annotated image found under ``roots`` (never under ``exclude``, the output), its
    size read from it where the annotations do not give it. An image that several records name
    (VOC files whose ``<filename>`` agree, a COCO file listing it twice) is one sample with the
    boxes of all (counted in ``skips``); records that give it different sizes are an error."""
    finder = ImageFinder(roots, exclude)
    found: dict[Path, tuple[Sample, str]] = {}
    for rec in records:
        path = finder.find(rec.names, rec.where, rec.folder)
        width, height, boxes, turned = _sized(rec, path)
        if turned and skips is not None:
            skips.kept[TURNED] += 1
        if (key := path.resolve()) not in found:
            found[key] = Sample(path, width, height, boxes), rec.where
            continue
        first, where = found[key]
        if (first.width, first.height) != (width, height):
            raise InputError(f"the image {path} is named here as {width}×{height} and at {where} "
                             f"as {first.width}×{first.height}: which size is right?", where=rec.where)
        found[key] = Sample(first.image, width, height, first.boxes + boxes), where
        if skips is not None:
            skips.kept[MERGED] += 1
    return [sample for sample, _ in found.values()]


def _fraction(name: str) -> float:
    return int.from_bytes(hashlib.sha1(name.encode()).digest()[:4], "big") / 2**32


def split_of(name: str, val_fraction: float) -> str:
    """``train`` or ``val`` from a hash of the file name: stable whatever the order of files."""
    return "val" if _fraction(name) < val_fraction else "train"


def assign_splits(names: Sequence[str], val_fraction: float) -> list[str]:
    """The split of each image, from its ``split_name``: by ``split_of``, except that with a
    ``val_fraction`` above 0 and two names or more, neither split is left empty (a small
    dataset can hash all one way): the name nearest the boundary changes sides. One name alone
    goes to train, which training cannot do without."""
    split = {n: split_of(n, val_fraction) for n in names}
    if val_fraction > 0 and len(split) >= 2 and "val" not in split.values():
        split[min(split, key=_fraction)] = "val"
    if split and "train" not in split.values():
        split[max(split, key=_fraction)] = "train"
    return [split[n] for n in names]


def split_name(image: Path, name: str | None = None) -> str:
    """What an image's split is drawn from: ``name``, the file name it is written under (by
    default its own), or for a Roboflow export's copy (``NAME_jpg.rf.HASH.jpg``) the
    original's, so that the augmented copies of one image all land in one split, not in train
    and val both."""
    return roboflow_original(image.name) or name or image.name


def yolo_line(class_id: int, box: Sequence[float], width: int, height: int) -> str | None:
    """One YOLO label line (class cx cy w h, normalised), the box clipped to the image."""
    x1, y1, x2, y2 = (max(0.0, min(v, lim)) for v, lim in zip(box, (width, height, width, height)))
    if x2 <= x1 or y2 <= y1:
        return None
    return (f"{class_id} {(x1 + x2) / 2 / width:.6f} {(y1 + y2) / 2 / height:.6f} "
            f"{(x2 - x1) / width:.6f} {(y2 - y1) / height:.6f}")


def output_names(images: Sequence[Path]) -> list[str]:
    """A file name for each image, no two with the same stem in any case (each names a label
    file): the image's own name, else with its folders before it (``b_1.jpg``, ``x_b_1.jpg``,
    up to ``FOLDERS`` of them), else with a short hash of its full path."""
    def key(stem: str) -> str:
        return unicodedata.normalize("NFC", stem).casefold()

    taken: set[str] = set()
    names = []
    for image in images:
        folders = [f for f in image.parent.parts if f != image.anchor][-FOLDERS:]
        digest = hashlib.sha1(str(image).encode()).hexdigest()[:8]
        tries = chain(("_".join([*folders[len(folders) - n:], image.stem])
                       for n in range(len(folders) + 1)),
                      [f"{image.stem}_{digest}"], (f"{image.stem}_{digest}_{i}" for i in count(2)))
        stem = next(t for t in tries if key(t) not in taken)
        taken.add(key(stem))
        names.append(stem + image.suffix)
    return names


def yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML scalar: JSON's escapes, the characters beyond U+FFFF
    written as they are (JSON's surrogate pairs are no YAML), and any character YAML does not
    allow unescaped as ``\\UXXXXXXXX``."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(c if c.isprintable() else f"\\U{ord(c):08x}" for c in quoted)


def output_suffix(image: Path) -> str:
    """The suffix an image is written under: its own where ultralytics reads it, ``.jpg`` for
    JPEG under another name (``.jfif``, ``.jpe``), else ``.png`` (it is converted)."""
    suffix = image.suffix.lower()
    if suffix in YOLO_READS:
        return image.suffix
    return ".jpg" if suffix in JPEG_SUFFIXES else ".png"


def _as_png(src: Path, dst: Path) -> bool:
    """Write ``src`` as a PNG, upright (the boxes are of the upright image); False if it cannot
    be read."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(src) as img:
            img = ImageOps.exif_transpose(img)
            if img.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
                img = img.convert("RGBA" if "A" in img.getbands() else "RGB")
            img.save(dst, "PNG")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        dst.unlink(missing_ok=True)
        return False
    return True


def _place(src: Path, dst: Path, link: bool) -> None:
    if dst.is_symlink():
        dst.unlink()  # the link only, never what it points at
    elif dst.exists():
        if dst.samefile(src):
            return  # the image itself: never deleted
        dst.unlink()
    if link:
        os.symlink(src.resolve(), dst)
    else:
        shutil.copy2(src, dst)


def check_out(out: Path, images: Iterable[Path]) -> None:
    """Refuse an ``out`` that is, holds or lies in a folder of the images it would convert: the
    conversion would write over them, or its next run take its own output for input."""
    where = Path(os.path.abspath(out)).resolve()
    for folder in sorted({Path(p).parent.resolve() for p in images}):
        if where == folder or folder in where.parents or where in folder.parents:
            how = "is" if where == folder else "lies in" if folder in where.parents else "holds"
            raise InputError(f"the output folder {how} the image folder {folder}; give --out a "
                             "folder outside the dataset's image folders", where=str(out))


def clear(out: Path) -> None:
    """Empty what a conversion owns in ``out``, its ``images/`` and ``labels/`` (with the label
    caches ultralytics keeps there), so that a run leaves no image of an earlier one (in both
    splits, say); nothing else in ``out`` is touched, and ``data.yaml`` is written anew."""
    for sub in ("images", "labels"):
        path = Path(out) / sub
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)


def write_yolo(samples: Iterable[Sample], out: Path, *, classes: Sequence[str] | None = None,
               val_fraction: float = VAL_FRACTION, link: bool = False,
               progress: bool = False, skips: Skips | None = None) -> ConversionReport:
    """Lay out ``samples`` as a YOLO dataset under ``out`` (its ``images/`` and ``labels/``
    emptied first); keep only ``classes`` if given.

    ``skips`` is what the reader left out; boxes wholly outside their image are added to it.
    """
    out = Path(out)
    samples = list(samples)
    skips = skips if skips is not None else Skips()
    if not samples:
        left = "; ".join(skips.lines())
        raise InputError("the dataset has no annotated images to convert" + (
            f" ({left})" if left else ""))
    present = sorted({b[0] for s in samples for b in s.boxes})
    if classes and (absent := sorted(set(classes) - set(present))):
        raise InputError(f"--classes names {', '.join(map(repr, absent))}, which no box of the "
                         f"dataset has; its classes: {', '.join(present) or 'none'}", where="--classes")
    names = sorted(set(classes)) if classes else present
    if not names:
        raise InputError(f"none of the {len(samples)} images has a labelled box: a YOLO dataset "
                         "needs at least one class")
    check_out(out, (s.image for s in samples))
    ids = {n: i for i, n in enumerate(names)}
    report = ConversionReport(out / "data.yaml", names, skipped=skips)
    clear(out)
    for split in ("train", "val"):
        (out / "images" / split).mkdir(parents=True, exist_ok=True)
        (out / "labels" / split).mkdir(parents=True, exist_ok=True)
    written = output_names([s.image.with_name(s.image.stem + output_suffix(s.image))
                            for s in samples])
    splits = assign_splits([split_name(s.image, n) for s, n in zip(samples, written)], val_fraction)
    work = list(zip(samples, written, splits))
    if progress:
        from kg.progress import bar

        work = bar(work, desc="convert", unit="image")
    for s, name, split in work:
        if s.image.suffix.lower() in YOLO_READS | JPEG_SUFFIXES:
            _place(s.image, out / "images" / split / name, link)
        elif _as_png(s.image, out / "images" / split / name):
            report.skipped.kept[REENCODED] += 1
        else:
            report.skipped.add(UNREADABLE, str(s.image))
            continue
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
        (out / "labels" / split / (Path(name).stem + ".txt")).write_text(
            "".join(line + "\n" for line in lines), encoding="utf-8")
        report.images[split] += 1
    if not report.images["val"]:
        report.warnings.append(
            f"the val split is empty (--val-fraction {val_fraction:g}, {len(samples)} "
            f"image{'s' * (len(samples) != 1)}): `kg vision train` validates on it and will "
            "fail; give a larger --val-fraction or more images")
    yaml_names = "".join(f"  {i}: {yaml_string(n)}\n" for i, n in enumerate(names))
    # no ``path:``: ultralytics then reads the splits beside the YAML, so the folder can move
    report.data_yaml.write_text(f"train: images/train\nval: images/val\nnames:\n{yaml_names}",
                                encoding="utf-8")
    return report


def convert(src: Path, fmt: str | None, out: Path, *, images: Path | None = None,
            classes: Sequence[str] | None = None, val_fraction: float = VAL_FRACTION,
            link: bool = False, via_attribute: str | None = None,
            progress: bool = False) -> ConversionReport:
    """Convert a VOC folder, COCO JSON or VIA JSON dataset at ``src`` into YOLO format at ``out``
    (``fmt`` None: the format the content shows, as ``kg enrich --annotations`` reads it)."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown dataset format {fmt!r}; known: {', '.join(FORMATS)}")
    if not Path(src).exists():
        raise InputError("dataset not found", where=str(src))
    if not 0.0 <= val_fraction < 1.0:
        raise InputError(f"val fraction must be in [0, 1), not {val_fraction}")
    skips = Skips()
    records = read_annotations(src, fmt, skips=skips, attribute=via_attribute)
    found = samples(records, image_roots(src, fmt, images), out, skips)
    return write_yolo(found, out, classes=classes, val_fraction=val_fraction, link=link,
                      progress=progress, skips=skips)
