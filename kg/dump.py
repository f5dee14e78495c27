"""Dumps for aggregators: the whole dataset, each layer and each named graph, gzipped and streamed.

Names (the same under ``/dumps/`` and in ``kg dump --out DIR``):
``dataset.nq.gz`` (every quad), ``dataset.nt.gz`` (every triple, graphs merged),
``layer/LAYER.nq.gz`` / ``.nt.gz`` (e.g. all ``metadata`` graphs), ``graph/LAYER/ID.nt.gz`` (one
named graph, its IRI minus ``BASE/graph/``); ``.ttl`` instead of ``.nt.gz`` gives Turtle. The
VoID + DCAT description at ``/.well-known/void`` lists them with their triple counts.

Finding the parts counts every triple, so the server does it once per state of the store: the
:class:`Listing` is kept until a cheap :class:`State` differs (the app's write stamp, the query
pool's snapshot, the database's write-ahead logs). The VoID's ETag is a hash of its body; a
dump's is a hash of its name and the listing's version, which is new with every scan.
"""
from __future__ import annotations

import gzip
import hashlib
import itertools
import os
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request

from . import queries
from .errors import NotFound
from .vocab import DC, DCAT, DCTERMS, EDM, OA, ONTOLOGY, ORE, PROV, RDF, SKOS, VOID, XSD

bp = Blueprint("dump", __name__)

FORMATS = {  # suffix: (format, media type, gzipped)
    "nq.gz": (ox.RdfFormat.N_QUADS, "application/n-quads", True),
    "nt.gz": (ox.RdfFormat.N_TRIPLES, "application/n-triples", True),
    "ttl": (ox.RdfFormat.TURTLE, "text/turtle", False),
}
BATCH = 20_000


@dataclass(frozen=True)
class Part:
    """One dump: a name, the graphs it holds (None: all of them) and its triple count."""

    name: str  # e.g. "dataset", "layer/metadata", "graph/metadata/ID"
    graphs: tuple[str, ...] | None
    triples: int


def _graph_prefix(base: str) -> str:
    return base + "graph/"


def parts(store, base: str) -> list[Part]:
    """The dataset, its layers and its named graphs under ``base``, with their sizes (one scan)."""
    sizes: dict[str | None, int] = {}
    # the raw store: its default graph is the real one, not the union the app queries by default
    for row in store.pyoxigraph_store().query(queries.text("graph-sizes")):
        sizes[row["graph"].value if row["graph"] is not None else None] = int(row["triples"].value)
    prefix = _graph_prefix(base)
    out = [Part("dataset", None, sum(sizes.values()))]
    layers: dict[str, list[str]] = {}
    for graph in sorted(g for g in sizes if g is not None):
        if graph.startswith(prefix):
            layers.setdefault(graph[len(prefix):].split("/", 1)[0], []).append(graph)
    for layer, graphs in sorted(layers.items()):
        out.append(Part(f"layer/{layer}", tuple(graphs), sum(sizes[g] for g in graphs)))
    for graph in sorted(g for gs in layers.values() for g in gs):
        out.append(Part("graph/" + graph[len(prefix):], (graph,), sizes[graph]))
    return out


def _quads(store, part: Part) -> Iterator[ox.Quad]:
    raw = store.pyoxigraph_store()
    if part.graphs is None:
        yield from raw
        return
    for graph in part.graphs:
        yield from raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))


def stream(store, part: Part, suffix: str) -> Iterator[bytes]:
    """The part serialised in the format of ``suffix``, in chunks (gzip applied on the fly)."""
    fmt, _, gzipped = FORMATS[suffix]
    items: Iterable = _quads(store, part)
    if fmt != ox.RdfFormat.N_QUADS:
        items = (q.triple for q in items)
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31) if gzipped else None  # 31: gzip framing

    def raw_chunks() -> Iterator[bytes]:
        if fmt == ox.RdfFormat.TURTLE:  # Turtle needs the whole graph to group subjects
            yield ox.serialize(list(items), format=fmt)
            return
        it = iter(items)
        while batch := list(itertools.islice(it, BATCH)):
            yield ox.serialize(batch, format=fmt)

    for chunk in raw_chunks():
        if compressor is None:
            yield chunk
        elif data := compressor.compress(chunk):
            yield data
    if compressor is not None:
        yield compressor.flush()


def find(all_parts: Iterable[Part], name: str) -> tuple[Part, str]:
    """The part and suffix a dump file name asks for; a wrong name lists what exists."""
    for suffix in FORMATS:
        if name.endswith("." + suffix):
            stem = name[: -len(suffix) - 1]
            for part in all_parts:
                if part.name == stem:
                    return part, suffix
    raise NotFound(f"no dump {name!r}; see /.well-known/void for the list "
                   f"(dataset.nq.gz, dataset.nt.gz, layer/LAYER.nq.gz, graph/LAYER/ID.nt.gz)")


def write_all(store, base: str, out: Path, progress: bool = True) -> list[Path]:
    """Write every dump and the VoID description under ``out``; returns the files written."""
    from .progress import bar

    written = []
    all_parts = parts(store, base)
    jobs = [(p, s) for p in all_parts for s in (("nq.gz", "nt.gz") if p.graphs is None or
                                                p.name.startswith("layer/") else ("nt.gz",))]
    for part, suffix in bar(jobs, desc="dump", unit="file", disable=not progress):
        path = out / f"{part.name}.{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:
            for chunk in stream(store, part, suffix):
                f.write(chunk)
        written.append(path)
    void = out / "void.ttl"
    void.write_bytes(ox.serialize(void_triples(all_parts, base, base + "dumps/", base + "sparql",
                                               current_license()), format=ox.RdfFormat.TURTLE))
    written.append(void)
    return written


def current_license() -> str:
    from . import config

    try:
        return str(current_app.config["LICENSE"])
    except RuntimeError:  # outside a request (kg dump)
        return config.DEFAULT_LICENSE


#: Media types as DCAT wants them: IRIs (``dct:MediaType``) in IANA's register.
IANA = "http://www.iana.org/assignments/media-types/"
#: The dataset's title in its description.
TITLE = "Iconograph knowledge graph"
#: The dumps the description lists for the dataset and each layer.
DESCRIBED_SUFFIXES = ("nq.gz", "nt.gz")


def described(all_parts: Iterable[Part]) -> list[Part]:
    """The parts the VoID describes: the dataset and its layers (per-graph dumps exist but are not
    each described: they would swamp the list)."""
    return [p for p in all_parts if p.graphs is None or p.name.startswith("layer/")]


def void_triples(all_parts: list[Part], base: str, dumps: str, endpoint: str,
                 licence: str) -> list[ox.Triple]:
    """VoID + DCAT: the dataset, its subsets (layers), its dumps, endpoint, counts and licence."""
    N, L = ox.NamedNode, ox.Literal
    dataset = N(base + "dataset")
    service = N(endpoint)
    out = [ox.Triple(dataset, RDF.type, VOID.Dataset), ox.Triple(dataset, RDF.type, DCAT.Dataset),
           ox.Triple(dataset, DCTERMS.title, L(TITLE)),
           ox.Triple(dataset, DCTERMS.license, N(licence)),
           ox.Triple(dataset, VOID.sparqlEndpoint, service),
           ox.Triple(dataset, VOID.uriSpace, L(base)),
           *(ox.Triple(dataset, VOID.vocabulary, N(str(ns).rstrip("#")))
             for ns in (ONTOLOGY.value, DC, DCTERMS, EDM, ORE, OA, PROV, SKOS)),
           ox.Triple(service, RDF.type, DCAT.DataService),
           ox.Triple(service, DCAT.endpointURL, service),
           ox.Triple(service, DCAT.servesDataset, dataset)]
    for part in described(all_parts):
        # a subset is a fragment of the dataset's document (BASE/dataset#layer-metadata), so that
        # its IRI dereferences, as every IRI minted under the base does, to what describes it
        node = dataset if part.graphs is None else N(f"{base}dataset#{part.name.replace('/', '-')}")
        if part.graphs is not None:
            out += [ox.Triple(dataset, VOID.subset, node), ox.Triple(node, RDF.type, VOID.Dataset),
                    ox.Triple(node, DCTERMS.title, L(f"{part.name[6:]} layer"))]
        out.append(ox.Triple(node, VOID.triples, L(str(part.triples), datatype=XSD.integer)))
        for suffix in DESCRIBED_SUFFIXES:
            url = N(f"{dumps}{part.name}.{suffix}")
            # a fragment of the dataset's document too: the dump's own URL answers the file
            dist = N(f"{base}dataset#{part.name.replace('/', '-')}-{suffix.replace('.', '-')}")
            out += [ox.Triple(node, VOID.dataDump, url), ox.Triple(node, DCAT.distribution, dist),
                    ox.Triple(dist, RDF.type, DCAT.Distribution),
                    ox.Triple(dist, DCAT.accessURL, url), ox.Triple(dist, DCAT.downloadURL, url),
                    ox.Triple(dist, DCAT.mediaType, N(IANA + FORMATS[suffix][1])),
                    ox.Triple(dist, DCAT.compressFormat, N(IANA + "application/gzip")),
                    ox.Triple(dist, DCTERMS.license, N(licence))]
    return out


# -- HTTP ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class State:
    """A cheap stand-in for the store's content, different after every write (see ``state``)."""

    store: int  # id() of the store object
    base: str
    stamp: float | None  # when ``endpoint.write`` last wrote
    snapshot: str | None  # the query pool's checkpoint, renewed after each write
    log: tuple[tuple[str, int, int], ...]  # on disk: name, size and mtime of each write-ahead log


@dataclass(frozen=True)
class Listing:
    """The parts of one state of the store, found by one scan and kept until the state changes."""

    state: State
    parts: tuple[Part, ...]
    modified: float  # Last-Modified of every dump and of the VoID description
    version: str  # unique to this scan, in every dump's ETag


_SCAN = threading.Lock()


def _log(store) -> tuple[tuple[str, int, int], ...]:
    """The database's write-ahead logs (``NNNNNN.log``): every write appends to one. Only these:
    the table files and the manifest also change for a while after a write, as RocksDB compacts
    them in the background, which would make every request just after a write a scan."""
    path = getattr(store, "path", None)
    if path is None or not Path(path).is_dir():
        return ()
    out = []
    with os.scandir(path) as entries:
        for entry in entries:
            if not entry.name.endswith(".log") or not entry.is_file():
                continue
            try:
                stat = entry.stat()
            except FileNotFoundError:  # an old log removed meanwhile
                continue
            out.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(out))


def state(app) -> State:
    """The store's state as far as a few attribute reads and one directory listing can tell."""
    store = app.extensions["iconograph"]
    pool = app.extensions.get("iconograph.pool")
    return State(id(store), app.config["BASE_IRI"], app.extensions.get("iconograph.modified"),
                 getattr(pool, "snapshot", None), _log(store))


def listing(app) -> Listing:
    """The app's dumps with their counts, scanned again only when the state has changed."""
    now = state(app)
    cached = app.extensions.get("iconograph.dumps")
    if cached is not None and cached.state == now:
        return cached
    with _SCAN:  # one scan at a time; a request that waited finds the listing made meanwhile
        cached = app.extensions.get("iconograph.dumps")
        if cached is not None and cached.state == now:
            return cached
        found = tuple(parts(app.extensions["iconograph"], app.config["BASE_IRI"]))
        newest = max((mtime / 1e9 for _, _, mtime in now.log), default=0.0)
        made = Listing(now, found, max(now.stamp or 0.0, newest) or time.time(), os.urandom(8).hex())
        app.extensions["iconograph.dumps"] = made
        return made


def _attachment(name: str) -> str:
    """``Content-Disposition`` for a dump named by its (minted, percent-encoded) path: the file
    name as people read it (RFC 6266 ``filename*``), and an ASCII one for older clients."""
    from urllib.parse import quote, unquote

    readable = unquote(name).replace("/", "-")
    ascii_name = readable.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(readable, safe='')}"


def _conditional(response: Response, modified: float, etag: str) -> Response:
    """``response`` answered as RFC 9110 §13 says for the request's preconditions: 304 for a
    copy the client still holds, 412 (with no body) when ``If-Match`` or ``If-Unmodified-Since``
    fails, so that a client does not overwrite its copy with what it did not ask for."""
    response.last_modified = modified
    response.set_etag(etag)
    # a streamed dump stays a stream: Werkzeug would otherwise read it all into a list to give
    # its Content-Length (27 s and the whole dump in memory for 20,000 artworks, a 304 included)
    response.implicit_sequence_conversion = False
    since = request.if_unmodified_since
    if since is not None and "If-Match" not in request.headers and int(modified) > since.timestamp():
        response.status_code = 412
    response = response.make_conditional(request)
    if response.status_code == 412:
        response.response, response.content_length = [], 0
        response.headers.pop("Content-Disposition", None)
    return response


@bp.get("/dumps/<path:name>")
def dump(name: str) -> Response:
    from .graph import minted_path
    from .pages import request_path

    # a graph's dump is named by its minted IRI: compare as minted, escaped slashes kept
    name = minted_path(request_path("dumps/" + name).removeprefix("dumps/"))
    app = current_app._get_current_object()
    current = listing(app)
    part, suffix = find(current.parts, name)
    _, media, gzipped = FORMATS[suffix]
    response = Response(stream(app.extensions["iconograph"], part, suffix), content_type=media)
    if gzipped:  # a file to keep, not a transfer encoding to undo
        response.content_type = "application/gzip"
        response.headers["Content-Disposition"] = _attachment(name)
    etag = hashlib.sha256(f"{current.version}|{name}".encode()).hexdigest()[:32]
    return _conditional(response, current.modified, etag)


VOID_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld")


def _void_page(all_parts: list[Part], base: str, root: str, licence: str) -> str:
    """The VoID + DCAT description for people: each described part with its triple count and its
    dumps (link, media type), the endpoint and the licence; a layer's row has the id of its
    subset's fragment (``BASE/dataset#layer-metadata``)."""
    names = {"nq.gz": "N-Quads", "nt.gz": "N-Triples"}
    rows = [{"name": "whole dataset" if p.graphs is None else f"{p.name[6:]} layer",
             "id": "" if p.graphs is None else p.name.replace("/", "-"), "triples": p.triples,
             "dumps": [{"url": f"{root}dumps/{p.name}.{suffix}", "name": names[suffix],
                        "media": FORMATS[suffix][1]} for suffix in DESCRIBED_SUFFIXES]}
            for p in described(all_parts)]
    return render_template("dataset.html", iri=base + "dataset", title=TITLE, rows=rows,
                           endpoint=root + "sparql", licence=licence, dumps=root + "dumps/",
                           graphs=sum(p.name.startswith("graph/") for p in all_parts))


@bp.get("/.well-known/void")
@bp.get("/dataset")
def void() -> Response:
    from .endpoint import GRAPH_FORMATS, choose, wants_page

    app = current_app._get_current_object()
    current = listing(app)
    root = request.url_root
    if wants_page(VOID_FORMATS):  # a person following the site's link: the same, as a page
        body = _void_page(list(current.parts), app.config["BASE_IRI"], root, current_license()).encode()
        response = Response(body, mimetype="text/html")
    else:
        triples = void_triples(list(current.parts), app.config["BASE_IRI"], root + "dumps/",
                               root + "sparql", current_license())
        fmt = GRAPH_FORMATS[choose({k: GRAPH_FORMATS[k] for k in VOID_FORMATS}, "graph", "turtle")]
        body = ox.serialize(triples, format=fmt)
        response = Response(body, content_type=fmt.media_type)
    response.headers["Vary"] = "Accept"
    return _conditional(response, current.modified, hashlib.sha256(body).hexdigest()[:32])


def read_gzip_lines(data: bytes) -> list[str]:
    """The non-empty lines of a gzipped N-Triples/N-Quads dump (for checks and tests)."""
    return [line for line in gzip.decompress(data).decode().splitlines() if line.strip()]
