"""Successive releases that cannot be subtracted: every shown count is a band of k, the same
in every release, and no band is narrowed by the totals published beside it. A reader solving
everything published (a linear programme) places no count more closely than its band, and
the difference of a count between two releases never comes down to fewer than k values."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from handlers.tickets.bands import band
from handlers.tickets.programme import Programme
from handlers.tickets.suppression import SMALL, TABLE, WITHHELD, Cell, protect, protect_list
from handlers.tickets.transparency import banded
from tests.property_profiles import examples


def release(rows: list[list[int]], kinds: list[int], k: int) -> tuple[dict, list]:
    """A release as the transparency page makes it (a district table with margins, the kinds
    adding up to its grand total), by name, and the sums a reader knows hold between them."""
    table = protect(rows, k)
    kind_cells, grand = protect_list(kinds, k, True, bool(table[-1][-1].mark))
    if grand.mark and not table[-1][-1].mark:
        table = protect(rows, k, hide_total=True)
    table, kind_cells, _, _ = banded(table, kind_cells, [], Cell(None, WITHHELD), k)
    h, w = len(table), len(table[0])
    cells = {("d", i, j): table[i][j] for i in range(h) for j in range(w)}
    cells |= {("k", j): cell for j, cell in enumerate(kind_cells)}
    lines = [([("d", i, j) for j in range(w - 1)], ("d", i, w - 1)) for i in range(h)]
    lines += [([("d", i, j) for i in range(h - 1)], ("d", h - 1, j)) for j in range(w)]
    lines.append(([("k", j) for j in range(len(kinds))], ("d", h - 1, w - 1)))
    return cells, lines


def reader(cells: dict, lines: list, k: int) -> dict:
    """What a reader who solves every published band and sum knows of each cell, written
    apart from the code under test: shown bands, "fewer than k", withheld (k or more)."""
    names = list(cells)
    at = {name: n for n, name in enumerate(names)}
    bounds = []
    for name in names:
        cell = cells[name]
        if cell.mark == SMALL:
            bounds.append((0, k - 1))
        elif cell.mark == WITHHELD:
            bounds.append((k, None))
        elif cell.mark:
            bounds.append((0, None))
        else:
            bounds.append((cell.count, cell.up_to if cell.up_to is not None else cell.count))
    equations = []
    for members, total in lines:
        row = [0] * len(names)
        for name in members:
            row[at[name]] += 1
        row[at[total]] -= 1
        equations.append(row)
    programme = Programme(equations, [0] * len(equations), bounds)
    known = {}
    for name in names:
        objective = [0] * len(names)
        objective[at[name]] = 1
        least = programme.solve(objective)
        objective[at[name]] = -1
        most = programme.solve(objective)
        known[name] = (round(least.fun), None if most.status == 3 else round(-most.fun))
    return known


tables = st.integers(1, 3).flatmap(
    lambda width: st.tuples(
        st.lists(
            st.lists(st.integers(0, 14), min_size=width, max_size=width), min_size=1, max_size=4
        ),
        st.just(width),
    )
)


def kinds_for(rows: list[list[int]], parts: int) -> list[int]:
    """The grand total split over `parts` kinds (as the tickets' kinds would be)."""
    total = sum(map(sum, rows))
    shares = [total // parts] * parts
    shares[0] += total - sum(shares)
    return shares


@settings(max_examples=examples(30), deadline=None)
@given(table=tables, parts=st.integers(1, 3), k=st.integers(2, 5))
# Every kind "fewer than 3" adds up to at most 6, and two districts of at least 3 each to at
# least 6: withholding every district figure (each still "3 or more") left the kinds at 2.
@example(table=([[3], [3]], 1), parts=3, k=3)
def test_no_shown_count_of_a_random_release_is_placed_closer_than_its_band(table, parts, k):
    rows, _ = table
    cells, lines = release(rows, kinds_for(rows, parts), k)

    known = reader(cells, lines, k)

    for name, cell in cells.items():
        if cell.mark:
            assert cell.count is None
            if cell.mark == SMALL:
                assert known[name][1] - known[name][0] >= 1  # never pinned
            continue
        assert cell.count % k == 0 and cell.up_to == cell.count + k - 1
        assert known[name] == (cell.count, cell.up_to)


@settings(max_examples=examples(30), deadline=None)
@given(
    table=tables,
    grow=st.lists(st.integers(0, 4), min_size=12, max_size=12),
    k=st.integers(2, 5),
)
def test_two_successive_releases_cannot_be_subtracted_to_a_small_count(table, grow, k):
    rows, width = table
    later = [
        [value + grow[(i * width + j) % 12] % k for j, value in enumerate(row)]
        for i, row in enumerate(rows)
    ]
    before, lines = release(rows, kinds_for(rows, 1), k)
    after, _ = release(later, kinds_for(later, 1), k)
    first, second = reader(before, lines, k), reader(after, lines, k)

    for name in before:
        if before[name].mark or after[name].mark:
            continue
        least = second[name][0] - first[name][1]
        most = second[name][1] - first[name][0]
        assert most - least + 1 >= k  # at least k possible growths: a 1 is not told from k


def test_a_district_growing_by_one_changes_no_published_figure():
    # 16 then 17: once published as is, the month's one complaint was there to subtract.
    before, lines = release([[16], [20]], [36], 5)
    after, _ = release([[17], [20]], [37], 5)

    assert before == after
    assert before[("d", 0, 0)] == Cell(15, up_to=19)


def test_five_districts_at_the_top_of_their_band_withhold_the_total_that_pins_them():
    # Five "5–9" and a total "45–49": only 9 each adds up to 45 or more.
    cells, lines = release([[9]] * 5, [20, 25], 5)

    assert [cells[("d", i, 0)] for i in range(5)] == [Cell(5, up_to=9)] * 5
    assert cells[("d", 5, 0)].mark == WITHHELD and cells[("d", 5, 1)].mark == WITHHELD
    assert [cells[("k", 0)], cells[("k", 1)].mark] == [Cell(20, up_to=24), WITHHELD]
    assert all(low < high for low, high in reader(cells, lines, 5).values() if high is not None)


def test_a_band_is_k_wide_and_withheld_cells_stay_withheld():
    assert band(Cell(16), 5) == Cell(15, up_to=19)
    assert band(Cell(5), 5) == Cell(5, up_to=9)
    assert band(Cell(None, SMALL), 5) == Cell(None, SMALL)


def test_the_grand_total_does_not_pin_a_small_month_when_the_months_hold_every_ticket():
    # Four months "5–9", one "fewer than 5", received "40–44": only 9, 9, 9, 9 and 4 add up.
    months, months_total = protect_list([9, 9, 9, 9, 4], 5)
    table = protect([[40]], 5)
    kinds, _ = protect_list([40], 5, True)

    cells, _, shown_months, _ = banded(table, kinds, months, months_total, 5, every_month=True)

    assert [m.count for m in shown_months] == [5, 5, 5, 5, None]
    assert cells[-1][-1].mark == WITHHELD  # received, which the months would add up to
    unlinked, _, _, _ = banded(table, kinds, months, months_total, 5)
    assert unlinked[-1][-1] == Cell(40, up_to=44)  # the service older than the months listed


def test_kinds_pinned_by_withheld_districts_say_nothing_rather_than_fewer_than_k():
    # Three kinds "fewer than 3" add up to 6 at most; two districts withheld are 3 or more
    # each, so the grand total is at least 6: shown as "fewer than 3", every kind was 2.
    cells, lines = release([[3], [3]], [2, 2, 2], 3)

    assert [cells[("k", j)].mark for j in range(3)] == [TABLE] * 3
    assert all(low < high for low, high in reader(cells, lines, 3).values() if high is not None)
    assert all(high is None for _, high in reader(cells, lines, 3).values())


def _release_with_months(rows, kinds, months, k, before=None):
    """A release with its months (which hold every ticket), by name, and its sums; read with
    the release `before` it (its cells and lines, the cells that hold the same count, those
    that only grow) as `transparency.report` reads the stored one."""
    from handlers.tickets.transparency import release_cells

    table = protect(rows, k)
    kind_cells, grand = protect_list(kinds, k, True, bool(table[-1][-1].mark))
    if grand.mark and not table[-1][-1].mark:
        table = protect(rows, k, hide_total=True)
    month_cells, months_total = protect_list(months, k)
    done = banded(table, kind_cells, month_cells, months_total, k, True, before)
    return release_cells(*done, True)


def _together(first, second, same, grows, k: int) -> dict:
    """What a reader of both releases knows of each cell (a linear programme solved for each
    cell's least and most, apart from the code under test's own reading): the two releases'
    sums, the months that ended unchanged, and every district's, kind's and grand total only
    growing. A growth `was <= now` is the equation `was - now + slack = 0`, its slack 0 or
    more: the same programme as linprog's with the inequalities, solved by `Programme` (one
    HiGHS model for every objective; test_programme_same_release.py holds it to linprog)."""
    names = [(0, name) for name in first[0]] + [(1, name) for name in second[0]]
    at = {name: n for n, name in enumerate(names)}
    width = len(names) + len(grows)  # a slack column after the cells for each growth
    equal = []
    for r, (_, lines) in enumerate((first, second)):
        for members, total in lines:
            row = [0.0] * width
            for name in members:
                row[at[(r, name)]] += 1.0
            row[at[(r, total)]] -= 1.0
            equal.append(row)
    for was, now in same:
        row = [0.0] * width
        row[at[(0, was)]], row[at[(1, now)]] = 1.0, -1.0
        equal.append(row)
    for n, (was, now) in enumerate(grows):
        row = [0.0] * width
        row[at[(0, was)]], row[at[(1, now)]] = 1.0, -1.0
        row[len(names) + n] = 1.0
        equal.append(row)
    bounds = []
    for r, name in names:
        cell = (first, second)[r][0][name]
        if cell.mark == SMALL:
            bounds.append((0, k - 1))
        elif cell.mark == WITHHELD:
            bounds.append((k, None))
        elif cell.mark:
            bounds.append((0, None))
        else:
            bounds.append((cell.count, cell.up_to))
    bounds += [(0, None)] * len(grows)
    programme = Programme(equal, [0.0] * len(equal), bounds)
    known = {}
    for name in names:
        ends = []
        for sign in (1.0, -1.0):
            objective = [0.0] * width
            objective[at[name]] = sign
            solved = programme.solve(objective)
            ends.append(None if solved.status != 0 else round(sign * solved.fun))
        known[name] = tuple(ends)
    return known


@settings(max_examples=examples(40), deadline=None)
@given(
    rows=st.lists(st.lists(st.integers(0, 9), min_size=2, max_size=2), min_size=2, max_size=3),
    grow=st.lists(st.integers(0, 3), min_size=4, max_size=4),
    k=st.integers(3, 5),
)
# A district "fewer than 5" then "5 or more", with four new complaints that month.
@example(rows=[[2, 2], [9, 9], [3, 9]], grow=[2, 0, 0, 0], k=5)
def test_two_releases_read_together_tell_no_more_than_each_alone(rows, grow, k):
    later = [[row[0] + grow[i], row[1]] for i, row in enumerate(rows)]
    g1, g2 = sum(map(sum, rows)), sum(map(sum, later))
    first = _release_with_months(rows, [g1], [g1], k)
    height, width = len(rows) + 1, 3
    grows = [(("d", i, width - 1), ("d", i, width - 1)) for i in range(height)]
    grows.append((("k", 0), ("k", 0)))
    same = [(("m", 0), ("m", 0))]
    second = _release_with_months(later, [g2], [g1, g2 - g1], k, (*first, same, grows))

    alone = [_together(first, first, [], [], k), _together(second, second, [], [], k)]
    together = _together(first, second, same, grows, k)

    for (r, name), seen in together.items():
        if (first, second)[r][0][name].mark not in ("", SMALL):
            continue
        assert seen == alone[r][(0, name)], (r, name, rows, later)
