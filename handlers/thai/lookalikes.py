"""Letters drawn like Latin or Thai ones, read as the letters they look like.

A story or a name typed with look-alike letters ("ЅАО", "Bɑn", "ʙan", "ᏚᎪO", "ອບຕ.ບ້ານເປ້າ")
must name the same agency as the plain spelling, or recusal is blind to it. The pairs come
from Unicode's confusables list (UTS #39, as shipped by `confusable_homoglyphs`), with two
families it leaves out: Latin small capitals ("ᴀ" is read as "a", by their Unicode names)
and Lao letters, encoded at the Thai letters' code points plus 0x80 where the two alphabets
correspond. One table, built once per process, for `str.translate`.
"""

from __future__ import annotations

import re
import unicodedata

from confusable_homoglyphs.confusables import confusables_data

_THAI = range(0x0E00, 0x0E80)
_LAO = range(0x0E80, 0x0F00)
_LAO_TO_THAI = 0x80
# Lao writes the short closed "o" with a mark (ົ) that Thai leaves unwritten: ນາຍົກ is นายก.
_LAO_MAI_KON = "\u0ebb"
#: Lao signs with no Thai letter at their code point and no NFKC form (the ligatures "ໜ", "ໝ"
#: have one: ຫນ, ຫມ): the l written under a letter ("ຫຼວງ" is หลวง) and the "ia" of a closed
#: syllable ("ກຽດ", read กียด: Thai writes เกียด). Read so by the masking of names
#: (`handlers.masking`), not yet by the clean-up (`LOOKALIKES`), for which the understanding's
#: held-out counts would have to be measured first.
LAO_OWN = {"\u0ebc": "ล", "\u0ebd": "\u0e35ย"}
_SMALL_CAPITAL = re.compile(r"LATIN (?:CAPITAL )?LETTER SMALL CAPITAL ([A-Z])")
# The Latin blocks holding small capitals (IPA, phonetic extensions, Latin Extended-D and E).
_SMALL_CAPITAL_BLOCKS = (
    range(0x0250, 0x02B0),
    range(0x1D00, 0x1DC0),
    range(0xA720, 0xA800),
    range(0xAB30, 0xAB70),
)


def _readable(target: str) -> bool:
    """A spelling we compare in: ASCII letters only, or Thai only."""
    return target.isascii() and target.isalpha() or all(ord(c) in _THAI for c in target)


def _confusable(source: str) -> str | None:
    """The ASCII or Thai letters Unicode lists `source` as confusable with, in its case."""
    targets = [h["c"] for h in confusables_data.get(source, ()) if _readable(h["c"])]
    if not targets:
        return None
    same_case = [t for t in targets if t.isupper() == source.isupper()]
    target = (same_case or targets)[0]
    # Unicode pairs "I", "l" and "1" under the prototype "l"; a capital is read as the capital I.
    return "I" if target == "l" and source.isupper() else target


def _lao(code: int) -> str | None:
    """The Thai letter at the Lao letter's corresponding code point, if Thai has one."""
    thai = chr(code - _LAO_TO_THAI)
    return thai if unicodedata.name(thai, "") else None


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in (c for block in _SMALL_CAPITAL_BLOCKS for c in block):
        letter = _SMALL_CAPITAL.fullmatch(unicodedata.name(chr(code), ""))
        if letter:
            table[code] = letter.group(1).lower()
    for code in _LAO:
        if unicodedata.name(chr(code), "") and (thai := _lao(code)):
            table[code] = thai
    table[ord(_LAO_MAI_KON)] = ""
    for source in confusables_data:
        if len(source) != 1 or source.isascii() or ord(source) in _THAI:
            continue
        if unicodedata.category(source) == "Nd":
            continue  # a digit stays a digit, whatever it looks like
        target = _confusable(source)
        if target is not None and (ord(source) not in _LAO or ord(target[0]) in _THAI):
            table[ord(source)] = target
    return table


#: `str.translate` table: look-alike letter → the Latin or Thai letters it is read as.
LOOKALIKES: dict[int, str] = _table()

#: Latin letters drawn with a stroke, which have no decomposition and which UTS #39 pairs with
#: no ASCII letter ("Bøønma", "Łek"), and signs drawn like a Latin letter that it leaves out
#: (the Canadian syllabics of "fancy text", "ᔕ" for S, "ᗷ" for B; the euro sign for e): read
#: as those letters by the masking
#: of names (`handlers.masking`), not by the clean-up (`LOOKALIKES`), so everyday text ("50€")
#: reads as it did.
NAME_LOOKALIKES: dict[int, str] = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ƀ": "b",
        "η": "n",  # Greek eta, which UTS #39 pairs only with "n̩" ("Thoηgdee")
        "ᔕ": "S",
        "€": "e",
        # the rest of the "fancy text" alphabet drawn from Canadian syllabics ("ᗷOOᑎᗰᗩ")
        "ᗩ": "A",
        "ᗷ": "B",
        "ᑕ": "C",
        "ᗪ": "D",
        "ᗴ": "E",
        "ᖴ": "F",
        "ᕼ": "H",
        "ᒍ": "J",
        "ᒪ": "L",
        "ᗰ": "M",
        "ᑎ": "N",
        "ᑭ": "P",
        "ᑫ": "Q",
        "ᖇ": "R",
        "ᑌ": "U",
        "ᐯ": "V",
        "ᗯ": "W",
        "᙭": "X",
        "ᘔ": "Z",
    }
)
