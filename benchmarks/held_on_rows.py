"""Benchmark: migration 0044's move of notices held on `line_users.held` into rows of their
own (storage/held_notices.py `adopt_stored`).

Run: `python benchmarks/held_on_rows.py` (a script, not a test). Makes BENCH_USERS people
(default 100,000) in a temporary SQLite database (or BENCH_DATABASE_URL, an empty
PostgreSQL database), each row's `held` sealed as before 0041 (an empty list; one in
BENCH_EVERY, default 20, with two batches), then times the move. Prints the seconds and
the batches moved.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa  # noqa: E402

from storage import held_notices  # noqa: E402
from storage.crypto import Vault  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

USERS = int(os.environ.get("BENCH_USERS", "100000"))
EVERY = int(os.environ.get("BENCH_EVERY", "20"))


def main() -> None:
    """Print how long moving every held batch takes."""
    from cryptography.fernet import Fernet

    vault = Vault("bench-secret", Fernet.generate_key().decode(), "bench-lookup", "bench-seal")
    url = os.environ.get("BENCH_DATABASE_URL") or (
        "sqlite:///" + str(Path(tempfile.mkdtemp(prefix="held-bench-")) / "bench.db")
    )
    upgrade(url, "0043", vault)
    engine = make_engine(url)
    batch = [{"_": "say", "key": "case.joined", "params": {}, "quick": []}]
    at = datetime.now(UTC)
    rows = [
        {
            "user_hash": f"h{i}",
            "line_user_id_enc": vault.encrypt(f"U{i:032d}"),
            "language": vault.encrypt("th"),
            "state": vault.encrypt("{}"),
            "ticket_ids": vault.encrypt("[]"),
            "held": vault.encrypt(json.dumps([batch, batch] if i % EVERY == 0 else [])),
            "following": True,
            "subscribed": True,
            "discreet": True,
            "draft_reminders": True,
            "created_at": at,
            "updated_at": at,
        }
        for i in range(USERS)
    ]
    users = sa.table("line_users", *(sa.column(name) for name in rows[0]))
    with engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(sa.insert(users), rows[start : start + 5000])
    started = time.perf_counter()
    with engine.begin() as conn:
        moved = held_notices.adopt_stored(conn, vault, at.date())
    print(f"{USERS} people: {moved} batches moved in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
