"""walk26 (fixW26): a witness answer told as a sentence ("Two Thai teachers saw the receipts,
Kru Nok and Kru Aom, …") masks only the names in it on the reviewers' page, never the plain
words around them; and a role that is wronged (โกงเงิน อสม., เก็บเงินลูกจ้าง, money from the
teachers) or the teller's own ("I'm an English teacher") is not read as who did it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from handlers import masking
from handlers.understanding.reader import read

WITNESSES = "Two Thai teachers saw the receipts, Kru Nok and Kru Aom, but they are scared to talk"
TODAY = date(2026, 12, 7)


def _shown(text: str, witnesses: str = WITNESSES) -> str:
    """`text` as a reviewer reads it, with `witnesses` sealed."""
    names = [(name, masking.WITNESS) for name in _witness_names(witnesses)]
    return masking.masked(text, names, masking.PLACEHOLDERS)


def _witness_names(witnesses: str) -> list[str]:
    """The witnesses' names as `hidden_words` gives them for a ticket with `witnesses`."""
    ticket = SimpleNamespace(witnesses=witnesses)  # a plain record, as a letter's preview passes
    return [name for name, whose in masking.hidden_words(None, ticket)]


MARK = masking.PLACEHOLDERS[masking.WITNESS]


def test_plain_words_of_a_witness_sentence_are_not_masked():
    story = "Kids get rice with a tiny bit of egg. Teachers saw the receipts were inflated."
    assert _shown(story) == story
    assert _shown("yes, these are the receipts") == "yes, these are the receipts"
    assert _shown("They are scared to talk about it, two of them") == (
        "They are scared to talk about it, two of them"
    )


def test_the_witnesses_names_in_it_are_masked():
    shown = _shown("Kru Nok told me, and Aom saw it too. Ask Nok.")
    assert "Nok" not in shown and "Aom" not in shown, shown
    assert shown.count(MARK) == 3, shown


def test_a_witness_named_in_lower_case_is_still_masked():
    shown = _shown("i asked somchai about it", "somchai saw it, he is scared")
    assert "somchai" not in shown, shown
    shown = _shown("kru nok saw the money", "two teachers saw it, kru nok and kru aom")
    assert "nok" not in shown, shown


def test_a_name_opening_the_witness_sentence_is_masked():
    shown = _shown("Then Somchai saw the clerk take it", "Somchai saw everything, he is my cousin")
    assert "Somchai" not in shown, shown


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("เขาโกงเงิน อสม. หักเอาไปกินเอง", "what"),
        ("เทศบาลเรียกเก็บเงินลูกจ้างชั่วคราวคนละ 5000 ถึงจะต่อสัญญาให้ค่ะ", "what"),
        (
            "Hi, I'm an English teacher at Prakhon Chai Pittayakhom school. I want to report "
            "something about the school canteen budget.",
            None,
        ),
    ],
)
def test_the_wronged_or_the_teller_is_not_who_did_it(said, expecting):
    found = read(said, expecting, TODAY)
    assert not found.values.get("official"), found.values


@pytest.mark.parametrize(
    ("said", "official"),
    [
        ("อสม. โกงเงินค่าตอบแทนชาวบ้านค่ะ", "อสม."),
        ("ครูใหญ่เก็บเงินนักเรียนคนละ 200 บาท ไม่มีใบเสร็จ", "ครูใหญ่"),
        ("The director has been taking money from the teachers' lunch budget", "director"),
    ],
)
def test_the_role_that_did_it_is_still_read(said, official):
    found = read(said, "what", TODAY).values.get("official")
    assert found is not None and found.value == official, found


PASTED = (
    "[LINE] กลุ่ม ครูและผู้ปกครอง ร.ร.บ้านหนองตาด\n14:02 ครูสมศรี: แจ้งทุกท่านนะคะ โครงการซ่อมหลังคา"
    "อาคารเรียน ที่ อบต.หนองตาด อนุมัติงบ 480,000 บาท\n14:07 ครูสมศรี: ที่แปลกคือผู้รับเหมาเป็นหลานของ"
    "นายก อบต. และเบิกเงินไปครบแล้ว"
)


def test_a_pasted_chats_poster_is_not_who_did_it():
    found = read(PASTED, None, TODAY).values.get("official")
    assert found is not None and found.value != "ครู", found


def test_a_poster_asking_the_money_himself_is_still_read():
    said = "10:02 ผู้ใหญ่บ้าน: ใครจะได้เงินเยียวยาต้องจ่ายค่าดำเนินการคนละ 300 นะ"
    found = read(said, None, TODAY).values.get("official")
    assert found is not None and found.value == "ผู้ใหญ่บ้าน", found
