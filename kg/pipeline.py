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

from . import reasoning
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

    def enrich(self, artworks: Sequence[Artwork], detector) -> RunSummary:
        """Ingest, detect, relate and reason over ``artworks``."""
        from vision import scene

        summary = RunSummary()
        self.store.load_file(self.ontology.path, self.iris.graph("ontology"))
        self.store.replace_graphs({self.iris.agent_graph(detector.info):
                                   list(detector_triples(self.iris, detector.info))})
        done: list[Artwork] = []
        outcomes = _stage("detect", None, detector.detect, artworks)
        for art, outcome in self._bar(outcomes, len(artworks), "enrich"):
            graphs: dict[str, list[Triple]] = {
                self.iris.graph("metadata", art.identifier): list(metadata_triples(self.iris, art))}
            if isinstance(outcome, KGError):
                summary.skipped.append(outcome)  # keep what an earlier run detected
            else:
                relations = _stage("scene", art, scene.relations, outcome, self.ontology)
                graphs[self.iris.graph("detections", art.identifier)] = list(_stage(
                    "write", art, detection_triples, self.iris, self.ontology, art, detector.info,
                    outcome))
                graphs[self.iris.graph("scene", art.identifier)] = list(
                    scene_triples(self.iris, art, relations))
                summary.detections += len(outcome)
                summary.relations += len(relations)
                summary.unmapped.update(d.label for d in outcome
                                        if self.ontology.class_for_label(d.label) is None)
            self.store.replace_graphs(graphs)
            done.append(art)
        summary.artworks = len(done)
        attributions = self.reason([self.iris.artwork(a.identifier) for a in done])
        summary.attributions = sum(len(v) for v in attributions.values())
        summary.asserted = sum(a.asserted for v in attributions.values() for a in v)
        self.store.flush()
        return summary

    def all_artworks(self) -> list[NamedNode]:
        rows = self.store.query(f"SELECT DISTINCT ?a WHERE {{ ?a a <{ICO}Artwork> }}")
        return [row["a"] for row in rows]

    def reason(self, artworks: Sequence[NamedNode] | None = None) -> dict[str, list[Attribution]]:
        """Derive subjects for ``artworks`` (default: all), replacing their earlier inferences."""
        artworks = list(artworks) if artworks is not None else self.all_artworks()
        run = self.iris.run("reason", self.rules.fingerprint)
        self.store.replace_graphs({self.iris.graph("rules"): list(self._rule_triples(run))})
        found = _stage("reason", None, reasoning.evaluate, self.store, self.rules.rules,
                       self.ontology, artworks)
        batch: dict[str, list[Triple]] = {}
        for art_iri, atts in found.items():
            ident = art_iri.rsplit("/", 1)[-1]
            batch[self.iris.graph("inferences", ident)] = [
                t for att in atts for t in attribution_triples(self.iris, run, att)]
            if len(batch) >= 500:
                self.store.replace_graphs(batch)
                batch = {}
        self.store.replace_graphs(batch)
        return found

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
