"""Structured logs: one JSON object per line, never with identity or message text.

Log calls pass facts as `extra` fields (counts, ids of rows and events, statuses); no
code logs a LINE user id, a name, a phone number or what someone typed.
"""

from __future__ import annotations

import logging

from pythonjsonlogger.json import JsonFormatter


def formatter() -> logging.Formatter:
    """The JSON-lines formatter every process uses."""
    return JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        json_ensure_ascii=False,
    )


def json_handler() -> logging.Handler:
    """A stderr handler that writes JSON lines."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter())
    return handler
