"""A guess at a tracking code costs what docs/transparency.md says (the suite's own process
checks codes at a lower cost: tests/conftest.py)."""

from __future__ import annotations

import hashlib

from tests.conftest import PRODUCTION_SCRYPT


def test_a_tracking_code_guess_costs_16_mib_of_scrypt():
    assert PRODUCTION_SCRYPT["n"] * 128 * PRODUCTION_SCRYPT["r"] >= 16 * 1024 * 1024
    assert PRODUCTION_SCRYPT["p"] >= 1 and PRODUCTION_SCRYPT["dklen"] == 32


def test_the_production_cost_fits_its_memory_limit():
    digest = hashlib.scrypt(b"code", salt=b"ticket-salt", **PRODUCTION_SCRYPT)
    assert len(digest) == 32
