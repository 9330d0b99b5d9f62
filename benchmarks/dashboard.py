"""Benchmark: the committee's ticket list at 1,000,000 tickets on PostgreSQL.

Run: `python benchmarks/dashboard.py` (a script, not a test). It (re)creates the
database BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/sujarit_bench),
migrates it to 0005, fills BENCH_TICKETS tickets (default 1,000,000) with one
INSERT … SELECT generate_series, then migrates to head so that the dashboard's
indexes (0006) are built once over the full table, and ANALYZEs. A database that
already holds that many tickets is reused (BENCH_REBUILD=1 forces a rebuild).

Each page is fetched BENCH_RUNS times (default 30) through the Flask test client,
signed in as a reviewer with one declared conflict (so the exclusion is in every
query): query + template rendering, what a member waits for minus the network.
p50/p95 per page are printed.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import databases  # noqa: E402
from benchmarks.keys import BENCH_KEYS  # noqa: E402
from bot import create_app  # noqa: E402
from handlers.directory import members  # noqa: E402
from handlers.thai.places import for_province  # noqa: E402
from storage.crypto import Vault  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Ticket  # noqa: E402
from storage.ticket_queries import encode_cursor  # noqa: E402

URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/sujarit_bench")
TICKETS = int(os.environ.get("BENCH_TICKETS", "1000000"))
RUNS = int(os.environ.get("BENCH_RUNS", "30"))
MEMBERS = 20
MIGRATION_GOAL = 30  # seconds, for each migration over the filled tickets

FILL = """
INSERT INTO tickets (reference, status, kind, agency, official, district, description,
    anonymous, owner_hash, owner_line_id_enc, tracking_code_hash, confirmed_true, completeness,
    language, submitted_at, updated_at, assignee_id, taken_at, decided_at, closed_at,
    reopened_count)
SELECT
    'BRM-' || (2566 + g / 250000) || '-' || lpad((g % 250000)::text, 6, '0'),
    s.status,
    (ARRAY['bribery','procurement','budget','abuse','conflict','other'])[1 + (g * 7) % 6],
    (ARRAY['อบต.','เทศบาลตำบล','โรงเรียนบ้าน','สถานีตำรวจภูธร','โรงพยาบาลส่งเสริมสุขภาพตำบล'])
        [1 + (g * 13) % 5] || (ARRAY['หนองกี่','ถนนหัก','สองห้อง','บ้านด่าน','โคกม้า','ตาเป๊ก',
        'ลำปลายมาศ','สะแกโพรง','ชุมเห็ด','กระสัง'])[1 + (g * 17) % 10] || ' ' || (g % 97),
    'นาย' || (ARRAY['สมชาย','สมศักดิ์','ประยุทธ','วีระ','อนุชา','ธนพล'])[1 + (g * 19) % 6]
        || ' ตำแหน่ง ' || (ARRAY['นายก','ปลัด','ผู้อำนวยการ','สารวัตร','หัวหน้าส่วนการคลัง'])
        [1 + (g * 23) % 5],
    (CAST(:districts AS text[]))[1 + (g * 29) % :district_count],
    'เรื่องที่ ' || g || ' ' || (ARRAY['เรียกรับเงินค่าใบอนุญาต','ฮั้วประมูลก่อสร้างถนน',
        'เบิกงบประมาณซ้ำซ้อน','ใช้รถราชการส่วนตัว','จัดซื้อวัสดุราคาสูงเกินจริง',
        'เรียกเก็บเงินนอกระบบ'])[1 + (g * 31) % 6] || ' หมู่ ' || (g % 15)
        || CASE WHEN g % 1000 = 7 THEN ' บ่อดินลูกรังเถื่อน' ELSE '' END,
    true, md5('o' || g), 'x', md5('t' || g), true, 80, 'th',
    now() - make_interval(mins => g * 2),
    now() - make_interval(mins => g * 2),
    CASE WHEN s.status = 'submitted' THEN NULL ELSE 1 + g % :members END,
    CASE WHEN s.status = 'submitted' THEN NULL
         ELSE now() - make_interval(mins => g * 2) + make_interval(hours => 1 + g % 90) END,
    CASE WHEN s.status IN ('resolved', 'rejected')
         THEN now() - make_interval(mins => g * 2) + make_interval(days => 3 + g % 40) END,
    CASE WHEN s.status IN ('resolved', 'rejected', 'withdrawn')
         THEN now() - make_interval(mins => g * 2) + make_interval(days => 3 + g % 40) END,
    0
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (SELECT CASE
    WHEN g < 300 THEN 'submitted'
    WHEN g < 2000 THEN (ARRAY['in_review','needs_info','forwarded','submitted'])[1 + g % 4]
    ELSE (ARRAY['resolved','resolved','resolved','rejected','rejected','withdrawn','in_review',
                'forwarded','needs_info','resolved'])[1 + (g * 37) % 10]
    END AS status) AS s
"""


def prepare() -> None:
    """Create and fill the database unless it already holds the tickets."""
    if databases.already_filled(URL, "tickets", TICKETS):
        print(f"reusing {URL.rsplit('/', 1)[1]} ({TICKETS:,} tickets)")
        upgrade(URL, "head", bench_vault())  # migrations added since it was built
        return
    databases.fresh(URL)
    upgrade(URL, "0005")
    started = time.perf_counter()
    engine = databases.engine(URL)
    with engine.begin() as conn:
        for i in range(1, MEMBERS + 1):
            conn.execute(
                text(
                    "INSERT INTO members (name, role, active, created_at) "
                    "VALUES (:n, 'reviewer', true, now())"
                ),
                {"n": f"กรรมการ {i}"},
            )
        names = for_province("31").districts()
        conn.execute(
            text(FILL),
            {"districts": names, "district_count": len(names), "n": TICKETS, "members": MEMBERS},
        )
    print(f"inserted {TICKETS:,} tickets in {time.perf_counter() - started:.0f} s")
    vault = bench_vault()  # 0019 seals the record with the key
    for revision in revisions_after("0005"):
        started = time.perf_counter()
        upgrade_step(revision, vault, "0005")
        took = time.perf_counter() - started
        verdict = "met" if took <= MIGRATION_GOAL else "NOT met"
        print(
            f"migration {revision} over {TICKETS:,} tickets: {took:.1f} s "
            f"(goal <= {MIGRATION_GOAL} s -> {verdict})",
            flush=True,
        )
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE tickets"))
    engine.dispose()
    print(f"analyzed in {time.perf_counter() - started:.0f} s")


def bench_vault() -> Vault:
    """The keys the benchmark app runs with (migrations that seal the record need them)."""
    keys = [BENCH_KEYS[k] for k in ("DATA_ENCRYPTION_KEY", "DATA_LOOKUP_KEY", "RECORD_SEAL_KEY")]
    return Vault("bench-secret", *keys)


def upgrade_step(revision: str, vault: Vault, started_at: str) -> None:
    """Migrate to `revision` as one step of an upgrade from `started_at` (what 0019 asks:
    where the whole upgrade began), so each migration is timed on its own."""
    from alembic import command

    from storage.migrate import alembic_config

    cfg = alembic_config(URL)
    cfg.attributes.update(vault=vault, from_revision=started_at)
    command.upgrade(cfg, revision)


def revisions_after(start: str) -> list[str]:
    """The migrations after `start`, oldest first (each is timed on its own)."""
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config(URL))
    found = [rev.revision for rev in script.iterate_revisions("heads", start)]
    return [rev for rev in reversed(found) if rev != start]


def bench_reviewer(services) -> int:
    """A reviewer with a LINE account and a declared conflict (so filters do real work)."""
    with services.uow() as uow:
        member = members.add_member(uow, "U" + uuid.uuid4().hex, "bench reviewer", "reviewer")
        members.declare_conflict(uow, member, "district", "ประโคนชัย", "lives there")
        uow.commit()
        return member.id


def sign_in(client, services, member_id: int):
    """Sign in through a one-time login link, as a member would."""
    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, member_id))
        uow.commit()
    url = f"/committee/login/{token}"
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True))
    return client.post(url, data={"csrf_token": csrf.group(1)})


def deep_cursor(services, depth: int) -> str:
    """The cursor of the ticket `depth` rows down the unfiltered list (found once, by OFFSET)."""
    with services.uow() as uow:
        ticket = (
            uow.session.query(Ticket)
            .order_by(Ticket.submitted_at.desc(), Ticket.id.desc())
            .offset(depth)
            .first()
        )
        return encode_cursor(ticket)


def measure(client, url: str) -> tuple[float, float, int]:
    """p50 and p95 in milliseconds over RUNS fetches (after one warm-up), and the row count."""
    first = client.get(url)
    assert first.status_code == 200, (url, first.status_code)
    rows = first.get_data(as_text=True).count('class="ref"')
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        response.get_data()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1) + 0.5)], rows


def bench_app(url: str = URL):
    """The app on the benchmark database, or on `url` (as if with a LINE channel; nothing is
    sent)."""
    tmp = Path(tempfile.mkdtemp())
    env = {
        "LINE_CHANNEL_SECRET": "bench",
        "LINE_CHANNEL_ACCESS_TOKEN": "bench",
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-secret",
        **BENCH_KEYS,
        "EVIDENCE_DIR": str(tmp / "evidence"),
    }
    return create_app({"ENV": env, "TESTING": True})


def main() -> None:
    """Fill (or reuse) the database, then time each list page."""
    prepare()
    app = bench_app()
    services = app.extensions["sujarit"]
    reviewer = bench_reviewer(services)
    with databases.engine(URL).begin() as conn:  # give the bench reviewer some tickets of their own
        conn.execute(
            text("UPDATE tickets SET assignee_id = :m WHERE id % 500 = 3"), {"m": reviewer}
        )
    client = app.test_client()
    assert sign_in(client, services, reviewer).status_code == 303
    pages = {
        "first page": "/committee/tickets",
        "page 2 (cursor)": None,
        "deep page (90% down)": "/committee/tickets?after="
        + deep_cursor(services, TICKETS * 9 // 10),
        "status=needs_info": "/committee/tickets?status=needs_info",
        "status=submitted (rare)": "/committee/tickets?status=submitted",
        "district=นางรอง": "/committee/tickets?district=นางรอง",
        "kind=procurement": "/committee/tickets?kind=procurement",
        "overdue": "/committee/tickets?overdue=1",
        "assigned to me": "/committee/tickets?mine=1",
        "district+status+kind": "/committee/tickets?district=นางรอง&status=resolved&kind=budget",
        "search: common words": "/committee/tickets?q=ฮั้วประมูล",
        "search: rare words (0.1%)": "/committee/tickets?q=บ่อดินลูกรังเถื่อน",
        "search: reference": "/committee/tickets?q=BRM-2568-123456",
        "search: no match": "/committee/tickets?q=ไม่มีคำนี้แน่นอน",
    }
    first = client.get("/committee/tickets").get_data(as_text=True)
    next_link = first.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    pages["page 2 (cursor)"] = next_link
    print(f"\n{'page':34} {'p50 ms':>8} {'p95 ms':>8} {'rows':>5}   ({RUNS} runs each)")
    worst = 0.0
    for label, url in pages.items():
        p50, p95, rows = measure(client, url)
        worst = max(worst, p95)
        print(f"{label:34} {p50:8.1f} {p95:8.1f} {rows:5d}")
    print(f"\nworst p95: {worst:.1f} ms (target < 100 ms)")
    services.engine.dispose()


if __name__ == "__main__":
    main()
