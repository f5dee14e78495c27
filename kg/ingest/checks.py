"""The checks every metadata reader makes of an artwork's fields, with the same messages."""
from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote

from ..errors import InputError
from ..model import Artwork

#: A language tag as RDF takes it (BCP 47's shape: a 2–3 letter language, then subtags).
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
#: The start of an http(s) URL: a field written so means an IRI, never text.
_HTTP = re.compile(r"https?://", re.IGNORECASE)
#: What a URL keeps as written when it is made an IRI: its delimiters and escapes.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def http_url(value: str) -> bool:
    """Whether ``value`` is written as an http(s) URL, an IRI or not yet one (a space in it)."""
    return bool(_HTTP.match(value))


def http_iri(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) IRI as RDF stores take it (Oxigraph's parser:
    characters, percent-escapes, host and port)."""
    from pyoxigraph import NamedNode

    if not _HTTP.match(value):
        return False
    try:
        NamedNode(value)
    except ValueError:
        return False
    return True


def _url(value: str, field: str, where: str, what: str) -> str:
    """A link field as an IRI: characters a URL may not hold as written (a space in a file name,
    ``|``, non-ASCII…) percent-encoded, as a browser sends them; an error naming the field where
    it is still no IRI (a bad ``%`` escape, a port that is no number)."""
    iri = quote(value, safe=_URL_SAFE)
    if not http_iri(iri):
        raise InputError(f"{field} {value!r} is not an http(s) IRI ({what})", where=where)
    return iri


#: Text fields, which RDF/XML and SPARQL's XML results must be able to write (XML 1.0 has no C0
#: control character but tab, line feed and carriage return).
TEXT_FIELDS = ("title", "description", "creator", "date", "institution", "inventory_number",
               "subject", "type")
#: The line separators some databases write inside a field (FileMaker: vertical tab), read as
#: line breaks.
_LINE_SEPARATORS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


#: The HTML a web collection's export leaves in its text: markup of the few tags such fields use
#: (emphasis, paragraphs, line breaks, links, spans), and character references (``&amp;``,
#: ``&#233;``, ``&eacute;``). Only whole tags of these names and references ended by ``;`` count,
#: so "<Untitled>", "R&D" or "Fish &chips" are text.
_HTML_TAG = re.compile(r"</?(?:a|abbr|b|big|br|cite|code|div|em|font|h[1-6]|i|li|ol|p|q|s|"
                       r"small|span|strike|strong|sub|sup|u|ul)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?ol)\b[^<>]*>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def plain_text(value: str) -> str:
    """``value`` without the HTML a web export leaves in a text field: tags dropped (a paragraph
    or line break kept as a line break), character references decoded. Text without markup is
    returned as it is."""
    if _HTML_TAG.search(value):
        value = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", value))
        lines = (" ".join(line.split()) for line in value.split("\n"))
        value = "\n".join(line for line in lines if line)
    if "&" in value:
        value = _HTML_ENTITY.sub(lambda m: html.unescape(m[0]), value)
    return value


def language_rank(language: str) -> tuple[int, str]:
    """The order a text among several languages is chosen in: untagged, English, then by tag."""
    tag = language.lower()
    return (0, "") if not tag else (1, tag) if tag == "en" or tag.startswith("en-") else (2, tag)


def choose_text(found: Iterable[tuple[str, str]], prefer: str = "") -> tuple[str, str] | None:
    """The (language, text) to keep of a field's values in several languages: the first in
    ``prefer`` (a description in its title's language), else by ``language_rank``, the first of
    equals; None where there is none."""
    found = list(found)
    if prefer and (same := [f for f in found if f[0].lower() == prefer.lower()]):
        return same[0]
    return min(found, key=lambda f: language_rank(f[0]), default=None)


def language_tag(value: str) -> bool:
    """Whether ``value`` is a well-formed BCP 47 language tag (the store's own check)."""
    from pyoxigraph import Literal

    if not LANGUAGE_TAG.fullmatch(value):
        return False
    try:
        Literal("", language=value)
    except ValueError:
        return False
    return True


def _text(art: Artwork, field: str, where: str) -> str:
    value = plain_text(getattr(art, field).translate(_LINE_SEPARATORS))
    if bad := next((c for c in value if ord(c) < 0x20 and c not in "\t\n\r"), None):
        raise InputError(f"{field} holds the control character U+{ord(bad):04X}, which RDF/XML "
                         f"cannot carry: {value[:60]!r}", where=where)
    return value


def checked(art: Artwork, where: str) -> Artwork:
    """``art``, or the error naming ``where``: an identifier with a control character (IRIs
    encode anything else), a text field with one that XML cannot carry (a vertical tab or form
    feed, a line separator in some exports, is read as a line break; HTML markup is read as
    text: ``plain_text``), a malformed language tag,
    rights or same_as that are no http(s) IRI, or an image, page, type or subject URL that is none even once
    its spaces and the like are encoded. The identifier is taken in Unicode's composed form (NFC):
    "Gemälde 1" typed with a combining accent is the same artwork."""
    if any(unicodedata.category(c) == "Cc" for c in art.identifier):
        raise InputError(f"identifier {art.identifier!r} holds a control character (line break, "
                         "tab…)", where=where)
    for field in ("language", "description_language"):
        if (tag := getattr(art, field)) and not language_tag(tag):
            raise InputError(f"{field} {tag!r} is not a language tag such as 'en', 'de' or "
                             "'pt-BR'", where=where)
    if art.rights and not http_iri(art.rights):  # a statement's IRI exactly, as Europeana lists them
        raise InputError(f"rights {art.rights!r} is not an http(s) IRI such as "
                         "'http://creativecommons.org/publicdomain/mark/1.0/'", where=where)
    fields = {field: _text(art, field, where) for field in TEXT_FIELDS}
    fields["identifier"] = unicodedata.normalize("NFC", art.identifier)
    if art.page:
        fields["page"] = _url(art.page, "page", where, "the object's web page at its institution")
    if art.same_as and not http_iri(art.same_as):  # the provider's IRI exactly: it names their record
        raise InputError(f"same_as {art.same_as!r} is not an http(s) IRI (the record's own IRI)",
                         where=where)
    if _HTTP.match(art.image):
        fields["image"] = _url(art.image, "image", where, "the image's URL, or a file's path")
    if _HTTP.match(art.type):
        fields["type"] = _url(art.type, "type", where, "a concept's IRI, or a word")
    subjects = dataclasses.replace(art, subject=fields["subject"]).subjects
    terms = [_url(t, "subject", where, "a concept's IRI, an Iconclass notation, or words")
             if _HTTP.match(t) else t for t in subjects]
    if terms != list(subjects):
        fields["subject"] = "|".join(terms)
    return dataclasses.replace(art, **fields)
