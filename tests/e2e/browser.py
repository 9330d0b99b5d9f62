"""Headless Chromium for the browser tests: launched once per session, one tab per session
emptied between tests (`Tabs`).

A module sizes its tab with its marker: `pytestmark = pytest.mark.browser(viewport=(390, 844))`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
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
# Screenshots kept for a person to look at (CI keeps the folder as the run's artefacts).
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


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


class Tabs:
    """The session's one tab, handed to each test emptied and sized as it asks.

    A fresh context per test cost Chromium a new renderer process each time (~0.3 s of its
    CPU, measured: 20 contexts 9.0 s, one tab for 20 tests 4.3 s, each test's pages on a new
    port). Between tests the tab leaves nothing behind: the page's storage (the simulator
    keeps its user there), routes, extra headers, cookies and permissions; it is left on
    about:blank. If emptying it fails (a test ended on a crashed page), the context is closed
    and the next test gets a new one."""

    def __init__(self, chromium) -> None:
        self.chromium = chromium
        self.context = None
        self.tab = None

    @contextmanager
    def sized(self, width: int, height: int) -> Iterator[object]:
        """The tab, `width` × `height` px, with nothing of the tests before it."""
        if self.tab is None:
            self.context = self.chromium.new_context(viewport={"width": width, "height": height})
            self.tab = self.context.new_page()
        self.tab.set_viewport_size({"width": width, "height": height})
        self.tab.set_default_timeout(15_000)
        try:
            yield self.tab
        finally:
            self.empty()

    def empty(self) -> None:
        """Leave the tab as a new context's (or close the context, if that fails)."""
        from playwright.sync_api import Error

        try:
            if self.tab.url.startswith("http"):
                self.tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
            self.tab.unroute_all(behavior="ignoreErrors")
            self.tab.set_extra_http_headers({})
            self.tab.goto("about:blank")
            self.context.clear_cookies()
            self.context.clear_permissions()
        except Error:
            self.close()

    def close(self) -> None:
        """Close the context (the next test gets a new one)."""
        from playwright.sync_api import Error

        context, self.context, self.tab = self.context, None, None
        try:
            context.close()
        except Error:
            pass  # the browser is gone already


@pytest.fixture(scope="session")
def tabs(chromium) -> Iterator[Tabs]:
    """The session's tab (`Tabs`)."""
    kept = Tabs(chromium)
    try:
        yield kept
    finally:
        if kept.context is not None:
            kept.close()


@pytest.fixture
def page(request, tabs) -> Iterator[object]:
    """The session's tab with nothing of other tests (no cookies, no storage), sized by the
    marker."""
    marker = request.node.get_closest_marker("browser")
    width, height = (marker and marker.kwargs.get("viewport")) or DEFAULT_VIEWPORT
    with tabs.sized(width, height) as tab:
        yield tab


# Visible elements that reach past the screen's edges, outside a box that scrolls on its own
# (a wide table in .scroll-x is read by swiping it, not the page).
_BEYOND = """() => {
  const width = window.innerWidth, found = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || (box.right <= width + 1 && box.left >= -1)) continue;
    if (el.closest('.scroll-x')) continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
    found.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)}`);
  }
  return {wider: document.documentElement.scrollWidth - width, beyond: found.slice(0, 10)};
}"""


def off_screen(tab) -> dict:
    """How far the page is wider than the screen (`wider` > 0: it scrolls sideways) and the
    elements that reach past its edges, once the page and its stylesheets have loaded (a
    page measured before its CSS applies is as wide as its longest unbroken word)."""
    tab.wait_for_load_state("load")
    return tab.evaluate(_BEYOND)


def on_screen(tab, locator) -> bool:
    """Whether every element `locator` finds is visible and within the screen's width."""
    width = tab.viewport_size["width"]
    found = locator.all()
    for element in found:
        box = element.bounding_box()
        if (
            not element.is_visible()
            or box is None
            or box["x"] < -1
            or box["x"] + box["width"] > width + 1
        ):
            return False
    return bool(found)


#: The screenshots this process has taken. A test run on SQLite and on PostgreSQL shows the
#: same page twice and names both shots alike: the second would only overwrite the first.
_SHOT: set[Path] = set()


def shoot(tab, name: str) -> Path:
    """A full-page screenshot in tests/artifacts, named after the page and the screen width
    (taken once per test process: the same page's second capture only costs Chromium's CPU)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}-{tab.viewport_size['width']}.png"
    if path not in _SHOT:
        tab.screenshot(path=str(path), full_page=True)
        _SHOT.add(path)
    return path
