"""How many examples a heavy property test tries: fewer in the everyday run, all of them in
the thorough one (`HYPOTHESIS_PROFILE=thorough pytest ...`, for a nightly or explicit run).

The everyday run tries a quarter, and the same ones at every run (derandomized: each test's
examples are drawn from a seed of its own name, so a run is repeatable and a failure comes
back at the next run until it is fixed). The thorough run draws new examples each time, so
over runs more ground is covered; an example that failed there is tried first the next time
(Hypothesis's example database, .hypothesis/): pin it with `@example` when it is fixed."""

from __future__ import annotations

import os

from hypothesis import settings

EVERYDAY = "everyday"
THOROUGH = "thorough"
settings.register_profile(EVERYDAY, derandomize=True)
#: The thorough profile's own default, for property tests that name no number.
settings.register_profile(THOROUGH, max_examples=1000)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", EVERYDAY)
settings.load_profile(PROFILE)
#: The share of a heavy property test's examples the everyday run tries.
EVERYDAY_SHARE = 4


def examples(thorough: int) -> int:
    """The number of examples to try: `thorough` in the thorough profile, a quarter of it
    (at least 10) otherwise."""
    if PROFILE == THOROUGH:
        return thorough
    return max(10, thorough // EVERYDAY_SHARE)
