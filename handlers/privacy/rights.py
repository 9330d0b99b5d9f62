"""People's rights in the chat: see and export their data, erase it, withdraw consent."""

from __future__ import annotations

from handlers.conversations.privacy import CONFIRMING as CONFIRMING_KEY
from handlers.conversations.privacy import STATE as PRIVACY
from handlers.menu import main_menu
from handlers.privacy.notice import NOTICE_VERSION, mark_shown, privacy_url
from handlers.replies import Out, Quick, Say, T
from handlers.understanding import CANCEL, NO, YES
from handlers.understanding.rights_words import rights_word
from storage import privacy
from storage.models import LineUser
from storage.uow import UnitOfWork

CONFIRMING = {"erase": "privacy=erase_yes", "withdraw": "privacy=withdraw_yes"}


def rights_quick() -> tuple[Quick, ...]:
    """Buttons under the notice and the data summary."""
    return (
        Quick("privacy.button.mydata", "postback", "privacy=mydata"),
        Quick("privacy.button.erase", "postback", "privacy=erase"),
        Quick("privacy.button.withdraw", "postback", "privacy=withdraw"),
        Quick("menu.help", "postback", "menu=help"),
    )


def handle(uow: UnitOfWork, user: LineUser, fields: dict, text: str | None) -> list[Out] | None:
    """Answer a rights word, button or confirmation; None when the event is not about them."""
    asked = fields.get("privacy") or rights_word(text)
    if asked == "mydata":
        return my_data(uow, user)
    if asked == "notice":
        mark_shown(user)
        return [Say("privacy.notice", {"url": privacy_url(uow)}, quick=rights_quick())]
    if asked in CONFIRMING:
        PRIVACY.begin(user, **{CONFIRMING_KEY: asked})
        return [Say(f"privacy.{asked}.confirm", quick=_confirm_quick(asked))]
    if asked == "erase_yes":
        return erase(uow, user)
    if asked == "withdraw_yes":
        return withdraw(uow, user)
    if asked == "cancel":
        PRIVACY.end(user)
        return [Say("privacy.kept", quick=main_menu())]
    return None


def _confirm_quick(what: str) -> tuple[Quick, ...]:
    return (
        Quick(f"privacy.{what}.yes", "postback", CONFIRMING[what]),
        Quick("privacy.button.keep", "postback", "privacy=cancel"),
    )


def confirmation(uow: UnitOfWork, user: LineUser, intent: str | None) -> list[Out] | None:
    """A typed yes or no after the confirmation question; anything else leaves it be."""
    what = PRIVACY.get(user, CONFIRMING_KEY)
    if intent == YES:
        return erase(uow, user) if what == "erase" else withdraw(uow, user)
    PRIVACY.end(user)
    if intent in (NO, CANCEL):
        return [Say("privacy.kept", quick=main_menu())]
    return None


def my_data(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """What the network holds about this person, and a one-time link to a copy they keep."""
    tickets = privacy.tickets_of(uow, user)
    drafts = privacy.drafts_of(uow, user)
    consents = [c for c in privacy.consents_of(uow, user) if c.purpose == "complaint"]
    tz = uow.settings.tz
    consent = (
        T("privacy.consent.none")
        if not consents
        else f"{consents[-1].at.astimezone(tz):%d/%m/%Y}"
        if consents[-1].granted
        else T("privacy.consent.withdrawn")
    )
    minutes = uow.settings.privacy_export_minutes
    token = privacy.new_export_link(uow, user, minutes)
    summary = {
        "tickets": len(tickets),
        "references": ", ".join(t.reference for t in tickets) or "-",
        "named": sum(1 for t in tickets if t.complainant_name_enc),
        "open_draft": T("privacy.yes" if any(d.status == "open" for d in drafts) else "privacy.no"),
        "old_drafts": sum(1 for d in drafts if d.status != "open" and privacy.holds_content(d)),
        "news": T("privacy.news_on" if user.subscribed and user.following else "privacy.news_off"),
        "district": user.district or "-",
        "rsvps": len(privacy.rsvps_of(uow, user)),
        "consent": consent,
    }
    privacy.log_request(uow, "access", {"tickets": len(tickets), "export_link": 1})
    # LINE opens links with this parameter in the phone's own browser, where downloads work.
    url = f"{privacy_url(uow)}/export/{token}?openExternalBrowser=1"
    return [
        Say("privacy.mydata.summary", summary),
        Say("privacy.mydata.export", {"url": url, "minutes": minutes}, quick=rights_quick()),
    ]


def erase(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """Erase: drafts blanked, tickets go on anonymously, the LINE account forgotten."""
    outcome = privacy.erase_person(uow, user)
    privacy.log_request(uow, "erase", outcome)
    return [Say("privacy.erase.done", {"open": outcome.get("open_tickets", 0)})]


def withdraw(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """Withdraw consent: contact details dropped, drafts closed, news stopped."""
    PRIVACY.end(user)
    outcome = privacy.withdraw_consent(uow, user, NOTICE_VERSION)
    privacy.log_request(uow, "withdraw", outcome)
    return [Say("privacy.withdraw.done", quick=main_menu())]
