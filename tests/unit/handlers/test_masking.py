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


def test_a_thai_name_written_in_latin_letters_as_people_spell_it_is_masked():
    names = [("นางสมหญิง รักดี", masking.COMPLAINANT)]
    said = masking.masked("I am Somying Rakdee. Ask rakdi or SOMYING", names, MARKS)
    assert said == "I am [complainant]. Ask [complainant] or [complainant]"


def test_a_latin_name_is_masked_where_the_story_writes_it_in_thai():
    names = [("Somchai Jaidee", masking.WITNESS)]
    said = masking.masked("นายสมชายใจดีเห็นนายกรับเงิน", names, MARKS)
    assert said == "[witness]เห็นนายกรับเงิน"


def test_english_words_that_only_look_like_a_short_part_are_not_the_name():
    names = [("นายดำ ใจดี", masking.COMPLAINANT)]  # "dam", "caidi": dam is too short a part
    said = masking.masked("The dam money went to the mayor", names, MARKS)
    assert said == "The dam money went to the mayor"


def test_the_phone_is_masked_cut_with_slashes_underscores_or_dashes_or_without_its_zero():
    names = [("0812345678", masking.PHONE), ("66812345678", masking.PHONE)]
    for told in ("081/234/5678", "081_234_5678", "๐๘๑–๒๓๔–๕๖๗๘", "81-234-5678", "081—234—5678"):
        said = masking.masked(f"โทร {told} ได้ค่ะ", names, MARKS)
        assert said == "โทร [phone] ได้ค่ะ", told


def test_another_number_in_the_story_is_not_the_phone():
    names = [("0812345678", masking.PHONE)]
    said = masking.masked("นายกโทรจาก 089/999/1234 เรียกเงิน 5678 บาท", names, MARKS)
    assert said == "นายกโทรจาก 089/999/1234 เรียกเงิน 5678 บาท"


def test_a_witness_given_with_a_word_of_address_is_masked_without_it():
    names = [("ลุงสมศักดิ์ ใจดีมาก", masking.WITNESS), ("พี่มาลี", masking.WITNESS)]
    said = masking.masked("นายสมศักดิ์กับมาลีเห็นนายกรับซอง", names, MARKS)
    assert said == "[witness]กับ[witness]เห็นนายกรับซอง"


def test_the_name_after_a_title_past_a_space_is_the_one_filed_for_a_position_is_not():
    assert masking.story_behalf_name("แจ้งแทนยาย นางบุญมี ศรีสุข ถูกปลัดเรียกเงิน") == "นางบุญมี ศรีสุข"
    assert masking.story_behalf_name("แจ้งแทนพ่อ นายช่างโยธาเรียกเงิน") is None
    assert masking.story_behalf_name("แจ้งแทนแม่ นายกอบต.เรียกเงิน") is None


def test_every_typed_field_is_masked_and_the_accused_official_is_not():
    ticket = _ticket(
        description="ปลัดสมปอง เรียกเงิน",
        official="ปลัดสมปอง มั่นคง ญาติของสมหญิง รักดี",
        place_text="หน้าบ้านนางสมหญิง",
        reported_to="Somying Rakdee told the kamnan",
        agency="อบต.",
        occurred_text=None,
        reported_reference=None,
    )
    said = masking.typed_words(ticket, [("สมหญิง รักดี", masking.COMPLAINANT)], MARKS)
    assert set(said) == set(masking.TYPED)
    assert said["official"] == "ปลัดสมปอง มั่นคง ญาติของ[complainant]"
    assert said["place_text"] == "หน้าบ้าน[complainant]"
    assert said["reported_to"] == "[complainant] told the kamnan"
    assert said["occurred_text"] == ""


def test_a_witness_named_after_chue_inside_other_words_is_masked_wherever_said():
    # the witness field as typed, and a danger entry on the timeline in other words (walk22 W22-8)
    names = [("หลานสาวชื่อแพรว นั่งซ้อนท้ายมาด้วย", masking.WITNESS)]
    said = masking.masked("หลานสาวซ้อนท้ายมา ชื่อแพรว แพรวเห็นหมด", names, MARKS)
    assert "แพรว" not in said, said


# --- a name that is also a word, a short name, a name in Khmer letters (issue 17) -------------


def test_a_name_that_is_an_everyday_word_is_masked_where_said_of_the_person():
    names = [("นางน้อย ใจดี", masking.COMPLAINANT)]
    for told in ("ป้าน้อยจ่ายเงิน", "ผมชื่อน้อยครับ", "น้อยเห็นนายกรับเงิน", "คุณน้อยจ่ายเงิน"):
        assert "น้อย" not in masking.masked(told, names, MARKS), told
    said = masking.masked("ใจดี น้อย เป็นคนจ่าย", names, MARKS)
    assert said == "[complainant] [complainant] เป็นคนจ่าย"  # beside each other, the name


def test_a_name_that_is_an_everyday_word_stays_where_it_is_the_word():
    names = [("นางน้อย ใจดี", masking.COMPLAINANT)]
    for told in ("เงินไม่มากไม่น้อย", "เจ้าหน้าที่ใจดีมาก", "ได้เงินน้อยกว่าที่ควร"):
        assert masking.masked(told, names, MARKS) == told


def test_a_word_beside_the_rest_of_the_name_is_the_name():
    said = masking.masked("ผมประเสริด สมพน เป็นคนจ่าย", [("นายประเสริฐ สมพร", "complainant")], MARKS)
    assert said == "ผม[complainant] [complainant] เป็นคนจ่าย"


def test_a_nickname_that_is_a_stop_word_is_masked_after_a_word_of_address_only():
    names = [("นางหน่อย ใจดีงาม", masking.WITNESS), ("นางนิด ศรีสุข", masking.WITNESS)]
    said = masking.masked("ป้าหน่อยกับน้านิดเห็น ช่วยดูหน่อยค่ะ เงินนิดหน่อย", names, MARKS)
    assert said == "ป้า[witness]กับน้า[witness]เห็น ช่วยดูหน่อยค่ะ เงินนิดหน่อย"


def test_a_stop_word_given_without_a_title_is_no_name():
    names = [("น้องสาวฉัน เห็นด้วย", masking.WITNESS)]
    said = masking.masked("ฉันเห็นกับตา แม่ฉันรู้", names, MARKS)
    assert said == "ฉันเห็นกับตา แม่ฉันรู้"


def test_the_short_of_a_first_name_is_masked_where_said_of_the_person():
    names = [("นายสมพงษ์ ทองมา", masking.WITNESS)]
    said = masking.masked("พี่พงษ์ก็เห็น ลุงพงษ์บอก ชื่อพงษ์", names, MARKS)
    assert "พงษ์" not in said
    assert masking.masked("ตระกูลเผ่าพงษ์", names, MARKS) == "ตระกูลเผ่าพงษ์"


def test_the_short_of_a_first_name_that_makes_a_kin_word_stays():
    names = [("นายสมชาย ทองมา", masking.WITNESS)]
    said = masking.masked("พี่ชายของผมไปด้วย ผู้ชายคนหนึ่งเห็น", names, MARKS)
    assert said == "พี่ชายของผมไปด้วย ผู้ชายคนหนึ่งเห็น"


def test_a_thai_name_in_khmer_letters_is_masked_and_other_khmer_words_stay():
    names = [("นายสมชาย ใจดีงาม", masking.COMPLAINANT), ("นางสุขา เจา", masking.WITNESS)]
    said = masking.masked("ខ្ញុំ សមឆាយ បង់លុយ ហើយ សុខា ចៅ ឃើញ", names, MARKS)
    assert said == "ខ្ញុំ [complainant] បង់លុយ ហើយ [witness] ឃើញ"
    assert masking.masked("ខ្ញុំ បង់លុយ", names, MARKS) == "ខ្ញុំ បង់លុយ"


def test_a_two_letter_first_name_is_masked_where_said_of_her_only():
    names = [("นางพร ศรีสุข", masking.COMPLAINANT)]
    said = masking.masked("พรไปเห็นเองกับตา ป้าพรก็เห็น", names, MARKS)
    assert "พร" not in said
    story = "ได้รับพรจากพระ พนักงานอบต.ขอพรให้โครงการผ่าน"
    assert masking.masked(story, names, MARKS) == story


def test_a_witness_whose_name_is_a_stop_word_is_masked_beside_a_word_of_address_only():
    names = [("นายต่อ ทองดี", masking.WITNESS)]
    assert masking.masked("พี่ต่อเห็นกับตา", names, MARKS) == "พี่[witness]เห็นกับตา"
    story = "เขาเรียกเงินต่อหน้าชาวบ้าน แล้วต่อรองราคา"
    assert masking.masked(story, names, MARKS) == story


def test_the_name_in_khmer_letters_with_a_final_m_is_masked():
    names = [("นางสมศรี มีสุข", masking.COMPLAINANT)]
    said = masking.masked("ខ្ញុំឈ្មោះ សំស្រី ឃើញ", names, MARKS)
    assert said == "ខ្ញុំឈ្មោះ [complainant] ឃើញ"
    assert masking.masked("ខ្ញុំ ចាំ ឃើញ", names, MARKS) == "ខ្ញុំ ចាំ ឃើញ"


def test_the_name_in_lao_letters_is_masked_and_other_lao_words_stay():
    names = [("นางสมศรี มีสุข", masking.COMPLAINANT)]
    said = masking.masked("ຂ້ອຍຊື່ ສົມສີ ເຫັນ", names, MARKS)
    assert said == "ຂ້ອຍຊື່ [complainant] ເຫັນ"
    assert masking.masked("ຂ້ອຍ ເຫັນ ເງິນ", names, MARKS) == "ຂ້ອຍ ເຫັນ ເງິນ"


def test_the_first_syllable_of_a_first_name_is_masked_where_said_of_her_only():
    names = [("นางสาวดวงใจ มีสุข", masking.WITNESS)]
    assert masking.masked("ดวงเห็นการจ่ายเงิน", names, MARKS) == "[witness]เห็นการจ่ายเงิน"
    story = "ดูดวงแล้วว่าโครงการนี้ไม่ผ่าน ดวงไม่ดี"
    assert masking.masked(story, names, MARKS) == story
