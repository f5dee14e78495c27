"""Queries that can be cut off: a pool of worker processes over read-only snapshots of the store.

Oxigraph evaluates a query in Rust without checking for Python signals, so a thread running a
runaway query cannot be stopped. Each query therefore runs in a worker process; a worker that
passes the deadline is killed and a new one takes its place, and the other workers keep serving.
Results come back serialised: whole when they are small (up to ``WHOLE`` bytes, sent with their
length), else as a stream of byte chunks, so the web process never holds a large one.

Workers never open the live database: Oxigraph calls a read-only view beside a writer undefined
(we saw it fail after compactions), so they open a checkpoint (``Store.backup``: hard links, a few
milliseconds) that nothing writes to. After each write the pool takes a new checkpoint, and each
worker moves to it before its next query; a reader-writer lock keeps writes and queries apart.
Workers are plain subprocesses (``python -m kg.querypool``), so nothing depends on how the web
process itself was started.
"""
from __future__ import annotations

import atexit
import itertools
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import KGError, QueryError


WHOLE = 1 << 20  # results up to this many bytes are sent whole, larger ones streamed


class QueryTimeout(KGError):
    """A query ran past the endpoint's time limit and was stopped."""

    status = 503
    exit_code = 4


@dataclass(frozen=True)
class Task:
    """One query for a worker: the text, its dataset, and the formats the client accepts."""

    query: str
    default_graph: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    union_default: bool = True
    solutions_format: str = "json"  # a key of SOLUTION_FORMATS, or "!message" if not acceptable
    graph_format: str = "turtle"
    cap: int | None = None
    base_iri: str | None = None  # relative IRIs in the query resolve against it


@dataclass
class Answer:
    """The head of a result: its kind, its format, and the byte chunks (streamed)."""

    kind: str  # "solutions", "boolean" or "graph"
    format: str
    chunks: Iterator[bytes]
    truncated: bool | None  # None while not yet known (a result still streaming)


def _formats():
    import pyoxigraph as ox

    solutions = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                 "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    graphs = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
              "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
              "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    return solutions, graphs


def evaluate(store, task: Task) -> Iterator[tuple]:
    """Run ``task`` on a pyoxigraph store; yields ("head", kind, fmt), ("chunk", b) and ("end", truncated)."""
    import pyoxigraph as ox

    from . import results

    kwargs: dict[str, object] = {"base_iri": task.base_iri}
    if task.default_graph:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in task.default_graph]
    elif task.union_default:
        kwargs["use_default_graph_as_union"] = True
    if task.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in task.named_graphs]
    try:
        result = store.query(task.query, **kwargs)
    except SyntaxError as e:
        raise QueryError(f"malformed query: {e}") from e
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        raise QueryError(f"query failed: {e}") from e
    solution_formats, graph_formats = _formats()
    if isinstance(result, ox.QueryTriples):
        kind, name = "graph", task.graph_format
    else:
        kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
        name = task.solutions_format
    if name.startswith("!"):
        raise QueryError(name[1:])
    if kind == "graph":
        capped, chunks = results.triples(graph_formats[name], result, task.cap)
    elif kind == "solutions":
        capped, chunks = results.solutions(solution_formats[name], result, task.cap)
    else:
        capped, chunks = None, results.boolean(solution_formats[name], result)
    try:
        # look ahead up to WHOLE bytes: a result that fits goes out in one piece, with its length
        # (so the HTTP connection stays open for the next request) and its truncation known
        it = iter(chunks)
        head: list[bytes] = []
        size = 0
        for chunk in it:
            head.append(chunk)
            size += len(chunk)
            if size >= WHOLE:
                break
        else:
            yield "head", kind, name, b"".join(head), True, bool(capped and capped.truncated)
            return
        yield "head", kind, name, b"".join(head), False, None
        for chunk in it:
            yield "chunk", chunk
    except (OSError, ValueError, TypeError, RuntimeError) as e:  # evaluation errors surface while iterating
        raise QueryError(f"query failed: {e}") from e
    yield "end", bool(capped and capped.truncated)


def _worker_main(conn_in: Connection, conn_out: Connection) -> None:
    """A worker process: answer tasks on the read-only snapshot each task names."""
    import pyoxigraph as ox

    store, opened = None, None
    while True:
        try:
            message = conn_in.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        snapshot, task = message
        try:
            if snapshot != opened:
                store = None  # close the old view first
                store = ox.Store.read_only(snapshot)
                opened = snapshot
            for item in evaluate(store, task):
                conn_out.send(item)
        except KGError as e:
            conn_out.send(("error", e.status, str(e)))
        except Exception as e:  # reported to the client; the worker itself stays usable
            conn_out.send(("error", 500, f"query failed: {type(e).__name__}: {e}"))


def _widen(pipe: int) -> None:
    """Let a whole answer fit in the pipe (Linux; 64 KiB by default, else the worker waits for
    the web process to read each 64 KiB, and each wait costs both a switch between processes)."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, WHOLE)
    except (ImportError, AttributeError, OSError):
        pass  # another system, or a lower limit in /proc/sys/fs/pipe-max-size: the default works


class _Worker:
    def __init__(self) -> None:
        # stdin carries tasks and stdout answers; the worker's own prints go to stderr
        self.process = subprocess.Popen([sys.executable, "-m", "kg.querypool"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.send_conn = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.conn = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        _widen(self.conn.fileno())
        self.process.stdin.close()
        self.process.stdout.close()

    def send(self, message) -> None:
        self.send_conn.send(message)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        self.conn.close()
        self.send_conn.close()


class RWLock:
    """Many readers or one writer; a waiting writer lets no new reader in."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting = 0

    def acquire_read(self) -> None:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and not self._waiting)
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writer and not self._readers)
            self._waiting -= 1
            self._writer = True

    def release_write(self) -> None:
        with self._cond:
            self._writer = False
            self._cond.notify_all()


class QueryPool:
    """``size`` worker processes answering queries on snapshots of ``store``, each cut at a deadline."""

    def __init__(self, store, size: int = 2) -> None:
        self.store = store  # the web process's OxigraphStore on disk
        self.size = max(1, size)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self.lock = RWLock()
        self.killed = 0
        self._closed = False
        self._numbers = itertools.count()
        # beside the store, so that the checkpoint's hard links stay on one file system
        parent = Path(store.path).resolve().parent
        self._root = Path(tempfile.mkdtemp(prefix=f".{Path(store.path).name}-snapshots-", dir=parent))
        self.snapshot = self._take_snapshot()
        for _ in range(self.size):
            self._idle.put(_Worker())
        atexit.register(self.close)

    def _take_snapshot(self) -> str:
        path = self._root / str(next(self._numbers))
        self.store.flush()
        self.store.pyoxigraph_store().backup(str(path))
        return str(path)

    def refresh(self) -> None:
        """After a write (under the write lock): a new snapshot, which workers open before their next query."""
        old, self.snapshot = self.snapshot, self._take_snapshot()
        shutil.rmtree(old, ignore_errors=True)  # no worker reads it again: each reopens first

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self.killed += 1
        if not self._closed:
            self._idle.put(_Worker())

    def run(self, task: Task, timeout: float) -> Answer:
        """Send ``task`` to an idle worker; the answer's chunks stream until done or the deadline."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"the server is busy: no query worker became free within {timeout:g} s; "
                               "try again later") from None
        self.lock.acquire_read()
        try:
            worker.send((self.snapshot, task))
            head = self._receive(worker, deadline, timeout)
        except BaseException:
            self.lock.release_read()
            raise
        _, kind, name, first, done, truncated = head
        if done:
            self.lock.release_read()
            self._idle.put(worker)
            return Answer(kind, name, iter([first]), truncated)
        return Answer(kind, name, self._stream(worker, first, deadline, timeout), None)

    def _receive(self, worker: _Worker, deadline: float, timeout: float) -> tuple:
        remaining = deadline - time.monotonic()
        try:
            ready = remaining > 0 and worker.conn.poll(remaining)
            message = worker.conn.recv() if ready else None
        except (EOFError, OSError):  # the worker died (e.g. out of memory)
            self._replace(worker)
            raise KGError("the query worker stopped unexpectedly; try a smaller query") from None
        if message is None:
            self._replace(worker)
            raise QueryTimeout(f"query timed out after {timeout:g} s and was stopped; "
                               "narrow it down or add a LIMIT")
        if message[0] == "error":
            self._idle.put(worker)
            error = QueryError(message[2])
            error.status = message[1]
            raise error
        return message

    def _stream(self, worker: _Worker, first: bytes, deadline: float, timeout: float) -> Iterator[bytes]:
        finished = False
        try:
            yield first
            while True:
                message = self._receive(worker, deadline, timeout)
                if message[0] == "chunk":
                    yield message[1]
                elif message[0] == "end":
                    finished = True
                    self._idle.put(worker)
                    return
        except KGError:
            finished = True  # _receive has already put back or replaced the worker
            return  # headers are sent: the response ends early, the client sees a cut body
        finally:
            if not finished:  # the client went away mid-stream: the worker is still writing
                self._replace(worker)
            self.lock.release_read()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                worker.send(None)
                worker.process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
            worker.kill()
        shutil.rmtree(self._root, ignore_errors=True)


if __name__ == "__main__":
    _in, _out = Connection(os.dup(0), writable=False), Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # stray prints must not corrupt the answers on stdout
    _worker_main(_in, _out)
