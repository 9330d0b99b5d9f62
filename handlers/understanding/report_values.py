"""Reported elsewhere (to whom, or never) and the evidence talk (none, later, all there is)."""

from __future__ import annotations

import re

from handlers.thai.normalise import strip_particles
from handlers.understanding import lexicon
from handlers.understanding.meaning import Value
from handlers.understanding.value_kit import (
    NO,
    REPORTED_YES,
    YES,
    Text,
    has,
    picked,
    says_nothing,
    word_set,
)

_REPORTED_TO = re.compile(
    r"(?:เคย)?(?:ไป)?(?:แจ้ง|ร้องเรียน|ร้อง|บอก|รายงาน|ส่งเรื่อง|ยื่น\S{0,10}?"
    r"|(?:report|complain)(?:ed)?\s*)(?:ไว้|ไป)?"  # "เคย report ที่อำเภอ": the English verb in Thai
    # not a place asked about ("…ต้องแจ้งที่อื่นอีกไหมคะ", "ควรไปแจ้งที่ไหน"): no place told
    r"(?:ที่|กับ|ไปที่|ถึง)\s*(?!อื่น|ไหน|ใด)(\S+(?:\s\S+)?)"
)
_NEVER_BEFORE = re.compile(
    r"ครั้งแรก|firsttime|(?:ไม่|บ่)เคย\S{0,10}(?:แจ้ง|ร้อง|บอก)"
    # "ยังไม่ได้แจ้ง", "ไปถามเฉยๆ ไม่ได้แจ้งเป็นทางการ"; not a reply never had ("…ไม่ได้แจ้งผลกลับ")
    r"|(?:ไม่|บ่)ได้\S{0,4}(?:แจ้ง|ร้องเรียน)(?!\S{0,4}(?:กลับ|ผล|ความคืบหน้า))"
    r"|never\S{0,8}report|(?:have|has)n'?t\S{0,8}reported|notreported\S{0,8}(?:yet|anywhere|before)",
    re.I,
)
#: How long (flattened) "never reported" may be to be that answer, said at another question.
NEVER_SAID_ALONE = 40
_REPORTED_BEFORE = re.compile(
    r"เคย\S{0,6}(?:แจ้ง|ร้อง|บอก)|ไปแจ้ง\S{0,12}(?:ที่|กับ)|reported (?:it )?to"
)
_TOLD_SOMEONE = re.compile(
    r"เคย\S{0,6}(?:แจ้ง|ร้อง|บอก|รายงาน|ยื่น|ส่งเรื่อง)"
    r"|(?:แจ้ง|บอก|ร้องเรียน|ร้อง|ส่งเรื่อง|รายงาน|ยื่น)\S{0,20}แล้ว|report(?:ed)? to"
    # English, read without spaces: "I told the village head", "complained to the district"
    r"|(?:^|i|we)(?:already)?told(?:the|a|my|our|him|her|them)|complainedto|wentto(?:the)?police"
    # "chao baan went to tell kaset amphoe": someone went to tell an office (walk37)
    r"|wentto(?:tell|report|complain|inform)"
    # told by word of mouth ("บอกกำนันด้วยปากเปล่า", "แจ้งปลัดแบบปากเปล่า")
    r"|(?:แจ้ง|บอก|ร้องเรียน|ร้อง)\S{0,20}?(?:ปากเปล่า|ด้วยปาก|ด้วยวาจา)"
)
#: The report refused where it was taken ("เขาไม่รับแจ้ง", "ไม่ยอมรับเรื่อง", "they refused to take
#: it"): the teller did go and report, asked whether they had.
_REFUSED = re.compile(
    r"(?:ไม่|บ่)(?:ยอม)?รับ(?:แจ้ง|เรื่อง|คำร้อง)|refused|wouldn'?t(?:take|accept)", re.I
)
#: A telling followed at once by whom it was told to ("เคยบอกนายอำเภอ", "แจ้งศูนย์ดำรงธรรม"),
_BODIES = frozenset({*lexicon.OFFICIALS, *lexicon.AGENCY_NAMES, *lexicon.REPORTED_BODIES})
_TOLD_BODY = re.compile(
    # … or went to ask them about it ("พ่อเคยไปถามผู้ใหญ่บ้านแล้ว")
    # … or called them ("เคยโทร 1111", "โทรหาผู้ใหญ่บ้าน")
    r"(?:แจ้ง|บอก|ร้องเรียน|ร้อง|รายงาน|ส่งเรื่อง|ถาม|โทร(?:ไป)?(?:หา|แจ้ง|ถึง)?)(?:ไว้|ไป|ให้)?"
    r"\s*(?:ที่|กับ|ต่อ)?\s*((?:"
    + "|".join(map(re.escape, sorted(_BODIES, key=len, reverse=True)))
    # the body's own word runs on ("อำเภอนางรอง"), not "ไป", "แล้ว" after it
    + r")\S*?)(?=มา|ไป|ไว้|แล้ว|เมื่อ|ตั้งแต่|ค่ะ|ครับ|คับ|นะ|\s|$)"
)
#: … and then that it is done, or when ("แจ้ง ป.ป.ช. ไปเมื่อปีก่อน"): told, not to be told.
_TOLD_BODY_BEFORE = re.compile(
    r"(?<!จะ)(?<!อยาก)(?<!ควร)(?<!ต้อง)" + _TOLD_BODY.pattern + r"\s*(?:มาแล้ว|ไป|ไว้|แล้ว|เมื่อ|ตั้งแต่)"
)
_CONTRAST = re.compile(r"แต่|ทว่า|but")
#: Where the place reported to ends: "…อำเภอแล้วค่ะ แต่ยังเงียบ" → "…อำเภอ".
#: … and how it was told: "…นายก อบต.ปากเปล่าค่ะ" → "นายก อบต.".
_REPORT_OUTCOME = re.compile(
    r"\s*(?:แล้ว|แต่|ทว่า|ตั้งแต่|เมื่อ|but|(?:ด้วย|แบบ|ทาง)?(?:ปากเปล่า|วาจา)|ด้วยปาก)"
)
#: The level said after a body that is the same at every level ("ศูนย์ดำรงธรรมจังหวัดบุรีรัมย์").
_LEVEL_SAID = re.compile(
    r"^((?:"
    + "|".join(map(re.escape, lexicon.REPORTED_BODIES_AT_LEVELS))
    + r"))\s*(?:ประจำ)?\s*(?:จังหวัด|อำเภอ|จ\.|อ\.|ภาค)\S*"
)
_NEGATED_REPORT = (
    "ไม่อยากแจ้ง",
    "ไม่แจ้งแล้ว",
    "ยังไม่",
    "ไม่เคย",
    "บ่เคย",
    "ยังบ่",
    "ยังไม่ได้",
    # formal "มิ" for "ไม่" ("กระผมยังมิได้ร้องเรียนที่ใดครับ", "มิเคยแจ้ง")
    "ยังมิ",
    "มิเคย",
    "มิได้",
    "never",
    "not yet",
    "notyet",  # read without spaces: "not yet, only posted on facebook"
)
#: "Not yet" said first, with why after it ("ยังค่ะ กลัวเขาไม่ออกโฉนดให้", "ยังเลยจ้า ย้านเพิ่น…").
_NOT_YET_FIRST = re.compile(
    r"^ยัง(?:เลย)?(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|นะ|ค่า)*\s+"
    # … or why, with who says it first ("ยังครับ ยายไม่รู้จะไปบอกใคร"): not knowing where to go
    r"(?:เพราะ|กลัว|ย้าน|เกรง|ไม่กล้า|บ่กล้า|\S{0,8}?(?:ไม่รู้|บ่ฮู้|บ่รู้)(?:จะ)?(?:ไป)?(?:แจ้ง|บอก|ร้อง)"
    # … or a question after it ("ยังค่ะ ควรไปแจ้งที่ไหนอีกไหมคะ", walk37): not yet, and asking
    r"|.*(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ไม๊)\S{0,4}\s*\??$)"
)
_SUPPOSED = re.compile(lexicon.REPORTING_SUPPOSED)
EVIDENCE = {name: word_set(words) for name, words in lexicon.EVIDENCE.items()}


def reported_values(t: Text, expecting: str | None) -> list[Value]:
    """Whether it was reported elsewhere, and to whom, as the text says."""
    found: list[Value] = []
    # "เคยแจ้ง… แต่ยังไม่มีความคืบหน้า": what follows "but" is about the outcome, not the telling
    head = _CONTRAST.split(t.flat, maxsplit=1)[0]
    said = head if _TOLD_SOMEONE.search(head) else t.flat
    negated = any(n in said for n in _NEGATED_REPORT) or bool(_NEVER_BEFORE.search(said))
    cue = has(t.flat, REPORTED_YES)
    if expecting == "reported":
        if picked(t) == 1 or (t.key in YES and not negated):
            found.append(Value("reported", "yes", 0.95, t.raw))
        elif (
            picked(t) == 2
            or t.key in NO
            or negated
            or t.key in ("ยัง", "ยังเลย")
            or _NOT_YET_FIRST.match(t.cleaned)
        ):
            found.append(Value("reported", "no", 0.9, t.raw))
        elif not _SUPPOSED.match(t.cleaned.strip()) and (
            cue
            or t.key.startswith("เคย")
            or _TOLD_SOMEONE.search(t.flat)
            or _REFUSED.search(t.flat)
            or _TOLD_BODY_BEFORE.search(t.cleaned)
        ):
            found.append(Value("reported", "yes", 0.9, t.raw))
    elif _REPORTED_BEFORE.search(t.flat) and not negated:  # in a story: "เคยไปแจ้ง…"
        found.append(Value("reported", "yes", 0.75, _REPORTED_BEFORE.search(t.flat).group(0)))
    elif negated and _NEVER_BEFORE.search(t.flat) and len(t.flat) <= NEVER_SAID_ALONE:
        found.append(Value("reported", "no", 0.8, t.raw))  # "ยังไม่เคยแจ้งที่ไหน" at another question
    if expecting == "reported" and not found and _YES_LATIN.search(t.cleaned.lower()):
        found.append(Value("reported", "yes", 0.85, t.raw))  # "koey jaeng por por chor laew"
    if found and found[0].value == "yes":
        target = _REPORTED_TO.search(t.cleaned) or _TOLD_BODY.search(t.cleaned)
        spelt = None if target else _body_spelt_otherwise(t.cleaned.lower())
        if spelt:  # "I told the district chief's office": the body by its Thai name
            found.append(Value("reported_to", spelt, 0.7, t.raw))
        if target:
            where = _REPORT_OUTCOME.split(target.group(1), maxsplit=1)[0]
            body = _LEVEL_SAID.sub(r"\1", strip_particles(where))
            if where.rstrip().endswith(".") and ("." in body or f"{body}." in _BODIES):
                body += "."  # "ป.ป.ช.": an abbreviation keeps its last dot
            found.append(Value("reported_to", body, 0.75, target.group(0)))
    return found


_SPELT_OTHERWISE = tuple(
    (re.compile(said, re.I), body) for said, body in lexicon.REPORTED_BODIES_SPELT_OTHERWISE
)
_YES_LATIN = re.compile(lexicon.REPORTED_YES_LATIN)


def _body_spelt_otherwise(lower: str) -> str | None:
    """Where it was reported when named in English or Latin letters, by its Thai name, or None."""
    return next((body for said, body in _SPELT_OTHERWISE if said.search(lower)), None)


_EVIDENCE_ONLY = re.compile(lexicon.EVIDENCE_ONLY, re.I)
_SENT_BY_ANOTHER = re.compile(lexicon.EVIDENCE_SENT_BY_ANOTHER)


def all_there_is(t: Text) -> bool:
    """ "มีแค่รูปนี้รูปเดียว", "I only have this one photo": what was sent is all the evidence."""
    return not has(t.flat, EVIDENCE["none"]) and bool(_EVIDENCE_ONLY.search(t.flat.lower()))


def evidence_value(t: Text, expecting: str | None) -> Value | None:
    """What the text says of the evidence (none, later, sent), or None."""
    if expecting != "reported" and _NEVER_BEFORE.search(t.flat) and len(t.flat) <= NEVER_SAID_ALONE:
        return None  # "ยังไม่เคยแจ้งที่ไหน": where it was reported, not the evidence
    yet = _NONE_YET.search(t.flat)
    if yet and expecting == "evidence":  # "ตอนนี้ยังไม่มีค่ะ เดี๋ยวพรุ่งนี้ถ่ายรูปมาให้"
        return Value("evidence", "later", 0.85, yet.group(0))
    another = _SENT_BY_ANOTHER.search(t.flat)
    if another and (expecting == "evidence" or _EVIDENCE_THING.search(t.flat.lower())):
        return Value("evidence", "later", 0.85, another.group(0))  # "เดี๋ยวให้ลูกส่งมา"
    for name in ("later", "none", "has"):
        cue = has(t.flat, EVIDENCE[name])
        if cue:
            return Value("evidence", name, 0.85, cue)
    found = _FOUND_AFTER_ALL.search(t.flat.lower())
    if found and (expecting == "evidence" or _EVIDENCE_THING.search(t.flat.lower())):
        return Value("evidence", "has", 0.8, found.group(0))  # "รูปที่ว่าไม่มี เพิ่งหาเจอ"
    if expecting == "evidence" and says_nothing(t):
        return Value("evidence", "none", 0.85, t.raw)
    return None


#: None yet, some to come ("ตอนนี้ยังไม่มีค่ะ เดี๋ยวพรุ่งนี้ถ่ายรูปมาให้", "ยังบ่มีเด้อ มื้ออื่นสิถ่ายมาให้").
_NONE_YET = re.compile(
    r"^(?:ตอนนี้|ตอนนี่|ขณะนี้|เดี๋ยวนี้)?ยัง(?:ไม่|บ่)มี(?:รูป|ภาพ|หลักฐาน|คลิป|ใบเสร็จ|เลย)?(?:ค่ะ|ครับ|คับ|จ้า|เด้อ|นะ)?"
    r".{0,12}?(?:เดี๋ยว|พรุ่งนี้|มื้ออื่น|มื้อหน้า|ทีหลัง|วันหลัง|ภายหลัง|ค่อย|จะไป|สิไป"
    # … or someone who will take them ("ลูกจะถ่ายให้ตอนกลับจากโรงเรียน", "หลานสิอัดคลิปมาให้")
    r"|(?:จะ|สิ)(?:ช่วย)?(?:ถ่าย|อัด|ส่ง|เอามา))"
)
#: Evidence found after all ("เพิ่งหาเจอในมือถือ", "เจอแล้ว", "found it"), said of a photo, a clip
#: or a paper (or at the evidence question): there is some.
_FOUND_AFTER_ALL = re.compile(r"หาเจอ|เจอแล้ว|เพิ่งเจอ|found(?:it|them|the|a|my)")
_EVIDENCE_THING = re.compile(r"รูป|คลิป|หลักฐาน|เอกสาร|ใบเสร็จ|สลิป|photo|video|clip|receipt")
