"""Collection metadata from a SPARQL endpoint: a SELECT whose variables are the CSV's columns.

A museum whose catalogue is already a triple store (or any SPARQL 1.1 endpoint) gives its
artworks by a query: ``?identifier`` and ``?title`` are required, ``?creator``, ``?date``,
``?image``, ``?subject``… optional, named as the CSV columns are. A variable the reader does not
know is an error (a misspelt ``?titel`` would lose every title). Rows are grouped by identifier,
as a query's joins repeat an artwork: each field keeps its first value, every ``?subject`` is
kept. Where the query binds no ``?language`` of its own, a title in several languages (a row
each) is chosen as an EDM record's (the untagged one, else English, else the smallest tag), its
tag the artwork's language, and the description in that language where there is one (else chosen
alike, its own tag kept): the endpoint's row order decides nothing. An IRI (an image, a rights
statement, a concept) is taken as its IRI; a blank node is an error.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError, StoreError
from ..model import Artwork
from .checks import checked, choose_text, http_url
from .csvfile import COLUMNS, REQUIRED

USER_AGENT = "Iconograph/0.1 (kg enrich; SPARQLWrapper)"


def _query_text(query: Path) -> str:
    try:
        return Path(query).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the query: {e}", where=str(query)) from e


def _select(endpoint: str, text: str, timeout: float) -> dict:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint, agent=USER_AGENT)
    client.setMethod(POST)  # a collection's query may be long
    client.setReturnFormat(JSON)
    client.setTimeout(int(timeout))
    client.setQuery(text)
    if client.queryType != "SELECT":
        raise InputError(f"the query must be a SELECT (its variables are the columns), not a "
                         f"{client.queryType}", where=endpoint)
    try:
        result = client.queryAndConvert()
    except (SPARQLWrapperException, OSError, ValueError) as e:
        raise StoreError(f"the collection query failed: {type(e).__name__}: {e}", where=endpoint) from e
    if not isinstance(result, dict) or "head" not in result:
        raise StoreError("the endpoint did not answer SPARQL JSON results", where=endpoint)
    return result


def read_sparql(endpoint: str, query: Path, *, timeout: float = 120.0) -> list[Artwork]:
    """The artworks a SELECT ``query`` (a file) finds at ``endpoint`` (an http(s) URL)."""
    if not http_url(endpoint):
        raise InputError("a SPARQL endpoint is an http(s) URL", where=endpoint)
    result = _select(endpoint, _query_text(query), timeout)
    variables = result["head"].get("vars", [])
    if unknown := [v for v in variables if v not in COLUMNS]:
        raise InputError(f"unknown variable(s) {', '.join('?' + v for v in unknown)}; known: "
                         f"{', '.join('?' + c for c in COLUMNS)}", where=str(query))
    if missing := [c for c in REQUIRED if c not in variables]:
        raise InputError(f"the query must select {', '.join('?' + c for c in missing)}", where=str(query))
    fields: dict[str, dict[str, str]] = {}  # identifier → field → value, in the order found
    subjects: dict[str, list[str]] = {}
    texts: dict[tuple[str, str], dict[tuple[str, str], None]] = {}  # (identifier, var) → {(tag, text)}
    first_row: dict[str, int] = {}
    for n, row in enumerate(result.get("results", {}).get("bindings", []), start=1):
        where = f"{endpoint} (result row {n})"
        values = {}
        for var, term in row.items():
            if term.get("type") == "bnode":
                raise InputError(f"?{var} is a blank node: select an IRI or a literal", where=where)
            values[var] = term.get("value", "").strip()
        for col in REQUIRED:
            if not values.get(col):
                raise InputError(f"no ?{col}", where=where)
        ident = values["identifier"]
        first_row.setdefault(ident, n)
        known = fields.setdefault(ident, {})
        for var in ("title", "description"):
            if values.get(var):
                texts.setdefault((ident, var), {})[(row[var].get("xml:lang", ""), values[var])] = None
        for key, value in values.items():
            if value and key != "subject":
                known.setdefault(key, value)
        if values.get("subject"):
            subjects.setdefault(ident, [])
            if values["subject"] not in subjects[ident]:
                subjects[ident].append(values["subject"])
    artworks = []
    for ident, known in fields.items():
        if "language" not in known:  # else the query's choice: its first title
            known["language"], known["title"] = choose_text(texts[ident, "title"])
        if (ident, "description") in texts and "description_language" not in known:
            tag, known["description"] = choose_text(texts[ident, "description"], known["language"])
            if tag and tag.lower() != known["language"].lower():
                known["description_language"] = tag
        if ident in subjects:  # as a CSV's cell writes them
            known["subject"] = "|".join(subjects[ident])
        where = f"{endpoint} (result row {first_row[ident]})"
        artworks.append(checked(Artwork(**known, source=f"{endpoint}#row{first_row[ident]}"), where))
    if not artworks:
        raise InputError("the query found no artworks", where=endpoint)
    return artworks
