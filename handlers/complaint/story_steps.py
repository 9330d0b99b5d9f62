"""The steps on the story: when it happened, what happened (and more of it), the evidence and
the witnesses."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from handlers.complaint import choices, understood
from handlers.complaint.step_kit import (
    OPENING,
    SKIP,
    UNKNOWN,
    Problem,
    keep_with_story,
    skipped_answer,
    store_optional_text,
    story_with_facts,
    text_answer,
    told_text,
)
from handlers.intake.fields import MAX_DESCRIPTION, MIN_DESCRIPTION
from handlers.replies import Named, Quick, Say
from handlers.thai import dates as thai_dates
from handlers.thai.dates_in_text import other_times
from handlers.thai.normalise import is_dont_know
from handlers.tickets import evidence_words
from handlers.understanding import (
    all_the_evidence,
    fact_beside,
    story_added,
    without_seen_days,
    without_who_reports,
)
from handlers.understanding.danger import flat
from handlers.understanding.lexicon import EVIDENCE_NOT_DARED
from handlers.understanding.short_answers import done_then_told


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


#: A year said alone at the date question ("ปีนี้", "ปีกลาย") is asked once which part of it; a
#: time within it then replaces it, and "ไม่รู้" keeps the year (said back, never its first day).
YEAR_SAID = "_year_said"
YEAR = "year"


def take_when(ctx, answer):
    """The date; a year said alone is asked once which part of it (`YEAR_SAID` holds it)."""
    year = ctx.data.pop(YEAR_SAID, None)
    if year and (answer.choice == "unknown" or (answer.text and answer.intent == "none")):
        ctx.data.update(occurred_on=year["on"], occurred_text=year["text"])
        return "what"  # "ไม่รู้" after "which part of the year?": the year is kept
    result = _take_when(ctx, answer, asked_part=year is not None)
    if isinstance(result, Problem) and year and YEAR_SAID not in ctx.data:
        ctx.data[YEAR_SAID] = year  # an unreadable answer: the year still held
    return result


#: How often, all through the year said ("ทุกเดือน ปีนี้", "ทั้งปี", "ตลอดปีที่แล้ว"): the whole
#: year is the answer (walk37: "every month this year" asked which part of the year).
_ALL_THE_YEAR = re.compile(
    r"ทุก(?:เดือน|วัน|อาทิตย์|สัปดาห์|งวด|ครั้ง)|ทั้งปี|ตลอด(?:ทั้ง)?ปี|every\s+(?:month|week|day)|all\s+year",
    re.I,
)


def _which_part(ctx, parsed: thai_dates.WhenAnswer, kept: str | None) -> Problem:
    """A whole year read: asked once which part of it, the year held till then."""
    year = Named(thai_dates.format_when(parsed, "th"), thai_dates.format_when(parsed, "en"))
    ctx.data[YEAR_SAID] = {"on": parsed.date.isoformat(), "text": kept}
    return Problem("reask.when_year", {"year": year}, quick=(UNKNOWN,))


def _take_when(ctx, answer, asked_part: bool = False):
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
    again: list[thai_dates.WhenAnswer] = []
    if parsed.error == "unreadable" and found is not None:  # a date among other words
        parsed = found if found.end <= ctx.today else replace(found, error="future")
        words = answer.understood.values["date"].span
        told = without_seen_days(answer.text, ctx.today)  # "เห็นในเฟซเมื่อวาน": no time of it
        again = other_times(told, words, ctx.today, parsed) if isinstance(words, str) else []
    if parsed.error:
        return Problem(f"problem.date_{parsed.error}")
    if found is not None and _narrows(found, parsed):
        parsed = found  # "ปิดเทอมใหญ่ปีที่แล้วค่ะ เดือนเมษา": the month said narrows the term
    # Not one calendar day: kept as said back ("30 พ.ย. – 1 ธ.ค. 2569", "ตุลาคม 2569"), never
    # as "2-3 วันก่อน", which means nothing on the committee's screen a month later. A time
    # said again ("…แล้วก็ตอนเดือนกันยา") is kept beside it: "2 ธ.ค. 2569, กันยายน 2569".
    kept = thai_dates.format_kept(parsed)
    all_year = _ALL_THE_YEAR.search(answer.text)  # "ทุกเดือน ปีนี้": the whole of it, not a part
    if parsed.precision == YEAR and parsed.date and not again and not asked_part and not all_year:
        return _which_part(ctx, parsed, kept)  # "ปีนี้": which part of it?
    if again and parsed.date:
        said = [kept or thai_dates.format_when(parsed)]
        kept = ", ".join(
            said + [thai_dates.format_kept(a) or thai_dates.format_when(a) for a in again]
        )
    ctx.data.update(
        occurred_on=parsed.date.isoformat() if parsed.date else None, occurred_text=kept
    )
    if parsed.date:
        _said_back(ctx, parsed)
    return "what"


def _narrows(finer: thai_dates.WhenAnswer, whole: thai_dates.WhenAnswer) -> bool:
    """The understanding's time lies inside the whole text's reading and is shorter."""
    if finer.error or not (finer.date and whole.date):
        return False
    finer_end, whole_end = finer.end or finer.date, whole.end or whole.date
    inside = whole.date <= finer.date and finer_end <= whole_end
    return inside and (finer_end - finer.date) < (whole_end - whole.date)


# -- what ------------------------------------------------------------------
#: Set while the story is reopened to be added to (editing.ADDING_TO_STORY).
ADDING_TO_STORY = "adding_to_story"


#: Set when the story came early, at another question, and short (`taking._story_kept`): the
#: what question then asks once for more (round 26: "The school wanted an extra payment to
#: accept my stepdaughter" at the kind question, and the 8,000 baht never asked for).
EARLY_SHORT = "_story_early_short"
#: A story told early is short below this many characters: one sentence, no amount, no who.
EARLY_SHORT_LENGTH = 100


def ask_what(ctx):
    """What happened; after a short story told early, whether there is more to it, once."""
    if ctx.data.get(EARLY_SHORT):
        return [Say("ask.what_after_early", quick=(SKIP,))]
    return [Say("ask.what")]


def _take_more_after_early(ctx, answer):
    """The answer to "anything more?" after a short story told early: added to it, or nothing."""
    ctx.data.pop(EARLY_SHORT, None)
    ctx.data["more_asked"] = True
    if skipped_answer(answer) or answer.intent in ("done", "no"):
        return "evidence"
    value = text_answer(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    told = without_who_reports(value)  # never who reports
    if told:
        ctx.data["description"] = f"{ctx.data.get('description', '')}\n{told_text(told)}".strip()
    return "evidence"


def take_what(ctx, answer):
    if ctx.data.get(EARLY_SHORT):
        return _take_more_after_early(ctx, answer)
    if answer.text and is_dont_know(answer.text):  # "not sure": what they know is asked kindly
        return Problem("reask.what")
    value = text_answer(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    value = without_who_reports(value)  # never who reports: their name, a phone, a relay
    if not value:
        return Problem("reask.what")  # only who they are: what happened is asked kindly
    opening = ctx.data.pop(OPENING, None)
    told = ctx.data.get("description")
    adding = ctx.data.pop(ADDING_TO_STORY, False)
    more = story_added(value) if told else None  # "also: …" after "แก้ 6": after the story
    if told and (adding or (more is not None and len(more[1]) >= 2)):
        added = told_text(more[1] if more is not None and len(more[1]) >= 2 else value)
        ctx.data["description"] = f"{told}\n{added}"
        return "evidence"
    value = told_text(value)
    story = story_with_facts(ctx.data, value)
    # the opening ("อยากแจ้งเรื่องถนนค่ะ") goes before the first telling only, never back
    # before a story told again
    ctx.data["description"] = f"{opening}\n{story}" if opening and not told else story
    # Short is kept: we ask kindly for more, never count characters at people.
    return "what_more" if len(value) < MIN_DESCRIPTION else "evidence"


def take_what_more(ctx, answer):
    ctx.data["more_asked"] = True
    if skipped_answer(answer) or answer.intent == "done":
        return "evidence"
    value = text_answer(answer, minimum=2, maximum=MAX_DESCRIPTION)
    if isinstance(value, Problem):
        return value
    told = without_who_reports(value)  # never who reports
    if not told:
        return "evidence"
    told = told_text(told)
    ctx.data["description"] = f"{ctx.data.get('description', '')}\n{told}".strip()
    return "evidence"


def told_already(data: dict) -> bool:
    """The story was told already: typed before the complaint began, by voice, or here (a short
    one told at another question: not yet, more is asked for once)."""
    if data.get(EARLY_SHORT):
        return False
    return bool(data.get("told_first") or data.get("told_by") or data.get("description"))


def told_enough(data: dict) -> bool:
    """Nothing more to ask about the story: told by voice, long enough, or asked once."""
    told = data.get("told_by") or data.get("more_asked") or data.get("told_first")
    return bool(told) or len(data.get("description") or "") >= MIN_DESCRIPTION


# -- evidence (media are stored by the flow; this step only hears "done") -----
#: The taps under the evidence question (and under its one-line reminder).
EVIDENCE_QUICK = (
    Quick("choice.camera", "camera"),
    Quick("choice.gallery", "cameraRoll"),
    Quick("choice.done", "postback", "a=evidence:done"),
)


def ask_evidence(ctx):
    return [Say("ask.evidence", {"count": ctx.evidence_count}, quick=EVIDENCE_QUICK)]


_NOT_DARED = re.compile(EVIDENCE_NOT_DARED)


def take_evidence(ctx, answer):
    finished = answer.intent == "done" or answer.value("evidence") in ("none", "later")
    # "ส่งรูปแล้ว", a 📷 alone: after pieces came, talk of having sent them means that is all.
    sent = answer.understood is not None and answer.understood.intent == "done"
    # "มีแค่รูปนี้รูปเดียว" after it came: that one is all the evidence there is.
    sent = sent or all_the_evidence(answer.text)
    finished = finished or (sent and ctx.evidence_count > 0)
    if finished or choices.pick(answer, "evidence") == "done" or skipped_answer(answer):
        ctx.data["evidence_done"] = True
        told = done_then_told(answer.text) if answer.intent == "done" else None
        if told and all_the_evidence(told):
            pass  # "หมดแล้วค่ะ มีรูปเดียว": that it is all, nothing of the story
        elif told:  # "เสร็จแล้วค่ะ ในเสียงคือแม่ครัวเล่าให้ฟัง": what the evidence is, kept
            keep_with_story(ctx.data, told)
        elif answer.intent == "done":  # "อันนี้สลิปโอนค่ะ มีแค่นี้": the last file's words
            evidence_words.keep(ctx.data, answer.text, ctx.evidence_count)
        if answer.value("evidence") == "later":  # "พรุ่งนี้ถ่ายรูปมาให้": how to send them then
            ctx.notes.append(Say("note.evidence_later"))
        return "witnesses"
    if answer.text and _NOT_DARED.search(flat(answer.text).lower()):
        # "มีคลิปเสียงแต่ไม่กล้าส่ง": how what is sent is kept, and that it may come later
        return Problem("problem.evidence_not_dared", quick=EVIDENCE_QUICK)
    # "ไฟล์นั่นคือเมนูอาหาร…": words about a file sent, kept with it for the committee
    if answer.intent == "answer" and evidence_words.keep(ctx.data, answer.text, ctx.evidence_count):
        return Problem(evidence_words.NOTED, quick=EVIDENCE_QUICK)
    # the reminder asks it already, with its taps: not followed by the question again
    return Problem("problem.want_evidence", quick=EVIDENCE_QUICK)


# -- witnesses -------------------------------------------------------------
def ask_witnesses(ctx):
    return [Say("ask.witnesses", quick=(SKIP,))]


_take_witnesses_text = store_optional_text("witnesses", "reported", minimum=2, skipped="")
#: Witnesses said afraid ("บ่มีไผกล้าเป็นพยานดอก", "…แต่ไม่กล้าเป็นพยาน"): the committee is told.
_AFRAID = re.compile(r"กล้า\S{0,6}พยาน|(?:ไม่|บ่)กล้า|กลัว")


def take_witnesses(ctx, answer):
    """The witnesses as typed; that they are afraid to be one is kept with the story."""
    # "ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด": no one, the fact beside it kept when taken
    no_one_and_a_fact = not answer.value("witnesses") and fact_beside(answer.text)
    if (
        answer.text
        and _AFRAID.search(answer.text)
        and answer.intent in ("answer", "none")
        and not no_one_and_a_fact
    ):
        keep_with_story(ctx.data, answer.text.strip())
    yes_first = _YES_FIRST.match(answer.text or "")
    if yes_first and answer.intent == "answer":
        answer = replace(answer, text=answer.text[yes_first.end() :])  # "มีครับ นายบุญมี …": the names
    return _take_witnesses_text(ctx, answer)


#: "There is" said as a yes before who ("มีครับ นายบุญมี …", "มีค่ะ ป้าจันทร์"): not part of who.
_YES_FIRST = re.compile(r"^\s*มี(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ)\s+(?=\S)")
