"""The tracking code a complainant is shown once: its alphabet, its shape, and finding it in
what a person types ("fe6r g2sn gsnd", "FE6R-G2SN-GSND", "FE6RG2SNGSND")."""

from __future__ import annotations

import re
import secrets

TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud on a phone
# Three groups of four: 31^12 ≈ 7·10^17 codes (59 bits), each try a slow scrypt per ticket.
TRACKING_GROUPS = 3
TRACKING_GROUP_LENGTH = 4

_GROUP = f"[{TRACKING_ALPHABET}]{{{TRACKING_GROUP_LENGTH}}}"
# Groups joined as printed, by spaces, or not at all; never inside a longer run of letters.
# Codes given before the third group was added have two groups and still open their ticket.
# A hyphen beside it means a longer or broken code ("FE6R-G2SN-GSN"), not a short one.
_TYPED = re.compile(
    rf"(?<![A-Za-z0-9-])({_GROUP}(?:[\s-]?{_GROUP}){{{TRACKING_GROUPS - 2},{TRACKING_GROUPS - 1}}})"
    r"(?![A-Za-z0-9-])",
    re.I,
)


def new_tracking_code() -> str:
    """A random code shown once to the complainant, e.g. 'K7QM-4TXP-H3WA'."""
    groups = (
        "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_GROUP_LENGTH))
        for _ in range(TRACKING_GROUPS)
    )
    return "-".join(groups)


def normal_code(code: str) -> str:
    """The code as it is hashed: letters and digits only, upper case."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def tracking_code_in(text: str) -> str | None:
    """The first tracking code typed in `text`, in its printed form ('FE6R-G2SN-GSND'), or
    None. Any case, its groups joined by hyphens, spaces or nothing; without a digit or a
    hyphen, three words of four letters ("when they want") are words, not a code."""
    for found in _TYPED.finditer(text or ""):
        if "-" in found.group(1) or any(ch.isdigit() for ch in found.group(1)):
            break
    else:
        return None
    plain = normal_code(found.group(1))
    size = TRACKING_GROUP_LENGTH
    return "-".join(plain[i : i + size] for i in range(0, len(plain), size))
