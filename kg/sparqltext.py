"""SPARQL text as the endpoint reads it before Oxigraph does: refused keywords, the graphs a
request names, and an update's dataset written in from ``using-graph-uri`` parameters.

Not a parser: a tokenizer that knows strings, comments, IRIs, prefixed names and braces well
enough that nothing in them is mistaken for a keyword; Oxigraph parses the text afterwards.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

import pyoxigraph as ox

from .errors import QueryError

# Strings, comments and variables are skipped, and IRIs and prefixed names read whole, when
# looking for keywords and braces, so that ``?service``, ``ex:load``, "SERVICE" in a string or a
# brace in a comment are not mistaken for what they look like. A # ends a prefixed name (a comment
# starts there) unless escaped.
_TOKENS = re.compile(r"""'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"
                         |(?P<iri><(?:[^<>"{}|^`\\\s]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
                         |\#[^\n]*|[?$][\w\u00b7-\uffff]+
                         |(?P<pname>(?:[A-Za-z_][\w.\-]*)?:(?:[^\s{}()<>,;\[\]"'\#\\]|\\.)*)
                         |(?P<word>[A-Za-z_]\w*)|(?P<brace>[{}])""", re.S | re.X)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
FORBIDDEN = {"SERVICE": "SERVICE (federated queries) is not allowed on this endpoint",
             "LOAD": "LOAD is not allowed on this endpoint"}


def _unescape(text: str) -> str:
    # SPARQL allows \u escapes anywhere in a query; a parser that honours them would see
    # \u0053ERVICE as SERVICE, so keywords are looked for after decoding them
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _tokens(text: str) -> list[re.Match]:
    """The keywords, IRIs, prefixed names and braces of a query or update, in order."""
    return [m for m in _TOKENS.finditer(text) if m.lastgroup]


def _keyword(token: re.Match) -> str:
    return (token.group("word") or "").upper()


def check_query(query: str, base: str = "") -> list[str]:
    """Refuse SERVICE and LOAD; return the IRIs that FROM / FROM NAMED / USING / WITH name."""
    prefixes: dict[str, str] = {}
    named: list[str] = []
    tokens = [t for t in _tokens(_unescape(query)) if not t.group("brace")]
    for i, match in enumerate(tokens):
        word = _keyword(match)
        if word in FORBIDDEN:
            raise QueryError(FORBIDDEN[word])
        if word == "BASE" and i + 1 < len(tokens) and tokens[i + 1].group("iri"):
            base = urljoin(base, tokens[i + 1].group("iri")[1:-1])
        elif word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].group("iri"):
            prefixes[(tokens[i + 1].group() or ":").rstrip(":")] = urljoin(
                base, tokens[i + 2].group("iri")[1:-1])
        elif word in ("FROM", "USING", "WITH"):
            j = i + 1
            if j < len(tokens) and _keyword(tokens[j]) == "NAMED":
                j += 1
            if j < len(tokens):
                named.append(_resolve(tokens[j], prefixes, base))
    return named


def names_dataset(query: str) -> bool:
    """Whether a query gives its own dataset (FROM or FROM NAMED): then that, and not the union
    of the named graphs, is what it reads (FROM NAMED alone: an empty default graph). Dataset
    clauses come before the query's first brace, so the scan stops there: the reasoner's
    partition queries carry a thousand IRIs after it."""
    for token in _TOKENS.finditer(_unescape(query)):
        if token.group("brace"):
            return False
        if _keyword(token) == "FROM":
            return True
    return False


def with_dataset(update: str, default_graph: list[str], named_graphs: list[str]) -> str:
    """``update`` with the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` written in as
    USING / USING NAMED clauses of each operation that has a WHERE (what the SPARQL 1.1 Protocol
    says they mean); Oxigraph's update API takes no dataset, so the text carries it."""
    if not default_graph and not named_graphs:
        return update
    clause = " ".join([f"USING {_iri(g)}" for g in default_graph] +
                      [f"USING NAMED {_iri(g)}" for g in named_graphs])
    # Oxigraph reads \u escapes only inside strings and IRIs, so the text is scanned as it is
    tokens = _tokens(update)
    depth, edits = 0, []
    for i, token in enumerate(tokens):
        word = _keyword(token)
        if token.group("brace"):
            depth += 1 if token.group() == "{" else -1
        elif depth == 0 and word in ("USING", "WITH"):
            raise QueryError(f"the update has its own {word} clause: give either that or the "
                             "using-graph-uri / using-named-graph-uri parameters, not both")
        elif depth == 0 and word == "WHERE":
            if i and _keyword(tokens[i - 1]) == "DELETE":
                # DELETE WHERE { P } takes no USING; it means DELETE { P } WHERE { P }, which does
                end = _closing(tokens, i + 1)
                if end is None:
                    continue  # malformed: the parser will say where
                pattern = update[tokens[i + 1].start():tokens[end].end()]
                edits.append((token.start(), f"{pattern} {clause} "))
            else:
                edits.append((token.start(), clause + " "))
    for at, text in reversed(edits):
        update = update[:at] + text + update[at:]
    return update


def _iri(value: str) -> str:
    try:
        return str(ox.NamedNode(value))
    except ValueError:
        raise QueryError(f"not an absolute IRI: {value!r}") from None


def _closing(tokens: list[re.Match], start: int) -> int | None:
    """The index of the brace closing the one at ``start``."""
    if start >= len(tokens) or tokens[start].group() != "{":
        return None
    depth = 0
    for j in range(start, len(tokens)):
        if tokens[j].group("brace"):
            depth += 1 if tokens[j].group() == "{" else -1
            if depth == 0:
                return j
    return None


def _resolve(token: re.Match, prefixes: dict[str, str], base: str) -> str:
    if token.group("iri"):
        return urljoin(base, token.group("iri")[1:-1])
    if token.group("pname"):
        prefix, _, local = token.group("pname").partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    raise QueryError(f"cannot read the graph name after FROM: {token.group()!r}")
