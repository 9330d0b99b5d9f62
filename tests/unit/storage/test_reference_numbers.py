"""Reference numbers: a keyed permutation of the year's sequence, in the five-digit shape."""

from __future__ import annotations

import pytest

from storage.crypto import Vault
from storage.reference_numbers import block_of, formatted, number_for, permute

LOOKUP = "reference-test-lookup-key-0123456789abcdef"


def _key(lookup: str = LOOKUP, prefix: str = "BRM", year: int = 2569) -> bytes:
    return Vault("secret", lookup_key=lookup).reference_key(prefix, year)


@pytest.mark.parametrize("size", [1, 2, 7, 1000, 4097])
def test_the_permutation_gives_every_number_of_its_range_once(size):
    assert sorted(permute(_key(), i, size) for i in range(size)) == list(range(size))


def test_a_years_numbers_are_five_digits_each_given_once_in_no_order():
    numbers = [number_for(_key(), n) for n in range(1, 2001)]
    assert len(set(numbers)) == len(numbers)
    assert all(1 <= x <= 99_999 and len(formatted(x)) == 5 for x in numbers)
    rises = sum(b > a for a, b in zip(numbers, numbers[1:], strict=False))
    assert 0.4 < rises / (len(numbers) - 1) < 0.6  # as often down as up: no order
    assert len({b - a for a, b in zip(numbers, numbers[1:], strict=False)}) > 1900  # no count


def test_the_same_keys_give_the_same_numbers_and_other_keys_others():
    """A restore on another machine with the same keys goes on with the same numbers; another
    prefix, year or lookup key has a permutation of its own."""
    first = [number_for(_key(), n) for n in range(1, 51)]
    assert first == [number_for(_key(), n) for n in range(1, 51)]
    for other in (_key(lookup="another-lookup-key-0123456789abcdefghij"), _key(year=2570)):
        assert first != [number_for(other, n) for n in range(1, 51)]
    assert first != [number_for(_key(prefix="SRN"), n) for n in range(1, 51)]


def test_past_99999_in_a_year_numbers_get_six_digits():
    assert block_of(99_999) == (1, 99_999, 99_998)
    assert block_of(100_000) == (100_000, 900_000, 0)
    assert block_of(1_000_000) == (1_000_000, 9_000_000, 0)
    sixes = [number_for(_key(), n) for n in range(100_000, 100_200)]
    assert len(set(sixes)) == 200 and all(100_000 <= x <= 999_999 for x in sixes)
    assert len(formatted(sixes[0])) == 6
