"""Consent to handle a complaint, recorded with the notice version the person was shown."""

from __future__ import annotations

from handlers.privacy.notice import NOTICE_VERSION, mark_shown
from storage import privacy
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

# The step that asks each field a submission cannot do without.
REQUIRED_STEPS = {"kind": "kind", "agency": "agency", "official": "official", "description": "what"}


def note_complaint_consent(uow: UnitOfWork, user: LineUser, granted: bool) -> None:
    """Keep the yes or no given at the start of a complaint, with the notice version."""
    mark_shown(user)
    privacy.record_consent(uow, user, "complaint", NOTICE_VERSION, granted)


def unsent_required(draft: Draft) -> str | None:
    """The step to ask again when an unsent message took a required answer with it."""
    for field, step in REQUIRED_STEPS.items():
        if field == "description" and draft.data.get("told_by"):
            continue  # told by voice or video: the recording is the telling
        if field not in draft.data:  # "ไม่รู้" is kept as None: an answer, not a gap
            return step
    return None
