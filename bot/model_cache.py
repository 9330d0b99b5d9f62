"""This process's trained-model cache (`MODEL_CACHE_DIR`, see
`handlers.understanding.model_cache`), set up from its configuration."""

from __future__ import annotations

from flask import Flask

from bot.config import Config, ConfigError, load_config
from handlers.understanding import model_cache
from storage.crypto import model_cache_key


def use(config: Config) -> None:
    """Keep trained models in the configured directory, under this deployment's key (nothing
    changes without MODEL_CACHE_DIR)."""
    if config.model_cache_dir:
        model_cache.configure(config.model_cache_dir, model_cache_key(config.data_lookup_key))


def use_environment() -> None:
    """As `use`, for a process that reads messages before it builds the app (gunicorn's
    master): the configuration the app will read, from the same instance folder. A
    configuration that does not load is left for the app to report: no cache then."""
    try:
        config = load_config(instance_path=Flask("bot").instance_path)
    except ConfigError:
        return
    use(config)
