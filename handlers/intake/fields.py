"""What a complaint holds, and how complete a draft is against what the NACC asks."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.thai.normalise import compact, is_dont_know, is_empty

KINDS = ("bribery", "procurement", "budget", "abuse", "conflict", "other")
MIN_DESCRIPTION = 40
MAX_DESCRIPTION = 5000  # LINE's own limit for one text message
MAX_SHORT_TEXT = 300
MAX_EVIDENCE = 10
EVIDENCE_KINDS = ("image", "video", "audio", "file")

# The summary's numbered lines, in the order shown: "แก้ 3" is the third of these, wherever the
# number is read (the card, an edit typed, a field picked by number).
SUMMARY_ITEMS = (
    "kind",
    "agency",
    "official",
    "district",
    "when",
    "what",
    "evidence",
    "witnesses",
    "reported",
    "identity",
)
# The elements the NACC and the Ministry of Interior's anti-corruption centre ask for.
ELEMENTS = (
    "kind",
    "agency",
    "official",
    "place",
    "when",
    "what",
    "evidence",
    "witnesses",
    "reported",
    "contact",
)
# Without these, an anonymous complaint is an anonymous letter (Cabinet resolution 22 Dec 2541).
SPECIFICS = ("agency", "official", "place", "when", "what")


@dataclass(frozen=True)
class Completeness:
    """Which elements a draft has, and which specifics an anonymous one still lacks."""

    present: tuple[str, ...]
    missing: tuple[str, ...]
    anonymous_gaps: tuple[str, ...]

    @property
    def percent(self) -> int:
        """Share of the elements present, 0-100."""
        return round(100 * len(self.present) / len(ELEMENTS))


# Answers that name nobody and nothing in particular: counted as missing.
VAGUE = frozenset(
    compact(w)
    for w in (
        "เจ้าหน้าที่",
        "เขา",
        "คนนั้น",
        "ราชการ",
        "หน่วยงาน",
        "หน่วยงานรัฐ",
        "รัฐ",
        "ข้าราชการ",
        "ผู้ใหญ่",
        "someone",
        "official",
        "officials",
        "government",
    )
)


def given(value) -> bool:
    """An answer that says something: not empty, not "ไม่รู้"/"-", not a bare vague word."""
    if not isinstance(value, str):
        return bool(value)
    key = compact(value)
    return not (is_empty(value) or is_dont_know(value) or key in VAGUE or len(key) < 2)


def _has(data: dict, element: str, evidence_count: int) -> bool:
    checks = {
        "kind": bool(data.get("kind")),
        "agency": given(data.get("agency")),
        "official": given(data.get("official")),
        # Filed here about another province: its province is the place given (fixO32).
        "place": bool(
            data.get("district") or data.get("place_text") or data.get("outside_province")
        ),
        "when": bool(data.get("occurred_on") or data.get("occurred_text")),
        "what": bool(data.get("told_by"))
        or (given(data.get("description")) and " " in (data.get("description") or "").strip())
        or len(data.get("description") or "") >= MIN_DESCRIPTION,
        "evidence": evidence_count > 0,
        "witnesses": given(data.get("witnesses")),
        "reported": data.get("reported") is not None,
        "contact": data.get("anonymous") is False
        and bool(data.get("phone_enc"))
        or data.get("anonymous") is True,
    }
    return checks[element]


def completeness(data: dict, evidence_count: int) -> Completeness:
    """How complete a draft is; anonymous drafts also list the specifics they lack."""
    present = tuple(e for e in ELEMENTS if _has(data, e, evidence_count))
    missing = tuple(e for e in ELEMENTS if e not in present)
    gaps: tuple[str, ...] = ()
    if data.get("anonymous"):
        gaps = tuple(e for e in SPECIFICS if e in missing)
        if evidence_count == 0 and not data.get("witnesses"):
            gaps += ("evidence_or_witnesses",)
    return Completeness(present, missing, gaps)
