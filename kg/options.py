"""Command-line options that several ``kg`` commands share, defined once."""
from __future__ import annotations

from pathlib import Path

import click

from . import config

STORE = click.option("--store", "store_path", default=config.store_path,
                     show_default=f"$ICONOGRAPH_STORE, else {config.DEFAULT_STORE}",
                     type=click.Path(path_type=Path),
                     help="Embedded store folder (Oxigraph on disk). Env: ICONOGRAPH_STORE.")
BASE_IRI = click.option("--base-iri", default=None,
                        show_default=f"$ICONOGRAPH_BASE_IRI, else the base the store's data was "
                                     f"minted under, else {config.DEFAULT_BASE_IRI}",
                        help="Prefix of every IRI minted for the data. Env: ICONOGRAPH_BASE_IRI.")
RULES = click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
                     help="Rule file or folder (repeatable). Default: the bundled rules.")
ONTOLOGY = click.option("--ontology", "ontology_path", type=click.Path(path_type=Path),
                        help="Ontology (Turtle). Default: the bundled ontologies/iconograph.ttl.")
