"""Benchmark: one campaign to 100,000 subscribers vs a naive push per user.

Run: `python benchmarks/campaign.py` (a script, not a test). A fast fake LINE
API runs in a child process on 127.0.0.1 and counts calls. The campaign goes
through the real path (the `campaigns` job: audience query, batches of 500
written to the outbox, multicasts through the SDK gateway). The naive way —
one outbox push per subscriber — is measured on a sample and extrapolated
(clearly labelled), so the run stays short.

Environment: BENCH_SUBSCRIBERS (default 100000), BENCH_NAIVE_SAMPLE (default
5000), BENCH_DATABASE_URL (an empty database; default a temporary SQLite file).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.keys import BENCH_KEYS  # noqa: E402


class _FakeLine(BaseHTTPRequestHandler):
    """Accepts push/multicast/broadcast (409 on a repeated retry key); counts calls."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, no delayed-ACK stall
    stats: dict = {"calls": {}, "recipients": 0}
    keys: set = set()
    lock = threading.Lock()

    def log_message(self, *args):  # quiet
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-line-request-id", uuid.uuid4().hex)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/_stats":
            return self._answer(200, self.stats)
        if self.path.endswith("/quota"):
            return self._answer(200, {"type": "none"})
        if self.path.endswith("/quota/consumption"):
            return self._answer(200, {"totalUsage": 0})
        return self._answer(404, {"message": "Not found"})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        kind = self.path.rsplit("/", 1)[-1]
        key = self.headers.get("X-Line-Retry-Key")
        with self.lock:
            self.stats["calls"][kind] = self.stats["calls"].get(kind, 0) + 1
            if key and key in self.keys:
                return self._answer(409, {"message": "The retry key is already accepted"})
            if key:
                self.keys.add(key)
            to = body.get("to")
            self.stats["recipients"] += len(to) if isinstance(to, list) else 1
        return self._answer(200, {"sentMessages": [{"id": "1", "quoteToken": "q"}]})


def _serve(port_queue) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeLine)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def _stats(base: str) -> dict:
    from urllib.request import urlopen

    with urlopen(base + "/_stats") as answer:
        return json.loads(answer.read())


def _seed(services, count: int) -> list[str]:
    from sqlalchemy import insert

    from storage.models import LineUser

    ids = ["U" + uuid.uuid4().hex for _ in range(count)]
    vault = services.uow.vault
    with services.uow() as uow:
        for start in range(0, count, 10_000):
            rows = [
                {
                    "user_hash": vault.blind_index(i),
                    "line_user_id_enc": vault.encrypt(i),
                    "language": "th",
                    "following": True,
                    "subscribed": True,
                    "state": {},
                }
                for i in ids[start : start + 10_000]
            ]
            uow.session.execute(insert(LineUser), rows)
        uow.commit()
    return ids


def _naive(services, ids: list[str]) -> float:
    """One outbox push per user, sent by the outbox sender as its job would."""
    from handlers.replies import Raw, to_json
    from storage import outbox

    payload = to_json([Raw("text", {"text": "ร่วมกันปฏิเสธสินบนทุกรูปแบบค่ะ"})])
    began = time.perf_counter()
    with services.uow() as uow:
        for line_id in ids:
            outbox.enqueue(uow, "push", payload, recipient=line_id, purpose="naive")
        uow.commit()
    while sum(services.sender.send_due(limit=500).values()):
        pass
    return time.perf_counter() - began


def main() -> None:
    """Seed subscribers, time the campaign path and the naive path, print a table."""
    from bot import create_app
    from bot.jobs import registry as jobs
    from handlers.outreach import campaigns
    from storage.migrate import upgrade

    count = int(os.environ.get("BENCH_SUBSCRIBERS", "100000"))
    sample = min(int(os.environ.get("BENCH_NAIVE_SAMPLE", "5000")), count)
    workdir = tempfile.mkdtemp(prefix="sujarit-bench-")
    url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir}/bench.db"
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=10)}"
    try:
        upgrade(url)
        env = {
            "LINE_CHANNEL_SECRET": "bench",
            "LINE_CHANNEL_ACCESS_TOKEN": "bench",
            "SECRET_KEY": "bench",
            **BENCH_KEYS,
            "DATABASE_URL": url,
            "LINE_API_BASE_URL": base,
            "LINE_DATA_API_BASE_URL": base,
            "EVIDENCE_DIR": workdir,
        }
        services = create_app({"ENV": env}).extensions["sujarit"]
        began = time.perf_counter()
        ids = _seed(services, count)
        seeded = time.perf_counter() - began
        print(f"seeded {count:,} subscribers in {seeded:.1f} s ({url.split(':')[0]})")

        with services.uow() as uow:
            campaigns.create(uow, title="bench", text="ร่วมกันปฏิเสธสินบนทุกรูปแบบค่ะ")
            uow.commit()
        began = time.perf_counter()
        outcome = jobs.run_job(services, "campaigns")
        campaign_seconds = time.perf_counter() - began
        after_campaign = _stats(base)
        campaign_calls = sum(after_campaign["calls"].values())
        assert after_campaign["recipients"] == count, after_campaign

        naive_seconds = _naive(services, ids[:sample])
        naive_calls = sum(_stats(base)["calls"].values()) - campaign_calls
        scale = count / sample
        naive_total = naive_seconds * scale
        print()
        print(f"{'path':<44}{'recipients':>12}{'LINE calls':>12}{'seconds':>10}")
        print(
            f"{'campaign (multicast, batches of 500)':<44}{count:>12,}{campaign_calls:>12,}"
            f"{campaign_seconds:>10.2f}"
        )
        print(
            f"{'naive push per user (measured sample)':<44}{sample:>12,}{naive_calls:>12,}"
            f"{naive_seconds:>10.2f}"
        )
        print(
            f"{f'naive push per user (EXTRAPOLATED x{scale:.0f})':<44}{count:>12,}"
            f"{int(naive_calls * scale):>12,}{naive_total:>10.2f}"
        )
        print()
        print(f"campaign job outcome: {outcome}")
        print(
            f"ratio: campaign is {naive_total / campaign_seconds:.1f}x faster and makes "
            f"{naive_calls * scale / campaign_calls:.0f}x fewer calls than a naive push per user"
        )
        services.engine.dispose()
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
