"""Webhook throughput: one conversation step of the real bot against a minimal echo bot.

Run from the project root: `python benchmarks/webhook.py [--requests 2000] [--clients 8]
[--line-delay-ms 80] [--during-verify]`. Both are served by gunicorn with 2 workers and
reply to a local fake LINE API; with `--line-delay-ms` it answers after that delay (LINE's
distance), and the real bot also runs against an instant one, to show how much the distance
costs its throughput.
The real bot runs on SQLite in a temp dir, or on BENCH_DATABASE_URL (PostgreSQL) if set.
Each request to the real bot is one typed answer of a complaint in progress: users
wait at the "agency" question; typing an agency name moves them to the next question
and typing "ย้อนกลับ" (back) returns them, so every request is a valid text step.
With `--during-verify` (and BENCH_DATABASE_URL on a filled database, e.g. the dashboard
benchmark's) only the real bot runs: its latency quiet, then while `tickets verify` checks
every ticket beside it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.keys import BENCH_KEYS  # noqa: E402
from bot.simulator.events import event, message_id, sign, webhook_body  # noqa: E402

SECRET = "bench-channel-secret"
TOKEN = "bench-access-token"
AGENCY = "องค์การบริหารส่วนตำบลหนองโบสถ์"
BACK = "ย้อนกลับ"


class _Ok(BaseHTTPRequestHandler):
    """Answers 200 to anything at once, like a LINE API with nothing more to say."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body wait 40 ms on a delayed ACK
    delay = 0.0

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        time.sleep(self.delay)
        body = b'{"sentMessages": [{"id": "1", "quoteToken": "q"}]}'  # what the SDK insists on
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-line-request-id", uuid.uuid4().hex)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args) -> None:
        pass


def _serve_fake_line(port: int, delay_ms: float = 0.0) -> None:
    handler = type("_Far", (_Ok,), {"delay": delay_ms / 1000})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    server.serve_forever()


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(
    app: str, env: dict, log: Path, threads: int = 1
) -> tuple[subprocess.Popen, str]:
    """gunicorn with 2 workers on a free port; returns once /callback answers."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", app, "--workers", "2", "--threads", str(threads)]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}/callback"
    deadline = time.monotonic() + 240  # training the models at start is slow on a busy machine
    while time.monotonic() < deadline:
        try:
            if requests.post(url, data=b"{}", timeout=5).status_code == 400:
                return process, url
        except requests.RequestException:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{app} did not start:\n{log.read_text(errors='replace')}")


def stop(process: subprocess.Popen) -> None:
    """Stop a gunicorn we started."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def prepare_users(env: dict, count: int) -> list[str]:
    """Users whose complaint drafts wait at the agency question."""
    from bot import create_app
    from storage.migrate import upgrade
    from storage.models import Draft
    from storage.users import user_for_line_id

    upgrade(env["DATABASE_URL"])
    app = create_app({"ENV": env})
    services = app.extensions["sujarit"]
    users = ["U" + uuid.uuid4().hex for _ in range(count)]
    with services.uow() as uow:
        for line_id in users:
            user = user_for_line_id(uow, line_id)
            uow.session.add(
                Draft(
                    user_id=user.id,
                    step="agency",
                    history=["consent", "kind"],
                    data={"consent": True, "kind": "bribery"},
                    created_at=uow.now(),
                    updated_at=uow.now(),
                )
            )
        uow.commit()
    services.engine.dispose()
    return users


def drive(url: str, users: list[str], total: int, clients: int) -> tuple[list[float], int]:
    """Send `total` signed text steps over `clients` threads; return latencies and failures.

    Each user belongs to one client thread, so one user's steps arrive in order.
    """
    per_client = [users[i::clients] for i in range(clients)]
    counts = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]
    rounds = {u: 0 for u in users}
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()

    def client(index: int) -> None:
        nonlocal failures
        session = requests.Session()
        mine = per_client[index]
        for n in range(counts[index]):
            user = mine[n % len(mine)]
            text = AGENCY if rounds[user] % 2 == 0 else BACK
            rounds[user] += 1
            message = {"type": "text", "id": message_id(), "text": text, "quoteToken": "q"}
            body = webhook_body(event("message", user, uuid.uuid4().hex, message=message))
            headers = {"X-Line-Signature": sign(body, SECRET), "Content-Type": "application/json"}
            started = time.perf_counter()
            response = session.post(url, data=body, headers=headers, timeout=30)
            elapsed = time.perf_counter() - started
            ok = response.status_code == 200 and (
                response.text == "OK" or json.loads(response.text).get("handled") == 1
            )
            with lock:
                latencies.append(elapsed)
                failures += 0 if ok else 1

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - started
    return latencies + [wall], failures


def summary(name: str, latencies: list[float], wall: float, failures: int) -> dict:
    """Requests per second and latency percentiles of one server's runs."""
    latencies = sorted(latencies)
    result = {
        "name": name,
        "rps": len(latencies) / wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "failures": failures,
    }
    print(
        f"{name:6} {result['rps']:8.1f} req/s   p50 {result['p50_ms']:7.1f} ms   "
        f"p99 {result['p99_ms']:7.1f} ms   failures {failures}",
        flush=True,
    )
    return result


def measure(urls: dict[str, str], users: list[str], args) -> dict[str, dict]:
    """Warm both up, then time them in alternating chunks (fair under a drifting load)."""
    for url in urls.values():
        drive(url, users, args.warmup, args.clients)
    runs = {name: ([], 0.0, 0) for name in urls}
    chunk = args.requests // args.chunks
    for _ in range(args.chunks):
        for name, url in urls.items():
            timings, failures = drive(url, users, chunk, args.clients)
            latencies, wall, failed = runs[name]
            runs[name] = (latencies + timings[:-1], wall + timings[-1], failed + failures)
    return {name: summary(name, *run) for name, run in runs.items()}


def during_verify(env: dict, users: list[str], args, tmp: Path) -> None:
    """The real bot's latency quiet, then while a whole `tickets verify` runs beside it (a
    read that must not hold anything a step waits for), beside the quiet figures."""
    process, url = start_gunicorn("bot:create_app()", env, tmp / "real.log", args.threads)
    try:
        drive(url, users, args.warmup, args.clients)
        timings, failures = drive(url, users, args.requests, args.clients)
        summary("quiet", timings[:-1], timings[-1], failures)
        command = [sys.executable, "-m", "flask", "--app", "bot", "tickets", "verify"]
        started = time.perf_counter()
        verify = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        latencies, wall, failed = [], 0.0, 0
        while verify.poll() is None:
            timings, failures = drive(url, users, args.requests // 4, args.clients)
            latencies += timings[:-1]
            wall += timings[-1]
            failed += failures
        took = time.perf_counter() - started
        summary("verify", latencies, wall, failed)
        print(f"tickets verify beside it: {took:.1f} s; {verify.stdout.read().strip()[-60:]}")
    finally:
        stop(process)


def _fake_line(delay_ms: float) -> tuple[multiprocessing.Process, str]:
    port = free_port()
    fake = multiprocessing.Process(target=_serve_fake_line, args=(port, delay_ms), daemon=True)
    fake.start()
    return fake, f"http://127.0.0.1:{port}"


def _with_line(env: dict, base_url: str) -> dict:
    return {**env, "LINE_API_BASE_URL": base_url, "LINE_DATA_API_BASE_URL": base_url}


def main() -> None:
    """Run the servers, print throughput and latency and their ratios beside the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--chunks", type=int, default=4, help="alternations of the servers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument(
        "--line-delay-ms", type=float, default=0.0, help="the fake LINE API answers this late"
    )
    parser.add_argument(
        "--during-verify",
        action="store_true",
        help="the real bot alone, quiet and then while `tickets verify` checks the whole store",
    )
    args = parser.parse_args()

    near, near_url = _fake_line(0.0)
    far, far_url = _fake_line(args.line_delay_ms) if args.line_delay_ms else (near, near_url)
    tmp = Path(tempfile.mkdtemp(prefix="sujarit-bench-"))
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{tmp / 'bench.db'}"
    env = {
        **os.environ,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-secret-key",
        **BENCH_KEYS,
        "EVIDENCE_DIR": str(tmp / "evidence"),
    }
    print(
        f"database: {database_url.split('@')[-1]}; {args.requests} requests after "
        f"{args.warmup} warm-up, {args.clients} clients, gunicorn 2 workers x "
        f"{args.threads} thread(s), LINE {args.line_delay_ms:g} ms away",
        flush=True,
    )
    users = prepare_users(_with_line(env, near_url), args.users)
    if args.during_verify:
        try:
            during_verify(_with_line(env, near_url), users, args, tmp)
        finally:
            near.terminate()
        return
    apps = [
        ("real", "bot:create_app()", far_url),
        ("echo", "benchmarks.echo_bot:create_app()", far_url),
    ]
    if args.line_delay_ms:
        apps.append(("near", "bot:create_app()", near_url))  # the real bot, LINE on loopback
    servers, urls = [], {}
    try:
        for name, app, line_url in apps:
            process, urls[name] = start_gunicorn(
                app, _with_line(env, line_url), tmp / f"{name}.log", args.threads
            )
            servers.append(process)
        results = measure(urls, users, args)
    finally:
        for process in servers:
            stop(process)
        near.terminate()
        far.terminate()
    real, echo = results["real"], results["echo"]
    cost = echo["rps"] / real["rps"]
    print(
        f"cost ratio (echo rps / real rps): {cost:.2f}x   "
        f"p50 ratio (real / echo): {real['p50_ms'] / echo['p50_ms']:.2f}x   "
        f"p99 ratio: {real['p99_ms'] / echo['p99_ms']:.2f}x   "
        f"goal: within 1.5x -> {'met' if cost <= 1.5 else 'NOT met'}"
    )
    if args.line_delay_ms:
        distance = results["near"]["rps"] / real["rps"]
        print(
            f"distance ratio (real rps, LINE on loopback / {args.line_delay_ms:g} ms away): "
            f"{distance:.2f}x   goal: within 1.5x -> {'met' if distance <= 1.5 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
