"""Witnesses said by what they are, not by name ("อสม.คนอื่นก็รู้", "มีเด้อ ทั้งหมู่บ้านฮู้ แต่บ่กล้า
เว้า"): a post or a group is no name, so nothing of it is hidden from a reviewer."""

from __future__ import annotations

import re

from handlers.understanding import lexicon

_POSTS_AND_GROUPS = sorted(
    {*lexicon.OFFICIALS, *lexicon.WITNESS_GROUPS_TH, "คนทั้งหมู่บ้าน", "ทั้งหมู่บ้าน", "ทั้งหมู่"},
    key=len,
    reverse=True,
)
#: "As I sent" said first ("ตามที่ส่งไปค่ะ …"): it points back at the story and names no one.
_AS_TOLD = re.compile(lexicon.AS_TOLD_LEAD, re.I)
#: "There are" said first ("มีเด้อ", "มีค่ะ").
_THERE_ARE = re.compile(r"^มี(?:เด้อ|ค่ะ|คะ|ครับ|คับ|จ้า|นะ)?\s*")
_WHO = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in _POSTS_AND_GROUPS if not w.isascii())
    + r")"
    + lexicon.WITNESS_GROUP_HOW_MANY
)
#: What an onlooker does after who they are, and nothing more: knows, saw (all of them), and
#: perhaps dares not say ("ก็รู้", "ฮู้ แต่บ่กล้าเว้า", "รู้กันหมด").
_P = r"(?:\s*(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ|นะ))*"
_ONLOOKER_THEN = re.compile(
    r"^\s*(?:ก็|กะ|เขา|เพิ่น)?\s*(?:(?:รู้|ฮู้)(?:เห็น)?|เห็น|ทราบ)(?:กัน)?(?:หมด|ทั้งหมด|ด้วย|เหมือนกัน)?"
    + _P
    + r"(?:\s*,?\s*แต่\s*(?:เขา|ทุกคน)?\s*(?:ไม่|บ่)กล้า\S{0,8})?"
    + _P
    + r"\s*$"
    + r"|^"
    + _P
    + r"\s*$"
)


def names_no_one(part: str) -> bool:
    """Whether a witness part says only what the witnesses are (a post or a group, then what
    they know or saw): no name in it to hide. A part with "ชื่อ" or a capital letter may name
    someone and is never this."""
    said = " ".join(part.split())
    if "ชื่อ" in said or re.search(r"[A-Z]", said):
        return False
    said = _THERE_ARE.sub("", _AS_TOLD.sub("", said))
    if not said:
        return True  # "ตามที่ส่งไปค่ะ" alone: the story points to, no name
    who = _WHO.match(said)
    return bool(who) and bool(_ONLOOKER_THEN.match(said[who.end() :]))
