"""Stores: the embedded Oxigraph database on disk (the default).

Every write replaces whole named graphs: a re-run replaces a stage's triples instead of
duplicating them. The new triples go in as N-Quads (Oxigraph's parser is about twice as fast as
an ``INSERT DATA`` update), after one transaction dropping those of the graphs that exist; so a
run that fails half-way leaves each graph as it was, fully rewritten or, if it stopped between
the two, absent (and a resumed run writes it again) — never half-written. A small write is one
transaction; a large one (``BULK_QUADS``, an enrichment chunk) goes through Oxigraph's bulk
loader, which sorts the quads into new files and adds them to the database in one atomic
ingestion (one batch, below its million quads): the same all-or-nothing, at 2.4–3× fewer
microseconds a quad on an enrichment's chunks (5.5 → 2.3 ms for an artwork of 10 boxes).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .sparqltext import names_dataset
from .vocab import RDF

#: From this many quads a write goes through the bulk loader; below it, a transaction (each bulk
#: load adds files that RocksDB compacts later: not worth it for a graph or two).
BULK_QUADS = 4000
#: Well below the bulk loader's batch of a million quads, so that one load is one ingestion.
MAX_BULK_QUADS = 250_000
#: What ``Writer`` merges into one write at most (an N-Quads line is 100–200 bytes).
MAX_BULK_BYTES = 16 << 20

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, ox.NamedNode, Term]


@runtime_checkable
class Store(Protocol):
    """What the pipeline and the server need from a store."""

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> None: ...
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None): ...
    def close(self) -> None: ...


_TRAILING_VALUES = re.compile(r"\bVALUES\b[^{}]*\{[^{}]*\}\s*$", re.I)


def _can_inline(sparql: str, bindings: Mapping[str, Term]) -> bool:
    return (not _TRAILING_VALUES.search(sparql)
            and not any(isinstance(v, ox.BlankNode) for v in bindings.values()))


#: Where a query's pattern opens: bindings go first inside it.
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def _bound(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with its bindings as a ``VALUES`` block opening its ``WHERE`` pattern, terms
    serialised (and escaped) by Oxigraph: the planner then starts from them.

    Measured on 2,040 artworks: the artwork page's metadata took 30 s with the block trailing
    the query (Oxigraph evaluated the pattern for every artwork, then joined), 29 ms opening the
    pattern; an artwork's detections 1.2 s with ``substitutions`` or trailing, 1 ms opening it.
    The bound variables are the required part's (an artwork's IRI), so the answers are the same.
    """
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    block = f"VALUES ({names}) {{ ({terms}) }}"
    if (m := _WHERE.search(sparql)) is None:  # "SELECT * { … }": at the end, where it is allowed
        return f"{sparql}\n{block}\n"
    return f"{sparql[:m.end()]}\n  {block}\n{sparql[m.end():]}"


@dataclass(frozen=True)
class Replacement:
    """New content for some named graphs, serialised (it is built in worker processes)."""

    graphs: tuple[str, ...]
    nquads: bytes


def replacement(graphs: Mapping[str, Iterable[Triple]]) -> Replacement:
    """Each named graph's new triples as N-Quads (a graph with none is only dropped)."""
    lines = [f"{s} {p} {o} <{g}> ." for g, triples in graphs.items() for s, p, o in triples]
    return Replacement(tuple(graphs), "\n".join(lines).encode())


def merged(news: Sequence[Replacement]) -> Replacement:
    """Several replacements of distinct graphs as one write."""
    return Replacement(tuple(g for new in news for g in new.graphs),
                       b"\n".join(new.nquads for new in news if new.nquads))


class OxigraphStore:
    """The embedded store: Oxigraph on disk at ``path``, or in memory when ``path`` is None.

    The default graph of queries is the union of all named graphs, so that a query need not
    know the per-artwork graph layout; ``GRAPH ?g`` still reaches each layer. A query that names
    its dataset (FROM, FROM NAMED, or the graphs passed) reads that instead.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = self._open_read_only()
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            hint = " (is another process, such as `kg serve`, using it?)" if "lock" in str(e).lower() else ""
            raise StoreError(f"cannot open the store: {e}{hint}", where=str(self.path)) from e

    def _open_read_only(self, attempts: int = 5) -> ox.Store:
        """Open a read-only view; retried because a writer beside it may be rotating its
        manifest at that instant (RocksDB then reports the old one as missing)."""
        import time

        if not (self.path / "CURRENT").is_file():
            raise StoreError("not an Iconograph store (no database here)", where=str(self.path))
        for attempt in range(attempts):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as e:
                if "Corruption" not in str(e) or attempt == attempts - 1:
                    raise StoreError(f"cannot open the store read-only: {e}", where=str(self.path)) from e
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # -- writing ---------------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> None:
        """Replace each named graph by the given triples (see the module's note on transactions)."""
        self.apply(replacement(graphs))

    def apply(self, new: Replacement, *, bulk: bool | None = None) -> None:
        """Write a ``replacement``: drop those of its graphs that exist, then load its quads,
        through the bulk loader when ``bulk`` (default: on disk, from ``BULK_QUADS`` quads)."""
        existing = [g for g in new.graphs if self._store.contains_named_graph(ox.NamedNode(g))]
        if existing:
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in existing))
        if new.nquads:
            if bulk is None:
                quads = new.nquads.count(b"\n") + 1
                bulk = self.path is not None and BULK_QUADS <= quads <= MAX_BULK_QUADS
            try:
                if bulk:
                    self._store.bulk_load(new.nquads, format=ox.RdfFormat.N_QUADS)
                else:
                    self._store.load(new.nquads, format=ox.RdfFormat.N_QUADS)
            except SyntaxError as e:  # a bug in our own serialisation, not user input
                raise StoreError(f"internal N-Quads did not parse: {e}") from e
            except OSError as e:
                raise StoreError(f"write failed: {e}", where=str(self.path)) from e

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        """Remove named graphs, in one transaction."""
        self.replace_graphs({g: () for g in graphs})

    def load_file(self, path: Path, graph: str, fmt: ox.RdfFormat | None = None) -> None:
        """Replace ``graph`` by the content of an RDF file (format from its extension)."""
        fmt = fmt or ox.RdfFormat.from_extension(path.suffix.lstrip("."))
        try:
            triples = [(t.subject, t.predicate, t.object) for t in ox.parse(path=str(path), format=fmt)]
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"cannot parse RDF: {e}", where=str(path)) from e
        self.replace_graphs({graph: triples})

    def _update(self, update: str) -> None:
        try:
            self._store.update(update)
        except SyntaxError as e:  # a bug in our own serialisation, not user input
            raise StoreError(f"internal update did not parse: {e}") from e
        except OSError as e:
            raise StoreError(f"write failed: {e}", where=str(self.path)) from e

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None,
              *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None):
        """Run a SPARQL query; ``bindings`` pre-bind variables (as terms Oxigraph serialises,
        never by pasting strings into the query). They are joined as a trailing ``VALUES``
        block, so a bound variable must occur in the query's patterns, not only in a FILTER."""
        kwargs: dict[str, object] = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        elif not named_graphs and not names_dataset(sparql):  # a dataset named is the dataset read
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings and _can_inline(sparql, bindings):
            sparql = _bound(sparql, bindings)
        elif bindings:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as e:
            raise QueryError(f"malformed query: {e}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"query failed: {e}") from e

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[dict[str, Term]]:
        """A SELECT query's solutions as dicts of the bound variables (bound ones must be projected)."""
        results = self.query(sparql, bindings)
        names = [v.value for v in results.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in results]

    def named_graphs(self) -> Iterator[str]:
        return (g.value for g in self._store.named_graphs())

    def contains_graph(self, iri: str) -> bool:
        """Whether the store holds a named graph ``iri`` (the endpoint never fetches others)."""
        try:
            return self._store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:
            return False

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a user's SPARQL Update in one transaction, relative IRIs resolved against
        ``base_iri``; a bad one (malformed, or refused by the store, such as ``DROP GRAPH`` of a
        graph that does not exist) is a QueryError."""
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(f"malformed update: {e}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"update failed: {e}") from e
        self.flush()

    def pyoxigraph_store(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that streams or bulk-loads."""
        return self._store

    def __len__(self) -> int:
        """Number of quads in the store."""
        return len(self._store)

    def count_instances(self, cls: str) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, RDF.type, ox.NamedNode(cls), None))

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        """Release the database (and its lock)."""
        if getattr(self, "_store", None) is not None:
            self.flush()
            del self._store
            self._store = None

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """Applies replacements to a store in a thread of its own, while the caller goes on
    (Oxigraph writes without holding the GIL).

    Replacements that queue up while one is being written are merged and written as one: when
    detection outruns the store (a GPU), the writes grow into bulk loads, which cost fewer
    microseconds a quad. ``put`` blocks while ``ahead`` replacements wait; ``close`` writes all
    that were put, even after an interruption, and raises what a write raised.
    """

    def __init__(self, store: OxigraphStore, *, ahead: int) -> None:
        import threading

        self._store = store
        self._ahead = ahead
        self._waiting: list[Replacement] = []
        self._closed = False
        self._error: BaseException | None = None
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="iconograph-writer", daemon=True)
        self._thread.start()

    def put(self, new: Replacement) -> None:
        with self._cond:
            while len(self._waiting) >= self._ahead and self._error is None:
                self._cond.wait()
            if self._error is not None:
                raise self._error
            self._waiting.append(new)
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._waiting and not self._closed:
                    self._cond.wait()
                if not self._waiting:
                    return
                batch, size = [], 0
                while self._waiting and (not batch or size + len(self._waiting[0].nquads) <= MAX_BULK_BYTES):
                    size += len(self._waiting[0].nquads)
                    batch.append(self._waiting.pop(0))
                self._cond.notify_all()
            try:
                self._store.apply(merged(batch))
            except BaseException as e:  # handed to the caller by put or close
                with self._cond:
                    self._error = e
                    self._waiting.clear()
                    self._cond.notify_all()
                return

    def close(self) -> None:
        """Wait until everything put is written; raise the error of a write that failed."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join()
        if self._error is not None:
            raise self._error


def open_store(path: str | Path | None, *, read_only: bool = False) -> OxigraphStore:
    """Open the store named on the command line or in the config."""
    return OxigraphStore(path, read_only=read_only)
