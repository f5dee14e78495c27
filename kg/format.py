"""Showing query results to people: compact terms and plain tables."""
from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox

from .vocab import PREFIXES

# longest namespace first, so the most specific prefix wins
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact(term: object) -> str:
    """A term as a person reads it: ``ic:11H(GEORGE)``, ``0.95``, ``Saint George``."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _BY_LENGTH:
            if ns.contains(term.value):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def rows(solutions: ox.QuerySolutions) -> tuple[list[str], list[list[object]]]:
    names = [v.value for v in solutions.variables]
    return names, [[sol[n] for n in names] for sol in solutions]


def table(names: Sequence[str], values: Sequence[Sequence[object]]) -> str:
    """A fixed-width text table, as ``kg query`` prints by default."""
    cells = [[compact(v) for v in row] for row in values]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)
