"""Sujarit's process shell: the Flask app factory that gunicorn serves."""

from __future__ import annotations

import logging

from flask import Flask

import bot.flex_alerts  # noqa: F401  (registers the committee's LINE cards)
from bot.config import ConfigError, load_config
from bot.services import build_services

__all__ = ["create_app", "ConfigError"]


def create_app(test_config: dict | None = None) -> Flask:
    """Build the web app. `test_config` may carry ENV (a dict), GATEWAY and CLOCK."""
    test_config = test_config or {}
    app = Flask(__name__, instance_relative_config=True)
    config = load_config(test_config.get("ENV"), instance_path=app.instance_path)
    app.config.update(SECRET_KEY=config.secret_key, MAX_CONTENT_LENGTH=1024 * 1024)
    app.config.update(
        {k: v for k, v in test_config.items() if k not in ("ENV", "GATEWAY", "CLOCK")}
    )
    kwargs = {"clock": test_config["CLOCK"]} if "CLOCK" in test_config else {}
    app.extensions["sujarit"] = build_services(config, test_config.get("GATEWAY"), **kwargs)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    from bot import health, webhook
    from bot.cli import register_cli

    app.register_blueprint(webhook.bp)
    app.register_blueprint(health.bp)
    from bot import dashboard

    dashboard.register(app, config.local_mode)
    if config.local_mode:
        from bot import simulator

        app.register_blueprint(simulator.bp)
    register_cli(app)
    return app
