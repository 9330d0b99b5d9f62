"""Identity and refusals: anonymous or named (the options' words and more), and the fear of
being found out that makes the answer anonymous whatever else is said."""

from __future__ import annotations

from handlers.understanding.lexicon.global_words import GLOBAL
from handlers.understanding.lexicon.options import OPTIONS

IDENTITY: dict[str, tuple[str, ...]] = {
    "anonymous": (
        *OPTIONS["identity"]["anonymous"][: -len(GLOBAL["no"])],
        "ไม่บอก",
        "บ่บอก",
        "ไม่ขอบอก",
        "ไม่ขอเปิดเผย",
        "ไม่ประสงค์ออกนาม",
        "นิรนาม",
        "ขอไม่บอก",
        "ขอไม่ระบุ",
        "ปกปิดชื่อ",
        "ไม่อยากบอกชื่อ",
        "ไม่อยากบอก",
        "บ่อยากบอก",
        "ไม่อยากให้รู้ชื่อ",
        "ปิดบังชื่อ",
        "ไม่เปิดชื่อ",
        "ขอปิด",
        "ไม่ระบุตัวตน",
        "ไม่เปิดเผยตัว",
        "ปกปิด",
        "ความลับ",
        # "discreet", "แบบลับ ๆ": the discreet way of filing is the anonymous one
        "discreet",
        "แบบลับ",
        "ไม่เปิดเผย",
        "hide",
        "secret",
        "dontusemyname",
        "keepmyname",
        "withoutmyname",
        "ปิดไว้",
        "ไม่ออกนาม",
        "ไม่ต้องใส่ชื่อ",
        "ไม่ใส่ชื่อ",
        "anonymously",
        "noname",
        "withoutname",
        "dontwanttogive",
        "อ็อตบอก",
        "อ๊อตบอก",
        "อ็อตบอกชื่อ",
        "อ็อตจงบอก",
    ),
    "named": (
        *OPTIONS["identity"]["named"][: -len(GLOBAL["yes"])],
        "บอกได้",
        "ใส่ชื่อ",
        "ยินดีบอก",
        "ยินดีให้ชื่อ",
        "ชื่อจริง",
        "ให้ชื่อ",
        "ใส่ชื่อได้",
        "บอกชื่อได้",
        "เปิดเผยได้",
        "ยินดีให้ข้อมูล",
        "realname",
        "canusemyname",
        "ไม่ต้องปิด",
        "ไม่ปิดชื่อ",
        "ไม่ปิดบัง",
        "บอกได้อยู่",
        "เปิดเผยตัวตน",
        "ไม่ต้องปกปิด",
        "illgivemyname",
        "เปิดชื่อ",
        "usemyname",
        "mynameis",
        "ใส่เบอร์",
        "ให้เบอร์",
        "ทิ้งเบอร์",
        "โทรกลับ",
        "โทรหาได้",
        "ติดต่อกลับ",
        "callmeback",
    ),
}
#: Afraid of being found out, or not wanting it known who told: the answer to "anonymous or
#: named?" is anonymous, whatever else is said ("กลัวเขารู้ว่าเป็นเรา", "อย่าให้ใครรู้ว่าหนูแจ้ง").
KNOWN_FEARED = (
    r"(?:กลัว|ย้าน|ย่าน|เกรง|กังวล|ห่วง|ไม่อยากให้|บ่อยากให้|อย่าให้|ห้ามให้|ไม่ให้)\S{0,16}?"
    r"(?:รู้|ฮู้|จำ\S{0,6}ได้|จำหน้า|สืบ|เห็นชื่อ|เห็นหน้า|แกะรอย)"
    r"|(?:don'?t|do not|rather not)(?:want|let)\S{0,12}?know|afraid\S{0,16}?(?:find out|know)"
    # the same in a flattened text, spaces gone ("scared people will find out it was us")
    r"|(?:dont|donot|rathernot)(?:want|let)\S{0,12}?know|(?:afraid|scared|worried)\S{0,24}?(?:findout|knowitwas|knowwho|knowmyname|seemyname)"
)
