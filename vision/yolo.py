"""YOLO-format datasets (what ultralytics trains on; Roboflow's and CVAT's YOLO exports) → ``Record``s.

A dataset is given as its ``data.yaml`` (``names``, and ``train``/``val``/``test`` image folders,
lists of them or list files, relative to ``path`` or to the YAML's folder), as a folder holding
such a YAML, or as a folder of images and label files with the class names in ``classes.txt`` or
``obj.names`` (CVAT's YOLO 1.1). An image's labels are the ``.txt`` file of its name in the
``labels`` folder beside its ``images`` folder (ultralytics' rule), or beside the image itself.
Each line is ``class cx cy w h``, normalised to the image, or ``class x1 y1 x2 y2 …`` (a polygon,
whose enclosing box is taken), either one followed by a confidence where ultralytics saved it
(``save_conf``: an odd count of numbers). Coordinates beyond 0–1 (by more than ``SLACK``) are an
error: pixels written where fractions belong. YOLO keeps no pixel sizes, so each image's size
is read from its file's header, upright per its EXIF orientation as ultralytics reads it (the
image is not decoded); an image that cannot be read is skipped and counted. An image without a
label file is a background image, as ultralytics trains on it: no objects (counted as kept).
The images of a ``test`` split are read with the others, and their number said, for ``kg vision
convert`` draws train and val anew from all of them.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (IMAGE_SUFFIXES, NO_SIZE, NOT_FOUND, Record, Region, Skips, box_of_points,
                      has_area, number, read_text)

YAML_SUFFIXES = (".yaml", ".yml")
NAMES_FILES = ("classes.txt", "obj.names")
#: How far beyond 0–1 a normalised coordinate may stray (rounding, a box drawn past the edge).
SLACK = 0.05
BACKGROUND = "images without a label file (background: no objects)"
TEST_SPLIT = "images of the dataset's test split, read with the others (convert splits anew)"


def _yaml(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(read_text(path))
    except yaml.YAMLError as e:
        raise InputError(f"not valid YAML: {e}", where=str(path)) from e
    if not isinstance(data, dict) or "names" not in data:
        raise InputError("not a YOLO dataset file: expected a 'names' field", where=str(path))
    return data


def _dataset_yaml(folder: Path) -> Path | None:
    """The dataset YAML at the top of ``folder`` (``data.yaml`` first), if it has one."""
    found = sorted(folder.glob("*.y*ml"), key=lambda p: (p.stem != "data", p.name))
    for path in found:
        try:
            if "names" in (_yaml(path) or {}):
                return path
        except InputError:
            continue
    return None


def is_yolo(src: Path) -> bool:
    """Whether ``src`` is a YOLO dataset: a YAML file, or a folder with a dataset YAML, a
    ``labels`` folder or a class names file."""
    src = Path(src)
    if src.is_file():
        return src.suffix.lower() in YAML_SUFFIXES
    return src.is_dir() and (any((src / n).is_file() for n in NAMES_FILES)
                             or (src / "labels").is_dir() or _dataset_yaml(src) is not None)


def _names(value: object, where: str) -> list[str]:
    """The class names of a YAML ``names`` field: a list, or a mapping of ids to names."""
    if isinstance(value, list) and all(isinstance(n, str) for n in value):
        return list(value)
    if isinstance(value, dict) and all(isinstance(k, int) and isinstance(v, str) for k, v in value.items()):
        if sorted(value) != list(range(len(value))):
            raise InputError("'names' ids must run 0, 1, 2, … without gaps", where=where)
        return [value[i] for i in range(len(value))]
    raise InputError("'names' must be a list of class names or a mapping of ids to names", where=where)


def _images_of(entry: Path, where: str, roots: tuple[Path, ...] = ()) -> list[Path]:
    """The images a split names: a folder (searched below it), one image, or a list file, whose
    relative entries are looked for beside it, then in ``roots`` (the dataset's folder: CVAT's
    ``data/obj_train_data/…``); an entry found nowhere is kept as named, to be counted missing."""
    if entry.is_dir():
        return sorted(p for p in entry.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
    if entry.is_file() and entry.suffix.lower() == ".txt":
        out = []
        for line in read_text(entry).splitlines():
            if not (name := line.strip()):
                continue
            tried = [Path(name)] if Path(name).is_absolute() else \
                [folder / name for folder in (entry.parent, *roots, Path.cwd())]
            out.append(next((p.resolve() for p in tried if p.is_file()), tried[0]))
        return out
    if entry.is_file():
        return [entry]
    raise InputError(f"split {str(entry)!r} not found", where=where)


def dataset(src: Path) -> tuple[list[str], list[Path], Path]:
    """(class names, image paths, the file or folder that describes the dataset) of ``src``."""
    names, splits, described = _dataset(src)
    return names, list(dict.fromkeys(p for images in splits.values() for p in images)), described


def _dataset(src: Path) -> tuple[list[str], dict[str, list[Path]], Path]:
    """(class names, image paths per split, the file or folder that describes the dataset);
    a dataset without splits has all its images under ``""``."""
    src = Path(src)
    yaml_path = src if src.is_file() else _dataset_yaml(src)
    if yaml_path is not None:
        data = _yaml(yaml_path)
        names = _names(data["names"], f"{yaml_path}: names")
        root = yaml_path.parent / str(data.get("path") or "")
        if data.get("path") and not root.is_dir() and Path(str(data["path"])).is_dir():
            root = Path(str(data["path"]))  # relative to the working folder, as ultralytics reads it
        splits: dict[str, list[Path]] = {}
        for split in ("train", "val", "test"):
            entries = data.get(split) or []
            for entry in entries if isinstance(entries, list) else [entries]:
                path = root / str(entry)
                if not path.exists() and str(entry).startswith("../"):  # Roboflow's data.yaml,
                    path = root / str(entry)[3:]  # read as ultralytics reads it
                if split == "test" and not path.exists():
                    continue  # optional, as for ultralytics: exports name one they leave out
                splits.setdefault(split, []).extend(
                    _images_of(path, f"{yaml_path}: {split}", (root,)))
        if not any(data.get(s) for s in ("train", "val", "test")):
            splits = {"": _images_of(yaml_path.parent, str(yaml_path))}
        return names, splits, yaml_path
    names_file = next((src / n for n in NAMES_FILES if (src / n).is_file()), None)
    if names_file is None:
        raise InputError("YOLO dataset without class names: expected a data.yaml with 'names', "
                         f"or {' or '.join(NAMES_FILES)}", where=str(src))
    names = [ln.strip() for ln in read_text(names_file).splitlines() if ln.strip()]
    return names, {"": _images_of(src, str(src), (src,))}, src


def label_file(image: Path) -> Path | None:
    """The label file of an image: in the ``labels`` folder that mirrors its ``images`` folder
    (ultralytics' rule), else beside it."""
    parts = image.parts
    if "images" in parts:
        i = len(parts) - 1 - parts[::-1].index("images")
        mirrored = Path(*parts[:i], "labels", *parts[i + 1:]).with_suffix(".txt")
        if mirrored.is_file():
            return mirrored
    beside = image.with_suffix(".txt")
    return beside if beside.is_file() else None


def annotation_files(src: Path) -> list[Path]:
    """The files a dataset's annotations live in (its description and label files), for hashing."""
    _, images, described = dataset(src)
    labels = [f for f in (label_file(i) for i in images) if f is not None]
    return ([described] if described.is_file() else []) + sorted(set(labels))


def _image_size(image: Path) -> tuple[int, int] | None:
    from PIL import Image

    from .images import upright_size

    try:
        with Image.open(image) as im:  # reads the header only
            return upright_size(im)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _box(values: list[float], where: str) -> tuple[tuple[float, float, float, float], float]:
    """Normalised corners of a line's box, or of the box around its polygon, and the line's
    confidence (1.0 unless it ends with one)."""
    score, count = 1.0, len(values) + 1
    if len(values) % 2:  # ultralytics' save_conf: the confidence closes the line
        *values, score = values
        if not 0.0 <= score <= 1.0:
            raise InputError(f"confidence {score:g} is not between 0 and 1 (a line is 'class cx cy "
                             "w h [confidence]')", where=where)
    if len(values) == 4:
        cx, cy, w, h = values
        corners = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    elif len(values) >= 6:
        corners = box_of_points(values[::2], values[1::2])
    else:
        raise InputError(f"expected 'class cx cy w h' or 'class x1 y1 x2 y2 x3 y3 …', found "
                         f"{count} values", where=where)
    if not all(-SLACK <= v <= 1 + SLACK for v in values):
        raise InputError(f"coordinates must be fractions of the image (0 to 1), found "
                         f"{max(values, key=lambda v: abs(v - 0.5)):g}: pixels where YOLO wants "
                         "fractions?", where=where)
    return corners, score


def read_yolo(src: Path, skips: Skips | None = None) -> Iterator[Record]:
    """One ``Record`` per image: its label file's boxes, or none for a background image."""
    skips = skips if skips is not None else Skips()
    names, splits, _ = _dataset(src)
    images = list(dict.fromkeys(p for found in splits.values() for p in found))
    if (test := set(splits.get("test", [])) - set(splits.get("train", [])) - set(splits.get("val", []))):
        skips.kept[TEST_SPLIT] += len(test)  # said, for a held-out test set ends up in train/val
    for image in images:
        if not image.is_file():
            skips.add(NOT_FOUND, str(image))
            continue
        labels = label_file(image)
        size = _image_size(image)
        if size is None:
            skips.add(NO_SIZE, f"{labels or image} ({image.name})")
            continue
        width, height = size
        if labels is None:
            skips.kept[BACKGROUND] += 1
            yield Record((str(image),), str(image), (), width, height)
            continue
        regions = []
        for n, line in enumerate(read_text(labels).splitlines(), 1):
            fields = line.split()
            if not fields:
                continue
            where = f"{labels}:{n}"
            try:
                cls = number(fields[0], where)
            except InputError:
                cls = 0.5
            if not cls.is_integer():  # "0.0" as some tools write it is class 0
                raise InputError(f"class {fields[0]!r} is not a class number", where=where)
            if not 0 <= cls < len(names):
                raise InputError(f"class {int(cls)} is not among the {len(names)} class names", where=where)
            (x1, y1, x2, y2), score = _box([number(v, where) for v in fields[1:]], where)
            corners = [x1 * width, y1 * height, x2 * width, y2 * height]
            if has_area(corners, where, skips):
                regions.append(Region(names[int(cls)], *corners, score))
        yield Record((str(image),), f"{labels}", tuple(regions), width, height)
