"""SPARQL queries are files: ``queries/NAME.rq``, loaded by name.

A query file may start with comment lines ``# title: …`` and ``# description: …``; files whose
header says ``# example: yes`` are offered to people on the home page.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NotFound
from .resources import resource_dir

_HEADER = re.compile(r"^#\s*(\w+)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class NamedQuery:
    """One query file with its header fields."""

    name: str
    text: str
    title: str
    description: str
    example: bool


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _HEADER.match(line):
            fields[m.group(1).lower()] = m.group(2)
    return NamedQuery(
        name=path.stem,
        text=text,
        title=fields.get("title", path.stem),
        description=fields.get("description", ""),
        example=fields.get("example", "").lower() in {"yes", "true"},
    )


@functools.cache
def all_queries() -> dict[str, NamedQuery]:
    """Every query file, by name."""
    return {p.stem: _parse(p) for p in sorted(resource_dir("queries").glob("*.rq"))}


def get(name: str) -> NamedQuery:
    """The query called ``name``; an unknown name lists the names that exist."""
    queries = all_queries()
    if name not in queries:
        raise NotFound(f"no query {name!r}; available: {', '.join(queries)}")
    return queries[name]


def text(name: str) -> str:
    """The SPARQL text of the query called ``name``."""
    return get(name).text


def examples() -> list[NamedQuery]:
    """The queries offered to people as examples."""
    return [q for q in all_queries().values() if q.example]
