"""SHACL shapes validate what the pipeline writes."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.store import OxigraphStore
from kg.validate import validate
from kg.vocab import ICO

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def test_demo_output_conforms(demo_store):
    report = validate(demo_store)
    assert report.conforms, report.text
    assert report.violations == 0


def test_a_broken_attribution_is_caught(tmp_path):
    from conftest import enrich_sample

    path = tmp_path / "store"
    enrich_sample(path)
    with OxigraphStore(path) as store:
        att = store.select(f"SELECT ?a WHERE {{ ?a a <{ICO}Attribution> }} LIMIT 1")[0]["a"]
        store.replace_graphs({"http://127.0.0.1:5000/graph/broken": [
            (att, ICO.confidence, Literal("1.5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#double")))]})
        report = validate(store)
    assert not report.conforms
    assert report.violations == 2  # two confidences, one of them above 1
    assert "MaxInclusiveConstraintComponent" in report.text
    assert "MaxCountConstraintComponent" in report.text


def test_validation_in_small_batches_finds_what_one_pass_finds(tmp_path):
    """A store is checked a few artworks at a time (memory bounded whatever its size): the same
    verdict and the same faults as one pass; a fault in a graph no artwork owns, which every
    pass sees, counted once."""
    from conftest import enrich_sample

    path = tmp_path / "store"
    enrich_sample(path)
    with OxigraphStore(path) as store:
        whole, batched = validate(store, batch=10_000), validate(store, batch=2)
        assert whole.conforms and batched.conforms and whole.violations == batched.violations == 0
        att = store.select(f"SELECT ?a WHERE {{ ?a a <{ICO}Attribution> }} LIMIT 1")[0]["a"]
        store.replace_graphs({"http://127.0.0.1:5000/graph/broken": [
            (att, ICO.confidence, Literal("1.5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#double"))),
            (NamedNode("http://127.0.0.1:5000/artwork/nowhere"), NamedNode(RDF_TYPE), NamedNode(ICO + "Artwork"))]})
        whole, batched = validate(store, batch=10_000), validate(store, batch=1)
    assert not whole.conforms and not batched.conforms
    assert whole.violations == batched.violations >= 3  # two confidences, an artwork without a title…
    assert sorted(whole.text.splitlines()[3:]) == sorted(batched.text.splitlines()[3:])
