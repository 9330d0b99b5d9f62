"""Starting a complaint: a new draft (with the story told first, if any), or the one left
unfinished, cancelled or expired taken up again."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from handlers.complaint import choices, understood
from handlers.complaint.asking import RESUME, ask
from handlers.complaint.step_kit import OPENING, told_text
from handlers.complaint.steps import FIRST_STEP
from handlers.conversations.reopen import DRAFT as REOPEN_DRAFT
from handlers.conversations.reopen import REOPEN_WITHIN
from handlers.conversations.reopen import STATE as REOPEN
from handlers.events import Incoming
from handlers.intake.answers import Answer, read_answer
from handlers.menu import main_menu
from handlers.replies import Day, Out, Say, T
from handlers.understanding import (
    back_to_filing,
    introduces,
    names_left_draft,
    names_only_a_topic,
    tells_what_happened,
)
from handlers.understanding.where import district_meant_instead
from storage.evidence import TICKET_SALT, new_ticket_salt
from storage.models import Draft, LineUser
from storage.owner_bindings import misbound
from storage.uow import UnitOfWork
from storage.users import open_draft_of, remember_open_draft

REOPEN_LOOKED_AT = 5  # the latest closed drafts looked through for one with answers in it
#: A refusal of consent this recent may be taken back by agreeing ("กดผิดค่ะ ยินยอม").
REFUSAL_UNDONE_WITHIN = timedelta(hours=1)


def keep_name_out(uow: UnitOfWork, user: LineUser, heard) -> None:
    """A filing begun with the name kept out ("แจ้งค่ะ แต่ไม่บอกชื่อนะคะ", "อยากแจ้งเรื่อง แต่ไม่
    อยากบอกชื่อ"): the new draft is anonymous, and whether to give a name is never asked."""
    draft = open_draft(uow, user)
    if draft is None or heard is None or heard.value("identity") != "anonymous":
        return
    if "anonymous" not in draft.data:
        draft.data = {**draft.data, "anonymous": True}


def open_draft(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The user's unfinished complaint, if any."""
    return open_draft_of(uow, user)


def start(uow: UnitOfWork, user: LineUser, story: str | None = None) -> list[Out]:
    """Begin a complaint (with the story already told, if any), or offer to continue the
    one left unfinished or cancelled."""
    draft = open_draft(uow, user)
    if draft is not None:
        # the question she was at by its name: the questions are not shown numbered
        return [Say("flow.resume", {"step": T(f"step.{draft.step}")}, quick=RESUME)]
    if story is None:
        closed = _reopenable(uow, user)
        if closed is not None:
            REOPEN.begin(user, **{REOPEN_DRAFT: closed.id})
            day = Day(closed.updated_at.astimezone(uow.settings.tz).date().isoformat())
            return [Say("flow.reopen_offer", {"date": day}, quick=RESUME)]
    return start_new(uow, user, story)


#: A draft just begun (this few questions answered) gives way to the stopped one named.
JUST_BEGUN = 2


def offer_left_draft(
    uow: UnitOfWork, user: LineUser, draft: Draft | None, text: str | None
) -> list[Out] | None:
    """The stopped draft named by someone coming back ("มื้อวานเว้าค้างไว้เรื่องกำนัน … สิแจ้งต่อ",
    "เรื่องเก่าที่พิมพ์ไว้ไปไสแล้ว"): offered to be taken up again (a draft just begun beside
    it is closed as restarted, nothing deleted); None when none is left or none is named."""
    if draft is None and back_to_filing(text):
        pass  # "เปลี่ยนใจค่ะ คิดดูแล้วจะแจ้งต่อ" after a cancel: the cancelled one, not a new story
    elif not names_left_draft(text) or (draft is not None and len(draft.history) > JUST_BEGUN):
        return None
    if _reopenable(uow, user) is None:
        return None
    if draft is not None:
        draft.status, draft.closed_at = "restarted", uow.now()
        uow.session.flush()
    return start(uow, user)


def _reopenable(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The person's latest cancelled or expired draft with answers in it, if recent (one
    cancelled later with nothing in it does not hide it: the promise made when it was stopped
    holds)."""
    stmt = (
        select(Draft)
        .where(
            Draft.user_id == user.id,
            Draft.status.in_(("cancelled", "expired")),
            Draft.updated_at >= uow.now() - REOPEN_WITHIN,
        )
        .order_by(Draft.updated_at.desc())
        .limit(REOPEN_LOOKED_AT)
    )
    for draft in uow.session.scalars(stmt):
        if misbound(draft):  # another person's answers (storage.owner_bindings)
            continue
        if len(draft.history) > 1:
            return draft
    return None


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


def refused_consent(uow: UnitOfWork, user: LineUser, agrees: bool) -> Draft | None:
    """The draft whose consent the person refused within the hour, taken up again at its
    consent question when they now agree (a mis-tap, a change of mind); else None."""
    if not agrees:
        return None
    stmt = (
        select(Draft)
        .where(Draft.user_id == user.id, Draft.updated_at >= uow.now() - REFUSAL_UNDONE_WITHIN)
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
        .limit(1)
    )
    draft = uow.session.scalars(stmt).first()
    if draft is None or draft.status != "declined":
        return None
    draft.status, draft.closed_at, draft.step = "open", None, FIRST_STEP
    remember_open_draft(uow, user, draft)
    return draft


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
    if story and not told and (introduces(story) or names_only_a_topic(story)):
        data[OPENING] = story.strip()  # who is reporting, for whom, about what: before the story
    if read is not None and not told:  # an opening's places are the teller's, not the scene
        read = replace(read, values={n: v for n, v in read.values.items() if n in WHOM})
    taken = understood.volunteered(data, read, uow.settings.geography)
    understood.spot_kept(data, {}, None, None)  # the spot the story names: the place
    for line in (story or "").splitlines()[1:] if told else ():
        # "อ้อ ขอโทษครับ ไม่ใช่สตึก ที่นาอยู่คูเมือง" in a later bubble: the district meant
        meant = district_meant_instead(line)
        if meant and understood.apply(data, "district", meant.value, uow.settings.geography):
            taken = [*dict.fromkeys([*taken, "district"])]
    # said back as noted, not asked: the consent question follows in the same turn, and one
    # turn asks one thing ("ได้" would answer both)
    said = [
        replace(out, key="note.understood_kept")
        if isinstance(out, Say) and out.key == "note.understood"
        else out
        for out in understood.said_back(data, taken, read)
    ]
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
#: กำนัน"), and for whom it is filed ("แจ้งแทนพ่อค่ะ", walk38); an agency or a place in it is
#: most often the teller's own ("ครูโรงเรียนบ้าน…").
WHOM = ("official", "kind", "behalf")
