"""Iconograph: enrich cultural-heritage collections with a knowledge graph."""
from __future__ import annotations

from .app import create_app
from .errors import KGError
from .pipeline import Pipeline

__all__ = ["create_app", "KGError", "Pipeline", "enrich"]


def enrich(metadata, *, store, base_iri=None, annotations=None, weights=None, **options):
    """Enrich a collection (CSV metadata + annotations or YOLO weights) into a store folder."""
    from . import config
    from .cli import run_enrich

    return run_enrich(metadata, store_path=store, base_iri=base_iri or config.base_iri(),
                      annotations=annotations, weights=weights, progress=False, **options)
