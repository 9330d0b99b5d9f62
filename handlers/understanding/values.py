"""Every value a message carries, read by rules (precision matters: an answer is stored
only when it is one). Each reader takes the prepared text and returns a `Value` or None."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from handlers.thai.normalise import compact, is_dont_know, is_empty, strip_particles
from handlers.thai.numbers import words_to_digits
from handlers.thai.phone import find_thai_phone
from handlers.understanding import lexicon, romanised, when, where
from handlers.understanding.danger import extortion, flat
from handlers.understanding.meaning import Value
from storage.tracking_codes import tracking_code_in

KINDS = tuple(lexicon.OPTIONS["kind"])
_REFERENCE = re.compile(r"brm\s*-?\s*(\d{4})\s*-?\s*(\d{1,7})", re.I)
_TITLED = re.compile(
    r"(?:นางสาว|น\.ส\.|นาง|นาย(?!ก|อำเภอ|ทุน|ช่าง|จ้าง|หน้า))\s?([ก-๙]{2,}(?:\s[ก-๙]{2,})?)"
)
_OWN_NAME = re.compile(
    r"(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม|เค้า|เรา)\s*ชื่อ\s*([^\s,]+(?:\s+[^\s,]+)?)"
    r"|my name is\s+([a-z]+(?:\s+[a-z]+)?)",
    re.I,
)
_REPORTED_TO = re.compile(
    r"(?:เคย)?(?:ไป)?(?:แจ้ง|ร้องเรียน|ร้อง|บอก|รายงาน|ส่งเรื่อง|ยื่น\S{0,10}?)(?:ไว้|ไป)?"
    r"(?:ที่|กับ|ไปที่|ถึง)\s*(\S+(?:\s\S+)?)"
)
_WITNESS = re.compile(  # "พยานคือ…", "witnesses: …" (not "no witnesses")
    r"(?<!ไม่มี)(?<!no )(?:(?:พยาน|คนเห็น|คนรู้เห็น)(?:ด้วย|อยู่|ก็)?\s*(?:คือ|มี|ได้แก่|ชื่อ)?"
    r"|witness(?:es)?(?:\s+(?:is|are))?[:\s])"
    r"\s*[:：]?\s*(.+)",
    re.I,
)
#: A person named, then that they saw it too, the whole message ("นางสมศรี อสม.หมู่ 8 ก็เห็นด้วยค่ะ",
#: "ลุงสมพงษ์ข้างบ้านก็เห็นเหมือนกัน", "my neighbour Somchai saw it too"): a witness, whatever
#: was asked. Not the teller ("ดิฉันเห็น…") nor nobody ("ไม่มีใครเห็น").
_WITNESS_SAW = re.compile(
    r"^(?!(?:ผม|ดิฉัน|ฉัน|หนู|ข้อย|เรา|กู|i|we|nobody|no one|ไม่มี|บ่มี)\b)"
    r"(?!(?:ผม|ดิฉัน|ฉัน|หนู|ข้อย|เรา|ไม่มี|บ่มี|ไม่|บ่))"
    r"(?P<who>\S.{1,50}?)\s*(?:ก็|เอง|also|too)?\s*"
    r"(?:เห็น(?:กับตา)?|รู้เห็น|อยู่ด้วย|อยู่ในเหตุการณ์|เป็นพยาน(?:ได้)?|saw(?:\s+(?:it|this|that|everything|them|him|her))?"
    r"|was\s+there|witnessed\s+it|can\s+be\s+a\s+witness)"
    r"\s*(?:ด้วย|เหมือนกัน|คือกัน|หมด|ตอนนั้น|too|also|as\s+well)?"
    r"\s*(?:นะ|ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|เด้อ|เด้|[.!])*\s*$",
    re.I,
)
_PICKED = re.compile(r"(?:ข้อ|แบบ|อัน|เลข|ตัวเลือก|เบอร์|option|no|#)?(?:ที่)?(\d)", re.I)
_NEVER_BEFORE = re.compile(
    r"ครั้งแรก|firsttime|(?:ไม่|บ่)เคย\S{0,10}(?:แจ้ง|ร้อง|บอก)|ยัง(?:ไม่|บ่)ได้\S{0,4}แจ้ง"
    r"|never\S{0,8}report|(?:have|has)n'?t\S{0,8}reported|notreported\S{0,8}(?:yet|anywhere|before)",
    re.I,
)
#: How long (flattened) "never reported" may be to be that answer, said at another question.
NEVER_SAID_ALONE = 40
_NAME_LEAD = re.compile(
    r"^(?:ผม|ฉัน|ดิฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม|เค้า|เรา)?\s*ชื่อ\s*|^(?:my name is|i am|i'm|name:)\s*",
    re.I,
)
_FILLER = re.compile(r"^(?:เขา|คนที่ทำ|คนทำ)?\s*(?:เป็น|คือ|ก็คือ|ก็)\s*")
#: The honorific and emphasis said around a role ("ท่านนายกเลย"), not kept with it.
SPOKEN = re.compile(
    r"^(?:" + "|".join(lexicon.SPOKEN_HONORIFICS) + r")\s*(?=\S)"
    r"|\s*(?:" + "|".join(lexicon.SPOKEN_EMPHASIS) + r")(?:จ้า|ค่า|นะ|น้า)?$"
    r"|(?<=\S)(?<!เ)(?:จ้า|น้า)$"  # a particle run on ("ปลัด อบต.จ้า"), not "เจ้า"
)
_REPORTED_BEFORE = re.compile(
    r"เคย\S{0,6}(?:แจ้ง|ร้อง|บอก)|ไปแจ้ง\S{0,12}(?:ที่|กับ)|reported (?:it )?to"
)
_TOLD_SOMEONE = re.compile(
    r"เคย\S{0,6}(?:แจ้ง|ร้อง|บอก|รายงาน|ยื่น|ส่งเรื่อง)"
    r"|(?:แจ้ง|บอก|ร้องเรียน|ร้อง|ส่งเรื่อง|รายงาน|ยื่น)\S{0,20}แล้ว|report(?:ed)? to"
    # English, read without spaces: "I told the village head", "complained to the district"
    r"|(?:^|i|we)(?:already)?told(?:the|a|my|our|him|her|them)|complainedto|wentto(?:the)?police"
)
#: A telling followed at once by whom it was told to ("เคยบอกนายอำเภอ", "แจ้งศูนย์ดำรงธรรม").
_TOLD_BODY = re.compile(
    r"(?:แจ้ง|บอก|ร้องเรียน|ร้อง|รายงาน|ส่งเรื่อง)(?:ไว้|ไป|ให้)?\s*((?:"
    + "|".join(
        map(
            re.escape,
            sorted(
                {*lexicon.OFFICIALS, *lexicon.AGENCY_NAMES, *lexicon.REPORTED_BODIES},
                key=len,
                reverse=True,
            ),
        )
    )
    + r")\S*)"
)
_CONTRAST = re.compile(r"แต่|ทว่า|but")
#: Where the place reported to ends: "…อำเภอแล้วค่ะ แต่ยังเงียบ" → "…อำเภอ".
_REPORT_OUTCOME = re.compile(r"\s*(?:แล้ว|แต่|ทว่า|ตั้งแต่|เมื่อ|but)")
_BARE_NAME = re.compile(r"[ก-๙]{2,}(?: [ก-๙]{2,})?")
_NEGATED_REPORT = (
    "ไม่อยากแจ้ง",
    "ไม่แจ้งแล้ว",
    "ยังไม่",
    "ไม่เคย",
    "บ่เคย",
    "ยังบ่",
    "ยังไม่ได้",
    "never",
    "not yet",
)
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


IDENTITY = {name: word_set(words) for name, words in lexicon.IDENTITY.items()}
EVIDENCE = {name: word_set(words) for name, words in lexicon.EVIDENCE.items()}
YES, NO, NONE = key_set(lexicon.YES), key_set(lexicon.NO), key_set(lexicon.NONE)
KIND_OPTIONS = {kind: key_set(words) for kind, words in lexicon.OPTIONS["kind"].items()}
OPTIONS = {
    step: {name: key_set(words) for name, words in options.items()}
    for step, options in lexicon.OPTIONS.items()
}
PRESSURE = word_set(lexicon.PRESSURE)
REPORTED_YES = word_set(lexicon.REPORTED_YES)
FIELDS = {
    name: sorted(word_set(words), key=len, reverse=True) for name, words in lexicon.FIELDS.items()
}
OFFICIALS = sorted(lexicon.OFFICIALS, key=len, reverse=True)


def has(text: str, words: frozenset[str]) -> str | None:
    """The first of `words` found inside the flattened text (longest wins), or None."""
    found = [w for w in words if w and w in text]
    return max(found, key=len) if found else None


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
        name: max((w for w in words if len(w) >= _INSIDE_LENGTH and w in bare), key=len, default="")
        for name, words in options.items()
    }
    named = [name for name, word in inside.items() if word]
    if len(named) != 1:
        return None
    word = inside[named[0]]
    return named[0] if not _NEGATION.search(bare.replace(word, " ")) else None


@cache
def _words_run(words: frozenset[str]) -> re.Pattern[str]:
    """One or more of `words` run together."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")+")


def value_is(values: dict[str, Value], name: str, wanted: object) -> bool:
    """The value called `name` was found and is `wanted`."""
    return name in values and values[name].value == wanted


def says_nothing(t: Text) -> bool:
    """ "ไม่มี", "ไม่รู้", "-", "ข้าม": nothing to give."""
    if is_empty(t.raw) or is_dont_know(t.raw) or t.key in NONE:
        return True
    return (
        t.key.startswith(("ไม่มี", "บ่มี", "ไม่เคย", "บ่เคย", "ยังไม่เคย", "อ็อตเมียน", "อ๊อตเมียน", "อ็อตเคย"))
        and len(t.key) <= 18
    )


def picked(t: Text) -> int | None:
    """The option number typed alone ("2", "ข้อ 2", "แบบที่ ๒"), or None."""
    found = _PICKED.fullmatch(t.key)
    return int(found.group(1)) if found else None


#: The kind model's margin above which a kind is said plainly enough to fill the field
#: unasked (a story, a pasted post): the lowest at which 5-fold cross-validation on the
#: examples fills kinds 95 % rightly (`benchmarks/kind_calibration.py`: -0.10 fills 104 of
#: 154 stories, 99 rightly, and gives 20 of 1329 kindless texts one; 0.0 filled 85) …
KIND_SURE = -0.1
#: … above which it is read, but only kept where the kind was asked or the rules agree …
KIND_LIKELY = -0.5
#: … and above which a description typed at the kind question is read as that kind.
KIND_ASKED = -0.8
#: Unless that kind is not sure and the next is this close behind it: a guess either way
#: (cross-validated, the first of two kinds this close is right 7 times in 13, 0.1 apart 4
#: in 9: within a coin's toss either way, so the gap set before stays).
KIND_CLOSE = 0.15


def _kind(t: Text, expecting: str | None) -> Value | None:
    """The kind of misconduct: certain from the option's own words or number and from a
    price asked for a service; otherwise the kind model's reading of the description."""
    if expecting == "kind":
        number = picked(t)
        if number and 1 <= number <= len(KINDS):
            return Value("kind", KINDS[number - 1], 0.95, t.raw)
        for kind, words in KIND_OPTIONS.items():
            if t.key in words:
                return Value("kind", kind, 0.95, t.raw)
        if is_dont_know(t.raw):
            return Value("kind", "other", 0.9, t.raw)
    if extortion(t.cleaned):  # a price for a service is a bribe, whatever it is for
        return Value("kind", "bribery", 0.8, t.raw)
    from handlers.understanding.classifier import NO_KIND, kind_scores  # sklearn on first use

    scores = kind_scores(t.raw)
    scores.pop(NO_KIND)
    if expecting != "kind":
        scores.pop("other")  # "not sure" is a kind only when the kind was asked
    for beyond in lexicon.KIND_TOLD_AS:  # a kind beyond the options, learnt from few: if sure
        if scores.get(beyond, 0.0) <= KIND_SURE:
            scores.pop(beyond, None)
    ranked = sorted(scores.values(), reverse=True)
    learnt = max(scores, key=scores.__getitem__)
    kind = lexicon.KIND_TOLD_AS.get(learnt, learnt)  # vote buying is recorded as "other"
    margin = scores[learnt]
    if margin <= KIND_SURE and ranked[0] - ranked[1] < KIND_CLOSE:
        return None  # two kinds as likely: the question with its choices is asked instead
    if margin > KIND_SURE:
        return Value("kind", kind, 0.75, t.raw)
    if margin > KIND_LIKELY or (expecting == "kind" and margin > KIND_ASKED):
        return Value("kind", kind, 0.6, t.raw)
    return None


def _identity(t: Text, expecting: str | None) -> Value | None:
    if expecting == "identity":
        if picked(t) in (1, 2):
            return Value("identity", "anonymous" if picked(t) == 1 else "named", 0.95, t.raw)
    if expecting in ("identity", "name") and refuses_name(t):
        return Value("identity", "anonymous", 0.85, t.raw)  # "อ็อตบอกชื่อ": not a name given
    anonymous = has(t.flat, IDENTITY["anonymous"])
    named = has(t.flat, IDENTITY["named"])
    if expecting == "identity" and romanised.is_romanised_thai(t.raw) and not romanised.asks(t.raw):
        # "bor bok chue": a way of giving one's name said with "not" first is anonymity
        anonymous = (
            anonymous
            or romanised.says(t.raw, IDENTITY["anonymous"])
            or romanised.says(t.raw, IDENTITY["named"], negated=True)
        )
        named = named or romanised.says(t.raw, IDENTITY["named"])
    if named and not anonymous and _NOT_WILLING.search(t.flat[: t.flat.find(named)]):
        return Value("identity", "anonymous", 0.85, named)  # "ไม่กล้าบอกชื่อ", "ยังไม่อยากบอกชื่อ"
    if expecting == "identity" and not anonymous and _KNOWN_FEARED.search(t.flat):
        return Value("identity", "anonymous", 0.8, t.raw)  # "กลัวเขารู้ว่าเป็นเรา"
    if anonymous and (not named or len(anonymous) >= len(named) or named in anonymous):
        return Value("identity", "anonymous", 0.9, anonymous)
    if named:
        return Value("identity", "named", 0.85, named)
    if expecting == "identity":
        if t.key in YES:
            return Value("identity", "named", 0.85, t.raw)
        if t.key in NO:
            return Value("identity", "anonymous", 0.85, t.raw)
        if _TITLED.search(t.cleaned) or _OWN_NAME.search(t.cleaned) or _only_a_name(t):
            return Value("identity", "named", 0.8, t.raw)
        if (_GIVEN_NAME.search(t.cleaned) and reads_as_name(t)) or find_thai_phone(t.raw):
            return Value("identity", "named", 0.8, t.raw)  # "ชื่อแดงค่ะ", a number to call
    return None


#: Not willing, right before a way of giving one's name ("ไม่กล้า|บอกชื่อ", "บ่อยาก|ให้ชื่อ"),
#: or afraid of what giving it would bring ("กลัวว่าถ้า|บอกชื่อ…").
_NOT_WILLING = re.compile(
    r"(?:ไม่|บ่|มิ|อ็อต|อ๊อต|ออต|อ็อด|อ๊อด)(?:ค่อย)?(?:กล้า|อยาก|ขอ|สะดวก|ต้องการ|ประสงค์|สบายใจ|อยากจะ)?(?:จะ)?$"
    r"|(?:กลัว|ย้าน|ย่าน|เกรง|กังวล)(?:ว่า)?(?:ถ้า|หาก)?(?:จะ|ต้อง)?$"
    r"|(?:don'?t|do ?not|rather ?not|not|won'?t|will ?not|can'?t|cannot|never|refuse)"
    r"(?:want ?to|wish ?to|like ?to|to)?$"
)
#: A refusal to give one's name, in Thai, Isan, Northern Khmer ("อ็อต": not), English or
#: romanised Thai: a negation, perhaps a wish, then telling, giving or writing down.
_REFUSES_NAME = re.compile(
    r"(?:ไม่|บ่(?![าำ])|มิได้|อ็อต|อ๊อต|ออต|อ็อด|อ๊อด)(?:ค่อย)?(?:กล้า|อยาก|ขอ|สะดวก|ต้องการ|ประสงค์|ยอม)?"
    r"(?:จะ)?(?:บอก|ให้|ใส่|แจ้ง|เปิดเผย|เผย|ระบุ|ลง|เขียน|มี)(?:ชื่อ)?"
    r"|\b(?:won'?t|will not|don'?t|do not|rather not|not|never|refuse to|can'?t|cannot)\b"
    r"[^.!?]{0,24}\b(?:give|tell|say|share|type|put|use)"
    r"|\b(?:mai|bo|bor|ot)\s?(?:yak|kha|khor|ja|kla)?\s?(?:bok|hai|sai|chue)\b"
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
#: A name given without "ผม/หนู" ("ชื่อ สมศรี ค่ะ", "ชื่อแดง"), at the question of the name.
_GIVEN_NAME = re.compile(
    r"(?:^|[\s,])ชื่อ\s*(?!อะไร|ไหน|จริง|เล่น|ของ|ผู้|คน|เขา|นาย|ใคร)([ก-๙]{2,}(?:\s[ก-๙]{2,})?)"
)


def _only_a_name(t: Text) -> bool:
    """One or two Thai words and nothing else known ("สมศรี ใจดี"), answering "your name?"."""
    if not _BARE_NAME.fullmatch(t.bare) or says_nothing(t) or t.key in YES | NO:
        return False
    if _KNOWN_FEARED.search(t.flat):
        return False  # "ไม่อยากให้ใครรู้ว่าเป็นหนู" is one run of letters, and no name
    if not reads_as_name(t):
        return False  # "ฝนตกทั้งวันเลย ลูกเพิ่งกลับ": two Thai words, and talk
    return not any(has(t.flat, words) for words in (*IDENTITY.values(), NONE, PRESSURE))


def reads_as_name(t: Text) -> bool:
    """The text can be a person's name as given at the name question: not a refusal, not a
    question, not talk about names ("ใส่ชื่อได้", "I won't give my name"), not a sentence."""
    if _OWN_NAME.search(t.cleaned) and not _REFUSES_NAME.search(t.cleaned):
        return True  # "ผมชื่อสมชาย"
    if refuses_name(t) or _ASKING.search(t.cleaned):
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


def _name(t: Text, expecting: str | None) -> Value | None:
    own = _OWN_NAME.search(t.cleaned)
    if own:
        name = strip_particles(own.group(1) or own.group(2))
        return Value("name", name, 0.85, own.group(0))
    if expecting == "identity":
        titled = _TITLED.search(t.cleaned)
        if titled:
            return Value("name", strip_particles(titled.group(0)), 0.75, titled.group(0))
        given = _GIVEN_NAME.search(t.cleaned)
        if given and reads_as_name(t):  # "ชื่อเอาไปทำอะไรคะ" asks, and names no one
            return Value("name", strip_particles(given.group(1)), 0.7, given.group(0).strip())
        if _only_a_name(t):
            return Value("name", t.bare, 0.6, t.raw)
    return None


def _reported(t: Text, expecting: str | None) -> list[Value]:
    found: list[Value] = []
    # "เคยแจ้ง… แต่ยังไม่มีความคืบหน้า": what follows "but" is about the outcome, not the telling
    head = _CONTRAST.split(t.flat, maxsplit=1)[0]
    said = head if _TOLD_SOMEONE.search(head) else t.flat
    negated = any(n in said for n in _NEGATED_REPORT) or bool(_NEVER_BEFORE.search(said))
    cue = has(t.flat, REPORTED_YES)
    if expecting == "reported":
        if picked(t) == 1 or (t.key in YES and not negated):
            found.append(Value("reported", "yes", 0.95, t.raw))
        elif picked(t) == 2 or t.key in NO or negated or t.key in ("ยัง", "ยังเลย"):
            found.append(Value("reported", "no", 0.9, t.raw))
        elif cue or t.key.startswith("เคย") or _TOLD_SOMEONE.search(t.flat):
            found.append(Value("reported", "yes", 0.9, t.raw))
    elif _REPORTED_BEFORE.search(t.flat) and not negated:  # in a story: "เคยไปแจ้ง…"
        found.append(Value("reported", "yes", 0.75, _REPORTED_BEFORE.search(t.flat).group(0)))
    elif negated and _NEVER_BEFORE.search(t.flat) and len(t.flat) <= NEVER_SAID_ALONE:
        found.append(Value("reported", "no", 0.8, t.raw))  # "ยังไม่เคยแจ้งที่ไหน" at another question
    if found and found[0].value == "yes":
        target = _REPORTED_TO.search(t.cleaned) or _TOLD_BODY.search(t.cleaned)
        if target:
            where = _REPORT_OUTCOME.split(target.group(1), maxsplit=1)[0]
            found.append(Value("reported_to", strip_particles(where), 0.75, target.group(0)))
    return found


_EVIDENCE_ONLY = re.compile(lexicon.EVIDENCE_ONLY, re.I)


def all_there_is(t: Text) -> bool:
    """ "มีแค่รูปนี้รูปเดียว", "I only have this one photo": what was sent is all the evidence."""
    return not has(t.flat, EVIDENCE["none"]) and bool(_EVIDENCE_ONLY.search(t.flat.lower()))


def _evidence(t: Text, expecting: str | None) -> Value | None:
    if expecting != "reported" and _NEVER_BEFORE.search(t.flat) and len(t.flat) <= NEVER_SAID_ALONE:
        return None  # "ยังไม่เคยแจ้งที่ไหน": where it was reported, not the evidence
    for name in ("later", "none", "has"):
        cue = has(t.flat, EVIDENCE[name])
        if cue:
            return Value("evidence", name, 0.85, cue)
    if expecting == "evidence" and says_nothing(t):
        return Value("evidence", "none", 0.85, t.raw)
    return None


#: The teller introducing themself, right before their own role ("ดิฉันนางสาวอรุณี ศรีวงศ์ ครู…",
#: "ผมเป็นครู"): that role is not the person complained about.
_SELF_INTRO = re.compile(
    r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย)\s*"
    r"(?:(?:ชื่อ|นางสาว|นาง|นาย)\s*[ก-๙]+(?:\s[ก-๙]+)?\s)?\s*(?:เป็น|ทำงาน(?:เป็น)?)?\s*$"
    r"|(?:ดิฉัน|ผม|หนู|ข้อย|กระผม)\s*เป็น[ก-๙]{1,4}$"  # "ผมเป็นมัคนายก": not the นายก
)


def _own_role(text: str, at: int) -> bool:
    """The official word at `at` is the teller's own role, said as they introduce themself."""
    return bool(_SELF_INTRO.search(text[max(0, at - 40) : at]))


#: Right after a person word, what a bystander does, not the wrongdoing: knows, saw, stays
#: silent, dares not ("ครูก็ไม่กล้าพูด", "ผู้ใหญ่บ้านก็รู้แต่ไม่กล้าพูด", "ผอ.ก็เงียบ").
_ONLOOKER = re.compile(
    r"^\s*(?:ก็|เอง|ยัง|เขา)?\s*(?:ไม่กล้า|ไม่รู้|ไม่ทราบ|ไม่เห็น|รู้|เห็น|ทราบ|เงียบ|ได้แต่|"
    r"บ่กล้า|บ่ฮู้|ฮู้|โดน|ถูกหัก|ถูกเรียก)"
)


def _onlooker(text: str, at: int) -> bool:
    """The person word at `at` (its longest form: "ผู้ใหญ่บ้าน", not "ผู้ใหญ่") is someone who
    only knows or saw (or suffered), not the one who did it: the official is left to be asked."""
    end = max(at + len(w) for w in OFFICIALS if text.startswith(w, at))
    return bool(_ONLOOKER.search(text[end : end + 30]))


def _official(t: Text, expecting: str | None, agency: where.Agency | None) -> Value | None:
    lower = t.cleaned
    best: tuple[int, str] | None = None
    for word in OFFICIALS:
        at = next(
            (
                m.start()
                for m in re.finditer(re.escape(word), lower)
                if not _own_role(lower, m.start())
                and (expecting == "official" or not _onlooker(lower, m.start()))
            ),
            -1,
        )
        if at >= 0 and (best is None or at < best[0]):
            if word.isascii() and not re.search(rf"\b{re.escape(word)}\b", lower):
                continue
            best = (at, word)
    titled = _TITLED.search(lower)
    if titled and where.is_place(titled.group(0)):
        titled = None  # "นางรอง" is a district, not Mrs Rong
    own = _OWN_NAME.search(lower)
    if titled and own and own.start() <= titled.start() < own.end():
        titled = None
    if best:
        at, word = best
        value = word.rstrip(".") + ("." if word.endswith(".") else "")
        rest = lower[at + len(word) :].lstrip()
        if agency and agency.kind in where.LOCAL and rest.startswith(agency.span[:2]):
            value = f"{word} {where.SHORT[agency.kind]}"  # "นายก อบต.", "ปลัด ทต."
        if titled and titled.start() >= at:
            value = f"{value} {strip_particles(titled.group(0))}"
        if expecting == "official" and _short_of(t, value, agency):
            given = _as_given(t)  # the answer as given
            return Value("official", given, 0.8, t.raw)
        return Value("official", value, 0.8, lower[at : at + len(word)])
    if titled and expecting not in ("identity", "name"):
        return Value("official", strip_particles(titled.group(0)), 0.65, titled.group(0))
    return None


def _as_given(t: Text) -> str:
    """The answer as given, without the filler, particles, honorific and emphasis around it."""
    given = strip_particles(_FILLER.sub("", t.cleaned))
    return SPOKEN.sub("", strip_particles(SPOKEN.sub("", given))) or given


def _short_of(t: Text, position: str, agency: where.Agency | None) -> bool:
    """The answer says more than the position read from it ("ปลัดสมชาย", "ผู้ใหญ่บ้านหมู่ 7"),
    beyond the agency's place."""
    rest = flat(_as_given(t))
    if agency and agency.place:
        rest = rest.replace(flat(agency.place), "")
    return rest != flat(position) and len(rest) <= 40


def _witnesses(t: Text, expecting: str | None) -> Value | None:
    if expecting == "witnesses" and says_nothing(t):
        return Value("witnesses", "", 0.9, t.raw)
    found = _WITNESS.search(t.cleaned)
    if found:
        return Value("witnesses", strip_particles(found.group(1)), 0.7, found.group(0))
    saw = _WITNESS_SAW.match(" ".join(t.raw.split()))
    if saw and expecting not in ("what", "what_more"):  # in a story, the teller's account
        who = saw.group("who").strip(" ,")
        return Value("witnesses", who, 0.75, saw.group(0))
    return None


#: How sure the whole text taken as the free answer asked for is: below any reader's value.
AS_ASKED = 0.6


def as_asked(t: Text, expecting: str | None) -> Value | None:
    """The whole text as the free-text answer asked for (agency, official, witnesses, name,
    where reported), when no reader found anything better and it says something."""
    if expecting == "name":
        if says_nothing(t) or not reads_as_name(t):
            return None  # a refusal, a question or talk is never stored as a name
        return Value("name", strip_particles(_NAME_LEAD.sub("", t.cleaned)) or t.bare, 0.8, t.raw)
    if expecting in TEXT_STEPS and t.bare and not says_nothing(t):
        return Value(expecting, t.bare, AS_ASKED, t.raw)
    return None


def field_named(t: Text) -> Value | None:
    """The field (or numbered item) the text speaks of: "แก้วันที่" → "when", "แก้ 3" → 3."""
    number = re.search(r"(?:ข้อ|ที่|no\.?|#|item)?\s*(\d{1,2})(?!\d)", words_to_digits(t.cleaned))
    best: tuple[int, int, str, str] | None = None
    for name, words in FIELDS.items():
        for word in words:
            at = t.flat.find(word)
            if at >= 0 and (best is None or (at, -len(word)) < (best[0], best[1])):
                best = (at, -len(word), name, word)
    if number and (best is None or len(t.flat) <= 12):
        return Value("field", int(number.group(1)), 0.9, number.group(0))
    if best:
        return Value("field", best[2], 0.85, best[3])
    return None


def reason(t: Text) -> Value:
    """Why they withdraw: "pressure" when threatened or pressed, else "other"."""
    cue = has(t.flat, PRESSURE)
    return Value("reason", "pressure" if cue else "other", 0.85 if cue else 0.6, cue or t.raw)


#: A correction that names the wrong value, then the right one: "ไม่ใช่ อบต.X แก้เป็น อบต.Y",
#: "ไม่ใช่ X ค่ะ ที่ถูกคือ Y", "not X, it's Y". What follows the turn is what is meant.
_CORRECTION = re.compile(
    r"(?:" + "|".join(lexicon.CORRECTION_DENIED) + r")\s*(?P<denied>\S.{0,60}?)\s*"
    r"(?:" + "|".join(lexicon.CORRECTION_TURNS) + r")\s*(?P<meant>\S.*)$",
    re.I,
)


def denied_and_meant(text: str) -> tuple[str, str] | None:
    """ "ไม่ใช่หมอ เป็น ผอ.รพ.สต." → ("หมอ", "ผอ.รพ.สต."): the value said to be wrong and the
    one meant, or None when the text is no correction of that shape."""
    found = _CORRECTION.search(" ".join(text.split()))
    return (found.group("denied"), found.group("meant")) if found else None


def _corrected_to(text: str) -> str:
    """The part of a correction that says what is meant (after "แก้เป็น", "เป็น", "it's"),
    or "" when the text is no correction of that shape."""
    found = _CORRECTION.search(text)
    return found.group("meant") if found else ""


def read(t: Text, expecting: str | None, today: date) -> dict[str, Value]:
    """Every value found in the text, whatever the intent."""
    values: list[Value | None] = []
    reference = _REFERENCE.search(t.cleaned)
    if reference:
        ref = f"BRM-{reference.group(1)}-{int(reference.group(2)):05d}"
        values.append(Value("reference", ref, 0.99, reference.group(0)))
        # Its tracking code typed beside it ("BRM-2569-75199 FE6R-G2SN-GSND"); alone, twelve
        # letters could be three English words ("when they want").
        code = tracking_code_in(_REFERENCE.sub(" ", t.raw))
        if code:
            values.append(Value("code", code, 0.95, code))
    phone = find_thai_phone(t.raw)
    if phone:
        values.append(Value("phone", "+66" + phone[1:], 0.95, phone))
    if not reference and not (phone and len(t.key) <= 14):
        meant = _corrected_to(t.cleaned)  # "ไม่ใช่เดือนที่แล้ว เป็นตุลา": the date meant
        found = (meant and when.read_date(meant, today, whole=True)) or when.read_date(
            t.cleaned, today, whole=expecting == "when"
        )
        if found:
            values.append(Value("date", found[0], 0.9 if expecting == "when" else 0.8, found[1]))
    agency = where.agency(_corrected_to(t.cleaned)) or where.agency(t.cleaned)
    if agency and agency.name.isascii():  # written in Latin letters: kept as they were typed
        typed = re.search(r"\s+".join(map(re.escape, agency.name.split())), t.raw, re.I)
        agency = replace(agency, name=typed.group(0)) if typed else agency
    if agency and agency.place:
        values.append(Value("agency", agency.name, 0.9, agency.span))
    elif agency:
        values.append(Value("agency", agency.name, 0.7, agency.span))
    district = where.district(t.cleaned, whole=expecting == "district")
    if district is None and expecting == "official":  # "Nang Rong" asked who: the place alone
        alone = where.district(t.cleaned, whole=True)
        district = alone if alone and flat(alone.span) in (t.flat, flat(t.bare)) else None
    if district is None and agency and agency.place:
        district = where.district(agency.place, whole=True)
    if district:
        values.append(Value("district", district.value, district.confidence, district.span))
    place = agency.place if agency and agency.kind in ("sao", "tambon_municipality") else None
    meant = _corrected_to(t.cleaned)  # "ตำบลไม่ใช่ละเวี้ย เป็นโคกม้า": the one meant
    sub = (meant and where.subdistrict(meant, None, None, whole=True)) or where.subdistrict(
        t.cleaned, district.value if district else None, place, whole=expecting == "subdistrict"
    )
    if sub:
        values.append(Value("subdistrict", sub.value, sub.confidence, sub.span))
    values += [
        _kind(t, expecting),
        _official(t, expecting, agency),
        _identity(t, expecting),
        _name(t, expecting),
        *_reported(t, expecting),
        _evidence(t, expecting),
        _witnesses(t, expecting),
    ]
    return {v.name: v for v in values if v is not None}
