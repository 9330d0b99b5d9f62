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

from handlers.tickets.programme import Programme
from handlers.tickets.suppression import SMALL, TABLE, WITHHELD, Cell

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
    # NumPy and SciPy are a third of a second to import: only a release with bands needs them.
    import numpy as np

    names = list(cells)
    at = {name: n for n, name in enumerate(names)}
    bounds = [_range(cells[name], k) for name in names]
    rows = np.zeros((len(lines), len(names)))
    for n, (members, total) in enumerate(lines):
        for name in members:
            rows[n, at[name]] += 1.0
        rows[n, at[total]] -= 1.0
    # One programme for every objective: only the objective changes from one solve to the next.
    solve = Programme(rows, np.zeros(len(lines)), bounds).solve

    # Each solution is a point a reader cannot rule out: every cell it puts at an end of its
    # band reaches that end, so that end need not be solved for (most are settled this way).
    ends = {
        (name, side): bounds[at[name]][side]
        for name in names
        if cells[name].mark in ("", SMALL)
        and len(lines)
        and bounds[at[name]][0] != bounds[at[name]][1]
        for side in (0, 1)
    }
    found = {name: list(bounds[at[name]]) for name, _ in ends}

    def settled_by(x) -> int:
        reached = [end for end in ends if abs(x[at[end[0]]] - ends[end]) < 1e-6]
        for end in reached:
            del ends[end]
        return len(reached)

    # First every open end of one side at once (all lows pulled down together, then all
    # highs up): one programme settles most of them, a few are left to solve one by one.
    progress = True
    while ends and progress:
        progress = False
        for side, sign in ((0, 1.0), (1, -1.0)):
            objective = np.zeros(len(names))
            for name, end in ends:
                if end == side:
                    objective[at[name]] = sign
            if not objective.any():
                continue
            solved = solve(objective)
            if solved.success and settled_by(solved.x):
                progress = True
    while ends:
        (name, side), _ = ends.popitem()
        objective = np.zeros(len(names))
        objective[at[name]] = 1.0 if side == 0 else -1.0
        solved = solve(objective)
        if not solved.success:  # cannot be with true counts: withhold rather than guess
            log.error("bands: no solution for %s (%s)", name, solved.message)
            found[name] = [None, None]
            ends.pop((name, 1 - side), None)
            continue
        found[name][side] = round(solved.x[at[name]])
        settled_by(solved.x)
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
                # Nothing shown is left to withhold, and withholding says "k or more": what
                # is pinned is a "fewer than k" (its bound is what tells), so it says nothing.
                for name in found:
                    cells[name] = Cell(None, TABLE)
                continue
            totals = {max(near, key=lambda name: cells[name].count)}
        for name in totals:
            cells[name] = Cell(None, WITHHELD)


# How many rounds of withholding `apart` tries before it withholds the whole release.
_ROUNDS = 40


def apart(
    cells: dict,
    lines: Sequence[Line],
    k: int,
    before: dict,
    before_lines: Sequence[Line],
    same: Sequence[tuple[Hashable, Hashable]] = (),
    grows: Sequence[tuple[Hashable, Hashable]] = (),
) -> dict:
    """`cells` (this release, already settled) withheld further until, read together with the
    release `before` it (its cells and lines, as published), nothing is learnt of either
    that each tells alone: a district "fewer than k" in one release and "k or more" in the
    next, with a growth that the totals or the newest month bound under k, is at least 1.
    `same` pairs a cell before with this release's that holds the same count (a month that
    had ended), `grows` one that can only have grown since (a district's, a kind's, a
    month's total). Only this release's cells are withheld: the one before is published.
    """
    cells = dict(cells)
    prior = {("before", name): cell for name, cell in before.items()}
    prior_lines = [
        ([("before", m) for m in members], ("before", total)) for members, total in before_lines
    ]
    links = [([("before", b)], now) for b, now in same]
    slack = {("grows", n): Cell(None, TABLE) for n in range(len(grows))}  # anything from 0
    links += [([("before", b), ("grows", n)], now) for n, (b, now) in enumerate(grows)]
    tied = {now: ("before", b) for b, now in (*same, *grows)}
    known = reach(prior, prior_lines, k)
    if not _possible(prior | cells | slack, [*prior_lines, *lines, *links], k):
        # the counts fell since (an erasure): the releases cannot be read together as growth
        log.warning("bands: this release does not follow the one before; not compared")
        return cells
    for _ in range(_ROUNDS):
        alone = known | reach(cells, lines, k)
        together = reach(prior | cells | slack, [*prior_lines, *lines, *links], k)
        told = [name for name, seen in together.items() if seen != alone.get(name, seen)]
        if not told:
            return cells
        log.debug("bands: told together %s", {n: (alone.get(n), together[n]) for n in told})
        # first what ties this release to a told cell of the one before, then this release's
        # told cells, then the lines through them when they already say nothing
        linked = {now for now, b in tied.items() if b in told}
        hide = {name for name in linked if cells[name].mark != TABLE}
        if not hide:
            hide = {name for name in (*linked, *told) if name in cells}
            hide = {name for name in hide if cells[name].mark != TABLE} or {
                other
                for members, total in lines
                if hide & {*members, total}
                for other in (*members, total)
                if cells[other].mark != TABLE
            }
        if not hide:
            break
        for name in hide:
            cell = cells[name]
            cells[name] = Cell(None, WITHHELD if not cell.mark else TABLE)
    log.error("bands: this release and the one before still tell more together; withheld")
    return dict.fromkeys(cells, Cell(None, TABLE))


def _possible(cells: dict, lines: Sequence[Line], k: int) -> bool:
    """Whether the published cells and sums can all hold at once."""
    import numpy as np

    names = list(cells)
    at = {name: n for n, name in enumerate(names)}
    rows = np.zeros((len(lines), len(names)))
    for n, (members, total) in enumerate(lines):
        for name in members:
            rows[n, at[name]] += 1.0
        rows[n, at[total]] -= 1.0
    bounds = [_range(cells[name], k) for name in names]
    return bool(Programme(rows, np.zeros(len(lines)), bounds).solve(np.zeros(len(names))).success)
