"""The transparency page publishes the same figures with one programme per table
(`handlers.tickets.programme`) as it did with a new `linprog` call for every objective:
random releases are made both ways, cell by cell equal. A difference would publish a count
the former computation withheld, or withhold one it published."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from handlers.tickets import bands, suppression
from handlers.tickets.suppression import protect, protect_list
from handlers.tickets.transparency import banded
from tests.property_profiles import examples


class LinprogEachTime:
    """The former computation: every objective a `linprog` call of its own."""

    def __init__(self, equations, sums, bounds) -> None:
        self.equations, self.sums, self.bounds = equations, sums, bounds

    def solve(self, objective):
        """linprog's answer for `objective` over the whole programme, built anew."""
        return linprog(objective, A_eq=self.equations, b_eq=self.sums, bounds=self.bounds)


def publish(rows: list[list[int]], kinds: list[int], months: list[int], k: int):
    """A release as `transparency.report` makes it from its counts."""
    table = protect(rows, k)
    kind_cells, grand = protect_list(kinds, k, True, bool(table[-1][-1].mark))
    if grand.mark and not table[-1][-1].mark:
        table = protect(rows, k, hide_total=True)
    month_cells, months_total = protect_list(months, k)
    every_month = sum(months) == sum(map(sum, rows))
    return banded(table, kind_cells, month_cells, months_total, k, every_month)


@st.composite
def counts(draw):
    """A district table, its grand total split over kinds, and months (some holding every
    ticket, some not), with many counts near k so that cells are hidden and bands meet."""
    k = draw(st.integers(2, 5))
    height, width = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    rows = [
        draw(st.lists(st.integers(0, 4 * k), min_size=width, max_size=width)) for _ in range(height)
    ]
    total = sum(map(sum, rows))
    parts = draw(st.integers(1, 4))
    kinds = [total // parts] * parts
    kinds[0] += total - sum(kinds)
    if draw(st.booleans()):
        months = [total // 2, total - total // 2]
    else:
        months = draw(st.lists(st.integers(0, 3 * k), max_size=3))
    return rows, kinds, months, k


@settings(max_examples=examples(400), deadline=None)
@given(counts())
def test_one_programme_per_table_publishes_what_a_linprog_per_objective_did(drawn):
    rows, kinds, months, k = drawn
    now = publish(rows, kinds, months, k)
    with (
        mock.patch.object(suppression, "Programme", LinprogEachTime),
        mock.patch.object(bands, "Programme", LinprogEachTime),
    ):
        before = publish(rows, kinds, months, k)
    assert now == before
