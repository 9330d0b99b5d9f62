"""Pytest fixtures for the fake LINE API.

Enable with ``pytest_plugins = ["tests.fakes.fixtures"]`` in the root conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from tests.fakes.line_api import FakeLineApi


@pytest.fixture
def line_api() -> Iterator[FakeLineApi]:
    """A fresh FakeLineApi on its own local HTTP server (127.0.0.1, random port)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        fake = FakeLineApi(server)
        yield fake
        assert not fake.handler_errors, "fake LINE API crashed:\n" + "\n".join(fake.handler_errors)
    finally:
        server.clear()
        if server.is_running():
            server.stop()
