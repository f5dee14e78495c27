"""An interrupted enrichment loses nothing and resumes where it stopped."""
from __future__ import annotations

import pytest

from conftest import BASE, SAMPLES
from kg.ingest import read_collection
from kg.pipeline import Pipeline
from kg.store import OxigraphStore
from vision.detect import AnnotationDetector


class Interrupting(AnnotationDetector):
    """The annotation detector, interrupted (as by Ctrl-C) after ``limit`` artworks."""

    def __init__(self, *args, limit: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit, self.seen = limit, []

    def detect(self, artworks):
        for art, outcome in super().detect(artworks):
            if self.limit is not None and len(self.seen) == self.limit:
                raise KeyboardInterrupt
            self.seen.append(art.identifier)
            yield art, outcome


def _pipeline(store, ontology, ruleset):
    return Pipeline(store, base_iri=BASE, ontology=ontology, rules=ruleset)


def test_interrupted_run_resumes(tmp_path, ontology, ruleset):
    artworks = read_collection(SAMPLES / "collection.csv")
    with OxigraphStore(tmp_path / "clean") as store:
        _pipeline(store, ontology, ruleset).enrich(artworks, AnnotationDetector(SAMPLES / "annotations.json"))
        clean = len(store)

    with OxigraphStore(tmp_path / "s") as store:
        first = Interrupting(SAMPLES / "annotations.json", limit=5)
        with pytest.raises(KeyboardInterrupt):
            _pipeline(store, ontology, ruleset).enrich(artworks, first)
        assert len(first.seen) == 5
        second = Interrupting(SAMPLES / "annotations.json")
        summary = _pipeline(store, ontology, ruleset).enrich(artworks, second)
        # the five finished artworks are not detected again; the rest are
        assert set(second.seen) == {a.identifier for a in artworks} - set(first.seen)
        assert summary.resumed == 5 and summary.artworks == 12
        assert len(store) == clean  # same graph as an uninterrupted run

        again = Interrupting(SAMPLES / "annotations.json")
        _pipeline(store, ontology, ruleset).enrich(artworks, again, resume=False)
        assert len(again.seen) == 12 and len(store) == clean


def test_a_run_with_other_thresholds_detects_again(tmp_path, ontology, ruleset):
    """Resuming skips what was detected *with the same detector and thresholds*: a changed
    parameter (here the VIA attribute, as --conf or --iou for a model) is another run."""
    artworks = read_collection(SAMPLES / "collection.csv")
    with OxigraphStore(tmp_path / "s") as store:
        _pipeline(store, ontology, ruleset).enrich(artworks, Interrupting(SAMPLES / "annotations.json"))
        same = Interrupting(SAMPLES / "annotations.json")
        assert _pipeline(store, ontology, ruleset).enrich(artworks, same).resumed == 12 and not same.seen
        other = Interrupting(SAMPLES / "annotations.json", via_attribute="class")
        assert other.info.parameters and other.info.sha256 == same.info.sha256
        assert _pipeline(store, ontology, ruleset).enrich(artworks, other).resumed == 0
        assert len(other.seen) == 12


def test_an_interruption_while_a_chunk_is_built_loses_no_artwork(tmp_path, ontology, ruleset, monkeypatch):
    """Ctrl-C may land while a chunk's graphs are built: that chunk stays pending and is built
    and written again on the way out, so every artwork counted as seen is in the store."""
    import kg.pipeline as pipeline_mod

    artworks = read_collection(SAMPLES / "collection.csv")
    real, calls = pipeline_mod.build, []

    def build(ctx, job):
        calls.append(len(job.items))
        if len(calls) == 1:
            raise KeyboardInterrupt  # during the first (full) chunk
        return real(ctx, job)

    monkeypatch.setattr(pipeline_mod, "build", build)
    monkeypatch.setattr(pipeline_mod, "CHUNK", 4)
    with OxigraphStore(tmp_path / "s") as store:
        detector = Interrupting(SAMPLES / "annotations.json")
        with pytest.raises(KeyboardInterrupt):
            _pipeline(store, ontology, ruleset).enrich(artworks, detector)
        assert calls == [4, 4]  # the chunk built again, then written
        graphs = set(store.named_graphs())
        assert len(detector.seen) == 4
        assert all(f"{BASE}graph/detections/{ident}" in graphs for ident in detector.seen)
