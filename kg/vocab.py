"""Every namespace and term Iconograph writes, defined once.

``NS.x`` or ``NS.term("x")`` gives a pyoxigraph ``NamedNode`` for writing quads;
``NS + "x"`` gives the IRI string, ``str(NS)`` the namespace itself. (A namespace is not a
``str`` subclass on purpose: ``DC.title`` must be a term, not ``str.title``.)
"""
from __future__ import annotations

from urllib.parse import quote, unquote

from pyoxigraph import NamedNode


class Namespace:
    """An IRI prefix that mints terms."""

    __slots__ = ("iri",)

    def __init__(self, iri: str) -> None:
        self.iri = iri

    def term(self, name: str) -> NamedNode:
        return NamedNode(self.iri + name)

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return NamedNode(self.iri + name)

    def __add__(self, name: str) -> str:
        return self.iri + name

    def __str__(self) -> str:
        return self.iri

    def __format__(self, spec: str) -> str:
        return format(self.iri, spec)

    def __len__(self) -> int:
        return len(self.iri)

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"

    def contains(self, iri: str) -> bool:
        """Whether ``iri`` lies in this namespace."""
        return iri.startswith(self.iri) and len(iri) > len(self.iri)


# Iconograph's own ontology, rules and spatial relations.
ICO = Namespace("https://w3id.org/iconograph/ontology#")
RULE = Namespace("https://w3id.org/iconograph/rule/")
#: The ontology itself (its terms are ``ICO``'s).
ONTOLOGY = NamedNode("https://w3id.org/iconograph/ontology")

#: The settings a detection or linking run records, each as ``ico:parameter_NAME`` (a
#: sub-property of ``ico:runParameter`` declared in the ontology).
RUN_PARAMETERS = frozenset({"conf", "iou", "imgsz", "max_det", "via_attribute", "method",
                            "threshold", "labelThreshold", "top", "unreadLanguageMargin",
                            "readLanguages", "glossaries", "assertThreshold"})


def run_parameter(name: str) -> NamedNode:
    """The property a run's setting ``name`` is written with; only the declared ones exist."""
    if name not in RUN_PARAMETERS:
        raise ValueError(f"no run parameter {name!r} is declared (kg.vocab.RUN_PARAMETERS)")
    return ICO.term(f"parameter_{name}")


# Standards reused.
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
DC = Namespace("http://purl.org/dc/elements/1.1/")
EDM = Namespace("http://www.europeana.eu/schemas/edm/")
ORE = Namespace("http://www.openarchives.org/ore/terms/")
OAI_PMH = Namespace("http://www.openarchives.org/OAI/2.0/")  # the protocol's responses, read
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
CRM = Namespace("http://www.cidoc-crm.org/cidoc-crm/")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ICONCLASS = Namespace("https://iconclass.org/")
# SWRL rules in RDF (the W3C member submission, as Protégé reads them) and their variables.
SWRL = Namespace("http://www.w3.org/2003/11/swrl#")
SWRL_VAR = Namespace("urn:swrl#")

MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/"

PREFIXES: dict[str, Namespace] = {
    "ico": ICO, "rule": RULE, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
    "skos": SKOS, "dcterms": DCTERMS, "dc": DC, "edm": EDM, "ore": ORE, "oa": OA,
    "prov": PROV, "crm": CRM, "schema": SCHEMA, "void": VOID, "dcat": DCAT,
    "wd": WD, "wdt": WDT, "ic": ICONCLASS,
}


def iconclass_iri(notation: str) -> str:
    """The Iconclass IRI of a notation; spaces in keys such as ``11H(JOHN THE BAPTIST)`` are escaped."""
    return ICONCLASS + quote(notation.strip(), safe="()+,.:'-")


def iconclass_notation(iri: str) -> str:
    """The notation of an Iconclass IRI (``iconclass_iri`` undone)."""
    return unquote(str(iri)[len(ICONCLASS):])


def wikidata_iri(qid: str) -> str:
    """The canonical Wikidata entity IRI of an item id such as ``Q48438``."""
    qid = qid.strip()
    if not (qid[:1] == "Q" and qid[1:].isdigit()):
        raise ValueError(f"not a Wikidata item id: {qid!r}")
    return WD + qid


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries offered to people."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
