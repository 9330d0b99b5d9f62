"""Where a draft is and its question asked: moving to a step (passing those answered), going
back to the first still open, closing it."""

from __future__ import annotations

from handlers.complaint import understood
from handlers.complaint.step_kit import StepContext
from handlers.complaint.steps import FIRST_STEP, NUMBERED, STEPS
from handlers.complaint.summary import evidence_count, summary
from handlers.privacy.notice import privacy_url
from handlers.replies import Out, Quick, Say, T
from storage.models import Draft
from storage.uow import UnitOfWork

CONTINUE = Quick("choice.continue", "postback", "a=flow:continue")
RESUME = (CONTINUE, Quick("choice.restart", "postback", "a=flow:restart"))


def step_context(uow: UnitOfWork, draft: Draft) -> StepContext:
    """What a step reads and writes: the draft's answers, today, the vault, its evidence count."""
    return StepContext(
        dict(draft.data),
        uow.today(),
        uow.vault,
        lambda: evidence_count(uow, draft),
        uow.settings.geography,
    )


def number_of(step: str) -> int:
    """The question's number as people see it ("ข้อ 7")."""
    return NUMBERED.index(step) + 1 if step in NUMBERED else len(NUMBERED)


def ask(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The question of the draft's current step (the summary card at the end)."""
    if draft.step == "summary":
        return summary(uow, draft)
    items = STEPS[draft.step].ask(step_context(uow, draft))
    if draft.step == "consent":  # the full notice is one tap away before anyone agrees
        url = privacy_url(uow)
        items = [Say(i.key, {**i.params, "url": url}, i.quick) for i in items]
    return items


def where(draft: Draft) -> Say:
    """ "You were at question N (what it asks)"."""
    return Say("flow.where", {"number": number_of(draft.step), "step": T(f"step.{draft.step}")})


def resume(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The first question still open (a change may re-open one, e.g. the sub-district of a
    new district), else the question the person is at."""
    step = FIRST_STEP
    while STEPS[step].done and STEPS[step].done(draft.data):
        step = following(step)
    return ask(uow, draft) if step == draft.step else go_to(uow, draft, step)


def answered(data: dict, step: str) -> bool:
    """The step's field holds an answer in `data`."""
    done = STEPS[step].done
    return bool(done and done(data))


def following(step: str) -> str:
    """The question after `step` in the table's order (done ones are passed by go_to)."""
    order = list(STEPS)
    return order[min(order.index(step) + 1, len(order) - 1)]


def go_to(uow: UnitOfWork, draft: Draft, step: str, reopen: bool = False) -> list[Out]:
    """Move to `step` and ask it; questions already answered (by an earlier message, a
    story, a voice message, or before an edit) are passed over unless `reopen`."""
    filled = _place_of_agency(uow, draft)
    while not reopen and STEPS[step].done and STEPS[step].done(draft.data):
        step = following(step)
    draft.history = [*draft.history, draft.step]
    draft.step = step
    draft.editing = reopen
    return filled + ask(uow, draft)


def _place_of_agency(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The sub-district the agency named ("อบต.ชุมแสง"), filled and said back once its district
    is known, so it is never asked."""
    data = dict(draft.data)
    taken = understood.place_of_agency(data, uow.settings.geography)
    if not taken:
        return []
    draft.data = data
    return understood.said_back(data, taken, None)


def close(uow: UnitOfWork, draft: Draft, status: str) -> None:
    """The draft closed with `status`, now."""
    draft.status = status
    draft.closed_at = uow.now()


def without(data: dict, *keys: str) -> dict:
    """`data` without `keys`."""
    return {k: v for k, v in data.items() if k not in keys}
