"""Small counts withheld: no published figure is below k (zero included), and none can be
worked out from the totals. Checked exhaustively on small tables: every hidden small count
could have had another value without changing anything that is published."""

from __future__ import annotations

import itertools

from handlers.tickets.suppression import SMALL, protect, protect_list

K = 3
VALUES = range(0, 5)


def consistent(published, table, k=K) -> bool:
    """Whether `table` (with margins) could be behind what was published."""
    for row, cells in zip(table, published, strict=True):
        for value, cell in zip(row, cells, strict=True):
            if cell.mark == "" and cell.count != value:
                return False
            if cell.mark == SMALL and not value < k:
                return False
            # Every count below k, zero included, is marked small: "withheld" is k or more.
            if cell.mark == "withheld" and value < k:
                return False
    return True


def with_margins(rows):
    table = [list(r) + [sum(r)] for r in rows]
    return table + [[sum(r[j] for r in table) for j in range(len(table[0]))]]


def near(rows, reach=2):
    """Every table whose cells are within `reach` of these (and not negative)."""
    flat = [v for row in rows for v in row]
    ranges = [range(max(0, v - reach), v + reach + 1) for v in flat]
    width = len(rows[0])
    for values in itertools.product(*ranges):
        yield [list(values[i : i + width]) for i in range(0, len(values), width)]


def test_no_published_cell_is_small_and_no_small_cell_is_pinned_in_any_2x2_table():
    for values in itertools.product(VALUES, repeat=4):
        rows = [list(values[:2]), list(values[2:])]
        published = protect(rows, K)
        for prow in published:
            assert all(c.count is None or c.count >= K for c in prow), rows
        hidden = [
            (i, j)
            for i, prow in enumerate(published)
            for j, c in enumerate(prow)
            if c.mark == SMALL
        ]
        if not hidden:
            continue
        others = [t for t in map(with_margins, near(rows)) if consistent(published, t)]
        for i, j in hidden:
            assert len({t[i][j] for t in others}) > 1, (rows, (i, j))


def test_lists_with_a_known_total_hide_small_counts_and_keep_them_uncertain():
    for values in itertools.product(VALUES, repeat=3):
        cells, total = protect_list(list(values), K, total_known=True)
        published = [[*cells, total]]
        assert all(c.count is None or c.count >= K for c in published[0])
        alternatives = [
            [[*v, sum(v)]] for (v,) in near([list(values)]) if consistent(published, [[*v, sum(v)]])
        ]
        for j, cell in enumerate(published[0]):
            if cell.mark == SMALL:
                assert len({a[0][j] for a in alternatives}) > 1, values


def test_large_counts_are_published_as_they_are():
    published = protect([[20, 30], [40, 50]], 5)
    assert [[c.count for c in row] for row in published] == [
        [20, 30, 50],
        [40, 50, 90],
        [60, 80, 140],
    ]
