"""Writing to the embedded store: large writes through the bulk loader, the writer thread."""
from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

from kg import store as store_mod
from kg.errors import StoreError
from kg.store import OxigraphStore, Replacement, Writer, merged, replacement

EX = "http://example.org/"


def _graph(name: str, n: int, value: str) -> dict[str, list]:
    return {EX + name: [(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"{value} {i}"))
                        for i in range(n)]}


class Recording:
    """A pyoxigraph store that records which of its load methods were called."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner, self.calls = inner, []

    def __getattr__(self, name):
        if name in ("load", "bulk_load"):
            self.calls.append(name)
        return getattr(self.inner, name)

    def __len__(self) -> int:
        return len(self.inner)


def _content(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.pyoxigraph_store()}


def test_a_large_write_is_one_bulk_load_that_replaces_whole_graphs(tmp_path):
    n = store_mod.BULK_QUADS  # two graphs of n quads: one write of 2n, through the bulk loader
    with OxigraphStore(tmp_path / "s") as store:
        store._store = Recording(store._store)
        store.replace_graphs({**_graph("a", n, "old"), **_graph("b", n, "old")})
        assert store._store.calls == ["bulk_load"]
        assert len(store) == 2 * n
        store.replace_graphs({**_graph("a", n, "new"), **_graph("b", n, "new")})  # replaced, not added
        assert len(store) == 2 * n
        assert {q.object.value.split()[0] for q in store._store.inner} == {"new"}
        store.replace_graphs(_graph("c", 3, "small"))  # a small write: one transaction
        assert store._store.calls == ["bulk_load", "bulk_load", "load"]
        store._store = store._store.inner
    with OxigraphStore(tmp_path / "s") as store:  # durable: read back after reopening
        assert len(store) == 2 * n + 3


def test_bulk_and_transactional_writes_store_the_same_quads(tmp_path):
    graphs = {**_graph("a", 3000, "x"), **_graph("b", 2000, "y")}
    with OxigraphStore(tmp_path / "bulk") as bulk, OxigraphStore(None) as memory:
        bulk.replace_graphs(graphs)  # 5,000 quads: bulk loaded
        memory.replace_graphs(graphs)  # in memory: always a transaction
        assert _content(bulk) == _content(memory) and len(bulk) == 5000


def test_merged_replacements_write_every_graph():
    a, b, c = replacement(_graph("a", 2, "x")), replacement({EX + "gone": []}), replacement(_graph("c", 1, "z"))
    both = merged([a, b, c])
    assert both.graphs == (EX + "a", EX + "gone", EX + "c")
    store = OxigraphStore(None)
    store.replace_graphs({EX + "gone": [(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("v"))]})
    store.apply(both)
    assert sorted(g for g in store.named_graphs()) == [EX + "a", EX + "c"] and len(store) == 3


class Gated:
    """A store whose first write waits for ``gate``; records the graphs of each write."""

    def __init__(self, fail: bool = False) -> None:
        self.gate, self.started, self.writes, self.fail = threading.Event(), threading.Event(), [], fail

    def apply(self, new: Replacement) -> None:
        self.started.set()
        self.gate.wait(10)
        if self.fail:
            raise StoreError("write failed: disk full")
        self.writes.append(new.graphs)


def test_the_writer_merges_what_waits_while_it_writes():
    store = Gated()
    writer = Writer(store, ahead=8)
    writer.put(replacement(_graph("g0", 1, "x")))
    assert store.started.wait(10)  # the first write is under way; four more queue up meanwhile
    for i in range(1, 5):
        writer.put(replacement(_graph(f"g{i}", 1, "x")))
    store.gate.set()
    writer.close()
    assert store.writes == [(EX + "g0",), tuple(EX + f"g{i}" for i in range(1, 5))]


def test_a_failed_write_is_raised_to_the_caller():
    store = Gated(fail=True)
    writer = Writer(store, ahead=1)
    writer.put(replacement(_graph("g0", 1, "x")))
    store.gate.set()
    with pytest.raises(StoreError, match="disk full"):
        writer.close()
    store2 = Gated(fail=True)
    writer2 = Writer(store2, ahead=1)
    writer2.put(replacement(_graph("g0", 1, "x")))
    store2.gate.set()
    with pytest.raises(StoreError, match="disk full"):  # put raises it too, instead of waiting forever
        for i in range(1, 50):
            writer2.put(replacement(_graph(f"g{i}", 1, "x")))
    with pytest.raises(StoreError):
        writer2.close()
