"""One process, one database: the cost of a text step inside a draft, and where it goes.

Run from the project root: `python benchmarks/step_profile.py [--steps 1000] [--top 25]`.
Posts signed text steps (answer the agency, then "ย้อนกลับ", alternating) to the app in
this process (Flask's test client, SQLite in a temp dir or BENCH_DATABASE_URL), with a LINE
gateway that answers at once; prints CPU and wall-clock ms per step (other work on the
machine changes the CPU figure much less) and cProfile's top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.keys import BENCH_KEYS  # noqa: E402
from benchmarks.webhook import AGENCY, BACK, SECRET, TOKEN, prepare_users  # noqa: E402
from bot import create_app  # noqa: E402
from bot.line.gateway import SendResult  # noqa: E402
from bot.simulator.events import event, message_id, sign, webhook_body  # noqa: E402


class _InstantLine:
    """A LINE API that accepts everything at once."""

    def reply(self, reply_token, messages):
        return SendResult(True, 200)

    def push(self, to, messages, retry_key):
        return SendResult(True, 200)


def main() -> None:
    """Time and profile text steps in one process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="cumulative", help="a pstats key: cumulative, tottime…")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sujarit-step-"))
    env = {
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{tmp / 'step.db'}",
        "SECRET_KEY": "bench-secret-key",
        **BENCH_KEYS,
        "EVIDENCE_DIR": str(tmp / "evidence"),
        "LINE_SENDER_THREADS": "0",
    }
    users = prepare_users(env, args.users)
    app = create_app({"ENV": env, "GATEWAY": _InstantLine()})
    client = app.test_client()
    bodies = []
    profiled = min(args.steps, 300)
    for n in range(2 * args.users + args.steps + profiled):
        user = users[n % len(users)]
        text = AGENCY if (n // len(users)) % 2 == 0 else BACK
        message = {"type": "text", "id": message_id(), "text": text, "quoteToken": "q"}
        bodies.append(webhook_body(event("message", user, uuid.uuid4().hex, message=message)))

    def post(body: str) -> None:
        response = client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": sign(body, SECRET)},
        )
        response.close()
        assert response.status_code == 200 and response.json["handled"] == 1, response.data

    for body in bodies[: 2 * args.users]:  # warm-up: two whole rounds
        post(body)
    steps = bodies[2 * args.users : 2 * args.users + args.steps]
    started, cpu_started = time.perf_counter(), time.process_time()
    for body in steps:
        post(body)
    ms = 1000 * (time.perf_counter() - started) / len(steps)
    # CPU time does not grow with other work on the machine, as the wall clock does.
    cpu_ms = 1000 * (time.process_time() - cpu_started) / len(steps)
    profiler = cProfile.Profile()
    profiler.enable()
    for body in bodies[2 * args.users + args.steps :]:
        post(body)
    profiler.disable()
    where = env["DATABASE_URL"].split("@")[-1]
    print(f"{cpu_ms:.2f} ms CPU, {ms:.2f} ms wall per text step ({len(steps)} steps, {where})")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
