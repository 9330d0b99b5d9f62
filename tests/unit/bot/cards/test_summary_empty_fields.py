"""The summary a person confirms never shows "None" (or an empty line) for an answer they
left out: each empty field reads "-" or "not known", in Thai and in English."""

from __future__ import annotations

import json

import pytest

from bot.cards.catalogue import build

FIELDS = (
    "kind",
    "agency",
    "official",
    "district",
    "subdistrict",
    "place_text",
    "occurred_on",
    "occurred_text",
    "description",
    "told_by",
    "witnesses",
    "reported",
    "reported_to",
    "reported_ref",
    "name",
    "phone",
)


def shown(fields: dict, lang: str) -> list[str]:
    """Every text of the summary card as the person reads it."""
    data = {"fields": fields, "evidence_count": 0, "percent": 10, "missing": []}
    data |= {"anonymous_gaps": [], "draft": 7}
    card = json.dumps(build("summary", data, lang), ensure_ascii=False)
    assert "None" not in card and "null" not in card
    return [t for t in _texts(json.loads(card))]


def _texts(node):
    if isinstance(node, dict):
        if node.get("type") == "text":
            yield node.get("text", "")
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("empty", [None, ""])
def test_every_field_left_empty_reads_as_a_dash(lang, empty):
    texts = shown({**dict.fromkeys(FIELDS, empty), "anonymous": False}, lang)
    assert all(t.strip() for t in texts)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("missing", FIELDS)
def test_one_field_missing_shows_no_none(lang, missing):
    full = {
        "kind": "bribery",
        "agency": "อบต.หนองโบสถ์",
        "official": "ปลัด",
        "district": "นางรอง",
        "subdistrict": "หนองโบสถ์",
        "occurred_on": "2026-12-01",
        "description": "เรียกเงิน 500 บาท",
        "witnesses": "นางสมศรี",
        "reported": True,
        "reported_to": "ศูนย์ดำรงธรรม",
        "reported_ref": "12/2569",
        "name": "ธนากร ศรีสุข",
        "phone": "0891234567",
        "anonymous": False,
    }
    texts = shown({**full, missing: None}, lang)
    assert all(t.strip() for t in texts)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_name_without_a_phone_is_the_name_alone(lang):
    texts = shown({"name": "ธนากร ศรีสุข", "phone": None, "anonymous": False}, lang)
    assert "ธนากร ศรีสุข" in texts
