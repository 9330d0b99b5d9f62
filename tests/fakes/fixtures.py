"""Pytest fixtures for the fake LINE API.

Enable with ``pytest_plugins = ["tests.fakes.fixtures"]`` in the root conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from tests.fakes.line_api import FakeLineApi


@pytest.fixture
def line_api(httpserver: HTTPServer) -> Iterator[FakeLineApi]:
    """A fresh FakeLineApi on pytest-httpserver's local server (cleared between tests)."""
    fake = FakeLineApi(httpserver)
    yield fake
    assert not fake.handler_errors, "fake LINE API crashed:\n" + "\n".join(fake.handler_errors)
