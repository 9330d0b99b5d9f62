"""The story first: a villager who starts by telling what happened is offered to file it,
and what they told becomes the complaint's description (never asked again)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from handlers.complaint import choices
from handlers.complaint import flow as complaint_flow
from handlers.conversations.story import HEARD_AT, NOTED, THREATS, TOLD
from handlers.conversations.story import STATE as STORY
from handlers.danger import THREAT_LENGTH, says_safe_now
from handlers.danger import THREATS as DRAFT_THREATS
from handlers.faq import found_out
from handlers.intake.answers import SURE, Answer
from handlers.menu import main_menu
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import clean, strip_particles
from handlers.understanding import (
    ANSWER,
    GREETING,
    HELP,
    NONE,
    QUESTION,
    START,
    THANKS,
    YES,
    Understanding,
    introduces,
    names_a_matter,
    names_only_a_topic,
    says_a_sum,
    tells_what_happened,
    understand,
)
from handlers.understanding.danger import flat
from handlers.understanding.lexicon import MAY_I_REPORT, RELIEF_LOST, TELL
from handlers.understanding.opening import without_courtesies
from handlers.understanding.questions import not_asked, without_worries
from handlers.understanding.values import has, word_set
from handlers.understanding.words import meaning
from storage.models import LineUser
from storage.uow import UnitOfWork

SUBSTANTIAL = 30  # characters: longer than any menu word or greeting
#: Once a story is being told, a line this long that is a plain answer goes on with it
#: ("อบต.หนองบอน เบิกงบไป 8 แสน" after "ถนนลูกรังเข้าหมู่ 5"), rather than being refused.
GOING_ON = 10
#: A bubble after this long a silence is acknowledged again (the quick ones are not).
PAUSE = timedelta(minutes=3)
ASKING = 50  # characters: "สวัสดีค่ะ มีเรื่องอยากเล่าให้ฟังหน่อยค่ะ" asks to tell; longer tells
#: Not a story: asked back, a threat, a stop, and chatter ("none" outside a question: small talk,
#: harm words in harmless use), which is never kept as what happened.
NOT_A_STORY = ("question", "danger", "withdraw", "track", "cancel", "none")
FILE_IT = (START, YES)  # at "shall I file it?", a wish to report is a yes
_TELL = word_set(TELL)
#: A line of the story that ends by asking to file it ("… แจ้งครับ", "… แจ้งเลยค่ะ").
_ENDS_FILING = re.compile(
    r"(?:^|\s|(?<=ก็))(?:แจ้ง|ยื่น)(?:เรื่อง)?(?:เลย|ได้เลย|ก็ได้|ไปเลย|ไป|โลด|ไปโลด)?\s*"
    r"(?:ละกัน|ล่ะกัน|แล้วกัน)?\s*(?:ครับ|คับ|ค่ะ|คะ|จ้า|จ้ะ|นะ|เด้อ|เนาะ)*[\s.!]*$"
    # typed in Latin letters after a yes ("ok jang krub", "okay jaeng loey ka")
    r"|^(?:ok|okay|oke|o\.k\.|dai|krub|ka)?\s*(?:jang|jaeng|chaeng|chang)\s*(?:loey|leoy|loei|dai\s*loey)?"
    r"\s*(?:krub|khrub|khrap|krap|kub|ka|kha|ja|na)?[\s.!]*$"
    # in English, after a word of agreeing ("Great, let's file it then.", "ok please file it")
    r"|^(?:(?:ok|okay|great|good|yes|yeah|sure|alright|fine|so|then)[\s,!.]+)*(?:let'?s|please)?"
    r"\s*(?:go ahead and\s+)?(?:file|report|send|submit)\s+(?:it|this|that)"
    r"(?:\s+(?:then|now|please|for me))*[\s.!]*$",
    re.I,
)
OFFER = (
    Quick("choice.file_story", "postback", "a=offer:yes"),
    Quick("choice.not_now", "postback", "a=offer:no"),
)


def under_way(uow: UnitOfWork, user: LineUser) -> bool:
    """Whether a story is being told, so that a message outside any question may be its next
    bubble (needing no complaint cue of its own): the story was asked for, a first bubble was
    kept and offered to be filed, or a complaint is being filed."""
    return STORY.is_current(user) or complaint_flow.open_draft(uow, user) is not None


def is_story(text: str | None, heard: Understanding | None = None) -> bool:
    """Text long enough to be someone telling what happened (not a question back, nor a
    threat: those are answered, never kept as the description). `heard`: the text's
    understanding outside any question, when already read."""
    if len(clean(text)) < SUBSTANTIAL:
        return False
    return (heard or understand(text or "")).intent not in NOT_A_STORY


def asks_and_tells(text: str | None, heard: Understanding | None) -> bool:
    """ "แจ้งแทนแม่ได้ไหมคะ แม่ไปรับเบี้ย… หัก 100 บาท": a question asked beside what happened
    (the question is answered, and the story kept all the same)."""
    if heard is None or heard.intent != QUESTION:
        return False
    asked = _ASKED.search(clean(text))
    # no question put in so many words ("I'm reporting on behalf of a farmer … the land office
    # told him to pay 3,000 baht"): read as one for its topic, all of it is told
    told = clean(text)[asked.end() :].strip() if asked else not_asked(clean(text))
    told = _ANOTHER_QUESTION.sub("", told).strip()  # "…ว่าเป็นป้า แล้วต้องเสียเงินไหมคะ": asked
    told = without_worries(told)  # "…ถ้าไปถึงอำเภอเขาก็เดาได้ว่าหนู": a worry, answered
    if len(told) < SUBSTANTIAL:
        return False
    values = understand(told).values
    # "แจ้งแทนพ่อแม่ได้บ่ เพิ่นอยู่บ้าน ข้อยเฮ็ดงานอยู่โรงงาน": why she asks (where each of them
    # lives and works), nothing done: the question alone, answered; the story is still to come
    return tells_what_happened(told, values) and names_a_matter(told, values)


#: A second question after the first ("แล้วต้องเสียเงินไหมคะ" to the end): asked, not told.
_ANOTHER_QUESTION = re.compile(
    r"(?:^|\s)(?:แล้วก็|แล้ว|และ|อีกอย่าง|อีกข้อ)[^\s]*(?:ไหม|มั้ย|มั๊ย|บ่|หรือเปล่า|รึเปล่า)"
    r"(?:คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้ะ|นะ)*\s*\??$"
)


#: The end of a question asked first ("…ได้ไหมคะ", "…มั้ยครับ", "?"): what follows is told.
_ASKED = re.compile(r"(?:ไหม|มั้ย|มั๊ย|บ่|หรือเปล่า|รึเปล่า)(?:คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้ะ|นะ)*|\?")


#: A sum said alone ("500", "ห้าร้อยบาท"): how much, a line of the story being told.
_SUM_ALONE = re.compile(r"^\d[\d,.]*\s*(?:บาท|baht|฿)?$", re.I)


def goes_on(text: str | None, heard: Understanding | None = None) -> bool:
    """A further line of a story being told: a story, a shorter plain statement, a sum, or a
    short fact of it ("คนละ 200", "ไม่มีใบเสร็จ": `a_short_fact`); `heard`: the text's
    understanding outside any question, when already read."""
    if is_story(text, heard) or _SUM_ALONE.match(clean(text)):
        return True
    heard = heard or understand(text or "")
    return (len(clean(text)) >= GOING_ON and heard.intent == ANSWER) or a_short_fact(text, heard)


#: How a short fact of a story may be read outside a question: a plain statement, or a "none"
#: that names what there was none of ("ไม่มีใบเสร็จ", "ไม่ให้ใบเสร็จ").
_FACT_READ = (ANSWER, NONE)


def a_short_fact(text: str | None, heard: Understanding | None) -> bool:
    """ "คนละ 200", "บ้านละ 150 บาท", "ไม่มีใบเสร็จ": a burst of a story too short to be one by
    its length, yet a fact of it (a sum, or a deed or a lack told in a few words), never a
    bare "ไม่มี" or a yes or no."""
    if heard is None or heard.intent not in _FACT_READ or not text:
        return False
    if says_a_sum(text):
        return True
    said = strip_particles(clean(text))
    if _NOTHING_NAMED.match(said):
        return False  # "ไม่มีแล้วค่ะ": nothing more to tell, no fact
    return len(said) >= GOING_ON and names_a_matter(said, heard.values)


#: A "none" that names nothing ("ไม่มีแล้ว", "ไม่มีอะไรอีก"): nothing more to tell.
_NOTHING_NAMED = re.compile(r"^(?:ไม่|บ่)(?:มี|ได้|ให้)?(?:\s|อะไร|แล้ว|อีก|เลย|เพิ่ม|เติม|ละ|จ้า|จ้ะ)*$")


def tells_in_short(heard: Understanding | None) -> bool:
    """ "ผญบ เอาเงินยาย", "ปลัดโกง", "อบต.เก็บค่าขยะเพิ่ม": too short to be a story by its
    length, yet it names who (an official or an agency) and what was done (a kind read, or a
    deed in its words): told, and offered to be filed like any story."""
    if heard is None or heard.intent != ANSWER:
        return False
    # … or, in the victim's words, money meant for them cut ("เบี้ยคนแก่ โดนหัก"): no one named
    who = "official" in heard.values or "agency" in heard.values or _relief_lost(heard.text)
    did = "kind" in heard.values or names_a_matter(heard.text, heard.values)
    return who and did


_RELIEF_LOST = re.compile(RELIEF_LOST)


def _relief_lost(text: str | None) -> bool:
    """An allowance or relief said to be cut or lost ("เบี้ยผู้สูงอายุโดนหักค่ะ")."""
    return bool(text) and bool(_RELIEF_LOST.search(clean(text)))


def wants_to_tell(text: str | None) -> bool:
    """ "สวัสดีค่ะ ขอเล่าเรื่องหน่อย": asking to tell what happened, not yet telling it."""
    return bool(text) and len(clean(text)) <= ASKING and bool(has(flat(clean(text)), _TELL))


def asks_to_report(text: str | None, heard: Understanding | None) -> bool:
    """ "Hello, can I report something in English?": a short wish to report, however unsure
    its reading, is an opening (the story is asked for), never the story itself; the greeting
    before it is not counted ("Good evening, may I report something about my school?")."""
    if not text or heard is None or heard.intent != START:
        return False
    if len(clean(text)) <= ASKING:
        return True
    # an introduction ("หวัดดีค่ะ หนูเป็นลูกสาวยายบุญมี…") is kept before the story instead
    unsaid = _GOOD_DAY.sub("", without_courtesies(text))
    return not introduces(text) and len(clean(unsaid)) <= ASKING


#: "Good evening," before an English wish to report: the greeting, not counted in its length.
_GOOD_DAY = re.compile(r"^\s*good\s+(?:morning|afternoon|evening|day)\b[\s,.!]*", re.I)


def only_introduces(text: str | None, heard: Understanding | None) -> bool:
    """ "สวัสดีครับ ผมเป็นไวยาวัจกรวัด หลวงพ่อให้มาแจ้งแทนวัด": long enough to be a story, but
    it says who is reporting and for whom, not what happened (that is asked for)."""
    heard = heard or understand(text or "")
    said = is_story(text, heard) or (introduces(text) and heard.intent not in NOT_A_STORY)
    return said and not tells_what_happened(text, heard.values)


#: Whether one may report it, asked after the story ("… แจ้งได้ไหมคะ", "… แจ้งเรื่องนี้ได้บ่"),
#: a word pointing back at what was told allowed before it (read flattened).
_MAY_I_REPORT_AFTER = re.compile(rf"^(?:แบบนี้|อย่างนี้|อันนี้|แบบนั้น|อย่างนั้น|งี้)?(?:{MAY_I_REPORT})")
#: The last words of a story looked at for that question.
_ASKED_IN = 4


def told_with_the_wish(text: str | None, heard: Understanding | None) -> str | None:
    """ "ผู้ใหญ่บ้านเก็บเงินค่าน้ำคนละ 200 ไม่มีใบเสร็จ แจ้งได้ไหม?": a story told with the question
    whether it may be reported, read as a wish to report (the filing begins): the story, the
    question taken off, which the filing keeps as what happened; None when no such question
    ends it or it tells nothing done (an introduction, a topic)."""
    if heard is None or heard.intent != START or not text:
        return None
    words = text.split()
    asked = next(
        (
            last
            for last in range(1, min(_ASKED_IN, len(words) - 1) + 1)
            if _MAY_I_REPORT_AFTER.match(flat(clean(" ".join(words[-last:]))))
        ),
        None,
    )
    if asked is None:  # "แจ้งเรื่องขุดลอกคลองครับ": a wish and its topic, what happened is asked
        return None
    told = " ".join(words[:-asked])
    if names_only_a_topic(told) or not names_a_matter(told, heard.values):
        return None
    return told if tells_what_happened(told, heard.values) else None


def is_greeting(text: str | None, heard: Understanding | None) -> bool:
    """ "หวัดดีครับ 🙏", "สวัสดีค่ะ": a greeting, which never ends a story being told."""
    return bool(text) and heard is not None and heard.intent == GREETING


def invite(user: LineUser, opening: str = "") -> list[Out]:
    """Ask for the story, which the lines that follow tell (then offered to be filed); an
    `opening` that introduced the person is kept to go before it."""
    STORY.begin(user, **{TOLD: opening.strip()})
    return [Say("story.invite", quick=OFFER)]


def offer(user: LineUser, text: str, now: datetime) -> list[Out]:
    """Keep what was told and offer to file it as a complaint; a story told over several
    bubbles (`now`: when this one came) is offered once, the next bubble acknowledged in
    short, and the later ones only after a pause."""
    told = STORY.get(user, TOLD) if STORY.is_current(user) else None
    story = f"{told}\n{text.strip()}" if told else text.strip()
    went_on = bool(told) and not only_introduces(told, None)  # what happened was told before
    last, noted = STORY.get(user, HEARD_AT), STORY.get(user, NOTED, False)
    at = now.timestamp()
    STORY.begin(user, **{TOLD: story, HEARD_AT: at, NOTED: noted or went_on})
    if only_introduces(story, None):  # still only who is reporting: the story is asked for
        return [Say("story.invite", quick=OFFER)]
    if not went_on:
        return [Say("story.offer", quick=OFFER)]
    if not noted:
        return [Say("story.noted", quick=OFFER)]
    paused = last is None or at - last >= PAUSE.total_seconds()
    if paused:
        return [Say("story.still_listening", quick=OFFER)]
    # every bubble is answered, in a few words that differ each time (its number in the story)
    return [Say("story.kept_line", {"count": story.count("\n") + 1}, quick=OFFER)]


def answer(
    uow: UnitOfWork, user: LineUser, text: str | None, fields: dict, heard: Understanding | None
) -> list[Out] | None:
    """The answer to "shall I file what you told me?" (`heard`: the text's understanding);
    None when it is not this offer's to answer (the menu's how-to)."""
    if meaning(text or "") == HELP or (asks_for_help(text, heard) and not _told(user)):
        return None  # "วิธีใช้", or help asked before anything was told: the how-to, as anywhere
    step, _, value = fields.get("a", "").partition(":")
    picked = choices.pick(Answer(text=text, step=step or None, choice=value or None), "offer")
    if picked is None and STORY.get(user, TOLD) and _ENDS_FILING.search(clean(text)):
        # "ยายว่า 'เอิง' แปลว่าใช่ครับ แจ้งครับ": the line ends asking to file (kept with the
        # story); "เออ แจ้งเด้อ", "โอเค แจ้งก็ได้ครับ" are only the yes, no line of it
        if not only_a_yes(text):
            STORY.begin(user, **{TOLD: f"{STORY.get(user, TOLD)}\n{(text or '').strip()}"})
        picked = "yes"
    if picked is None and not only_introduces(text, heard) and yes_and_no_more(text, heard):
        picked = "yes"  # "แจ้งเป็นเรื่องเลยค่ะ พวกเราตกลงกันแล้ว": a yes in more words, nothing told
    if picked is None and (goes_on(text, heard) or only_introduces(text, heard)):
        # "หลวงพ่อให้มาแจ้งแทนวัด": who, not a wish to file now
        return offer(user, text or "", uow.now())
    if picked is None and heard is not None and heard.intent in FILE_IT:
        picked = "yes"  # "jaeng khrap", "แจ้งเลยจ้า": to file is what they ask
    if picked is None and says_yes_to_the_offer(text):
        picked = "yes"  # "จ๊ะ แจ้งจ๊ะ ขะยมตั้งใจมา", "บาด แจ้งเลยจ๊ะ": a yes word first, any dialect
    story = STORY.get(user, TOLD)
    told = bool(story) and not only_introduces(story, None)  # more than who is reporting
    if picked is None and is_greeting(text, heard):
        # "หวัดดีครับ" between bubbles: greeted, and the telling goes on (nothing told yet:
        # asked for it again)
        return [Say("story.hello" if told else "story.invite", quick=OFFER)]
    if picked is None and told and heard is not None and heard.intent == THANKS:
        return [Say("story.thanked", quick=OFFER)]  # "ขอบคุณที่รับฟัง": the telling is over
    if picked is None:
        asking = heard is not None and heard.intent == QUESTION  # answered, then asked again
        if told and asks_for_help(text, heard):
            # "หนูควรทำยังไงดีคะ" after the story: what filing it means, and the offer again
            # (walk39: the general how-to, and the story dropped)
            return [Say("help.step.offer"), Say("story.reask", quick=OFFER)]
        said = (
            found_out(heard, told=told)
            or complaint_flow.faq_answer(heard.value("faq"), uow.settings.retention_identity_days)
            if asking
            else None
        )
        if asking and said is None:  # "ห๊ะ แจ้งอีหยัง": what filing means, in plain words
            said = Say("help.step.offer")
        again = Say("story.reask" if told else "story.invite", quick=OFFER)
        return [said, again] if said else [again]
    if picked == "no":
        STORY.end(user)
        return [Say("story.not_now", quick=main_menu())]
    replies = file_it(uow, user, story)
    complaint_flow.keep_name_out(uow, user, heard)  # "แจ้งค่ะ แต่ไม่บอกชื่อนะคะ"
    return replies


def asks_for_help(text: str | None, heard: Understanding | None) -> bool:
    """Help asked in words ("หนูควรทำยังไงดีคะ"), not the menu's word for it ("วิธีใช้")."""
    return heard is not None and heard.intent == HELP and meaning(text or "") != HELP


def _told(user: LineUser) -> bool:
    """Whether more than who is reporting was told in the story under way."""
    story = STORY.get(user, TOLD) if STORY.is_current(user) else None
    return bool(story) and not only_introduces(story, None)


def file_it(uow: UnitOfWork, user: LineUser, story: str | None) -> list[Out]:
    """Begin the complaint with `story` as what happened, the threats told beside it kept
    for the chair (the story offer is over)."""
    threats = STORY.get(user, THREATS, []) if STORY.is_current(user) else []
    STORY.end(user)
    replies = complaint_flow.start(uow, user, story=story)
    draft = complaint_flow.open_draft(uow, user)
    if threats and draft is not None:  # the chair reads them on the complaint's timeline
        draft.data = {**draft.data, DRAFT_THREATS: [*draft.data.get(DRAFT_THREATS, []), *threats]}
    return replies


def told_so_far(user: LineUser, told: str) -> str:
    """What was told before this (the story being told, if any) and `told` after it."""
    before = STORY.get(user, TOLD) if STORY.is_current(user) else None
    return "\n".join(filter(None, [before, told]))


def only_a_yes(text: str | None) -> bool:
    """ "เออ แจ้งเด้อ", "ได้ค่ะ แจ้งไปเลย": a yes word or none before asking to file, nothing told."""
    before = _GIVING_IN.sub("", _ENDS_FILING.sub("", clean(text)).strip()).strip()
    return not before or says_yes_to_the_offer(before)


def yes_and_no_more(text: str | None, heard: Understanding | None) -> bool:
    """ "yes please file it", "ได้ค่ะ แจ้งเลย พวกเราตกลงกันแล้ว": surely a yes to "shall I file
    it?", in more words that tell nothing done; "ใช่ค่ะ แล้วเขาก็เก็บอีก 200" goes on instead."""
    if not says_yes_to_the_offer(text) or _GOES_ON.search(clean(text)):
        return False
    return not names_a_matter(text, heard.values if heard is not None else None)


#: A line that carries the story on ("แล้วก็…", "อีกเรื่อง…", "and he also…"), after a yes or not.
_GOES_ON = re.compile(
    r"(?:^|\s)(?:แล้ว(?!\s*(?:ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า)?\s*$)|และ|อีก|ส่วน)"
    r"|\b(?:and|also|then he|then she)\b",
    re.I,
)


#: "งั้นก็", "เอาวะ": giving in before asking to file, nothing of the story.
_GIVING_IN = re.compile(r"^(?:ถ้า)?(?:งั้น|งั้นก็|ก็|เอาวะ|เอาเถอะ|เอา)?\s*(?:ก็)?$")


def says_yes_to_the_offer(text: str | None) -> bool:
    """The text, read as the answer to "shall I file what you told me?", is surely a yes."""
    if not text or not text.strip():
        return False
    heard = understand(text.strip(), expecting="offer")
    return heard.intent == YES and heard.confidence >= SURE


def threat_told(user: LineUser, text: str, heard: Understanding | None = None) -> bool:
    """A line read as a threat while a story is told: kept beside the story (with the filing
    it goes to the chair; said after to be no threat, it joins the story). One that also
    tells the misconduct itself (`heard`: a kind read surely from it, walk29's "กำนันให้หนูทำ
    รายชื่อคนเข้าอบรมปลอม … ให้ลงชื่อ 60 คน") joins the story as well: the safety answer comes
    first, and what happened is still the details. Whether a story was being told."""
    if not STORY.is_current(user) or not STORY.get(user, TOLD):
        return False
    STORY.begin(user, **{THREATS: [*STORY.get(user, THREATS, []), text[:THREAT_LENGTH]]})
    kind = heard.values.get("kind") if heard is not None else None
    if kind is not None and tells_what_happened(text, heard.values):
        STORY.begin(user, **{TOLD: f"{STORY.get(user, TOLD)}\n{text.strip()}"})
    return True


def no_threat_after_all(user: LineUser, text: str | None) -> list[Out] | None:
    """ "ไม่ได้อันตรายครับ หมายถึง…" after a line of the story was read as a threat: the lines
    join the story they were part of, and the telling goes on. None when it is not that."""
    threats = STORY.get(user, THREATS, []) if STORY.is_current(user) else []
    if not threats or not says_safe_now(text):
        return None
    kept = STORY.get(user, TOLD) or ""
    lines = kept.splitlines()
    told = "\n".join([kept, *(t for t in threats if t.strip() not in lines)]).strip()
    STORY.begin(user, **{TOLD: told, THREATS: []})
    return [Say("story.safe_kept", quick=OFFER)]
