"""No question after consent is asked before an explicit yes: an edit, a correction or a tap
of another question at the consent question is applied and said back, and consent is asked
again (issue 18, walk13: "เปลี่ยนอำเภอเป็นคูเมือง" there once moved past it)."""

from __future__ import annotations

from handlers.complaint import understood
from handlers.complaint.asking import ask
from handlers.replies import Out, Say
from storage.models import Draft
from storage.uow import UnitOfWork


def consent_first(
    uow: UnitOfWork, draft: Draft, before: dict, history: list, replies: list[Out]
) -> list[Out]:
    """`replies`, unless the turn left an open draft past its consent question without a yes:
    then the question it moved to is taken back, what changed is said back, and consent is
    asked again."""
    if draft.status != "open" or draft.step == "consent" or draft.data.get("consent") is True:
        return replies
    asked = ask(uow, draft)
    kept = understood.said_if_unsaid(before, draft.data, [r for r in replies if r not in asked])
    if not kept:
        kept = [Say("flow.consent_first")]
    draft.history, draft.step, draft.editing = history, "consent", False
    return kept + ask(uow, draft)
