"""handlers/masking.py: what a reviewer reads of the complaint's words."""

from __future__ import annotations

from types import SimpleNamespace

from handlers import masking

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}


def _ticket(**fields) -> SimpleNamespace:
    return SimpleNamespace(description=fields.pop("description", ""), **fields)


def test_a_latin_part_inside_a_longer_word_is_not_the_name():
    said = masking.masked("Tom paid tomorrow", [("Tom Hanks", masking.COMPLAINANT)], MARKS)
    assert said == "[complainant] paid tomorrow"


def test_a_title_before_the_name_goes_with_it_and_an_officials_title_stays():
    names = [("นายสมชาย ใจดีงาม", masking.COMPLAINANT)]
    said = masking.masked("นาย สมชาย ใจ\u200bดีงาม ร้องเรียนนายอำเภอ", names, MARKS)
    assert said == "[complainant] ร้องเรียนนายอำเภอ"


def test_the_phone_is_masked_however_it_is_cut_or_with_the_country_code():
    names = [("0812345678", masking.PHONE), ("66812345678", masking.PHONE)]
    said = masking.masked("โทร 081-234-5678 หรือ +66 81 234 5678", names, MARKS)
    assert "5678" not in said


def test_a_witness_said_as_none_or_a_relation_in_brackets_masks_nothing_else():
    ticket = _ticket(witnesses="นายประสิทธิ์ ทองคำ (เพื่อนบ้าน) และ ไม่ทราบ")
    assert masking.hidden_words(None, ticket) == [("นายประสิทธิ์ ทองคำ", masking.WITNESS)]


def test_the_mothers_name_after_of_me_is_read_only_after_a_title():
    assert masking.story_behalf_name("แจ้งแทนคุณแม่ของดิฉัน นางบุญมี ศรีสุข") == "นางบุญมี ศรีสุข"
    assert masking.story_behalf_name("แจ้งแทนแม่ของดิฉัน เพราะแม่ไม่มีโทรศัพท์") is None
    assert masking.story_behalf_name("แจ้งแทนพ่อของผม นายกอบต.เรียกเงิน") is None


def test_placeholders_become_the_readers_marks():
    said = masking.for_reviewers(None, _ticket(witnesses="นายประสิทธิ์ ทองคำ"), "ประสิทธิ์ เห็น")
    assert masking.fill_marks(said, lambda whose: f"<{whose}>") == "<witness> เห็น"


def test_a_name_with_another_tone_mark_or_a_letter_of_the_same_sound_is_masked():
    names = [("นายสมชาย ศรีสุข", masking.COMPLAINANT)]
    for told in ("สมช้าย สรีสุข", "สมชาย ศรีสุ๊ข", "ส็มชาย ษรีสุข"):
        said = masking.masked(f"ผม {told} จ่ายเงินเอง", names, MARKS)
        assert said == "ผม [complainant] จ่ายเงินเอง", told


def test_a_tone_mark_after_the_names_last_letter_goes_with_it():
    said = masking.masked("ผมใจดีงาม่ครับ", [("ใจดีงาม", masking.COMPLAINANT)], MARKS)
    assert said == "ผม[complainant]ครับ"


def test_a_word_that_differs_by_more_than_tone_and_sound_is_not_the_name():
    said = masking.masked("ผมใจดีมากครับ", [("ใจดีงาม", masking.COMPLAINANT)], MARKS)
    assert said == "ผมใจดีมากครับ"


def test_words_said_around_a_witness_name_are_not_masked_but_a_name_that_is_a_word_is():
    names = [("น้องสาวฉัน ชื่อ น้อย เห็นด้วยค่ะ", masking.WITNESS)]
    said = masking.masked("บ่อยากบอกชื่อเด้อ แต่น้อยเห็นหมด", names, MARKS)
    assert said == "บ่อยากบอกชื่อเด้อ แต่[witness]เห็นหมด"
