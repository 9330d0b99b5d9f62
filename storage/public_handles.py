"""Opaque handles for the row ids a member's page carries (forms and links).

Proposals, evidence files, links between tickets and cases are numbered by plain sequences
shared by every ticket: two ids a tied member sees would count, by their gap, the rows made
meanwhile on tickets kept from them. A page shows instead a keyed handle of the id (an HMAC
under the newest `DATA_LOOKUP_KEY`, purpose `public-handle`, as a 16-digit number so the
routes keep their shape), and the server resolves it only among the rows of the ticket the
member was already allowed to open: a handle names nothing outside it. A case is shown by
its own number now (handlers.patterns.case_numbers); its handle, once on pages and in
letters' file names, still finds it there.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import TypeVar

from storage.crypto import Vault

PURPOSE = "public-handle"
DIGITS = 10**16  # 16 digits, never a leading zero: 10**15 .. 10**16 - 1

Row = TypeVar("Row")


def _number(index: str) -> int:
    return 10**15 + int(index[:16], 16) % (DIGITS - 10**15)


def handle(vault: Vault, kind: str, row_id: int) -> int:
    """The handle a page shows for row `row_id` of `kind` ("proposal", "evidence", …)."""
    return _number(vault.index(f"{kind}:{row_id}", PURPOSE))


def fits(vault: Vault, kind: str, row_id: int, shown: int | None) -> bool:
    """Whether `shown` is that row's handle under any lookup key (a page opened before a key
    rotation still works)."""
    if shown is None:
        return False
    # Every key is tried, and (in `resolve`) every row: the work does not tell which fits.
    return (
        sum(
            hmac.compare_digest(str(_number(found)), str(shown))
            for found in vault.indexes(f"{kind}:{row_id}", PURPOSE)
        )
        > 0
    )


def resolve(vault: Vault, kind: str, shown: int | None, rows: Iterable[Row]) -> Row | None:
    """The row among `rows` (each with an `id`) whose handle is `shown`, None when none is."""
    fitting = [row for row in rows if fits(vault, kind, row.id, shown)]
    return fitting[0] if fitting else None
