"""The intent by rules alone, in their order: danger, pressure, remarks, questions back,
withdrawal, talk, global words and short answers."""

from __future__ import annotations

import re

from handlers.understanding import lexicon, meaning, romanised
from handlers.understanding import values as v
from handlers.understanding.commands import (
    asks_for,
    asks_if_read,
    asks_status,
    global_word,
    greets,
)
from handlers.understanding.corrections import ALREADY, talk
from handlers.understanding.danger import danger_score, names_bodily_harm, others_silent
from handlers.understanding.danger_rule import (
    PRESSED,
    afraid_to_be_known,
    fear_of_being_known,
    told_to_withdraw_or_else,
)
from handlers.understanding.meaning import Value
from handlers.understanding.prepared import (
    FACTS,
    REASON_STEPS,
    STORY_STEPS,
    SURE_TOLD,
    SURE_VALUE,
    answers_asked,
    prepare,
    short,
    tells,
)
from handlers.understanding.questions import (
    ASKED_OUTRIGHT,
    BO_ASKS,
    ENGLISH_QUESTION,
    asks_what_is_meant,
    faq_cue,
    is_question,
    promises_evidence,
)
from handlers.understanding.short_answers import (
    YES_NO_STEPS,
    answers_another_question,
    done_then_told,
    short_answer,
)

WITHDRAW_WORDS = re.compile(
    # not cash taken out ("ถอนไปคืนให้เขา", "ถอนออกมาจ่าย"), nor a withdrawal denied
    # ("ไม่ได้จะถอนเรื่องค่ะ", "ยังไม่ถอน", "I'm not withdrawing")
    r"(?<!ให้)(?<!ไม่)(?<!ไม่ได้)(?<!ยกเลิกการ)(?<!ไม่ได้จะ)(?<!ไม่ได้คิดจะ)(?<!ไม่คิดจะ)(?<!ไม่อยาก)(?<!ไม่ได้อยาก)"
    # … nor weeds, seedlings or a crop pulled up ("ถอนหญ้าในนา", "ถอนกล้าไปปักดำ")
    r"ถอน(?!เงิน|ตัว|ฟัน|หมั้น|หายใจ|ความยินยอม|ไป(?!เรื่อง|แล้ว)|มา|ออกมา|สด|จากตู้|จากบัญชี"
    r"|หญ้า|กล้า|ต้น|ราก|วัชพืช|มันสำปะหลัง|มันแกว|ถั่ว|ผัก|ขน|หงอก|ผมหงอก|ตะปู|เสา|หมุด|สมอ|ทุน)"
    r"|ยกเลิก(?:เรื่อง|คำร้อง)"
    # … said in English within Thai ("ขอ cancel เรื่องที่แจ้งเมื่อกี้ครับ") or in English
    r"|(?<!ไม่ได้จะ )(?<!ไม่ได้จะ)(?:\bcancel|แคนเซิล|แคนเซิ้ล)\s*(?:เรื่อง|คำร้อง)"
    r"|(?<!not )(?<!n't )\bcancel\s+(?:my|the|this|that)\s+(?:complaint|report)"
    r"|(?<!not )(?<!n't )(?<!never )"
    r"withdraw(?!\w*\s+(?:some\s+|the\s+|my\s+)?(?:money|cash|baht|salary))|"
    # the filed complaint itself cancelled, deleted or taken back, in English ("please cancel my
    # complaint", "delete my report, it was a mistake")
    r"(?<!not )(?<!n't )(?:cancel|delete|remove|take\s+back|drop)\s+(?:my|this|the|that)\s+"
    r"(?:complaint|report)|"
    + "|".join(re.escape(w) for w in lexicon.WITHDRAW if "ถอน" not in w and not w.isascii()),
    re.I,
)
_ASKS_WITHDRAW = re.compile(
    r"^(?:ขอ|อยาก|จะ|ต้องการ)?(?:ถอน|ยุติ|ยกเลิก(?:เรื่อง|คำร้อง))"
    r"|(?:ขอ|อยาก|ต้องการ)(?:ถอน|ยุติ|ยกเลิก(?:เรื่อง|คำร้อง))|withdraw",
    re.I,
)
_ULTIMATUM = re.compile(lexicon.ULTIMATUM, re.I)
#: A filed complaint dropped in everyday words, outside any question ("ไม่เอาแล้วเรื่องนี้",
#: "บ่ต้องเฮ็ดต่อแล้วเรื่องนั่น", "ลบเรื่องที่แจ้งออกได้ไหม", "ยกเลิกเรื่องนั้นถิ่มโลด"): a
#: withdrawal, whatever reason is told beside it (flattened text).
_DROPPED = re.compile(
    r"(?:ไม่|บ่)(?:เอา|ต้อง(?:ทำ|เฮ็ด)?ต่อ|ต้อง(?:ทำ|เฮ็ด)?)(?:แล้ว|ละ)(?:ค่ะ|คะ|ครับ|จ้ะ|จ้า|เด้อ|นะ)?"
    r"(?:เรื่อง|คำร้อง)(?:นี้|นั่น|นั้น|นี่|ที่|เก่า)"
    r"|^(?:ขอ|ช่วย|ฝาก|อยาก(?:จะ)?)?(?:ยกเลิก|ลบ|cancel|แคนเซิ้?ล)(?:เรื่อง|คำร้อง|ที่(?:หนู|ผม|ฉัน|ข้อย|เรา)?(?:แจ้ง|ร้องเรียน|ส่ง))"
    r"\S{0,24}?(?:ได้(?:ไหม|มั้ย|บ่|ไม)|ให้(?:หน่อย|ด้วย)|ด้วย|เลย|โลด|ทิ้ง|ถิ่ม|ออก|เถอะ|เถิด|นะ)"
    # the wish to report gone, and what was filed asked to be deleted ("ไม่อยากแจ้งแล้วค่ะ ลบทิ้ง
    # ได้ไหม", "ไม่อยากให้เรื่องนี้มีต่อแล้ว ลบออกได้ไหมคะ")
    r"|(?:ไม่|บ่)อยาก\S{0,20}?(?:แล้ว|ละ)\S{0,10}?(?:ลบ|ยกเลิก)(?:ทิ้ง|ถิ่ม|ออก|เรื่อง|ให้)"
    # not pursued any more, relayed or said ("ยายฝากบอกว่าไม่เอาเรื่องแล้ว", "ไม่เอาความเขาแล้ว")
    r"|(?:ไม่|บ่)(?:อยาก)?เอา(?:เรื่อง|ความ)(?:กับ)?(?:เขา|มัน|ใคร)?(?:แล้ว|ต่อ)"
    # kin who told them to withdraw, said first ("พ่อให้ถอนเรื่องค่ะ", "สามีบอกให้ถอนเรื่อง")
    r"|^(?:พ่อ|แม่|สามี|ผัว|เมีย|ภรรยา|แฟน|ลูก\S{0,4}?|ญาติ\S{0,4}?|ครอบครัว|ที่บ้าน|ยาย|ตา|ปู่|ย่า|พี่\S{0,4}?"
    r"|น้อง\S{0,4}?)(?:ผม|หนู|ฉัน|ข้อย)?(?:เขา)?(?:บอก|สั่ง|อยาก)?ให้(?:ถอน|ยกเลิก|ลบ)(?:เรื่อง|คำร้อง)"
    r"|เรื่อง\S{0,12}?(?:ลบ|ยกเลิก)(?:ถิ่ม|ทิ้ง|ออก)(?:โลด|เลย|ไป|ให้)"
)
#: … unless it is the teller's name or data to be deleted ("ไม่อยากให้มีชื่ออยู่"): a question
#: about their data, answered as such.
_OWN_DATA = re.compile(r"(?:มี|เห็น|เก็บ|ลบ)ชื่อ|ข้อมูล|ประวัติ|เบอร์")
_STOP_FILED = re.compile(r"ยกเลิก|หยุด|ไม่ต้อง\S{0,8}ต่อ")
#: Lost in the bot itself ("ทำยังไงต่อคะ งง", "how do I use this?"): help, not a question
#: about the complaint.
_CONFUSED = re.compile(r"(?:^|\s)งง(?:\s|$|มาก|เลย|จัง|ค่ะ|คะ|ครับ)|\bhow do i use\b", re.I)
_CANNOT_USE = re.compile(lexicon.CANNOT_USE, re.I)
#: Not knowing how to work the bot is said with a reason at most ("หลานตั้งไลน์ให้ ยาย…").
CANNOT_USE_CHARS = 50
#: "ไม่รู้จะเริ่มตรงไหน", "บ่ฮู้สิเว้าจั่งใด": not knowing how to say it, which is no "I don't know".
_LOST_FOR_WORDS = re.compile(
    r"(?:ไม่|บ่)(?:รู้|ฮู้)(?:จะ|สิ|ว่าจะ)\S{0,12}(?:เริ่ม|เล่า|ตอบ|พิมพ์|อธิบาย|เว้า|บอก)"
    r"|don'?t know (?:where|how) to (?:start|begin|say|explain)",
    re.I,
)
_WHO_WITHHELD = re.compile(lexicon.WHO_WITHHELD)
_MAY_I_REPORT = re.compile(lexicon.MAY_I_REPORT)
_FEAR_ALONE = re.compile(lexicon.FEAR_ALONE)
#: The questions that ask who: there, who withheld is an answer of none.
_WHO_ASKED = ("official", "witnesses")
_REMARK = tuple(re.compile(p, re.I) for p in lexicon.REMARKS)
_SAFE_NEWS = re.compile(lexicon.SAFE_NEWS, re.I)
_GO_ON_LAST = re.compile(lexicon.GO_ON_LAST, re.I)
_UNSAFE_NOW = re.compile(lexicon.UNSAFE_NOW, re.I)
#: Safe again and going on is said in a line or two; a longer text is a story.
SAFE_GO_ON_CHARS = 80
#: A kind read by rules (its option's words, a price for a service), not guessed by the model.
_KIND_BY_RULE = 0.8


_PAUSE_ASKED = re.compile(lexicon.PAUSE_ASKED, re.I)
_COMING_BACK = re.compile(lexicon.COMING_BACK, re.I)
_GO_ON_ALONE = re.compile(lexicon.GO_ON_ALONE, re.I)
#: The day the draft was left, said with coming back ("กลับมาทำต่อค่ะ เมื่อวานค้างไว้"): when it
#: was left, not a day answered. ("ต่อจากเมื่อกี้ค่ะ แล้วเขาก็…" goes on with the story.)
_LEFT_WHEN = re.compile(
    r"(?:เมื่อ(?:วาน|คืน|กี้|กี๊|เช้า)|วันก่อน)\S{0,8}?ค้าง|ค้าง(?:ไว้)?\S{0,4}?(?:เมื่อ(?:วาน|คืน|กี้|กี๊|เช้า)|วันก่อน)"
)
#: A pause or a return is said in a line; a longer text tells more.
PAUSE_CHARS = 60
#: Values that, read surely beside a pause, make the message an answer after all ("นางรองค่ะ
#: ขอพักก่อน"); not an agency or evidence read from the pause's own words ("ตอบตอนนี้", "ไว้ก่อน").
_ANSWERED_BESIDE = ("district", "subdistrict", "date", "official", "witnesses")


#: Stopping the filing, not pausing it ("ไม่อยากทำต่อแล้ว", "ยกเลิกไว้ก่อน"): a cancel.
_STOPS_FILING = re.compile(
    r"ยกเลิก|เลิก|(?:ไม่|บ่)(?:อยาก|ขอ)?(?:แจ้ง|ทำ|เอา|กรอก)|cancel|never\s?mind|don'?t\s+want",
    re.I,
)


def _said_alone(t: v.Text, values: dict[str, Value], pattern: re.Pattern[str]) -> bool:
    """A pause or a return said on its own: short, no question, no stop, no answer beside."""
    beside = _ANSWERED_BESIDE
    if pattern is _COMING_BACK and _LEFT_WHEN.search(t.flat):
        beside = tuple(n for n in beside if n != "date")  # the day it was left
    sure = any(n in values and values[n].confidence >= SURE_VALUE for n in beside)
    if not short(t, PAUSE_CHARS) or sure or is_question(t) or _STOPS_FILING.search(t.cleaned):
        return False
    return bool(pattern.search(t.cleaned))


def asks_to_pause(text: str | None) -> bool:
    """A pause asked for, to come back later ("ขอไว้ก่อน ไว้พรุ่งนี้ค่อยมาต่อ")."""
    return bool(text) and bool(_PAUSE_ASKED.search(prepare(text).cleaned))


_STOP_ASKED = re.compile(lexicon.STOP_ASKED, re.I)
_STOP_DEMANDED = re.compile(lexicon.STOP_DEMANDED, re.I)


def asks_to_stop(text: str | None) -> bool:
    """A wish to stop the filing said in the message, even a long one with fear in it ("ข้อย
    บ่แจ้งแล้วดีกว่า ขอหยุดก่อนเด้อ ย่านเขา…", "please stop this, I'm scared"); not what someone
    demands be stopped ("ถ้าไม่หยุดแจ้ง…")."""
    if not text:
        return False
    said = prepare(text).cleaned
    return any(
        not _STOP_DEMANDED.search(said[: found.start()]) for found in _STOP_ASKED.finditer(said)
    )


_LEFT_DRAFT = re.compile(lexicon.LEFT_DRAFT_NAMED, re.I)
_MIND_BACK = re.compile(lexicon.MIND_BACK_TO_FILING)


def names_left_draft(text: str | None) -> bool:
    """The draft stopped before named, to take it up ("มื้อวานเว้าค้างไว้ … สิแจ้งต่อ",
    "เรื่องเก่าที่พิมพ์ไว้ไปไสแล้ว"), or coming back said (`comes_back`)."""
    if not text:
        return False
    said = prepare(text).cleaned
    return bool(_LEFT_DRAFT.search(said) or _COMING_BACK.search(said))


def back_to_filing(text: str | None) -> bool:
    """A change of mind back to filing after stopping ("เปลี่ยนใจค่ะ คิดดูแล้วจะแจ้งต่อ")."""
    return bool(text) and bool(_MIND_BACK.search(prepare(text).cleaned))


def comes_back(text: str | None) -> bool:
    """Coming back to the draft left ("กลับมาแล้วค่ะ ขอทำเรื่องเดิมต่อ")."""
    return bool(text) and bool(_COMING_BACK.search(prepare(text).cleaned))


def asks_to_go_on(text: str | None) -> bool:
    """Going on with the filing, said alone ("จะแจ้งต่อ", "ยังอยากแจ้งต่อค่ะ", "ทำต่อ"): after the
    safety answer, a yes to going on from the question left, never an answer to keep; typed
    in Latin letters too, as the Thai it spells ("mai pen rai krub tor dai")."""
    if not text:
        return False
    thai = romanised.in_thai(text) if romanised.is_romanised_thai(text) else None
    return any(_GO_ON_ALONE.search(prepare(said).cleaned.strip()) for said in (text, thai) if said)


def _is_remark(t: v.Text, values: dict[str, Value]) -> bool:
    """Said aside, short, and carrying no value read surely (the whole text taken as the
    answer asked does not count): "เฮ้อ เรื่องมันยาวค่ะ", "รอแป๊บครับ", "sorry my Thai is bad"."""
    if not short(t, 40) or not any(p.search(t.cleaned) for p in _REMARK):
        return False
    sure = [n for n, found in values.items() if found.confidence >= SURE_VALUE]
    if "kind" in sure and values["kind"].confidence < _KIND_BY_RULE:
        sure.remove("kind")  # "รอแป๊บ ลูกเรียก": the kind model's guess at two words
    return not sure


def by_rules(
    t: v.Text, values: dict[str, Value], expecting: str | None, calm: bool = False
) -> tuple[str, float]:
    """The intent by rules, with how sure they are (`calm`: the danger words left unread,
    when both models read them in a calm sentence: see `words_outvoted`)."""
    danger = danger_score(t.cleaned)
    withdraw = WITHDRAW_WORDS.search(t.cleaned) and expecting not in REASON_STEPS
    # Asking to withdraw under a threat is a withdrawal (the chair is alerted); a threat
    # "unless you withdraw" ("ถ้าไม่ยอมถอนเรื่อง") is danger.
    dropped = (
        expecting is None
        and _DROPPED.search(t.flat)
        and not _OWN_DATA.search(t.flat)
        and not _ULTIMATUM.search(t.flat)
    )
    told = expecting not in REASON_STEPS and told_to_withdraw_or_else(t)
    pressed = withdraw and _ASKS_WITHDRAW.search(t.flat) and not _ULTIMATUM.search(t.flat)
    pressed = (pressed or dropped) and not told
    if pressed and danger >= 0.9 and names_bodily_harm(t.cleaned):
        pressed = None  # "ขอถอนเรื่อง เขาขู่จะยิงพ่อ": the threat is answered first
    if expecting in _WHO_ASKED and _WHO_WITHHELD.search(t.flat.lower()) and danger < 0.9:
        return meaning.NONE, 0.9  # "ไม่อยากบอกว่าใคร กลัวเขารู้": no one named, not a question
    if afraid_to_be_known(t, values, expecting) and not withdraw:
        return meaning.QUESTION, 0.85  # "แม่กลัว ไม่อยากให้ใครรู้": who will know, asked
    if expecting in YES_NO_STEPS and _FEAR_ALONE.fullmatch(t.key):
        return meaning.QUESTION, 0.85  # "กลัวค่ะ" at consent: a worry to answer, never a yes
    calm = calm or others_silent(t.cleaned)  # "เขาไม่กล้าพูด กลัวผู้ใหญ่บ้าน": their fear, not a threat
    if safe_again(t):
        return meaning.YES, 0.85  # "เขาไปแล้ว ตำรวจมาจอดหน้าบ้านให้แล้ว ทำต่อได้เลย": no new danger
    if danger >= 0.5 and not pressed and not calm:
        if danger >= 0.9 and not fear_of_being_known(t, values, expecting):
            return meaning.DANGER, danger
        if is_question(t):
            return meaning.QUESTION, 0.8  # "อันตรายไหม": safety asked about
        if not (expecting == "identity" and "identity" in values):
            return meaning.DANGER, danger  # "ไม่บอกชื่อ กลัวเขาเล่นงาน" is a choice
    if dropped and pressed:
        return meaning.WITHDRAW, 0.9  # "ไม่เอาแล้วเรื่องนี้ อยากให้จบ": no draft open, so the filed one
    if expecting not in REASON_STEPS and PRESSED.search(t.flat):
        return meaning.DANGER, 0.9
    if told:
        return meaning.DANGER, 0.9  # "เขาบอกว่าให้ไปถอนเรื่องซะ ไม่งั้น…": told to, not asking to
    if safe_and_going_on(t):
        return meaning.YES, 0.85  # "ปลอดภัยแล้วค่ะ ทำต่อได้เลย": go on, at whatever question
    if v.has(t.flat[:16], ALREADY) and t.flat.find(v.has(t.flat, ALREADY)) <= 3:
        return meaning.ALREADY_SAID, 0.9
    if expecting == "evidence" and done_then_told(t.raw):
        return meaning.DONE, 0.85  # "ครบแล้วค่ะ ในคลิปคือ…": finished, and what was sent told
    if expecting in YES_NO_STEPS and asks_what_is_meant(t):
        return meaning.QUESTION, 0.9  # "ยินยอมหยัง": what the question means, asked back
    if _CONFUSED.search(t.cleaned) and short(t, 30):
        return meaning.HELP, 0.85
    cannot_use = _CANNOT_USE.search(t.cleaned) or _CANNOT_USE.search(t.flat)
    # "แจ้งแทนยายได้บ่ ยายพิมพ์บ่เป็น", "แจ้งแทนแม่ได้ไหม แม่พิมพ์ไม่เป็น": a question back with
    # its reason, not the asker lost
    asks_back = (faq_cue(t) is not None or "behalf" in values) and is_question(t)
    # "หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น": a relay, whose relative cannot type, not the typer lost
    relay = "behalf" in values and not is_question(t)
    if cannot_use and short(t, CANNOT_USE_CHARS) and not tells(values) and not asks_back:
        if not relay:
            return meaning.HELP, 0.85
    if greets(t):
        return meaning.GREETING, 0.9
    if _said_alone(t, values, _PAUSE_ASKED):
        return meaning.REMARK, 0.85  # "ยังไม่ตอบตอนนี้ พักไว้ก่อน": a pause, never an answer
    # "ทำต่อ" alone at a yes/no question is a yes; outside a draft, the answer to what another
    # conversation asked ("take the cancelled one up again?"), not a wish to file a new one
    going_on = (expecting is None or expecting in YES_NO_STEPS) and _GO_ON_ALONE.search(
        t.cleaned.strip()
    )
    if _said_alone(t, values, _COMING_BACK) and not going_on:
        return meaning.START, 0.85  # "กลับมาแล้วค่ะ ขอทำเรื่องเดิมต่อ": on with the draft
    if _is_remark(t, values):
        return meaning.REMARK, 0.85
    # "ยังครับ ยายไม่รู้จะไปบอกใคร" at the reported question: a no, with why beside it
    answered = expecting == "reported" and "reported" in values
    if _LOST_FOR_WORDS.search(t.cleaned) and short(t, 60) and not tells(values) and not answered:
        return meaning.HELP, 0.85
    if expecting is None and promises_evidence(t):
        return meaning.QUESTION, 0.85  # "พรุ่งนี้จะถ่ายรูปส่งมาให้นะครับ": may it come later, answered
    faq = faq_cue(t)
    question = is_question(t) or bool(faq and BO_ASKS.search(t.flat[2:]))
    if _told_at_length(t, values) or (expecting in STORY_STEPS and tells(values, SURE_TOLD)):
        question, faq = False, None  # "ใครเป็นคนตรวจรับ??" in a pasted post is rhetorical
    english = ENGLISH_QUESTION.match(t.cleaned) and not asks_for(t)  # "is there a fee"
    if question and (asks_if_read(t) or (expecting is None and asks_status(t))):
        # "มีใครอ่านเรื่องหนูหรือยัง": no one who may read the data; "เรื่องที่ยายแจ้งไปเป็นจั่งใด๋
        # แล้วลูก" with nothing being asked: what became of it, not what happens next (while
        # filing, "เรื่องยายไปถึงไส" asks where the story goes)
        return meaning.TRACK, 0.85
    if question and pressed and "reference" in values:
        return meaning.WITHDRAW, 0.9  # "ขอถอนเรื่อง BRM-… ได้บ่ครับ": that one, asked politely
    if question and (faq or danger or english or romanised.asks(t.raw)):
        return meaning.QUESTION, 0.9  # "plod phai mai kha" asks; it is no "mai" (no)
    if withdraw or _STOP_FILED.search(t.flat) and ("reference" in values or "เรื่องที่แจ้ง" in t.flat):
        return meaning.WITHDRAW, 0.9
    found = asks_for(t, values) or talk(t, values, expecting)
    if found:
        return found
    outright = ASKED_OUTRIGHT.search(t.cleaned) and not _told_at_length(t, values)
    if not outright and answers_another_question(values, expecting):
        question = False  # "ยังไม่เคยแจ้งที่ไหน": "ที่ไหน" is anywhere, not where
    if question and (outright or not (expecting and answers_asked(values, expecting))):
        opening = global_word(t, expecting)  # "ร้องเรียนได้ที่นี่ไหม", "สวัสดีค่ะ มีใครอยู่ไหม"
        if opening and opening[0] in (meaning.START, meaning.GREETING):
            return opening
        if expecting is None and _MAY_I_REPORT.search(t.flat):
            return meaning.START, 0.85  # "เรื่องนี้เกี่ยวกับคนในครอบครัวค่ะ แจ้งได้ไหม": yes, begun
        return meaning.QUESTION, 0.7
    found = global_word(t, expecting) or short_answer(t, values, expecting)
    if found:
        return found
    if values or (expecting and t.key):
        return meaning.ANSWER, 0.8
    return meaning.ANSWER, 0.4


def says_safe_and_going_on(text: str | None) -> bool:
    """`safe_and_going_on` of a text as typed: asking to go on, not an answer to keep."""
    return bool(text) and safe_and_going_on(prepare(text))


def safe_and_going_on(t: v.Text) -> bool:
    """Safe again, or those who came gone, and the filing asked to go on ("ตำรวจมาแล้ว
    คนพวกนั้นไปแล้ว ทำต่อได้ค่ะ", "I'm okay now, they left. Let's continue."): a yes to
    going on after a threat, never the answer to the question asked (never "not safe")."""
    said = t.cleaned.strip().lower()
    return (
        short(t, SAFE_GO_ON_CHARS)
        and bool(_GO_ON_LAST.search(said))
        and bool(_SAFE_NEWS.search(said[: _GO_ON_LAST.search(said).start()]))
        and not _UNSAFE_NOW.search(t.flat.lower())
    )


#: What keeps "safe again, go on" from being taken over the danger words in it: a threat, a
#: weapon or harm named, or a "but" after the news ("ไปแล้ว แต่บอกว่าจะกลับมา").
_STILL_AFRAID = re.compile(r"ขู่|แต่|ยัง(?:อยู่|วน|ตาม|มา)|ตามมา|\b(?:but|still|threat\w*)\b", re.I)


def safe_again(t: v.Text) -> bool:
    """Safe again and going on (`safe_and_going_on`), naming no threat or harm and no "but":
    a yes, even where a visit or a flight is told ("ตำรวจมาจอดหน้าบ้านให้แล้ว", "หนีมาอยู่
    บ้านน้าแล้ว"), which alone would read as danger."""
    return (
        safe_and_going_on(t)
        and not names_bodily_harm(t.cleaned)
        and not _STILL_AFRAID.search(t.cleaned)
    )


#: A text this long (flattened characters) that carries this many facts of a complaint is a
#: story told or a post pasted, whatever "??" it holds: not a question back to the bot.
STORY_LENGTH = 120
STORY_FACTS = 2


def _told_at_length(t: v.Text, values: dict[str, Value]) -> bool:
    return len(t.flat) >= STORY_LENGTH and sum(n in values for n in FACTS) >= STORY_FACTS


_ASKED_FIRST = re.compile(lexicon.WITHDRAW_ASKED_FIRST)
_PRESSED_ONLY = re.compile(lexicon.PRESSED_ONLY)


def withdrawal_under_pressure(t: v.Text) -> bool:
    """The teller's own withdrawal said first, its reason pressure beside it ("ถอนเรื่องเถอะครับ
    ทางบ้านโดนกดดันหนัก"): a withdrawal (the chair is alerted), unless an ultimatum, someone's
    order to withdraw, or any danger but the pressure is told in it (a threat answered first)."""
    if not _ASKED_FIRST.match(t.flat) or not _PRESSED_ONLY.search(t.cleaned):
        return False
    if _ULTIMATUM.search(t.flat) or told_to_withdraw_or_else(t) or names_bodily_harm(t.cleaned):
        return False
    return danger_score(_PRESSED_ONLY.sub(" ", t.cleaned)) < 0.5


def asks_to_withdraw(text: str | None) -> bool:
    """The text asks to withdraw a complaint ("ขอถอนเรื่องค่ะ กลัวเขาทำร้าย"), whatever else
    it says beside (a threat "unless you withdraw" does not ask it)."""
    t = prepare(text) if text else None
    asks = t and WITHDRAW_WORDS.search(t.cleaned) and _ASKS_WITHDRAW.search(t.flat)
    # … or drops it in everyday words ("บ่เอาแล้วเรื่องที่แจ้ง ย่านเพิ่นเฮ็ดฮ้าย…"), as `by_rules`
    dropped = t and _DROPPED.search(t.flat) and not _OWN_DATA.search(t.flat)
    return bool((asks or dropped) and not _ULTIMATUM.search(t.flat))


_TAKEN_BACK = re.compile(lexicon.WITHDRAWAL_TAKEN_BACK, re.I)


def takes_back_withdrawal(text: str | None) -> bool:
    """The text takes back a withdrawal ("เอ้ย เปลี่ยนใจครับ ไม่ถอนแล้ว ขอแจ้งต่อครับ", "ขอเปิด
    เรื่องนี้อีกครั้ง"): the caller looks for one just made to re-open."""
    t = prepare(text) if text else None
    return bool(t and _TAKEN_BACK.search(t.flat.lower()) and not _ULTIMATUM.search(t.flat))


def says_fear(text: str | None) -> bool:
    """A withdrawal's reason that tells fear or pressure ("she is also scared", "กลัวเขาเล่นงาน",
    "พ่อให้ถอน"), whatever reason number came with it: the chair hears, as of a threat."""
    t = prepare(text) if text else None
    return bool(t and v.reason(t).value == "pressure")
