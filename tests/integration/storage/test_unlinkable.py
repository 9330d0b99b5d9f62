"""Someone holding the database but not the keys cannot tie an anonymous ticket to anything.

The test reads every column of every table with plain SQL (no vault), and joins rows
on declared foreign keys and on every identifying value they share (hashes, tokens,
references, message ids, coordinates, exact times, and any longer text, also when
one is inside another, as in JSON). What it can reach from the anonymous ticket must
not include a LINE user, a member, a draft or any other ticket.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from sqlalchemy import create_engine, inspect, text

from storage.db import make_engine
from tests.factories import Chat, file_complaint, location_event, media_event, texts

REFERENCE = re.compile(r"[A-Z]+-\d{4}-\d{5}")
CODE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b")
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


def _linked(a: dict, b: dict) -> bool:
    b_text = [cell for cell in b["cells"].values() if cell]
    for column, cell in a["cells"].items():
        if not cell or not _identifying(cell, column in a["times"]):
            continue
        for other in b_text:
            if cell == other or (len(cell) >= 12 and cell in other):
                return True
    return False


def reachable(rows: dict, start: tuple[str, object]) -> set:
    """Every row a keyless reader can reach from `start`, joining on anything shared."""
    seen, todo = {start}, [start]
    while todo:
        here = todo.pop()
        row = rows[here]
        for key, other in rows.items():
            if key in seen:
                continue
            by_fk = (key[0], key[1][:1]) in row["points_to"] or (
                here[0],
                here[1][:1],
            ) in other["points_to"]
            if by_fk or _linked(row, other) or _linked(other, row):
                seen.add(key)
                todo.append(key)
    return seen


def _ticket_key(rows: dict, reference: str) -> tuple[str, object]:
    return next(
        k for k, r in rows.items() if k[0] == "tickets" and r["cells"]["reference"] == reference
    )


def test_nothing_readable_without_keys_links_an_anonymous_ticket(
    app, client, gateway, services, database_url
):
    secret = "test-channel-secret"
    villager = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    # A named complaint first, from home (the pin), with a witness…
    file_complaint(villager, anonymous=False)
    named = villager.tap("a=summary:confirm")
    named_ref = REFERENCE.search(texts(named)).group(0)
    villager.tap("discreet=on")
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
    villager.tap("discreet=off")
    villager.tap("menu=track")
    # A third complaint left unfinished, and a friend's phone proving the tracking code.
    villager.tap("menu=complain")
    villager.tap("a=consent:yes")
    friend = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    friend.follow()
    friend.tap("menu=lookup")
    friend.say(anon_ref)
    assert anon_ref in texts(friend.say(code))
    services.fetcher.fetch_due()  # the evidence job (the fake LINE has no content: gone)
    other = Chat(client, gateway, "U" + uuid.uuid4().hex, secret)
    file_complaint(other, anonymous=True)
    other.tap("a=summary:confirm")

    rows = read_everything(database_url)
    anonymous = _ticket_key(rows, anon_ref)
    reached = reachable(rows, anonymous)

    tables = {key[0] for key in reached}
    assert not tables & {"line_users", "members", "drafts", "forum_rsvps"}, sorted(reached)
    assert [k for k in reached if k[0] == "tickets"] == [anonymous]
    assert _ticket_key(rows, named_ref) not in reached
    # The reading is able to link: the open draft leads to its LINE user (a plain FK).
    draft = max(k for k in rows if k[0] == "drafts")
    assert any(k[0] == "line_users" for k in reachable(rows, draft))
    # And nothing of the witness or the pin is readable.
    everything = "\n".join(c for r in rows.values() for c in r["cells"].values() if c)
    assert "บุญมี" not in everything and "สมชาย" not in everything
    assert rows[anonymous]["cells"]["latitude"] is not None  # kept, shown only when allowed
