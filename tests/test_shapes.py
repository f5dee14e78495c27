"""SHACL shapes validate what the pipeline writes."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.store import OxigraphStore
from kg.validate import validate
from kg.vocab import ICO


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
