"""Files sent while filing: evidence recorded, a voice message or video as the telling."""

from __future__ import annotations

from handlers.complaint.asking import ask, go_to
from handlers.complaint.summary import evidence_count
from handlers.events import Incoming
from handlers.intake.evidence_limits import refusal
from handlers.replies import Out, Say
from storage.evidence import record_pending
from storage.models import Draft
from storage.uow import UnitOfWork

TOLD_BY = ("audio", "video")  # a voice message or video at "what happened" is the telling


def evidence_sent(uow: UnitOfWork, draft: Draft, event: Incoming) -> list[Out]:
    """A file sent while filing: recorded as evidence (within the limits), or the telling."""
    count = evidence_count(uow, draft)
    refused = refusal(uow, event, count)
    if refused is not None:
        return [refused] if refused.key == "evidence.too_large" else [refused] + ask(uow, draft)
    if record_pending(
        uow,
        event.message_id,
        event.message_type,
        draft_id=draft.id,
        file_name=event.file_name,
        size_bytes=event.file_size,
    ):
        count += 1
        uow.cache[("evidence_count", draft.id)] = count
    image_set = (event.raw.get("message") or {}).get("imageSet") or {}
    if image_set and image_set.get("index") != image_set.get("total"):
        return []  # one answer for an album, after its last photo
    if draft.step in ("what", "what_more") and event.message_type in TOLD_BY:
        draft.data = {**draft.data, "told_by": event.message_type}
        draft.data.setdefault("description", "")
        return [Say(f"what.told_by_{event.message_type}")] + go_to(uow, draft, "evidence")
    if draft.step == "evidence":
        return [Say("evidence.received", {"count": count})] + ask(uow, draft)
    return [Say("evidence.received_elsewhere", {"count": count})] + ask(uow, draft)
