"""Streaming serialisers for SPARQL results, with a row cap.

pyoxigraph serialises a whole result at once and cannot stop after N rows, so SELECT results are
written here row by row (JSON, XML, CSV, TSV as the W3C result-format specs define them), and
graphs go through ``pyoxigraph.serialize`` over a capped iterator. Both yield bytes in chunks, so
a large result is streamed rather than built in memory.
"""
from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .vocab import RDF, XSD

XSD_STRING = XSD + "string"
RDF_LANG_STRING = RDF + "langString"
# TSV may write numbers bare when their lexical form is valid Turtle for the datatype
_BARE = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
    XSD + "double": re.compile(r"[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+"),
}
CHUNK = 64 * 1024


class Capped:
    """An iterator that stops after ``cap`` items and remembers whether more were left."""

    def __init__(self, items: Iterable, cap: int | None) -> None:
        self._items = iter(items)
        self.cap = cap
        self.count = 0
        self.truncated = False

    def __iter__(self) -> Iterator:
        for item in self._items:
            if self.cap is not None and self.count >= self.cap:
                self.truncated = True
                return
            self.count += 1
            yield item


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>"
            f"{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}</object></triple>")


def _csv_cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, (ox.NamedNode, ox.Literal)):
        text = term.value
    else:
        text = str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language:
        pattern = _BARE.get(term.datatype.value)
        if pattern is not None and pattern.fullmatch(term.value):
            return term.value
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _chunked(pieces: Iterable[str]) -> Iterator[bytes]:
    buffer, size = [], 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()


def _solution_pieces(fmt: ox.QueryResultsFormat, names: list[str], rows: Iterable) -> Iterator[str]:
    if fmt == ox.QueryResultsFormat.JSON:
        yield json.dumps({"head": {"vars": names}})[:-1] + ',"results":{"bindings":['
        for i, row in enumerate(rows):
            binding = {n: _json_term(row[n]) for n in names if row[n] is not None}
            yield ("," if i else "") + json.dumps(binding, ensure_ascii=False)
        yield "]}}"
    elif fmt == ox.QueryResultsFormat.XML:
        yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
        yield "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head><results>"
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(row[n])}</binding>"
                            for n in names if row[n] is not None)
            yield f"<result>{cells}</result>"
        yield "</results></sparql>\n"
    elif fmt == ox.QueryResultsFormat.CSV:
        yield ",".join(names) + "\r\n"
        for row in rows:
            yield ",".join(_csv_cell(row[n]) for n in names) + "\r\n"
    else:  # TSV
        yield "\t".join(f"?{n}" for n in names) + "\n"
        for row in rows:
            yield "\t".join(_tsv_cell(row[n]) for n in names) + "\n"


def solutions(fmt: ox.QueryResultsFormat, result: ox.QuerySolutions, cap: int | None) -> tuple[Capped, Iterator[bytes]]:
    """A SELECT result as byte chunks of ``fmt``, stopping after ``cap`` rows."""
    capped = Capped(result, cap)
    names = [v.value for v in result.variables]
    return capped, _chunked(_solution_pieces(fmt, names, capped))


def boolean(fmt: ox.QueryResultsFormat, result: ox.QueryBoolean) -> Iterator[bytes]:
    """An ASK result in ``fmt``."""
    yield result.serialize(format=fmt)


class _Sink:
    """A file-like object that collects what pyoxigraph writes, so it can be handed on in chunks."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


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
        sink = _Sink()
        ox.serialize(it, sink, format=fmt, prefixes=prefixes or None)
        yield b"".join(sink.parts)

    return capped, chunks()
