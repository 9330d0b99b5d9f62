"""The linear programme of a reader who solves everything published (`suppression`, `bands`):
built once per table, then solved for each objective (a cell's least and most value) by
changing only the objective.

`scipy.optimize.linprog` builds, checks and hands HiGHS a new model at every call: about
1.9 ms of CPU for a table of 30 cells, of which the solve itself is a twentieth, and a
release solves two programmes for many of its cells. Here one HiGHS model takes every
objective in turn, each solve starting from the last one's basis (about 0.08 ms). The solver
is the same (SciPy's HiGHS), and so are the answers a reader takes: an optimum's value is
unique, and the result's `status`, `success` and `fun` read as linprog's (0 optimal,
2 infeasible, 3 unbounded, 4 anything else; `fun` None without an optimum).
SciPy's binding to HiGHS is private: without it (another SciPy), each solve is a linprog call.
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace


class Programme:
    """`equations` (rows of coefficients) times the variables equal `sums`, each variable
    within its `bounds` (low, high or None for no upper bound); `solve` minimises."""

    def __init__(self, equations, sums, bounds) -> None:
        self.equations, self.sums, self.bounds = equations, sums, bounds
        self.cost = [0.0] * len(bounds)
        self.model = None  # built at the first solve: many tables need none

    def solve(self, objective) -> SimpleNamespace:
        """The least value of `objective` (one coefficient per variable), as linprog's
        result: `status`, `success`, `fun`, the solution `x` and a `message`."""
        highs = _highs()
        if highs is None:
            from scipy.optimize import linprog

            return linprog(objective, A_eq=self.equations, b_eq=self.sums, bounds=self.bounds)
        if self.model is None:
            self.model = _model(highs, self.equations, self.sums, self.bounds)
        for n, (was, now) in enumerate(zip(self.cost, objective, strict=True)):
            if was != now:
                self.model.changeColCost(n, float(now))
        self.cost = [float(now) for now in objective]
        self.model.run()
        statuses = _statuses(highs)
        if self.model.getModelStatus() not in statuses:
            # A start from the last basis may end with no answer ("unknown"): from scratch.
            self.model.clearSolver()
            self.model.run()
        model_status = self.model.getModelStatus()
        status = statuses.get(model_status, 4)
        message = self.model.modelStatusToString(model_status)
        if status != 0:
            return SimpleNamespace(status=status, success=False, fun=None, x=None, message=message)
        solution = self.model.getSolution()
        fun = self.model.getInfo().objective_function_value
        return SimpleNamespace(
            status=0, success=True, fun=fun, x=list(solution.col_value), message=message
        )


@cache
def _highs():
    """SciPy's binding to HiGHS, or None where this SciPy has none (imported on first use:
    SciPy is a third of a second to import, and only a release that hides cells needs it)."""
    try:
        from scipy.optimize._highspy import _core as highs
    except ImportError:  # pragma: no cover (another SciPy: linprog for each solve)
        return None
    return highs if hasattr(highs, "_Highs") else None


def _model(highs, equations, sums, bounds):
    import numpy as np

    # Column by column, as HiGHS takes it (scipy.sparse's checks cost more than these tables).
    by_column = np.array(equations, dtype=float).reshape(len(equations), len(bounds)).T
    columns, rows = np.nonzero(by_column)
    starts = np.zeros(len(bounds) + 1, dtype=np.int32)
    np.cumsum(np.count_nonzero(by_column, axis=1), out=starts[1:])
    lp = highs.HighsLp()
    lp.num_col_, lp.num_row_ = len(bounds), len(equations)
    lp.a_matrix_.format_ = highs.MatrixFormat.kColwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = len(bounds), len(equations)
    lp.a_matrix_.start_ = starts
    lp.a_matrix_.index_ = rows.astype(np.int32)
    lp.a_matrix_.value_ = by_column[columns, rows]
    lp.col_cost_ = np.zeros(len(bounds))
    lp.col_lower_ = np.array([low for low, _ in bounds], dtype=float)
    lp.col_upper_ = np.array(
        [highs.kHighsInf if high is None else high for _, high in bounds], dtype=float
    )
    lp.row_lower_ = lp.row_upper_ = np.array(sums, dtype=float)
    model = highs._Highs()
    model.setOptionValue("output_flag", False)
    model.passModel(lp)
    return model


@cache
def _statuses(highs) -> dict:
    """HiGHS's model statuses as linprog's (the others are 4)."""
    status = highs.HighsModelStatus
    return {
        status.kOptimal: 0,
        status.kTimeLimit: 1,
        status.kIterationLimit: 1,
        status.kInfeasible: 2,
        status.kUnbounded: 3,
    }
