"""Where the suite's CPU goes: per test file, user+sys seconds of the test process and of the
processes it started and waited for (gunicorn, the scheduler, `flask`, Chromium).

Opt-in: `SUJARIT_CPU_PROFILE=cpu.tsv pytest -p tests.cpu_profile ...` writes one line per file
(CPU seconds of the process, of its children, their sum, tests), largest first, and prints the
top 30. Wall time lies on a shared machine; CPU does not. A child counts when it is reaped, so
a server set up once per module counts in the test whose teardown stops it (the same file).
Run it serially (no `-n`): each worker would write its own share over the file.
"""

from __future__ import annotations

import os
import resource
from collections import defaultdict

import pytest

_PATH = os.environ.get("SUJARIT_CPU_PROFILE", "")


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class CpuByFile:
    """Sums each test's CPU (set-up, call and teardown) under its file."""

    def __init__(self) -> None:
        self.files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self.start = (0.0, 0.0)  # getrusage counts from the process's start: imports too
        self.collected: tuple[float, float] | None = None
        self.last = (0.0, 0.0)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        if self.collected is None:
            self.collected = _cpu()
        own, children = _cpu()
        yield
        after_own, after_children = _cpu()
        row = self.files[item.nodeid.split("::", 1)[0]]
        row[0] += after_own - own - self.last[0]
        row[1] += after_children - children - self.last[1]
        row[2] += 1

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
        rows = sorted(self.files.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
        with open(_PATH, "w", encoding="utf-8") as out:
            out.write("file\town_s\tchildren_s\ttotal_s\ttests\n")
            for name, (own, children, count) in rows:
                out.write(f"{name}\t{own:.2f}\t{children:.2f}\t{own + children:.2f}\t{count}\n")
        collected = self.collected or end
        tests = sum(own + children for own, children, _ in self.files.values())
        lines = [
            f"CPU: {sum(end) - sum(self.start):.1f} s in all, collection "
            f"{sum(collected) - sum(self.start):.1f} s, tests {tests:.1f} s, "
            f"{sum(int(r[2]) for r in self.files.values())} tests",
        ]
        for name, (own, children, count) in rows[:30]:
            lines.append(
                f"{own + children:8.1f} s  ({own:6.1f} + {children:6.1f})  {count:4d}  {name}"
            )
        session.config._cpu_profile_lines = lines

    def pytest_terminal_summary(self, terminalreporter, config) -> None:
        terminalreporter.section("CPU by file (own + children)")
        for line in getattr(config, "_cpu_profile_lines", []):
            terminalreporter.write_line(line)


def pytest_configure(config) -> None:
    if _PATH:
        config.pluginmanager.register(CpuByFile(), "sujarit-cpu-by-file")
