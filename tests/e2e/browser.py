"""Headless Chromium for the browser tests: launched once per session, a fresh tab per test.

A module sizes its tab with its marker: `pytestmark = pytest.mark.browser(viewport=(390, 844))`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_VIEWPORT = (1280, 800)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """The Debian Chromium driven by Playwright, launched once per session (per xdist worker).

    Skipped when Chromium is missing, unless SUJARIT_REQUIRE_BROWSER is set (CI), where
    a missing browser is a failure rather than a silent skip.
    """
    if not CHROMIUM.exists():
        if os.environ.get("SUJARIT_REQUIRE_BROWSER"):
            pytest.fail("SUJARIT_REQUIRE_BROWSER is set but /usr/bin/chromium is missing")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(request, chromium) -> Iterator[object]:
    """A tab in a fresh browser context (no cookies from other tests), sized by the marker."""
    marker = request.node.get_closest_marker("browser")
    width, height = (marker and marker.kwargs.get("viewport")) or DEFAULT_VIEWPORT
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()
