"""Northern Khmer (เขมรถิ่นไทย) everyday answers, read like their Thai and Isan peers
wherever they are typed (issue 16); "บาท" is yes alone, money after a number."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.thai.normalise import clean
from handlers.understanding import understand, words

TODAY = date(2026, 12, 3)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("บาท", "consent"),
        ("จ๊ะ", "consent"),
        ("บาท ยินยอม", "consent"),
        ("บาท ถูกแล้ว", "summary"),
        ("ตรั๊วเหย", "summary"),
        ("บาท", "offer"),
    ],
)
def test_khmer_yes_is_yes(text, expecting):
    assert _read(text, expecting).intent == "yes"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [("อ็อต", "consent"), ("อ็อตยินยอม", "consent"), ("อ็อตยอม", "consent"), ("อ็อตตรั๊ว", "summary")],
)
def test_khmer_no_is_no(text, expecting):
    assert _read(text, expecting).intent == "no"


def test_a_sum_in_baht_is_not_yes():
    assert _read("200 บาท", "consent").intent != "yes"
    assert _read("เขาเอาไป 300 บาท", "summary").intent != "yes"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("อ็อตเมียน", "evidence"),
        ("อ็อตเมียนเท", "witnesses"),
        ("อ็อตเมียนเนียะณา", "witnesses"),
        ("อ็อตเดิง", "when"),
        ("อ็อตเมียนเตียต", "what_more"),
    ],
)
def test_khmer_none_says_nothing_to_give(text, expecting):
    assert _read(text, expecting).intent in ("none", "done")


@pytest.mark.parametrize("text", ["อ็อตเคย", "อ็อตทัน", "อ็อตเคยแจ้ง"])
def test_khmer_never_is_not_reported(text):
    assert _read(text, "reported").value("reported") == "no"


def test_khmer_evidence_none_and_identity():
    assert _read("อ็อตเมียนรูป", "evidence").value("evidence") == "none"
    assert _read("อ็อตบอกชื่อ", "identity").value("identity") == "anonymous"


@pytest.mark.parametrize("text", ["เจ้าหน้าที่ซมลุย", "ปลัดซอมลุยห้าร้อย"])
def test_khmer_asks_for_money_is_bribery(text):
    assert _read(text, "kind").value("kind") == "bribery"


@pytest.mark.parametrize(
    ("text", "meaning"), [("บาท", "yes"), ("อ็อตเคย", "never"), ("อ็อตเดิง", "unknown")]
)
def test_khmer_global_words(text, meaning):
    assert words.means(text, meaning)


@pytest.mark.parametrize(
    ("text", "expecting", "faq"),
    [
        ("ไผสิเห็นเรื่องนี้แหน่", "what", "who_sees"),
        ("ไผสิอ่านเรื่องนี้", "witnesses", "who_sees"),
        ("จักมื้อสิฮู้ผล", "when", "how_long"),
        ("กี่มื้อ", "summary", "how_long"),
    ],
)
def test_isan_questions_back_are_questions(text, expecting, faq):
    """Isan "who" ("ไผ") and "how many days" ("จักมื้อ") asked back at a free-text step are
    questions, never the answer."""
    read = _read(text, expecting)
    assert (read.intent, read.value("faq")) == ("question", faq)


@pytest.mark.parametrize(
    ("text", "expecting"), [("บ่มีไผ", "witnesses"), ("บ้านหนองไผ่", "subdistrict")]
)
def test_nobody_and_bamboo_are_no_questions(text, expecting):
    assert _read(text, expecting).intent != "question"


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("บาด ยอมจ๊ะ", "consent", "yes"),  # "บาท" typed as it sounds
        ("บาด ถูกแล้วจ๊ะ ส่งเลย", "summary", "yes"),
        ("จ๊ะ แจ้งจ๊ะ ยายตั้งใจมา", "offer", "yes"),
        ("อัตยินยอมจ๊ะ", "consent", "no"),  # "อ็อต" typed "อัต"
        ("อัตมีจ๊ะ", "evidence", "none"),
        ("อัต(ไม่)มีแล้วจ๊ะ", "what", "none"),  # glossed in brackets
    ],
)
def test_khmer_as_typed_by_ear(text, expecting, intent):
    assert _read(text, expecting).intent == intent


def test_khmer_not_reported_anywhere_is_never():
    heard = _read("อัตเคยแจ้งไหนจ๊ะ", "reported")
    assert heard.value("reported") == "no"


@pytest.mark.parametrize("text", ["อัตราดอกเบี้ยแพงมาก", "ระบบอัตโนมัติ"])
def test_words_beginning_like_khmer_not_are_kept(text):
    assert "ไม่" not in clean(text)


def test_dont_tell_my_name_is_anonymous():
    assert _read("อย่าบอกชื่อยายเด้อ ยายเกรงใจ", "identity").value("identity") == "anonymous"
