"""The linking stage: each artwork's title, description, subject terms and unmapped detector
labels, linked to Iconclass concepts and written as annotations in the artwork's ``graph/links/ID``.

Opt-in (``kg enrich --link``): the first run on a machine builds the static index of Iconclass
(about 15 s) and embeds the candidate concepts it meets with the re-ranking model.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol
from urllib.parse import unquote

from . import queries
from .graph import Iris, link_agent_triples, link_triples
from .model import Artwork, ConceptLink, Detection
from .ontology import Ontology
from .store import Triple

TEXT_TOP = 3  # concepts kept per title or description, each above the threshold (a term: its best)
LABEL_THRESHOLD = 0.6  # a detector label is one word: demand a closer match than for a title
#: Fewer letters than this, and a text names nothing to link ("x", "-", "1500", "?").
MIN_LETTERS = 3
#: What catalogues write where a work has no title, in the languages collections are catalogued
#: in: nearest concepts of these are confident nonsense ("Senza titolo" → the INRI superscription).
PLACEHOLDERS = frozenset({
    "untitled", "no title", "without title", "title unknown", "unknown title", "unknown", "n/a",
    "none", "ohne titel", "unbetitelt", "titel unbekannt", "unbekannt", "sans titre", "titre inconnu",
    "inconnu", "senza titolo", "titolo sconosciuto", "sconosciuto", "sin título", "sin titulo",
    "desconocido", "sem título", "sem titulo", "desconhecido", "zonder titel", "onbekend",
    "utan titel", "okänd", "uden titel", "ukendt", "uten tittel", "ukjent", "bez tytułu",
    "bez názvu", "без названия", "無題",
})


def linkable(text: str) -> bool:
    """Whether a metadata text says enough to be linked: some letters, and not a placeholder for a
    missing title ("Untitled", "[Sans titre]", "Senza titolo", "n/a")."""
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return False
    return " ".join(re.sub(r"[\[\](){}.,;:!?'\"«»]", " ", text).casefold().split()) not in PLACEHOLDERS


class Linker(Protocol):
    """What the pipeline needs from a linker (``vision.link.Linker`` is the built-in). One may
    also have ``text_threshold(language, threshold)``, the score a text in a language (a BCP 47
    tag) must reach, and ``read_languages``; without them one threshold holds for every text."""

    model: str
    method: str
    fingerprint: str

    def link(self, texts: Sequence[str], top: int = 5, threshold: float = 0.0,
             batch_size: int = 64, field: str = "",
             languages: Sequence[str] | None = None) -> list[list[ConceptLink]]: ...


def _unlinked_labels(ontology: Ontology, labels: Mapping[str, Sequence[str]]) -> list[str]:
    """Detector labels with no ontology class, or whose class has no Iconclass alignment."""
    out = []
    for label in labels:
        cls = ontology.class_for_label(label)
        if cls is None or not ontology.iconclass(cls):
            out.append(label)
    return out


def _object_labels(store, iris: Iris, art: Artwork,
                   detections: Mapping[str, Sequence[Detection]]) -> dict[str, list[str]]:
    """Label → keys of the artwork's depicted objects: this run's detections, else the store's
    (an artwork an earlier run detected keeps its label links when it is linked again)."""
    out: dict[str, list[str]] = {}
    if art.identifier in detections:
        for d in detections[art.identifier]:
            out.setdefault(d.label, []).append(d.key)
        return out
    rows = store.select(queries.text("artwork-object-labels"), {"artwork": iris.artwork(art.identifier)})
    for row in rows:
        out.setdefault(row["label"].value, []).append(unquote(row["object"].value.rsplit("/", 1)[-1]))
    return out


def link_artworks(store, iris: Iris, ontology: Ontology, linker: Linker, artworks: Sequence[Artwork],
                  detections: Mapping[str, Sequence[Detection]], *, threshold: float | None = None,
                  ) -> list[ConceptLink]:
    """Link the artworks' texts and unlinked labels; replace each artwork's links graph."""
    from vision.link import TEXT_THRESHOLD, UNREAD_MARGIN
    from vision.vocabularies import subject_concept

    threshold = TEXT_THRESHOLD if threshold is None else threshold
    params = (("method", linker.method), ("threshold", repr(threshold)),
              ("labelThreshold", repr(LABEL_THRESHOLD)), ("top", str(TEXT_TOP)))
    if getattr(linker, "read_languages", None) is not None:  # the language rule, where it applies
        params += (("unreadLanguageMargin", repr(UNREAD_MARGIN)),
                   ("readLanguages", " ".join(sorted(linker.read_languages))))
    if getattr(linker, "glossaries", ""):  # the terms titles in other languages were read through
        params += (("glossaries", linker.glossaries),)
    run = iris.run("link", linker.fingerprint + repr(params))
    agent_graph = iris.graph("agents", "embedding-" + run.value.rsplit("/", 1)[-1])
    store.replace_graphs({agent_graph: list(link_agent_triples(
        iris, run, linker.model, linker.fingerprint, params))})
    texts: list[tuple[str, str, str, str]] = []  # (artwork, field, text, its language tag)
    objects = {a.identifier: _object_labels(store, iris, a, detections) for a in artworks}
    for art in artworks:
        for field, text, lang in (("title", art.title, art.language),
                                  ("description", art.description,
                                   art.description_language or art.language)):
            if linkable(text):
                texts.append((art.identifier, field, text.strip(), lang))
        # the collection's subject terms (in no stated language: a row's language is its title's
        # and description's); a notation or IRI among them is already its concept
        texts += [(art.identifier, "subject", t, "") for t in art.subjects
                  if linkable(t) and not subject_concept(t)]
        for label in _unlinked_labels(ontology, objects[art.identifier]):
            texts.append((art.identifier, "label", label, ""))
    found = linker.link([t for _, _, t, _ in texts], top=TEXT_TOP, threshold=min(threshold, LABEL_THRESHOLD),
                        languages=[lang for *_, lang in texts])
    by_language = getattr(linker, "text_threshold", None)
    per_art: dict[str, list[ConceptLink]] = {a.identifier: [] for a in artworks}
    for (ident, field, _, lang), links in zip(texts, found):
        keep = links[:1] if field in ("label", "subject") else links  # a term names one concept
        limit = LABEL_THRESHOLD if field == "label" else threshold
        if by_language is not None and lang:  # a language the model and Iconclass lack: stricter
            limit = by_language(lang, limit)
        per_art[ident].extend(_with_field(lk, field) for lk in keep if lk.score >= limit)
    graphs: dict[str, list[Triple]] = {}
    for art in artworks:
        graphs[iris.graph("links", art.identifier)] = list(link_triples(
            iris, run, linker.fingerprint, art.identifier, per_art[art.identifier],
            objects[art.identifier]))
    store.replace_graphs(graphs)
    return [lk for links in per_art.values() for lk in links]


def _with_field(link: ConceptLink, field: str) -> ConceptLink:
    from dataclasses import replace

    return replace(link, field=field)
