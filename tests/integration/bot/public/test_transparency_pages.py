"""`/transparency` and its open data: figures a villager can read, none that singles anyone out."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from handlers.intake.fields import KINDS
from storage import tickets
from storage.models import Ticket
from storage.referral_models import Referral
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import NOW, add_many, new_ticket

IDENTITY = re.compile(
    r"complainant_name_enc|complainant_phone_enc|owner_hash|owner_line_id_enc|"
    r"tracking_code_hash|line_user_id_enc|user_hash|recipient_enc|raw_enc|"
    r"\b(line_users|members|member_conflicts|audit_log|failed_events|outbox|drafts|"
    r"login_tokens)\b",
    re.IGNORECASE,
)
SMALL = re.compile(r"\b[1-4]\b")


@pytest.fixture
def clock():
    """The app's clock: a fixed day, a week after the test tickets were filed."""
    return Clock(NOW + timedelta(days=7))


def published(client) -> dict:
    data = client.get("/transparency/data.json").get_json()
    data.pop("generated_at")
    return data


def counts(data) -> list:
    """Every published count in the open data, with where it is."""
    found = []

    def walk(node, path):
        if isinstance(node, dict):
            if "count" in node:
                found.append((path, node["count"], node.get("withheld")))
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(data, "")
    return found


def district(data, name) -> dict:
    return next(row for row in data["districts"] if row["district"] == name)


# What is withheld is decided in Python over the kept counts, whatever the database: the tests
# of those rules run on SQLite only (@ONE_DATABASE); the counts' SQL and the releases' rows
# run on both kinds (here, and in tests/integration/storage/test_public_*.py).
@ONE_DATABASE
def test_large_cells_are_published_as_they_are_on_the_page_and_in_open_data(client, services):
    everywhere = services.geography.districts()
    for place in everywhere:
        for status in ("submitted", "forwarded", "resolved", "rejected", "withdrawn"):
            add_many(services, 6 if place == "นางรอง" else 5, district=place, status=status)

    page = client.get("/transparency")

    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "เรื่องร้องเรียนได้รับการดูแลอย่างไร" in html and "นางรอง" in html
    table = html[
        html.index('id="districts"') : html.index("</table>", html.index('id="districts"'))
    ]
    # Every count in its band of five: นางรอง's 30 is "30–34", the others' 25 "25–29".
    assert "น้อยกว่า" not in table and "—" not in table and ">30–34<" in table
    data = published(client)
    total = 25 * len(everywhere) + 5
    assert [row["district"] for row in data["districts"]] == everywhere
    assert data["received"] == {"count": total, "up_to": total + 4}
    assert data["status"]["resolved"] == {"count": 5 * len(everywhere), "up_to": 119}
    assert district(data, "นางรอง")["rejected"] == {"count": 5, "up_to": 9}
    assert district(data, "ลำปลายมาศ")["received"] == {"count": 25, "up_to": 29}
    tables = {key: data[key] for key in ("received", "status", "districts")}
    assert all(withheld is None for _, _, withheld in counts(tables))
    # Every kind is listed: one kind with everything beside five empty ones gives nothing.
    assert [row["kind"] for row in data["kinds"]] == list(KINDS)
    assert data["reopened_tickets"] == {"count": None, "withheld": "small"}  # none: "fewer than 5"
    rows = list(
        csv.reader(io.StringIO(client.get("/transparency/data.csv").get_data(as_text=True)))
    )
    assert rows[0] == ["\ufefftable", "key", "measure", "value", "withheld", "up_to"]
    assert ["district", "นางรอง", "rejected", "5", "", "9"] in rows
    assert ["received", "", "count", str(total), "", str(total + 4)] in rows
    english = client.get("/transparency?lang=en").get_data(as_text=True)
    assert "What happens to complaints" in english


@ONE_DATABASE
def test_a_single_complaint_cannot_be_singled_out_or_worked_out_from_totals(
    client, services, clock
):
    # One rejected complaint in นางรอง: the one a neighbour could recognise.
    add_many(services, 9, district="นางรอง", status="resolved")
    add_many(services, 1, district="นางรอง", status="rejected")
    add_many(services, 7, district="ลำปลายมาศ", status="resolved")
    add_many(services, 8, district="ลำปลายมาศ", status="rejected")

    data = published(client)
    html = client.get("/transparency").get_data(as_text=True)

    assert all(count is None or count >= 5 for _, count, _ in counts(data)), counts(data)
    assert district(data, "นางรอง")["rejected"] == {"count": None, "withheld": "small"}
    assert ">น้อยกว่า 5<" in html
    # Totals are published, so the cells beside the small one are withheld too: a second,
    # different database publishes exactly the same figures.
    hidden = {
        (row["district"], column)
        for row in data["districts"]
        for column in ("resolved", "rejected")
        if row[column]["count"] is None
    }
    assert hidden >= {(d, c) for d in ("นางรอง", "ลำปลายมาศ") for c in ("resolved", "rejected")}
    with services.uow() as uow:
        for place, old, new in (
            ("นางรอง", "resolved", "rejected"),
            ("ลำปลายมาศ", "rejected", "resolved"),
        ):
            ticket = uow.session.scalars(
                select(Ticket).where(Ticket.district == place, Ticket.status == old).limit(1)
            ).one()
            tickets.set_status(uow, ticket, new, "test", "moved")
        uow.commit()
    clock.advance(days=31)  # the next release
    client.application.extensions["sujarit.transparency_cache"].clear()
    again = published(client)
    tables = ("received", "status", "districts", "kinds")
    assert {t: again[t] for t in tables} == {t: data[t] for t in tables}


@ONE_DATABASE
def test_every_kind_is_listed_and_thin_medians_are_not_shown(client, services, clock):
    decided = NOW + timedelta(days=2)
    add_many(services, 12, kind="bribery", status="resolved", decided_at=decided, taken_at=NOW)
    add_many(services, 6, kind="procurement")
    add_many(services, 2, kind="budget")
    add_many(services, 1, kind="conflict")
    answered(services, 3, hours=30)  # three agencies answered: too few for a median

    data = published(client)
    html = client.get("/transparency").get_data(as_text=True)

    kinds = {row["kind"]: row for row in data["kinds"]}
    assert list(kinds) == list(KINDS)  # none merged into another: 5 → "merged 6" told 1
    assert kinds["bribery"]["count"] == 15 and kinds["procurement"]["count"] == 5
    for small in ("budget", "conflict", "abuse", "other"):
        assert (kinds[small]["count"], kinds[small]["withheld"]) == (None, "small")
    assert data["received"] == {"count": 20, "up_to": 24}
    assert data["medians_hours"]["decide"] == {
        "hours": 48.0,
        "tickets": {"count": 10, "up_to": 14},
    }
    assert data["medians_hours"]["agency_answer"] == {
        "hours": None,
        "tickets": {"count": None, "withheld": "small"},
    }
    assert "ข้อมูลยังไม่พอ" in html


@ONE_DATABASE
def test_a_month_with_few_complaints_hides_the_months_total_in_the_next_release(
    client, services, clock
):
    add_many(services, 12)
    first = published(client)
    clock.advance(days=40)
    add_many(services, 1, submitted_at=clock.now)
    client.application.extensions["sujarit.transparency_cache"].clear()

    second = published(client)

    shown = [row["count"] for row in first["months"] if row["count"] is not None]
    # 12 is k or more, but "withheld" there would tell a reader so: it says nothing.
    assert shown == [10] and first["months_total"] == {"count": None, "withheld": "table"}
    assert [row["count"] for row in second["months"] if row["count"] is not None] == [10]
    assert second["months_total"]["count"] is None  # 13 − 12 would tell the new month's 1
    assert len(second["months"]) == len(first["months"]) >= 12  # every month, empty ones too


@ONE_DATABASE
def test_a_months_total_below_k_is_not_published_as_withheld(client, services):
    # "withheld" means k or more everywhere else: three complaints in one month are not.
    add_many(services, 3)

    data = published(client)

    assert data["months_total"] == {"count": None, "withheld": "table"}
    assert all(row["withheld"] == "small" for row in data["months"])


@ONE_DATABASE
def test_the_data_dictionary_explains_every_withheld_value_in_both_languages(client):
    thai = client.get("/transparency/data-dictionary").get_data(as_text=True)
    english = client.get("/transparency/data-dictionary?lang=en").get_data(as_text=True)

    for value in ("small", "withheld", "checking", "table"):
        assert f"&#34;{value}&#34;" in thai or f'"{value}"' in thai, value
        assert f"&#34;{value}&#34;" in english or f'"{value}"' in english, value
    assert "ไม่บอกอะไรเลย" in thai and "ค่ะ" in thai
    assert "nothing is said" in english


def answered(services, count: int, hours: int) -> None:
    """`count` forwarded tickets whose agency answered `hours` after the letter went."""
    with services.uow() as uow:
        for _ in range(count):
            ticket = new_ticket(uow, kind="bribery", status="resolved")
            uow.session.add(
                Referral(
                    ticket_id=ticket.id,
                    agency_code="pacc",
                    agency_name="ป.ป.ท.",
                    letter_number=f"บร {ticket.id}/2569",
                    letter_date=NOW.date(),
                    created_by="test",
                    forwarded_at=NOW,
                    answered_at=NOW + timedelta(hours=hours),
                )
            )
        uow.commit()


def test_the_median_time_to_the_agencys_answer_comes_from_the_referrals(client, services):
    answered(services, 4, hours=30)
    answered(services, 3, hours=100)

    data = published(client)

    assert data["medians_hours"]["agency_answer"] == {
        "hours": 30.0,
        "tickets": {"count": 5, "up_to": 9},
    }
    assert "ประมาณ 30 ชั่วโมง" in client.get("/transparency").get_data(as_text=True)


@ONE_DATABASE
def test_when_fewer_than_five_complaints_exist_nothing_is_counted_exactly(client, services):
    add_many(services, 3, district="นางรอง", status="in_review")

    data = published(client)

    assert data["received"] == {"count": None, "withheld": "small"}
    assert all(count is None for _, count, _ in counts(data))


def test_the_figures_never_read_identity_and_are_served_from_a_cache(client, services):
    add_many(services, 6, district="นางรอง", status="forwarded", name="สมหญิง รักดี")
    statements = []

    def record(_conn, _cursor, statement, _params, _context, _many):
        statements.append(statement)

    event.listen(services.engine, "before_cursor_execute", record)
    try:
        first = client.get("/transparency")
        queried = list(statements)
        again = client.get("/transparency/data.json")
        assert client.get("/transparency/data.csv").status_code == 200
    finally:
        event.remove(services.engine, "before_cursor_execute", record)

    assert first.status_code == 200 and again.status_code == 200
    assert any("FROM tickets" in s for s in queried)
    assert [s for s in queried if IDENTITY.search(s)] == []
    assert len(statements) == len(queried), "the second and third requests hit the database"
    assert "สมหญิง" not in first.get_data(as_text=True)


def test_a_release_stays_as_it_was_until_the_next_period(client, services, clock):
    """Someone who watches the page while a complaint is filed learns nothing from it: the
    counts change only with the next release (monthly by default)."""
    add_many(services, 14, kind="bribery")
    first = published(client)
    assert first["received"] == {"count": 10, "up_to": 14}

    add_many(services, 1, kind="bribery")
    client.application.extensions["sujarit.transparency_cache"].clear()
    assert published(client) == first

    clock.advance(days=31)
    client.application.extensions["sujarit.transparency_cache"].clear()
    later = published(client)
    assert later["received"] == {"count": 15, "up_to": 19}


def fresh(client) -> dict:
    client.application.extensions["sujarit.transparency_cache"].clear()
    return published(client)


def write_sql(services, statement: str, **params) -> None:
    """SQL as a database writer would run it (no key)."""
    with services.uow() as uow:
        uow.session.execute(text(statement), params)
        uow.commit()


def verify(client):
    return client.application.test_cli_runner().invoke(args=["tickets", "verify"])


def test_the_record_beside_the_release_publishes_no_count(client, services):
    """Anchors go out by day and digest and the check as intact or not: two days' ticket
    counts told how many complaints came in between, however few."""
    add_many(services, 7, kind="bribery")
    assert verify(client).exit_code == 0
    assert (
        client.application.test_cli_runner()
        .invoke(args=["tickets", "anchor", "--out", "/dev/null"])
        .exit_code
        == 0
    )

    data = fresh(client)

    assert [set(a) for a in data["anchors"]] == [{"day", "digest"}]
    assert set(data["record"]) == {"at", "intact", "store_digest"} and data["record"]["intact"]
    page = client.get("/transparency").get_data(as_text=True)
    assert data["anchors"][0]["digest"] in page and "(7)" not in page


def test_figures_changed_in_the_database_are_withheld_and_reported(client, services):
    add_many(services, 6, kind="bribery")
    honest = fresh(client)
    assert honest["received"] == {"count": 5, "up_to": 9} and honest["checking"] is False

    write_sql(
        services,
        "UPDATE transparency_releases SET figures = replace(figures, :old, :new)",
        old='"count":5',
        new='"count":50',
    )
    shown = fresh(client)

    assert shown["checking"] is True
    assert shown["received"] == {"count": None, "withheld": "checking"}
    page = client.get("/transparency").get_data(as_text=True)
    assert 'id="release-checking"' in page
    checked = verify(client)
    assert checked.exit_code == 1
    assert "its figures changed outside the application" in checked.output


def test_a_release_deleted_mid_period_is_not_made_again_and_is_reported(client, services):
    add_many(services, 6, kind="bribery")
    first = fresh(client)
    add_many(services, 1, kind="bribery")  # the complaint a reader wants to see

    write_sql(services, "DELETE FROM transparency_releases")
    again = fresh(client)

    assert again["received"] == {"count": None, "withheld": "checking"}
    assert again["received"] != first["received"]
    checked = verify(client)
    assert checked.exit_code == 1 and "deleted or replaced" in checked.output


def test_a_release_removed_between_two_others_breaks_their_chain(client, services, clock):
    add_many(services, 6, kind="bribery")
    fresh(client)
    clock.advance(days=31)
    fresh(client)
    clock.advance(days=31)
    fresh(client)
    assert verify(client).exit_code == 0

    write_sql(
        services,
        "DELETE FROM transparency_releases WHERE period_start = "
        "(SELECT min(period_start) FROM transparency_releases WHERE period_start > "
        "(SELECT min(period_start) FROM transparency_releases))",
    )

    checked = verify(client)
    assert checked.exit_code == 1 and "a release before it is missing" in checked.output


def test_the_current_release_missing_after_its_first_day_is_reported(client, services, clock):
    """No note to go by (another host's folder): the period before has a release, this one has
    none after its first day, so it was deleted or the daily job did not run."""
    add_many(services, 6, kind="bribery")
    fresh(client)
    clock.advance(days=31)
    fresh(client)
    write_sql(services, "DELETE FROM transparency_releases WHERE period_start > :day", day=NOW)
    for note in Path(services.config.record_anchor_dir).glob("release-*.json"):
        note.unlink()

    checked = verify(client)

    assert checked.exit_code == 1 and "missing though its period began" in checked.output


def test_a_host_without_the_shared_notes_does_not_count_a_release_again(
    client, services, clock, tmp_path
):
    """A release deleted mid-period, and the page asked on a host whose RECORD_ANCHOR_DIR is
    not the shared one (it holds no note of the releases before): it withholds the figures
    rather than count them again, and `tickets verify` there says the notes are missing."""
    add_many(services, 6, kind="bribery")
    fresh(client)
    clock.advance(days=31)
    fresh(client)
    add_many(services, 1, kind="bribery")  # the complaint a reader wants to see
    write_sql(services, "DELETE FROM transparency_releases WHERE period_start > :day", day=NOW)
    shutil.move(services.config.record_anchor_dir, tmp_path / "scheduler-host")

    again = fresh(client)

    assert again["received"] == {"count": None, "withheld": "checking"}
    checked = verify(client)
    assert checked.exit_code == 1 and "stored but not noted in RECORD_ANCHOR_DIR" in checked.output


@ONE_DATABASE
def test_a_district_fewer_than_k_is_not_k_or_more_next_release_after_fewer_than_k_new(
    client, services, clock
):
    """Issue 17: "fewer than 5" in one release and "5 or more" in the next, with under 5 new
    complaints that month, told that the district had at least one before. The new release
    is read with the stored one (`bands.apart`) and says nothing of that district now."""
    add_many(services, 2, district="นางรอง")
    add_many(services, 23, district="ลำปลายมาศ")
    first = published(client)
    clock.advance(days=40)
    add_many(services, 4, district="นางรอง", submitted_at=clock.now)
    client.application.extensions["sujarit.transparency_cache"].clear()

    second = published(client)

    assert district(first, "นางรอง")["received"] == {"count": None, "withheld": "small"}
    told = district(second, "นางรอง")["received"]
    assert told["count"] is None and told["withheld"] not in ("withheld", "small"), told
