"""Browsers ask every page for /favicon.ico: they get a small icon, not a 404."""

from __future__ import annotations

import io

from PIL import Image

from bot import create_app
from tests.conftest import make_env


def test_the_site_icon_is_served(sqlite_url, tmp_path):
    app = create_app({"ENV": make_env(sqlite_url, tmp_path)})
    response = app.test_client().get("/favicon.ico")
    assert response.status_code == 200
    assert response.mimetype == "image/vnd.microsoft.icon"
    icon = Image.open(io.BytesIO(response.data))
    assert icon.format == "ICO" and max(icon.size) <= 64
    response.close()
