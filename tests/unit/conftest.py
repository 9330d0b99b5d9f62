"""Unit tests are pure logic: one that starts an app or a database belongs in tests/integration."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine


@pytest.fixture(autouse=True)
def no_apps_or_databases(monkeypatch):
    """Fail a unit test that starts a Flask app or opens a database."""

    def refuse(what):
        def refused(*args, **kwargs):
            raise AssertionError(f"a unit test started {what}: move it to tests/integration")

        return refused

    monkeypatch.setattr(Flask, "__init__", refuse("a Flask app"))
    monkeypatch.setattr(Engine, "__init__", refuse("a database engine"))
