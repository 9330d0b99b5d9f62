"""The complaint conversation engine: runs the step table over a draft kept in the database."""

from __future__ import annotations

from sqlalchemy import func, select

from handlers.complaint.answers import Answer, read_answer
from handlers.complaint.evidence_limits import refusal
from handlers.complaint.fields import completeness
from handlers.complaint.steps import EDITABLE, FIRST_STEP, STEPS, Problem, StepContext
from handlers.complaint.submission import submit_draft
from handlers.events import Incoming
from handlers.menu import main_menu
from handlers.privacy import consent as privacy_consent
from handlers.privacy.notice import privacy_url
from handlers.privacy.unsend import remember_source
from handlers.replies import Card, Out, Quick, Say
from handlers.thai.words import meaning
from storage.evidence import record_pending
from storage.models import Draft, Evidence, LineUser
from storage.uow import UnitOfWork
from storage.users import open_draft_of, remember_open_draft

GLOBAL_WORDS = ("cancel", "back", "restart", "help")


def open_draft(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The user's unfinished complaint, if any."""
    return open_draft_of(uow, user)


def start(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """Begin a complaint, or offer to continue the one left unfinished."""
    draft = open_draft(uow, user)
    if draft is not None:
        return [
            Say(
                "flow.resume",
                quick=(
                    Quick("choice.continue", "postback", "a=flow:continue"),
                    Quick("choice.restart", "postback", "a=flow:restart"),
                ),
            )
        ]
    draft = Draft(
        user_id=user.id,
        step=FIRST_STEP,
        history=[],
        data={},
        created_at=uow.now(),
        updated_at=uow.now(),
    )
    uow.session.add(draft)
    uow.session.flush()
    remember_open_draft(uow, user, draft)
    return [Say("flow.intro")] + ask(uow, draft)


def evidence_count(uow: UnitOfWork, draft: Draft) -> int:
    """How many evidence files this draft has received."""
    cached = uow.cache.get(("evidence_count", draft.id))
    if cached is not None:
        return cached
    stmt = select(func.count(Evidence.id)).where(Evidence.draft_id == draft.id)
    count = uow.cache[("evidence_count", draft.id)] = uow.session.scalar(stmt) or 0
    return count


def _context(uow: UnitOfWork, draft: Draft) -> StepContext:
    today = uow.now().astimezone(uow.settings["tz"]).date()
    return StepContext(dict(draft.data), today, uow.vault, lambda: evidence_count(uow, draft))


def ask(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The question of the draft's current step (the summary card at the end)."""
    if draft.step == "summary":
        return [summary_card(uow, draft)]
    items = STEPS[draft.step].ask(_context(uow, draft))
    if draft.step == "consent":  # the full notice is one tap away before anyone agrees
        url = privacy_url(uow)
        items = [Say(i.key, {**i.params, "url": url}, i.quick) for i in items]
    return items


def handle(uow: UnitOfWork, user: LineUser, draft: Draft, event: Incoming) -> list[Out]:
    """One event while a complaint is being written."""
    before, step = dict(draft.data), draft.step
    replies = _handle(uow, user, draft, event)
    if draft.status == "open":
        remember_source(draft, event.message_id, before)
    if step == "consent" and (draft.step != "consent" or draft.status == "declined"):
        privacy_consent.note_complaint_consent(uow, user, draft.status != "declined")
    if draft.status == "submitted":
        return replies  # its times were set, coarse, by the submission
    # Touched last, so the draft is written once with everything that changed.
    draft.updated_at = uow.now()
    draft.reminded_at = None
    return replies


def _handle(uow: UnitOfWork, user: LineUser, draft: Draft, event: Incoming) -> list[Out]:
    answer = read_answer(event)
    word = meaning(answer.text) if answer.text else None
    if answer.step == "flow" or word in GLOBAL_WORDS:
        return _global(uow, user, draft, answer.choice or word)
    if answer.media:
        return _evidence(uow, draft, event)
    if answer.step == "summary":
        return _summary_action(uow, user, draft, answer)
    if answer.step == "edit" and answer.choice in EDITABLE:
        return _goto(uow, draft, answer.choice, editing=True)
    if answer.other or (answer.step and answer.step not in (draft.step, "*")):
        return [Say(f"problem.wrong_kind.{STEPS[draft.step].wants}")] + ask(uow, draft)
    if draft.step == "summary":
        return [Say("problem.use_buttons")] + ask(uow, draft)
    ctx = _context(uow, draft)
    result = STEPS[draft.step].take(ctx, answer)
    if isinstance(result, Problem):
        say = Say(result.key, result.params or {}, result.quick)
        return [say] if result.quick else [say] + ask(uow, draft)
    draft.data = ctx.data
    if result == "declined":
        _close(uow, draft, "declined")
        return [Say("flow.declined", quick=main_menu())]
    if draft.editing and result not in (
        "pin",
        "subdistrict",
        "reported_to",
        "reported_ref",
        "name",
        "phone",
    ):
        result = "summary"
    return _goto(uow, draft, result, editing=draft.editing and result != "summary")


def _goto(uow: UnitOfWork, draft: Draft, step: str, editing: bool = False) -> list[Out]:
    draft.history = [*draft.history, draft.step]
    draft.step = step
    draft.editing = editing
    return ask(uow, draft)


def _close(uow: UnitOfWork, draft: Draft, status: str) -> None:
    draft.status = status
    draft.closed_at = uow.now()


def _global(uow: UnitOfWork, user: LineUser, draft: Draft, word: str | None) -> list[Out]:
    if word == "cancel":
        _close(uow, draft, "cancelled")
        return [Say("flow.cancelled", quick=main_menu())]
    if word == "restart":
        _close(uow, draft, "restarted")
        uow.session.flush()
        return start(uow, user)
    if word == "back":
        if not draft.history:
            return [Say("flow.at_start")] + ask(uow, draft)
        draft.step = draft.history[-1]
        draft.history = draft.history[:-1]
        return ask(uow, draft)
    if word == "continue":
        return ask(uow, draft)
    return [Say(f"help.step.{draft.step}"), Say("help.global")] + ask(uow, draft)


def _evidence(uow: UnitOfWork, draft: Draft, event: Incoming) -> list[Out]:
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
    if draft.step == "evidence":
        return [Say("evidence.received", {"count": count})] + ask(uow, draft)
    return [Say("evidence.received_elsewhere", {"count": count})] + ask(uow, draft)


def summary_card(uow: UnitOfWork, draft: Draft) -> Card:
    """The summary to confirm: every answer, and how complete it is."""
    count = evidence_count(uow, draft)
    data = draft.data
    state = completeness(data, count)
    shown = {k: v for k, v in data.items() if not k.endswith("_enc") and not k.startswith("_")}
    if data.get("name_enc"):
        shown["name"] = uow.vault.decrypt(data["name_enc"])
        shown["phone"] = uow.vault.decrypt(data.get("phone_enc"))
    return Card(
        "summary",
        {
            "fields": shown,
            "evidence_count": count,
            "percent": state.percent,
            "missing": list(state.missing),
            "anonymous_gaps": list(state.anonymous_gaps),
        },
    )


def _summary_action(uow: UnitOfWork, user: LineUser, draft: Draft, answer: Answer) -> list[Out]:
    if draft.step != "summary":
        return [Say("problem.wrong_kind.text")] + ask(uow, draft)
    if answer.choice == "confirm":
        missing = privacy_consent.unsent_required(draft)
        if missing:  # an answer was unsent after it was given: ask it again first
            return [Say("privacy.ask_again")] + _goto(uow, draft, missing, editing=True)
        return submit_draft(uow, user, draft, evidence_count(uow, draft))
    if answer.choice == "edit":
        items = tuple(Quick(f"field.{name}", "postback", f"a=edit:{name}") for name in EDITABLE)
        return [Say("flow.pick_field", quick=items)]
    if answer.choice == "cancel":
        return _global(uow, user, draft, "cancel")
    return [Say("problem.use_buttons")] + ask(uow, draft)
