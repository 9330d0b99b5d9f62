"""A login row names the browser and the system, as a chair would say them."""

from __future__ import annotations

import pytest

from handlers.directory.devices import short_device

IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"
)
LINE_ANDROID = (
    "Mozilla/5.0 (Linux; Android 12; CPH2219) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/119.0.0.0 Mobile Safari/537.36 Line/13.19.1/IAB"
)
EDGE_WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.61"
)
FIREFOX_LINUX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        (IPHONE_SAFARI, ("Safari", "iPhone")),
        (LINE_ANDROID, ("LINE", "Android")),
        (EDGE_WINDOWS, ("Edge", "Windows")),
        (FIREFOX_LINUX, ("Firefox", "Linux")),
        ("curl/8.4.0", (None, None)),
        ("", (None, None)),
    ],
)
def test_a_user_agent_becomes_a_short_device_name(agent, expected):
    assert short_device(agent) == expected
