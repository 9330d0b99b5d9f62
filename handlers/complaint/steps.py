"""The complaint conversation as a table of steps: what each asks, stores and leads to.

Each step has `ask(ctx)` (the question, as intents) and `take(ctx, answer)`, which
stores what it understood in `ctx.data` and returns the next step's name, or a
`Problem` (a catalogue key) when the answer does not fit. The flow is drawn in
`flow.mmd`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from handlers.complaint.answers import Answer, choice_data
from handlers.complaint.fields import KINDS, MAX_DESCRIPTION, MAX_SHORT_TEXT, MIN_DESCRIPTION
from handlers.replies import Out, Quick, Say
from handlers.thai import dates as thai_dates
from handlers.thai import phone as thai_phone
from handlers.thai import places
from handlers.thai.words import means
from storage.crypto import Vault


@dataclass(frozen=True)
class Problem:
    """Why an answer was not taken (a catalogue key and its parameters)."""

    key: str
    params: dict | None = None
    quick: tuple[Quick, ...] = ()


@dataclass
class StepContext:
    """What a step sees: the draft's data, today's date, the vault, evidence count.

    The count may be given as a function, so only the steps that show it pay for it.
    """

    data: dict
    today: date
    vault: Vault
    evidence: int | Callable[[], int] = 0

    @property
    def evidence_count(self) -> int:
        """How many evidence files the draft has."""
        return self.evidence() if callable(self.evidence) else self.evidence


@dataclass(frozen=True)
class Step:
    """One question of the conversation."""

    name: str
    ask: Callable[[StepContext], list[Out]]
    take: Callable[[StepContext, Answer], str | Problem]
    wants: str = "text"  # what a wrong kind of answer is told is wanted


def _choices(step: str, options: list[tuple[str, str]]) -> tuple[Quick, ...]:
    return tuple(Quick(label, "postback", choice_data(step, value)) for label, value in options)


def _picked(answer: Answer, step: str, options: dict[str, str]) -> str | None:
    """The option tapped for this step, or typed as its label or number."""
    if answer.choice and answer.step == step and answer.choice in options.values():
        return answer.choice
    if answer.text:
        typed = answer.text.strip().lower()
        for index, (label, value) in enumerate(options.items(), start=1):
            if typed in (str(index), value, label.lower()):
                return value
    return None


def _text(answer: Answer, minimum: int = 2, maximum: int = MAX_SHORT_TEXT) -> str | Problem:
    if answer.text is None:
        return Problem("problem.want_text")
    value = answer.text.strip()
    if len(value) < minimum:
        return Problem("problem.too_short", {"minimum": minimum})
    if len(value) > maximum:
        return Problem("problem.too_long", {"maximum": maximum})
    return value


YES_NO = [("choice.yes", "yes"), ("choice.no", "no")]
SKIP = Quick("choice.skip", "postback", "a=*:skip")
UNKNOWN = Quick("choice.unknown", "postback", "a=*:unknown")


def _is(answer: Answer, value: str) -> bool:
    return answer.choice == value or (answer.text is not None and means(answer.text, value))


# -- consent ---------------------------------------------------------------
def ask_consent(ctx):
    return [
        Say(
            "ask.consent",
            quick=_choices("consent", [("choice.agree", "yes"), ("choice.decline", "no")]),
        )
    ]


def _yes_or_no(answer: Answer, step: str, yes_label: str, no_label: str) -> str | None:
    """'yes' or 'no', tapped or typed in either language; None when unclear."""
    picked = _picked(answer, step, {yes_label: "yes", no_label: "no"})
    if picked is None and answer.text is not None:
        picked = "yes" if means(answer.text, "yes") else "no" if means(answer.text, "no") else None
    return picked


def take_consent(ctx, answer):
    picked = _yes_or_no(answer, "consent", "choice.agree", "choice.decline")
    if picked is None:
        return Problem("problem.pick_one")
    if picked == "no":
        return "declined"
    ctx.data["consent"] = True
    return "kind"


# -- kind ------------------------------------------------------------------
KIND_OPTIONS = {f"kind.{k}": k for k in KINDS}


def ask_kind(ctx):
    return [
        Say("ask.kind", quick=_choices("kind", [(label, v) for label, v in KIND_OPTIONS.items()]))
    ]


def take_kind(ctx, answer):
    picked = _picked(answer, "kind", KIND_OPTIONS)
    if picked is None:
        return Problem("problem.pick_one")
    ctx.data["kind"] = picked
    return "agency"


# -- agency, official --------------------------------------------------------
def _store_text(field: str, next_step: str, minimum: int = 2):
    """A step that keeps a short free-text answer in `field`."""

    def take(ctx, answer):
        value = _text(answer, minimum=minimum)
        if isinstance(value, Problem):
            return value
        ctx.data[field] = value
        return next_step

    return take


take_agency = _store_text("agency", "official", minimum=3)
take_official = _store_text("official", "district")


# -- where -----------------------------------------------------------------
def ask_district(ctx):
    return [Say("ask.district", quick=(Quick("choice.share_location", "location"),))]


def take_district(ctx, answer):
    if answer.is_location:
        ctx.data.update(
            latitude=answer.latitude, longitude=answer.longitude, place_text=answer.address
        )
        found = places.district_from_address(answer.address or "")
        if found:
            ctx.data["district"] = found
            return "pin"
        return Problem("problem.location_outside")
    if answer.choice and answer.step == "district":
        answer = Answer(text=answer.choice)
    if answer.text is None:
        return Problem("problem.want_district")
    match = places.match_district(answer.text)
    if match.district:
        ctx.data["district"] = match.district
        return "subdistrict"
    if match.suggestions:
        quick = _choices("district", [("=" + s, s) for s in match.suggestions])
        return Problem(
            "problem.district_suggest", {"suggestions": ", ".join(match.suggestions)}, quick
        )
    return Problem("problem.district_unknown")


def ask_pin(ctx):
    # A shared location is often the sender's own home: reviewers of an anonymous
    # complaint see it only when the complainant says it is where it happened.
    return [
        Say(
            "ask.pin",
            quick=_choices("pin", [("pin.scene", "scene"), ("pin.elsewhere", "elsewhere")]),
        )
    ]


def take_pin(ctx, answer):
    picked = _picked(answer, "pin", {"pin.scene": "scene", "pin.elsewhere": "elsewhere"})
    if picked is None and means(answer.text, "yes"):
        picked = "scene"
    elif picked is None and (means(answer.text, "no") or "บ้าน" in (answer.text or "")):
        picked = "elsewhere"  # "ไม่ใช่", "บ้านผมเอง": the pin is not the scene
    if picked is None:
        return Problem("problem.use_buttons")
    ctx.data["pin_is_scene"] = picked == "scene"
    return "subdistrict"


def ask_subdistrict(ctx):
    return [Say("ask.subdistrict", {"district": ctx.data.get("district", "")}, quick=(UNKNOWN,))]


def take_subdistrict(ctx, answer):
    if answer.choice == "unknown":
        ctx.data["subdistrict"] = None
        return "when"
    text = answer.choice if answer.step == "subdistrict" and answer.choice else answer.text
    if text is None:
        return Problem("problem.want_text")
    match = places.match_subdistrict(ctx.data["district"], text)
    if match.unknown or match.subdistrict:
        ctx.data["subdistrict"] = match.subdistrict
        return "when"
    if match.suggestions:
        quick = _choices("subdistrict", [("=" + s, s) for s in match.suggestions]) + (UNKNOWN,)
        return Problem(
            "problem.subdistrict_suggest", {"suggestions": ", ".join(match.suggestions)}, quick
        )
    return Problem("problem.subdistrict_unknown", {"district": ctx.data["district"]}, (UNKNOWN,))


# -- when ------------------------------------------------------------------
def ask_when(ctx):
    return [Say("ask.when", quick=(Quick("choice.pick_date", "date", "a=when:date"), UNKNOWN))]


def take_when(ctx, answer):
    if answer.choice == "unknown":
        ctx.data.update(occurred_on=None, occurred_text=None)
        return "what"
    if answer.date:
        picked = date.fromisoformat(answer.date)
        if picked > ctx.today:
            return Problem("problem.date_future")
        ctx.data.update(occurred_on=picked.isoformat(), occurred_text=None)
        return "what"
    if answer.text is None:
        return Problem("problem.want_date")
    parsed = thai_dates.parse_when(answer.text, ctx.today)
    if parsed.error:
        return Problem(f"problem.date_{parsed.error}")
    ctx.data.update(
        occurred_on=parsed.date.isoformat() if parsed.date else None,
        occurred_text=parsed.approximate_text,
    )
    return "what"


# -- what ------------------------------------------------------------------
def take_what(ctx, answer):
    if answer.text is None:
        return Problem("problem.want_text")
    value = answer.text.strip()
    if len(value) < MIN_DESCRIPTION:
        return Problem("problem.description_short", {"minimum": MIN_DESCRIPTION})
    if len(value) > MAX_DESCRIPTION:
        return Problem("problem.too_long", {"maximum": MAX_DESCRIPTION})
    ctx.data["description"] = value
    return "evidence"


# -- evidence (media are stored by the flow; this step only hears "done") -----
def ask_evidence(ctx):
    return [
        Say(
            "ask.evidence",
            {"count": ctx.evidence_count},
            quick=(
                Quick("choice.camera", "camera"),
                Quick("choice.gallery", "cameraRoll"),
                Quick("choice.done", "postback", "a=evidence:done"),
            ),
        )
    ]


def take_evidence(ctx, answer):
    if _is(answer, "done") or _is(answer, "skip"):
        return "witnesses"
    return Problem("problem.want_evidence")


# -- witnesses -------------------------------------------------------------
def ask_witnesses(ctx):
    return [Say("ask.witnesses", quick=(SKIP,))]


def _store_optional_text(field: str, next_step: str, minimum: int, skipped: str | None):
    """A step with a free-text answer that may be skipped (stored as `skipped`)."""
    store = _store_text(field, next_step, minimum)

    def take(ctx, answer):
        if _is(answer, "skip"):
            ctx.data[field] = skipped
            return next_step
        return store(ctx, answer)

    return take


take_witnesses = _store_optional_text("witnesses", "reported", minimum=2, skipped="")


# -- reported elsewhere ----------------------------------------------------
def ask_reported(ctx):
    return [Say("ask.reported", quick=_choices("reported", YES_NO))]


def take_reported(ctx, answer):
    picked = _yes_or_no(answer, "reported", "choice.yes", "choice.no")
    if picked is None:
        return Problem("problem.pick_one")
    ctx.data["reported"] = picked == "yes"
    if picked == "no":
        ctx.data.update(reported_to=None, reported_ref=None)
        return "identity"
    return "reported_to"


take_reported_to = _store_text("reported_to", "reported_ref")


def ask_reported_ref(ctx):
    return [Say("ask.reported_ref", quick=(SKIP,))]


take_reported_ref = _store_optional_text("reported_ref", "identity", minimum=1, skipped=None)


# -- identity ----------------------------------------------------------------
def ask_identity(ctx):
    return [
        Say(
            "ask.identity",
            quick=_choices(
                "identity", [("choice.anonymous", "anonymous"), ("choice.named", "named")]
            ),
        )
    ]


def take_identity(ctx, answer):
    picked = _picked(answer, "identity", {"choice.anonymous": "anonymous", "choice.named": "named"})
    if picked is None:
        return Problem("problem.pick_one")
    if picked == "anonymous":
        ctx.data.update(anonymous=True, name_enc=None, phone_enc=None)
        return "summary"
    ctx.data["anonymous"] = False
    return "name"


def take_name(ctx, answer):
    value = _text(answer, minimum=2, maximum=100)
    if isinstance(value, Problem):
        return value
    ctx.data["name_enc"] = ctx.vault.encrypt(value)
    return "phone"


def take_phone(ctx, answer):
    if answer.text is None:
        return Problem("problem.want_phone")
    phone = thai_phone.normalize_thai_phone(answer.text)
    if phone is None:
        return Problem("problem.phone_invalid")
    ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
    return "summary"


def _say(key: str) -> Callable[[StepContext], list[Out]]:
    return lambda ctx: [Say(key)]


def _summary_take(ctx, answer):
    # The summary's buttons are handled by the flow (confirm, edit, cancel).
    return Problem("problem.use_buttons")


STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step("consent", ask_consent, take_consent, "choice"),
        Step("kind", ask_kind, take_kind, "choice"),
        Step("agency", _say("ask.agency"), take_agency),
        Step("official", _say("ask.official"), take_official),
        Step("district", ask_district, take_district),
        Step("pin", ask_pin, take_pin, "choice"),
        Step("subdistrict", ask_subdistrict, take_subdistrict),
        Step("when", ask_when, take_when),
        Step("what", _say("ask.what"), take_what),
        Step("evidence", ask_evidence, take_evidence, "evidence"),
        Step("witnesses", ask_witnesses, take_witnesses),
        Step("reported", ask_reported, take_reported, "choice"),
        Step("reported_to", _say("ask.reported_to"), take_reported_to),
        Step("reported_ref", ask_reported_ref, take_reported_ref),
        Step("identity", ask_identity, take_identity, "choice"),
        Step("name", _say("ask.name"), take_name),
        Step("phone", _say("ask.phone"), take_phone),
        Step("summary", lambda ctx: [], _summary_take, "choice"),
    )
}
FIRST_STEP = "consent"
# Fields a complainant can change from the summary, and the step that asks each.
EDITABLE = (
    "kind",
    "agency",
    "official",
    "district",
    "when",
    "what",
    "evidence",
    "witnesses",
    "reported",
    "identity",
)
