"""Where the project's data folders live, in a checkout and in an installed wheel."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``ontologies``, ``queries``): beside the package in a checkout,
    inside it (``kg/_data``) in a wheel."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Iconograph data folder {name!r} is missing from the installation")


def shown(path: Path) -> Path:
    """``path`` as a message names it: relative to the working folder where it lies below it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def sample_dir() -> Path:
    """The bundled sample collection."""
    return _PACKAGE / "samples"
