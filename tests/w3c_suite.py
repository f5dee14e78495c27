"""The W3C SPARQL 1.1 test suite read as cases: every entry of every manifest, none left out.

``cases(root)`` walks ``manifest-all.ttl`` and the manifests it includes (recursively) and turns
each entry into a :class:`Case`: what to load, what to send, what to expect. Which cases a given
server can run is not decided here (see ``test_conformance.py``); this module only reads.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import rdflib
from rdflib.collection import Collection

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
DAWGT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
STATUS = {"OK": "200", "Created": "201", "NoContent": "204", "NotFound": "404"}
SYNTAX = {"PositiveSyntaxTest11": True, "NegativeSyntaxTest11": False,
          "PositiveUpdateSyntaxTest11": True, "NegativeUpdateSyntaxTest11": False}


@dataclass(frozen=True)
class Request:
    """One HTTP exchange of a protocol or graph store test, as the manifest writes it."""

    method: str
    path: str  # e.g. "/sparql/?query=…" or "/gsp?graph=…"
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    status: tuple[str, ...]  # accepted codes ("201") or classes ("2xx")
    boolean: bool | None = None  # an ASK answer the response must carry
    content_type: str | None = None  # the media type the response must have
    rdf: str | None = None  # Turtle the response body must be isomorphic to
    location: str | None = None  # a template variable to fill with the Location header


@dataclass(frozen=True)
class Case:
    """One manifest entry: its id (``DIR/NAME``), kind, and what running it needs."""

    id: str
    kind: str  # e.g. "query", "results", "update-syntax", "graph-store" (w3c_run.RUNNERS has them all)
    type: str  # the manifest's class, e.g. "QueryEvaluationTest"
    folder: str  # the manifest's folder, e.g. "aggregates"
    requires: tuple[str, ...] = ()  # mf:requires, e.g. ("DirectGraphIdentification",)
    approval: str = ""  # dawgt:approval, e.g. "Approved", "Proposed"
    positive: bool = True  # syntax tests: whether the text must be accepted
    query: Path | None = None  # the query or update file
    data: tuple[Path, ...] = ()  # the default graph
    graphs: tuple[tuple[Path, str], ...] = ()  # named graphs: (file, graph IRI)
    result: Path | None = None  # the expected results (query tests)
    result_data: tuple[Path, ...] = ()  # the expected default graph (update tests)
    result_graphs: tuple[tuple[Path, str], ...] = ()  # the expected named graphs (update tests)
    requests: tuple[Request, ...] = ()  # protocol and graph store tests


def _file(term) -> Path:
    return Path(unquote(str(term)[len("file://"):]))


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _manifests(path: Path) -> list[Path]:
    """``path`` and every manifest it includes, depth first."""
    g = rdflib.Graph().parse(path, format="turtle", publicID=path.as_uri())
    out = [path]
    for lst in g.objects(rdflib.URIRef(path.as_uri()), MF.include):
        for m in Collection(g, lst):
            out += _manifests(_file(m))
    return out


def _named(g: rdflib.Graph, node, file_prop, name_prop=rdflib.RDFS.label) -> tuple[tuple[Path, str], ...]:
    """Named graph data: a bare file (named by its own IRI) or ``[ ut:graph <f> ; rdfs:label "iri" ]``."""
    out = []
    for d in g.objects(node, file_prop):
        if isinstance(d, rdflib.URIRef):
            out.append((_file(d), str(d)))
        else:
            out.append((_file(g.value(d, UT.graph)), str(g.value(d, name_prop))))
    return tuple(sorted(out))


def _requests(g: rdflib.Graph, test) -> tuple[Request, ...]:
    out = []
    for lst in g.objects(g.value(test, MF.action), HT.requests):
        for req in Collection(g, lst):
            headers = [(str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue)))
                       for hl in g.objects(req, HT.headers) for h in Collection(g, hl)]
            body = g.value(req, HT.body)
            data = None
            if body is not None and g.value(body, CNT.bytes) is not None:
                data = bytes.fromhex(str(g.value(body, CNT.bytes)))
            elif body is not None:
                data = str(g.value(body, CNT.chars)).encode()
            resp = g.value(req, HT.resp)
            status = tuple(sorted(STATUS.get(_local(s), _local(s).replace("StatusCode", ""))
                                  for s in g.objects(resp, MF.expectedStatus)))
            expected_type = rdf = None
            for hl in g.objects(resp, HT.headers):
                for h in Collection(g, hl):
                    if str(g.value(h, HT.fieldName)).lower() == "content-type":
                        expected_type = str(g.value(h, HT.fieldValue))
            if (resp_body := g.value(resp, HT.body)) is not None:
                rdf = str(g.value(resp_body, CNT.chars))
            boolean = g.value(resp, MF.expectedBoolean)
            location = g.value(resp, MF.expectedLocation)
            out.append(Request(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)),
                               tuple(headers), data, status,
                               None if boolean is None else bool(boolean.toPython()),
                               expected_type, rdf, None if location is None else str(location)))
    return tuple(out)


def _case(g: rdflib.Graph, test, folder: str) -> Case:
    kind_name = _local(g.value(test, rdflib.RDF.type))
    common = {"id": f"{folder}/{_local(test)}", "type": kind_name, "folder": folder,
              "requires": tuple(sorted(_local(r) for r in g.objects(test, MF.requires))),
              "approval": _local(g.value(test, DAWGT.approval) or "")}
    action = g.value(test, MF.action)
    if kind_name in ("QueryEvaluationTest", "CSVResultFormatTest"):
        kind = "results" if folder.endswith("-res") else "query"
        return Case(kind=kind, query=_file(g.value(action, QT.query)),
                    data=tuple(sorted(_file(d) for d in g.objects(action, QT.data))),
                    graphs=_named(g, action, QT.graphData), result=_file(g.value(test, MF.result)),
                    **common)
    if kind_name in SYNTAX:
        path = _file(action)
        kind = "update-syntax" if path.suffix == ".ru" else "query-syntax"
        return Case(kind=kind, positive=SYNTAX[kind_name], query=path, **common)
    if kind_name == "UpdateEvaluationTest":
        result = g.value(test, MF.result)
        return Case(kind="update", query=_file(g.value(action, UT.request)),
                    data=tuple(sorted(_file(d) for d in g.objects(action, UT.data))),
                    graphs=_named(g, action, UT.graphData),
                    result_data=tuple(sorted(_file(d) for d in g.objects(result, UT.data))),
                    result_graphs=_named(g, result, UT.graphData), **common)
    if kind_name == "ProtocolTest":
        return Case(kind="protocol", graphs=_named(g, test, UT.graphData), requests=_requests(g, test),
                    **common)
    if kind_name == "GraphStoreProtocolTest":
        return Case(kind="graph-store", requests=_requests(g, test), **common)
    if kind_name == "ServiceDescriptionTest":
        return Case(kind="service-description", **common)
    raise ValueError(f"{common['id']}: unknown test type {kind_name}")


def cases(root: Path, top: str = "manifest-all.ttl") -> list[Case]:
    """Every entry of ``top`` and the manifests it includes, in manifest order."""
    out = []
    for manifest in _manifests(root / top):
        g = rdflib.Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
        for entries in g.objects(rdflib.URIRef(manifest.as_uri()), MF.entries):
            out += [_case(g, test, manifest.parent.name) for test in Collection(g, entries)]
    return out
