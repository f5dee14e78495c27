"""Enrichment end to end on the sample: idempotence, layers, provenance."""
from __future__ import annotations

import shutil

import pytest

from conftest import BASE, SAMPLES, enrich_sample
from kg.store import OxigraphStore


def test_enriching_twice_leaves_the_same_triples(tmp_path, demo_store_path):
    path = tmp_path / "store"
    enrich_sample(path)
    with OxigraphStore(path) as store:
        first = len(store)
        graphs = set(store.named_graphs())
    enrich_sample(path)
    with OxigraphStore(path) as store:
        assert len(store) == first
        assert set(store.named_graphs()) == graphs


def test_each_artwork_has_one_graph_per_stage(demo_store, sample_rows):
    graphs = set(demo_store.named_graphs())
    for row in sample_rows:
        for layer in ("metadata", "detections", "scene", "inferences"):
            if layer == "inferences" and "hobbema" in row["identifier"]:
                continue  # nothing derived for the landscape
            assert f"{BASE}graph/{layer}/{row['identifier']}" in graphs
    assert f"{BASE}graph/ontology" in graphs and f"{BASE}graph/rules" in graphs


def test_detections_are_web_annotations_with_provenance(demo_store):
    rows = demo_store.select("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX ico: <https://w3id.org/iconograph/ontology#>
        SELECT ?ann ?value ?sha WHERE {
          ?ann a oa:Annotation ; oa:hasTarget [ oa:hasSource ?img ; oa:hasSelector [ a oa:FragmentSelector ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?value ] ] ;
               prov:wasGeneratedBy [ prov:wasAssociatedWith [ ico:weightsSha256 ?sha ] ] .
        }""")
    assert len(rows) == 65
    assert all(r["value"].value.startswith("xywh=") for r in rows)
    assert {len(r["sha"].value) for r in rows} == {64}


def test_a_failed_run_keeps_what_was_stored(tmp_path):
    path = tmp_path / "store"
    enrich_sample(path)
    with OxigraphStore(path) as store:
        before = len(store)
    bad = tmp_path / "bad.csv"
    shutil.copy(__import__("conftest").SAMPLES / "collection.csv", bad)
    with open(bad, "a", encoding="utf-8") as f:
        f.write("broken-row,\n")
    import pytest

    from kg.errors import InputError

    with pytest.raises(InputError, match=r"bad.csv:14"):
        __import__("conftest").run_enrich(bad, store_path=path, base_iri=BASE,
                                          annotations=__import__("conftest").SAMPLES / "annotations.json",
                                          progress=False)
    with OxigraphStore(path) as store:
        assert len(store) == before


def test_base_iri_is_configurable(tmp_path):
    from conftest import SAMPLES, run_enrich

    path = tmp_path / "store"
    run_enrich(SAMPLES / "collection.csv", store_path=path, base_iri="https://data.example.org/ic",
               annotations=SAMPLES / "annotations.json", progress=False)
    with OxigraphStore(path) as store:
        rows = store.select("SELECT ?a WHERE { ?a a <https://w3id.org/iconograph/ontology#Artwork> }")
    assert len(rows) == 12
    assert all(r["a"].value.startswith("https://data.example.org/ic/artwork/") for r in rows)


def _quads(store: OxigraphStore) -> set[str]:
    """Every quad but the ontology's (whose blank nodes are new on each load)."""
    return {str(q) for q in store._store if q.graph_name.value != f"{BASE}graph/ontology"}


def test_workers_write_what_the_inline_run_writes(tmp_path, monkeypatch, ontology, ruleset):
    """Chunks built in worker processes (several chunks, two workers) give the very same graph as
    the inline run, and reasoning again over the whole store changes nothing: a chunk's
    in-memory reasoning is the store's reasoning."""
    from kg import pipeline as pipeline_mod
    from kg.ingest import read_collection
    from kg.pipeline import Pipeline
    from kg.workers import Workers
    from vision.detect import AnnotationDetector

    artworks = read_collection(SAMPLES / "collection.csv")
    detector = AnnotationDetector(SAMPLES / "annotations.json")
    monkeypatch.setattr(pipeline_mod, "CHUNK", 5)  # 12 artworks: chunks of 5, 5 and 2
    with OxigraphStore(tmp_path / "inline") as store:
        inline = Pipeline(store, base_iri=BASE, ontology=ontology, rules=ruleset)
        expected = inline.enrich(artworks, detector)
        inline_quads = _quads(store)
    with OxigraphStore(tmp_path / "workers") as store:
        pipe = Pipeline(store, base_iri=BASE, ontology=ontology, rules=ruleset)
        with Workers(2, pipe.context()) as workers:
            summary = pipe.enrich(artworks, detector, workers=workers)
        assert _quads(store) == inline_quads
        assert (summary.artworks, summary.detections, summary.relations, summary.attributions) == (
            expected.artworks, expected.detections, expected.relations, expected.attributions)
        assert summary.attributions > 0
        pipe.reason()
        assert _quads(store) == inline_quads
        monkeypatch.setattr(pipeline_mod, "REASON_BATCH", 5)  # engine called three times
        found = pipe.reason()
        assert _quads(store) == inline_quads and sum(map(len, found.values())) == summary.attributions


def test_bulk_loaded_enrichment_stores_what_transactions_store(tmp_path, monkeypatch):
    """Every write through the bulk loader (as a GPU run's merged chunks are) gives the same
    graph as transactions, and enriching again still replaces instead of adding."""
    from kg import store as store_mod

    enrich_sample(tmp_path / "transactions")
    with OxigraphStore(tmp_path / "transactions") as store:
        expected = _quads(store)
    monkeypatch.setattr(store_mod, "BULK_QUADS", 1)
    for _ in range(2):
        enrich_sample(tmp_path / "bulk")
        with OxigraphStore(tmp_path / "bulk") as store:
            assert _quads(store) == expected


def test_derived_subjects_are_compared_with_the_catalogues(tmp_path):
    import csv

    from kg import queries
    from kg.cli import run_enrich

    with open(SAMPLES / "collection.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    catalogue = {"uccello-saint-george-ng6294": "11H(GEORGE)41 | dragon",  # below the derived 11H(GEORGE)
                 "antonello-saint-jerome-ng1418": "73D6",  # wrong on purpose: agrees with nothing
                 "raphael-saint-catherine-ng168": "Saint Catherine"}  # no notation: not compared
    path = tmp_path / "c.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*rows[0], "subject"])
        writer.writeheader()
        writer.writerows({**r, "subject": catalogue.get(r["identifier"], "")} for r in rows)
    shutil.copy(SAMPLES / "annotations.json", tmp_path / "annotations.json")
    run_enrich(path, store_path=tmp_path / "db", base_iri=BASE, annotations=tmp_path / "annotations.json",
               progress=False)
    with OxigraphStore(tmp_path / "db") as store:
        found = {(r["artwork"].value.rsplit("/", 1)[-1], r["derived"].value.rsplit("/", 1)[-1],
                  r["agreesWith"].value.rsplit("/", 1)[-1] if "agreesWith" in r else None)
                 for r in store.select(queries.text("subjects-against-catalogue"))}
    assert found == {("uccello-saint-george-ng6294", "11H(GEORGE)", "11H(GEORGE)41"),
                     ("antonello-saint-jerome-ng1418", "11H(JEROME)", None)}


def test_a_run_asserts_from_its_own_threshold_in_workers_and_inline_alike(tmp_path, ontology, ruleset):
    """A curator may want only surer subjects asserted (or more): the threshold reaches the
    worker processes, is written in the reasoning run's PROV, and a later run under the default
    asserts as before."""
    from kg.ingest import read_collection
    from kg.pipeline import Pipeline
    from kg.workers import Workers
    from vision.detect import AnnotationDetector

    artworks = read_collection(SAMPLES / "collection.csv")
    detector = AnnotationDetector(SAMPLES / "annotations.json")
    counts = {}
    for name, workers in (("inline", 0), ("workers", 1)):
        with OxigraphStore(tmp_path / name) as store:
            pipe = Pipeline(store, base_iri=BASE, ontology=ontology, rules=ruleset, threshold=0.9)
            if workers:
                with Workers(workers, pipe.context()) as pool:
                    summary = pipe.enrich(artworks, detector, workers=pool)
            else:
                summary = pipe.enrich(artworks, detector)
            shortcuts = store.select("SELECT ?a WHERE { ?a <https://w3id.org/iconograph/ontology#depictsSubject> ?s }")
            recorded = store.select("SELECT ?t WHERE { ?run <https://w3id.org/iconograph/ontology#parameter_assertThreshold> ?t }")
            counts[name] = (summary.attributions, summary.asserted, len(shortcuts))
            assert [r["t"].value for r in recorded] == ["0.9"]
            default = Pipeline(store, base_iri=BASE, ontology=ontology, rules=ruleset).reason()
            assert sum(a.asserted for v in default.values() for a in v) > summary.asserted
    assert counts["inline"] == counts["workers"]
    attributions, asserted, shortcuts = counts["inline"]
    assert 0 < asserted < attributions and shortcuts == asserted
    from kg.errors import InputError

    with pytest.raises(InputError, match="threshold must be from 0 to 1"):
        Pipeline(OxigraphStore(None), base_iri=BASE, ontology=ontology, rules=ruleset, threshold=1.5)
