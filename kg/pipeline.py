"""The enrichment pipeline: metadata → detections → scene → reasoning, into a store.

Each artwork's metadata, detections and scene are written together in one transaction, so an
interrupted run keeps every artwork it finished and a re-run replaces rather than duplicates.
Reasoning runs after the artworks, over the artworks of the run.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from pyoxigraph import NamedNode

from . import engines, queries
from .errors import KGError, StageError
from .graph import (Iris, attribution_triples, detection_triples, detector_triples,
                    metadata_triples, scene_triples, subject_triples)
from .model import Artwork, Attribution
from .ontology import Ontology
from .rules import RuleSet
from .store import OxigraphStore, Triple
from .vocab import DCTERMS, ICO, PROV, RDF, RDFS, RULE


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
    skipped: list[KGError] = field(default_factory=list)
    unmapped: Counter = field(default_factory=Counter)


def _stage(name: str, art: Artwork | None, fn: Callable, *args):
    """Run one stage, naming the stage and artwork if it fails unexpectedly."""
    try:
        return fn(*args)
    except KGError:
        raise
    except Exception as e:
        where = f" on artwork {art.identifier} ({art.source})" if art else ""
        raise StageError(f"stage {name!r} failed{where}: {type(e).__name__}: {e}") from e


class Pipeline:
    """Enrich artworks into a store with a detector, an ontology and a rule set."""

    def __init__(self, store: OxigraphStore, *, base_iri: str, ontology: Ontology, rules: RuleSet,
                 progress: bool = False) -> None:
        self.store = store
        self.iris = Iris.checked(base_iri)
        self.ontology = ontology
        self.rules = rules
        self.progress = progress

    def _bar(self, items, total: int, desc: str):
        if not self.progress:
            return items
        from tqdm import tqdm

        return tqdm(items, total=total, desc=desc, unit="artwork")

    def _already_detected(self, run: NamedNode) -> set[str]:
        """Graph IRIs of the detection graphs this same detection run already wrote."""
        rows = self.store.select(queries.text("detected-with"), {"run": run})
        return {row["graph"].value for row in rows}

    def enrich(self, artworks: Sequence[Artwork], detector, *, resume: bool = True,
               linker=None) -> RunSummary:
        """Ingest, detect, relate and reason over ``artworks``.

        With ``resume``, artworks whose detections this same detector (same weights or
        annotation file, same thresholds) already wrote are not detected again: re-running an
        interrupted command picks up where it stopped. With a ``linker`` (opt-in, see
        ``kg/linking.py``), titles, descriptions and unmapped labels are linked to Iconclass.
        """
        from vision import scene

        summary = RunSummary()
        self.store.load_file(self.ontology.path, self.iris.graph("ontology"))
        self.store.replace_graphs({self.iris.agent_graph(detector.info):
                                   list(detector_triples(self.iris, detector.info))})
        run = self.iris.detection_run(detector.info)
        skip = self._already_detected(run) if resume else set()
        todo = [a for a in artworks if self.iris.graph("detections", a.identifier) not in skip]
        todo_ids = {a.identifier for a in todo}
        done: list[Artwork] = [a for a in artworks if a.identifier not in todo_ids]
        summary.resumed = len(done)
        if done:  # metadata may have changed even where detections did not
            self.store.replace_graphs({self.iris.graph("metadata", a.identifier):
                                       list(metadata_triples(self.iris, a)) for a in done})
        detected: dict[str, Sequence] = {}  # this run's detections, for the linking stage
        outcomes = _stage("detect", None, detector.detect, todo)
        for art, outcome in self._bar(outcomes, len(todo), "enrich"):
            graphs: dict[str, list[Triple]] = {
                self.iris.graph("metadata", art.identifier): list(metadata_triples(self.iris, art))}
            if isinstance(outcome, KGError):
                summary.skipped.append(outcome)  # keep what an earlier run detected
            else:
                relations = _stage("scene", art, scene.relations, outcome, self.ontology)
                det_graph = self.iris.graph("detections", art.identifier)
                graphs[det_graph] = [(NamedNode(det_graph), PROV.wasGeneratedBy, run), *_stage(
                    "write", art, detection_triples, self.iris, self.ontology, art, detector.info,
                    outcome, getattr(detector, "image_sizes", {}).get(art.identifier))]
                graphs[self.iris.graph("scene", art.identifier)] = list(
                    scene_triples(self.iris, art, relations))
                summary.detections += len(outcome)
                detected[art.identifier] = outcome
                summary.relations += len(relations)
                summary.unmapped.update(d.label for d in outcome
                                        if self.ontology.class_for_label(d.label) is None)
            self.store.replace_graphs(graphs)
            done.append(art)
        summary.artworks = len(done)
        if linker is not None:
            from .linking import link_artworks

            summary.links = len(_stage("link", None, link_artworks, self.store, self.iris,
                                       self.ontology, linker, done, detected))
        attributions = self.reason([self.iris.artwork(a.identifier) for a in done])
        summary.attributions = sum(len(v) for v in attributions.values())
        summary.asserted = sum(a.asserted for v in attributions.values() for a in v)
        self.store.flush()
        return summary

    def all_artworks(self) -> list[NamedNode]:
        return [row["artwork"] for row in self.store.select(queries.text("artwork-iris"))]

    def reason(self, artworks: Sequence[NamedNode] | None = None, *,
               describe: bool = True, engine: str = engines.DEFAULT) -> dict[str, list[Attribution]]:
        """Derive subjects for ``artworks`` (default: all), replacing their earlier inferences
        (and, unless ``describe`` is false, their generated descriptions). ``engine``: a name in
        ``kg.engines.ENGINES`` ("sparql", the fast default, or "owlready2", the reference)."""
        evaluate = engines.get(engine)
        artworks = list(artworks) if artworks is not None else self.all_artworks()
        run = self.iris.run("reason", self.rules.fingerprint)
        self.store.replace_graphs({self.iris.graph("rules"): list(self._rule_triples(run))})
        found = _stage("reason", None, evaluate, self.store, self.rules.rules, self.ontology, artworks)
        batch: dict[str, list[Triple]] = {}
        for art_iri, atts in found.items():
            ident = art_iri.rsplit("/", 1)[-1]
            batch[self.iris.graph("inferences", ident)] = [
                t for att in atts for t in attribution_triples(self.iris, run, att)]
            if len(batch) >= 500:
                self.store.replace_graphs(batch)
                batch = {}
        self.store.replace_graphs(batch)
        if describe:
            self.describe(artworks, run)
        return found

    def describe(self, artworks: Sequence[NamedNode], run: NamedNode) -> None:
        """Write each artwork's description, in every language, from its graph as it now stands."""
        from .describe import describe_artwork, description_triples

        batch: dict[str, list[Triple]] = {}
        for art in artworks:
            scene, texts = _stage("describe", None, describe_artwork, self.store, self.ontology, art)
            graph = self.iris.graph("descriptions", art.value.rsplit("/", 1)[-1])
            batch[graph] = list(description_triples(art, run, scene, texts))
            if len(batch) >= 500:
                self.store.replace_graphs(batch)
                batch = {}
        self.store.replace_graphs(batch)

    def _rule_triples(self, run: NamedNode) -> Iterator[Triple]:
        from pyoxigraph import Literal

        yield run, RDF.type, ICO.ReasoningRun
        yield run, RDF.type, PROV.Activity
        yield run, RDFS.label, Literal(f"rules {self.rules.fingerprint[:16]}")
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
