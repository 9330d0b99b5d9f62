"""Evidence: all there is ("มีแค่รูปนี้รูปเดียว"), and the words that say it will be sent later,
there is none, or there is some."""

from __future__ import annotations

#: "มีแค่รูปนี้รูปเดียว", "มีรูปใบเสร็จใบเดียว", "I only have this one photo": all there is (after
#: it was sent, the evidence is done), in flattened text.
EVIDENCE_ONLY = (
    r"(?:มี|เหลือ)?(?:แค่|เพียง|แต่)\S{0,24}?(?:รูป|ใบ|อัน|คลิป|ชิ้น|แผ่น|ไฟล์)?(?:เดียว|นี้|นี่|นั้น)"
    r"|(?:รูป|ใบ|อัน|คลิป|ชิ้น|แผ่น|ไฟล์)เดียว"
    r"|onlyhave|ionlyhave|onlythis|justthis|onlyone|justone|that'?sallihave|allihave"
)
#: Evidence there was and is no more ("มีใบเสร็จ แต่เขาเอาคืนไปแล้ว", "the phone with the photos was
#: lost"): nothing to wait for (the fact is kept with the story), in flattened text.
EVIDENCE_GONE = (
    "เอาคืน",
    "ขอคืนไป",
    "เก็บคืน",
    "ยึดไป",
    "ยึดคืน",
    "หายไปแล้ว",
    "หายหมด",
    "มือถือหาย",
    "โทรศัพท์หาย",
    "ลบไปแล้ว",
    "ลบทิ้ง",
    "ลบหมด",
    "ทิ้งไปแล้ว",
    "giveback",
    "gaveback",
    "tookitback",
    "tookback",
    "lostthephone",
    "lostmyphone",
    "deletedit",
    "deletedthem",
    "nolongerhave",
)
EVIDENCE: dict[str, tuple[str, ...]] = {
    "later": (
        "พรุ่งนี้ส่ง",
        "ส่งให้ทีหลัง",
        "ส่งทีหลัง",
        "ส่งภายหลัง",
        "ค่อยส่ง",
        "ไว้ส่ง",
        "ส่งพรุ่งนี้",
        "ส่งวันหลัง",
        "ไว้ก่อน",
        "ขอส่งทีหลัง",
        "later",
    ),
    "none": (
        "ไม่มีหลักฐาน",
        "บ่มีหลักฐาน",
        "ไม่มีรูป",
        "ไม่ได้ถ่าย",
        "ไม่มีคลิป",
        "ไม่มีเอกสาร",
        "ไม่ได้เก็บ",
        "noevidence",
        "nophoto",
        "nophotos",
        "อ็อตเมียนรูป",
        "อ็อตเมียนหลักฐาน",
        "อ็อตเมียนคลิป",
        # plain English, flattened ("none, they didn't give a receipt", "I don't have any photos")
        "noreceipt",
        "noslip",
        "novideo",
        "nodocument",
        "noproof",
        "didntgiveareceipt",
        "didntgivemeareceipt",
        "nevergaveareceipt",
        "nevergaveone",
        "donthaveany",
        "idonthave",
        "havenothing",
        "nothingtoshow",
        *EVIDENCE_GONE,
    ),
    "has": (
        "มีรูป",
        "มีคลิป",
        "มีหลักฐาน",
        "มีเอกสาร",
        "มีใบเสร็จ",
        "ถ่ายไว้",
        "ถ่ายรูปไว้",
        "อัดเสียง",
        "อัดคลิป",
        "มีสลิป",
        "เก็บไว้",
        "เดี๋ยวส่ง",  # in a moment, in this chat: wait for it, not "later"
        "กำลังส่ง",
        "จะส่งให้ตอนนี้",
        "havephoto",
        "haveevidence",
        "havevideo",
        "ihavephotos",
        # with an article or a verb ("I have a voice recording of him", "I recorded him")
        "havearecording",
        "haveavoicerecording",
        "haverecording",
        "haveavideo",
        "haveaphoto",
        "haveascreenshot",
        "havescreenshots",
        "irecorded",
        "thereisavideo",
        "thereisaphoto",
        "thereisarecording",
    ),
}
