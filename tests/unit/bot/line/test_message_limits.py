"""Every message the complaint conversation can produce stays within LINE's limits."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from bot.line.limits import MAX_BUBBLE_BYTES, MAX_CAROUSEL_BYTES, json_size, limit_violations
from bot.line.render import render
from handlers.complaint import steps as complaint_steps
from handlers.complaint.flow import GLOBAL_WORDS
from handlers.complaint.steps import EDITABLE, STEPS, Problem, StepContext
from handlers.intake.answers import Answer
from handlers.intake.fields import ELEMENTS, MAX_DESCRIPTION, MAX_EVIDENCE, MAX_SHORT_TEXT
from handlers.menu import help_text, main_menu, welcome
from handlers.replies import Card, Quick, Say, T
from handlers.thai.places import for_province
from handlers.understanding import understand
from storage.crypto import Vault
from storage.ticket_status import STATUSES

LANGUAGES = ("th", "en")
TODAY = date(2026, 3, 2)
VAULT = Vault("unit-test-secret")
HANDLERS = Path(complaint_steps.__file__).parents[1]
# The step table and the modules of its steps (`steps.py`, `step_kit.py`, `*_steps.py`).
STEPS_SOURCE = "".join(p.read_text() for p in sorted((HANDLERS / "complaint").glob("*step*.py")))


#: Evidence the teller has but dares not send: answered with how it is kept (fixW40a).
NOT_DARED = "มีรูปถ่ายไว้ค่ะ แต่ไม่กล้าส่ง"


@cache
def bad_answers() -> dict[str, list[Answer]]:
    """Answers that each step must refuse, so every Problem it can return is rendered.

    Made when a test first asks, not at import: the answers read by `understand` load the
    trained models, which the xdist controller (it collects, never runs) would load for nothing."""
    return {
        "consent": [Answer(text="อะไรนะ")],
        "kind": [
            Answer(text="อะไรนะ"),
            Answer(step="kind", choice="nonsense"),
            # a description two kinds fit about as well: both offered
            Answer(
                text="กำนันไม่ยอมเซ็นให้ถ้าไม่เลี้ยงเหล้า",
                understood=understand("กำนันไม่ยอมเซ็นให้ถ้าไม่เลี้ยงเหล้า", expecting="kind"),
            ),
        ],
        "agency": [
            Answer(text="ก"),
            Answer(text="ก" * (MAX_SHORT_TEXT + 1)),
            Answer(media="image"),
            # points back, and none was named before: which one?
            Answer(text="อบต.ดังกล่าว", understood=understand("อบต.ดังกล่าว", expecting="agency")),
        ],
        "official": [
            Answer(text="ก"),
            Answer(text="ข" * (MAX_SHORT_TEXT + 1)),
            Answer(text="ต.สะเดา", understood=understand("ต.สะเดา", expecting="official")),
            # a day alone where who was asked: the day taken, who asked again
            Answer(
                text="วันจันทร์ที่แล้วค่ะ",
                understood=understand("วันจันทร์ที่แล้วค่ะ", expecting="official", today=TODAY),
            ),
        ],
        "district": [
            Answer(text="หนอง"),
            Answer(text="กรุงเทพมหานคร"),
            Answer(text="ซซซซ"),
            Answer(text="บ่ฮู้"),
            Answer(text="บุรีรัมย์"),
            Answer(latitude=13.75, longitude=100.5, address="Bangkok, Thailand"),
            Answer(media="image"),
        ],
        "pin": [Answer(text="อะไรนะ"), Answer(step="pin", choice="nonsense")],
        "subdistrict": [Answer(text="นางรองงงงง"), Answer(text="ซซซซซซซ"), Answer(media="image")],
        "when": [
            Answer(text="1 ธ.ค. 2570"),
            Answer(text="ปีนี้"),  # a year alone: which part of it is asked
            Answer(text="1 ม.ค. 1950"),
            Answer(text="ฟหกดเ"),
            Answer(step="when", choice="date", date="2027-01-01"),
            Answer(media="image"),
        ],
        "what": [
            Answer(text="โอเค"),
            Answer(text="ไม่แน่ใจค่ะ"),  # not knowing what happened: asked kindly, with an example
            Answer(text="ก" * (MAX_DESCRIPTION + 1)),
            Answer(media="image"),
        ],
        "what_more": [Answer(text="ก"), Answer(media="image")],
        "evidence": [
            Answer(text="อะไรนะ"),
            Answer(text=NOT_DARED, understood=understand(NOT_DARED, expecting="evidence")),
        ],
        "witnesses": [Answer(text="ก"), Answer(text="ก" * (MAX_SHORT_TEXT + 1))],
        "reported": [Answer(text="อาจจะ")],
        "reported_to": [Answer(text="ก"), Answer(media="image")],
        "reported_ref": [Answer(text="ก" * (MAX_SHORT_TEXT + 1))],
        "identity": [Answer(text="อาจจะ")],
        "name": [
            Answer(text="ก"),
            Answer(text="ก" * 101),
            # a question where the name was asked: read, not a name, never stored
            Answer(text="บอทนี่ของใครคะ", understood=understand("บอทนี่ของใครคะ", expecting="name")),
            # the name of an earlier filing asked for: never reused, asked again with why
            Answer(text="ใช้ชื่อเดิมค่ะ", understood=understand("ใช้ชื่อเดิมค่ะ", expecting="name")),
            # the name of the one filed for, given in the story, typed as the contact's own
            Answer(text="บุญมี ศรีสุข", understood=understand("บุญมี ศรีสุข", expecting="name")),
        ],
        "phone": [
            Answer(text="123"),
            # when not to call, and no number: kept, the number asked again
            Answer(
                text="อย่าโทรเวลางานนะคะ",
                understood=understand("อย่าโทรเวลางานนะคะ", expecting="phone"),
            ),
            Answer(media="image"),
            # an email offered, and no phone at all: answered kindly, never "wrong number"
            Answer(
                text="somsri@mail.com", understood=understand("somsri@mail.com", expecting="phone")
            ),
            Answer(text="ไม่มีเบอร์ค่ะ", understood=understand("ไม่มีเบอร์ค่ะ", expecting="phone")),
        ],
        "summary": [Answer(text="ส่งเลย")],
    }


def context(**data) -> StepContext:
    base = {"district": "นางรอง", "kind": "bribery"}
    return StepContext({**base, **data}, TODAY, VAULT, evidence=3, geography=for_province("31"))


def check(items, language: str) -> list[dict]:
    """Render intents like the sender does and insist on LINE's limits."""
    messages = render(items, language, TODAY)
    assert 1 <= len(messages) <= 5
    assert limit_violations(messages) == [], (items, language)
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", list(STEPS))
def test_every_question_is_within_limits(step, language):
    asked = STEPS[step].ask(context())
    if step == "summary":
        assert asked == []  # the summary is a card, checked below
        return
    check(asked, language)
    check([Say("flow.intro")] + asked, language)
    check([Say(f"help.step.{step}"), Say("help.global")] + asked, language)
    check([Say(f"problem.wrong_kind.{STEPS[step].wants}")] + asked, language)


#: What the draft holds before a step, where its problems need more than `context`'s base.
STEP_DATA = {"name": {"behalf": "ยาย", "description": "แจ้งแทนยาย ยายชื่อบุญมี ศรีสุข"}}


def problems_of(step: str) -> list[Problem]:
    found = []
    for answer in bad_answers()[step]:
        result = STEPS[step].take(context(**STEP_DATA.get(step, {})), answer)
        assert isinstance(result, Problem), (step, answer, result)
        found.append(result)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", list(STEPS))
def test_every_problem_is_within_limits(step, language):
    for problem in problems_of(step):
        # As the flow answers: the problem, then the question again unless it offers choices.
        items = [Say(problem.key, problem.params or {}, problem.quick)]
        if not problem.quick:
            items += STEPS[step].ask(context(**STEP_DATA.get(step, {})))
        check(items, language)


def test_the_bad_answers_reach_every_problem_the_steps_define():
    reached = {p.key for step in STEPS for p in problems_of(step)}
    defined = set(re.findall(r'Problem\(\s*"([\w.]+)"', STEPS_SOURCE))
    defined |= {f"problem.date_{e}" for e in ("future", "too_old", "unreadable")}
    assert defined - reached == set()


def summary_data(anonymous: bool, evidence: int = MAX_EVIDENCE, complete: bool = True) -> dict:
    """The summary card's data with every field at its longest."""
    fields = {
        "consent": True,
        "kind": "procurement",
        "agency": "องค์การบริหารส่วนตำบล" * 20,
        "official": "ข" * MAX_SHORT_TEXT,
        "district": "เฉลิมพระเกียรติ",
        "subdistrict": "ถาวร",
        "place_text": "ค" * MAX_SHORT_TEXT,
        "occurred_on": "2025-03-14",
        "occurred_text": "ประมาณเดือนมีนาคมปีที่แล้ว",
        "description": ("ฮั้วประมูลถนนลาดยาง " * 400)[:MAX_DESCRIPTION],
        "witnesses": "ง" * MAX_SHORT_TEXT,
        "reported": True,
        "reported_to": "จ" * MAX_SHORT_TEXT,
        "reported_ref": "ฉ" * MAX_SHORT_TEXT,
        "anonymous": anonymous,
        "name": None if anonymous else "ช" * 100,
        "phone": None if anonymous else "0812345678",
    }
    return {
        "fields": fields,
        "evidence_count": evidence,
        "percent": 100 if complete else 0,
        "missing": [] if complete else list(ELEMENTS),
        "anonymous_gaps": []
        if complete
        else ["agency", "official", "place", "when", "what", "evidence_or_witnesses"],
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("anonymous", [True, False])
@pytest.mark.parametrize("complete", [True, False])
def test_summary_card_with_every_field_at_its_longest(language, anonymous, complete):
    card = Card("summary", summary_data(anonymous, complete=complete))
    messages = check([card], language)
    assert json_size(messages[0]["contents"]) <= MAX_BUBBLE_BYTES
    assert len(check([Say("problem.use_buttons"), card], language)) == 2


def ticket(number: int, status: str = "in_review") -> dict:
    events = [
        {"at": "2026-03-01 10:00", "status": s, "kind": "status", "body": None}
        for s in (STATUSES * 2)[:8]
    ]
    return {
        "reference": f"BRM-2569-{number:05d}",
        "status": status,
        "kind": "procurement",
        "submitted": "2026-03-01",
        "events": events,
        "can_withdraw": True,
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [1, 10, 12, 15])
def test_ticket_list_of_any_length(language, count):
    card = Card("ticket_list", {"tickets": [ticket(i) for i in range(count)]})
    messages = check([card], language)
    carousel = messages[0]["contents"]
    assert len(carousel["contents"]) == min(count, 12)
    assert json_size(carousel) <= MAX_CAROUSEL_BYTES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", STATUSES)
def test_tracking_messages(language, status):
    check([Card("ticket", ticket(1, status), quick=main_menu())], language)
    reference = {"reference": "BRM-2569-00001"}
    for key in ("withdraw.done", "submitted.reference"):
        check([Say(key, {**reference, "days": 30})], language)
    check([Say("withdraw.confirm", {**reference, "reason": T("withdraw.why.pressured")})], language)
    check([Say("withdraw.not_possible", {**reference, "status": T(f"status.{status}")})], language)
    check(
        [Say("submitted.code", {**reference, "code": "K7QM-4TXP-H3WA"}, quick=main_menu())],
        language,
    )
    for key in ("track.none", "lookup.ask_reference", "lookup.ask_code", "lookup.not_found"):
        check([Say(key, quick=main_menu())], language)
    check([Say("lookup.locked")], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_welcome_help_and_flow_messages(language):
    check(welcome(), language)
    check(help_text(), language)
    pick = tuple(Quick(f"field.{name}", "postback", f"a=edit:{name}") for name in EDITABLE)
    for items in (
        [Say("flow.pick_field", quick=pick)],
        [
            Say(
                "flow.resume",
                {"step": T("step.summary")},
                quick=(Quick("choice.continue", value="flow=continue"),),
            )
        ],
        [Say("evidence.received", {"count": MAX_EVIDENCE})],
        [Say("evidence.received_elsewhere", {"count": 1})],
        [Say("evidence.too_many", {"maximum": MAX_EVIDENCE})],
        [Say("evidence.too_large", {"megabytes": 25})],
        [Say("group.private_only")],
    ):
        check(items, language)
    for key in (
        "menu.choose",
        "menu.greeting",
        "menu.unknown",
        "language.changed",
        "flow.cancelled",
        "flow.declined",
        "flow.no_draft",
        "flow.at_start",
    ):
        check([Say(key, quick=main_menu())], language)
    assert set(GLOBAL_WORDS) <= {"cancel", "back", "restart", "help", "continue"}


def test_every_key_the_complaint_flow_says_is_in_both_catalogues():
    from bot.i18n import catalogue

    keys = set()
    for name in (
        "complaint/flow",
        "complaint/steps",
        "tickets/tracking",
        "menu",
        "complaint/submission",
        "dispatch",
    ):
        source = (HANDLERS / f"{name}.py").read_text()
        keys |= set(re.findall(r'(?:Say|Problem|Quick)\(\s*"([a-z_]+\.[\w.]+)"', source))
    assert keys
    for language in LANGUAGES:
        assert {k for k in keys if not catalogue.has(language, k)} == set(), language
