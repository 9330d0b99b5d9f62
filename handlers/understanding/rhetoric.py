"""An answer said as a question back or framed for emphasis, read as the plain answer it is:
"ก็เงินช่วยเหลือชาวนาโดนโกงไงคะ" is the kind, "ผู้ใหญ่บ้านหมู่ 7 นั่นแหละ ใครจะกล้าอีกล่ะ" is the
official, "ถ้าไม่ยินยอมจะพิมพ์มาทำไม" is a yes."""

from __future__ import annotations

import re

from handlers.understanding import lexicon
from handlers.understanding.danger import flat

_LEAD = re.compile(lexicon.RHETORICAL_LEAD, re.I)
_TAIL = re.compile(lexicon.RHETORICAL_TAIL, re.I)
_END = re.compile(lexicon.RHETORICAL_END)
_ECHO = re.compile(lexicon.RHETORICAL_ECHO)
_AFFIRMED = re.compile(lexicon.AFFIRMED_AS_ASKED, re.I)
_CONSENTED = re.compile(lexicon.CONSENT_GIVEN, re.I)
_NOT_AN_OFFICE = re.compile(lexicon.NOT_AN_OFFICE, re.I)
_CHECKED = re.compile(lexicon.CHECKED_TAIL)
_COUNTS = re.compile(lexicon.COUNTS_TAIL)
_KIND_CHECKED = re.compile(lexicon.KIND_CHECKED)
_CHECKS_MEANING = re.compile(lexicon.CHECKS_MEANING, re.I)
_CHECKS_A_RULE = re.compile(lexicon.CHECKS_A_RULE)


def plainly(cleaned: str) -> str:
    """The answer without its frame ("ก็ …", "… ไง", "… นั่นแหละ", "ใครจะกล้าอีกล่ะ", the
    question echoed before it: "…ไหมน่ะเหรอ? ยังครับ"); the text
    as it was when nothing would be left of it (a real question back stays one)."""
    text = cleaned.strip()
    for _ in range(3):  # "ก็ X นั่นแหละ ใครจะกล้าอีกล่ะ": frames inside frames
        before = text
        for frame in (_TAIL, _END, _LEAD, _ECHO):
            rest = frame.sub("", text).strip()
            if len(flat(rest)) >= 2:
                text = rest
        if text == before:
            break
    return text


def affirms(cleaned: str) -> bool:
    """Agreement said as a question back ("if I did not agree, why would I be typing?")."""
    return bool(_AFFIRMED.search(flat(cleaned.lower())))


def consents(cleaned: str) -> bool:
    """Consent said as what it allows ("ยอมให้เอาข้อมูลไปใช้", "you can use it")."""
    return bool(_CONSENTED.search(flat(cleaned.lower())))


def not_an_office(cleaned: str) -> str | None:
    """At the agency question, what is named once "not an office" is said before it
    ("ไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์" → "กลุ่มออมทรัพย์"); None when it is not said so."""
    found = _NOT_AN_OFFICE.match(cleaned)
    rest = cleaned[found.end() :].strip() if found else ""
    return rest if len(flat(rest)) >= 2 else None


def checked(cleaned: str, yes_no: bool = False, witnesses: bool = False) -> str | None:
    """The answer put as a check ("มันคือเรียกเงินใช่ไหมครับ" → "มันคือเรียกเงิน", "มื้อวานแม่นบ่"
    → "มื้อวาน"; at the witness question, "แฟนผมไปด้วย นับไหมครับ" → "แฟนผมไปด้วย"), or None: no
    check at its end, nothing before it, a check of what the bot meant, or (at a yes/no
    question, `yes_no`) of what must be done or follows."""
    found = _CHECKED.search(cleaned) or (_COUNTS.search(cleaned) if witnesses else None)
    rest = cleaned[: found.start()].strip() if found else ""
    if len(flat(rest)) < 2 or _CHECKS_MEANING.search(rest):
        return None
    if yes_no and _CHECKS_A_RULE.search(rest):
        return None
    return rest


def kind_checked(rest: str) -> str | None:
    """At the kind question, the kind a check names ("ถ้าเขาเก็บค่าเซ็น มันคือเรียกเงิน" →
    "เรียกเงิน"): what is asked about is the kind, not the story before it; else None."""
    found = _KIND_CHECKED.search(rest.strip())
    return found.group(1) if found else None
