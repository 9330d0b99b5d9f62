"""`flask --app bot richmenu deploy|preview`: the menu under the chat, uploaded to LINE."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot import create_app
from tests.conftest import make_env


@pytest.fixture
def line_app(sqlite_url, tmp_path, line_api):
    """An app with a LINE channel whose API hosts are the fake LINE API."""
    env = make_env(
        sqlite_url,
        tmp_path,
        LINE_API_BASE_URL=line_api.base_url,
        LINE_DATA_API_BASE_URL=line_api.base_url,
    )
    application = create_app({"ENV": env, "TESTING": True})
    yield application
    application.extensions["sujarit"].engine.dispose()


def test_deploy_creates_uploads_and_sets_the_default_menu(line_app, line_api):
    result = line_app.test_cli_runner().invoke(args=["richmenu", "deploy"])
    assert result.exit_code == 0, result.output
    ((menu_id, menu),) = line_api.rich_menus.items()
    assert menu_id in result.output
    assert line_api.default_rich_menu_id == menu_id
    actions = [area["action"] for area in menu["areas"]]
    assert [a["data"] for a in actions] == ["menu=complain", "menu=track", "menu=news", "menu=help"]
    assert [a["displayText"] for a in actions][:2] == ["แจ้งเรื่องร้องเรียน", "ติดตามเรื่องของฉัน"]
    png, content_type = line_api.rich_menu_images[menu_id]
    assert content_type == "image/png"
    image = Image.open(io.BytesIO(png))
    assert image.size == (menu["size"]["width"], menu["size"]["height"]) == (2500, 1686)
    assert len(png) < 1024 * 1024  # LINE takes rich menu images up to 1 MB
    assert not line_api.violations


def test_menu_areas_cover_the_picture_without_overlapping(line_app, line_api):
    line_app.test_cli_runner().invoke(args=["richmenu", "deploy"])
    (menu,) = line_api.rich_menus.values()
    width, height = menu["size"]["width"], menu["size"]["height"]
    boxes = [
        (b["x"], b["y"], b["x"] + b["width"], b["y"] + b["height"])
        for b in (area["bounds"] for area in menu["areas"])
    ]
    # Inside the picture, no two areas share a pixel, and together they fill it.
    assert all(0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height for x0, y0, x1, y1 in boxes)
    for i, (ax0, ay0, ax1, ay1) in enumerate(boxes):
        for bx0, by0, bx1, by1 in boxes[i + 1 :]:
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, (boxes[i], (bx0, by0))
    assert sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in boxes) == width * height


def test_a_refusal_from_line_is_reported(line_app, line_api):
    line_api.fail_next("/richmenu", 401, body={"message": "Authentication failed"})
    result = line_app.test_cli_runner().invoke(args=["richmenu", "deploy"])
    assert result.exit_code != 0
    assert "401" in result.output
    assert line_api.default_rich_menu_id is None


def test_deploy_is_refused_in_local_mode(sqlite_url, tmp_path):
    app = create_app(
        {"ENV": {"SUJARIT_MODE": "local", "DATABASE_URL": sqlite_url}, "TESTING": True}
    )
    result = app.test_cli_runner().invoke(args=["richmenu", "deploy"])
    assert result.exit_code != 0
    assert "LINE_CHANNEL_ACCESS_TOKEN" in result.output


def test_preview_writes_the_picture(line_app, tmp_path):
    out = tmp_path / "menu.png"
    result = line_app.test_cli_runner().invoke(args=["richmenu", "preview", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert Image.open(out).size == (2500, 1686)
