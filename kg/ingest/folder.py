"""A folder of images as a collection: an artwork per image file, whatever folder it lies in.

- **identifier**: the file's path in the folder without its extension, with ``/`` between
  folders (``italy/San_Giorgio.jpg`` → ``italy/San_Giorgio``: identifiers may hold slashes);
- **title**: the file's name without its extension, ``_`` and ``-`` read as spaces
  (``San Giorgio``), in Unicode's composed form (a Mac writes "Gemälde" with a combining accent);
- **image**: the file's path in the folder, which is the folder its images are read from.

Hidden files and folders (``.thumbnails/``, the ``._NAME.jpg`` a Mac leaves on other disks) are
no artworks.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from vision.records import IMAGE_SUFFIXES  # the image files that are artworks, in any case

from ..errors import InputError
from ..model import Artwork
from .checks import checked


def _title(stem: str) -> str:
    stem = unicodedata.normalize("NFC", stem)
    return " ".join(re.sub(r"[_-]+", " ", stem).split()) or stem


def read_folder(folder: Path) -> list[Artwork]:
    """Every image file under ``folder``, in path order, as an artwork."""
    folder = Path(folder)
    files = sorted((p.relative_to(folder) for p in folder.rglob("*")
                    if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()),
                   key=lambda p: p.as_posix())
    files = [p for p in files if not any(part.startswith(".") for part in p.parts)]
    if not files:
        raise InputError(f"no images ({' '.join(IMAGE_SUFFIXES)}) in this folder or its "
                         "folders", where=str(folder))
    artworks: list[Artwork] = []
    seen: dict[str, str] = {}
    for rel in files:
        name, where = rel.as_posix(), str(folder / rel)
        art = checked(Artwork(identifier=rel.with_suffix("").as_posix(), title=_title(rel.stem),
                              image=name, source=name), where)
        if art.identifier in seen:
            raise InputError(f"two images make the identifier {art.identifier!r}: "
                             f"{seen[art.identifier]} and {name} (rename one)", where=where)
        seen[art.identifier] = name
        artworks.append(art)
    return artworks
