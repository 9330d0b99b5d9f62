"""The figures' "named most" month by month: over the period a member picks, with their
conflicts kept out, and exported as CSV or Excel with every cell safe to open."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from handlers.directory import agencies
from handlers.patterns import related
from tests.clock import Clock
from tests.dashboard_login import sign_in
from tests.factories import NOW, add_member, new_ticket

SAO = {
    "kind": "bribery",
    "agency": "อบต.หนองโบสถ์",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองโบสถ์",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}
# A district typed as a formula: the export must not let a spreadsheet run it.
FORMULA = SAO | {
    "agency": "สถานีตำรวจภูธรสตึก",
    "official": "กำนัน",
    "district": "=1+2",
    "subdistrict": "",
}


@pytest.fixture
def clock():
    """A fixed clock (10 March 2026): the months below are counted from it."""
    return Clock(NOW)


def on(day: str) -> datetime:
    return datetime.fromisoformat(day + "T05:00:00+00:00")


@pytest.fixture
def filed(services):
    """The อบต. and its headman named in Jan (1), Feb (2) and Mar (1) 2026 and in June 2025
    (1); the formula-district ticket in March."""
    with services.uow() as uow:
        # A record a chair has looked at: a member tied to another agency may see its tickets.
        agencies.add_reviewed(uow, FORMULA["agency"], "operator")
        days = ["2025-06-15", "2026-01-20", "2026-02-03", "2026-02-25", "2026-03-05"]
        found = [new_ticket(uow, submitted_at=on(day), **SAO) for day in days]
        found.append(new_ticket(uow, submitted_at=on("2026-03-06"), **FORMULA))
        for ticket in found:
            related.find(uow, ticket)
        uow.commit()


def browser(app, services, role: str, **kwargs):
    client = app.test_client()
    assert sign_in(client, services, add_member(services, role, **kwargs)).status_code == 303
    return client


def rows(client, group: str, months: int | None = None) -> list[list[str]]:
    url = "/committee/figures/named" + (f"?months={months}" if months else "")
    page = client.get(url)
    assert page.status_code == 200
    section = BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id=f"trend-{group}")
    return [[td.get_text(strip=True) for td in tr.find_all(["td", "th"])] for tr in section("tr")]


def test_the_page_counts_each_month_of_the_chosen_period(app, services, filed):
    reviewer = browser(app, services, "reviewer")
    head, *agencies = rows(reviewer, "agencies", months=3)
    assert head[-4:] == ["ธ.ค. 2568", "ม.ค. 2569", "ก.พ. 2569", "มี.ค. 2569"]
    (sao,) = [row for row in agencies if "หนองโบสถ์" in row[0]]
    assert sao[1:] == ["4", "0", "1", "2", "1"]  # total, then December to March
    head, *officials = rows(reviewer, "officials", months=3)
    assert ["ผู้ใหญ่บ้าน หมู่ 5", "นางรอง", "ต.หนองโบสถ์", "4", "0", "1", "2", "1"] in officials
    _, *agencies = rows(reviewer, "agencies", months=12)  # June 2025 is in the year
    (sao,) = [row for row in agencies if "หนองโบสถ์" in row[0]]
    assert sao[1] == "5" and sao[2:].count("1") == 3 and sao[2:].count("2") == 1


def test_a_conflicted_member_sees_and_exports_nothing_of_the_agency(app, services, filed):
    tied = browser(app, services, "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
    assert not any("หนองโบสถ์" in " ".join(row) for row in rows(tied, "agencies"))
    assert not any("ผู้ใหญ่บ้าน" in " ".join(row) for row in rows(tied, "officials"))
    exported = tied.get("/committee/figures/named.csv?months=12").get_data(as_text=True)
    assert "หนองโบสถ์" not in exported and "ผู้ใหญ่บ้าน" not in exported
    assert "กำนัน" in exported  # the ticket they may see still counts


def test_the_exports_hold_the_page_and_run_no_formula(app, services, filed):
    reviewer = browser(app, services, "reviewer")
    response = reviewer.get("/committee/figures/named.csv?months=3")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert table[0][:5] == ["กลุ่ม", "ชื่อ", "อำเภอ", "ตำบล / หน่วยงาน", "รวม"]
    assert table[0][-1] == "มี.ค. 2569"
    (headman,) = [row for row in table if row[1] == "ผู้ใหญ่บ้าน หมู่ 5"]
    assert headman[2:] == ["นางรอง", "ต.หนองโบสถ์", "4", "0", "1", "2", "1"]
    (chief,) = [row for row in table if row[1] == "กำนัน"]
    assert chief[2] == "'=1+2"
    book = load_workbook(io.BytesIO(reviewer.get("/committee/figures/named.xlsx?months=3").data))
    values = [list(row) for row in book.active.iter_rows(values_only=True)]
    (headman,) = [row for row in values if row[1] == "ผู้ใหญ่บ้าน หมู่ 5"]
    assert headman[2:] == ["นางรอง", "ต.หนองโบสถ์", 4, 0, 1, 2, 1]  # counts stay numbers
    (chief,) = [row for row in values if row[1] == "กำนัน"]
    assert chief[2] == "'=1+2"
    assert all(not str(cell).startswith("=") for row in values for cell in row if cell is not None)


@pytest.fixture
def at_the_edges(services):
    """The อบต. named at the edges of the year before 10 March 2026, in Bangkok time: 23:30 on
    28 Feb 2025 (before the period), 00:30 on 1 March 2025 (its first hour: still 28 February
    in UTC), 5 March 2025 (in its first month, more than 365 days ago), and 00:30 on 1 March
    2026 (March in Bangkok, February in UTC)."""
    with services.uow() as uow:
        for instant in (
            "2025-02-28T16:30",
            "2025-02-28T17:30",
            "2025-03-05T05:00",
            "2026-02-28T17:30",
        ):
            ticket = new_ticket(uow, submitted_at=datetime.fromisoformat(instant + "+00:00"), **SAO)
            related.find(uow, ticket)
        uow.commit()


def figures_page_count(client, name: str) -> int:
    page = client.get("/committee/figures")
    assert page.status_code == 200
    section = BeautifulSoup(page.get_data(as_text=True), "html.parser").find(id="named-most")
    (row,) = [tr for tr in section.table("tr") if name in tr.get_text()]
    return int(row.find("td", class_="num").get_text(strip=True).replace(",", ""))


def test_the_year_and_its_months_count_by_one_rule(app, services, filed, at_the_edges):
    reviewer = browser(app, services, "reviewer")
    head, *agencies = rows(reviewer, "agencies")  # the page's default: 12 months and this one
    months = head[2:]
    assert months[0] == "มี.ค. 2568" and months[-1] == "มี.ค. 2569" and len(months) == 13
    (sao,) = [row for row in agencies if "หนองโบสถ์" in row[0]]
    total, by_month = int(sao[1]), [int(n) for n in sao[2:]]
    assert sum(by_month) == total == 8  # 5 filed, and 3 of the 4 at the edges
    assert by_month[0] == 2 and by_month[-1] == 2  # 1 and 5 March 2025; 1 and 5 March 2026
    assert figures_page_count(reviewer, "หนองโบสถ์") == total
    head, *officials = rows(reviewer, "officials")
    (headman,) = [row for row in officials if row[0] == "ผู้ใหญ่บ้าน หมู่ 5"]
    assert sum(int(n) for n in headman[4:]) == int(headman[3]) == total


def test_the_same_title_in_two_places_is_two_officials(app, services):
    """Two sub-districts' headmen of หมู่ 5 and two อบต.' mayors of one district are four
    people: each counted apart, named by where they are, not one official named twice."""
    with services.uow() as uow:
        for agency in ("อบต.หนองโบสถ์", "อบต.หนองกง"):
            agencies.add_reviewed(uow, agency, "operator")
        for subdistrict in ("หนองโบสถ์", "หนองกง"):
            for official in ("ผู้ใหญ่บ้านหมู่ 5", "นายก อบต."):
                fields = {"official": official, "subdistrict": subdistrict}
                ticket = new_ticket(uow, **SAO | fields | {"agency": f"อบต.{subdistrict}"})
                related.find(uow, ticket)
        uow.commit()
    head, *officials = rows(browser(app, services, "reviewer"), "officials", months=3)
    assert head[:4] == ["ชื่อ", "อำเภอ", "ตำบล / หน่วยงาน", "รวม"]
    counted = sorted(row[:4] for row in officials)
    assert counted == [
        ["นายก (องค์การบริหารส่วนตำบล)", "นางรอง", "องค์การบริหารส่วนตำบลหนองกง", "1"],
        ["นายก (องค์การบริหารส่วนตำบล)", "นางรอง", "องค์การบริหารส่วนตำบลหนองโบสถ์", "1"],
        ["ผู้ใหญ่บ้าน หมู่ 5", "นางรอง", "ต.หนองกง", "1"],
        ["ผู้ใหญ่บ้าน หมู่ 5", "นางรอง", "ต.หนองโบสถ์", "1"],
    ]
