"""Webhook latency while citizens' videos download slowly: p99 idle beside p99 loaded.

Run from the project root: `python benchmarks/evidence.py [--downloads 4] [--requests 600]`.
The real bot runs under gunicorn (2 workers) with its `scheduler` process beside it, as
the Procfile runs them, against a local fake LINE API whose data host trickles each
video (8 MB, over 6 s in the issue; 30 s by default here, so that every loaded request is
timed while the downloads are still in flight). First the text steps of complaints are
timed with nothing downloading; then N citizens send a video each, and the same text
steps are timed while all N downloads are in flight (checked at the fake data host).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import ThreadingHTTPServer
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.keys import BENCH_KEYS  # noqa: E402
from benchmarks.webhook import (  # noqa: E402
    SECRET,
    TOKEN,
    _Ok,
    drive,
    free_port,
    prepare_users,
    start_gunicorn,
    stop,
    summary,
)
from bot.simulator.events import event, media, message_id, sign, webhook_body  # noqa: E402

VIDEO_BYTES = 8 * 1024 * 1024
PIECES = 120


def _slow_line(port: int, active, done, seconds: float) -> None:
    """LINE's API (fast answers) and data host (trickling videos), counting downloads."""

    class Handler(_Ok):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if not self.path.endswith("/content"):
                return self._answer()
            piece = VIDEO_BYTES // PIECES
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(piece * PIECES))
            self.end_headers()
            with active.get_lock():
                active.value += 1
            try:
                for _ in range(PIECES):
                    self.wfile.write(b"\0" * piece)
                    time.sleep(seconds / PIECES)
            finally:
                with active.get_lock():
                    active.value -= 1
                with done.get_lock():
                    done.value += 1

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.serve_forever()


VIDEO_TIMES: list[float] = []


def send_videos(url: str, users: list[str]) -> None:
    """Each of these citizens sends a video as evidence (one signed webhook each)."""
    for user in users:
        started = time.perf_counter()
        fields, _ = media("video", message_id(), "", 0)
        body = webhook_body(event("message", user, uuid.uuid4().hex, **fields))
        headers = {"X-Line-Signature": sign(body, SECRET), "Content-Type": "application/json"}
        assert requests.post(url, data=body, headers=headers, timeout=60).status_code == 200
        VIDEO_TIMES.append(time.perf_counter() - started)


def wait_for(predicate, seconds: float) -> bool:
    """Poll until `predicate()` holds or the deadline passes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def main() -> None:
    """Idle p99, then p99 with N slow downloads in flight; print both."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--downloads", type=int, default=4)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0, help="each video's trickle")
    args = parser.parse_args()

    active, done = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    line_port = free_port()
    fake = multiprocessing.Process(
        target=_slow_line, args=(line_port, active, done, args.seconds), daemon=True
    )
    fake.start()
    tmp = Path(tempfile.mkdtemp(prefix="sujarit-bench-evidence-"))
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{tmp / 'bench.db'}"
    env = {
        **os.environ,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "LINE_API_BASE_URL": f"http://127.0.0.1:{line_port}",
        "LINE_DATA_API_BASE_URL": f"http://127.0.0.1:{line_port}",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-secret-key",
        **BENCH_KEYS,
        "EVIDENCE_DIR": str(tmp / "evidence"),
    }
    users = prepare_users(env, args.users + args.downloads)
    steppers, senders = users[: args.users], users[args.users :]
    web, url = start_gunicorn("bot:create_app()", env, tmp / "web.log")
    with (tmp / "scheduler.log").open("wb") as log:
        scheduler = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "bot", "scheduler", "run"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
    try:
        drive(url, steppers, 100, args.clients)  # warm-up
        timings, failed = drive(url, steppers, args.requests, args.clients)
        idle = summary("idle", timings[:-1], timings[-1], failed)

        # The videos are sent from their own thread, as other citizens would, and the text
        # steps start as soon as the first download has begun.
        sender = threading.Thread(target=send_videos, args=(url, senders), daemon=True)
        sender.start()
        if not wait_for(lambda: active.value > 0, 30):
            raise SystemExit("downloads did not start")
        started = time.monotonic()
        timings, failed = drive(url, steppers, args.requests, args.clients)
        overlap = active.value
        loaded = summary(f"{args.downloads} dl", timings[:-1], timings[-1], failed)
        sender.join(timeout=args.seconds * 4)
        print(
            f"text steps took {time.monotonic() - started:.1f} s; downloads in flight at "
            f"their end: {overlap} of {args.downloads}; the video webhooks themselves took "
            f"{', '.join(f'{1000 * t:.0f}' for t in VIDEO_TIMES)} ms",
            flush=True,
        )
        wait_for(lambda: done.value >= args.downloads, args.seconds * 2)
        print(
            f"p99 idle {idle['p99_ms']:.1f} ms, with {args.downloads} slow downloads "
            f"{loaded['p99_ms']:.1f} ms (LINE's limit: 2000 ms)"
        )
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=30)
        stop(web)
        fake.terminate()


if __name__ == "__main__":
    main()
