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

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from handlers.complaint import choices, understood
from handlers.intake.answers import Answer, choice_data
from handlers.intake.expecting import EXPECTING
from handlers.intake.fields import MAX_DESCRIPTION, MAX_SHORT_TEXT, MIN_DESCRIPTION
from handlers.replies import Named, Out, Quick, Say, T
from handlers.thai import dates as thai_dates
from handlers.thai import phone as thai_phone
from handlers.thai.in_english import named_place
from handlers.thai.normalise import clean, is_dont_know, strip_particles
from handlers.thai.places import Geography, heard_as
from handlers.understanding import (
    all_the_evidence,
    not_an_office,
    reads_as_name,
    said_plainly,
    tells_what_happened,
    where,
    without_courtesies,
)
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
    done: Callable[[dict], bool] | None = None  # already answered: passed over, not asked


def _choices(step: str, options: list[tuple[str, str]]) -> tuple[Quick, ...]:
    return tuple(Quick(label, "postback", choice_data(step, value)) for label, value in options)


def _reask(step: str) -> Problem:
    """The short, numbered re-ask of a question whose answer was unclear."""
    options = {"options": choices.numbered(step)} if step in choices.LABELS else {}
    return Problem(f"reask.{step}", options, ASK_QUICK.get(step, ()))


def _text(answer: Answer, minimum: int = 2, maximum: int = MAX_SHORT_TEXT) -> str | Problem:
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
    return text.strip() if unchanged else stripped


SKIP = Quick("choice.skip", "postback", "a=*:skip")
UNKNOWN = Quick("choice.unknown", "postback", "a=*:unknown")


def _skipped(answer: Answer) -> bool:
    """Nothing to give here: "ไม่มี", "ข้าม", "ไม่รู้", "-", a skip button."""
    return (
        answer.choice in ("skip", "unknown")
        or answer.intent == "none"
        or (answer.text is not None and choices.says_none(answer.text))
    )


# -- consent ---------------------------------------------------------------
def _yes_no(answer: Answer, step: str) -> str | None:
    """The option of a yes/no question: tapped, typed as its words or number, or agreement
    and refusal as the understanding reads them ("ได้จ้า", "เออ ได้", "บ่")."""
    picked = choices.pick(answer, step)
    if picked is None and answer.intent in ("yes", "no"):
        picked = answer.intent
    return picked


#: The lines of the matter sent in bubbles before consent was given, and the fields they filled.
BEFORE_CONSENT = "_before_consent"
KEPT_FIELDS = "_kept_fields"


def take_consent(ctx, answer):
    picked = _yes_no(answer, "consent")
    if picked is None:
        return _reask("consent")
    told = ctx.data.pop(BEFORE_CONSENT, None)
    kept = ctx.data.pop(KEPT_FIELDS, [])
    ctx.data.pop("_consent_asked_again", None)
    if picked == "no":
        return "declined"
    ctx.data["consent"] = True
    if told:
        _keep_told(ctx, told, kept)
    return "kind"


def told_text(text: str) -> str:
    """What was told, as the story keeps it: without a greeting opening it or thanks closing it."""
    return without_courtesies(text) or text.strip()


def _keep_told(ctx, told: str, kept: list) -> None:
    """The bubbles sent before consent: the story when they tell what happened (else kept to go
    before it, and what happened is asked), and the fields they filled said back."""
    told = told_text(told)
    read = understood.read(told, "what", ctx.today)
    if tells_what_happened(told, read.values if read else None):
        before = ctx.data.get("description")
        ctx.data["description"] = f"{before}\n{told}" if before else told
        ctx.data["told_first"] = True
    else:
        before = ctx.data.get(OPENING)
        ctx.data[OPENING] = f"{before}\n{told}" if before else told
    ctx.notes.extend(understood.said_back(ctx.data, kept, read))


# -- kind ------------------------------------------------------------------
def take_kind(ctx, answer):
    picked = choices.pick(answer, "kind")
    if picked is None and answer.intent == "none":
        picked = "other"
    if picked is None and answer.text:  # told, not picked: said back so it can be corrected
        picked = answer.value("kind")
        if picked:
            ctx.notes.append(Say("note.kind", {"kind": T(f"kind.{picked}")}))
    if picked is None:
        return _reask("kind")
    ctx.data["kind"] = picked
    return "agency"


# -- agency, official --------------------------------------------------------
def _store_text(field: str, next_step: str, minimum: int = 2, named=None):
    """A step that keeps a short free-text answer in `field`: the words typed without their
    particles, or the clean name `named(ctx, answer)` reads; "ไม่รู้" keeps nothing (None)."""

    def take(ctx, answer):
        if answer.intent == "none" or is_dont_know(answer.text):
            ctx.data[field] = None
            return next_step
        found = named(ctx, answer) if named else None
        if found:
            ctx.data[field] = found
            return next_step
        plain = said_plainly(answer.text) if answer.text else None
        if plain and plain != answer.text.strip():  # "ก็กำนันไงคะ ใครจะกล้าทำอีก" → "กำนัน"
            answer = replace(answer, text=plain)
        value = _text(answer, minimum=minimum)
        if isinstance(value, Problem):
            return value
        ctx.data[field] = value
        return next_step

    return take


def _agency_named(ctx, answer) -> str | None:
    """An agency's clean name ("อบตหนองกงครับ" → "อบต.หนองกง") when it is a kind of agency
    people abbreviate; other names are kept as typed."""
    found = answer.value("agency")
    return found if understood.recognised_agency(found, ctx.geography) else None


_take_agency_text = _store_text("agency", "official", minimum=3, named=_agency_named)


def take_agency(ctx, answer):
    """The agency as typed and cleaned; "อบต.ฯ", "อบต.ดังกล่าว" is the one named before in
    the filing, else its place is asked once; said again, the kind alone is kept ("อบต.");
    "not an office, a savings group" keeps the group."""
    said = answer.value("agency")
    asked = ctx.data.pop("_agency_which", None)
    instead = not_an_office(clean(answer.text)) if answer.text else None
    if instead:  # "ไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์": the group is kept, not the frame
        answer = replace(answer, text=instead)
    if said and answer.text and where.points_back(clean(answer.text)):
        before = understood.agency_named_before(ctx.data, said, ctx.geography)
        if before is None and not asked:
            ctx.data["_agency_which"] = True
            return Problem("problem.agency_which", {"agency": said})
        ctx.data["agency"] = before or said
        if before:
            ctx.notes.extend(understood.said_back(ctx.data, ["agency"], None))
        return "official"
    return _take_agency_text(ctx, answer)


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


def _insisted(ctx, step: str, answer: Answer) -> str | None:
    """The name typed again after suggestions were offered, as it is said: the one offered it
    sounds like ("ละเวี่ย" again after "ละเวี้ย?" is ละเวี้ย), never a second refusal."""
    offered = (ctx.data.get("_suggested") or {}).get(step) or []
    return heard_as(answer.text, offered) if offered and answer.text else None


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
            _subdistrict_from_address(ctx, found, answer.address or "")
            return "pin"
        return Problem("problem.location_outside", _province(ctx))
    for name in ("subdistrict", "district"):
        if name == "subdistrict" and _district_named_alike(answer):
            continue  # "นางรอง" at this question is the district, not its ต.นางรอง
        if understood.apply(ctx.data, name, answer.value(name), geo):
            return "subdistrict"
    picked = _suggested(ctx, "district", answer)
    if answer.choice and answer.step == "district":
        picked = answer.choice
    text = picked or answer.text
    if text is None:
        return Problem("problem.want_district")
    if answer.intent == "none" or is_dont_know(text):  # "บ่ฮู้": no district was named
        location = (Quick("choice.share_location", "location"),)
        return Problem("problem.district_not_known", _province(ctx), location)
    match = geo.match_district(text)
    if match.district:
        _set_district(ctx.data, match.district)
        return "subdistrict"
    if match.confident:
        _set_district(ctx.data, match.suggestions[0])
        ctx.notes.append(Say("note.district", {"district": named_place(match.suggestions[0])}))
        return "subdistrict"
    named = geo.district_named_in(text)
    if named:  # "Nang Rong, as I just said": the district among other words
        _set_district(ctx.data, named)
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


def _set_district(data: dict, district: str) -> None:
    """A district answered: a sub-district of another district no longer holds."""
    if data.get("district") != district:
        data.pop("subdistrict", None)
    data["district"] = district


_TAMBON_IN_ADDRESS = re.compile(r"(?:ตำบล|ต\s*\.)\s*(\S+)")


def _district_named_alike(answer: Answer) -> bool:
    """The district answer also reads as a sub-district only by its name (the town that
    names the district), not as one named with ต./ตำบล."""
    found = answer.understood.values if answer.understood else {}
    sub = found.get("subdistrict")
    sure = understood.VOLUNTEER_CONFIDENCE["subdistrict"]
    return "district" in found and sub is not None and sub.confidence < sure


def _subdistrict_from_address(ctx, district: str, address: str) -> None:
    """The sub-district a shared pin's address names ("ต.หนองโบสถ์ อ.นางรอง …")."""
    ctx.data.pop("subdistrict", None)
    for named in _TAMBON_IN_ADDRESS.findall(address):
        match = ctx.geography.match_subdistrict(district, named)
        if match.subdistrict:
            ctx.data["subdistrict"] = match.subdistrict
            return


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
    district = named_place(ctx.data.get("district", ""))
    return [Say("ask.subdistrict", {"district": district}, quick=(UNKNOWN,))]


def _district_corrected(ctx, answer) -> str | None:
    """A district named with "อำเภอ"/"อ." at the sub-district question, other than the one
    held ("ขอโทษค่ะ บอกอำเภอผิด เป็นอำเภอประโคนชัย", "อ.นางรอง ต.หนองโบสถ์"): the district
    is corrected, with the sub-district said beside it, and both are said back."""
    found = answer.understood.values.get("district") if answer.understood else None
    named = understood.district_name(found.value) if found else None
    if found is None or found.confidence < NAMED_PLACE or named == ctx.data.get("district"):
        return None
    taken = (
        ["district"] if understood.apply(ctx.data, "district", found.value, ctx.geography) else []
    )
    sub = answer.understood.values.get("subdistrict")
    place = understood.subdistrict_place(sub.value) if sub else None
    if taken and place and place[0] == named and sub.confidence >= NAMED_PLACE:
        understood.apply(ctx.data, "subdistrict", sub.value, ctx.geography)
        taken.append("subdistrict")
    ctx.notes.extend(understood.said_back(ctx.data, taken, answer.understood))
    return None if not taken else "when" if ctx.data.get("subdistrict") else "subdistrict"


#: How sure a place read from an answer must be to correct the one held: named with its
#: marker ("อำเภอ", "อ.", "ต.", "district"), not guessed from a name inside other words
#: ("ไม่ใช่กระสังค่ะ อำเภอสตึก": กระสัง is also a sub-district of สตึก, and is denied).
NAMED_PLACE = 0.9


def take_subdistrict(ctx, answer):
    if answer.choice == "unknown" or answer.intent == "none":
        ctx.data["subdistrict"] = None
        return "when"
    corrected = _district_corrected(ctx, answer)
    if corrected:
        return corrected
    found = understood.subdistrict_place(answer.value("subdistrict"))
    if found and found[0] == ctx.data.get("district"):
        ctx.data["subdistrict"] = found[1]
        return "when"
    picked = _suggested(ctx, "subdistrict", answer) or _insisted(ctx, "subdistrict", answer)
    text = answer.choice if answer.step == "subdistrict" and answer.choice else answer.text
    text = picked or text
    if text is None:
        return Problem("problem.want_text")
    match = ctx.geography.match_subdistrict(ctx.data["district"], text)
    if match.unknown or match.subdistrict:
        ctx.data["subdistrict"] = match.subdistrict
        return "when"
    heard = heard_as(text, list(match.suggestions))
    if heard:  # "ละเวี่ย", "ลำดวล": the one offered it sounds like, taken and said back
        ctx.data["subdistrict"] = heard
        ctx.notes.append(Say("note.subdistrict", {"subdistrict": named_place(heard)}))
        return "when"
    if match.suggestions:
        return _offer(ctx, "subdistrict", match.suggestions, "problem.subdistrict_suggest", {})
    district = named_place(ctx.data["district"])
    return Problem("problem.subdistrict_unknown", {"district": district}, (UNKNOWN,))


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
    if answer.intent == "none":
        ctx.data.update(occurred_on=None, occurred_text=None)
        return "what"
    if choices.is_non_answer(answer.text):
        return Problem("problem.not_an_answer")
    parsed = thai_dates.parse_when(answer.text, ctx.today)
    found = understood.when_of(answer.value("date"))
    if parsed.error == "unreadable" and found is not None:  # a date among other words
        parsed = found if found.end <= ctx.today else replace(found, error="future")
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
#: What an opening said of the person (who they are, for whom they report), kept to go before
#: the story they then tell: it is not the story ("ผมเป็นไวยาวัจกรวัด หลวงพ่อให้มาแจ้งแทน").
OPENING = "_opening"


def take_what(ctx, answer):
    if answer.text and is_dont_know(answer.text):  # "not sure": what they know is asked kindly
        return Problem("reask.what")
    value = _text(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    opening = ctx.data.pop(OPENING, None)
    value = told_text(value)
    ctx.data["description"] = f"{opening}\n{value}" if opening else value
    # Short is kept: we ask kindly for more, never count characters at people.
    return "what_more" if len(value) < MIN_DESCRIPTION else "evidence"


def take_what_more(ctx, answer):
    ctx.data["more_asked"] = True
    if _skipped(answer) or answer.intent == "done":
        return "evidence"
    value = _text(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    ctx.data["description"] = f"{ctx.data.get('description', '')}\n{told_text(value)}".strip()
    return "evidence"


def _told(data: dict) -> bool:
    """The story was told already: typed before the complaint began, by voice, or here."""
    return bool(data.get("told_first") or data.get("told_by") or data.get("description"))


def _told_enough(data: dict) -> bool:
    """Nothing more to ask about the story: told by voice, long enough, or asked once."""
    told = data.get("told_by") or data.get("more_asked") or data.get("told_first")
    return bool(told) or len(data.get("description") or "") >= MIN_DESCRIPTION


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
    finished = answer.intent == "done" or answer.value("evidence") in ("none", "later")
    # "ส่งรูปแล้ว", a 📷 alone: after pieces came, talk of having sent them means that is all.
    sent = answer.understood is not None and answer.understood.intent == "done"
    # "มีแค่รูปนี้รูปเดียว" after it came: that one is all the evidence there is.
    sent = sent or all_the_evidence(answer.text)
    finished = finished or (sent and ctx.evidence_count > 0)
    if finished or choices.pick(answer, "evidence") == "done" or _skipped(answer):
        ctx.data["evidence_done"] = True
        return "witnesses"
    return Problem("problem.want_evidence")


# -- witnesses -------------------------------------------------------------
def ask_witnesses(ctx):
    return [Say("ask.witnesses", quick=(SKIP,))]


def _store_optional_text(field: str, next_step: str, minimum: int, skipped: str | None):
    """A step with a free-text answer that may be skipped (stored as `skipped`)."""
    store = _store_text(field, next_step, minimum)

    def take(ctx, answer):
        if _skipped(answer) or answer.value(field) == "":
            ctx.data[field] = skipped
            return next_step
        return store(ctx, answer)

    return take


take_witnesses = _store_optional_text("witnesses", "reported", minimum=2, skipped="")


# -- reported elsewhere ----------------------------------------------------
def take_reported(ctx, answer):
    picked = choices.pick(answer, "reported") or answer.value("reported")
    if picked is None and answer.intent in ("yes", "no"):
        picked = answer.intent
    if picked is None and answer.intent == "none":  # "ยัง", "ไม่เคยเลย", "ไม่รู้"
        picked = "no" if not is_dont_know(answer.text) else "unknown"
    if picked == "unknown":
        ctx.data.update(reported=None, reported_to=None, reported_ref=None)
        return "identity"
    if picked is None:
        return _reask("reported")
    if picked == "yes" and ctx.data.get("reported") is not True:
        for stale in ("reported_to", "reported_ref"):  # "no" had set them to None
            ctx.data.pop(stale, None)
    ctx.data["reported"] = picked == "yes"
    if answer.value("reported_to"):
        ctx.data["reported_to"] = answer.value("reported_to")
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
    picked = answer.value("identity") or choices.pick(answer, "identity")
    if picked is None and answer.intent in ("yes", "no"):
        picked = "named" if answer.intent == "yes" else "anonymous"
    if picked is None:
        return _reask("identity")
    if picked == "anonymous":
        ctx.data.update(anonymous=True, name_enc=None, phone_enc=None)
        return "summary"
    ctx.data["anonymous"] = False
    return "name"


def take_name(ctx, answer):
    if answer.value("identity") == "anonymous":  # "ไม่บอกดีกว่า": no name after all
        ctx.data.update(anonymous=True, name_enc=None, phone_enc=None)
        return "summary"
    said, phone = thai_phone.split_phone(answer.text or "")
    if phone and said:  # "ธนากร ศรีสุข 0891234567": two answers on one line
        answer = replace(answer, text=said)
    value = answer.value("name")
    if value is None or thai_phone.find_thai_phone(value):
        value = None
        if answer.understood is not None and not reads_as_name(answer.text or ""):
            # Read and not a name (a refusal, a question, talk): never stored, asked again.
            return Problem("problem.not_a_name")
    value = value or _text(answer, minimum=2, maximum=100)
    if isinstance(value, Problem):
        return value
    ctx.data["name_enc"] = ctx.vault.encrypt(value)
    if phone and said:
        ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
        return "summary"
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


def _asking(
    step: str, key: str | None = None, numbered: bool = False
) -> Callable[[StepContext], list[Out]]:
    """A question with its options as buttons (typed answers work as well); `numbered`: its
    text lists them too, numbered as the buttons are ordered."""
    options = {"options": choices.numbered(step)} if numbered else {}
    return lambda ctx: [Say(key or f"ask.{step}", options, quick=ASK_QUICK[step])]


def _summary_take(ctx, answer):
    # The summary's words and buttons are handled by the flow (confirm, edit, cancel).
    return _reask("summary")


ASK_QUICK: dict[str, tuple[Quick, ...]] = {
    **{
        step: _choices(step, [(label, value) for value, label in options])
        for step, options in choices.LABELS.items()
    },
    "summary": (
        Quick("button.confirm", "postback", "a=summary:confirm"),
        Quick("button.edit", "postback", "a=summary:edit"),
        Quick("button.cancel", "postback", "a=summary:cancel"),
    ),
}


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
        Step("consent", _asking("consent"), take_consent, "choice", _has("consent")),
        Step("kind", _asking("kind", numbered=True), take_kind, "choice", _has("kind")),
        Step("agency", _say("ask.agency"), take_agency, done=_has("agency")),
        Step("official", _say("ask.official"), take_official, done=_has("official")),
        Step("district", ask_district, take_district, done=_has("district")),
        Step("pin", ask_pin, take_pin, "choice", _pin_done),
        Step("subdistrict", ask_subdistrict, take_subdistrict, done=_has("subdistrict")),
        Step("when", ask_when, take_when, done=_has("occurred_on")),
        Step("what", _say("ask.what"), take_what, done=_told),
        Step("what_more", _say("ask.what_more"), take_what_more, done=_told_enough),
        Step("evidence", ask_evidence, take_evidence, "evidence", _has("evidence_done")),
        Step("witnesses", ask_witnesses, take_witnesses, done=_has("witnesses")),
        Step("reported", _asking("reported"), take_reported, "choice", _has("reported")),
        Step(
            "reported_to",
            _say("ask.reported_to"),
            take_reported_to,
            done=_reported_done("reported_to"),
        ),
        Step(
            "reported_ref", ask_reported_ref, take_reported_ref, done=_reported_done("reported_ref")
        ),
        Step("identity", _asking("identity"), take_identity, "choice", _has("anonymous")),
        Step("name", _say("ask.name"), take_name, done=_contact_done("name_enc")),
        Step("phone", _say("ask.phone"), take_phone, done=_contact_done("phone_enc")),
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
# The question a follow-up belongs to (what "เปลี่ยนใจ" at it re-opens, and what it is read as).
PARENT = EXPECTING
