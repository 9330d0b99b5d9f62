"""Typed answers to the questions with options: the button's own words (Thai and English),
synonyms and Isan forms, the option's number, and for the kind of misconduct a plain
description read by keywords."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from handlers.complaint.answers import Answer
from handlers.complaint.fields import KINDS
from handlers.thai.normalise import compact, is_dont_know, is_empty
from handlers.thai.words import means, words_for

_YES = words_for("yes")
_NO = words_for("no")
_NEVER = words_for("never")

# step → option → the words that choose it (button labels first). Order = the numbers.
OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "consent": {
        "yes": ("ยินยอม", "agree", "i agree", "ยอม", "ยอมรับ", "รับทราบ", *_YES),
        "no": ("ไม่ยินยอม", "decline", "do not agree", "ไม่ยอม", "บ่ยอม", *_NO),
    },
    "kind": {
        "bribery": ("เรียกเงิน/รับสินบน", "เรียกเงิน", "รับสินบน", "สินบน", "bribe", "bribery"),
        "procurement": ("ฮั้ว/โกงโครงการ", "ฮั้ว", "โกงโครงการ", "bid rigging", "procurement"),
        "budget": (
            "โกงเงินหรือของหลวง",
            "โกงเงินหลวง",
            "โกงของหลวง",
            "public money",
            "embezzlement",
        ),
        "abuse": ("ใช้อำนาจไม่ถูกต้อง", "ใช้อำนาจ", "abuse of power", "abuse"),
        "conflict": ("เอื้อพวกพ้อง", "พวกพ้อง", "favouritism", "nepotism"),
        "other": (
            "อื่นๆ/ไม่แน่ใจ",
            "อื่นๆ",
            "อื่น",
            "ไม่แน่ใจ",
            "ไม่รู้",
            "ไม่ทราบ",
            "บ่แน่ใจ",
            "บ่ฮู้",
            "other",
            "not sure",
        ),
    },
    "evidence": {"done": ("เสร็จแล้ว", "ไม่มีหลักฐาน", "บ่มีหลักฐาน", "ส่งแล้ว", *words_for("done"))},
    "reported": {
        "yes": ("เคยแจ้งแล้ว", "เคย", "เคยแจ้ง", "แจ้งแล้ว", "yes, reported", *_YES),
        "no": ("ยังไม่เคย", "not yet", "ยังไม่เคยแจ้ง", "บ่เคยแจ้ง", *_NEVER, *_NO),
    },
    "identity": {
        "anonymous": (
            "ไม่เปิดเผยชื่อ",
            "ไม่เปิดเผย",
            "ไม่บอกชื่อ",
            "บ่บอกชื่อ",
            "ไม่ระบุชื่อ",
            "ไม่ออกชื่อ",
            "ไม่ต้องบอกชื่อ",
            "ปิดชื่อ",
            "anonymous",
            "stay anonymous",
            *_NO,
        ),
        "named": (
            "เปิดเผยชื่อ",
            "เปิดเผย",
            "บอกชื่อ",
            "ระบุชื่อ",
            "ยินดีเปิดเผย",
            "give my name",
            "named",
            *_YES,
        ),
    },
    "summary": {
        "confirm": (
            "ยืนยันและส่งเรื่อง",
            "ยืนยัน",
            "ส่ง",
            "ส่งเลย",
            "ส่งได้เลย",
            "ส่งเรื่อง",
            "ยืนยันส่ง",
            "ตกลงส่ง",
            "ตกลงส่งเลย",
            "confirm and send",
            "confirm",
            "send",
            "submit",
            *_YES,
        ),
        "edit": ("แก้ไข", "แก้", "ขอแก้", "edit", "change"),
    },
    "pin": {
        "scene": ("ใช่ ที่เกิดเหตุ", "ที่เกิดเหตุ", "yes, the scene", *_YES),
        "elsewhere": ("ไม่ใช่ (เช่น บ้าน)", "ไม่ใช่", "ที่อื่น", "elsewhere", *_NO),
    },
    "offer": {
        "yes": ("แจ้งเรื่องนี้", "แจ้งเลย", "แจ้ง", "file it", *_YES),
        "no": ("ไม่ตอนนี้", "ยังก่อน", "not now", *_NO),
    },
    "resume": {
        "continue": ("กรอกต่อ", "ทำต่อ", "ต่อ", "ไปต่อ", "continue", *_YES),
        "restart": ("เริ่มใหม่", "restart", "start over"),
    },
}
# Keywords of a plain description → the kind it most likely is (checked inside the text).
KIND_KEYWORDS: dict[str, tuple[str, ...]] = {
    "bribery": (
        "เก็บเงิน",
        "เรียกเงิน",
        "เรียกรับ",
        "สินบน",
        "ใต้โต๊ะ",
        "น้ำร้อนน้ำชา",
        "ส่วย",
        "รีดไถ",
        "ไถเงิน",
        "ต้องจ่าย",
        "จ่ายเงิน",
        "ค่าหัว",
        "ค่าดำเนินการ",
        "bribe",
    ),
    "procurement": (
        "ฮั้ว",
        "ประมูล",
        "จัดซื้อ",
        "จัดจ้าง",
        "ผู้รับเหมา",
        "รับเหมา",
        "เงินทอน",
        "ล็อกสเปก",
        "ล็อคสเปค",
        "สเปก",
        "ก่อสร้าง",
        "ถนน",
        "tender",
        "bid",
    ),
    "budget": (
        "ของหลวง",
        "รถหลวง",
        "เงินหลวง",
        "น้ำมันหลวง",
        "ยักยอก",
        "เบียดบัง",
        "ใช้ส่วนตัว",
        "ไปใช้",
        "เบิกเท็จ",
        "เบิกเงิน",
        "ใบเสร็จปลอม",
        "โกงเงิน",
        "งบ",
        "embezzl",
    ),
    "abuse": (
        "ข่มขู่",
        "ใช้อำนาจ",
        "กลั่นแกล้ง",
        "ละเลย",
        "ไม่ทำงาน",
        "ไม่ยอมทำ",
        "ดองเรื่อง",
        "ไม่รับเรื่อง",
        "abuse",
    ),
    "conflict": (
        "ญาติ",
        "พวกพ้อง",
        "พรรคพวก",
        "เส้นสาย",
        "เด็กเส้น",
        "เอื้อ",
        "ลูกหลาน",
        "พวกของตัวเอง",
        "nepotism",
    ),
}
# Greetings and acknowledgements: never stored as the answer to a question.
_NON_ANSWERS = frozenset(
    compact(w)
    for w in (
        *words_for("menu"),
        *words_for("continue"),
        "โอเค",
        "ok",
        "okay",
        "ครับ",
        "ค่ะ",
        "คะ",
        "จ้า",
        "อืม",
        "อือ",
        "เออ",
        "ขอบคุณ",
        "ขอบคุณครับ",
        "ขอบคุณค่ะ",
        "thanks",
        "thank you",
        "555",
        "5555",
        "55555",
        "ฮ่าๆ",
        "ว่าไง",
        "ยังอยู่ไหม",
        "อยู่ไหม",
        "ฮัลโหล",
        "ได้",
        "ได้ครับ",
    )
)
_KEYS = {
    step: {value: {compact(w) for w in words} for value, words in options.items()}
    for step, options in OPTIONS.items()
}


def number_or_yes(text: str, count: int) -> int | None:
    """The index picked from a numbered list by its number, or the first by "ใช่"."""
    key = compact(text)
    if key.isdigit() and 1 <= int(key) <= count:
        return int(key) - 1
    if count and means(text, "yes"):
        return 0
    return None


def pick(answer: Answer, step: str) -> str | None:
    """The option of `step` tapped, or typed as its words, a synonym or its number."""
    options = OPTIONS[step]
    if answer.choice and answer.step in (step, "*") and answer.choice in options:
        return answer.choice
    if not answer.text:
        return None
    key = compact(answer.text)
    if key.isdigit():
        index = int(key) - 1
        return list(options)[index] if 0 <= index < len(options) else None
    for value, words in _KEYS[step].items():
        if key in words:
            return value
    return _typo(key, step)


def _typo(key: str, step: str) -> str | None:
    """An option's word typed one letter off ("ยินยม"), when no other option is as close."""
    if len(key) < 4:
        return None
    table = {word: value for value, words in _KEYS[step].items() for word in words if len(word) > 3}
    found = process.extract(key, list(table), scorer=fuzz.ratio, score_cutoff=85, limit=None)
    values = {table[word] for word, _, _ in found}
    return values.pop() if len(values) == 1 else None


def kind_from_description(text: str) -> str | None:
    """The kind of misconduct a plain description most likely is; "other" when the person
    is not sure; None when nothing in it says."""
    if is_dont_know(text):
        return "other"
    key = compact(text)
    scores = {kind: sum(word in key for word in KIND_KEYWORDS[kind]) for kind in KIND_KEYWORDS}
    best = max(scores.values())
    if best == 0:
        return None
    return next(kind for kind in KINDS if scores.get(kind) == best)


def is_non_answer(text: str | None) -> bool:
    """A greeting, "โอเค", "ฮัลโหล", a laugh: not an answer to any question."""
    return compact(text) in _NON_ANSWERS


def says_none(text: str) -> bool:
    """ "ไม่มี", "-", "ข้าม", "บ่มี", "ไม่มีเลข", "ไม่ทราบ": nothing to give here."""
    key = compact(text)
    if means(text, "skip") or is_empty(text) or is_dont_know(text):
        return True
    return key.startswith(("ไม่มี", "บ่มี")) and len(key) <= 12
