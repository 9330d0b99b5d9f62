"""How `pytest -n 2 --dist loadgroup` spreads the suite over its workers.

Most tests stand alone and go to whichever worker is free, one by one, so both workers stay
busy to the end. A module whose tests share something set up once per module (a gunicorn, a
deployment of several hosts, a trained score) keeps its tests on one worker, or each worker
would start its own copy: such a module is one group, and xdist hands out the groups first
(largest first), then the single tests.

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
