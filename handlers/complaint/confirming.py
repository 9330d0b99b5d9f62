"""The answer at the summary: confirm and submit, pick a field to edit, or change a value."""

from __future__ import annotations

from handlers.complaint import choices, understood
from handlers.complaint.asking import go_to, resume, without
from handlers.complaint.draft_words import draft_word
from handlers.complaint.editing import changes, pick_field
from handlers.complaint.steps import EDITABLE
from handlers.complaint.submission import submit_draft
from handlers.complaint.summary import FIELD_KEYS, evidence_count, summary_quick
from handlers.intake.answers import Answer
from handlers.privacy import consent as privacy_consent
from handlers.replies import Out, Say
from handlers.thai.normalise import compact
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork


def summary_action(uow: UnitOfWork, user: LineUser, draft: Draft, answer: Answer) -> list[Out]:
    """The answer at the summary: confirm, edit, a field picked or changed, cancel."""
    if answer.step == "summary" and answer.choice == "cancel":
        return draft_word(uow, user, draft, "cancel")
    field = FIELD_KEYS.get(compact(answer.text)) if answer.text else None
    if draft.data.get("pick_field") and answer.text and compact(answer.text).isdigit():
        index = int(compact(answer.text)) - 1
        field = EDITABLE[index] if 0 <= index < len(EDITABLE) else None
    if field:
        draft.data = without(draft.data, "pick_field")
        return go_to(uow, draft, field, reopen=True)
    picked = choices.pick(answer, "summary")
    if picked is None and answer.intent == "yes":
        picked = "confirm"
    if picked == "confirm":
        if draft.data.get("consent") is not True:  # never sent without its yes
            return go_to(uow, draft, "consent", reopen=True)
        missing = privacy_consent.unsent_required(draft)
        if missing:  # an answer was unsent after it was given: ask it again first
            return [Say("privacy.ask_again")] + go_to(uow, draft, missing, reopen=True)
        return submit_draft(uow, user, draft, evidence_count(uow, draft))
    if picked is None and answer.intent == "no":
        picked = "edit"  # "มีข้อที่ไม่ตรงอยู่นะคะ": something is wrong, which is asked by taps
    if picked == "edit":
        draft.data = {**draft.data, "pick_field": True}
        return pick_field()
    data, taken = changes(uow, draft, answer, "summary") if answer.understood else ({}, [])
    if taken:  # "เอ๊ะ ไม่ใช่ค่ะ อำเภอสตึก": a field's value given at the summary changes it
        draft.data = data
        return understood.said_back(data, taken, answer.understood) + resume(uow, draft)
    return [Say("reask.summary", quick=summary_quick(()))]
