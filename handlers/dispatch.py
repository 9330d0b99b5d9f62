"""Route one incoming event to the handler for it; return the replies to send."""

from __future__ import annotations

from handlers import safety
from handlers.committee import chat as committee_chat
from handlers.complaint import flow as complaint_flow
from handlers.complaint import protection, story
from handlers.complaint.answers import postback_fields
from handlers.events import Incoming
from handlers.menu import help_text, main_menu, welcome
from handlers.outreach import news
from handlers.privacy import notice, rights, transfer
from handlers.privacy.unsend import handle_unsend
from handlers.replies import Out, Say
from handlers.thai.words import meaning, normalise
from handlers.tickets import complainant_replies, tracking, withdrawal
from storage.models import LineUser
from storage.uow import UnitOfWork
from storage.users import user_for_line_id

CONVERSATION_EVENTS = ("message", "postback")


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
    replies = notice.with_update(uow, user, _conversation(uow, user, event))
    if event.message_type == "text" and protection.in_danger(event.text):
        return protection.safety_first() + replies  # safety first, then the rest as usual
    return replies


def _conversation(uow: UnitOfWork, user: LineUser, event: Incoming) -> list[Out]:
    fields = postback_fields(event.postback_data) if event.type == "postback" else {}
    text = event.text if event.message_type == "text" else None
    word = meaning(text)
    if word in ("english", "thai"):
        user.language = "en" if word == "english" else "th"
        return [Say("language.changed", quick=main_menu())]
    if "transfer" in fields:
        return transfer.answer(uow, user, fields["transfer"])
    privacy_reply = rights.handle(uow, user, fields, text)
    if privacy_reply is not None:
        return privacy_reply
    safe = safety.handle(user, fields, normalise(text))
    if safe is not None:
        return safe
    for feature in (committee_chat, complainant_replies):
        answer = feature.handle(uow, user, event, fields)
        if answer is not None:
            return answer
    if "ticket" in fields:
        return tracking.show_ticket(uow, user, fields["ticket"])
    if "withdraw" in fields:
        return withdrawal.ask_withdraw(uow, user, fields["withdraw"])
    if "withdraw_yes" in fields:
        return withdrawal.withdraw(uow, user, fields["withdraw_yes"], fields.get("why", "other"))
    if "withdraw_no" in fields:
        return withdrawal.refuse_withdrawal(uow, user, fields["withdraw_no"])
    news_reply = news.handle(uow, user, fields, text)
    if news_reply is not None:
        return news_reply
    draft = complaint_flow.open_draft(uow, user)
    item = fields.get("menu") or _menu_word(word, draft is not None)
    if item:
        return _menu(uow, user, item, event)
    if user.state.get("flow") == withdrawal.FLOW and text is not None:
        return withdrawal.answer_withdraw(uow, user, text)
    if user.state.get("flow") == "lookup":
        return tracking.continue_lookup(uow, user, text)
    if user.state.get("flow") == story.FLOW and draft is None:
        return story.answer(uow, user, text, fields)
    if user.state.get("flow") == "reopen" and draft is None:
        return complaint_flow.answer_reopen(uow, user, event)
    if user.state.get("flow") == news.FLOW:
        return news.continue_district(user, text, uow.settings["geography"])
    if draft is not None:
        return complaint_flow.handle(uow, user, draft, event)
    if "a" in fields:  # a button of a complaint already sent or cancelled
        return [Say("flow.no_draft", quick=main_menu())]
    if story.is_story(text):
        return story.offer(user, text)
    if protection.in_danger(text):
        return []  # the safety answer is all there is to say
    return [Say("menu.unknown", quick=main_menu())]


def _menu_word(word: str | None, in_draft: bool) -> str | None:
    if word in ("complain", "track", "lookup", "news"):
        return word
    # Inside a complaint, "help" explains the current question instead.
    if word in ("menu", "help") and not in_draft:
        return word
    return None


def _menu(uow: UnitOfWork, user: LineUser, item: str, event: Incoming) -> list[Out]:
    was = user.state.get("flow")
    told = user.state.get("story") if was == story.FLOW else None
    if item != "lookup" and was:
        user.state = {
            k: v for k, v in user.state.items() if k not in ("flow", "step", "story", "draft")
        }
    if item == "complain" and was == "reopen" and complaint_flow.open_draft(uow, user) is None:
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
    return [Say("menu.choose", quick=main_menu())]
