"""The four-eyes tests' mark of the dashboard browsers a test drives (test_four_eyes.py)."""

from __future__ import annotations


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "browsers(*roles): the members of `people` signed in to the dashboard"
    )
