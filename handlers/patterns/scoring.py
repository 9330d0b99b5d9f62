"""Whether two reports are probably about the same matter, and why, in Thai and English.

The story's likeness is the evidence; the fields move it: the same agency record or official
(one fact, counted once), the same kind and place add to it; another kind, sub-district,
district or village (หมู่), other sums of money, or months apart take from it.
Weights and the threshold were chosen on tests/fixtures/patterns/pairs.jsonl and checked on
the held-out pairs (docs/patterns.md has the figures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from handlers.patterns import officials, stories

THRESHOLD = 0.40  # a score this high or higher: probably the same matter
SAME_AGENCY = 0.15
SAME_OFFICIAL = 0.15  # times the officials' likeness
SAME_KIND = 0.05
SAME_SUBDISTRICT = 0.1
CLOSE_IN_TIME = 0.05
NEAR_DAYS = 31  # reports this close are about the same time
FAR_DAYS = 120  # further apart than this: less likely the same matter
OTHER_DISTRICT = 0.5
OTHER_SUBDISTRICT = 0.45  # the same scheme in the next sub-district is another matter
FAR_IN_TIME = 0.1
OTHER_KIND = 0.2  # both kinds known and they differ
OTHER_AMOUNT = 0.3  # both stories name sums of money and none is near another
OTHER_VILLAGE = 0.9  # both name a village (หมู่), none the other's: another headman's matter
AMOUNT_RATIO = 2.0
STORY_FULL = 0.3  # the fields add their whole weight only to a story at least this alike


@dataclass(frozen=True)
class Report:
    """What one ticket says, as compared: `agency` is the canonical agency (any comparable
    token, "" unknown), `words` the story's words (`stories.words`)."""

    kind: str = ""
    agency: str = ""
    official: officials.Official = field(default_factory=officials.Official)
    district: str = ""
    subdistrict: str = ""
    day: date | None = None
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """A score (0-1, higher: surer), whether it is probably the same matter, and why."""

    score: float
    story: float
    same: bool
    reasons: tuple[str, ...]  # reason codes, in the order said

    def reason(self, language: str = "th") -> str:
        """The reasons as one line: "หน่วยงานและเจ้าหน้าที่เดียวกัน ห่างกัน 3 วัน เรื่องคล้ายกัน 0.71"."""
        return describe(self.reasons, self.story, language)


def days_apart(a: Report, b: Report) -> int | None:
    """Days between the two reports' dates, when both have one."""
    return abs((a.day - b.day).days) if a.day and b.day else None


def score(a: Report, b: Report) -> Match:
    """How surely `a` and `b` are the same matter, with the reasons."""
    story = stories.similarity(a.words, b.words)
    reasons = []
    agency = SAME_AGENCY if a.agency and a.agency == b.agency else 0.0
    if agency:
        reasons.append("agency")
    place = _place(a, b, reasons)
    # "ผู้ใหญ่บ้านหมู่ 5" of another sub-district is another person.
    official = officials.likeness(a.official, b.official) if place >= 0 else 0.0
    if official:
        reasons.append("official" if official == officials.SAME else "official_similar")
    # An official is named within an agency: the same agency and the same official are one
    # fact said twice (who), and count once, the surer of the two.
    bonus = max(agency, SAME_OFFICIAL * official)
    if a.kind and a.kind == b.kind:
        bonus += SAME_KIND
        reasons.append("kind")
    elif a.kind and b.kind:
        bonus -= OTHER_KIND
    bonus += place
    if _other_sums(stories.amounts(a.words), stories.amounts(b.words)):
        bonus -= OTHER_AMOUNT
    if _other_villages(a, b):
        bonus -= OTHER_VILLAGE
    apart = days_apart(a, b)
    if apart is not None and apart <= NEAR_DAYS:
        bonus += CLOSE_IN_TIME
        reasons.append(f"days:{apart}")
    elif apart is not None and apart > FAR_DAYS:
        bonus -= FAR_IN_TIME
    # Two stories about different things at one agency share every field: the fields
    # vouch for a story that is alike, they cannot make one.
    weight = min(1.0, story / STORY_FULL) if bonus > 0 else 1.0
    total = max(0.0, min(1.0, story + bonus * weight))
    return Match(round(total, 3), round(story, 2), total >= THRESHOLD, tuple(reasons))


def villages(report: Report) -> frozenset[str]:
    """The village numbers a report names: its official's ("ผญบ.ม.7") and its story's
    ("บ้านโคกม้า หมู่ ๕")."""
    return stories.villages(report.words) | ({report.official.village} - {""})


def _other_villages(a: Report, b: Report) -> bool:
    """Both reports name a village and none is the other's: the same scheme by the headmen
    of หมู่ 7 and หมู่ 12 is two matters. A report silent on its village tells nothing; so
    does one naming an official above the village (a mayor, a kamnan, a staff member), whose
    reporters name the หมู่ they live in, and five villages may report one such official."""
    if not (officials.of_a_village(a.official) and officials.of_a_village(b.official)):
        return False
    mine, theirs = villages(a), villages(b)
    return bool(mine and theirs) and not mine & theirs


def _other_sums(a: frozenset[float], b: frozenset[float]) -> bool:
    """Both stories name money and no sum of one is within `AMOUNT_RATIO` of one of the
    other: villagers round and misremember ("ห้าพัน", "สี่พันห้า"), not by that much."""
    return bool(a and b) and not any(max(x, y) <= AMOUNT_RATIO * min(x, y) for x in a for y in b)


def _place(a: Report, b: Report, reasons: list[str]) -> float:
    if a.district and b.district and a.district != b.district:
        return -OTHER_DISTRICT
    if a.subdistrict and b.subdistrict:
        if a.subdistrict != b.subdistrict:
            return -OTHER_SUBDISTRICT
        reasons.append("subdistrict")
        return SAME_SUBDISTRICT
    if a.district and a.district == b.district:
        reasons.append("district")
    return 0.0


_WORDS = {
    "th": {
        "agency": "หน่วยงาน",
        "official": "เจ้าหน้าที่",
        "official_similar": "ตำแหน่งเจ้าหน้าที่",
        "same": "{}เดียวกัน",
        "and": "และ",
        "kind": "เรื่องประเภทเดียวกัน",
        "subdistrict": "ตำบลเดียวกัน",
        "district": "อำเภอเดียวกัน",
        "days": "ห่างกัน {} วัน",
        "days:0": "วันเดียวกัน",
        "days:1": "ห่างกัน 1 วัน",
        "story": "เรื่องคล้ายกัน {:.2f}",
    },
    "en": {
        "agency": "agency",
        "official": "official",
        "official_similar": "official's position",
        "same": "same {}",
        "and": " and ",
        "kind": "same kind",
        "subdistrict": "same sub-district",
        "district": "same district",
        "days": "{} days apart",
        "days:0": "the same day",
        "days:1": "1 day apart",
        "story": "stories {:.2f} similar",
    },
}


def describe(reasons: tuple[str, ...] | list[str], story: float, language: str = "th") -> str:
    """Reason codes as words: Thai "หน่วยงานและเจ้าหน้าที่เดียวกัน ห่างกัน 3 วัน เรื่องคล้ายกัน 0.71",
    English "same agency and official, 3 days apart, stories 0.71 similar"."""
    w = _WORDS["en" if language == "en" else "th"]
    who = [w[r] for r in reasons if r in ("agency", "official", "official_similar")]
    parts = [w["same"].format(w["and"].join(who))] if who else []
    said = dict(reason.partition(":")[::2] for reason in reasons)
    parts += [w[code] for code in ("kind", "subdistrict", "district") if code in said]
    if "days" in said:
        parts.append(w.get(f"days:{said['days']}", w["days"]).format(said["days"]))
    parts.append(w["story"].format(story))
    return (" " if language != "en" else ", ").join(parts)
