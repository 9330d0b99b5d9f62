"""What a villager says is kept where it belongs (issue 16, fix16a; a simulator walk by a tester
who read no code): facts typed beside a structured answer (the budget at the agency question,
the sum at the kind question, the slip taken back at the evidence question) are kept with the
story and not asked again; the official and the agency are the values inside a sentence, never
the sentence; witnesses afraid to speak, or a daughter who told who it was, are no danger to
the reporter."""

from __future__ import annotations

import re

from sqlalchemy import select

from storage.models import Ticket
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, play
from tests.integration.handlers.complaint.test_kept_as_said import _filed, _says, clock  # noqa: F401

# Which field words go to is the reading's: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE

SAFETY_ANSWER = re.compile(r"191|1567")


def _walk(key: str, chat, services, **says):
    """The villager's filing, and how many times each question was answered."""
    out = play(Villager(key, _says(**says), Meant()), chat, services)
    assert out.filed, f"gave up at {out.stuck_at}: {out.log[-3:]}"
    return out


def _answered(out, step: str) -> int:
    return sum(1 for was, _, _ in out.log if was == step)


def test_budget_figures_typed_at_the_agency_question_are_kept_with_the_story(chat, services):
    said = "อบต.สะเดาค่ะ เขาตั้งงบไว้ 500,000 บาท แต่ทำถนนจริงไม่ถึงครึ่ง"
    ticket = _filed(Villager("budget at agency", _says(agency=[said]), Meant()), chat, services)
    assert ticket.agency == "อบต.สะเดา"
    assert "500,000" in ticket.description, ticket.description
    assert "เก็บเงินคนละห้าร้อย" in ticket.description  # the story told later, kept too


def test_the_sum_typed_at_the_kind_question_is_kept_with_the_story(chat, services):
    ticket = _filed(
        Villager("sum at kind", _says(kind=["เรียกเงินค่ะ 3,000 บาท"]), Meant()), chat, services
    )
    assert ticket.kind == "bribery"
    assert "3,000" in ticket.description, ticket.description


def test_a_slip_taken_back_is_no_evidence_to_wait_for_and_is_kept_with_the_story(chat, services):
    says = {"evidence": ["มีใบเสร็จค่ะ แต่เขาเอาคืนไปแล้ว"]}
    out = _walk("slip taken back", chat, services, **says)
    assert _answered(out, "evidence") == 1, out.log
    ticket = _filed_ticket(services)
    assert "เอาคืน" in ticket.description, ticket.description


def _filed_ticket(services) -> Ticket:
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.expunge(ticket)
        return ticket


def test_what_the_official_did_is_not_kept_as_the_official(chat, services):
    says = _says(official=["นายก อบต. อนุมัติค่ะ"])
    ticket = _filed(Villager("official approved", says, Meant()), chat, services)
    assert ticket.official == "นายก อบต.", ticket.official


def test_an_english_sentence_at_the_official_question_keeps_the_role(chat, services):
    says = _says(official=["the officer is the village headman"])
    ticket = _filed(Villager("official in english", says, Meant()), chat, services)
    assert "headman" in ticket.official and "officer is" not in ticket.official, ticket.official


def test_the_person_beside_the_official_is_not_read_into_the_agency(chat, services):
    says = _says(agency=["นายก อบต. กับผู้รับเหมาค่ะ", "อบต.สะเดาค่ะ"])
    ticket = _filed(Villager("official and contractor", says, Meant()), chat, services)
    assert "กับ" not in ticket.agency and "ผู้รับเห" not in ticket.agency, ticket.agency
    assert ticket.official.startswith("นายก อบต"), ticket.official


def test_witnesses_afraid_to_speak_are_no_danger_to_the_reporter(chat, services):
    out = _walk("afraid to speak", chat, services, witnesses=["เขาบ่กล้าพูด", "ไม่มีค่ะ"])
    safety = [entry for entry in out.log if SAFETY_ANSWER.search(entry[2])]
    assert not safety, safety
    assert _answered(out, "witnesses") == 1, out.log


def test_a_daughter_who_told_who_it_was_is_no_danger(chat, services):
    out = _walk("relayed official", chat, services, official=["ลูกสาวบอกว่าเป็นปลัด อบต. ค่ะ"])
    safety = [entry for entry in out.log if SAFETY_ANSWER.search(entry[2])]
    assert not safety, safety
    assert _answered(out, "official") == 1, out.log
