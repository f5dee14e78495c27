"""The checks every metadata reader makes of an artwork's fields, with the same messages."""
from __future__ import annotations

import re
import unicodedata

from ..errors import InputError
from ..model import Artwork

#: A language tag as RDF takes it (BCP 47's shape: a 2–3 letter language, then subtags).
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
#: An absolute http(s) IRI, as a rights statement is named (no spaces, quotes or angle brackets).
HTTP_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def checked(art: Artwork, where: str) -> Artwork:
    """``art``, or the error naming ``where``: an identifier with a control character (IRIs
    encode anything else), a malformed language tag, rights or a page that are no http(s) IRI."""
    if any(unicodedata.category(c) == "Cc" for c in art.identifier):
        raise InputError(f"identifier {art.identifier!r} holds a control character (line break, "
                         "tab…)", where=where)
    if art.language and not LANGUAGE_TAG.fullmatch(art.language):
        raise InputError(f"language {art.language!r} is not a language tag such as 'en', 'de' or "
                         "'pt-BR'", where=where)
    if art.rights and not HTTP_IRI.fullmatch(art.rights):
        raise InputError(f"rights {art.rights!r} is not an http(s) IRI such as "
                         "'http://creativecommons.org/publicdomain/mark/1.0/'", where=where)
    if art.page and not HTTP_IRI.fullmatch(art.page):
        raise InputError(f"page {art.page!r} is not an http(s) IRI (the object's web page at its "
                         "institution)", where=where)
    return art
