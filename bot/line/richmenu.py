"""The account's rich menu: its four areas, its picture (drawn here) and its upload to LINE."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.config import Config
from bot.i18n import catalogue
from bot.line.gateway import sdk
from handlers.menu import MENU_ITEMS

WIDTH, HEIGHT = 2500, 1686
TILE_COLOURS = ("#1B7F5B", "#23946C", "#23946C", "#1B7F5B")
INK = "#FFFFFF"
FONT_DIRS = (Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/truetype/noto"))
FONT_FILES = ("Loma-Bold.ttf", "Garuda-Bold.ttf", "NotoSansThai-Bold.ttf")


class NoThaiFont(RuntimeError):
    """No font that can draw Thai was found."""


@dataclass(frozen=True)
class Area:
    """One tappable part of the menu: its bounds in the picture and the menu item it opens."""

    item: str
    x: int
    y: int
    width: int
    height: int


def areas() -> list[Area]:
    """Four equal tiles, two by two, in MENU_ITEMS order (complain, track, news, help)."""
    half_w, half_h = WIDTH // 2, HEIGHT // 2
    return [
        Area(item, (i % 2) * half_w, (i // 2) * half_h, half_w, half_h)
        for i, item in enumerate(MENU_ITEMS)
    ]


def definition() -> dict:
    """The rich menu object LINE's API takes (postbacks `menu=<item>`, as dispatch expects)."""
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,
        "name": "Sujarit main menu",
        "chatBarText": catalogue.text("th", "richmenu.bar"),
        "areas": [
            {
                "bounds": {"x": a.x, "y": a.y, "width": a.width, "height": a.height},
                "action": {
                    "type": "postback",
                    "label": catalogue.text("th", f"menu.{a.item}")[:20],
                    "data": f"menu={a.item}",
                    "displayText": catalogue.text("th", f"menu.{a.item}"),
                },
            }
            for a in areas()
        ],
    }


def thai_font(size: int) -> ImageFont.FreeTypeFont:
    """A bold font that draws Thai: Noto Sans Thai from its PyPI package, else a system one."""
    try:
        from fontpkg_noto_sans_thai import ROOT

        font = ImageFont.truetype(str(next(ROOT.glob("files/*.ttf"))), size)
        font.set_variation_by_name("Bold")
        return font
    except (ImportError, StopIteration, OSError):
        pass
    for directory in FONT_DIRS:
        for name in FONT_FILES:
            if (directory / name).exists():
                return ImageFont.truetype(str(directory / name), size)
    raise NoThaiFont(
        "No Thai font found: install the Python package fontpkg-noto-sans-thai "
        "(a dependency of this project) or Debian's fonts-thai-tlwg."
    )


def _icon(draw: ImageDraw.ImageDraw, item: str, cx: int, cy: int, font) -> None:
    r = 150
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=INK, width=14)
    if item == "complain":  # a page with lines of writing
        draw.rectangle((cx - 60, cy - 85, cx + 60, cy + 85), outline=INK, width=12)
        for dy in (-40, 0, 40):
            draw.line((cx - 35, cy + dy, cx + 35, cy + dy), fill=INK, width=10)
    elif item == "track":  # a magnifying glass
        draw.ellipse((cx - 75, cy - 75, cx + 35, cy + 35), outline=INK, width=14)
        draw.line((cx + 20, cy + 20, cx + 80, cy + 80), fill=INK, width=22)
    elif item == "news":  # a loudspeaker
        draw.polygon(
            [
                (cx - 75, cy - 30),
                (cx - 20, cy - 30),
                (cx + 60, cy - 90),
                (cx + 60, cy + 90),
                (cx - 20, cy + 30),
                (cx - 75, cy + 30),
            ],
            fill=INK,
        )
    else:  # a question mark
        draw.text((cx, cy), "?", font=font, fill=INK, anchor="mm")


def render_image() -> bytes:
    """The menu's picture as PNG: each tile an icon, its Thai name, and its English name."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    big, small, mark = thai_font(120), thai_font(72), thai_font(220)
    for area, colour in zip(areas(), TILE_COLOURS, strict=True):
        box = (area.x + 8, area.y + 8, area.x + area.width - 8, area.y + area.height - 8)
        draw.rounded_rectangle(box, radius=40, fill=colour)
        cx = area.x + area.width // 2
        _icon(draw, area.item, cx, area.y + 270, mark)
        thai = catalogue.text("th", f"menu.{area.item}")
        english = catalogue.text("en", f"menu.{area.item}")
        draw.text((cx, area.y + 560), thai, font=big, fill=INK, anchor="mm")
        draw.text((cx, area.y + 700), english, font=small, fill="#DDF3EA", anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


@cache
def image_png() -> bytes:
    """The picture, drawn once per process (the simulator shows it too)."""
    return render_image()


def deploy(config: Config, png: bytes | None = None) -> str:
    """Create the rich menu on LINE, upload its picture, make it every user's default."""
    token = config.line_channel_access_token
    timeout = config.line_timeout_seconds
    line = sdk()
    with (
        line.ApiClient(
            line.Configuration(host=config.line_api_base_url, access_token=token)
        ) as api,
        line.ApiClient(
            line.Configuration(host=config.line_data_api_base_url, access_token=token)
        ) as data,
    ):
        messaging = line.MessagingApi(api)
        request = line.RichMenuRequest.from_dict(definition())
        rich_menu_id = messaging.create_rich_menu(request, _request_timeout=timeout).rich_menu_id
        line.MessagingApiBlob(data).set_rich_menu_image(
            rich_menu_id,
            bytearray(png or image_png()),
            _headers={"Content-Type": "image/png"},
            _request_timeout=timeout,
        )
        messaging.set_default_rich_menu(rich_menu_id, _request_timeout=timeout)
    return rich_menu_id
