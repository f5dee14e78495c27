"""Defaults, overridable by environment variables and then by command-line options."""
from __future__ import annotations

import os

DEFAULT_STORE = "iconograph.db"
DEFAULT_BASE_IRI = "http://127.0.0.1:5000/"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000


def store_path() -> str:
    return os.environ.get("ICONOGRAPH_STORE", DEFAULT_STORE)


def base_iri() -> str:
    return os.environ.get("ICONOGRAPH_BASE_IRI", DEFAULT_BASE_IRI)


def app_defaults() -> dict[str, object]:
    """The Flask app's settings before test or command-line config is laid over them."""
    return {
        "STORE_PATH": store_path(),
        "BASE_IRI": base_iri(),
        "STORE": None,  # an already opened store, instead of STORE_PATH (tests, `kg demo`)
        "MAX_CONTENT_LENGTH": 1 << 20,  # request size limit: queries are small
    }
