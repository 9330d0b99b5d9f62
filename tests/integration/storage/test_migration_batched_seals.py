"""Migrations 0013 (chaining the tickets written before chains) and 0019 (sealing them with
RECORD_SEAL_KEY) write each batch in one statement now: they leave exactly the rows they left
when they wrote one row at a time (the values below were read from a database those wrote)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from storage.crypto import Vault
from storage.db import make_engine
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

TICKET = (
    "INSERT INTO tickets (id, reference, status, kind, agency, official, description,"
    " anonymous, owner_hash, owner_line_id_enc, tracking_code_hash, confirmed_true,"
    " completeness, language, submitted_at, updated_at, reopened_count)"
    " VALUES (:id, :ref, 'in_review', 'bribery', 'อบต.หนองกี่', 'ปลัด', :story, :yes,"
    " :owner, 'x', :code, :yes, 80, 'th', :at, :at, 0)"
)
ENTRY = (
    "INSERT INTO ticket_events (id, ticket_id, at, kind, actor, from_status, to_status, internal)"
    " VALUES (:id, :t, :at, 'status', 'complainant', :old, :new, :no)"
)
# What the migrations wrote one row at a time: (reference, chain_head, chain_seal) after 0013,
# the seals after 0019, and the entries' hashes after 0013.
AFTER_0013 = [
    (
        "BRM-2568-000001",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "10795aab5f13f5ecf73d6d0a543204a7059010913c97484ee5cd340eebade598",
    ),
    (
        "BRM-2568-000002",
        "3c5e310a86fef7509a9090dabddb27bfef7e2dc8e38a680b958303e11a123ce7",
        "fb9b1b32e71b9a7ac1dd054e6cb76dcc1ff554e1354e9afa3d1796cb74a0f0bc",
    ),
    (
        "BRM-2568-000003",
        "afcaad9b024434c49b6a8f9396e01a8952a86cb80082acff8bff5ed6436e66ac",
        "9ea328536507ecd37761c8ec06524db35fd04b6b4cf2a943dc8ca2ce97f3d54c",
    ),
]
ENTRIES_0013 = [
    (
        1,
        "0000000000000000000000000000000000000000000000000000000000000000",
        "c56d51c5a0a484ca40115f2241e22f8b896d631d9488190753f46419a4fbee24",
        "3c5e310a86fef7509a9090dabddb27bfef7e2dc8e38a680b958303e11a123ce7",
    ),
    (
        2,
        "0000000000000000000000000000000000000000000000000000000000000000",
        "ac9a84400943e05baf5fd2e0d8b621d5e86b1b0c178ef48908da427e75b63a7c",
        "4578ccdb378e1cd02ff4abc392aa2bd46c594e5a8982d4a0e421dd3c39ecc6ef",
    ),
    (
        3,
        "4578ccdb378e1cd02ff4abc392aa2bd46c594e5a8982d4a0e421dd3c39ecc6ef",
        "ac9a84400943e05baf5fd2e0d8b621d5e86b1b0c178ef48908da427e75b63a7c",
        "afcaad9b024434c49b6a8f9396e01a8952a86cb80082acff8bff5ed6436e66ac",
    ),
]
SEALS_0019 = [
    ("BRM-2568-000001", "e1709389b38054e8b0c8b1380830b041db21cba878b5e9aad74fcd5eba2d5d7b"),
    ("BRM-2568-000002", "997831a0fdba5d0b76375cd46ab6075a3be1f6aeecd8a59d55e22f72df5fd799"),
    ("BRM-2568-000003", "8780f19f0b3699775d909a7ae94082295d8e077e45896f46a1bf80ae7cb101e4"),
]


def _tickets_before_chains(url: str) -> None:
    """Three tickets at revision 0010: none, one and two timeline entries."""
    upgrade(url, "0010")
    engine = make_engine(url)
    entry = 0
    with engine.begin() as conn:
        for n in range(1, 4):
            at = datetime(2025, 1, n, 3, 4, 5, 123456, tzinfo=UTC)
            conn.execute(
                text(TICKET),
                {
                    "id": n,
                    "ref": f"BRM-2568-{n:06d}",
                    "story": f"เรียกเงิน {n} ครั้ง",
                    "yes": True,
                    "owner": f"o{n}",
                    "code": f"t{n}",
                    "at": at,
                },
            )
            steps = [(None, "submitted"), ("submitted", "in_review")][: n - 1]
            for old, new in steps:
                entry += 1
                row = {"id": entry, "t": n, "at": at, "old": old, "new": new, "no": False}
                conn.execute(text(ENTRY), row)
    engine.dispose()


def _read(url: str, sql: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_0013_and_0019_write_the_rows_they_wrote_one_at_a_time(empty_database):
    _tickets_before_chains(empty_database)

    upgrade(empty_database, "0013")
    chained = _read(
        empty_database, "SELECT reference, chain_head, chain_seal FROM tickets ORDER BY id"
    )
    entries = _read(
        empty_database,
        "SELECT id, prev_hash, ticket_digest, entry_hash FROM ticket_events ORDER BY id",
    )
    upgrade(empty_database, "0019", Vault("test-secret-key", *TEST_KEYS.values()))
    sealed = _read(empty_database, "SELECT reference, chain_seal FROM tickets ORDER BY id")

    assert chained == AFTER_0013
    assert entries == ENTRIES_0013
    assert sealed == SEALS_0019
