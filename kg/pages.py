"""Pages for people: the home page with what the dataset holds, and a query page."""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, current_app, render_template, request

from . import queries
from .endpoint import run_query
from .format import compact, rows

bp = Blueprint("pages", __name__)


def _counts() -> dict[str, str]:
    store = current_app.extensions["iconograph"]
    names, values = rows(store.query(queries.text("counts")))
    counts = dict(zip(names, (compact(v) for v in values[0]))) if values else {}
    counts["triples"] = str(len(store))
    return counts


@bp.get("/")
def home():
    return render_template("home.html", counts=_counts(), examples=queries.examples())


@bp.get("/query")
def query_page():
    """A SPARQL form; with a query (or the name of an example) it shows the results as a table."""
    name = request.args.get("name")
    text = queries.text(name) if name else request.args.get("query", "")
    names, values, answer, error = [], [], None, None
    if text.strip() and request.args.get("run", "1") != "0":
        try:
            result = run_query(text)
        except Exception as e:  # shown on the page, next to the query the person can fix
            error = str(e)
        else:
            if isinstance(result, ox.QuerySolutions):
                names, values = rows(result)
                values = [[compact(v) for v in row] for row in values[:1000]]
            elif isinstance(result, ox.QueryBoolean):
                answer = "yes" if bool(result) else "no"
            else:
                names = ["subject", "predicate", "object"]
                values = [[compact(t.subject), compact(t.predicate), compact(t.object)]
                          for _, t in zip(range(1000), result)]
    return render_template("query.html", text=text, names=names, values=values, answer=answer,
                           error=error, examples=queries.examples())
