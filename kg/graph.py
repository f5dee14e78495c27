"""Turning the pipeline's dataclasses into RDF: minted IRIs and the triples of each stage.

Layout: one named graph per artwork and stage (``graph/metadata/ID``, ``graph/detections/ID``,
``graph/scene/ID``, ``graph/inferences/ID``) plus shared graphs (``graph/ontology``,
``graph/rules``, ``graph/agents/…``), so a stage re-run replaces exactly its own triples and an
aggregator can harvest or drop one layer. No triple is written to two graphs: the store's
union default graph would then answer it twice.
"""
from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode

from .errors import InputError
from .model import Artwork, Attribution, ConceptLink, Detection, DetectorInfo, Relation
from .ontology import Ontology
from .store import Triple
from .vocab import (DC, DCTERMS, EDM, ICO, MEDIA_FRAGMENTS, OA, ORE, OWL, PROV, RDF, RDFS, RULE,
                    SCHEMA, SKOS, XSD, iconclass_iri, run_parameter, wikidata_iri)



@functools.lru_cache(maxsize=1 << 16)
def _segment(part: str) -> str:
    """One path segment of a minted IRI, percent-encoded (parts repeat: cached)."""
    return quote(part, safe="._~-")


def minted_path(path: str) -> str:
    """A URL path as minting writes it, however a client escaped it (``artwork/inv.%20123``,
    ``artwork/inv. 123``, ``%c3%a4``): each segment decoded, then encoded as minted. A ``%2F``
    stays inside its segment."""
    return "/".join(_segment(unquote(part)) for part in path.split("/"))


def last_segment(iri: str) -> str:
    """What a minted IRI was made from: its last path segment, percent-decoded (an artwork's
    identifier, an object's key), so that ``Iris.artwork(last_segment(iri)) == iri``."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


def file_name(ident: str) -> str:
    """A file name for an identifier: itself where it is one, else percent-encoded (an inventory
    number such as ``1942/9/9`` or ``..`` must not name a path elsewhere)."""
    if ident in (".", ".."):
        return ident.replace(".", "%2E")
    if any(c in ident for c in '/\\:*?"<>|%') or not ident.isprintable():
        return _segment(ident)
    return ident


def _double(value: float) -> Literal:
    return Literal(repr(round(float(value), 6)), datatype=XSD.double)


def _text(value: str, language: str = "") -> Literal:
    return Literal(value, language=language or None)


@dataclass(frozen=True)
class Iris:
    """Mints every IRI of a dataset under its base; the same source ids give the same IRIs."""

    base: str

    @staticmethod
    def checked(base: str) -> Iris:
        if not base.startswith(("http://", "https://")) or " " in base:
            raise InputError(f"base IRI must be an absolute http(s) IRI, not {base!r}",
                             where="--base-iri")
        return Iris(base if base.endswith(("/", "#")) else base + "/")

    def _n(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(map(_segment, parts)))

    def at(self, path: str) -> NamedNode:
        """The minted IRI a request path under the base names (see ``minted_path``)."""
        return NamedNode(self.base + minted_path(path))

    def artwork(self, ident: str) -> NamedNode:
        return self._n("artwork", ident)

    def aggregation(self, ident: str) -> NamedNode:
        return self._n("artwork", ident, "aggregation")

    def image(self, art: Artwork) -> NamedNode:
        if art.image.startswith(("http://", "https://")):
            return NamedNode(art.image)
        return self._n("artwork", art.identifier, "image")

    def object(self, ident: str, key: str) -> NamedNode:
        return self._n("artwork", ident, "object", key)

    def annotation(self, ident: str, key: str) -> NamedNode:
        return self._n("artwork", ident, "annotation", key)

    def attribution(self, ident: str, rule: str) -> NamedNode:
        return self._n("artwork", ident, "attribution", rule)

    def annotation_page(self, ident: str) -> NamedNode:
        """The IIIF AnnotationPage of an artwork's boxes (``/iiif/ID/annotations``), the identifier
        one segment as in the artwork's IRI: the same id from the server and ``kg export iiif``."""
        return self._n("iiif", ident, "annotations")

    def agent(self, info: DetectorInfo) -> NamedNode:
        return self._n("agent", info.kind, info.sha256[:16] or info.name)

    def detection_run(self, info: DetectorInfo) -> NamedNode:
        """The run of one detector with one set of parameters: the same on every re-run, another
        when a threshold changes (so that a resumed run detects again with the new ones)."""
        return self.run("detect", hashlib.sha256((info.sha256 + repr(info.parameters)).encode()).hexdigest())

    def run(self, stage: str, fingerprint: str) -> NamedNode:
        return self._n("run", stage, fingerprint[:16])

    def agent_graph(self, info: DetectorInfo) -> str:
        return self._n("graph", "agents", f"{info.kind}-{info.sha256[:16] or info.name}").value

    def graph(self, layer: str, ident: str | None = None) -> str:
        return self._n("graph", layer, *([ident] if ident else [])).value


def minted_base(store) -> str | None:
    """The base IRI the store's artworks were minted under (None for a store without any)."""
    from . import queries

    for row in store.select(queries.text("minted-artwork")):
        iri, suffix = row["artwork"].value, "artwork/" + _segment(row["identifier"].value)
        if iri.endswith(suffix):
            return iri[:-len(suffix)]
    return None


def base_for(store, given: str | None) -> str:
    """The base IRI a command works under: the one given (``--base-iri``, else
    ``$ICONOGRAPH_BASE_IRI``), else the one the store's data was minted under, else the default;
    so that a store enriched under a base is read under it without saying it again."""
    from . import config

    return given or os.environ.get("ICONOGRAPH_BASE_IRI") or minted_base(store) or config.DEFAULT_BASE_IRI


def metadata_triples(iris: Iris, art: Artwork) -> Iterator[Triple]:
    """EDM and Dublin Core description of one artwork."""
    a = iris.artwork(art.identifier)
    yield a, RDF.type, ICO.Artwork
    yield a, RDF.type, EDM.ProvidedCHO
    yield a, EDM.type, _text("IMAGE")  # EDM's type of the object's digital representation
    yield a, DCTERMS.identifier, _text(art.identifier)
    yield a, DC.title, _text(art.title, art.language)
    yield a, RDFS.label, _text(art.title, art.language)
    if art.description:
        yield a, DC.description, _text(art.description, art.description_language or art.language)
    for prop, value in ((DC.creator, art.creator), (DCTERMS.created, art.date),
                        (DC.identifier, art.inventory_number)):
        if value:
            yield a, prop, _text(value)
    if art.subjects:
        from vision.vocabularies import subject_concept

        # a notation or IRI as its concept; any other term as text, untagged (the language
        # column speaks of title and description, and terms are often in another)
        for term in art.subjects:
            concept = subject_concept(term)
            yield a, DC.subject, NamedNode(concept) if concept else _text(term)
    if art.type:  # a concept's IRI as itself, a word as text
        from .ingest.checks import http_iri

        yield a, DC.type, NamedNode(art.type) if http_iri(art.type) else _text(art.type)
    if art.same_as:  # the provider's own IRI for the object, as EDM has a ProvidedCHO say it
        yield a, OWL.sameAs, NamedNode(art.same_as)
    if art.source:
        yield a, DCTERMS.source, _text(art.source)
    agg = iris.aggregation(art.identifier)
    yield agg, RDF.type, ORE.Aggregation
    yield agg, EDM.aggregatedCHO, a
    if art.institution:
        yield agg, EDM.dataProvider, _text(art.institution)
    if art.image:  # the digital object itself: EDM's web resource
        yield agg, EDM.isShownBy, iris.image(art)
        yield iris.image(art), RDF.type, EDM.WebResource
    if art.page:
        yield agg, EDM.isShownAt, NamedNode(art.page)
    if art.rights:
        yield agg, EDM.rights, NamedNode(art.rights)


def detector_triples(iris: Iris, info: DetectorInfo) -> Iterator[Triple]:
    """PROV description of what produced a set of detections."""
    agent = iris.agent(info)
    run = iris.detection_run(info)
    yield agent, RDF.type, ICO.Detector
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDFS.label, _text(info.name)
    if info.sha256:
        yield agent, ICO.weightsSha256, _text(info.sha256)
    if info.version:
        yield agent, SCHEMA.softwareVersion, _text(info.version)
    yield run, RDF.type, ICO.DetectionRun
    yield run, RDF.type, PROV.Activity
    yield run, RDFS.label, Literal(f"detection with {info.name}", language="en")
    yield run, PROV.wasAssociatedWith, agent
    for name, value in info.parameters:
        yield run, run_parameter(name), _text(value)


def detection_triples(iris: Iris, ontology: Ontology, art: Artwork, info: DetectorInfo,
                      detections: Sequence[Detection],
                      size: tuple[int, int] | None = None) -> Iterator[Triple]:
    """Each detection as a depicted-object individual and a W3C Web Annotation on the image
    (whose pixel size, when known, lets viewers place the ``xywh`` boxes)."""
    a = iris.artwork(art.identifier)
    image = iris.image(art)
    if size is not None:
        yield image, SCHEMA.width, Literal(str(size[0]), datatype=XSD.integer)
        yield image, SCHEMA.height, Literal(str(size[1]), datatype=XSD.integer)
    run = iris.detection_run(info)
    for d in detections:
        obj = iris.object(art.identifier, d.key)
        ann = iris.annotation(art.identifier, d.key)
        target, selector = NamedNode(ann.value + "/target"), NamedNode(ann.value + "/selector")
        cls = ontology.class_for_label(d.label)
        body = NamedNode(cls) if cls else ICO.DepictedObject
        yield a, ICO.depicts, obj
        yield obj, RDF.type, ICO.DepictedObject
        if cls:
            yield obj, RDF.type, NamedNode(cls)
        yield obj, ICO.depictedIn, a
        yield obj, RDFS.label, _text(d.label)
        yield obj, ICO.confidence, _double(d.confidence)
        yield obj, ICO.detection, ann
        yield ann, RDF.type, OA.Annotation
        yield ann, RDFS.label, Literal(f"detection of {d.label} ({d.confidence:.2f})", language="en")
        yield ann, OA.motivatedBy, OA.identifying
        yield ann, OA.hasBody, body
        yield ann, OA.hasTarget, target
        yield ann, ICO.confidence, _double(d.confidence)
        yield ann, PROV.wasGeneratedBy, run
        yield ann, PROV.wasAttributedTo, iris.agent(info)
        yield target, RDF.type, OA.SpecificResource
        yield target, OA.hasSource, image
        yield target, OA.hasSelector, selector
        yield selector, RDF.type, OA.FragmentSelector
        yield selector, DCTERMS.conformsTo, NamedNode(MEDIA_FRAGMENTS)
        yield selector, RDF.value, _text(d.box.xywh())


def scene_triples(iris: Iris, art: Artwork, relations: Iterable[Relation]) -> Iterator[Triple]:
    """Spatial relations as direct triples between depicted objects."""
    for r in relations:
        yield (iris.object(art.identifier, r.subject), ICO.term(r.predicate),
               iris.object(art.identifier, r.object))


def subject_triples(notation: str, wikidata: str, label: str) -> Iterator[Triple]:
    """A subject concept: its Iconclass notation, label and Wikidata match."""
    concept = NamedNode(iconclass_iri(notation))
    yield concept, RDF.type, SKOS.Concept
    yield concept, SKOS.notation, _text(notation)
    yield concept, SKOS.prefLabel, Literal(label, language="en")
    if wikidata:
        yield concept, SKOS.exactMatch, NamedNode(wikidata_iri(wikidata))


def attribution_triples(iris: Iris, run: NamedNode, att: Attribution) -> Iterator[Triple]:
    """An explainable attribution: subject, rule, evidence, confidence, status, provenance."""
    a = iris.artwork(att.artwork)
    node = iris.attribution(att.artwork, att.rule)
    concept = NamedNode(iconclass_iri(att.notation))
    yield node, RDF.type, ICO.Attribution
    status = "asserted" if att.asserted else "candidate"
    yield node, RDFS.label, Literal(f"{att.label}: {status} by rule {att.rule}", language="en")
    yield node, ICO.artwork, a
    yield node, ICO.subject, concept
    yield node, ICO.rule, RULE.term(att.rule)
    yield node, ICO.confidence, _double(att.confidence)
    yield node, ICO.status, ICO.Asserted if att.asserted else ICO.Candidate
    yield node, PROV.wasGeneratedBy, run
    for key in att.evidence:
        yield node, ICO.evidence, iris.object(att.artwork, key)
    for i, rel in enumerate(att.relations):
        st = NamedNode(f"{node.value}/relation/{i}")
        yield node, ICO.relationEvidence, st
        yield st, RDF.type, RDF.Statement
        yield st, RDF.subject, iris.object(att.artwork, rel.subject)
        yield st, RDF.predicate, ICO.term(rel.predicate)
        yield st, RDF.object, iris.object(att.artwork, rel.object)
    if att.asserted:
        yield a, ICO.depictsSubject, concept


def link_agent(iris: Iris, fingerprint: str) -> NamedNode:
    """The embedding model (by its fingerprint) as a PROV software agent."""
    return iris._n("agent", "embedding", hashlib.sha256(fingerprint.encode()).hexdigest()[:16])


def link_agent_triples(iris: Iris, run: NamedNode, model: str, fingerprint: str,
                       parameters: Sequence[tuple[str, str]]) -> Iterator[Triple]:
    """PROV description of a linking run and the embedding model behind it."""
    agent = link_agent(iris, fingerprint)
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDFS.label, _text(model)
    yield agent, SCHEMA.identifier, _text(fingerprint)
    yield run, RDF.type, PROV.Activity
    yield run, RDFS.label, _text(f"linking to Iconclass with {model}")
    yield run, PROV.wasAssociatedWith, agent
    for name, value in parameters:
        yield run, run_parameter(name), _text(value)


def link_triples(iris: Iris, run: NamedNode, agent_fingerprint: str, ident: str,
                 links: Sequence[ConceptLink], targets: dict[str, Sequence[str]] | None = None
                 ) -> Iterator[Triple]:
    """Each concept link as a W3C annotation: body the Iconclass concept, target the artwork's
    text (a ``TextQuoteSelector`` on the field) or the depicted objects a detector label names.

    ``targets`` maps a detector label to the keys of its depicted objects; links whose
    ``field`` is ``label`` point at those objects, the others at the artwork's text.
    """
    a = iris.artwork(ident)
    agent = link_agent(iris, agent_fingerprint)
    for lk in links:
        key = hashlib.sha256(f"{lk.field}|{lk.source}|{lk.notation}".encode()).hexdigest()[:16]
        node = iris._n("artwork", ident, "link", key)
        yield node, RDF.type, OA.Annotation
        yield node, OA.hasBody, NamedNode(iconclass_iri(lk.notation))
        yield node, RDFS.label, _text(f"{lk.notation} {lk.label}")
        yield node, ICO.confidence, _double(max(0.0, min(1.0, lk.score)))
        yield node, PROV.wasGeneratedBy, run
        yield node, PROV.wasAttributedTo, agent
        if lk.field == "label" and targets is not None:
            yield node, OA.motivatedBy, OA.linking
            for obj in targets.get(lk.source, ()):
                yield node, OA.hasTarget, iris.object(ident, obj)
            continue
        target, selector = NamedNode(node.value + "/target"), NamedNode(node.value + "/selector")
        yield node, OA.motivatedBy, OA.classifying
        yield node, OA.hasTarget, target
        yield target, RDF.type, OA.SpecificResource
        yield target, OA.hasSource, a
        yield target, RDFS.label, _text(lk.field or "text")
        yield target, OA.hasSelector, selector
        yield selector, RDF.type, OA.TextQuoteSelector
        yield selector, OA.exact, _text(lk.source)
