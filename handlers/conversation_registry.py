"""Every conversation a person can be in, in one list: the state it owns, how it answers
the next message, and whether it is under way. The dispatcher reads this, not a ladder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handlers.committee import chat as committee_chat
from handlers.complaint import filing
from handlers.complaint import flow as complaint_flow
from handlers.complaint import story as story_offer
from handlers.conversations import (
    adding,
    answering,
    asking,
    lookup,
    news_district,
    privacy,
    reopen,
    story,
    withdraw,
)
from handlers.conversations.state import ConversationState
from handlers.conversations.turn import Turn
from handlers.outreach import news
from handlers.privacy import rights
from handlers.replies import Out
from handlers.tickets import adding_on, additions, complainant_replies, tracking, withdrawal
from handlers.understanding import NO, QUESTION, YES
from storage.models import LineUser
from storage.uow import UnitOfWork

Answer = Callable[[UnitOfWork, LineUser, Turn], "list[Out] | None"]


@dataclass(frozen=True)
class Conversation:
    """One conversation: its state, how it takes the next message (None: not its to take,
    the menu answers), and what may interrupt it."""

    state: ConversationState
    answer: Answer
    menu_interrupts: bool = True  # a menu word or intent ends it and is answered instead
    keeps: tuple[str, ...] = ()  # menu items that are answers here ("withdraw" when asked why)
    takes_danger: bool = False  # a threat is an answer here (the reason for withdrawing)
    without_draft: bool = False  # only while no complaint is being filed
    keeps_greetings: bool = False  # a greeting is said within it, never opens the menu
    lapsed: Callable[[UnitOfWork, LineUser], bool] | None = None  # over by the clock

    def yields_to(self, item: str, greeting: bool = False) -> bool:
        """Whether the menu item typed ends this conversation and is answered instead
        (`greeting`: the message is a greeting, which opens the menu as "menu")."""
        if greeting and self.keeps_greetings:
            return False
        return self.menu_interrupts and item not in self.keeps

    def is_over(self, uow: UnitOfWork, user: LineUser) -> bool:
        """Whether it is over by the clock though its state is still kept (its answer ends
        it and leaves the message to be read afresh, as outside any conversation)."""
        return self.lapsed is not None and self.lapsed(uow, user)

    def is_current(self, uow: UnitOfWork, user: LineUser) -> bool:
        """Whether the person is in this conversation now."""
        if not self.state.is_current(user):
            return False
        return not (self.without_draft and complaint_flow.open_draft(uow, user) is not None)


def _withdraw(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    heard = turn.heard()
    return withdrawal.answer_withdraw(uow, user, heard) if heard is not None else None


def _file_offered(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """The answer to "add this photo to BRM-…?": yes adds what was kept aside to it, no (or
    "a new complaint") starts one with it as its first evidence; another photo is kept too.
    Anything else is not its to take (the files stay kept aside)."""
    if turn.media:
        return additions.take(uow, user, turn.event, None)
    if additions.for_the_filed_one(turn.text):  # "ใส่ในเรื่องเดิมค่ะ", "ใช่ค่ะ นี่รูป…"
        return additions.add_offered(uow, user, turn.text)
    intent = turn.intent()
    if intent == YES:
        return additions.picked(uow, user, additions.offered(user) or "")
    if (
        intent == NO
        or additions.wants_a_new_one(turn.text)
        or additions.not_for_the_filed_one(turn.text)
    ):
        return filing.start_with_files(uow, user, additions.set_aside(user))
    if intent != QUESTION and additions.captioned(turn.text):  # "สลิปที่พี่ชายโอนให้นายกครับ"
        return additions.add_captioned(uow, user, turn.text)
    return None


def _story(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """The answer to "shall I file what you told me?"; a photo or file sent meanwhile by
    someone with a filed open complaint is asked about for that one, never dropped."""
    if turn.media:
        offered = additions.take(uow, user, turn.event, None)
        if offered is not None:
            return offered
    return story_offer.answer(uow, user, turn.text, turn.fields, turn.heard())


def _news_district(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out]:
    geography = uow.settings.geography
    return news.continue_district(user, turn.text, turn.intent(), geography)


CONVERSATIONS: tuple[Conversation, ...] = (
    Conversation(
        asking.STATE,
        lambda uow, user, turn: committee_chat.continue_question(uow, user, turn.event),
        menu_interrupts=False,
    ),
    Conversation(
        answering.STATE,
        lambda uow, user, turn: complainant_replies.continue_answer(uow, user, turn.event),
        menu_interrupts=False,
    ),
    Conversation(
        adding.STATE,
        adding_on.go_on,
        keeps=("complain",),  # a fact read as "I want to complain" is still a fact here
        without_draft=True,
        keeps_greetings=True,  # "สวัสดีค่ะ" between additions is answered, adding goes on
        lapsed=lambda uow, user: adding.lapsed(user, uow.now()),
    ),
    Conversation(
        additions.OFFER,
        _file_offered,
        # "แจ้งเรื่องใหม่" here is the "no": a new one with the photo; "ไม่ใช่เรื่องใหม่ ใส่ใน
        # เรื่องเดิม" (read as tracking) the yes, a tracking word alone still tracks
        keeps=("complain", "track"),
        without_draft=True,
    ),
    Conversation(
        privacy.STATE,
        lambda uow, user, turn: rights.confirmation(uow, user, turn.intent()),
    ),
    Conversation(withdraw.STATE, _withdraw, keeps=("withdraw",), takes_danger=True),
    Conversation(
        lookup.STATE,
        lambda uow, user, turn: tracking.continue_lookup(
            uow, user, turn.text, turn.intent(), turn.heard()
        ),
        keeps=("track",),
    ),
    Conversation(news_district.STATE, _news_district),
    Conversation(
        reopen.STATE,
        lambda uow, user, turn: complaint_flow.answer_reopen(uow, user, turn.event),
        without_draft=True,
    ),
    Conversation(
        story.STATE,
        _story,
        without_draft=True,
        keeps_greetings=True,  # "หวัดดีครับ" between the bubbles of a story goes on with it
        keeps=("help",),  # "หนูควรทำยังไงดีคะ" after the story: filing it offered (story.answer)
    ),
)


def current(uow: UnitOfWork, user: LineUser) -> Conversation | None:
    """The conversation the person is in (the complaint being filed is not listed here:
    it lives in its draft, see `handlers.complaint.filing`)."""
    if not user.state:  # one under way holds its marker there (asking all: ~100 Python calls)
        return None
    return next((c for c in CONVERSATIONS if c.is_current(uow, user)), None)


def end_all(user: LineUser) -> None:
    """Leave every conversation (a menu choice starts afresh); kept values stay."""
    for conversation in CONVERSATIONS:
        if conversation.menu_interrupts:
            conversation.state.end(user)
