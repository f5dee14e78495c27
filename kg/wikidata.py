"""Iconclass notation → Wikidata item, looked up on a SPARQL endpoint and cached in the store.

Wikidata states an item's Iconclass notation with P1256. ``lookup`` asks any SPARQL 1.1
endpoint (Wikidata's, a mirror, or the test suite's local server) through SPARQLWrapper, in
chunks, and ``cache`` writes the answers as ``skos:exactMatch`` triples in ``graph/wikidata``,
leaving out pairs another graph (a rule, the ontology) already states.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode

from . import queries
from .errors import InputError, StoreError
from .graph import Iris
from .store import Triple
from .vocab import DCTERMS, ICONCLASS, PROV, SKOS, WD, iconclass_iri, iconclass_notation

CHUNK = 200  # notations per request: keeps each query well under endpoints' size limits
USER_AGENT = "Iconograph/0.1 (kg link wikidata; SPARQLWrapper)"


def store_notations(store) -> list[str]:
    """The Iconclass notations that subjects, links and alignments in the store name."""
    rows = store.select(queries.text("iconclass-concepts"))
    return [iconclass_notation(r["concept"].value) for r in rows
            if ICONCLASS.contains(r["concept"].value)]


def _values(notations: Sequence[str]) -> str:
    # literals serialised by pyoxigraph (escaped N-Triples form): bound values, never raw text
    return "VALUES ?notation { " + " ".join(str(Literal(n)) for n in notations) + " }"


def lookup(endpoint: str, notations: Iterable[str], timeout: float = 30.0) -> dict[str, list[str]]:
    """Wikidata item ids (``Q…``) per notation, as the endpoint states them with P1256."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    if not endpoint.startswith(("http://", "https://")):
        raise InputError("the endpoint must be an http(s) URL", where=endpoint)
    notations = sorted(set(notations))
    found: dict[str, list[str]] = {}
    for start in range(0, len(notations), CHUNK):
        client = SPARQLWrapper(endpoint, agent=USER_AGENT)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setTimeout(int(timeout))
        client.setQuery(queries.text("wikidata-by-iconclass") + _values(notations[start:start + CHUNK]))
        try:
            result = client.queryAndConvert()
        except (SPARQLWrapperException, OSError, ValueError) as e:
            raise StoreError(f"Wikidata lookup failed: {type(e).__name__}: {e}", where=endpoint) from e
        for row in result.get("results", {}).get("bindings", []):
            item = row.get("item", {}).get("value", "")
            if WD.contains(item) and "notation" in row:
                found.setdefault(row["notation"]["value"], []).append(item[len(WD):])
    return {n: sorted(set(q)) for n, q in found.items()}


def cache(store, iris: Iris, endpoint: str, found: dict[str, list[str]], asked: Iterable[str]) -> int:
    """Write the found matches into ``graph/wikidata``; returns the number of new triples there.

    Pairs for notations not asked this time are kept, so the graph only grows across lookups
    of different concept sets; a pair another graph already states is not repeated.
    """
    graph = iris.graph("wikidata")
    asked = set(asked)
    elsewhere, kept = set(), []
    for row in store.select(queries.text("exact-matches")):
        pair = (row["concept"].value, row["item"].value)
        if row["graph"].value != graph:
            elsewhere.add(pair)
        elif iconclass_notation(pair[0]) not in asked:
            kept.append(pair)
    triples: list[Triple] = [(NamedNode(c), SKOS.exactMatch, NamedNode(i)) for c, i in kept]
    for notation, items in sorted(found.items()):
        for qid in items:
            pair = (iconclass_iri(notation), WD + qid)
            if pair not in elsewhere:
                triples.append((NamedNode(pair[0]), SKOS.exactMatch, NamedNode(pair[1])))
    new = len(triples) - len(kept)
    triples.append((NamedNode(graph), PROV.wasDerivedFrom, NamedNode(endpoint)))
    triples.append((NamedNode(graph), DCTERMS.source, Literal("Wikidata P1256 (Iconclass notation)")))
    store.replace_graphs({graph: triples})
    return new
