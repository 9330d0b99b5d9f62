"""The complaint conversation's pure parts: steps, completeness, lifecycle, words, render."""

from __future__ import annotations

from datetime import date

import pytest

from bot.line.render import render
from handlers.complaint.steps import EDITABLE, STEPS, Problem, StepContext
from handlers.intake.answers import Answer
from handlers.intake.fields import ELEMENTS, completeness
from handlers.replies import Quick, Say
from handlers.thai.places import for_province
from handlers.tickets.lifecycle import (
    TRANSITIONS,
    TransitionError,
    can_withdraw,
    check_transition,
)
from handlers.understanding.words import meaning, means, normalise
from storage.crypto import Vault
from storage.ticket_status import CLOSED, STATUSES

TODAY = date(2026, 3, 2)
VAULT = Vault("unit-test-secret")
DESCRIPTION = "นายก อบต. ให้ญาติรับเหมาถนนลาดยางหมู่ 5 โดยไม่มีการประกวดราคาตามระเบียบ"


def ctx(**data) -> StepContext:
    return StepContext(dict(data), TODAY, VAULT, geography=for_province("31"))


def take(step: str, answer: Answer, **data):
    """Run a step's take(); return (result, data it stored)."""
    context = ctx(**data)
    return STEPS[step].take(context, answer), context.data


# -- each step: a good answer moves on and stores; a bad one is a Problem ------------------


@pytest.mark.parametrize(
    "step, answer, data, next_step, stored",
    [
        ("consent", Answer(step="consent", choice="yes"), {}, "kind", {"consent": True}),
        ("consent", Answer(text="ตกลงค่ะ"), {}, "kind", {"consent": True}),
        ("consent", Answer(step="consent", choice="no"), {}, "declined", {}),
        ("kind", Answer(step="kind", choice="bribery"), {}, "agency", {"kind": "bribery"}),
        ("kind", Answer(text="2"), {}, "agency", {"kind": "procurement"}),
        ("agency", Answer(text="  อบต.หนองโบสถ์ "), {}, "official", {"agency": "อบต.หนองโบสถ์"}),
        ("official", Answer(text="นายก"), {}, "district", {"official": "นายก"}),
        ("district", Answer(text="นางรอง"), {}, "subdistrict", {"district": "นางรอง"}),
        ("district", Answer(text="อำเภอนางรอง"), {}, "subdistrict", {"district": "นางรอง"}),
        ("district", Answer(step="district", choice="นางรอง"), {}, "subdistrict", {}),
        (
            "subdistrict",
            Answer(text="หนองโบสถ์"),
            {"district": "นางรอง"},
            "when",
            {"subdistrict": "หนองโบสถ์"},
        ),
        ("subdistrict", Answer(step="*", choice="unknown"), {"district": "นางรอง"}, "when", {}),
        ("when", Answer(text="14 มี.ค. 2568"), {}, "what", {"occurred_on": "2025-03-14"}),
        (
            "when",
            Answer(step="when", choice="date", date="2026-01-05"),
            {},
            "what",
            {"occurred_on": "2026-01-05"},
        ),
        ("when", Answer(step="*", choice="unknown"), {}, "what", {"occurred_on": None}),
        ("what", Answer(text=DESCRIPTION), {}, "evidence", {"description": DESCRIPTION}),
        ("evidence", Answer(step="evidence", choice="done"), {}, "witnesses", {}),
        ("evidence", Answer(text="เสร็จแล้ว"), {}, "witnesses", {}),
        ("witnesses", Answer(step="*", choice="skip"), {}, "reported", {"witnesses": ""}),
        ("witnesses", Answer(text="ผู้ใหญ่บ้าน"), {}, "reported", {"witnesses": "ผู้ใหญ่บ้าน"}),
        ("reported", Answer(step="reported", choice="no"), {}, "identity", {"reported": False}),
        ("reported", Answer(text="ใช่"), {}, "reported_to", {"reported": True}),
        ("reported_to", Answer(text="ป.ป.ช."), {}, "reported_ref", {"reported_to": "ป.ป.ช."}),
        ("reported_ref", Answer(step="*", choice="skip"), {}, "identity", {"reported_ref": None}),
        ("reported_ref", Answer(text="1234/2568"), {}, "identity", {"reported_ref": "1234/2568"}),
        (
            "identity",
            Answer(step="identity", choice="anonymous"),
            {},
            "summary",
            {"anonymous": True},
        ),
        ("identity", Answer(step="identity", choice="named"), {}, "name", {"anonymous": False}),
    ],
)
def test_good_answers_move_on_and_are_kept(step, answer, data, next_step, stored):
    result, kept = take(step, answer, **data)
    assert result == next_step
    assert kept.items() >= stored.items()


def test_district_from_a_shared_location_in_buriram():
    answer = Answer(latitude=14.8, longitude=102.6, address="ตำบลนางรอง อำเภอนางรอง บุรีรัมย์")
    result, kept = take("district", answer)
    assert (result, kept["district"], kept["latitude"]) == ("pin", "นางรอง", 14.8)


def test_name_and_phone_are_kept_only_encrypted():
    result, kept = take("name", Answer(text="สมหญิง รักดี"))
    assert result == "phone" and "สมหญิง" not in str(kept)
    assert VAULT.decrypt(kept["name_enc"]) == "สมหญิง รักดี"
    result, kept = take("phone", Answer(text="081-234-5678"))
    assert result == "summary" and VAULT.decrypt(kept["phone_enc"]) == "0812345678"


@pytest.mark.parametrize(
    "step, answer, data, key",
    [
        ("consent", Answer(text="อะไรนะ"), {}, "reask.consent"),
        ("kind", Answer(step="kind", choice="murder"), {}, "reask.kind"),
        ("agency", Answer(text="อบ"), {}, "problem.too_short"),
        ("agency", Answer(text="ก" * 301), {}, "problem.too_long"),
        ("agency", Answer(media="image"), {}, "problem.want_text"),
        ("district", Answer(text="ซซซซ"), {}, "problem.district_unknown"),
        ("district", Answer(text="บ่ฮู้ค่ะ"), {}, "problem.district_not_known"),
        ("district", Answer(text="ไม่รู้ค่ะ"), {}, "problem.district_not_known"),
        ("district", Answer(media="image"), {}, "problem.want_district"),
        ("subdistrict", Answer(text="ซซซ"), {"district": "นางรอง"}, "problem.subdistrict_unknown"),
        ("when", Answer(text="1 ธ.ค. 2570"), {}, "problem.date_future"),
        ("when", Answer(step="when", choice="date", date="2026-03-03"), {}, "problem.date_future"),
        ("when", Answer(text="เมื่อไหร่ไม่รู้สิ"), {}, "problem.date_unreadable"),
        ("what", Answer(text="โอเค"), {}, "problem.not_an_answer"),
        ("evidence", Answer(text="รูปอยู่ในมือถือ"), {}, "problem.want_evidence"),
        ("reported", Answer(text="อาจจะ"), {}, "reask.reported"),
        ("identity", Answer(text="อาจจะ"), {}, "reask.identity"),
        ("name", Answer(text="ก" * 101), {}, "problem.too_long"),
        ("phone", Answer(text="12345"), {}, "problem.phone_invalid"),
        ("phone", Answer(media="image"), {}, "problem.want_phone"),
        ("summary", Answer(text="ส่ง"), {}, "reask.summary"),
    ],
)
def test_bad_answers_are_problems_and_change_nothing(step, answer, data, key):
    result, kept = take(step, answer, **data)
    assert isinstance(result, Problem) and result.key == key
    assert kept == data


def test_another_province_is_said_once_and_whatever_follows_goes_on():
    result, kept = take("district", Answer(text="เชียงใหม่"))
    assert isinstance(result, Problem) and result.key == "problem.district_other_province"
    assert "district" not in kept and kept["_outside"]["province"] == "เชียงใหม่"
    result, kept = take("district", Answer(text="ส่ง"), **kept)
    assert result == "subdistrict" and kept["district"] is None
    assert "เชียงใหม่" in kept["place_text"] and kept["outside_province"] == "เชียงใหม่"


def test_unsure_district_offers_numbered_suggestions_picked_by_number():
    result, kept = take("district", Answer(text="หนอง"))
    assert isinstance(result, Problem) and result.key == "problem.district_suggest"
    assert "1. " in result.params["suggestions"]
    first = kept["_suggested"]["district"][0]
    result, kept = take("district", Answer(text="1"), **kept)
    assert (result, kept["district"]) == ("subdistrict", first)


def test_a_location_outside_buriram_is_not_a_district():
    result, kept = take("district", Answer(latitude=13.7, longitude=100.5, address="Bangkok"))
    assert isinstance(result, Problem) and result.key == "problem.location_outside"
    assert "district" not in kept


def test_a_misspelt_district_offers_the_right_one_as_a_button():
    result, _ = take("district", Answer(text="นางรอบ"))
    assert "นางรอง" in result.params["suggestions"]
    assert [q.value for q in result.quick] == ["a=district:นางรอง"]


def test_a_district_spelled_as_it_is_said_is_taken():
    result, kept = take("district", Answer(text="นางลองเด้อ"))
    assert (result, kept["district"]) == ("subdistrict", "นางรอง")


def test_editable_fields_are_steps():
    assert set(EDITABLE) <= set(STEPS)


# -- completeness and the anonymous-letter warning ----------------------------------------

FULL = {
    "kind": "procurement",
    "agency": "อบต.หนองโบสถ์",
    "official": "นายก อบต.",
    "district": "นางรอง",
    "occurred_on": "2025-03-14",
    "description": DESCRIPTION,
    "witnesses": "ผู้ใหญ่บ้าน",
    "reported": False,
    "anonymous": True,
}


def test_a_full_anonymous_complaint_is_complete_and_not_an_anonymous_letter():
    state = completeness(FULL, evidence_count=2)
    assert state.missing == () and state.percent == 100
    assert state.anonymous_gaps == ()


def test_anonymous_without_specifics_lists_the_gaps():
    state = completeness({"kind": "bribery", "anonymous": True}, evidence_count=0)
    assert state.anonymous_gaps == (
        "agency",
        "official",
        "place",
        "when",
        "what",
        "evidence_or_witnesses",
    )
    assert state.percent == round(100 * 2 / len(ELEMENTS))


def test_evidence_alone_is_enough_support_for_an_anonymous_complaint():
    data = {**FULL, "witnesses": ""}
    assert completeness(data, evidence_count=1).anonymous_gaps == ()
    assert completeness(data, evidence_count=0).anonymous_gaps == ("evidence_or_witnesses",)


def test_named_complaint_has_no_anonymous_gaps_but_needs_a_phone():
    named = {**FULL, "anonymous": False}
    assert completeness(named, 1).missing == ("contact",)
    assert completeness({**named, "phone_enc": "x"}, 1).missing == ()
    assert completeness({"anonymous": False}, 0).anonymous_gaps == ()


def test_a_short_description_is_missing_what_happened():
    assert "what" in completeness({**FULL, "description": "สั้น"}, 1).missing


# -- lifecycle ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "current, new",
    [
        ("submitted", "in_review"),
        ("forwarded", "in_review"),
        ("resolved", "in_review"),
    ],
)
def test_allowed_transitions(current, new):
    check_transition(current, new)


@pytest.mark.parametrize(
    "new, by",
    [
        ("resolved", "confirmation"),
        ("rejected", "confirmation"),
        ("forwarded", "confirmation"),
        ("withdrawn", "complainant"),
    ],
)
def test_endings_only_by_whom_the_table_says(new, by):
    for who in ("member", "complainant", "confirmation"):
        if who == by:
            check_transition("in_review", new, "เหตุผล", by=who)
        else:
            with pytest.raises(TransitionError, match="only by"):
                check_transition("in_review", new, "เหตุผล", by=who)


@pytest.mark.parametrize(
    "current, new",
    [
        ("submitted", "resolved"),
        ("submitted", "forwarded"),
        ("withdrawn", "in_review"),
        ("resolved", "resolved"),
        ("in_review", "submitted"),
    ],
)
def test_forbidden_transitions(current, new):
    with pytest.raises(TransitionError):
        check_transition(current, new, "a reason")


@pytest.mark.parametrize(
    "new, by",
    [("rejected", "confirmation"), ("needs_info", "member"), ("withdrawn", "complainant")],
)
def test_some_transitions_need_a_reason(new, by):
    with pytest.raises(TransitionError, match="reason"):
        check_transition("in_review", new, "  ", by=by)
    check_transition("in_review", new, "เอกสารไม่ครบ", by=by)


def test_withdrawal_only_while_open():
    assert [s for s in STATUSES if can_withdraw(s)] == [
        "submitted",
        "in_review",
        "needs_info",
        "forwarded",
    ]
    assert TRANSITIONS["withdrawn"] == frozenset()
    assert set(TRANSITIONS) == set(STATUSES) and CLOSED <= set(STATUSES)


# -- words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, word",
    [
        ("ยกเลิก", "cancel"),
        ("  ยกเลิกค่ะ ", "cancel"),
        ("ย้อนกลับครับ", "back"),
        ("CANCEL", "cancel"),
        ("Help!", "help"),
        ("เริ่มใหม่", "restart"),
        ("ติดตามเรื่อง", "track"),
        ("ภาษาอังกฤษ", "english"),
        ("ยกเลิกสัญญาจ้าง", None),
        ("", None),
        (None, None),
    ],
)
def test_meaning_of_typed_words(typed, word):
    assert meaning(typed) == word


def test_means_and_normalise():
    assert means("ไม่ทราบค่ะ", "unknown") and means("Done.", "done")
    assert not means("ไม่ทราบชื่อ", "unknown")
    assert normalise("  ขอ   บคุณ   นะคะ ") == "ขอ บคุณ"


# -- render -------------------------------------------------------------------------------


def test_render_puts_quick_replies_on_the_last_of_at_most_five_messages():
    items = [Say("flow.intro") for _ in range(6)] + [Say("ask.consent", quick=(Quick("=ok"),))]
    messages = render(items, "th")
    assert len(messages) == 5
    assert "quickReply" in messages[-1]
    assert all("quickReply" not in m for m in messages[:-1])


def test_render_keeps_labels_within_twenty_characters():
    quick = (Quick("=" + "ก" * 30, "postback", "a=x:y"), Quick("=สั้น", "message"))
    messages = render([Say("menu.choose", quick=quick)], "th")
    labels = [i["action"]["label"] for i in messages[-1]["quickReply"]["items"]]
    assert [len(label) for label in labels] == [20, 4]
    assert messages[-1]["quickReply"]["items"][1]["action"]["text"] == "สั้น"


def test_render_date_picker_cannot_pick_the_future():
    quick = (Quick("choice.pick_date", "date", "a=when:date"),)
    action = render([Say("ask.when", quick=quick)], "th", TODAY)[0]["quickReply"]["items"][0]
    assert action["action"]["max"] == "2026-03-02"
    assert action["action"]["mode"] == "date"


def test_render_translates_into_english():
    th, en = render([Say("ask.consent")], "th"), render([Say("ask.consent")], "en")
    assert th[0]["text"] != en[0]["text"]
    assert th[0]["text"].endswith(("ค่ะ", "คะ")) and en[0]["text"].isascii()


@pytest.mark.parametrize(
    "answer, scene",
    [
        (Answer(step="pin", choice="scene"), True),
        (Answer(step="pin", choice="elsewhere"), False),
        (Answer(text="ใช่ค่ะ"), True),
        (Answer(text="ไม่ใช่"), False),
        (Answer(text="บ้านผมเองครับ"), False),
    ],
)
def test_a_shared_pin_is_the_scene_only_when_the_complainant_says_so(answer, scene):
    result, kept = take("pin", answer)
    assert (result, kept["pin_is_scene"]) == ("subdistrict", scene)
