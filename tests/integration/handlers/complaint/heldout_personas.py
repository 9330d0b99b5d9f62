"""Held-out villagers (issue 18): people written by someone who had not read the bot's rules.

Each person has what they open with (sent one after another, whatever the bot says), a
script of what they type at each question (one message per time they are asked, the last
said again), asides (a question back, a threat) that must be answered and never stored,
and what they meant: the ticket is checked field by field against it. The step names are
those the driver reads from the draft (`personas._where`); a question the person has no
script for, ending in "ใช่ไหมคะ"/"right?", gets the person's own "yes".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storage.users import user_for_line_id
from tests.factories import location_event, texts
from tests.integration.handlers.complaint.personas import _where, photo

MAX_MESSAGES = 16
MAX_REFUSED = 1
GIVE_UP = 3  # refused this many times in a row, a person stops trying
SAFETY = re.compile(r"(191|1567|1206|1205).*|ปลอดภัย|safe", re.S)


@dataclass(frozen=True)
class Aside:
    """Something said that is not an answer: it must get a reply matching `reply`, and
    must neither move the complaint on nor be kept in it. `first` = that reply's first
    bubble must match (the safety answer comes before anything else)."""

    text: str
    reply: str
    first: bool = False


def asks(text: str, reply: str) -> Aside:
    """A question back about the process."""
    return Aside(text, reply)


def threat(text: str) -> Aside:
    """Danger told mid-filing: the safety answer first, the threat not kept."""
    return Aside(text, SAFETY.pattern, first=True)


@dataclass(frozen=True)
class Meant:
    """What the person meant; `None` = not checked. Texts are compared without spaces/dots."""

    kind: tuple[str, ...] | None = None
    agency: tuple[str, ...] | None = None  # the stored agency is one of these (อบต.X: or in full)
    official: tuple[str, ...] | None = None  # … contains one of these
    district: str | None = None  # DOPA code
    subdistrict: str | None = None  # DOPA code, or "" = not given
    date: tuple[str, str] | None = None  # span the stored date must lie in; ("", "") = unknown
    story: tuple[str, ...] = ()  # the description contains all of these
    witnesses: str | None = None  # contained in the witnesses; "" = there are none
    reported: bool | None = None
    reported_to: str | None = None
    anonymous: bool | None = None
    name: str | None = None
    phone: str | None = None  # 10 digits
    evidence: int = 0  # at least this many pieces kept


@dataclass(frozen=True)
class Villager:
    """One held-out person."""

    name: str
    says: dict[str, list]
    meant: Meant
    opening: tuple = ()
    yes: str = "ใช่ค่ะ"
    speaks: str = "th"  # the language they want answers in
    withdraws: tuple[str, str] = ()  # after filing: how they ask ({ref}), and why


@dataclass
class Outcome:
    """What filing cost this person, and what went wrong on the way."""

    sent: int = 0
    refused: list = field(default_factory=list)
    kept_aside: list = field(default_factory=list)  # asides taken as answers
    unanswered: list = field(default_factory=list)  # asides without the reply they needed
    filed: bool = False
    stuck_at: str | None = None
    log: list = field(default_factory=list)  # (step, message, first line of the reply)


def _send(chat, message) -> list[dict]:
    if isinstance(message, tuple):
        factory, *args = message
        return chat.send(factory, *args)
    return chat.say(message)


def _state(services, chat) -> tuple[str, str]:
    """Where the person is (`personas._where`), and the language the bot speaks to them: one
    unit of work and one look-up of the person (it is asked after every message)."""
    with services.uow() as uow:
        user = user_for_line_id(uow, chat.user_id, lock=False)
        step, seen = _where(uow, user)
        return step, seen + user.language


def _said(message) -> str:
    if isinstance(message, Aside):
        return message.text
    return message if isinstance(message, str) else "<" + message[1] + ">"


# How a person recognises the question in the bot's last bubble, when the step has a name
# their script does not know (the conversation may be reorganised; people read, not keys).
QUESTIONS = (
    ("pin", r"หมุด|pin"),
    ("story", r"ต้องการแจ้งเรื่องนี้ไหม|จะแจ้งเป็นเรื่องร้องเรียนไหม|file (it|this) as a complaint"),
    ("consent", r"ยินยอม|agree"),
    ("kind", r"เรื่องแบบไหน|what kind"),
    ("agency", r"หน่วยงานไหน|which (agency|office)"),
    ("official", r"คนที่ทำ|ใครทำ|who did"),
    ("subdistrict", r"ตำบลไหน|sub-?district"),
    ("district", r"อำเภอไหน|which district"),
    ("when", r"เมื่อไร|เมื่อไหร่|when did"),
    ("what_more", r"เล่าเพิ่ม|tell (us )?more"),
    ("what", r"เล่าให้ฟัง|what happened"),
    ("evidence", r"รูป|หลักฐาน|photo|evidence"),
    ("witnesses", r"รู้เห็น|พยาน|witness"),
    ("reported_ref", r"เลขที่เรื่อง|reference number"),
    ("reported_to", r"แจ้งไว้ที่ไหน|where did you report"),
    ("reported", r"ที่อื่น|elsewhere"),
    ("name", r"ชื่อ-นามสกุล|full name"),
    ("phone", r"เบอร์โทร|phone number"),
    ("identity", r"บอกชื่อ|your name"),
    ("summary", r"สรุป|ส่งเรื่อง|summary|send it"),
)


def _asked(reply: list[dict]) -> str | None:
    """The question the bot's last bubble asks, read as a person would."""
    last = texts(reply[-1:]) if reply else ""
    return next((key for key, words in QUESTIONS if re.search(words, last, re.I)), None)


def _asks_yes_no(reply: list[dict]) -> bool:
    tail = texts(reply[-1:]) if reply else ""
    return bool(re.search(r"ใช่ไหม|ถูกต้องไหม|ถูกไหม|right\?|correct\?", tail))


def play(villager: Villager, chat, services) -> Outcome:
    """Play the villager until the complaint is filed, they give up, or the cap is hit."""
    out = Outcome()
    turns: dict[str, int] = {}
    chat.follow()
    step, seen = _state(services, chat)
    queue = list(villager.opening)
    reply: list[dict] = []
    in_a_row = 0
    while out.sent < MAX_MESSAGES * 2 and in_a_row < GIVE_UP:
        if step == "done" and not queue:
            out.filed = True
            return out
        question = step if step in villager.says else _asked(reply)
        if queue:
            message = queue.pop(0)
        elif villager.says.get(question):
            options = villager.says[question]
            index = turns.get(question, 0)
            turns[question] = index + 1
            message = options[min(index, len(options) - 1)]
        elif _asks_yes_no(reply):
            message = villager.yes
        else:
            out.stuck_at = step
            return out
        text = message.text if isinstance(message, Aside) else message
        reply = _send(chat, text)
        out.sent += 1
        was = step
        step, now = _state(services, chat)
        out.log.append((was, _said(message), texts(reply).replace("\n", " ⏎ ")[:160]))
        if isinstance(message, Aside):
            answer = texts(reply[:1]) if message.first else texts(reply)
            if not re.search(message.reply, answer, re.S):
                out.unanswered.append((was, message.text, answer[:120]))
            if step != was:
                out.kept_aside.append((was, message.text, step))
        elif now == seen and was != "done":
            out.refused.append((was, _said(message)))
            in_a_row += 1
            seen = now
            continue
        in_a_row = 0
        seen = now
    out.stuck_at = step
    return out


def withdraw(villager: Villager, chat, reference: str) -> list[list[dict]]:
    """Ask to withdraw by typing; say yes when asked to confirm, else give the reason.
    Returns the replies (at most four messages: a person does not try longer)."""
    asking, reason = villager.withdraws
    replies = [chat.say(asking.format(ref=reference))]
    told = False
    while len(replies) < 4:
        if _asks_yes_no(replies[-1]):
            replies.append(chat.say(villager.yes))
            continue
        if told:  # the reason given, nothing more asked
            break
        replies.append(chat.say(reason))
        told = True
    return replies


# ---------------------------------------------------------------- the people

GRANDMOTHER = Villager(
    "ยายบัวผัน: Isan, two-word fragments",
    {
        "none": ["สิแจ้งเรื่อง", "แจ้งเรื่อง"],
        "story": ["แจ้งเลย"],
        "consent": ["เออ ได้", "ยินยอม"],
        "kind": ["เก็บเงินคนเฒ่า", "เฮียกเงิน", "1"],
        "agency": ["อบตลำดวน"],
        "official": ["ผู้ช่วยผู้ใหญ่"],
        "district": ["กระสัง"],
        "subdistrict": ["ลำดวน"],
        "when": ["มื้อซืน", "สองวันก่อน"],
        "what": ["หักเบี้ยคนเฒ่า คนละฮ้อย"],
        "what_more": ["เฮียกทุกเดือน"],
        "evidence": ["บ่มี", "ไม่มี"],
        "witnesses": ["ยายคำ ยายแพง"],
        "reported": ["บ่เคย", "ยังไม่เคย"],
        "identity": ["บ่บอก", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ลำดวน",),
        official=("ผู้ช่วยผู้ใหญ่",),
        district="3103",
        subdistrict="310302",
        date=("2026-12-01", "2026-12-01"),
        story=("เบี้ย",),
        witnesses="ยายคำ",
        reported=False,
        anonymous=True,
    ),
    yes="แม่นแล้ว",
)

TYPO_YOUTH = Villager(
    "ธนากร: typos, Thai digits, named, two photos",
    {
        "none": ["แจ้งเรืองครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเรืองคับ"],
        "consent": ["okคับ", "ยินยอม"],
        "kind": ["ฮั้วประมูน", "ฮั้วประมูล"],
        "agency": ["อบต ดอนอะรางคับ"],
        "official": ["นายกอบต.คับ"],
        "district": ["หนองกี้", "หนองกี่"],
        "subdistrict": ["ดอนอะราง"],
        "when": ["๒-๓ วันก่อนคับ", "3 วันก่อน"],
        "what": ["โครงการขุดสระ งบ ๕๐๐,๐๐๐ บาท มีผู้รับเหมาเจ้าเดียวยื่นซอง เป็นหลานนายก"],
        "what_more": ["แค่นี้คับ"],
        "evidence": [photo(), photo(), "ครบคับ", "เสร็จแล้ว"],
        "witnesses": ["ไม่มีคับ"],
        "reported": ["ไม่เคยคับ", "ยังไม่เคย"],
        "identity": ["บอกชื่อได้คับ", "เปิดเผยชื่อ"],
        "name": ["ธนากร บุญมา"],
        "phone": ["๐๘๙-๔๔๕-๖๗๑๒"],
        "summary": ["ส่งเลยคับ", "ยืนยัน"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.ดอนอะราง",),
        official=("นายก",),
        district="3105",
        subdistrict="310504",
        date=("2026-11-30", "2026-12-01"),
        story=("ขุดสระ",),
        witnesses="",
        reported=False,
        anonymous=False,
        name="ธนากร บุญมา",
        phone="0894456712",
        evidence=2,
    ),
    yes="ใช่คับ",
)

FOUR_MESSAGES = Villager(
    "แม่ค้าส้มตำ: the story in four short messages",
    {
        "story": ["แจ้งเลยค่ะ"],
        "none": ["แจ้งเรื่องค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["ถนนทำไม่ได้มาตรฐาน ผู้รับเหมาโกงค่ะ"],
        "agency": ["บอกไปแล้วค่ะ อบต.ปังกู"],
        "official": ["ไม่รู้ชื่อค่ะ เป็นช่างคุมงานของ อบต."],
        "district": ["บอกไปแล้วค่ะ ประโคนชัย", "ประโคนชัย"],
        "subdistrict": ["ปังกูค่ะ"],
        "when": ["เดือนที่แล้วค่ะ"],
        "what": ["เล่าไปแล้วค่ะ ข้างบน"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ชาวบ้านหมู่ 4 รู้กันทั้งหมู่บ้านค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่เปิดเผยนะคะ"],
        "summary": ["ถูกต้องค่ะ ส่งได้เลย", "ส่ง"],
    },
    Meant(
        kind=("procurement", "budget"),
        agency=("อบต.ปังกู",),
        district="3107",
        subdistrict="310707",
        date=("2026-11-01", "2026-11-30"),
        story=("ถนนคอนกรีต", "เทปูนบาง"),
        witnesses="หมู่ 4",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ",
        "คือที่หมู่บ้านหนูมีโครงการทำถนนคอนกรีต",
        "ผู้รับเหมาเทปูนบางมาก ไม่ถึงเดือนแตกหมดแล้ว",
        "เป็นของ อบต.ปังกู อ.ประโคนชัยค่ะ ทำเสร็จเดือนที่แล้ว",
    ),
)

FACEBOOK_POST = (
    "📢 แชร์ด่วน!! โครงการก่อสร้างรางระบายน้ำ หมู่ 6 บ้านโคกเหล็ก ต.โคกเหล็ก อ.ห้วยราช "
    "จ.บุรีรัมย์ งบประมาณ 1,200,000 บาท ของ อบต.โคกเหล็ก ทำได้แค่ครึ่งเดียวแต่เบิกเงินครบแล้ว "
    "ผู้รับเหมาคือบริษัทของลูกชายนายก อบต. เอง!! ชาวบ้านถามก็บอกว่าเดี๋ยวทำต่อ "
    "ตั้งแต่ 15 ต.ค. จนวันนี้ยังไม่มีใครมาทำ #บุรีรัมย์ #โกงกินบ้านเกิด"
)

PASTED_POST = Villager(
    "หลานสาว: pastes a Facebook post",
    {
        "story": ["แจ้งเลยค่ะ"],
        "none": ["อยากแจ้งเรื่องนี้ค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["ลูกนายกรับเหมาเองแล้วทำไม่เสร็จค่ะ"],
        "agency": ["ในโพสต์มีบอกแล้วค่ะ อบต.โคกเหล็ก", "อบต.โคกเหล็ก"],
        "official": ["นายก อบต.ค่ะ"],
        "district": ["ห้วยราชค่ะ ตามโพสต์เลย", "ห้วยราช"],
        "subdistrict": ["โคกเหล็กค่ะ"],
        "when": ["15 ต.ค. ค่ะ"],
        "what": ["ตามโพสต์เลยค่ะ " + FACEBOOK_POST],
        "what_more": ["ไม่มีเพิ่มค่ะ"],
        "evidence": [photo(), "หมดแล้วค่ะ"],
        "witnesses": ["ชาวบ้านหมู่ 6 ทั้งหมู่เลยค่ะ"],
        "reported": ["ยังค่ะ แชร์ในเฟซอย่างเดียว", "ยังไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งเลยค่ะ"],
    },
    Meant(
        kind=("conflict", "procurement", "budget"),
        agency=("อบต.โคกเหล็ก",),
        official=("นายก",),
        district="3116",
        subdistrict="311606",
        date=("2026-10-15", "2026-10-15"),
        story=("รางระบายน้ำ", "ลูกชายนายก"),
        witnesses="หมู่ 6",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(FACEBOOK_POST,),
)

QUESTIONER = Villager(
    "พี่อร: keeps asking questions back",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งเลยค่ะ"],
        "consent": [
            asks("ถ้าแจ้งไปแล้ว คนที่ถูกร้องจะรู้ไหมคะว่าเป็นเรา", r"ไม่.{0,30}(บอก|รู้|เปิดเผย)"),
            "ได้ค่ะ ยินยอม",
            "ยินยอม",
        ],
        "kind": ["เรียกเงินค่ะ"],
        "agency": ["รพ.สต.บ้านบัวค่ะ"],
        "official": ["ผอ.รพ.สต.ค่ะ"],
        "district": ["เมืองบุรีรัมย์ค่ะ"],
        "subdistrict": ["บ้านบัวค่ะ"],
        "when": ["วันศุกร์ที่แล้วค่ะ", "27 พ.ย. ค่ะ"],
        "what": ["ผอ.เรียกเงินคนไข้ที่มาฉีดยาคนละ 50 บาท บอกว่าค่าเข็ม ทั้งที่ฟรีค่ะ"],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": [
            asks("รูปยังไม่ได้ถ่ายค่ะ ส่งทีหลังได้ไหมคะ", r"ทีหลัง|ภายหลัง|ส่งเพิ่ม|later"),
            "ตอนนี้ยังไม่มีค่ะ",
            "ไม่มี",
        ],
        "witnesses": ["แม่ค้าหน้า รพ.สต. เห็นค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": [asks("ชื่อเราใครเห็นบ้างคะ", r"ประธาน"), "ไม่บอกชื่อดีกว่าค่ะ", "ไม่บอกชื่อ"],
        "summary": [asks("ส่งแล้วนานไหมคะกว่าจะมีคนดู", r"\d+\s*วัน"), "ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("รพ.สต.บ้านบัว", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านบัว"),
        official=("ผอ",),
        district="3101",
        subdistrict="310104",
        date=("2026-11-27", "2026-11-27"),
        story=("ค่าเข็ม",),
        witnesses="แม่ค้า",
        reported=False,
        anonymous=True,
    ),
    opening=("อยากแจ้งเรื่อง ผอ.รพ.สต.บ้านบัว เรียกเงินคนไข้ค่าเข็มคนละ 50 บาทค่ะ",),
)

TWICE_CHANGED = Villager(
    "ลุงสมาน: changes his mind twice about his name",
    {
        "none": ["จะร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยครับ"],
        "consent": ["ได้ครับ"],
        "kind": ["เอารถขุดของหลวงไปขุดบ่อให้ญาติครับ"],
        "agency": ["อบต.หนองคูครับ"],
        "official": ["รองนายกครับ"],
        "district": ["ลำปลายมาศครับ"],
        "subdistrict": ["หนองคูครับ"],
        "when": ["วันจันทร์ครับ", "30 พ.ย. ครับ"],
        "what": ["รองนายกเอารถแบคโฮของ อบต. ไปขุดบ่อปลาให้น้องชาย ใช้น้ำมันหลวงด้วยครับ"],
        "what_more": ["ไม่มีแล้วครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["คนขับแบคโฮเองครับ ชื่อแดง"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["บอกชื่อได้ครับ", "เปิดเผยชื่อ"],
        "name": ["เปลี่ยนใจครับ ไม่บอกชื่อดีกว่า", "สมาน ทองคำ"],
        "phone": ["0861234567"],
        "summary": ["เปลี่ยนใจอีกทีครับ ใส่ชื่อผมไว้ก็ได้ สมาน ทองคำ", "ส่งครับ", "ส่ง"],
    },
    Meant(
        kind=("abuse", "budget", "conflict"),  # the state's backhoe for his brother: any of these
        agency=("อบต.หนองคู",),
        official=("รองนายก",),
        district="3110",
        subdistrict="311002",
        date=("2026-11-30", "2026-11-30"),
        story=("แบคโฮ",),
        witnesses="แดง",
        reported=False,
        anonymous=False,
        name="สมาน ทองคำ",
        phone="0861234567",
    ),
    yes="ใช่ครับ",
)

NIGHT_CAR = "กลัวค่ะ เมื่อคืนมีรถมาจอดหน้าบ้านทั้งคืน เช้ามามีคนฝากบอกว่าให้ระวังลูกไว้"

THREATENED = Villager(
    "น้องเมย์: threatened while filing",
    {
        "none": ["อยากร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เขาเก็บเงินค่าต่อทะเบียนร้านค้า"],
        "agency": ["เทศบาลตำบลสตึกค่ะ"],
        "official": ["เจ้าหน้าที่กองคลังค่ะ"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["สตึกค่ะ"],
        "when": ["10 วันก่อนค่ะ"],
        "what": ["เจ้าหน้าที่เก็บเงินค่าต่อทะเบียนร้านค้า 1,500 บาท ไม่ออกใบเสร็จให้ค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": [threat(NIGHT_CAR), "ไม่มีหลักฐานค่ะ"],
        "witnesses": ["ร้านข้างๆ ก็โดนค่ะ", "ร้านข้างๆ ค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ กลัว", "ไม่เปิดเผยชื่อ"],
        "summary": ["ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ทต.สตึก", "เทศบาลตำบลสตึก"),
        official=("กองคลัง",),
        district="3111",
        subdistrict="311101",
        date=("2026-11-23", "2026-11-23"),
        story=("ใบเสร็จ",),
        witnesses="ร้านข้าง",
        reported=False,
        anonymous=True,
    ),
)

TEACHER = Villager(
    "ครูอรุณี: long formal Thai, named",
    {
        "story": ["ประสงค์จะยื่นเรื่องร้องเรียนค่ะ", "ใช่ค่ะ"],
        "none": ["ดิฉันประสงค์จะยื่นเรื่องร้องเรียนค่ะ"],
        "consent": ["ยินยอมให้ใช้ข้อมูลค่ะ", "ยินยอมค่ะ"],
        "kind": ["การจัดซื้อจัดจ้างไม่โปร่งใสและมีผลประโยชน์ทับซ้อนค่ะ"],
        "agency": ["โรงเรียนบ้านสนวน สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ค่ะ"],
        "official": ["ผู้อำนวยการโรงเรียนบ้านสนวนค่ะ"],
        "district": ["อำเภอห้วยราชค่ะ"],
        "subdistrict": ["ตำบลสนวนค่ะ"],
        "when": ["วันที่ 2 พฤศจิกายน 2569 ค่ะ"],
        "what": ["ได้เรียนไว้ข้างต้นแล้วค่ะ"],
        "what_more": ["ไม่มีเพิ่มเติมค่ะ"],
        "evidence": [photo(), "ส่งครบแล้วค่ะ"],
        "witnesses": ["ครูวันเพ็ญ และครูสมพงษ์ ซึ่งร่วมเป็นกรรมการตรวจรับพัสดุค่ะ"],
        "reported": [
            "เคยรายงานไปที่สำนักงานเขตพื้นที่การศึกษาแล้วค่ะ แต่ยังไม่มีความคืบหน้า",
            "เคยค่ะ",
        ],
        "reported_to": ["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ค่ะ"],
        "reported_ref": ["ไม่มีเลขที่ค่ะ"],
        "identity": ["ยินดีเปิดเผยชื่อค่ะ ดิฉันชื่ออรุณี ศรีวงศ์", "บอกชื่อค่ะ"],
        "name": ["อรุณี ศรีวงศ์"],
        "phone": ["087-123-4567"],
        "summary": ["ข้อมูลถูกต้องครบถ้วนค่ะ ขอยืนยันการส่ง", "ยืนยันค่ะ"],
    },
    Meant(
        kind=("procurement", "conflict"),
        agency=(
            "โรงเรียนบ้านสนวน",
            "โรงเรียนบ้านสนวน สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์",
        ),
        official=("ผู้อำนวยการ",),
        district="3116",
        subdistrict="311605",
        date=("2026-11-02", "2026-11-02"),
        story=("ราคาสูงกว่าท้องตลาด", "ภรรยา"),
        witnesses="ครูวันเพ็ญ",
        reported=True,
        reported_to="เขตพื้นที่การศึกษา",
        anonymous=False,
        name="อรุณี ศรีวงศ์",
        phone="0871234567",
        evidence=1,
    ),
    opening=(
        "เรียน คณะกรรมการ ดิฉันนางสาวอรุณี ศรีวงศ์ ครูโรงเรียนบ้านสนวน "
        "ขอร้องเรียนกรณีผู้อำนวยการโรงเรียนบ้านสนวน ต.สนวน อ.ห้วยราช "
        "จัดซื้อวัสดุการศึกษาในราคาสูงกว่าท้องตลาดเกือบสองเท่า "
        "โดยให้ร้านค้าของภรรยาตนเองเป็นผู้ขาย เมื่อวันที่ 2 พฤศจิกายน 2569 "
        "ดิฉันมีสำเนาใบเสร็จเป็นหลักฐานค่ะ",
    ),
)

ENGLISH = Villager(
    "Mark: an English speaker married into Nang Rong",
    {
        "none": ["English please", "I want to file a complaint"],
        "story": ["yes, file it", "English please", "yes"],
        "consent": ["yes I agree", "I agree", "ok"],
        "kind": ["he asked me for a bribe"],
        "agency": ["Nong Kong SAO"],
        "official": ["the SAO chief clerk"],
        "district": ["Nang Rong"],
        "subdistrict": ["Nong Kong", "หนองกง"],
        "when": ["yesterday"],
        "what": [
            "The chief clerk asked for 5000 baht to approve our house building permit. "
            "He said without it the papers would take a year."
        ],
        "what_more": ["that's all"],
        "evidence": ["no evidence", "none"],
        "witnesses": ["my wife Nok was there"],
        "reported": ["no, never", "no"],
        "identity": ["keep me anonymous please", "anonymous"],
        "summary": ["yes, send it", "send"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.หนองกง", "Nong Kong SAO", "Nong Kong Subdistrict Administrative Organisation"),
        official=("clerk", "ปลัด"),
        district="3104",
        subdistrict="310408",
        date=("2026-12-02", "2026-12-02"),
        story=("5000 baht",),
        witnesses="Nok",
        reported=False,
        anonymous=True,
    ),
    opening=("Hello, I want to report a bribe",),
    yes="yes",
    speaks="en",
)

AHEAD = Villager(
    "ป้าเพ็ญ: answers before being asked",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งเลยค่ะ"],
        "consent": [
            "ยินยอมค่ะ ปลัด อบต.สะแกซำ เก็บเงินค่าขึ้นทะเบียนเกษตรกรคนละร้อย เมื่อวานค่ะ",
            "ยินยอม",
        ],
        "kind": ["เรียกเงินค่ะ บอกแล้วว่าเก็บคนละร้อย มีพยานด้วยคือลุงบุญมี", "เรียกเงินค่ะ"],
        "agency": ["อบต.สะแกซำ อำเภอเมืองค่ะ"],
        "official": ["ปลัดค่ะ ไม่รู้ชื่อ"],
        "district": ["เมืองบุรีรัมย์ค่ะ"],
        "subdistrict": ["สะแกซำค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": [
            "ปลัดเก็บเงินค่าขึ้นทะเบียนเกษตรกรคนละร้อยบาท ที่ศาลาหมู่บ้าน "
            "ไม่มีใบเสร็จ ลุงบุญมีก็จ่ายค่ะ ไม่เคยแจ้งที่ไหน และไม่บอกชื่อนะคะ"
        ],
        "what_more": ["แค่นี้ค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ลุงบุญมีค่ะ บอกไปแล้ว", "ลุงบุญมี"],
        "reported": ["บอกแล้วค่ะ ไม่เคย", "ไม่เคยค่ะ"],
        "identity": ["ไม่บอกค่ะ บอกไปแล้ว", "ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งได้เลยค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.สะแกซำ",),
        official=("ปลัด",),
        district="3101",
        subdistrict="310125",
        date=("2026-12-02", "2026-12-02"),
        story=("ขึ้นทะเบียนเกษตรกร",),
        witnesses="บุญมี",
        reported=False,
        anonymous=True,
    ),
)

EDITOR = Villager(
    "พ่อหนุ่ม: edits by typing at the summary",
    {
        "none": ["ร้องเรียนเจ้าหน้าที่ครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ตกลงครับ"],
        "kind": ["ให้บริษัทญาติได้งานครับ"],
        "agency": ["อบต.หนองยายพิมพ์ครับ"],
        "official": ["นายก อบต.ครับ"],
        "district": ["นางรองครับ"],
        "subdistrict": ["หนองยายพิมพ์ครับ"],
        "when": ["วันจันทร์ครับ", "30 พ.ย. ครับ"],
        "what": ["นายกให้บริษัทของน้องเขยได้งานซ่อมประปาหมู่บ้านทุกงาน ไม่มีใครแข่งได้เลยครับ"],
        "what_more": ["หมดแล้วครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่เปิดเผยครับ"],
        "summary": ["แก้วันที่เป็นเมื่อวาน", "ส่งได้ครับ", "ส่ง"],
    },
    Meant(
        kind=("conflict", "procurement"),
        agency=("อบต.หนองยายพิมพ์",),
        official=("นายก",),
        district="3104",
        subdistrict="310424",
        date=("2026-12-02", "2026-12-02"),
        story=("น้องเขย",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

WITHDRAWER = Villager(
    "แม่ศรี: files, then withdraws by typing under pressure",
    {
        "none": ["มีเรื่องจะแจ้งค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งเลยค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["กินงบค่ะ", "โกงงบค่ะ", "โกงเงินหลวง"],
        "agency": ["อบต.หนองไม้งามค่ะ"],
        "official": ["ผู้ใหญ่บ้านหมู่ 2 ค่ะ"],
        "district": ["บ้านกรวดค่ะ"],
        "subdistrict": ["หนองไม้งามค่ะ"],
        "when": ["ช่วงลอยกระทงค่ะ", "24 พ.ย. ค่ะ"],
        "what": ["งบจัดงานลอยกระทงของหมู่บ้านสามหมื่น แต่จัดจริงไม่ถึงห้าพัน ผู้ใหญ่เก็บส่วนที่เหลือค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["กรรมการหมู่บ้านรู้ค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งค่ะ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("อบต.หนองไม้งาม",),
        official=("ผู้ใหญ่บ้าน",),
        district="3108",
        subdistrict="310803",
        date=("2026-11-20", "2026-11-28"),
        story=("ลอยกระทง",),
        witnesses="กรรมการหมู่บ้าน",
        reported=False,
        anonymous=True,
    ),
    withdraws=("ขอถอนเรื่อง {ref} ค่ะ", "เขามาขู่ที่บ้าน ไม่อยากมีเรื่องค่ะ"),
)

PIN = (location_event, "ตำบลบ้านเป้า อำเภอพุทไธสง บุรีรัมย์ 31120 ประเทศไทย", 15.5452, 103.0291)

FARMER_PIN = Villager(
    "พ่อใหญ่สี: Isan farmer, shares a pin for the place",
    {
        "none": ["มีเรื่องสิแจ้งเด้อ", "แจ้งเรื่อง"],
        "story": ["แจ้งโลด"],
        "consent": ["ได้เด้อ"],
        "kind": ["เพิ่นเอาปุ๋ยหลวงไปขาย", "โกงของหลวง"],
        "agency": ["สำนักงานเกษตรอำเภอพุทไธสง"],
        "official": ["เจ้าหน้าที่เกษตร บ่ฮู้ชื่อ"],
        "district": [PIN, "พุทไธสงเด้อ"],
        "pin": ["แม่นแล้ว ตรงนั้นแหละ", "ใช่"],
        "subdistrict": ["บ้านเป้า"],
        "when": ["เดือน 11", "พฤศจิกา"],
        "what": ["ปุ๋ยที่ทางการแจกให้ชาวนา เพิ่นเอาไปขายให้ร้านในตลาด กระสอบละ 400 ชาวนาบ่ได้จักกระสอบ"],
        "what_more": ["หมดแล้วเด้อ"],
        "evidence": [photo(), "แค่นี้แหละ", "เสร็จแล้ว"],
        "witnesses": ["ร้านเจ๊หมวยในตลาดพุทไธสง"],
        "reported": ["เคยบอกนายอำเภอแล้ว บ่มีหยังเกิดขึ้น", "เคย"],
        "reported_to": ["นายอำเภอ"],
        "reported_ref": ["บ่มี"],
        "identity": ["บ่บอกชื่อเด้อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งโลด", "ส่ง"],
    },
    Meant(
        kind=("abuse", "budget"),
        agency=("สำนักงานเกษตรอำเภอพุทไธสง", "เกษตรอำเภอพุทไธสง"),
        official=("เกษตร",),
        district="3109",
        subdistrict="310906",
        date=("2026-11-01", "2026-11-30"),
        story=("ปุ๋ย",),
        witnesses="เจ๊หมวย",
        reported=True,
        reported_to="นายอำเภอ",
        anonymous=True,
        evidence=1,
    ),
    yes="แม่นแล้ว",
)

PHOTO_FIRST = Villager(
    "น้าแดง: a photo before any word",
    {
        "none": ["รูปเมื่อกี้แหละค่ะ ผู้ใหญ่บ้านเอาเสาไฟของโครงการไปปักในสวนตัวเอง", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ได้จ้า", "ยินยอม"],
        "kind": ["เอาของหลวงไปใช้ค่ะ", "โกงของหลวง"],
        "agency": ["อบต.ทุ่งวังค่ะ"],
        "official": ["ผู้ใหญ่บ้านหมู่ 8 ค่ะ"],
        "district": ["สตึกค่ะ", "สตึก"],
        "subdistrict": ["ทุ่งวังค่ะ"],
        "when": ["สองสามวันก่อนค่ะ", "3 วันก่อน"],
        "what": ["เสาไฟฟ้าโซลาร์เซลล์ของโครงการหมู่บ้าน 4 ต้น ผู้ใหญ่เอาไปปักในสวนยางตัวเองค่ะ"],
        "what_more": ["แค่นั้นค่ะ"],
        "evidence": ["ส่งไปแล้วค่ะ รูปแรก", "เสร็จแล้ว"],
        "witnesses": ["คนงานที่มาติดตั้งค่ะ", "คนงานที่มาติดตั้ง"],
        "reported": ["ยังค่ะ", "ยังไม่เคย"],
        "identity": ["ไม่บอกค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ส่งเลยจ้า", "ส่ง"],
    },
    Meant(
        kind=("budget", "abuse"),
        agency=("อบต.ทุ่งวัง",),
        official=("ผู้ใหญ่บ้าน",),
        district="3111",
        subdistrict="311103",
        date=("2026-11-29", "2026-12-01"),
        story=("เสาไฟ",),
        witnesses="คนงาน",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(photo(),),
)

VILLAGERS = {
    "grandmother": GRANDMOTHER,
    "typos_thai_digits": TYPO_YOUTH,
    "four_messages": FOUR_MESSAGES,
    "facebook_post": PASTED_POST,
    "questions_back": QUESTIONER,
    "changes_mind_twice": TWICE_CHANGED,
    "threatened": THREATENED,
    "formal_teacher": TEACHER,
    "english": ENGLISH,
    "answers_ahead": AHEAD,
    "edits_by_typing": EDITOR,
    "withdraws_by_typing": WITHDRAWER,
    "isan_pin": FARMER_PIN,
    "photo_first": PHOTO_FIRST,
}
