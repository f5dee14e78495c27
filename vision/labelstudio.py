"""Label Studio JSON exports (a list of tasks with their annotations) → ``Record``s.

JSON-MIN exports (an item per annotation: the task's data, ``annotation_id`` and each control's
regions under its name) are read as the full export's tasks they flatten.

A task names its image in ``data`` (under ``image``, else its one image-like value) and holds the
``annotations`` people made (``completions`` in old exports) and the model ``predictions``. Boxes
come from the first annotation that was not cancelled; further annotations of the same task (other
annotators) and predictions are counted, not read, and so is a task that no one annotated (or whose
annotations were all cancelled): it is not an image without objects. A ``rectanglelabels`` region gives ``x``,
``y``, ``width`` and ``height`` in percent of the image (``original_width`` and
``original_height`` in pixels) and a ``rotation`` in degrees about its top-left corner, whose
enclosing box is taken; ``polygonlabels`` and ``ellipselabels`` regions (an ellipse: centre
``x``, ``y`` and radii in percent, turned about its centre) become their enclosing boxes. A
region drawn with a separate ``<Labels>`` control comes as two results sharing one ``id``, the
shape and its labels: they are read as one region. A result without ``original_width`` and
``original_height`` (imported pre-annotations lack them) takes the size another result of its
task gives; failing that, its record is ``relative`` (fractions of the image, whose size ``kg
vision convert`` reads) and a turned shape, which percent cannot turn, is counted, not read.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (IMAGE_SUFFIXES, NOT_SPATIAL, POINT, UNLABELLED, Record, Region,
                      Skips, box_of_points, ellipse_box, get_field, has_area, load_json, number,
                      turned_box)

BOX_TYPES = ("rectanglelabels", "rectangle", "polygonlabels", "polygon", "ellipselabels", "ellipse")
OTHER_ANNOTATION = "further annotation of a Label Studio task (another annotator): the first is read"
PREDICTION = "model prediction in a Label Studio task (not boxes people drew)"
NO_ANNOTATION = "task without a completed annotation (none, or all cancelled)"
NOT_A_BOX = "Label Studio region that is no box, polygon or ellipse (brush mask, …)"
TURNED_UNSIZED = ("turned Label Studio region in a task without original_width and "
                  "original_height (in percent, its box needs the image's size)")


def is_label_studio(data: object) -> bool:
    """A JSON list of tasks, each with ``data`` and annotations, completions or predictions."""
    return (isinstance(data, list) and bool(data) and all(
        isinstance(t, dict) and "data" in t and t.keys() & {"annotations", "completions", "predictions"}
        for t in data))


#: The fields a JSON-MIN export adds to a task's data; any other list is a control's regions.
MIN_FIELDS = frozenset({"id", "annotator", "annotation_id", "created_at", "updated_at",
                        "lead_time", "agreement", "history"})
#: The labels key of a JSON-MIN region → the result type a full export gives it.
MIN_TYPES = ("rectanglelabels", "polygonlabels", "ellipselabels", "keypointlabels", "brushlabels",
             "labels")


def is_label_studio_min(data: object) -> bool:
    """A JSON list as Label Studio's JSON-MIN export writes it: a task's data with an
    ``annotation_id`` and each control's regions, one item per annotation."""
    return (isinstance(data, list) and bool(data) and all(
        isinstance(t, dict) and "annotation_id" in t and "data" not in t for t in data))


def _min_result(region: object, where: str) -> dict:
    """A JSON-MIN region (its value with the image size) as a full export's result item."""
    if not isinstance(region, dict):
        return {"type": "choices", "value": {}, "_where": where}  # a choice or text, no shape
    kind = next((k for k in MIN_TYPES if k in region), "polygon" if "points" in region else
                "rectangle" if "width" in region else "")
    size = {k: region[k] for k in ("original_width", "original_height") if k in region}
    return {"type": kind, "value": region, **size, "_where": where}


def from_json_min(data: list) -> list[dict]:
    """The tasks of a JSON-MIN export in a full export's shape: the items of one task (``id``:
    one per annotator) are its annotations; each region remembers its place (``_where``)."""
    tasks: dict[object, dict] = {}
    for i, item in enumerate(data):
        task = tasks.setdefault(item.get("id", f"[{i}]"), {"data": {}, "annotations": [], "_where": f"[{i}]"})
        results = []
        for name, value in item.items():
            if name in MIN_FIELDS:
                continue
            if isinstance(value, list):
                results += [_min_result(r, f"[{i}].{name}[{j}]") for j, r in enumerate(value)]
            else:
                task["data"].setdefault(name, value)
        task["annotations"].append({"result": results, "_where": f"[{i}]"})
    return list(tasks.values())


def _image(task: dict, where: str) -> str:
    data = get_field(task, "data", where, dict)
    if isinstance(data.get("image"), str):
        return data["image"]
    values = [v for v in data.values() if isinstance(v, str) and any(  # a path, a URL, or a
        part.lower().endswith(IMAGE_SUFFIXES) for part in re.split(r"[?&=]", v))]  # ?d=PATH
    if len(values) != 1:
        raise InputError("cannot tell which field of 'data' names the image (no 'image' field)",
                         where=f"{where}.data")
    return values[0]


def _size(item: dict, where: str) -> tuple[float, float] | None:
    """A result's ``original_width`` and ``original_height``: the image's size in pixels."""
    if "original_width" not in item or "original_height" not in item:
        return None
    return number(item["original_width"], f"{where}.original_width"), \
        number(item["original_height"], f"{where}.original_height")


def _corners(item: dict, where: str, skips: Skips,
             size: tuple[float, float] | None) -> tuple[str, list[float]] | None:
    """(class, corners) of one result item, or None when it is skipped (and counted): in pixels
    of the item's image size, else of ``size`` (its task's), else in fractions of the image."""
    kind = item.get("type")
    value = get_field(item, "value", where, dict)
    if kind not in BOX_TYPES:
        skips.add(POINT if kind == "keypointlabels" else NOT_SPATIAL if kind in (
            "choices", "textarea", "rating", "taxonomy", "number", "datetime") else NOT_A_BOX, where)
        return None
    labels = (value.get("rectanglelabels") or value.get("polygonlabels") or value.get("ellipselabels")
              or value.get("labels") or [])
    if not isinstance(labels, list) or not all(isinstance(v, str) for v in labels):
        raise InputError("the region's labels must be a list of class names", where=f"{where}.value")
    if not labels or not labels[0].strip():
        skips.add(UNLABELLED, where)
        return None
    if len(labels) > 1:
        raise InputError(f"a region holds several classes {labels}; a box has one", where=f"{where}.value")
    size = _size(item, where) or size
    width, height = (v / 100 for v in size or (1, 1))
    turned = number(value.get("rotation", 0), f"{where}.value.rotation") % 360
    if size is None and turned and not kind.startswith("polygon"):
        skips.add(TURNED_UNSIZED, where)  # a turn in percent is no turn in pixels
        return None
    if kind.startswith("ellipse"):  # centre and radii in percent, turned about the centre
        cx, cy, rx, ry = (number(value.get(k), f"{where}.value.{k}") for k in ("x", "y", "radiusX", "radiusY"))
        turn = math.radians(number(value.get("rotation", 0), f"{where}.value.rotation"))
        box = ellipse_box(cx * width, cy * height, rx * width, ry * height, turn)
    elif kind.startswith("polygon"):  # points in percent of the image
        points = get_field(value, "points", f"{where}.value", list)
        if not points or not all(isinstance(pt, list) and len(pt) == 2 for pt in points):
            raise InputError("'points' must be a list of [x, y] pairs", where=f"{where}.value")
        box = box_of_points([number(x, f"{where}.value.points") * width for x, _ in points],
                            [number(y, f"{where}.value.points") * height for _, y in points])
    else:  # in pixels, turned about its top-left corner
        x, y, w, h = (number(value.get(k), f"{where}.value.{k}") for k in ("x", "y", "width", "height"))
        x, y, w, h = x * width, y * height, w * width, h * height
        box = turned_box(x, y, w, h, number(value.get("rotation", 0), f"{where}.value.rotation"), (x, y))
    return labels[0].strip(), list(box)


def _regions(results: list[dict]) -> Iterator[tuple[int, dict]]:
    """Each region of an annotation once, with its index: a shape and the ``labels`` result that
    shares its ``id`` (a separate ``<Labels>`` control) merged into one item, the labels joined
    to the shape's value; a ``labels`` result alone that holds a box or points is that shape."""
    shapes = {item["id"]: item for item in results
              if item.get("id") is not None and item.get("type") in BOX_TYPES}
    labelled = {item.get("id") for item in results if item.get("type") == "labels"}
    for r, item in enumerate(results):
        value = item.get("value")
        if item.get("type") != "labels" or not isinstance(value, dict):
            if item.get("id") not in labelled or item.get("type") not in BOX_TYPES:
                yield r, item  # (a shape with its labels apart is read with them, below)
            continue
        partner = shapes.get(item.get("id"))
        if partner is not None and isinstance(partner.get("value"), dict):
            size = {k: item[k] for k in ("original_width", "original_height") if k in item}
            yield r, {**partner, **size, "value": {**partner["value"], "labels": value.get("labels")}}
        elif "points" in value:
            yield r, {**item, "type": "polygon"}
        elif all(k in value for k in ("x", "y", "width", "height")):
            yield r, {**item, "type": "rectangle"}
        else:
            yield r, item  # a label without a shape: counted as no box


def read_label_studio(src: Path, skips: Skips | None = None, data: object = None) -> Iterator[Record]:
    """One ``Record`` per task of a Label Studio JSON export (``data``: the parsed file)."""
    skips = skips if skips is not None else Skips()
    src = Path(src)
    data = load_json(src) if data is None else data
    if is_label_studio_min(data):
        data = from_json_min(data)
    elif not is_label_studio(data):
        raise InputError("expected a Label Studio JSON export: a list of tasks with 'data' and "
                         "'annotations' (or JSON-MIN's, with 'annotation_id')", where=str(src))
    for t, task in enumerate(data):
        where = f"{src}: {task.get('_where') or f'[{t}]'}"
        image = _image(task, where)
        key = "annotations" if "annotations" in task else "completions"
        done = [a for a in task.get(key) or [] if isinstance(a, dict) and not a.get("was_cancelled")]
        for p, _ in enumerate(task.get("predictions") or []):
            skips.add(PREDICTION, f"{where}.predictions[{p}]")
        for a in range(1, len(done)):
            skips.add(OTHER_ANNOTATION, f"{src}: {done[a]['_where']}" if "_where" in done[a]
                      else f"{where}.{key}[{a}]")
        if not done:
            skips.add(NO_ANNOTATION, f"{where} ({image})")
            continue
        regions, size = [], None
        results = get_field(done[0], "result", f"{where}.{key}[0]", list)
        for r, item in enumerate(results):
            if not isinstance(item, dict):
                raise InputError("a result must be an object", where=f"{where}.{key}[0].result[{r}]")
            size = size or _size(item, f"{where}.{key}[0].result[{r}]")  # one image: one size
        for r, item in _regions(results):
            rwhere = f"{src}: {item['_where']}" if "_where" in item else f"{where}.{key}[0].result[{r}]"
            found = _corners(item, rwhere, skips, size)
            if found is not None and has_area(found[1], rwhere, skips):
                regions.append(Region(found[0], *found[1]))
        width, height = (int(v) for v in size) if size else (None, None)
        yield Record((image,), f"{where}.data", tuple(regions), width, height,
                     relative=size is None and bool(regions))
