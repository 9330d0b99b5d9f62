"""A short device name from a browser's user agent, for the audit page's login rows."""

from __future__ import annotations

import re

# Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux".
_MARKS = tuple(
    (kind, name, re.compile(pattern))
    for kind, name, pattern in (
        ("browser", "LINE", r"\bLine/"),
        ("browser", "Edge", r"\bEdg(e|A|iOS)?/"),
        ("browser", "Opera", r"\bOPR/"),
        ("browser", "Samsung Internet", r"\bSamsungBrowser/"),
        ("browser", "Firefox", r"\b(Firefox|FxiOS)/"),
        ("browser", "Chrome", r"\b(Chrome|CriOS)/"),
        ("browser", "Safari", r"\bSafari/"),
        ("system", "Android", r"\bAndroid\b"),
        ("system", "iPhone", r"\biPhone\b"),
        ("system", "iPad", r"\biPad\b"),
        ("system", "Windows", r"\bWindows\b"),
        ("system", "Mac", r"\bMac OS X\b|\bMacintosh\b"),
        ("system", "ChromeOS", r"\bCrOS\b"),
        ("system", "Linux", r"\bLinux\b"),
    )
)


def _first(kind: str, text: str) -> str | None:
    return next((n for k, n, pattern in _MARKS if k == kind and pattern.search(text)), None)


def short_device(user_agent: str) -> tuple[str | None, str | None]:
    """The browser and system named in a user agent ("Chrome", "Android"); None where unknown."""
    return _first("browser", user_agent or ""), _first("system", user_agent or "")
