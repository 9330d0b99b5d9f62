"""The privacy notice: its version, the link to the full page, and showing a new version."""

from __future__ import annotations

from handlers.replies import Out, Say
from storage.models import LineUser
from storage.uow import UnitOfWork

# Change this whenever the notice's content changes (bot/i18n/*/privacy.po, the /privacy page):
# everyone who saw an older version is shown the new one with their next message.
NOTICE_VERSION = "2026-12"


def privacy_url(uow: UnitOfWork) -> str:
    """The full notice on the web (Thai and English)."""
    return f"{uow.settings.public_base_url}/privacy"


def mark_shown(user: LineUser) -> None:
    """The person has been shown the current notice."""
    user.notice_version = NOTICE_VERSION


def with_update(uow: UnitOfWork, user: LineUser, replies: list[Out]) -> list[Out]:
    """Put the new-version notice before the replies, once, to people who saw an older one."""
    if user.notice_version in (None, NOTICE_VERSION) or not replies:
        return replies
    mark_shown(user)
    return [Say("privacy.updated", {"url": privacy_url(uow)}), *replies]
