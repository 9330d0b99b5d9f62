"""The exact check of suppression (`_solved`) skips the programmes whose answer earlier
solutions already settle: it must name the same pinned cells, in the same order, as solving
a min and a max programme for every cell (the computation before that shortcut, kept here as
the reference). A wrong answer would publish a recoverable small count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.tickets.programme import Programme
from handlers.tickets.suppression import SMALL, WITHHELD, _lines, _solved, _with_margins
from tests.property_profiles import examples


def reference_solved(table, hidden, k, lines, guarded=()):
    """Every small or guarded cell's min and max solved on its own (the former `_solved`)."""
    cells = list(hidden)
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
    programme = Programme(rows, sums, bounds)
    found = []
    for c in cells:
        if hidden[c] != SMALL and c not in guarded:
            continue
        objective = [0.0] * len(cells)
        objective[at[c]] = 1.0
        low = programme.solve(objective)
        objective[at[c]] = -1.0
        high = programme.solve(objective)
        if high.status == 3:
            continue
        if not (low.success and high.success) or -high.fun - low.fun < 0.5:
            found.append(c)
    return found


@st.composite
def releases(draw):
    """A table with margins, which of its cells are hidden (every count below k is, as in
    `protect`, plus some withheld ones), and whether the grand total is guarded."""
    k = draw(st.integers(2, 5))
    height, width = draw(st.integers(1, 4)), draw(st.integers(1, 5))
    rows = draw(
        st.lists(
            st.lists(st.integers(0, 3 * k), min_size=width, max_size=width),
            min_size=height,
            max_size=height,
        )
    )
    table = _with_margins(rows)
    everything = [(i, j) for i in range(height + 1) for j in range(width + 1)]
    hidden = {c: SMALL for c in everything if table[c[0]][c[1]] < k}
    large = [c for c in everything if c not in hidden]
    for c in draw(st.lists(st.sampled_from(large), unique=True)) if large else []:
        hidden[c] = WITHHELD
    corner = everything[-1]
    guarded = (corner,) if hidden.get(corner) == WITHHELD and draw(st.booleans()) else ()
    return table, hidden, k, guarded


@settings(max_examples=examples(2000), deadline=None)
@given(releases())
def test_the_exact_check_names_the_same_pinned_cells_as_solving_every_cell(release):
    table, hidden, k, guarded = release
    lines = _lines(len(table), len(table[0]))
    assert _solved(table, hidden, k, lines, guarded) == reference_solved(
        table, hidden, k, lines, guarded
    )


def test_a_lone_small_cell_beside_shown_ones_is_pinned_by_its_sums():
    table = _with_margins([[1, 7], [6, 8]])
    hidden = {(0, 0): SMALL}
    lines = _lines(3, 3)
    assert _solved(table, hidden, 3, lines) == [(0, 0)]
