"""Words that offer more for a complaint already filed: facts remembered later, a photo."""

#: More to tell of a filed complaint ("ลืมบอกไป…", "เพิ่มข้อมูลในเรื่อง…", "I forgot to mention").
ADDING = (
    "เพิ่มข้อมูล",
    "ข้อมูลเพิ่ม",
    "เพิ่มเติม",
    "เพิ่มรายละเอียด",
    "รายละเอียดเพิ่ม",
    "ขอเพิ่ม",
    "อยากเพิ่ม",
    "จะเพิ่ม",
    "ลืมบอก",
    "ลืมเล่า",
    "ลืมแจ้ง",
    "ลืมใส่",
    "ลืมพิมพ์",
    "บอกเพิ่ม",
    "เล่าเพิ่ม",
    "แจ้งเพิ่ม",
    "มีอีกเรื่องที่ลืม",
    "ส่งรูปเพิ่ม",
    "ส่งหลักฐานเพิ่ม",
    "ส่งเอกสารเพิ่ม",
    "เพิ่มรูป",
    "เพิ่มหลักฐาน",
    "แนบรูป",
    "แนบหลักฐาน",
    "รูปนี้ของเรื่อง",
    "รูปนี้เป็นของเรื่อง",
    "ลืมเว้า",  # Isan: forgot to say
    "เว้าเพิ่ม",
    "forgot to mention",
    "forgot to say",
    "forgot to tell",
    "add to my",
    "add to the",
    "add more",
    "add a photo",
    "add photos",
    "add a picture",
    "add something",
    "more information",
    "more details",
    "one more thing",
    "photo is for",
    "picture is for",
)
#: Evidence the complainant says they have, after filing ("มีรูปถ่ายตอนเขารับเงินด้วยค่ะ", "มีคลิปตอน
#: เขาเก็บเงิน", "I have a video of it"): more for the filed complaint, the words kept, the file
#: asked for; never "ไม่มีรูป" (none) nor "มีรูปไหม" (asked).
HAS_EVIDENCE = (
    r"(?<!ไม่)(?<!บ่)(?<!ยัง)มี(?:รูป|ภาพ|คลิป|วิดีโอ|วีดีโอ|เสียงอัด|ไฟล์|เอกสาร|หลักฐาน|ใบเสร็จ)(?!ไหม|มั้ย|บ่)"
    # English, read without its spaces as the rest: "I have a video" is "ihaveavideo"
    r"|(?<![a-z])i(?:have|got|took)(?:a|the|some)?(?:photos?|pictures?|videos?|clips?|recordings?)"
)
#: The filed complaint itself named at "add this photo to BRM-…?" ("เรื่องเดิม", "ใส่เรื่องเก่าเด้อ"),
#: or a new one denied ("ไม่ใช่เรื่องใหม่", "บ่แม่นเรื่องใหม่", "ไม่ได้แจ้งใหม่"): a yes to adding.
SAME_COMPLAINT = (
    r"(?<!ไม่ใช่)(?<!ไม่ใช่ )(?<!บ่แม่น)(?<!บ่แม่น )(?<!ไม่)(?<!บ่)"
    r"(?:เรื่องเดิม|อันเดิม|เรื่องเก่า|อันเก่า|เรื่องที่แจ้งไว้|เรื่องที่แจ้งไปแล้ว|the same (?:one|complaint))"
)
NOT_NEW_COMPLAINT = (
    r"(?:ไม่ใช่|บ่แม่น|ไม่ได้|บ่ได้)\s*(?:เป็น)?\s*(?:เรื่อง|แจ้ง)\s*ใหม่|not (?:a )?new (?:one|complaint)"
)
#: A complaint of its own, not more for a filed one ("แจ้งเรื่องใหม่", "another complaint").
NEW_COMPLAINT = (
    "เรื่องใหม่",
    "อีกเรื่องหนึ่ง",
    "อีกเรื่อง",
    "new complaint",
    "another complaint",
    "a new one",
)
#: Words around an offer to add that carry nothing of the addition itself (Thai, found inside
#: the text): "เรื่อง BRM-… ค่ะ ขอเพิ่มเติมข้อมูลหน่อย" only offers.
ADDING_FRAME = (
    "เรื่อง",
    "ข้อมูล",
    "รายละเอียด",
    "เติม",
    "หน่อย",
    "นิดนึง",
    "นิด",
    "ที่แจ้งไว้",
    "แจ้งไว้",
    "เลขที่",
    "ของ",
    "ขอ",
    "อยาก",
    "อีก",
    "ด้วย",
    "ค่ะ",
    "คะ",
    "ครับ",
    "จ้า",
    "นะ",
    "เด้อ",
)
#: The same in English, as whole words.
ADDING_FRAME_WORDS = (
    "i",
    "i'd",
    "id",
    "i'm",
    "im",
    "would",
    "like",
    "want",
    "wanted",
    "to",
    "please",
    "can",
    "some",
    "more",
    "information",
    "info",
    "details",
    "about",
    "for",
    "on",
    "my",
    "the",
    "complaint",
    "case",
    "report",
    "hello",
    "hi",
)
#: More for the story of the complaint being filed ("ข้อ 6 ขอเพิ่มอีกหน่อยค่ะ …", "please add to
#: number 6: …", "also: …" after "แก้ 6"): the words that ask to add, said first (after the item
#: named, if it is), before what is added.
STORY_ADDED = (
    r"(?:ขอ|อยาก|จะ)?(?:(?:เล่า|เว้า|บอก)?เพิ่ม(?:เติม)?|เล่าต่อ|ต่อท้าย)"
    # a post pasted at the summary, said as such (walk38: "อันนี้โพสต์ในเฟสค่ะ …", read as edits
    # of the kind and the official): more for the story, never the story nor its date replaced
    r"|(?:อันนี้|อันนี่|นี่|นี้)(?:คือ|เป็น)?(?:ข้อความ)?(?:ที่)?(?:โพสต์|โพส)(?:ไว้)?"
    r"(?:ใน|จาก|ที่|ลง)?(?:เฟส(?:บุ๊[กค])?|facebook|fb|ไลน์|กลุ่ม(?:ไลน์|เฟส)?|ติ๊กต็อก|tiktok)?(?:หมู่บ้าน|ชุมชน)?"
    r"|(?:please\s+|can\s+i\s+|i\s+want\s+to\s+|i'd\s+like\s+to\s+)?add(?:\s+(?:this|more|something))?"
    r"(?:\s+(?:to|on))?|also|in\s+addition|one\s+more\s+thing"
)
#: The story itself named in those words ("เพิ่มเติมรายละเอียด", "add to the story").
STORY_NAMED = r"รายละเอียด|เรื่องที่เล่า|story|description|details?|what\s+happened"
#: Words around the asking to add that are no part of what is added ("อีกหน่อยค่ะ", "to the
#: story", "number 6:").
STORY_ADDED_FRAME = (
    r"(?:\s*(?:ข้อ(?:ที่)?\s*\d{1,2}|number\s*\d{1,2}|item\s*\d{1,2}|no\.?\s*\d{1,2}|#\s*\d{1,2}"
    r"|รายละเอียด|เรื่องที่เล่า|เรื่อง|ข้อมูล|อีก(?:นิด)?(?:หน่อย|นึง|นิด|แหน่)?|หน่อย|นิดนึง|นิด|แหน่|ด้วย"
    r"|ค่ะ|คะ|ครับ|คับ|จ้า|นะ|เด้อ|please|to\s+(?:the\s+)?(?:story|description|details?)"
    r"|the\s+(?:story|description|details?)|(?:what|something)\s+happened|this|that|to)"
    r"[\s:,.\-]*)*"
)
