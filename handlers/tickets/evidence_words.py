"""Words said about a file while filing ("ไฟล์นั่นคือเมนูอาหาร… แต่จริงไม่มี", "รูปถนนแตกครับ
ถ่ายเมื่อวาน"): kept with the file they follow and, once filed, on the ticket's timeline, where
the committee's page shows each under its file (as a caption sent after filing is shown)."""

from __future__ import annotations

import re

from handlers.thai.normalise import compact

#: Where the draft keeps them: [the number of the file they follow, the words].
NOTES = "evidence_notes"
#: The timeline entry each becomes.
KIND = "evidence_note"
#: The catalogue key of the answer: the words are kept.
NOTED = "evidence.noted"
#: Fewer letters than this are a reply ("ค่ะ", "โอเค"), not words about a file.
_SAYS_SOMETHING = 8
#: Words that make a line about a file sent, not the story going on or a witness.
_ABOUT_A_FILE = re.compile(
    r"รูป|ภาพ|ไฟล์|คลิป|วิดีโอ|วีดีโอ|เสียง|เอกสาร|ถ่าย|นั่นคือ|นี่คือ|อันนี้|อันนั้น"
    r"|สลิป|ใบเสร็จ|ใบโอน|ใบรับ|หลักฐานการโอน|slip|receipt"
    r"|photo|picture|file|video|clip|recording|document",
    re.I,
)
_MAX_NOTE = 1000
_BODY = re.compile(r"^\[(\d+)\] (.*)$", re.S)


def about_a_file(text: str | None) -> bool:
    """The text says something of a file ("สลิปที่พี่ชายโอนให้นายกครับ"), not only "ค่ะ"."""
    return len(compact(text or "")) >= _SAYS_SOMETHING and bool(_ABOUT_A_FILE.search(text or ""))


def keep(data: dict, text: str | None, files: int) -> bool:
    """Keep `text` as words about the last of `files` sent; False when there is no file yet
    or the text is not about one ("ทั้งที่ขึ้นทะเบียนฟรีค่ะ" goes on with the story)."""
    if files < 1 or not about_a_file(text):
        return False
    data[NOTES] = [*data.get(NOTES, ()), [files, text.strip()[:_MAX_NOTE]]]
    return True


def bodies(data: dict) -> list[str]:
    """The timeline bodies of the words kept ("[2] ไฟล์นั่นคือ…"), in the order said."""
    return [f"[{files}] {text}" for files, text in data.get(NOTES, ())]


def read(body: str | None) -> tuple[int, str] | None:
    """A timeline body back as (the file's number, the words); None when it is not one."""
    found = _BODY.match(body or "")
    return (int(found.group(1)), found.group(2)) if found else None
