"""The complaint conversation as a table of steps: what each asks, understands, stores and
leads to.

Each step has `ask(ctx)` (the question, as intents) and `take(ctx, answer)`, which
stores what it understood in `ctx.data` and returns the next step's name, or a
`Problem` (a catalogue key) when the answer does not fit. Every question can be
answered by typing: the button's words (with or without particles), synonyms and
Isan forms, or the option's number (see `choices.py`). What a step understood and
wants said back goes into `ctx.notes`. The flow is drawn in `flow.mmd`."""

from __future__ import annotations

from collections.abc import Callable

from handlers.complaint.matter_steps import take_agency, take_consent, take_kind, take_official
from handlers.complaint.place_steps import (
    ask_district,
    ask_pin,
    ask_subdistrict,
    take_district,
    take_pin,
    take_subdistrict,
)
from handlers.complaint.reporter_steps import (
    ask_name,
    ask_reported_ref,
    take_identity,
    take_name,
    take_phone,
    take_reported,
    take_reported_ref,
    take_reported_to,
)
from handlers.complaint.step_kit import (
    ASK_QUICK,
    Problem,
    Step,
    StepContext,
    ask_in_words,
    ask_with_options,
    reask,
)
from handlers.complaint.story_steps import (
    ask_evidence,
    ask_what,
    ask_when,
    ask_witnesses,
    take_evidence,
    take_what,
    take_what_more,
    take_when,
    take_witnesses,
    told_already,
    told_enough,
)
from handlers.intake.expecting import EXPECTING
from handlers.intake.fields import SUMMARY_ITEMS


def _summary_take(ctx, answer):
    # The summary's words and buttons are handled by the flow (confirm, edit, cancel).
    return reask("summary")


def _has(key: str) -> Callable[[dict], bool]:
    """Answered when the draft holds `key` (None too: "ไม่รู้" is an answer)."""
    return lambda data: key in data


def _pin_done(data: dict) -> bool:
    return data.get("latitude") is None or "pin_is_scene" in data


def _reported_done(key: str) -> Callable[[dict], bool]:
    return lambda data: data.get("reported") is not True or key in data


def _contact_done(key: str) -> Callable[[dict], bool]:
    return lambda data: data.get("anonymous") is not False or bool(data.get(key))


STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step("consent", ask_with_options("consent"), take_consent, "choice", _has("consent")),
        Step("kind", ask_with_options("kind", numbered=True), take_kind, "choice", _has("kind")),
        Step("agency", ask_in_words("ask.agency"), take_agency, done=_has("agency")),
        Step("official", ask_in_words("ask.official"), take_official, done=_has("official")),
        Step("district", ask_district, take_district, done=_has("district")),
        Step("pin", ask_pin, take_pin, "choice", _pin_done),
        Step("subdistrict", ask_subdistrict, take_subdistrict, done=_has("subdistrict")),
        Step("when", ask_when, take_when, done=_has("occurred_on")),
        Step("what", ask_what, take_what, done=told_already),
        Step("what_more", ask_in_words("ask.what_more"), take_what_more, done=told_enough),
        Step("evidence", ask_evidence, take_evidence, "evidence", _has("evidence_done")),
        Step("witnesses", ask_witnesses, take_witnesses, done=_has("witnesses")),
        Step("reported", ask_with_options("reported"), take_reported, "choice", _has("reported")),
        Step(
            "reported_to",
            ask_in_words("ask.reported_to"),
            take_reported_to,
            done=_reported_done("reported_to"),
        ),
        Step(
            "reported_ref", ask_reported_ref, take_reported_ref, done=_reported_done("reported_ref")
        ),
        Step("identity", ask_with_options("identity"), take_identity, "choice", _has("anonymous")),
        Step("name", ask_name, take_name, done=_contact_done("name_enc")),
        Step("phone", ask_in_words("ask.phone"), take_phone, done=_contact_done("phone_enc")),
        Step("summary", lambda ctx: [], _summary_take, "choice"),
    )
}
FIRST_STEP = "consent"
# The questions as numbered for "you were at question N".
NUMBERED = tuple(name for name in STEPS if name not in ("what_more", "summary"))
# Fields a complainant can change from the summary, and the step that asks each: the
# summary's numbered lines, numbered once.
EDITABLE = SUMMARY_ITEMS
# The question a follow-up belongs to (what "เปลี่ยนใจ" at it re-opens, and what it is read as).
PARENT = EXPECTING

# What the tests and the flow reach through `steps`, wherever it now lives.
__all__ = [
    "ASK_QUICK",
    "EDITABLE",
    "FIRST_STEP",
    "NUMBERED",
    "PARENT",
    "STEPS",
    "Problem",
    "Step",
    "StepContext",
]
