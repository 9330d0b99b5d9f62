"""The complaint's words as a reviewer or an agency reads them: the complainant's name, the
name of the one filed for, sealed witnesses and the complainant's sealed phone replaced by marks
("[ชื่อผู้ร้อง]"), compared on a skeleton of the project's Thai clean-up (spacing, case,
zero-width and look-alike letters, tone marks and letters of one sound do not matter). Who
may read them unmasked is `tickets.sensitive`'s rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

from pythainlp.tokenize import subword_tokenize, word_tokenize

from handlers.thai import by_sound, normalise
from handlers.thai.lookalikes import LAO_OWN, LOOKALIKES, NAME_LOOKALIKES
from handlers.thai.normalise import clean, is_dont_know, is_empty, strip_particles
from handlers.thai.phone import numbers_in
from handlers.thai.places import place_names_th, place_words_latin
from handlers.understanding import lexicon
from handlers.understanding.name_values import without_title
from handlers.understanding.romanised import LATIN_PARTICLE, has_thai, sound, word_sounds
from handlers.understanding.value_kit import TITLE
from handlers.unnamed_witnesses import names_no_one
from storage.models import Ticket

#: Whose words a mark stands for: the complainant's name, the one filed for, a sealed witness,
#: the complainant's sealed phone.
COMPLAINANT, AFFECTED, WITNESS, PHONE = "complainant", "affected", "witness", "phone"
#: The teller's own post and workplace told in an anonymous story (`self_described`): hidden as
#: theirs, but no name (walk40: "กรรมการวัดบ้านสวายจีก" read "[complainant's name]").
OWN_POST = "own_post"
WHOSE = (COMPLAINANT, AFFECTED, WITNESS, PHONE, OWN_POST)
#: The catalogue key of each mark ("[ชื่อผู้ร้อง]").
MARK_KEY = "dash.masked.{}"
#: Marks that outlive the handler: the renderer puts the catalogue's text in their place
#: (`fill_marks`), in the reader's language.
PLACEHOLDERS = {whose: f"\u27e6{whose}\u27e7" for whose in WHOSE}
_PLACEHOLDER = re.compile("\u27e6(" + "|".join(WHOSE) + ")\u27e7")
_FILED_FOR_NAMED = re.compile(f"(?:{lexicon.FILED_FOR}){lexicon.BEHALF_NAME_AFTER}", re.I)
_RELATIVE_NAMED = re.compile(lexicon.RELATIVE_NAMED, re.I)
_OPENING_NAME = re.compile(lexicon.BEHALF_NAME_OPENING)
_TITLE = re.compile(rf"^(?:{lexicon.PERSON_TITLES})\s?")
# "ลุงสมศักดิ์", "พี่สมชาย": the name is also looked for without the word of address.
_ADDRESS = re.compile(rf"^(?:{lexicon.ADDRESS_WORDS})\s?")
_TITLE_BEFORE = re.compile(rf"(?:{lexicon.PERSON_TITLES})\s?$")


def _dotted(abbreviation: str) -> str:
    """An abbreviated title as a pattern, a dot after any letter or none ("ผญบ" → ผญบ., ผ.ญ.บ.);
    one of two letters that is a word without its dots ("พอ", "รอ") only with the first dot
    ("พ.อ.")."""
    dots = [r"\.?"] * len(abbreviation)
    if len(abbreviation) == 2 and abbreviation in _plain_words():
        dots[0] = r"\."
    return "".join(re.escape(letter) + dot for letter, dot in zip(abbreviation, dots, strict=True))


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """PyThaiNLP's Thai word list (`_thai_words`, needed before it is defined)."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


# A post, a rank, a trade or the robe before a name ("กำนันสมบัติ", "ด.ต.สมบัติ", "ครูพงษ์").
_RANKS = "|".join(
    [*sorted({*lexicon.VILLAGE_HEADS, *lexicon.RANK_TITLES}, key=len, reverse=True)]
    + [_dotted(a) for a in lexicon.RANK_ABBREVIATIONS]
)
_RANK = re.compile(rf"^(?:{_RANKS})\s?")
_NAME_PART = 3  # letters: a shorter part of a name is too likely an everyday word
# ...save a first name of two ("พร", "ต่อ"): a word of its own said of a person.
_SHORT_FIRST = 2
# Witnesses are listed with cuts, joined by "และ"/"กับ" typed without gaps ("สมศรีและบุญมา"),
# or numbered ("1.สมศรี มีสุข 2.บุญมา ทองดี").
_WITNESS_SPLIT = re.compile(r"[,;\n/]|\s*(?:และ|กับ(?!ข้าว))\s*|\band\b|(?:^|\s)\d{1,2}\s*[.)]\s*")
# What they are to the complainant glued after the name ("สมศรีเพื่อนบ้าน"): cut off there.
_RELATION_AFTER = re.compile(
    "(?<=[ก-๛]{3})(?:" + "|".join(r for r in lexicon.RELATIVES_TH if len(r) >= 4) + ").*$"
)
# Not in the comparison key: spaces, invisible characters and what a phone number is cut with.
_UNKEYED = frozenset(" -.()_*,/")
# Not in the comparison key either: tone marks, the short-vowel mark, the silencer, a stray
# nikhahit and sara a written out, which a name typed in haste or as it sounds slips or adds
# ("ใจดีง่าม" for "ใจดีงาม", "วะนิดา" for "วนิดา"); a letter typed twice is one ("กิตติ",
# "กิติ"); and letters of one sound are one letter, so the key is the name's skeleton as it
# sounds. The initial letters' groups are PyThaiNLP's LK82 soundex's (pythainlp.soundex.lk82
# _TRANS1), keeping ก apart from ข/ค and ด/ต, บ/ป, ร/ล, ห/อ apart as a reader hears them;
# ใ is ไ and ำ (as "ํา" is typed too) is า. Phinthu (U+0E3A, Pali's mark of a vowelless
# letter: "บฺุญมา") changes no sound a reader hears: out of the key too, never out of the text.
_TONES = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e\u0e4d\u0e30\u0e3a")
_SOUND_ALIKE = str.maketrans("ศษซฆฃฅขฌฉฎฏฐฑฒธถภผฝฬณญฮใำ", "สสสคคคคชชดตทททททพพฟลนยหไา")
# A consonant ending a word sounds as one of four ("ประเสริฐ", "ประเสริด"; "สมพร", "สมพน"):
# the Thai spelling rules of final consonants (LK82's second table groups them alike).
_FINAL_SOUND = str.maketrans("คจชดตทสนรลพฟ", "กดดดดดดนนนบบ")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_THAI_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
# What a witness is to them, said beside the name ("(เพื่อนบ้าน)"): not a name.
_ASIDE = re.compile(r"\(.*?\)")
# The name said after "ชื่อ" inside a part given with the words around it ("หลานชายชื่อตั้ม").
_NAMED_AFTER = re.compile(r"ชื่อ(?:ว่า|เล่น)?\s?([^\s,]+)")
_LATIN = re.compile(r"[a-z]+")
# Latin letters, full-width ones too ("ＳＯＭＳＲＩ"), which the clean-up reads as Latin.
_LATIN_WORD = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]+(?:\u200b+[A-Za-z]+)*")
# Digits typed for the Latin letters they look like ("B00nma" for Boonma), inside a Latin word.
_LOOK_ALIKE_DIGITS = "0134578"
_DIGIT_LETTERS = str.maketrans(_LOOK_ALIKE_DIGITS, "oieastb")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_INVISIBLE = "\u200b"
# A name's letter not sounded, with no silencer to say so: "ติ" after a final ("เกียรติ" is
# เกียด, "ชาติ" is ชาด, "สมบัติ" is สมบัด) and the r before it ("เกียรติ").
_UNMARKED_SILENT = re.compile(
    "(?<=[\u0e31\u0e32\u0e22])\u0e23?[\u0e15\u0e18][\u0e34\u0e38](?=\\s|$)"
)
# A dotted abbreviation of a rank or post before a name ("ส.อ.สมศักดิ์", "พ.ต.อ.สมชาย").
_DOTTED_RANK = re.compile(r"^(?:[\u0e01-\u0e2e]\.\s?){2,4}(?=[\u0e01-\u0e2e])")
# Letters of a name part's sound key ("rakdi"): a shorter one is too likely an everyday word.
_SOUNDED_PART = 4
# A name in Latin letters is looked for in Thai words up to this many long ("สม", "หญิง").
_SOUNDED_WORDS = 6
# Ways a run of such words is read at most (a word read by sound and by look: `by_sound`).
_READINGS = 32
# An h after a vowel, which Thai letters for a Latin name leave unsounded ("John", "จอห์น").
_VOWEL_H = re.compile(r"(?<=[aeiou])h")
# Greek's Iota, capital and small, with and without its accent (`_sounded_words`).
_IOTA = frozenset("\u0399\u03b9\u038a\u03af")
# The t a Latin name's th is keyed as, closing a syllable: Korean writes and says it s.
_TH_AS_S = re.compile(r"(?<=[aeiou])t(?=[^aeiouh]|$)")
# An English a before a consonant, which Thai writes แอ ("แกรี่" Gary, "แซม" Sam, "แจ็ค" Jack).
_ENGLISH_A = re.compile(r"(?<![ae])a(?=[^aeiouy])")
# An English name's closing s (or es) after a consonant, which Thai letters write silenced,
# ส์ ("โจนส์" for Jones).
_SILENT_S = re.compile(r"(?<=[^aeious])e?s$")
# A letter typed twice where a name is cut ("Vut-tichai": vut + ticai, read vutticai).
_ONCE = re.compile(r"(.)\1+")
# Thais also write ว as V in Latin letters ("Vuttichai" for วุฒิชัย, "Vichai" for วิชัย).
_W_AS_V = re.compile(r"w(?=[aeiou])")
# Thai writes a foreign name's s before another consonant with a vowel unwritten, which RTGS
# reads "sa" ("สมิท" samit for Smith, "สตีฟ" satip for Steve).
_CLUSTER_A = re.compile(r"^s(?=[^aeiouyhr])")
# A y before i, a w before u: Korean and Japanese have no such syllable, and write the i or
# u alone ("솜잉" for สมหญิง, "우티차이" for วุฒิชัย); a Latin spelling by ear may too ("Soming").
_GLIDE_UNSAID = re.compile(r"(?<![aeiou])(?:y(?=i)|w(?=u))")
# What may stand between the words of one name ("Somying Rakdee", "Somying-Rakdee").
_BETWEEN_NAME_WORDS = re.compile(rf"[\s.\-{by_sound.BETWEEN}]*")
# Khmer letters (Buriram has Northern Khmer speakers) read as the Thai letters they became:
# Thai's alphabet is Khmer's, letter for letter ("សមឆាយ" is "สมฉาย", one sound with "สมชาย").
# The sign that puts a consonant under another (coeng) and the register and vowel-length
# signs add nothing to the key.
_KHMER_CONSONANTS = "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវឝឞសហឡអ"
_KHMER = dict(
    zip(
        _KHMER_CONSONANTS,
        "กขคฆงจฉชฌญดฐฑฒณตถทธนบผพภมยรลวศษสหฬอ",
        strict=True,
    )
)
_KHMER |= {
    "ា": "า",
    "ិ": "ิ",
    "ី": "ี",
    "ឹ": "ึ",
    "ឺ": "ื",
    "ុ": "ุ",
    "ូ": "ู",
    "ួ": "ัว",
    "ំ": "ม",  # a final m ("សំ" is "สม"); after ា it is Thai's ำ (`_keyed`)
    "ះ": "ะ",
    "៍": "์",
    "័": "ั",
    "ឥ": "อิ",
    "ឦ": "อี",
    "ឧ": "อุ",
    "ឩ": "อู",
    "ឯ": "แอ",
    "ឱ": "โอ",
}
# Khmer vowels written after their consonant that Thai writes (in part) before it: the part
# before, then the part after.
_KHMER_BEFORE = {
    "ើ": ("เ", "ิ"),
    "ឿ": ("เ", "ือ"),
    "ៀ": ("เ", "ีย"),
    "េ": ("เ", ""),
    "ែ": ("แ", ""),
    "ៃ": ("ไ", ""),
    "ោ": ("โ", ""),
    "ៅ": ("เ", "า"),
}
_KHMER_BLOCK = range(0x1780, 0x1800)
_KHMER_COENG = "\u17d2"
_KHMER_NIKAHIT, _KHMER_AA = "\u17c6", "\u17b6"
# The register signs: "ប៉" is the p Thai writes ป ("ប៉ា", ป้า), and a consonant with one before a
# final one carries the vowel Thai writes อ ("ន៉យ" is "น้อย").
_KHMER_REGISTER = "\u17c9\u17ca"
# A name that is also an everyday word ("น้อย", "ใจดี", "หน่อย") or the short of one ("พงษ์" of
# "สมพงษ์") is the person only where it is said of a person: after a title, a word of address
# or kinship, a familiar word or "ชื่อ" ("ป้าน้อย", "ชื่อน้อย", "อีน้อย", "กำนันสมบัติ"), asked
# ("ถามน้อย"), or before seeing, telling or standing by ("น้อยเห็น", "นิดบอกว่า", "น้อยเป็นคน
# เห็น"); elsewhere it is the word ("ไม่มากไม่น้อย", "เจ้าหน้าที่ใจดีมาก"), and masking it there
# would tell the name by its marks. "ตา" and "อา" only as words of their own ("เมตตา" is no
# grandfather), "อี" not as the vowel of "เอีย". The words around are read as `_read` gives
# them: no emoji, brackets or quotes, Lao letters as Thai.
_SAID_OF_A_PERSON_BEFORE = re.compile(
    "(?:"
    + "|".join(
        (
            lexicon.PERSON_TITLES,
            *sorted({*lexicon.VILLAGE_HEADS, *lexicon.RANK_TITLES}, key=len, reverse=True),
            # an abbreviation not the end of a longer one ("จ.ส.อ.สมพร" is no อสม. สมพร)
            *(r"(?<!\.)" + _dotted(a) for a in lexicon.RANK_ABBREVIATIONS),
            *(w for w in lexicon.RELATIVES_TH if w not in ("ตา", "อา")),
            *(w for w in lexicon.FAMILIAR_WORDS if w != "อี"),
        )
    )
    + r"|พี่|น้อง|คุณ|(?:^|(?<=[^\u0e01-\u0e4e]))(?:ตา|อา)|(?<!เ)อี|ชื่อ(?:ว่า|เล่น)?"
    # "อ." (อาจารย์) only dotted and standing alone ("ป.อ." is no title)
    + r"|(?:^|(?<=[^\u0e01-\u0e4e.]))อ\."
    # called, heard from or got in touch with ("โทรหาน้อย", "ได้ยินมาจากน้อย")
    + r"|(?<!ขอ)(?P<asked>ถาม)|(?P<reached>โทร(?:ไป)?หา|(?:ได้ยิน|ฟัง|รู้|ทราบ)(?:มา)?จาก|ติดต่อ(?:กับ)?))"
    # dots or ๆ typed on after the word ("ป้า...น้อย", "ป้าๆน้อย"; "ป้าๆ น้อยคน" is few)
    + r"(?:\s*(?:\.{2,}|…))?(?:ๆ|\s*)$"
)
# ... in Khmer letters, which have no Thai tone marks ("ប៉ាន៉យ", ป้าน้อย), without them.
_TONELESS_BEFORE = re.compile(re.sub("[\u0e47-\u0e4c]", "", _SAID_OF_A_PERSON_BEFORE.pattern))
_KHMER_LETTER = re.compile("[\u1780-\u17ff]")
# ... but "ช่าง" before an everyday word is "how" ("ช่างน้อยนัก"), and one asked a little or
# ending the question is no person ("ถามนิดนึง", "ถามหน่อยครับ", "ขอถาม…" is one's own).
_ALSO_HOW = "ช่าง"
_A_LITTLE = re.compile(r"\s*(?:นึง|หนึ่ง|หน่อย|เดียว|ๆ|ก่อน|ได้ไหม|ได้มั้ย|ครับ|ค่ะ|คะ|นะ|จ้า|$|[?!.])")
# ... and one called or got in touch with seldom is no person ("ติดต่อน้อยมาก").
_SELDOM = re.compile(r"\s*(?:มาก|ไป|ลง|เกิน|กว่า|จัง|นัก|ๆ)")
# Between the name and the verb: a pronoun typed on to the name ("น้อยเขาเห็น"), what they are
# ("น้อยข้างบ้านเห็น", "น้อย(ข้างบ้าน)เห็น" read without brackets), one said with them ("น้อยกับผม
# เห็น"), then ได้ or แอบ ("น้อยได้เห็น", "น้อยแอบถ่าย"). The verbs: seeing, knowing, telling,
# standing by, filming, recording, sending the clip, noting, meeting it, being there, and being
# threatened or hurt over it ("น้อยโดนปลัดขู่").
_SAID_OF_A_PERSON_AFTER = re.compile(
    r"(?:เขา|เค้า|แก|เธอ|ท่าน)?"
    r"\s*(?:(?:กับ|และ)\s*(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พวกเรา|ข้อย)\s*)?"
    r"\s*(?:ข้างบ้าน|"
    + "|".join(sorted(lexicon.RELATIVES_TH, key=len, reverse=True))
    + r")?\s*(?:ก็|เอง|นี่|นั่น)?\s*(?:เป็นคน|คือคน)?\s*(?:ได้|แอบ)*\s*(?:ไป|มา)?\s*"
    r"(?:เห็น|รู้|เป็นพยาน|ได้ยิน|บอก|เล่า|พูด|ยืน|นั่ง|ถ่าย|อัด(?:เสียง|คลิป|วิดีโอ|วีดีโอ)"
    r"|ส่ง(?:คลิป|รูป|ภาพ|วิดีโอ|วีดีโอ|ไฟล์|หลักฐาน)|เจอ|จด|สังเกต|แคป|บันทึก"
    r"|อยู่(?:ใน|ตรง)?(?:เหตุการณ์|ที่นั่น|ตรงนั้น)|(?:โดน|ถูก)\S{0,8}?(?:ขู่|ทำร้าย|ตบ|ตี|ด่า|ไล่)"
    r"|saw|sees|seen|told|tells|said|says|knows?|took|heard|was\s+the\s+one"
    r"|filmed|recorded|witnessed|noticed)"
)
# One saying who they are: "I" before the name ("ผมไก่ครับ", "ดิฉันน้อยนะคะ") or "เอง" after it
# opening a sentence ("ไก่เองค่ะ", not "ทำไก่เองค่ะ"), a particle or the end after.
_I_AM = re.compile(r"(?:^|(?<=[^\u0e01-\u0e4e]))(?:ผม|กระผม|ดิฉัน|ฉัน|หนู|ข้อย|เค้า)\s*$")
_ONESELF = re.compile(r"\s*เอง")
_INTRODUCED = re.compile(
    r"\s*(?:เอง)?\s*(?:นะ)?\s*(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|เด้อ|เน้อ)?\s*(?:$|[,.!])"
    r"|\s*(?:เอง)?\s*(?:นะ)?\s*(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|เด้อ|เน้อ)"
)
# The short of a first name, no everyday word, opening a sentence: the person it names when a
# sentence goes on after it ("พงษ์ไปถ่ายรูปไว้"), not the start of a longer name ("พงษ์ศรี").
_OPENS_A_SENTENCE = re.compile(r"(?:^|\s)$")
_SENTENCE_GOES_ON = re.compile(
    r"\s*(?:$|[^\u0e01-\u0e4e\s]|ก็|เป็น|ได้|จะ|ยัง|เคย|ไม่|บ่|อยู่|ว่า|เอง|เขา|ไป|มา)"
)
# Latin words of address before a name written in Latin letters ("ai Pong", "khun Noi").
_LATIN_ADDRESS = re.compile(r"(?:^|(?<=[^a-z]))(?:" + "|".join(lexicon.LATIN_TITLES) + r")\.?\s*$")
# What joins two names said together ("สมชายกับน้อย", "บุญมีและนิด", "Somchai and Noi").
_JOINED = re.compile(r"\s*(?:กับ|และ|แล้วก็|,|and|&)\s*")
# A letter not sounded, with its vowel ("ษ์" of "พงษ์", "ดิ์" of "ศักดิ์").
_SILENT = re.compile("[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c")
# Read around a name: this many letters either side.
_AROUND = 60
# A name's first word right after its title or a short word of address ("นางหน่อย", "ป้านิด"):
# there a stop word is the person's nickname.
_FIRST_AFTER_TITLE = re.compile(
    rf"^(?:(?:{lexicon.PERSON_TITLES}|{_RANKS})\s?|(?:พี่|น้อง|คุณ|ป้า|ลุง|น้า|ยาย|ปู่|ย่า)\s?)([^\s]+)"
)
# How often a word is written (Thai Textbook Corpus, PyThaiNLP's) for it to be an everyday word.
_EVERYDAY = 100
#: The ticket's fields a citizen types in their own words. Each leaves for a reviewer or an
#: agency (the ticket page, the export, the LINE card, the letter) only as `typed_words` gives
#: it: a name typed in any of them is marked as in the story.
TYPED = (
    "agency",
    "official",
    "place_text",
    "occurred_text",
    "description",
    "reported_to",
    "reported_reference",
)


def story_behalf_name(story: str | None) -> str | None:
    """The name of the one filed for, given in the story beside "แจ้งแทนพ่อ" ("แจ้งแทนพ่อค่ะ
    (นายสมบัติ ดีงาม)", "พ่อชื่อสมบัติ ทองมา") or in brackets opening it, or None (read only
    where the complaint is filed for someone)."""
    said = story or ""
    found = (
        _FILED_FOR_NAMED.search(said) or _OPENING_NAME.search(said) or _RELATIVE_NAMED.search(said)
    )
    name = found and found.groupdict().get("name")
    return name.strip() if name else None


# One's own name told in the story ("ดิฉันชื่อกมลวรรณ ใจดี", "ข้อยชื่อบุญมี", "ชื่อสมศรี นะคะ"
# opening it, "my name is Somchai"): said by the teller of themself, so not "เค้า/เราชื่อ", which
# may be someone else (`value_kit.OWN_NAME` reads those at the name question).
_SELF_INTRODUCED = re.compile(
    r"(?:(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|ข้อย|กระผม)\s*(?:ชื่อ|คือ)|^\s*(?:สวัสดี\S*\s*)?ชื่อ(?:จริง)?)"
    rf"\s*(?:{TITLE}\s*(?=[ก-๙]))?(?P<th>[ก-๙]{{2,}}(?:\s+[ก-๙]{{2,}})?)"
    r"|(?i:\bmy\s+name\s+is)\s+(?P<en>[A-Za-z]+(?:\s+[A-Z][a-z]+)?)"
)


def self_introduced(story: str | None) -> str | None:
    """The teller's own name as the story introduces them, or None: up to two words, cut
    where the story goes on (`lexicon.AFTER_OWN_NAME`: "กมลวรรณเป็นครู" is กมลวรรณ)."""
    found = _SELF_INTRODUCED.search(story or "")
    if not found:
        return None
    if found.group("en"):
        words = [w for w in found.group("en").split() if w.lower() not in lexicon.NOT_NAMES_EN]
        words = words[
            : next((i for i, w in enumerate(words) if _english_function_word(w.lower())), 2)
        ]
        return " ".join(words) or None
    kept: list[str] = []
    for word in found.group("th").split():
        tokens = word_tokenize(word, keep_whitespace=False)
        cut = next((i for i, t in enumerate(tokens) if t in lexicon.AFTER_OWN_NAME), len(tokens))
        if tokens[:cut]:
            kept.append("".join(tokens[:cut]))
        if cut < len(tokens) or not tokens[:cut]:
            break
    return " ".join(kept) or None


# The teller's own post with where it is ("ดิฉันเป็นครูโรงเรียนบ้านหนองบัว", "ผมทำงานที่ รพ.สต.
# บ้านโคก"): in an anonymous story it points to who they are. A bare post ("เป็น อสม.") is left:
# it is every such worker's, and the story's other mentions of it must stay readable.
_SELF_DESCRIBED = re.compile(
    r"(?:ดิฉัน|ผม|ฉัน|หนู|ข้าพเจ้า|กระผม|ข้อย)\s*(?:เป็น|ทำงาน(?:เป็น|ที่|อยู่)?)\s*"
    r"(?P<what>\S*(?:โรงเรียน|โรงพยาบาล|รพ\.?\s?สต\.?|อบต\.?|เทศบาล|สถานี|ร้าน|บ้าน)\S+)"
)


def self_described(story: str | None) -> str | None:
    """The teller's own post and workplace as the story tells it, or None."""
    found = _SELF_DESCRIBED.search(story or "")
    return strip_particles(found["what"]).strip() if found else None


def kept_anonymous(ticket) -> list[tuple[str, str]]:
    """(words, whose) of an anonymous ticket's story that tell the teller's own name: masked
    for everyone who reads it, chairs with the identity opened too (there is no identity to
    open); the story itself is kept as told."""
    if not getattr(ticket, "anonymous", False):
        return []
    name = self_introduced(getattr(ticket, "description", None))
    return [(name, COMPLAINANT)] if name and not is_empty(name) else []


def hidden_words(vault, ticket: Ticket) -> list[tuple[str, str]]:
    """(words, whose) of what a reviewer must not read in the complaint's words: the
    complainant's own name and the affected person's (sealed with the identity), the name of
    the one filed for given in the story, the sealed witnesses' names and the complainant's
    sealed phone."""

    def opened(field: str) -> str:
        sealed = getattr(ticket, field, None)  # a letter's preview passes a plain record
        return (vault.decrypt(sealed) or "") if sealed and vault is not None else ""

    found = [(opened("complainant_name_enc"), COMPLAINANT), *kept_anonymous(ticket)]
    if getattr(ticket, "anonymous", False):  # who they are, told of themself: not for reviewers
        found.append((self_described(getattr(ticket, "description", None)) or "", OWN_POST))
    found.append((opened("affected_name_enc"), AFFECTED))
    if getattr(ticket, "behalf_of_enc", None):
        found.append((story_behalf_name(ticket.description) or "", AFFECTED))
    witnesses = opened("witnesses_enc") or getattr(ticket, "witnesses", None) or ""
    kin = kin_witnesses(ticket, witnesses)
    found += kin + [
        (name, WITNESS) for _, name in _witness_names(witnesses) if (name, COMPLAINANT) not in kin
    ]
    phone = re.sub(r"\D", "", opened("complainant_phone_enc"))
    if len(phone) >= 9:
        found += [(phone, PHONE)] + ([("66" + phone[1:], PHONE)] if phone[0] == "0" else [])
    return [(name.strip(), whose) for name, whose in found if name and not is_empty(name)]


def _witness_names(witnesses: str) -> list[tuple[str, str]]:
    """(part, name) of each name the witness answer gives, part by part; a role or a group
    ("อสม.คนอื่นก็รู้") and not knowing give none."""
    cased = _cased(witnesses)
    return [
        (part, _names_in(name, cased))
        for part in _WITNESS_SPLIT.split(witnesses)
        if part
        for name in (
            _RELATION_AFTER.sub("", _ASIDE.sub("", said).strip())
            for said in _said_around(_without_places(part))
        )
        if not is_dont_know(name) and not names_no_one(name)  # "อสม.คนอื่นก็รู้": a role, no name
    ]


_KIN_OF_TELLER = re.compile(lexicon.KIN_OF_TELLER, re.I)


def kin_witnesses(ticket, witnesses: str | None = None) -> list[tuple[str, str]]:
    """(name, COMPLAINANT) of each witness an anonymous teller names as their own kin ("เมียผม
    ชื่อสมศรี", "ยายบุญมี ศรีสุข", "my wife Malee"): the name points to the teller, so it is
    masked like their own, for every reviewer, the chair too; the kin word alone is no name.
    `witnesses` as unsealed (else the ticket's plain field); none for a named teller."""
    if not getattr(ticket, "anonymous", False):
        return []
    said = witnesses if witnesses is not None else getattr(ticket, "witnesses", None) or ""
    return [
        (name, COMPLAINANT)
        for part, name in _witness_names(said)
        if _KIN_OF_TELLER.match(part) and not _only_kin(name)
    ]


def _only_kin(name: str) -> bool:
    """The kin word alone, perhaps with "mine" ("เมียผม"): no name."""
    kin = _KIN_OF_TELLER.match(name)
    return bool(kin) and not _MINE.sub("", name[kin.end() :]).strip()


_MINE = re.compile(r"ของ|ผม|ฉัน|ดิฉัน|หนู|ข้อย|กระผม|เรา|\bmine\b", re.I)


# "ชื่อ" said inside a witness part ("เพื่อนวินชื่อเอก", "ผู้ใหญ่บ้าน … ชื่อ Mr. Prasert"): the
# words before it say who the witness is, the name follows it.
_NAMED_IN_PART = re.compile(r"^(?P<before>.*?\S)\s*ชื่อ(?:ว่า|เล่น|จริง)?\s*(?P<name>\S.*)$")


def _said_around(part: str) -> list[str]:
    """A witness part as the names to look for: where it says "ชื่อ" after words telling who
    the witness is ("เพื่อนวินชื่อเอก": a motorbike-taxi friend named Ek), the name after it,
    and the words before only when one of them may be a name (`_may_name`); when in doubt,
    the part whole."""
    found = _NAMED_IN_PART.match(part.strip())
    if not found:
        return [part]
    before = found.group("before")
    return [found.group("name")] + ([before] if _may_name(before) else [])


def _may_name(words: str) -> bool:
    """Whether words said of a witness before "ชื่อ" hold a word that may be a name: a Thai
    word no word list has (once a title, post or word of kinship is taken off) that is no
    description of plain words begun by what one does or where one belongs (`DESCRIBED_BY`:
    "คนขายข้าวแกง", "ชาวบ้านหนองแวง"), or a Latin one written with a capital that is no title,
    plain word or place word."""
    for typed in words.split():
        bare = typed.strip(_AROUND_A_WORD)
        if not has_thai(bare):
            low = bare.lower()
            if bare[:1].isupper() and low not in place_words_latin()[1]:
                if not (_english_function_word(low) or low in lexicon.NOT_NAMES_EN):
                    return True
            continue
        if _described(strip_particles(clean(bare)).strip()):
            continue
        for form in _forms(bare):
            plain = strip_particles(clean(form)).strip()
            if (
                _letters(form) < _NAME_PART
                or plain in _thai_words()
                or _may_be_a_name(form) is None
                or _described(plain)
            ):
                continue
            return True
    return False


def _described(word: str) -> bool:
    """ "คนขายข้าวแกง", "วินหน้าตลาด": who one is by what one does or where one belongs, every
    word of it in the word list."""
    cut = word_tokenize(word, keep_whitespace=False)
    if all(w in lexicon.NAME_FRAME_WORDS or w in _stop_words() for w in cut):
        return True  # "ก็เห็น": said around a name
    return (
        len(cut) > 1
        and word.startswith(lexicon.DESCRIBED_BY)
        and all(w in _thai_words() and not _TITLE.fullmatch(w) for w in cut)
    )


# Where a run of place words in Latin letters is surely a place: led by a word of villages and
# local government ("Ban Nong Waeng", "Tambon Non Suwan"), or after an agency or "from", "at"
# ("SAO Nong Ki", "from Nong Ki").
_PLACE_LEADS = frozenset({"ban", "muban", "mu", "moo", "tambon", "amphoe", "amphur", "changwat"})
_BEFORE_PLACES = frozenset({"sao", "tao", "pao", "obt", "from", "at", "in", "near", "village"})
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:[ \-]+[A-Za-z]+)*")
_LATIN_WORD_AT = re.compile(r"[A-Za-z]+")


def _latin_places(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, sure) of each Thai place name written in Latin letters in `text`: two or
    more capitalised RTGS words of place names (`places.place_words_latin`), the first a word
    that begins many of them ("Ban Nong Waeng", "Huai Rat"), or after a word that leads places;
    `sure` when so led (`_PLACE_LEADS`, `_BEFORE_PLACES`), else the place only where it is not
    said of a person ("Nong Noi saw it")."""
    heads, words = place_words_latin()
    found: list[tuple[int, int, bool]] = []
    for run in _LATIN_RUN.finditer(text):
        tokens = list(_LATIN_WORD_AT.finditer(run.group()))
        at = 0
        while at < len(tokens):
            word = tokens[at].group()
            low = word.lower()
            before = tokens[at - 1].group().lower() if at else _latin_word_before(text, run.start())
            led = low in _PLACE_LEADS or before in _BEFORE_PLACES
            kin = low in lexicon.LATIN_TITLES or low in lexicon.RELATIVES_EN
            if not word[:1].isupper() or not (led or (low in heads and not kin)):
                at += 1
                continue
            last = at
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].group()[:1].isupper()
                and tokens[last + 1].group().lower() in words
            ):
                last += 1
            if last > at or (before in _BEFORE_PLACES and low in words):
                start, end = run.start() + tokens[at].start(), run.start() + tokens[last].end()
                found.append((start, end, led))
            at = last + 1
    return found


def _latin_word_before(text: str, start: int) -> str:
    """The Latin word just before `start` (spaces between), lower-case, or ""."""
    before = re.search(r"([A-Za-z]+)[\s.]*$", text[:start])
    return before.group(1).lower() if before else ""


def _without_places(part: str) -> str:
    """A witness part without the places it names surely in Latin letters ("ผู้ใหญ่บ้าน Ban
    Nong Waeng ก็เห็น"): the village is no name of the witness."""
    for start, end, sure in reversed(_latin_places(part)):
        if sure:
            part = part[:start] + " " + part[end:]
    return part


def _in_a_latin_place(text: str, start: int, end: int, places) -> bool:
    """Whether `start`:`end` lies inside a place written in Latin letters (`_latin_places`),
    one not surely a place only where it is not said of a person."""
    return any(
        s <= start and end <= e and (sure or not _said_of_a_person(text, s, e))
        for s, e, sure in places
    )


# What is cut off a Latin word when it is read ("Nok,", "(Aom)", "Mr.").
_AROUND_A_WORD = ".,;:!?'\"()"


def _cased(said: str) -> bool:
    """Whether `said` is typed with capitals where English puts them (some letters capital,
    most not): then a Latin word written small is no name."""
    latin = _LATIN_WORD.findall(said)
    return any(w[:1].isupper() for w in latin) and any(w.islower() for w in latin)


def _names_in(part: str, cased: bool) -> str:
    """The words of a witness part in Latin letters that may be a person's name: after a title
    or "named" ("Kru Nok"), or written with a capital, not a common word (one opening the
    sentence), a post, a people's or a plain people word ("Two Thai teachers saw the receipts"
    has none); the title kept with its name. A part with Thai in it, or typed without
    capitals (nothing then tells a name from a word), is kept whole: when in doubt, masked."""
    if not cased or has_thai(part) or not _LATIN_WORD.search(part):
        return part
    kept: list[str] = []
    titled = False
    for word in part.split():
        bare = word.strip(_AROUND_A_WORD)
        low = bare.lower()
        if not bare:
            continue
        if low in lexicon.LATIN_TITLES:
            kept.append(word)
            titled = True
            continue
        plain = (
            _english_function_word(low)
            or low in lexicon.NOT_NAMES_EN
            or low.removesuffix("s") in lexicon.NOT_NAMES_EN
            or low.removesuffix("s") in _ENGLISH_OFFICIALS
        )
        if titled or (bare[:1].isupper() and not plain):
            kept.append(word)
        titled = False
    if kept and kept[-1].strip(_AROUND_A_WORD).lower() in lexicon.LATIN_TITLES:
        kept.pop()  # a title with no name after it names no one
    return " ".join(kept)


# Posts said in English ("director", "headman"): a role, no name.
_ENGLISH_OFFICIALS = frozenset(w for w in lexicon.OFFICIALS if w.isascii() and " " not in w)


def for_reviewers(vault, ticket: Ticket, text: str | None, marks: dict[str, str] | None = None):
    """The complaint's words as they leave for a reviewer or an agency: the hidden words
    (`hidden_words`) marked; `PLACEHOLDERS` unless the caller has the catalogue's marks."""
    return masked(text, hidden_words(vault, ticket), marks or PLACEHOLDERS)


def typed_words(
    ticket, names: list[tuple[str, str]], marks: dict[str, str], fields: tuple[str, ...] = TYPED
) -> dict[str, str]:
    """Each field of `TYPED` (or only `fields` of them) with `names` (`hidden_words`, or none
    for who may see them) marked."""
    return {field: masked(getattr(ticket, field, None), names, marks) for field in fields}


def typed_for_reviewers(vault, ticket: Ticket, marks: dict[str, str] | None = None):
    """Each field of `TYPED` as it leaves for a reviewer or an agency (`for_reviewers`)."""
    return typed_words(ticket, hidden_words(vault, ticket), marks or PLACEHOLDERS)


def fill_marks(text, mark_of) -> str:
    """`text` with each placeholder mark (`PLACEHOLDERS`) as `mark_of(whose)` says it."""
    if not isinstance(text, str) or "\u27e6" not in text:
        return text
    return _PLACEHOLDER.sub(lambda m: mark_of(m.group(1)), text)


def _folded(text: str) -> str:
    """`text` letter for letter with a letter drawn like a Latin one read as it
    (`_latin_look_alike`: "Вооnma", "𝐁𝐨𝐨𝐧𝐦𝐚"), Latin accents dropped ("Sòmsrī" → Somsri), a
    short run of digits typed for the Latin letters they look like read as them ("B00nma" →
    Boonma, "Th0ngd33"), and a digit inside a Thai word ("สม๒ศรี") or a lone accent read as
    nothing: as long as `text`, so a place in one is the same place in the other."""
    out = []
    spelt = _digits_spelt_out(text)
    for index, letter in enumerate(text):
        if "\u0300" <= letter <= "\u036f":  # an accent typed apart from its letter
            out.append(_INVISIBLE)
            continue
        kind = unicodedata.category(letter)
        if not letter.isascii() and ord(letter) not in _OWN_SCRIPTS:
            latin = _latin_look_alike(letter)
            if latin:  # "Вооnma", "𝐁𝐨𝐨𝐧𝐦𝐚", "ⓑⓞⓞⓝⓜⓐ", "Ｂｏｏｎｍａ": Boonma
                out.append(latin)
                continue
        if kind.startswith("L") and not letter.isascii() and ord(letter) not in _SCRIPTS_KEYED:
            # "Sòmsrī", "Ṡomsri" (Latin Extended Additional): the letter without its marks
            base = "".join(c for c in unicodedata.normalize("NFKD", letter) if c.isascii())
            out.append(base if len(base) == 1 else letter)
            continue
        if letter == "(" and text[index + 1 : index + 2] == ")" and _beside_latin(text, index):
            out.append("o")  # "Th()ngdee": brackets drawn as an o
            continue
        if letter == ")" and text[index - 1 : index] == "(" and _beside_latin(text, index - 1):
            out.append(_INVISIBLE)
            continue
        if (
            kind == "Nd"
            and letter.isascii()
            and (index in spelt or _digits_for_letters(text, index))
        ):
            out.append(letter.translate(_DIGIT_LETTERS))
            continue
        if kind == "Nd":
            before, after = text[index - 1 : index], text[index + 1 : index + 2]
            if _LATIN_LETTER.match(before or " ") or _LATIN_LETTER.match(after or " "):
                out.append(letter)  # a number beside a word ("Tel0812345678"), or no ASCII
                continue
            if _THAI_LETTER.match(before or " ") and _THAI_LETTER.match(after or " "):
                out.append(_INVISIBLE)
                continue
        out.append(letter)
    return "".join(out)


# Thai, Lao and Khmer letters are read by the key (`_as_thai`), never folded to Latin.
_OWN_SCRIPTS = range(0x0E00, 0x0F00)
_KHMER_OWN = range(0x1780, 0x1800)
_SCRIPTS_KEYED = {*_OWN_SCRIPTS, *_KHMER_OWN}
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
# A short run of digits inside or at the edge of a Latin word ("Th0ngd33", "M4l33"): letters.
_DIGIT_RUN = 3


@lru_cache(maxsize=4096)
def _latin_look_alike(letter: str) -> str:
    """The one Latin letter a character is drawn as, in its case, or "": NFKC (mathematical,
    circled, full-width letters) and then Unicode's confusables (`lookalikes.LOOKALIKES`:
    Cyrillic, Greek), the clean-up's own two steps, kept to one letter so a place in the
    folded text is the same place in the typed one."""
    if ord(letter) in _KHMER_OWN:
        return ""
    if ord(letter) in _REGIONAL_INDICATORS:  # "🇧🇴🇴🇳🇲🇦": the flags' letters
        return chr(ord("A") + ord(letter) - _REGIONAL_INDICATORS.start)
    read = unicodedata.normalize("NFKC", letter).translate(LOOKALIKES).translate(NAME_LOOKALIKES)
    if len(read) == 3 and read[0] + read[2] == "()":  # "⒝⒪⒪⒩⒨⒜": a letter in brackets
        read = read[1]
    return read if len(read) == 1 and read.isascii() and read.isalpha() else ""


# A word spelt out letter by letter with digits for some letters ("R 4 k d 3 3"): single
# letters or look-alike digits, one or two spaces, dots or dashes between them.
_SPELT_WITH_DIGITS = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z{_LOOK_ALIKE_DIGITS}]"
    rf"(?:[ .\-_]{{1,2}}[A-Za-z{_LOOK_ALIKE_DIGITS}](?![A-Za-z0-9])){{2,}}"
)


def _digits_spelt_out(text: str) -> set[int]:
    """Where in `text` a digit stands for a letter of a word spelt out ("R 4 k d 3 3"): two
    letters or more in the run, and no more digits than letters, else it is a number."""
    found: set[int] = set()
    for run in _SPELT_WITH_DIGITS.finditer(text):
        digits = [run.start() + i for i, c in enumerate(run.group()) if c.isdigit()]
        letters = sum(c.isalpha() for c in run.group())
        if digits and letters >= 2 and len(digits) <= letters:
            found.update(digits)
    return found


def _beside_latin(text: str, index: int) -> bool:
    """Whether the "()" at `index` touches a Latin letter on either side ("Th()ngdee")."""
    edges = (text[index - 1 : index], text[index + 2 : index + 3])
    return any(e and (_LATIN_LETTER.match(e) or _latin_look_alike(e)) for e in edges)


def _digits_for_letters(text: str, index: int) -> bool:
    """Whether the ASCII digit at `index` is one of a short run of look-alike digits
    (`_DIGIT_LETTERS`) touching a Latin letter ("d33" of "Th0ngd33"); a longer run is a
    number ("Tel0812345678")."""
    start = index
    while start > 0 and text[start - 1].isascii() and text[start - 1].isdigit():
        start -= 1
    end = index + 1
    while end < len(text) and text[end].isascii() and text[end].isdigit():
        end += 1
    run = text[start:end]
    if len(run) > _DIGIT_RUN or any(d not in _LOOK_ALIKE_DIGITS for d in run):
        return False
    if "8" in run and len(run) > 1:
        return False  # "8oonma" is Boonma, "O81" a number's start
    edges = (text[start - 1 : start], text[end : end + 1])
    return any(e and (_LATIN_LETTER.match(e) or _latin_look_alike(e)) for e in edges)


def _keyed(
    text: str, finals: bool = True, kept_r: bool = False, again: dict[int, int] | None = None
) -> tuple[str, list[int]]:
    """The comparison key of `text` (the project's clean-up, letter by letter, without spaces,
    invisible characters, cuts, emoji and other marks that are no letters (`_filler`) or tone
    marks, Khmer letters as the Thai ones, letters of one sound as one, a word's last consonant
    by its sound unless `finals` is off, the silent r after s dropped unless `kept_r`) and, for
    each of its letters, where it came from; `again`, when given, gets for a letter typed twice
    where its second came from ("เล่นน้อย": the second น may begin a word)."""
    key: list[str] = []
    where: list[int] = []
    syllable = 0  # where in the key the last Khmer consonant cluster begins
    for index, letter in enumerate(text):
        if letter in _UNKEYED or _filler(letter):
            continue
        before, letters = _KHMER_BEFORE.get(letter, ("", None))
        if before:  # a Khmer vowel that Thai writes before the consonant
            if syllable < len(key):
                key.insert(syllable, before)
                where.insert(syllable, where[syllable])
            else:
                key.append(before)
                where.append(index)
        elif letter in _KHMER_CONSONANTS and text[index - 1 : index] != _KHMER_COENG:
            syllable = len(key)  # a Khmer consonant not under another begins a cluster
        if letter == _KHMER_NIKAHIT and text[index - 1 : index] == _KHMER_AA:
            letters = ""  # "ាំ" is Thai's "ำ", whose key is "า"
        if letter in _KHMER_REGISTER and key:
            if text[index - 1 : index] == "ប" and key[-1] == "บ":
                key[-1] = "ป"
            if text[index + 1 : index + 2] and text[index + 1] in _KHMER_CONSONANTS:
                letters = "อ"
        for out in letters if letters is not None else _as_thai(letter):
            if out in _TONES:
                continue
            out = out.translate(_SOUND_ALIKE)
            if letter == "ญ" and _THAI_CONSONANT.match(_next_letter(text, index) or "ก"):
                out = "น"  # "บุญมา" as "บุนมา": a ญ ending a syllable sounds n
            elif finals and _ends_a_word(text, index):
                out = out.translate(_FINAL_SOUND)
            if out == "\u0e31" and _LAO_E_BEFORE.search("".join(key[-3:])):
                continue  # Lao's short e ("ເຫັນ", "ເພັນ"): Thai's mai taikhu, a tone mark here
            if out == "เ" and key and key[-1] == "เ" and where[-1] == index - 1:
                key[-1] = "แ"  # two sara e typed for sara ae
                continue
            if key and key[-1] == out and _THAI_LETTER.match(out) and text[where[-1]] == letter:
                if again is not None:
                    again[len(key) - 1] = index
                continue  # a letter typed twice (not two of one sound: "คุณน้อย")
            if out == "ร" and key and key[-1] == "ส" and not kept_r:
                continue  # the silent r of "ศรี", "สร้อย" (Lao writes "ສີ", one says "สี")
            key.append(out)
            where.append(index)
    return "".join(key), where


def _next_letter(text: str, index: int) -> str:
    """The next character after `index` that is in the key: past an emoji, a symbol or a cut
    inside the word ("บุญ🙏มา", "บุญ_มา"), and past spaces when the letter at `index` stands
    alone, the name spelt out letter by letter ("บ ุ ญ ม า", "บุ ญ มา")."""
    alone = index == 0 or text[index - 1] in _UNKEYED or _filler(text[index - 1])
    after = index + 1
    while after < len(text) and (
        _filler(text[after]) or text[after] in _UNKEYED and (alone or not text[after].isspace())
    ):
        after += 1
    return text[after : after + 1]


# A page masks a dozen texts with the same names: each name's keys are remembered.
@lru_cache(maxsize=1024)
def _key(words: str, finals: bool = True, kept_r: bool = False) -> str:
    """The comparison key of a name or a part of one (`_keyed`)."""
    return _keyed(words, finals, kept_r)[0]


def _letters(words: str) -> int:
    """How many letters a name or part of one has to be told from a word: its key's length,
    every letter written counted."""
    return len(_key(words, kept_r=True))


@lru_cache(maxsize=4096)
def _as_thai(letter: str) -> str:
    """One letter as the clean-up reads it, a Khmer one as the Thai letters it became."""
    if ord(letter) in _KHMER_BLOCK:
        return _KHMER.get(letter) or "".join(_KHMER_BEFORE.get(letter, ""))
    if letter in LAO_OWN:  # "ຫຼ" is หล
        return LAO_OWN[letter]
    return clean(letter).replace(" ", "")


@lru_cache(maxsize=4096)
def _filler(letter: str) -> bool:
    """Whether a character is no letter, digit or space a name is written with: an emoji, a
    symbol, a bracket, a quote, a variation selector ("สม😀ศรี", "ป้า'น้อย'" say the name)."""
    kind = unicodedata.category(letter)
    return (
        kind in ("So", "Sk", "Sm", "Ps", "Pe", "Pi", "Pf")
        or letter in "'\"`"
        or ("\ufe00" <= letter <= "\ufe0f")
    )


def _unread(letter: str) -> bool:
    """Whether a character is left out when the words around a name are read (a dot stays:
    it ends an abbreviation)."""
    return letter != "." and (letter in _UNKEYED or _filler(letter))


def _read(text: str) -> str:
    """The words around a name as they are read: letter by letter as the clean-up reads it
    (Lao letters as Thai, full-width as Latin, lower-case), without what is in no name's key
    (emoji, brackets, quotes, cuts, invisible characters), any run of spaces one space."""
    text = text.replace("ប" + _KHMER_REGISTER[0], "ป")  # "ប៉ា" is ป้า (Khmer has no tone marks)
    letters = (
        " " if letter.isspace() else "" if _unread(letter) else _as_thai(letter) for letter in text
    )
    return _LAO_SHORT_E.sub("\\1\u0e47", re.sub(r"\s+", " ", "".join(letters)))


def _ends_a_word(text: str, index: int) -> bool:
    """Whether the letter at `index` is the last sounded one of a Thai word (marks after it)."""
    after = index + 1
    while after < len(text) and (
        (read := _as_thai(text[after])) in _TONES
        or not read  # invisible, or a mark the clean-up drops
        or (text[after] in _UNKEYED and not text[after].isspace())
        or _filler(text[after])
    ):
        after += 1
    return after == len(text) or not _THAI_LETTER.match(_as_thai(text[after])[:1] or " ")


def _marks_after(text: str, end: int) -> int:
    """`end` moved past the tone marks right after it (left out of the key, part of the name)."""
    while end < len(text) and clean(text[end]) in _TONES:
        end += 1
    return end


def _held_on(text: str, last: int, end: int) -> int:
    """`end` moved past the name's last letter (at `last`) typed on twice more or oftener
    ("น้อยยย", one key letter: `_keyed`); once more may begin the next word ("น้อยยอม")."""
    after = end
    while after < len(text) and text[after] == text[last]:
        after += 1
    return after if after - end >= 2 else end


def _as_it_sounds(words: str) -> str | None:
    """A name's word as it sounds, its silent letters left out ("สมศักดิ์" → สมศัก, "ประสิทธิ์" →
    ประสิท, "สมเกียรติ" → สมเกียด), or None when it sounds as written or would be left too short
    or an everyday word (a name typed as it sounds is said of the person all the same)."""
    if " " in words.strip():
        return None
    heard = _UNMARKED_SILENT.sub("ด", _SILENT.sub("", words.strip()))
    if heard == words.strip() or _letters(heard) <= _NAME_PART:
        return None
    if clean(heard) in _thai_words() or _everyday(heard):
        return None
    return heard


# How Lao writes a Thai name, read back in Thai letters (`lookalikes`: Lao at the Thai code
# points): Thai's r as ຮ (ร → ฮ: "ຮັກດີ" for รักดี) or ລ ("ອະລຸນ" for อรุณ), or dropped after a
# consonant ("ປະເສີດ" for ประเสริฐ); no ห before a sonorant, which only carries the tone
# ("ສົມຍິງ" for สมหญิง); "ua" without its mai han-akat ("ຕົວ", ตว); the vowel of "เสริฐ" long
# ("ເສີດ"); and "ia" as ย alone ("ເສຍ") or without its เ in a closed syllable ("ກຽດ").
_LAO_R = ("ร", "ฮ", "ล")
_LAO_CLUSTER_R = re.compile("(?<=[ก-ฮ])ร(?=[ะ-ฺเ-ไ])")
_LAO_LEADING_H = re.compile("ห(?=[งญนมยรลว])")
_LAO_RESPELT = (
    (re.compile("\u0e31ว"), "ว"),  # ตัว: ຕົວ
    (re.compile("(เ[ก-ฮ]{1,2})\u0e34"), "\\1\u0e35"),  # เสริฐ: ເສີດ
    (re.compile("\u0e35ย(?=[\u0e48-\u0e4b]?(?:\\s|$))"), "ย"),  # เสีย: ເສຍ
    (re.compile("เ([ก-ฮ])\u0e35ย(?=[\u0e48-\u0e4b]?[ก-ฮ])"), "\\1\u0e35ย"),  # เกียด: ກຽດ
)
# Lao writes the short e of a closed syllable with mai han-akat ("ເຫັນ", read เหัน), where Thai
# writes mai taikhu ("เห็น"); Thai never writes เ◌ั.
_LAO_SHORT_E = re.compile("(เ[ก-ฮ]{1,2})\u0e31")
_LAO_E_BEFORE = re.compile("เ[ก-ฮ]{1,2}$")
_LAO_LETTER = re.compile("[\u0e81-\u0eff]")


@lru_cache(maxsize=1024)
def _lao_spellings(words: str) -> tuple[str, ...]:
    """A Thai name's words as Lao may spell them, in Thai letters (`_LAO_R`, `_LAO_RESPELT`),
    without the spelling as given: compared only with words in Lao letters, so a Thai word
    that reads alike ("หักดี") stays as typed."""
    if not has_thai(words):
        return ()
    respelt = words
    for pattern, spelt in _LAO_RESPELT:
        respelt = pattern.sub(spelt, respelt)
    found: set[str] = set()
    for base in {words, respelt}:
        for cluster in (base, _LAO_CLUSTER_R.sub("", base)):
            for toned in (cluster, _LAO_LEADING_H.sub("", cluster)):
                found.update(toned.replace("ร", r) for r in _LAO_R)
    found.discard(words)
    return tuple(sorted(found))


def _forms(name: str) -> list[str]:
    """A name as it may be written: without its title, and also without a post or rank or a
    word of address ("กำนันสมบัติ" → "สมบัติ", "ลุงสมศักดิ์ ใจดี" → "สมศักดิ์ ใจดี") when what is
    left is still a name."""
    bare = without_title(_TITLE.sub("", clean(name)))
    forms = [bare]
    ranked = (_RANK.sub("", bare), _DOTTED_RANK.sub("", bare))
    for plain in (*ranked, _TITLE.sub("", _ADDRESS.sub("", bare))):
        if plain not in forms and _letters(plain) > _NAME_PART:
            forms.append(plain)
    return forms


def _spans(text: str, names: list[tuple[str, str]], typed: str = "") -> list[tuple[int, int, str]]:
    """(start, end, whose) in `text` of each name (whole, without its title, each part of
    it, the short of its first name), compared on their keys, then of the phone and of a
    name written in another script (`_other_spans`, which reads `typed`: `text` as typed,
    before its look-alikes are folded); the longest first, a span never
    inside another. A part that is an everyday word, or a short, counts only where it is
    said of a person (`_said_of_a_person`)."""
    again: dict[int, int] = {}  # a letter typed twice: where its second came from
    key, where = _keyed(text, again=again)
    # key → (whose, whether it counts only where said of a person); anywhere wins
    # (and of which name)
    wanted: dict[str, tuple[str, bool, int]] = {}
    short: set[str] = set()  # keys of a two-letter first name: only a word of its own
    plain_shorts: set[str] = set()  # keys of the short of a first name that is no everyday word

    lao_only: set[str] = set()  # keys of a name as Lao spells it: only in Lao letters

    def want(words: str, whose: str, bound: bool, which: int) -> None:
        heard = _as_it_sounds(words)
        if heard:  # "สมศัก" for "สมศักดิ์": as bound as the name as written
            want(heard, whose, bound, which)
        for finals in (True, False):
            keyed = _key(words, finals)
            if keyed and (keyed not in wanted or wanted[keyed][1] and not bound):
                wanted[keyed] = (whose, bound, which)
                lao_only.discard(keyed)
            if keyed and _letters(words) < _NAME_PART:
                short.add(keyed)
            for spelt in _lao_spellings(words) if _letters(words) >= _NAME_PART else ():
                keyed = _key(spelt, finals)
                if keyed and keyed not in wanted:
                    wanted[keyed] = (whose, bound, which)
                    lao_only.add(keyed)

    for which, (name, whose) in enumerate(names):
        titled = _FIRST_AFTER_TITLE.match(clean(name))
        for form in _forms(name):
            # a word's last letter by its sound, and as written (a name said inside a word);
            # "หลานชายชื่อตั้ม": ตั้ม too
            words = form.split()
            named_after = _NAMED_AFTER.findall(form)
            want(form, whose, len(words) == 1 and _everyday(form), which)
            for part in words + named_after:
                first = part in named_after or (titled and part == titled.group(1))
                found = _may_be_a_name(part, first)
                if found is not None:
                    want(part, whose, found, which)
            firsts = [p for p in words[:1] + named_after if _may_be_a_name(p, True) is not None]
            for short in (short for first_name in firsts for short in _shorts(first_name)):
                want(short, whose, True, which)
                if _everyday(short):
                    continue
                plain_shorts.update(_key(short, finals) for finals in (True, False))
                # "พงษ์" as it sounds, its silent letter left out ("ພົງ", "พง"): a short all the
                # same, though of two letters
                unsilenced = _key(_SILENT.sub("", short))
                if unsilenced != _key(short) and unsilenced not in wanted:
                    wanted[unsilenced] = (whose, True, which)
                    plain_shorts.add(unsilenced)
    taken = [False] * len(key)
    spans: list[tuple[int, int]] = []
    whose_of: dict[tuple[int, int], str] = {}
    # said where it may be the word: kept unless it stands beside the rest of the name
    waiting: list[tuple[int, int, int, int, str, int]] = []

    def take(at: int, length: int, start: int, end: int, whose: str) -> None:
        taken[at : at + length] = [True] * length
        spans.append((start, end))
        whose_of[(start, end)] = whose

    def said_of_a_person(part: str, start: int, end: int) -> bool:
        plain = part in plain_shorts
        return _said_of_a_person(text, start, end, everyday=not plain) or (
            plain and _opens_a_sentence(text, start, end)
        )

    for part, (whose, bound, which) in sorted(wanted.items(), key=lambda w: -len(w[0])):
        at = key.find(part) if part else -1
        while at >= 0:
            last = where[at + len(part) - 1]
            start, end = where[at], _held_on(text, last, _marks_after(text, last + 1))
            if (
                not any(taken[at : at + len(part)])
                and not _inside_a_word(text, part, start, end)
                and (part not in lao_only or _LAO_LETTER.search(text, start, end))
                and (part not in short or _a_word_of_its_own(text, start, end))
            ):
                # "ชื่อเล่นน้อย": the name may begin at the second of a letter typed twice
                second = again.get(at)
                if second is not None and _word_across(text, start):
                    start, second = second, None  # "แฟนน้อย": the first น is แฟน's
                if _inside_a_place(text, start, end):
                    at = key.find(part, at + 1)
                    continue  # "จังหวัดอุดรธานี": the place's name, not the person's
                read_otherwise = _read_otherwise(text, part, start, end)
                if (
                    (not bound and not read_otherwise)
                    or said_of_a_person(part, start, end)
                    or _capitalised(text, part, start)
                ):
                    take(at, len(part), start, end, whose)
                elif second is not None and said_of_a_person(part, second, end):
                    take(at, len(part), second, end, whose)
                else:
                    waiting.append((at, len(part), start, end, whose, which))
            at = key.find(part, at + 1)
    beside = True
    while beside:  # "ประเสริด [ชื่อผู้ร้อง]", "ใจดี น้อย": a word beside the name is the name
        beside = False
        for at, length, start, end, whose, which in waiting:
            others = spans + [  # another word of the same name ("ใจดี น้อย")
                (s, e) for _, _, s, e, _, of in waiting if of == which and (e <= start or end <= s)
            ]
            if not any(taken[at : at + length]) and (
                any(_beside(text, (start, end), span) for span in others)
                # another name said with it ("สมชายกับน้อย", "บุญมีและนิด")
                or any(_beside(text, (start, end), span, _JOINED) for span in spans)
            ):
                take(at, length, start, end, whose)
                beside = True
    for start, end, whose in _other_spans(text, names, typed):
        overlapping = [(s, e) for s, e in spans if s < end and start < e]
        # one that holds what it overlaps whole ("Ιohn Smith" over "Smith") takes its place
        if all(start <= s and e <= end for s, e in overlapping):
            spans[:] = [span for span in spans if span not in overlapping]
            spans.append((start, end))
            whose_of[(start, end)] = whose
    found = []
    titled = _in_thai_letters(text)  # a title in Lao letters ("ນາງ") goes with the name too
    for start, end in sorted(spans):
        title = _TITLE_BEFORE.search(titled[:start])
        found.append((title.start() if title else start, end, whose_of[(start, end)]))
    return found


def _in_thai_letters(text: str) -> str:
    """`text` with each Lao letter that is one Thai letter (`lookalikes`) as that letter: as
    long as `text`, so a place in one is the same place in the other."""
    if not _LAO_LETTER.search(text):
        return text
    return "".join(_LAO_AS_THAI.get(letter, letter) for letter in text)


_LAO_AS_THAI = {
    chr(code): thai
    for code, thai in LOOKALIKES.items()
    if code in _OWN_SCRIPTS and code >= 0x0E80 and len(thai) == 1
}


def _capitalised(text: str, part: str, start: int) -> bool:
    """Whether a Latin name part is written with a capital ("Bank went", not "the bank"): then
    a word that is an English one too (`lexicon.NICKNAMES_EN`) is the name."""
    return bool(_LATIN.fullmatch(part)) and text[start : start + 1].isupper()


def _beside(
    text: str, one: tuple[int, int], other: tuple[int, int], between: re.Pattern | None = None
) -> bool:
    """Whether two spans of `text` stand side by side, only spaces between them (or what
    `between` matches whole)."""
    (start, end), (other_start, other_end) = one, other
    if other_end <= start:
        gap = text[other_end:start]
    elif end <= other_start:
        gap = text[end:other_start]
    else:
        return False
    return not gap.strip() or bool(between and between.fullmatch(_read(gap)))


def _said_of_a_person(text: str, start: int, end: int, everyday: bool = True) -> bool:
    """Whether the words at `start`:`end` are said of a person: after a title, a word of
    address or kinship, a familiar word or "ชื่อ" (not one everyday word with it: "พี่ชาย",
    "น้องสาว"), asked ("ถามน้อยได้เลย", not "ถามนิดนึง"), or before seeing, telling or standing by
    ("น้อยเห็น", "น้อยก็เห็น", "นิดบอกว่า"). A word that is not `everyday` (the short of a first
    name) is the person after "ช่าง" too."""
    after = _read(text[end : end + _AROUND])
    if _SAID_OF_A_PERSON_AFTER.match(after):
        return True
    around = max(0, start - _AROUND)
    said = _read(text[around:start])
    if _INTRODUCED.match(after) and (
        _I_AM.search(said) or (_OPENS_A_SENTENCE.search(said) and _ONESELF.match(after))
    ):
        return True  # "ผมไก่ครับ", "ไก่เองค่ะ": one says who they are
    before = (
        _SAID_OF_A_PERSON_BEFORE.search(said)
        or _LATIN_ADDRESS.search(said)
        or (_KHMER_LETTER.search(text, around, start) and _TONELESS_BEFORE.search(said))
    )
    if before is None:
        return False
    if before.groupdict().get("asked") and _A_LITTLE.match(after):
        return False
    if before.groupdict().get("reached") and _SELDOM.match(after):
        return False
    word = before.group().strip().rstrip(".…ๆ ")
    if word == _ALSO_HOW and everyday:
        return False
    together = clean(word + text[start:end])
    if together not in _thai_words():
        return True
    # "หมอน้อย", "ทิดน้อย": a post or rank with the word is a listed word the textbooks never
    # write, and a person's title and name where it is said ("ครูใหญ่" is written: the post)
    return bool(_RANK.fullmatch(word)) and _word_counts().get(together, 0) == 0


def _opens_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`:`end` open a sentence that goes on after them ("พงษ์ไป
    ถ่ายรูปไว้", "วันนั้น พงษ์ก็เห็น"), not the start of a longer word ("พงษ์ศรี")."""
    said = _read(text[max(0, start - _AROUND) : start])
    return bool(
        _OPENS_A_SENTENCE.search(said) and _SENTENCE_GOES_ON.match(_read(text[end : end + _AROUND]))
    )


@lru_cache(maxsize=1024)
def _shorts(first_name: str) -> tuple[str, ...]:
    """What a first name is called for short ("พงษ์" for "สมพงษ์", "ดวง" for "ดวงใจ"): its
    last syllable, its last two of three or more, or its first syllable, when long enough
    not to be any word's piece."""
    if _ADDRESS.match(clean(first_name)):
        return ()  # "น้องสาวฉัน": a word of address and what follows, no name
    syllables = subword_tokenize(clean(first_name), engine="dict")
    shorts = ["".join(syllables[n:]) for n in range(max(1, len(syllables) - 2), len(syllables))]
    shorts += syllables[:1] if len(syllables) > 1 else []
    return tuple(short for short in shorts if _may_be_a_name(short) is not None)


def _other_spans(
    text: str, names: list[tuple[str, str]], typed: str = ""
) -> list[tuple[int, int, str]]:
    """(start, end, whose) of the sealed phone however it is cut (`numbers_in`), and of a name
    written in another script: a Thai name in Latin letters ("Somying Rakdee" for "สมหญิง
    รักดี", "Rugdee", "Somchay"), in katakana or Cyrillic ("Бунма") as `typed` (`text`
    unfolded) has it, a Latin one in Thai, compared on their loose RTGS sound keys
    (`romanised.sound`)."""
    nationals = {n[1:] for n, whose in names if whose == PHONE and n.startswith("0")}
    numbers = numbers_in(text) if nationals else []
    spans = [(s, e, PHONE) for s, e, number in numbers if number in nationals]
    wanted: dict[str, str] = {}
    # the short of a first name ("Pong" of สมพงษ์): only where said of a person ("ai Pong")
    shorts: dict[str, str] = {}
    # a Latin nickname that is an English word: written with a capital or said of a person
    worded: dict[str, str] = {}
    from_latin: set[str] = set()  # the keys of a name in Latin letters
    with_th: set[str] = set()  # those of one written with a th ("Smith")
    for name, whose in names:
        keys_before = {*wanted, *shorts}
        for form in _forms(name) if whose != PHONE else ():
            words = [w for w in form.split() if not _english_function_word(clean(w))]
            ways = [_name_sounds(word) for word in words]
            # "bank": the word unless capitalised or said of a person
            english = {k for w in words if clean(w) in lexicon.NICKNAMES_EN for k in _sounds(w)}
            # "khon", "tor" of a witness typed in Latin: the word unless capitalised or said
            # of a person (a Thai name's sounds are not asked: romanising costs)
            english |= {k for w in words if _everyday_latin(w) for k in _sounds(w)}
            # each word in each of its ways, and the name whole in the first way of every
            # word or in the other way of every word that has one
            for word, heard in zip(words, ways, strict=True):
                sounds = [k for way in heard for k in way]
                for said in (k for k in sounds if len(k) >= _SOUNDED_PART):
                    (worded if said in english else wanted).setdefault(said, whose)
                # "Mark" keyed "mak" (`sound`'s loose r), "Sam" in Thai letters ("แซม", also a
                # word): a Latin word of a name of three letters or more whose key is as short
                # as a short counts as a short does (where said of a person)
                if not has_thai(word) and _letters(word) >= _NAME_PART:
                    for said in (k for k in sounds if _SOUNDED_PART - 1 == len(k)):
                        shorts.setdefault(said, whose)
            for which in (0, -1):
                said = "".join(k for word in ways for k in word[which])
                (worded if said in english else wanted).setdefault(said, whose)
            for short in (s for word in form.split()[:1] for s in _shorts(word) if has_thai(s)):
                for said in _sounds(short):
                    # "Khun Chai": three letters, as the short is said of a person only
                    if len(said) >= _SOUNDED_PART - 1 and said not in wanted:
                        shorts.setdefault(said, whose)
        if not has_thai(name):
            from_latin |= {*wanted, *shorts} - keys_before
            if "th" in name.lower():
                with_th |= {*wanted, *shorts} - keys_before
    if not wanted and not shorts and not worded:
        return spans
    # Each name's key also as another script hears it: "John" in Thai letters ("จอห์น", con),
    # the h after a vowel unsounded; "Somsri" as Lao and Thai say it, without the silent r
    # ("ສົມສີ", "สมสี"); a Latin name's English a as Thai writes it, แอ ("แกรี่" for Gary). A
    # key so read that is short, or read from a short, counts only where said of a person.
    for said, whose in [*wanted.items(), *shorts.items()]:
        heard = {_VOWEL_H.sub("", said), said.replace("sr", "s"), _GLIDE_UNSAID.sub("", said)}
        heard.add(_W_AS_V.sub("v", said))  # "Vuttichai", "Vichai": V for ว
        if said in from_latin:
            heard.add(_ENGLISH_A.sub("ae", said))
            heard.add(_CLUSTER_A.sub("sa", said))  # "สมิท" (samit) for Smith
            heard |= {_SILENT_S.sub("", k) for k in heard}
        if said in with_th:  # "Smith" as Korean says it: 스미스
            heard |= {_TH_AS_S.sub("s", k) for k in heard}
        for alike in heard - {said} - wanted.keys():
            long = len(alike) >= _SOUNDED_PART and said in wanted
            if not long and len(alike) < _SOUNDED_PART - 1 < len(said):
                continue  # "ut" of "wut" (วุฒิ): too short to be anyone's
            if said in from_latin and alike not in shorts:
                from_latin.add(alike)
            (wanted if long else shorts).setdefault(alike, whose)
    # a word said with "ou" or in katakana: compared blurred (`_blurred`), the names too
    blurred = {
        (ou, kana): {_blurred(k, ou, kana): whose for k, whose in wanted.items()}
        for ou, kana in ((True, False), (False, True), (True, True))
    }
    # keys with a letter typed twice once ("Vut-tichai" is vut + ticai, "vutticai")
    once = {_ONCE.sub(r"\1", k): whose for k, whose in wanted.items() if len(k) >= _SOUNDED_PART}
    latin_name = any(not has_thai(name) for name, whose in names if whose != PHONE)
    words = _sounded_words(text, thai=latin_name, typed=typed)
    # a Thai word in Thai's own spelling ("สมิตร", "สมิทธิ์") is no Latin name in Thai letters
    # each place read once or more ways ("Βουνμα": by sound and by look), each way tried
    groups: list[tuple[int, int, list[tuple[str, bool]]]] = []
    for s, e, said, kana in words:
        if groups and groups[-1][:2] == (s, e):
            groups[-1][2].append((said, kana))
        else:
            groups.append((s, e, [(said, kana)]))
    # a Thai word in Thai's own spelling ("สมิตร", "สมิทธิ์") is no Latin name in Thai letters
    native = [bool(_THAI_OWN_SPELLING.search(text, s, e)) for s, e, _ in groups]
    own = {k: whose for k, whose in wanted.items() if k not in from_latin}

    def whose_said(said: str, kana: bool, cut: bool, start: int, end: int) -> str | None:
        if said in wanted:
            return wanted[said]
        if (heard := _VOWEL_H.sub("", said)) in wanted and heard != said:
            return wanted[heard]  # "Sohmying": the h unsounded
        if cut and (heard := _ONCE.sub(r"\1", said)) in once and heard != said:
            return once[heard]  # "Vut-tichai": one t at the cut
        if (kana or "ou" in said) and (heard := _blurred(said, "ou" in said, kana)) in blurred[
            "ou" in said, kana
        ]:
            return blurred["ou" in said, kana][heard]
        if said in shorts and _said_of_a_person(text, start, end, everyday=False):
            return shorts[said]
        if said in worded and (
            text[start : start + 1].isupper() or _said_of_a_person(text, start, end)
        ):
            return worded[said]
        return None

    found: list[tuple[int, int, str]] = []
    for first in range(len(groups)):
        reach: dict[tuple[str, bool], None] = {("", False): None}
        for last in range(first, min(first + _SOUNDED_WORDS, len(groups))):
            if last > first and groups[last][0] < groups[last - 1][1]:
                break  # a word read two ways overlaps itself
            between = text[groups[last - 1][1] : groups[last][0]] if last > first else ""
            if not _BETWEEN_NAME_WORDS.fullmatch(between):
                break
            reach = dict.fromkeys(
                list(
                    (said + more, kana or its)
                    for said, kana in reach
                    for more, its in groups[last][2]
                )[:_READINGS]
            )
            start, end = groups[first][0], groups[last][1]
            for said, kana in reach:
                if any(native[first : last + 1]):
                    whose = own.get(said)
                else:
                    whose = whose_said(said, kana, last > first, start, end)
                if whose:
                    found.append((start, end, whose))
                    break
    for start, end, whose in sorted(found, key=lambda f: f[0] - f[1]):  # the longest first
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, whose))
    return spans


# What only Thai's own (Pali and Sanskrit) words are spelt with, never a Latin name in Thai
# letters: a silenced vowel ("สมิทธิ์"), an unmarked silent r closing a word ("สมิตร", "บุตร").
# (Not ศ or ษ: one sounds them s, and "ศมิท" is Smith.)
_THAI_OWN_SPELLING = re.compile(
    "[\u0e34\u0e38]\u0e4c|(?<=[\u0e01-\u0e2e])\u0e23(?![\u0e30-\u0e4e])(?![\u0e01-\u0e2e])"
)


# Letters typed for the digits they look like inside a number ("08l2345678", "081234S678").
_DIGIT_LOOK_ALIKES = {"l": "1", "I": "1", "|": "1", "O": "0", "o": "0", "S": "5", "s": "5"}
_DIGIT_LOOK_ALIKES |= {"Z": "2", "z": "2", "B": "8", "b": "6", "G": "6", "q": "9", "g": "9"}
# A run of digits (look-alike letters among them) with this many digits or more is a piece of
# a number; pieces with a few words between them ("081234 และ 5678") are read as one number.
_PIECE_DIGITS = 3
_BETWEEN_PIECES = re.compile(r"\D{1,16}")


def _phone_respelled(text: str, nationals: set[str]) -> list[tuple[int, int]]:
    """(start, end) in `text` of the sealed phone (`nationals`: without its 0) respelt so that
    `numbers_in` does not read it: a letter typed for a digit, cut in pieces by words, or typed
    backwards. Only the sealed digits, whole, are looked for: no other number is touched."""
    digits: list[tuple[int, str]] = []  # (where, digit) of the pieces, in order
    pieces = re.finditer(r"[\dA-Za-z|]+", text)
    last_end = None
    for piece in pieces:
        read = [
            (
                piece.start() + i,
                str(unicodedata.decimal(c)) if c.isdecimal() else _DIGIT_LOOK_ALIKES.get(c, ""),
            )
            for i, c in enumerate(piece.group())
        ]
        real, read_digits = sum(c.isdecimal() for c in piece.group()), sum(bool(d) for _, d in read)
        if real < 2 or read_digits < _PIECE_DIGITS or read_digits < len(read) - 1:
            continue  # no number, or a word with a few digits in it
        if last_end is not None and not _BETWEEN_PIECES.fullmatch(text[last_end : piece.start()]):
            digits.append((-1, "|"))  # too far from the last piece: another number
        digits += [(at, d) for at, d in read if d]
        last_end = piece.end()
    said = "".join(d for _, d in digits)
    found = []
    for national in nationals:
        for number in ("0" + national, "66" + national):
            for way in (number, number[::-1]):
                at = said.find(way)
                while at >= 0:
                    found.append((digits[at][0], digits[at + len(way) - 1][0] + 1))
                    at = said.find(way, at + 1)
    return found


# Romanising is slow (half a millisecond a word) and a page masks a dozen texts with the same
# names: the last words are remembered, a bounded few, as `clean` remembers the last texts.
@lru_cache(maxsize=1024)
def _sounds(word: str) -> tuple[str, ...]:
    """A word as loose sound keys (`romanised.sound`): romanised when Thai ("รักดี" → rakdi),
    else as typed ("Raqdee" → rakdi)."""
    if has_thai(word):
        return word_sounds(word, loose=True)
    return tuple(sound(w, loose=True) for w in _LATIN_WORD.findall(word))


# A short a closing a syllable (ั, not the ua of "ตัว"), which Thais also write u in Latin
# letters as English sounds it ("Rugdee" for รักดี, "Sumrit" for สัมฤทธิ์).
_SHORT_A = re.compile("\u0e31(?!\u0e27)")


def _name_sounds(word: str) -> list[tuple[str, ...]]:
    """A name's word as its sound keys (`_sounds`), one way for each way Thais romanise it:
    RTGS, and a Thai word's short a as u (`_SHORT_A`)."""
    ways = [_sounds(word)]
    as_u = _SHORT_A.sub("\u0e38", word) if has_thai(word) else word
    if as_u != word and _sounds(as_u) != ways[0]:
        ways.append(_sounds(as_u))
    return ways


# A word spelt out letter by letter ("R a k d e e", "S-O-M-W-A-N-G"): three letters or more,
# each alone, one space, dot, dash or underscore (or two) between them. Read as one word.
_SPELT_OUT = re.compile(
    r"(?<![A-Za-z\uff21-\uff3a\uff41-\uff5a])[A-Za-z]"
    r"(?:[\s.\-_]{1,2}[A-Za-z](?![A-Za-z])){2,}"
)
_NOT_LATIN = re.compile(r"[^A-Za-z]")
_UNSPACED = re.compile(r"[\s.\-_]")


def _katakana(word: str) -> bool:
    """Whether a word (`by_sound.SOUNDED`) is katakana, not Cyrillic, Greek or Hangul."""
    return bool(by_sound.KATAKANA.match(word))


# Katakana's u after a consonant closing a Thai syllable ("somuchai"), and its n for ng
# (`by_sound.KANA_N`): a key read from katakana is compared without them, the names' too.
# The u or o katakana adds to a word's last consonant ("スミス" sumisu for Smith, "ロバート"
# robaato) is no sound of the name either.
# Before another vowel, the u is the written closing consonant's too ("ソムイン" somuin for
# สมหญิง, the y unsaid): Japanese joins no consonant to the next syllable's vowel.
_KANA_U = re.compile("(?<=[^aeiou])u(?!u)|(?<=[td])o$")


def _blurred(key: str, ou: bool, kana: bool) -> str:
    """A sound key compared vowel-blind when `ou` (a word said with "ou", which is o or u:
    "Thoungdee" for ทองดี, "Bounma" for บุญมา), and without katakana's own sounds when `kana`
    (`_KANA_U`)."""
    if ou:
        key = key.replace("ou", "u").replace("o", "u")
    return _KANA_U.sub("", key.replace("ng", "n")) if kana else key


def _sounded_words(text: str, thai: bool, typed: str = "") -> list[tuple[int, int, str, bool]]:
    """(start, end, loose sound key, whether it is katakana) of each Latin word of `text`,
    of each katakana or Cyrillic word of `typed` (`text` unfolded: `by_sound`) and, when
    `thai`, of each Thai word (cut by PyThaiNLP), in order. A Latin word read from letters
    inside a katakana or Cyrillic word that look Latin, the word not all so, is left out."""
    spelt = [(m.start(), m.end()) for m in _SPELT_OUT.finditer(text)]
    words = [
        (s, e, sound(clean(_NOT_LATIN.sub("", text[s:e])), loose=True), False) for s, e in spelt
    ]
    sounded = [
        (m.start(), m.end(), sound(by_sound.as_latin(m.group()), loose=True), _katakana(m.group()))
        for m in by_sound.SOUNDED.finditer(typed)
        if not _LATIN_LETTER.match(typed[m.start() - 1 : m.start()] or " ")
        and not _LATIN_LETTER.match(typed[m.end() : m.end() + 1] or " ")
    ]
    # a Hangul or hiragana name with its particle joined ("솜차이가", "すみすの"): the name
    # alone too
    sounded += [
        (s, s + len(name), sound(by_sound.as_latin(name), loose=True), _katakana(name))
        for s, e, _, _ in sounded
        if (name := by_sound.hangul_name(typed[s:e])) != typed[s:e]
    ]
    # Russian writes Thai's ว as в ("Кхванчай" for ขวัญใจ, "Ват" for วัด): read w too
    sounded += [
        (s, e, sound(by_sound.as_latin(typed[s:e]).replace("v", "w"), loose=True), False)
        for s, e, _, _ in sounded
        if by_sound.CYRILLIC_V in typed[s:e].lower()
    ]
    # a word mixing Latin, Cyrillic and Greek letters ("Бунмa", "Раkди", "Sομying"): each run
    # of one script read as that script says it, the word whole
    sounded += [
        (m.start(), m.end(), sound(by_sound.mixed_as_latin(m.group()), loose=True), False)
        for m in by_sound.EUROPEAN.finditer(typed)
        if by_sound.mixed(m.group())
    ]
    # a Cyrillic or Greek word whose letters were picked by their look ("Βουνμα", "Вунма" for
    # Bunma): read so too (`by_sound.other_readings`)
    sounded += [
        (s, e, sound(other, loose=True), False)
        for s, e in dict.fromkeys((s, e) for s, e, _, _ in sounded)
        if by_sound.EUROPEAN.fullmatch(typed[s:e])
        for other in sorted(by_sound.other_readings(typed[s:e]))
    ]
    # a Cyrillic or Greek word spelt out letter by letter ("Б у н м а"): read as one word
    sounded += [
        (
            m.start(),
            m.end(),
            sound(by_sound.mixed_as_latin(_UNSPACED.sub("", m.group())), loose=True),
            False,
        )
        for m in by_sound.SPELT_OUT.finditer(typed)
    ]
    looked = [(s, e) for s, e, _, _ in sounded if not _LATIN_RUN.fullmatch(text[s:e])]
    words += [w for w in sounded if w[2]]
    latin = [
        m
        for m in _LATIN_WORD.finditer(text)
        if not any(s <= m.start() < e for s, e in spelt + looked)
    ]
    words += [(m.start(), m.end(), sound(clean(m.group()), loose=True), False) for m in latin]
    # a Greek Iota beginning a Latin word before a vowel ("Ιohn"): Greek's letter for the J of a
    # name (Ιωάννης John, Ιούλιος Julius), read so too
    words += [
        (m.start(), m.end(), sound("j" + clean(m.group()[1:]), loose=True), False)
        for m in latin
        if typed[m.start() : m.start() + 1] in _IOTA and m.group()[1:2].lower() in "aeiou"
    ]
    if thai:
        # Lao letters read as the Thai ones ("ສົມສີ" สมสี), a Lao mark Thai leaves unwritten
        # (ົ) left out: `kept` says where each letter read stands in `text`
        read = _in_thai_letters(text)
        kept = [at for at, letter in enumerate(read) if not _LAO_LETTER.match(letter)]
        read = "".join(read[at] for at in kept)
        for start, at, token in _thai_words_in(read):
            words.append((kept[start], kept[at - 1] + 1, "".join(_sounds(token)), False))
    return sorted(words)


# A piece PyThaiNLP cuts off a word it does not know: one consonant alone, with at most its
# tone mark or silencer ("สมิตร" cut สมิต + ร). It is the word's end, no word of its own.
_CUT_OFF = re.compile("[\u0e01-\u0e2e][\u0e48-\u0e4c]?")


def _thai_words_in(read: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each Thai word of `read` as PyThaiNLP cuts it, a piece cut off a
    word it does not know (`_CUT_OFF`) joined to the word before it."""
    found: list[tuple[int, int, str]] = []
    at = 0
    for token in word_tokenize(read, keep_whitespace=True):
        start = read.find(token, at)
        if start < 0:
            continue
        at = start + len(token)
        if found and found[-1][1] == start and _CUT_OFF.fullmatch(token):
            begun = found[-1][0]
            found[-1] = (begun, at, read[begun:at])
        elif has_thai(token):
            found.append((start, at, token))
    return found


def _may_be_a_name(part: str, first: bool = False) -> bool | None:
    """Whether a part of a name as given may be a name: None when it is too short or a word
    said around one ("ชื่อ", "เห็น", a particle), which would mask the same word wherever it
    is said; True when it is an everyday word ("น้อย", "ใจดี") or a stop word that is the
    `first` word after a title or "ชื่อ" ("นางหน่อย"), or such a first word of two letters
    ("นางพร", "นายต่อ"), which count only where said of a person (a short one only as a
    word of its own); False when it is a name wherever it stands."""
    word = strip_particles(clean(part)).strip()
    if not word or word in lexicon.NAME_FRAME_WORDS or _english_function_word(word):
        return None
    if _letters(part) < _NAME_PART:
        return True if first and _letters(part) >= _SHORT_FIRST else None
    if word in _stop_words():
        return True if first else None
    return _everyday(word)


def _english_function_word(word: str) -> bool:
    """ "his", "with", "she", "daughter": an English function or kinship word given around a
    name ("His daughter Ms. Kanya"), never a part of it."""
    bare = word.strip(".,;:!?'\"()")
    return (
        bare in lexicon.ENGLISH_STOP_WORDS
        or bare in lexicon.RELATIVES_EN
        or bare in lexicon.LATIN_TITLES
    )


def _everyday(word: str) -> bool:
    """Whether a name's word is also an everyday word: a stop word, or written often, or such
    a word typed in Latin letters (`_everyday_latin`)."""
    word = strip_particles(clean(word)).strip()
    return (
        word in _stop_words()
        or _word_counts().get(word, 0) >= _EVERYDAY
        or word in lexicon.NICKNAMES_EN
        or _everyday_latin(word)
    )


_LATIN_PARTICLE = re.compile(LATIN_PARTICLE)


def _everyday_latin(word: str) -> bool:
    """Whether a word in Latin letters is an everyday Thai word as typed (walk27: a witness
    answer "ok krork tor" masked every "ok" and "tor" of the story): a particle ("krub"), or
    the sound of a stop word or a word written often ("khon", "tor", "pom")."""
    low = word.lower().strip(_AROUND_A_WORD)
    if not _LATIN.fullmatch(low):
        return False
    return bool(_LATIN_PARTICLE.fullmatch(low)) or sound(low, loose=True) in _everyday_sounds()


@lru_cache(maxsize=1)
def _everyday_sounds() -> frozenset[str]:
    """The sound keys of the everyday Thai words (`_everyday`'s: stop words and words written
    often), romanised once (a few seconds: only a name in Latin letters asks)."""
    words = {w for w, n in _word_counts().items() if n >= _EVERYDAY} | _stop_words()
    return frozenset(k for w in words for k in word_sounds(w, loose=True))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Thai stop words (PyThaiNLP's list: particles and function words)."""
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    """How often each word is written in the Thai Textbook Corpus (PyThaiNLP's)."""
    from pythainlp.corpus import ttc

    return dict(ttc.word_freqs())


def _thai_words() -> frozenset[str]:
    """PyThaiNLP's Thai word list."""
    return _plain_words()


def _a_word_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether `start`:`end` of `text` is whole words as PyThaiNLP cuts it ("พร" in "พรไป", not
    in "พนักงาน" or "ได้รับพรจาก" cut otherwise): a two-letter name is no word's piece."""
    bounds = {0, len(text)}
    at = 0
    for token in _tokens(text):
        at += len(token)
        bounds.add(at)
    return start in bounds and end in bounds


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[str, ...]:
    """`text` cut into words by PyThaiNLP, spaces kept (so the cuts add up to `text`)."""
    return tuple(word_tokenize(text, keep_whitespace=True))


def _word_across(text: str, at: int) -> bool:
    """Whether a known word (PyThaiNLP's list) as PyThaiNLP cuts `text` runs across `at`."""
    begun = 0
    for token in _tokens(text):
        if begun < at < begun + len(token) and token.strip() in _thai_words():
            return True
        begun += len(token)
    return False


def _read_otherwise(text: str, part: str, start: int, end: int) -> bool:
    """Whether a Thai name's words at `start`:`end` are read as other words: a known word runs
    across either end ("อุดมศึกษา", "ความมานะ"), or a name that is itself a word is cut into
    other words ("เขามานะคะ": มา นะ). Such a name counts only where said of a person."""
    if _LATIN.fullmatch(part):
        return False
    if _word_across(text, start) or _word_across(text, end):
        return True
    if clean(text[start:end]) not in _thai_words():
        return False
    begun = 0
    for token in _tokens(text):
        begun += len(token)
        if start < begun < end:
            return True
    return False


def _inside_a_place(text: str, start: int, end: int) -> bool:
    """Whether `start`:`end` lies inside a longer name of a province or district said in `text`
    ("อุดร" of "อุดรธานี", "สุรินทร์" of "อำเภอเมืองสุรินทร์")."""
    window = text[max(0, start - 20) : end + 20]
    offset = max(0, start - 20)
    for place in place_names_th():
        if len(place) <= end - start:
            return False
        at = window.find(place)
        while at >= 0:
            if offset + at <= start and end <= offset + at + len(place):
                return True
            at = window.find(place, at + 1)
    return False


def _inside_a_word(text: str, part: str, start: int, end: int) -> bool:
    """A Latin name part inside a longer Latin word ("Tom" in "tomorrow"): not the name (Thai
    is typed without gaps, so a Thai part is taken wherever it is)."""
    if not _LATIN.fullmatch(part):
        return False
    return (
        text[start - 1 : start].isascii()
        and text[start - 1 : start].isalpha()
        or (text[end : end + 1].isascii() and text[end : end + 1].isalpha())
    )


# Invisible characters (the clean-up's own list) between two letters: they only split a word.
_IN_A_WORD = re.compile(
    r"(?<=[\w\u0e31-\u0e4e])" + normalise._INVISIBLE.pattern + r"+(?=[\w\u0e31-\u0e4e])"
)


# The explicit direction controls: embeddings, overrides and their end, isolates and theirs.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_TO_RIGHT = "\u202b\u202e\u2067"  # RLE, RLO, RLI
_OPENS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_ISOLATES = "\u2066\u2067\u2068"
_ENDS_EMBEDDING, _ENDS_ISOLATE = "\u202c", "\u2069"


def displayed(text: str) -> str:
    """`text` in the order a screen shows it, its direction controls gone: a right-to-left
    override (U+202E) shows the Latin or Thai letters after it backwards ("\u202eamnooB"
    shows "Boonma"); embeddings and isolates set the levels the Unicode bidirectional
    algorithm (UAX #9) reverses by (rule L2), a letter kept with its marks (L3). The letters
    of a left-to-right text are those the check reads; right-to-left letters are left as
    typed, outside an override (the screen turns them itself)."""
    if not _BIDI_CONTROLS.search(text):
        return text
    return "\n".join(_line_displayed(line) for line in text.split("\n"))


def _line_displayed(line: str) -> str:
    stack: list[tuple[int, bool, bool]] = [(0, False, False)]  # level, override right, isolate
    clusters: list[tuple[int, str]] = []
    for letter in line:
        level, right, _ = stack[-1]
        if letter in _OPENS:
            odd = letter in _TO_RIGHT
            stack.append(
                (
                    level + (1 if (level % 2 == 0) == odd else 2),
                    letter == "\u202e",
                    letter in _ISOLATES,
                )
            )
        elif letter == _ENDS_EMBEDDING:
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
        elif letter == _ENDS_ISOLATE:
            # PDI closes the nearest isolate and every embedding opened inside it
            while len(stack) > 1 and not stack.pop()[2]:
                continue
        elif clusters and unicodedata.category(letter).startswith("M") and clusters[-1][1]:
            clusters[-1] = (clusters[-1][0], clusters[-1][1] + letter)  # a mark with its letter
        else:
            clusters.append((level if right or level % 2 == 0 else level + 1, letter))
    top = max((level for level, _ in clusters), default=0)
    for at_least in range(top, 0, -1):  # L2: each run at this level or higher reversed
        out: list[tuple[int, str]] = []
        run: list[tuple[int, str]] = []
        for cluster in clusters + [(-1, "")]:
            if cluster[0] >= at_least:
                run.append(cluster)
                continue
            out += run[::-1]
            run = []
            out.append(cluster)
        clusters = out[:-1]
    return "".join(letters for _, letters in clusters)


def masked(text: str | None, names: list[tuple[str, str]], marks: dict[str, str]) -> str:
    """`text` with each name (whole, then without its title, then each part of it) replaced by
    its mark ("[ชื่อผู้ร้อง]"), whatever its spacing, case, invisible characters or look-alike
    letters; the longest first, so a whole name is one mark. Read as a screen shows it
    (`displayed`): a name typed backwards behind a right-to-left override is the name."""
    if not names:
        return text or ""
    typed = displayed(text or "")
    said = _IN_A_WORD.sub("", typed)  # a name split by invisible characters reads whole
    out, last = [], 0
    folded_names = [(_folded(name), whose) for name, whose in names]
    folded = _folded(said)
    places = _latin_places(folded)
    spans = _spans(folded, folded_names, said)
    nationals = {n[1:] for n, whose in names if whose == PHONE and n.startswith("0")}
    for start, end in _phone_respelled(said, nationals) if nationals else ():  # as typed
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, PHONE))
    for start, end, whose in sorted(spans):
        if start < last or _in_a_latin_place(folded, start, end, places):
            continue  # "Ban Nong Waeng": the village's name, not the witness's
        out += [said[last:start], marks[whose]]
        last = end
    shown = "".join(out) + said[last:] if out else typed
    return _PERCENT_ENCODED.sub(lambda found: _decoded_masked(found, names, marks), shown)


# A word of a link with a letter percent-encoded ("fb.com/%E0%B8%9A%E0%B8%B8…" for บุ…): a
# name inside is masked as the link's reader sees it, decoded.
_PERCENT_ENCODED = re.compile(r"[\w.~+\-]*(?:%[0-9A-Fa-f]{2}[\w.~+\-]*)+")


def _decoded_masked(found: re.Match, names: list[tuple[str, str]], marks: dict[str, str]) -> str:
    """A percent-encoded word of a link as typed, or decoded with the names in it masked
    when there are any."""
    try:
        decoded = unquote(found.group(), errors="strict").replace("+", " ")
    except UnicodeDecodeError:
        return found.group()  # no UTF-8 text: a number and a percent sign ("100%ab")
    shown = masked(decoded, names, marks)
    return shown if shown != decoded else found.group()
