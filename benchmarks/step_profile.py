"""One process, one database: the CPU cost of a text step inside a draft, beside the echo bot's.

Run from the project root: `python benchmarks/step_profile.py [--steps 1000] [--top 25]`.
Posts signed text steps (answer the agency, then "ย้อนกลับ", alternating) to the app in
this process (Flask's test client, SQLite in a temp dir or BENCH_DATABASE_URL), replying to a
local fake LINE API in the request (`LINE_SENDER_THREADS=0`, so the reply's CPU is counted);
then the same bodies to line-bot-sdk's echo bot (benchmarks/echo_bot.py), which replies to the
same fake. Prints CPU and wall-clock ms per event for both, the CPU ratio beside the goal
(within 1.5x; CPU time changes much less than the wall clock with other work on the
machine), the Python function calls per event of both (cProfile's count, which load does
not change), and cProfile's top functions of the bot by CPU time (STEP_PROFILE_DUMP=file also
writes the profile there, and the echo bot's to file.echo, for pstats).

With `--count`, each side's measured steps run inside `sys.call_tracing` (a C function nothing
else calls), so callgrind can count the instructions of those steps alone, which other work on
the machine does not change: `python benchmarks/step_instructions.py` runs it that way.
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

from benchmarks import echo_bot  # noqa: E402
from benchmarks.keys import BENCH_KEYS  # noqa: E402
from benchmarks.webhook import (  # noqa: E402
    AGENCY,
    BACK,
    SECRET,
    TOKEN,
    _fake_line,
    _with_line,
    prepare_users,
)
from bot import create_app  # noqa: E402
from bot.simulator.events import event, message_id, sign, webhook_body  # noqa: E402

GOAL = 1.5  # a step within 1.5x the echo bot's cost


def _timed(client, bodies: list[str], handled: bool) -> tuple[float, float]:
    """CPU and wall-clock ms per body posted."""

    def post(body: str) -> None:
        response = client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": sign(body, SECRET)},
        )
        response.close()
        assert response.status_code == 200, response.data
        assert not handled or response.json["handled"] == 1, response.data

    started, cpu_started = time.perf_counter(), time.process_time()
    for body in bodies:
        post(body)
    wall = 1000 * (time.perf_counter() - started) / len(bodies)
    return 1000 * (time.process_time() - cpu_started) / len(bodies), wall


def _calls(profiler: cProfile.Profile) -> int:
    """The function calls a profile counted (pstats' total_calls)."""
    return pstats.Stats(profiler).total_calls


def main() -> None:
    """Time the bot's text steps and the echo bot's echoes in one process; profile the bot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="cumulative", help="a pstats key: cumulative, tottime…")
    parser.add_argument(
        "--count",
        action="store_true",
        help="for callgrind: measured steps inside sys.call_tracing, no profile",
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sujarit-step-"))
    fake, line_url = _fake_line(0.0)
    env = _with_line(
        {
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{tmp / 'step.db'}",
            "SECRET_KEY": "bench-secret-key",
            **BENCH_KEYS,
            "EVIDENCE_DIR": str(tmp / "evidence"),
            "LINE_SENDER_THREADS": "0",
        },
        line_url,
    )
    try:
        users = prepare_users(env, args.users)
        bot = create_app({"ENV": env}).test_client()
        os.environ.update({k: env[k] for k in ("LINE_CHANNEL_SECRET", "LINE_API_BASE_URL")})
        os.environ["LINE_CHANNEL_ACCESS_TOKEN"] = TOKEN
        echo = echo_bot.create_app().test_client()
        bodies = []
        profiled = min(args.steps, 300)
        for n in range(2 * args.users + args.steps + profiled):
            user = users[n % len(users)]
            text = AGENCY if (n // len(users)) % 2 == 0 else BACK
            message = {"type": "text", "id": message_id(), "text": text, "quoteToken": "q"}
            bodies.append(webhook_body(event("message", user, uuid.uuid4().hex, message=message)))
        warm, steps = bodies[: 2 * args.users], bodies[2 * args.users : 2 * args.users + args.steps]
        _timed(bot, warm, True)  # two whole rounds: every person's draft and cache warm
        _timed(echo, warm, False)
        # sys.call_tracing only marks the measured steps for callgrind (--count): it calls _timed.
        measure = sys.call_tracing if args.count else lambda f, a: f(*a)
        bot_cpu, bot_wall = measure(_timed, (bot, steps, True))
        echo_cpu, echo_wall = measure(_timed, (echo, steps, False))
        profiler = cProfile.Profile(time.process_time)  # CPU, not the wall clock the machine shares
        echo_profiler = cProfile.Profile(time.process_time)
        profiled_bodies = bodies[2 * args.users + args.steps :]
        if not args.count:
            profiler.enable()
            _timed(bot, profiled_bodies, True)
            profiler.disable()
            echo_profiler.enable()
            _timed(echo, profiled_bodies, False)
            echo_profiler.disable()
    finally:
        fake.terminate()
    where = env["DATABASE_URL"].split("@")[-1]
    print(f"{len(steps)} text steps, {where}, replies to a fake LINE API on loopback")
    print(f"Sujarit:  {bot_cpu:.2f} ms CPU, {bot_wall:.2f} ms wall per event")
    print(f"echo bot: {echo_cpu:.2f} ms CPU, {echo_wall:.2f} ms wall per event")
    ratio = bot_cpu / echo_cpu
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(f"CPU ratio: {ratio:.2f}x   goal: within {GOAL}x -> {verdict}")
    if not args.count:  # Python calls: a count, so unlike CPU time it ignores the machine's load
        calls = [_calls(p) / len(profiled_bodies) for p in (profiler, echo_profiler)]
        print(f"Python calls per event: Sujarit {calls[0]:.0f}, echo bot {calls[1]:.0f}")
    if args.top and not args.count:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    if os.environ.get("STEP_PROFILE_DUMP") and not args.count:
        profiler.dump_stats(os.environ["STEP_PROFILE_DUMP"])
        echo_profiler.dump_stats(os.environ["STEP_PROFILE_DUMP"] + ".echo")


if __name__ == "__main__":
    main()
