"""Where an annotation's image file is: by the path the annotation gives, else by its file name
under the image folders, as enrichment matches names (``image_key``, ``original_names``)."""
from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote

from kg.errors import InputError

from .annotations import image_key, original_names
from .records import IMAGE_SUFFIXES

#: What the finder looks at when it searches the image folders by file name, in the order a
#: file is looked for by its stem.
FINDABLE_SUFFIXES = (*IMAGE_SUFFIXES, ".jfif", ".jpe", ".gif")
FINDABLE = frozenset(FINDABLE_SUFFIXES)


class ImageFinder:
    """Finds an annotation's image file: by its path (beside the annotation file where the format
    says so, else under an image root), else by its file name under the roots, as ``image_key``
    compares names (any case, either Unicode form), then by the name it had before an export
    tool renamed it (``original_names``). A name that several files answer to is an error that
    names them, unless the folders the annotation gives single one out."""

    def __init__(self, roots: Sequence[Path], exclude: Path | None = None) -> None:
        self.roots = list(dict.fromkeys(Path(r) for r in roots))
        self.exclude = Path(os.path.abspath(exclude)) if exclude is not None else None
        self._by_key: dict[str, list[Path]] | None = None
        self._by_original: dict[str, list[Path]] = {}

    def _index(self) -> dict[str, list[Path]]:
        if self._by_key is None:  # built only when a direct path misses (VOC folders vary)
            self._by_key, seen = {}, set()
            for root in self.roots:
                for p in sorted(root.rglob("*")):
                    if p.suffix.lower() not in FINDABLE or not p.is_file():
                        continue
                    if self.exclude is not None and self.exclude in Path(os.path.abspath(p)).parents:
                        continue  # a former conversion's output: never its own source
                    if (real := p.resolve()) in seen:
                        continue
                    seen.add(real)
                    self._by_key.setdefault(image_key(p.name), []).append(p)
                    for original in original_names(p.name):
                        self._by_original.setdefault(original, []).append(p)
        return self._by_key

    def find(self, names: str | Sequence[str], where: str, folder: Path | None = None) -> Path:
        """The first of ``names`` found: as a path under ``folder``, then under a root, else by
        its file name."""
        names = [names] if isinstance(names, str) else [n for n in names if n]
        for name in names:
            for relative in _spellings(name):
                for base in ([folder] if folder is not None else []) + self.roots:
                    if (base / relative).is_file():
                        return base / relative
        index = self._index()
        for name in names:
            keys = [image_key(name), *original_names(name)]
            for table in (index, self._by_original):
                found = list(dict.fromkeys(p for key in keys for p in table.get(key, [])))
                if found:
                    return _one(found, name, where)
        tried = f" (also tried {', '.join(map(repr, names[1:]))})" if len(names) > 1 else ""
        raise InputError(f"image {names[0] if names else ''!r} not found under "
                         f"{', '.join(map(str, self.roots))}{tried}", where=where)


def _spellings(name: str) -> list[str]:
    """The relative paths a name in an annotation file may mean: as written (``/`` for ``\\``),
    a Label Studio local file's ``?d=`` path, with percent-escapes decoded."""
    name = name.replace("\\", "/")
    out = [name]
    if "?" in name and ("://" in name or name.startswith("/")):
        out += parse_qs(name.partition("?")[2]).get("d", [])
    out += [unquote(n) for n in out if unquote(n) != n]
    return out


def _one(found: list[Path], name: str, where: str) -> Path:
    """The one of ``found`` (files answering to ``name``) that ``name`` means: the one whose
    folders end as the name's do, else the one of exactly that name; otherwise an error."""
    def tail(parts: Sequence[str]) -> list[str]:
        return [unicodedata.normalize("NFC", p).casefold() for p in reversed(parts)]

    want = tail(PurePosixPath(name.replace("\\", "/")).parts)
    def shared(p: Path) -> int:
        n = 0
        for a, b in zip(want, tail(p.parts)):
            if a != b:
                break
            n += 1
        return n

    best = max(map(shared, found))
    found = [p for p in found if shared(p) == best]
    if len(found) > 1:
        base = PurePosixPath(name.replace("\\", "/")).name
        found = [p for p in found if p.name == base] or found
    if len(found) == 1:
        return found[0]
    listed = ", ".join(map(str, found[:5])) + (", …" if len(found) > 5 else "")
    raise InputError(f"image {name!r} is ambiguous: {len(found)} files answer to it ({listed}); "
                     "give the image folder with --images, or paths in the annotations",
                     where=where)
