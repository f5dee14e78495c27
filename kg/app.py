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

    from .endpoint import bp as endpoint_bp
    from .pages import bp as pages_bp

    app.register_blueprint(endpoint_bp)
    app.register_blueprint(pages_bp)

    @app.errorhandler(KGError)
    def handle_kg_error(error: KGError) -> Response:
        # The SPARQL protocol answers errors as plain text; the rest of the API as JSON.
        if request.path.startswith("/sparql"):
            return Response(str(error) + "\n", status=error.status, mimetype="text/plain")
        response = jsonify(error.to_json())
        response.status_code = error.status
        return response

    return app
