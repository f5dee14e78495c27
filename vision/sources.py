"""What ``kg vision detect`` runs over: an image, a folder of images, a CSV list or a IIIF manifest.

Each source becomes ``Artwork`` records (identifier + image), the same records the enrichment
pipeline uses, so one detector serves both. Images given as http(s) URLs (IIIF manifests name
them so) are fetched by the detector, once each, into its cache folder (``fetch``).
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import urllib.request
from pathlib import Path

from kg.errors import InputError
from kg.model import Artwork

from .records import IMAGE_SUFFIXES

#: Seconds to wait for one image download before reporting it and moving on.
FETCH_TIMEOUT = 60


def _ident(text: str) -> str:
    """A file-name-safe identifier from a path or URL, stable across runs."""
    return re.sub(r"[^A-Za-z0-9._~-]+", "_", text).strip("_") or "image"


def _manifest_images(path: Path) -> list[Artwork]:
    """Each canvas's image of a IIIF Presentation 2 or 3 manifest, in canvas order; of each
    embedded manifest of a collection, in turn (a merely referenced manifest has none)."""
    from kg.ingest import iiif

    out: list[Artwork] = []
    for n, (manifest, inside) in enumerate(iiif.manifests(iiif.load(path), str(path)), 1):
        where, prefix = (f"{path}: manifest {n}", f"m{n}-") if inside else (str(path), "")
        language, title = iiif.first_text(manifest.get("label"))
        out += [Artwork(identifier=prefix + _ident(Path(canvas.rstrip("/")).name or str(i)) + f"-{i}",
                        title=title, image=url, language=language,
                        source=f"{path.name}:{prefix}canvas {i}")
                for i, (canvas, url) in enumerate(iiif.canvas_images(manifest, where))]
    if not out:
        raise InputError("no canvas with an image in this manifest or collection", where=str(path))
    return out


def list_sources(source: Path) -> tuple[list[Artwork], Path]:
    """The artworks to detect in, and the folder their relative image paths start from."""
    source = Path(source)
    if source.is_dir():  # as `kg enrich FOLDER` reads it: the same identifiers
        from kg.ingest.folder import read_folder

        return read_folder(source), source
    if not source.is_file():
        raise InputError("no such image, folder, CSV or manifest", where=str(source))
    suffix = source.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return [Artwork(identifier=_ident(source.stem), title=source.name, image=source.name)], \
            source.parent
    from kg.ingest import READERS, read_collection

    if suffix == ".json":  # every canvas of a manifest (enrich takes one artwork per manifest)
        return _manifest_images(source), source.parent
    if suffix in READERS:
        return read_collection(source), source.parent
    raise InputError(f"unknown source type {suffix!r}: give an image, a folder, a CSV "
                     f"({', '.join(READERS)}) or a IIIF manifest (.json)", where=str(source))


def fetch(url: str, cache: Path) -> Path:
    """The image at ``url``, downloaded into ``cache`` once (a file named by the URL's hash); an
    InputError naming the URL where it cannot be had. Safe from several threads: a download is
    written aside and moved into place whole."""
    suffix = Path(url.split("?")[0]).suffix.lower()
    local = Path(cache) / (hashlib.sha1(url.encode()).hexdigest()[:16]
                           + (suffix if suffix in IMAGE_SUFFIXES else ".jpg"))
    if local.is_file():
        return local.resolve()
    local.parent.mkdir(parents=True, exist_ok=True)
    part = local.with_name(f"{local.name}.{os.getpid()}-{threading.get_ident()}.part")
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as r:
            part.write_bytes(r.read())
        os.replace(part, local)
    except (OSError, ValueError) as e:
        part.unlink(missing_ok=True)
        raise InputError(f"image download failed: {e}", where=url) from e
    return local.resolve()
