"""A wish to stop the filing said with fear, or right after the safety answer: stopped at once,
never asked to confirm nor pressed on; the draft kept whole (its threats too) to be taken up
again within 30 days by "แจ้งเรื่อง"."""

from __future__ import annotations

from handlers import danger
from handlers.complaint.asking import close, without
from handlers.menu import main_menu
from handlers.replies import Out, Say
from handlers.understanding import asks_to_stop
from storage.models import Draft
from storage.uow import UnitOfWork


def wants_to_stop(draft: Draft | None, text: str | None, afraid: bool, cancels: bool) -> bool:
    """Stopping asked while filing by someone afraid: the message is a threat or a fear, or
    comes right after the safety answer (`afraid`), or it is read as a cancel (`cancels`) in a
    draft where a threat was told."""
    if draft is None or not asks_to_stop(text):
        return False
    return afraid or (cancels and bool(draft.data.get(danger.THREATS)))


def stop(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The draft stopped (closed as cancelled: nothing deleted, no reminders), and the way back
    said plainly."""
    threatened = bool(draft.data.get(danger.THREATS))
    draft.data = without(draft.data, danger.ANSWERED, "_confirm")
    close(uow, draft, "cancelled")
    return [Say("flow.stopped_afraid" if threatened else "flow.stopped", quick=main_menu())]
