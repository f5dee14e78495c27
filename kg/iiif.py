"""Harvest formats built from the store: IIIF annotation pages and two export profiles.

- IIIF Presentation 3: one ``AnnotationPage`` per image, each detection a ``tagging`` annotation
  whose target is the image with an ``#xywh=`` fragment, so a IIIF viewer draws the boxes; its id
  a fragment of the page's, ``via`` the detection's RDF annotation.
- Wikidata profile: ``depicts`` (P180) claims per artwork in Wikidata's JSON claim shape, each
  with a reference URL (P854) to the attribution that explains it, plus plain ``wdt:P180`` triples.
- Europeana profile: a W3C ``AnnotationCollection`` of tagging annotations whose bodies are the
  Wikidata and Iconclass IRIs of each asserted subject and whose targets are the item and image.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from . import queries
from .errors import InputError, NotFound
from .model import Box
from .vocab import WD, WDT

IIIF_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
IIIF_MEDIA = f'application/ld+json;profile="{IIIF_CONTEXT}"'
ANNO_MEDIA = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'
_XYWH = re.compile(r"xywh=(?:pixel:)?(-?[\d.]+),(-?[\d.]+),([\d.]+),([\d.]+)")


def parse_xywh(value: str) -> Box | None:
    """``xywh=10,20,30,40`` (as the detections store it) as a Box; None for a box in another
    form (``percent:``, or a typo written through the Graph Store or an update): pages and
    manifests leave that one out rather than fail."""
    match = _XYWH.search(value)
    return Box(*(float(g) for g in match.groups())) if match else None


def _xywh(box: Box) -> str:
    return "xywh={},{},{},{}".format(*(round(v) for v in (box.x, box.y, box.w, box.h)))


def annotation_page(store, base: str, ident: str) -> dict:
    """The IIIF Presentation 3 AnnotationPage of one artwork's detections; its id is minted
    (``Iris.annotation_page``), not the request's URL, whose path is decoded."""
    from .graph import Iris

    iris = Iris(base)
    artwork = iris.artwork(ident)
    rows = store.select(queries.text("artwork-detections"), {"artwork": artwork})
    meta = store.select(queries.text("artwork-page"), {"artwork": artwork})
    if not meta:
        raise NotFound(f"no artwork {ident!r}", where="iiif")
    image = meta[0]["image"].value if "image" in meta[0] else artwork.value + "/image"
    page = iris.annotation_page(ident).value
    items = []
    for row in rows:
        if (box := parse_xywh(row["box"].value)) is None:
            continue
        source = row["source"].value if "source" in row else image
        detection = row["annotation"].value
        # an id of its own, a fragment of the page: the detection's IRI dereferences to the RDF
        # annotation (identifying, its body the class), which this tagging one must not restate
        items.append({
            "id": f"{page}#{detection.rsplit('/', 1)[-1]}", "via": [detection],
            "type": "Annotation", "motivation": "tagging",
            "label": {"en": [row["label"].value]},
            "body": [{"type": "TextualBody", "value": row["label"].value, "language": "en",
                      "format": "text/plain"},
                     {"type": "SpecificResource", "source": row["class"].value}],
            "target": f"{source}#{_xywh(box)}",
        })
    return {"@context": IIIF_CONTEXT, "id": page, "type": "AnnotationPage",
            "label": {"en": [f"Detected objects: {meta[0]['title'].value}"]}, "items": items}


def _asserted(store, min_confidence: float = 0.0) -> list[dict]:
    """The asserted attributions, those of at least ``min_confidence`` (a community may ask more
    of what it takes than the store asserts)."""
    return [row for row in store.select(queries.text("export-subjects"))
            if float(row["confidence"].value) >= min_confidence]


def wikidata_claims(store, min_confidence: float = 0.0) -> list[dict]:
    """Per artwork, P180 (depicts) claims in Wikidata's JSON shape, each with a P854 reference."""
    by_artwork: dict[str, list[dict]] = {}
    for row in _asserted(store, min_confidence):
        if "wikidata" not in row:
            continue  # a subject without a Wikidata item cannot become a P180 claim
        qid = row["wikidata"].value[len(str(WD)):]
        claim = {
            "mainsnak": {"snaktype": "value", "property": "P180", "datatype": "wikibase-item",
                         "datavalue": {"type": "wikibase-entityid",
                                       "value": {"entity-type": "item", "id": qid,
                                                 "numeric-id": int(qid[1:])}}},
            "type": "statement", "rank": "normal",
            "references": [{"snaks": {"P854": [{
                "snaktype": "value", "property": "P854", "datatype": "url",
                "datavalue": {"type": "string", "value": row["attribution"].value}}]}}],
        }
        by_artwork.setdefault(row["artwork"].value, []).append(claim)
    return [{"artwork": art, "claims": {"P180": claims}} for art, claims in sorted(by_artwork.items())]


def wikidata_triples(store, min_confidence: float = 0.0) -> Iterator[ox.Triple]:
    """The same depicts statements as plain ``wdt:P180`` triples."""
    for row in _asserted(store, min_confidence):
        if "wikidata" in row:
            yield ox.Triple(row["artwork"], WDT.P180, row["wikidata"])


def europeana_collection(store, collection_url: str, generator: str,
                         min_confidence: float = 0.0) -> dict:
    """A W3C AnnotationCollection of tagging annotations, the shape Europeana's enrichment takes."""
    items = []
    for row in _asserted(store, min_confidence):
        target = [row["artwork"].value] + ([row["image"].value] if "image" in row else [])
        for body in (row.get("wikidata"), row["subject"]):
            if body is None:
                continue
            vocabulary = "wikidata" if body.value.startswith(str(WD)) else "iconclass"
            items.append({
                "id": f"{row['attribution'].value}#{vocabulary}", "type": "Annotation",
                "motivation": "tagging", "body": body.value, "target": target,
                "generator": {"id": generator, "type": "Software", "name": "Iconograph"},
            })
    return {"@context": ANNO_CONTEXT, "id": collection_url, "type": "AnnotationCollection",
            "label": "Iconographic subjects derived by Iconograph", "total": len(items),
            "first": {"id": collection_url + "#page-0", "type": "AnnotationPage", "startIndex": 0,
                      "items": items}}


# -- HTTP ----------------------------------------------------------------------------------------
bp = Blueprint("iiif", __name__)


def _json(data, media: str) -> Response:
    # (readable from other origins, as IIIF viewers need: endpoint.open_reads, as every read)
    return Response(json.dumps(data, ensure_ascii=False, indent=1), content_type=media)


@bp.get("/iiif/<path:ident>/annotations")
def iiif_annotations(ident: str) -> Response:
    store = current_app.extensions["iconograph"]
    # (``ident`` is decoded: a ``%2F`` in the identifier arrives as a slash, which <path:> keeps)
    return _json(annotation_page(store, current_app.config["BASE_IRI"], ident), IIIF_MEDIA)


def _min_confidence() -> float:
    """``?min_confidence=`` of an export: a number from 0 to 1 (0: every asserted subject)."""
    given = request.args.get("min_confidence", "0")
    try:
        value = float(given)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise InputError(f"min_confidence must be a number from 0 to 1, not {given!r}")
    return value


@bp.get("/export/wikidata.json")
def export_wikidata() -> Response:
    return _json(wikidata_claims(current_app.extensions["iconograph"], _min_confidence()),
                 "application/json")


@bp.get("/export/wikidata.nt")
def export_wikidata_triples() -> Response:
    triples = list(wikidata_triples(current_app.extensions["iconograph"], _min_confidence()))
    return Response(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                    content_type="application/n-triples")


@bp.get("/export/europeana.jsonld")
def export_europeana() -> Response:
    store = current_app.extensions["iconograph"]
    return _json(europeana_collection(store, request.base_url, request.url_root, _min_confidence()),
                 ANNO_MEDIA)
