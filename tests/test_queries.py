"""Every query file parses, in Oxigraph and in rdflib, and names resolve."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from kg import queries
from kg.errors import NotFound

NAMES = sorted(queries.all_queries())


def test_there_are_queries():
    assert {"subjects", "evidence", "counts"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_query_parses(name):
    text = queries.text(name)
    ox.Store().query(text)  # raises SyntaxError if it does not parse
    prepareQuery(text)


@pytest.mark.parametrize("name", NAMES)
def test_query_has_a_title(name):
    q = queries.get(name)
    assert q.title != name and q.description


def test_unknown_name_lists_the_names():
    with pytest.raises(NotFound) as info:
        queries.get("nope")
    assert "subjects" in str(info.value)
