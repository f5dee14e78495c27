"""YOLO-format datasets (what ultralytics trains on; Roboflow's and CVAT's YOLO exports) → ``Record``s.

A dataset is given as its ``data.yaml`` (``names``, and ``train``/``val``/``test`` image folders,
lists of them or list files, relative to ``path`` or to the YAML's folder), as a folder holding
such a YAML, or as a folder of images and label files with the class names in ``classes.txt`` or
``obj.names`` (CVAT's YOLO 1.1). An image's labels are the ``.txt`` file of its name in the
``labels`` folder beside its ``images`` folder (ultralytics' rule), or beside the image itself.
Each line is ``class cx cy w h``, normalised to the image, or ``class x1 y1 x2 y2 …`` (a polygon,
whose enclosing box is taken). YOLO keeps no pixel sizes, so each image's size is read from its
file's header (the image is not decoded); an image that cannot be read is skipped and counted.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import IMAGE_SUFFIXES, NO_SIZE, Record, Region, Skips, box_of_points, has_area, number

YAML_SUFFIXES = (".yaml", ".yml")
NAMES_FILES = ("classes.txt", "obj.names")


def _yaml(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
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


def _images_of(entry: Path, where: str) -> list[Path]:
    """The images a split names: a folder (searched below it), one image, or a list file."""
    if entry.is_dir():
        return sorted(p for p in entry.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
    if entry.is_file() and entry.suffix.lower() == ".txt":
        lines = [ln.strip() for ln in entry.read_text(encoding="utf-8-sig").splitlines()]
        return [(entry.parent / ln).resolve() if not Path(ln).is_absolute() else Path(ln)
                for ln in lines if ln]
    if entry.is_file():
        return [entry]
    raise InputError(f"split {str(entry)!r} not found", where=where)


def dataset(src: Path) -> tuple[list[str], list[Path], Path]:
    """(class names, image paths, the file or folder that describes the dataset) of ``src``."""
    src = Path(src)
    yaml_path = src if src.is_file() else _dataset_yaml(src)
    if yaml_path is not None:
        data = _yaml(yaml_path)
        names = _names(data["names"], f"{yaml_path}: names")
        root = yaml_path.parent / str(data.get("path") or "")
        images: list[Path] = []
        for split in ("train", "val", "test"):
            entries = data.get(split) or []
            for entry in entries if isinstance(entries, list) else [entries]:
                path = root / str(entry)
                if not path.exists() and str(entry).startswith("../"):  # Roboflow's data.yaml,
                    path = root / str(entry)[3:]  # read as ultralytics reads it
                images += _images_of(path, f"{yaml_path}: {split}")
        if not any(data.get(s) for s in ("train", "val", "test")):
            images = _images_of(yaml_path.parent, str(yaml_path))
        return names, list(dict.fromkeys(images)), yaml_path
    names_file = next((src / n for n in NAMES_FILES if (src / n).is_file()), None)
    if names_file is None:
        raise InputError("YOLO dataset without class names: expected a data.yaml with 'names', "
                         f"or {' or '.join(NAMES_FILES)}", where=str(src))
    names = [ln.strip() for ln in names_file.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    return names, _images_of(src, str(src)), src


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

    try:
        with Image.open(image) as im:  # reads the header only
            return im.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _box(values: list[float], where: str) -> tuple[float, float, float, float]:
    """Normalised corners of a line's box, or of the box around its polygon."""
    if len(values) == 4:
        cx, cy, w, h = values
        return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    if len(values) >= 6 and len(values) % 2 == 0:
        return box_of_points(values[::2], values[1::2])
    raise InputError(f"expected 'class cx cy w h' or 'class x1 y1 x2 y2 x3 y3 …', found "
                     f"{len(values) + 1} values", where=where)


def read_yolo(src: Path, skips: Skips | None = None) -> Iterator[Record]:
    """One ``Record`` per image that has a label file (an empty one: an image without objects)."""
    skips = skips if skips is not None else Skips()
    names, images, _ = dataset(src)
    for image in images:
        labels = label_file(image)
        if labels is None:
            continue
        size = _image_size(image)
        if size is None:
            skips.add(NO_SIZE, f"{labels} ({image.name})")
            continue
        width, height = size
        regions = []
        for n, line in enumerate(labels.read_text(encoding="utf-8-sig").splitlines(), 1):
            fields = line.split()
            if not fields:
                continue
            where = f"{labels}:{n}"
            try:
                cls = int(fields[0])
            except ValueError:
                raise InputError(f"class {fields[0]!r} is not a class number", where=where) from None
            if not 0 <= cls < len(names):
                raise InputError(f"class {cls} is not among the {len(names)} class names", where=where)
            x1, y1, x2, y2 = _box([number(v, where) for v in fields[1:]], where)
            corners = [x1 * width, y1 * height, x2 * width, y2 * height]
            if has_area(corners, where, skips):
                regions.append(Region(names[cls], *corners))
        yield Record((str(image),), f"{labels}", tuple(regions), width, height)
