"""Pascal VOC annotations (one XML file per image, as DEArt ships them) → ``Record``s."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

from .records import DIFFICULT, IMAGE_SUFFIXES, Record, Region, Skips, has_area, number, parse_xml

#: VOC's person layout: a <part> (head, hand, foot) boxed inside its <object>.
PART = "VOC part of an object (<part> inside <object>)"


def voc_files(src: Path, *, missing_ok: bool = False) -> list[Path]:
    """The ``.xml`` files of a VOC folder (searched below it; ``.XML`` too), or the one file given."""
    src = Path(src)
    if not src.exists():
        raise InputError("annotation file or folder not found", where=str(src))
    files = sorted(p for p in src.rglob("*") if p.suffix.lower() == ".xml" and p.is_file()) \
        if src.is_dir() else [src]
    if not files and not missing_ok:
        raise InputError("no annotation files found in this folder (VOC .xml, LabelMe .json, or a "
                         "YOLO dataset with data.yaml, classes.txt or labels/)", where=str(src))
    return files


def _voc_names(root: ET.Element, xml: Path) -> tuple[str, ...]:
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
    return tuple(names + [xml.stem + s for s in IMAGE_SUFFIXES])


def read_voc(src: Path, skips: Skips | None = None) -> Iterator[Record]:
    """Pascal VOC: a folder of ``.xml`` files (``Annotations/``), or one such file.

    The size comes from ``<size>`` (None where an export wrote 0). ``<difficult>1</difficult>``
    boxes are kept (and counted): in paintings they are real, if hard, objects, and leaving them
    out would teach a model they are background. ultralytics' ``VOC.yaml`` drops them.
    An object's ``<part>`` boxes (VOC's person layout) are counted, not read.
    """
    skips = skips if skips is not None else Skips()
    for xml in voc_files(src):
        root = parse_xml(xml)
        if root.tag.startswith("{"):  # a namespace declared by the exporting tool: VOC has none
            for element in root.iter():
                element.tag = element.tag.rsplit("}", 1)[-1]
        if root.tag != "annotation":
            raise InputError(f"root element is <{root.tag}>, expected <annotation>", where=str(xml))
        width, height = (int(number(el.text, f"{xml}: <size><{k}>")) if el is not None else 0
                         for k, el in (("width", root.find("size/width")),
                                       ("height", root.find("size/height"))))
        regions = []
        for i, obj in enumerate(root.findall("object")):
            where = f"{xml}: <object> #{i + 1}"
            label = (obj.findtext("name") or "").strip()
            if not label:
                raise InputError("missing <name>", where=where)
            if obj.find("bndbox") is None:
                raise InputError("missing <bndbox>", where=where)
            coords = [number(obj.findtext(f"bndbox/{k}"), f"{where} <bndbox><{k}>")
                      for k in ("xmin", "ymin", "xmax", "ymax")]
            if has_area(coords, where, skips):
                regions.append(Region(label, *coords))
                if (obj.findtext("difficult") or "").strip() == "1":
                    skips.kept[DIFFICULT] += 1
            for j, part in enumerate(obj.findall("part")):
                skips.add(PART, f"{where} <part> #{j + 1} ({(part.findtext('name') or '').strip()})")
        known = width > 0 and height > 0  # some exports write 0: the image itself knows
        yield Record(_voc_names(root, xml), f"{xml}: <filename>", tuple(regions),
                     width if known else None, height if known else None)
