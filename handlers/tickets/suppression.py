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

from handlers.tickets.programme import Programme

SMALL = "small"  # fewer than k (0 to k-1)
WITHHELD = "withheld"  # hidden to protect a small cell elsewhere in its row or column
# The whole table withheld: its cells say nothing, not even "fewer than k" or "at least k".
TABLE = "table"
UNBOUNDED = 10**12


@dataclass(frozen=True)
class Cell:
    """A published count, or None with the reason it is not shown; a banded count
    (`bands.band`) is anywhere from `count` to `up_to`."""

    count: int | None
    mark: str = ""
    up_to: int | None = None


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
            else:  # every count below k is marked small, so "withheld" tells k or more
                bounds[(i, j)] = (k, UNBOUNDED)
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


def _solved(table, hidden: dict, k: int, lines, guarded=()) -> list[tuple[int, int]]:
    """The small cells, and the `guarded` ones, a reader who solves the published sums
    exactly (a linear programme over every hidden cell; such sums have integral corners) can
    pin to one value. The propagation of `_bounds` is quick but not exact: this is the check
    that decides."""
    cells = [c for c in hidden]
    at = {c: n for n, c in enumerate(cells)}
    bounds = [(0, k - 1) if hidden[c] == SMALL else (k, None) for c in cells]
    rows, sums = [], []
    for members, total in lines:
        row, known = [0.0] * len(cells), 0
        for c in (*members, total):
            sign = -1 if c == total else 1
            if c in at:
                row[at[c]] += sign
            else:
                known += sign * table[c[0]][c[1]]
        if any(row):
            rows.append(row)
            sums.append(-known)
    if not rows:
        return []
    # One programme for every cell: only the objective changes from one solve to the next.
    programme = Programme(rows, sums, bounds)

    # Every solution is a point a reader cannot rule out: a cell two of them put half a unit
    # or more apart is not pinned, and neither of its programmes need be solved; a cell one of
    # them puts at its own bound (0, or k-1 for a small one) has that end settled.
    seen_low = [float("inf")] * len(cells)
    seen_high = [float("-inf")] * len(cells)

    def seen(result) -> None:
        if result.success:
            for n, value in enumerate(result.x):
                seen_low[n] = min(seen_low[n], value)
                seen_high[n] = max(seen_high[n], value)

    found = []
    for c in cells:
        n = at[c]
        if hidden[c] != SMALL and c not in guarded:
            continue
        if seen_high[n] - seen_low[n] >= 0.5:
            continue
        least, most = bounds[n]
        if seen_low[n] - least > 1e-6:
            objective = [0.0] * len(cells)
            objective[n] = 1.0
            low = programme.solve(objective)
            seen(low)
            if seen_high[n] - seen_low[n] >= 0.5:
                continue
            low_ok, least = low.success, low.fun
        else:
            low_ok = True
        if most is None or most - seen_high[n] > 1e-6:
            objective = [0.0] * len(cells)
            objective[n] = -1.0
            high = programme.solve(objective)
            seen(high)
            if high.status == 3:  # unbounded above: a withheld cell no sum holds back
                continue
            high_ok, most = high.success, -high.fun
        else:
            high_ok = True
        # No solution cannot be with true counts: count the cell as found rather than guess.
        if not (low_ok and high_ok) or most - least < 0.5:
            found.append(c)
    return found


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
    """For a single list: the smallest other shown count (the total is kept)."""
    last = len(table[0]) - 1
    shown = [(0, j) for j in range(last) if (0, j) not in hidden and (0, j) != cell]
    return sorted(shown, key=lambda c: table[0][c[1]])[:1]


def _protect(
    table: list[list[int]],
    lines,
    k: int,
    complement,
    total: tuple[int, int],
    hide_total: bool = False,
) -> list[list[Cell]]:
    """Primary and complementary suppression. The `total` cell is published elsewhere in the
    release too, so it is withheld only with `hide_total`, or as the very last resort; once
    withheld it is protected like a small cell (the other table relies on it being unknown),
    and when nothing else can hide it the whole table is withheld."""
    height, width = len(table), len(table[0])
    everything = [(i, j) for i in range(height) for j in range(width)]
    hidden = {c: SMALL for c in everything if table[c[0]][c[1]] < k}
    if hide_total and total not in hidden:
        hidden[total] = WITHHELD
    # While complements are sought the total counts as taken, so none is chosen there.
    pinned = {} if total in hidden else {total: WITHHELD}
    while True:
        guarded = (total,) if hidden.get(total) == WITHHELD else ()
        bounds = _bounds(table, hidden, k, lines)
        exposed = [
            c
            for c, why in hidden.items()
            if (why == SMALL or c in guarded) and len(set(bounds[c])) == 1
        ]
        exposed = exposed or _solved(table, hidden, k, lines, guarded)
        if not exposed:
            break
        extra = complement(table, hidden | pinned, exposed[0])
        if not extra:  # nothing left to hide beside it: withhold the whole table
            extra = [c for c in everything if c not in hidden and c not in pinned]
            if not extra:
                extra, pinned = list(pinned), {}
            if not extra:  # even "fewer than k" beside "at least k" tells too much
                return [[Cell(None, TABLE)] * width for _ in range(height)]
        hidden.update({c: WITHHELD for c in extra})
    return [
        [
            Cell(None, hidden[(i, j)]) if (i, j) in hidden else Cell(table[i][j])
            for j in range(width)
        ]
        for i in range(height)
    ]


def protect(rows: list[list[int]], k: int, hide_total: bool = False) -> list[list[Cell]]:
    """`rows` with a total column and a total row added, small cells withheld as above.

    The grand total is withheld only when nothing else protects a small cell (or when told,
    because another table of the release had to): the release publishes it elsewhere too,
    and hiding it in one table only would protect nothing."""
    table = _with_margins(rows)
    corner = (len(table) - 1, len(table[0]) - 1)
    lines = _lines(len(table), len(table[0]))
    return _protect(table, lines, k, _rectangle, corner, hide_total)


def protect_list(
    values: list[int], k: int, total_known: bool = False, hide_total: bool = False
) -> tuple[list[Cell], Cell]:
    """One list of counts and its total, withheld so that no small count can be derived.

    With `total_known` (the total is the release's grand total) it is kept as in `protect`
    and other counts are withheld beside a small one. Otherwise the total is published only
    when no count is withheld, and otherwise says nothing (`TABLE`): a series whose earlier
    counts were published in an earlier release (months) would give the small one away by
    subtraction.
    """
    if not values:
        return [], protect_one(0, k)
    table = [[*values, sum(values)]]
    last = len(values)
    if not total_known:
        cells = [protect_one(v, k) for v in values]
        hidden = any(cell.mark for cell in cells)
        # Withheld, it would say "k or more"; so it says nothing, whatever the sum is.
        return cells, Cell(None, TABLE) if hidden else protect_one(sum(values), k)
    lines = [([(0, j) for j in range(last)], (0, last))]
    row = _protect(table, lines, k, _in_row, (0, last), hide_total)[0]
    return row[:-1], row[-1]


def protect_one(value: int, k: int) -> Cell:
    """A count published on its own."""
    return Cell(None, SMALL) if value < k else Cell(value)
