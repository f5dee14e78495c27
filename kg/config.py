"""Defaults, overridable by environment variables and then by command-line options."""
from __future__ import annotations

import os

DEFAULT_STORE = "iconograph.db"
DEFAULT_BASE_IRI = "http://127.0.0.1:5000/"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000
DEFAULT_QUERY_TIMEOUT = 30.0
DEFAULT_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"


def update_token() -> str:
    """The bearer token that allows updates; empty (updates off) unless configured."""
    return os.environ.get("ICONOGRAPH_UPDATE_TOKEN", "")


def store_path() -> str:
    return os.environ.get("ICONOGRAPH_STORE", DEFAULT_STORE)


def base_iri() -> str:
    return os.environ.get("ICONOGRAPH_BASE_IRI", DEFAULT_BASE_IRI)


def cores() -> int:
    """CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def query_workers() -> int:
    """Default query worker processes: half the cores, at least 2 and at most 8. With fewer
    workers than concurrent clients, queries queue: on 16 cores and 4 clients, 2 workers
    measured 1.84× oxigraph serve's median latency and 4 workers 1.08×; on 2 cores, 2 were best."""
    return max(2, min(8, cores() // 2))


def app_defaults() -> dict[str, object]:
    """The Flask app's settings before test or command-line config is laid over them."""
    return {
        "STORE_PATH": store_path(),
        "BASE_IRI": base_iri(),
        "STORE": None,  # an already opened store, instead of STORE_PATH (tests, `kg demo`)
        "MAX_CONTENT_LENGTH": 1 << 20,  # request size limit: queries are small
        # publishing (kg serve options): see the README's HTTP section
        "QUERY_TIMEOUT": DEFAULT_QUERY_TIMEOUT,  # seconds before a query is stopped (503)
        "QUERY_WORKERS": query_workers(),  # processes that run queries; 0: in the web process
        "MAX_ROWS": 100_000,  # result cap: rows of a SELECT, triples of a CONSTRUCT
        "MAX_QUERY_LENGTH": 100_000,  # characters of one query or update
        "MAX_UPLOAD_LENGTH": 64 << 20,  # bytes of one Graph Store Protocol upload
        "UPDATE_TOKEN": update_token(),  # updates allowed only with this bearer token
        "UNION_DEFAULT_GRAPH": True,  # the default graph of queries is the union of named graphs
        "IMAGES_DIR": None,  # a folder of images named by artwork identifier, shown on the pages
        "LICENSE": DEFAULT_LICENSE,  # the data's licence, announced in the VoID description
    }
