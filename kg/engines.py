"""Reasoning engines by name: ``sparql`` (fast, the default) and ``owlready2`` (the reference).

Both take (store, rules, ontology, artworks) and return each artwork's attributions; tests and
plug-ins register an engine exactly like the built-ins.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from pyoxigraph import NamedNode

from .errors import NotFound
from .model import Attribution
from .ontology import Ontology
from .rules import Rule
from .store import OxigraphStore

Engine = Callable[[OxigraphStore, Sequence[Rule], Ontology, Sequence[NamedNode]],
                  "dict[str, list[Attribution]]"]
DEFAULT = "sparql"


def _sparql(store, rules, ontology, artworks):
    from .reasoning import evaluate

    return evaluate(store, rules, ontology, artworks)


def _owlready2(store, rules, ontology, artworks):
    from .owl_engine import evaluate  # owlready2 and Java only when asked for

    return evaluate(store, rules, ontology, artworks)


ENGINES: dict[str, Engine] = {"sparql": _sparql, "owlready2": _owlready2}


def register(name: str, engine: Engine) -> None:
    """Add an engine under ``name``."""
    ENGINES[name] = engine


def get(name: str) -> Engine:
    """The engine called ``name``; an unknown name lists the engines that exist."""
    if name not in ENGINES:
        raise NotFound(f"no engine {name!r}; available: {', '.join(sorted(ENGINES))}")
    return ENGINES[name]
