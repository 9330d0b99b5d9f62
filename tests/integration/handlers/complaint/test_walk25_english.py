"""walk25 (fixW25a): Sarah, an NGO volunteer reporting in English for a farmer. A story told
first keeps its place when it also reads as a question (the question answered too); what she
typed is kept as typed, not lower-cased; a witness then how to reach her is one answer; her
name given with the choice to give it is taken, and the farmer she reports for has his place;
a witness's name masked on the reviewers' page never takes "his" or "with" along."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers import masking
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


STORY = (
    "Hi, I volunteer with a local NGO. I'm reporting on behalf of a farmer in Ban Kruat who "
    "doesn't use LINE. The land office staff told him he must pay 3,000 baht 'tea money' to get "
    "his land title deed processed."
)


def test_a_story_told_first_that_reads_as_a_question_is_kept_and_filed(chat, services, clock):
    chat.follow()
    chat.say("English")
    told = texts(chat.say(STORY))
    assert "report for someone else" in told, told  # the question it holds is answered
    asked = texts(chat.say("Great, let's file it then."))
    assert "did not understand" not in asked, asked
    chat.say("yes, agreed")
    data = draft_of(services).data
    assert "3,000 baht" in (data.get("description") or ""), data
    assert data.get("told_first"), data  # what happened is never asked again


def test_what_she_typed_is_kept_as_typed(chat, services, clock):
    to_step(chat, services, "agency")
    chat.say("The land office, Ban Kruat branch (Buriram Provincial Land Office)")
    assert draft_of(services).data["agency"].startswith("The land office, Ban Kruat branch")


def test_an_addition_to_the_story_is_kept_as_typed(chat, services, clock):
    to_step(chat, services, "summary")
    chat.say("Please add that I'm reporting on behalf of Mr. Somchai Boonmee, the farmer.")
    story = draft_of(services).data["description"]
    assert "I'm reporting on behalf of Mr. Somchai Boonmee, the farmer" in story, story


def test_a_witness_then_how_to_reach_her_is_kept_whole(chat, services, clock):
    to_step(chat, services, "witnesses")
    chat.say("His daughter was with him, Ms. Kanya. She can be reached through me.")
    data = draft_of(services)
    assert "She can be reached through me" in data.data["witnesses"], data.data
    assert data.step == "reported"


def test_a_witness_then_a_real_question_keeps_the_witness_and_answers(chat, services, clock):
    to_step(chat, services, "witnesses")
    reply = texts(chat.say("My son was there. Can he be a witness even though he is 15?"))
    data = draft_of(services)
    assert data.data.get("witnesses") == "My son was there.", (data.data, reply)


def test_her_name_given_with_the_choice_and_the_farmer_she_reports_for(chat, services, clock):
    to_step(chat, services, "identity")
    said = "I'll give my name: Sarah Collins, and I'm reporting for Mr. Somchai Boonmee"
    reply = texts(chat.say(said))
    assert "Please type your full name" not in reply and "ชื่อ-นามสกุล" not in reply, reply
    draft = draft_of(services)
    assert draft.step == "phone", (draft.step, reply)
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == "Sarah Collins"
        assert uow.vault.decrypt(draft.data["affected_name_enc"]) == "Mr. Somchai Boonmee"


WITNESS = "His daughter Ms. Kanya Boonmee was there. Contact her through me (Sarah)."


def test_a_witness_masked_never_takes_english_function_words_along():
    names = [(WITNESS, masking.WITNESS)]
    official = "A male clerk at the counter, he didn't give his name. Middle-aged, glasses"
    assert masking.masked(official, names, masking.PLACEHOLDERS) == official
    story = "Kanya saw the clerk take it, she was there with her daughter"
    shown = masking.masked(story, names, masking.PLACEHOLDERS)
    assert shown.endswith("saw the clerk take it, she was there with her daughter"), shown
    assert "Kanya" not in shown, shown
