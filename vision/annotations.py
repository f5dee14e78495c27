"""Object annotations made by people: which format a file is in, and the detections it gives.

One set of readers serves enrichment and dataset conversion: COCO JSON (``coco.py``), Pascal VOC
XML, one file or a folder of them (``voc.py``), VGG Image Annotator JSON, 2.x projects,
``via_region_data`` exports and 3.x projects (``via.py``), Label Studio exports
(``labelstudio.py``), LabelMe files (``labelme.py``), CVAT XML (``cvat.py``) and YOLO datasets
(``yolo.py``). Each yields
``Record``s (``records.py``) without decoding an image (YOLO, which keeps no pixel sizes, reads
its images' headers). Human annotations travel the same road as model
detections: they become ``Detection`` objects (confidence 1.0 unless the file gives a ``score``)
and are written by the same writer.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote

from kg.errors import InputError
from kg.model import Box, Detection

from .coco import read_coco
from .createml import is_createml, read_createml
from .cvat import is_cvat, read_cvat
from .labelme import is_labelme, read_labelme
from .labelstudio import is_label_studio, is_label_studio_min, read_label_studio
from .records import Record, Skips, load_json, parse_xml
from .via import is_via2, is_via3, is_via_csv, read_via, via_csv_records
from .voc import read_voc, voc_files
from .yolo import is_yolo, read_yolo

FORMATS = ("voc", "coco", "via", "yolo", "labelstudio", "labelme", "cvat", "createml")


def detection_key(label: str, box: Box) -> str:
    """A stable id for a detection: the same label and box give the same key on every run."""
    text = f"{label}|{box.x:.0f},{box.y:.0f},{box.w:.0f},{box.h:.0f}"
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def make_detection(artwork: str, label: str, box: Box, confidence: float) -> Detection:
    return Detection(artwork=artwork, label=label, box=box, confidence=confidence,
                     key=detection_key(label, box))


def image_key(name: str) -> str:
    """Annotations and metadata meet on the image's file name, without folders, in one Unicode
    form and case (``Saint-George.JPG`` is ``saint-george.jpg``; a name typed on a Mac, in NFD,
    is the NFC one). A URL's query is left out, unless it names the file: Label Studio serves
    local files as ``/data/local-files/?d=FOLDER/NAME``."""
    name = name.replace("\\", "/")
    if "?" in name and ("://" in name or name.startswith("/")):
        path, _, query = name.partition("?")
        name = parse_qs(query).get("d", [path])[0]
    return unicodedata.normalize("NFC", PurePosixPath(name).name).casefold()


#: Roboflow exports rename ``NAME.jpg`` to ``NAME_jpg.rf.<32 hex digits>.jpg``.
_ROBOFLOW = re.compile(r"^(?P<stem>.+)_(?P<ext>[A-Za-z0-9]{2,5})\.rf\.[0-9a-f]{32}\.[A-Za-z0-9]{2,5}$")
#: Label Studio stores an uploaded ``NAME.jpg`` as ``/data/upload/PROJECT/<8 hex digits>-NAME.jpg``.
_UPLOADED = re.compile(r"^[0-9a-f]{8}-(?P<name>.+)$")


def roboflow_original(name: str) -> str | None:
    """The name ``NAME.jpg`` that a Roboflow export renamed ``NAME_jpg.rf.HASH.jpg`` (each of
    its augmented copies too), as ``image_key`` gives it; None for any other name."""
    found = _ROBOFLOW.match(image_key(name))
    return f"{found['stem']}.{found['ext']}" if found else None


def original_names(name: str) -> list[str]:
    """The file names an image was known by before an export tool renamed it: for a Roboflow
    export's ``NAME_jpg.rf.HASH.jpg``, ``NAME.jpg``; for a file uploaded to Label Studio,
    ``…/upload/…/1a2b3c4d-NAME.jpg``, ``NAME.jpg``; a URL's percent-escapes decoded. Each as
    ``image_key`` gives it."""
    key = image_key(name)
    out = [unquote(key)] if unquote(key) != key else []
    if (original := roboflow_original(name)):
        out.append(original)
    if "/upload/" in name.replace("\\", "/") and (found := _UPLOADED.match(unquote(key))):
        out.append(found["name"])
    return out


def is_voc(src: Path) -> bool:
    """Whether ``src`` is Pascal VOC: a folder, or a file that starts (after a byte-order mark
    and white space) with ``<``."""
    src = Path(src)
    if src.is_dir():
        return True
    try:
        with open(src, "rb") as f:
            head = f.read(512)
    except FileNotFoundError as e:
        raise InputError("annotation file not found", where=str(src)) from e
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def read_annotations(src: Path, fmt: str | None = None, *, skips: Skips | None = None,
                     attribute: str | None = None) -> Iterator[Record]:
    """The ``Record``s of an annotation file or VOC folder in format ``fmt``, or in the format its
    content shows when ``fmt`` is None: a YAML file, or a folder with a dataset YAML, a ``labels``
    folder or class names file, is YOLO; another folder or XML is VOC; JSON with ``images``,
    ``categories`` or ``annotations`` is COCO; a VIA 3 project, a VIA 2 project, per-image records
    or a CSV with VIA's region columns is VIA;
    a list of tasks with ``data`` and annotations is Label Studio; ``shapes`` and ``imagePath``
    (a file, or a folder of such files and no XML) is LabelMe; XML whose root is
    ``<annotations>`` is CVAT; a list of images with ``annotations`` is Create ML.
    ``attribute`` is the VIA region attribute holding the class (default: the only one)."""
    src = Path(src)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown annotation format {fmt!r}; known: {', '.join(FORMATS)}")
    if not src.exists():
        raise InputError("annotation file or folder not found", where=str(src))
    if fmt == "yolo" or (fmt is None and is_yolo(src)):
        return read_yolo(src, skips)
    if fmt == "labelme" or (fmt is None and src.is_dir() and not voc_files(src, missing_ok=True)
                            and any(src.rglob("*.json"))):
        return read_labelme(src, skips)
    if fmt == "cvat" or (fmt is None and src.is_file() and is_voc(src)):
        root = parse_xml(src)  # one XML file: CVAT's <annotations>, or VOC's <annotation>
        if fmt == "cvat" or is_cvat(root):
            return read_cvat(src, root, skips)
    if fmt == "voc" or (fmt is None and is_voc(src)):
        return read_voc(src, skips)
    if fmt in (None, "via") and is_via_csv(src):
        return read_via(src, skips, attribute, via_csv_records(src))
    data = load_json(src)  # parsed once, here, for the check and the reader
    if fmt is None:
        if isinstance(data, dict) and data.keys() & {"images", "categories", "annotations"}:
            fmt = "coco"
        elif is_via3(data) or is_via2(data):
            fmt = "via"
        elif is_label_studio(data) or is_label_studio_min(data):
            fmt = "labelstudio"
        elif is_labelme(data):
            fmt = "labelme"
        elif is_createml(data):
            fmt = "createml"
        elif isinstance(data, list) and data and all(
                isinstance(d, dict) and {"image_id", "category_id", "bbox"} <= d.keys() for d in data):
            raise InputError("COCO detection results (a list of image_id, category_id, bbox) name "
                             "neither files nor classes: give the dataset's COCO file, with its "
                             "images and categories", where=str(src))
        else:
            raise InputError("not an annotation file this reads: expected COCO JSON (images, "
                             "categories, annotations), VGG Image Annotator JSON (a 3.x or 2.x "
                             "project, or via_region_data), a Label Studio JSON export, LabelMe "
                             "JSON, Create ML JSON, Pascal VOC XML or a YOLO dataset", where=str(src))
    if fmt == "coco":
        return read_coco(src, skips, data)
    if fmt == "labelstudio":
        return read_label_studio(src, skips, data)
    if fmt == "labelme":
        return read_labelme(src, skips, data)
    if fmt == "createml":
        return read_createml(src, skips, data)
    return read_via(src, skips, attribute, data)
