"""Values a message carries become the draft's fields, said back in one short bubble."""

from __future__ import annotations

from datetime import date

from bot.line.render import render
from handlers.complaint.understood import said_back, volunteered
from handlers.thai.places import for_province
from handlers.understanding import understand

TODAY = date(2026, 5, 20)
BURIRAM = for_province("31")


def fill(text: str, data: dict | None = None, geo=BURIRAM) -> tuple[dict, list]:
    data = dict(data or {})
    read = understand(text, expecting="what", today=TODAY)
    return data, said_back(data, volunteered(data, read, geo), read)


def test_a_story_fills_kind_agency_place_and_day():
    data, said = fill("ปลัด อบต.หนองกี่ เรียกเงินค่าทำบัตรคนละ 300 บาท เมื่อวานนี้")
    assert data["kind"] == "bribery" and data["agency"] == "อบต.หนองกี่"
    assert (data["district"], data["subdistrict"]) == ("หนองกี่", "หนองกี่")
    assert (data["occurred_on"], data["occurred_text"]) == ("2026-05-19", None)
    bubble = render(said, "th")[0]["text"]
    assert "อบต.หนองกี่" in bubble and "19 พ.ค. 2569" in bubble and "ใช่ไหม" in bubble


def test_an_answer_already_given_is_never_overwritten():
    data, said = fill("อบต.หนองกง เมื่อวานนี้", {"agency": "อบต.สะเดา", "occurred_on": None})
    assert data["agency"] == "อบต.สะเดา" and data["occurred_on"] is None
    assert "อบต.หนองกง" not in render(said, "th")[0]["text"]


def test_nothing_understood_says_nothing():
    data, said = fill("ขอบคุณค่ะ")
    assert data == {} and said == []


def test_a_piece_of_a_hospitals_name_is_not_the_official():
    data, _ = fill("โรงพยาบาลนางรอง")
    assert "official" not in data


def test_a_place_of_another_province_is_not_taken():
    data, _ = fill("อบต.หนองกง เมื่อวานนี้", geo=for_province("40"))
    assert "district" not in data and "subdistrict" not in data and "agency" not in data


def test_the_bubble_stays_short_with_long_values():
    data = {}
    read = understand("ปลัด อบต.หนองกี่ เรียกเงิน เมื่อวานนี้", expecting="what", today=TODAY)
    taken = volunteered(data, read, BURIRAM)
    data["agency"] = "อบต.หนองกี่" + "ก" * 200
    for language in ("th", "en"):
        assert len(render(said_back(data, taken, read), language)[0]["text"]) <= 250
