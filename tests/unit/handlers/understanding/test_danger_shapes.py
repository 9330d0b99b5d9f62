"""Danger in shapes the rules' word lists do not hold (veiled warnings, harm to livestock,
crops and property, Isan verbs, English), and harm words in harmless use: a meal, a sport,
a film, the fear of losing a job. None of these lines is in the training examples."""

from __future__ import annotations

import pytest

from handlers.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "มีคนเอาหัวหมูมาวางไว้หน้าประตูบ้าน",
        "ไก่ในเล้าโดนวางยาตายหมดเล้า",
        "เขาว่าคนปากมากมักอายุสั้น",
        "เขาสิมาจูดเฮือนข้อย",
        "คนของนายกมาจ่มใส่ว่าสิบ่ให้อยู่บ้านนี้",
        "ขอความช่วยเหลือด่วนค่ะ มีคนพังประตูเข้ามา",
        "มีคนเอางูมาปล่อยในบ้าน",
        "someone poisoned my buffalo after I complained",
        "my cows were found dead with their throats cut",
    ],
)
def test_threats_without_the_usual_words_are_danger(text):
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "กลัวจะโดนไล่ออกจากงานถ้าไปแจ้ง",
        "I'm scared I'll lose my job at the school",
        "เมื่อวานดูหนังเรื่องมือปืนสนุกมาก",
        "เขาฆ่าหมูเลี้ยงแขกในงานบวชลูกนายก",
        "กำนันยิงนกในป่าชุมชน",
        "ตีไก่ในหมู่บ้านมีทุกวันอาทิตย์ ผู้ใหญ่ก็ไปเล่น",
        "nobody threatened me, I just want the money back",
        "เคยต่อยกันตอนเมาเมื่อสิบปีก่อน ไม่เกี่ยวกับเรื่องนี้",
    ],
)
def test_harm_words_in_harmless_use_are_not_danger(text):
    assert understand(text).intent != "danger"


@pytest.mark.parametrize(
    "text",
    [
        "หัวหน้าบอกว่าถ้าพ่อยังไปฟ้องอีก จะไม่ต่อสัญญาให้พี่ชาย",
        "ผู้ใหญ่บอกลูกเราว่าระวังตัวไว้ จะเจ็บเอา",
        "ใครไปแจ้งเรื่องนี้ต้องได้ไปนอนโรงหมอแน่",
    ],
)
def test_retaliation_for_speaking_up_is_danger(text):
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("เมื่อเช้าตะขาบเข้าห้องนอน ตีตายไปแล้ว", "what"),
        ("เด็กๆ กลัวหมาจรหน้าโรงเรียนมาก", "what_more"),
        ("we saw a war movie at the temple fair, then I went home", None),
        ("pa kham", "district"),
    ],
)
def test_pests_films_and_place_names_are_not_danger(text, expecting):
    assert understand(text, expecting=expecting).intent != "danger"


# -- round 5's shapes (issue 16), in words of their own: none is in the examples or the corpus
@pytest.mark.parametrize(
    "text",
    [
        "🔪🔪 มาในไลน์คืนเดียวกับที่ผมไปยื่นเรื่องที่อำเภอ",  # a weapon sent as a picture
        "someone shared my home address in a facebook group with the caption 'go get her'",
        "the mill owner says he won't buy our rice anymore because we reported the headman",
        "โรงสีไม่ยอมรับซื้อข้าวเปลือกของพ่อ ตั้งแต่พ่อไปร้องเรียนเรื่องถนน",
        "ถ้าไม่หยุดเรื่องนี้ ปีหน้าเจ้าของที่จะไม่ให้เช่านาแล้ว",
        "เมื่อปีก่อนเขาเคยเอามีดมาจ่อคอผม วันนี้เขาเดินผ่านหน้าบ้านอีกแล้ว",  # past, told now
        "ที่เขาบอกว่าจะสาดน้ำกรดใส่ลูกสาว มันจะทำจริงเหรอคะ",  # a threat asked about
        "มีคนแอบใส่ยาเบื่อลงบ่อปลาดุกของยายจนตายเกลี้ยง",  # sabotage
        "ถ้าผมหายตัวไป ให้สงสัยผู้ใหญ่บ้านคนแรกเลย",
        "if anything happens to me please tell the police it was the headman",
        "เพิ่งมีคนมาคอมเมนต์ว่าเจอเก็บแน่ไอ้คนปากมาก",  # comment slang
        "ผู้ใหญ่รู้แล้วว่าเป็นผม เขาโทรมาบอกว่าปากดีนักนะ เดี๋ยวจะแวะไปหา",  # a leak, a visit
        "เขาขู่จะส่งคลิปลูกสาวให้คนทั้งตำบลดูถ้ายังไม่ถอน",  # blackmail
        "they said the next time I complain will be my last complaint",
        "กองทุนหมู่บ้านตัดชื่อแม่ออกจากคนกู้ บอกว่าคนชอบฟ้องไม่ต้องมากู้",  # credit
        "ร้านค้าทั้งหมู่บ้านพร้อมใจกันไม่ขายของให้ครอบครัวผม",  # a boycott
        "ผู้ช่วยบังคับให้แม่ปั๊มลายนิ้วมือในกระดาษที่อ่านไม่ออก",  # coercion
        "เขาเอาชื่อผมไปประกาศเสียงตามสายว่าเป็นคนทรยศหมู่บ้าน",  # named in public
        "they cut off the water to our farm right after I reported them",
        "a fake page posted my face and told people to teach me a lesson",
        "my sister says the headman's men are asking around for our address",
        "คนของนายกมาบอกว่าครอบครัวเราไม่ต้องไปรับข้าวสารแจกอีก เพราะเป็นพวกชอบร้องเรียน",
        "เขาส่งรูปลูกผมตอนเดินกลับจากโรงเรียนมาให้ดู ไม่พิมพ์อะไรเลย",  # watched, and told so
        "he keeps sending me pictures of a coffin",
    ],
)
def test_round5_shapes_of_threat_are_danger(text):
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ยายขู่ว่าถ้าไม่รีบส่งเรื่องจะไม่ให้กินขนม 555", None),  # a joke at home
        ("ผมเคยขู่ว่าจะไปร้องศูนย์ดำรงธรรม แต่ไม่กล้าไป", None),  # one's own threat to report
        ("หลานเล่นเกมยิงปืนทั้งวันเลยค่ะ", "what"),  # a game
        ("ผมเป็นยามที่โรงงาน พกปืนทุกคืน ใส่ชื่อได้ครับ", "identity"),  # a gun for work
        ("พ่อเป็นคนลับมีดขายในตลาด เขาเห็นด้วยค่ะ", "witnesses"),  # a knife-sharpener
        ("killer traffic this morning, the deputy took the cash", "official"),
        ("khob khun mak kha", None),  # romanised thanks ("kha" sounds as "ฆ่า")
        ("mai mee kha", "evidence"),  # romanised "none" ("mai" sounds as "ไม้")
        ("my son was playing a shooting game when the official came", "witnesses"),
        ("ผมเป็นอาสาสมัครรักษาป่า พกปืนลูกซองประจำ ไม่ได้กลัวใคร ใส่ชื่อผมได้", "identity"),
        ("หัวเราะจนจะตาย เรื่องนี้มันตลกมาก นายกบอกว่าถนนเสร็จแล้ว", "what"),
        ("โครงการนี้เป็นระเบิดเวลาของหมู่บ้านเลยค่ะ", "what"),  # an idiom
        ("อ็อตขลาจ ใส่ชื่อได้", "identity"),  # "not afraid" in Northern Khmer
        ("ผู้ใหญ่บ้านแทงบอลทุกคืนด้วยเงินกองทุน", "what"),  # a bet, not a stabbing
        ("help me use the menu please", None),
    ],
)
def test_round5_lookalikes_raise_no_alarm(text, expecting):
    assert understand(text, expecting=expecting).intent != "danger"


@pytest.mark.parametrize("word", ["menu", "Menu", "home", "HOME", "news", "help", "back"])
@pytest.mark.parametrize("step", [None, "district", "evidence", "name", "summary"])
def test_one_english_word_of_the_menu_is_no_alarm(word, step):
    """A word an English speaker types to find their way is never answered with the safety
    notice ("menu" was, at every step)."""
    assert understand(word, expecting=step).intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ครูใหญ่บอกว่าแค่เตือนด้วยความหวังดีนะ ถ้ารักลูกรักเมียก็อย่ายุ่งเรื่องงบโรงเรียน", "what"),
        ("กำนันพูดยิ้มๆ ว่าถ้ายังห่วงครอบครัวอยู่ ก็เงียบๆไว้ดีกว่า", "consent"),
        ("นายกมาบอกว่าพี่แนะนำเฉยๆนะ เลิกยุ่งเถอะ คิดถึงลูกเมียบ้าง", "identity"),
        ("ผญบ.ฝากมาบอกว่า ถ้าฮักครอบครัวกะอยู่เฉยๆ เด้อ", "what"),
        ("he said it is only advice, if you love your family you will stay quiet", "what"),
    ],
)
def test_veiled_advice_naming_the_family_is_danger(text, expecting):
    assert understand(text, expecting=expecting).intent == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "ปลัดขู่ว่าถ้ายังแจ้งเรื่องอีก จะเอารูปตอนผมเมาไปโพสต์ลงเฟสให้คนทั้งหมู่บ้านดู",
        "เขาว่าสิเอาเรื่องหนี้ของแม่ไปประจานกลางงานบุญ ถ้าแม่บ่ถอนเรื่อง",
        "the kamnan said he will post a video of me drunk on the village group if I keep reporting",
    ],
)
def test_shame_made_the_price_of_reporting_is_danger(text):
    assert understand(text, expecting="what").intent == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "ขอยิงยาวเลยนะคะ เรื่องมันยาว ตั้งแต่ปีที่แล้ว นายกเอางบถนนไปใช้",
        "เดี๋ยวยิงรวดเดียวให้ฟังเลยครับ ผอ.เก็บเงินค่าเทอมเกิน",
        "ฟันธงเลยว่าโกงแน่ๆ ถนนพังหมดแล้ว",
        "ต้องคิดถึงครอบครัวด้วย ไม่อยากบอกชื่อ",
    ],
)
def test_idioms_with_a_weapon_word_raise_no_alarm(text):
    assert understand(text, expecting="what").intent != "danger"


@pytest.mark.parametrize("expecting", [None, "what", "consent", "witnesses"])
@pytest.mark.parametrize(
    "text", ["he will kill me if I report", "They'll hurt my family if I keep complaining"]
)
def test_harm_foretold_in_plain_english_is_danger(text, expecting):
    """A conditional ("if I report") around a plain threat is no question about safety: the
    models read the English "kill" as calm after so many harmless examples, the shape does not."""
    assert understand(text, expecting=expecting).intent == "danger"
