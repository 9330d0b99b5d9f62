"""The number of a ticket's reference: a keyed permutation of the year's sequence.

References keep their shape, `{TICKET_PREFIX}-{Buddhist-era year}-{5 digits}`, but the
n-th ticket of a year does not get number n: it gets `permute(key, n)`, a keyed
permutation of 1..99,999 (a small Feistel network with cycle-walking), so two receipts
differ by no count and the references a tied reviewer sees leave no gaps that count the
tickets kept from them. The key is derived from the newest DATA_LOOKUP_KEY, per prefix and
year (`Vault.reference_key`): a restore with the same keys gives the same next numbers.

After the year's 99,999th number the sequence goes on with six digits (a permutation of
100,000..999,999), then seven, and so on: no complaint is ever refused for want of a number.
"""

from __future__ import annotations

import hashlib
import hmac

ROUNDS = 6
FIRST_DIGITS = 5


def block_of(n: int) -> tuple[int, int, int]:
    """The block of numbers the n-th (from 1) of a year falls in: (first number, size,
    position of n in it from 0). Five digits hold 1..99,999; then 100,000..999,999; …"""
    if n < 1:
        raise ValueError("sequences start at 1")
    low, size, before = 1, 10**FIRST_DIGITS - 1, 0
    while n > before + size:
        before += size
        low = 10 ** (len(str(low + size - 1)))
        size = low * 9
    return low, size, n - before - 1


def _feistel(key: bytes, value: int, half_bits: int) -> int:
    mask = (1 << half_bits) - 1
    left, right = value >> half_bits, value & mask
    for round_ in range(ROUNDS):
        data = f"{half_bits}:{round_}:{right}".encode("ascii")
        mixed = int.from_bytes(hmac.digest(key, data, hashlib.sha256)[:8], "big") & mask
        left, right = right, left ^ mixed
    return (left << half_bits) | right


def permute(key: bytes, position: int, size: int) -> int:
    """A keyed permutation of 0..size-1: a balanced Feistel network over the smallest even
    number of bits that holds `size`, applied again while the result falls outside
    (cycle-walking, which keeps it a permutation of the smaller set)."""
    if not 0 <= position < size:
        raise ValueError("position outside the permutation")
    half_bits = max(1, ((size - 1).bit_length() + 1) // 2)
    value = position
    while True:
        value = _feistel(key, value, half_bits)
        if value < size:
            return value


def number_for(key: bytes, n: int) -> int:
    """The reference number of the n-th ticket of a year under `key`."""
    low, size, position = block_of(n)
    return low + permute(key, position, size)


def formatted(number: int) -> str:
    """A reference number as written: at least five digits."""
    return f"{number:0{FIRST_DIGITS}d}"
