"""Published counts in bands of k, so that two releases cannot be subtracted.

Withholding small cells (`suppression`) protects one release; but a district shown 16 in
one month and 17 in the next had exactly one new complaint that month. So every count that
is shown is published as its band of width k (16 with k = 5 is "15–19"), the same way in
every table of a release and in every release: a count that grows by fewer than k keeps its
band or moves to the next, and the reader cannot tell 1 from 9.

The bands of a table and of its totals, read together, can say more than each alone (five
districts at 9, "5–9" each, and a total "45–49" pin every one of them at 9). So a release is
attacked as a reader would (a linear programme over every cell, total and hidden count), and
while some band can be narrowed the totals of the lines through it are withheld.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence

from handlers.tickets.suppression import SMALL, WITHHELD, Cell

log = logging.getLogger(__name__)
# One line of a release: its members and the cell of their sum.
Line = tuple[Sequence[Hashable], Hashable]


def band(cell: Cell, k: int) -> Cell:
    """A shown count as its band of width k (withheld cells stay as they are)."""
    if cell.mark or cell.count is None or k <= 1:
        return cell
    low = cell.count // k * k
    return Cell(low, up_to=low + k - 1)


def _range(cell: Cell, k: int) -> tuple[int, int | None]:
    """What a reader knows of a cell from itself alone."""
    if cell.mark == SMALL:
        return 0, k - 1
    if cell.mark == WITHHELD:
        return k, None
    if cell.mark or cell.count is None:  # a whole table or release withheld
        return 0, None
    return cell.count, cell.count if cell.up_to is None else cell.up_to


def reach(cells: dict, lines: Sequence[Line], k: int) -> dict:
    """Each shown or "fewer than k" cell's least and greatest value given every published
    cell and sum (a linear programme; sums of rows and columns have integral corners, so
    these are exact)."""
    names = list(cells)
    at = {name: n for n, name in enumerate(names)}
    bounds = [_range(cells[name], k) for name in names]
    rows = []
    for members, total in lines:
        row = [0.0] * len(names)
        for name in members:
            row[at[name]] += 1.0
        row[at[total]] -= 1.0
        rows.append(row)
    # Each solution is a point a reader cannot rule out: every cell it puts at an end of its
    # band reaches that end, so that end need not be solved for (most are settled this way).
    ends = {
        (name, side): bounds[at[name]][side]
        for name in names
        if cells[name].mark in ("", SMALL) and rows and bounds[at[name]][0] != bounds[at[name]][1]
        for side in (0, 1)
    }
    found = {name: list(bounds[at[name]]) for name, _ in ends}
    # SciPy is a third of a second to import: only a release with bands to settle needs it.
    from scipy.optimize import linprog

    while ends:
        (name, side), _ = ends.popitem()
        objective = [0.0] * len(names)
        objective[at[name]] = 1.0 if side == 0 else -1.0
        solved = linprog(objective, A_eq=rows, b_eq=[0.0] * len(rows), bounds=bounds)
        if not solved.success:  # cannot be with true counts: withhold rather than guess
            log.error("bands: no solution for %s (%s)", name, solved.message)
            found[name] = [None, None]
            ends.pop((name, 1 - side), None)
            continue
        found[name][side] = round(solved.x[at[name]])
        for other, end in list(ends):
            if abs(solved.x[at[other]] - ends[(other, end)]) < 1e-6:
                del ends[(other, end)]
    return {name: tuple(seen) for name, seen in found.items()}


def narrowed(cells: dict, lines: Sequence[Line], k: int) -> list:
    """The shown cells a reader can place in less than their own band, and the "fewer than
    k" cells they can pin to one value."""
    return [
        name
        for name, seen in reach(cells, lines, k).items()
        if (seen[0] == seen[1] if cells[name].mark == SMALL else seen != _range(cells[name], k))
    ]


def settle(cells: dict, lines: Sequence[Line], k: int) -> dict:
    """`cells` (already suppressed) banded, with the totals of every line through a band the
    other bands and totals narrow withheld, until none is narrowed. Withholding only hides
    more, so what suppression protected stays protected."""
    cells = {name: band(cell, k) for name, cell in cells.items()}
    while True:
        found = set(narrowed(cells, lines, k))
        if not found:
            return cells
        totals = {
            total
            for members, total in lines
            if not cells[total].mark and (total in found or found & set(members))
        }
        if not totals:
            # Only bands are left to narrow each other (the kinds' add up to the districts'
            # withheld total): withhold the largest beside them, the one most like a total.
            near = {
                name
                for members, total in lines
                if found & {*members, total}
                for name in (*members, total)
                if not cells[name].mark
            }
            if not near:
                return cells
            totals = {max(near, key=lambda name: cells[name].count)}
        for name in totals:
            cells[name] = Cell(None, WITHHELD)
