"""The readers' programme (`handlers.tickets.programme`) answers every objective as `linprog`
does: suppression and bands publish by it, and their property tests trust it to find what a
reader can pin."""

from __future__ import annotations

import random

from scipy.optimize import linprog

from handlers.tickets.programme import Programme


def table_sums(height: int, width: int) -> list[list[int]]:
    """Each row and column of a table with margins adds up to its last cell."""
    at = {(i, j): i * width + j for i in range(height) for j in range(width)}
    equations = []
    for i in range(height):
        row = [0] * len(at)
        for j in range(width - 1):
            row[at[(i, j)]] = 1
        row[at[(i, width - 1)]] = -1
        equations.append(row)
    for j in range(width):
        column = [0] * len(at)
        for i in range(height - 1):
            column[at[(i, j)]] = 1
        column[at[(height - 1, j)]] = -1
        equations.append(column)
    return equations


def published(rnd: random.Random, height: int, width: int, k: int) -> list:
    """What a reader knows of each cell of a random table: small, withheld (k or more),
    anything, a band of k, or the count itself; now and then a count that no table fits."""
    body = [[rnd.randint(0, 3 * k) for _ in range(width - 1)] for _ in range(height - 1)]
    table = [[*row, sum(row)] for row in body]
    table.append([sum(row[j] for row in table) for j in range(width)])
    bounds = []
    for value in (v for row in table for v in row):
        draw = rnd.random()
        if value < k:
            bounds.append((0, k - 1))
        elif draw < 0.4:
            bounds.append((k, None))
        elif draw < 0.5:
            bounds.append((0, None))
        elif draw < 0.75:
            bounds.append((value - value % k, value - value % k + k - 1))
        else:
            bounds.append((value, value))
    if rnd.random() < 0.15:
        n = rnd.randrange(len(bounds))
        low, high = bounds[n]
        bounds[n] = (low + 100, None if high is None else high + 100)
    return bounds


def test_each_cells_least_and_most_are_linprogs_in_random_tables():
    rnd = random.Random(18)
    statuses = set()
    for _ in range(40):
        height, width, k = rnd.randint(2, 4), rnd.randint(2, 4), rnd.randint(2, 5)
        equations, bounds = table_sums(height, width), published(rnd, height, width, k)
        programme = Programme(equations, [0] * len(equations), bounds)
        for n in range(len(bounds)):
            for sign in (1, -1):
                objective = [0] * len(bounds)
                objective[n] = sign
                expected = linprog(
                    objective, A_eq=equations, b_eq=[0] * len(equations), bounds=bounds
                )
                found = programme.solve(objective)
                assert (found.status, found.success) == (expected.status, expected.success)
                if expected.fun is None:
                    assert found.fun is None
                else:
                    assert abs(found.fun - expected.fun) < 1e-7
                statuses.add(found.status)
    assert statuses == {0, 2, 3}  # optimal, infeasible and unbounded were all met


def test_a_withheld_cell_no_sum_holds_back_is_unbounded_and_its_least_is_k():
    # A 2x2 table with margins, everything withheld (k or more): nothing caps a cell.
    equations = table_sums(2, 2)
    programme = Programme(equations, [0] * len(equations), [(3, None)] * 4)

    assert programme.solve([0, 0, 0, -1]).status == 3
    least = programme.solve([0, 0, 0, 1])
    assert (least.status, least.fun) == (0, 3)
