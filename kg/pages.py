"""Pages for people, and linked data for machines, at every IRI minted under the base.

Dereferencing follows one pattern, content negotiation on the IRI itself (no 303): a request for
``BASE/artwork/ID`` (or any minted IRI) answers HTML to browsers and Turtle, JSON-LD, N-Triples or
RDF/XML to RDF clients by ``Accept`` (or ``?format=``), with ``Vary: Accept``. Artworks get a page
with the painting and its boxes; concepts (Iconclass subjects) a page listing their artworks; any
other resource a table of its statements. A named graph's IRI answers with the graph's triples.
"""
from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from urllib.parse import quote, unquote

import pyoxigraph as ox
from flask import (Blueprint, Response, current_app, render_template, request,
                   send_file, url_for)

from . import queries
from .endpoint import GRAPH_FORMATS, choose, run_query
from .errors import InputError, NotFound
from .format import compact, rows
from .iiif import parse_xywh
from .negotiation import best_type, named, quality
from .vocab import DCTERMS, ICO, ICONCLASS, ONTOLOGY, PREFIXES, RDF, RDFS, RULE, VOID, iconclass_notation

bp = Blueprint("pages", __name__)

RDF_TYPES = {"turtle": "text/turtle", "jsonld": "application/ld+json",
             "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml"}
#: Every media type a resource's RDF is served in, with the format it names: those above (the
#: alternates each page advertises), N-Quads and TriG (of the default graph), and the older or
#: looser names RDF clients still send (rdflib's ``nt`` asks for text/plain, ``n3`` for text/n3).
RDF_ACCEPTED = {v: k for k, v in RDF_TYPES.items()} | {
    "application/n-quads": "nquads", "application/trig": "trig", "application/json": "jsonld",
    "text/plain": "ntriples", "text/n3": "turtle", "text/rdf+n3": "turtle",
    "application/turtle": "turtle", "application/x-turtle": "turtle"}
IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif", "image/tiff", "image/bmp")
# distinct, legible on light and dark paintings; a class keeps its colour on every page. Each is a
# box's outline and the background of its label, whose text is white: each has a contrast of at
# least 4.5:1 with white (WCAG 2.1 AA for normal text), so the tags are drawn opaque.
PALETTE = ("#d01c43", "#2b7a34", "#4363d8", "#b35300", "#7e1fb4", "#00708a", "#b8168f",
           "#8a5a20", "#595959", "#800000", "#5f6400", "#000075")
LABEL_TEXT = "#fff"
PAGE_CAP = 1000


def _store():
    return current_app.extensions["iconograph"]


def _select(name: str, **bindings: ox.NamedNode) -> list[dict[str, object]]:
    return _store().select(queries.text(name), bindings)


def colours(classes: set[str]) -> dict[str, str]:
    """A distinct colour per class on one page; a class keeps its colour wherever it can."""
    out: dict[str, str] = {}
    used: set[int] = set()
    for cls in sorted(classes):
        i = int(hashlib.sha1(cls.encode()).hexdigest(), 16) % len(PALETTE)
        while i in used and len(used) < len(PALETTE):  # a clash: take the next free colour
            i = (i + 1) % len(PALETTE)
        used.add(i)
        out[cls] = PALETTE[i]
    return out


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(term) -> str:
    return "" if term is None else term.value


#: Artworks listed per page of the home page.
PER_PAGE = 60


@bp.get("/")
def home():
    """The dataset's counts, its artworks a page at a time (``?page=``, by title), the examples."""
    from .dump import listing  # its counts are kept until the store changes: len() reads it all

    store = _store()
    names, values = rows(store.query(queries.text("counts")))
    counts = dict(zip(names, (compact(v) for v in values[0]))) if values else {}
    counts["triples"] = str(next(p.triples for p in listing(current_app).parts if p.graphs is None))
    page = request.args.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        raise InputError(f"page must be a whole number from 1, not {page!r}")
    page = int(page)
    # sorted here: a title per artwork is cheap to read, and the store's ORDER BY is not
    titles = sorted(store.select(queries.text("artwork-titles")),
                    key=lambda r: (r["title"].value.casefold(), r["title"].value, r["artwork"].value))
    pages = max(1, -(-len(titles) // PER_PAGE))
    shown = list(dict.fromkeys(r["artwork"] for r in titles[(page - 1) * PER_PAGE:page * PER_PAGE]))
    listed = {}
    if shown:  # their metadata, the artworks opening the pattern (see kg/labels.py)
        bound = "WHERE {\n  VALUES ?artwork { " + " ".join(map(str, shown)) + " }"
        for row in store.select(queries.text("artworks").replace("WHERE {", bound, 1)):
            listed.setdefault(row["artwork"], {k: _value(v) for k, v in row.items()}
                              | {"title_lang": _lang(row.get("title"))})
    return render_template("home.html", counts=counts, examples=queries.examples(),
                           artworks=[listed[a] for a in shown if a in listed], page=page, pages=pages)


@bp.get("/query")
def query_page():
    """A SPARQL form; with a query (or the name of an example) it shows the results as a table."""
    name = request.args.get("name")
    text = queries.text(name) if name else request.args.get("query", "")
    return query_form(text, run=request.args.get("run", "1") != "0")


def query_form(text: str, *, run: bool = True, endpoint: bool = False) -> Response:
    """The query page for ``text``, run unless ``run`` is false; ``endpoint``: the page a browser
    gets at ``/sparql`` itself, which says what programs get there."""
    names, values, answer, error, status = [], [], None, None, 200
    if text.strip() and run:
        try:
            result = run_query(text, cap=PAGE_CAP)
        except Exception as e:  # shown on the page, next to the query the person can fix
            error, status = str(e), getattr(e, "status", 500)  # a malformed query: 400
        else:
            if isinstance(result, ox.QuerySolutions):
                names, values = rows(result)
                values = [[_cell(v) for v in row] for row in values]
            elif isinstance(result, ox.QueryBoolean):
                answer = "yes" if bool(result) else "no"
            else:
                names = ["subject", "predicate", "object"]
                values = [[_cell(t.subject), _cell(t.predicate), _cell(t.object)] for t in result]
    html = render_template("query.html", text=text, names=names, values=values, answer=answer,
                           error=error, examples=queries.examples(), endpoint=endpoint)
    return Response(html, status=status, mimetype="text/html")


def _cell(term) -> dict[str, str]:
    """A result cell: an IRI is a link (a minted one to its page here), other terms text."""
    return {"text": "", "href": "", "title": ""} if term is None else _link(term)


# -- linked data ---------------------------------------------------------------------------------
def _wants_rdf() -> str | None:
    """The RDF format a client asks for, or None for HTML (browsers, and ``*/*``)."""
    if request.args.get("format"):
        return choose({k: GRAPH_FORMATS[k] for k in set(RDF_ACCEPTED.values())}, "graph", "turtle")
    best = best_type(request.headers.get("Accept"), ["text/html", "application/xhtml+xml", *RDF_ACCEPTED])
    if best in (None, "text/html", "application/xhtml+xml"):
        return None
    return RDF_ACCEPTED[best]


def _image_answer(image: Path | None) -> str | None:
    """What ``artwork/ID/image`` answers: ``"image"``, an RDF format, or None for HTML.

    The IRI is the artwork's ``edm:isShownBy``: a harvester following it, or an ``<img>``, wants
    the picture and accepts it, by ``image/…`` or ``*/*`` or no Accept at all: the file, or a 404
    where this server holds none (rather than a page it did not ask for). The description stays
    reachable, with an image served too, to a client that names an RDF type (or ``?format=``),
    and the page to one that names text/html above every image type, or as high where no image
    is held (a browser's tab: Chrome names text/html and image/webp alike).
    """
    if request.args.get("format"):
        return _wants_rdf()
    header = request.headers.get("Accept")
    images = max(quality(header, media) for media in IMAGE_TYPES)
    rdf, rdf_q = named(header, list(RDF_ACCEPTED))
    _, html_q = named(header, ["text/html", "application/xhtml+xml"])
    if html_q >= rdf_q and (html_q > images or (image is None and html_q > 0 and html_q == images)):
        return None
    if rdf is not None and (image is None or rdf_q > images):
        return RDF_ACCEPTED[rdf]
    if image is None:
        raise NotFound("no image file for this artwork on this server (kg serve --images DIR)",
                       where=request.path)
    return "image"


def _cap(page: bool) -> int | None:
    """The most statements a resource's answer holds: ``MAX_ROWS``, and for a page no more
    than ``PAGE_CAP`` either."""
    cap = current_app.config["MAX_ROWS"]
    return (PAGE_CAP if cap is None else min(cap, PAGE_CAP)) if page else cap


def _describe(iri: str, page: bool = False) -> tuple[list[ox.Triple], bool]:
    """The resource's statements and those pointing to it, and for a named graph's IRI the
    graph's triples: each up to ``MAX_ROWS`` as a CONSTRUCT's (``PAGE_CAP`` for a ``page``, which
    shows no more), and whether they were cut there. A class or an agent is the object of a
    statement about each of thousands of objects: those are cut, not all read."""
    cap = _cap(page)
    node = ox.NamedNode(iri)

    def capped(found) -> tuple[list, bool]:
        got = list(itertools.islice(found, None if cap is None else cap + 1))
        return got[:cap], cap is not None and len(got) > cap

    triples, cut = capped(_store().query(queries.text("describe"), {"resource": node}))
    if not iri.startswith(current_app.config["BASE_IRI"] + "graph/"):
        return triples, cut
    held, held_cut = capped(q.triple for q in
                            _store().pyoxigraph_store().quads_for_pattern(None, None, None, node))
    about = _graph_description(iri) if held else []
    return about + triples + held, cut or held_cut


#: What each layer's graphs hold, for their labels.
LAYER_NAMES = {"metadata": "metadata", "detections": "detections", "scene": "scene graph",
               "inferences": "attributions", "descriptions": "descriptions",
               "links": "concept links", "ontology": "ontology", "rules": "rules",
               "agents": "agents and runs"}


def _graph_description(iri: str) -> list[ox.Triple]:
    """What a named graph's document says of the graph itself, which the store holds nothing
    about: a label naming its layer and artwork, the layer it belongs to (a subset of the
    dataset, described at ``/dataset``) and its dump."""
    base = current_app.config["BASE_IRI"]
    layer, _, ident = iri[len(base + "graph/"):].partition("/")
    node, what = ox.NamedNode(iri), LAYER_NAMES.get(layer, layer)
    label = f"{what} of artwork {unquote(ident)}" if ident and layer not in ("agents", "links") \
        else f"{what} ({unquote(ident)})" if ident else what
    dump = f"{request.url_root}dumps/graph/{layer}/{ident}.nt.gz" if ident else \
        f"{request.url_root}dumps/layer/{layer}.nt.gz"
    return [ox.Triple(node, RDF.type, VOID.Dataset),
            ox.Triple(node, RDFS.label, ox.Literal(label, language="en")),
            ox.Triple(node, DCTERMS.isPartOf, ox.NamedNode(f"{base}dataset#layer-{layer}")),
            ox.Triple(node, VOID.dataDump, ox.NamedNode(dump))]


def _say_limits(response: Response, truncated: bool, page: bool = False) -> Response:
    """A resource's RDF cut at ``MAX_ROWS`` (a page at ``PAGE_CAP``) says so in the headers
    /sparql's results use."""
    cap = _cap(page)
    response.headers["X-Iconograph-Truncated"] = "true" if truncated else "false"
    if cap is not None:
        response.headers["X-Iconograph-Max-Rows"] = str(cap)
    return response


def _rdf_response(triples: list[ox.Triple], name: str) -> Response:
    fmt = GRAPH_FORMATS[name]
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if name == "turtle" else None
    body = ox.serialize(triples, format=fmt, prefixes=prefixes)
    return Response(body, content_type=fmt.media_type)


def _url(raw: str) -> str:
    """The URL of a minted IRI's page on this server, escaped as minted (ASCII, a ``%2F`` kept
    inside its segment): ``request.base_url`` has the path decoded."""
    from .graph import minted_path

    return request.host_url.rstrip("/") + request.script_root + "/" + minted_path(raw)


def _alternates(response: Response, url: str) -> Response:
    response.headers["Vary"] = "Accept"
    sep = "&" if "?" in url else "?"
    response.headers["Link"] = ", ".join(
        f'<{url}{sep}format={k}>; rel="alternate"; type="{v}"' for k, v in RDF_TYPES.items())
    return response


def request_path(path: str) -> str:
    """The request's path below the application as the client sent it: the WSGI path is
    percent-decoded, where an identifier's ``%2F`` would read as a slash."""
    raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")
    if raw:  # WSGI strings carry the bytes as Latin-1; unescaped bytes of a URL are UTF-8
        raw = raw.encode("latin-1", "replace").decode("utf-8", "replace")
        raw = raw.split("?", 1)[0].split("#", 1)[0]
        if "://" in raw:  # absolute-form request target
            raw = "/" + raw.split("://", 1)[1].partition("/")[2]
        root = request.script_root + "/"
        if raw.startswith(root):
            return raw[len(root):]
    return quote(path, safe="/")  # (no raw URI: a slash inside a segment is lost)


def _project_term(iri: str) -> bool:
    """Whether ``iri`` is Iconograph's own: the ontology, one of its terms, or a rule."""
    return iri == ONTOLOGY.value or ICO.contains(iri) or RULE.contains(iri)


def href(iri: str) -> str:
    """Where a page links an IRI: minted ones to this server (their escaping kept as minted),
    Iconclass subjects to the concept page, the ontology's terms and the rules to their
    description here, the rest to themselves."""
    base = current_app.config["BASE_IRI"]
    if iri.startswith(base):
        return request.script_root + "/" + iri[len(base):]
    if ICONCLASS.contains(iri):
        return url_for("pages.concept", iri=iri)
    if _project_term(iri):
        return url_for("pages.about", iri=iri)
    return iri


bp.add_app_template_global(href)


@bp.get("/about")
def about():
    """What this dataset says of one of Iconograph's own IRIs (``?iri=``), which live outside the
    base: the ontology, a class or property of it, a rule (its label, subject, source). HTML or
    RDF by content negotiation, as a minted IRI answers."""
    iri = request.args.get("iri", "")
    if not _project_term(iri):
        raise InputError(f"{iri!r} is none of Iconograph's own IRIs: give the ontology's "
                         f"<{ONTOLOGY.value}>, a term <{ICO}…> or a rule <{RULE}…> as ?iri= "
                         "(minted IRIs answer at their own address)")
    fmt = _wants_rdf()
    triples, truncated = _describe(iri, page=fmt is None)
    if not triples:
        raise NotFound(f"nothing in this dataset is about <{iri}>")
    here = request.base_url + "?iri=" + quote(iri, safe="")
    if fmt is not None:
        return _say_limits(_alternates(_rdf_response(triples, fmt), here), truncated)
    page = _resource_page(iri, triples, truncated, query=f"iri={quote(iri, safe='')}&")
    response = _alternates(Response(page, mimetype="text/html"), here)
    response.headers["Vary"] = "Accept, Accept-Language"
    return _say_limits(response, truncated, page=True)


@bp.get("/<path:path>")
def resource(path: str):
    """Every minted IRI: the artwork page, a local image, or any resource's statements."""
    from .graph import Iris

    raw = request_path(path)
    iri = Iris(current_app.config["BASE_IRI"]).at(raw).value
    parts = [unquote(part) for part in raw.split("/")]
    if len(parts) == 3 and parts[0] == "artwork" and parts[2] == "image":
        image = _image(parts[1])
        fmt = _image_answer(image)
        if fmt == "image":
            return _alternates(send_file(image), _url(raw))
    else:
        fmt = _wants_rdf()
    triples, truncated = _describe(iri, page=fmt is None)
    if not triples:
        if len(parts) == 2 and parts[0] == "artwork":
            raise NotFound(f"no artwork {parts[1]!r} in this dataset (its IRI would be <{iri}>)")
        raise NotFound(f"nothing in this dataset is about <{iri}>")
    if fmt is not None:
        return _say_limits(_alternates(_rdf_response(triples, fmt), _url(raw)), truncated)
    if len(parts) == 2 and parts[0] == "artwork":
        html = artwork_page(iri, parts[1])
        response = _alternates(Response(html, mimetype="text/html"), _url(raw))
        response.headers["Vary"] = "Accept, Accept-Language"  # the description's language
        return response
    response = _alternates(Response(_resource_page(iri, triples, truncated), mimetype="text/html"),
                           _url(raw))
    response.headers["Vary"] = "Accept, Accept-Language"  # the labels' language
    return _say_limits(response, truncated, page=True)


def _link(term) -> dict[str, str]:
    """A term as a page shows it: its text, and a link where it dereferences; a literal's
    language tag, which its text is marked with (a screen reader reads it in that language)."""
    if isinstance(term, ox.NamedNode):
        return {"text": compact(term), "href": href(term.value), "title": term.value}
    return {"text": compact(term), "href": "", "title": str(term), "lang": _lang(term)}


def _lang(term) -> str:
    """A literal's language tag, "" for any other term or a literal without one."""
    return (getattr(term, "language", None) or "") if isinstance(term, ox.Literal) else ""


def _resource_page(iri: str, triples: list[ox.Triple], truncated: bool = False, query: str = "") -> str:
    """Any resource's statements: what it says (property, value), what says something about it
    (subject, property: read as the triple reads), and for a named graph the triples it holds;
    every IRI named by its label where it has one, the IRI kept in the link's title."""
    from .labels import labels

    shown = triples[:PAGE_CAP]
    iris = {iri} | {t.value for triple in shown for t in triple if isinstance(t, ox.NamedNode)}
    named = labels(_store(), iris, [lang for lang, _ in request.accept_languages])

    base = current_app.config["BASE_IRI"]

    def link(term) -> dict[str, str]:
        out = _link(term)
        if isinstance(term, ox.NamedNode) and term.value in named:
            out |= {"text": named[term.value].value, "lang": named[term.value].language or ""}
        elif isinstance(term, ox.NamedNode) and term.value.startswith(base):  # no label: its path
            out["text"] = term.value[len(base):]
        return out

    outgoing, incoming, held = [], [], []
    for t in shown:
        if t.subject.value == iri:
            outgoing.append({"predicate": link(t.predicate), "value": link(t.object)})
        elif t.object.value == iri:
            incoming.append({"subject": link(t.subject), "predicate": link(t.predicate)})
        else:  # a named graph's own triples
            held.append({"subject": link(t.subject), "predicate": link(t.predicate), "value": link(t.object)})
    outgoing.sort(key=lambda r: (r["predicate"]["text"], r["value"]["text"]))
    incoming.sort(key=lambda r: (r["predicate"]["text"], r["subject"]["text"]))
    label = named.get(iri) or next((t.object for t in triples if t.subject.value == iri  # a graph's
                                    and t.predicate == RDFS.label), None)  # label is the page's own
    return render_template("resource.html", iri=iri, heading=label.value if label else _local(iri),
                           truncated=truncated, cap=_cap(True), query=query,
                           heading_lang=(label.language or "") if label else "",
                           outgoing=outgoing, incoming=incoming, held=held)


def _image(ident: str) -> Path | None:
    from .graph import file_name

    folder = current_app.config.get("IMAGES_DIR")
    if not folder:
        return None
    from vision.finder import FINDABLE_SUFFIXES  # the images enrich reads or finds, in lower or upper case

    for suffix in FINDABLE_SUFFIXES:
        for cased in (suffix, suffix.upper()):  # absolute: Flask sends a relative path from its own folder
            path = Path(folder).resolve() / f"{file_name(ident)}{cased}"
            if path.is_file():
                return path
    return None


def place_labels(boxes: list[dict], width: float, height: float, tag: float) -> None:
    """Set each box's label tag (``text_x``, ``text_y``; ``text_w`` wide, ``tag`` high) where it
    covers no tag placed before it: on the box's top edge, else just above the box, else lower
    down inside it, else at its bottom edge; where every place is taken, on the top edge. The
    most confident boxes are placed first; every tag stays inside the canvas."""
    placed: list[tuple[float, float, float]] = []  # (x, y, width) of each tag placed

    def free(x: float, y: float, w: float) -> bool:
        return all(x + w <= px or px + pw <= x or y + tag <= py or py + tag <= y
                   for px, py, pw in placed)

    for b in sorted(boxes, key=lambda b: -b["confidence"]):
        box, w = b["box"], b["text_w"]
        x = max(0.0, min(box.x, width - w))
        top = max(0.0, min(box.y, height - tag))
        inside = [top + i * tag for i in range(1, int(box.h // tag)) if top + (i + 1) * tag <= box.y + box.h]
        spots = [top, box.y - tag, *inside, box.y + box.h - tag]
        y = next((y for y in spots if 0 <= y <= height - tag and free(x, y, w)), top)
        b["text_x"], b["text_y"] = x, y
        placed.append((x, y, w))


def artwork_page(iri: str, ident: str) -> str:
    """The painting with its boxes, its metadata, its subjects and why they were attributed."""
    from .graph import Iris

    node = ox.NamedNode(iri)
    row = (_select("artwork-page", artwork=node) or [{}])[0]
    meta = {k: _value(v) for k, v in row.items()}
    meta["title_lang"] = getattr(row.get("title"), "language", None) or ""
    meta["description_lang"] = getattr(row.get("description"), "language", None) or ""
    detections = _select("artwork-detections", artwork=node)
    palette = colours({row["class"].value for row in detections})
    boxes = []
    for row in detections:
        cls = row["class"].value
        if (box := parse_xywh(row["box"].value)) is None:
            continue
        boxes.append({"key": _local(row["object"].value), "iri": row["object"].value,
                      "href": _link(row["object"])["href"], "label": row["label"].value,
                      "class": _local(cls), "colour": palette[cls], "box": box,
                      "confidence": float(row["confidence"].value) if "confidence" in row else 1.0})
    width, height, image_url = _canvas(iri, ident, meta, boxes)
    font = max(width, height) / 48
    for b in boxes:
        b["text"] = f"{b['label']} {b['confidence']:.2f}"
        b["text_w"] = len(b["text"]) * font * 0.6 + font * 0.6
    place_labels(boxes, width, height, font * 1.35)
    evidence: dict[str, set[str]] = {}
    relations: dict[str, list[tuple[str, str, str]]] = {}
    labels = {b["iri"]: b["label"] for b in boxes}
    for row in _select("artwork-evidence", artwork=node):
        att = row["attribution"].value
        if "object" in row:
            evidence.setdefault(att, set()).add(row["object"].value)
        else:
            relations.setdefault(att, []).append(
                (labels.get(row["relationSubject"].value, "?"), _local(row["relation"].value),
                 labels.get(row["relationObject"].value, "?")))
    attributions = []
    for row in _select("artwork-attributions", artwork=node):
        att = row["attribution"].value
        attributions.append({
            "iri": att, "href": _link(row["attribution"])["href"],
            "concept": row["subject"].value, "concept_href": url_for("pages.concept", iri=row["subject"].value),
            "notation": _value(row.get("notation")), "label": _value(row.get("label")),
            "wikidata": _value(row.get("wikidata")), "rule": _local(row["rule"].value),
            "rule_label": _value(row.get("ruleLabel")), "rule_source": _value(row.get("ruleSource")),
            "confidence": float(row["confidence"].value),
            "asserted": row["status"].value.endswith("Asserted"),
            "evidence": evidence.get(att, set()), "relations": sorted(relations.get(att, [])),
        })
    used = {key for a in attributions if a["asserted"] for key in a["evidence"]}
    legend = sorted({(b["class"], b["colour"]) for b in boxes})
    texts = {row["lang"].value: row["text"].value for row in _select("description", artwork=node)}
    # ?lang= (a link can name it), else the browser's Accept-Language (hence Vary, below)
    lang = request.args.get("lang") if request.args.get("lang") in texts else \
        request.accept_languages.best_match(sorted(texts), default="en")
    subjects = [{"text": iconclass_notation(t.value), "href": href(t.value)}  # not "ic:…%20…"
                if isinstance(t := row["subject"], ox.NamedNode) and ICONCLASS.contains(t.value)
                else _link(t) for row in _select("artwork-subjects", artwork=node)]
    langs = {"title": meta["title_lang"], "description": meta["description_lang"]}
    links = [{"href": _link(row["link"])["href"], "concept_href": href(row["concept"].value),
              "label": _value(row["label"]),
              "score": float(row["score"].value), "field": row["field"].value,
              "text": row["text"].value, "lang": langs.get(row["field"].value, "")}
             for row in _select("artwork-links", artwork=node)]
    iiif = Iris(current_app.config["BASE_IRI"]).annotation_page(ident).value  # as its page's id
    return render_template("artwork.html", iri=iri, meta=meta, subjects=subjects, links=links,
                           boxes=boxes, width=width,
                           height=height, image_url=image_url, attributions=attributions,
                           used=used, legend=legend, label_text=LABEL_TEXT, generated=texts.get(lang or "en", ""),
                           generated_lang=lang, other_texts=sorted(texts.items()), iiif=iiif)


def _canvas(iri: str, ident: str, meta: dict, boxes: list[dict]) -> tuple[int, int, str]:
    """The drawing's frame and image: the image's size as the graph records it, the frame its
    boxes were found in (a reproduction served at another resolution is drawn into it), else a
    local file's size upright (as browsers show it, turned by its EXIF orientation), else
    spanning the boxes; the image a local file's, or the source URL's, else a neutral canvas."""
    image = meta.get("image", "")
    local = _image(ident)
    if local is not None:
        from PIL import Image

        from vision.images import upright_size

        with Image.open(local) as im:
            width, height = upright_size(im)
        if meta.get("width") and meta.get("height"):
            width, height = float(meta["width"]), float(meta["height"])
        return int(width + 0.999), int(height + 0.999), href(iri + "/image")
    width = float(meta.get("width") or max([b["box"].x + b["box"].w for b in boxes] or [800]))
    height = float(meta.get("height") or max([b["box"].y + b["box"].h for b in boxes] or [600]))
    external = image if image.startswith(("http://", "https://")) and not image.startswith(
        current_app.config["BASE_IRI"]) else ""
    return int(width + 0.999), int(height + 0.999), external


#: Artworks a concept's page lists in each of its tables (the most confident first).
CONCEPT_CAP = 200


@bp.get("/concept")
def concept():
    """A subject concept (Iconclass IRI in ``?iri=``): its artworks, asserted and candidate."""
    iri = request.args.get("iri", "")
    try:
        node = ox.NamedNode(iri)
    except ValueError as e:
        given = f"{iri!r} is not an absolute IRI ({e})" if iri else "no concept given"
        raise InputError(f"{given}: give the concept's IRI as ?iri=, such as "
                         "https://iconclass.org/11H(GEORGE)") from None
    found = (_select("concept", subject=node) or [{}])[0]
    info = {k: _value(v) for k, v in found.items()}
    store = _store()

    def first(name: str) -> tuple[list, bool]:  # a popular subject has thousands: the best ones
        found = store.select(queries.text(name) + f"\nLIMIT {CONCEPT_CAP + 1}", {"subject": node})
        return found[:CONCEPT_CAP], len(found) > CONCEPT_CAP

    attributed, more = first("concept-artworks")
    listed, more_catalogued = first("concept-catalogued")
    artworks = []
    for row in attributed:
        artworks.append({"link": _link(row["artwork"]), "title": row["title"].value,
                         "title_lang": _lang(row["title"]),
                         "creator": _value(row.get("creator")), "confidence": float(row["confidence"].value),
                         "asserted": row["status"].value.endswith("Asserted"),
                         "rule": _value(row.get("ruleLabel")) or _local(row["rule"].value)})
    catalogued = [{"link": _link(row["artwork"]), "title": row["title"].value, "title_lang": _lang(row["title"]),
                   "creator": _value(row.get("creator"))} for row in listed]
    info.pop("subject", None)
    if not any(info.values()) and not artworks and not catalogued:
        raise NotFound(f"no artwork in this dataset has or is catalogued with the subject <{iri}>, "
                       "and nothing describes it")
    if not info.get("notation") and ICONCLASS.contains(iri):
        info["notation"] = iconclass_notation(iri)
    return render_template("concept.html", iri=iri, info=info, label_lang=_lang(found.get("label")), artworks=artworks, catalogued=catalogued,
                           more=more, more_catalogued=more_catalogued, cap=CONCEPT_CAP,
                           all_query=queries.text("concept-artworks").replace(
                               "WHERE {", f"WHERE {{\n  VALUES ?subject {{ {node} }}", 1))

