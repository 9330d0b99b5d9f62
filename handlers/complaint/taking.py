"""An answer taken at the current question, and what is no answer to it but kept: a story told
in bubbles or early, a value for a later question, a place shared."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.complaint import understood
from handlers.complaint.asking import RESUME, ask, close, go_to, step_context, where
from handlers.complaint.matter_steps import (
    BEFORE_CONSENT,
    KEPT_FIELDS,
    NAME_LATER,
    place_not_agency,
)
from handlers.complaint.step_kit import (
    ASK_QUICK,
    Problem,
    StepContext,
    keep_with_story,
    story_with_facts,
    told_text,
)
from handlers.complaint.steps import FIRST_STEP, STEPS
from handlers.complaint.story_steps import EARLY_SHORT, EARLY_SHORT_LENGTH
from handlers.danger import going_on
from handlers.intake.answers import Answer
from handlers.menu import main_menu
from handlers.replies import Out, Say
from handlers.thai.normalise import compact
from handlers.tickets import evidence_words
from handlers.understanding import (
    fact_beside,
    only_a_relay,
    says_own_role,
    says_safe_and_going_on,
    tells_beside,
    tells_what_happened,
    without_who_reports,
)
from handlers.understanding.short_answers import YES_NO_STEPS
from storage.models import Draft
from storage.uow import UnitOfWork

STORY_BUBBLES = "_story_bubbles"  # bubbles of the story added in a row after its question
# Questions at which a long message is the story told early (kept as the description).
STORY_STEPS = ("kind", "agency", "official", "district", "subdistrict", "when")
STORY_LENGTH = 60  # characters: longer than any name, place or date people type


def take_answer(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool = False, after_safety=False
) -> list[Out]:
    """The answer to the current question: stored, with whatever else the message said.
    Right after the safety answer, what is no answer ("ปลอดภัยแล้ว ทำต่อเลย") goes on."""
    if draft.step not in YES_NO_STEPS and says_safe_and_going_on(answer.text):
        # "ตอนนี้ปลอดภัยแล้ว ทำต่อเลยนะคะ" after a threat: no answer to keep, the question again
        return [going_on(draft)] + ask(uow, draft)
    if draft.step not in _WHO_FILES_ASKED and answer.value("behalf") and only_a_relay(answer.text):
        return _relay_kept(uow, draft, answer)
    ctx = step_context(uow, draft)
    result = STEPS[draft.step].take(ctx, answer)
    if isinstance(result, Problem) and result.key == evidence_words.NOTED:
        draft.data = ctx.data  # words about a file sent: kept with it, never the story (even right
        # after the safety answer: "นั่นเสียงตอนเขามาขู่ครับ" is the clip's caption)
        return [Say(result.key, quick=result.quick)]
    if isinstance(result, Problem) and after_safety:
        return [going_on(draft)] + ask(uow, draft)
    if isinstance(result, Problem) and result.key == NAME_LATER:
        draft.data = ctx.data  # the name left out is answered, never kept as a detail
        return [Say(result.key, result.params or {}, result.quick)]
    if isinstance(result, Problem) and draft.step == FIRST_STEP and _tells_matter(answer):
        return _kept_before_consent(uow, draft, answer)
    if isinstance(result, Problem) and _story_goes_on(draft, answer):
        return _added_to_story(uow, draft, answer)
    if isinstance(result, Problem) and _told_instead(draft, answer):
        return _story_kept(uow, draft, answer)
    if isinstance(result, Problem):
        kept = _kept_for_later(uow, draft, ctx, answer)
        if kept is not None:
            return kept
    if isinstance(result, Problem):
        draft.data = ctx.data  # keeps suggestions offered, so "1" or "ใช่" can pick one
        say = Say(result.key, result.params or {}, result.quick)
        if result.key.startswith("reask.") or result.quick:
            return [say]
        if back_later:
            return [Say("flow.welcome_back", quick=RESUME), where(draft)]
        if result.key == "problem.not_an_answer":
            return [where(draft)] + ask(uow, draft)
        return [say] + ask(uow, draft)
    ctx.data.pop("_suggested", None)
    ctx.data.pop(STORY_BUBBLES, None)
    if _story_early(draft.step, answer) and not ctx.data.get("description"):
        # a story given early is the story
        told = told_text(without_who_reports(answer.text))  # never who reports
        ctx.data["description"] = story_with_facts(ctx.data, told)
    elif (_facts_beside(draft.step, answer) or _kind_told(draft.step, answer)) and not (
        _kind_again(draft.step, answer, ctx.data)
    ):
        # who reports is never put in the story
        keep_with_story(ctx.data, told_text(without_who_reports(answer.text)))
    elif draft.step in FACT_STEPS and answer.text:
        # "ไม่มีค่ะ แต่เขาเก็บไปหลังละ 400": the sum or the teller's role goes with the story
        fact = fact_beside(without_who_reports(answer.text))
        if fact and ctx.data.get("anonymous") is True and says_own_role(fact):
            # "ไม่บอกชื่อนะคะ ฉันเป็นแม่ค้า…": who she is would name her to reviewers: left out
            ctx.notes.append(Say("note.self_kept_out"))
        elif fact:
            keep_with_story(ctx.data, told_text(fact))
    taken = ctx.said + understood.volunteered(ctx.data, answer.understood, ctx.geography)
    draft.data = ctx.data
    if result == "declined":
        close(uow, draft, "declined")
        return [Say("flow.declined", quick=main_menu())]
    said = understood.said_back(ctx.data, taken, answer.understood) + understood.agency_moved(
        ctx.data
    )
    return list(ctx.notes) + said + go_to(uow, draft, _agency_first(ctx.data, result))


#: The questions where who files for whom belongs to the answer (the name choice, the name),
#: and consent, before which nothing is kept but the bubbles of the matter.
_WHO_FILES_ASKED = ("consent", "identity", "name", "phone")


def _relay_kept(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """ "หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น": for whom it is filed, kept and said back, and the
    question asked again; it answers none."""
    ctx = step_context(uow, draft)
    taken = understood.volunteered(ctx.data, answer.understood, ctx.geography)
    draft.data = ctx.data
    return understood.said_back(ctx.data, taken, answer.understood) + ask(uow, draft)


def _agency_first(data: dict, result: str) -> str:
    """The agency, when a later question is next and the agency is open: only a district
    corrected drops it ("ที่ว่าการอำเภอนางรอง" after the district became โนนสุวรรณ), and it is
    asked again once the new district's sub-district is known."""
    order = list(STEPS)
    later = result in STEPS and order.index(result) > order.index("subdistrict")
    return "agency" if later and "agency" not in data else result


#: Values that make a line at the consent question part of the matter, not a stray word.
MATTER = ("kind", "agency", "official", "district", "subdistrict", "date")
MATTER_LENGTH = 10  # characters: a plain statement this long is told, not a slip


def _tells_matter(answer: Answer) -> bool:
    """A line that is no yes or no but tells the matter ("ผู้ใหญ่บ้านหมู่ 5", "บ้านหนองแวง
    อ.นางรอง", "เขาเอาเงินค่าถนนไป"): sent in bubbles before the consent question was answered."""
    heard = answer.understood
    if heard is None or not answer.text or heard.intent != "answer":
        return False
    named = any(name in heard.values for name in MATTER)
    return named or len(compact(answer.text)) >= MATTER_LENGTH


#: The questions right after the story, where its next bubble may still arrive.
AFTER_STORY = ("what", "what_more", "evidence")


def _story_goes_on(draft: Draft, answer: Answer) -> bool:
    """A story told in several bubbles: a plain statement that is no answer to the question
    asked just after it ("ทั้งที่ขึ้นทะเบียนฟรีค่ะ" at the evidence question) goes on with it."""
    after = bool(draft.history) and draft.history[-1] in AFTER_STORY
    evidence_talk = answer.value("evidence") is not None  # "ส่งทีหลัง", "ไม่มีรูป"
    if any(answer.value(name) for name in KEPT_FOR_LATER):
        return False  # "นางสมศรีก็เห็นด้วย": a witness, kept for the witness question
    return draft.step == "evidence" and after and not evidence_talk and _tells_matter(answer)


def _added_to_story(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """The bubble joins the story (and the fields it names are taken): noted after the
    first, a shorter word after the second, nothing after later ones but what they named
    (the question was just asked: the same words each bubble read as not heard)."""
    data = dict(draft.data)
    data["description"] = "\n".join(
        filter(None, (data.get("description"), told_text(answer.text or "")))
    )
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    before = data.get(STORY_BUBBLES, 0)
    data[STORY_BUBBLES] = before + 1
    draft.data = data
    said = understood.said_back(data, taken, answer.understood)
    noted = ("note.story_added", "note.story_added_again")
    return [Say(noted[before]), *said] if before < len(noted) else said


def _told_instead(draft: Draft, answer: Answer) -> bool:
    """A story told at an early question that it does not answer ("A teacher … is charging
    parents 300 baht … It happened last Tuesday." at the kind question): no story kept yet,
    and the text long and telling what happened."""
    text = answer.text or ""
    if draft.step not in STORY_STEPS or draft.data.get("description") or len(text) < STORY_LENGTH:
        return False
    heard = answer.understood
    return (
        heard is not None and heard.intent == "answer" and tells_what_happened(text, heard.values)
    )


def _story_kept(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """The story is kept (and the fields it names filled, said back), so neither it nor its
    date is asked again; the question it did not answer is asked once more."""
    data = dict(draft.data)
    told = told_text(answer.text or "")
    data["description"] = story_with_facts(data, told)
    if len(told) < EARLY_SHORT_LENGTH:  # one short line: the what question asks for more, once
        data[EARLY_SHORT] = True
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    draft.data = data
    said = understood.said_back(data, taken, answer.understood)
    return [Say("note.story_kept"), *said] + ask(uow, draft)


def _kept_for_later(
    uow: UnitOfWork, draft: Draft, ctx: StepContext, answer: Answer
) -> list[Out] | None:
    """No answer to this question, but another's, not yet given ("นางสมศรีก็เห็นด้วย", "ยังไม่เคย
    แจ้งที่ไหน" at the evidence question): kept for that question, said back, and this one
    asked again (never a refusal, nor the next answer sliding one question along)."""
    heard = answer.understood
    if heard is None or heard.intent != "answer":
        return None
    keep = KEPT_FOR_LATER + KEPT_FOR_LATER_AT.get(draft.step, ())
    later = {name: found for name, found in heard.values.items() if name in keep}
    data = dict(ctx.data)
    taken = understood.volunteered(data, replace(heard, values=later), uow.settings.geography)
    if not taken:
        return None
    draft.data = data
    return understood.said_back(data, taken, heard) + ask(uow, draft)


#: The answers to later questions a message at another question is kept for.
KEPT_FOR_LATER = ("witnesses", "reported")
#: And at one question, the next one's answer said instead ("อบต.หนองกี่" at the kind question),
#: or a later one's said ahead ("เดือนก่อน" at the district question, walk29: never "no such
#: district").
KEPT_FOR_LATER_AT = {"kind": ("agency",), "district": ("date",), "subdistrict": ("date",)}


def _kept_before_consent(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """A bubble of the matter at the consent question: kept for the story and the fields it
    names, and consent asked again, gently, once; the next bubble is acknowledged with a
    word on consent, later ones in one short word (the same long words each bubble read as
    not heard), its buttons each time."""
    data = dict(draft.data)
    told = "\n".join(filter(None, (data.get(BEFORE_CONSENT), answer.text.strip())))
    data[BEFORE_CONSENT] = told
    taken = understood.volunteered(data, answer.understood, uow.settings.geography)
    data[KEPT_FIELDS] = [*data.get(KEPT_FIELDS, []), *taken]
    asked = data.get("_consent_asked_again", False)
    data["_consent_asked_again"] = True
    before = data.get(STORY_BUBBLES, 0)
    data[STORY_BUBBLES] = before + 1
    draft.data = data
    key = "flow.kept_more" if asked else "flow.kept_before_consent"
    return [Say("flow.kept_short" if before >= 2 else key, quick=ASK_QUICK[FIRST_STEP])]


def pin_shared(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """A place shared at any question: it answers where (asked whether it is the scene),
    then the conversation goes on from there."""
    ctx = step_context(uow, draft)
    result = STEPS["district"].take(ctx, answer)
    if isinstance(result, Problem):
        return [Say(result.key, result.params or {}, result.quick)] + ask(uow, draft)
    draft.data = ctx.data
    return go_to(uow, draft, result, reopen=True)


def _story_early(step: str, answer: Answer) -> bool:
    """A long message that tells what happened (a kind of misconduct is in it), typed at
    an earlier question: a story or a pasted post."""
    told = len(answer.text or "") >= STORY_LENGTH and answer.value("kind") is not None
    if told and step == "kind" and not _more_than_the_kind(answer):
        return False  # "เขามาขอค่าน้ำชาทุกเดือน ไม่ให้ก็ไม่ต่อใบอนุญาต": the kind told, kept beside
    return step in STORY_STEPS and told


#: What a telling at the kind question must name besides the kind to be the whole story.
_FACTS = ("agency", "official", "district", "subdistrict", "date")
#: … or be this long: a telling this long is the story, whatever it names.
WHOLE_STORY_LENGTH = 2 * STORY_LENGTH


def _kind_told(step: str, answer: Answer) -> bool:
    """The kind told in a sentence at its question, no more: kept to open the story."""
    text = answer.text or ""
    return step == "kind" and len(text) >= STORY_LENGTH and answer.value("kind") is not None


def _kind_again(step: str, answer: Answer, data: dict) -> bool:
    """The kind answered in a sentence after the story was told, saying no more than the kind
    ("เพิ่นขอเงินลุงนั่นแหละ 1" after the story of it): the answer, never a line of the story."""
    if step != "kind" or not data.get("description") or answer.value("kind") is None:
        return False
    picked = _OPTION_PICKED.sub("", answer.text or "")  # "… 1": the option's number, no sum
    return not _more_than_the_kind(replace(answer, text=picked))


#: The number of a kind's option typed after the words ("เพิ่นขอเงินลุงนั่นแหละ 1").
_OPTION_PICKED = re.compile(r"\s+[1-6๑-๖]\s*$")


def _more_than_the_kind(answer: Answer) -> bool:
    """A telling at the kind question that says more than what kind of wrong it was: a body,
    an official, a place, a date or a sum named, or long. Else it answers the kind question
    (which asks for it in a few words) and "what happened" is still asked, the telling before it."""
    text = answer.text or ""
    heard = answer.understood
    named = heard is not None and any(name in heard.values for name in _FACTS)
    beside = heard is not None and tells_beside(text, heard.values, sentences=False)  # a sum
    return named or beside or len(text) >= WHOLE_STORY_LENGTH


#: Questions before the story, and the evidence, where an answer may say a fact beside its
#: value (not the name questions: who reports is never put in the story) …
BESIDE_STEPS = (*STORY_STEPS, "evidence")
#: … and those where a sentence beside it is a fact too (elsewhere only a sum or evidence gone:
#: "ต้นเดือนที่แล้วครับ ช่วงโรงสีเริ่มรับข้าวใหม่" is how a date is said, and what is said with
#: the official's role is kept with it).
SENTENCE_STEPS = ("kind", "agency")
#: Questions after the story (not the name and phone: who reports is never put in it) where a
#: sum or the teller's own role said beside the answer is a fact of it (`fact_beside`).
FACT_STEPS = ("witnesses", "reported", "reported_to", "identity")


def _facts_beside(step: str, answer: Answer) -> bool:
    """The answer taken says a fact of the story beside its value ("อบต.สะเดาค่ะ เขาตั้งงบไว้
    500,000 บาท…", "เรียกเงินค่ะ 3,000 บาท", "มีใบเสร็จ แต่เขาเอาคืนไปแล้ว"): kept with the story,
    never lost, and not asked again."""
    heard = answer.understood
    if step not in BESIDE_STEPS or not answer.text or heard is None:
        return False
    if step == "agency" and place_not_agency(answer.text):
        return False  # "บ่ฮู้ครับ แต่บ้านโคกเจริญอยู่ตำบลโคกเหล็ก…": the place, kept as the place
    sentences = step in SENTENCE_STEPS
    return tells_beside(answer.text, heard.values, sentences) or says_own_role(answer.text)
