"""What every value reader shares: the prepared text, word sets looked for in it, options
picked by word or number, and the steps whose answer is free text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from handlers.thai.gated import longest_at_each_place  # noqa: F401 (its readers take it here)
from handlers.thai.normalise import compact, is_dont_know, is_empty
from handlers.thai.numbers import words_to_digits
from handlers.understanding import lexicon
from handlers.understanding.danger import flat
from handlers.understanding.meaning import Value

TITLE = r"(?:นางสาว|น\.\s?ส\.|นาง|นาย(?!ก|อำเภอ|ทุน|ช่าง|จ้าง|หน้า))"
#: What was done, said after a titled first name, is no surname ("นายสมปอง เบิกงบซ่อม…",
#: "นางสาวมาลี เป็นคนเอาเงินมา…": walk35 kept the story in the name).
_NO_SURNAME = "|".join(
    re.escape(w) for w in (*lexicon.OFFICIAL_DEEDS, *lexicon.NEXT_CLAUSE) if not w.isascii()
)
TITLED = re.compile(TITLE + rf"\s?([ก-๙]{{2,}}(?:\s(?!{_NO_SURNAME})[ก-๙]{{2,}})?)")
#: The name given as one's own; a title said after "ชื่อ" is no part of it.
OWN_NAME = re.compile(
    r"(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม|เค้า|เรา)\s*ชื่อ\s*"
    rf"(?:{TITLE}\s*(?=[ก-๙]))?([^\s,]+(?:\s+[^\s,]+)?)"
    r"|my name is\s+([a-z]+(?:\s+[a-z]+)?)",
    re.I,
)
_PICKED = re.compile(r"(?:ข้อ|แบบ|อัน|เลข|ตัวเลือก|เบอร์|option|no|#)?(?:ที่)?(\d)", re.I)
#: The number said in words after the option's word ("ข้อสอง", "แบบที่สาม"), or typed then said
#: again ("2 ข้อสอง"): a bare number word ("สอง") may count anything, so the word is needed.
_PICKED_IN_WORDS = re.compile(r"(?:(\d))?(?:ข้อ|แบบ|อัน|ตัวเลือก)(?:ที่)?(\d)")
TEXT_STEPS = ("agency", "official", "witnesses", "name", "reported_to")


@dataclass(frozen=True)
class Text:
    """One message prepared once: cleaned, without particles, compacted, flattened."""

    raw: str
    cleaned: str
    bare: str
    key: str
    flat: str


def word_set(words: tuple[str, ...]) -> frozenset[str]:
    """The words as they are looked for inside flattened text."""
    return frozenset(flat(w.lower()) for w in words)


def key_set(words: tuple[str, ...]) -> frozenset[str]:
    """The words as whole-message keys (compacted, and flattened)."""
    return frozenset(compact(w) for w in words) | frozenset(flat(w.lower()) for w in words)


YES, NO, NONE = key_set(lexicon.YES), key_set(lexicon.NO), key_set(lexicon.NONE)
OPTIONS = {
    step: {name: key_set(words) for name, words in options.items()}
    for step, options in lexicon.OPTIONS.items()
}
PRESSURE = word_set(lexicon.PRESSURE)
REPORTED_YES = word_set(lexicon.REPORTED_YES)


def has(text: str, words: frozenset[str]) -> str | None:
    """The first of `words` found inside the flattened text (longest wins, then the one said
    first, then by spelling: the same whatever order the set holds them in), or None."""
    found = [w for w in words if w and w in text]
    return max(found, key=lambda w: (len(w), -text.find(w), w)) if found else None


PARTICLES = re.compile(r"ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|จ๊ะ|นะ|น้า|เด้อ|ฮะ|ขอรับ|please|pls")
_NEGATION = re.compile(r"ไม่|บ่|อ็อต|อ๊อต|มิได้|อย่า|ห้าม|ยัง|\bno\b|\bnot\b|n't|\bdon", re.I)
#: Shorter option words ("ส่ง", "ได้", "ok") name the option only when the text is made of them.
_INSIDE_LENGTH = 4


def option(t: Text, expecting: str | None) -> str | None:
    """The option of the question asked that the text names by its words: alone ("ส่งเลย"),
    made of them with particles ("ส่งได้ครับ"), or inside a longer sentence that nothing
    contradicts ("ยินยอมให้ใช้ข้อมูลค่ะ", "ถูกต้องแล้ว ขอยืนยันการส่ง")."""
    options = OPTIONS.get(expecting or "", {})
    for name, words in options.items():
        if t.key in words:
            return name
    bare = PARTICLES.sub("", t.key.lower())
    for name, words in options.items():
        if bare and _words_run(words).fullmatch(bare):
            return name
    inside = {
        name: max(
            (w for w in words if len(w) >= _INSIDE_LENGTH and w in bare),
            key=lambda w: (len(w), -bare.find(w), w),
            default="",
        )
        for name, words in options.items()
    }
    named = [name for name, word in inside.items() if word and _stands(word, t)]
    if len(named) != 1:
        return None
    word = inside[named[0]]
    return named[0] if not _NEGATION.search(bare.replace(word, " ")) else None


#: What may follow a "not" that refuses ("ไม่ได้หรอก", "ไม่ยอมให้ใช้", "ไม่ยินยอมเพราะกลัว").
_REFUSAL_GOES_ON = re.compile(
    r"ให้|หรอก|ดอก|เลย|เด็ดขาด|แน่นอน|แน่ๆ|เพราะ|ดีกว่า|ก่อน|แล้ว|จริงๆ|ทั้งนั้น|ยินยอม|ยอม|ตกลง"
)


def _stands(word: str, t: Text) -> bool:
    """An option's word inside a sentence says that option, unless it is a "not" that negates
    the verb run on after it ("เขาไม่ได้มาอะไรอีก": he did not come, no refusal)."""
    if not _NEGATION.match(word):
        return True
    chunks = [compact(PARTICLES.sub("", c.lower())) for c in t.cleaned.split()]
    found = [chunk[chunk.find(word) + len(word) :] for chunk in chunks if word in chunk]
    return not found or any(not after or _REFUSAL_GOES_ON.match(after) for after in found)


@cache
def _words_run(words: frozenset[str]) -> re.Pattern[str]:
    """One or more of `words` run together."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")+")


def value_is(values: dict[str, Value], name: str, wanted: object) -> bool:
    """The value called `name` was found and is `wanted`."""
    return name in values and values[name].value == wanted


#: What is asked for, named first before its "none" ("พยานไม่มีค่ะ", "รูปไม่มีนะคะ", "ส่วนหลักฐาน
#: ก็ไม่มี"): the topic, not a witness or a file.
_TOPIC_FIRST = re.compile(
    r"^(?:ส่วน)?(?:พยาน|คนเห็น|คนรู้เห็น|รูปถ่าย|รูป|ภาพ|หลักฐาน|ใบเสร็จ|คลิป|เอกสาร)(?:ก็|นั้น|น่ะ)?"
    r"(?=ไม่มี|บ่มี)"
)


def says_nothing(t: Text) -> bool:
    """ "ไม่มี", "ไม่รู้", "-", "ข้าม", "พยานไม่มี": nothing to give."""
    if is_empty(t.raw) or is_dont_know(t.raw) or t.key in NONE:
        return True
    key = _TOPIC_FIRST.sub("", t.key)
    return (
        key.startswith(("ไม่มี", "บ่มี", "ไม่เคย", "บ่เคย", "ยังไม่เคย", "อ็อตเมียน", "อ๊อตเมียน", "อ็อตเคย"))
        and len(key) <= 18
    )


def picked(t: Text) -> int | None:
    """The option number typed alone ("2", "ข้อ 2", "แบบที่ ๒"), or None."""
    found = _PICKED.fullmatch(t.key)
    if found:
        return int(found.group(1))
    said = _PICKED_IN_WORDS.fullmatch(words_to_digits(t.key)) if not t.key.isdigit() else None
    if said and said.group(1) in (None, said.group(2)):
        return int(said.group(2))
    return None
