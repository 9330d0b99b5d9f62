"""Story likeness on short Thai texts."""

from handlers.patterns import stories


def test_numbers_written_three_ways_are_one_word():
    assert "200" in stories.words("เก็บเงินสองร้อยบาท")
    assert "200" in stories.words("เก็บเงิน ๒๐๐ บาท")
    assert "5000" in stories.words("เรียกเงิน 5,000 บาท")


def test_isan_and_central_thai_read_alike():
    assert "ไม่" in stories.words("บ่จ่ายกะบ่ได้")
    assert "ผู้ใหญ่บ้าน" in stories.words("พ่อใหญ่บ้านเก็บเงิน")


def test_a_paraphrase_is_closer_than_another_matter():
    a = stories.words("ผู้ใหญ่บ้านเก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ")
    b = stories.words("ผญบ.เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรคนจน")
    c = stories.words("ถนนคอนกรีตที่ อบต. สร้าง แตกร้าวทั้งสาย ผู้รับเหมาเป็นญาตินายก")
    assert stories.similarity(a, b) > stories.similarity(a, c) + 0.2


def test_nothing_to_compare_is_not_alike():
    assert stories.similarity([], stories.words("เรียกเงิน")) == 0.0
    assert stories.similarity(["เงิน"], ["เงิน"]) > 0.99


def test_naming_the_same_official_does_not_make_two_stories_alike():
    welfare = stories.words("ผู้ใหญ่บ้านหมู่ 5 เก็บค่าทำบัตรสวัสดิการ")
    land = stories.words("ผู้ใหญ่บ้านหมู่ 5 เซ็นรับรองแนวเขตที่นาให้ต้องจ่ายก่อน")
    fee = stories.words("ผู้ใหญ่บ้านเก็บค่าบัตรสวัสดิการ")
    assert stories.similarity(welfare, land) < 0.2
    assert stories.similarity(welfare, fee) > 0.5
