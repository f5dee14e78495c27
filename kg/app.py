"""The Flask application factory: the SPARQL endpoint and the pages over one store."""
from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, jsonify, request

from . import config
from .errors import KGError
from .store import open_store


def create_app(test_config: Mapping[str, object] | None = None) -> Flask:
    """An app over the configured store, opened once and kept in ``app.extensions``."""
    app = Flask(__name__)
    app.config.from_mapping(config.app_defaults())
    if test_config:
        app.config.from_mapping(test_config)
    store = app.config["STORE"] or open_store(app.config["STORE_PATH"])
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
        # The SPARQL protocol answers errors as plain text; the rest of the API as JSON.
        if request.path.startswith(("/sparql", "/store")):
            return Response(str(error) + "\n", status=error.status, mimetype="text/plain")
        response = jsonify(error.to_json())
        response.status_code = error.status
        return response

    @app.errorhandler(413)
    def too_large(error) -> Response:
        # a request over MAX_CONTENT_LENGTH (queries) or MAX_UPLOAD_LENGTH (Graph Store uploads)
        from .endpoint import TooLarge

        return handle_kg_error(TooLarge("request too large for this endpoint", where=request.path))

    return app
