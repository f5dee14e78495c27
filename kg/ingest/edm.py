"""Europeana Data Model records as collection metadata: an artwork per ``edm:ProvidedCHO``.

Read as providers deliver EDM to Europeana and as Europeana and its aggregators publish it:
RDF/XML (``.rdf``, ``.xml``), Turtle (``.ttl``), N-Triples (``.nt``) or JSON-LD (``.jsonld``,
its ``@context`` inline: nothing is fetched), and as harvesters save it: an OAI-PMH response
(``oaipmh``: a record's ``rdf:RDF`` each, deleted records counted, the token not followed) or
RDF/XML records concatenated in one file, each record's blank nodes its own. The object's
properties are read from the ProvidedCHO itself and from the ``ore:Proxy`` resources that stand for it (Europeana's own
records put them there: the provider's proxy first, Europeana's); its links from the
``ore:Aggregation`` whose ``edm:aggregatedCHO`` it is; names from the contextual resources
(``edm:Agent``, ``edm:TimeSpan``, ``skos:Concept``, ``foaf:Organization``) that a property
points to.

- **identifier**: ``dc:identifier``, else the CHO IRI's last path segment, decoded
  (``http://data.europeana.eu/item/90402/SK_A_1505`` → ``SK_A_1505``); **same_as**: the CHO's
  http(s) IRI, written as ``owl:sameAs``.
- **title** (``dc:title``), **description** (``dc:description``), **creator** (``dc:creator``: a
  literal, or an Agent's ``skos:prefLabel``): among several languages the untagged value, else
  English, else the smallest language tag; the title's tag is the artwork's ``language``, a
  description in the title's language is preferred, else its own tag is kept.
- **date**: ``dcterms:created``, else ``dc:date``, else ``dcterms:temporal``: a literal, or a
  TimeSpan's ``skos:prefLabel``, else its ``edm:begin``.
- **type**: ``dc:type``, an IRI as is (the first), else a literal as a word.
- **subject**: every ``dc:subject``: an http(s) IRI as itself (an Iconclass IRI becomes its
  concept, as in a CSV), a Concept without one as its ``skos:prefLabel``, a literal as written.
- From the Aggregation: **image** ``edm:isShownBy`` (else ``edm:object``), **page**
  ``edm:isShownAt``, **rights** ``edm:rights``, **institution** ``edm:dataProvider`` (a literal,
  or its resource's ``skos:prefLabel`` / ``foaf:name``).

Triples carry no line, so a record's error names its CHO (and its OAI-PMH record); a syntax error
names the line.
"""
from __future__ import annotations

import io
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pyoxigraph import BlankNode, Literal, NamedNode

from ..errors import InputError
from ..model import Artwork
from ..vocab import DC, DCTERMS, EDM, ORE, RDF, SKOS
from . import oaipmh
from .checks import checked, choose_text, http_iri, http_url

#: The RDF serializations read, by file extension.
SUFFIXES = {".rdf": "RDF_XML", ".xml": "RDF_XML", ".ttl": "TURTLE", ".nt": "N_TRIPLES",
            ".jsonld": "JSON_LD"}
_NAMES = {"RDF_XML": "RDF/XML", "TURTLE": "Turtle", "N_TRIPLES": "N-Triples", "JSON_LD": "JSON-LD"}

FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
_TYPE, _PROXY_FOR, _AGGREGATED = RDF + "type", ORE + "proxyFor", EDM + "aggregatedCHO"
_CHO, _AGGREGATION, _EUROPEANA_PROXY = EDM + "ProvidedCHO", ORE + "Aggregation", EDM + "europeanaProxy"
_LABELS = (SKOS + "prefLabel", FOAF_NAME)
#: The properties read; the others are left out of the index as the file is parsed (memory).
PROPERTIES = frozenset({
    _TYPE, _PROXY_FOR, _AGGREGATED, _EUROPEANA_PROXY, *_LABELS, EDM + "begin",
    DC + "identifier", DC + "title", DC + "description", DC + "creator", DC + "date", DC + "type",
    DC + "subject", DCTERMS + "created", DCTERMS + "temporal",
    EDM + "isShownBy", EDM + "object", EDM + "isShownAt", EDM + "rights", EDM + "dataProvider"})


class _Lines(io.RawIOBase):
    """A file handed to the parser a line at a time, so that where it fails is the line read last
    (the RDF/XML and JSON-LD parsers name no line)."""

    def __init__(self, file) -> None:
        self.file, self.line, self.ended = file, 0, True  # line: the last begun

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.file.readline(len(buffer))
        self.line += bool(data) and self.ended
        self.ended = data.endswith(b"\n") if data else self.ended
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.file.close()
        super().close()


def _syntax_error(path: Path, fmt, name: str, error: SyntaxError, part: bytes | None = None,
                  first: int = 1) -> InputError:
    """The parser's message at its line: the one it names, else the line it stopped reading;
    ``part``: the document of the file that failed, which begins on line ``first``."""
    import pyoxigraph as ox

    line = error.lineno
    if line is None:
        reader = _Lines(open(path, "rb") if part is None else io.BytesIO(part))
        try:
            for _ in ox.parse(reader, fmt):
                pass
        except SyntaxError:
            line = reader.line or None
        finally:
            reader.close()
    line = line and line + first - 1
    message = error.msg
    if "remote context" in message:
        message += " (the @context is a URL, and nothing is fetched: put the context in the file)"
    return InputError(f"not {name}: {message}", where=f"{path}:{line}" if line else str(path))


class _Index:
    """The triples of the properties read, by subject, in the file's order, each once: an
    aggregator's file repeats a shared Agent or Organization in every record that names it, and
    its labels kept as often would make each look-up scan them all."""

    def __init__(self) -> None:
        self.props: dict = defaultdict(lambda: defaultdict(dict))  # subject → property → {object: None}
        self.proxies: dict = defaultdict(list)  # CHO → its proxies
        self.aggregations: dict = defaultdict(list)  # CHO → the aggregations of it
        self.chos: dict = {}  # CHO → the record of the file it is in ("" in a file of one), in order
        self.record = ""  # the record being read
        self.triples = 0

    def add(self, s, p: str, o, scope: str = "") -> None:
        """A triple; ``scope``: the record's own prefix for its blank nodes (an ``rdf:nodeID``
        names a node of its document only: two records' ``c1`` are two concepts)."""
        self.triples += 1
        if p not in PROPERTIES:
            return
        if scope:
            s = BlankNode(scope + s.value) if isinstance(s, BlankNode) else s
            o = BlankNode(scope + o.value) if isinstance(o, BlankNode) else o
        objects = self.props[s][p]
        if o in objects:
            return
        objects[o] = None
        if p == _TYPE and o.value == _CHO:
            self.chos.setdefault(s, self.record)
        elif p == _PROXY_FOR:
            self.proxies[o].append(s)
        elif p == _AGGREGATED:
            self.aggregations[o].append(s)

    def values(self, subjects, p: str) -> list:
        return [o for s in subjects for o in self.props.get(s, {}).get(p, ())]

    def label(self, node) -> tuple[str, str] | None:
        """A literal's (language, text), or a resource's chosen ``skos:prefLabel`` / ``foaf:name``."""
        if isinstance(node, Literal):
            return (node.language or "", node.value.strip())
        return next(filter(None, (_choose(self.values([node], p)) for p in _LABELS)), None)


def _choose(values, prefer: str = "") -> tuple[str, str] | None:
    """The (language, text) of the literals in ``values`` to keep (``choose_text``), the file's
    first of equals."""
    return choose_text(((v.language or "", v.value.strip()) for v in values
                        if isinstance(v, Literal) and v.value.strip()), prefer)


def _named(index: _Index, nodes) -> tuple[str, str] | None:
    """The first name among literals and resources, the literals chosen by language."""
    return _choose(nodes) or next(filter(None, (index.label(n) for n in nodes
                                                 if not isinstance(n, Literal))), None)


def _date(index: _Index, nodes) -> str:
    literal = _choose(nodes)
    if literal:
        return literal[1]
    for node in nodes:
        found = index.label(node) or _choose(index.values([node], EDM + "begin"))
        if found:
            return found[1]
    return ""


def _iri(node) -> str:
    """A resource's IRI, or a literal's text where it is an http(s) URL (one with a space in a
    file name too: ``checked`` encodes it, as a CSV's); else ""."""
    if isinstance(node, NamedNode):
        return node.value
    text = node.value.strip() if isinstance(node, Literal) else ""
    return text if http_url(text) else ""


def _last_segment(iri: str) -> str:
    """What a CHO's IRI names: its last path segment, decoded (the fragment of an IRI that was
    relative in the file, or of one without a path)."""
    parts = urlsplit(iri)
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1] if parts.scheme != "file" else ""
    return unquote(segment or parts.fragment or parts.path)


def _artwork(index: _Index, cho, where: str, source: str) -> Artwork:
    own = [cho] + sorted(index.proxies.get(cho, ()), key=lambda p: any(
        v.value == "true" for v in index.values([p], _EUROPEANA_PROXY)))  # the provider's first
    aggs = sorted(index.aggregations.get(cho, ()),
                  key=lambda a: all(t.value != _AGGREGATION for t in index.values([a], _TYPE)))

    def first_iri(subjects, *props: str) -> str:  # a resource, or a literal that is an IRI
        return next(filter(None, (_iri(v) for p in props for v in index.values(subjects, p))), "")

    titled = _choose(index.values(own, DC + "title"))
    if not titled:
        raise InputError("the ProvidedCHO has no dc:title (the artwork's title)", where=where)
    language, title = titled
    described = _choose(index.values(own, DC + "description"), prefer=language)
    identifier = _choose(index.values(own, DC + "identifier"))
    if not identifier and not isinstance(cho, NamedNode):
        raise InputError("the ProvidedCHO has no dc:identifier and no IRI to take one from",
                         where=where)
    creator = _named(index, index.values(own, DC + "creator"))
    types = index.values(own, DC + "type")
    kind = next((t.value for t in types if isinstance(t, NamedNode)), "") or \
        (_named(index, types) or ("", ""))[1]
    subjects = []
    for s in index.values(own, DC + "subject"):
        if isinstance(s, NamedNode) and http_iri(s.value):
            subjects.append(s.value)
        elif (found := index.label(s)) and found[1]:
            subjects.append(found[1])
    date = next(filter(None, (_date(index, index.values(own, p)) for p in
                              (DCTERMS + "created", DC + "date", DCTERMS + "temporal"))), "")
    provider = _named(index, index.values(aggs, EDM + "dataProvider"))
    iri = cho.value if isinstance(cho, NamedNode) else ""
    return checked(Artwork(
        identifier=identifier[1] if identifier else _last_segment(iri), title=title,
        creator=creator[1] if creator else "", date=date,
        institution=provider[1] if provider else "",
        inventory_number=identifier[1] if identifier else "",
        image=first_iri(aggs, EDM + "isShownBy", EDM + "object"),
        description=described[1] if described else "", language=language,
        description_language=described[0] if described and described[0] != language else "",
        rights=first_iri(aggs, EDM + "rights"), subject="|".join(dict.fromkeys(subjects)),
        type=kind, page=first_iri(aggs, EDM + "isShownAt"),
        same_as=iri if http_iri(iri) else "", source=source), where)


#: The end of an RDF/XML document: a file with several holds records concatenated.
_RDF_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?RDF\s*>")
_COMMENTS = re.compile(rb"<!--.*?-->", re.S)


def _documents(path: Path) -> list[tuple[int, bytes]]:
    """The RDF/XML documents of a file of several, each with the line it begins on (records
    harvested one by one and concatenated); [] for a file of one."""
    data = path.read_bytes()
    ends = [m.end() for m in _RDF_END.finditer(data)]
    if len(ends) < 2:
        return []
    if _COMMENTS.sub(b"", data[ends[-1]:]).strip():
        ends.append(len(data))  # something after the last: read, to be named if it is no RDF
    parts, start, line = [], 0, 1
    for end in ends:
        part = data[start:end]
        body = part.lstrip()
        line += data.count(b"\n", start, start + len(part) - len(body))
        parts.append((line, body))
        line += body.count(b"\n")
        start = end
    return parts


def _read(index: _Index, path: Path, fmt, name: str) -> oaipmh.Harvest | None:
    """The file's triples into ``index``: an OAI-PMH response's records, the documents of a file
    of several, or the file; the response's counts where it is one."""
    import pyoxigraph as ox

    base = path.resolve().as_uri()  # relative IRIs (rdf:about="#p1") resolve against the file
    if fmt == ox.RdfFormat.RDF_XML and oaipmh.is_oai_pmh(path):
        harvest = oaipmh.Harvest()
        for n, (record, data) in enumerate(oaipmh.records(path, harvest), 1):
            index.record = record
            try:
                for quad in ox.parse(data, format=fmt, base_iri=base):
                    index.add(quad.subject, quad.predicate.value, quad.object, f"r{n}x")
            except SyntaxError as e:
                raise InputError(f"not RDF/XML: {e.msg}", where=f"{path}: {record}") from None
        return harvest
    parts = _documents(path) if fmt == ox.RdfFormat.RDF_XML else []
    for n, (first, data) in enumerate(parts, 1):
        try:
            for quad in ox.parse(data, format=fmt, base_iri=base):
                index.add(quad.subject, quad.predicate.value, quad.object, f"d{n}x")
        except SyntaxError as e:
            raise _syntax_error(path, fmt, name, e, data, first) from None
    if not parts:
        try:
            for quad in ox.parse(path=path, format=fmt, base_iri=base):
                index.add(quad.subject, quad.predicate.value, quad.object)
        except SyntaxError as e:
            raise _syntax_error(path, fmt, name, e) from None
    return None


def read_edm(path: Path) -> list[Artwork]:
    """Every ``edm:ProvidedCHO`` of an EDM file, as an artwork; an OAI-PMH response's counts
    (deleted records, a token not followed) are written on stderr."""
    import pyoxigraph as ox

    path = Path(path)
    name = SUFFIXES.get(path.suffix.lower(), "RDF_XML")
    fmt = getattr(ox.RdfFormat, name)
    if not path.is_file():
        raise InputError("metadata file not found" if not path.exists() else
                         "expected a metadata file, found a folder", where=str(path))
    index = _Index()
    harvest = _read(index, path, fmt, _NAMES[name])
    if harvest is not None:
        print(harvest.note(path), file=sys.stderr)
        if not harvest.records:
            raise InputError("the OAI-PMH response holds no records"
                             + (f", only {harvest.deleted} deleted ones" if harvest.deleted else ""),
                             where=str(path))
    if not index.chos:
        raise InputError(f"no edm:ProvidedCHO among its {index.triples} triples: not a Europeana "
                         "Data Model record", where=str(path))
    artworks: list[Artwork] = []
    seen: dict[str, str] = {}
    for n, (cho, record) in enumerate(index.chos.items(), 1):
        named = f"<{cho.value}>" if isinstance(cho, NamedNode) else f"ProvidedCHO {n} (a blank node)"
        where = f"{path}: {record}: {named}" if record else f"{path}: {named}"
        art = _artwork(index, cho, where, f"{path.name}:{named}")
        if art.identifier in seen:
            raise InputError(f"duplicate identifier {art.identifier!r} (also of {seen[art.identifier]})",
                             where=where)
        seen[art.identifier] = f"{record}: {named}" if record else named
        artworks.append(art)
    return artworks
