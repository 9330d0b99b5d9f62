"""The main menu and the greeting that a new follower gets."""

from __future__ import annotations

from handlers.replies import Out, Quick, Say

MENU_ITEMS = ("complain", "track", "news", "help")


def main_menu() -> tuple[Quick, ...]:
    """Quick replies for the four things the account does, and the person's own data."""
    items = tuple(Quick(f"menu.{item}", "postback", f"menu={item}") for item in MENU_ITEMS)
    return (*items, Quick("privacy.button.mydata", "postback", "privacy=mydata"))


def welcome(privacy_url: str = "/privacy") -> list[Out]:
    """What a new follower reads: purpose, anonymity, the short PDPA notice, safety, the menu."""
    return [
        Say("welcome.hello"),
        Say("welcome.privacy", {"url": privacy_url}),
        Say("privacy.short", quick=main_menu()),
    ]


def help_text() -> list[Out]:
    """How to use the account."""
    return [Say("help.main", quick=main_menu())]
