"""VGG Image Annotator (VIA) annotations → ``Record``s: 2.x projects, per-image
``via_region_data`` exports (1.x and 2.x, JSON or CSV) and 3.x projects. VIA gives no image sizes.

Regions become their enclosing boxes. The class is the value of one region attribute: the one
named by ``--via-attribute``, or the only one there is. What is no box (points, unlabelled
regions, VIA 3 temporal or whole-file metadata) is counted in the reader's ``Skips``.
"""
from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError

from .records import (MULTI_FILE, NOT_IMAGE, NOT_SPATIAL, POINT, UNLABELLED, VIDEO, Record,
                      Region, Skips, box_of_points, ellipse_box, get_field, has_area, load_json,
                      number)


def _choose_attribute(defined: Iterable[str], found: Iterable[str], attribute: str | None,
                      where: str) -> str | None:
    """The region attribute classes come from: the named one, else the only one there is.

    ``defined`` are the project's attribute names (may be none), ``found`` those regions use.
    ``None`` means no region has any attribute: every region is then skipped as unlabelled.
    """
    defined, found = sorted(set(defined)), sorted(set(found))
    known = defined or found
    if attribute is not None:
        if attribute not in set(defined) | set(found):
            raise InputError(f"no region attribute {attribute!r}; there are {known}", where=where)
        return attribute
    if len(known) > 1:
        raise InputError(f"regions have several attributes {known}; choose the one holding the "
                         f"class with --via-attribute", where=where)
    return known[0] if known else None


def _one_class(value: object, options: dict | None, attribute: str, where: str) -> str | None:
    """One class name from an attribute value; None when empty. Option ids become their labels."""
    if isinstance(value, dict):  # VIA 2 checkbox: {"dragon": true, "lance": false}
        values = [k for k, v in value.items() if v]
    elif isinstance(value, list):
        values = value
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        # VIA 3 stores chosen option ids, several (checkbox) joined by commas
        values = str(value).split(",") if options else [str(value)]
    elif value is None:
        values = []
    else:
        raise InputError(f"attribute {attribute!r} is not a class name: {value!r}", where=where)
    names = []
    for v in (str(v).strip() for v in values):
        if v and options:
            if v in options:
                v = str(options[v]).strip()
            elif v not in map(str, options.values()):
                raise InputError(f"attribute {attribute!r} has value {v!r}, not one of its options "
                                 f"{sorted(map(str, options))}", where=where)
        if v:
            names.append(v)
    if len(names) > 1:
        raise InputError(f"attribute {attribute!r} holds several classes {names}; a box has one",
                         where=where)
    return names[0] if names else None


def _via2_box(shape: object, where: str) -> tuple[float, float, float, float] | None:
    """The enclosing box of a VIA 1/2 shape (rect, polygon, polyline, circle, ellipse); None for a
    point."""
    if not isinstance(shape, dict) or "name" not in shape:
        raise InputError("missing field 'shape_attributes.name'", where=where)
    kind = shape["name"]
    if kind == "point":
        return None
    try:
        if kind == "rect":
            x, y, w, h = (number(shape[k], f"{where}.{k}") for k in ("x", "y", "width", "height"))
            return x, y, x + w, y + h
        if kind in ("polygon", "polyline"):
            xs, ys = shape["all_points_x"], shape["all_points_y"]
            if not (isinstance(xs, list) and isinstance(ys, list) and xs and len(xs) == len(ys)):
                raise InputError(f"{kind} needs all_points_x and all_points_y: lists of one length",
                                 where=where)
            return box_of_points([number(v, f"{where}.all_points_x") for v in xs],
                                  [number(v, f"{where}.all_points_y") for v in ys])
        if kind == "circle":
            cx, cy, r = (number(shape[k], f"{where}.{k}") for k in ("cx", "cy", "r"))
            return cx - r, cy - r, cx + r, cy + r
        if kind == "ellipse":
            cx, cy, rx, ry = (number(shape[k], f"{where}.{k}") for k in ("cx", "cy", "rx", "ry"))
            return ellipse_box(cx, cy, rx, ry, number(shape.get("theta", 0), f"{where}.theta"))
    except KeyError as e:
        raise InputError(f"{kind} shape lacks field {e.args[0]!r}", where=where) from None
    raise InputError(f"unknown shape {kind!r} (VIA has rect, polygon, polyline, circle, ellipse, "
                     f"point)", where=where)


def _regions(regions: object) -> list:
    """A record's regions as a list: VIA 1.x keyed them by "0", "1", …"""
    if isinstance(regions, dict):
        return [regions[k] for k in sorted(regions, key=lambda k: int(k) if k.isdigit() else 0)]
    return regions if isinstance(regions, list) else []


def _add_region(boxes: list, label: str | None, box: tuple[float, float, float, float] | None,
                where: str, skips: Skips) -> None:
    """A region's box joins ``boxes``, or the reason it cannot (no area, no class) is counted."""
    if box is None:
        skips.add(POINT, where)
    elif label is None:
        skips.add(UNLABELLED, where)
    elif has_area(box, where, skips):
        boxes.append(Region(label, *box))


def is_via3(data: object) -> bool:
    """Whether parsed JSON is a VIA 3 project (``file``, ``view`` and ``metadata``)."""
    return isinstance(data, dict) and {"file", "view", "metadata"} <= data.keys()


def is_via2(data: object) -> bool:
    """Whether parsed JSON is a VIA 2 project or a 1.x/2.x export of per-image records."""
    if isinstance(data, dict) and "_via_img_metadata" in data:
        return True
    return (isinstance(data, dict) and bool(data)
            and all(isinstance(r, dict) and "filename" in r and "regions" in r
                    for r in data.values()))


def is_via_csv(src: Path) -> bool:
    """Whether ``src`` is a VIA CSV export: a file whose header names VIA's region columns."""
    src = Path(src)
    if not src.is_file():
        return False
    with open(src, "rb") as f:
        head = f.read(512).removeprefix(b"\xef\xbb\xbf").lstrip(b"#").split(b"\n", 1)[0]
    return b"region_shape_attributes" in head and b"filename" in head


def via_csv_records(src: Path) -> dict:
    """A VIA CSV export as the per-image records of its JSON export (``via_region_data``): one
    row per region, or one row with empty shape for an image without regions. The columns are
    filename, file_size, file_attributes, region_count, region_id, region_shape_attributes and
    region_attributes (1.x writes the header with a leading "#")."""
    src = Path(src)
    try:
        text = src.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text: {e.reason} at byte {e.start}", where=str(src)) from e
    rows = csv.reader(text.splitlines())
    header = [h.strip().lstrip("#") for h in next(rows, [])]
    missing = [c for c in ("filename", "region_shape_attributes", "region_attributes") if c not in header]
    if missing:
        raise InputError(f"a VIA CSV export needs the columns {', '.join(missing)}", where=f"{src}:1")
    records: dict[str, dict] = {}
    try:
        numbered = list(enumerate(rows, 2))
    except csv.Error as e:
        raise InputError(f"malformed CSV: {e}", where=f"{src}:{rows.line_num}") from e
    for line, row in numbered:
        if not any(cell.strip() for cell in row):
            continue
        where = f"{src}:{line}"
        if len(row) != len(header):
            raise InputError(f"expected {len(header)} fields, found {len(row)}", where=where)
        cells = dict(zip(header, row))
        name = cells["filename"]
        rec = records.setdefault(f"{name}{cells.get('file_size', '')}",
                                 {"filename": name, "regions": [], "line": line})
        try:
            shape, attrs = (json.loads(cells[c] or "{}") for c in ("region_shape_attributes",
                                                                    "region_attributes"))
        except json.JSONDecodeError as e:
            raise InputError(f"a region column is not JSON: {e.msg}", where=where) from e
        if shape:  # an image without regions has one row with "{}"
            rec["regions"].append({"shape_attributes": shape, "region_attributes": attrs, "line": line})
    return records


def read_via(src: Path, skips: Skips | None = None, attribute: str | None = None,
             data: object = None) -> Iterator[Record]:
    """VGG Image Annotator JSON: a 3.x project, a 2.x project or a 1.x/2.x ``via_region_data``
    export. The class is the region attribute ``attribute``, or the only one there is.
    ``data`` is the file's content when the caller has already parsed it."""
    skips = skips if skips is not None else Skips()
    src = Path(src)
    data = load_json(src) if data is None else data
    if is_via3(data):
        yield from _read_via3(src, data, attribute, skips)
        return
    defined: dict = {}
    if isinstance(data, dict) and "_via_img_metadata" in data:
        defs = data.get("_via_attributes")
        defined = defs.get("region") if isinstance(defs, dict) else {}
        defined = defined if isinstance(defined, dict) else {}
        data = data["_via_img_metadata"]  # a 2.x project: the same records, wrapped
    if not isinstance(data, dict):
        raise InputError("expected a VIA project or an object of per-image records", where=str(src))
    found = {k for rec in data.values() if isinstance(rec, dict)
             for region in _regions(rec.get("regions")) if isinstance(region, dict)
             and isinstance(region.get("region_attributes"), dict)
             for k in region["region_attributes"]}
    attribute = _choose_attribute(defined, found, attribute, str(src))
    for key, rec in data.items():
        where = f"{src}:{rec['line']}" if isinstance(rec, dict) and "line" in rec else f"{src}: {key}"  # CSV: its line
        name = get_field(rec, "filename", where, str)
        regions = _regions(get_field(rec, "regions", where, (list, dict)))
        boxes: list[Region] = []
        for i, region in enumerate(regions):
            rwhere = (f"{src}:{region['line']}: region" if isinstance(region, dict) and "line" in region
                      else f"{where}: regions[{i}]")
            if not isinstance(region, dict):
                raise InputError("a region must be an object", where=rwhere)
            attrs = region.get("region_attributes") or {}
            if not isinstance(attrs, dict):
                raise InputError("field 'region_attributes' must be an object", where=rwhere)
            box = _via2_box(region.get("shape_attributes"), f"{rwhere}.shape_attributes")
            label = (_one_class(attrs.get(attribute), None, attribute, rwhere) if attribute
                     else None)
            _add_region(boxes, label, box, rwhere, skips)
        yield Record((name,), where, tuple(boxes))


# VIA 3 shape ids (_VIA_RSHAPE in via3's source) → the number of coordinates after the id
_VIA3_SHAPES = {1: ("point", (2,)), 2: ("rectangle", (4,)), 3: ("circle", (3,)),
                4: ("ellipse", (4, 5)), 5: ("line", (4,)), 6: ("polyline", None),
                7: ("polygon", None), 8: ("extreme rectangle", (8,)), 9: ("extreme circle", (6,))}


def _via3_box(xy: object, where: str) -> tuple[float, float, float, float] | None:
    """The enclosing box of a VIA 3 ``xy`` = [shape id, coordinates…]; None for a point."""
    if not isinstance(xy, list):
        raise InputError("field 'xy' must be a list [shape id, coordinates…]", where=where)
    kind, *c = (number(v, f"{where}[{i}]") for i, v in enumerate(xy))
    if kind not in _VIA3_SHAPES:
        raise InputError(f"unknown shape id {xy[0]!r} (VIA 3 has 1 point … 9 extreme circle)",
                         where=where)
    name, counts = _VIA3_SHAPES[int(kind)]
    if (len(c) not in counts) if counts else (len(c) < 4 or len(c) % 2):
        takes = " or ".join(map(str, counts)) if counts else "two or more pairs of"
        raise InputError(f"a {name} takes {takes} coordinates after its id, found {len(c)}",
                         where=where)
    if kind == 1:
        return None
    if kind == 2:
        x, y, w, h = c
        return x, y, x + w, y + h
    if kind == 3:
        cx, cy, r = c
        return cx - r, cy - r, cx + r, cy + r
    if kind == 4:
        return ellipse_box(*c)
    if kind == 9:  # three points on the circle: its centre is where their bisectors meet
        (ax, ay), (bx, by), (qx, qy) = zip(c[::2], c[1::2])
        d = 2 * (ax * (by - qy) + bx * (qy - ay) + qx * (ay - by))
        if d == 0:
            return ax, ay, ax, ay  # points in a line: no circle, no area (reported as such)
        a2, b2, q2 = ax * ax + ay * ay, bx * bx + by * by, qx * qx + qy * qy
        ux = (a2 * (by - qy) + b2 * (qy - ay) + q2 * (ay - by)) / d
        uy = (a2 * (qx - bx) + b2 * (ax - qx) + q2 * (bx - ax)) / d
        r = math.hypot(ax - ux, ay - uy)
        return ux - r, uy - r, ux + r, uy + r
    return box_of_points(c[::2], c[1::2])  # line, polyline, polygon, extreme rectangle


def _via3_names(rec: dict, prefixes: object) -> list[str]:
    """Where a VIA 3 file's image may be: ``fname``, then ``src`` (with its location's prefix)."""
    names = [rec.get("fname")]
    src, loc = rec.get("src"), str(rec.get("loc", ""))
    if isinstance(src, str) and src and not src.startswith("data:"):  # data: inline images
        src = src.removeprefix("file://")
        prefix = prefixes.get(loc) if isinstance(prefixes, dict) else None
        names += [prefix + src] if isinstance(prefix, str) and prefix else []
        names.append(src)
    return [n for n in names if isinstance(n, str) and n]


def _read_via3(src: Path, data: dict, attribute: str | None,
               skips: Skips) -> Iterator[Record]:
    """A VIA 3 project. Assumed layout (via3's ``_via_data``): ``file`` {fid: {fname, type (2
    image, 4 video, 8 audio), loc, src}}, ``view`` {vid: {fid_list}}, ``metadata`` {mid: {vid, z,
    xy, av}}, ``attribute`` {aid: {aname, anchor_id, type, options}}; region classes are ``av``
    values, option ids mapped to their labels. Metadata with an empty ``xy`` (a whole-file or
    temporal segment), or with a time ``z`` (a video frame), is not an image box: skipped."""
    files = get_field(data, "file", str(src), dict)
    views = get_field(data, "view", str(src), dict)
    metadata = get_field(data, "metadata", str(src), dict)
    defs = data.get("attribute") or {}
    if not isinstance(defs, dict) or not all(isinstance(a, dict) for a in defs.values()):
        raise InputError("field 'attribute' must map attribute ids to objects", where=str(src))
    # attributes anchored to a whole file or segment (anchor_id …_XY0) cannot name a region
    spatial = {aid: a for aid, a in defs.items() if not str(a.get("anchor_id", "")).endswith("XY0")}
    by_name = {str(a.get("aname", aid)): aid for aid, a in spatial.items()}
    if attribute is not None and attribute not in by_name and attribute in spatial:
        attribute = str(spatial[attribute].get("aname", attribute))  # given by id
    used = {k for m in metadata.values() if isinstance(m, dict) and m.get("xy")
            for k in (m.get("av") or {})} if not defs else set()
    chosen = _choose_attribute(by_name, used, attribute, f"{src}: attribute")
    aid = by_name.get(chosen, chosen) if chosen is not None else None
    options = spatial[aid].get("options") if aid in spatial else None
    options = {str(k): v for k, v in options.items()} if isinstance(options, dict) else None

    config = data.get("config")
    config = config.get("file") if isinstance(config, dict) else None
    prefixes = config.get("loc_prefix") if isinstance(config, dict) else None

    per_view: dict[str, list] = {}
    for mid, m in metadata.items():
        where = f"{src}: metadata[{mid!r}]"
        vid = str(get_field(m, "vid", where, (str, int)))
        if vid not in views:
            raise InputError(f"vid {vid!r} is not among the views", where=where)
        xy, z = m.get("xy") or [], m.get("z") or []
        if not isinstance(z, list):
            raise InputError("field 'z' must be a list of times", where=where)
        if not xy:
            skips.add(NOT_SPATIAL, where)
            continue
        box = _via3_box(xy, f"{where}.xy")
        av = m.get("av") or {}
        if not isinstance(av, dict):
            raise InputError("field 'av' must map attribute ids to values", where=where)
        label = _one_class(av.get(aid), options, str(chosen), f"{where}.av") if aid else None
        per_view.setdefault(vid, []).append((where, z, box, label))

    for vid in _view_order(data, views):
        fids = get_field(views[vid], "fid_list", f"{src}: view[{vid!r}]", list)
        regions = per_view.get(vid, [])
        if len(fids) != 1:
            for where, *_ in regions:
                skips.add(MULTI_FILE, where)
            continue
        fwhere = f"{src}: file[{str(fids[0])!r}]"
        rec = files.get(str(fids[0]))
        if not isinstance(rec, dict):
            raise InputError(f"view {vid!r} names a file id not among the files", where=fwhere)
        if rec.get("type") in (4, 8):
            skips.add(NOT_IMAGE, f"{fwhere} ({rec.get('fname')})")
            continue
        names = _via3_names(rec, prefixes)
        if not names:
            raise InputError("a file needs a 'fname' or a 'src' that is not inline data",
                             where=fwhere)
        boxes: list[Region] = []
        for where, z, box, label in regions:
            if z:
                skips.add(VIDEO, where)
            else:
                _add_region(boxes, label, box, where, skips)
        yield Record(tuple(names), fwhere, tuple(boxes))


def _view_order(data: dict, views: dict) -> list[str]:
    """Views in the project's own order (``project.vid_list``), then any it leaves out."""
    project = data.get("project")
    listed = project.get("vid_list") if isinstance(project, dict) else None
    order = [str(v) for v in listed if str(v) in views] if isinstance(listed, list) else []
    return list(dict.fromkeys(order + list(views)))
