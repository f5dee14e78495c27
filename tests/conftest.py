"""Shared fixtures: the ontology and rules, a demo store, the Flask app, a live server."""
from __future__ import annotations

import contextlib
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
#: What Chrome sends when a person follows a link: HTML first, XML (RDF/XML to a negotiator) and */* below.
BROWSER = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
           "*/*;q=0.8")
#: What RDF clients send to the routes whose default is RDF: they get RDF, never a page.
RDF_CLIENTS = [
    (None, "text/turtle"), ("*/*", "text/turtle"), ("text/turtle", "text/turtle"),
    ("text/turtle, application/rdf+xml;q=0.9", "text/turtle"),  # the W3C suite's
    ("application/rdf+xml", "application/rdf+xml"), ("application/xml", "application/rdf+xml"),
    ("application/ld+json", "application/ld+json"), ("application/n-triples", "application/n-triples"),
    ("text/html;q=0.5, text/turtle", "text/turtle"),  # HTML named, but below Turtle
    ("text/html, */*", "text/turtle"),  # a tie: the data, as before
]


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


@pytest.fixture()
def no_network(monkeypatch):
    """Refuse, and record, any connection outside loopback and any DNS lookup; fail if one came.

    Attempts are refused with ``OSError`` (what an offline machine gives) and asserted on at
    teardown, so code that swallows the error cannot hide the attempt.
    """
    import socket

    attempts: list[str] = []
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")):
            attempts.append(f"connect {address!r}")
            raise OSError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    def no_dns(*args, **kwargs):
        host = args[0] if args else kwargs.get("host")
        if host in ("127.0.0.1", "localhost", "::1"):
            return real_getaddrinfo(*args, **kwargs)
        attempts.append(f"DNS {host!r}")
        raise OSError(f"DNS lookup attempted: {host!r}")

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded)
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    monkeypatch.setattr(socket, "gethostbyname", no_dns)
    yield attempts
    assert not attempts, f"network attempted: {attempts}"


@contextlib.contextmanager
def oxigraph_server(data: Path, folder: Path):
    """`oxigraph serve-read-only` on an ephemeral 127.0.0.1 port, loaded with ``data`` (a file);
    yields its query URL and stops it afterwards."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    exe = Path(sys.executable).with_name("oxigraph")
    location = folder / "db"
    subprocess.run([str(exe), "load", "--location", str(location), "--file", str(data)],
                   check=True, capture_output=True, timeout=60)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(exe), "serve-read-only", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
