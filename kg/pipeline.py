"""The enrichment pipeline: metadata → detections → scene → reasoning, into a store.

Detected artworks are built in chunks: each artwork's metadata, detections, scene, attributions
and description are written together, a chunk at once (see ``kg/store.py`` on transactions), so
an interrupted run keeps every artwork it detected and a re-run replaces rather than duplicates. Artworks an earlier run
already detected (resumed) are reasoned again at the end, over the store.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from . import engines, queries
from .errors import InputError, KGError, stage
from .graph import (Iris, attribution_triples, detector_triples, last_segment, metadata_triples,
                    subject_triples)
from .model import Artwork, Attribution
from .ontology import Ontology
from .reasoning import ASSERT_THRESHOLD, assert_at
from .rules import RuleSet
from .store import OxigraphStore, Triple, Writer
from .vocab import DCTERMS, ICO, PROV, RDF, RDFS, RULE, run_parameter
from .workers import AHEAD, CHUNK, Context, Job, Result, Workers, build

if TYPE_CHECKING:
    from vision.records import Skips


#: Chunks waiting for the writer thread before detection waits for it (memory: their N-Quads,
#: 1–2 MB each); those waiting are written as one.
WRITES_AHEAD = 8
#: Artworks per call of the reasoning engine in ``Pipeline.reason`` (16 of its partitions).
REASON_BATCH = 16_000
#: Artworks whose metadata one write of a resumed run replaces (about 13,000 quads).
METADATA_BATCH = 1_000


@dataclass
class RunSummary:
    """What a run did, for the CLI's report."""

    artworks: int = 0
    detections: int = 0
    relations: int = 0
    attributions: int = 0
    asserted: int = 0
    resumed: int = 0  # artworks whose detections an earlier run of the same detector wrote
    links: int = 0  # concept links written (only with a linker)
    untagged: int = 0  # of the artworks linked, those whose title states no language
    skipped: list[KGError] = field(default_factory=list)
    unmapped: Counter = field(default_factory=Counter)
    left_out: Skips | None = None  # what the detector's annotation file left out on purpose


class Pipeline:
    """Enrich artworks into a store with a detector, an ontology and a rule set."""

    def __init__(self, store: OxigraphStore, *, base_iri: str, ontology: Ontology, rules: RuleSet,
                 progress: bool = False, threshold: float = ASSERT_THRESHOLD) -> None:
        self.store = store
        self.iris = Iris.checked(base_iri)
        self.ontology = ontology
        self.rules = rules
        self.progress = progress
        if not 0 <= threshold <= 1:
            raise InputError(f"the assertion threshold must be from 0 to 1, not {threshold}")
        self.threshold = threshold  # from which an attribution is asserted (depictsSubject)

    def _bar(self, items, total: int, desc: str):
        if not self.progress:
            return items
        from .progress import bar

        return bar(items, total=total, desc=desc, unit="artwork")

    def _already_detected(self, run: NamedNode) -> set[str]:
        """Graph IRIs of the detection graphs this same detection run already wrote."""
        rows = self.store.select(queries.text("detected-with"), {"run": run})
        return {row["graph"].value for row in rows}

    def context(self, engine: str = engines.DEFAULT) -> Context:
        """What the per-chunk work needs (see ``kg/workers.py``); ``Workers`` takes it at start."""
        return Context(self.iris.base, self.ontology, self.rules.rules, engine, self.threshold)

    def reasoning_run(self) -> NamedNode:
        """The reasoning run: its rules, and its threshold where it is not the default (a run
        under another threshold asserts other subjects: another run)."""
        key = self.rules.fingerprint + ("" if self.threshold == ASSERT_THRESHOLD else f"|{self.threshold!r}")
        return self.iris.run("reason", key)

    def enrich(self, artworks: Sequence[Artwork], detector, *, resume: bool = True,
               linker=None, workers: Workers | None = None) -> RunSummary:
        """Ingest, detect, relate and reason over ``artworks``.

        Detected artworks are built in chunks (``kg/workers.py``): triples, scene relations,
        attributions and descriptions, each chunk written at once — in ``workers``
        processes when given, else inline. An interrupted run still writes what it detected.
        With ``resume``, artworks whose detections this same detector (same weights or
        annotation file, same thresholds) already wrote are not detected again: re-running an
        interrupted command picks up where it stopped. With a ``linker`` (opt-in, see
        ``kg/linking.py``), titles, descriptions and unmapped labels are linked to Iconclass.
        """
        summary = RunSummary(left_out=getattr(detector, "skips", None))
        self.store.load_file(self.ontology.path, self.iris.graph("ontology"))
        reasoning_run = self.reasoning_run()
        self.store.replace_graphs({
            self.iris.agent_graph(detector.info): list(detector_triples(self.iris, detector.info)),
            self.iris.graph("rules"): list(self._rule_triples(reasoning_run))})
        run = self.iris.detection_run(detector.info)
        skip = self._already_detected(run) if resume else set()
        todo = [a for a in artworks if self.iris.graph("detections", a.identifier) not in skip]
        todo_ids = {a.identifier for a in todo}
        done: list[Artwork] = [a for a in artworks if a.identifier not in todo_ids]
        summary.resumed = len(done)
        # metadata may have changed even where detections did not: rewritten, a chunk at a time
        # (in one write, a re-run of 20,000 artworks held a million-quad update in memory)
        for start in range(0, len(done), METADATA_BATCH):
            self.store.replace_graphs({self.iris.graph("metadata", a.identifier): list(metadata_triples(
                self.iris, a)) for a in done[start:start + METADATA_BATCH]})
        later = list(done)  # reasoned over the store at the end: resumed and skipped artworks
        detected: dict[str, Sequence] = {}  # this run's detections, for the linking stage
        ctx = self.context()
        pending: list = []
        inflight: deque[Future] = deque()
        writer = Writer(self.store, ahead=WRITES_AHEAD)  # loads each chunk while this thread detects

        def write(result: Result) -> None:
            for name in ("detections", "relations", "attributions", "asserted"):
                setattr(summary, name, getattr(summary, name) + getattr(result, name))
            summary.unmapped.update(result.unmapped)
            writer.put(result.new)

        def send() -> None:
            job = Job(tuple(pending), detector.info, reasoning_run.value)
            if workers is None:  # the chunk stays pending until written: an interruption while it
                write(build(ctx, job))  # is built is followed by building it again, below
                pending.clear()
                return
            inflight.append(workers.submit(job))
            pending.clear()
            while len(inflight) > workers.n * AHEAD:
                write(workers.result(inflight.popleft()))

        sizes = getattr(detector, "image_sizes", {})
        outcomes = stage("detect", None, detector.detect, todo)
        try:
            for art, outcome in self._bar(outcomes, len(todo), "enrich"):
                done.append(art)
                if isinstance(outcome, KGError):
                    summary.skipped.append(outcome)  # keep what an earlier run detected
                    later.append(art)
                    self.store.replace_graphs({self.iris.graph("metadata", art.identifier):
                                               list(metadata_triples(self.iris, art))})
                    continue
                pending.append((art, tuple(outcome), sizes.get(art.identifier)))
                detected[art.identifier] = outcome
                if len(pending) >= CHUNK:
                    send()
                while inflight and inflight[0].done():
                    write(workers.result(inflight.popleft()))
        finally:  # what was detected is written, even when the run is interrupted
            try:
                if pending:
                    send()
                while inflight:
                    write(workers.result(inflight.popleft()))
            finally:
                writer.close()
        summary.artworks = len(done)
        if linker is not None:
            from .linking import link_artworks

            summary.links = len(stage("link", None, link_artworks, self.store, self.iris,
                                      self.ontology, linker, done, detected))
            summary.untagged = sum(bool(a.title.strip()) and not a.language for a in done)
        if later:
            found = self.reason([self.iris.artwork(a.identifier) for a in later])
            summary.attributions += sum(len(v) for v in found.values())
            summary.asserted += sum(a.asserted for v in found.values() for a in v)
        self.store.flush()
        return summary

    def all_artworks(self) -> list[NamedNode]:
        return [row["artwork"] for row in self.store.select(queries.text("artwork-iris"))]

    def reason(self, artworks: Sequence[NamedNode] | None = None, *,
               describe: bool = True, engine: str = engines.DEFAULT) -> dict[str, list[Attribution]]:
        """Derive subjects for ``artworks`` (default: all), replacing their earlier inferences
        (and, unless ``describe`` is false, their generated descriptions). ``engine``: a name in
        ``kg.engines.ENGINES`` ("sparql", the fast default, or "owlready2", the reference).

        Artworks go to the engine ``REASON_BATCH`` at a time, each batch's inferences and
        descriptions written before the next: a progress bar that moves, and a run stopped
        half-way keeps what it wrote."""
        evaluate = engines.get(engine)
        artworks = list(artworks) if artworks is not None else self.all_artworks()
        run = self.reasoning_run()
        self.store.replace_graphs({self.iris.graph("rules"): list(self._rule_triples(run))})
        found: dict[str, list[Attribution]] = {}
        batches = [artworks[i:i + REASON_BATCH] for i in range(0, len(artworks), REASON_BATCH)]
        from .progress import bar as progress_bar

        with progress_bar(total=len(artworks), desc="reason", unit="artwork",
                  disable=not self.progress or len(batches) < 2) as bar:
            for part in batches:
                part_found = assert_at(stage("reason", None, evaluate, self.store, self.rules.rules,
                                             self.ontology, part), self.threshold)
                self._write_inferences(run, part_found)
                if describe:
                    self.describe(part, run)
                found.update(part_found)
                bar.update(len(part))
        return found

    def _write_inferences(self, run: NamedNode, found: dict[str, list[Attribution]]) -> None:
        """Each artwork's attributions as its inferences graph (replacing the earlier one)."""
        batch: dict[str, list[Triple]] = {}
        for art_iri, atts in found.items():
            batch[self.iris.graph("inferences", last_segment(art_iri))] = [
                t for att in atts for t in attribution_triples(self.iris, run, att)]
            if len(batch) >= 500:
                self.store.replace_graphs(batch)
                batch = {}
        self.store.replace_graphs(batch)

    def describe(self, artworks: Sequence[NamedNode], run: NamedNode) -> None:
        """Write each artwork's description, in every language, from its graph as it now stands."""
        from .describe import describe_artworks, description_triples

        for start in range(0, len(artworks), 500):
            part = artworks[start:start + 500]
            found = stage("describe", None, describe_artworks, self.store, self.ontology, part)
            self.store.replace_graphs({
                self.iris.graph("descriptions", last_segment(art.value)):
                    list(description_triples(art, run, *found[art.value])) for art in part})

    def _rule_triples(self, run: NamedNode) -> Iterator[Triple]:
        from pyoxigraph import Literal

        yield run, RDF.type, ICO.ReasoningRun
        yield run, RDF.type, PROV.Activity
        yield run, RDFS.label, Literal(f"rules {self.rules.fingerprint[:16]}")
        yield run, run_parameter("assertThreshold"), Literal(repr(self.threshold))
        seen: set[str] = set()
        for rule in self.rules.rules:
            node = RULE.term(rule.id)
            yield node, RDF.type, ICO.Rule
            yield node, RDFS.label, Literal(rule.label, language="en")
            if rule.source:
                yield node, DCTERMS.source, Literal(rule.source)
            yield run, PROV.used, node
            concept = list(subject_triples(rule.notation, rule.wikidata, rule.subject_label))
            yield node, ICO.ruleSubject, concept[0][0]
            if rule.notation not in seen:
                seen.add(rule.notation)
                yield from concept
