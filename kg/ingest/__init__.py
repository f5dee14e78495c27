"""Readers of collection metadata, one module per input format."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Artwork
from .csvfile import read_csv
from .edm import SUFFIXES as EDM_SUFFIXES
from .edm import read_edm
from .folder import read_folder
from .iiif import read_iiif

#: Metadata readers by file extension: CSV (or TSV) rows, IIIF manifests and collections,
#: Europeana Data Model records (RDF/XML, Turtle, N-Triples, JSON-LD). A folder is read by
#: ``read_folder``: its images are the collection.
READERS = {".csv": read_csv, ".tsv": read_csv, ".json": read_iiif,
           **dict.fromkeys(EDM_SUFFIXES, read_edm)}


def read_collection(path: Path, *, other_columns: bool = False) -> list[Artwork]:
    """The artworks described by a metadata file, in the format its extension names, or the
    images of a folder; ``other_columns``: a CSV's columns of its own are left out rather than
    refused."""
    path = Path(path)
    if path.is_dir():
        return read_folder(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"unknown metadata format {path.suffix!r}; readable: {', '.join(READERS)}, "
                         "or a folder of images", where=str(path))
    return read_csv(path, other_columns=other_columns) if reader is read_csv else reader(path)
