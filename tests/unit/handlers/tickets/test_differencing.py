"""Public figures that can't be differenced: a reader who solves the published sums exactly
(a linear programme over every hidden cell) pins no small count, in random tables, and the
attacks that once worked across two releases no longer do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.tickets.programme import Programme
from handlers.tickets.suppression import SMALL, TABLE, WITHHELD, Cell, protect, protect_list
from tests.property_profiles import examples

tables = st.integers(1, 4).flatmap(
    lambda width: st.lists(
        st.lists(st.integers(0, 12), min_size=width, max_size=width), min_size=1, max_size=5
    )
)


def pinned(published, k: int, attacked=None) -> list[tuple[int, int]]:
    """The small cells (or the `attacked` ones) a reader can work out exactly from
    everything that is shown.

    Every cell of the table with margins is a variable: shown ones are fixed, "fewer than k"
    lie in 0..k-1, withheld ones are at least k (all smaller ones are marked small), those of
    a table withheld whole are anything; each row
    and column adds up to its margin. Sums of this shape have integral corners, so the
    programme's bounds are the reader's exact bounds.
    """
    height, width = len(published), len(published[0])
    at = {(i, j): i * width + j for i in range(height) for j in range(width)}
    bounds = []
    for i in range(height):
        for j in range(width):
            cell = published[i][j]
            if cell.mark == SMALL:
                bounds.append((0, k - 1))
            elif cell.mark == WITHHELD:
                bounds.append((k, None))
            elif cell.mark == TABLE:
                bounds.append((0, None))
            else:
                bounds.append((cell.count, cell.count))
    rows = []
    for i in range(height):
        row = [0] * len(at)
        for j in range(width - 1):
            row[at[(i, j)]] = 1
        row[at[(i, width - 1)]] = -1
        rows.append(row)
    for j in range(width):
        column = [0] * len(at)
        for i in range(height - 1):
            column[at[(i, j)]] = 1
        column[at[(height - 1, j)]] = -1
        rows.append(column)
    programme = Programme(rows, [0] * len(rows), bounds)
    found = []
    for (i, j), n in at.items():
        if (i, j) not in (attacked or ()) and (
            attacked is not None or published[i][j].mark != SMALL
        ):
            continue
        objective = [0] * len(at)
        objective[n] = 1
        low = programme.solve(objective).fun
        objective[n] = -1
        high = programme.solve(objective).fun
        if high is not None and -high - low < 0.5:  # None: no sum holds it back
            found.append((i, j))
    return found


@settings(max_examples=examples(150), deadline=None)
@given(rows=tables, k=st.integers(2, 5))
def test_no_small_cell_of_a_random_table_can_be_worked_out(rows, k):
    published = protect(rows, k)

    assert all(c.count is None or c.count >= k for row in published for c in row)
    assert pinned(published, k) == []
    grand = sum(map(sum, rows))
    if all(value >= k for row in rows for value in row):
        assert published[-1][-1].count == grand


@settings(max_examples=examples(150), deadline=None)
@given(rows=tables, k=st.integers(2, 5), hide_total=st.booleans())
def test_a_withheld_count_is_never_below_k_as_every_reader_takes_it(rows, k, hide_total):
    # The readers above (and `suppression._solved`) bound a withheld cell at k or more.
    table = [[*row, sum(row)] for row in rows]
    table.append([sum(column) for column in zip(*table, strict=True)])
    cells, total = protect_list(rows[0], k, total_known=True, hide_total=hide_total)

    published = protect(rows, k, hide_total)

    for row, shown in zip(table, published, strict=True):
        assert all(c.mark != WITHHELD or v >= k for v, c in zip(row, shown, strict=True))
    assert all(
        c.mark != WITHHELD or v >= k
        for v, c in zip([*rows[0], sum(rows[0])], [*cells, total], strict=True)
    )


@settings(max_examples=examples(150), deadline=None)
@given(values=st.lists(st.integers(0, 12), min_size=1, max_size=8), k=st.integers(2, 5))
def test_no_small_count_of_a_random_list_with_a_known_total_can_be_worked_out(values, k):
    cells, total = protect_list(values, k, total_known=True)

    assert pinned([[*cells, total], [*cells, total]], k) == []
    assert total.count in (sum(values) if sum(values) >= k else None, None)


def test_a_kind_with_its_first_complaint_changes_no_published_count():
    # Kinds were merged into the smallest shown one: 5 became "merged 6", so the new one was 1.
    before, before_total = protect_list([40, 5, 0, 0, 0, 0], 5, total_known=True)
    after, after_total = protect_list([40, 5, 1, 0, 0, 0], 5, total_known=True)

    assert before_total.count == 45 and after_total.count == 46
    assert after[1].count in (5, None) and after[2].mark == SMALL  # no "merged 6"
    assert [c.mark for c in after].count(SMALL) == 4  # which kind grew cannot be told
    assert pinned([[*after, after_total]] * 2, 5) == []


def test_a_month_with_its_first_complaint_hides_the_total_not_the_earlier_month():
    # [12] total 12, then [—, <5] total 13 gave the new month away: 13 − 12 = 1.
    before, before_total = protect_list([12], 5)
    after, after_total = protect_list([12, 1], 5)

    assert (before[0].count, before_total.count) == (12, 12)
    assert [c.count for c in after] == [12, None] and after[1].mark == SMALL
    # Not "withheld" (k or more: wrong below k), nor "fewer than k": it says nothing.
    assert after_total.count is None and after_total.mark == TABLE


@settings(max_examples=examples(60), deadline=None)
@given(values=st.lists(st.integers(0, 12), min_size=1, max_size=6), k=st.integers(2, 5))
def test_the_total_of_a_series_with_a_withheld_count_says_nothing_at_any_size(values, k):
    cells, total = protect_list(values, k)

    if any(c.mark for c in cells):
        assert total == Cell(None, TABLE)
    else:
        assert total.count == sum(values)


@settings(max_examples=examples(150), deadline=None)
@given(rows=tables, k=st.integers(2, 5))
def test_a_withheld_grand_total_cannot_be_worked_out_from_the_shown_cells(rows, k):
    # Withheld because the kinds needed it hidden: the shown margins must not give it back.
    published = protect(rows, k, hide_total=True)
    corner = (len(published) - 1, len(published[0]) - 1)

    assert published[corner[0]][corner[1]].mark in (SMALL, WITHHELD, TABLE)
    assert pinned(published, k, attacked=[corner]) == []
    assert pinned(published, k) == []


@settings(max_examples=examples(150), deadline=None)
@given(values=st.lists(st.integers(0, 12), min_size=1, max_size=8), k=st.integers(2, 5))
def test_a_withheld_total_of_a_list_cannot_be_worked_out_from_its_counts(values, k):
    cells, total = protect_list(values, k, total_known=True, hide_total=True)
    published = [[*cells, total], [*cells, total]]

    assert total.mark in (SMALL, WITHHELD, TABLE)
    assert pinned(published, k, attacked=[(0, len(values))]) == []
    assert pinned(published, k) == []


def test_a_grand_total_withheld_beside_shown_district_totals_is_withheld_with_one_of_them():
    # 20 + 30 + 40 + 50: withholding 140 alone, the shown totals 50 and 90 added up to it.
    published = protect([[20, 30], [40, 50]], 5, hide_total=True)

    assert published[-1][-1].mark == WITHHELD
    assert [published[0][-1].mark, published[1][-1].mark].count(WITHHELD) >= 1
    assert [published[-1][0].mark, published[-1][1].mark].count(WITHHELD) >= 1


def test_listing_every_district_keeps_three_small_ones_uncertain():
    # Listed only when they had tickets, 17 − 6 − 8 = 3 over three "<5" districts meant 1 each.
    with_tickets = [[6], [8], [1], [1], [1]]
    every_district = with_tickets + [[0]] * 18

    published = protect(every_district, 5)

    assert published[-1][-1].count == 17
    assert pinned(published, 5) == []
    shown = [row[0].count for row in published[:-1] if row[0].count is not None]
    small = [row for row in published[:-1] if row[0].mark == SMALL]
    assert len(small) >= 20 and sum(shown) <= 14
