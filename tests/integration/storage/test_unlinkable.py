"""Someone holding the database but not the keys cannot tie an anonymous ticket to anything.

The test reads every column of every table with plain SQL (no vault), and joins rows
on declared foreign keys and on every identifying value they share (hashes, tokens,
references, message ids, coordinates, exact times, and any longer text, also when
one is inside another, as in JSON), on times close to each other (within a few minutes,
a time cut to the hour just before an exact one, or the same day for a time cut to the
day), and on the shape of a draft (the steps it went through, in plain JSON) fitting the
fields a ticket has. What it can reach from the anonymous ticket must not include a LINE
user, a member, a draft or any other ticket. The complaints are filed hours apart, as people do.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import create_engine, inspect, text

from storage.db import make_engine
from tests.clock import Clock
from tests.factories import NOW, Chat, file_complaint, location_event, media_event, texts

REFERENCE = re.compile(r"[A-Z]+-\d{4}-\d{5}")
CODE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b")
WINDOW = timedelta(minutes=5)
HOUR = timedelta(hours=1)
# A draft's steps and the ticket field each one fills: the shape a matcher compares.
SHAPE = {"name": "complainant_name_enc", "pin": "latitude", "reported_to": "reported_to"}
IDENTIFYING = re.compile(r"^(?:[0-9a-f]{32,}|\d{10,}|U[0-9a-f]{32}|[A-Z]+-\d{4}-\d{5})$")


def _plain_engine(url: str):
    """An engine that knows nothing of the vault: what a thief with a copy would have."""
    if url.startswith("sqlite"):
        return create_engine(url)
    return make_engine(url)


def _cells(value) -> str | None:
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _identifying(cell: str, is_time: bool) -> bool:
    if is_time:
        return True
    if len(set(cell)) == 1:
        return False  # a constant such as the hash chains' genesis "000…0" ties nothing
    return len(cell) >= 20 or bool(IDENTIFYING.match(cell))


def read_everything(url: str) -> dict[tuple[str, object], dict]:
    """Every row of every table, as text, keyed by (table, primary key)."""
    engine = _plain_engine(url)
    rows: dict[tuple[str, object], dict] = {}
    inspector = inspect(engine)
    with engine.connect() as conn:
        for table in inspector.get_table_names():
            if table == "alembic_version":
                continue
            pk = inspector.get_pk_constraint(table)["constrained_columns"]
            times = {c["name"] for c in inspector.get_columns(table) if "TIME" in str(c["type"])}
            fks = inspector.get_foreign_keys(table)
            for raw in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                key = (table, tuple(raw[c] for c in pk))
                rows[key] = {
                    "table": table,
                    "cells": {c: _cells(v) for c, v in raw.items()},
                    "times": times,
                    "points_to": {
                        (fk["referred_table"], (raw[fk["constrained_columns"][0]],))
                        for fk in fks
                        if raw[fk["constrained_columns"][0]] is not None
                    },
                }
    engine.dispose()
    return rows


@pytest.fixture
def clock():
    """Time the test moves: complaints filed hours apart."""
    return Clock(NOW)


def _times(row: dict) -> list[datetime]:
    return [datetime.fromisoformat(row["cells"][c]) for c in row["times"] if row["cells"].get(c)]


def _exact(moment: datetime) -> bool:
    return (moment.minute, moment.second, moment.microsecond) != (0, 0, 0)


def _hour_before(cut: datetime, exact: datetime) -> bool:
    """A time cut to the hour, and an exact time within the two hours after it (a consent
    given as a complaint starts, and the ticket sent a few minutes later)."""
    return not _exact(cut) and _exact(exact) and timedelta(0) <= exact - cut < 2 * HOUR


def _close_in_time(a: dict, b: dict) -> bool:
    """Two rows written at about the same moment, a time cut to the hour just before an
    exact one, or a draft's time cut to the day of the ticket's."""
    for mine in _times(a):
        for theirs in _times(b):
            if _exact(mine) and _exact(theirs) and abs(mine - theirs) <= WINDOW:
                return True
            if _hour_before(mine, theirs) or _hour_before(theirs, mine):
                return True
            if a["table"] == "drafts" and b["table"] == "tickets":
                if mine.time() == datetime.min.time() and mine.date() == theirs.date():
                    return True
    return False


def _same_shape(draft: dict, ticket: dict) -> bool:
    """A draft's visited steps (plain JSON) fit exactly the fields the ticket has."""
    try:
        steps = set(json.loads(draft["cells"].get("history") or "[]"))
    except ValueError:
        return False
    if not steps:
        return False
    return all((step in steps) == bool(ticket["cells"].get(f)) for step, f in SHAPE.items())


def _matched(a: dict, b: dict) -> bool:
    """What a constraint matcher pairs: near in time, and a draft's shape fitting a ticket."""
    if not _close_in_time(a, b):
        return False
    if a["table"] == "drafts" and b["table"] == "tickets":
        return _same_shape(a, b)
    if b["table"] == "drafts" and a["table"] == "tickets":
        return _same_shape(b, a)
    return True


def _linked(a: dict, b: dict) -> bool:
    if _matched(a, b):
        return True
    b_text = [cell for cell in b["cells"].values() if cell]
    for column, cell in a["cells"].items():
        if not cell or not _identifying(cell, column in a["times"]):
            continue
        for other in b_text:
            if cell == other or (len(cell) >= 12 and cell in other):
                return True
    return False


def reachable(rows: dict, start: tuple[str, object]) -> dict:
    """Every row a keyless reader can reach from `start`, joining on anything shared, with
    the row it was reached from (to show the path when a test fails)."""
    seen, todo = {start: None}, [start]
    while todo:
        here = todo.pop(0)
        row = rows[here]
        for key, other in rows.items():
            if key in seen:
                continue
            by_fk = (key[0], key[1][:1]) in row["points_to"] or (
                here[0],
                here[1][:1],
            ) in other["points_to"]
            if by_fk or _linked(row, other) or _linked(other, row):
                seen[key] = here
                todo.append(key)
    return seen


def path(reached: dict, tables: set[str]) -> list:
    """How the first row of one of `tables` was reached, from the start."""
    goal = next((k for k in reached if k[0] in tables), None)
    steps = []
    while goal is not None:
        steps.append(goal)
        goal = reached[goal]
    return steps[::-1]


def _ticket_key(rows: dict, reference: str) -> tuple[str, object]:
    return next(
        k for k, r in rows.items() if k[0] == "tickets" and r["cells"]["reference"] == reference
    )


def test_nothing_readable_without_keys_links_an_anonymous_ticket(
    app, client, gateway, services, database_url, clock
):
    secret = "test-channel-secret"
    villager = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    # A named complaint first, from home (the pin), with a witness…
    file_complaint(villager, anonymous=False)
    named = villager.tap("a=summary:confirm")
    named_ref = REFERENCE.search(texts(named)).group(0)
    villager.tap("discreet=on")
    clock.advance(hours=30, minutes=17)
    # …then an anonymous one from the same account, with a photo and a pin at home.
    villager.tap("menu=complain")
    villager.tap("a=consent:yes")
    villager.tap("a=kind:bribery")
    villager.say("สำนักงานที่ดินอำเภอประโคนชัย")
    villager.say("เจ้าพนักงานที่ดิน")
    villager.send(location_event, "ตำบลประโคนชัย อำเภอประโคนชัย บุรีรัมย์", 14.6089, 103.0801)
    villager.tap("a=pin:elsewhere")
    villager.tap("a=*:unknown")
    villager.tap("a=*:unknown")
    villager.say("เจ้าพนักงานเรียกเงินใต้โต๊ะสามพันบาทเพื่อเร่งออกโฉนดที่ดินให้ชาวบ้านหลายราย")
    villager.send(media_event, "image")
    villager.tap("a=evidence:done")
    villager.say("นางบุญมี ศรีสุข ขายของหน้าสำนักงาน")
    villager.tap("a=reported:no")
    villager.tap("a=identity:anonymous")
    done = villager.tap("a=summary:confirm")
    anon_ref = REFERENCE.search(texts(done)).group(0)
    code = CODE.search(texts(done)).group(0)
    clock.advance(hours=5, minutes=41)
    villager.tap("discreet=off")
    villager.tap("menu=track")
    # A third complaint left unfinished, and a friend's phone proving the tracking code.
    villager.tap("menu=complain")
    villager.tap("a=consent:yes")
    clock.advance(hours=26, minutes=9)
    friend = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    friend.follow()
    friend.tap("menu=lookup")
    friend.say(anon_ref)
    assert anon_ref in texts(friend.say(code))
    services.fetcher.fetch_due()  # the evidence job (the fake LINE has no content: gone)
    clock.advance(hours=7, minutes=23)
    other = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    file_complaint(other, anonymous=True)
    other.tap("a=summary:confirm")

    rows = read_everything(database_url)
    anonymous = _ticket_key(rows, anon_ref)
    reached = reachable(rows, anonymous)

    tables = {key[0] for key in reached}
    people = {"line_users", "members", "drafts", "forum_rsvps"}
    assert not tables & people, path(reached, people)
    assert [k for k in reached if k[0] == "tickets"] == [anonymous], path(
        {k: v for k, v in reached.items() if k != anonymous or v}, {"tickets"}
    )
    assert _ticket_key(rows, named_ref) not in reached
    # The reading is able to link: the open draft leads to its LINE user (a plain FK).
    (draft,) = [k for k, r in rows.items() if k[0] == "drafts" and r["cells"]["status"] == "open"]
    assert any(k[0] == "line_users" for k in reachable(rows, draft))
    # A sent draft keeps nothing plain of its own: no person, no steps, no time of its own.
    sent = [r["cells"] for k, r in rows.items() if k[0] == "drafts" and k != draft]
    assert len(sent) == 3
    shown = {
        (
            c["user_id"],
            c["history"],
            c["step"],
            *map(datetime.fromisoformat, (c["created_at"], c["closed_at"])),
        )
        for c in sent
    }
    assert shown == {(None, "[]", "purged", datetime(2000, 1, 1), datetime(2000, 1, 1))}
    # And nothing of the witness or the pin is readable.
    everything = "\n".join(c for r in rows.values() for c in r["cells"].values() if c)
    assert "บุญมี" not in everything and "สมชาย" not in everything
    assert rows[anonymous]["cells"]["latitude"] is not None  # kept, shown only when allowed


FERNET_TOKEN = re.compile(r"gAAAAA[A-Za-z0-9_\-]{60,}={0,2}")


def _token_second(token: str) -> int:
    """The second a Fernet token says it was made: bytes 1-8, in the clear."""
    return int.from_bytes(base64.urlsafe_b64decode(token)[1:9], "big")


def test_no_token_tells_when_it_was_made_nor_how_many_tickets_it_lists(
    client, gateway, services, database_url
):
    secret = "test-channel-secret"
    once, thrice = (Chat(client, gateway, "U" + uuid.uuid4().hex, secret) for _ in range(2))
    for chat in (once, thrice, thrice, thrice):
        file_complaint(chat, anonymous=chat is thrice)
        chat.tap("a=summary:confirm")

    rows = read_everything(database_url)
    tokens = [
        (key[0], column, token)
        for key, row in rows.items()
        for column, cell in row["cells"].items()
        for token in FERNET_TOKEN.findall(cell or "")
    ]
    assert {table for table, _, _ in tokens} >= {"line_users", "tickets", "consent_records"}
    timed = [(table, column) for table, column, token in tokens if _token_second(token)]
    assert not timed, f"tokens carrying their time: {sorted(set(timed))}"
    lists = {len(row["cells"]["ticket_ids"]) for key, row in rows.items() if key[0] == "line_users"}
    assert len(lists) == 1, f"ticket lists of {sorted(lists)} characters"
