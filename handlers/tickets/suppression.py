"""Withholding small counts from published tables, so that no complaint can be singled out.

Every count below k, zero included, is shown as "fewer than k" (primary suppression; a zero
shown as such would tell readers that the "fewer than k" beside it is at least 1). Since
totals are published too, a reader could subtract: so each table is checked as a reader
would attack it (bounds on every hidden cell, tightened through every row and column sum
until nothing changes), and while some small cell can still be worked out exactly, a
rectangle of cells around it is withheld too (complementary suppression), cheapest first.
"""

from __future__ import annotations

from dataclasses import dataclass

SMALL = "small"  # fewer than k (0 to k-1)
WITHHELD = "withheld"  # hidden to protect a small cell elsewhere in its row or column
UNBOUNDED = 10**12


@dataclass(frozen=True)
class Cell:
    """A published count, or None with the reason it is not shown."""

    count: int | None
    mark: str = ""


def _with_margins(rows: list[list[int]]) -> list[list[int]]:
    columns = len(rows[0]) if rows else 0
    table = [list(row) + [sum(row)] for row in rows]
    table.append([sum(row[j] for row in table) for j in range(columns + 1)])
    return table


def _lines(height: int, width: int) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Each row and column of the table with margins: its cells and the cell of its sum."""
    found = [([(i, j) for j in range(width - 1)], (i, width - 1)) for i in range(height)]
    found += [([(i, j) for i in range(height - 1)], (height - 1, j)) for j in range(width)]
    return found


def _bounds(table, hidden: dict, k: int, lines) -> dict:
    """What a reader can tell about each hidden cell from the shown cells and the sums."""
    bounds = {}
    for i, row in enumerate(table):
        for j, value in enumerate(row):
            if (i, j) not in hidden:
                bounds[(i, j)] = (value, value)
            elif hidden[(i, j)] == SMALL:
                bounds[(i, j)] = (0, k - 1)
            else:
                bounds[(i, j)] = (k if value >= k else 0, UNBOUNDED)
    for _ in range(100):
        changed = False
        for cells, total in lines:
            low_sum = sum(bounds[c][0] for c in cells)
            high_sum = sum(bounds[c][1] for c in cells)
            t_low, t_high = bounds[total]
            new_total = (max(t_low, low_sum), min(t_high, high_sum))
            if new_total != bounds[total]:
                bounds[total], changed = new_total, True
            t_low, t_high = new_total
            for cell in cells:
                low, high = bounds[cell]
                others_low = low_sum - low
                others_high = high_sum - high
                new = (max(low, t_low - others_high), min(high, t_high - others_low))
                if new != bounds[cell]:
                    bounds[cell], changed = new, True
        if not changed:
            break
    return bounds


def _rectangle(table, hidden: dict, cell: tuple[int, int]) -> list[tuple[int, int]]:
    """Three more cells that make a rectangle with `cell`, cheapest first: hidden together, the
    four can shift against each other (+d, -d, -d, +d) and no sum pins any of them."""
    i, j = cell
    best: tuple | None = None
    for i2 in range(len(table)):
        for j2 in range(len(table[0])):
            if i2 == i or j2 == j:
                continue
            corners = [c for c in ((i, j2), (i2, j), (i2, j2)) if c not in hidden]
            values = [table[r][c] for r, c in corners]
            # An empty corner cannot give anything to the small cell: prefer full ones.
            cost = (0 in values, len(corners), sum(values))
            if best is None or cost < best[0]:
                best = (cost, corners)
    return best[1] if best else []


def _in_row(table, hidden: dict, cell: tuple[int, int]) -> list[tuple[int, int]]:
    """For a single list: the smallest other shown count (the total last)."""
    shown = [(0, j) for j in range(len(table[0])) if (0, j) not in hidden and (0, j) != cell]
    last = len(table[0]) - 1
    return sorted(shown, key=lambda c: (c[1] == last, table[0][c[1]]))[:1]


def _protect(table: list[list[int]], lines, k: int, complement) -> list[list[Cell]]:
    height, width = len(table), len(table[0])
    everything = [(i, j) for i in range(height) for j in range(width)]
    hidden = {c: SMALL for c in everything if table[c[0]][c[1]] < k}
    while True:
        bounds = _bounds(table, hidden, k, lines)
        exposed = [c for c, why in hidden.items() if why == SMALL and len(set(bounds[c])) == 1]
        if not exposed:
            break
        extra = complement(table, hidden, exposed[0])
        if not extra:  # nothing left to hide beside it: withhold the whole table
            extra = [c for c in everything if c not in hidden]
            hidden.update({c: WITHHELD for c in extra})
            break
        hidden.update({c: WITHHELD for c in extra})
    return [
        [
            Cell(None, hidden[(i, j)]) if (i, j) in hidden else Cell(table[i][j])
            for j in range(width)
        ]
        for i in range(height)
    ]


def protect(rows: list[list[int]], k: int) -> list[list[Cell]]:
    """`rows` with a total column and a total row added, small cells withheld as above."""
    table = _with_margins(rows)
    return _protect(table, _lines(len(table), len(table[0])), k, _rectangle)


def protect_list(values: list[int], k: int) -> tuple[list[Cell], Cell]:
    """One list of counts and its total, withheld the same way."""
    if not values:
        return [], protect_one(0, k)
    table = [[*values, sum(values)]]
    lines = [([(0, j) for j in range(len(values))], (0, len(values)))]
    row = _protect(table, lines, k, _in_row)[0]
    return row[:-1], row[-1]


def protect_one(value: int, k: int) -> Cell:
    """A count published on its own."""
    return Cell(None, SMALL) if value < k else Cell(value)


def merge_small(counts: dict[str, int], k: int) -> tuple[list[tuple[str, Cell]], list[str]]:
    """Counts by category, largest first, with categories under `k` merged into one group.

    The group grows by the smallest shown category until it reaches `k`, so every published
    figure is at least `k` and they still add up to the total. Returns the shown categories
    and the keys of the merged group (its count is the last entry, under the key "").
    """
    shown = sorted(((n, key) for key, n in counts.items() if n), reverse=True)
    merged = [key for n, key in shown if n < k]
    shown = [(n, key) for n, key in shown if n >= k]
    group = sum(counts[key] for key in merged)
    while merged and group < k and shown:
        n, key = shown.pop()
        merged.append(key)
        group += n
    cells = [(key, Cell(n)) for n, key in shown]
    if merged:
        cells.append(("", protect_one(group, k)))
    return cells, sorted(merged)
