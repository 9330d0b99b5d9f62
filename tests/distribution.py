"""How `pytest -n 2 --dist loadgroup` spreads the suite over its workers.

Most tests stand alone and go to whichever worker is free, one by one, so both workers stay
busy to the end. A module whose tests share something set up once per module (a gunicorn, a
deployment of several hosts, a trained score) keeps its tests on one worker, or each worker
would start its own copy: such a module is one group, and xdist hands out the groups first
(largest first), then the single tests.

A module that takes long as a whole because it starts processes (gunicorn, the scheduler, a
deployment of several hosts) says so with `pytestmark = pytest.mark.long(seconds=...)`, its
wall time on a quiet machine: its tests are handed out before all others, the longest first,
so that they run beside the rest rather than after it (a 90-second group handed out last is
the run's tail). xdist's own order (by the number of tests) is switched off for this.

pytest-xdist 3.8 names a test's group by adding `@group` to its node id, but it writes the
attribute pytest 8 read (`_nodeid`); pytest 9 keeps the id in `_id`, so xdist's own
`xdist_group` marker is silently ignored there. This module sets `_id`.
"""

from __future__ import annotations

import pytest

SHARED_SCOPES = {"class", "module", "package"}


def group_of(item: pytest.Item) -> str | None:
    """The group a test must run in with others: its `xdist_group` marker's name, or its
    module's path when it uses a fixture set up once per module (or class, or package)."""
    marker = item.get_closest_marker("xdist_group")
    if marker is not None:
        return str(marker.args[0] if marker.args else marker.kwargs.get("name", "default"))
    fixtures = getattr(item, "_fixtureinfo", None)
    if fixtures is None:
        return None
    for definitions in fixtures.name2fixturedefs.values():
        if definitions and definitions[-1].scope in SHARED_SCOPES:
            return item.nodeid.split("::", 1)[0]
    return None


def name_groups(items: list[pytest.Item]) -> None:
    """Give each test that must share a worker its group's `@name` suffix (xdist's scheme)."""
    from _pytest.nodeid import NodeId

    for item in items:
        group = group_of(item)
        if group is None or "@" in item.nodeid.rsplit("]", 1)[-1]:
            continue
        item._id = NodeId.parse(f"{item.nodeid}@{group}")


#: The marker of a module that takes long as a whole (see the module's docstring).
LONG = "long(seconds): a module that takes long (it starts processes); handed out first"


def configure(config: pytest.Config) -> None:
    """Register the `long` marker; under `--dist loadgroup`, hand the tests out in the order
    `hand_out_order` gives them rather than xdist's (the largest group first)."""
    config.addinivalue_line("markers", LONG)
    if getattr(config.option, "dist", "no") == "loadgroup":
        config.option.loadscopereorder = False


def _seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker("long")
    return float(marker.kwargs.get("seconds", 0)) if marker is not None else 0.0


def hand_out_order(items: list[pytest.Item]) -> None:
    """Order `items` as xdist hands them out: the long modules' tests first (the longest
    first), then the other groups (the largest first), then the single tests as collected.
    Every worker collects alike, so every worker orders alike."""
    sizes: dict[str, int] = {}
    for item in items:
        group = group_of(item)
        if group is not None:
            sizes[group] = sizes.get(group, 0) + 1

    def rank(item: pytest.Item) -> tuple[float, int]:
        group = group_of(item)
        if _seconds(item):
            return (-_seconds(item), 0)
        return (0, -sizes[group]) if group is not None else (1, 0)

    items.sort(key=rank)  # stable: a group's tests and the singles keep their own order
