"""The frozen dataclasses that pass between pipeline stages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


#: What separates subject terms in one field ("Saint George | dragon; 11H(GEORGE)").
SUBJECT_SEPARATORS = re.compile(r"[|;\n]")


@dataclass(frozen=True)
class Artwork:
    """One artwork of a collection, as ingested from its metadata."""

    identifier: str
    title: str
    creator: str = ""
    date: str = ""
    institution: str = ""
    inventory_number: str = ""
    image: str = ""
    description: str = ""
    language: str = ""  # BCP 47 tag of the title and description ("it", "pt-BR"); "" unknown
    description_language: str = ""  # the description's own tag, where it differs from the title's
    rights: str = ""  # IRI of the image's rights statement (edm:rights), e.g. a Creative Commons licence
    subject: str = ""  # the collection's subject terms, separated by "|" or ";" (Iconclass notations too)
    type: str = ""  # the kind of object (dc:type): a word ("painting") or a concept's http(s) IRI
    page: str = ""  # the object's web page at its institution (edm:isShownAt), an http(s) IRI
    same_as: str = ""  # the record's own IRI at its provider (an EDM ProvidedCHO's), written as owl:sameAs
    source: str = ""  # where the record came from, e.g. "collection.csv:4"

    @property
    def subjects(self) -> tuple[str, ...]:
        """The subject terms, each once, in the order written."""
        return tuple(dict.fromkeys(t.strip() for t in SUBJECT_SEPARATORS.split(self.subject) if t.strip()))


@dataclass(frozen=True)
class Box:
    """An axis-aligned box in image pixels, origin top-left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def x2(self) -> float:
        return self.x + self.w

    @property
    def y2(self) -> float:
        return self.y + self.h

    @property
    def area(self) -> float:
        return max(self.w, 0.0) * max(self.h, 0.0)

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def intersection(self, other: Box) -> float:
        """Area shared with ``other``."""
        w = min(self.x2, other.x2) - max(self.x, other.x)
        h = min(self.y2, other.y2) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0

    def xywh(self) -> str:
        """The W3C Media Fragments selector value, integers as viewers expect."""
        return "xywh={},{},{},{}".format(*(round(v) for v in (self.x, self.y, self.w, self.h)))


@dataclass(frozen=True)
class Detection:
    """One object found in one artwork's image, by a model or by a human annotator."""

    artwork: str  # Artwork.identifier
    label: str  # the detector's label, e.g. "dragon"
    box: Box
    confidence: float = 1.0
    key: str = ""  # stable id of the detection within its artwork


@dataclass(frozen=True, order=True)
class Relation:
    """A spatial relation between two detections of the same artwork."""

    subject: str  # Detection.key
    predicate: str  # local name in the ontology, e.g. "rides"
    object: str  # Detection.key


@dataclass(frozen=True)
class DetectorInfo:
    """What produced a set of detections, for PROV."""

    name: str
    kind: str  # "annotations" or "yolo"
    version: str = ""
    sha256: str = ""  # of the weights or of the annotation file
    parameters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Attribution:
    """A subject derived for an artwork by a rule, with the evidence behind it."""

    artwork: str
    rule: str  # rule id
    notation: str  # Iconclass notation of the subject
    wikidata: str  # Wikidata item id or ""
    label: str
    confidence: float
    asserted: bool
    evidence: tuple[str, ...] = ()  # Detection.keys
    relations: tuple[Relation, ...] = field(default=())


@dataclass(frozen=True)
class ConceptLink:
    """A text (title, description, detector label) linked to an Iconclass concept by embeddings."""

    source: str  # the text that was linked
    notation: str  # Iconclass notation
    label: str  # the concept's (English) label
    score: float  # cosine under ``model``, with a small lexical bonus (see vision/link.py)
    method: str  # how it was found, e.g. "static+rerank"
    model: str  # the embedding model that scored it
    field: str = ""  # where the text came from: "title", "description", "subject", "label"
    lang: str = ""  # language of the Iconclass text that matched best
