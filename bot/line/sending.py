"""A few sender threads per process: a web worker answers LINE and moves on, however far away
LINE's API is, while replies and pushes leave from here in each person's order."""

from __future__ import annotations

import atexit
import logging
import os
import queue
import threading
import time
import zlib
from dataclasses import dataclass, field

from bot.line.delivery import OutboxSender, ReadyReply

log = logging.getLogger(__name__)
#: LINE accepts a reply token for about a minute; a reply that waited longer is pushed.
REPLY_TOKEN_SECONDS = 50.0
#: Tasks one lane holds before the web worker waits for room (the pool is bounded).
LANE_DEPTH = 64


@dataclass
class _Task:
    queued: float
    replies: list[ReadyReply] = field(default_factory=list)
    outbox_ids: list[str] = field(default_factory=list)


class SenderPool:
    """Sends what webhooks produced from `threads` lanes; one person always uses one lane, so
    their replies leave in the order their events came. With 0 threads, sends at once."""

    def __init__(
        self,
        sender: OutboxSender,
        threads: int,
        token_seconds: float = REPLY_TOKEN_SECONDS,
        clock=time.monotonic,
    ) -> None:
        self.sender = sender
        self.threads = threads
        self.token_seconds = token_seconds
        self.clock = clock
        self._lanes: list[queue.Queue] = []
        self._workers: list[threading.Thread] = []
        self._pid: int | None = None
        self._lock = threading.Lock()

    def submit(self, replies: list[ReadyReply], outbox_ids: list[str]) -> None:
        """Send these replies and committed outbox rows soon; waits only when the lane is full."""
        if not replies and not outbox_ids:
            return
        task = _Task(self.clock())
        if self.threads <= 0:
            self._deliver(task, replies, outbox_ids)
            return
        lanes = self._started()
        by_lane: dict[int, list[ReadyReply]] = {}
        for reply in replies:
            by_lane.setdefault(self._lane_of(reply.recipient), []).append(reply)
        # Pushes an event caused travel with its sender's replies (or alone on lane 0).
        first = next(iter(by_lane), 0)
        for index in sorted(set(by_lane) | ({first} if outbox_ids else set())):
            ids = outbox_ids if index == first else []
            lanes[index].put(_Task(task.queued, by_lane.get(index, []), ids))

    def wait_idle(self) -> None:
        """Block until everything submitted so far has been sent (tests, benchmarks, exit)."""
        for lane in self._lanes:
            lane.join()

    def close(self, timeout: float = 20.0) -> None:
        """Send what is queued, then stop the threads (at process exit)."""
        if self._pid != os.getpid():
            return
        for lane in self._lanes:
            lane.put(None)
        deadline = time.monotonic() + timeout
        for worker in self._workers:
            worker.join(max(0.0, deadline - time.monotonic()))

    def _lane_of(self, recipient: str | None) -> int:
        return zlib.crc32((recipient or "").encode()) % self.threads

    def _started(self) -> list[queue.Queue]:
        # Started on first use in the process that sends: threads do not survive a fork.
        if self._pid == os.getpid():
            return self._lanes
        with self._lock:
            if self._pid != os.getpid():
                self._lanes = [queue.Queue(LANE_DEPTH) for _ in range(self.threads)]
                self._workers = [
                    threading.Thread(target=self._run, args=(lane,), name=f"line-sender-{i}")
                    for i, lane in enumerate(self._lanes)
                ]
                for worker in self._workers:
                    worker.daemon = True
                    worker.start()
                self._pid = os.getpid()
                atexit.register(self.close)
        return self._lanes

    def _run(self, lane: queue.Queue) -> None:
        while True:
            task = lane.get()
            try:
                if task is None:
                    return
                self._deliver(task, task.replies, task.outbox_ids)
            except Exception:
                # The outbox job retries committed rows; a lost reply was logged by the sender.
                log.exception("sender: delivery failed")
            finally:
                lane.task_done()

    def _deliver(self, task: _Task, replies: list[ReadyReply], outbox_ids: list[str]) -> None:
        waited = self.clock() - task.queued
        if waited > self.token_seconds:
            log.warning(
                "sender: %d reply token(s) too old after %.0f s; pushing", len(replies), waited
            )
            for reply in replies:
                if reply.recipient:
                    self.sender.push_instead(reply)
                else:
                    log.error("sender: a reply token expired and there is no one to push to")
        elif replies:
            self.sender.send_ready(replies)
        self.sender.send_committed(outbox_ids)
