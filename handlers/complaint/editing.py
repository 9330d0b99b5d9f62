"""Edits and corrections while filing: a field changed or its value said to be wrong, "told
you already", Thai typed in Latin letters read as the Thai it spells."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers import masking
from handlers.complaint import understood
from handlers.complaint.asking import answered, ask, following, go_to, resume, step_context
from handlers.complaint.matter_steps import police_at_agency
from handlers.complaint.step_kit import Problem
from handlers.complaint.steps import EDITABLE, PARENT, STEPS
from handlers.complaint.story_steps import ADDING_TO_STORY
from handlers.complaint.summary import evidence_count
from handlers.complaint.taking import take_answer
from handlers.intake.answers import Answer
from handlers.replies import Day, Out, Quick, Say, T
from handlers.thai import phone as thai_phone
from handlers.thai.in_english import named_agency, named_place
from handlers.thai.normalise import compact
from handlers.thai.places import other_province_said
from handlers.understanding import Understanding, story_added, without_who_reports
from handlers.understanding.romanised import asks as asks_in_latin
from handlers.understanding.romanised import in_thai
from handlers.understanding.values import AS_ASKED, denied_and_meant
from storage.models import Draft
from storage.uow import UnitOfWork

SAID_THAT = "ว่า"  # "บอกไปแล้วว่า X": X is what was said
#: "แก้ข้อ 3 เป็น X", "เปลี่ยนอำเภอเป็น X", "edit 3 to X", "ข้อ 3 ไม่ถูก ที่ถูกคือ X", "ข้อ 2
#: บ่แม่นเด้อ แม่น X" (Isan "it is"), "number 3 is wrong, it should be X": the field before
#: it, its new value after.
SET_TO = re.compile(
    r"เป็น|ที่ถูก(?:ต้อง)?คือ|(?<!บ่)(?<!บ่\s)(?<=\s)แม่น(?=\S)"
    r"|(?:(?<=ตำบล)|(?<=อำเภอ)|(?<=วันที่)|(?<=เดือน))\s?คือ"  # "ผิดครับ ตำบลคือ ปราสาท"
    r"|\sto\s|[\s,]+(?:it\s+)?should\s+be\s|[\s,]+it(?:'s|\s+is|\s+was)\s"
    # after "wrong": "number 3 is wrong, the official is X"
    r"|(?:(?<=wrong)|(?<=right)|(?<=correct))[,;.]\s*(?:the\s+)?[a-z]+\s+(?:is|was)\s",
    re.I,
)
#: Fields whose new value is the words given as they are (not a value picked out of them).
FIELD_NAMED = 0.85  # how sure the words before "เป็น" name a field ("วันที่", "ข้อ 3")
SAID_AS_IS = ("agency", "official", "witnesses")
#: The value each question's answer is read into, where it is not named as the step.
EXPECTED_VALUE = {"when": "date", "what": "kind"}
ANSWERS = ("answer", "none", "yes", "no", "done")  # intents a step takes as its answer


def spelled_in_thai(answer: Answer, step: str, today) -> Answer:
    """Thai typed in Latin letters ("mai mee khrap", "muea wan") read as the Thai it spells,
    when that reading is an answer of its own (a choice, a date, a place, "ไม่มี"); a name or a
    story stays as it was typed."""
    if answer.understood is not None and _carries(answer.understood, step):
        return answer  # "Nong Khu" is already the place asked for (not หนองขู่, "threaten")
    if answer.intent == "question" and asks_in_latin(answer.text or ""):
        return answer  # "tha sai chue, kamnan ja ru mai …": asked back, never a choice spelled
    thai = in_thai(answer.text or "")
    again = understood.read(thai, step, today) if thai else None
    if again is None or (again.intent == "answer" and not _carries(again, step)):
        return answer
    if again.intent == "danger":
        return answer  # danger is read from what was typed (dispatch), never from a guess
    return replace(answer, text=thai, understood=again)


def _field_step(field: object, fallback: str) -> str:
    """The step that asks a field named by word or by its number in the summary."""
    if isinstance(field, int) and not isinstance(field, bool):
        return EDITABLE[field - 1] if 1 <= field <= len(EDITABLE) else fallback
    if field in ("name", "phone"):
        return "identity"  # a name or number changed: asked with whether to give them
    return field if field in STEPS and field != "summary" else fallback


def edit(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "แก้วันที่", "แก้ 3", "เปลี่ยนอำเภอเป็นนางรอง", "เปลี่ยนใจ ไม่บอกชื่อดีกว่า"."""
    here = PARENT.get(draft.step, draft.step)
    field = answer.value("field")
    named, given = _set_to(uow, answer)
    field = named if named is not None else field
    if field is None and answer.intent == "edit" and draft.step == "summary":
        draft.data = {**draft.data, "pick_field": True}
        return pick_field()
    if field is None and answer.intent in ("change_mind", "edit") and draft.history:
        # "บ่แม่น" after a value was said back: the answer just given, asked again
        here = PARENT.get(draft.history[-1], draft.history[-1])
    step = _field_step(field, here)
    if step == "summary":
        return pick_field()
    if given and step != "identity":
        again = understood.read(given, step, uow.today())
        as_said = step in SAID_AS_IS
        if named is None and as_said:
            pass  # "I want to add a witness": no field named before "to", no value after it
        elif as_said or (again is not None and _carries(again, step)):
            # "แก้ข้อ 3 เป็น ประธานกองทุน", "ไม่ใช่เมื่อวาน เป็นวันจันทร์": the value after "เป็น"
            return _take_at(uow, draft, step, replace(answer, text=given))
    if given and step == "identity" and answer.value("identity") is None:
        return _new_name_or_phone(uow, draft, replace(answer, text=given))
    if step == "identity" and answer.value("identity") == "named":
        # "บอกชื่อค่ะ ชื่อ นกน้อย ใจดี" at the summary: the choice and the name given with it
        return _take_at(uow, draft, "identity", answer)
    data, taken = changes(uow, draft, answer, step)
    kept_out = False
    if answer.value("identity") and step == "identity":
        anonymous = answer.value("identity") == "anonymous"
        kept_out = anonymous and draft.data.get("anonymous") is False
        data.update(anonymous=anonymous)
        if anonymous:
            data.update(name_enc=None, phone_enc=None, affected_name_enc=None)
        taken.append("identity")
    if not taken and given and named is not None and step != "identity":  # "แก้ตำบลเป็นสะเดา"
        return _take_at(uow, draft, step, replace(answer, text=given))
    code = uow.settings.geography.code
    if not taken and step == "district" and other_province_said(answer.text or "", code):
        return _take_at(uow, draft, step, answer)  # "No, not Buri Ram! it's in Surin": said back
    if not taken:
        moved = go_to(uow, draft, step, reopen=True)
        if step not in _TAKEN_ON_EDIT:
            return moved
        again = understood.read(answer.text, step, uow.today())  # read as that question's answer
        if again is not None and _carries(again, step):
            return take_answer(uow, draft, replace(answer, understood=again))  # "เปลี่ยนใจ เคยแจ้งแล้ว"
        return moved
    draft.data = data
    said = understood.said_back(data, [t for t in taken if t != "identity"], answer.understood)
    if "identity" in taken and kept_out:
        said = made_anonymous_said(data) + said
    return said + resume(uow, draft)


def made_anonymous_said(data: dict) -> list[Out]:
    """What a named draft made anonymous says back: the name and phone kept out, and a name
    the story tells as the teller's own ("ดิฉันชื่อ…") hidden from the committee
    (`masking.kept_anonymous`, at read time; the story is kept as told)."""
    said: list[Out] = [Say("summary.made_anonymous")]
    if masking.self_introduced(data.get("description")):
        said.append(Say("summary.story_name_hidden"))
    return said


def _new_name_or_phone(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "แก้ชื่อเป็น X", "แก้เบอร์เป็น 08…": X is the new name (or number), taken at once."""
    said, phone = thai_phone.split_phone(answer.text or "")
    draft.data = {**draft.data, "anonymous": False}
    return _take_at(uow, draft, "phone" if phone and not said else "name", answer)


def changes(uow: UnitOfWork, draft: Draft, answer: Answer, step: str) -> tuple[dict, list]:
    """The draft's data with the values an edit at `step` sets, and the values taken."""
    data, geo = dict(draft.data), uow.settings.geography
    taken = [
        name
        for name in understood.changed(answer.understood, step, geo)
        if understood.apply(data, name, answer.value(name), geo, answer.text)
    ]
    place = understood.place_said(answer.text) if step == "district" else ""
    if place and not _ONLY_AREA.fullmatch(place):
        # "แก้ 4 ถนนสายบ้านหนองม่วง-บ้านโนนสูง ม.4 ต.ถาวร": the road and หมู่ are the place too
        data["place_text"] = place
    return data, taken


#: Place words that name only a sub-district or district (kept in their own fields).
_ONLY_AREA = re.compile(r"(?:(?:ตำบล|ต\.\s?|อำเภอ|อ\.\s?)[ก-๙]+\s*)+")

#: Fields kept as typed, whose recorded value a correction may name as the one that is wrong.
DENIABLE = ("official", "agency", "witnesses")
NOT_ONLY = ("แค่", "เฉพาะ", "เพียง", "only", "just")
STORY_ASKED = ("what", "what_more")  # the questions whose answer is the story itself
ALSO = ("ทั้ง", "also", "both")  # "ไม่ใช่ผู้ใหญ่คนเดียว เป็นทั้งกำนันด้วย": one more


def denied_value(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out] | None:
    """ "ไม่ใช่หมอธรรมดา เป็น ผอ.รพ.สต.", "not the clerk, it's the head nurse": a value recorded
    for a field said to be wrong (its field unnamed), and the one meant after the turn: that
    field takes it, and the conversation goes on where it was."""
    found = denied_and_meant(answer.text or "")
    if found is None or draft.step in STORY_ASKED:
        return None  # at the story's questions, a bubble of the story
    named = answer.value("field")
    if isinstance(named, str) and named not in DENIABLE:
        return None  # "แก้อำเภอ ไม่ใช่ลำปลายมาศ เป็น…": the field named is edited, not the agency
    denied, meant = (compact(part) for part in found)
    if denied.startswith(NOT_ONLY) or meant.startswith(ALSO):
        return None  # "ไม่ใช่แค่นายก เป็นปลัดด้วย": one more, not another
    for step in DENIABLE:
        recorded = compact(draft.data.get(step) or "")
        if len(recorded) < 2 or not (recorded in denied or denied in recorded) or not meant:
            continue
        ctx = step_context(uow, draft)
        value = found[1].strip()
        again = understood.read(value, step, uow.today())
        result = STEPS[step].take(ctx, replace(answer, text=value, understood=again))
        if isinstance(result, Problem):
            return None
        draft.data = ctx.data
        said = understood.said_back(ctx.data, [step], None)  # "เข้าใจว่า คนที่ทำคือ ผอ.รพ.สต."
        return list(ctx.notes) + said + resume(uow, draft)
    return None


#: The wrong value said again after the right one ("it's Chaloem Phra Kiat, not Nang Rong",
#: "เป็นสตึก ไม่ใช่นางรอง"): what follows it is not part of the new value.
NOT_THE_OTHER = re.compile(r"[\s,;]+(?:not|ไม่ใช่|บ่แม่น|มิใช่)(?=\s|[ก-๙])", re.I)


def _set_to(uow: UnitOfWork, answer: Answer) -> tuple[object, str]:
    """In "แก้ข้อ 3 เป็น X" / "change the date to X": the field named before "เป็น" (None when
    they name none) and the X given after it."""
    parts = SET_TO.split(answer.text or "", maxsplit=1)
    if answer.intent not in ("edit", "change_mind") or len(parts) < 2 or not parts[1].strip():
        return None, ""
    head = understood.read(parts[0], "summary", uow.today())
    named = head.values.get("field") if head is not None else None
    sure = named is not None and named.confidence >= FIELD_NAMED  # not guessed from "ขอ"
    given = NOT_THE_OTHER.split(parts[1], maxsplit=1)[
        0
    ]  # "…, it's Chaloem Phra Kiat, not Nang Rong"
    return (named.value if sure else None), given.strip(" ,")


def _take_at(uow: UnitOfWork, draft: Draft, step: str, answer: Answer) -> list[Out]:
    """Go back to `step` and take `answer` as its answer, read as that question's; what it
    changed is said back (a second correction is acknowledged like the first)."""
    before = dict(draft.data)
    go_to(uow, draft, step, reopen=True)
    again = understood.read(answer.text, step, uow.today())
    replies = take_answer(uow, draft, replace(answer, understood=again))
    return understood.said_if_unsaid(before, draft.data, replies)


#: Questions whose own value, said in the edit itself, answers them at once (the places,
#: the date, the kind … are taken by `understood.changed` already).
_TAKEN_ON_EDIT = ("reported", "evidence")


#: The story's own item on the summary ("ข้อ 6").
STORY_ITEM = EDITABLE.index("what") + 1


def add_to_story(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out] | None:
    """ "ข้อ 6 ขอเพิ่มอีกหน่อยค่ะ งบ 2 ล้าน…", "please add to number 6: …" at the summary: what is
    added goes after the story told (never in its place), and the summary is shown again; asked
    to add without saying what ("ขอเพิ่มข้อ 6 ค่ะ"), the story's question is opened for it."""
    found = story_added(answer.text) if draft.step == "summary" else None
    if found is None:
        return None
    item, added = found
    field = answer.value("field")
    named = (item, field)
    story = any(n in (STORY_ITEM, "what") for n in named)
    if not story and (any(n is not None for n in named) or not added):
        return None  # "เพิ่มพยานค่ะ ลุงสี": another item, added to as that item's edit
    added = without_who_reports(added) if added else ""
    if len(added) < 2:
        go_to(uow, draft, "what", reopen=True)
        draft.data = {**draft.data, ADDING_TO_STORY: True}
        return [Say("ask.story_added")]
    draft.data = {**draft.data, "description": with_more(draft.data, added)}
    return [Say("flow.story_added")] + resume(uow, draft)


def with_more(data: dict, added: str) -> str:
    """The story told with what is added after it, on a line of its own."""
    return f"{data.get('description') or ''}\n{added}".strip()


def pick_field() -> list[Out]:
    """Which field to change: one tap for each."""
    items = tuple(Quick(f"field.{name}", "postback", f"a=edit:{name}") for name in EDITABLE)
    return [Say("flow.pick_field", quick=items)]


def already_said(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "บอกไปแล้ว": take what it says again ("…ว่าไม่มี", "… อบต.ชุมเห็ด"), or say what
    was recorded for that field (and go on when it is this question's)."""
    here = PARENT.get(draft.step, draft.step)
    if draft.step == "agency" and police_at_agency(draft.data, answer):
        # "The police. I already said. I don't know which station": the agency, not the official
        heard = replace(answer.understood, intent="answer")
        return take_answer(uow, draft, replace(answer, understood=heard))
    step = _field_step(answer.value("field"), here)
    said = _said_again(answer)
    if draft.step != "summary" and said:
        again = understood.read(said, draft.step, uow.today())
        if (
            again is not None
            and again.intent in ANSWERS
            and (step == here or _carries(again, here))
        ):
            return take_answer(uow, draft, replace(answer, text=said, understood=again))
    data, taken = changes(uow, draft, answer, step) if step != here else (draft.data, [])
    if taken and data != draft.data:
        # "ไม่ใช่สตึกครับ บอกแล้วว่าคูเมือง": said before, and not what was recorded: a correction
        draft.data = data
        return understood.said_back(data, taken, answer.understood) + resume(uow, draft)
    recorded = _recorded(uow, draft, step)
    if recorded is None:
        return [Say("flow.not_recorded", {"step": T(f"step.{step}")})] + ask(uow, draft)
    said = Say("flow.recorded", {"step": T(f"step.{step}"), "value": recorded})
    if step == here and draft.step != "summary":  # kept as it was: on to the next question
        return [said] + go_to(uow, draft, following(draft.step))
    return [said] + ask(uow, draft)


def _carries(again: Understanding, step: str) -> bool:
    """The words said again hold this question's own value, read by its reader (not the whole
    text taken as a free answer): "เรียกเงินค่ะ บอกแล้ว… มีพยานด้วย" at the kind question."""
    found = again.values.get(EXPECTED_VALUE.get(step, step))
    return found is not None and found.confidence > AS_ASKED


def _said_again(answer: Answer) -> str | None:
    """The answer inside talk about the talk: what follows "ว่า" ("บอกไปแล้วว่าไม่มี"), or
    the words beside the talk ("ลุงสีค่ะ บอกไปแล้ว")."""
    _, that, rest = (answer.text or "").partition(SAID_THAT)
    if that and rest.strip():
        return rest.strip()
    beside = answer.value("said")
    if isinstance(beside, str) and beside:
        return beside
    spans = [v.span for n, v in answer.understood.values.items() if n not in ("field", "faq")]
    return " ".join(spans) or None


def _recorded(uow: UnitOfWork, draft: Draft, step: str):
    """What the draft holds for a step's field, as said back; None when nothing."""
    data = draft.data
    if not answered(data, step):
        return None
    shown = {
        "kind": T(f"kind.{data['kind']}") if data.get("kind") else None,
        "agency": named_agency(data["agency"]) if data.get("agency") else None,
        "official": data.get("official"),
        "district": named_place(
            " ".join(filter(None, (data.get("district"), data.get("subdistrict"))))
        ),
        "when": Day(data["occurred_on"]) if data.get("occurred_on") else None,
        "what": (data.get("description") or "")[:80]
        or (T(f"value.told_by_{data['told_by']}") if data.get("told_by") else None),
        "evidence": Say("value.files", {"count": evidence_count(uow, draft)}),
        "witnesses": data.get("witnesses"),
        "reported": T("value.reported_yes") if data.get("reported") else T("value.no"),
        "identity": T("value.anonymous") if data.get("anonymous") else T("value.named"),
    }.get(step)
    return shown or T("value.none_given")
