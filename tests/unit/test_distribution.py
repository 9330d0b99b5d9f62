"""The order in which `--dist loadgroup` hands the suite's tests out (tests/distribution.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.distribution import hand_out_order


class Item:
    """What the ordering reads of a collected test: its id, markers and fixtures' scopes."""

    def __init__(self, nodeid: str, long: float = 0, shared: bool = False) -> None:
        self.nodeid = nodeid
        self.markers = {"long": pytest.mark.long(seconds=long).mark} if long else {}
        scope = "module" if shared else "function"
        defs = {"server": [SimpleNamespace(scope=scope)]}
        self._fixtureinfo = SimpleNamespace(name2fixturedefs=defs)

    def get_closest_marker(self, name: str):
        return self.markers.get(name)


def test_long_modules_go_first_then_groups_by_size_then_single_tests_as_collected():
    items = [
        Item("tests/a.py::single_1"),
        Item("tests/small_group.py::t1", shared=True),
        Item("tests/scheduler.py::t1", long=60),
        Item("tests/big_group.py::t1", shared=True),
        Item("tests/a.py::single_2"),
        Item("tests/hosts.py::t1", long=90, shared=True),
        Item("tests/big_group.py::t2", shared=True),
        Item("tests/hosts.py::t2", long=90, shared=True),
        Item("tests/scheduler.py::t2", long=60),
    ]

    hand_out_order(items)

    assert [item.nodeid for item in items] == [
        "tests/hosts.py::t1",
        "tests/hosts.py::t2",
        "tests/scheduler.py::t1",
        "tests/scheduler.py::t2",
        "tests/big_group.py::t1",
        "tests/big_group.py::t2",
        "tests/small_group.py::t1",
        "tests/a.py::single_1",
        "tests/a.py::single_2",
    ]
