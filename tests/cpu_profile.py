"""Where the suite's CPU goes: per test file, user+sys seconds of the test process and of the
processes it started and waited for (gunicorn, the scheduler, `flask`, Chromium).

Opt-in: `SUJARIT_CPU_PROFILE=cpu.tsv pytest -p tests.cpu_profile ...` writes one line per file
(CPU seconds of the process, of its children, their sum, tests), largest first, and prints the
top 30. Wall time lies on a shared machine; CPU does not. A child counts when it is reaped, so
a server set up once per module counts in the test whose teardown stops it (the same file).
Under `-n`, each worker writes its own share (`cpu.tsv.gw0`, ...) and the controller adds
them up into `cpu.tsv`. Beside each file: how many filings it made through the chat
(`tests.factories.submit` or `file_complaint`, outermost call) and their CPU, and the CPU of
all its chat exchanges (webhooks posted by `Chat`): what a saved filing can save; and the
CPU of its tests run on PostgreSQL (`database_url`'s second kind): what running a file on
SQLite alone (`ONE_DATABASE`) can save. `SUJARIT_CPU_PROFILE_TESTS=tests.tsv` also writes
each test's CPU (own + children) and wall time, the most CPU first (a wall far over the CPU
is a wait: a sleep, a server, PostgreSQL's own processes).
"""

from __future__ import annotations

import functools
import glob
import os
import resource
import time
from collections import defaultdict

import pytest

_PATH = os.environ.get("SUJARIT_CPU_PROFILE", "")
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
#: The columns after the file's name, summed over workers.
_COLUMNS = [
    "own_s",
    "children_s",
    "total_s",
    "tests",
    "filings",
    "filing_s",
    "chat_s",
    "pg_tests",
    "pg_s",
]
_TESTS_PATH = os.environ.get("SUJARIT_CPU_PROFILE_TESTS", "")


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class CpuByFile:
    """Sums each test's CPU (set-up, call and teardown) under its file."""

    def __init__(self) -> None:
        self.files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        # Per file: tests run on PostgreSQL and their CPU (own + children).
        self.postgresql: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        self.tests: dict[str, tuple[float, float]] = {}  # CPU and wall time
        # Per file: filings through the chat, their CPU, the CPU of every chat exchange.
        self.chat: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        self.current = ""
        self._watch_the_chat()
        self.start = (0.0, 0.0)  # getrusage counts from the process's start: imports too
        self.collected: tuple[float, float] | None = None
        self.last = (0.0, 0.0)

    def _watch_the_chat(self) -> None:
        """Count the factories' filings and the chat's webhooks under the running test's file
        (replaced before the test modules import them)."""
        import tests.factories as factories

        depth = [0]

        def filing(function):
            @functools.wraps(function)
            def counted(*args, **kwargs):
                depth[0] += 1
                start = time.process_time()
                try:
                    return function(*args, **kwargs)
                finally:
                    depth[0] -= 1
                    if depth[0] == 0:
                        row = self.chat[self.current]
                        row[0] += 1
                        row[1] += time.process_time() - start

            return counted

        for name in ("submit", "file_complaint", "answer_up_to_evidence"):
            setattr(factories, name, filing(getattr(factories, name)))
        exchange = factories.Chat._exchange

        def timed(chat, event):
            start = time.process_time()
            try:
                return exchange(chat, event)
            finally:
                self.chat[self.current][2] += time.process_time() - start

        factories.Chat._exchange = timed

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        self.current = item.nodeid.split("::", 1)[0]
        if self.collected is None:
            self.collected = _cpu()
        own, children = _cpu()
        began = time.perf_counter()
        yield
        wall = time.perf_counter() - began
        after_own, after_children = _cpu()
        row = self.files[item.nodeid.split("::", 1)[0]]
        spent_own = after_own - own - self.last[0]
        spent_children = after_children - children - self.last[1]
        row[0] += spent_own
        row[1] += spent_children
        row[2] += 1
        self.tests[item.nodeid] = (spent_own + spent_children, wall)
        if _on_postgresql(item):
            kind = self.postgresql[item.nodeid.split("::", 1)[0]]
            kind[0] += 1
            kind[1] += spent_own + spent_children

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item, nextitem):
        # The last test's teardown ends the session's fixtures (Chromium, the PostgreSQL
        # template): their processes are reaped there, so they count on a line of their own.
        own, children = _cpu()
        yield
        if nextitem is None:
            after_own, after_children = _cpu()
            self.last = (after_own - own, after_children - children)
            self.files["(session fixtures' teardown)"] = [*self.last, 0]

    def pytest_sessionfinish(self, session) -> None:
        end = _cpu()
        if _TESTS_PATH:
            _write_tests(f"{_TESTS_PATH}.{_WORKER}" if _WORKER else _TESTS_PATH, self.tests)
        if _WORKER:  # the controller adds the workers' shares up
            _write(f"{_PATH}.{_WORKER}", self._rows())
            return
        rows = self._rows()
        if getattr(session.config.option, "numprocesses", None):
            rows = _read_shares()
        _write(_PATH, rows)
        collected = self.collected or end
        tests = sum(r[2] for r in rows.values())
        lines = [
            f"CPU: {sum(end) - sum(self.start):.1f} s in this process, collection "
            f"{sum(collected) - sum(self.start):.1f} s; tests {tests:.1f} s, "
            f"{sum(int(r[3]) for r in rows.values())} tests, "
            f"{sum(int(r[4]) for r in rows.values())} filings through the chat "
            f"({sum(r[5] for r in rows.values()):.1f} s), "
            f"chat exchanges {sum(r[6] for r in rows.values()):.1f} s, "
            f"{sum(int(r[7]) for r in rows.values())} tests on PostgreSQL "
            f"({sum(r[8] for r in rows.values()):.1f} s)",
            "   total (  own  + children) tests filings (  s  ) chat_s   pg (  s  )  file",
        ]
        for name, r in sorted(rows.items(), key=lambda kv: -kv[1][2])[:30]:
            lines.append(
                f"{r[2]:8.1f} s ({r[0]:6.1f} + {r[1]:6.1f}) {int(r[3]):5d} {int(r[4]):5d}"
                f" ({r[5]:6.1f}) {r[6]:6.1f} {int(r[7]):4d} ({r[8]:5.1f})  {name}"
            )
        session.config._cpu_profile_lines = lines

    def _rows(self) -> dict[str, list[float]]:
        rows = {}
        for name in set(self.files) | set(self.chat):
            own, children, count = self.files.get(name, (0.0, 0.0, 0))
            filings, filing_s, chat_s = self.chat.get(name, (0, 0.0, 0.0))
            pg_tests, pg_s = self.postgresql.get(name, (0, 0.0))
            rows[name] = [own, children, own + children, count, filings, filing_s, chat_s]
            rows[name] += [pg_tests, pg_s]
        return rows

    def pytest_terminal_summary(self, terminalreporter, config) -> None:
        terminalreporter.section("CPU by file (own + children)")
        for line in getattr(config, "_cpu_profile_lines", []):
            terminalreporter.write_line(line)


def _write(path: str, rows: dict[str, list[float]]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write("file\t" + "\t".join(_COLUMNS) + "\n")
        for name, row in sorted(rows.items(), key=lambda kv: -kv[1][2]):
            out.write(name + "\t" + "\t".join(f"{value:.2f}" for value in row) + "\n")


def _on_postgresql(item) -> bool:
    """Whether the test ran on PostgreSQL (`database_url`'s kind, or a module's own)."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("database_url") == "postgresql":
        return True
    return "pg_template_url" in getattr(item, "fixturenames", ())


def _write_tests(path: str, tests: dict[str, tuple[float, float]]) -> None:
    """Each test's CPU and wall time (set-up, call, teardown), the most CPU first."""
    with open(path, "w", encoding="utf-8") as out:
        for name, (spent, wall) in sorted(tests.items(), key=lambda kv: -kv[1][0]):
            out.write(f"{name}\t{spent:.3f}\t{wall:.3f}\n")


def _read_shares() -> dict[str, list[float]]:
    """The workers' shares, added up file by file."""
    rows: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(_COLUMNS))
    for share in glob.glob(f"{glob.escape(_PATH)}.gw*"):
        with open(share, encoding="utf-8") as lines:
            next(lines)
            for line in lines:
                name, *values = line.rstrip("\n").split("\t")
                rows[name] = [a + float(b) for a, b in zip(rows[name], values, strict=True)]
    return rows


def pytest_configure(config) -> None:
    if not _PATH:
        return
    if not _WORKER:  # a new run: no worker's old share is added to it
        for share in glob.glob(f"{glob.escape(_PATH)}.gw*"):
            os.remove(share)
        if _TESTS_PATH:
            for share in glob.glob(f"{glob.escape(_TESTS_PATH)}.gw*"):
                os.remove(share)
    config.pluginmanager.register(CpuByFile(), "sujarit-cpu-by-file")
