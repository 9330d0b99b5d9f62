"""Red team, round 10: this morning's related-complaints changes (issues #21, #17) attacked.

(1) A reporter whose own tickets make a case is told "your reports were put together"
(`case.merged`), others "others reported the same matter": nothing a member, another reporter,
a database reader or the public sees may tell that tickets share an owner. (2) A case number
of six digits 2-9 ("347-892"), searchable in the ticket list; a member kept from any ticket
of the case gets nothing, the old 16-digit handle still resolves, a merged case's number leads
on. (3) The related-search lock is now the official's role in the district.

Attackers: a tied member on the dashboard (search, enumeration, timing by work done), a
database reader (outbox rows and their sizes), a flood of reports naming one role. A test that
passes is an attack the product holds; an xfail (strict) is one that gets through, asserting
what should hold."""

from __future__ import annotations

import re
import threading
import zlib
from html import escape
from urllib.parse import quote, quote_plus

import pytest
from sqlalchemy import event, select, text

from handlers import notices
from handlers.directory import agencies
from handlers.patterns import case_numbers, cases, related
from storage import outbox, public_handles
from storage import patterns as pattern_store
from storage.insider_models import Agency
from storage.models import AuditEntry, HeldNotice, LineUser, OutboxMessage, Ticket
from storage.pattern_models import Case, TicketLink
from storage.users import user_by_line_id
from tests.dashboard_login import sign_in
from tests.factories import line_id, new_member, new_ticket

HIDDEN_DISTRICT = "นางรอง"  # the tied member's district: its tickets are kept from them


# -- helpers -----------------------------------------------------------------------------------
def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


def _case(services, owners: list[str], **fields) -> tuple[int, list[str]]:
    """Tickets of `owners` joined one by one into a case by a chair; the case id and refs."""
    with services.uow() as uow:
        chair, _ = new_member(uow, f"ประธาน {line_id()[-4:]}", "chair")
        made = [new_ticket(uow, owner, **fields) for owner in owners]
        uow.commit()
        case_id = None
        for ticket in made[1:]:
            case_id = cases.join(uow, chair, made[0], ticket)
            uow.commit()
        return case_id, [t.reference for t in made]


def _join(services, first: str, second: str) -> int:
    """A chair joins the cases (or tickets) of two references."""
    with services.uow() as uow:
        chair, _ = new_member(uow, f"ประธาน {line_id()[-4:]}", "chair")
        a = uow.session.scalar(select(Ticket).where(Ticket.reference == first))
        b = uow.session.scalar(select(Ticket).where(Ticket.reference == second))
        case_id = cases.join(uow, chair, a, b)
        uow.commit()
        return case_id


@pytest.fixture
def sealed(monkeypatch):
    """The sealed payloads as queued, as a database reader copies them while they wait in
    the outbox (LINE down, a retry later): each one's length, by the order queued."""
    seen: list[int] = []
    real = outbox.seal

    def recording(uow, payload, *bound_to):
        made = real(uow, payload, *bound_to)
        seen.append(len(made[0]["sealed"]))
        return made

    monkeypatch.setattr(outbox, "seal", recording)
    return seen


def _purposes(services) -> list[str]:
    """The purposes of the outbox rows (kept after sending, as the delivery page counts)."""
    with services.uow() as uow:
        return sorted(uow.session.scalars(select(OutboxMessage.purpose)).all())


def _clear(services, sealed: list[int]) -> None:
    sealed.clear()
    with services.engine.begin() as conn:
        conn.execute(OutboxMessage.__table__.delete())


def _number(services, case_id: int) -> str:
    with services.uow() as uow:
        return case_numbers.of(uow, case_id)


def _tied_reviewer(services) -> int:
    with services.uow() as uow:
        reviewer, _ = new_member(
            uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", HIDDEN_DISTRICT)]
        )
        uow.commit()
        return reviewer.id


def _unused_number(services) -> str:
    with services.uow() as uow:
        while True:
            number = case_numbers.draw()
            if uow.session.scalar(select(Case.id).where(Case.number == number)) is None:
                return case_numbers.shown(number)


def _listed(client, query: str) -> str:
    """The ticket list as a member sees it for a search, with the search words taken out."""
    page = client.get("/committee/tickets", query_string={"q": query}).get_data(as_text=True)
    for spelled in {quote_plus(query), quote(query), escape(query), query}:
        page = page.replace(spelled, "QUERY")
    return _TOKEN.sub("", page)


def _statements(services, client, query: str) -> int:
    """How many SQL statements the search makes: the work a response's timing reflects."""
    seen = []

    def count(*_args, **_kwargs):
        seen.append(1)

    event.listen(services.engine, "before_cursor_execute", count)
    try:
        client.get("/committee/tickets", query_string={"q": query})
    finally:
        event.remove(services.engine, "before_cursor_execute", count)
    return len(seen)


_TOKEN = re.compile(r'name="csrf_token" value="[^"]*"')
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


# -- (1) shared ownership ----------------------------------------------------------------------
def test_small_case_of_one_owner_leaves_the_trace_of_strangers(services, sealed):
    """Two tickets of one villager joined vs two strangers' joined: the outbox rows (purpose,
    sealed size), the timelines' entries and the audit entries a member or a database reader
    can read are alike."""
    _review_every_record(services)
    owner = line_id()
    _case(services, [owner, owner])
    own = (_purposes(services), sorted(sealed))
    _clear(services, sealed)
    _case(services, [line_id(), line_id()])
    strangers = (_purposes(services), sorted(sealed))
    assert own[0] == ["case_joined"] * 2
    assert own == strangers
    with services.uow() as uow:
        audit = [e.action for e in uow.session.scalars(select(AuditEntry)).all()]
        assert audit.count("case_merged") == 0


def test_large_case_of_one_owner_leaves_the_trace_of_strangers(services, sealed):
    """A villager files five reports of one matter and a chair joins them; five strangers
    file five and a chair joins them. A database reader compares the sealed sizes of the
    `case_joined` rows: alike, though the strangers' fifth is `case.joined.count` with its
    count and the villager's `case.merged` without (the seal pads them to one size)."""
    size = 5  # TRANSPARENCY_MIN_COUNT's default
    owner = line_id()
    _case(services, [owner] * size)
    own = (_purposes(services), sorted(sealed))
    _clear(services, sealed)
    _case(services, [line_id() for _ in range(size)])
    strangers = (_purposes(services), sorted(sealed))
    assert own[0] == ["case_joined"] * size
    assert own == strangers


def test_reporters_own_and_strangers_notices_are_true_to_them(services):
    """A reporter with two tickets in a case holding a stranger's is told "others", and so is
    the stranger: neither learns who filed the rest, and no notice says "put together" of a
    case that is not all theirs."""
    owner, stranger = line_id(), line_id()
    _, refs = _case(services, [owner, owner])
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        third = new_ticket(uow, stranger)
        uow.commit()
        first = uow.session.scalar(select(Ticket).where(Ticket.reference == refs[0]))
        case_id = cases.join(uow, chair, first, third)
        said = cases.notice(uow, third, case_id)
        owners_said = cases.notice(uow, first, case_id)
        uow.commit()
    assert said.key == "case.joined"
    assert owners_said.key == "case.joined"


# -- (2) case numbers: enumeration, spellings, merged numbers ---------------------------------
@pytest.fixture
def hidden_case(services, client):
    """A case of a free ticket and a ticket kept from a tied reviewer (signed in)."""
    _review_every_record(services)
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        free = new_ticket(uow)
        kept = new_ticket(uow, district=HIDDEN_DISTRICT)
        uow.commit()
        case_id = cases.join(uow, chair, free, kept)
        uow.commit()
        refs = [free.reference, kept.reference]
        handle = public_handles.handle(uow.vault, "case", case_id)
    reviewer = _tied_reviewer(services)
    sign_in(client, services, reviewer)
    return _number(services, case_id), str(handle), refs


def _spellings(number: str) -> list[str]:
    digits = number.replace("-", "")
    return [
        number,
        digits,
        f"{digits[:3]} {digits[3:]}",
        number.translate(THAI),
        f"กรณีที่ {number}",
        f"case #{digits}",
    ]


def test_tied_member_searching_a_hidden_case_number_gets_what_no_case_gives(
    services, client, hidden_case
):
    """A reviewer tied to one ticket of a case types its number every way (dash, no dash,
    a space, Thai digits, "กรณีที่", the old 16-digit handle): the list is the list for a
    number no case has, no reference of the case on it."""
    number, handle, refs = hidden_case
    nothing = _listed(client, _unused_number(services))
    for typed in [*_spellings(number), handle]:
        page = _listed(client, typed)
        assert not any(ref in page for ref in refs), typed
        assert page == nothing, typed


def test_free_member_finds_the_case_every_way(services, client):
    """The same spellings work for a member free of the case (so the attack above is not
    passing for a search that never works)."""
    _review_every_record(services)
    case_id, refs = _case(services, [line_id(), line_id()])
    with services.uow() as uow:
        handle = str(public_handles.handle(uow.vault, "case", case_id))
    sign_in(client, services, _tied_reviewer(services))
    number = _number(services, case_id)
    for typed in [*_spellings(number), handle]:
        page = client.get("/committee/tickets", query_string={"q": typed}).get_data(as_text=True)
        assert all(ref in page for ref in refs), typed


@pytest.mark.parametrize("spelling", ["number", "thai digits", "old handle"])
def test_enumerating_numbers_by_the_work_a_search_does(services, client, hidden_case, spelling):
    """The response for a hidden case's number is the response for no case; the work done
    (SQL statements, what the response's timing reflects) should be too."""
    number, handle, _ = hidden_case
    unused = _unused_number(services)
    typed, untaken = {
        "number": (number, unused),
        "thai digits": (number.translate(THAI), unused.translate(THAI)),
        "old handle": (handle, str(int(handle) + 1 if handle[-1] != "9" else int(handle) - 1)),
    }[spelling]
    _statements(services, client, untaken)  # warm: the first request loads the session
    assert _statements(services, client, typed) == _statements(services, client, untaken)


def test_export_of_a_hidden_case_number_lists_nothing(services, client, hidden_case):
    """The CSV export of the list searched by a hidden case's number holds none of the
    case's references, as for a number no case has."""
    number, _, refs = hidden_case
    got = client.get("/committee/tickets/export.csv", query_string={"q": number})
    assert got.status_code == 200
    body = got.get_data(as_text=True)
    assert not any(ref in body for ref in refs)
    unused = client.get(
        "/committee/tickets/export.csv", query_string={"q": _unused_number(services)}
    )
    assert body.splitlines()[:1] == unused.get_data(as_text=True).splitlines()[:1]
    assert len(body.splitlines()) == len(unused.get_data(as_text=True).splitlines())


def test_merged_cases_old_number_gives_a_tied_member_nothing(services, client):
    """Case A (two free tickets) merges into case B holding a ticket kept from a tied
    reviewer: A's old number, typed by them, lists nothing (it would tell them A's tickets
    are now in a case they are kept from, and which); for a free member it leads on to B."""
    _review_every_record(services)
    old_case, old_refs = _case(services, [line_id(), line_id()])
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        kept = new_ticket(uow, district=HIDDEN_DISTRICT)
        other = new_ticket(uow)
        uow.commit()
        survivor = cases.join(uow, chair, other, kept)
        uow.commit()
        kept_ref, other_ref = kept.reference, other.reference
    assert _join(services, other_ref, old_refs[0]) == survivor
    old_number = _number(services, old_case)
    with services.uow() as uow:
        assert uow.session.get(Case, old_case).merged_into_id == survivor
    sign_in(client, services, _tied_reviewer(services))
    nothing = _listed(client, _unused_number(services))
    with services.uow() as uow:
        old_handle = str(public_handles.handle(uow.vault, "case", old_case))
    for typed in (old_number, old_handle):
        page = _listed(client, typed)
        assert not any(ref in page for ref in [*old_refs, kept_ref, other_ref]), typed
        assert page == nothing, typed


def test_merged_cases_old_number_leads_a_free_member_on(services, client):
    """For a member free of every ticket, the merged-away number lists the survivor's
    tickets (all of them), not the empty case it names."""
    _review_every_record(services)
    old_case, old_refs = _case(services, [line_id(), line_id()])
    _, new_refs = _case(services, [line_id(), line_id()])
    _join(services, new_refs[0], old_refs[0])
    sign_in(client, services, _tied_reviewer(services))
    page = client.get(
        "/committee/tickets", query_string={"q": _number(services, old_case)}
    ).get_data(as_text=True)
    assert all(ref in page for ref in [*old_refs, *new_refs])


def test_a_taken_number_is_drawn_again(services, monkeypatch):
    """The draw is made to give the first case's number again: the second case gets another
    (262,144 numbers, a unique constraint), and merging keeps the two apart."""
    first, _ = _case(services, [line_id(), line_id()])
    taken = _number(services, first).replace("-", "")
    draws = iter([taken, taken, "987654"])
    monkeypatch.setattr(case_numbers, "draw", lambda: next(draws))
    second, refs = _case(services, [line_id(), line_id()])
    assert _number(services, second) == "987-654"


def test_writer_gives_two_cases_one_number_is_refused(services):
    """A database writer sets one case's number to another's: the unique constraint refuses."""
    one, _ = _case(services, [line_id(), line_id()])
    two, _ = _case(services, [line_id(), line_id()])
    with services.uow() as uow:
        number = uow.session.get(Case, one).number
    with pytest.raises(Exception), services.engine.begin() as conn:  # noqa: B017, PT011
        conn.execute(
            Case.__table__.update().where(Case.__table__.c.id == two).values(number=number)
        )


def test_merge_cycle_written_in_sql_ends(services, client):
    """A writer points two cases' `merged_into_id` at each other: a search of either number
    still answers (no endless loop), as for a case."""
    one, refs_one = _case(services, [line_id(), line_id()])
    two, _ = _case(services, [line_id(), line_id()])
    table = Case.__table__
    with services.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == one).values(merged_into_id=two))
        conn.execute(table.update().where(table.c.id == two).values(merged_into_id=one))
    with services.uow() as uow:
        found = case_numbers.find(uow, case_numbers.of(uow, one))
        assert found is not None


# -- (3) the coarser lock ---------------------------------------------------------------------
def _signature_keys(services, reference: str) -> list[int]:
    with services.uow() as uow:
        ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
        mine = related.signatures.refresh(uow, ticket)
        uow.commit()
        return sorted({zlib.crc32(k.encode()) - 2**31 for k in pattern_store._neighbourhood(mine)})


def test_a_flood_naming_one_role_holds_nothing_of_other_districts_or_roles(services):
    """PostgreSQL: a flood report naming "ผู้ใหญ่บ้าน" in one district is mid-submission (its
    search done, not committed): a report naming the headman of another district, or the
    kamnan of the same district, with no agency or sub-district in common, takes its locks
    at once; a report naming "ผู้ใหญ่บ้านหมู่ 3" of the same district waits (by design)."""
    if services.engine.dialect.name != "postgresql":
        pytest.skip("the lock is PostgreSQL's")
    with services.uow() as uow:
        refs = {
            name: new_ticket(uow, agency=agency, official=official, district=district).reference
            for name, agency, official, district in [
                ("flood", "อบต.หนึ่ง", "ผู้ใหญ่บ้าน", "ลำปลายมาศ"),
                ("other_district", "อบต.สอง", "ผู้ใหญ่บ้าน", "สตึก"),
                ("other_role", "อบต.สาม", "กำนัน", "ลำปลายมาศ"),
                ("same_role", "อบต.สี่", "ผู้ใหญ่บ้านหมู่ 3", "ลำปลายมาศ"),
            ]
        }
        uow.commit()
    keys = {name: _signature_keys(services, ref) for name, ref in refs.items()}
    held = threading.Event()
    done = threading.Event()

    def flood():
        with services.uow() as uow:
            ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == refs["flood"]))
            related.find(uow, ticket)
            held.set()
            done.wait(30)
            uow.rollback()

    worker = threading.Thread(target=flood)
    worker.start()
    try:
        assert held.wait(30)
        free = {}
        with services.engine.connect() as conn:
            for name in ("other_district", "other_role", "same_role"):
                with conn.begin():
                    free[name] = all(
                        conn.execute(
                            text("SELECT pg_try_advisory_xact_lock(:s, :k)"),
                            {"s": pattern_store.LOCK_SPACE, "k": key},
                        ).scalar()
                        for key in keys[name]
                    )
    finally:
        done.set()
        worker.join(30)
    assert free == {"other_district": True, "other_role": True, "same_role": False}


# -- a hidden ticket's case through a timeline ------------------------------------------------
def _linked(uow, a: Ticket, b: Ticket):
    low, high = sorted((a.id, b.id))
    link = TicketLink(ticket_a_id=low, ticket_b_id=high, score=0.9, story=0.7, state="suggested")
    uow.session.add(link)
    uow.session.flush()
    return link


def _free_joins_hidden_case(services) -> tuple[int, str, tuple[str, str, str]]:
    """Free U and V (kept from a tied member) confirmed one matter (case N); later free T
    confirmed the same matter as U joins case N. The case id, its number, the references."""
    _review_every_record(services)
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        u, v, t = new_ticket(uow), new_ticket(uow, district=HIDDEN_DISTRICT), new_ticket(uow)
        uow.commit()
        case_id = related.confirm(uow, chair, u, _linked(uow, u, v).id)
        uow.commit()
        assert related.confirm(uow, chair, t, _linked(uow, t, u).id) == case_id
        uow.commit()
        number, refs = case_numbers.of(uow, case_id), (u.reference, v.reference, t.reference)
    return case_id, number, refs


def test_hidden_tickets_case_number_on_a_free_tickets_timeline(services, client):
    """A free ticket U and a ticket V kept from a tied reviewer are confirmed one matter
    (case N); later a free ticket T is confirmed the same matter as U and joins case N.
    On T's page the tied reviewer should see nothing of case N: no card, no number."""
    _, number, refs = _free_joins_hidden_case(services)
    sign_in(client, services, _tied_reviewer(services))
    page = client.get(f"/committee/tickets/{refs[2]}").get_data(as_text=True)
    assert refs[2] in page and refs[1] not in page  # the page opens; V is not on it
    assert number not in page


@pytest.mark.parametrize("tied", [True, False])
def test_hidden_tickets_case_on_the_audit_page(services, client, tied):
    """The same case seen on the audit page by an admin: T's confirmed link names the case
    (by its handle) for an admin free of every ticket, and not for one tied to V."""
    case_id, number, _ = _free_joins_hidden_case(services)
    with services.uow() as uow:
        ties = [("district", HIDDEN_DISTRICT)] if tied else []
        admin, _ = new_member(uow, "ผู้ดูแล", "admin", conflicts=ties)
        uow.commit()
        handle = str(public_handles.handle(uow.vault, "case", case_id))
        admin_id = admin.id
    sign_in(client, services, admin_id)
    page = client.get("/committee/audit").get_data(as_text=True)
    assert number not in page
    assert (handle in page) is not tied


# -- a database reader watching the people's rows at a join ----------------------------------
def _people(services) -> dict:
    """The `line_users` rows as a database reader copies them (sealed columns as stored)."""
    with services.engine.connect() as conn:
        table = LineUser.__table__
        return {row.id: dict(row._mapping) for row in conn.execute(select(table))}


def _changed_at_join(services, owners: list[str], discreet: bool) -> int:
    """How many people's rows change when a chair joins the owners' two tickets."""
    with services.uow() as uow:
        chair, _ = new_member(uow, f"ประธาน {line_id()[-4:]}", "chair")
        made = [new_ticket(uow, owner) for owner in owners]
        for owner in set(owners):
            user_by_line_id(uow, owner).discreet = discreet
        uow.commit()
    before = _people(services)
    with services.uow() as uow:
        a, b = (uow.session.get(Ticket, t.id) for t in made)
        cases.join(uow, uow.session.get(type(chair), chair.id), a, b)
        uow.commit()
    after = _people(services)
    return sum(1 for key, row in after.items() if before.get(key) != row)


@pytest.mark.parametrize("discreet", [False, True])
def test_join_changes_as_many_peoples_rows_for_one_owner_as_for_two(services, discreet):
    """A database reader copies `line_users` before and after a chair joins two tickets: the
    number of people's rows that change should not tell one reporter from two (a discreet
    reporter's held notices grow in their own row)."""
    owner = line_id()
    one = _changed_at_join(services, [owner, owner], discreet)
    two = _changed_at_join(services, [line_id(), line_id()], discreet)
    assert one == two


def test_outbox_rows_of_one_owners_case_name_no_common_recipient(services, monkeypatch):
    """The two `case_joined` rows of one villager's case as they wait in the outbox (copied
    by a database reader before they are sent): the sealed recipients and the keys differ
    (a fresh nonce each, a key per ticket), as two strangers' would."""
    waiting = []
    real = outbox.enqueue

    def copying(*args, **kwargs):
        row = real(*args, **kwargs)
        waiting.append((row.purpose, row.recipient_enc, row.dedupe_key))
        return row

    monkeypatch.setattr(outbox, "enqueue", copying)
    owner = line_id()
    _case(services, [owner, owner])
    rows = [row for row in waiting if row[0] == "case_joined"]
    assert len(rows) == 2
    assert rows[0][1] != rows[1][1]
    assert rows[0][2] != rows[1][2]


def test_two_chairs_drawing_one_number_at_once_make_no_two_cases_alike(services, monkeypatch):
    """PostgreSQL: two chairs each make a new case at the same moment and the draw gives
    both one number (as 1 in 262,144 would): the first's case is not yet committed when the
    second looks the number up. No two cases end with one number."""
    if services.engine.dialect.name != "postgresql":
        pytest.skip("two real transactions")
    monkeypatch.setattr(case_numbers, "draw", lambda: "555555")
    with services.uow() as uow:
        pairs = [(new_ticket(uow).id, new_ticket(uow).id) for _ in range(2)]
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    first_flushed, outcome = threading.Event(), {}

    def confirm(n: int, before_commit=None):
        try:
            with services.uow() as uow:
                a, b = (uow.session.get(Ticket, i) for i in pairs[n])
                cases.join(uow, uow.session.get(type(chair), chair_id), a, b)
                if before_commit:
                    before_commit()
                uow.commit()
            outcome[n] = "made"
        except Exception as error:  # noqa: BLE001 - what the chair's request would meet
            outcome[n] = type(error).__name__

    def hold():
        first_flushed.set()
        threading.Event().wait(0.5)  # the second's look-up happens meanwhile

    first = threading.Thread(target=confirm, args=(0, hold))
    first.start()
    assert first_flushed.wait(30)
    confirm(1)
    first.join(30)
    with services.engine.connect() as conn:
        numbers = conn.execute(select(Case.number)).scalars().all()
    assert len(numbers) == len(set(numbers))
    # The second confirm draws again when the number is refused; a draw that always gives
    # one number (this one) ends in "no free case number", never in a collision.
    assert outcome[0] == "made"


def _join_statements(services, owners: list[str]) -> int:
    """The SQL statements a chair's confirm makes joining the owners' two tickets (what the
    confirm's response time and the database's load reflect)."""
    with services.uow() as uow:
        chair, _ = new_member(uow, f"ประธาน {line_id()[-4:]}", "chair")
        made = [new_ticket(uow, owner) for owner in owners]
        uow.commit()
        seen = []

        def count(*_args, **_kwargs):
            seen.append(1)

        event.listen(services.engine, "before_cursor_execute", count)
        try:
            cases.join(uow, chair, made[0], made[1])
            uow.commit()
        finally:
            event.remove(services.engine, "before_cursor_execute", count)
        return len(seen)


def test_confirm_does_the_same_work_for_one_owner_as_for_two(services):
    """A reviewer times the confirm (or a database watcher counts its statements): joining
    one villager's two reports costs what joining two strangers' does."""
    _join_statements(services, [line_id(), line_id()])  # warm
    owner = line_id()
    assert _join_statements(services, [owner, owner]) == _join_statements(
        services, [line_id(), line_id()]
    )


def test_held_notices_of_one_owner_look_like_two_peoples_and_reach_them(services):
    """A database reader copies `held_notices` at a join of one discreet villager's two
    tickets: two rows, recipients unalike (as two people's); the villager who taps "อ่าน"
    still reads both notices, and nothing is left waiting after."""
    owner = line_id()
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        made = [new_ticket(uow, owner) for _ in range(2)]
        user_by_line_id(uow, owner).discreet = True
        uow.commit()
        cases.join(uow, chair, *made)
        uow.commit()
        refs = [t.reference for t in made]
    with services.engine.connect() as conn:
        rows = conn.execute(select(HeldNotice.__table__)).all()
    assert len(rows) == 2 and rows[0].recipient_enc != rows[1].recipient_enc
    with services.uow() as uow:
        user = user_by_line_id(uow, owner)
        said = notices.read_held(uow, user)
        again = notices.read_held(uow, user)
        uow.commit()
    shown = [(item.key, item.params.get("reference")) for item in said]
    assert sorted(shown) == sorted(("case.merged", ref) for ref in refs)
    assert [item.key for item in again] == ["discreet.nothing"]
    with services.engine.connect() as conn:
        assert conn.execute(select(HeldNotice.__table__)).all() == []
