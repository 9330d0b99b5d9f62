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
        # the name left off what is filed, in English ("don't put my name", "leave my name out")
        "dontputmyname",
        "donotputmyname",
        "dontincludemyname",
        "dontwritemyname",
        "dontshowmyname",
        "leavemynameout",
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
        # "ขอเงียบๆ", "keep it quiet": filing quietly is filing without a name
        "ขอเงียบ",
        "แบบเงียบ",
        "เอาเงียบ",
        "เงียบๆ",
        "เงียบไว้",
        "ไม่ต้องมีชื่อ",
        "keepitquiet",
        "quietly",
        # "ขอสงวนชื่อ", "สงวนนามไว้": the name reserved, withheld (never a name "ขอสงวนชื่อ")
        "สงวนชื่อ",
        "สงวนนาม",
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

#: Being found out supposed and asked about ("ถ้าเขารู้จะทำไง", "ถ้าปลัดเขารู้ว่าผมแจ้ง จะทำไงครับ",
#: "if they find out what happens"): the same worry as a fear of being known, never danger.
KNOWN_SUPPOSED = (
    r"(?:ถ้า|หาก|ถ้าเกิด)\S{0,24}?(?:รู้|ฮู้|ทราบ|จับได้)\S{0,24}?"
    r"(?:ทำไง|ทำยังไง|ทำอย่างไร|เฮ็ดจั่งใด|เป็นไร|เป็นอะไร|โดนอะไร|ยังไงต่อ)"
    r"|if\S{0,24}?(?:findout|know)\S{0,24}?(?:whathappens|whatdoido|whatwillhappen)"
    # ... or said as what would follow, no question word (walk29): "ถ้าเรื่องไปถึงอำเภอเขาก็เดาได้
    # ว่าหนู", "ถ้าแจ้งไปเขาต้องรู้แน่ๆว่าเป็นผม", "if it gets to them they'll know it was me"
    # (known surely, "ก็รู้", "ต้องรู้", guessed or caught, or known to be them: not "ถ้านายกรู้ว่า
    # หนูแจ้งคงช็อกตาย 555", a joke at his expense)
    r"|(?:ถ้า|หาก)\S{0,40}?(?:(?:ก็|ต้อง|คง|สิ)\S{0,4}?(?:รู้|ฮู้)|เดา\S{0,6}?(?:ได้|ออก|ถูก)|จับได้)"
    r"\S{0,10}?ว่า(?:แม่น|เป็น)?(?:หนู|ผม|ฉัน|ดิฉัน|เรา|ข้อย|กู|เค้า|ครูคนนี้)"
    r"|(?:ถ้า|หาก)\S{0,40}?(?:รู้|ฮู้)\S{0,10}?ว่า(?:แม่น|เป็น)(?:หนู|ผม|ฉัน|ดิฉัน|เรา|ข้อย|กู|เค้า)"
    r"|if\S{0,40}?(?:they|he|she)(?:'?ll|will|would)?(?:know|guess|findout)\S{0,8}?(?:itwasme|itsme|wasme)"
    # ... and being one of the few who know ("มีแค่หนูกับกำนันที่รู้", "รู้กันแค่ผมกับปลัด",
    # "มีผมคนเดียวที่รู้เรื่องนี้")
    r"|(?:มี)?แค่(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย)กับ\S{0,16}?(?:เท่านั้น)?(?:ที่|ซึ่ง)?(?:รู้|ฮู้|เห็น)"
    r"|รู้กัน(?:อยู่)?แค่(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย)กับ"
    r"|มี(?:หนู|ผม|ฉัน|ดิฉัน|ข้อย)คนเดียวที่(?:รู้|ฮู้|เห็น)"
)

#: Afraid of a penalty for reporting, named no harm ("กลัวโดนหักคะแนน", "กังวลว่าจะโดนตัด
#: เงินเดือน", "scared they'll dock my pay"): a worry, answered as who will know, never danger.
PENALTY_FEARED = (
    r"(?:กลัว|ย้าน|ย่าน|เกรง|กังวล|ห่วง)(?:ว่า)?(?:จะ|สิ)?(?:โดน|ถูก)?(?:เขา|เพิ่น)?(?:หัก|ตัด|ลด)"
    r"(?:คะแนน|เงินเดือน|โบนัส|ค่าแรง|ค่าจ้าง|ขั้น)"
    r"|(?:กลัว|ย้าน|ย่าน|เกรง|กังวล|ห่วง)(?:ว่า)?(?:จะ|สิ)?(?:ไม่ผ่าน|ตก)(?:ประเมิน|โปร)"
    r"|(?:afraid|scared|worried)\S{0,16}?(?:lose|losing|cut|dock\w*)\S{0,8}?(?:points|pay|salary|bonus)"
)

#: Who a person may file for ("หนูแจ้งแทนพ่อ", "for my grandmother"), longest first so "พ่อใหญ่"
#: is not "พ่อ"; Thai, then English.
RELATIVES_TH = (
    "พ่อใหญ่",
    "แม่ใหญ่",
    "คุณพ่อ",
    "คุณแม่",
    "พ่อแม่",
    "ลูกสาว",
    "ลูกชาย",
    "พี่สาว",
    "พี่ชาย",
    "น้องสาว",
    "น้องชาย",
    "ภรรยา",
    "เพื่อนบ้าน",
    "สามี",
    "เพื่อน",
    "ญาติ",
    "หลาน",
    "ลูก",
    "พ่อ",
    "แม่",
    "ปู่",
    "ย่า",
    "ตา",
    "ยาย",
    "ลุง",
    "ป้า",
    "น้า",
    "อา",
    "เมีย",
    "ผัว",
    "แฟน",
)
#: A witness said as the teller's own kin, at the start of the witness named ("เมียผม ชื่อสมศรี",
#: "ยายบุญมี", "ลูกชายผม", "my wife Malee"): for an anonymous teller it points to him
#: (`masking.kin_witnesses`). An elder addressed so ("ลุงสงัด", "ป้าแดง") is anyone's unless
#: "mine" follows; "พ่อค้า", "แม่บ้าน" are no kin.
KIN_OF_TELLER = (
    r"^\s*(?:(?:เมีย|ผัว|ภรรยา|สามี|แฟน|ลูก(?:ชาย|สาว|เขย|สะใภ้)?|หลาน(?:ชาย|สาว)?|คุณ(?:พ่อ|แม่)"
    r"|พ่อ(?!ค้า|ใหญ่|บ้าน|ครัว)|แม่(?!ค้า|ใหญ่|บ้าน|ครัว)|ปู่|ย่า|ยาย|พี่(?:ชาย|สาว)|น้อง(?:ชาย|สาว))"
    r"|(?:ลุง|ป้า|น้า|อา|ตา|พี่|น้อง)\s?(?:ของ)?\s?(?:ผม|ฉัน|ดิฉัน|หนู|ข้อย|กระผม))"
    r"|^\s*(?:my\s+)(?:wife|husband|son|daughter|grand\w+|granny|mother|father|mum|mom|dad"
    r"|brother|sister|uncle|aunt)\b"
)
#: Witnesses said as a group ("อสม.คนอื่นก็รู้", "ชาวบ้านทั้งหมู่รู้กันหมด"): no name in it
#: (`handlers.unnamed_witnesses`), longest first; how many said after them.
WITNESS_GROUPS_TH = (
    "คนในหมู่บ้าน",
    "เพื่อนร่วมงาน",
    "ผู้ปกครอง",
    "เพื่อนบ้าน",
    "ชาวบ้าน",
    "ลูกบ้าน",
    "เพื่อนครู",
    "คนในหมู่",
    "นักเรียน",
    "แม่ค้า",
    "พ่อค้า",
    "คนงาน",
    "อสม.",
    "อสม",
    "ครู",
)
WITNESS_GROUP_HOW_MANY = (
    r"(?:\s?(?:หลาย\s?ๆ?\s?คน|หลายคน|ทุกคน|คนอื่น\s?ๆ?|ทั้งหมู่(?:บ้าน)?|ทั้งหมด|ในหมู่บ้าน|ในโรงเรียน"
    r"|ในหมู่|ด้วยกัน|แถวนั้น|แถวบ้าน))?"
)
RELATIVES_EN = (
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "granny",
    "father",
    "mother",
    "parents",
    "dad",
    "mom",
    "mum",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "neighbour",
    "neighbor",
    "friend",
)
#: Titles and words of address said before a name typed in Latin letters ("Kru Nok", "khun Noi",
#: "Mr. Somchai", "a man named Pong"): the word after them is a name, they are none.
LATIN_TITLES = (
    *("kru", "khru", "ajarn", "ajahn", "ajan", "khun", "phi", "pee", "nong", "lung", "pa", "yai"),
    *("bak", "ai", "mr", "mrs", "ms", "miss", "dr", "uncle", "aunt", "auntie", "named", "called"),
)
#: Peoples, tongues and plain words for people that English writes with a capital ("Two Thai
#: teachers", "Villagers saw it"): never a person's name.
NOT_NAMES_EN = frozenset(
    """
    thai english lao laotian khmer cambodian isan isaan chinese burmese myanmar vietnamese
    japanese american british foreign teacher student kid child children villager people
    parent worker nurse staff officer official neighbour neighbor local farmer
    """.split()
)
#: English words Thai parents give as nicknames ("Bank", "Golf", "Mint"): a witness so called is
#: the word in an English sentence ("the bank asked for money") unless written with a capital or
#: said of a person ("Bank saw it", "khun Golf").
NICKNAMES_EN = frozenset(
    """
    bank golf nice pop ice mint ball beer bee fern pink cream milk bow boat book jam cake earth
    best top first gift care big new note joke pond peach apple orange film game champ toy gun
    art bird cat palm rose sun sky star tank ton team view win wine bell belle benz boss
    cartoon cherry coke copter fluke frank gap grape guitar honey jelly joy kiwi lemon lime
    love lucky mild money moon music nut ocean oil pepsi pizza pure rain ring rock safe snow
    sugar sweet tiger toffee yes zero
    """.split()
)
_TH = "|".join(RELATIVES_TH)
_EN = "|".join(RELATIVES_EN)
#: Filing for someone else: "แจ้งแทนพ่อ", "ร้องเรียนแทนแม่", "ผมพิมพ์แทนแม่", "หนูพิมพ์ให้ยาย",
#: "I'm filing this for my grandmother", "on behalf of my father".
FILED_FOR = (
    rf"(?:แจ้ง|ร้องเรียน|ฟ้อง|ส่งเรื่อง|เรื่อง|พิมพ์)\S{{0,8}}แทน\s*(?P<th>{_TH})"
    rf"|พิมพ์(?:ข้อความ|เรื่อง)?ให้\s*(?P<th_typed>{_TH})"
    rf"|(?:fil|report|complain|writ|send|typ|messag|doing)\w*(?:\s+(?:this|it))?\s+for\s+my\s+(?P<en>{_EN})\b"
    rf"|on\s+behalf\s+of\s+my\s+(?P<en_behalf>{_EN})\b"
)
#: Filing for a relative said first, as the opening ("แจ้งแทนพ่อค่ะ พ่อโดนเรียกเงิน", "มาแจ้งแทนแม่
#: ครับ", "ร้องเรียนแทนยายค่ะ …"; walk38: read as an answer to nothing, and refused): a start.
FILED_FOR_OPENING = (
    rf"^(?:ผม|หนู|ดิฉัน|ฉัน|ข้อย|กระผม|เรา)?\s*(?:มา|ขอ|จะ|อยาก)*\s*(?:แจ้ง|ร้องเรียน|ร้องทุกข์)"
    rf"(?:เรื่อง)?\s*แทน\s*(?:{_TH})"
)
#: The kinship words Thai elders name themselves by ("ลุงชื่อทองใบ", "ป้าชื่อบุญมี", "ยาย…", "ตา…",
#: Isan "พ่อใหญ่/แม่ใหญ่"): at the name questions, without "แทน", that is the teller's own name.
ELDER_SELF_TH = ("พ่อใหญ่", "แม่ใหญ่", "ลุง", "ป้า", "ยาย", "ตา")
#: Filing for someone denied ("ไม่ได้แจ้งแทนใคร", "ไม่ได้แจ้งแทนลุงที่ไหน"): said just before.
NOT_FILED_FOR = r"(?:ไม่ได้|ไม่ใช่|มิได้)\s*\S{0,8}$"
#: The titles said before a person's name ("นาง บุญมี", "น.ส.สมศรี").
PERSON_TITLES = r"นางสาว|นาง|นาย|น\.ส\."
#: Words said around a name when it is given ("น้องสาวฉัน ชื่อ อ้อย เห็นด้วย"), never a name
#: themselves: masking a name's parts leaves them, or "บ่อยากบอกชื่อเด้อ" would read as a
#: witness's name (the particles and other stop words are left by the same rule).
#: What a story goes on with right after the teller's own name ("ดิฉันชื่อกมลวรรณเป็นครู",
#: "ข้อยชื่อบุญมี อยู่บ้านโคกกลาง"): where the name ends (`masking.self_introduced`).
AFTER_OWN_NAME = frozenset(
    {"เป็น", "อยู่", "ทำงาน", "อายุ", "จาก", "มา", "ขอ", "แจ้ง", "ได้", "บ้าน", "ค่ะ", "คะ", "ครับ"}
    | {"นะ", "นะคะ", "นะครับ", "จ้า", "เด้อ", "เน้อ", "ทำ", "สอน", "เรียน", "ซึ่ง", "และ", "กับ"}
)
NAME_FRAME_WORDS = frozenset(
    {
        "ชื่อ",
        "ซื่อ",
        "ชื่อเล่น",
        "นามสกุล",
        "ชื่อจริง",
        "พยาน",
        "เห็น",
        "เห็นด้วย",
        "ด้วย",
        "ไปด้วย",
        "อยู่ด้วย",
        "คือ",
        "ได้แก่",
        "เป็น",
        "กับ",
        "และ",
        "ไม่รู้",
        "ไม่ทราบ",
        "บ่ฮู้",
    }
)


#: Words that begin who a person is by what they do or where they belong ("คนขายข้าวแกง",
#: "แม่ค้าหน้าตลาด", "ชาวบ้านหนองแวง", "วินหน้าอำเภอ"), said of a witness before "ชื่อ": a
#: description, never a name, when the rest of it is plain words.
DESCRIBED_BY = (
    "คน",
    "ชาว",
    "แม่ค้า",
    "พ่อค้า",
    "ลูกค้า",
    "เจ้าของ",
    "ลูกจ้าง",
    "ผู้",
    "ช่าง",
    "วิน",
    "ครู",
    "หมอ",
    "เด็ก",
    "เพื่อน",
    "ร้าน",
    "บ้าน",
)


#: The words said before a first name in speech ("ลุงสมศักดิ์", "พี่สมชาย", "คุณบุญมี"): kinship
#: (`RELATIVES_TH`), then the shorter words of address.
ADDRESS_WORDS = "|".join((*RELATIVES_TH, "พี่", "น้อง", "คุณ"))
#: Familiar words said before a first name ("ไอ้พงษ์", "ยัยนิด"), Isan's too ("อ้ายพงษ์", "อีน้อย",
#: "บักพงษ์"), Chinese-Thai's too ("เจ๊น้อย", "ซ้อน้อย").
FAMILIAR_WORDS = ("อ้าย", "เอื้อย", "ไอ้", "ยัย", "เจ๊", "เฮีย", "ซ้อ", "อี", "บัก")
#: Titles of a post, a rank, a trade or the robe said before a person's name ("กำนันสมบัติ",
#: "ครูพงษ์", "พระสมบัติ"), besides `PERSON_TITLES`; longest first. A village's heads are
#: `VILLAGE_HEADS`, read with these.
RANK_TITLES = (
    "จ่าสิบเอก",
    "จ่าสิบโท",
    "จ่าสิบตรี",
    "ผู้ช่วยผู้ใหญ่",
    "สิบเอก",
    "สิบโท",
    "สิบตรี",
    "ร้อยเอก",
    "ร้อยโท",
    "ร้อยตรี",
    "พันเอก",
    "พันโท",
    "พันตรี",
    "ผู้ช่วย",
    "พ่อหลวง",
    "สารวัตร",
    "ผู้กอง",
    "ผู้หมวด",
    "จ่า",
    "ดาบ",
    "หลวงพ่อ",
    "หลวงพี่",
    "หลวงตา",
    "พระอาจารย์",
    "พระครู",
    "พระ",
    "เณร",
    "ทิด",
    "แม่ชี",
    "อาจารย์",
    "ครู",
    "หมอ",
    "ทนาย",
    "นายก",
    "เสี่ย",
    "เถ้าแก่",
    "ช่าง",
)
#: … and as abbreviated, written here without their dots, which people add or leave out
#: ("ผญบ.", "ผญบ", "ผ.ญ.บ.", "ด.ต.", "ส.อบต."); longest first.
#: The police's and the army's among them, written with a dot after each letter ("ส.ต.ท.",
#: "จ.ส.อ."): glued to a name, that person is someone in uniform.
UNIFORM_RANKS = (
    "ดต",
    "จสต",
    "จสอ",
    "จสท",
    "สตต",
    "สตท",
    "สตอ",
    "รตต",
    "รตท",
    "รตอ",
    "พตต",
    "พตท",
    "พตอ",
)
#: The two-letter ones are words too ("พอ", "รอ"): masking counts them only with their dots.
RANK_ABBREVIATIONS = (
    "ผชผญบ",
    "ผญบ",
    "สอบต",
    "สจ",
    "อสม",
    "ดร",
    *UNIFORM_RANKS,
    "ผช",
    "ผอ",
    "สอ",
    "สท",
    "สต",
    "รอ",
    "รท",
    "รต",
    "พอ",
    "พท",
    "พต",
)
#: A title that begins a position, not a name ("นายก", "นายอำเภอ", "นางพยาบาล").
_TITLED_POSITION = r"(?!นายอำเภอ|นายก|นายช่าง|นายตำรวจ|นายทหาร|นายสิบ|นายหน้า|นายจ้าง|นายด่าน|นางพยาบาล)"
#: The name of the one filed for, said right after "แจ้งแทนพ่อ" in the story ("แจ้งแทนพ่อค่ะ (นาย
#: สมบัติ ดีงาม)", "แจ้งแทนแม่ ชื่อนางบุญมา ใจดี", "แจ้งแทนยาย นางบุญมี ศรีสุข"): a title, a first
#: name and a surname at most.
_BEHALF_NAME = rf"(?P<name>(?:{PERSON_TITLES})?\s?[ก-ฮเ-ไ][ก-๛]{{1,}}(?:\s[ก-ฮเ-ไ][ก-๛]{{1,}})?)"
#: "ของดิฉัน/ของผม" between them ("แจ้งแทนคุณแม่ของดิฉัน นางบุญมี ศรีสุข") only before a title: without
#: one the next word is too likely not a name ("แจ้งแทนแม่ของดิฉัน เพราะ…").
BEHALF_NAME_AFTER = (
    r"(?:\s*(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้า|เด้อ)?\s*(?:\(\s*|ชื่อ\s*|คือ\s*)"
    r"|ของ(?:ดิฉัน|ฉัน|ผม|กระผม|หนู|เรา|ข้าพเจ้า)\s*(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ)?\s*"
    rf"(?=(?:{PERSON_TITLES})\s?[ก-ฮเ-ไ]){_TITLED_POSITION}"
    # … or a title right after, past a space ("แจ้งแทนยาย นางบุญมี"), not a position's.
    rf"|\s*(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้า|เด้อ)?\s+(?=(?:{PERSON_TITLES})\s?[ก-ฮเ-ไ]){_TITLED_POSITION})"
) + _BEHALF_NAME
#: … or in brackets opening the story, once "แจ้งแทนพ่อค่ะ" before it was read as who it is for.
BEHALF_NAME_OPENING = r"^\s*\(\s*" + _BEHALF_NAME + r"\s*\)"
#: A relative named at the name question ("พ่อชื่อสมบัติ ทองมา", "my dad's name ... his name is
#: Somsak Thongdee"): the affected person's name, not the contact's.
RELATIVE_NAMED = (
    rf"(?:^|[\s,])(?P<th>{_TH})\s*ชื่อ\s*(?P<name>[ก-๙]{{2,}}(?:\s[ก-๙]{{2,}})?)"
    rf"|my\s+(?P<en>{_EN})(?:'s|s)?\s+(?:full\s+)?name\b.*?\b(?:his|her|their)\s+name\s+is\s+"
    r"(?P<en_name>[a-z]+(?:\s[a-z]+)?)"
)
#: Filing in English for someone named who is no relative ("I'm reporting for Mr. Somchai
#: Boonmee", "on behalf of the farmer Mr. Somchai"): the affected person's name, as typed (its
#: capitals tell the name; the words around it are read in any case). Who it is for: `OTHER_PERSON`.
FILED_FOR_NAMED_EN = (
    r"(?i:\b(?:report|fil|complain|writ|send|typ|messag)\w*\s+(?:this\s+|it\s+)?"
    r"(?:for|on\s+behalf\s+of)\s+(?:(?:the|a|our|my)\s+[a-z]+\s+)?)"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Khun|Nai|Nang)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
#: One's own name given in English at the name questions ("I'll give my name: Sarah Collins",
#: "It's David Tan"): a first name and a family name, capitalised as names are.
OWN_NAME_EN = (
    r"(?i:\b(?:my\s+name(?:\s+is)?(?:\s+please)?|name|it'?s|it\s+is|i'?m|i\s+am|this\s+is))"
    r"\s*[:\-]?\s*(?P<name>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2})\b"
    # … or opening the answer at the name question, before a comma ("Sarah Collins, reporting…")
    r"|^\s*(?P<first>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2})(?=\s*[,;])"
)
#: Who the affected person is to one filing for someone who is no relative.
OTHER_PERSON = "ผู้อื่น"
#: Asking to give a relative's name ("บอกชื่อพ่อได้ไหม", "ใส่ชื่อแม่แทนได้ไหม"): who it is for.
RELATIVE_ASKED = rf"(?:บอก|ใส่|ให้|ใช้)ชื่อ\s*(?P<th>{_TH})"

#: A story that tells who the teller is (walk30: "ผมเป็น อสม. บ้านโคกกลาง", "หนูทำงานที่ อบต.…",
#: "I'm the clerk at the tambon office"): a role of their own with a place or an office, which
#: may give an unnamed complainant away; flagged to them at the summary (flattened text).
SELF_POINTED = (
    r"(?:ผม|หนู|ดิฉัน|ฉัน|ข้อย|กระผม|เรา)(?:เป็น|ทำงาน(?:อยู่)?(?:ที่|ใน)?)\S{0,24}?"
    r"(?:บ้าน|หมู่|ม\.|ต\.|ตำบล|อบต|อบจ|เทศบาล|รพ|โรงเรียน|สำนักงาน|ที่ว่าการ)"
    r"|i(?:am|'m)(?:a|an|the)?\w{0,24}?(?:at|in|of)(?:the)?\w{0,24}?(?:office|village|school|hospital|tambon)"
    r"|iwork(?:at|in|for)"
)
#: Asking whether one will be found out, when what is told may point to the teller (walk29's
#: clerk: "ถ้าบอกตำบลเขาจะรู้ไหมคะว่าหนูแจ้ง", "มีแค่หนูกับกำนันที่รู้"): a detail about to be given
#: (the sub-district, the village, the office), or the teller one of few who know, or working
#: there. The honest answer says such details may point to them (flattened text).
DETAILS_MAY_POINT = (
    r"(?:บอก|ใส่|ระบุ|ให้|พิมพ์|แจ้ง)(?:ชื่อ)?(?:ตำบล|หมู่บ้าน|บ้าน|หมู่|อำเภอ|หน่วยงาน|ที่ทำงาน|สำนักงาน"
    r"|ออฟฟิศ|กอง|รายละเอียด)"
    r"|มีแค่\S{0,16}?(?:ที่)?(?:รู้|ฮู้|ทำ)|รู้กัน(?:อยู่)?(?:แค่|ไม่กี่)|ไม่กี่คน(?:ที่)?(?:รู้|ฮู้)|คนเดียวที่"
    r"|(?:ผม|หนู|ดิฉัน|ฉัน|เรา|ข้อย)(?:เป็น|ทำงาน)(?:อยู่)?(?:เสมียน|ลูกจ้าง|พนักงาน|เจ้าหน้าที่|ลูกน้อง|ใน|ที่)"
    r"|(?:say|give|name|tell|type)(?:which|the|my)(?:office|village|district|tambon|subdistrict|details)"
    r"|only(?:me|i|afew|twoofus|the\w{0,12})(?:people)?(?:who)?knows?|iwork(?:at|in|for)|myownoffice"
)

#: Being guessed or seen through from what is told, asked (walk34, spaces gone): "คนที่รู้เรื่องนี้
#: จะเดาได้ไหม", "ดูออกไหมว่าเป็นเรา", "มีคนเดาได้ไหม", "เขาสิเดาออกบ่ว่าแม่นข้อย", "could they guess it's
#: me"; someone who could guess, or whom they would guess, said with it (not "กะเอาได้ไหม", a
#: date guessed).
GUESSED_ASKED = (
    r"(?:เขา|คน|ใคร|เพิ่น|หัวหน้า|ผอ|นาย|เจ้านาย)\S{0,30}?(?:เดา|ดู|มอง|จับ|แกะ)(?:ได้|ออก|ถูก)"
    r"|(?:เดา|ดู|มอง|จับ)(?:ได้|ออก|ถูก)\S{0,12}?ว่า(?:ใคร|ผู้ได๋|ไผ|เป็น|แม่น|หนู|ผม|ฉัน|ดิฉัน|เรา|ข้อย)"
    r"|(?:guess|figureout|workout|tell)\S{0,8}?(?:that)?(?:it'?s|itwas|itis|who)"
)
#: The same asked with a question particle right after the guessing ("เดาออกบ่ว่า…"): a question,
#: though the particle is Isan's.
GUESSED_PARTICLE = r"(?:เดา|ดู|มอง|จับ)(?:ได้|ออก|ถูก)(?:บ่|ไหม|มั้ย|ป่ะ|หรือเปล่า|รึเปล่า)"

#: The committee allowed to call (walk34): "ให้กรรมการโทรหาได้", "โทรมาถามเพิ่มได้ตลอด", "โทรหาได้
#: เด้อ", "you can call me" (spaces gone).
CALL_ALLOWED = (
    r"(?:โทร|ติดต่อ)(?:มา|ไป|กลับ)?(?:หา|ถาม|คุย)?\S{0,10}?(?:ได้|สะดวก)(?!ไหม|มั้ย|บ่|ยัง)"
    r"|(?:can|may|feelfreeto|pleasedo)call(?:me|us)|callmeanytime|callmeback"
)
#: Asked not to be called: "อย่าโทรมานะคะ", "ไม่ต้องโทร", "ไม่สะดวกให้โทร", "don't call me".
CALL_REFUSED = (
    r"(?:อย่า|ไม่ต้อง|ห้าม|บ่ต้อง|ไม่สะดวก(?:ให้)?|ไม่อยากให้|บ่อยากให้)\S{0,6}?(?:โทร|ติดต่อ)"
    r"|โทร\S{0,6}?(?:ไม่ได้|บ่ได้|ไม่สะดวก)|(?:don'?t|donot|pleasedon'?t)call"
)
#: The name given last time asked for again (walk34): "ใช้ชื่อเดิม", "ชื่อเหมือนครั้งที่แล้ว",
#: "ชื่อเดียวกับเรื่องที่แล้ว", "ซื่อเก่าคือเทื่อก่อน", "same name as last time" (spaces gone).
SAME_NAME_ASKED = (
    r"^(?=\S*(?:เดิม|เก่า|เดียวกัน|เดียวกับ|เหมือน|ก่อน|ที่แล้ว))(?:ขอ)?(?:ใช้|เอา)?(?:ชื่อ|ซื่อ)"
    r"(?:เดิม|เก่า|เดียวกัน|เดียวกับ|เหมือน|คือ|กับ|ที่|แจ้ง|บอก|ไป|ไว้|ครั้ง|คราว|รอบ|เที่ยว|เทื่อ|ตอน"
    r"|เรื่อง|อัน|แล้ว|ก่อน|แรก|กี้|นั้น|นี้|เลย|ได้|ของ|ผม|หนู|ฉัน|ดิฉัน|ข้อย|เรา|ค่ะ|คะ|ครับ|คับ|นะ|เด้อ"
    r"|จ้า|จ้ะ|[.!,])+$"
    r"|^(?:ขอ)?(?:ใช้|เอา)(?:อัน|แบบ)?(?:เดิม|เก่า|เหมือนเดิม|เหมือนครั้ง)"
    r"|samename|(?:use|keep)(?:my)?(?:old|previous|earlier)name|nameas(?:before|lasttime)"
)


#: Words that make "ไม่บอก" about the teller's own name ("ไม่บอกชื่อ", "ไม่เปิดเผยตัวตน"); without
#: them, "งั้นไม่บอกดีกว่าค่ะ" (or "ไม่บอกชื่อพยาน") at the witness question is the witness left
#: unnamed (walk37).
OWN_NAME_SAID = (
    r"ชื่อ(?!\s*(?:พยาน|เขา|คน|witness))|ตัวตน|ตัวเอง|เปิดเผย|ระบุ|\bname\b|anonymous|identity"
)
