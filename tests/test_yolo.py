"""The YOLO path on real ultralytics code, offline: train, detect, write, reason."""
from __future__ import annotations

import hashlib

import pytest

from kg.cli import run_enrich
from kg.store import OxigraphStore

pytestmark = pytest.mark.slow
BASE = "http://127.0.0.1:5000/"


def test_yolo_detections_flow_through_the_same_writer(tmp_path, yolo_dataset_and_weights, no_network):
    data, weights = yolo_dataset_and_weights
    images = sorted((data / "images" / "val").glob("*.png"))
    csv_path = tmp_path / "collection.csv"
    csv_path.write_text("identifier,title,image\n" + "".join(
        f"synthetic-{i},Synthetic scene {i},{p}\n" for i, p in enumerate(images)))
    store_path = tmp_path / "store"
    summary = run_enrich(csv_path, store_path=store_path, base_iri=BASE, weights=weights,
                         progress=False, conf=0.25, imgsz=160)
    assert summary.artworks == len(images) and not summary.skipped
    # each synthetic image holds exactly one disc (dragon) and one bar (lance)
    assert summary.detections >= len(images)
    with OxigraphStore(store_path) as store:
        rows = store.select("""
            PREFIX ico: <https://w3id.org/iconograph/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?artwork ?class ?box ?conf ?sha WHERE {
              ?obj ico:depictedIn ?artwork ; ico:detection ?ann .
              ?ann oa:hasBody ?class ; ico:confidence ?conf ;
                   oa:hasTarget/oa:hasSelector/<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?box ;
                   prov:wasAttributedTo/ico:weightsSha256 ?sha .
            }""")
    sha = hashlib.sha256(weights.read_bytes()).hexdigest()
    assert {r["sha"].value for r in rows} == {sha}
    classes = {r["class"].value.rsplit("#", 1)[-1] for r in rows}
    assert classes <= {"Dragon", "Lance"} and "Dragon" in classes
    found = {(r["artwork"].value, r["class"].value.rsplit("#", 1)[-1]) for r in rows}
    # the trained model finds the disc in most of the held-out images
    dragons = sum(1 for a, c in found if c == "Dragon")
    assert dragons >= len(images) * 2 // 3
    assert all(r["box"].value.startswith("xywh=") for r in rows)
