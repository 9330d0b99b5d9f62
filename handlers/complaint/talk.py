"""A message about the conversation, not an answer to the question: a question back, talk,
a greeting, a remark; never stored."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers import danger
from handlers.complaint.asking import CONTINUE, RESUME, ask, resume, where
from handlers.complaint.draft_words import cancel, draft_word
from handlers.complaint.editing import (
    add_to_story,
    already_said,
    denied_value,
    edit,
    made_anonymous_said,
)
from handlers.complaint.matter_steps import offer_kind_checked
from handlers.complaint.taking import take_answer
from handlers.faq import NAME_SEEN, also_answered, faq_answer, found_out, same_care
from handlers.intake.answers import Answer
from handlers.protection import CONTACTS
from handlers.replies import Out, Say
from handlers.understanding import (
    Understanding,
    asks_to_pause,
    comes_back,
    kind_put_as_check,
    understand,
)
from handlers.understanding.danger_rule import NAMING  # the questions about the name
from handlers.understanding.lexicon import (
    ACCUSED_FATE_ASKED,
    GOVERNMENT_ASKED,
    IDENTITY,
    OWN_NAME_SAID,
    SELF_POINTED,
)
from handlers.understanding.questions import said_before_asking
from handlers.understanding.reader import ANSWERED_THEN_ASKED
from handlers.understanding.words import meaning
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

_ACCUSED_FATE = re.compile(ACCUSED_FATE_ASKED, re.I)


# Questions back answered from the catalogue (faq.*), then the question again.


def talk_about(
    uow: UnitOfWork, user: LineUser, draft: Draft, answer: Answer, back_later: bool
) -> list[Out] | None:
    """A message about the conversation, not an answer to the question: never stored."""
    intent = answer.intent
    if intent == "danger":  # answered in dispatch; never taken as an answer
        return [where(draft)] + ask(uow, draft)
    if intent in ("answer", "edit"):
        added = add_to_story(uow, draft, answer)  # "ข้อ 6 ขอเพิ่ม…": after the story, not for it
        if added is not None:
            return added
    if intent == "question" and draft.step in NAMING and answer.value("affected_name"):
        return None  # "can I give my dad's name? his name is …": answered as the name is kept
    if intent == "question" and draft.step == "kind":
        checked = kind_put_as_check(answer.text) if answer.text else None
        if checked:  # "…มันคือเรียกเงินใช่ไหมครับ": "เป็นเรื่อง เรียกเงิน ใช่ไหมคะ"
            return [offer_kind_checked(draft, checked)]
    if intent in ("question", "answer") and draft.step == "witnesses":
        kept = _witness_then_asked(uow, draft, answer, back_later)
        if kept is not None:
            return kept
    asked_after = intent == "question" or (intent == "answer" and answer.value("faq"))
    if asked_after and draft.step == "official":
        # "ปลัดค่ะ ต้องบอกชื่อเขาไหมคะ": a question about the one named, answered for them
        kept = _official_then_asked(uow, draft, answer, back_later)
        if kept is not None:
            return kept
    if intent == "answer" and answer.value("faq") and draft.step in ANSWERED_THEN_ASKED:
        # "โรงเรียนบ้านหนองยายพิมพ์ค่ะ ต้องบอกชื่อไหมคะ": the answer kept, the question answered
        return _answered_then_asked(uow, draft, answer, back_later)
    if intent == "question" and draft.step in _SAID_FIRST:
        kept = _answer_then_asked(uow, draft, answer, back_later)
        if kept is not None:  # "อบต.บ้านเป้าค่ะ ต้องบอกชื่อไหมคะ": both answered (walk37)
            return kept
    if intent == "question" and draft.step == "reported" and answer.value("reported"):
        # "ยังค่ะ ควรไปแจ้งที่ไหนอีกไหมคะ": not yet, and a question; both answered (walk37)
        return _reported_then_asked(uow, draft, answer, back_later)
    if intent == "question" and _asks_anonymity_at_summary(draft, answer):
        return made_anonymous(uow, draft)
    if intent == "question":  # another question: what this one wants, and it again
        told = bool(draft.data.get("description"))  # what is told is what may point to them
        said = _known_already(draft, answer) or found_out(answer, told=told)
        said = said or _who_runs_it(answer) or same_care(answer)
        said = said or _witness_name(draft, answer)
        said = said or _not_required(draft, answer)
        said = said or faq_answer(answer.value("faq"), uow.settings.retention_identity_days)
        said = said or Say(f"help.step.{draft.step}")
        return [said, *also_answered(answer, uow.settings.retention_identity_days)] + ask(
            uow, draft
        )
    if intent in ("answer", "edit", "no", "change_mind"):
        denied = denied_value(uow, draft, answer)  # "ไม่ใช่หมอ เป็น ผอ.รพ.สต.", at any question
        if denied is not None:
            return denied
    if intent == "change_mind" and draft.step == "consent":
        return None  # "เปลี่ยนใจค่ะ ยินยอม" after a refusal: the answer to consent, not an edit
    if intent in ("edit", "change_mind") and _witness_unnamed(draft, answer):
        # "งั้นไม่บอกดีกว่าค่ะ" asked who saw it: no witness named, never the teller's own name
        heard = replace(answer.understood, intent="no", values={})
        return take_answer(uow, draft, replace(answer, understood=heard))
    if intent in ("edit", "change_mind"):
        return edit(uow, draft, answer)
    if intent == "already_said" and answer.value("identity") and draft.step == "identity":
        return None  # "1 ค่ะ บอกแล้วว่าขอเงียบๆ": the choice, said again, is the answer
    if (
        intent == "already_said"
        and answer.value("identity") == "anonymous"
        and draft.step in NAMING
    ):
        # "ไม่บอกแล้วค่ะ": not "told already", but no name; "092-… ค่ะ บอกไปแล้วนะคะ" is the number
        return edit(uow, draft, answer)
    if intent == "already_said":
        return already_said(uow, draft, answer)
    if intent in ("cancel", "withdraw"):  # "ขอถอนเรื่อง" while filing: this draft, confirmed
        return cancel(uow, user, draft)
    if intent == "help":
        return draft_word(uow, user, draft, "help")
    if intent == "start" and comes_back(answer.text):  # back to the draft: its open question
        return [Say("flow.came_back")] + ask(uow, draft)
    if intent in ("greeting", "start") or word_is_greeting(answer):
        key = "flow.welcome_back" if back_later else "flow.hello_again"
        return [Say(key, quick=RESUME), where(draft)]
    if intent == "remark" and asks_to_pause(answer.text):  # kept as it is, the way back said
        return [Say("flow.paused", quick=(CONTINUE,))]
    if intent == "remark":  # a sigh, "รอแป๊บ": no hurry, and the same question
        return [Say("flow.take_your_time")] + ask(uow, draft)
    if intent in ("thanks", "track"):
        return [where(draft)] + ask(uow, draft)
    return None


_GOVERNMENT = re.compile(GOVERNMENT_ASKED, re.I)
_KEPT_OUT = tuple(w for w in IDENTITY["anonymous"] if w.isascii() is False)
_ASKED_FOR = re.compile(r"ขอ|ส่งแบบ|อยาก|please|rather|want", re.I)
_SELF_POINTED = re.compile(SELF_POINTED, re.I)


_OWN_NAME = re.compile(OWN_NAME_SAID, re.I)


def _witness_unnamed(draft: Draft, answer: Answer) -> bool:
    """ "ไม่บอก" at the witness question with no word of the teller's own name: the witness is
    not named (the identity question still to come)."""
    if draft.step != "witnesses" or answer.value("identity") != "anonymous":
        return False
    return answer.value("field") in (None, "identity") and not _OWN_NAME.search(answer.text or "")


def _asks_anonymity_at_summary(draft: Draft, answer: Answer) -> bool:
    """ "ขอไม่บอกชื่อได้ไหมครับ ส่งแบบไม่ระบุชื่อ" at the summary of a named draft: asked in words,
    the wish itself, not only a question about it ("ต้องบอกชื่อไหม")."""
    if draft.step != "summary" or draft.data.get("anonymous") is not False or not answer.text:
        return False
    if answer.value("faq") not in ("must_give_name", "will_they_know", "other", None):
        return False
    flat = _SPACES.sub("", answer.text).lower()
    return any(w in flat for w in _KEPT_OUT) and bool(_ASKED_FOR.search(flat))


def made_anonymous(uow: UnitOfWork, draft: Draft) -> list[Out]:
    """The draft made anonymous: the name and phone kept out of it (said back), and a story
    that tells who the teller is ("ผมเป็น อสม. บ้านโคกกลาง") flagged, then the summary again."""
    draft.data = {**draft.data, "anonymous": True, "name_enc": None, "phone_enc": None}
    said = made_anonymous_said(draft.data)
    pointed = points_to_teller(draft.data.get("description") or "")
    if pointed:
        said.append(Say("summary.details_may_point", {"said": pointed}))
    return said + resume(uow, draft)


def points_to_teller(story: str) -> str:
    """The words of an unnamed complainant's story that tell who they are, or ""."""
    flat = _SPACES.sub("", story).lower()
    found = _SELF_POINTED.search(flat)
    return found.group(0)[:60] if found else ""


def _who_runs_it(answer: Answer) -> Say | None:
    """ "Is this the government?": who runs this, said plainly, not the question's hint."""
    asked = answer.value("faq") in (None, "other", "who_sees") and answer.text
    return Say("faq.who_runs") if asked and _GOVERNMENT.search(answer.text) else None


def _known_already(draft: Draft, answer: Answer) -> Say | None:
    """ "Will they know it was me?" from someone who told of a threat while filing: they may
    know already, so what the committee does, not "they will not be told who reported"."""
    if answer.value("faq") != "will_they_know" or not draft.data.get(danger.THREATS):
        return None
    return Say("safety.known_already", {**CONTACTS, **NAME_SEEN})


_SPACES = re.compile(r"\s+")


#: Questions about a name that, at the witness question, are about the witnesses' names.
_ABOUT_A_NAME = frozenset({"must_give_name", "will_they_know", "is_safe", "who_sees"})


def _witness_name(draft: Draft, answer: Answer) -> Say | None:
    """ "ต้องบอกชื่อพยานด้วยเหรอ เขาจะเดือดร้อนไหม" at the witness question: who sees
    witnesses' names (sensitive.may_see_witnesses), not the complainant's own."""
    if draft.step != "witnesses" or answer.value("faq") not in _ABOUT_A_NAME:
        return None
    return Say("faq.witness_name")


def _witness_then_asked(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool
) -> list[Out] | None:
    """ "ลูกชายไปด้วยค่ะ ชื่อ สมพงษ์ แต่… เขาจะได้รับอันตรายไหม" at the witness question: the
    question answered and the witness said before it kept, not asked for again."""
    text = " ".join((answer.text or "").split())
    told = said_before_asking(text)
    rest = text[len(told) :].strip() if told and text.startswith(told) else ""
    if not rest or answer.value("checked"):  # "แฟนผมไปด้วย นับไหมครับ": a check, said back
        return None
    heard = understand(told, expecting="witnesses")
    asked = understand(rest, expecting="witnesses")
    if heard.intent != "answer" or not heard.value("witnesses") or asked.intent != "question":
        return None
    topic = asked.value("faq")
    said = Say("faq.witness_name") if topic in _ABOUT_A_NAME else None
    said = said or faq_answer(topic, uow.settings.retention_identity_days)
    kept = take_answer(uow, draft, replace(answer, text=told, understood=heard), back_later)
    return [*filter(None, [said])] + kept


#: The questions whose answer may be said first, a question after it: the value each fills.
_SAID_FIRST = {
    "agency": "agency",
    "official": "official",
    "district": "district",
    "subdistrict": "subdistrict",
}


def _said_then_asked(
    draft: Draft, answer: Answer
) -> tuple[str, Understanding, str, Understanding] | None:
    """An answer said first and a question after it, each read alone at this step: the words
    said and their reading, the question and its reading; None unless the first part is an
    answer and the rest a question."""
    text = " ".join((answer.text or "").split())
    told = said_before_asking(text)
    rest = text[len(told) :].strip() if told and text.startswith(told) else ""
    if not rest:
        return None
    heard = understand(told, expecting=draft.step)
    asked = understand(rest, expecting=draft.step)
    if heard.intent != "answer" or asked.intent != "question":
        return None
    return told, heard, rest, asked


def _answer_then_asked(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool
) -> list[Out] | None:
    """ "อบต.บ้านเป้าค่ะ ต้องบอกชื่อไหมคะ" at the agency question: the answer said first read
    alone and kept, the question after it answered; None when the words before the question
    answer nothing ("อบต.ทำแบบนี้ได้ไหม" is one question)."""
    split = None if answer.value("checked") else _said_then_asked(draft, answer)
    if split is None or not split[1].value(_SAID_FIRST[draft.step]):
        return None
    told, heard, _, asked = split
    told_story = bool(draft.data.get("description"))
    said = found_out(asked, told=told_story) or same_care(asked)
    said = said or faq_answer(asked.value("faq"), uow.settings.retention_identity_days)
    if said is None:
        return None
    kept = take_answer(uow, draft, replace(answer, text=told, understood=heard), back_later)
    return [said, *also_answered(asked, uow.settings.retention_identity_days)] + kept


def _official_then_asked(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool
) -> list[Out] | None:
    """ "เจ้าหน้าที่การเงินค่ะ แต่ถ้าบอกชื่อเขาจะโดนอะไรไหมคะ" at the official question: who did
    it kept (walk39: dropped and asked again), and the question answered for them, not for
    the teller."""
    split = _said_then_asked(draft, answer)
    if split is None or not split[1].value("official"):
        return None
    told, heard, rest, asked = split
    said = Say("faq.accused_named") if _ACCUSED_FATE.search(rest) else None
    if said is None and asked.value("faq") == "must_give_name" and "ชื่อเขา" in rest:
        said = Say("faq.required.official")  # "ต้องบอกชื่อเขาไหม": theirs, not the teller's
    said = said or faq_answer(asked.value("faq"), uow.settings.retention_identity_days)
    kept = take_answer(uow, draft, replace(answer, text=told, understood=heard), back_later)
    return [*filter(None, [said])] + kept


#: Asking where else to report ("ควรไปแจ้งที่ไหนอีกไหม", "ต้องแจ้งที่อื่นด้วยไหม", "where else").
_WHERE_ELSE = re.compile(r"ที่ไหน|ที่อื่น|ไหนอีก|where\s+else|anywhere\s+else", re.I)


def _reported_then_asked(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool
) -> list[Out]:
    """Whether it was reported, said with a question ("ยังค่ะ ควรไปแจ้งที่ไหนอีกไหมคะ"): the
    question answered (where else: no need) and the answer kept, the next question asked."""
    days = uow.settings.retention_identity_days
    said = Say("faq.report_elsewhere") if _WHERE_ELSE.search(answer.text or "") else None
    said = said or faq_answer(answer.value("faq"), days)
    kept = take_answer(uow, draft, answer, back_later)
    return [*filter(None, [said])] + kept


def _answered_then_asked(
    uow: UnitOfWork, draft: Draft, answer: Answer, back_later: bool
) -> list[Out]:
    """An answer with a question back after it (round 26): the question answered first, then
    the answer kept and the next question asked, as at the reported question."""
    days = uow.settings.retention_identity_days
    said = faq_answer(answer.value("faq"), days)
    kept = take_answer(uow, draft, answer, back_later)
    return [*filter(None, [said]), *also_answered(answer, days)] + kept


#: The questions with their own answer to "is it needed?" (the others: answer what you know).
_REQUIRED_ANSWERED = frozenset({"evidence", "witnesses", "reported", "official", "agency", "when"})


def _not_required(draft: Draft, answer: Answer) -> Say | None:
    """ "ต้องมีรูปด้วยเหรอครับ" at the evidence question: no, and what to do without it, said
    for the question asked (then it again)."""
    if answer.value("faq") != "required":
        return None
    step = draft.step if draft.step in _REQUIRED_ANSWERED else None
    return Say(f"faq.required.{step}" if step else "faq.required")


def word_is_greeting(answer: Answer) -> bool:
    """ "สวัสดี", "เมนู": a greeting mid-complaint says where the person is."""
    return bool(answer.text) and meaning(answer.text) == "menu"
