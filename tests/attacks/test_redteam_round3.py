"""Red-team round 3: attacks on the protections, run for real (PostgreSQL, the app's own
paths, the command line, direct SQL as a database writer).

An attack that still works is an `xfail(strict=True)` test: the suite stays green, and the
fix turns it into a pass (and strict makes the xfail fail, so the marker must go).
Attacks that held are plain tests.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from handlers.thai.agencies import NEAR, mentions, parse, similarity

PG = os.environ.get("TEST_DATABASE_URL", "")
CONFLICT = parse("อบต.บ้านเป้า")


def _named(text_: str) -> float:
    """How close the closest agency named anywhere in `text_` is to อบต.บ้านเป้า."""
    found = [parse(text_), *mentions(text_)]
    return max(similarity(CONFLICT, m) for m in found)


# --- recusal through look-alike letters (handlers/thai/normalise.clean, agencies) ---------

HELD_SPELLINGS = {
    "cyrillic": "Ban Pao ЅАО",
    "greek": "Ban Pαο SAO",
    "full-width": "ＳＡＯ Ｂａｎ Ｐａｏ",
    "mathematical bold": "𝐒𝐀𝐎 𝐁𝐚𝐧 𝐏𝐚𝐨",
    "circled": "ⓈⒶⓄ Ⓑⓐⓝ Ⓟⓐⓞ",
    "zero-width": "อบต.บ้าน\u200bเป้า\u200d",
    "soft hyphen": "อบต.บ้าน\u00adเป้า",
    "left-to-right mark": "อบต.บ้าน\u200eเป้า",
    "variation selectors": "อบต.บ\ufe0f้าน\ufe0fเป้\ufe0fา",
    "tone before vowel": "อบต.บา้นเปา้",
    "Latin among Thai": "อบต.Ban Pao",
    "in an English sentence": "the mayor of Ban Pao SAO took money",
}


@pytest.mark.parametrize("spelling", list(HELD_SPELLINGS.values()), ids=list(HELD_SPELLINGS))
def test_look_alike_spellings_still_name_the_conflicted_agency(spelling):
    assert _named(spelling) >= NEAR


BROKEN_SPELLINGS = {
    # Lao letters are drawn like Thai ones (ບ/บ, ປ/ป, ນ/น, ເ/เ, າ/า, ້/้): read as unrelated.
    "Lao letters for the place": "นายกอบต.ບ້ານເປ້າ เรียกเงิน",
    "Lao letters throughout": "ນາຍົກ ອບຕ.ບ້ານເປ້າ เรียกเงิน",
    # Latin letters from IPA / small capitals / Cherokee / Armenian are missing from the table.
    "Latin alpha": "the mayor of Bɑn Pɑo SɑO took money",
    "small capitals": "the mayor of ʙan ᴘao sᴀo took money",
    "Cherokee capitals": "Ᏼan Pao ᏚᎪO",
    "Armenian o": "the mayor of Ban Paօ SAO took money",
}


@pytest.mark.xfail(
    strict=True,
    reason="look-alike letters outside Cyrillic/Greek (Lao, IPA alpha, small capitals, "
    "Cherokee, Armenian) hide an agency named in the story from recusal",
)
@pytest.mark.parametrize("spelling", list(BROKEN_SPELLINGS.values()), ids=list(BROKEN_SPELLINGS))
def test_other_scripts_look_alikes_still_name_the_conflicted_agency(spelling):
    assert _named(spelling) >= NEAR
