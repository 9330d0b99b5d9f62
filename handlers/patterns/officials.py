"""An official as people name them, reduced to a comparable key: the role, the village
number and the kind of agency ("ผู้ใหญ่บ้านหมู่ 5", "ผญบ.ม.5" and "ผู้ใหญ่ ม.๕" are all
`headman:5`; "นายก อบต.", "นายกฯ" and "นายก" are all the mayor)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.thai import agencies as agency_names
from handlers.thai.normalise import clean, is_dont_know
from handlers.thai.numbers import words_to_digits
from handlers.understanding.lexicon import OFFICIAL_ROLES, VILLAGE_NUMBER_WORDS
from storage.pattern_figures import Whose

_SPELLINGS = sorted(
    ((spelling, role) for role, spellings in OFFICIAL_ROLES.items() for spelling in spellings),
    key=lambda item: -len(item[0]),
)
# A title typed on a phone: a tone mark on the next key (๋ for ่) or left out, ใ written ไ.
# Compared this way only when no spelling is found as written.
_LOOSE_MARKS = str.maketrans("ใ", "ไ", "\u0e48\u0e49\u0e4a\u0e4b")
_LOOSE_SPELLINGS = [(spelling.translate(_LOOSE_MARKS), role) for spelling, role in _SPELLINGS]
_VILLAGE = re.compile(
    r"(?:"
    + "|".join(re.escape(w) for w in sorted(VILLAGE_NUMBER_WORDS, key=len, reverse=True))
    + r")\s*(\d{1,2})\b"
)
VILLAGE_ROLES = frozenset({"headman", "assistant_headman"})  # the officials of one หมู่
#: Who an official is in the figures, beyond their role and village: a หมู่'s headman and the
#: kamnan are the sub-district's (the "same" headman of หมู่ 5 in the next one is another
#: person), the district chief and the district's clerk the district's, anyone else their
#: agency's (the mayor of one อบต., not every mayor of the district).
WHOSE = Whose(
    by_subdistrict=VILLAGE_ROLES | {"kamnan"},
    by_district=frozenset({"district_chief", "district_clerk"}),
)
SAME = 1.0  # same role, same village (or agency kind) where both say one
SIMILAR = 0.7  # same role, one of them does not say which village or agency
GENERIC = 0.3  # both only "a staff member"


@dataclass(frozen=True)
class Official:
    """What an official's name says: a role, a village number, an agency kind ("" unknown)."""

    role: str = ""
    village: str = ""
    agency_kind: str = ""

    @property
    def key(self) -> str:
        """The stored key, e.g. "headman:5:" or "mayor::sao"; "" when nothing is known."""
        return f"{self.role}:{self.village}:{self.agency_kind}" if self.role else ""

    @classmethod
    def from_key(cls, key: str | None) -> Official:
        """The official a stored key stands for."""
        role, _, rest = (key or "").partition(":")
        village, _, kind = rest.partition(":")
        return cls(role, village, kind)


def read(text: str | None) -> Official:
    """The role, village number and agency kind an official's name says."""
    value = words_to_digits(clean(text))
    if not value or is_dont_know(value):
        return Official()
    role = next((r for spelling, r in _SPELLINGS if spelling in value), "")
    if not role:
        loose = value.translate(_LOOSE_MARKS)
        role = next((r for spelling, r in _LOOSE_SPELLINGS if spelling in loose), "")
    village = _VILLAGE.search(value)
    kind = next(iter(agency_names.kinds_named(value)), "")
    return Official(role, village.group(1) if village else "", kind)


_VILLAGE_AFTER = re.compile(r"[\s.]*" + _VILLAGE.pattern)


def village_in_story(story: str | None, role: str) -> str:
    """The village number a story gives right after the role's title ("ผู้ใหญ่บ้านหมู่ 5
    เก็บเงิน…", "ผญบ.ม.๕", "ผญบ หมู่ห้า"); "" when it gives none, or two different ones."""
    text = words_to_digits(clean(story))
    ends = [
        at.end()
        for spelling, named in _SPELLINGS
        if named == role
        for at in re.finditer(re.escape(spelling), text)
    ]
    if not ends:
        ends = _loose_title_ends(text, role)
    found = {village.group(1) for end in ends if (village := _VILLAGE_AFTER.match(text, end))}
    return found.pop() if len(found) == 1 else ""


def _loose_title_ends(text: str, role: str) -> list[int]:
    """Where the role's title ends in `text` when it is typed slightly wrong, as `read` allows
    ("ผู้ใหญ๋บ้านหมู่5"): compared without tone marks, its end found again in the text as typed."""
    kept = [i for i, char in enumerate(text) if char.translate(_LOOSE_MARKS)]
    loose = text.translate(_LOOSE_MARKS)
    return [
        kept[at.end() - 1] + 1
        for spelling, named in _LOOSE_SPELLINGS
        if named == role
        for at in re.finditer(re.escape(spelling), loose)
    ]


def of_ticket(official: str | None, story: str | None) -> Official:
    """The official a report names: its official's field, with the village number its story
    gives after the same title when the field gives none (told story first, the chat keeps
    the title alone: "ผู้ใหญ่บ้าน", the story "ผู้ใหญ่บ้านหมู่ 5 เก็บเงิน…")."""
    found = read(official)
    if found.role and not found.village:
        village = village_in_story(story, found.role)
        if village:
            return Official(found.role, village, found.agency_kind)
    return found


def of_a_village(official: Official) -> bool:
    """Whether the official may be a village's own (a headman, an assistant headman, or not
    said), so that the village a report names may say who it was."""
    return not official.role or official.role in VILLAGE_ROLES


def likeness(a: Official, b: Official) -> float:
    """0-1: how surely two officials are the same person, from what their names say."""
    if not a.role or a.role != b.role:
        return 0.0
    if a.role == "staff":
        return GENERIC
    for x, y in ((a.village, b.village), (a.agency_kind, b.agency_kind)):
        if x and y and x != y:
            return 0.0
    if (a.village or a.agency_kind) and (a.village, a.agency_kind) == (b.village, b.agency_kind):
        return SAME
    return SIMILAR
