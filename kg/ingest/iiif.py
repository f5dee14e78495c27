"""IIIF Presentation manifests (version 2 or 3) as collection metadata: an artwork per manifest.

A ``.json`` file holds one Manifest, or a Collection of them (embedded, or only referenced by
``id`` and ``label``: nothing is fetched; a referenced manifest gives an artwork without image).

- **title**: the manifest's ``label``. A version 3 label is a language map (``{"it": ["San
  Giorgio"], "en": ["Saint George"]}``): the first language the publisher lists gives the title
  and the artwork's ``language`` (``none`` gives no language); version 2 labels are strings or
  ``{"@value", "@language"}`` objects.
- **identifier**: the ``metadata`` entry labelled as an identifier or object / inventory /
  accession number (in English, German, French, Italian, Spanish, Portuguese or Dutch), else the
  ``id`` or ``identifier`` the query of the manifest's ``id`` names (``…/manifest/?id=KMS1&lang=en``
  → ``KMS1``), else the last segment of its path that is not ``manifest``, decoded
  (``…/SK-A-1505/manifest`` → ``SK-A-1505``, ``…/NMGrh%20412/manifest.json`` → ``NMGrh 412``).
- **subject**: every value of the ``metadata`` entries labelled Subject, Keywords, Iconclass,
  Iconography… (also in German, French, Italian, Spanish, Portuguese and Dutch), and the
  Iconclass or Wikidata concepts their HTML links to.
- **type** (``dc:type``): the ``metadata`` entry labelled Type, Object type, Classification…
  (also in German, French, Italian, Spanish, Portuguese and Dutch); **page** (``edm:isShownAt``):
  the first ``homepage`` (v3) or ``related`` link (v2).
- **creator**, **date**: ``metadata`` entries labelled as such (Artist, Maker, Künstler, Datum…);
  without a date entry, the ``navDate`` (v3, and v2.1): its day, or its year alone where it is
  the first of January at midnight, the way publishers give a year as a date-time.
- **description**: ``summary`` (v3) or ``description`` (v2), in the title's language where the
  publisher gives it in several, tagged with its own; **institution**: the first
  ``provider``'s label (v3); **image**: the first canvas's image; **rights**: ``rights`` (v3) or
  the first ``license`` (v2), an http(s) IRI.

Values may hold the little HTML that IIIF allows: tags are dropped, entities decoded. A language
written as a locale (``nl_NL``) is read as its tag (``nl-NL``).
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import InputError
from ..model import Artwork
from .checks import LANGUAGE_TAG, checked

#: ``metadata`` labels (lower-cased, without a trailing colon) that name each field.
LABELS = {
    "identifier": ("identifier", "object number", "objectnumber", "inventory number",
                   "inventory no.", "accession number", "accession no.", "inventarnummer",
                   "inventar-nr.", "inventarnr.", "objektnummer", "numéro d'inventaire",
                   "n° d'inventaire", "numero di inventario", "numero d'inventario", "inventario",
                   "número de inventario", "número de inventário", "objectnummer",
                   "inventarisnummer"),
    "creator": ("creator", "artist", "maker", "painter", "author", "attributed to", "künstler",
                "künstler/in", "urheber", "artiste", "auteur", "peintre", "artista", "autore",
                "pittore", "autor", "pintor", "kunstenaar", "vervaardiger", "schilder"),
    "date": ("date", "dated", "date created", "creation date", "datum", "datierung", "data",
             "fecha", "datering", "période", "datation"),
    "type": ("type", "object type", "object name", "objecttype", "object category", "classification",
             "objekttyp", "objektart", "gattung", "objektbezeichnung", "type d'objet", "dénomination",
             "tipologia", "tipo di oggetto", "tipo de objeto", "clasificación", "tipo de objecto",
             "objectnaam", "objectsoort"),
    "subject": ("subject", "subjects", "subject terms", "keywords", "iconclass", "iconography",
                "schlagwort", "schlagwörter", "schlagworte", "ikonographie", "sujet", "sujets",
                "iconographie", "soggetto", "soggetti", "iconografia", "tema", "temas", "materia",
                "iconografía", "assunto", "assuntos", "onderwerp", "onderwerpen", "iconografie"),
}
_TAG = re.compile(r"<[^>]+>")
#: A link in a value's HTML to a concept a subject may name (Iconclass, Wikidata).
_CONCEPT_HREF = re.compile(r"""href\s*=\s*["'](https?://(?:www\.)?(?:iconclass\.org|wikidata\.org)/[^"']+)["']""",
                           re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _tag(language: str) -> str:
    """A language of a IIIF value as a tag: a locale's ``_`` read as ``-``; "" for ``none``, or
    for what is no tag at all (the text is kept, untagged)."""
    tag = str(language or "").strip().replace("_", "-")
    return tag if LANGUAGE_TAG.fullmatch(tag) and tag.lower() != "none" else ""


def texts(value) -> list[tuple[str, str]]:
    """(language, text) pairs of a IIIF label or value, in the publisher's order; language ""
    where none is given."""
    if value is None:
        return []
    if isinstance(value, str):
        return [("", _plain(value))] if value.strip() else []
    if isinstance(value, list):
        return [pair for item in value for pair in texts(item)]
    if isinstance(value, dict):
        if "@value" in value:  # version 2
            return [(_tag(value.get("@language")), t) for _, t in texts(value["@value"])]
        out = []  # version 3 language map
        for lang, items in value.items():
            out += [(_tag(lang), t) for _, t in texts(items)]
        return out
    return [("", _plain(str(value)))]


def concept_links(value) -> list[str]:
    """The Iconclass and Wikidata links in a IIIF value's HTML (``<a href="…/11H(GEORGE)">Saint
    George</a>``), which ``texts`` drops with the tags."""
    if isinstance(value, str):
        return [html.unescape(m) for m in _CONCEPT_HREF.findall(value)]
    if isinstance(value, list):
        return [link for item in value for link in concept_links(item)]
    if isinstance(value, dict):
        return [link for item in ([value["@value"]] if "@value" in value else value.values())
                for link in concept_links(item)]
    return []


def first_text(value, language: str = "") -> tuple[str, str]:
    """The first (language, text) of a label or value, the first in ``language`` where it has one;
    ("", "") where it has none."""
    found = texts(value)
    first = found[0] if found else ("", "")
    return next((pair for pair in found if language and pair[0] == language), first)


def _resource(body) -> str:
    """The image of a painting annotation's body: the body itself, the first of a list, or the
    first (v3) or default (v2) of a Choice between images."""
    if isinstance(body, list):
        return _resource(body[0])
    if str(body.get("type") or body.get("@type") or "").rsplit(":", 1)[-1] == "Choice":
        return _resource(body["default"] if "default" in body else body["items"])
    return body["id"] if "id" in body else body["@id"]


def canvas_images(data: dict, where: str) -> list[tuple[str, str]]:
    """(canvas id, image URL) of each canvas of a version 2 or 3 manifest, in canvas order."""
    found: list[tuple[str, str]] = []
    if "items" in data:  # Presentation 3: canvas → AnnotationPage → painting Annotation → body
        for i, canvas in enumerate(data["items"]):
            try:
                body = canvas["items"][0]["items"][0]["body"]
                found.append((canvas.get("id", str(i)), _resource(body)))
            except (KeyError, IndexError, TypeError, AttributeError):
                raise InputError("canvas has no painting annotation with a body id",
                                 where=f"{where}: items[{i}]") from None
    elif "sequences" in data:  # Presentation 2: sequence → canvas → image → resource
        for s, seq in enumerate(data["sequences"]):
            for i, canvas in enumerate(seq.get("canvases", [])):
                try:
                    found.append((canvas.get("@id", str(i)), _resource(canvas["images"][0]["resource"])))
                except (KeyError, IndexError, TypeError, AttributeError):
                    raise InputError("canvas has no image resource @id",
                                     where=f"{where}: sequences[{s}].canvases[{i}]") from None
    return found


def load(path: Path) -> dict:
    """A IIIF JSON document, read with errors that name the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as e:
        raise InputError("metadata file not found", where=str(path)) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON: {e}", where=str(path)) from e
    if not isinstance(data, dict):
        raise InputError("expected a IIIF manifest or collection (a JSON object)", where=str(path))
    return data


def _kind(data: dict) -> str:
    kind = str(data.get("type") or data.get("@type") or "")
    return kind.rsplit(":", 1)[-1].lower()  # "sc:Manifest" → "manifest"


def _untyped_manifest(data: dict) -> bool:
    """A manifest without its type: IIIF's context, or ``items`` that are canvases (a search API's
    ``items`` are records, which hold no ``items`` of their own)."""
    items = data.get("items")
    return "iiif.io" in json.dumps(data.get("@context", "")) or (isinstance(items, list) and any(
        isinstance(i, dict) and (_kind(i) == "canvas" or "items" in i) for i in items))


def manifests(data: dict, where: str, inside: bool = False) -> Iterator[tuple[dict, bool]]:
    """Each manifest of a manifest or collection document; whether it came from a collection.

    A collection's members are its ``items`` (v3), or its ``manifests``, ``collections`` and
    ``members`` (v2, v2.1). A sub-collection only referenced (an ``id`` and a label, nothing
    embedded) is an error naming it: nothing is fetched, and its manifests would be lost."""
    kind = _kind(data)
    if kind == "manifest" or (not kind and ("sequences" in data or _untyped_manifest(data))):
        yield data, inside
    elif kind == "collection":
        members = data["items"] if "items" in data else [
            *(data.get("manifests") or []), *(data.get("collections") or []), *(data.get("members") or [])]
        if inside and not members:
            ref = data.get("id") or data.get("@id") or "without an id"
            raise InputError(f"a sub-collection is only referenced ({ref}), not embedded: nothing is "
                             "fetched; save it and give its file, or embed its manifests", where=where)
        for member in members or []:
            if isinstance(member, dict):
                yield from manifests(member, where, True)
    else:
        raise InputError("not a IIIF manifest or collection: no Manifest or Collection type, no "
                         "'sequences', and no IIIF @context (an API's search results? give a IIIF "
                         "manifest or collection, or a CSV)", where=where)


def _identifier(manifest: dict, fields: dict[str, str], where: str) -> str:
    if fields.get("identifier"):
        return fields["identifier"]
    url = urlsplit(str(manifest.get("id") or manifest.get("@id") or ""))
    query = parse_qs(url.query)
    for name in ("id", "identifier", "object", "objectnumber"):  # an API's ?id=KMS1
        if query.get(name, [""])[0].strip():
            return query[name][0].strip()
    segments = [unquote(s).removesuffix(".json") for s in url.path.split("/")]
    segments = [s for s in segments if s.lower() not in ("manifest", "manifests", "iiif", "")]
    if segments:
        return segments[-1]
    raise InputError("manifest has no identifier: no 'metadata' entry such as 'Object "
                     "number' and no id to take one from", where=where)


#: An xsd:dateTime as ``navDate`` holds it: the day, and the time of day.
NAV_DATE = re.compile(r"^\s*(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d:\d\d(?::\d\d(?:\.\d+)?)?))?")


def _nav_date(value) -> str:
    """A ``navDate`` as a date: ``1470-01-01T00:00:00Z`` → ``1470``, ``1506-05-01T…`` →
    ``1506-05-01``; empty where it is not a date-time."""
    m = NAV_DATE.match(value) if isinstance(value, str) else None
    if not m:
        return ""
    year, month, day, time = m.groups()
    midnight = not time or not time.strip("0:.")
    return year if (month, day) == ("01", "01") and midnight else f"{year}-{month}-{day}"


def _page(homepage) -> str:
    """The first web page a manifest links to: v3 ``homepage`` (objects with an ``id``), v2
    ``related`` (a URL, or objects with an ``@id``)."""
    for item in homepage if isinstance(homepage, list) else [homepage]:
        page = (item.get("id") or item.get("@id")) if isinstance(item, dict) else item
        if isinstance(page, str) and page.strip():
            return page.strip()
    return ""


def artwork(manifest: dict, where: str, source: str) -> Artwork:
    """One manifest as an artwork."""
    language, title = first_text(manifest.get("label"))
    if not title:
        raise InputError("manifest has no label (the artwork's title)", where=where)
    fields: dict[str, str] = {}
    for entry in manifest.get("metadata") or []:
        if not isinstance(entry, dict):
            continue
        names = {t.lower().rstrip(": ").strip() for _, t in texts(entry.get("label"))}
        for field, labels in LABELS.items():
            if field == "subject" and names & set(labels):  # every value of every such entry
                value = entry.get("value")
                terms = [fields.get(field, ""), *(t for _, t in texts(value)), *concept_links(value)]
                fields[field] = " | ".join(t for t in terms if t)
            elif field not in fields and names & set(labels):
                fields[field] = first_text(entry.get("value"))[1]
    summary = manifest.get("summary") if "summary" in manifest else manifest.get("description")
    described_in, description = first_text(summary, language)
    providers = manifest.get("provider") or []
    rights = first_text(manifest.get("rights") if "rights" in manifest else manifest.get("license"))[1]
    images = canvas_images(manifest, where)
    homepage = manifest.get("homepage") if "homepage" in manifest else manifest.get("related")
    return checked(Artwork(identifier=_identifier(manifest, fields, where), title=title,
                   creator=fields.get("creator", ""),
                   date=fields.get("date") or _nav_date(manifest.get("navDate")),
                   institution=first_text(providers[0].get("label"))[1]
                   if providers and isinstance(providers[0], dict) else "",
                   image=images[0][1] if images else "", description=description,
                   language=language, description_language=described_in if described_in != language else "",
                   rights=rights, subject=fields.get("subject", ""),
                   type=fields.get("type", ""), page=_page(homepage), source=source), where)


def read_iiif(path: Path) -> list[Artwork]:
    """Every manifest of a IIIF manifest or collection file, as an artwork."""
    path = Path(path)
    data = load(path)
    artworks: list[Artwork] = []
    seen: dict[str, str] = {}
    for n, (manifest, inside) in enumerate(manifests(data, str(path)), 1):
        where, source = (f"{path}: manifest {n}", f"{path.name}:manifest {n}") if inside \
            else (str(path), path.name)
        art = artwork(manifest, where, source)
        if art.identifier in seen:
            raise InputError(f"duplicate identifier {art.identifier!r} (first in {seen[art.identifier]})",
                             where=where)
        seen[art.identifier] = f"manifest {n}"
        artworks.append(art)
    if not artworks:
        raise InputError("the collection holds no manifests", where=str(path))
    return artworks
