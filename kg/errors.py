"""One error hierarchy: every failure a user can act on is a ``KGError``.

Each error carries an HTTP status (for the server) and a CLI exit code; the message says what is
wrong and where (file, line, field), so that it can be printed on one line.
"""
from __future__ import annotations


class KGError(Exception):
    """Base of every error Iconograph reports to a user."""

    status = 500
    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(KGError):
    """A file, row, field or argument given by the user is missing or malformed."""

    status = 400
    exit_code = 3


class QueryError(KGError):
    """A SPARQL query or update that does not parse or cannot run."""

    status = 400
    exit_code = 4


class Forbidden(KGError):
    """The request is understood but not allowed here (e.g. an update without a token)."""

    status = 403
    exit_code = 4


class NotFound(KGError):
    """A named thing (query, resource, registry entry) does not exist."""

    status = 404
    exit_code = 3


class StoreError(KGError):
    """The store cannot be opened or written (locked, corrupt, unreachable)."""

    status = 503
    exit_code = 5


class StageError(KGError):
    """A pipeline stage failed; the message names the stage and the artwork."""

    status = 500
    exit_code = 6


def stage(name: str, art, fn, *args):
    """Run one pipeline stage, naming the stage and artwork (if any) when it fails unexpectedly."""
    try:
        return fn(*args)
    except KGError:
        raise
    except Exception as e:
        where = f" on artwork {art.identifier} ({art.source})" if art else ""
        raise StageError(f"stage {name!r} failed{where}: {type(e).__name__}: {e}") from e


class PartialRun(KGError):
    """A run finished but skipped some inputs; each skipped input was reported."""

    status = 200
    exit_code = 7


class MissingDependency(KGError):
    """An optional part is not installed; the message says what to install."""

    status = 501
    exit_code = 8
