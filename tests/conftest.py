"""Shared fixtures: the ontology and rules, a demo store, the Flask app, a live server."""
from __future__ import annotations

import csv
import os
import threading
from pathlib import Path

import pytest

# Ultralytics and Hugging Face must never reach for the network in tests.
os.environ.setdefault("YOLO_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from kg import ontology as ontology_mod  # noqa: E402
from kg import rules as rules_mod  # noqa: E402
from kg.cli import run_enrich  # noqa: E402
from kg.resources import sample_dir  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

BASE = "http://127.0.0.1:5000/"
SAMPLES = sample_dir()
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session", autouse=True)
def _yolo_config(tmp_path_factory):
    os.environ["YOLO_CONFIG_DIR"] = str(tmp_path_factory.mktemp("ultralytics"))


@pytest.fixture(scope="session")
def ontology():
    return ontology_mod.load()


@pytest.fixture(scope="session")
def ruleset(ontology):
    return rules_mod.load(None, ontology)


@pytest.fixture(scope="session")
def sample_rows() -> list[dict[str, str]]:
    with open(SAMPLES / "collection.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def enrich_sample(store_path: Path) -> None:
    run_enrich(SAMPLES / "collection.csv", store_path=store_path, base_iri=BASE,
               annotations=SAMPLES / "annotations.json", progress=False)


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory) -> Path:
    """The store `kg demo` builds: the sample collection, enriched once per session."""
    path = tmp_path_factory.mktemp("demo") / "iconograph.db"
    enrich_sample(path)
    return path


@pytest.fixture(scope="session")
def demo_store(demo_store_path):
    store = OxigraphStore(demo_store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(demo_store):
    from kg import create_app

    return create_app({"TESTING": True, "STORE": demo_store})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def live_server(app):
    """The app served by a real HTTP server on 127.0.0.1, on a free port."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def yolo_dataset_and_weights(tmp_path_factory):
    """A yolo11n trained for a minute on synthetic shapes (see yolo_fixture.py)."""
    import yolo_fixture

    root = tmp_path_factory.mktemp("yolo")
    return root / "data", yolo_fixture.train(root)


@pytest.fixture(scope="session")
def yolo_weights(yolo_dataset_and_weights):
    return yolo_dataset_and_weights[1]
