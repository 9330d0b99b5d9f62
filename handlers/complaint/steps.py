"""The complaint conversation as a table of steps: what each asks, understands, stores and
leads to.

Each step has `ask(ctx)` (the question, as intents) and `take(ctx, answer)`, which
stores what it understood in `ctx.data` and returns the next step's name, or a
`Problem` (a catalogue key) when the answer does not fit. Every question can be
answered by typing: the button's words (with or without particles), synonyms and
Isan forms, or the option's number (see `choices.py`). What a step understood and
wants said back goes into `ctx.notes`. The flow is drawn in `flow.mmd`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from handlers.complaint import choices
from handlers.complaint.answers import Answer, choice_data
from handlers.complaint.fields import KINDS, MAX_DESCRIPTION, MAX_SHORT_TEXT, MIN_DESCRIPTION
from handlers.replies import Named, Out, Quick, Say, T
from handlers.thai import dates as thai_dates
from handlers.thai import phone as thai_phone
from handlers.thai.normalise import is_dont_know
from handlers.thai.places import Geography
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
    the evidence count (a number or a function), and notes to say back."""

    data: dict
    today: date
    vault: Vault
    evidence: int | Callable[[], int] = 0
    geography: Geography | None = None
    notes: list[Out] = field(default_factory=list)

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
    skip: Callable[[dict], bool] | None = None
    after: str | None = None  # where a skipped step leads


def _choices(step: str, options: list[tuple[str, str]]) -> tuple[Quick, ...]:
    return tuple(Quick(label, "postback", choice_data(step, value)) for label, value in options)


def _reask(step: str) -> Problem:
    """The short, numbered re-ask of a question whose answer was unclear."""
    return Problem(f"reask.{step}", {}, ASK_QUICK.get(step, ()))


def _text(answer: Answer, minimum: int = 2, maximum: int = MAX_SHORT_TEXT) -> str | Problem:
    if answer.text is None:
        return Problem("problem.want_text")
    value = answer.text.strip()
    if choices.is_non_answer(value):
        return Problem("problem.not_an_answer")
    if len(value) < minimum:
        return Problem("problem.too_short", {"minimum": minimum})
    if len(value) > maximum:
        return Problem("problem.too_long", {"maximum": maximum})
    return value


SKIP = Quick("choice.skip", "postback", "a=*:skip")
UNKNOWN = Quick("choice.unknown", "postback", "a=*:unknown")


def _skipped(answer: Answer) -> bool:
    return answer.choice in ("skip", "unknown") or (
        answer.text is not None and choices.says_none(answer.text)
    )


# -- consent ---------------------------------------------------------------
def take_consent(ctx, answer):
    picked = choices.pick(answer, "consent")
    if picked is None:
        return _reask("consent")
    if picked == "no":
        return "declined"
    ctx.data["consent"] = True
    return "kind"


# -- kind ------------------------------------------------------------------
def take_kind(ctx, answer):
    picked = choices.pick(answer, "kind")
    if picked is None and answer.text:
        picked = choices.kind_from_description(answer.text)
        if picked:
            ctx.notes.append(Say("note.kind", {"kind": T(f"kind.{picked}")}))
    if picked is None:
        return _reask("kind")
    ctx.data["kind"] = picked
    return "agency"


# -- agency, official --------------------------------------------------------
def _store_text(field: str, next_step: str, minimum: int = 2):
    """A step that keeps a short free-text answer in `field` ("ไม่ทราบ" is kept as said,
    and counted as missing)."""

    def take(ctx, answer):
        value = _text(answer, minimum=1 if is_dont_know(answer.text) else minimum)
        if isinstance(value, Problem):
            return value
        ctx.data[field] = value
        return next_step

    return take


take_agency = _store_text("agency", "official", minimum=3)
take_official = _store_text("official", "district")


# -- where -----------------------------------------------------------------
def _province(ctx) -> dict:
    """The province's name for the texts, Thai and English."""
    geo = ctx.geography
    return {"province": Named(geo.name, geo.name_en), "examples": Named(*geo.examples())}


def ask_district(ctx):
    location = (Quick("choice.share_location", "location"),)
    return [Say("ask.district", _province(ctx), quick=location)]


def _suggested(ctx, step: str, answer: Answer) -> str | None:
    """A suggestion offered last time, picked by number or by "ใช่" (the first one)."""
    offered = (ctx.data.get("_suggested") or {}).get(step) or []
    if not offered or answer.text is None:
        return None
    index = choices.number_or_yes(answer.text, len(offered))
    return offered[index] if index is not None else None


def _offer(ctx, step: str, names: tuple[str, ...], key: str, params: dict) -> Problem:
    ctx.data["_suggested"] = {step: list(names)}
    quick = _choices(step, [("=" + s, s) for s in names])
    if step == "subdistrict":
        quick += (UNKNOWN,)
    listed = "\n".join(f"{i}. {name}" for i, name in enumerate(names, start=1))
    return Problem(key, {**params, "suggestions": listed}, quick)


def take_district(ctx, answer):
    geo = ctx.geography
    if answer.is_location:
        ctx.data.update(
            latitude=answer.latitude, longitude=answer.longitude, place_text=answer.address
        )
        found = geo.district_from_address(answer.address or "")
        if found:
            ctx.data["district"] = found
            return "pin"
        return Problem("problem.location_outside", _province(ctx))
    picked = _suggested(ctx, "district", answer)
    if answer.choice and answer.step == "district":
        picked = answer.choice
    text = picked or answer.text
    if text is None:
        return Problem("problem.want_district")
    match = geo.match_district(text)
    if match.district:
        ctx.data["district"] = match.district
        return "subdistrict"
    if match.confident:
        ctx.data["district"] = match.suggestions[0]
        ctx.notes.append(Say("note.district", {"district": match.suggestions[0]}))
        return "subdistrict"
    if match.province_named:
        params = _province(ctx)
        return _offer(ctx, "district", match.suggestions, "problem.district_is_province", params)
    if match.other_province:
        return Problem(
            "problem.district_other_province",
            {"named": match.other_province, **_province(ctx)},
        )
    if match.suggestions:
        return _offer(ctx, "district", match.suggestions, "problem.district_suggest", {})
    return Problem("problem.district_unknown", _province(ctx))


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
    picked = choices.pick(answer, "pin")
    if picked is None and "บ้าน" in (answer.text or ""):
        picked = "elsewhere"  # "บ้านผมเอง": the pin is not the scene
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
    picked = _suggested(ctx, "subdistrict", answer)
    text = answer.choice if answer.step == "subdistrict" and answer.choice else answer.text
    text = picked or text
    if text is None:
        return Problem("problem.want_text")
    match = ctx.geography.match_subdistrict(ctx.data["district"], text)
    if match.unknown or match.subdistrict:
        ctx.data["subdistrict"] = match.subdistrict
        return "when"
    if match.suggestions:
        return _offer(ctx, "subdistrict", match.suggestions, "problem.subdistrict_suggest", {})
    return Problem("problem.subdistrict_unknown", {"district": ctx.data["district"]}, (UNKNOWN,))


# -- when ------------------------------------------------------------------
def ask_when(ctx):
    return [Say("ask.when", quick=(Quick("choice.pick_date", "date", "a=when:date"), UNKNOWN))]


def _said_back(ctx, parsed: thai_dates.WhenAnswer) -> None:
    """The date read, said back as a day, a span or a month ("ตุลาคม 2569", never "1 ต.ค.")."""
    if parsed.end != parsed.date:
        key = "note.when_span"
    else:
        key = "note.when_about" if parsed.approximate_text else "note.when"
    said = Named(thai_dates.format_when(parsed, "th"), thai_dates.format_when(parsed, "en"))
    ctx.notes.append(Say(key, {"date": said}))


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
    if choices.is_non_answer(answer.text):
        return Problem("problem.not_an_answer")
    parsed = thai_dates.parse_when(answer.text, ctx.today)
    if parsed.error:
        return Problem(f"problem.date_{parsed.error}")
    # Not one calendar day: kept as said back ("30 พ.ย. – 1 ธ.ค. 2569", "ตุลาคม 2569"), never
    # as "2-3 วันก่อน", which means nothing on the committee's screen a month later.
    ctx.data.update(
        occurred_on=parsed.date.isoformat() if parsed.date else None,
        occurred_text=thai_dates.format_when(parsed) if parsed.approximate_text else None,
    )
    if parsed.date:
        _said_back(ctx, parsed)
    return "what"


# -- what ------------------------------------------------------------------
def take_what(ctx, answer):
    value = _text(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    ctx.data["description"] = value
    # Short is kept: we ask kindly for more, never count characters at people.
    return "what_more" if len(value) < MIN_DESCRIPTION else "evidence"


def take_what_more(ctx, answer):
    if _skipped(answer):
        return "evidence"
    value = _text(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    ctx.data["description"] = f"{ctx.data.get('description', '')}\n{value}".strip()
    return "evidence"


def _told(data: dict) -> bool:
    """The story was told already: typed before the complaint began, or by voice."""
    return bool(data.get("told_first") or data.get("told_by"))


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
    if choices.pick(answer, "evidence") == "done" or _skipped(answer):
        return "witnesses"
    return Problem("problem.want_evidence")


# -- witnesses -------------------------------------------------------------
def ask_witnesses(ctx):
    return [Say("ask.witnesses", quick=(SKIP,))]


def _store_optional_text(field: str, next_step: str, minimum: int, skipped: str | None):
    """A step with a free-text answer that may be skipped (stored as `skipped`)."""
    store = _store_text(field, next_step, minimum)

    def take(ctx, answer):
        if _skipped(answer):
            ctx.data[field] = skipped
            return next_step
        return store(ctx, answer)

    return take


take_witnesses = _store_optional_text("witnesses", "reported", minimum=2, skipped="")


# -- reported elsewhere ----------------------------------------------------
def take_reported(ctx, answer):
    picked = choices.pick(answer, "reported")
    if picked is None:
        return _reask("reported")
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
def take_identity(ctx, answer):
    picked = choices.pick(answer, "identity")
    if picked is None:
        return _reask("identity")
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
    phone = thai_phone.find_thai_phone(answer.text)
    if phone is None:
        return Problem("problem.phone_invalid")
    ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
    return "summary"


def _say(key: str) -> Callable[[StepContext], list[Out]]:
    return lambda ctx: [Say(key)]


def _asking(step: str, key: str | None = None) -> Callable[[StepContext], list[Out]]:
    """A question with its options as buttons (typed answers work as well)."""
    return lambda ctx: [Say(key or f"ask.{step}", quick=ASK_QUICK[step])]


def _summary_take(ctx, answer):
    # The summary's words and buttons are handled by the flow (confirm, edit, cancel).
    return _reask("summary")


ASK_QUICK: dict[str, tuple[Quick, ...]] = {
    "consent": _choices("consent", [("choice.agree", "yes"), ("choice.decline", "no")]),
    "kind": _choices("kind", [(f"kind.{k}", k) for k in KINDS]),
    "reported": _choices("reported", [("choice.yes", "yes"), ("choice.no", "no")]),
    "identity": _choices(
        "identity", [("choice.anonymous", "anonymous"), ("choice.named", "named")]
    ),
    "summary": (
        Quick("button.confirm", "postback", "a=summary:confirm"),
        Quick("button.edit", "postback", "a=summary:edit"),
        Quick("button.cancel", "postback", "a=summary:cancel"),
    ),
}

STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step("consent", _asking("consent"), take_consent, "choice"),
        Step("kind", _asking("kind"), take_kind, "choice"),
        Step("agency", _say("ask.agency"), take_agency),
        Step("official", _say("ask.official"), take_official),
        Step("district", ask_district, take_district),
        Step("pin", ask_pin, take_pin, "choice"),
        Step("subdistrict", ask_subdistrict, take_subdistrict),
        Step("when", ask_when, take_when),
        Step("what", _say("ask.what"), take_what, skip=_told, after="evidence"),
        Step("what_more", _say("ask.what_more"), take_what_more),
        Step("evidence", ask_evidence, take_evidence, "evidence"),
        Step("witnesses", ask_witnesses, take_witnesses),
        Step("reported", _asking("reported"), take_reported, "choice"),
        Step("reported_to", _say("ask.reported_to"), take_reported_to),
        Step("reported_ref", ask_reported_ref, take_reported_ref),
        Step("identity", _asking("identity"), take_identity, "choice"),
        Step("name", _say("ask.name"), take_name),
        Step("phone", _say("ask.phone"), take_phone),
        Step("summary", lambda ctx: [], _summary_take, "choice"),
    )
}
FIRST_STEP = "consent"
# The questions as numbered for "you were at question N".
NUMBERED = tuple(name for name in STEPS if name not in ("what_more", "summary"))
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
# Steps that lead on to a follow-up question even while editing.
FOLLOW_UPS = ("pin", "subdistrict", "what_more", "reported_to", "reported_ref", "name", "phone")
