"""Whatever is typed, reading a date never fails, never lands in the future and never ends
before it starts; what is said back reads back as the same days."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.thai.dates import EARLIEST, format_when, parse_when
from handlers.thai.dates_in_text import find_when
from handlers.thai.normalise import clean
from tests.property_profiles import examples

#: Pieces people put together when they say a time, so the text reaches every rule.
PIECES = [
    *"0 1 2 3 7 11 12 13 25 29 31 68 99 2568 2569 2026 ๓ ๑๒ - – / . ถึง หรือ or to".split(),
    *"วัน วันที่ อาทิตย์ สัปดาห์ เดือน ปี ก่อน ที่แล้ว แล้ว ที่ผ่านมา นี้ หน้า กลาย โน้น".split(),
    *"ต้น กลาง ปลาย สิ้น ประมาณ ช่วง ตอน เมื่อ ราวๆ สอง สาม สิบ ยี่สิบ นึง อ้าย ยี่".split(),
    *"เมื่อวาน มื้อวาน มื้อซืน มื้อนี้ พรุ่งนี้ วันนี้ จันทร์ พุธ ศุกร์ เสาร์".split(),
    *"ตุลา ตุลาคม ก.พ. ธ.ค. มีนา สงกรานต์ ปีใหม่ ลอยกระทง ออกพรรษา พ่อ แม่ เด็ก".split(),
    *"days weeks months years ago last this next end of early mid in around the".split(),
    *"yesterday today wednesday sunday october march songkran a few ค่ะ ครับ เด้อ".split(),
]
phrases = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map(
    lambda parts: "".join(parts)
) | st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map(" ".join)
texts = st.text(max_size=40) | phrases
todays = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def _holds_together(answer, today):
    if answer.date is None:
        assert answer.end is None and answer.as_value() is None
        assert answer.unknown or answer.error in {"future", "too_old", "unreadable"}
        return
    assert answer.error is None and not answer.unknown
    assert EARLIEST <= answer.date <= answer.end <= today
    assert answer.precision in {"day", "week", "month", "year"}


@settings(max_examples=examples(600), deadline=None)
@given(texts, todays)
def test_any_text_reads_as_a_past_span_or_a_kind_refusal(text, today):
    _holds_together(parse_when(text, today), today)


@settings(max_examples=examples(400), deadline=None)
@given(phrases, todays, st.sampled_from(["th", "en"]))
def test_what_is_said_back_reads_back_as_the_same_days(text, today, lang):
    answer = parse_when(text, today)
    if answer.date is None:
        return
    again = parse_when(format_when(answer, lang), today)
    assert (again.start, again.end) == (answer.start, answer.end), format_when(answer, lang)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(texts, min_size=1, max_size=3).map(" ".join), todays)
def test_a_time_found_in_any_text_is_a_past_span_taken_from_that_text(text, today):
    found = find_when(text, today)
    if found is not None:
        answer, words = found
        _holds_together(answer, today)
        assert words and words in clean(text)
