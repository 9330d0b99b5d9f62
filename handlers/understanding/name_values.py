"""The name choice and the name given: anonymous or named, a refusal, and whether a text
reads as a person's name at all."""

from __future__ import annotations

import re

from handlers.thai.normalise import strip_particles
from handlers.thai.phone import find_thai_phone, split_phone
from handlers.understanding import lexicon, romanised, where
from handlers.understanding.contact_words import asks_same_name, call_allowed
from handlers.understanding.meaning import Value
from handlers.understanding.value_kit import (
    NO,
    NONE,
    OWN_NAME,
    PRESSURE,
    TITLE,
    TITLED,
    YES,
    Text,
    has,
    picked,
    says_nothing,
    word_set,
)

NAME_LEAD = re.compile(
    # Isan "ซื่อ" is ชื่อ ("ข้อยซื่อ คำพอง"), but only after the word for oneself: alone it is "honest"
    rf"^(?:(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|ข่อย|กระผม|เค้า|เรา)?\s*ชื่อ"
    rf"|(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|ข่อย|กระผม|เค้า|เรา)\s*ซื่อ)\s*(?:{TITLE}\s*(?=[ก-๙]))?"
    r"|^(?:my name is|i am|i'm|name:)\s*",
    re.I,
)
_BARE_NAME = re.compile(r"[ก-๙]{2,}(?: [ก-๙]{2,})?")
IDENTITY = {name: word_set(words) for name, words in lexicon.IDENTITY.items()}
#: The name itself said ("ชื่อ", "chue", "name"), as a refusal of it must say.
_NAME_SAID = re.compile(r"ชื่อ|นาม|\bchue\b|\bchu\b|\bname\b", re.I)


#: An option's number typed first at the name choice, then more ("2 ครับ Somchai Boonma 081…",
#: "ข้อ 2 ค่ะ ชื่อ…"), or a yes to it ("บอกค่ะ สมพร แก้วมณี 089…", "Yes, Mark Evans, 089…"):
#: the number (a yes is the 2), its particles, and where the rest begins.
_CHOICE_FIRST = re.compile(
    r"^\s*(?:(?:ข้อ|แบบ|เลข|ตัวเลือก|option|no\.?)?\s*([12])(?![\d.,/:-])"
    r"|(?P<yes>(?:บอก|ให้|ใส่|เปิดเผย)(?:ชื่อ)?(?:ได้)?(?:เลย)?|ได้|ยินดี|(?:yes|yeah|sure|ok(?:ay)?)\b))"
    r"(?:\s*(?:ค่ะ|คะ|ค่า|ครับ|คับ|ครัช|นะคะ|นะครับ|นะ|จ้า|จ้ะ|จ๊ะ|เด้อ))*[\s,.:;)-]+(?=\S)",
    re.I,
)


def _choice_then_more(t: Text) -> tuple[int, str, str] | None:
    """The option's number typed first and a name or a phone number after it: the number, the
    span of the choice, and the rest as typed; None when the rest gives neither."""
    found = _CHOICE_FIRST.match(t.raw)
    if found is None:
        return None
    rest = t.raw[found.end() :].strip()
    said, phone = split_phone(rest)
    from handlers.understanding.prepared import prepare  # prepared builds on the kit

    # a name and a surname, or a name said as one: not "2 คน" (a count) nor a word of talk
    named = said and (len(said.split()) >= 2 or _NAME_SAID.search(said))
    if not phone and not (named and reads_as_name(prepare(said))):
        return None
    return int(found.group(1) or 2), found.group(0).strip(), rest


def identity_value(t: Text, expecting: str | None) -> Value | None:
    """The name choice a text makes: anonymous or named, or None."""
    if expecting == "identity":
        if picked(t) in (1, 2):
            return Value("identity", "anonymous" if picked(t) == 1 else "named", 0.95, t.raw)
        choice = _choice_then_more(t)
        if choice is not None:  # "2 ครับ Somchai Boonma 0812345678": the choice is the "2"
            return Value("identity", "anonymous" if choice[0] == 1 else "named", 0.9, choice[1])
    if expecting in ("identity", "name") and refuses_name(t):
        return Value("identity", "anonymous", 0.85, t.raw)  # "อ็อตบอกชื่อ": not a name given
    if expecting == "consent" and refuses_name(t) and _NAME_SAID.search(t.flat):
        # "ไม่เอาชื่อนะคะ" at consent: the name left out, no refusal of consent
        return Value("identity", "anonymous", 0.85, t.raw)
    taken_out = _NAME_TAKEN_OUT.search(t.flat) if expecting in _NAME_STEPS else None
    if taken_out and not _ASKED_IF.search(t.flat[taken_out.end() :]):
        # "เอาชื่อหนูออกดีกว่าค่ะ", "ตัดชื่อผมออกเถอะ": the name taken off what is filed
        return Value("identity", "anonymous", 0.85, t.raw)
    anonymous = has(t.flat, IDENTITY["anonymous"])
    named = has(t.flat, IDENTITY["named"])
    if (
        expecting in ("identity", "summary")  # at the summary, the choice changed ("mai sai chue")
        and romanised.is_romanised_thai(t.raw)
        and not romanised.asks(t.raw)
    ):
        # "bor bok chue": a way of giving one's name said with "not" first is anonymity
        anonymous = (
            anonymous
            or romanised.says(t.raw, IDENTITY["anonymous"])
            or romanised.says(t.raw, IDENTITY["named"], negated=True)
        )
        named = named or romanised.says(t.raw, IDENTITY["named"])
    if named and not anonymous and _NOT_WILLING.search(t.flat[: t.flat.find(named)]):
        return Value("identity", "anonymous", 0.85, named)  # "ไม่กล้าบอกชื่อ", "ยังไม่อยากบอกชื่อ"
    if expecting == "identity" and not anonymous and _FEARED.search(t.flat):
        return Value("identity", "anonymous", 0.8, t.raw)  # "กลัวเขารู้ว่าเป็นเรา", "กลัวโดนหักคะแนน"
    if anonymous and (not named or len(anonymous) >= len(named) or named in anonymous):
        return Value("identity", "anonymous", 0.9, anonymous)
    if named:
        return Value("identity", "named", 0.85, named)
    if expecting == "identity" and call_allowed(t.raw):
        return Value("identity", "named", 0.8, t.raw)  # "ให้กรรมการโทรมาได้": to be reached
    if expecting == "identity":
        if t.key in YES:
            return Value("identity", "named", 0.85, t.raw)
        if t.key in NO:
            return Value("identity", "anonymous", 0.85, t.raw)
        if TITLED.search(t.cleaned) or OWN_NAME.search(t.cleaned) or _only_a_name(t):
            if not names_a_place(t):  # "บ้านหนองกี่" typed there: a place, no name given
                return Value("identity", "named", 0.8, t.raw)
        if (_GIVEN_NAME.search(t.cleaned) and reads_as_name(t)) or find_thai_phone(t.raw):
            return Value("identity", "named", 0.8, t.raw)  # "ชื่อแดงค่ะ", a number to call
    return None


#: The name taken out of the complaint ("เอาชื่อหนูออก", "ตัดชื่อผมออก", "take my name off"; flat
#: text), at the steps where the name is the matter: elsewhere "ตัดชื่อ…ออกจากบัตร" is a deed.
_NAME_TAKEN_OUT = re.compile(
    r"(?:เอา|ตัด|ลบ|ถอด)(?:ชื่อ|ซื่อ)\S{0,10}?ออก|(?:take|leave|keep|remove)(?:my)?name(?:out|off)?",
    re.I,
)
_NAME_STEPS = ("identity", "name", "summary")
_ASKED_IF = re.compile(r"^\S{0,6}?(?:ไหม|มั้ย|ได้บ่|หรือเปล่า|\?)|^(?:can|could)", re.I)
#: Not willing, right before a way of giving one's name ("ไม่กล้า|บอกชื่อ", "บ่อยาก|ให้ชื่อ"),
#: or afraid of what giving it would bring ("กลัวว่าถ้า|บอกชื่อ…").
_NOT_WILLING = re.compile(
    r"(?:ไม่|บ่|มิ|อ็อต|อ๊อต|ออต|อ็อด|อ๊อด)(?:ค่อย)?(?:กล้า|อยาก|ขอ|สะดวก|ต้องการ|ประสงค์|สบายใจ|อยากจะ)?(?:จะ)?$"
    r"|(?:กลัว|ย้าน|ย่าน|เกรง|กังวล)(?:ว่า)?(?:ถ้า|หาก)?(?:จะ|ต้อง)?$"
    r"|(?:don'?t|do ?not|rather ?not|not|won'?t|will ?not|can'?t|cannot|never|refuse)"
    r"(?:want ?to|wish ?to|like ?to|to)?$"
)
#: A refusal to give one's name, in Thai, Isan, Northern Khmer ("อ็อต": not), English or
#: romanised Thai: a negation, perhaps a wish, then telling, giving or writing down (or "don't"
#: right before telling the name).
_REFUSES_NAME = re.compile(
    # (Isan "ซื่อ" is ชื่อ: "บ่ต้องบอกซื่อเด้อ", "อย่าใส่ซื่อข้อย"; "no need to" is a refusal too)
    r"(?:ไม่|บ่(?![าำ])|มิได้|อ็อต|อ๊อต|ออต|อ็อด|อ๊อด)(?:ค่อย)?(?:กล้า|อยาก|ขอ|สะดวก|ต้องการ|ประสงค์|ยอม"
    r"|ต้อง)?(?:จะ)?(?:บอก|ให้|ใส่|แจ้ง|เปิดเผย|เผย|ระบุ|ลง|เขียน|มี|เอา(?=\s?(?:ชื่อ|ซื่อ)))(?:ชื่อ|ซื่อ)?"
    r"|(?:อย่า|ห้าม)(?:ไป)?(?:บอก|ใส่|เปิดเผย|เผย|ระบุ|เขียน)(?:ชื่อ|ซื่อ)"  # "อย่าบอกชื่อยายเด้อ"
    r"|\b(?:won'?t|will not|don'?t|do not|rather not|not|never|refuse to|can'?t|cannot)\b"
    r"[^.!?]{0,24}\b(?:give|tell|say|share|type|put|use)"
    r"|\b(?:mai|bo|bor|ot)\s?(?:yak|kha|khor|ja|kla)?\s?(?:bok|hai|sai|chue|aow?\s?chue)\b"
    # staying unknown said in so many words: "ไม่ขอออกนาม", "ขอเป็นความลับ", "ปิดชื่อ", "anonymous"
    r"|ออกนาม|นิรนาม|แสดงตน|เปิดเผยตัว|ระบุตัว|(?<!ไม่)(?<!บ่)(?:ซ่อน|ปิด|ปกปิด|งด)ชื่อ"
    r"|(?<!ไม่)(?<!ใช่)ความลับ|ไม่ประสงค์"
    r"|\b(?:anon(?:ymous(?:ly)?)?|private(?:ly)?|secret|confidential|classified|nameless|incognito"
    r"|no names?|without (?:a |my )?name|prefer not|keep it hidden)\b",
    re.I,
)
#: A refusal in one or two words, the whole message: "ลับ", "ไม่ขอ", "ไม่เอา", "mai kor".
_REFUSAL_ALONE = re.compile(
    r"(?:ขอ)?(?:ลับ|ปิด|ไม่ขอ|ไม่เอา|ไม่ให้|ไม่บอก|ไม่ดีกว่า|ไม่ต้อง|บ่บอก|บ่เอา|บ่ให้|ข้าม)"
    r"|(?:mai|bo|bor|ot)\s?(?:kor|khor|ao|aow|hai|bok|tong|dee kwa)|lub|lap|skip|pass|none|nope"
    r"|(?:i'?d\s)?(?:rather|prefer)\snot|no\sthanks?",
    re.I,
)
#: Asking, not answering: a question word or mark ("ต้องบอกชื่อจริงไหม", "why do you need it").
_ASKING = re.compile(
    r"\?|ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่าว|ทำไม|อะไร|ยังไง|อย่างไร|เท่าไร|ได้บ่|ใคร|ไหน|เมื่อไร|เมื่อไหร่"
    r"|เหรอ|หรอ|\b(?:why|what|how|who|where|do i|must i)\b"
    r"|\b(?:dai mai|mai (?:kha|ka|krap|khrap)|rue plao)\s*\W*$",
    re.I,
)
#: A name and surname, with a title or a nickname, is a few words of modest length: more is
#: talk, and so is a word of telling that no Thai name has ("เลย", "เพิ่ง", "วันนี้").
_NAME_WORDS, _NAME_LENGTH, _NAME_WORD_LENGTH = 4, 40, 22
_TALK = re.compile(r"เลย|แล้ว|เพิ่ง|กำลัง|วันนี้|เมื่อวาน|ตอนนี้|ทั้งวัน|เพราะ|ว่า|ที่นี่|อยู่ที่|ไม่ได้|ได้ยิน|ช่วย|เหรอ|นะคะ")
_KNOWN_FEARED = re.compile(lexicon.KNOWN_FEARED, re.I)
#: … or a penalty for reporting feared: at the name question, a wish not to be known.
_FEARED = re.compile(f"{lexicon.KNOWN_FEARED}|{lexicon.PENALTY_FEARED}", re.I)
#: A name given without "ผม/หนู" ("ชื่อ สมศรี ค่ะ", "ชื่อแดง"), at the question of the name.
_GIVEN_NAME = re.compile(
    r"(?:^|[\s,])ชื่อ\s*(?!อะไร|ไหน|จริง|เล่น|ของ|ผู้|คน|เขา|นาย|ใคร)([ก-๙]{2,}(?:\s[ก-๙]{2,})?)"
)


#: The words for oneself said before a name with no "ชื่อ" ("ผม ทองดี มีสุข", "ข้อย คำปุน").
_SELF_BEFORE = re.compile(r"^\s*(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม)\s+(?=[ก-๙])")
#: A place's or an office's first word ("บ้านหนองกี่", "ต.ชุมเห็ด", "รพ.สต.…"): no person's name.
#: (Not "อ." nor "จ.": "อ.สมชาย" is a teacher, "จ.ส.ต." a rank.)
_PLACE_FIRST = re.compile(
    r"^\s*(?:บ้าน|หมู่|ม\s*\.\s*\d|ต\s*\.|ตำบล|อำเภอ|จังหวัด|โรงเรียน|โรงพยาบาล|วัด|ตลาด)"
)


def names_a_place(t: Text) -> bool:
    """The text names a place or an office ("บ้านหนองกี่", "อบต.ชุมเห็ด", "เทศบาลตำบลนางรอง"),
    typed where a name was asked: never a person's name."""
    return bool(_PLACE_FIRST.match(t.cleaned)) or where.agency(t.cleaned) is not None


def _told_bare(t: Text) -> Value | None:
    """A name told without "ชื่อ" at the name questions ("สมศรี ใจดี ค่ะ", "ผม ทองดี มีสุข
    0812345678"): the words for oneself and a phone number set aside, one or two Thai words
    that read as a name and name no place or office; None otherwise."""
    from handlers.understanding.prepared import prepare  # prepared builds on the kit

    said = _SELF_BEFORE.sub("", split_phone(t.raw)[0] or "")
    said = NAME_LEAD.sub("", said.strip()).strip(" ,")  # "ชื่อสมศรี ใจดี": "ชื่อ" is no part
    rest = prepare(said) if said else None
    if rest is None or not _only_a_name(rest):
        return None
    return Value("name", rest.bare, 0.6, t.raw)


def _only_a_name(t: Text) -> bool:
    """One or two Thai words and nothing else known ("สมศรี ใจดี"), answering "your name?"."""
    if not _BARE_NAME.fullmatch(t.bare) or says_nothing(t) or t.key in YES | NO:
        return False
    if _KNOWN_FEARED.search(t.flat):
        return False  # "ไม่อยากให้ใครรู้ว่าเป็นหนู" is one run of letters, and no name
    if not reads_as_name(t):
        return False  # "ฝนตกทั้งวันเลย ลูกเพิ่งกลับ": two Thai words, and talk
    return not any(has(t.flat, words) for words in (*IDENTITY.values(), NONE, PRESSURE))


#: The teller's own post said after their name at the name question ("ประสิทธิ์ มั่นคง
#: ผู้ช่วยผู้ใหญ่บ้าน หมู่ 7"): where it begins, after a first and a last name.
_ROLE_AFTER_NAME = re.compile(
    r"^(?P<name>[ก-๙]{2,}\s+[ก-๙]{2,})\s+(?="
    + "|".join(
        re.escape(w) for w in sorted(lexicon.OFFICIALS, key=len, reverse=True) if not w.isascii()
    )
    + ")"
)


def name_before_role(t: Text) -> str | None:
    """The name said before the teller's own post at the name question ("ประสิทธิ์ มั่นคง
    ผู้ช่วยผู้ใหญ่บ้าน หมู่ 7" → "ประสิทธิ์ มั่นคง"), or None when no post follows a name."""
    found = _ROLE_AFTER_NAME.match(t.cleaned)
    if found is None or where.is_place(found["name"]):
        return None
    return found["name"]


def reads_as_name_text(text: str) -> bool:
    """`reads_as_name` of a text not yet prepared."""
    from handlers.understanding.prepared import prepare  # prepared builds on the kit

    return reads_as_name(prepare(text))


def reads_as_name(t: Text) -> bool:
    """The text can be a person's name as given at the name question: not a refusal, not a
    question, not talk about names ("ใส่ชื่อได้", "I won't give my name"), not a sentence, not
    a place or an office ("บ้านหนองกี่", "อบต.ชุมเห็ด")."""
    if asks_same_name(t.raw):
        return False  # "ใช้ชื่อเดิม": the name given last time asked for, none given
    if OWN_NAME.search(t.cleaned) and not _REFUSES_NAME.search(t.cleaned):
        return True  # "ผมชื่อสมชาย"
    if refuses_name(t) or _ASKING.search(t.cleaned) or names_a_place(t):
        return False
    if any(has(t.flat, words) for words in IDENTITY.values()) or t.key in YES | NO:
        return False
    words = t.bare.split()
    return (
        bool(words)
        and len(words) <= _NAME_WORDS
        and len(t.bare) <= _NAME_LENGTH
        and max(map(len, words)) <= _NAME_WORD_LENGTH
        and not _TALK.search(t.bare)
    )


def refuses_name(t: Text) -> bool:
    """The text refuses to give a name ("ไม่ขอให้ชื่อ", "อ็อตบอกชื่อ", "I'd rather not say")."""
    if _ASKING.search(t.cleaned):
        return False  # "ไม่บอกชื่อได้ไหม" asks whether one may: the question is answered
    return bool(
        _REFUSES_NAME.search(t.cleaned)
        or _REFUSES_NAME.search(t.flat)
        or _REFUSAL_ALONE.fullmatch(t.bare.strip())
    )


_FILED_FOR = re.compile(lexicon.FILED_FOR, re.I)
_FILED_FOR_NAMED_EN = re.compile(lexicon.FILED_FOR_NAMED_EN)
_OWN_NAME_EN = re.compile(lexicon.OWN_NAME_EN)
_RELATIVE_NAMED = re.compile(lexicon.RELATIVE_NAMED, re.I)
_RELATIVE_ASKED = re.compile(lexicon.RELATIVE_ASKED)
_NOT_FILED_FOR = re.compile(lexicon.NOT_FILED_FOR)


def _filed_for(raw: str) -> re.Match | None:
    """Filing for a relative said, and not denied ("ไม่ได้แจ้งแทนลุงที่ไหน" files for no one)."""
    for found in _FILED_FOR.finditer(raw):
        if not _NOT_FILED_FOR.search(raw[: found.start()]):
            return found
    return None


def _for_other(raw: str) -> bool:
    """ "แทน" (for) said and not denied: "แจ้งแทนเพื่อน", not "ไม่ได้แจ้งแทนใคร"."""
    return any(not _NOT_FILED_FOR.search(raw[: at.start()]) for at in re.finditer("แทน", raw))


def behalf_values(t: Text, expecting: str | None) -> list[Value]:
    """Who the person files for ("หนูแจ้งแทนพ่อ": behalf "พ่อ") and, at the name questions, the
    relative's name given ("พ่อชื่อสมบัติ ทองมา": affected_name, and the name said)."""
    values: list[Value] = []
    relation, span = None, ""
    found = _filed_for(t.raw)
    if found:
        relation = found["th"] or found["th_typed"] or found["en"] or found["en_behalf"]
        span = found.group(0)
    if expecting in ("identity", "name"):
        named = _RELATIVE_NAMED.search(t.raw)
        if named and named["th"] in lexicon.ELDER_SELF_TH and not found and not _for_other(t.raw):
            # "บอกก็ได้ ลุงชื่อทองใบ ศรีสุข": an elder names himself by kinship, for no one else
            name = strip_particles(named["name"]).strip()
            return [Value("name", name, 0.85, named.group(0))]
        if named:
            name = strip_particles(named["name"] or named["en_name"]).strip()
            values += [
                Value("affected_name", name, 0.85, named.group(0)),
                Value("name", name, 0.8, named.group(0)),
            ]
            relation, span = relation or named["th"] or named["en"], span or named.group(0)
        asked = _RELATIVE_ASKED.search(t.raw)
        if asked and relation is None:
            relation, span = asked["th"], asked.group(0)
        other = _FILED_FOR_NAMED_EN.search(t.raw) if relation is None else None
        if other:  # "I'm reporting for Mr. Somchai Boonmee": named, and no relative
            values.append(Value("affected_name", other["name"], 0.8, other.group(0)))
            relation, span = lexicon.OTHER_PERSON, other.group(0)
    if relation:
        values.append(Value("behalf", relation.lower(), 0.85, span))
    return values


_TITLE_FIRST = re.compile(rf"^\s*{TITLE}\s*(?=[ก-๙])")


def without_title(name: str) -> str:
    """One's own name as kept: without the title said before it ("นางสำราญ พรมมา" → "สำราญ
    พรมมา"), as a title said after "ชื่อ" is no part of it; as said when nothing is left."""
    return _TITLE_FIRST.sub("", name).strip() or name


def _before_call_words(raw: str) -> str | None:
    """The words before a wish about being called, typed after the name ("สมศรี โทรมาได้ตอนเย็น",
    "บุญมี อย่าโทรเวลางานนะคะ"; walk38), else None (no such wish, or nothing before it)."""
    words = raw.split()
    for at in range(len(words) - 1, 0, -1):  # the shortest tail that says it
        if call_allowed(" ".join(words[at:])) is not None:
            head = " ".join(words[:at]).strip(" ,")
            return head if call_allowed(head) is None else None
    return None


def name_value(t: Text, expecting: str | None) -> Value | None:
    """The name given, at the name question (or introduced as one's own), or None."""
    if asks_same_name(t.raw):
        return None  # "ชื่อเดิมครับ": last time's name asked for, none given
    head = _before_call_words(t.raw) if expecting in ("identity", "name") else None
    if head:  # "สมศรี โทรมาได้ตอนเย็น": the name is only the name (when to call is kept apart)
        from handlers.understanding.prepared import prepare  # prepared builds on the kit

        return name_value(prepare(head), expecting)
    english = _OWN_NAME_EN.search(t.raw) if expecting in ("identity", "name") else None
    if english and (english["name"] or expecting == "name") and not refuses_name(t):
        # "I'll give my name: Sarah Collins, and I'm reporting for Mr. Somchai": her own
        return Value("name", english["name"] or english["first"], 0.85, english.group(0))
    own = OWN_NAME.search(t.cleaned)
    if own:
        name = strip_particles(own.group(1) or own.group(2))
        return Value("name", name, 0.85, own.group(0))
    if expecting == "name" and find_thai_phone(t.raw):  # "ชื่อ สมศรี ดวงดี ค่ะ เบอร์ 089…"
        given = _GIVEN_NAME.search(t.cleaned)
        if given and not refuses_name(t):
            return Value("name", strip_particles(given.group(1)), 0.85, given.group(0).strip())
    asked = _ASKING.search(t.cleaned) if expecting == "name" else None
    given = _GIVEN_NAME.search(t.cleaned, asked.end()) if asked else None
    if given and not _ASKING.search(t.cleaned, given.start()) and not refuses_name(t):
        # "ต้องใส่นามสกุลด้วยไหมคะ ชื่อบุญมี ศรีบุรีค่ะ": a question, then the name given anyway
        return Value("name", strip_particles(given.group(1)), 0.8, given.group(0).strip())
    if expecting in ("identity", "name") and names_a_place(t):
        return None  # "เทศบาลตำบลนางรอง" typed at the name: an office, no "นาง รอง"
    if expecting == "identity":
        choice = _choice_then_more(t)
        if choice is not None and choice[0] == 2:  # "2 ครับ Somchai Boonma 081…": the rest
            said = split_phone(choice[2])[0] or ""
            name = strip_particles(NAME_LEAD.sub("", said.strip())).strip(" ,")
            if name and reads_as_name_text(name):
                return Value("name", name, 0.8, said.strip())
        titled = TITLED.search(t.cleaned)
        if titled:
            return Value("name", strip_particles(titled.group(0)), 0.75, titled.group(0))
        given = _GIVEN_NAME.search(t.cleaned)
        if given and reads_as_name(t):  # "ชื่อเอาไปทำอะไรคะ" asks, and names no one
            return Value("name", strip_particles(given.group(1)), 0.7, given.group(0).strip())
        bare = _told_bare(t)
        if bare is not None:  # "สมศรี ใจดี", "ผม ทองดี มีสุข 0812345678": the name, no phone
            return bare
        consent = _CONSENT_FIRST.match(t.cleaned)
        if consent and consent.end() < len(t.cleaned):
            from handlers.understanding.prepared import prepare  # prepared builds on the kit

            rest = prepare(t.cleaned[consent.end() :])
            if _only_a_name(rest):  # "บอกชื่อได้ค่ะ ฝน ศรีสุข": the yes, then the name
                return Value("name", rest.bare, 0.7, rest.raw)
    if expecting == "name":
        return _told_bare(t)  # "ทองดี มีสุข 081-234-5678 ค่ะ": the name, not the number with it
    return None


#: Yes to giving one's name, said first ("บอกชื่อได้ค่ะ", "ได้ครับ ใส่ชื่อเลย"): a name may follow.
_CONSENT_FIRST = re.compile(
    r"^(?:(?:บอก|เปิดเผย|ใส่|ให้)?(?:ชื่อ)?(?:ได้|ยินดี)(?:เลย)?(?:ค่ะ|ครับ|คับ|จ้า|จ้ะ)?\s+)?"
    r"(?:(?:บอก|เปิดเผย|ใส่|ให้)ชื่อ(?:ได้)?(?:เลย)?(?:ค่ะ|ครับ|คับ|จ้า|จ้ะ)?\s+)?"
)


#: The name a person gives as their own with a title ("ดิฉันนางสมศรี รักดี", "ผมชื่อนายแดง"):
#: the words for oneself kept, the name dropped.
_SELF_TITLED = re.compile(rf"(ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม)\s*(?:ชื่อ|คือ)?\s*{TITLED.pattern}", re.I)
_PHONES_AT_MOST = 5  # numbers taken out of one message


#: Who says it, before a relay ("ผมพิมพ์แทนแม่", "หนูช่วยพิมพ์ให้ยาย"), and the particles after it.
_RELAY_BY = re.compile(
    r"(?:(?:ดิฉัน|ผม|หนู|ฉัน|กระผม|ข้อย|ลูก|หลาน)?\s*(?:ช่วย|มา|ขอ)?"
    r"|\b(?:i|we)(?:'m|'re|\s+am|\s+are)?(?:\s+just)?)\s*$",
    re.I,
)
_RELAY_END = re.compile(r"[^\s,.;!?]*[,.;!?]?")


def without_relay(text: str) -> str:
    """The text without the clause saying it is filed or typed for a relative ("หนูพิมพ์แทนยาย
    นะคะ ยายมองไม่ค่อยเห็น …" → "ยายมองไม่ค่อยเห็น …"): who it is for is kept apart (`behalf`),
    never as the story's first words."""
    found = _FILED_FOR.search(text)
    if found is None:
        return text
    start = _RELAY_BY.search(text[: found.start()]).start()
    end = found.end() + _RELAY_END.match(text, found.end()).end() - found.end()
    return (text[:start] + " " + text[end:]).strip()


_RELAY_REASON = re.compile(lexicon.RELAY_REASONS, re.I)
#: Who a relay is for, said again beside its reason ("แม่พิมพ์ไม่เป็น"): no matter of its own.
_RELATIVE = re.compile(lexicon.FAMILY_AS_WITNESSES + r"|\b(?:she|he|they|my)\b", re.I)


def only_a_relay(text: str | None) -> bool:
    """The text says only for whom it is filed or typed, and at most why they do not type
    themself ("หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น"): who files, no answer to any question."""
    if not text:
        return False
    rest = without_relay(text)
    if rest == text.strip():
        return False  # no relay said
    rest = _RELATIVE.sub(" ", _RELAY_REASON.sub(" ", rest))
    return not [w for w in (strip_particles(w).strip(" ,.!") for w in rest.split()) if w]


def without_who_reports(text: str) -> str:
    """The text without the name the person gives as their own and without phone numbers
    ("ดิฉันนางสมศรี รักดี โทร 081-234-5678 เป็นคนจ่ายเงิน" → "ดิฉัน เป็นคนจ่ายเงิน"): what is
    kept with the story never says who reported (that is the identity question's, and an
    anonymous complaint keeps none)."""
    rest = without_relay(text)
    rest = _SELF_TITLED.sub(r"\1", rest)
    rest = OWN_NAME.sub(lambda m: m.group(0).split("ชื่อ")[0] if m.group(1) else "", rest)
    for _ in range(_PHONES_AT_MOST):
        rest, found = split_phone(rest)
        if found is None:
            break
    return re.sub(r"[ \t]{2,}", " ", rest).strip(" ,")
