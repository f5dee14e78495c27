"""``kg dump`` and ``kg export``: the dataset as files for aggregators."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import InputError
from .options import BASE_IRI, STORE


def _open(store_path: Path):
    from .store import open_store

    if not Path(store_path).exists():
        raise InputError("store not found; run `kg enrich` or `kg demo` first", where=str(store_path))
    return open_store(store_path, read_only=True)  # never changes the data; works beside `kg serve`


@click.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("dumps"), show_default=True,
              help="Folder to write the dumps and void.ttl into.")
@STORE
@BASE_IRI
def dump(out: Path, store_path: Path, base_iri: str) -> None:
    """Write the whole dataset, each layer and each named graph as gzipped N-Quads/N-Triples.

    Files: dataset.nq.gz, dataset.nt.gz, layer/LAYER.nq.gz|.nt.gz, graph/LAYER/ID.nt.gz, and
    void.ttl (VoID + DCAT: the dumps, their triple counts, the endpoint, the licence), the same
    files a running server offers under /dumps/ and /.well-known/void.
    """
    from . import dump as dump_mod

    from .graph import Iris, base_for

    with _open(store_path) as store:
        files = dump_mod.write_all(store, Iris.checked(base_for(store, base_iri)).base, out)
    click.echo(f"{len(files)} files written to {out}")


@click.command("export")
@click.argument("profile", type=click.Choice(["wikidata", "wikidata-nt", "europeana", "iiif"]))
@click.option("--artwork", help="iiif: the artwork identifier whose annotation page to write.")
@click.option("--out", type=click.Path(path_type=Path), help="File to write. Default: stdout.")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="wikidata, wikidata-nt, europeana: only the asserted subjects of at least this "
                   "confidence (a community may ask more than the store asserts).")
@STORE
@BASE_IRI
def export(profile: str, artwork: str | None, out: Path | None, min_confidence: float,
           store_path: Path, base_iri: str) -> None:
    """Export the asserted subjects for another community.

    wikidata: P180 (depicts) claims in Wikidata's JSON shape, each with a P854 reference to the
    attribution that explains it; wikidata-nt: the same as wdt:P180 triples; europeana: a W3C
    AnnotationCollection of tagging annotations (bodies: Wikidata and Iconclass IRIs, targets:
    the item and its image); iiif: the IIIF Presentation 3 AnnotationPage of one artwork's boxes.
    """
    import pyoxigraph as ox

    from . import iiif

    from .graph import Iris, base_for

    with _open(store_path) as store:
        base = Iris.checked(base_for(store, base_iri)).base
        if profile == "wikidata":
            text = json.dumps(iiif.wikidata_claims(store, min_confidence), indent=1, ensure_ascii=False)
        elif profile == "wikidata-nt":
            text = ox.serialize(list(iiif.wikidata_triples(store, min_confidence)),
                                format=ox.RdfFormat.N_TRIPLES).decode()
        elif profile == "europeana":
            text = json.dumps(iiif.europeana_collection(store, base + "export/europeana.jsonld", base,
                                                        min_confidence), indent=1, ensure_ascii=False)
        else:
            if not artwork:
                raise click.UsageError("iiif needs --artwork IDENTIFIER")
            page = iiif.annotation_page(store, base, artwork)
            text = json.dumps(page, indent=1, ensure_ascii=False)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)
