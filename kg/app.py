"""The Flask application factory: the SPARQL endpoint and the pages over one store."""
from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from . import config
from .errors import KGError
from .negotiation import prefers_html
from .store import open_store


def create_app(test_config: Mapping[str, object] | None = None) -> Flask:
    """An app over the configured store, opened once and kept in ``app.extensions``."""
    app = Flask(__name__)
    app.config.from_mapping(config.app_defaults())
    if test_config:
        app.config.from_mapping(test_config)
    store = app.config["STORE"]
    if store is None:  # (an empty store given is still the store to serve)
        store = open_store(app.config["STORE_PATH"])
    app.extensions["iconograph"] = store

    from .dump import bp as dump_bp
    from .endpoint import bp as endpoint_bp
    from .graphstore import bp as graphstore_bp
    from .iiif import bp as iiif_bp
    from .pages import bp as pages_bp

    app.register_blueprint(endpoint_bp)
    app.register_blueprint(graphstore_bp)
    app.register_blueprint(dump_bp)
    app.register_blueprint(iiif_bp)
    app.register_blueprint(pages_bp)  # last: its catch-all route serves every minted IRI

    @app.errorhandler(KGError)
    def handle_kg_error(error: KGError) -> Response:
        return _error_response(str(error), error.status)

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException) -> Response:
        # Flask's own (404 for a path no route serves, 405, an abort): the same shapes as ours
        response = _error_response(error.description or error.name, error.code or 500)
        if error.code == 405:  # the methods the resource does take
            response.headers["Allow"] = error.get_response().headers.get("Allow", "")
        return response

    @app.errorhandler(413)
    def too_large(error) -> Response:
        # a request over MAX_CONTENT_LENGTH (queries) or MAX_UPLOAD_LENGTH (Graph Store uploads)
        from .endpoint import TooLarge

        return handle_kg_error(TooLarge("request too large for this endpoint", where=request.path))

    return app


def _error_response(message: str, status: int) -> Response:
    """The SPARQL protocol and the Graph Store answer errors as plain text; the rest of the API as
    JSON, ``{"error": ..., "status": ...}``; a browser (HTML its first choice, above JSON and
    text) gets a page of the site saying the same, with the same status. Readable from any
    origin, as the reads are, so that a script on another page sees the message rather than an
    opaque failure."""
    from .endpoint import cors

    if prefers_html(request.headers.get("Accept"), ("application/json", "text/plain")):
        html = render_template("error.html", message=message, status=status,
                               reason=HTTP_STATUS_CODES.get(status, "Error"))
        response = Response(html, status=status, mimetype="text/html")
    elif request.path.startswith(("/sparql", "/store")):
        response = Response(message + "\n", status=status, mimetype="text/plain")
    else:
        response = jsonify({"error": message, "status": status})
        response.status_code = status
    response.headers["Vary"] = "Accept"  # a page or the data, by Accept
    return cors(response)


def make_server(app: Flask, host: str, port: int):
    """The HTTP server ``kg serve`` runs: waitress (keep-alive, a pool of request threads), with the
    query workers started up front so that the first queries do not wait for them."""
    from waitress import create_server

    from .endpoint import query_pool

    query_pool(app)
    # a thread per request in flight: those waiting for a query worker, plus pages and dumps
    threads = max(8, 2 * int(app.config["QUERY_WORKERS"]))
    return create_server(app, host=host, port=port, threads=threads, ident="Iconograph")


def stop_server(server) -> None:
    """Stop a server from ``make_server`` that runs in another thread: its request threads finish
    what they are serving, then its loop closes every socket (waitress wants that done in the
    loop's own thread) and returns."""
    from waitress import wasyncore

    def stop() -> None:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)

    server.trigger.pull_trigger(stop)
