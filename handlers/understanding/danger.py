"""Danger read by rules: a threat, harm, being followed or evicted, fear of what they will do.
Recall first; only two things are taken out: a threat denied, and extortion (a service
withheld unless paid, with no harm named), which is a kind of complaint, not danger."""

from __future__ import annotations

import re
from functools import lru_cache

from handlers.thai.gated import Narrowed
from handlers.understanding import romanised
from handlers.understanding.lexicon import (
    AT_THE_DOOR,
    DANGER_CUES,
    DANGER_DENIED,
    DANGER_PATTERNS,
    DANGER_TYPOS,
    DANGER_TYPOS_NOT_BEFORE,
    DENIAL_RETRACTED,
    FAMILY_AS_WITNESSES,
    FAMILY_AT_WORK,
    FAMILY_JOINED_BY,
    FAMILY_RELAYED,
    FEAR_HARM,
    FEAR_SOMEONE,
    FEAR_WORDS,
    HARMLESS_FIRE,
    HARMLESS_HARM,
    IF_REPORTING,
    MENACE,
    MENACE_BY,
    NEWS_NEAR,
    NEWS_TOLD,
    NIGHT_TOLD,
    OFFICIALS,
    OTHERS_SILENT,
    OTHERS_SILENT_FOR_FEAR_OF,
    PAYMENT,
    PAYMENT_CONDITION,
    PLAY_FRAMES,
    PLAYED,
    SELF_HARM_PATTERNS,
    SERVICE_WITHHELD,
    SIGN_LEFT,
    SMALL_HOURS,
    TELLER_BEFORE,
    THREAT_STEMS,
    THREAT_TO_FAMILY,
    VIOLENCE,
    VISITS_STOPPED,
    WAS_THERE,
    WORRIED,
)

_THAI_CUES = tuple(c for c in DANGER_CUES if not c.isascii())
_ENGLISH_CUES = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in DANGER_CUES if c.isascii()) + r")", re.I
)
_SIGN_LEFT = re.compile("|".join(SIGN_LEFT), re.I)
#: Scanned with only the shapes whose words the text holds (each shape, tried at every place,
#: was the dearest pattern of a reading: ~1.8 ms a message over a sample of long stories).
_SHAPES = Narrowed(tuple(DANGER_PATTERNS), re.I)
_SELF_HARM = re.compile("|".join(SELF_HARM_PATTERNS), re.I)
_FEAR = re.compile(
    "(?:"
    + "|".join(FEAR_WORDS)
    + ")(?:(?:.{0,14}?)(?:"
    + "|".join(map(re.escape, FEAR_HARM))
    + ")"
    # "มาก" (very) is no "มา" (come), unless someone is named before it ("กลัวเขามาก") or the
    # teller's fear is said alone ("กลัวมาก"; not a thing "น่ากลัวมาก", very scary)
    + "(?!(?<=มา)ก)|(?:"
    + FEAR_SOMEONE
    + "|"
    + "|".join(re.escape(o) for o in sorted(OFFICIALS, key=len, reverse=True))
    + ")มาก|(?<!น่ากลัว)(?<!น่าย่าน)(?<!น่าย้าน)มาก)"
)
_TYPOS = re.compile(
    "|".join(
        re.escape(slip)
        + (f"(?!{DANGER_TYPOS_NOT_BEFORE[slip]})" if slip in DANGER_TYPOS_NOT_BEFORE else "")
        for slip in sorted(DANGER_TYPOS, key=len, reverse=True)
    )
)
_THREAT_THAI = tuple(w for w in THREAT_STEMS if not w.isascii())
_THREAT_ENGLISH = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in THREAT_STEMS if w.isascii()) + ")", re.I
)
_TO_FAMILY = re.compile(THREAT_TO_FAMILY)
#: Stems that name no harm themselves (a fear, a son, knowing): beside a harm word in harmless
#: use ("ลูกชายเล่นเกมยิงกัน", "กลัวตกงาน", "ลูกสาวรู้ว่าแม่ตายแล้ว") they are no threat.
#: So does the front of the house, where the teller warms by a fire ("ก่อไฟผิงอยู่หน้าบ้าน").
_FEAR_ONLY = frozenset((*FEAR_WORDS, "หวาด", "fear", "ลูกสาว", "ลูกชาย", "ลูกเมีย", "รู้ว่า", "หน้าบ้าน"))
_HARMLESS = Narrowed((*HARMLESS_HARM, VISITS_STOPPED, *map(re.escape, HARMLESS_FIRE)), re.I)
_STOPPED = re.compile(VISITS_STOPPED)
_SMALL_HOURS = re.compile(SMALL_HOURS)
_NIGHT_TOLD = re.compile(NIGHT_TOLD)
_IF_REPORTING = re.compile(IF_REPORTING)
_FAMILY = re.compile(FAMILY_AS_WITNESSES, re.I)
_AT_THE_DOOR = re.compile(AT_THE_DOOR, re.I)
_WAS_THERE = re.compile(WAS_THERE, re.I)
_AT_WORK = re.compile(FAMILY_AT_WORK)
_CONNECTIVES = re.compile(FAMILY_JOINED_BY, re.I)
_RELAYED = re.compile(FAMILY_RELAYED, re.I)
_SILENT = re.compile(OTHERS_SILENT, re.I)
_SILENT_FOR = re.compile(
    OTHERS_SILENT_FOR_FEAR_OF
    + "(?:"
    + "|".join(re.escape(o) for o in sorted(OFFICIALS, key=len, reverse=True))
    + ")"
)
_TELLER = re.compile(TELLER_BEFORE, re.I)
#: "โดน" said with nothing done after it ("โดนทุกคน", "ยายบุญมาก็โดน แต่…"): they were wronged
#: in the same way as the teller (docked, charged), no harm named.
_ALSO_WRONGED = re.compile(
    r"(?:โดน|ถูก)(?=\s*(?:ทุกคน|ทุกบ้าน|หมด|กันหมด|ด้วย|เหมือนกัน|เหมือน|คือกัน|แต่|ครับ|ค่ะ|$))"
)
_FEARED = re.compile("|".join((*FEAR_WORDS, "เกรงใจ", "fear")), re.I)
_SUFFERED = re.compile(r"โดน|ถูก(?!ต้อง)|\b(?:got|get|gets|getting)\b", re.I)
_REPEATS = re.compile(r"(.)\1{2,}")
#: A question about what might happen if they report: safety asked about, not danger now.
_IF = re.compile(r"ถ้า|หาก|will i|would i|if i|\?|ไหม|มั้ย|บ่$|หรือเปล่า")
_WEAK = ("อันตราย", "ไม่ปลอดภัย", "เล่นงาน", "unsafe", "danger", "not safe")
#: The person says it has happened or is happening: not only a fear of what might.
_HAPPENED = re.compile(r"แล้ว|เมื่อคืน|ตอนนี้|ทุกวัน|ทุกคืน|เมื่อวาน|มาหา|มาที่บ้าน")
_PAST = re.compile(
    r"(?<!ถ้า)(?<!ถ้าเขา)(?<!ถ้ามี)(?<!ถ้าเขามา)ขู่|เมื่อคืน|ตอนนี้|ทุกวัน|ทุกคืน|เมื่อวาน|เมื่อกี้|โดน\S{0,8}แล้ว|ถูก\S{0,8}แล้ว"
)
_ASKS = re.compile(
    r"ไหม|มั้ย|หรือเปล่า|รึเปล่า|\?|บ่$|ยังไง|อย่างไร|ทำไง"
    # whom to call if it happens ("ต้องติดต่อใครคะ", "โทรหาใครครับ", "who do I call")
    r"|(?:ติดต่อ|โทรหา|โทรไปหา|โทรบอก|บอก|แจ้ง|หา)ใคร|\bwho (?:do|should|can) i\b"
)
_SUPPOSE = re.compile(r"ถ้า|หาก|\bif\b")
#: A threat by someone not yet there, supposed ("ถ้าเกิดมีคนมาขู่ทีหลัง", "ถ้าวันหลังมีใครมาข่มขู่"):
#: not a threat that has happened (`_PAST` reads "ขู่" as one).
_SUPPOSED_THREAT = re.compile(
    r"(?:ถ้า|หาก)(?:เกิด|วันหลัง|ทีหลัง|ต่อไป|วันไหน|ในอนาคต)*(?:มี)?(?:ใคร|คน)(?:มา)?(?:ข่ม)?ขู่"
)


_NOT_FLAT = re.compile(r"[\s'.,\-!?()/\"]")


def flat(text: str) -> str:
    """Lower case without spaces or punctuation, for finding words inside Thai text."""
    return _NOT_FLAT.sub("", text)


#: A vowel or tone mark written over or under a consonant: the consonant before it begins the
#: next syllable ("มีด่าน" is มี + ด่าน, a checkpoint, not มีด, a knife).
_MARKED = "[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"


_MARKS = frozenset(c for c in map(chr, range(0x0E00, 0x0E80)) if re.fullmatch(_MARKED, c))


def names(word: str, key: str) -> bool:
    """The flat `key` holds the Thai `word` as a word: not its last letter taken by a mark of
    the next syllable. Found by `str.find`, as `re.escape(word)` followed by `(?!_MARKED)`
    would match, without compiling a pattern per word at its first sight."""
    at, end = key.find(word), len(word)
    while at >= 0:
        after = at + end
        if after >= len(key) or key[after] not in _MARKS:
            return True
        at = key.find(word, at + 1)
    return False


def _key(cleaned: str) -> str:
    """The flat text with typing slips mended ("ขุ่" → "ขู่") and long repeats cut ("ฆ่าาา")."""
    key = _REPEATS.sub(r"\1", flat(cleaned))
    return _TYPOS.sub(lambda m: DANGER_TYPOS[m.group(0)], key)


@lru_cache(maxsize=32)  # one message asks for it several times
def _calm_key(cleaned: str) -> str:
    """The key with threats denied and harm words in harmless use taken out ("ไม่มีใครขู่",
    "เผาฟาง", "ฆ่าหมูเลี้ยงแขก", "ดูหนังยิงกัน", "กลัวตกงาน")."""
    key = _key(cleaned)
    for denied in DANGER_DENIED:
        key = key.replace(denied, "")
    key = _HARMLESS.sub("", key)
    return key if _NIGHT_TOLD.search(key) else _SMALL_HOURS.sub("", key)


#: A space between two Thai letters, held as a letter while harmless uses are found, so that
#: they are found across it as the rules find them in the flat key ("ฟีฟายกับหลาน โดนยิงตาย").
_THAI_SPACE = re.compile(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")
_HELD = "\u0e5f"  # a Thai sign no text uses here (ฯ's rarer sibling), kept apart from words


@lru_cache(maxsize=32)  # asked for the same text by the rules and the models' vote
def without_harmless(cleaned: str) -> str:
    """The cleaned text with harm words in harmless use taken out (what the models read when
    there are some: "กลัวโดนไล่ออกจากงาน" is a fear of losing work, not of harm)."""
    held = _THAI_SPACE.sub(_HELD, cleaned)
    if held == cleaned:
        return _HARMLESS.sub(" ", cleaned)
    return _HARMLESS.sub(" ", held).replace(_HELD, " ")


def harm_explained(cleaned: str) -> bool:
    """A harm word in harmless use is said ("เล่น ROV โดนฆ่า", "เผ็ดจะตาย", "ยิงประตูชัย"), in the
    text as typed or run together."""
    return without_harmless(cleaned) != cleaned or bool(_HARMLESS.search(_key(cleaned)))


def _still_in(found: re.Match | None, key: str) -> bool:
    """An English word found in the cleaned text that is still in the calm key."""
    return bool(found) and flat(found.group(0)).lower() in key


def _extortion(key: str) -> bool:
    """A price for a service, and no harm named: bribery, not danger."""
    harm = any(w in key for w in VIOLENCE) or _SIGN_LEFT.search(key)
    if harm or _IF_REPORTING.search(key):
        return False
    withheld = any(w in key for w in SERVICE_WITHHELD) and any(w in key for w in PAYMENT)
    return withheld or any(w in key for w in PAYMENT_CONDITION)


def extortion(cleaned: str) -> bool:
    """A price demanded for a service, with no harm named ("ถ้าไม่จ่ายจะไม่ได้เบี้ย")."""
    return _extortion(_key(cleaned))


_RETRACTED = re.compile(DENIAL_RETRACTED, re.I)


def _denies(key: str) -> bool:
    """A threat denied, and the denial not retracted by "just …" right after it ("ไม่ได้ขู่หรอก
    แค่บอกว่า…": what was just said is judged, not ruled out)."""
    for denied in DANGER_DENIED:
        at = key.find(denied)
        if at >= 0 and not _RETRACTED.search(key[at + len(denied) :]):
            return True
    return False


def ruled_out(cleaned: str) -> bool:
    """The text denies a threat or is extortion: the classifier may not call it danger."""
    key = _key(cleaned)
    return _denies(key) or _extortion(key)


def spells_threat(cleaned: str) -> bool:
    """Latin-letter Thai whose Thai spelling (`romanised.in_thai`) names a real harm word:
    "kao ja kah chan" spells ฆ่า, "muan thi laew" spells ที่, not ตี. A loose sound alone
    ("ka", "ti") is heard in far more harmless lines than threats, so it must spell one."""
    thai = romanised.in_thai(cleaned)
    return bool(thai) and bool(_threat_stems(thai))


def _threat_stems(cleaned: str) -> list[str]:
    """The threat words the text names (none for a fear of something harmless)."""
    key = _calm_key(cleaned)
    # `w in key` first: most words are not there, and a call costs more than the test
    stems = [w for w in _THREAT_THAI if w in key and names(w, key)]
    stems += [m.group(0) for m in _THREAT_ENGLISH.finditer(cleaned) if _still_in(m, key)]
    if stems and harm_explained(cleaned) and all(w in _FEAR_ONLY for w in stems):
        # afraid of something harmless ("กลัวตกงาน", "scared I'll lose my job"), a son at his
        # boxing class ("ลูกชายซ้อมมวย โดนต่อย"), a daughter who knows her mother died long ago
        stems = []
    return stems


def _harm_stems(cleaned: str) -> list[str]:
    """The threat words named that name a harm themselves (not a fear, a son, a place)."""
    return [w for w in _threat_stems(cleaned) if w not in _FEAR_ONLY]


@lru_cache(maxsize=32)
def threat_cue(cleaned: str) -> bool:
    """The text names a threat, a weapon, harm, fear of harm, or being followed or watched:
    without one, a statistical guess of danger is not trusted ("my wife was there")."""
    return bool(_threat_stems(cleaned)) or _other_cue(cleaned)


def _other_cue(cleaned: str) -> bool:
    key = _calm_key(cleaned)
    return bool(_TO_FAMILY.search(key)) or _latin_threat(cleaned) or danger_score(cleaned) > 0


def _latin_threat(cleaned: str) -> bool:
    """A threat's sound typed in Latin letters whose Thai is no harm word in harmless use
    ("ron ja tai" is ร้อนจะตาย, so hot: no threat; "khao ja kha hai tai" stays)."""
    if not romanised.threat_cue(cleaned):
        return False
    thai = romanised.in_thai(cleaned)
    if not thai or not harm_explained(thai):
        return True
    return threat_cue(without_harmless(thai))


def despairs(cleaned: str) -> bool:
    """Whether the teller speaks of ending their own life (`SELF_HARM_PATTERNS`): the safety
    answer then gives the mental-health line too."""
    return bool(_SELF_HARM.search(_calm_key(cleaned)))


_WORRIED = re.compile(WORRIED, re.I)


def worried(cleaned: str) -> bool:
    """Whether the teller tells a worry of their own ("หวาดระแวงตลอดเลย", "ไม่กล้าออกจากบ้าน",
    "I'm still too scared to go out"): after a threat, news of it for the committee."""
    return bool(_WORRIED.search(cleaned))


def _harm_beside_condition(cleaned: str, key: str) -> bool:
    """A harm named beside a condition on reporting or speaking ("ถ้าแจ้งเขาจะทำร้ายเรา", "she'd
    disappear if she says anything"), not the condition's own words: "ถ้าอบต.ยังไม่หยุดโกง
    ชาวบ้านจะลำบาก" asks the official to stop; its "ไม่หยุด" is no harm to anyone."""
    found = _IF_REPORTING.search(key)
    if found is None:
        return False
    rest = f"{key[: found.start()]} {key[found.end() :]}"
    return any(flat(w).lower() in rest for w in _harm_stems(cleaned))


@lru_cache(maxsize=32)
def danger_score(cleaned: str) -> float:
    """0..1: how surely the text says the person or family is unsafe now (0.6: only a fear
    or a word such as "อันตราย", which a question or a choice may explain)."""
    key = _calm_key(cleaned)
    cues = [c for c in _THAI_CUES if c in key and names(c, key)]  # as in `_threat_stems`
    if _SHAPES.search(key):
        cues.append("shape")
    if _harm_beside_condition(cleaned, key):
        cues.append("if reporting")  # "she'd disappear if she says anything"
    english = next((m for m in _ENGLISH_CUES.finditer(cleaned) if _still_in(m, key)), None)
    fear = _FEAR.search(key)
    if not cues and not english and not fear:
        return 0.0
    if _extortion(key):
        return 0.0
    if only_supposed(cleaned, key):
        return 0.3  # "ถ้าแจ้งแล้วจะโดนทำร้ายไหม": a question about what might happen
    weak = all(c in _WEAK for c in cues)
    if weak and not english and _IF.search(cleaned) and not _HAPPENED.search(key):
        return 0.3  # "จะไม่ปลอดภัยไหม", "ถ้าแจ้งจะโดนเล่นงานไหม": asks about safety
    if english and not cues and not fear and _IF.search(cleaned) and "threat" not in cleaned:
        return 0.4
    if weak and not english:
        return 0.6
    return 0.95


def only_supposed(cleaned: str, key: str | None = None) -> bool:
    """A question about what might happen ("ถ้าแจ้งแล้วจะโดนทำร้ายไหม", "ถ้าเกิดมีคนมาขู่ทีหลัง
    ต้องติดต่อใครคะ"): supposed, asked, and nothing told as having happened."""
    key = _calm_key(cleaned) if key is None else key
    return (
        bool(_ASKS.search(cleaned))
        and bool(_SUPPOSE.search(cleaned))
        and not _PAST.search(_SUPPOSED_THREAT.sub("", key))
    )


def supposed_threat_asked(cleaned: str) -> bool:
    """ "ถ้าเกิดมีคนมาขู่ทีหลัง หนูต้องติดต่อใครคะ": a threat by no one yet, supposed and asked
    about (`only_supposed`), the models' reading of its "ขู่" notwithstanding."""
    key = _calm_key(cleaned)
    return bool(_SUPPOSED_THREAT.search(key)) and only_supposed(cleaned, key)


#: Bodily harm among the violence words (not "ลูก", "ตาม", "กลางคืน", which name no harm alone).
_BODILY = tuple(w for w in VIOLENCE if w not in ("ตาม", "ลูก", "หลาน", "ครอบครัว", "ทั้งบ้าน", "กลางคืน"))
_BODILY_THAI = tuple(w for w in _BODILY if not w.isascii())
_BODILY_ENGLISH = re.compile(r"\b(?:" + "|".join(w for w in _BODILY if w.isascii()) + ")", re.I)


def names_bodily_harm(cleaned: str) -> bool:
    """A killing, a weapon, a beating or a fire is named (not only pressure or fear): a
    withdrawal asked with it is a threat to answer first ("ขอถอนเรื่อง เขาขู่จะยิงพ่อ")."""
    key = _calm_key(cleaned)
    return any(names(w, key) for w in _BODILY_THAI) or bool(_BODILY_ENGLISH.search(cleaned))


def by_shape(cleaned: str) -> bool:
    """The rules read danger from a sentence shape (a threat to the family, "ถ้ายังไม่เลิก…",
    a fear of harm), not from one word alone: such a reading stands even where the models read
    the text as calm. A single word ("ฆ่า", "ยิง", "killing") is narrower than the models, which
    read it in its sentence ("ยาฆ่าแมลง", "ยิงพลุ", "killing our trucks")."""
    key = _calm_key(cleaned)
    return bool(_SHAPES.search(key) or _FEAR.search(key) or _TO_FAMILY.search(key))


def _threat_beyond(cleaned: str, allowed: tuple[re.Pattern[str], ...]) -> bool:
    """The text names a threat word that is none of the `allowed` words, harm, fear, a
    sentence shape of a threat, or something that befell someone."""
    if by_shape(cleaned) or danger_score(cleaned) > 0 or _SUFFERED.search(cleaned):
        return True
    others = [w for w in _threat_stems(cleaned) if not any(p.fullmatch(w) for p in allowed)]
    return bool(others) or _other_cue(cleaned)


#: Who was there is said in a few words ("ภรรยาผมอยู่ด้วยตอนนั้นครับ", "only my kids were home
#: with me"); a longer message tells a story about the family, which the models judge.
WITNESS_ANSWER_CHARS = 48


def only_people_named(cleaned: str) -> bool:
    """The text names family or household as who saw or was there ("my wife was with me",
    "ลูกชายเห็นด้วย"), or alone ("ลูกสาวกับเมีย"), and no threat beyond the family word
    itself: who was there, at whatever question it is said (the models, taught veiled threats
    to the family, lean to danger on any family word); or as who told the answer ("ลูกสาวบอกว่า
    เป็นปลัด อบต."). Not when something
    befell them ("เมียโดนรถเฉี่ยวเมื่อคืน"): the models judge that."""
    if len(cleaned) > WITNESS_ANSWER_CHARS or not _FAMILY.search(cleaned):
        return False
    cleaned = _AT_WORK.sub(" ", cleaned)  # "ลูกสาวที่ช่วยขายอยู่ในร้าน": known by their work
    if _threat_beyond(cleaned, (_FAMILY,)):
        return False
    named_alone = not _CONNECTIVES.sub("", _FAMILY.sub("", cleaned))  # "ลูกสาวกับเมีย"
    return named_alone or bool(_WAS_THERE.search(cleaned) or _RELAYED.search(cleaned))


def others_silent(cleaned: str) -> bool:
    """Someone else dares not speak, testify or be named ("เขาบ่กล้าพูด", "ชาวบ้านไม่มีใครกล้า
    เป็นพยาน", "people are too scared to say anything"), and no threat beyond that fear: a
    witness's silence, at whatever question, not a threat to the reporter. Not the teller's
    own ("ผมไม่กล้าพูด"), nor with a threat, harm or a shape of threat beside it; the official
    they fear, said after it ("ไม่กล้าพูด กลัวผู้ใหญ่บ้าน"), is the reason, not a harm."""
    found = _SILENT.search(cleaned)
    if not found:
        return False
    before = cleaned[: found.start()]
    nobody = re.search(r"มีใคร|มีไผ", found.group(0))
    if not (before.strip() or nobody) or _TELLER.search(before):
        return False
    whom = _SILENT_FOR.sub(" ", cleaned[found.start() :])  # "…กลัวผู้ใหญ่บ้าน": whom they fear
    before = _ALSO_WRONGED.sub(" ", before)
    return not _threat_beyond(before + whom, (_FAMILY, _FEARED, _SILENT))


def only_visits_stopped(cleaned: str) -> bool:
    """A visit told as having stopped ("ตอนนี้ก็ปกติดีค่ะ เขาไม่ได้มาอะไรอีก", "บ่ได้มาอีกแล้ว"),
    and no threat beyond it: calm now, an aside, never a threat read from the visit."""
    key = flat(cleaned)
    if not _STOPPED.search(key):
        return False
    return not _threat_beyond(_STOPPED.sub(" ", key), ())


def only_a_caller(cleaned: str) -> bool:
    """No threat beyond someone at the door or a relative calling ("มีคนมาหน้าบ้าน",
    "someone is at the door", "ลูกเรียก"): said as the reason for a pause, a remark."""
    return not _threat_beyond(cleaned, (_FAMILY, _AT_THE_DOOR))


_PLAYED = re.compile(PLAYED, re.I)
_PLAY_FRAMES = re.compile(PLAY_FRAMES, re.I)
_MENACE = re.compile(f"{MENACE}|{IF_REPORTING}", re.I)
_MENACE_BY = re.compile(MENACE_BY, re.I)
#: "หมอ" of a village art, no official: an exorcist, a folk singer, a masseur ("หมอธรรมมาไล่ผี").
_HEALERS = re.compile(r"หมอ(?=ธรรม|ผี|ลำ|นวด|ดู|พื้นบ้าน|ตำแย|แคน|พราหมณ์)")
_OFFICIAL_NAMED = re.compile(
    "|".join(re.escape(o) for o in sorted(OFFICIALS, key=len, reverse=True)), re.I
)


def harm_not_meant(cleaned: str) -> bool:
    """No one is said to mean harm to the teller or kin: the harm is played (marked a joke:
    "แม่บ่นจะตีให้ตาย 555") or told of a film, a game, a match or a ghost ("หนังผี ฆาตกรไล่ฟัน",
    "ยิงหัวศัตรูในเกม"), with no menace beside it: no threat or warning, no tie to reporting or
    speaking, no curse at "you", no stranger or "they" acting or speaking ("lol he said he'd
    take care of me"), and no official named ("ผู้ใหญ่บ้านบอกว่าถ้าปากโป้งจะเจอดี 555" is mockery)."""
    if not (_PLAYED.search(cleaned) or _PLAY_FRAMES.search(cleaned)):
        return False
    key = flat(cleaned).lower()
    if _MENACE.search(key) or _MENACE_BY.search(key):
        return False
    return not _OFFICIAL_NAMED.search(_HEALERS.sub("", cleaned))  # as typed: "ตร." not "ศัตรู"


_NEWS_TOLD = re.compile(NEWS_TOLD, re.I)
_NEWS_NEAR = re.compile(NEWS_NEAR, re.I)


def played(cleaned: str) -> bool:
    """The teller's mark of play is typed ("555", "ฮ่าๆ", "lol", "ล้อเล่น")."""
    return bool(_PLAYED.search(cleaned))


def news_elsewhere(cleaned: str) -> bool:
    """A threat told as news of someone elsewhere ("ดูข่าว มีคนแจ้งทุจริตที่จังหวัดอื่นโดนขู่ฆ่า",
    "I read about a whistleblower being threatened in Bangkok"): no one means harm to the teller,
    unless the teller, kin or village are in it or warned, or an official of theirs is named."""
    if not _NEWS_TOLD.search(cleaned):
        return False
    if _NEWS_NEAR.search(cleaned):
        return False
    return not _OFFICIAL_NAMED.search(_HEALERS.sub("", cleaned))


def warm() -> None:
    """Compile the threat shapes and harmless uses, each alternative alone, at a process start."""
    _SHAPES.compile_all()
    _HARMLESS.compile_all()


def forget() -> None:
    """Forget the memos of the message just read (they serve one reading, keep no text after)."""
    for memo in (_calm_key, threat_cue, danger_score, without_harmless):
        memo.cache_clear()
