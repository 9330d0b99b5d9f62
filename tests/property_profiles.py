"""How many examples a heavy property test tries: fewer in the everyday run, all of them in
the thorough one (`HYPOTHESIS_PROFILE=thorough pytest ...`, for a nightly or explicit run).

The everyday run tries a quarter. Each run draws new examples, so over runs the same ground
is covered, and an example that failed is tried first the next time (Hypothesis's example
database, .hypothesis/); pin it with `@example` when it is fixed."""

from __future__ import annotations

import os

from hypothesis import settings

THOROUGH = "thorough"
#: The thorough profile's own default, for property tests that name no number.
settings.register_profile(THOROUGH, max_examples=1000)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
settings.load_profile(PROFILE)
#: The share of a heavy property test's examples the everyday run tries.
EVERYDAY_SHARE = 4


def examples(thorough: int) -> int:
    """The number of examples to try: `thorough` in the thorough profile, a quarter of it
    (at least 10) otherwise."""
    if PROFILE == THOROUGH:
        return thorough
    return max(10, thorough // EVERYDAY_SHARE)
