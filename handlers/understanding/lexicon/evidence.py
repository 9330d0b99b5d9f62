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
#: Evidence held but not dared sent (walk40: "มีคลิปเสียงแต่ไม่กล้าส่ง", "มีรูปแต่กลัวส่งไปแล้วเขา
#: รู้", "I have a recording but I'm scared to send it"): reassured how it is kept, and that it may
#: come later, in flattened lower-case text.
EVIDENCE_NOT_DARED = (
    r"(?:ไม่|บ่)กล้า(?:ส่ง|ให้|เอา)|กลัว\S{0,6}?(?:ส่ง|ให้ดู)|ยังไม่กล้า"
    r"|(?:scared|afraid)to(?:send|share)|(?:don'?t|do ?not)dare"
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
#: Evidence someone else holds and will send ("มีรูปอยู่ในมือถือลูก เดี๋ยวให้ลูกส่งมา", "รูปอยู่กับ
#: ลูกสาว เย็นนี้ลูกจะส่งมา", "ใบเสร็จอยู่ที่แฟน เดี๋ยวเขาส่งมาให้ทีหลัง"): later, not in this chat
#: now, in flattened text. Not "เขาส่งมาขู่" (the accused's message), nor what they sent before.
EVIDENCE_SENT_BY_ANOTHER = (
    r"(?:ให้|บอก)(?:ลูก|หลาน|แฟน|ผัว|เมีย|สามี|ภรรยา|พี่|น้อง|แม่|พ่อ|ยาย|ตา|เพื่อน)\S{0,8}?(?:ช่วย)?ส่ง"
    r"|(?:ลูก|หลาน|แฟน|ผัว|เมีย|สามี|ภรรยา|พี่|น้อง|เพื่อน)\S{0,8}?(?:จะ|สิ|ค่อย)(?:ช่วย)?ส่ง"
    r"|ส่ง(?:มา)?(?:ให้)?(?:ที|ภาย)หลัง"
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
        # another day, Isan and Central ("สิส่งมื้ออื่น", "ไว้มื้ออื่นสิส่ง", "ส่งวันอื่น")
        "มื้ออื่น",
        "มื้อหน้า",
        "วันอื่น",
        "วันหลัง",
        "later",
        "tomorrow",
        "anotherday",
        # in English, a time still to come today or soon ("tonight when I get home", "after work")
        "tonight",
        "thisevening",
        "afterwork",
        "whenigethome",
        "whenimhome",
        "whenimbackhome",
        "whenigetback",
        "nextweek",
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
        # only the word of mouth ("มีแต่ปากเปล่า", "มีแค่คำบอกเล่า"): nothing to send
        "มีแต่ปากเปล่า",
        "มีแค่ปากเปล่า",
        "แค่ปากเปล่า",
        "มีแต่คำพูด",
        "มีแค่คำพูด",
        "มีแต่คำบอกเล่า",
        "มีแค่คำบอกเล่า",
        "แค่คำบอกเล่า",
        "onlywordofmouth",
        "justwordofmouth",
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
        # rather not send ("ไม่ส่งดีกว่าครับ", "ขอไม่ส่งนะคะ", "บ่ส่งดีกว่าเด้อ"): nothing to wait for
        "ไม่ส่งดีกว่า",
        "บ่ส่งดีกว่า",
        "ขอไม่ส่ง",
        "ขอบ่ส่ง",
        "ไม่ขอส่ง",
        "ไม่อยากส่ง",
        "บ่อยากส่ง",
        "rathernotsend",
        "prefernottosend",
        *EVIDENCE_GONE,
    ),
    "has": (
        "มีรูป",
        "มีฮูป",  # Isan ฮูป is รูป ("มีฮูปอยู่เด้อ")
        "ถ่ายฮูป",
        "มีคลิป",
        "มีหลักฐาน",
        "มีเอกสาร",
        "มีใบเสร็จ",
        "ถ่ายไว้",
        "ถ่ายรูปไว้",
        "อัดเสียง",
        "อัดคลิป",
        "มีสลิป",
        # a screenshot ("มีแคปแชทค่ะ", "มีภาพหน้าจอ"): แคป is not แค่ ("มีแค่นี้" is all there is)
        "มีแคป",
        "แคปไว้",
        "มีภาพหน้าจอ",
        "มีรูปหน้าจอ",
        "เก็บไว้",
        "เดี๋ยวส่ง",  # in a moment, in this chat: wait for it, not "later"
        "กำลังส่ง",
        "จะส่งให้ตอนนี้",
        # in English, a screenshot taken ("I screenshotted the LINE chat", "took screenshots")
        "screenshot",
        "screencap",
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
