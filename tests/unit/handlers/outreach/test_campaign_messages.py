"""Campaign messages and audiences: what organizers write becomes valid LINE messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.cards import campaigns as flex_campaigns  # noqa: F401  (registers the cards)
from bot.line.limits import limit_violations
from bot.line.render import render
from handlers.outreach.campaigns import CampaignError, message_items, next_week
from handlers.outreach.campaigns import parse_audience as parse_in
from handlers.replies import Raw, from_json, to_json
from handlers.thai.places import for_province


def parse_audience(text):
    """An audience read for Buriram (BOT_PROVINCE's default)."""
    return parse_in(text, for_province("31"))


def test_audiences_are_normalised_and_districts_matched():
    assert parse_audience("ALL") == "all"
    assert parse_audience("district:nang rong") == "district:นางรอง"
    assert parse_audience("district:อ.ประโคนชัย") == "district:ประโคนชัย"
    with pytest.raises(CampaignError) as refused:
        parse_audience("district:Chiang Mai")
    assert refused.value.key == "campaign.error.district"
    with pytest.raises(CampaignError):
        parse_audience("everyone")


def test_text_and_image_render_as_line_messages_within_limits():
    items = from_json(to_json(message_items("T", "สวัสดีค่ะ", "https://example.org/a.jpg", False)))
    assert items[0] == Raw("text", {"text": "สวัสดีค่ะ"})
    messages = render(items, "th")
    assert messages == [
        {"type": "text", "text": "สวัสดีค่ะ"},
        {
            "type": "image",
            "originalContentUrl": "https://example.org/a.jpg",
            "previewImageUrl": "https://example.org/a.jpg",
        },
    ]
    assert limit_violations(messages) == []


def test_card_shows_title_text_and_image():
    [card] = render(message_items("ไม่รับสินบน", "ข้อความ", "https://example.org/a.jpg", True), "en")
    assert card["type"] == "flex" and card["altText"] == "News from the network."
    assert card["contents"]["hero"]["url"] == "https://example.org/a.jpg"
    assert limit_violations([card]) == []


def test_weekly_skips_missed_weeks():
    first = datetime(2026, 3, 2, 2, tzinfo=UTC)
    assert next_week(first, first) == first + timedelta(days=7)
    assert next_week(first, first + timedelta(days=22)) == first + timedelta(days=28)
