"""Thai text clean-up shared by every reader of typed answers.

One home for: Thai digits, the invisible characters phones insert, politeness
particles (Central Thai and Isan), and the ways people say "I don't know".
Dates, places, phone numbers, agency names and the conversation's word matching
all read text through here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from handlers.thai.gated import gated
from handlers.thai.lookalikes import LOOKALIKES

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# The look-alike letters and the Thai digits in one table: `clean` translates once, not twice
# (a translation through a dict is a look-up per character). The same as the two one after
# the other: the steps between them in `clean` neither read nor make a digit.
_LOOKALIKES_AND_DIGITS = {
    **{code: chr(code).translate(_THAI_DIGITS) for code in _THAI_DIGITS},
    **{code: (value or "").translate(_THAI_DIGITS) for code, value in LOOKALIKES.items()},
}
# Unicode's default-ignorable characters (no glyph of their own): zero-width spaces and joiners,
# the soft hyphen that text pasted from a web page or a PDF carries, the combining grapheme
# joiner, direction marks, the Mongolian vowel separator, Hangul fillers. Variation selectors
# stay (an emoji's look).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\U0001bca0-\U0001bca3\U000e0000-\U000e007f]"
)
# A variation selector right after a letter selects no emoji look: it only splits the word.
_SELECTOR_IN_WORD = re.compile(r"(?<=[\u0e01-\u0e4ea-zA-Z])[\ufe00-\ufe0f]+")
_SPACES = re.compile(r"\s+")
# Thai marks typed in the wrong order or twice ("บา้น", "เป้าา", "เเ"): one spelling.
_TONE_AFTER_VOWEL = re.compile(r"([\u0e32\u0e33])([\u0e48-\u0e4b])")
_DOUBLED_MARK = re.compile(r"([\u0e30-\u0e3a\u0e47-\u0e4e])\1+")

#: A tone mark typed one letter late, on a syllable with a front vowel ("แจง้" for แจ้ง, "ใหค้ะ" for
#: ให้ค่ะ): moved back when the mark on its own letter spells a dictionary word and the letters
#: as typed begin none ("แสร้ง", "เสน่ห์", and "ไปก่อน" whose ก่อน is a word, are kept).
_TONE_ONE_LATE = re.compile(
    r"([\u0e40-\u0e44])([\u0e01-\u0e2e])([\u0e01-\u0e2e])([\u0e48-\u0e4b])([\u0e01-\u0e4e]{0,2})"
)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Thai words, the same sorted (to find what a word may begin with), and every four
    letters found in one ("แหน่" of ตำแหน่ง)."""
    from pythainlp.corpus import thai_words

    words = thai_words()
    inside = frozenset(w[at : at + 4] for w in words for at in range(len(w) - 3))
    return frozenset(words), tuple(sorted(words)), inside


def _begins_a_word(letters: str) -> bool:
    ordered = _dictionary()[1]
    at = bisect_left(ordered, letters)
    return at < len(ordered) and ordered[at].startswith(letters)


def _tone_moved_back(found: re.Match) -> str:
    vowel, first, second, tone, after = found.groups()
    typed = found.group(0)
    # the next letter alone decides: "ไปพ่นยา" (พ่น|ยา) begins a word though "พ่นย" begins none
    if vowel + first + second + tone in _dictionary()[2] or _begins_a_word(
        second + tone + after[:1]
    ):
        return typed  # "แสร้ง", "ไป|ก่อน", "ไป|พ่น": typed right
    words = _dictionary()[0]
    moved = vowel + first + tone + second + after
    if vowel + first + tone + second in words:
        return moved  # "แจง้" → "แจ้ง"
    if vowel + first + tone in words and after and _begins_a_word(second + after[:1]):
        return moved  # "ใหค้ะ" → "ให้คะ"; not Isan "ไผบ่ฮู้" (ไผ่ + "บฮ…" begins no word)
    return typed


# Northern Khmer "not" (อ็อต, also typed อัต, อั๊ต, ออต), perhaps glossed "(ไม่)": before a Thai verb
# it is Thai "ไม่" ("อัตเคยแจ้ง", "อัตมี", "อ็อตยินยอม"); before a Khmer word, or alone, one
# spelling, the one the lexicon lists ("อัตเมียน" is "อ็อตเมียน": `lexicon.global_words`).
# Only at a word's start: "อัตรา", "อัตโนมัติ" are other words.
_KHMER_NOT = r"(?<![\u0e01-\u0e4e])(?:อัต|อั๊ต|อ็อต|อ๊อต|ออต)(?:\s*\(ไม่\))?"
# What each of the Khmer spellings below begins with: most messages have none, and one search
# for them costs less than the four substitutions.
_KHMER_ANY = re.compile("อัต|อั๊ต|อ็อต|อ๊อต|ออต")
_KHMER_NOT_THAI_VERB = re.compile(
    _KHMER_NOT + r"(?=\s*(?:เคย|มี|ยอม|ยินยอม|บอก|ได้|แจ้ง|รู้|ใช่|ถูก|เอา|อยาก|กล้า|เห็น|ให้|ต้อง))"
)
_KHMER_NOT_SPELLED = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:อัต|อั๊ต|ออต)(?=เมียน|เท|เต|ตวน|ทัน|ตัน|แมน|เมน|จง|ยก|บาน|ตรั๊ว|ขลาจ|บาท|บาด|\s|$)"
)
#: Its "เท" (no, at the end) as typed by ear ("อ็อตเต๊ียะ", "ออตเติ๊ย"), and a polite "บาท/บาด" run on
#: after it ("ออตเติ๊ยบาท"): one spelling, the particle apart, so it reads as the lexicon's no.
_KHMER_NO_END = re.compile(
    r"(?<=อ็อต|อ๊อต)(?:เต๊ียะ|เตี๊ยะ|เตียะ|เติ๊ยะ|เติ๊ย|เตี๊ย|เตีย|เต๊อะ|เต๊ะ|เต)(?![\u0e30-\u0e4eต])"
)
_KHMER_NO_POLITE = re.compile(r"(?<=อ็อต|อ๊อต)(เท)?(บาท|บาด)")
#: "ไม่" typed without its ไ ("ม่ีมีคับ", marks put in order "มี่มี"; "ม่เคย") before a verb it
#: denies: "ไม่". Only at a word's start.
_NOT_TYPED_SHORT = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:ม่าย|ม่ี|มี่|ม่)(?=มี|เคย|รู้|ทราบ|ได้|ใช่|ยินยอม|ต้อง|เอา)"
)
#: "รู้" and "ทราบ" after a no, typed with a slip ("ไม่รุ้", "ไม่รู่", "ม่ายรุ้", "ไม่ทาบ"): don't-know.
_KNOW_MISTYPED = re.compile(r"(?:(?<=ไม่)|(?<=บ่)|(?<=่าย))(?:รุ้|รู่|รุ่)|(?:(?<=ไม่)|(?<=บ่))ทาบ")

#: Particles that end a polite sentence and carry no meaning of their own.
PARTICLES = (
    "นะครับ",
    "นะคะ",
    "ครับผม",
    "ครับ",
    "คับ",
    "ค่ะ",
    "คะ",
    "คร่ะ",
    "จ้ะ",
    "จ๊ะ",
    "จ๊า",
    "ฮะ",
    "เด้อ",
    "เด้",
    "เนาะ",
    # teenagers' endings (round 20): "รร.บ้านลำนางรองงับ", "โนนดินแดงครัช", "เรียกเงินค้าบ"
    "งับ",
    "ครัช",
    "ค้าบ",
    "คร้าบ",
    "อ่ะ",  # a young person's ending: "รร.บ้านโนนสูงอ่ะ", "ไม่รู้อ่ะ"
    # Isan and spoken endings (walk17): "ผู้ใหญ่บ้านหนิ", "อบต.ตาเป๊กแหละ", "ดีเนอะ"
    "หนิ",
    "แหละ",
    "แหล่ะ",
    "เนอะ",
)
#: Short particles that also end ordinary words ("ชนะ", "มูลค่า"): only taken off after a
#: space or another particle.
#: Thai particles typed in Latin letters ("nang rong khrap") are loose ones too (a place whose
#: name ends in "Kha" is matched whole first: `places`).
_LOOSE_PARTICLES = (
    "นะ",
    "น้า",
    "ค่า",
    "จ้า",
    "อะ",
    "อ่า",
    *("khrap", "krap", "khrab", "krab", "khrub", "krub", "kub", "kab", "kha", "ka", "khaa"),
)
#: Northern Khmer's polite "บาด" (like ครับ: "บอกบาด", "ได้ๆบาด"), glued on or apart; not a cut
#: ("มีดบาด", "โดนบาด", "แก้วบาด").
_KHMER_POLITE = r"(?<!มีด)(?<!แก้ว)(?<!กระจก)(?<!หนาม)(?<!เศษ)(?<!โดน)(?<!สังกะสี)บาด"
#: Gated (`gated`): `re` tried every particle at every place of the text (~4× dearer).
_TRAILING = gated(
    re.compile(
        r"(?:\s*(?:"
        + "|".join(sorted(set(PARTICLES), key=len, reverse=True))
        + "|"
        + _KHMER_POLITE
        + r")|\s+(?:"
        + "|".join(_LOOSE_PARTICLES)
        + r"))+\s*$"
    )
)
_END_PUNCTUATION = re.compile(r"[\s.!?~…ๆ]+$")

#: "I don't know / can't remember / not sure", Central Thai, Isan and English, compacted.
DONT_KNOW = frozenset(
    {
        "ไม่ทราบ",
        "ไม่รู้",
        "ไม่รู้จัก",
        "ไม่แน่ใจ",
        "จำไม่ได้",
        "ไม่ทราบค่ะ",
        "บ่ฮู้",
        "บ่รู้",
        "บ่ฮู้จัก",
        "บ่ทราบ",
        "บ่แน่ใจ",
        "จำบ่ได้",
        "ลืม",
        "ลืมแล้ว",
        "dontknow",
        "donotknow",
        "idontknow",
        "idk",
        "unknown",
        "notsure",
        "cantremember",
        "idontremember",
    }
)
_DONT_KNOW_PREFIXES = ("ไม่ทราบ", "ไม่รู้", "จำไม่ได้", "บ่ฮู้", "บ่รู้", "จำบ่ได้", "dontknow")
#: Answers that say nothing: a dash, a dot, "none".
EMPTY = frozenset({"", "-", "--", ".", "..", "...", "ๆ", "x", "none", "n/a", "na"})


def thai_digits_to_arabic(text: str) -> str:
    """ "๐๘๑" → "081"; every other character is kept."""
    return (text or "").translate(_THAI_DIGITS)


# Every reader of a message cleans it again (the understanding, about a dozen times per
# message): results are remembered while the message is read, then forgotten (`forget`).
@lru_cache(maxsize=256)
def clean(text: str | None) -> str:
    """NFKC (full-width "ＳＡＯ" is "SAO"), look-alike letters as the Latin or Thai ones they
    look like ("ЅАО", "ʙan", "ບ້ານ": `lookalikes.py`), Thai
    marks in one order and never doubled ("บา้น" is "บ้าน"), Arabic digits, no invisible characters,
    straight quotes, single spaces, trimmed and lower-case (for comparing, never for
    storing what people wrote)."""
    value = unicodedata.normalize("NFKC", text or "").translate(_LOOKALIKES_AND_DIGITS)
    value = value.replace("\u0e4d\u0e32", "\u0e33")  # นิคหิต + สระอา → สระอำ
    value = _DOUBLED_MARK.sub(r"\1", _TONE_AFTER_VOWEL.sub(r"\2\1", value))
    value = value.replace("\u0e40\u0e40", "\u0e41")  # เ + เ typed for แ
    if _TONE_ONE_LATE.search(value):
        value = _TONE_ONE_LATE.sub(_tone_moved_back, value)
    value = _SELECTOR_IN_WORD.sub("", _INVISIBLE.sub("", value))
    value = value.replace("\u2019", "'").replace("\u2018", "'")
    if "ร" in value or "ทาบ" in value:
        value = _KNOW_MISTYPED.sub(lambda m: "ทราบ" if m.group(0) == "ทาบ" else "รู้", value)
    if "ม่" in value or "มี่" in value:
        value = _NOT_TYPED_SHORT.sub("ไม่", value)
    if _KHMER_ANY.search(value):
        value = _KHMER_NOT_SPELLED.sub("อ็อต", _KHMER_NOT_THAI_VERB.sub("ไม่", value))
        value = _KHMER_NO_POLITE.sub(r"\1 \2", _KHMER_NO_END.sub("เท", value))
    return _SPACES.sub(" ", value).strip().lower()


def as_typed(typed: str | None, kept: str) -> str:
    """`kept`, a piece of `clean(typed)`, as `typed` writes it: Latin letters in their own case
    ("the land office, ban kruat" in "The land office, Ban Kruat branch" → "The land office,
    Ban Kruat"), since cleaning lower-cases for comparing only; `kept` itself when it has no
    Latin letter or `typed` does not hold it word for word."""
    if not typed or not kept or not _LATIN.search(kept):
        return kept
    words = [re.escape(word).replace("'", "['\u2018\u2019]") for word in kept.split()]
    found = re.search(r"\s+".join(words), typed, re.I)
    return found.group(0) if found else kept


_LATIN = re.compile(r"[a-z]")


@lru_cache(maxsize=256)
def strip_particles(text: str | None) -> str:
    """Clean text without its trailing politeness particles and end punctuation
    ("ยินยอมครับ" → "ยินยอม", "บ่เคยเด้อ" → "บ่เคย"); never strips a text to nothing."""
    value = clean(text)
    stripped = _END_PUNCTUATION.sub("", value)
    stripped = _TRAILING.sub("", stripped)
    stripped = _END_PUNCTUATION.sub("", stripped)
    return stripped or value


_NOT_COMPACT = re.compile(r"[\s'.,\-!?()/\"]")


@lru_cache(maxsize=256)
def compact(text: str | None) -> str:
    """A comparison key: particles, spaces and punctuation gone ("ไม่ ทราบ ค่ะ" → "ไม่ทราบ")."""
    return _NOT_COMPACT.sub("", strip_particles(text))


#: Not knowing said with a word before or after it, or passing the question for now (compacted):
#: "not sure, sorry", "I'm not really sure", "no idea", "บ่ฮู้คือกัน", "งั้นข้ามไปก่อน", and
#: which one it is not known ("not sure which", "ไม่รู้ว่าที่ไหน").
_DONT_KNOW_SAID = re.compile(
    r"(?:งั้น|ก็|เอ่อ|อืม|ขอโทษ|sorry|um+|hmm+|well|ok|okay|so|honestly)*"
    r"(?:i'?m|iam|im|i|really|actually)*"
    r"(?:not(?:really|quite|too|very|100%)?sure|noidea|dunno|dontknow|donotknow|cantremember"
    r"|can'?tsay|notcertain|(?:ยัง)?(?:ไม่|บ่)(?:แน่ใจ|รู้|ฮู้|ทราบ)(?:คือกัน|เหมือนกัน|เลย|ด้วย)?"
    r"|(?:ขอ)?ข้าม(?:ข้อนี้)?(?:ไป)?(?:ก่อน)?|skip(?:it|this|thisone)?(?:fornow)?|pass)"
    r"(?:sorry|either|really|atall|fornow|คือกัน|เหมือนกัน|เลย|จริงๆ|ขอโทษ\S*|นะ|เนาะ|เด้อ)*"
    # "not sure which one", "ไม่แน่ใจว่าตำบลอะไร": which of them is what is not known
    r"(?:(?:of)?(?:which|what|where)(?:one|it|itis|isit)?|ว่า\S{0,8}?(?:ไหน|อะไร|ใด))?"
)


def is_dont_know(text: str | None) -> bool:
    """True when the person says they don't know or can't remember, in any of the usual ways
    (or passes the question for now: "งั้นข้ามไปก่อน", "skip for now")."""
    key = compact(text)
    if key in DONT_KNOW or bool(_DONT_KNOW_SAID.fullmatch(key)):
        return True
    return bool(key) and key.startswith(_DONT_KNOW_PREFIXES) and len(key) < 24


def is_empty(text: str | None) -> bool:
    """True for answers that carry nothing: "-", ".", "none", or only particles."""
    return compact(text) in EMPTY or clean(text) in EMPTY


def forget() -> None:
    """Forget the remembered clean-ups (the understanding calls it once a message is read)."""
    for memo in (clean, strip_particles, compact):
        memo.cache_clear()
