"""The ``kg`` command: enrich a collection, query it, serve it.

Exit codes: 0 success, 2 usage error, 3 bad input (file, row, field, or a path the system
refuses), 4 bad query, 5 store unavailable, 6 a pipeline stage failed, 7 finished but skipped
some inputs, 8 an optional dependency is missing, 130 interrupted (Ctrl-C), 1 anything else.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from . import config
from .errors import InputError, KGError, PartialRun, QueryError
from vision.glossary import languages as glossary_languages

from .options import ASSERT, BASE_IRI, LANGUAGE_TAG, ONTOLOGY, RULES, STORE, detection

#: SPARQL Update text: its first operation after the prologue.
UPDATE = re.compile(r"\s*(?:(?:PREFIX\s*[\w.-]*:\s*|BASE\s*)<[^>]*>\s*|#[^\n]*\n\s*)*"
                    r"(?:INSERT|DELETE|CLEAR|DROP|CREATE|LOAD|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
#: The exit code of a command interrupted by Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130
#: ... and by SIGTERM (a service manager, ``timeout``, ``kill``): 128 + SIGTERM.
TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, which stops a command as Ctrl-C does: what was written is kept."""


def _terminate(signum, frame) -> None:
    raise Terminated()


class Group(click.Group):
    """Prints a ``KGError`` as one line on stderr and exits with its code; so too a file the
    system refuses (a folder where a file belongs, a missing folder, a port in use: exit 3) and
    an interruption (exit 130, what was written is kept)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt as e:
            click.echo("\ninterrupted: what was written is kept; the same command again resumes",
                       err=True)
            sys.exit(TERMINATED if isinstance(e, Terminated) else INTERRUPTED)
        except BrokenPipeError:  # `kg rules list | head`: the reader has what it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            sys.exit(0)
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            click.echo(f"error: {where}{e.strerror or e}", err=True)
            sys.exit(InputError.exit_code)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="iconograph")
def main() -> None:
    """Iconograph: enrich painting collections with a knowledge graph.

    Detect objects in paintings, relate them, derive iconographic subjects (Iconclass,
    Wikidata) with their evidence, and publish it all over SPARQL.
    """
    import os
    import signal

    signal.signal(signal.SIGTERM, _terminate)  # as Ctrl-C: the chunk being built is not lost
    if not sys.stderr.isatty():  # a log, not a terminal: a progress line every 30 s, not ten a second
        os.environ.setdefault("TQDM_MININTERVAL", "30")  # (kg.progress writes them as lines)
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # a model's "Loading weights"


def _pipeline(store, base_iri: str, ontology_path, rule_paths, progress: bool = True,
              threshold: float | None = None):
    from . import ontology as onto_mod
    from . import rules as rules_mod
    from .pipeline import Pipeline
    from .reasoning import ASSERT_THRESHOLD

    onto = onto_mod.load(ontology_path)
    ruleset = rules_mod.load(list(rule_paths) or None, onto)
    return Pipeline(store, base_iri=base_iri, ontology=onto, rules=ruleset, progress=progress,
                    threshold=ASSERT_THRESHOLD if threshold is None else threshold)


def _count(value: str, option: str) -> int | None:
    """An ``auto|N`` option: None for auto, else a count of at least 0."""
    if value == "auto":
        return None
    if not value.isdigit():
        raise InputError(f"expected 'auto' or a whole number, not {value!r}", where=option)
    return int(value)


def _report(summary) -> None:
    reasoned = f"{summary.attributions} attributions ({summary.asserted} asserted)"
    if summary.resumed:  # detections count this run's; attributions every artwork's, re-reasoned
        click.echo(f"{summary.artworks} artworks: {summary.resumed} already detected by an earlier "
                   f"run (kept), {summary.artworks - summary.resumed} detected now "
                   f"({summary.detections} detections, {summary.relations} relations); "
                   f"{reasoned} over all {summary.artworks}")
    else:
        click.echo(f"{summary.artworks} artworks, {summary.detections} detections, "
                   f"{summary.relations} relations, {reasoned}")
    if summary.unmapped:
        labels = ", ".join(f"{k} ({v})" for k, v in summary.unmapped.most_common())
        click.echo(f"labels with no ontology class (kept as ico:DepictedObject): {labels}")
    if summary.left_out is not None:  # boxes the annotation file has that are not object boxes
        for line in summary.left_out.lines():
            click.echo(f"annotations: {line}")
    for err in summary.skipped:
        click.echo(f"skipped: {err}", err=True)
    if summary.skipped:
        raise PartialRun(f"{len(summary.skipped)} artwork(s) skipped; see above")


def run_enrich(metadata: Path | str, *, store_path: Path, base_iri: str | None, annotations: Path | None = None,
               weights: Path | None = None, images: Path | None = None, ontology_path=None,
               rule_paths=(), progress: bool = True, resume: bool = True, link: bool = False,
               embedding_model: str | None = None, workers: int | None = 0,
               via_attribute: str | None = None, other_columns: bool = False,
               sparql_query: Path | None = None, threshold: float | None = None,
               language: str | None = None, **detector_options):
    """Read metadata, pick the detector, and run the pipeline into the store; ``metadata``: a
    file or folder, or an http(s) SPARQL endpoint that ``sparql_query`` (a SELECT) lists the
    collection from; ``workers``: build processes (None: as many as ``kg.workers.auto_count``
    says); ``via_attribute``: the VIA region attribute holding the class, when annotations are
    VIA with several attributes; ``other_columns``: a CSV's columns of its own are left out
    rather than refused; ``language``: the tag of texts whose record states no language."""
    from dataclasses import replace

    from vision import detect

    from .graph import base_for
    from .ingest import read_collection
    from .ingest.checks import http_url, language_tag
    from .store import open_store
    from .workers import Workers, auto_count

    if (annotations is None) == (weights is None):
        raise click.UsageError("give exactly one of --annotations FILE or --weights PATH")
    if via_attribute is not None and annotations is None:
        raise InputError("--via-attribute goes with --annotations (a VGG Image Annotator file)")
    if language is not None and not language_tag(language):
        raise InputError(f"{language!r} is not a BCP 47 language tag (en, nl, pt-BR)", where="language")
    endpoint = str(metadata) if http_url(str(metadata)) else None
    if (endpoint is None) != (sparql_query is None):
        raise click.UsageError("a SPARQL endpoint (an http(s) URL) as METADATA goes with "
                               "--sparql-query FILE.rq, the query that lists the collection")
    if endpoint is not None:
        from .ingest.sparql import read_sparql

        artworks, metadata = read_sparql(endpoint, sparql_query), Path.cwd()
    else:
        metadata = Path(metadata)
        artworks = read_collection(metadata, other_columns=other_columns)
    if language:  # the records' own tags come first
        artworks = [a if a.language else replace(a, language=language) for a in artworks]
    if annotations is not None:
        detector = detect.create("annotations", annotations=annotations,
                                 via_attribute=via_attribute)
        detector.unmatched(artworks)  # reported in the run's summary, with the other skips
    else:
        folder = metadata if metadata.is_dir() else metadata.parent  # a folder of images is its own
        detector = detect.create("yolo", weights=weights, images=images or folder, **detector_options)
    with open_store(store_path) as store:
        pipeline = _pipeline(store, base_for(store, base_iri), ontology_path, rule_paths, progress,
                             threshold)
        linker = None
        if link:  # opt-in: see kg/linking.py for what it costs
            from vision.link import linker as make_linker

            linker = make_linker(embedding_model, progress=progress)
        n = auto_count(len(artworks)) if workers is None else workers
        if not n:
            return pipeline.enrich(artworks, detector, resume=resume, linker=linker)
        with Workers(n, pipeline.context()) as pool:
            return pipeline.enrich(artworks, detector, resume=resume, linker=linker, workers=pool)


@main.command()
@click.argument("metadata")
@click.option("--annotations", type=click.Path(path_type=Path),
              help="Boxes drawn by people, matched to artworks by image file name: a COCO JSON "
                   "file, a VGG Image Annotator file (3.x or 2.x project, via_region_data JSON or CSV), a "
                   "Label Studio JSON export, LabelMe JSON (a file or a folder), CVAT XML, Create ML "
                   "JSON, Pascal "
                   "VOC XML (one file or a folder), or a YOLO "
                   "dataset (data.yaml, or a folder with labels/ or classes.txt); the format is "
                   "read from the content.")
@click.option("--via-attribute", help="VIA annotations: the region attribute that holds the class "
                                      "name (default: the only one).")
@click.option("--sparql-query", type=click.Path(path_type=Path),
              help="With a SPARQL endpoint's URL as METADATA: the SELECT (a .rq file) that lists "
                   "the collection, its variables named as the CSV's columns (?identifier "
                   "?title ?creator ?image ?subject…).")
@click.option("--other-columns", is_flag=True,
              help="Leave out CSV columns Iconograph does not know (a museum export's own: medium, "
                   "dimensions…) instead of refusing them as possible typos.")
@click.option("--weights", type=click.Path(path_type=Path),
              help="Ultralytics YOLO weights to detect objects in the images: a .pt checkpoint "
                   "or an exported .onnx model.")
@click.option("--images", type=click.Path(path_type=Path),
              help="Folder the metadata's image paths are relative to. Default: the metadata's "
                   "folder (a folder of images: itself).")
@detection
@click.option("--workers", default="auto", show_default=True, metavar="auto|N",
              help="Processes that build the graph (triples, scene, rules, descriptions) beside "
                   "detection; 0 builds inline. auto: none under 256 artworks or on 2 cores, "
                   "else one per spare core (at most 8).")
@click.option("--resume/--no-resume", default=True, show_default=True,
              help="Skip artworks this same detector (weights or annotation file, thresholds) "
                   "already wrote, so an interrupted run picks up where it stopped.")
@click.option("--link", is_flag=True,
              help="Also link titles, descriptions and unmapped labels to Iconclass concepts "
                   "(graph/links/ID); see `kg link --help`.")
@click.option("--embedding-model", default=None, metavar="PATH_OR_NAME",
              help="With --link: the re-ranking model (default 'minilm'; 'static' is fastest).")
@click.option("--language", "default_language", default=None, type=LANGUAGE_TAG,
              help="The language (BCP 47: nl, pl, pt-BR) of titles and descriptions whose record "
                   "states none: written as their language tag. With --link, a text is read "
                   "through its language's glossary of iconographic terms where one is bundled "
                   f"({' '.join(sorted(glossary_languages()))}); a text in no stated language is "
                   "read through the glossary whose terms cover at least half its words (none for "
                   "English words), and keeps links from the threshold any language does.")
@STORE
@BASE_IRI
@ONTOLOGY
@RULES
@ASSERT
def enrich(metadata, annotations, via_attribute, sparql_query, other_columns, weights, images, conf,
           iou, imgsz, batch, max_det, device, cache, workers, resume, link, embedding_model,
           default_language, store_path, base_iri, ontology_path, rule_paths, threshold) -> None:
    """Enrich the collection described by METADATA (CSV, IIIF JSON, EDM RDF, a folder of
    images, or a SPARQL endpoint's URL with --sparql-query) into the store.

    A CSV has one row per artwork: identifier and title, optionally creator, date,
    institution, inventory_number, image, description, language (of title and description:
    en, it, pt-BR), rights (IRI of a rights statement), type (a word or a concept's IRI),
    page (the object's web page), subject (terms separated by | or ;, Iconclass notations such
    as 11H(GEORGE) among them); separated by commas, semicolons or tabs. A IIIF manifest or
    collection (Presentation 2 or 3) gives an artwork per manifest: title and language from its
    label, identifier, creator, date, type and subjects from its metadata, image from its first
    canvas, page from its homepage. Europeana Data Model records (.rdf/.xml RDF/XML, .ttl, .nt,
    .jsonld) give an artwork per edm:ProvidedCHO: title, creator, date, subjects from it, image,
    page, rights and institution from its ore:Aggregation, its IRI kept as owl:sameAs; so do
    an OAI-PMH response a harvester saved (.xml: its records, the deleted ones left out and
    counted, its resumptionToken not followed) and records concatenated in one file. A folder
    of images (.jpg .jpeg .png .tif .tiff .webp, in any folder below it) gives an artwork per
    file: identifier its path without extension, title its name. A SPARQL endpoint (its URL)
    gives the artworks its --sparql-query SELECT finds, the query's variables named as the CSV's
    columns, a row per artwork or several (every ?subject is kept).
    The identifier is kept as written (spaces, slashes and commas are fine: IRIs encode it).

    Objects come from --annotations (boxes people drew) or from a YOLO model (--weights). Each
    artwork's metadata, detections, scene, attributions and description are replaced together
    (a chunk of artworks at a time), so re-running is safe and an interrupted run keeps what it
    detected.
    """
    if embedding_model and not link:
        raise click.UsageError("--embedding-model chooses the model of --link; add --link")
    summary = run_enrich(metadata, store_path=store_path, base_iri=base_iri, annotations=annotations,
                         weights=weights, images=images, ontology_path=ontology_path,
                         rule_paths=rule_paths, conf=conf, iou=iou, imgsz=imgsz, batch=batch,
                         max_det=max_det, device=device, workers=_count(workers, "--workers"),
                         resume=resume, link=link, embedding_model=embedding_model,
                         via_attribute=via_attribute, other_columns=other_columns,
                         sparql_query=sparql_query, cache=cache, threshold=threshold,
                         language=default_language)
    if link:
        click.echo(f"{summary.links} concept links to Iconclass")
        if summary.untagged:
            click.echo(f"{summary.untagged} title(s) state no language: linked as any language, "
                       "read through the glossary that knows their words, if one does (--language TAG "
                       "gives them the collection's)")
    _report(summary)


@main.command()
@click.option("--engine", default="sparql", show_default=True, type=click.Choice(["sparql", "owlready2"]),
              help="sparql: the rules compiled to SPARQL, run in the store (fast). owlready2: the "
                   "reference, the ontology and the rules as SWRL under Pellet (slow; same results).")
@STORE
@BASE_IRI
@ONTOLOGY
@RULES
@ASSERT
def reason(engine, store_path, base_iri, ontology_path, rule_paths, threshold) -> None:
    """Re-derive subjects for every artwork in the store (after editing rules).

    Each artwork's earlier inferences are replaced: a changed rule's attributions are updated and
    a removed rule's attributions disappear.
    """
    from .graph import base_for
    from .store import open_store

    with open_store(store_path) as store:
        found = _pipeline(store, base_for(store, base_iri), ontology_path, rule_paths,
                          threshold=threshold).reason(engine=engine)
    total = sum(len(v) for v in found.values())
    asserted = sum(a.asserted for v in found.values() for a in v)
    click.echo(f"{len(found)} artworks, {total} attributions ({asserted} asserted)")


def _bindings(pairs: tuple[str, ...]):
    import pyoxigraph as ox

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--bind expects NAME=VALUE, not {pair!r}")
        if value.startswith("<") and value.endswith(">"):
            out[name.lstrip("?")] = ox.NamedNode(value[1:-1])
        elif value.startswith(("http://", "https://")):
            out[name.lstrip("?")] = ox.NamedNode(value)
        else:
            out[name.lstrip("?")] = ox.Literal(value)
    return out


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle",
                                                    "ntriples"]), default="table", show_default=True,
              help="Output: a table for people, or a standard format for scripts.")
@click.option("--bind", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable (an IRI as <…> or http…, else a string). Repeatable.")
@STORE
def query(query, fmt, bind, store_path) -> None:
    """Run QUERY against the store: SPARQL text, a .rq file, or the name of a bundled query.

    Bundled queries: see `kg queries`.
    """
    import pyoxigraph as ox

    from . import queries
    from .format import rows, table
    from .sparqltext import check_query
    from .store import open_store

    if query in queries.all_queries():
        text = queries.text(query)
    elif query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise InputError("query file not found", where=query)
        text = path.read_text(encoding="utf-8")
    elif re.fullmatch(r"[\w.-]+", query):  # a name, not SPARQL
        raise InputError(f"no bundled query {query!r}; `kg queries` lists them, or give SPARQL "
                         "text or a .rq file")
    else:
        text = query
    if UPDATE.match(text):
        raise QueryError("kg query only reads; send updates to `kg serve --update-token` "
                         "(POST /sparql), or re-run `kg enrich`")
    check_query(text)  # SERVICE and LOAD refused: nothing is fetched, as on the endpoint
    bindings = _bindings(bind)
    if unused := [n for n in bindings if not re.search(rf"[?$]{re.escape(n)}\b", text)]:
        raise click.UsageError(f"--bind {unused[0]}: the query has no variable ?{unused[0]}")
    if not Path(store_path).exists():
        raise InputError("store not found; run `kg enrich` or `kg demo` first", where=str(store_path))
    # read-only: works beside a running `kg serve`, and can never change the data
    with open_store(store_path, read_only=True) as store:
        result = store.query(text, bindings)
        if isinstance(result, ox.QueryTriples):
            rdf = {"ntriples": ox.RdfFormat.N_TRIPLES}.get(fmt, ox.RdfFormat.TURTLE)
            out = click.get_binary_stream("stdout")  # written as it is read: a dump is not held
            result.serialize(out, format=rdf)
            out.flush()
        elif fmt == "table" and isinstance(result, ox.QuerySolutions):
            click.echo(table(*rows(result)))
        elif fmt == "table":
            click.echo("true" if bool(result) else "false")
        elif fmt in ("turtle", "ntriples"):
            raise click.UsageError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; a SELECT or ASK "
                                   "gives table, csv, tsv, json or xml")
        else:
            from .results import boolean, solutions

            formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                       "xml": ox.QueryResultsFormat.XML}.get(fmt, ox.QueryResultsFormat.JSON)
            chunks = boolean(formats, result) if isinstance(result, ox.QueryBoolean) \
                else solutions(formats, result, None)[1]  # the endpoint's writers, CSV's quoting
            out, last = click.get_binary_stream("stdout"), b"\n"
            for chunk in chunks:  # written as they come, as the endpoint streams them
                if chunk:
                    out.write(chunk)
                    last = chunk[-1:]
            if last != b"\n":
                out.write(b"\n")
            out.flush()


@main.command("queries")
def list_queries() -> None:
    """List the bundled named queries."""
    from . import queries

    found = list(queries.all_queries().values())
    width = max((len(q.name) for q in found), default=0)
    for q in found:
        click.echo(f"{q.name:{width}}  {q.title}")


@main.command()
@click.option("--host", default=config.DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=config.DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@STORE
@BASE_IRI
@click.option("--query-timeout", type=float, default=config.DEFAULT_QUERY_TIMEOUT, show_default=True,
              help="Seconds a query may run before it is stopped and the client gets a 503.")
@click.option("--query-workers", type=int, default=config.query_workers, show_default="half the cores, 2 to 8",
              help="Worker processes that run queries (each can be cut off at the timeout); "
                   "fewer than the clients querying at once makes queries queue.")
@click.option("--max-rows", type=int, default=100_000, show_default=True,
              help="Result cap: rows of a SELECT, triples of a CONSTRUCT.")
@click.option("--update-token", default=config.update_token, show_default=False,
              help="Allow SPARQL Update and the Graph Store Protocol to clients sending "
                   "'Authorization: Bearer TOKEN'. Default: updates off. Env: ICONOGRAPH_UPDATE_TOKEN.")
@click.option("--images", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of images named by artwork identifier (ID.jpg, ID.png…) shown on the pages; "
                   "an identifier that is no file name is percent-encoded (1937/1/26 → 1937%2F1%2F26.jpg).")
def serve(host, port, store_path, base_iri, query_timeout, query_workers, max_rows, update_token,
          images) -> None:
    """Serve the store: pages at /, SPARQL at /sparql, dumps at /dumps/, VoID at /.well-known/void.

    Every minted IRI under --base-iri answers HTML or RDF by content negotiation.
    """
    serve_app(host, port, store_path, BASE_IRI=base_iri, QUERY_TIMEOUT=query_timeout,
              QUERY_WORKERS=query_workers, MAX_ROWS=max_rows, UPDATE_TOKEN=update_token or "",
              IMAGES_DIR=str(images) if images else None)


def serve_app(host: str, port: int, store_path: Path, **settings: object) -> None:
    import signal

    from .app import create_app, make_server
    from .graph import Iris, base_for

    # a terminated server exits normally, so the query workers' snapshots are removed (atexit)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    base = settings.pop("BASE_IRI", None)
    app = create_app({"STORE_PATH": str(store_path), **settings})
    app.config["BASE_IRI"] = Iris.checked(base_for(app.extensions["iconograph"], base)).base
    server = make_server(app, host, port)
    click.echo(f"Iconograph on http://{host}:{port}/  (SPARQL: http://{host}:{port}/sparql)")
    server.run()


@main.command()
@STORE
@BASE_IRI
@click.option("--host", default=config.DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=config.DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--no-serve", is_flag=True, help="Only enrich the sample; do not start the server.")
def demo(store_path, base_iri, host, port, no_serve) -> None:
    """Enrich the bundled sample collection and serve it (what `make demo` runs).

    Its IRIs are minted under the address it serves at (http://HOST:PORT/), so that they
    resolve there, unless --base-iri or $ICONOGRAPH_BASE_IRI say otherwise or the store was
    enriched under another base before.
    """
    import os

    from .graph import minted_base
    from .resources import sample_dir
    from .store import open_store

    if base_iri is None and not os.environ.get("ICONOGRAPH_BASE_IRI"):
        with open_store(store_path) as store:
            if minted_base(store) is None:
                name = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
                base_iri = f"http://{'[' + name + ']' if ':' in name else name}:{port}/"
    samples = sample_dir()
    summary = run_enrich(samples / "collection.csv", store_path=store_path, base_iri=base_iri,
                         annotations=samples / "annotations.json")
    _report(summary)
    if not no_serve:
        serve_app(host, port, store_path)


@main.command()
@click.argument("artwork")
@click.option("--lang", "langs", multiple=True, type=click.Choice(["en", "es", "it", "de", "fr"]),
              help="Language (repeatable). Default: all.")
@STORE
@BASE_IRI
def describe(artwork, langs, store_path, base_iri) -> None:
    """Print the stored iconographic description of ARTWORK (its identifier or IRI).

    Descriptions are written by `kg enrich` and `kg reason` from the attributions and the
    scene graph, by templates: every clause rests on triples in the graph.
    """
    import pyoxigraph as ox

    from . import queries
    from .graph import Iris, base_for
    from .store import open_store

    with open_store(store_path, read_only=True) as store:
        iri = artwork if "://" in artwork else Iris.checked(base_for(store, base_iri)).artwork(artwork).value
        rows = store.select(queries.text("description"), {"artwork": ox.NamedNode(iri)})
        known = rows or store.select(queries.text("artwork-by-identifier"), {"artwork": ox.NamedNode(iri)})
    texts = {r["lang"].value: r["text"].value for r in rows}
    if not known:
        raise InputError(f"no artwork {iri} in the store (kg enrich writes it)")
    if not texts:
        raise InputError(f"{iri} has no description: descriptions are written from the subjects "
                         "attributed to an artwork, and none was (kg rules explain ARTWORK says why)")
    for lang in langs or sorted(texts):
        click.echo(f"{lang}: {texts.get(lang, '(none)')}")


@main.command()
@STORE
def validate(store_path) -> None:
    """Check the store against the SHACL shapes (ontologies/shapes.ttl); exit 3 on violations."""
    from .store import open_store
    from .validate import validate as run_validation

    with open_store(store_path, read_only=True) as store:
        report = run_validation(store)
    if not report.conforms:
        click.echo(report.text, err=True)
        raise InputError(f"{report.violations} SHACL violation(s)", where=str(store_path))
    click.echo("conforms to ontologies/shapes.ttl")


from .rules_cli import rules  # noqa: E402  (subcommand group, kept in its own module)

main.add_command(rules)

from .vision_cli import vision  # noqa: E402

main.add_command(vision)

from .publish_cli import dump, export  # noqa: E402

main.add_command(dump)
main.add_command(export)

from .link_cli import link  # noqa: E402

main.add_command(link)
