"""Sujarit's process shell: the Flask app factory that gunicorn serves."""

from __future__ import annotations

import logging

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from bot import model_cache
from bot.config import ConfigError, load_config
from bot.services import build_services

__all__ = ["create_app", "ConfigError"]


def create_app(test_config: dict | None = None) -> Flask:
    """Build the web app. `test_config` may carry ENV (a dict), GATEWAY and CLOCK."""
    from bot import dashboard, public  # noqa: F401
    from bot.cli.core import register_cli
    from bot.http import (
        favicon,  # noqa: F401
        health,  # noqa: F401
        metrics,  # noqa: F401
        privacy,  # noqa: F401
        webhook,  # noqa: F401
    )
    from bot.simulator import routes as simulator  # noqa: F401

    test_config = test_config or {}
    app = Flask(__name__, instance_relative_config=True)
    config = load_config(test_config.get("ENV"), instance_path=app.instance_path)
    app.config.update(SECRET_KEY=config.secret_key, MAX_CONTENT_LENGTH=1024 * 1024)
    app.session_interface = webhook.SessionInterface()
    model_cache.use(config)  # before anything reads a message
    app.config.update(
        {k: v for k, v in test_config.items() if k not in ("ENV", "GATEWAY", "CLOCK")}
    )
    kwargs = {"clock": test_config["CLOCK"]} if "CLOCK" in test_config else {}
    app.extensions["sujarit"] = build_services(config, test_config.get("GATEWAY"), **kwargs)
    _configure_logging()
    if config.trusted_proxies:
        # The client's address (for per-source limits) and scheme come from the last
        # TRUSTED_PROXIES proxies' X-Forwarded-* headers; anything further out is ignored.
        n = config.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n)

    app.register_blueprint(webhook.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(favicon.bp)
    app.register_blueprint(privacy.bp)
    app.register_blueprint(metrics.bp)
    dashboard.register(app, config.local_mode)
    public.register(app, config.transparency_cache_seconds)
    if config.local_mode:
        app.register_blueprint(simulator.bp)
    register_cli(app)
    return app


def _configure_logging() -> None:
    from bot.logs import json_handler

    logging.basicConfig(level=logging.INFO, handlers=[json_handler()])
    # Alembic announces every plugin it loads; keep its migration lines, drop the chatter.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
