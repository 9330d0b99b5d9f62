"""Benchmark: related tickets for a new one among 100,000 on PostgreSQL (goal: p95 ≤ 100 ms).

Run: `python benchmarks/related.py` (a script, not a test). It (re)creates the database
BENCH_RELATED_URL (default postgresql://postgres@127.0.0.1:5432/sujarit_related_bench),
migrates it, and fills BENCH_TICKETS tickets (default 100,000) with their signatures in one
INSERT … SELECT generate_series each: 2,000 agency records, the province's districts with
ten sub-districts each, official keys, six kinds, two years of months, and stories of
twelve words drawn from the words of the labelled pairs (tests/fixtures/patterns). A database
that already holds that many tickets is reused (BENCH_REBUILD=1 forces a rebuild).

Then BENCH_RUNS new tickets (default 200), each with a story of the labelled set and a place
and agency drawn like the others, are added and `handlers.patterns.related.find` is timed for
each (signature, index look-ups, scoring, links written), rolled back after. p50/p95/max and
the candidates per look-up are printed.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import databases  # noqa: E402
from benchmarks.dashboard import bench_app  # noqa: E402
from handlers.patterns import related, signatures, stories  # noqa: E402
from handlers.thai.places import for_province  # noqa: E402
from storage import patterns  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import Ticket  # noqa: E402

URL = os.environ.get(
    "BENCH_RELATED_URL", "postgresql://postgres@127.0.0.1:5432/sujarit_related_bench"
)
TICKETS = int(os.environ.get("BENCH_TICKETS", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
AGENCIES = 2000
SUBDISTRICTS = 10
KINDS = ["bribery", "procurement", "budget", "abuse", "conflict", "other"]
OFFICIALS = ["headman:5:", "headman:8:", "mayor::sao", "mayor::", "clerk::", "police::", "staff::"]
PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "patterns" / "pairs.jsonl"

FILL_AGENCIES = """
INSERT INTO agencies (name, kind, key, district, source, reviewed, created_at)
SELECT 'อบต.ทดสอบ' || g, 'sao', 'sao:ทดสอบ' || g, NULL, 'seed', true, now()
FROM generate_series(1, :n) AS g
"""
FILL_TICKETS = """
INSERT INTO tickets (reference, status, kind, agency, official, district, subdistrict,
    description, anonymous, owner_line_id_enc, tracking_code_hash, confirmed_true,
    completeness, language, submitted_at, updated_at, reopened_count, contested_count,
    agency_id)
SELECT 'BRM-2569-' || lpad(g::text, 6, '0'), 'submitted',
    (CAST(:kinds AS text[]))[1 + (g * 7) % 6], 'อบต.ทดสอบ', 'นายก',
    (CAST(:districts AS text[]))[1 + (g * 29) % :district_count],
    'ตำบล' || ((g * 13) % :subdistricts),
    'เรื่องที่ ' || g, true, 'x', md5('t' || g), true, 80, 'th',
    now() - make_interval(mins => (g * 10) % (60 * 24 * 730)),
    now(), 0, 0, 1 + (g * 31) % :agencies
FROM generate_series(1, :n) AS g
"""
FILL_SIGNATURES = """
INSERT INTO ticket_signatures (ticket_id, agency_id, official_key, kind, district, subdistrict,
    day, month, words, computed_at)
SELECT t.id, t.agency_id, (CAST(:officials AS text[]))[1 + (t.id * 11) % :official_count],
    t.kind, t.district, t.subdistrict, CAST(t.submitted_at AS date),
    CAST(extract(year FROM t.submitted_at) AS int) * 12
        + CAST(extract(month FROM t.submitted_at) AS int) - 1,
    (SELECT json_agg((CAST(:vocabulary AS text[]))
        [1 + (CAST(t.id AS bigint) * w * 7919 + w * w * 31) % :vocabulary_count])
       FROM generate_series(1, 12) AS w),
    now()
FROM tickets t
"""


def labelled_stories() -> list[str]:
    """The stories of the labelled pairs (real villagers' wording, written for the tests)."""
    rows = [json.loads(line) for line in PAIRS.read_text().splitlines() if line]
    return sorted({r[side]["story"] for r in rows for side in ("a", "b")})


def prepare(districts: list[str]) -> None:
    """Create and fill the database unless it already holds the tickets."""
    if databases.already_filled(URL, "ticket_signatures", TICKETS):
        print(f"reusing {URL.rsplit('/', 1)[1]} ({TICKETS:,} tickets)")
        return
    databases.fresh(URL)
    upgrade(URL, "head")
    started = time.perf_counter()
    vocabulary = sorted({w for story in labelled_stories() for w in stories.words(story)})
    engine = databases.engine(URL)
    with engine.begin() as conn:
        conn.execute(text(FILL_AGENCIES), {"n": AGENCIES})
        conn.execute(
            text(FILL_TICKETS),
            {
                "kinds": KINDS,
                "districts": districts,
                "district_count": len(districts),
                "subdistricts": SUBDISTRICTS,
                "agencies": AGENCIES,
                "n": TICKETS,
            },
        )
        conn.execute(
            text(FILL_SIGNATURES),
            {
                "officials": OFFICIALS,
                "official_count": len(OFFICIALS),
                "vocabulary": vocabulary,
                "vocabulary_count": len(vocabulary),
            },
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    print(f"inserted {TICKETS:,} tickets and signatures in {time.perf_counter() - started:.0f} s")


def probe(uow, rng: random.Random, districts: list[str], story: str) -> Ticket:
    """A new ticket like the others, with a labelled story, flushed but not committed."""
    ticket = Ticket(
        reference=f"BENCH-{uuid.uuid4().hex[:12]}",
        status="submitted",
        kind=rng.choice(KINDS),
        agency="อบต.ทดสอบ",
        official=rng.choice(["ผู้ใหญ่บ้านหมู่ 5", "นายก อบต.", "ปลัด", "ตำรวจ"]),
        district=rng.choice(districts),
        subdistrict=f"ตำบล{rng.randrange(SUBDISTRICTS)}",
        description=story,
        anonymous=True,
        owner_line_id_enc="x",
        tracking_code_hash=uuid.uuid4().hex,
        confirmed_true=True,
        agency_id=rng.randrange(1, AGENCIES + 1),
        submitted_at=uow.now(),
        updated_at=uow.now(),
    )
    uow.session.add(ticket)
    uow.session.flush()
    return ticket


def measure(services, districts: list[str], cold: bool) -> None:
    """Time `related.find` for RUNS new tickets; `cold`: no story's vectors kept between runs."""
    rng = random.Random(23)
    texts = labelled_stories()
    timings, candidates, linked = [], [], []
    for run in range(RUNS + 10):
        if cold:
            stories.profile.cache_clear()
        with services.uow() as uow:
            ticket = probe(uow, rng, districts, rng.choice(texts))
            started = time.perf_counter()
            found = related.find(uow, ticket)
            elapsed = (time.perf_counter() - started) * 1000
            if run >= 10:  # the first few warm the caches and the connection pool
                timings.append(elapsed)
                linked.append(len(found))
                sig = signatures.refresh(uow, ticket)
                candidates.append(len(patterns.candidates(uow, sig)))
            uow.rollback()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{TICKETS:,} tickets, {RUNS} new ones: related.find ({'cold' if cold else 'warm'})")
    print(
        f"  p50 {statistics.median(timings):.1f} ms  p95 {p95:.1f} ms  max {timings[-1]:.1f} ms"
        f"  (goal p95 <= 100 ms)"
    )
    print(
        f"  candidates per look-up: median {statistics.median(candidates):.0f}, "
        f"max {max(candidates)}; links made: median {statistics.median(linked):.0f}"
    )


def main() -> None:
    """Fill (or reuse) the database, then time the related search for new tickets: with no
    story vectors kept (a process just started), then as a running process keeps them."""
    districts = for_province("31").districts()
    prepare(districts)
    services = bench_app(URL).extensions["sujarit"]
    measure(services, districts, cold=True)
    measure(services, districts, cold=False)


if __name__ == "__main__":
    main()
