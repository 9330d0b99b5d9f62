"""SciPy's `linprog` remembered per test process: the same linear programme is solved once.

The public figures' suppression and bands (`handlers/tickets/suppression.py`, `bands.py`)
solve hundreds of small programmes per release, and most tests release the same tables twice
(on SQLite, then on PostgreSQL) or again unchanged: the solver was the largest share of the
suite's CPU. HiGHS is deterministic, so a programme's answer is kept under its exact inputs and
a copy handed back; the first of each is still solved by SciPy (as the templates and the
cheaper scrypt in `tests/conftest.py`, for the tests' own process only).
"""

from __future__ import annotations

import copy

import numpy as np
import scipy.optimize

_SOLVE = scipy.optimize.linprog
_SOLVED: dict[tuple, object] = {}


def _key(value) -> object:
    """A hashable, exact form of one argument (arrays by shape, type and bytes)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return tuple(sorted((k, _key(v)) for k, v in value.items()))
    array = np.asarray(value, dtype=object if _ragged(value) else None)
    if array.dtype == object:
        return tuple(_key(v) for v in value)
    return (array.shape, array.dtype.str, array.tobytes())


def _ragged(value) -> bool:
    return isinstance(value, list | tuple) and any(
        v is None or isinstance(v, list | tuple) for v in value
    )


def linprog(c, *args, **kwargs):
    """`scipy.optimize.linprog`, solved once per exact programme in this process."""
    key = (_key(c), tuple(_key(a) for a in args), _key(kwargs))
    if key not in _SOLVED:
        _SOLVED[key] = _SOLVE(c, *args, **kwargs)
    return copy.deepcopy(_SOLVED[key])


def remember_solutions() -> None:
    """Route every `from scipy.optimize import linprog` made after this through the memo."""
    scipy.optimize.linprog = linprog
