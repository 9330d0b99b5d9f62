"""Probably the same matter: measured on the labelled pairs, with floors, and said with reasons.

pairs_second.jsonl, written by a second person who had not read the other two, first measured
precision 0.696, recall 0.907 (39 of 43 found, 17 wrongly): another matter of the same official
at the same agency, lifted by its fields, and the same scheme in the next sub-district. The
scorer was then changed on pairs.jsonl alone (with new pairs of those shapes): the official's
words out of the story, agency and official counted once, another kind and another
sub-district taking more away, threshold 0.40. Now: pairs.jsonl 0.940 / 0.929 (78 found,
5 wrongly, 6 missed), pairs_heldout.jsonl 0.852 / 0.920 (23, 4, 2), pairs_second.jsonl
0.905 / 0.884 (38, 4, 5).

Round 4 (#21): amounts read right (`words_to_digits`: "สามพันบาท" was "3พันบาท") and two
stories naming sums of money none within a factor of two of the other take 0.3 away (another
matter of the same official: 500 baht at the checkpoint, 3,000 for a seized motorbike),
chosen on pairs.jsonl alone after 10 pairs were added to it (5 the same matter with sums told
differently, 5 other matters of one official). Now: pairs.jsonl (229) 1.000 / 0.933 (84, 0,
6), pairs_heldout.jsonl 1.000 / 0.960 (24, 0, 1), pairs_second.jsonl 0.929 / 0.907 (39, 3,
4). Each floor is just under that: two more wrong calls of either kind fail.

Round 5 (#21): the village. 34 pairs were added to pairs.jsonl (17 one matter told with and
without its หมู่ or written differently, 17 the same scheme by the headman of another หมู่ of
the sub-district) and 12 written into pairs_villages_heldout.jsonl, only measured. Both
naming a village and none the other's takes 0.9 away, unless an official above the village
is named (a mayor's reporters name the หมู่ they live in), chosen on pairs.jsonl alone.
pairs.jsonl (263) went from 100 found, 17 wrongly, 7 missed to 100, 2, 7 (0.980 / 0.935);
pairs_villages_heldout.jsonl from 6, 6, 0 to 6, 0, 0; the other two did not move."""

from __future__ import annotations

import json
from datetime import date

import pytest

from handlers.patterns import officials, scoring, stories
from handlers.thai import agencies
from tests.paths import ROOT

PAIRS = ROOT / "tests" / "fixtures" / "patterns"
FLOORS = {
    "pairs.jsonl": (0.97, 0.92),
    "pairs_heldout.jsonl": (0.95, 0.92),
    "pairs_second.jsonl": (0.90, 0.88),
    "pairs_villages_heldout.jsonl": (0.85, 0.80),
}


def report(fields: dict) -> scoring.Report:
    """A labelled report as the scorer sees a ticket: the typed agency by its parsed key
    (what resolving it to a record does, without a database)."""
    parsed = agencies.parse(fields["agency"])
    return scoring.Report(
        kind=fields["kind"],
        agency=parsed.key if agencies.compact(parsed.place) else "",
        official=officials.of_ticket(fields["official"], fields["story"]),
        district=fields["district"],
        subdistrict=fields["sub_district"],
        day=date.fromisoformat(fields["date"]),
        words=tuple(stories.words(fields["story"])),
    )


def measured(name: str) -> tuple[float, float, int, str]:
    rows = [json.loads(line) for line in (PAIRS / name).read_text().splitlines() if line]
    said = [(scoring.score(report(r["a"]), report(r["b"])).same, r["same"]) for r in rows]
    tp = sum(1 for s, truth in said if s and truth)
    fp = sum(1 for s, truth in said if s and not truth)
    fn = sum(1 for s, truth in said if not s and truth)
    return tp / (tp + fp), tp / (tp + fn), len(rows), f"{tp} found, {fp} wrongly, {fn} missed"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_on_the_labelled_pairs(name):
    precision, recall, count, counts = measured(name)
    print(f"{name}: {count} pairs, precision {precision:.3f}, recall {recall:.3f} ({counts})")
    floor_p, floor_r = FLOORS[name]
    assert precision >= floor_p
    assert recall >= floor_r


def test_the_labelled_sets_are_big_enough():
    sizes = (
        ("pairs.jsonl", 200),
        ("pairs_heldout.jsonl", 60),
        ("pairs_second.jsonl", 120),
        ("pairs_villages_heldout.jsonl", 12),
    )
    for name, least in sizes:
        assert len((PAIRS / name).read_text().splitlines()) >= least


HEADMAN = {
    "kind": "bribery",
    "agency": "อบต.หนองโบสถ์",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "sub_district": "หนองโบสถ์",
    "date": "2026-02-02",
    "story": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}


def test_a_match_says_why_in_thai_and_english():
    other = HEADMAN | {
        "official": "ผญบ.ม.5",
        "date": "2026-02-05",
        "story": "ผญบ.ม.5 เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรสวัสดิการ",
    }
    match = scoring.score(report(HEADMAN), report(other))
    assert match.same
    thai = match.reason("th")
    assert thai.startswith("หน่วยงานและเจ้าหน้าที่เดียวกัน")
    assert "ห่างกัน 3 วัน" in thai and f"เรื่องคล้ายกัน {match.story:.2f}" in thai
    english = match.reason("en")
    assert english.startswith("same agency and official, same kind")
    assert "3 days apart" in english


def test_the_same_story_in_another_district_is_another_matter():
    elsewhere = HEADMAN | {
        "agency": "อบต.สะแกซำ",
        "district": "เมืองบุรีรัมย์",
        "sub_district": "สะแกซำ",
        "story": "ผู้ใหญ่บ้านหมู่ 5 บ้านสะแกซำ เก็บค่าบัตรสวัสดิการแห่งรัฐคนละ 200 บาท",
    }
    assert not scoring.score(report(HEADMAN), report(elsewhere)).same


def test_another_matter_at_the_same_agency_is_not_the_same():
    road = HEADMAN | {
        "kind": "procurement",
        "official": "นายก อบต.",
        "story": "ถนนคอนกรีตสร้างเสร็จไม่ถึงสองเดือนแตกหมดแล้ว ผู้รับเหมาเป็นญาตินายก",
    }
    assert not scoring.score(report(HEADMAN), report(road)).same


def test_the_same_scheme_in_the_next_sub_district_is_another_matter():
    next_door = HEADMAN | {
        "agency": "อบต.สะเดา",
        "sub_district": "สะเดา",
        "story": "ผญบ.หมู่ 5 สะเดา เรียกเก็บเงินคนละสองร้อยบาท บอกเป็นค่าทำบัตรสวัสดิการ",
    }
    assert not scoring.score(report(HEADMAN), report(next_door)).same


def test_another_sum_asked_by_the_same_official_is_another_matter():
    land = HEADMAN | {
        "official": "ผญบ.ม.5",
        "date": "2026-02-12",
        "story": "ผู้ใหญ่บ้านหมู่ 5 เรียกเงินห้าพันบาท แลกกับเซ็นรับรองแนวเขตที่นา",
    }
    assert not scoring.score(report(HEADMAN), report(land)).same
    # the same words with the same sum: only the sum told them apart
    same_sum = land | {"story": "ผู้ใหญ่บ้านหมู่ 5 เรียกเงินสองร้อยบาท แลกกับเซ็นรับรองแนวเขตที่นา"}
    assert scoring.score(report(HEADMAN), report(same_sum)).same


def test_a_sum_rounded_or_misremembered_still_links():
    other = HEADMAN | {
        "official": "ผญบ.ม.5",
        "date": "2026-02-05",
        "story": "ผญบ.ม.5 เรียกเก็บเงินคนละสามร้อยบาทค่าบัตรสวัสดิการแห่งรัฐ",
    }
    assert scoring.score(report(HEADMAN), report(other)).same


WATER = {
    "kind": "bribery",
    "agency": "อบต.หินโคน",
    "official": "ผู้ใหญ่บ้าน",
    "district": "ลำปลายมาศ",
    "sub_district": "หินโคน",
    "date": "2026-03-02",
    "story": "ผู้ใหญ่บ้านหมู่ 7 เรียกเก็บค่าน้ำประปาหมู่บ้านเพิ่มหลังละ 50 บาท ไม่ออกใบเสร็จ",
}


def test_the_same_scheme_in_another_village_is_another_matter():
    for twelfth in (
        {"story": "ผู้ใหญ่บ้านหมู่ 12 เก็บค่าน้ำประปาเพิ่มบ้านละ 50 บาท ไม่มีใบเสร็จให้"},
        {"official": "ผญบ.ม.12", "story": "เก็บค่าน้ำประปาเพิ่มบ้านละ 50 บาท ไม่มีใบเสร็จให้"},
        {"story": "บ้านหนองไผ่ ม.๑๒ ผู้ใหญ่เก็บค่าน้ำประปาเพิ่มบ้านละ 50 บาท ไม่มีใบเสร็จ"},
    ):
        assert not scoring.score(report(WATER), report(WATER | twelfth)).same, twelfth


def test_a_report_silent_on_its_village_or_writing_it_otherwise_still_links():
    for told in (
        "ค่าน้ำประปาขึ้นอีกหลังละห้าสิบ ผู้ใหญ่เก็บเองบ่มีใบเสร็จ",
        "บ้านหินโคน หมู่ที่ ๗ ค่าน้ำประปาเพิ่มหลังละห้าสิบ ผู้ใหญ่เก็บไม่ออกใบเสร็จ",
    ):
        other = WATER | {"date": "2026-03-09", "story": told}
        assert scoring.score(report(WATER), report(other)).same, told


def test_an_official_above_the_village_reported_from_two_villages_still_links():
    """Five villages naming one official: the หมู่ each reporter names is where they live."""
    allowance = {
        "kind": "bribery",
        "agency": "อบต.บ้านจาน",
        "official": "จนท.อบต.",
        "district": "พุทไธสง",
        "sub_district": "บ้านจาน",
        "date": "2026-04-03",
        "story": "แม่อยู่หมู่ 3 เบี้ยผู้สูงอายุโดนหักเดือนละร้อย เจ้าหน้าที่ อบต. บอกค่าทำเอกสาร",
    }
    other = allowance | {
        "date": "2026-04-09",
        "story": "ผู้เฒ่าหมู่ 8 บ้านจาน โดนหักเบี้ยยังชีพคนละร้อยบาททุกเดือน จนท.บอกค่าเดินทาง",
    }
    assert scoring.score(report(allowance), report(other)).same


@pytest.mark.parametrize(
    ("days", "thai", "english"),
    [
        ("0", "วันเดียวกัน", "the same day"),
        ("1", "ห่างกัน 1 วัน", "1 day apart"),
        ("12", "ห่างกัน 12 วัน", "12 days apart"),
    ],
)
def test_days_apart_read_as_people_say_them(days, thai, english):
    """Found walking #21: two reports of one day were "ห่างกัน 0 วัน" / "0 days apart"."""
    reasons = ("official", "kind", f"days:{days}")
    assert (
        scoring.describe(reasons, 0.67, "th")
        == f"เจ้าหน้าที่เดียวกัน เรื่องประเภทเดียวกัน {thai} เรื่องคล้ายกัน 0.67"
    )
    assert (
        scoring.describe(reasons, 0.67, "en")
        == f"same official, same kind, {english}, stories 0.67 similar"
    )
