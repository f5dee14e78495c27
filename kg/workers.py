"""An enrichment run's per-artwork work, in chunks: inline, or in worker processes beside a GPU.

A chunk is a few dozen detected artworks. For each, the writer turns detections into triples and
the scene module derives spatial relations; then the fast engine reasons over the chunk and the
describer writes each description, all in a small in-memory store holding just the chunk (every
rule is local to one artwork, so this is the same reasoning as over the whole store). The result
is one ``Replacement`` of every graph of the chunk's artworks: metadata, detections, scene,
inferences and descriptions, as N-Quads the main process loads at once (``OxigraphStore.apply``).

That work costs about as much CPU per artwork as a GPU spends detecting a batch of images, so
``Workers`` runs chunks in separate processes (started once, before the run, like the model) while
the main process only detects and applies updates; Oxigraph releases the GIL while it writes.
"""
from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from pyoxigraph import NamedNode

from .config import cores
from .model import Artwork, Detection, DetectorInfo
from .ontology import Ontology
from .reasoning import ASSERT_THRESHOLD, assert_at
from .rules import Rule
from .store import Replacement
from .vocab import PROV

#: Artworks per chunk: enough for the fast engine to amortise its queries over, small enough
#: that an interrupted run (whose last, partial chunk is still written) loses little work.
CHUNK = 32
#: Chunks handed to each worker ahead of the writer (memory: a chunk's detections and N-Quads).
AHEAD = 2
#: Below this many artworks to detect, ``auto`` runs inline: starting workers costs seconds.
MIN_PARALLEL = 256


@dataclass(frozen=True)
class Context:
    """What every chunk needs and no chunk changes: sent once to each worker."""

    base_iri: str
    ontology: Ontology
    rules: tuple[Rule, ...]
    engine: str
    threshold: float = ASSERT_THRESHOLD  # from which an attribution is asserted


@dataclass(frozen=True)
class Job:
    """One chunk: detected artworks, each with its boxes and image size (width, height) if known."""

    items: tuple[tuple[Artwork, tuple[Detection, ...], tuple[int, int] | None], ...]
    detector: DetectorInfo
    reasoning_run: str  # IRI of the reasoning run (its rules' fingerprint)


@dataclass
class Result:
    """A chunk's new graphs and what they hold, for the run summary."""

    new: Replacement
    detections: int = 0
    relations: int = 0
    attributions: int = 0
    asserted: int = 0
    unmapped: Counter = field(default_factory=Counter)


def build(ctx: Context, job: Job) -> Result:
    """The new content of every graph of the chunk's artworks."""
    from vision import scene

    from . import engines
    from .describe import describe_artworks, description_triples
    from .errors import stage
    from .graph import (Iris, attribution_triples, detection_triples, last_segment,
                        metadata_triples, scene_triples, subject_triples)
    from .store import OxigraphStore, replacement

    iris = Iris(ctx.base_iri)
    out = Result(new=Replacement((), b""))
    graphs: dict[str, list] = {}
    det_run = iris.detection_run(job.detector)
    for art, detections, size in job.items:
        relations = stage("scene", art, scene.relations, detections, ctx.ontology)
        det_graph = iris.graph("detections", art.identifier)
        graphs[iris.graph("metadata", art.identifier)] = list(metadata_triples(iris, art))
        graphs[det_graph] = [(NamedNode(det_graph), PROV.wasGeneratedBy, det_run), *stage(
            "write", art, detection_triples, iris, ctx.ontology, art, job.detector, detections, size)]
        graphs[iris.graph("scene", art.identifier)] = list(scene_triples(iris, art, relations))
        out.detections += len(detections)
        out.relations += len(relations)
        out.unmapped.update(d.label for d in detections if ctx.ontology.class_for_label(d.label) is None)
    scratch = OxigraphStore(None)  # the chunk and the rules' subjects: all that reasoning and
    scratch.replace_graphs({**graphs, "urn:iconograph:subjects": [  # descriptions read
        t for rule in _first_by_notation(ctx.rules)
        for t in subject_triples(rule.notation, rule.wikidata, rule.subject_label)]})
    arts = [iris.artwork(art.identifier) for art, _, _ in job.items]
    run = NamedNode(job.reasoning_run)
    found = assert_at(stage("reason", None, engines.get(ctx.engine), scratch, ctx.rules, ctx.ontology,
                            arts), ctx.threshold)
    inferences = {}
    for art_iri, atts in found.items():
        inferences[iris.graph("inferences", last_segment(art_iri))] = [
            t for att in atts for t in attribution_triples(iris, run, att)]
        out.attributions += len(atts)
        out.asserted += sum(a.asserted for a in atts)
    scratch.replace_graphs(inferences)
    graphs.update(inferences)
    described = stage("describe", None, describe_artworks, scratch, ctx.ontology, arts)
    for art in arts:
        graphs[iris.graph("descriptions", last_segment(art.value))] = list(
            description_triples(art, run, *described[art.value]))
    out.new = replacement(graphs)
    return out


def _first_by_notation(rules: tuple[Rule, ...]) -> list[Rule]:
    """One rule per subject, the first, as the rules graph describes each subject (pipeline)."""
    first: dict[str, Rule] = {}
    for rule in rules:
        first.setdefault(rule.notation, rule)
    return list(first.values())


def auto_count(todo: int) -> int:
    """Workers for ``--workers auto``: none for small runs or small machines, else one per spare
    core up to 8 (the main process keeps one core for detection and writing)."""
    n = cores()
    return 0 if todo < MIN_PARALLEL or n <= 2 else min(8, n - 1)


_context: Context | None = None  # a worker process's context, set once when it starts


def _start(ctx: Context) -> None:
    import signal

    global _context
    _context = ctx
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle


def _ready() -> int:
    return os.getpid()


def _build(job: Job) -> Result:
    assert _context is not None
    return build(_context, job)


class Workers:
    """``n`` worker processes building chunks; started (and warmed) on creation, like a model.

    Processes are spawned, not forked: the main process may hold CUDA and threads by then.
    """

    def __init__(self, n: int, ctx: Context) -> None:
        import multiprocessing

        self.n, self.ctx = n, ctx
        self._pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_start, initargs=(ctx,))
        for f in [self._pool.submit(_ready) for _ in range(n)]:  # start them all now
            f.result()

    def submit(self, job: Job) -> Future:
        return self._pool.submit(_build, job)

    @staticmethod
    def result(future: Future) -> Result:
        """A chunk's result; a worker that died (killed, out of memory) is a clear error."""
        from concurrent.futures.process import BrokenProcessPool

        from .errors import StageError

        try:
            return future.result()
        except BrokenProcessPool as e:
            raise StageError(f"a build worker process died ({e}); run again (what was written "
                             "is kept), or with --workers 0 to build inline") from e

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

