"""Iconograph: enrich cultural-heritage collections with a knowledge graph."""
from __future__ import annotations

from .app import create_app
from .errors import KGError
from .pipeline import Pipeline

__all__ = ["create_app", "KGError", "Pipeline", "enrich"]


def enrich(metadata, *, store, base_iri=None, annotations=None, weights=None, **options):
    """Enrich a collection (CSV metadata + annotations or YOLO weights) into a store folder,
    minting under ``base_iri`` (default: ``$ICONOGRAPH_BASE_IRI``, else the store's, else
    ``http://127.0.0.1:5000/``)."""
    from .cli import run_enrich

    return run_enrich(metadata, store_path=store, base_iri=base_iri,
                      annotations=annotations, weights=weights, progress=False, **options)
