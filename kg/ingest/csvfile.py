"""CSV metadata: one row per artwork.

Columns (header names, any order): ``identifier`` and ``title`` are required; ``creator``,
``date``, ``institution``, ``inventory_number``, ``image``, ``description``, ``language`` (the
BCP 47 tag of the row's title and description: ``it``, ``pt-BR``, ``nl``), ``description_language``
(the description's, where it is in another language than the title) and ``rights`` (the IRI
of the image's rights statement, e.g. ``http://creativecommons.org/publicdomain/mark/1.0/``) and
``subject`` (the collection's subject terms, separated by ``|`` or ``;``: words, Iconclass
notations such as ``11H(GEORGE)`` or concept IRIs) are optional.
Unknown columns are an error rather than silently ignored, so a typo in a header is noticed.
Fields are separated by commas, semicolons (what spreadsheets write in many European locales)
or tabs: the separator is the one that splits the header into known column names, or the one an
Excel ``sep=;`` first line names. Columns without a name (the empty columns a spreadsheet export
can trail) are ignored while their cells are empty.

An identifier is kept as the collection writes it (``SK-A-1505``, ``inv. 1234``, ``1881,0709.3``,
``KdZ 5025/1``, ``Gemälde 1``): minted IRIs percent-encode it, so only control characters
(line breaks, tabs) are refused.
"""
from __future__ import annotations

import csv
import io
from dataclasses import fields
from pathlib import Path

from ..errors import InputError
from ..model import Artwork
from .checks import checked

REQUIRED = ("identifier", "title")
#: The columns: every field but where a record came from, and the IRI an RDF record has itself.
COLUMNS = tuple(f.name for f in fields(Artwork) if f.name not in ("source", "same_as"))


#: Field separators recognised, the first winning a tie.
DELIMITERS = (",", ";", "\t")


def _delimiter(header: str) -> str:
    """The separator that splits ``header`` into the most known column names."""
    def known(sep: str) -> int:
        return sum(h.strip().strip('"').lower() in COLUMNS for h in header.split(sep))

    return max(DELIMITERS, key=known)  # max keeps the first of equals


def read_csv(path: Path, *, other_columns: bool = False) -> list[Artwork]:
    """Every row as an Artwork; the first bad row stops the read with its line number. A column
    this does not know is an error (a misspelt ``titel`` would be lost), unless ``other_columns``
    (a museum's export with columns of its own: they are left out)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise InputError("metadata file not found", where=str(path)) from e
    except UnicodeDecodeError as e:
        line = e.object[:e.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text: {e.reason} at byte {e.start} (save it as UTF-8; "
                         "in Excel: 'CSV UTF-8')", where=f"{path}:{line}") from e
    except IsADirectoryError as e:
        raise InputError("expected a metadata file (CSV, or IIIF JSON), found a folder",
                         where=str(path)) from e
    # lines end at \n, \r or \r\n only, as CSV's do: not at the other breaks str.splitlines
    # knows (U+2028, U+0085, a form feed…), which a title may hold
    lines = io.StringIO(text, newline="").readlines()
    skipped = 0  # lines before the header: blank ones, then Excel's "sep=;"
    while skipped < len(lines) and not lines[skipped].strip():
        skipped += 1
    first = lines[skipped].rstrip("\r\n ").strip('"') if skipped < len(lines) else ""
    if len(first) == 5 and first.lower().startswith("sep="):
        delimiter, skipped = first[4], skipped + 1
    else:
        delimiter = _delimiter(first)
    reader = csv.reader(lines[skipped:], delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("empty file: expected a header row", where=str(path)) from None
    at_header = f"{path}:{1 + skipped}"
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown and not other_columns:
        raise InputError(f"unknown column(s) {', '.join(map(repr, unknown))}; known: "
                         f"{', '.join(COLUMNS)} (--other-columns leaves columns of your own out)",
                         where=at_header)
    if twice := sorted({h for h in header if h and header.count(h) > 1}):
        raise InputError(f"column(s) {', '.join(map(repr, twice))} named twice", where=at_header)
    for col in REQUIRED:
        if col not in header:
            raise InputError(f"missing required column {col!r}", where=at_header)
    artworks: list[Artwork] = []
    seen: dict[str, int] = {}
    try:
        end = reader.line_num + skipped  # the file's last line read
        for row in reader:  # a quoted field may span lines: a record is named by its first
            line, end = end + 1, reader.line_num + skipped
            if not any(cell.strip() for cell in row):
                continue
            where = f"{path}:{line}"
            if len(row) != len(header):
                raise InputError(f"expected {len(header)} fields, found {len(row)}", where=where)
            if nameless := [i + 1 for i, (h, v) in enumerate(zip(header, row)) if not h and v.strip()]:
                raise InputError(f"a value in column {nameless[0]}, which has no name in the header",
                                 where=where)
            values = {h: v.strip() for h, v in zip(header, row) if h in COLUMNS}
            for col in REQUIRED:
                if not values[col]:
                    raise InputError(f"empty {col!r}", where=where)
            art = checked(Artwork(**values, source=f"{path.name}:{line}"), where)
            if art.identifier in seen:
                raise InputError(f"duplicate identifier {art.identifier!r} (first on line "
                                 f"{seen[art.identifier]})", where=where)
            seen[art.identifier] = line
            artworks.append(art)
    except csv.Error as e:
        raise InputError(f"malformed CSV: {e}", where=f"{path}:{reader.line_num + skipped}") from e
    if not artworks:
        raise InputError("no artworks: the file has a header but no rows", where=str(path))
    return artworks
