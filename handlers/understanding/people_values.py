"""The official and the witnesses a text names (not the teller's own role, nor an onlooker)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pythainlp.corpus import thai_female_names, thai_male_names

from handlers.thai.normalise import strip_particles
from handlers.thai.numbers import words_to_digits
from handlers.understanding import lexicon, romanised, where
from handlers.understanding.danger import flat
from handlers.understanding.meaning import Value
from handlers.understanding.value_kit import OWN_NAME, TITLED, Text, says_nothing

_WITNESS = re.compile(  # "พยานคือ…", "witnesses: …" (not "no witnesses")
    # "คนที่เห็นกับตาคือ…", "คนเห็นจริงๆ คือ…": how surely they saw, said before who they are;
    # never "หลายคนเห็น": in "ครูหลายคนเห็นใบเสร็จ…" what follows is what they saw
    r"(?<!ไม่มี)(?<!บ่มี)(?<!ไม่มี )(?<!บ่มี )(?<!no )(?:(?:พยาน|(?<!หลาย)(?<!ทุก)(?<!บาง)คน(?:ที่)?(?:รู้)?เห็น)"
    r"(?:กับตา(?:ตัวเอง)?|เต็ม(?:สอง)?ตา|จริง\s*ๆ|จริง)?(?:ด้วย|อยู่|ก็)?\s*(?:คือ|มี|ได้แก่|ชื่อ)?"
    r"|witness(?:es)?(?:\s+(?:is|are))?[:\s])"
    r"\s*[:：]?\s*(?!(?:ไม่|บ่)มี|none\b|no\b)(.+)",
    re.I,
)
#: Witnesses said to be none ("ส่วนพยานไม่มี", "คนเห็นก็ไม่มี", "no witnesses").
_NO_WITNESS = re.compile(
    r"(?:พยาน|คน(?:ที่)?เห็น|คน(?:ที่)?รู้เห็น)(?:ก็|เลย)?\s*(?:ไม่|บ่)มี|\bno\s+witness(?:es)?\b"
    # "บ่มีไผกล้าเป็นพยานดอก": nobody dares to be one, so none
    r"|(?:ไม่|บ่)มี(?:ใคร|ไผ|ผู้ใด๋?|คน)\s*(?:ที่)?กล้า(?:มา)?(?:เป็น|ขึ้น)?พยาน",
    re.I,
)
#: "ไม่มีพยานค่ะ ตอนนั้นทุกคนไปงานศพ", "no one saw, they were all at…": none said first, then
#: why (not "ไม่มีใครเห็นนอกจากลุงแดง": one, besides).
_NOBODY_FIRST = re.compile(
    r"^(?:(?:ไม่|บ่)มี(?:พยาน|\s*witness|(?:ใคร|ไผ|ผู้ได๋|ผู้ใด|คน)(?:อยู่)?เห็น)"
    r"|(?:no\s*one|nobody)\s+(?:saw|was\s+there|see))(?![^\s,]*[\s,]*(?:นอกจาก|ยกเว้น|except|but))",
    re.I,
)
#: A person named, then that they saw it too, the whole message ("นางสมศรี อสม.หมู่ 8 ก็เห็นด้วยค่ะ",
#: "ลุงสมพงษ์ข้างบ้านก็เห็นเหมือนกัน", "my neighbour Somchai saw it too"): a witness, whatever
#: was asked. Not the teller ("ดิฉันเห็น…") nor nobody ("ไม่มีใครเห็น").
_WITNESS_SAW = re.compile(
    r"^(?!(?:ผม|ดิฉัน|ฉัน|หนู|ข้อย|เรา|กู|i|we|nobody|no one|ไม่มี|บ่มี)\b)"
    r"(?!(?:ผม|ดิฉัน|ฉัน|หนู|ข้อย|เรา|ไม่มี|บ่มี|ไม่|บ่|อ็อต|อ๊อต|ออต|อัต|อั๊ต))"  # Khmer "no" too
    r"(?P<who>\S.{1,50}?)\s*(?:ก็|กะ|เอง|also|too)?\s*(?:เพิ่น)?\s*"  # Isan "พ่อใหญ่…เพิ่นเห็นนำ"
    r"(?:เห็น(?:(?:กับ|ด้วย)ตา(?:ตัวเอง)?)?|รู้เห็น|อยู่ด้วย|อยู่นำ|อยู่ในเหตุการณ์|เป็นพยาน(?:ได้)?|saw(?:\s+(?:it|this|that|everything|them|him|her"
    r"|the\s+whole\s+thing|it\s+all|all\s+of\s+it|what\s+happened))?"
    r"|was\s+there(?:\s+with\s+me)?|was\s+with\s+me|witnessed\s+it|can\s+be\s+a\s+witness)"
    r"\s*(?:ด้วย|เหมือนกัน|คือกัน|หมดเลย|หมด|ตอนนั้น|นำ|too|also|as\s+well|at\s+the\s+time)?"
    r"\s*(?:นะ|ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|เด้อ|เด้|[.!])*\s*$",
    re.I,
)
_FILLER = re.compile(r"^(?:เขา|คนที่ทำ|คนทำ)?\s*(?:เป็น|คือ|ก็คือ|ก็)\s*")
#: Who passed the answer on, before it ("แม่บอกว่าเป็น…", "ลูกสาวเล่าว่า…", "ได้ยินมาว่า…"):
#: the person typing relays it, the value is what the relayed words say.
RELAYED = re.compile(
    rf"^(?:[ก-๙]{{1,12}}?\s*)?(?:{lexicon.RELAY_VERBS}|เขา)ว่า\s*(?:เขา)?\s*(?:เป็น|คือ)?\s*"
)
#: "Whose name I don't know", said after the position ("จ่าที่คุมจราจรครับ ไม่รู้ชื่อ"): not
#: part of who it is.
_NAME_UNKNOWN = re.compile(
    r"\s*(?:แต่)?(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)(?:จัก)?(?:ว่า)?(?:ชื่อ|ซื่อ|นามสกุล|นามสกุน|สกุล)\S{0,12}$"
    r"|\s*(?:แต่)?(?:ชื่อจริง|นามสกุล)(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)\S{0,12}$"  # "ชื่อจริงไม่รู้ค่ะ"
    r"|\W*(?:but )?(?:i )?(?:don'?t|do not) know (?:his|her|their|the) name\W*$",
    re.I,
)
#: A first name this short is a syllable of many words ("สม", "ชัย"), not surely a name.
_SHORTEST_NAME = 4
#: The honorific and emphasis said around a role ("ท่านนายกเลย"), not kept with it.
SPOKEN = re.compile(
    r"^(?:" + "|".join(lexicon.SPOKEN_HONORIFICS) + r")\s*(?=\S)"
    r"|\s*(?:" + "|".join(lexicon.SPOKEN_PRONOUNS) + r")?"
    r"\s*(?:" + "|".join(lexicon.SPOKEN_EMPHASIS) + r")(?:จ้า|ค่า|นะ|น้า)?$"
    r"|(?<=\S)\s*(?:" + "|".join(lexicon.SPOKEN_PRONOUNS) + r")$"
    r"|(?<=\S)(?<!เ)(?:จ้า|น้า)$"  # a particle run on ("ปลัด อบต.จ้า"), not "เจ้า"
)
OFFICIALS = sorted(lexicon.OFFICIALS, key=len, reverse=True)
#: A tone or vowel mark right after a Thai position word makes its last letter another word's
#: ("สักครู่", a moment, is no ครู).
_MARKED = r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
#: Each position word as found: whole, and not as the start of another word ("จ่าย").
_OFFICIAL_FOUND = {
    w: re.compile(
        (f"(?<!{lexicon.OFFICIAL_NOT_AFTER[w]})" if w in lexicon.OFFICIAL_NOT_AFTER else "")
        + re.escape(w)
        + ("" if w.isascii() else _MARKED)
        + (f"(?!{lexicon.OFFICIAL_NOT_BEFORE[w]})" if w in lexicon.OFFICIAL_NOT_BEFORE else "")
    )
    for w in OFFICIALS
}
#: The teller introducing themself, right before their own role ("ดิฉันนางสาวอรุณี ศรีวงศ์ ครู…",
#: "ผมเป็นครู"): that role is not the person complained about.
_SELF_INTRO = re.compile(
    r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย|ข่อย)\s*"
    r"(?:(?:ชื่อ|นางสาว|นาง|นาย)\s*[ก-๙]+(?:\s[ก-๙]+)?\s)?\s*(?:เป็น|ทำงาน(?:เป็น)?)?\s*$"
    r"|(?:ดิฉัน|ผม|หนู|ข้อย|ข่อย|กระผม)\s*เป็น[ก-๙]{1,4}$"  # "ผมเป็นมัคนายก": not the นายก
    # "ผมเป็นผู้ช่วยผู้ใหญ่บ้าน", "ดิฉันเป็นอดีตกำนัน": the teller's own post under or after another
    r"|(?:ดิฉัน|ผม|ฉัน|หนู|ข้อย|ข่อย|กระผม)\s*(?:ก็)?\s*เป็น\s*(?:ผู้ช่วย|รอง|อดีต)\s*$"
    # "I'm an English teacher at…", "I work as a nurse": the teller's own, in English
    # (not "I'm afraid of the headman": no word between that says something else of them)
    r"|\bi(?:['’]m|\s+am|\s+work\s+as)\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:of|by|with|from|to|for|at|about|afraid|scared|told|sure|the|an?)\b)[a-z]+\s+){0,2}$",
    re.I,
)
#: … with the pronoun dropped, as the message opens ("สวัสดีค่ะ เป็น อสม. ค่ะ …", "เป็นครูครับ").
_SELF_INTRO_OPENING = re.compile(r"^\s*(?:(?:สวัสดี|หวัดดี|ดีครับ|ดีค่ะ)\S*\s*)*เป็น\s*(?:[ก-๙]{1,4})?$")
#: … the role then closed by a particle ("อสม. ค่ะ", "ครูครับ"): not "เป็นนายกมาสองสมัย".
_ROLE_CLOSED = re.compile(r"^\S*?(?:\s*หมู่\s*\d+)?\s*(?:ค่ะ|ครับ|คับ|ค่า|จ้า|เด้อ|นะคะ)")


def _own_role(text: str, at: int) -> bool:
    """The official word at `at` is the teller's own role, said as they introduce themself."""
    return bool(
        _SELF_INTRO.search(text[max(0, at - 40) : at])
        or (_SELF_INTRO_OPENING.match(text[:at]) and _ROLE_CLOSED.match(text[at:]))
    )


#: Right after a person word, what a bystander does, not the wrongdoing: knows, saw, stays
#: silent, dares not ("ครูก็ไม่กล้าพูด", "ผู้ใหญ่บ้านก็รู้แต่ไม่กล้าพูด", "ผอ.ก็เงียบ"), said of the
#: teller's fellows too ("อสม.คนอื่นก็รู้", "ไม่อยากให้ อสม.คนอื่นโดนอีก").
_ONLOOKER = re.compile(
    r"^\s*(?:คนอื่น(?:ๆ)?|ทุกคน|หลายคน|ด้วยกัน)?\s*(?:ก็|เอง|ยัง|เขา)?\s*(?:ไม่กล้า|ไม่รู้|ไม่ทราบ|ไม่เห็น|รู้|เห็น|ทราบ|เงียบ|ได้แต่|"
    r"บ่กล้า|บ่ฮู้|ฮู้|โดน|ถูกหัก|ถูกเรียก)"
)


_SEEN_FOR_CARE = re.compile(lexicon.SEEN_FOR_CARE, re.I)
_CARE_GIVEN = re.compile(lexicon.CARE_GIVEN, re.I)


def _cared_for(text: str, at: int, word: str) -> bool:
    """The care giver at `at` was visited or is quoted ("ไปหาหมอ", "หมอบอกว่า…"): set aside
    when someone else is named as who did it."""
    if word not in lexicon.CARE_GIVERS:
        return False
    before, after = text[max(0, at - 20) : at], text[at + len(word) : at + len(word) + 20]
    return bool(_SEEN_FOR_CARE.search(before) or _CARE_GIVEN.search(after))


#: A pasted chat's poster ("09:15 ครูวิไล: …") or group ("[LINE] กลุ่ม ครูและผู้ปกครอง"): before
#: the role, the time of the post or the group's word; after it, the name then a colon.
_POST_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*$")
_POSTER_AFTER = re.compile(r"[^\s:]{0,20}\s?:")
_GROUP_BEFORE = re.compile(r"(?:กลุ่ม|group)\s*(?:ไลน์|line)?\s*$", re.I)


def _posted_by(text: str, at: int, word: str) -> bool:
    """The role at `at` names who posted in a pasted chat, or the chat group: set aside when
    another is named as who did it."""
    before = text[max(0, at - 20) : at]
    after = text[at + len(word) : at + len(word) + 24]
    return bool(
        (_POST_TIME.search(before) and _POSTER_AFTER.match(after)) or _GROUP_BEFORE.search(before)
    )


def _onlooker(text: str, at: int) -> bool:
    """The person word at `at` (its longest form: "ผู้ใหญ่บ้าน", not "ผู้ใหญ่") is someone who
    only knows or saw (or suffered), not the one who did it: the official is left to be asked."""
    end = max(at + len(w) for w in OFFICIALS if text.startswith(w, at))
    return bool(_ONLOOKER.search(text[end : end + 30]))


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], int]:
    """Thai first names (PyThaiNLP's lists) and the longest one's length."""
    names = frozenset(
        n for n in (*thai_male_names(), *thai_female_names()) if len(n) >= _SHORTEST_NAME
    )
    return names, max(map(len, names))


def name_after(text: str) -> str | None:
    """The first name a text begins with ("สมพงษ์เก็บเงิน…" → "สมพงษ์"), the longest one known,
    or None: the name said right after a role ("ผู้ใหญ่สมพงษ์")."""
    names, longest = _first_names()
    text = text.removeprefix("ชื่อ").lstrip()
    for end in range(min(longest, len(text)), _SHORTEST_NAME - 1, -1):
        if text[:end] in names and not re.match(r"[ัิ-ฺ็-๎]", text[end : end + 1]):
            return text[:end]
    return None


#: A surname said after a first name, apart: one run of Thai letters this long at most.
_SURNAME = re.compile(r"\s+(?P<surname>[ก-๙]{2,14})(?=\s|$)")
_NOT_A_SURNAME = tuple(lexicon.NOT_A_SURNAME)


def _surname_after(rest: str, named: str) -> str:
    """ " ใจดี" when the first name that `rest` opens with is followed apart by a surname
    ("สมชาย ใจดี สั่งซื้อ…"), else "": a word that opens a deed, a place or talk is none."""
    found = _SURNAME.match(rest, len(named))
    surname = found["surname"] if found else ""
    if not surname or surname.startswith(_NOT_A_SURNAME) or _DEED.match(surname):
        return ""
    if surname in OFFICIALS or where.is_place(surname) or "เงิน" in surname:
        return ""
    return f" {surname}"


#: The police at large, said beside a police station at the agency question: who did it is
#: asked next (a rank, "จ่าที่คุมจราจร", is someone).
_POLICE_AT_LARGE = frozenset(("ตำรวจ", "ตำรวจจราจร", "ตำรวจทางหลวง", "ตร.", "police"))


#: The job sought or sold, said before a role ("ค่าสมัครเป็นลูกจ้าง", "อยากได้งานลูกจ้าง",
#: "ตำแหน่งครู"): the position paid for, not who took the money.
#: The pay owed to a role, likewise ("หักค่าป่วยการ อสม.", "ค่าตอบแทนครูอัตราจ้าง"): whose
#: money it was, not who took it.
_JOB_SOUGHT = re.compile(
    r"(?:สมัค(?:ร)?|ได้งาน|ตำแหน่ง|บรรจุ|เข้าทำงาน|รับเข้า)\s*(?:เป็น|เปน)?\s*$"
    r"|(?:ค่า(?:ป่วยการ|ตอบแทน|จ้าง|แรง|เบี้ยเลี้ยง|เวร)|เงินเดือน|เบี้ยเลี้ยง)\s*(?:ของ)?\s*$"
)
#: Right before a role, money taken from it: the role is the one wronged, not who did it
#: ("เขาโกงเงิน อสม.", "เรียกเก็บเงินลูกจ้างชั่วคราว", "หักเงินเดือนครู", "money from the teachers").
_WRONGED = re.compile(
    r"(?:โกง|เก็บ|หัก|ยักยอก|ไถ|รีด|เบียด|กิน|เอา|ขอ|เรียก)(?:เอา)?เงิน(?:เดือน)?\s*(?:จาก|ของ)?\s*$"
    r"|\b(?:(?:money|cash|baht|\d+|pay|salary|wages|fees?|allowances?)\s+(?:[a-z]+\s+)?from"
    r"|(?:cheat|charg|rob|extort|squeez)[a-z]*)\s+(?:the|our|my|every|each|all(?:\s+the)?)?\s*$",
    re.I,
)
#: A role denied right before it ("ไม่ใช่กำนัน เป็นผู้ใหญ่บ้าน"): the one meant is said after.
_DENIED = re.compile(r"(?:ไม่ใช่|บ่แม่น|บ่ใช่|\bnot(?: the)?)\s*$", re.I)


#: A firm named as doing the work ("หจก.ทรัพย์ทวี", "บริษัท ศรีบุรีรัมย์ จำกัด").
_FIRM = r"(?:ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วน|หจก\.?|บริษัท|บจก\.?)\s*[ก-๙A-Za-z]+(?:\s*จำกัด)?"
#: The firm said with the words around it ("กับผู้รับเหมา หจก.X", "บริษัท X เป็นคนรับเหมา"): taken
#: out before the official is read from the rest, and kept beside them.
_FIRM_SAID = re.compile(
    r"\s*(?:กับ|และ)?\s*(?:ผู้รับเหมา|คนรับเหมา)?\s*(?:คือ|เป็น)?\s*(?P<firm>" + _FIRM + r")"
    r"(?:\s*(?:ค่ะ|คะ|ครับ|คับ|จ้า))*\s*(?:(?:เป็น|คือ)?\s*(?:คน|ผู้)รับเหมา)?(?:\s*(?:ค่ะ|คะ|ครับ|คับ|จ้า))*"
    r"\s*(?:ส่วน)?\s*"
)
#: Who they are, said after what they did ("คนตรวจรับคือนายช่างเอกชัย"): the words before cut.
_NAMED_BEFORE = re.compile(r"^.*?(?:คือ|ได้แก่)\s*(?=\S)")
#: A doubt said after the answer ("…เจ้าพนักงานที่ดินมั้ง", "ปลัดอำเภอน่าจะใช่"): not part of who.
_HEDGE = re.compile(r"\s*(?:น่าจะ(?:ใช่|เป็น)?|(?:ละ|หละ)?มั้ง|มั๊ง|หรือเปล่า|รึเปล่า|ป่าว|คิดว่านะ)$")
#: The rank spelt out after the name that carries it ("ร.ต.อ.วีระ ยศร้อยตำรวจเอก"): said twice.
_RANK_AGAIN = re.compile(r"(?<=\S)\s+ยศ\s*\S+$")
#: Whose the post is, after it ("คนเก็บภาษีของ อบต.", "…ของหมู่บ้าน"): the agency's value, not who.
#: "… ที่บอกไปแล้ว" after who it is: pointing back at the story, cut.
_TOLD_BEFORE = re.compile(r"(?<=\S)" + lexicon.TOLD_BEFORE_TAIL)
_WHOSE = re.compile(r"(?<=\S)\s*ของ\s*(?:(?:หมู่บ้าน|อบต|ทต|เทศบาล|ตำบล|อำเภอ)\S*)?$")
#: A rank abbreviated with the name joined to it ("ด.ต.สมชาย"), just before the rank spelt out.
_RANKED_NAME = re.compile(r"(?:^|\s)(?P<who>(?:[ก-ฮ]{1,2}\.){2,4}[ก-๙]{2,})\s*$")


#: Right before an English post, the one second to it ("deputy", "assistant", "vice").
_SECOND_IN_RANK = re.compile(r"\b(deputy|assistant|vice)[\s-]*$", re.I)


_ASSISTANT_APART = re.compile(lexicon.ASSISTANT_HEADMAN_APART)


def official_value(t: Text, expecting: str | None, agency: where.Agency | None) -> Value | None:
    """The official the text names (not the teller's own role, nor an onlooker, nor one
    denied when another is said after it), with a firm named doing the work beside them,
    or None."""
    if _ASSISTANT_APART.search(t.cleaned):
        from handlers.understanding.prepared import prepare  # prepared builds on this module's kit

        t = prepare(_ASSISTANT_APART.sub("ผู้ช่วยผู้ใหญ่บ้าน", t.raw))
    firm = _FIRM_SAID.search(t.cleaned) if expecting == "official" else None
    thai = _thai_posts_in_english(t.cleaned) if expecting == "official" else None
    if thai:  # "why thai again?? the director ผอ. and the teacher who buy food, ครูสมศรี"
        return Value("official", thai, 0.75, t.raw)
    post = _post_in_english(t.cleaned) if expecting == "official" else None
    if post:  # "the village headman, moo 7": the post as it is called in Thai
        return Value("official", post, 0.8, t.raw)
    if firm is None:
        return _with_its_work(_tidied(_official_in(t, expecting, agency)), t.cleaned)
    from handlers.understanding.prepared import prepare  # prepared builds on this module's kit

    rest = prepare((t.cleaned[: firm.start()] + " " + t.cleaned[firm.end() :]).strip())
    who = _tidied(_official_in(rest, expecting, agency)) if rest.bare else None
    if who is None and rest.bare and not says_nothing(rest):  # "นายช่างคุมงานชื่อวิชัย": as given
        given = _NAMED_BEFORE.sub("", _as_given(rest))
        who = Value("official", given, 0.7, rest.raw) if given else None
    named = firm["firm"]
    if who is None:
        return Value("official", named, 0.75, firm.group(0).strip())
    return Value("official", f"{who.value}, {named}", who.confidence, t.raw)


#: English names of posts, longest first, each with its Thai post.
_ENGLISH_POSTS = sorted(
    (
        (spelling, lexicon.OFFICIAL_ROLES[role][0])
        for role in lexicon.POSTS_NAMED_IN_ENGLISH
        for spelling in lexicon.OFFICIAL_ROLES[role]
        if spelling.isascii()
    ),
    key=lambda pair: -len(pair[0]),
)
_VILLAGE_NUMBER_EN = re.compile(r"\b(?:moo|mu|village)\s*(?:no\.?\s*)?(\d{1,2})\b")


def _post_in_english(said: str) -> str | None:
    """An answer in English that names one post and at most where it is ("the village headman,
    moo 7" → "ผู้ใหญ่บ้าน หมู่ 7", "the kamnan of this tambon" → "กำนัน"), or None."""
    if not said.isascii():
        return None
    lower = said.lower()
    for spelling, thai in _ENGLISH_POSTS:
        at = re.search(rf"\b{re.escape(spelling)}\b", lower)
        if not at:
            continue
        rest = lower[: at.start()] + " " + lower[at.end() :]
        number = _VILLAGE_NUMBER_EN.search(rest)
        words = re.findall(r"[a-z-]+", _VILLAGE_NUMBER_EN.sub(" ", rest))
        if any(w not in lexicon.ENGLISH_POST_FILLER for w in words):
            return None  # more is said (a name, what was done): read as it is
        return f"{thai} หมู่ {number.group(1)}" if number else thai
    return None


#: A run of Thai words inside English ("the director ผอ. and the teacher, ครูสมศรี").
_THAI_RUN = re.compile(r"[ก-๙][ก-๙.]*(?:\s[ก-๙][ก-๙.]*)*")
_ENGLISH_WORD = re.compile(r"[a-z]{3,}", re.I)


def _thai_posts_in_english(said: str) -> str | None:
    """At the official question, an answer mostly in English with the posts (and names) in Thai
    inside it: those Thai posts, joined ("ผอ., ครูสมศรี"); None when the answer is not of that
    shape (Thai alone, English alone, or Thai words that are no post)."""
    if len(_ENGLISH_WORD.findall(said)) < 2:
        return None
    runs = [r.group(0) for r in _THAI_RUN.finditer(said)]
    posts = [r for r in runs if any(r.startswith(w) for w in OFFICIALS if not w.isascii())]
    if not posts or len(posts) != len(runs):
        return None
    # "ผอ." keeps its dot (a particle's end punctuation is cut, not an abbreviation's)
    return ", ".join(p if p.endswith(".") else strip_particles(p) for p in posts)


#: A police or army rank glued to a name ("จ.ส.ต.บุญมี", "ร.ต.ท.ประเสริฐ มั่นคง"), first, then
#: where they serve or what they did, said after a space ("ที่ตั้งด่านหน้าตลาด", "สภ.นางรอง"):
#: the ranked name is who it was (the station is the agency, read on its own).
_RANKED_FIRST = re.compile(
    r"^(?P<who>(?:[ก-ฮ]{1,2}\.){2,4}[ก-๙]{2,}(?:\s(?!ที่|ซึ่ง|สภ|สน\.|ตร|ทหาร|เป็น|ผู้)[ก-๙]{2,})?)"
    r"\s+(?:ที่|ซึ่ง|สภ\.|สน\.|ทหาร(?=ที่)|เป็น(?:คน)?ที่)"
)
#: A rank said as such and the name after it ("ตำรวจยศ ส.ต.อ. ชื่อประเสริฐ"): the rank on the name.
_RANK_THEN_NAME = re.compile(
    r"^(?:ตำรวจ|ทหาร)?\s*ยศ\s*(?P<rank>(?:[ก-ฮ]{1,2}\.){2,4})\s*(?:ชื่อ)?\s*(?P<name>[ก-๙]{2,}(?:\s[ก-๙]{2,})?)$"
)


def ranked_name(said: str) -> str | None:
    """The ranked name an answer at the official question opens with ("จ.ส.ต.บุญมี ที่ตั้งด่าน
    หน้าตลาด" → "จ.ส.ต.บุญมี", "ตำรวจยศ ส.ต.อ. ชื่อประเสริฐ" → "ส.ต.อ.ประเสริฐ"), or None."""
    first = _RANKED_FIRST.match(said)
    if first:
        return first["who"]
    rank = _RANK_THEN_NAME.match(said)
    return rank["rank"] + rank["name"] if rank else None


#: A vague English post and the words of its work right before it ("the procurement officer",
#: "the district land officer"): up to two words.
_ENGLISH_WORK_BEFORE = re.compile(r"\b((?:[a-z][a-z-]+\s+){1,2})(officer|official|clerk)\b", re.I)


def _with_its_work(found: Value | None, said: str) -> Value | None:
    """An English "officer" read alone, kept with the work said before it ("The procurement
    officer buys gloves…" → "procurement officer"); else as found."""
    if found is None or str(found.value).lower() not in ("officer", "official", "clerk"):
        return found
    at = _ENGLISH_WORK_BEFORE.search(said)
    if at is None:
        return found
    words = at.group(1).split()
    while words and words[0].lower() in lexicon.ENGLISH_STOP_WORDS:
        words = words[1:]  # "the", "a", "our": not the work
    if not words or any(w.lower() in lexicon.ENGLISH_STOP_WORDS for w in words):
        return found
    return replace(found, value=" ".join([*words, at.group(2)]).lower())


def _tidied(found: Value | None) -> Value | None:
    """The official as a value: a doubt, a rank said again or whose post it is cut off."""
    if found is None or not isinstance(found.value, str):
        return found
    value = ranked_name(found.value) or found.value
    for cut in (_TOLD_BEFORE, _HEDGE, _RANK_AGAIN, _WHOSE, _HEDGE, _NAME_UNKNOWN):
        shorter = cut.sub("", value)
        if shorter != value:  # "นายก อบต." keeps its dot: only what was cut is tidied after
            value = strip_particles(shorter).strip() or value
    return found if value == found.value else replace(found, value=value)


#: A post no position word names, said right before "ชื่อ" and the titled name ("นักพัฒนาชุมชน
#: อบต. ชื่อ…", "เจ้าหน้าทีกองช่าง ชื่อ…" typed without its tone mark): kept with the name.
_JOB_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?P<job>(?:เจ้าหน้าที|นัก|ผู้ช่วย|หัวหน้า|พนักงาน|ลูกจ้าง)[ก-๙]*\.?(?:\s[ก-๙]{2,}\.?){0,2})"
    r"\s*ชื่อ\s*$"
)


#: A uniformed rank with its dots glued to a name, anywhere ("…\nส.ต.ท.สมพงษ์ เป็นคนเรียก",
#: "คนเรียกเงินคือ จ.ส.อ.วิชัย"): that person, more exactly than "ตำรวจ" said before.
_UNIFORM_RANK = "|".join(
    "".join(re.escape(letter) + r"\." for letter in rank)
    for rank in sorted(lexicon.UNIFORM_RANKS, key=len, reverse=True)
)
_RANKED_ANYWHERE = re.compile(rf"(?<![ก-๙.])(?P<who>(?:{_UNIFORM_RANK})[ก-ฮเ-ไ][ก-๙]+)")
_IN_UNIFORM = frozenset(lexicon.OFFICIAL_ROLES["police"])
#: What they did, typed on to the name ("ด.ต.มานพเป็นคนเก็บเงิน"): the story's, not the name's.
_DEED_GLUED = re.compile("(?:" + "|".join(map(re.escape, lexicon.OFFICIAL_DEEDS)) + ").*$")


def _ranked_person(lower: str, best: tuple[int, str] | None) -> str | None:
    """The ranked name said anywhere in the text, where no official was read or only the
    police at large before it ("ตำรวจด่านตรวจเรียกเงิน…"); never the teller's own."""
    for ranked in _RANKED_ANYWHERE.finditer(lower):
        if _own_role(lower, ranked.start()):
            continue
        if best is None or (best[1] in _IN_UNIFORM and best[0] < ranked.start()):
            rank = re.match(rf"(?:{_UNIFORM_RANK})", ranked["who"]).end()
            who = ranked["who"][:rank] + _DEED_GLUED.sub("", ranked["who"][rank:])
            return strip_particles(who)
        return None
    return None


def _official_in(t: Text, expecting: str | None, agency: where.Agency | None) -> Value | None:
    """The official the text names, as first read."""
    lower = t.cleaned
    rank = _RANK.search(lower)
    if rank:
        ranked = _RANKED_NAME.search(lower[: rank.start()])
        if ranked:  # "ด.ต.สมชาย ยศดาบตำรวจ": the name carries the rank
            return Value("official", ranked["who"], 0.8, lower[ranked.start("who") : rank.end()])
        if not _FORCE_BEFORE_BARE_RANK.search(lower[: rank.start()]) or _FORCE_IN.search(rank[1]):
            return Value("official", rank.group(1), 0.8, rank.group(0))
        # "ตำรวจโรงพักคูเมืองครับ ยศดาบ": the force said, its bare rank only adds to it
        lower = lower[: rank.start()]
    denied = _DENIED.search(lower[: _role_at(lower)[0]]) if _role_at(lower) else None
    best = _first_official(lower, expecting, denied, set_aside=True)
    best = best or _first_official(lower, expecting, denied, set_aside=False)
    # at the official question the answer's own rules read the rank with what follows it
    ranked = (
        _ranked_person(lower, best) if expecting not in ("identity", "name", "official") else None
    )
    if ranked:
        return Value("official", ranked, 0.8, ranked)
    titled = TITLED.search(lower)
    if titled and where.is_place(titled.group(0)):
        titled = None  # "นางรอง" is a district, not Mrs Rong
    own = OWN_NAME.search(lower)
    if titled and own and own.start() <= titled.start() < own.end():
        titled = None
    together = _named_with_title(lower, titled, agency) if titled else None
    if together and expecting not in ("identity", "name"):
        # "ประธานสภาฯ แจ้งว่า นายประเสริฐ มั่งมี นายก อบต.สะเดา อนุมัติ…": the person named with
        # their title is who it is about, not a role named earlier in a pasted post
        return Value("official", strip_particles(together), 0.8, together)
    if best and expecting == "agency" and agency and agency.kind == "police":
        if best[1] in _POLICE_AT_LARGE:
            best = None  # "สภ.สตึกครับ ตำรวจจราจร": the police station's own, not someone
    if best:
        at, word = best
        value = word.rstrip(".") + ("." if word.endswith(".") else "")
        value = lexicon.SPELLED_OUT.get(word, value)  # "ผญบ" is ผู้ใหญ่บ้าน
        second = _SECOND_IN_RANK.search(lower[:at]) if word.isascii() else None
        if second:  # "the deputy director asked for…": the deputy, not the director
            value = second.group(1) + " " + value
        rest = lower[at + len(word) :].lstrip()
        if (
            agency
            and agency.kind in where.LOCAL
            and rest.startswith(agency.span[:2])
            and word not in lexicon.UNIT_HEADS
        ):
            value = f"{word} {where.SHORT[agency.kind]}"  # "นายก อบต.", "ปลัด ทต."
        division = _DIVISION.match(rest) if word in lexicon.POSTS_WITH_DIVISION else None
        if division:  # "เจ้าหน้าที่กองช่างเป็นคนเรียก": the officer of that division
            value = lexicon.SPELLED_OUT.get(word, value) + division.group(0).strip()
            rest = rest[division.end() :].lstrip()
        # "นายก อบต. อนุมัติ": what was done, though "อนุมัติ" is a first name too
        deed = _DEED.match(rest)
        named = name_after(rest) if not (titled and titled.start() >= at) and not deed else None
        if titled and titled.start() >= at:
            value = f"{value} {strip_particles(titled.group(0))}"
        elif named:  # "ผู้ใหญ่สมพงษ์": the role and the name said with it, as typed
            spaced = value != word or lower[at + len(word) : at + len(word) + 1].isspace()
            value = f"{value}{' ' if spaced else ''}{named}{_surname_after(rest, named)}"
        village = _village_of(word, rest) if expecting == "official" else None
        if village is not None:  # "ผู้ใหญ่บ้านบ้านโนนสวรรค์ หมู่ 6": the head of หมู่ 6
            head = lexicon.SPELLED_OUT.get(word.rstrip("."), word)
            joined = "" if re.match(r"หมู่|ม\.?\s*\d", rest) else " "  # "ผู้ใหญ่บ้านหมู่ 11" as typed
            number = f"{joined}หมู่ {village}" if village else ""
            return Value("official", head + number, 0.8, t.raw)
        if (
            expecting == "official"
            and _short_of(t, value, agency, word)
            and not _denies_a_post(lower)
        ):
            given = _role_then_name(_who_of(_as_given(t)))  # as given, without what was done
            if given and flat(given) != flat(value):
                return Value("official", given, 0.8, t.raw)
        return Value("official", value, 0.8, lower[at : at + len(word)])
    if titled and expecting not in ("identity", "name"):
        post = _POST_SAID.match(lower, titled.end())  # "… ตำแหน่งนายช่างโยธาชำนาญงาน": kept
        named = lower[titled.start() : post.end()] if post else titled.group(0)
        job = _JOB_BEFORE_NAME.search(lower[: titled.start()]) if expecting == "official" else None
        if job and not post:  # "นักพัฒนาชุมชน อบต. ชื่อนางสาวพิมพ์ใจ": the post said with the name
            named = f"{job['job']} ชื่อ{strip_particles(_NAME_UNKNOWN.sub('', named))}"
            return Value("official", named, 0.7, named)
        return Value("official", strip_particles(named), 0.65, named)
    looks = _UNNAMED_LOOKS.match(t.cleaned) if expecting == "official" else None
    if looks:  # "บ่ฮู้ชื่อครับ เป็นผู้ชายใส่แว่น": no name, so how they look is who it was
        return Value("official", strip_particles(looks["looks"]), 0.75, looks.group(0))
    said = romanised.official_said(t.cleaned)  # "nayok o bo to", "kamnan kha": Thai, in Latin
    if said in _POLICE_AT_LARGE and expecting == "agency" and agency and agency.kind == "police":
        return None  # "sataanee tamruat nang rong": the station's own word, as in Thai
    return Value("official", said, 0.8, t.raw) if said else None


#: A post said to be wrong ("บ่แม่นกำนัน", "ไม่ใช่ผู้ช่วยค่ะ"): the answer is no label as given.
_POST_DENIED = re.compile(r"(?:ไม่ใช่|บ่แม่น|บ่ใช่)\s*(?=\S)")


def _denies_a_post(lower: str) -> bool:
    """Whether the answer says a post is not the one (walk37: "ผู้ช่วย ผญบ บ่แม่นผญบ"): the post
    read from the rest is who it is, never the whole sentence with its denial."""
    return any(
        _role_at(lower[m.end() : m.end() + 30]) for m in _POST_DENIED.finditer(lower)
    ) or any(lower[m.end() :].startswith("ผู้ช่วย") for m in _POST_DENIED.finditer(lower))


def _first_official(
    lower: str, expecting: str | None, denied, set_aside: bool
) -> tuple[int, str] | None:
    """Where the first position word naming who did it is, and the word (the teller's own
    role, an onlooker, one denied, a job sought, one money is taken from and, when
    `set_aside`, a care giver visited or quoted and a pasted chat's poster or group are
    passed over)."""
    best: tuple[int, str] | None = None
    for word in OFFICIALS:
        if word not in lower:
            continue  # a substring test first: a regex for each of ~150 words was the cost
        at = next(
            (
                m.start()
                for m in _OFFICIAL_FOUND[word].finditer(lower)
                if not _own_role(lower, m.start())
                and (expecting == "official" or not _onlooker(lower, m.start()))
                and not (denied and _DENIED.search(lower[: m.start()]))
                and not _JOB_SOUGHT.search(lower[max(0, m.start() - 20) : m.start()])
                and not _WRONGED.search(lower[max(0, m.start() - 20) : m.start()])
                and not (set_aside and _cared_for(lower, m.start(), word))
                and not (set_aside and _posted_by(lower, m.start(), word))
            ),
            -1,
        )
        if at >= 0 and (best is None or at < best[0]):
            if word.isascii() and not re.search(rf"\b{re.escape(word)}\b", lower):
                continue
            best = (at, word)
    return best


#: A pronoun of the teller right before a titled name: the name is their own.
_SELF_NAMED = re.compile(r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย)\s*(?:ชื่อ|คือ)?\s*$")


def _named_with_title(lower: str, titled: re.Match, agency: where.Agency | None) -> str | None:
    """A titled name with a position word right beside it, and the agency said with that
    position ("นายประเสริฐ มั่งมี นายก อบต.สะเดา", "นายก อบต.ชุมแสง นายสมพงษ์ ใจกล้า"), as
    written; None when no position word touches the name."""
    office = re.escape(agency.span) if agency and agency.span else None
    if _SELF_NAMED.search(lower[: titled.start()]):
        return None  # "ผมนายสมชาย ใจดี ครู…": the teller's own name and role
    for word in (w for w in OFFICIALS if w in lower):
        for m in _OFFICIAL_FOUND[word].finditer(lower):
            if _own_role(lower, m.start()):
                continue
            if m.start() >= titled.end() and not lower[titled.end() : m.start()].strip():
                end = m.end()  # the name, then the position (and its office, "นายก อบต.สะเดา")
                at = lower.find(agency.span, m.start()) if office else -1
                if at >= 0 and not lower[end:at].strip():
                    end = max(end, at + len(agency.span))
                return lower[titled.start() : end].strip()
            between = lower[m.end() : titled.start()] if m.end() <= titled.start() else None
            if between is not None and (
                not between.strip() or (office and re.fullmatch(rf"\s*{office}\s*", between))
            ):
                return lower[m.start() : titled.end()].strip()  # the position, then the name
    return None


#: The role, a polite particle, then who it is ("ครูผู้ดูแลเด็กค่ะ ครูแหม่ม", "เจ้าหน้าที่การเงินครับ
#: ชื่อพี่ต้อย"): the person, then the role in brackets.
_ROLE_PARTICLE_NAME = re.compile(
    r"^(?P<role>\S.*?)(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า)\s+(?:ชื่อ|ซื่อ)?\s*"
    r"(?!หมู่|ม\.|ต\.|ตำบล|อ\.|อำเภอ|บ้าน|ที่|คน|ยศ)(?P<who>[^\s\d]+(?:\s[^\s\d]+)?)$"
)


def _role_then_name(given: str) -> str:
    """ "ครูผู้ดูแลเด็กค่ะ ครูแหม่ม" → "ครูแหม่ม (ครูผู้ดูแลเด็ก)"; any other answer as it is."""
    found = _ROLE_PARTICLE_NAME.match(given)
    if not found or not _role_at(found["role"]):
        return given
    if _KIN.search(found["who"]):  # "นายกเทศมนตรีค่ะ ให้งานญาติตัวเอง": what he did, no name
        return strip_particles(found["role"].strip())
    return f"{strip_particles(found['who'])} ({found['role'].strip()})"


#: A village's number said in words after its word ("หมู่หก", "หมู่ที่สิบสอง").
_VILLAGE_IN_WORDS = re.compile(r"(หมู่(?:ที่)?)\s*((?:ศูนย์|หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)+)")


def _as_given(t: Text) -> str:
    """The answer as given, without the filler, particles, honorific and emphasis around it;
    a village's number in digits ("ผญบ.หมู่หก" → "ผญบ.หมู่ 6")."""
    said = _VILLAGE_IN_WORDS.sub(lambda m: f"{m[1]} {words_to_digits(m[2])}", t.cleaned)
    given = _UNNAMED_THEN_LOOKS.sub(" ", _FILLER.sub("", RELAYED.sub("", said)))
    given = _SHORTENED.sub("", given)
    given = strip_particles(_NAME_UNKNOWN.sub("", given))
    return SPOKEN.sub("", strip_particles(SPOKEN.sub("", given))) or given


def _words(words) -> str:
    thai = [re.escape(w) for w in words if not w.isascii()]
    latin = [re.escape(w) for w in words if w.isascii()]
    return "|".join(thai + ([r"\b(?:" + "|".join(latin) + r")\b"] if latin else []))


#: What was done, or how to know them, after the role: cut from who the answer names.
_DESCRIBED = _words(lexicon.OFFICIAL_DESCRIBED).replace("คนที่", r"คนที่(?!\s?(?:เพิ่ง)?(?:ได้)?เป็น)")
_DEED = re.compile(_words(lexicon.OFFICIAL_DEEDS) + "|" + _DESCRIBED, re.I)
_NAMED_AFTER = re.compile(r"(?:" + _words(lexicon.OFFICIAL_NAMED_AFTER) + r")\s*", re.I)


#: How someone looks, said after who they are ("ผู้หญิงผมสั้น", "ใส่แว่น").
_LOOKS = (
    r"ผู้หญิง|ผู้ชาย|ตัว(?:สูง|เตี้ย|ใหญ่|เล็ก|อ้วน|ผอม|ดำ|ขาว)"
    r"|ผม(?:สั้น|ยาว|หงอก|ขาว)|ใส่แว่น|หัวล้าน|อายุ|หน้าตา|ท่าทาง|หนุ่ม|สาว|แก่ๆ|อ้วน|ผอม"
)
#: A polite particle, then how they look or another person beside them: who it was ends there
#: ("ปลัดค่ะ ผู้หญิงผมสั้น", "ผอ.โรงเรียนค่ะ กับเมียของ ผอ."); a village or a name after it
#: ("ผู้ใหญ่บ้านครับ หมู่ 5") still says who.
_ENDED = re.compile(
    rf"(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ)\s+(?=กับ|และ|{_LOOKS}|{_DESCRIBED}|{lexicon.OFFICE_TENURE}|เพิ่ง|คนเดิม|ที่|ไม่ใช่|บ่แม่น)"
    r"|\s+(?=ไม่ใช่|บ่แม่น)"  # "ปลัดอำเภอ ไม่ใช่ปลัด อบต.": another role denied after it
)
#: A family tie said after the role ("นายกอบตกับผรม.เปนญาติกัน", "กำนันกับคนขายปุ๋ยเป็นพี่น้องกัน"):
#: who it is ends before it (the tie is told, kept beside the answer).
_KIN_TIE = re.compile(
    r"\s*(?:กับ|และ)\s*\S{1,30}?\s*(?:ก็)?(?:เป็น|เปน|คือ)\s*(?:ญาติ|พี่น้อง|เครือญาติ|พ่อลูก|แม่ลูก|ผัวเมีย"
    r"|สามีภรรยา|คนกันเอง|เขยกัน|หลาน|ลูก|เมีย|น้อง|พี่)"
)
#: Where the role serves, said right after it ("กำนันตำบลนี้", "กำนัน ต.หนองโบสถ์"): the
#: sub-district's value, not who it is; so is the office said after "ที่"/"ประจำ"
#: ("หมออนามัยที่ รพ.สต."), and the police station said right after the police ("ตำรวจ
#: สภ.ลำปลายมาศ", "ตำรวจโรงพักคูเมือง").
_SERVES_AT = re.compile(
    r"^\s*(?:(?:ตำบล|ต\.)\s?\S*|(?:ที่|ประจำ)\s*(?:" + where.KIND_WORDS + r")\S*)"
)
_STATION_AFTER_POLICE = re.compile(r"^\s*(?:โรงพัก|สภ\.|สถานีตำรวจ)\S*")
#: "ฯ" after a role shortened ("รองนายกฯ", "นายกฯ"): the role as it is.
_DIVISION = re.compile(lexicon.OFFICIAL_DIVISION)
_SHORTENED = re.compile(r"(?<=[ก-๙])ฯ(?=\s|$)")
#: The rank said outright ("…ยศจ่าสิบตำรวจ", "ยศดาบตำรวจ"): who it is, whatever came before.
_RANK = re.compile(r"ยศ\s*(" + "|".join(re.escape(w) for w in OFFICIALS if not w.isascii()) + ")")
#: The force named before a bare rank ("ตำรวจ … ยศดาบ", "ทหาร … ยศจ่า"): the force is who it is.
_FORCE_BEFORE_BARE_RANK = re.compile(r"ตำรวจ|ทหาร|police|soldier", re.I)
_FORCE_IN = re.compile(r"ตำรวจ|ทหาร")
#: The name said unknown, then how they look ("เจ้าหน้าที่ผู้ชาย ไม่รู้ชื่อค่ะ ใส่แว่น"): with no
#: name, the look is how the committee knows them, so it is kept in place of the words.
_UNNAMED_THEN_LOOKS = re.compile(
    r"\s*(?:แต่)?(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)(?:จัก)?(?:ว่า)?(?:ชื่อ|ซื่อ)(?:อะไร)?(?:เขา)?"
    rf"\s*(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|นะ|เด้อ)*\s+(?={_LOOKS})"
)


#: The name said unknown first, then only how they look ("ไม่ทราบชื่อครับ ผู้ชายหัวล้าน…",
#: "บ่ฮู้ชื่อ เป็นผู้ชายใส่แว่น"): the look, without the words before it.
_UNNAMED_LOOKS = re.compile(
    r"^\s*(?:(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)(?:จัก)?(?:ว่า)?(?:เขา|เพิ่น)?(?:ชื่อ|ซื่อ)(?:อะไร)?(?:เขา)?)"
    r"\s*(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|นะ|เด้อ)*[\s,]+(?:แต่)?\s*(?:เขา|เพิ่น)?\s*(?:เป็น|เปน)?\s*"
    rf"(?P<looks>(?:{_LOOKS}).*)$"
)


#: A village said after its head, and nothing else: "บ้านโนนสวรรค์ หมู่ 6", "ดอนไม้งาม ม.2" (the
#: name without its บ้าน only with the number: alone it may be the head's own name), "หมู่ 11
#: บ้านหัวถนน", a particle between.
_PARTICLE = r"(?:\s*(?:ค่ะ|คะ|ครับ|คับ|ค่า|จ้ะ|จ้า|นะ|เด้อ|เจ้า|แหละ))*\s*"  # Isan "เจ้า": polite
_VILLAGE_AFTER_HEAD = re.compile(
    rf"^\.?{_PARTICLE}(?:บ้าน[ก-๙]+{_PARTICLE}(?:(?:หมู่(?:ที่)?|ม\.?)\s*(?P<n1>\d+))?"
    rf"|(?:[ก-๙]+\s*)?(?:หมู่(?:ที่)?|ม\.?)\s*(?P<n2>\d+)(?:{_PARTICLE}บ้าน[ก-๙]+)?){_PARTICLE}$"
)
_VILLAGE_HEADS = frozenset({*lexicon.VILLAGE_HEADS, "ผญบ", "ผช.ผญบ."}) - {"กำนัน", "ผู้ใหญ่"}


def _village_of(word: str, rest: str) -> str | None:
    """The number of the village a village head is named with, when the rest of the answer is
    only that village ("" when it has no number said); None when it says more or otherwise."""
    if word not in _VILLAGE_HEADS:
        return None
    found = _VILLAGE_AFTER_HEAD.match(rest)
    return (found["n1"] or found["n2"] or "") if found else None


def _role_at(text: str) -> tuple[int, int] | None:
    """Where the first official's role is said in the text (its longest form), or None; a
    role as found (`_OFFICIAL_FOUND`), never the start of another word ("จ่า" in "จ่าย")."""
    found = [
        (m.start(), -len(word))
        for word in OFFICIALS
        if word in text
        for m in (
            _OFFICIAL_FOUND[word] if not word.isascii() else re.compile(re.escape(word))
        ).finditer(text)
        if not word.isascii() or re.match(rf"\b{re.escape(word)}\b", text[m.start() :])
    ]
    if not found:
        return None
    at, length = min(found)
    return at, at - length


#: Which holder of the office, said right after it ("ผู้ใหญ่บ้านคนใหม่", "ปลัดคนเก่า").
_TENURE_AFTER = re.compile(rf"\s*(?:{lexicon.OFFICE_TENURE})")


def _who_of(given: str) -> str:
    """Who the answer names, without the clause before it ("คนที่เรียกเงินคือครูใหญ่" → "ครูใหญ่",
    "the officer is the village headman" → "the village headman") or what they did after it
    ("ผู้ใหญ่บ้านเป็นคนสั่ง" → "ผู้ใหญ่บ้าน", "นายก อบต. อนุมัติ" → "นายก อบต.") or how to know
    them ("ปลัดคนใหม่ที่ชอบใส่แว่น" → "ปลัด")."""
    ended = _ENDED.search(given) or _KIN_TIE.search(given)
    if ended and _role_at(given[: ended.start()]):
        given = given[: ended.start()].rstrip()  # "หัวหน้าสำนักปลัดค่ะ ผู้หญิงผมสั้น": the answer ends there
    for said in reversed(list(_NAMED_AFTER.finditer(given))):
        after = given[said.end() :]
        used_to = given[: said.start()].rstrip().endswith("เคย")  # "ปลัดที่เคยเป็นครู": was
        if said.start() > 0 and _role_at(after) and not used_to:
            given = after
            break
    role = _role_at(given)
    tenure = _TENURE_AFTER.match(given, role[1]) if role else None
    if tenure:  # "นายก อบต. คนใหม่ค่ะ เพิ่งเลือกตั้ง…": which holder is kept, what follows is not
        return strip_particles(given[: tenure.end()].strip())
    serves = _SERVES_AT.match(given[role[1] :]) if role else None
    if role and not serves and given[: role[1]].endswith("ตำรวจ"):
        serves = _STATION_AFTER_POLICE.match(given[role[1] :])
    if serves:
        given = (given[: role[1]] + given[role[1] + serves.end() :]).rstrip()
    deed = _DEED.search(given, role[1]) if role else None
    given = strip_particles(given[: deed.start()].strip()) if deed else given
    return _without_kin_before(given)


#: Kin said right before the role (`lexicon.OFFICIAL_KIN_BEFORE`), and a kin word anywhere.
_KIN_BEFORE = re.compile(lexicon.OFFICIAL_KIN_BEFORE)
_KIN = re.compile(lexicon.OFFICIAL_KIN_BEFORE.replace(r"(?:เป็น|แม่น|คือ)?", "", 1))


def tells_official_kin(text: str | None) -> bool:
    """Whether the text says someone is an official's kin ("ผู้รับเหมาเป็นญาตินายก"): who the
    official is, and a tie the story tells of."""
    said = text or ""
    return _without_kin_before(said) != said


def _without_kin_before(given: str) -> str:
    """Who the answer names when it says an official's kin ("ผู้รับเหมาเป็นญาตินายก" → "นายก",
    "ญาติของนายก อบต." → "นายก อบต."): the official, from their role on; else as it is."""
    role = _role_at(given)
    if role is None:
        return given
    for kin in _KIN_BEFORE.finditer(given[: role[0] + 1]):
        if kin.end() == role[0] and kin.group(0).strip():
            return given[role[0] :]
    return given


def _short_of(t: Text, position: str, agency: where.Agency | None, typed: str = "") -> bool:
    """The answer says more than the position read from it ("ปลัดสมชาย", "ผู้ใหญ่บ้านหมู่ 7"),
    beyond the agency's place (the position's word as `typed` is no more: "ผญบ" alone)."""
    rest = flat(_who_of(_as_given(t)))  # how long once what was done or described is cut
    if agency and agency.place:
        rest = rest.replace(flat(agency.place), "")
    if agency and position in lexicon.UNIT_HEADS:  # "หัวหน้าสำนักปลัด อบต.": the office is apart
        rest = rest.replace(flat(agency.span), "")
    return rest not in (flat(position), flat(typed)) and len(rest) <= 40


#: That the witness's name is not known, said after who they are ("คนขายลูกชิ้นตรงนั้นเห็นค่ะ ไม่รู้ชื่อ").
#: Or that none of them is known ("…หลายคน แต่ไม่รู้จักใครเลย", Isan "บ่ฮู้จักไผ").
_NAME_UNKNOWN_AFTER = re.compile(
    r"[\s,]*(?:แต่)?\s*(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)(?:จัก)?(?:ว่า)?(?:เขา|เพิ่น)?ชื่อ(?:อะไร)?\S*\s*$"
    r"|[\s,]*(?:แต่)?\s*(?:ไม่|บ่)(?:รู้|ฮู้)จัก(?:ชื่อ)?\s*(?:ใคร|ไผ|สักคน|ซักคน|กัน)\S*\s*$"
)
#: People who were there, said as "there were …" before that their names are not known
#: ("มีคนต่อคิวอยู่สามสี่คน ไม่รู้จักใคร"): unnamed witnesses, who they are as said.
_THERE_WERE = re.compile(r"^(?:ตอนนั้น\s*)?มี(?!แต่)(?P<who>\S.{1,50}?)\s*$")


#: What is said after the witnesses about them, not who they are: that they dare not speak
#: ("แต่เขาบ่กล้าพูด"), that he or she can be a witness ("she can be witness").
_WITNESS_TAIL = re.compile(
    r"[\s,]*(?:แต่|but)\s*(?:เขา|แก|เพิ่น|พวกเขา|he|she|they)?\s*(?:ก็)?\s*(?:(?:ไม่|บ่)(?:ค่อย)?|ไม่มีใคร|บ่มีไผ)กล้า.*$"
    r"|[\s,]*(?:and\s+)?(?:he|she|they)\s+(?:can|could|will|may)\s+be\s+(?:a\s+)?witness(?:es)?\W*$"
    # their names kept out ("…, but don't put their names"): who they are stays
    r"|[\s,]*but\s*(?:please\s+)?(?:don'?t|do\s+not|leave|no)\s.{0,20}?names?\b.*$",
    re.I,
)


def without_witness_tail(t: Text) -> Text:
    """The answer at the witness question without what it says after who they are
    ("คนทั้งหมู่บ้านกะเห็นค่ะ แต่เขาบ่กล้าพูด" → "คนทั้งหมู่บ้านกะเห็นค่ะ"); as it was when
    nothing is said after them or nothing would be left."""
    cut = _WITNESS_TAIL.search(t.raw)
    if cut is None or not t.raw[: cut.start()].strip():
        return t
    from handlers.understanding.prepared import prepare  # prepared builds on this module's kit

    return prepare(t.raw[: cut.start()].strip(" ,"))


def witnesses_value(t: Text, expecting: str | None) -> Value | None:
    """The witnesses the text names, or None; one described but not named is who they are."""
    if expecting == "witnesses" and SUPPOSED.match(t.cleaned):
        return None  # "ถ้าใส่ชื่อพยาน …": a witness supposed, asked about, none named
    unnamed = _NAME_UNKNOWN_AFTER.search(t.raw) if expecting == "witnesses" else None
    saw = _WITNESS_SAW.match(" ".join(t.raw[: unnamed.start()].split())) if unnamed else None
    if saw:  # "มีแม่ค้าหลายคนเห็น ไม่รู้จักใคร": who they are, without "there were"
        who = re.sub(r"^มี(?!แต่)\s*", "", saw.group("who").strip(" ,"))
        return Value("witnesses", who, 0.75, saw.group(0))
    there = _THERE_WERE.match(" ".join(t.raw[: unnamed.start()].split())) if unnamed else None
    if there and strip_particles(there["who"]):
        return Value("witnesses", strip_particles(there["who"]), 0.75, there.group(0))
    if expecting == "witnesses" and says_nothing(t):
        return Value("witnesses", "", 0.9, t.raw)
    if expecting == "witnesses" and _WITHHELD.search(t.flat.lower()):
        return Value("witnesses", "", 0.85, t.raw)  # "ไม่ใส่พยานค่ะ": none will be named
    nobody = _NO_WITNESS.search(t.cleaned)
    if nobody:  # "ดูบอลเมื่อคืนสนุกมาก ส่วนพยานไม่มีครับ": none, beside an aside
        return Value("witnesses", "", 0.85, nobody.group(0))
    found = _WITNESS.search(t.cleaned)
    if found:
        who = found.group(1)
        named = _NAMED_THEN.search(who)  # "เป็นพยานได้ค่ะ ชื่อสิบเอกวิชัย": the name said after
        who = strip_particles(named.group(1) if named else who)
        if _NAMED_AS.search(t.cleaned[found.start() : found.start(1)]):
            who = _SAID_AFTER.split(who, maxsplit=1)[0]  # "คือป้าบัวลอยค่ะ ตอนนั้นอยู่ด้วยกัน"
        if _NOBODY.fullmatch(who):  # "ส่วนพยานไม่มีครับ": none
            return Value("witnesses", "", 0.85, found.group(0))
        if expecting in (None, "what", "what_more"):
            who = _who_in_story(who)  # "มีคนเห็นลุงบุญมี ถ่ายคลิปไว้ด้วย" in a pasted post
        return Value("witnesses", who, 0.7, found.group(0))
    saw = _WITNESS_SAW.match(" ".join(t.raw.split()))
    if saw and expecting not in ("what", "what_more"):  # in a story, the teller's account
        who = _who_alone(saw.group("who").strip(" ,"))
        named = _named(who)
        if " กับ " in named:
            named = _WHEN_AFTER_TWO.sub("", named)
        return Value("witnesses", named, 0.75, saw.group(0))
    # a group the story says knows ("ครูในโรงเรียนรู้กันหมด") is left: the witness question asks
    return _kin_saw_in_story(t) if expecting in (None, "what") else None


#: In a story, who saw it ends at the clause after them: a space (a titled name keeps its
#: surname: "นายสมชาย ใจดี"), a quotation ("…หลายคน ป้าสมศรีบอกว่า "จ่ายแล้ว…"").
_WHO_IN_STORY = re.compile(
    r"^(?:(?:นาย|นางสาว|นาง|น\.ส\.)\s*[^\s\"'“”‘’]+\s+[^\s\"'“”‘’]+|[^\s\"'“”‘’]+)"
)


def _who_in_story(who: str) -> str:
    """Who saw it, told in a story, without the clauses after them ("ลุงบุญมี ถ่ายคลิปไว้ด้วย'
    เกิดที่…" → "ลุงบุญมี"); as said when nothing would be left."""
    found = _WHO_IN_STORY.match(who.strip())
    return strip_particles(found.group(0)) or who if found else who


#: Where a clause of a story may name the teller's own kin or neighbour ("…300 บาท ลูกสาวดิฉัน
#: ยืนอยู่ข้าง ๆ ก็เห็นด้วย"): after a space, one of them first.
_KIN_FIRST = re.compile(rf"(?<=\s)(?=(?:{'|'.join(lexicon.RELATIVES_TH)})\S)")


def _kin_saw_in_story(t: Text) -> Value | None:
    """A witness told in the first story, in a clause of its own that says they saw it too
    ("น้องสาวฉันก็อยู่ในร้านตอนนั้นเห็นด้วย"): the shortest such clause, or None."""
    said = " ".join(t.raw.split())
    for kin in _KIN_FIRST.finditer(said):
        words = said[kin.start() :].split(" ")
        for end in range(1, min(len(words), 6) + 1):
            saw = _WITNESS_SAW.match(" ".join(words[:end]))
            if saw:  # "น้องสาวฉันก็อยู่ในร้านตอนนั้น": who, without where they were
                who = _WHERE_THEY_WERE.split(saw.group("who"), maxsplit=1)[0].strip(" ,")
                return Value("witnesses", _named(who), 0.75, saw.group(0))
    return None


_WHERE_THEY_WERE = re.compile(r"\s*ก็")


#: The post said after a name ("นางสาวมาลี ใจดี ตำแหน่งนักวิชาการเงินและบัญชี").
_POST_SAID = re.compile(r"\s*ตำแหน่ง\s*[^\s,]+(?:\s(?!ค่ะ|ครับ|คับ)[^\s,]+){0,3}")
#: A polite particle, then more words: who was named ends there.
_NAMED_AS = re.compile(r"(?:คือ|ได้แก่|ชื่อ)\s*$")
_SAID_AFTER = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า)\s+")
_NOBODY = re.compile(r"(?:ก็)?(?:ไม่มี|บ่มี|none|nobody|no one)(?:ค่ะ|ครับ|คับ|เลย|จ้า)?", re.I)
_NAMED_THEN = re.compile(r"(?:^|\s)ชื่อ\s*(\S.*)$")
_WITHHELD = re.compile(lexicon.WHO_WITHHELD)
#: A witness supposed ("ถ้าใส่ชื่อพยาน", "หากบอกชื่อคนเห็น"): what would follow is asked, no one named.
SUPPOSED = re.compile(r"^(?:ถ้า|หาก|สมมติ(?:ว่า)?|if\b)", re.I)
_DESCRIBED_AFTER = re.compile(lexicon.WITNESS_DESCRIBED_AFTER)
_RELATION_BEFORE = re.compile(lexicon.WITNESS_RELATION_BEFORE, re.I)


_DESCRIBED_APART = re.compile(lexicon.WITNESS_DESCRIBED_APART)
_LATIN_THEN_THAI = re.compile(lexicon.WITNESS_LATIN_THEN_THAI)


_AND_GLUED = re.compile(lexicon.WITNESS_AND_GLUED)
_CLOSED = re.compile(lexicon.WITNESS_CLOSED)


def witness_as_asked(said: str) -> str:
    """The whole answer at the witness question, without how to know them said apart after
    the name ("พี่หนึ่ง คนขับรถรับจ้าง" → "พี่หนึ่ง"), two typed with "กับ" kept apart ("ลุงคำ
    กับ ป้าหอม"), none when it says nobody saw first; as said otherwise."""
    if _NOBODY_FIRST.match(said):
        return ""
    said = _who_alone(said)
    apart = _DESCRIBED_APART.match(said) or _CLOSED.match(said) or _LATIN_THEN_THAI.match(said)
    said = apart["who"] if apart else _AND_GLUED.sub(" กับ ", said)
    return _WHEN_AFTER_TWO.sub("", said) if " กับ " in said else said


def _who_alone(said: str) -> str:
    """Who was there without "there is" said first ("มีแต่เมียผม", "มีค่ะ น้องสาว…") and, for a
    relative, without whose or where they were ("ลูกชายผม", "น้องสาวที่ขายของอยู่ด้วย")."""
    said = _THERE_IS.sub("", said) or said
    kin = _KIN_ONLY.match(said)
    return kin["who"] if kin else said


#: "There is" or a yes said before who ("มีแต่…", "มีค่ะ …", "มีครับ …").
_THERE_IS = re.compile(r"^(?:มีแต่|มี(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ)?\s+(?=\S))")
#: A relative alone, with whose ("ผม", "ฉัน") or a clause of where they were after it.
_KIN_ONLY = re.compile(
    rf"^(?P<who>(?:{'|'.join(sorted(lexicon.RELATIVES_TH, key=len, reverse=True))}))"
    r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|ข่อย|ข้อย|กู)?(?:\s*ที่\S.*|(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ)?)$"
)
#: When two named were there, said after them ("ลุงทองดี กับ ป้าบุญเรือน ตอนนั้นนั่งอยู่ด้วยกัน").
_WHEN_AFTER_TWO = re.compile(r"\s+(?:ตอนนั้น|ตอนนี้|วันนั้น|ตอนที่)\S*(?:\s.*)?$")


def _named(who: str) -> str:
    """The witness by name, without how to know them ("ยายคำปุ่นข้างบ้าน" → "ยายคำปุ่น", "my
    neighbour Noi" → "Noi"); as said when nothing is left."""
    named = _RELATION_BEFORE.sub("", who)
    after = _DESCRIBED_AFTER.search(named)
    named = named[: after.start()] if after else named
    return _AND_GLUED.sub(" กับ ", named.strip(" ,")) or who
