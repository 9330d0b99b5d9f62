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


def test_a_village_is_read_however_it_is_written():
    for told in (
        "ผญบ.ม.7 เก็บเงินบ้านละร้อย",
        "ผู้ใหญ่บ้านหมู่ที่ ๗ เก็บเงิน",
        "บ้านโคกเจริญ หมู่ 7 ผู้ใหญ่เก็บเงิน",
        "พ่อใหญ่บ้านหมู่เจ็ด มาเก็บเงิน",
    ):
        assert stories.villages(tuple(stories.words(told))) == {"7"}, told
    road = stories.words("ถนนเชื่อมหมู่ 2 กับหมู่ 6 ลงลูกรังไม่ถึงครึ่ง")
    assert stories.villages(tuple(road)) == {"2", "6"}


def test_a_school_grade_or_a_date_is_no_village():
    for told in (
        "โรงเรียนเก็บเงินนักเรียน ม.1 คนละ 500",
        "ลูกเรียน ม.3 ก็โดนเก็บ",
        "จ่ายไปเมื่อ 15 ม.ค. 69",
        "ผู้ใหญ่บ้านเก็บเงินบ้านละ 200 บาท",
    ):
        assert stories.villages(tuple(stories.words(told))) == frozenset(), told
    # there is no ม.7 at school: a child's village
    assert stories.villages(tuple(stories.words("ลูกบ้าน ม.7 ถูกเก็บเงิน"))) == {"7"}
