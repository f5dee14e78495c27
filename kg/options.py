"""Command-line options that several ``kg`` commands share, defined once."""
from __future__ import annotations

from pathlib import Path

import click

from . import config
from .reasoning import ASSERT_THRESHOLD

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
ASSERT = click.option("--assert-threshold", "threshold", type=click.FloatRange(0, 1),
                      default=ASSERT_THRESHOLD, show_default=True,
                      help="Confidence from which a derived subject is asserted (depictsSubject); "
                           "below it the attribution is kept as a candidate. Recorded in the "
                           "reasoning run's provenance.")


class _LanguageTag(click.ParamType):
    """A BCP 47 language tag, checked as the store checks one (``kg.ingest.checks.language_tag``)."""

    name = "TAG"

    def convert(self, value, param, ctx):
        from .ingest.checks import language_tag

        if value is None or language_tag(value):
            return value
        self.fail(f"{value!r} is not a BCP 47 language tag (en, nl, pt-BR)", param, ctx)


LANGUAGE_TAG = _LanguageTag()

DEVICE = click.option("--device", default=None,
                      help="'cpu', '0' (first GPU), '0,1'… Default: the best available.")


def detection(func):
    """The YOLO detection options of `kg enrich --weights` and `kg vision detect`, with one set of
    defaults (those of ``vision.detect.YoloDetector``)."""
    for option in reversed((
            click.option("--conf", default=0.25, show_default=True, type=click.FloatRange(0, 1),
                         help="YOLO: minimum box confidence."),
            click.option("--iou", default=0.7, show_default=True, type=click.FloatRange(0, 1),
                         help="YOLO: IoU threshold of non-maximum suppression."),
            click.option("--imgsz", default=640, show_default=True, type=click.IntRange(min=32),
                         help="YOLO: inference image size (pixels)."),
            click.option("--batch", default=8, show_default=True, type=click.IntRange(min=1),
                         help="YOLO: images per batch."),
            click.option("--max-det", default=300, show_default=True, type=click.IntRange(min=1),
                         help="YOLO: most boxes kept per image."),
            DEVICE,
            click.option("--cache", type=click.Path(path_type=Path),
                         help="Folder for images fetched from http(s) URLs (IIIF manifests name "
                              "them so), each once. Default: a temporary folder.")
            )):
        func = option(func)
    return func
