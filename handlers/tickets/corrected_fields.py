"""Fields the complainant corrected after telling the story (walk17: the story says "วันจันทร์ที่
แล้ว … ตำบลถนนหัก", the fields 1 ธ.ค. and ทรัพย์พระยา): one timeline entry at filing naming what
the story said of each, which the committee's page shows above the story."""

from __future__ import annotations

#: The timeline entry; its body is a line "field=what the story said" for each field.
KIND = "story_differs"
#: The fields compared, in the order shown (the date as an ISO day).
FIELDS = ("occurred_on", "district", "subdistrict", "official")
#: Beside a differing date: the date as the story said it when not one day ("พฤศจิกายน
#: 2569"), so the page never shows a month the villager said as its first day (walk33).
OCCURRED_SAID = "occurred_said"
_KEPT = (*FIELDS, OCCURRED_SAID)


def body(story: dict) -> str:
    """The entry's body for what the story said of each field that now differs."""
    return "\n".join(f"{name}={story[name]}" for name in _KEPT if name in story)


def read(text: str | None) -> dict[str, str]:
    """An entry's body back as {field: what the story said}."""
    pairs = (line.partition("=") for line in (text or "").splitlines())
    return {name: said for name, _, said in pairs if name in _KEPT and said}
