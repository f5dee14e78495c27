"""Serialising query results with a row cap, streamed in chunks.

pyoxigraph serialises a whole result at once and cannot stop after N rows. SELECT results are
therefore written first as TSV by Oxigraph, where each solution is one line (terms never hold a
raw newline), so that the cap is a count of lines and the writer is stopped past it; Oxigraph
then reads the lines back and writes the requested format (JSON, XML; TSV is kept as it is; CSV
is written here, as Oxigraph leaves a comma in an IRI unquoted). Every other format is thus
Oxigraph's own writer, and this costs no more than writing the terms in
Python did (a little less on the benchmark's queries). Graphs go through ``pyoxigraph.serialize``
over a capped iterator. Both yield bytes in chunks; what does not fit in memory (``SPOOL`` bytes)
waits in a temporary file, so a large result is never held whole.
"""
from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

CHUNK = 64 * 1024
SPOOL = 1 << 20  # bytes of a result kept in memory; past this it is spooled to a temporary file


class Capped:
    """An iterator that stops after ``cap`` items and remembers whether more were left."""

    def __init__(self, items: Iterable, cap: int | None) -> None:
        self._items = iter(items)
        self.cap = cap
        self.truncated = False

    def __iter__(self) -> Iterator:
        if self.cap is None:
            yield from self._items
            return
        yield from itertools.islice(self._items, self.cap)  # counted in C: this runs per row
        self.truncated = next(self._items, None) is not None


class _Full(Exception):
    """Raised into Oxigraph's writer to stop it once the cap is reached."""


class _Lines:
    """Where Oxigraph writes a result as TSV: the header line and at most ``cap`` solution lines."""

    def __init__(self, cap: int | None) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=SPOOL)
        self.left = None if cap is None else cap + 1  # lines still wanted, the header's included
        self.truncated = False

    def write(self, data) -> int:
        data = bytes(data)
        if self.left is None:
            return self.file.write(data)
        count = data.count(b"\n")
        if count < self.left:
            self.left -= count
            return self.file.write(data)
        end = -1
        for _ in range(self.left):  # the end of the last line wanted
            end = data.index(b"\n", end + 1)
        self.file.write(data[:end + 1])
        self.left = 0
        if end + 1 < len(data):  # the start of one more solution: the result goes past the cap
            self.truncated = True
            raise _Full
        return len(data)

    def flush(self) -> None:
        pass


def _read(file) -> Iterator[bytes]:
    file.seek(0)
    while chunk := file.read(CHUNK):
        yield chunk


def solutions(fmt: ox.QueryResultsFormat, result: ox.QuerySolutions,
              cap: int | None) -> tuple[_Lines, Iterator[bytes]]:
    """A SELECT result as byte chunks of ``fmt``, stopping after ``cap`` rows."""
    lines = _Lines(cap)

    def chunks() -> Iterator[bytes]:
        with lines.file:
            try:
                result.serialize(lines, format=ox.QueryResultsFormat.TSV)
            except _Full:  # pyoxigraph hands on what the writer raised
                pass
            if fmt == ox.QueryResultsFormat.TSV:
                yield from _read(lines.file)
                return
            lines.file.seek(0)
            with tempfile.SpooledTemporaryFile(max_size=SPOOL) as out:
                rows = ox.parse_query_results(lines.file, format=ox.QueryResultsFormat.TSV)
                if fmt == ox.QueryResultsFormat.CSV:
                    _csv(rows, out)
                else:
                    rows.serialize(out, format=fmt)
                yield from _read(out)

    return lines, chunks()


def _csv(rows: ox.QuerySolutions, out) -> None:
    """SPARQL 1.1 CSV: a field with a comma, quote or line break quoted, IRIs included (pyoxigraph
    0.5 left IRIs bare, so an Iconclass IRI such as ``…/83(OVID,%20Metamorphoses…)`` split its row)."""
    import csv
    import io

    buffer = io.StringIO()  # a row at a time: a spooled file takes no text wrapper on Python 3.10
    writer = csv.writer(buffer, lineterminator="\r\n")
    names = [v.value for v in rows.variables]
    for values in itertools.chain([names], ([_csv_text(row[n]) for n in names] for row in rows)):
        writer.writerow(values)
        out.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()


def _csv_text(term) -> str:
    """A term as SPARQL CSV writes it: IRI and literal as their text, a blank node as ``_:id``, a
    triple term as its N-Triples terms, an unbound variable empty."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def boolean(fmt: ox.QueryResultsFormat, result: ox.QueryBoolean) -> Iterator[bytes]:
    """An ASK result in ``fmt``."""
    yield result.serialize(format=fmt)


def triples(fmt: ox.RdfFormat, result: Iterable, cap: int | None,
            prefixes: dict[str, str] | None = None) -> tuple[Capped, Iterator[bytes]]:
    """A CONSTRUCT/DESCRIBE result (or any triples) as byte chunks of ``fmt``, capped."""
    capped = Capped(result, cap)

    def chunks() -> Iterator[bytes]:
        # serialise a batch at a time: pyoxigraph has no incremental writer we can pull from
        batch_size = 5000
        it = iter(capped)
        if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
            while batch := list(itertools.islice(it, batch_size)):
                yield ox.serialize(batch, format=fmt)
            return
        with tempfile.SpooledTemporaryFile(max_size=SPOOL) as out:
            ox.serialize(it, out, format=fmt, prefixes=prefixes or None)
            yield from _read(out)

    return capped, chunks()
