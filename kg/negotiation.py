"""Content negotiation, one rule for every route: media types compared without their parameters.

Werkzeug's ``MIMEAccept.best_match`` matches an ``Accept`` item that has parameters only to an
offer with the very same parameters, so ``text/turtle;charset=utf-8``, or JSON-LD asked for with
a ``profile``, matched nothing and the client got the route's default (HTML, SPARQL JSON). RFC 9110
§12.5.1 negotiates media types; what is served here is UTF-8 and has no variants by parameter, so
the parameters are dropped before matching and the q-values kept.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header


def bare(media: str) -> str:
    """A media type or range without its parameters, lower-cased: ``text/turtle;charset=utf-8`` →
    ``text/turtle``."""
    return media.split(";", 1)[0].strip().lower()


@functools.lru_cache(maxsize=256)
def accepted(header: str) -> MIMEAccept:
    """An ``Accept`` header's media ranges without parameters, each with its q-value (a range
    named twice keeps its highest); remembered, as clients send the same few headers."""
    parsed = parse_accept_header(header, MIMEAccept)
    if not parsed.provided:
        return parsed
    return MIMEAccept([(bare(value), quality) for value, quality in parsed])


def quality(header: str | None, media: str) -> float:
    """The q-value the header gives ``media``, by its most specific range; 1 with no header."""
    if not header or not header.strip():
        return 1.0
    return accepted(header).quality(media)


def best_type(header: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the client prefers (q-values, then the more specific range, then
    the order offered); None where the header accepts none of them or is absent."""
    if not header or not header.strip():
        return None
    return accepted(header).best_match(offered)


def named(header: str | None, offered: Sequence[str]) -> tuple[str | None, float]:
    """The offered type the client names itself, not through ``*/*`` or ``type/*``, with the
    highest q-value (the first offered on a tie), and that q-value; ``(None, 0)`` if none is named:
    a client that names a type asks for it, one that accepts anything has asked for nothing."""
    if not header or not header.strip():
        return None, 0.0
    qualities = dict(reversed(list(accepted(header))))  # a range named twice: its highest q
    best, best_q = None, 0.0
    for media in offered:
        if qualities.get(media, 0.0) > best_q:
            best, best_q = media, qualities[media]
    return best, best_q


#: The media types of a page for people.
HTML = ("text/html", "application/xhtml+xml")


def prefers_html(header: str | None, others: Sequence[str]) -> bool:
    """Whether HTML is the client's first choice: named, with the highest q-value in the header,
    and higher than every one of ``others`` (by their most specific range, ``*/*`` included) — a
    browser's tab. Routes whose default is data (RDF, JSON) answer a page to such a client only;
    ``*/*``, no header, or a tie keep the data, so that no program that asked for data gets a
    page (nor an ``<img>``, which puts images first)."""
    _, html_q = named(header, HTML)
    if html_q <= 0 or html_q < max(q for _, q in accepted(header)):
        return False
    return all(html_q > quality(header, media) for media in others)
