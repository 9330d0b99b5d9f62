"""fixA30's own masking cases, phrased apart from the round 29 attack (other names, other
symbols): a name typed backwards behind a direction override, a witness's first name cut by a
symbol or spelt out, the sealed phone respelt, Latin look-alikes; and everyday text that must
stay as typed. Written with the change, not before it (the round 29 file was the only list)."""

from __future__ import annotations

import pytest

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("นางวิไล แก้วมณี", masking.COMPLAINANT),
    ("บุญเลิศ แสงทอง", masking.WITNESS),
    ("Pranee", masking.WITNESS),
    ("0898765432", masking.PHONE),
]


def shown(said: str) -> str:
    return masking.masked(said, NAMES, MARKS)


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        # typed backwards behind an override, ended or not, or nested in an isolate
        ("ผู้ใหญ่ \u202eeenarP\u202c took the money", "Pranee"),
        ("\u2067\u202eeenarP\u202c\u2069 saw it", "Pranee"),
        ("\u202eทอง" + "งสแ" + "\u202c ถ่ายรูปไว้", "แสงทอง"[::-1]),
        # the first name cut by a symbol or spelt out before the surname
        ("บุญ💥เลิศ แสงทอง ถ่ายรูปไว้", "เลิศ"),
        ("บุญ*เลิศ แสงทอง ถ่ายรูปไว้", "เลิศ"),
        ("บ ุ ญ เ ล ิ ศ ถ่ายรูปไว้", "ล ิ ศ"),
        ("บุ ญ เลิศ แสงทอง ถ่ายรูปไว้", "เลิศ"),
        # the sealed phone respelt
        ("ติดต่อ 0B98765432 ได้", "765432"),
        ("ติดต่อ 089876 หรือ 5432 ได้", "5432"),
        ("ติดต่อ 2345678980", "2345678980"),
        # look-alikes
        ("Prαnēe and Prªnee", "nee"),
        pytest.param(
            "Pr@nee saw",
            "nee",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'@' for a is not read: between Latin letters it is also an e-mail's "
                "cut ('pranee@mail'), where reading it as a letter would hide the name inside a "
                "longer word",
            ),
        ),
        ("Prañ€€ saw", "€€"),
        ("ᑭranee saw", "ranee"),
    ],
)
def test_a_name_respelled_is_masked(said, hidden):
    assert hidden not in shown(said), shown(said)


@pytest.mark.parametrize(
    "said",
    [
        "ค่าปรับ 50€ ที่ร้านบุญเหลือ",
        "Room 8B, floor 3, price (approx) 300 baht",
        "เลขที่ 089876 ลงวันที่ 5 มีนาคม 2567",
        "ผลบุญ มากมาย ได้บุญ เยอะ",
        "øre and Łódź are places",
    ],
)
def test_everyday_text_stays_as_typed(said):
    assert shown(said) == said


def test_a_direction_override_is_read_as_shown_without_names():
    """With no name to hide, the words are left as typed."""
    said = "\u202eabc\u202c"
    assert masking.masked(said, [], MARKS) == said
