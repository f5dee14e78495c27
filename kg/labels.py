"""Names for the IRIs a page shows: each resource's ``rdfs:label``, ``dc:title`` or
``skos:prefLabel``, found for all of a page's IRIs by one query (``queries/labels.rq``)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from . import queries
from .ingest.checks import language_rank
from .vocab import DC, RDFS, SKOS

#: The label a page shows where a resource has several: by property in this order, then language.
PROPERTIES = (RDFS.label.value, DC.title.value, SKOS.prefLabel.value)


def labels(store, iris: Iterable[str], languages: Sequence[str] = ()) -> dict[str, ox.Literal]:
    """The label of each of ``iris`` that has one; among several, the first property of
    ``PROPERTIES``, then the first of ``languages`` (the reader's, best first) it is written in,
    else an untagged one, else English, else the first by language tag."""
    nodes = sorted({str(ox.NamedNode(iri)) for iri in iris})
    if not nodes:
        return {}
    # the IRIs open the pattern (a trailing VALUES is joined after it: every label in the store)
    values = "WHERE {\n  VALUES ?resource { " + " ".join(nodes) + " }"
    best: dict[str, tuple[tuple, ox.Literal]] = {}
    for row in store.select(queries.text("labels").replace("WHERE {", values, 1)):
        label = row["label"]
        rank = (PROPERTIES.index(row["property"].value), _language_rank(label, languages), label.value)
        iri = row["resource"].value
        if iri not in best or rank < best[iri][0]:
            best[iri] = (rank, label)
    return {iri: label for iri, (_, label) in best.items()}


def _language_rank(label: ox.Literal, languages: Sequence[str]) -> tuple[int, str]:
    tag = (label.language or "").lower()
    for i, wanted in enumerate(w.lower() for w in languages):
        if tag and (tag == wanted or tag.startswith(wanted + "-")):
            return i, tag
    return len(languages) + language_rank(tag)[0], tag  # none of them: as a collection's text
