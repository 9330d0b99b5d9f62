"""The complaint conversation engine: runs the step table over a draft kept in the database."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import func, select

from handlers import danger
from handlers.complaint import choices, understood
from handlers.complaint.steps import (
    ASK_QUICK,
    BEFORE_CONSENT,
    EDITABLE,
    FIRST_STEP,
    KEPT_FIELDS,
    NUMBERED,
    OPENING,
    PARENT,
    STEPS,
    Problem,
    StepContext,
    told_text,
)
from handlers.complaint.submission import submit_draft
from handlers.conversations.reopen import DRAFT as REOPEN_DRAFT
from handlers.conversations.reopen import STATE as REOPEN
from handlers.conversations.turn import Turn
from handlers.events import Incoming
from handlers.intake.answers import Answer, read_answer
from handlers.intake.evidence_limits import refusal
from handlers.intake.fields import completeness
from handlers.menu import main_menu
from handlers.privacy import consent as privacy_consent
from handlers.privacy.notice import privacy_url
from handlers.privacy.unsend import remember_source
from handlers.protection import CONTACTS
from handlers.replies import Card, Day, Named, Out, Quick, Say, T
from handlers.thai import phone as thai_phone
from handlers.thai.in_english import named_agency, named_place
from handlers.thai.normalise import compact
from handlers.understanding import FAQS, Understanding, introduces, tells_what_happened
from handlers.understanding.romanised import in_thai
from handlers.understanding.values import AS_ASKED, denied_and_meant
from handlers.understanding.words import meaning
from storage.evidence import TICKET_SALT, new_ticket_salt, record_pending
from storage.models import Draft, Evidence, LineUser
from storage.uow import UnitOfWork
from storage.users import open_draft_of, remember_open_draft

GLOBAL_WORDS = ("cancel", "back", "restart", "help", "continue")
WELCOME_BACK_AFTER = timedelta(hours=6)  # a pause this long is "coming back later"
REOPEN_WITHIN = timedelta(days=30)  # a cancelled or expired draft can be taken up again
TOLD_BY = ("audio", "video")  # a voice message or video at "what happened" is the telling
STORY_BUBBLES = "_story_bubbles"  # bubbles of the story added in a row after its question
# Questions back answered from the catalogue (faq.*), then the question again.
FAQ = tuple(topic for topic in FAQS if topic != "other")
# Questions at which a long message is the story told early (kept as the description).
STORY_STEPS = ("kind", "agency", "official", "district", "subdistrict", "when")
STORY_LENGTH = 60  # characters: longer than any name, place or date people type
SAID_THAT = "ว่า"  # "บอกไปแล้วว่า X": X is what was said
#: "แก้ข้อ 3 เป็น X", "เปลี่ยนอำเภอเป็น X", "edit 3 to X", "ข้อ 3 ไม่ถูก ที่ถูกคือ X", "ข้อ 2
#: บ่แม่นเด้อ แม่น X" (Isan "it is"), "number 3 is wrong, it should be X": the field before
#: it, its new value after.
SET_TO = re.compile(
    r"เป็น|ที่ถูก(?:ต้อง)?คือ|(?<!บ่)(?<!บ่\s)(?<=\s)แม่น(?=\S)"
    r"|\sto\s|[\s,]+(?:it\s+)?should\s+be\s|[\s,]+it(?:'s|\s+is|\s+was)\s"
    # after "wrong": "number 3 is wrong, the official is X"
    r"|(?:(?<=wrong)|(?<=right)|(?<=correct))[,;.]\s*(?:the\s+)?[a-z]+\s+(?:is|was)\s",
    re.I,
)
#: Fields whose new value is the words given as they are (not a value picked out of them).
FIELD_NAMED = 0.85  # how sure the words before "เป็น" name a field ("วันที่", "ข้อ 3")
SAID_AS_IS = ("agency", "official", "witnesses")
#: The value each question's answer is read into, where it is not named as the step.
EXPECTED_VALUE = {"when": "date", "what": "kind"}
ANSWERS = ("answer", "none", "yes", "no", "done")  # intents a step takes as its answer
RESUME = (
    Quick("choice.continue", "postback", "a=flow:continue"),
    Quick("choice.restart", "postback", "a=flow:restart"),
)
# Typed names of the fields, to edit or add one from the summary ("พยาน", "หลักฐาน", …):
# the Thai word shown, the English word shown, then other words people use.
FIELD_WORDS = {
    "kind": ("ประเภท", "kind", "ประเภทเรื่อง"),
    "agency": ("หน่วยงาน", "office", "agency"),
    "official": ("คนที่ทำ", "who", "ผู้ถูกร้องเรียน", "ใคร", "official"),
    "district": ("สถานที่", "place", "ที่ไหน", "อำเภอ", "ตำบล"),
    "when": ("วันที่", "date", "วัน", "เมื่อไร", "when"),
    "what": ("เล่าเพิ่ม", "story", "รายละเอียด", "เรื่องที่เกิด", "what happened"),
    "evidence": ("หลักฐาน", "evidence", "รูป"),
    "witnesses": ("พยาน", "witness", "witnesses"),
    "reported": ("แจ้งที่อื่น", "reported", "เคยแจ้งที่อื่น"),
    "identity": ("ชื่อ", "name", "ผู้แจ้ง", "เบอร์", "identity", "contact"),
}
_FIELD_KEYS = {compact(w): name for name, words in FIELD_WORDS.items() for w in words}


def open_draft(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The user's unfinished complaint, if any."""
    return open_draft_of(uow, user)


def start(uow: UnitOfWork, user: LineUser, story: str | None = None) -> list[Out]:
    """Begin a complaint (with the story already told, if any), or offer to continue the
    one left unfinished or cancelled."""
    draft = open_draft(uow, user)
    if draft is not None:
        return [Say("flow.resume", {"number": _number(draft.step)}, quick=RESUME)]
    if story is None:
        closed = _reopenable(uow, user)
        if closed is not None:
            REOPEN.begin(user, **{REOPEN_DRAFT: closed.id})
            day = Day(closed.updated_at.astimezone(uow.settings.tz).date().isoformat())
            return [Say("flow.reopen_offer", {"date": day}, quick=RESUME)]
    return start_new(uow, user, story)


def _reopenable(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The person's latest cancelled or expired draft with answers in it, if recent."""
    stmt = (
        select(Draft)
        .where(
            Draft.user_id == user.id,
            Draft.status.in_(("cancelled", "expired")),
            Draft.updated_at >= uow.now() - REOPEN_WITHIN,
        )
        .order_by(Draft.updated_at.desc())
        .limit(1)
    )
    draft = uow.session.scalars(stmt).first()
    return draft if draft is not None and len(draft.history) > 1 else None


def answer_reopen(uow: UnitOfWork, user: LineUser, event: Incoming) -> list[Out]:
    """The answer to "take up the cancelled complaint again?"."""
    draft_id = REOPEN.get(user, REOPEN_DRAFT)
    REOPEN.end(user)
    picked = choices.pick(_resume_answer(event), "resume")
    draft = uow.session.get(Draft, draft_id) if draft_id else None
    if picked == "continue" and draft is not None and draft.status in ("cancelled", "expired"):
        draft.status, draft.closed_at = "open", None
        draft.updated_at = uow.now()
        remember_open_draft(uow, user, draft)
        return [Say("flow.reopened")] + ask(uow, draft)
    if picked is None:
        return [Say("menu.unknown", quick=main_menu())]
    return start_new(uow, user)


def _resume_answer(event: Incoming) -> Answer:
    answer = read_answer(event)
    if answer.step == "flow":
        return Answer(step="resume", choice=answer.choice)
    return answer


def start_new(uow: UnitOfWork, user: LineUser, story: str | None = None) -> list[Out]:
    """A new complaint (with the story already told, if any); nothing earlier is offered.
    What the story says (kind, agency, place, date …) fills its fields, said back once."""
    story = told_text(story) if story else story
    read = understood.read(story, "what", uow.today()) if story else None
    told = read is not None and tells_what_happened(story, read.values)
    data = {"description": story, "told_first": True} if told else {}
    if story and not told and introduces(story):
        data[OPENING] = story.strip()  # who is reporting, for whom: goes before the story
    if read is not None and not told:  # an opening's places are the teller's, not the scene
        read = replace(read, values={n: v for n, v in read.values.items() if n in WHOM})
    taken = understood.volunteered(data, read, uow.settings.geography)
    said = understood.said_back(data, taken, read)
    data[TICKET_SALT] = new_ticket_salt()
    now = uow.now()
    draft = Draft(
        user_id=user.id, step=FIRST_STEP, history=[], data=data, created_at=now, updated_at=now
    )
    uow.session.add(draft)
    uow.session.flush()
    remember_open_draft(uow, user, draft)
    return [Say("flow.intro_story" if told else "flow.intro"), *said] + ask(uow, draft)


#: What an opening that only introduces keeps: whom and what kind it names ("อยากแจ้งเรื่อง
#: กำนัน"); an agency or a place in it is most often the teller's own ("ครูโรงเรียนบ้าน…").
WHOM = ("official", "kind")


def evidence_count(uow: UnitOfWork, draft: Draft) -> int:
    """How many evidence files this draft has received."""
    cached = uow.cache.get(("evidence_count", draft.id))
    if cached is not None:
        return cached
    stmt = select(func.count(Evidence.id)).where(Evidence.draft_id == draft.id)
    count = uow.cache[("evidence_count", draft.id)] = uow.session.scalar(stmt) or 0
    return count


def _context(uow: UnitOfWork, draft: Draft) -> StepContext:
    return StepContext(
        dict(draft.data),
        uow.today(),
        uow.vault,
        lambda: evidence_count(uow, draft),
        uow.settings.geography,
    )


def _number(step: str) -> int:
    """The question's number as people see it ("ข้อ 7")."""
    return NUMBERED.index(step) + 1 if step in NUMBERED else len(NUMBERED)


def ask(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The question of the draft's current step (the summary card at the end)."""
    if draft.step == "summary":
        return summary(uow, draft)
    items = STEPS[draft.step].ask(_context(uow, draft))
    if draft.step == "consent":  # the full notice is one tap away before anyone agrees
        url = privacy_url(uow)
        items = [Say(i.key, {**i.params, "url": url}, i.quick) for i in items]
    return items


def where(draft: Draft) -> Say:
    """ "You were at question N (what it asks)"."""
    return Say("flow.where", {"number": _number(draft.step), "step": T(f"step.{draft.step}")})


def handle(uow: UnitOfWork, user: LineUser, draft: Draft, turn: Turn) -> list[Out]:
    """One event while a complaint is being written (its text understood once, in `turn`)."""
    before, step = dict(draft.data), draft.step
    away = uow.now() - draft.updated_at
    replies = _handle(uow, user, draft, turn, away >= WELCOME_BACK_AFTER)
    if draft.status == "open":
        remember_source(draft, turn.event.message_id, before)
    if step == "consent" and (draft.step != "consent" or draft.status == "declined"):
        privacy_consent.note_complaint_consent(uow, user, draft.status != "declined")
    if draft.status == "submitted":
        return replies  # its times were set by the submission (one for every sent draft)
    # Touched last, so the draft is written once with everything that changed.
    draft.updated_at = uow.now()
    draft.reminded_at = None
    return replies


def _handle(
    uow: UnitOfWork, user: LineUser, draft: Draft, turn: Turn, back_later: bool
) -> list[Out]:
    event = turn.event
    answer = read_answer(event)
    if answer.text:
        heard = turn.heard(draft.step)
        if heard is None:
            heard = understood.read(answer.text, draft.step, uow.today())
        answer = replace(answer, understood=heard)
        answer = _spelled_in_thai(answer, draft.step, uow.today())
    if turn.after_safety and answer.intent == "danger":  # said again after the safety answer
        answer = replace(answer, understood=replace(answer.understood, intent="answer"))
    word = meaning(answer.text) if answer.text else None
    if draft.data.get("_confirm") == "cancel":
        return _confirm_cancel(uow, draft, answer)
    if answer.step == "flow" or word in GLOBAL_WORDS:
        return _global(uow, user, draft, answer.choice or word)
    if answer.media:
        return _evidence(uow, draft, event)
    if answer.step == "edit" and answer.choice in EDITABLE:
        return _goto(uow, draft, answer.choice, reopen=True)
    if answer.is_location and draft.step not in ("district", "summary"):
        return _pin_shared(uow, draft, answer)
    talk = _talk(uow, user, draft, answer, back_later)
    if talk is not None:
        return talk
    if draft.step == "summary":
        return _summary_action(uow, user, draft, answer)
    if answer.step == "summary":
        return [Say("problem.wrong_kind.text")] + ask(uow, draft)
    if answer.other or (answer.step and answer.step not in (draft.step, "*")):
        return [Say(f"problem.wrong_kind.{STEPS[draft.step].wants}")] + ask(uow, draft)
    return _take(uow, draft, answer, back_later, turn.after_safety)


def _take(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool = False, after_safety=False
) -> list[Out]:
    """The answer to the current question: stored, with whatever else the message said.
    Right after the safety answer, what is no answer ("ปลอดภัยแล้ว ทำต่อเลย") goes on."""
    ctx = _context(uow, draft)
    result = STEPS[draft.step].take(ctx, answer)
    if isinstance(result, Problem) and after_safety:
        return [Say("safety.going_on", dict(CONTACTS))] + ask(uow, draft)
    if isinstance(result, Problem) and draft.step == FIRST_STEP and _tells_matter(answer):
        return _kept_before_consent(uow, draft, answer)
    if isinstance(result, Problem) and _story_goes_on(draft, answer):
        return _added_to_story(uow, draft, answer)
    if isinstance(result, Problem) and _told_instead(draft, answer):
        return _story_kept(uow, draft, answer)
    if isinstance(result, Problem):
        kept = _kept_for_later(uow, draft, ctx, answer)
        if kept is not None:
            return kept
    if isinstance(result, Problem):
        draft.data = ctx.data  # keeps suggestions offered, so "1" or "ใช่" can pick one
        say = Say(result.key, result.params or {}, result.quick)
        if result.key.startswith("reask.") or result.quick:
            return [say]
        if back_later:
            return [Say("flow.welcome_back", quick=RESUME), where(draft)]
        if result.key == "problem.not_an_answer":
            return [where(draft)] + ask(uow, draft)
        return [say] + ask(uow, draft)
    ctx.data.pop("_suggested", None)
    ctx.data.pop(STORY_BUBBLES, None)
    if _story_early(draft.step, answer) and "description" not in ctx.data:
        ctx.data["description"] = told_text(answer.text)  # a story given early is the story
    taken = understood.volunteered(ctx.data, answer.understood, ctx.geography)
    draft.data = ctx.data
    if result == "declined":
        _close(uow, draft, "declined")
        return [Say("flow.declined", quick=main_menu())]
    said = understood.said_back(ctx.data, taken, answer.understood)
    return list(ctx.notes) + said + _goto(uow, draft, result)


#: Values that make a line at the consent question part of the matter, not a stray word.
MATTER = ("kind", "agency", "official", "district", "subdistrict", "date")
MATTER_LENGTH = 10  # characters: a plain statement this long is told, not a slip


def _tells_matter(answer: Answer) -> bool:
    """A line that is no yes or no but tells the matter ("ผู้ใหญ่บ้านหมู่ 5", "บ้านหนองแวง
    อ.นางรอง", "เขาเอาเงินค่าถนนไป"): sent in bubbles before the consent question was answered."""
    heard = answer.understood
    if heard is None or not answer.text or heard.intent != "answer":
        return False
    named = any(name in heard.values for name in MATTER)
    return named or len(compact(answer.text)) >= MATTER_LENGTH


#: The questions right after the story, where its next bubble may still arrive.
AFTER_STORY = ("what", "what_more", "evidence")


def _story_goes_on(draft: Draft, answer: Answer) -> bool:
    """A story told in several bubbles: a plain statement that is no answer to the question
    asked just after it ("ทั้งที่ขึ้นทะเบียนฟรีค่ะ" at the evidence question) goes on with it."""
    after = bool(draft.history) and draft.history[-1] in AFTER_STORY
    evidence_talk = answer.value("evidence") is not None  # "ส่งทีหลัง", "ไม่มีรูป"
    if any(answer.value(name) for name in KEPT_FOR_LATER):
        return False  # "นางสมศรีก็เห็นด้วย": a witness, kept for the witness question
    return draft.step == "evidence" and after and not evidence_talk and _tells_matter(answer)


def _added_to_story(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """The bubble joins the story (and the fields it names are taken): noted after the
    first, a shorter word after the second, nothing after later ones but what they named
    (the question was just asked: the same words each bubble read as not heard)."""
    data = dict(draft.data)
    data["description"] = "\n".join(
        filter(None, (data.get("description"), told_text(answer.text or "")))
    )
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    before = data.get(STORY_BUBBLES, 0)
    data[STORY_BUBBLES] = before + 1
    draft.data = data
    said = understood.said_back(data, taken, answer.understood)
    noted = ("note.story_added", "note.story_added_again")
    return [Say(noted[before]), *said] if before < len(noted) else said


def _told_instead(draft: Draft, answer: Answer) -> bool:
    """A story told at an early question that it does not answer ("A teacher … is charging
    parents 300 baht … It happened last Tuesday." at the kind question): no story kept yet,
    and the text long and telling what happened."""
    text = answer.text or ""
    if draft.step not in STORY_STEPS or draft.data.get("description") or len(text) < STORY_LENGTH:
        return False
    heard = answer.understood
    return (
        heard is not None and heard.intent == "answer" and tells_what_happened(text, heard.values)
    )


def _story_kept(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """The story is kept (and the fields it names filled, said back), so neither it nor its
    date is asked again; the question it did not answer is asked once more."""
    data = {**draft.data, "description": told_text(answer.text or "")}
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    draft.data = data
    said = understood.said_back(data, taken, answer.understood)
    return [Say("note.story_kept"), *said] + ask(uow, draft)


def _kept_for_later(
    uow: UnitOfWork, draft: Draft, ctx: StepContext, answer: Answer
) -> list[Out] | None:
    """No answer to this question, but another's, not yet given ("นางสมศรีก็เห็นด้วย", "ยังไม่เคย
    แจ้งที่ไหน" at the evidence question): kept for that question, said back, and this one
    asked again (never a refusal, nor the next answer sliding one question along)."""
    heard = answer.understood
    if heard is None or heard.intent != "answer":
        return None
    later = {name: found for name, found in heard.values.items() if name in KEPT_FOR_LATER}
    data = dict(ctx.data)
    taken = understood.volunteered(data, replace(heard, values=later), uow.settings.geography)
    if not taken:
        return None
    draft.data = data
    return understood.said_back(data, taken, heard) + ask(uow, draft)


#: The answers to later questions a message at another question is kept for.
KEPT_FOR_LATER = ("witnesses", "reported")


def _kept_before_consent(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """A bubble of the matter at the consent question: kept for the story and the fields it
    names, and consent asked again, gently, once; the next bubble is acknowledged with a
    word on consent, later ones in one short word (the same long words each bubble read as
    not heard), its buttons each time."""
    data = dict(draft.data)
    told = "\n".join(filter(None, (data.get(BEFORE_CONSENT), answer.text.strip())))
    data[BEFORE_CONSENT] = told
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    data[KEPT_FIELDS] = [*data.get(KEPT_FIELDS, []), *taken]
    asked = data.get("_consent_asked_again", False)
    data["_consent_asked_again"] = True
    before = data.get(STORY_BUBBLES, 0)
    data[STORY_BUBBLES] = before + 1
    draft.data = data
    key = "flow.kept_more" if asked else "flow.kept_before_consent"
    return [Say("flow.kept_short" if before >= 2 else key, quick=ASK_QUICK[FIRST_STEP])]


def _spelled_in_thai(answer: Answer, step: str, today) -> Answer:
    """Thai typed in Latin letters ("mai mee khrap", "muea wan") read as the Thai it spells,
    when that reading is an answer of its own (a choice, a date, a place, "ไม่มี"); a name or a
    story stays as it was typed."""
    if answer.understood is not None and _carries(answer.understood, step):
        return answer  # "Nong Khu" is already the place asked for (not หนองขู่, "threaten")
    thai = in_thai(answer.text or "")
    again = understood.read(thai, step, today) if thai else None
    if again is None or (again.intent == "answer" and not _carries(again, step)):
        return answer
    if again.intent == "danger":
        return answer  # danger is read from what was typed (dispatch), never from a guess
    return replace(answer, text=thai, understood=again)


def _pin_shared(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """A place shared at any question: it answers where (asked whether it is the scene),
    then the conversation goes on from there."""
    ctx = _context(uow, draft)
    result = STEPS["district"].take(ctx, answer)
    if isinstance(result, Problem):
        return [Say(result.key, result.params or {}, result.quick)] + ask(uow, draft)
    draft.data = ctx.data
    return _goto(uow, draft, result, reopen=True)


def _story_early(step: str, answer: Answer) -> bool:
    """A long message that tells what happened (a kind of misconduct is in it), typed at
    an earlier question: a story or a pasted post."""
    told = len(answer.text or "") >= STORY_LENGTH and answer.value("kind") is not None
    return step in STORY_STEPS and told


def _talk(
    uow: UnitOfWork, user: LineUser, draft: Draft, answer: Answer, back_later: bool
) -> list[Out] | None:
    """A message about the conversation, not an answer to the question: never stored."""
    intent = answer.intent
    if intent == "danger":  # answered in dispatch; never taken as an answer
        return [where(draft)] + ask(uow, draft)
    if intent == "question":  # another question: what this one wants, and it again
        said = _known_already(draft, answer) or faq_answer(answer.value("faq"))
        said = said or Say(f"help.step.{draft.step}")
        return [said] + ask(uow, draft)
    if intent in ("answer", "edit", "no", "change_mind"):
        denied = _denied_value(uow, draft, answer)  # "ไม่ใช่หมอ เป็น ผอ.รพ.สต.", at any question
        if denied is not None:
            return denied
    if intent in ("edit", "change_mind"):
        return _edit(uow, draft, answer)
    if intent == "already_said" and answer.value("identity") and draft.step in _NAMING:
        return _edit(uow, draft, answer)  # "ไม่บอกแล้วค่ะ": not "told already", but no name
    if intent == "already_said":
        return _already_said(uow, draft, answer)
    if intent in ("cancel", "withdraw"):  # "ขอถอนเรื่อง" while filing: this draft, confirmed
        return cancel(uow, user, draft)
    if intent == "help":
        return _global(uow, user, draft, "help")
    if intent in ("greeting", "start") or word_is_greeting(answer):
        key = "flow.welcome_back" if back_later else "flow.hello_again"
        return [Say(key, quick=RESUME), where(draft)]
    if intent == "remark":  # a sigh, "รอแป๊บ": no hurry, and the same question
        return [Say("flow.take_your_time")] + ask(uow, draft)
    if intent in ("thanks", "track"):
        return [where(draft)] + ask(uow, draft)
    return None


def _known_already(draft: Draft, answer: Answer) -> Say | None:
    """ "Will they know it was me?" from someone who told of a threat while filing: they may
    know already, so what the committee does, not "they will not be told who reported"."""
    if answer.value("faq") != "will_they_know" or not draft.data.get(danger.THREATS):
        return None
    return Say("safety.known_already", dict(CONTACTS))


def faq_answer(topic: object, quick: tuple = ()) -> Say | None:
    """The catalogue's answer to a question back about reporting (must I give my name, is
    it free …), or None when it is not one of those."""
    return Say(f"faq.{topic}", quick=quick) if topic in FAQ else None


def word_is_greeting(answer: Answer) -> bool:
    """ "สวัสดี", "เมนู": a greeting mid-complaint says where the person is."""
    return bool(answer.text) and meaning(answer.text) == "menu"


def _field_step(field: object, fallback: str) -> str:
    """The step that asks a field named by word or by its number in the summary."""
    if isinstance(field, int) and not isinstance(field, bool):
        return EDITABLE[field - 1] if 1 <= field <= len(EDITABLE) else fallback
    if field == "name":
        return "identity"
    return field if field in STEPS and field != "summary" else fallback


def _edit(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "แก้วันที่", "แก้ 3", "เปลี่ยนอำเภอเป็นนางรอง", "เปลี่ยนใจ ไม่บอกชื่อดีกว่า"."""
    here = PARENT.get(draft.step, draft.step)
    field = answer.value("field")
    named, given = _set_to(uow, answer)
    field = named if named is not None else field
    if field is None and answer.intent == "edit" and draft.step == "summary":
        draft.data = {**draft.data, "_pick_field": True}
        return _pick_field()
    if field is None and answer.intent == "change_mind" and draft.history:
        here = PARENT.get(draft.history[-1], draft.history[-1])  # the answer just given
    step = _field_step(field, here)
    if step == "summary":
        return _pick_field()
    if given and step != "identity":
        again = understood.read(given, step, uow.today())
        as_said = step in SAID_AS_IS
        if named is None and as_said:
            pass  # "I want to add a witness": no field named before "to", no value after it
        elif as_said or (again is not None and _carries(again, step)):
            # "แก้ข้อ 3 เป็น ประธานกองทุน", "ไม่ใช่เมื่อวาน เป็นวันจันทร์": the value after "เป็น"
            return _take_at(uow, draft, step, replace(answer, text=given))
    if given and step == "identity" and answer.value("identity") is None:
        return _new_name_or_phone(uow, draft, replace(answer, text=given))
    data, taken = _changes(uow, draft, answer, step)
    if answer.value("identity") and step == "identity":
        anonymous = answer.value("identity") == "anonymous"
        data.update(anonymous=anonymous)
        if anonymous:
            data.update(name_enc=None, phone_enc=None)
        taken.append("identity")
    if not taken and given and named is not None and step != "identity":  # "แก้ตำบลเป็นสะเดา"
        return _take_at(uow, draft, step, replace(answer, text=given))
    if not taken:
        moved = _goto(uow, draft, step, reopen=True)
        if step not in _TAKEN_ON_EDIT:
            return moved
        again = understood.read(answer.text, step, uow.today())  # read as that question's answer
        if again is not None and _carries(again, step):
            return _take(uow, draft, replace(answer, understood=again))  # "เปลี่ยนใจ เคยแจ้งแล้ว"
        return moved
    draft.data = data
    said = understood.said_back(data, [t for t in taken if t != "identity"], answer.understood)
    return said + _resume(uow, draft)


def _new_name_or_phone(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "แก้ชื่อเป็น X", "แก้เบอร์เป็น 08…": X is the new name (or number), taken at once."""
    said, phone = thai_phone.split_phone(answer.text or "")
    draft.data = {**draft.data, "anonymous": False}
    return _take_at(uow, draft, "phone" if phone and not said else "name", answer)


def _changes(uow: UnitOfWork, draft: Draft, answer: Answer, step: str) -> tuple[dict, list]:
    """The draft's data with the values an edit at `step` sets, and the values taken."""
    data, geo = dict(draft.data), uow.settings.geography
    taken = [
        name
        for name in understood.changed(answer.understood, step, geo)
        if understood.apply(data, name, answer.value(name), geo)
    ]
    return data, taken


#: Fields kept as typed, whose recorded value a correction may name as the one that is wrong.
DENIABLE = ("official", "agency", "witnesses")
NOT_ONLY = ("แค่", "เฉพาะ", "เพียง", "only", "just")
STORY_ASKED = ("what", "what_more")  # the questions whose answer is the story itself
ALSO = ("ทั้ง", "also", "both")  # "ไม่ใช่ผู้ใหญ่คนเดียว เป็นทั้งกำนันด้วย": one more


def _denied_value(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out] | None:
    """ "ไม่ใช่หมอธรรมดา เป็น ผอ.รพ.สต.", "not the clerk, it's the head nurse": a value recorded
    for a field said to be wrong (its field unnamed), and the one meant after the turn: that
    field takes it, and the conversation goes on where it was."""
    found = denied_and_meant(answer.text or "")
    if found is None or draft.step in STORY_ASKED:
        return None  # at the story's questions, a bubble of the story
    denied, meant = (compact(part) for part in found)
    if denied.startswith(NOT_ONLY) or meant.startswith(ALSO):
        return None  # "ไม่ใช่แค่นายก เป็นปลัดด้วย": one more, not another
    for step in DENIABLE:
        recorded = compact(draft.data.get(step) or "")
        if len(recorded) < 2 or not (recorded in denied or denied in recorded) or not meant:
            continue
        ctx = _context(uow, draft)
        value = found[1].strip()
        again = understood.read(value, step, uow.today())
        result = STEPS[step].take(ctx, replace(answer, text=value, understood=again))
        if isinstance(result, Problem):
            return None
        draft.data = ctx.data
        said = understood.said_back(ctx.data, [step], None)  # "เข้าใจว่า คนที่ทำคือ ผอ.รพ.สต."
        return list(ctx.notes) + said + _resume(uow, draft)
    return None


#: The wrong value said again after the right one ("it's Chaloem Phra Kiat, not Nang Rong",
#: "เป็นสตึก ไม่ใช่นางรอง"): what follows it is not part of the new value.
NOT_THE_OTHER = re.compile(r"[\s,;]+(?:not|ไม่ใช่|บ่แม่น|มิใช่)(?=\s|[ก-๙])", re.I)


def _set_to(uow: UnitOfWork, answer: Answer) -> tuple[object, str]:
    """In "แก้ข้อ 3 เป็น X" / "change the date to X": the field named before "เป็น" (None when
    they name none) and the X given after it."""
    parts = SET_TO.split(answer.text or "", maxsplit=1)
    if answer.intent not in ("edit", "change_mind") or len(parts) < 2 or not parts[1].strip():
        return None, ""
    head = understood.read(parts[0], "summary", uow.today())
    named = head.values.get("field") if head is not None else None
    sure = named is not None and named.confidence >= FIELD_NAMED  # not guessed from "ขอ"
    given = NOT_THE_OTHER.split(parts[1], maxsplit=1)[
        0
    ]  # "…, it's Chaloem Phra Kiat, not Nang Rong"
    return (named.value if sure else None), given.strip(" ,")


def _take_at(uow: UnitOfWork, draft: Draft, step: str, answer: Answer) -> list[Out]:
    """Go back to `step` and take `answer` as its answer, read as that question's."""
    _goto(uow, draft, step, reopen=True)
    again = understood.read(answer.text, step, uow.today())
    return _take(uow, draft, replace(answer, understood=again))


_NAMING = ("identity", "name", "phone")  # the questions about the complainant's name

#: Questions whose own value, said in the edit itself, answers them at once (the places,
#: the date, the kind … are taken by `understood.changed` already).
_TAKEN_ON_EDIT = ("reported", "evidence")


def _resume(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The first question still open (a change may re-open one, e.g. the sub-district of a
    new district), else the question the person is at."""
    step = FIRST_STEP
    while STEPS[step].done and STEPS[step].done(draft.data):
        step = _following(step)
    return ask(uow, draft) if step == draft.step else _goto(uow, draft, step)


def _pick_field() -> list[Out]:
    items = tuple(Quick(f"field.{name}", "postback", f"a=edit:{name}") for name in EDITABLE)
    return [Say("flow.pick_field", quick=items)]


def _already_said(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "บอกไปแล้ว": take what it says again ("…ว่าไม่มี", "… อบต.ชุมเห็ด"), or say what
    was recorded for that field (and go on when it is this question's)."""
    here = PARENT.get(draft.step, draft.step)
    step = _field_step(answer.value("field"), here)
    said = _said_again(answer)
    if draft.step != "summary" and said:
        again = understood.read(said, draft.step, uow.today())
        if (
            again is not None
            and again.intent in ANSWERS
            and (step == here or _carries(again, here))
        ):
            return _take(uow, draft, replace(answer, text=said, understood=again))
    recorded = _recorded(uow, draft, step)
    if recorded is None:
        return [Say("flow.not_recorded", {"step": T(f"step.{step}")})] + ask(uow, draft)
    said = Say("flow.recorded", {"step": T(f"step.{step}"), "value": recorded})
    if step == here and draft.step != "summary":  # kept as it was: on to the next question
        return [said] + _goto(uow, draft, _following(draft.step))
    return [said] + ask(uow, draft)


def _carries(again: Understanding, step: str) -> bool:
    """The words said again hold this question's own value, read by its reader (not the whole
    text taken as a free answer): "เรียกเงินค่ะ บอกแล้ว… มีพยานด้วย" at the kind question."""
    found = again.values.get(EXPECTED_VALUE.get(step, step))
    return found is not None and found.confidence > AS_ASKED


def _said_again(answer: Answer) -> str | None:
    """The answer inside talk about the talk: what follows "ว่า" ("บอกไปแล้วว่าไม่มี"), or
    the words beside the talk ("ลุงสีค่ะ บอกไปแล้ว")."""
    _, that, rest = (answer.text or "").partition(SAID_THAT)
    if that and rest.strip():
        return rest.strip()
    beside = answer.value("said")
    if isinstance(beside, str) and beside:
        return beside
    spans = [v.span for n, v in answer.understood.values.items() if n not in ("field", "faq")]
    return " ".join(spans) or None


def _recorded(uow: UnitOfWork, draft: Draft, step: str):
    """What the draft holds for a step's field, as said back; None when nothing."""
    data = draft.data
    if not _answered(data, step):
        return None
    shown = {
        "kind": T(f"kind.{data['kind']}") if data.get("kind") else None,
        "agency": named_agency(data["agency"]) if data.get("agency") else None,
        "official": data.get("official"),
        "district": named_place(
            " ".join(filter(None, (data.get("district"), data.get("subdistrict"))))
        ),
        "when": Day(data["occurred_on"]) if data.get("occurred_on") else None,
        "what": (data.get("description") or "")[:80]
        or (T(f"value.told_by_{data['told_by']}") if data.get("told_by") else None),
        "evidence": Say("value.files", {"count": evidence_count(uow, draft)}),
        "witnesses": data.get("witnesses"),
        "reported": T("value.reported_yes") if data.get("reported") else T("value.no"),
        "identity": T("value.anonymous") if data.get("anonymous") else T("value.named"),
    }.get(step)
    return shown or T("value.none_given")


def _answered(data: dict, step: str) -> bool:
    done = STEPS[step].done
    return bool(done and done(data))


def _following(step: str) -> str:
    """The question after `step` in the table's order (done ones are passed by _goto)."""
    order = list(STEPS)
    return order[min(order.index(step) + 1, len(order) - 1)]


def _goto(uow: UnitOfWork, draft: Draft, step: str, reopen: bool = False) -> list[Out]:
    """Move to `step` and ask it; questions already answered (by an earlier message, a
    story, a voice message, or before an edit) are passed over unless `reopen`."""
    while not reopen and STEPS[step].done and STEPS[step].done(draft.data):
        step = _following(step)
    draft.history = [*draft.history, draft.step]
    draft.step = step
    draft.editing = reopen
    return ask(uow, draft)


def _close(uow: UnitOfWork, draft: Draft, status: str) -> None:
    draft.status = status
    draft.closed_at = uow.now()


def _without(data: dict, *keys: str) -> dict:
    return {k: v for k, v in data.items() if k not in keys}


def _confirm_cancel(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    draft.data = _without(draft.data, "_confirm")
    if answer.choice == "cancel_yes" or (answer.text and meaning(answer.text) in ("yes", "cancel")):
        _close(uow, draft, "cancelled")
        return [Say("flow.cancelled", quick=main_menu())]
    return [Say("flow.not_cancelled")] + ask(uow, draft)


def cancel(uow: UnitOfWork, user: LineUser, draft: Draft) -> list[Out]:
    """Cancelling (or withdrawing) the draft being filed: asked to confirm first."""
    return _global(uow, user, draft, "cancel")


def _global(uow: UnitOfWork, user: LineUser, draft: Draft, word: str | None) -> list[Out]:
    if word == "cancel":
        draft.data = {**draft.data, "_confirm": "cancel"}
        quick = (
            Quick("choice.cancel_yes", "postback", "a=flow:cancel_yes"),
            Quick("choice.cancel_no", "postback", "a=flow:cancel_no"),
        )
        return [Say("flow.cancel_confirm", quick=quick)]
    if word == "restart":
        _close(uow, draft, "restarted")
        uow.session.flush()
        return start_new(uow, user)
    if word == "back":
        if not draft.history:
            return [Say("flow.at_start")] + ask(uow, draft)
        draft.step = draft.history[-1]
        draft.history = draft.history[:-1]
        return ask(uow, draft)
    if word in ("continue", "cancel_no"):
        return ask(uow, draft)
    return [Say(f"help.step.{draft.step}"), Say("help.global")] + ask(uow, draft)


def _evidence(uow: UnitOfWork, draft: Draft, event: Incoming) -> list[Out]:
    count = evidence_count(uow, draft)
    refused = refusal(uow, event, count)
    if refused is not None:
        return [refused] if refused.key == "evidence.too_large" else [refused] + ask(uow, draft)
    if record_pending(
        uow,
        event.message_id,
        event.message_type,
        draft_id=draft.id,
        file_name=event.file_name,
        size_bytes=event.file_size,
    ):
        count += 1
        uow.cache[("evidence_count", draft.id)] = count
    image_set = (event.raw.get("message") or {}).get("imageSet") or {}
    if image_set and image_set.get("index") != image_set.get("total"):
        return []  # one answer for an album, after its last photo
    if draft.step in ("what", "what_more") and event.message_type in TOLD_BY:
        draft.data = {**draft.data, "told_by": event.message_type}
        draft.data.setdefault("description", "")
        return [Say(f"what.told_by_{event.message_type}")] + _goto(uow, draft, "evidence")
    if draft.step == "evidence":
        return [Say("evidence.received", {"count": count})] + ask(uow, draft)
    return [Say("evidence.received_elsewhere", {"count": count})] + ask(uow, draft)


def summary(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The summary card, and what is missing with one tap (or one word) to add each."""
    card = summary_card(uow, draft)
    gaps = [g for g in card.data["missing"] if g in FIELD_ADD]
    if not gaps:
        return [card, Say("summary.how_to_answer", quick=_summary_quick(()))]
    th, en = ([f'"{FIELD_WORDS[FIELD_ADD[g]][i]}"' for g in gaps] for i in (0, 1))
    names = Named(", ".join(th), ", ".join(en))
    key = "summary.add_missing_anonymous" if card.data["anonymous_gaps"] else "summary.add_missing"
    return [card, Say(key, {"words": names}, quick=_summary_quick(gaps))]


# Missing elements and the question that adds each.
FIELD_ADD = {
    "agency": "agency",
    "official": "official",
    "place": "district",
    "when": "when",
    "what": "what",
    "evidence": "evidence",
    "witnesses": "witnesses",
}


def _summary_quick(gaps) -> tuple[Quick, ...]:
    adds = tuple(Quick(f"add.{FIELD_ADD[g]}", "postback", f"a=edit:{FIELD_ADD[g]}") for g in gaps)[
        :9
    ]
    return (
        Quick("button.confirm", "postback", "a=summary:confirm"),
        *adds,
        Quick("button.edit", "postback", "a=summary:edit"),
        Quick("button.cancel", "postback", "a=summary:cancel"),
    )


def summary_card(uow: UnitOfWork, draft: Draft) -> Card:
    """The summary to confirm: every answer, and how complete it is."""
    count = evidence_count(uow, draft)
    data = draft.data
    state = completeness(data, count)
    shown = {k: v for k, v in data.items() if not k.endswith("_enc") and not k.startswith("_")}
    if data.get("name_enc"):
        shown["name"] = uow.vault.decrypt(data["name_enc"])
        shown["phone"] = uow.vault.decrypt(data.get("phone_enc"))
    return Card(
        "summary",
        {
            "fields": shown,
            "evidence_count": count,
            "percent": state.percent,
            "missing": list(state.missing),
            "anonymous_gaps": list(state.anonymous_gaps),
            "draft": draft.id,  # the card's buttons name their draft
        },
    )


def _summary_action(uow: UnitOfWork, user: LineUser, draft: Draft, answer: Answer) -> list[Out]:
    if answer.step == "summary" and answer.choice == "cancel":
        return _global(uow, user, draft, "cancel")
    field = _FIELD_KEYS.get(compact(answer.text)) if answer.text else None
    if draft.data.get("_pick_field") and answer.text and compact(answer.text).isdigit():
        index = int(compact(answer.text)) - 1
        field = EDITABLE[index] if 0 <= index < len(EDITABLE) else None
    if field:
        draft.data = _without(draft.data, "_pick_field")
        return _goto(uow, draft, field, reopen=True)
    picked = choices.pick(answer, "summary")
    if picked is None and answer.intent == "yes":
        picked = "confirm"
    if picked == "confirm":
        missing = privacy_consent.unsent_required(draft)
        if missing:  # an answer was unsent after it was given: ask it again first
            return [Say("privacy.ask_again")] + _goto(uow, draft, missing, reopen=True)
        return submit_draft(uow, user, draft, evidence_count(uow, draft))
    if picked == "edit":
        draft.data = {**draft.data, "_pick_field": True}
        return _pick_field()
    data, taken = _changes(uow, draft, answer, "summary") if answer.understood else ({}, [])
    if taken:  # "เอ๊ะ ไม่ใช่ค่ะ อำเภอสตึก": a field's value given at the summary changes it
        draft.data = data
        return understood.said_back(data, taken, answer.understood) + _resume(uow, draft)
    return [Say("reask.summary", quick=_summary_quick(()))]
