"""What every step is made of: the step and its context, a problem with an answer, the
question's buttons, and the ways a typed answer is stored (text, skipped, yes or no)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from handlers.complaint import choices
from handlers.intake.answers import Answer, choice_data
from handlers.intake.fields import MAX_SHORT_TEXT
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import as_typed, clean, is_dont_know, strip_particles
from handlers.thai.places import Geography
from handlers.understanding import said_plainly, without_chat, without_courtesies
from storage.crypto import Vault


@dataclass(frozen=True)
class Problem:
    """Why an answer was not taken (a catalogue key and its parameters)."""

    key: str
    params: dict | None = None
    quick: tuple[Quick, ...] = ()


@dataclass
class StepContext:
    """What a step sees: the draft's data, today's date, the vault, the province's places,
    the evidence count (a number or a function), notes to say back, and the fields it took
    that are said back in the one bubble of what was understood (`understood.said_back`)."""

    data: dict
    today: date
    vault: Vault
    evidence: int | Callable[[], int] = 0
    geography: Geography | None = None
    notes: list[Out] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # fields taken to say back with the rest

    @property
    def evidence_count(self) -> int:
        """How many evidence files the draft has."""
        return self.evidence() if callable(self.evidence) else self.evidence


@dataclass(frozen=True)
class Step:
    """One question of the conversation; `skip(data)` passes over it when already answered."""

    name: str
    ask: Callable[[StepContext], list[Out]]
    take: Callable[[StepContext, Answer], str | Problem]
    wants: str = "text"  # what a wrong kind of answer is told is wanted
    done: Callable[[dict], bool] | None = None  # already answered: passed over, not asked


def option_buttons(step: str, options: list[tuple[str, str]]) -> tuple[Quick, ...]:
    """A button for each option of the step, its label and its postback."""
    return tuple(Quick(label, "postback", choice_data(step, value)) for label, value in options)


def reask(step: str) -> Problem:
    """The short, numbered re-ask of a question whose answer was unclear."""
    options = {"options": choices.numbered(step)} if step in choices.LABELS else {}
    return Problem(f"reask.{step}", options, ASK_QUICK.get(step, ()))


def text_answer(answer: Answer, minimum: int = 2, maximum: int = MAX_SHORT_TEXT) -> str | Problem:
    """The typed answer as stored, or its problem (none, a non-answer, too short or long)."""
    if answer.text is None:
        return Problem("problem.want_text")
    value = answer.text.strip() if maximum > MAX_SHORT_TEXT else _short(answer.text)
    if choices.is_non_answer(value):
        return Problem("problem.not_an_answer")
    if len(value) < minimum:
        return Problem("problem.too_short", {"minimum": minimum})
    if len(value) > maximum:
        return Problem("problem.too_long", {"maximum": maximum})
    return value


def _short(text: str) -> str:
    """A short answer as stored: as typed, without the politeness particles at its end."""
    stripped = strip_particles(text)
    unchanged = clean(text).rstrip(".!?~… ") == stripped
    return text.strip() if unchanged else as_typed(text, stripped)


SKIP = Quick("choice.skip", "postback", "a=*:skip")
UNKNOWN = Quick("choice.unknown", "postback", "a=*:unknown")


def skipped_answer(answer: Answer) -> bool:
    """Nothing to give here: "ไม่มี", "ข้าม", "ไม่รู้", "-", a skip button."""
    return (
        answer.choice in ("skip", "unknown")
        or answer.intent == "none"
        or (answer.text is not None and choices.says_none(answer.text))
    )


def told_text(text: str) -> str:
    """What was told, as the story keeps it: without a greeting opening it or thanks closing it,
    nor the chat between its bubbles."""
    return without_chat(without_courtesies(text)) or without_courtesies(text) or text.strip()


#: What is said back when an answer was put as a check ("…ใช่ไหมครับ"), by field: the words
#: kept, so that they can be corrected; whether a person beside them counts as a witness: yes.
CHECKED_NOTES = {"witnesses": "note.witness_counts"}


def store_text(field: str, next_step: str, minimum: int = 2, named=None):
    """A step that keeps a short free-text answer in `field`: the words typed without their
    particles, or the clean name `named(ctx, answer)` reads; "ไม่รู้" keeps nothing (None)."""

    def take(ctx, answer):
        if answer.intent == "none" or is_dont_know(answer.text):
            ctx.data[field] = None
            return next_step
        checked = answer.value("checked")
        value = (named(ctx, answer) if named else None) or _typed(answer, checked, minimum)
        if isinstance(value, Problem):
            return value
        ctx.data[field] = value
        if checked:  # put as a check ("ปลัดใช่ไหมคะ"): what is kept, said back
            ctx.notes.append(Say(CHECKED_NOTES.get(field, "note.checked"), {"value": value}))
        return next_step

    return take


def _typed(answer: Answer, checked: object, minimum: int) -> str | Problem:
    """The words typed as kept: before a check ("แฟนผมไปด้วย นับไหมครับ" → "แฟนผมไปด้วย"), out
    of their frame ("ก็กำนันไงคะ ใครจะกล้าทำอีก" → "กำนัน")."""
    if isinstance(checked, str):
        answer = replace(answer, text=checked)
    plain = said_plainly(answer.text) if answer.text else None
    if plain and plain != answer.text.strip():
        answer = replace(answer, text=plain)
    return text_answer(answer, minimum=minimum)


#: What an opening said of the person (who they are, for whom they report), kept to go before
#: the story they then tell: it is not the story ("ผมเป็นไวยาวัจกรวัด หลวงพ่อให้มาแจ้งแทน").
OPENING = "_opening"


#: What answers to the questions before the story said beside their value ("อบต.สะเดาค่ะ เขาตั้งงบ
#: ไว้ 500,000 บาท…"), kept to open the story once it is told.
BESIDE = "_told_beside"


def keep_with_story(data: dict, told: str) -> None:
    """A fact said beside an answer: added to the story (told already, or by voice: then
    never asked), or kept to open it once told."""
    if data.get("description") or data.get("told_by"):
        data["description"] = "\n".join(filter(None, (data.get("description"), told)))
    else:
        data[BESIDE] = "\n".join(filter(None, (data.get(BESIDE), told)))


def story_with_facts(data: dict, story: str) -> str:
    """The story as kept: the facts said beside earlier answers first (taken), then the story."""
    return "\n".join(filter(None, (data.pop(BESIDE, None), story)))


def store_optional_text(field: str, next_step: str, minimum: int, skipped: str | None):
    """A step with a free-text answer that may be skipped (stored as `skipped`)."""
    store = store_text(field, next_step, minimum)

    def take(ctx, answer):
        if skipped_answer(answer) or answer.value(field) == "":
            ctx.data[field] = skipped
            return next_step
        return store(ctx, answer)

    return take


def ask_in_words(key: str) -> Callable[[StepContext], list[Out]]:
    """A question asked in words alone, its catalogue `key`."""
    return lambda ctx: [Say(key)]


def ask_with_options(
    step: str, key: str | None = None, numbered: bool = False
) -> Callable[[StepContext], list[Out]]:
    """A question with its options as buttons (typed answers work as well); `numbered`: its
    text lists them too, numbered as the buttons are ordered."""
    options = {"options": choices.numbered(step)} if numbered else {}
    return lambda ctx: [Say(key or f"ask.{step}", options, quick=ASK_QUICK[step])]


ASK_QUICK: dict[str, tuple[Quick, ...]] = {
    **{
        step: option_buttons(step, [(label, value) for value, label in options])
        for step, options in choices.LABELS.items()
    },
    "summary": (
        Quick("button.confirm", "postback", "a=summary:confirm"),
        Quick("button.edit", "postback", "a=summary:edit"),
        Quick("button.cancel", "postback", "a=summary:cancel"),
    ),
}
