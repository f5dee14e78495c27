"""The ``kg`` command: enrich a collection, query it, serve it.

Exit codes: 0 success, 2 usage error, 3 bad input (file, row, field), 4 bad query,
5 store unavailable, 6 a pipeline stage failed, 7 finished but skipped some inputs,
8 an optional dependency is missing, 1 anything else.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import config
from .errors import InputError, KGError, PartialRun

STORE = click.option("--store", "store_path", default=config.store_path, show_default=True,
                     type=click.Path(path_type=Path),
                     help="Embedded store folder (Oxigraph on disk). Env: ICONOGRAPH_STORE.")
BASE_IRI = click.option("--base-iri", default=config.base_iri, show_default=True,
                        help="Prefix of every IRI minted for the data. Env: ICONOGRAPH_BASE_IRI.")
RULES = click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
                     help="Rule file or folder (repeatable). Default: the bundled rules.")
ONTOLOGY = click.option("--ontology", "ontology_path", type=click.Path(path_type=Path),
                        help="Ontology (Turtle). Default: the bundled ontologies/iconograph.ttl.")


class Group(click.Group):
    """Prints a ``KGError`` as one line on stderr and exits with its code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="iconograph")
def main() -> None:
    """Iconograph: enrich painting collections with a knowledge graph.

    Detect objects in paintings, relate them, derive iconographic subjects (Iconclass,
    Wikidata) with their evidence, and publish it all over SPARQL.
    """


def _pipeline(store, base_iri: str, ontology_path, rule_paths, progress: bool = True):
    from . import ontology as onto_mod
    from . import rules as rules_mod
    from .pipeline import Pipeline

    onto = onto_mod.load(ontology_path)
    ruleset = rules_mod.load(list(rule_paths) or None, onto)
    return Pipeline(store, base_iri=base_iri, ontology=onto, rules=ruleset, progress=progress)


def _report(summary) -> None:
    click.echo(f"{summary.artworks} artworks, {summary.detections} detections, "
               f"{summary.relations} relations, {summary.attributions} attributions "
               f"({summary.asserted} asserted)")
    if summary.unmapped:
        labels = ", ".join(f"{k} ({v})" for k, v in summary.unmapped.most_common())
        click.echo(f"labels with no ontology class (kept as ico:DepictedObject): {labels}")
    for err in summary.skipped:
        click.echo(f"skipped: {err}", err=True)
    if summary.skipped:
        raise PartialRun(f"{len(summary.skipped)} artwork(s) skipped; see above")


def run_enrich(metadata: Path, *, store_path: Path, base_iri: str, annotations: Path | None = None,
               weights: Path | None = None, images: Path | None = None, ontology_path=None,
               rule_paths=(), progress: bool = True, **detector_options):
    """Read metadata, pick the detector, and run the pipeline into the store."""
    from vision import detect

    from .ingest import read_collection
    from .store import open_store

    if (annotations is None) == (weights is None):
        raise InputError("give exactly one of --annotations FILE or --weights PATH")
    artworks = read_collection(metadata)
    if annotations is not None:
        detector = detect.create("annotations", annotations=annotations)
    else:
        detector = detect.create("yolo", weights=weights, images=images or metadata.parent,
                                 **detector_options)
    with open_store(store_path) as store:
        pipeline = _pipeline(store, base_iri, ontology_path, rule_paths, progress)
        return pipeline.enrich(artworks, detector)


@main.command()
@click.argument("metadata", type=click.Path(path_type=Path))
@click.option("--annotations", type=click.Path(path_type=Path),
              help="COCO JSON boxes drawn by people, matched to artworks by image file name.")
@click.option("--weights", type=click.Path(path_type=Path),
              help="Ultralytics YOLO weights (.pt) to detect objects in the images.")
@click.option("--images", type=click.Path(path_type=Path),
              help="Folder the metadata's image paths are relative to. Default: the metadata's folder.")
@click.option("--conf", default=0.25, show_default=True, help="YOLO: minimum box confidence.")
@click.option("--iou", default=0.7, show_default=True, help="YOLO: IoU threshold of non-maximum suppression.")
@click.option("--imgsz", default=640, show_default=True, help="YOLO: inference image size.")
@click.option("--batch", default=8, show_default=True, help="YOLO: images per batch.")
@click.option("--device", default=None, help="YOLO: 'cpu', '0' (first GPU)… Default: best available.")
@STORE
@BASE_IRI
@ONTOLOGY
@RULES
def enrich(metadata, annotations, weights, images, conf, iou, imgsz, batch, device, store_path,
           base_iri, ontology_path, rule_paths) -> None:
    """Enrich the collection described by METADATA (CSV) into the store.

    Objects come from --annotations (boxes people drew) or from a YOLO model (--weights). Each
    artwork's metadata, detections and scene are replaced in one transaction, so re-running is
    safe and an interrupted run keeps what it finished.
    """
    summary = run_enrich(metadata, store_path=store_path, base_iri=base_iri, annotations=annotations,
                         weights=weights, images=images, ontology_path=ontology_path,
                         rule_paths=rule_paths, conf=conf, iou=iou, imgsz=imgsz, batch=batch,
                         device=device)
    _report(summary)


@main.command()
@STORE
@BASE_IRI
@ONTOLOGY
@RULES
def reason(store_path, base_iri, ontology_path, rule_paths) -> None:
    """Re-derive subjects for every artwork in the store (after editing rules)."""
    from .store import open_store

    with open_store(store_path) as store:
        found = _pipeline(store, base_iri, ontology_path, rule_paths).reason()
    total = sum(len(v) for v in found.values())
    asserted = sum(a.asserted for v in found.values() for a in v)
    click.echo(f"{len(found)} artworks, {total} attributions ({asserted} asserted)")


def _bindings(pairs: tuple[str, ...]):
    import pyoxigraph as ox

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InputError(f"--bind expects NAME=VALUE, not {pair!r}")
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
    from .store import open_store

    if query in queries.all_queries():
        text = queries.text(query)
    elif query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise InputError("query file not found", where=query)
        text = path.read_text(encoding="utf-8")
    else:
        text = query
    if not Path(store_path).exists():
        raise InputError("store not found; run `kg enrich` or `kg demo` first", where=str(store_path))
    # read-only: works beside a running `kg serve`, and can never change the data
    with open_store(store_path, read_only=True) as store:
        result = store.query(text, _bindings(bind))
        if isinstance(result, ox.QueryTriples):
            rdf = {"ntriples": ox.RdfFormat.N_TRIPLES}.get(fmt, ox.RdfFormat.TURTLE)
            click.echo(result.serialize(format=rdf).decode(), nl=False)
        elif fmt == "table" and isinstance(result, ox.QuerySolutions):
            click.echo(table(*rows(result)))
        elif fmt == "table":
            click.echo("true" if bool(result) else "false")
        else:
            results = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                       "xml": ox.QueryResultsFormat.XML}.get(fmt, ox.QueryResultsFormat.JSON)
            click.echo(result.serialize(format=results).decode(), nl=False)


@main.command("queries")
def list_queries() -> None:
    """List the bundled named queries."""
    from . import queries

    for q in queries.all_queries().values():
        click.echo(f"{q.name:24} {q.title}")


@main.command()
@click.option("--host", default=config.DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=config.DEFAULT_PORT, show_default=True, help="Port to listen on.")
@STORE
def serve(host, port, store_path) -> None:
    """Serve the store: pages at /, the SPARQL endpoint at /sparql."""
    serve_app(host, port, store_path)


def serve_app(host: str, port: int, store_path: Path) -> None:
    from werkzeug.serving import run_simple

    from .app import create_app

    app = create_app({"STORE_PATH": str(store_path)})
    click.echo(f"Iconograph on http://{host}:{port}/  (SPARQL: http://{host}:{port}/sparql)")
    run_simple(host, port, app, threaded=True)


@main.command()
@STORE
@BASE_IRI
@click.option("--host", default=config.DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=config.DEFAULT_PORT, show_default=True, help="Port to listen on.")
@click.option("--no-serve", is_flag=True, help="Only enrich the sample; do not start the server.")
def demo(store_path, base_iri, host, port, no_serve) -> None:
    """Enrich the bundled sample collection and serve it (what `make demo` runs)."""
    from .resources import sample_dir

    samples = sample_dir()
    summary = run_enrich(samples / "collection.csv", store_path=store_path, base_iri=base_iri,
                         annotations=samples / "annotations.json")
    _report(summary)
    if not no_serve:
        serve_app(host, port, store_path)


from .rules_cli import rules  # noqa: E402  (subcommand group, kept in its own module)

main.add_command(rules)
