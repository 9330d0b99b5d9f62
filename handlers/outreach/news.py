"""News for citizens: stop or start campaigns, set a district, the next forum, RSVP."""

from __future__ import annotations

from handlers.conversations.news_district import STATE as NEWS_DISTRICT
from handlers.menu import main_menu
from handlers.outreach import forums
from handlers.replies import Out, Quick, Say
from handlers.thai.places import Geography
from handlers.understanding import CANCEL
from handlers.understanding.words import normalise
from storage.models import LineUser
from storage.uow import UnitOfWork

STOP = ("หยุดรับข่าวสาร", "หยุดรับข่าว", "stop news", "unsubscribe")
START = ("รับข่าวสาร", "รับข่าว", "start news", "subscribe")
NEXT_FORUM = ("เวทีถัดไป", "เวทีเสวนาถัดไป", "next forum")
DISTRICT = ("ตั้งอำเภอ", "set district")


def news_quick(user: LineUser) -> tuple[Quick, ...]:
    """Buttons of the news menu: stop or start, set district, next forum."""
    toggle = "stop" if user.subscribed else "start"
    return (
        Quick(f"news.button.{toggle}", "postback", f"news={toggle}"),
        Quick("news.button.district", "postback", "news=district"),
        Quick("news.button.next_forum", "postback", "news=next_forum"),
        Quick("menu.complain", "postback", "menu=complain"),
    )


def menu(user: LineUser) -> list[Out]:
    """Whether the user gets news, their district, and what they can do."""
    status = Say("news.status_on" if user.subscribed else "news.status_off")
    if user.district:
        where = Say("news.your_district", {"district": user.district}, quick=news_quick(user))
    else:
        where = Say("news.no_district", quick=news_quick(user))
    return [status, where]


def set_subscribed(user: LineUser, on: bool) -> list[Out]:
    """Start or stop campaign news (asking twice changes nothing)."""
    user.subscribed = on
    return [Say("news.started" if on else "news.stopped", quick=news_quick(user))]


def _command(text: str | None) -> tuple[str, str] | None:
    value = normalise(text)
    for words, name in ((STOP, "stop"), (START, "start"), (NEXT_FORUM, "next_forum")):
        if value in words:
            return name, ""
    for word in DISTRICT:
        if value == word or value.startswith(word + " "):
            return "district", value[len(word) :].strip()
    return None


def handle(uow: UnitOfWork, user: LineUser, fields: dict, text: str | None) -> list[Out] | None:
    """Answer a news word or button; None when the event is not about news."""
    if "rsvp" in fields:
        forum_id, _, answer = fields["rsvp"].partition(":")
        if not forum_id.isdigit():
            return [Say("forum.rsvp_closed", quick=main_menu())]
        return forums.rsvp(uow, user, int(forum_id), answer)
    if "news_district" in fields:
        return choose_district(user, fields["news_district"], uow.settings.geography)
    command = (fields.get("news"), "") if "news" in fields else _command(text)
    if command is None:
        return None
    name, rest = command
    if name in ("stop", "start"):
        return set_subscribed(user, name == "start")
    if name == "next_forum":
        return forums.next_forum(uow)
    if name == "district":
        if rest:
            return choose_district(user, rest, uow.settings.geography)
        return ask_district(user)
    return menu(user)


def ask_district(user: LineUser) -> list[Out]:
    """Ask which district the user lives in (for district news)."""
    NEWS_DISTRICT.begin(user)
    return [Say("news.district_ask")]


def choose_district(user: LineUser, text: str, geography: Geography) -> list[Out]:
    """Set the district when the name is clear; otherwise offer close names."""
    found = geography.match_district(text)
    if found.district:
        user.district = found.district
        NEWS_DISTRICT.end(user)
        return [Say("news.district_set", {"district": found.district}, quick=news_quick(user))]
    NEWS_DISTRICT.begin(user)
    if found.suggestions:
        quick = tuple(
            Quick(f"={name}", "postback", f"news_district={name}") for name in found.suggestions
        )
        return [Say("news.district_suggest", quick=quick)]
    return [Say("news.district_unknown")]


def continue_district(
    user: LineUser, text: str | None, intent: str | None, geography: Geography
) -> list[Out]:
    """The answer to "which district?"; cancel leaves it as it was."""
    if intent == CANCEL:
        NEWS_DISTRICT.end(user)
        return [Say("news.district_cancelled", quick=news_quick(user))]
    if not text:
        return [Say("news.district_ask")]
    return choose_district(user, text, geography)
