"""Route one incoming event to the handler for it; return the replies to send.

A message goes through five stages, the first with an answer wins: danger → global words →
the postback's owner → the current conversation (`handlers.conversation_registry`, or the
complaint being filed) → the menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from handlers import conversation_registry as registry
from handlers import danger, safety, threat_questions
from handlers.committee import chat as committee_chat
from handlers.complaint import filing
from handlers.complaint import flow as complaint_flow
from handlers.complaint import story as story_offer
from handlers.complaint.stopping import stop, wants_to_stop
from handlers.conversations import adding, answering, asking, language
from handlers.conversations.reopen import STATE as REOPEN
from handlers.conversations.story import STATE as STORY
from handlers.conversations.story import TOLD
from handlers.conversations.turn import Turn
from handlers.events import Incoming
from handlers.faq import also_answered, found_out, same_care
from handlers.menu import help_text, main_menu, welcome
from handlers.outreach import news
from handlers.patterns import reporter_cases
from handlers.privacy import notice, rights, transfer
from handlers.privacy.unsend import handle_unsend
from handlers.protection import CONTACTS
from handlers.replies import Out, Say
from handlers.tickets import additions, complainant_replies, tracking, withdrawal
from handlers.understanding import (
    CANCEL,
    CHANGE_MIND,
    DANGER,
    GREETING,
    HELP,
    QUESTION,
    START,
    THANKS,
    TRACK,
    WITHDRAW,
    YES,
    asks_to_withdraw,
    comes_back,
    names_only_a_topic,
    opens_filing_for,
)
from handlers.understanding import DONE as SAID_DONE
from handlers.understanding.words import MENU_WORDS, meaning, normalise
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork
from storage.users import user_for_line_id

CONVERSATION_EVENTS = ("message", "postback")
Stage = Callable[[UnitOfWork, LineUser, Turn], "list[Out] | None"]
# What the menu answers, by intent (and by word: `MENU_WORDS`).
MENU_INTENTS = {
    START: "complain",
    TRACK: "track",
    HELP: "help",
    GREETING: "menu",
    WITHDRAW: "withdraw",
}
SURE = 0.8  # how sure the understanding must be for a menu intent
IN_DRAFT = ("help", "menu")  # inside a complaint these explain the current question instead


def handle_event(uow: UnitOfWork, event: Incoming) -> list[Out]:
    """Change state for one event and return what to answer (may be nothing)."""
    if event.type == "join":
        return [Say("group.private_only")]
    if not event.is_from_person:
        return []
    user = user_for_line_id(uow, event.user_id)
    if event.type == "follow":
        user.following = True
        notice.mark_shown(user)
        return welcome(notice.privacy_url(uow))
    if event.type == "unfollow":
        user.following = False
        return []
    if event.type == "unsend":
        return handle_unsend(uow, user, event)
    if event.type not in CONVERSATION_EVENTS:
        return []
    first_in_english = language.follow(user, event.text)
    after_safety = danger.just_answered(filing.open_draft(uow, user))
    story = story_offer.under_way(uow, user)
    turn = Turn(event, user.language or "th", uow.today(), after_safety, story_under_way=story)
    safe = _danger(uow, user, turn)
    if safe and asks_to_withdraw(turn.text):  # "ขอถอนเรื่อง กลัวเขาทำร้าย": safety, then on
        return filing.name_the_draft(uow, user, safe + _withdrawal(uow, user, turn, pressed=True))
    if safe:
        return filing.name_the_draft(uow, user, safe)  # the safety answer first and alone
    replies = next(
        answer
        for stage in (_global_words, _postback, _typed_look_up, _current, _menu)
        if (answer := stage(uow, user, turn)) is not None
    )
    greeted = any(isinstance(r, Say) and r.key == "menu.greeting" for r in replies)
    if first_in_english and replies and not greeted:  # the Thai welcome was all they had
        replies = [Say("welcome.hello"), *replies]
    return notice.with_update(uow, user, filing.name_the_draft(uow, user, replies))


def _danger(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out]:
    """The safety answer to a threat or a cry for help, wherever the person is (unless it is
    the answer the current conversation asked for: the reason for withdrawing). One path for
    every message read as danger, however sure: nothing of it is taken as an answer, and the
    chair is alerted when it touches a draft or a filed complaint. Right after that answer,
    a message only unsurely read as danger goes to the filing instead of hearing it again:
    "ตอนนี้ปลอดภัยแล้ว อยากแจ้งต่อ" goes on, "my husband Somchai" typed again at the witness
    question is the witness."""
    draft = filing.open_draft(uow, user)
    heard = turn.heard(draft.step if draft is not None else None)
    unsure = heard is None or heard.intent != DANGER or heard.confidence < danger.SURE_THREAT
    threat = heard is not None and heard.intent == DANGER
    cancels = heard is not None and heard.intent == CANCEL
    if wants_to_stop(draft, turn.text, threat or turn.after_safety, cancels):
        # "ข้อยบ่แจ้งแล้วดีกว่า ขอหยุดก่อน ย่านเขามาเฮ็ดหยังลูกเมีย": the safety answer (unless
        # just given), then stopped, never "ไปต่อกัน"
        told = threat and not (turn.after_safety and unsure)
        said = danger.safety_answer(uow, user, heard.text, draft) if told else []
        said = [replace(r, quick=()) if isinstance(r, Say) else r for r in said]  # no "กรอกต่อ"
        return [*said, *stop(uow, draft)]
    # "ปลอดภัยแล้วค่ะ" after a threat on any of the person's complaints or in the draft: on
    # the one(s) threatened, never an answer or an addition (the question asked again)
    noted = danger.safe_now(uow, user, draft, turn.text) if unsure else None
    if noted is not None:
        return noted if draft is None else [*noted, *complaint_flow.ask(uow, draft)]
    again = turn.after_safety and draft is not None  # said again, unsurely, after the answer
    if unsure and (heard is None or heard.intent != DANGER or again):
        worry = _worry(uow, user, turn, draft)
        if worry is not None:
            return worry
    if unsure and draft is None:
        kept = story_offer.no_threat_after_all(user, turn.text)  # a line of the story after all
        if kept is not None:
            return kept
    if heard is None or heard.intent != DANGER:
        return []
    conversation = registry.current(uow, user)
    if conversation is not None and conversation.takes_danger:
        asked = withdrawal.being_asked(user)
        if asked is None or not withdrawal.keeps_it(heard):
            return []  # the threat is the reason for withdrawing (the chair hears of it)
        # "ไม่ถอนครับ แต่เขาขู่จะฆ่าผม": kept, and the threat takes the danger path
        kept = withdrawal.keep(user)
        return [*danger.safety_answer(uow, user, heard.text, draft, asked), *kept]
    if turn.after_safety and draft is not None and heard.confidence < danger.SURE_THREAT:
        return []  # said again after the safety answer: the filing takes it (or goes on)
    if danger.spoken_of_again(draft, heard.text):
        # "ผมยังจะแจ้งต่อครับ ใส่เรื่องที่เขาขู่ไว้ด้วย": the threat told already, put in the
        # details as asked, and on; "นั่นเสียงตอนเขามาขู่ครับ": the filing takes it (a caption)
        if danger.threat_added(draft, heard.text):
            said = [danger.going_on(draft), Say("safety.threat_added")]
            return [*said, *complaint_flow.ask(uow, draft)]
        turn.after_safety = True  # read as said again after the answer, never a new threat
        return []
    # the person's complaint the message names ("BRM-… เขามาขู่อีกแล้ว"), else the one being
    # answered on or added to
    about = (
        danger.named_owned(uow, user, heard.value("reference"))
        or answering.STATE.get(user, answering.TICKET)
        or adding.STATE.get(user, adding.TICKET)
    )
    replies = danger.safety_answer(uow, user, heard.text, draft, about)
    if draft is None and story_offer.threat_told(user, heard.text, heard):
        # told while telling a story: kept beside it, and filing it still one tap away
        replies = [
            replace(r, quick=story_offer.OFFER) if isinstance(r, Say) and r.quick else r
            for r in replies
        ]
    return replies


def _worry(uow: UnitOfWork, user: LineUser, turn: Turn, draft: Draft | None) -> list[Out] | None:
    """A worry told after a threat ("กลัวค่ะ ไม่กล้าออกจากบ้านเลย"): kept for the committee beside
    the threat. While filing the filing goes on ([]: the question is asked as ever); after
    filing, outside any other conversation, it is answered (a question in it too) and said
    noted, never offered as a new complaint. None when it is no such worry."""
    if not danger.tells_worry(turn.text):
        return None  # most messages: nothing more is looked up
    conversation = registry.current(uow, user)
    if draft is None and conversation is not None and conversation.state is not STORY:
        return None  # an answer to what another conversation asked
    noted = danger.worry_noted(uow, user, draft, turn.text)
    if noted is None or draft is not None:
        return None if noted is None else []
    heard = turn.heard()
    said = []
    if heard is not None and heard.intent == QUESTION:
        # "แต่กลัว กรรมการรู้เรื่องที่เขามาขู่ไหม": from the complaint's record, as ever
        asked = threat_questions.answer(uow, user, turn.text, heard.value("faq"))
        if asked:
            return asked
    if heard is not None and heard.intent == QUESTION:  # "ลูกจะเป็นอะไรไหมคะ กลัวมาก"
        answer = complaint_flow.faq_answer(heard.value("faq"), uow.settings.retention_identity_days)
        said = [answer] if answer is not None else []
    params = {**CONTACTS, "reference": noted}
    return [*said, Say("safety.worry_noted", params, quick=main_menu())]


def _withdrawal(uow: UnitOfWork, user: LineUser, turn: Turn, pressed: bool = False) -> list[Out]:
    """A withdrawal asked for: the draft being filed is cancelled (asked to confirm), unless
    a filed complaint is named by its reference; else which filed one, and why (`pressed`:
    asked beside a threat, its reason pressure unless another is picked)."""
    draft = filing.open_draft(uow, user)
    if draft is not None and not _reference_named(turn, draft):
        return complaint_flow.cancel(uow, user, draft)
    registry.end_all(user)
    heard = turn.heard(draft.step if draft else None)
    return withdrawal.start_typed(uow, user, heard, pressed=pressed)


def _reference_named(turn: Turn, draft: Draft | None) -> str | None:
    """The reference of a filed complaint the message names, read at the draft's question."""
    heard = turn.heard(draft.step if draft is not None else None)
    return heard.value("reference") if heard is not None else None


def _global_words(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """Words that mean the same wherever the person is: language, their data and rights,
    safety settings, committee commands, news."""
    if turn.text is None:
        return None
    word = meaning(turn.text)
    if word in ("english", "thai"):
        language.choose(user, "en" if word == "english" else "th")
        draft = filing.open_draft(uow, user)
        if draft is not None:  # asked mid-complaint: its question again, in that language
            return [Say("language.changed"), *complaint_flow.ask(uow, draft)]
        return [Say("language.changed", quick=main_menu())]
    return (
        rights.handle(uow, user, {}, turn.text)
        or safety.handle(
            uow, user, {}, normalise(turn.text), filing.open_draft(uow, user) is not None
        )
        or committee_chat.handle(uow, user, turn.event, {})
        or news.handle(uow, user, {}, turn.text)
    )


def _postback(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """A tapped button, answered by the feature that made it (named in its data). Any tap
    also leaves a committee question half typed."""
    if not turn.fields:
        return None
    asking.STATE.end(user)
    owner = next((POSTBACK_OWNERS[key] for key in turn.fields if key in POSTBACK_OWNERS), None)
    return owner(uow, user, turn) if owner is not None else None


def _committee(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    return committee_chat.handle(uow, user, turn.event, turn.fields)


def _complainant(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    return complainant_replies.handle(uow, user, turn.event, turn.fields)


def _news(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    return news.handle(uow, user, turn.fields, None)


# The field a button's data starts with → the feature that made the button.
POSTBACK_OWNERS: dict[str, Stage] = {
    "a": filing.take_button,
    "menu": lambda uow, user, turn: _menu_item(uow, user, turn.fields["menu"]),
    "ticket": lambda uow, user, turn: tracking.show_ticket(uow, user, turn.fields["ticket"]),
    "withdraw": lambda uow, user, turn: withdrawal.ask_withdraw(
        uow, user, turn.fields["withdraw"], turn.fields.get("pressed") == "1"
    ),
    "withdraw_why": lambda uow, user, turn: withdrawal.choose(
        uow, user, turn.fields["withdraw_why"], turn.fields.get("why", "other")
    ),
    "withdraw_yes": lambda uow, user, turn: withdrawal.withdraw(
        uow, user, turn.fields["withdraw_yes"], turn.fields.get("why", "other")
    ),
    "withdraw_no": lambda uow, user, turn: withdrawal.refuse_withdrawal(
        uow, user, turn.fields["withdraw_no"]
    ),
    "add": lambda uow, user, turn: additions.picked(uow, user, turn.fields["add"]),
    "add_new": lambda uow, user, turn: _new_with_files(uow, user),
    "danger_on": lambda uow, user, turn: danger.threat_also_on(uow, user, turn.fields["danger_on"]),
    "transfer": lambda uow, user, turn: transfer.answer(uow, user, turn.fields["transfer"]),
    "privacy": lambda uow, user, turn: rights.handle(uow, user, turn.fields, None),
    "discreet": lambda uow, user, turn: safety.handle(uow, user, turn.fields, ""),
    **dict.fromkeys(("take", "ask", "open"), _committee),
    **dict.fromkeys(("answer", "feedback", "contest"), _complainant),
    **dict.fromkeys(("rsvp", "news", "news_district"), _news),
}


def _new_with_files(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """ "Not for that complaint": a new one, the photos kept aside its first evidence (a
    replayed button while another is being filed changes nothing)."""
    draft = filing.open_draft(uow, user)
    if draft is not None:
        return filing.old_button(uow, draft)
    return filing.start_with_files(uow, user, additions.set_aside(user))


def _typed_look_up(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """A reference and its tracking code in one message: the complaint's status, wherever the
    person is (the look-up itself and a question being answered take it themselves). A
    complaint being filed is kept as it was, and its question asked again. Outside one, a
    case number alone: the person's own complaints in that case; a reference alone ("BRM-2569-
    48194", "brm 2569 48194") or asked about: that complaint (`tracking.show_typed`)."""
    draft = filing.open_draft(uow, user)
    both = tracking.typed_look_up(turn.heard(draft.step if draft is not None else None))
    conversation = registry.current(uow, user)
    # A case number, not while filing: there six digits may be an answer. In a conversation
    # (adding to a complaint) only one named as a case's: alone they may be a sum.
    alone = conversation is None or conversation.is_over(uow, user)
    number = (
        reporter_cases.typed_case_number(turn.text, alone)
        if both is None and draft is None
        else None
    )
    # a reference alone, outside any conversation (one under way, e.g. adding, reads its own)
    typed = tracking.reference_typed(turn.heard()) if both is None and draft is None else None
    typed = typed if alone else None
    if both is None and number is None and typed is None:
        return None
    if conversation is not None and not conversation.yields_to("track"):
        return None
    if typed is not None and number is None:  # "BRM-2569-48194" alone: that one's status
        return tracking.show_typed(uow, user, typed)
    if number is not None:
        return reporter_cases.case_look_up(uow, user, number)
    _, said = tracking.look_up(uow, user, *both)
    if draft is None:
        return said
    return [*said, complaint_flow.where(draft), *complaint_flow.ask(uow, draft)]


def _current(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """The conversation the person is in takes the message, unless it is a menu choice
    that may interrupt it; then the complaint being filed; None leaves it to the menu."""
    conversation = registry.current(uow, user)
    draft = filing.open_draft(uow, user)
    item = _menu_choice(uow, user, turn, draft)
    greeting = item == "menu" and turn.intent() == GREETING
    if conversation is not None and not (item and conversation.yields_to(item, greeting)):
        answer = conversation.answer(uow, user, turn)
        if answer is not None:
            return answer
    if draft is not None and item is None:
        # "เรื่องเก่าที่พิมพ์ไว้มื้อวานไปไสแล้ว" in a draft just begun: the stopped one offered
        left = complaint_flow.offer_left_draft(uow, user, draft, turn.text)
        return left or complaint_flow.handle(uow, user, draft, turn)
    return None


def _menu_choice(uow: UnitOfWork, user: LineUser, turn: Turn, draft: Draft | None) -> str | None:
    """The menu item a typed message asks for ("withdraw" too), if any. Inside a complaint,
    help and greetings are the complaint's, and "ถอนเรื่อง" is a withdrawal only for
    someone who has filed one."""
    if turn.text is None:
        return None
    word = meaning(turn.text)
    if word in MENU_WORDS:
        item = word
    else:
        heard = turn.heard(draft.step if draft is not None else None)
        sure = heard is not None and heard.confidence >= SURE
        item = MENU_INTENTS.get(heard.intent) if sure else None
    if draft is not None and item in IN_DRAFT:
        return None
    if draft is not None and item == "complain" and comes_back(turn.text):
        return None  # "กลับมาแล้ว ขอทำเรื่องเดิมต่อ": the draft's open question (the flow asks)
    if draft is not None and item == "withdraw" and not _reference_named(turn, draft):
        return None  # "ขอถอนเรื่อง" while filing: the draft is cancelled (the flow asks)
    return item


def _menu(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out]:
    """What is left: a menu choice, a typed withdrawal, a story, a photo or voice message
    that starts a complaint, or a kind word that we did not understand."""
    draft = filing.open_draft(uow, user)
    taken_back = withdrawal.take_back(uow, user, turn.text) if draft is None else None
    if taken_back is not None:  # "เปลี่ยนใจครับ ไม่ถอนแล้ว": that complaint, never a new story
        registry.end_all(user)
        return taken_back
    item = _menu_choice(uow, user, turn, draft)
    offered = draft is None and item in (None, "complain", "withdraw")
    if offered and not REOPEN.is_current(user) and not asks_to_withdraw(turn.text):
        # "มื้อวานเว้าค้างไว้เรื่องกำนัน … สิแจ้งต่อ", "เมื่อวานยกเลิกไว้ อยากทำเรื่องเดิมต่อ": the
        # stopped draft offered, not a new story nor a withdrawal ("ขอถอน…" stays one)
        left = complaint_flow.offer_left_draft(uow, user, None, turn.text)
        if left is not None:  # the offer is the conversation now (`reopen.STATE`)
            return left
    if item == "withdraw":
        return _withdrawal(uow, user, turn)
    adding = draft is None and item in (None, "complain") and registry.current(uow, user) is None
    if adding:  # more for a filed complaint, or a photo after filing
        added = additions.take(uow, user, turn.event, turn.heard())
        if added is not None:
            return added
    if item == "complain" and draft is None and story_offer.wants_to_tell(turn.text):
        registry.end_all(user)
        return story_offer.invite(user)  # "ขอเล่าเรื่องหน่อย": the story first, then the questions
    introducing = story_offer.only_introduces(turn.text, turn.heard())
    if item == "complain" and draft is None and STORY.is_current(user) and introducing:
        # "หลวงพ่อให้มาแจ้งแทน": who, not what
        return story_offer.offer(user, turn.text or "", uow.now())
    if draft is None and item is None:
        refused = complaint_flow.refused_consent(uow, user, _agrees(turn))
        if refused is not None:  # "กดผิดค่ะ ยินยอม" after a refusal: taken up again
            return complaint_flow.handle(uow, user, refused, turn)
    topic = draft is None and item in (None, "complain") and not STORY.is_current(user)
    heard = turn.heard()
    filed_for = (  # "แจ้งแทนพ่อแม่ได้บ่": asked, not begun
        heard is not None and heard.intent != QUESTION and heard.value("behalf")
    ) and opens_filing_for(turn.text)
    if topic and (names_only_a_topic(turn.text) or filed_for):
        # "แม่ครัวโรงเรียนค่ะ อยากแจ้งเรื่องเงินอาหารกลางวัน": what it is about, kept as a hint;
        # what happened is still asked ("แจ้งแทนพ่อค่ะ พ่อโดนเรียกเงิน": for whom, kept too)
        registry.end_all(user)
        replies = complaint_flow.start(uow, user, story=turn.text or "")
        complaint_flow.keep_name_out(uow, user, turn.heard())
        return replies
    told = story_offer.told_with_the_wish(turn.text, turn.heard()) if item == "complain" else None
    if told is not None and draft is None:
        # "ผู้ใหญ่บ้านเก็บเงินค่าน้ำคนละ 200 … แจ้งได้ไหม?": yes, the filing begins with what was
        # told as its story (after the bubbles told before it), never asked for again
        story = story_offer.told_so_far(user, told)
        replies = story_offer.file_it(uow, user, story)
        registry.end_all(user)
        complaint_flow.keep_name_out(uow, user, turn.heard())
        return replies
    if item is not None:  # a bare greeting is greeted, and told in short what can be done
        replies = _menu_item(uow, user, item, greeted=turn.intent() == GREETING)
        if item == "complain":  # "แจ้งเรื่องครับ ขอแบบไม่ระบุตัวตน": begun without a name
            complaint_flow.keep_name_out(uow, user, turn.heard())
        return replies
    if turn.media and draft is None:
        return filing.start_with_media(uow, user, turn)
    if draft is None and story_offer.asks_to_report(turn.text, turn.heard()):
        registry.end_all(user)
        return story_offer.invite(user)
    if draft is None and story_offer.only_introduces(turn.text, turn.heard()):
        registry.end_all(user)  # who they are, for whom: kept, and what happened is asked
        return story_offer.invite(user, opening=turn.text or "")
    if draft is None and story_offer.is_story(turn.text, turn.heard()):
        return story_offer.offer(user, turn.text or "", uow.now())
    heard = turn.heard()
    if draft is None and story_offer.asks_and_tells(turn.text, heard):
        # a question in a story: answered, and the story offered to be filed all the same
        topic = heard.value("faq")
        if topic in (None, "other") and heard.value("behalf"):
            topic = "for_someone_else"  # "แจ้งแทนแม่ได้ไหม": for whom is the question
        said = found_out(heard) or complaint_flow.faq_answer(
            topic, uow.settings.retention_identity_days
        )
        if said is not None and danger.threatened_last(uow, user) is not None:
            # "ลูกหนูจะโดนอะไรไหม กลัวมาก…" after a threat on her filed complaint: a worry
            # about that one, answered, never offered as a new complaint
            return [replace(said, quick=main_menu())]
        also = also_answered(heard, uow.settings.retention_identity_days) if said else []
        return [*filter(None, [said]), *also] + story_offer.offer(user, turn.text or "", uow.now())
    if draft is None and story_offer.tells_in_short(heard):  # "ผญบ เอาเงินยาย"
        return story_offer.offer(user, turn.text or "", uow.now())
    if heard is not None and heard.intent == QUESTION and draft is None:
        # "กรรมการรู้เรื่องที่เขามาขู่ไหม" after a threat: from the complaint's record
        asked = threat_questions.answer(uow, user, turn.text, heard.value("faq"))
        if asked:
            return asked
    asked_inside = found_out(heard) if draft is None else None
    if asked_inside is not None:
        # "หนูเป็นพยาบาลใน รพ.สต. หัวหน้าจะรู้ไหมคะว่าหนูแจ้ง" (or a detail few know) first:
        # answered honestly, and the story asked for (told next, kept and offered to be filed)
        registry.end_all(user)
        return [asked_inside, *story_offer.invite(user)]
    if heard is not None and heard.intent == QUESTION:  # "ต้องบอกชื่อไหม" before anything
        said = same_care(heard, quick=main_menu()) or complaint_flow.faq_answer(
            heard.value("faq"), uow.settings.retention_identity_days, quick=main_menu()
        )
        if said is not None:  # and a second question beside it, answered too (menu last)
            also = also_answered(heard, uow.settings.retention_identity_days, quick=main_menu())
            return [replace(said, quick=()), *also] if also else [said]
    # "ขอบใจหลายเด้อ" once it is over; "เสร็จแล้ว" again (the button tapped twice) once adding
    # closed: answered kindly, never a second acknowledgement nor "not understood"
    if heard is not None and heard.intent in (THANKS, SAID_DONE):
        return [Say("menu.thanked", quick=main_menu())]
    return [Say("menu.unknown", quick=main_menu())]


def _agrees(turn: Turn) -> bool:
    """Whether the message, read as an answer to the consent question, agrees."""
    heard = turn.heard("consent")
    return heard is not None and heard.intent in (YES, CHANGE_MIND)


def _menu_item(uow: UnitOfWork, user: LineUser, item: str, greeted: bool = False) -> list[Out]:
    told = STORY.get(user, TOLD) if STORY.is_current(user) else None
    was_reopening = REOPEN.is_current(user)
    registry.end_all(user)
    if item == "complain" and was_reopening and filing.open_draft(uow, user) is None:
        return complaint_flow.start_new(uow, user)
    if item == "complain":
        return complaint_flow.start(uow, user, story=told)
    if item == "track":
        return tracking.my_tickets(uow, user)
    if item == "lookup":
        return tracking.start_lookup(user)
    if item == "news":
        return news.menu(user)
    if item == "help":
        return help_text()
    return [Say("menu.greeting" if greeted else "menu.choose", quick=main_menu())]
