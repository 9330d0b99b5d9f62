"""Questions back to the bot: whether a text asks, and which question (its topic)."""

from __future__ import annotations

import re

from handlers.thai.places import place_names_th
from handlers.understanding import lexicon, romanised
from handlers.understanding import values as v
from handlers.understanding.danger import danger_score, names, supposed_threat_asked
from handlers.understanding.prepared import short

_FAQ = {name: v.word_set(words) for name, words in lexicon.FAQ_CUES.items()}
_LANGUAGE = v.word_set(lexicon.LANGUAGE_ASKED)
_PENALTY_FEARED = re.compile(lexicon.PENALTY_FEARED, re.I)
_OF_THE_QUESTION = re.compile(lexicon.CLAUSE_OF_THE_QUESTION, re.I)
_EVIDENCE_LAW = re.compile(lexicon.EVIDENCE_LAW_ASKED, re.I)
_LEGAL_RISK = re.compile(lexicon.LEGAL_RISK_ASKED, re.I)
_ELSEWHERE = re.compile(lexicon.REPORT_ELSEWHERE_ASKED, re.I)
_IS_WRONG = re.compile(lexicon.IS_WRONG_ASKED, re.I)
_WHAT_EVIDENCE = re.compile(lexicon.WHAT_EVIDENCE_ASKED, re.I)
_COLLECTING = re.compile(lexicon.COLLECTING_NOT_KEPT, re.I)
_KEPT_DATA = re.compile(lexicon.KEPT_DATA_NAMED, re.I)
_KEEPING = re.compile(lexicon.KEEPING_ASKED, re.I)
_LEAVE_TO_ASK = re.compile(lexicon.LEAVE_TO_ASK, re.I)
_FEAR_ALONE = re.compile(lexicon.FEAR_ALONE)
_QUESTION = v.word_set(tuple(w for w in lexicon.QUESTION_MARKS if w.strip() != "บ่"))
_QUESTION_END = re.compile(
    r"(?:บ่|บ้อ|เหรอ|หรอ|ป่าว|รึ|มั้ย|ไหม|หรือ|ยัง|ไหน|ไส)(?:ครับ|คะ|ค่ะ|จ้ะ|นะ|เด้อ|แหน่)*\s*\??$"
)
#: Asked outright (a question word ending it, "?", "…ไหมว่า…"): a question back even where
#: it names a value of the question asked ("ถ้าไม่มีรูปจะรับเรื่องไหมคะ" at the evidence step).
ASKED_OUTRIGHT = re.compile(
    r"(?:ไหม|มั้ย)ว่า|(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า)(?:ครับ|คะ|คับ|จ๊ะ|นะ)*\s*\??$|\?$"
    # … or asked first and its reason after ("ต้องให้ชื่อพยานไหมคะ เขาไม่อยากให้ใครรู้"), or a
    # question word or a choice ended with the asking "คะ" ("…เลือกอะไรคะ", "…หรือ…คะ")
    r"|^[^\s]*(?:ไหม|มั้ย|บ้าง)(?:ครับ|คะ|คับ)\s|(?:อะไร|ยังไง|ไหน|แค่ไหน|ขนาดไหน|เท่าไหร่|บ้าง)"
    r"(?:ครับ|คะ|คับ)\s*\??$|^\S+\s?หรือ\S{2,}\s?(?:คะ|ครับ|คับ)\s*\??$"
    # whether something is required, asked alone ("ต้องมีรูปด้วยเหรอครับ", "ต้องเคยแจ้งที่อื่นก่อน
    # เหรอ"): its "มีรูป", "เคยแจ้ง" are what is asked about, not the answer
    r"|^ต้อง\S{0,40}?(?:เหรอ|หรอ|เหรา|บ้อ)(?:ครับ|คะ|คับ|จ๊ะ|นะ)*\s*\??$"
)
_WHAT_IS_ASKED = re.compile(lexicon.WHAT_IS_ASKED)
_COURT = re.compile(lexicon.COURT_ASKED)
_BOT = re.compile(lexicon.BOT_ASKED)
_BOT_EN = re.compile(lexicon.BOT_ASKED_EN, re.I)
_BOT_NOT = re.compile(lexicon.BOT_ASKED_NOT, re.I)
_REQUIRED = re.compile(lexicon.REQUIRED_ASKED, re.I)
_REQUIRED_NOT = re.compile(lexicon.REQUIRED_NOT, re.I)
#: The questions where "is it needed?" is about what they ask for (not the name or the summary).
REQUIRED_STEPS = frozenset(
    ("kind", "agency", "official", "district", "subdistrict", "when", "what", "what_more")
    + ("evidence", "witnesses", "reported", "reported_to", "reported_ref")
)


def asks_if_required(t: v.Text, expecting: str | None) -> bool:
    """ "ต้องมีรูปด้วยเหรอครับ" at the evidence question, "ต้องเคยแจ้งที่อื่นก่อนเหรอ" at the
    reported one: whether what this question asks for is needed at all (not one's own name,
    the exact day, sending later or a cost, which have answers of their own)."""
    if expecting not in REQUIRED_STEPS:
        return False
    said = t.flat.lower()
    return bool(_REQUIRED.search(said)) and not _REQUIRED_NOT.search(said)


def asks_about_court(t: v.Text) -> bool:
    """ "ต้องไปขึ้นศาลไหมคะ", "will I have to testify?": whether reporting means going to court
    (its own answer, `faq.court`), asked however it is put, even as "is it needed?"."""
    return bool(_COURT.search(t.flat.lower()))


def asks_if_bot(t: v.Text) -> bool:
    """ "นี่คุยกับคนจริงหรือคอมพิวเตอร์ครับ", "are you a bot?": whether a person or a program
    answers (its own honest answer, `faq.is_bot`)."""
    if _BOT_NOT.search(t.cleaned):
        return False
    return bool(_BOT.search(t.flat.lower()) or _BOT_EN.search(t.cleaned))


def asks_what_is_meant(t: v.Text) -> bool:
    """ "ยินยอมหยัง", "ห๊ะ แจ้งอีหยัง": the question's own word asked back with "what?"."""
    return bool(_WHAT_IS_ASKED.search(t.flat))


ENGLISH_QUESTION = re.compile(r"^(?:can|do|does|will|is|are|how|what|who|when|should|must)\b", re.I)
_WHO_WHAT = re.compile(
    # "กี่": not in "เกี่ยวข้าว", nor in อ.หนองกี่
    r"ใคร|อะไร|ที่ไหน|ยังไง|อย่างไร|เมื่อไหร่|เมื่อไร|แค่ไหน|เท่าไร|เท่าไหร่|ทำไม|(?<!หนอง)กี่(?!ยว)"
    # formal: how much, how long, when ("นานเท่าใด", "เมื่อใด"; not "ที่ใด" of "ยังมิได้แจ้งที่ใด")
    r"|เท่าใด|เมื่อใด"
    # Isan: how long, how (its tone mark as typed: "จั๋งใด๋"), what, where ("ไปถึงไส")
    r"|ปานใด|จั่งใด|จั๋งใด|จั้งใด|จังใด|แนวใด|อิหยัง|อีหยัง|เฮ็ดหยัง|หยังต่อ|(?:ไป|อยู่|ยู่)ไส"
    # Isan: who ("ไผ่" is bamboo; "กับไผ" after a no is anyone), how many
    r"|ไผ(?=สิ|ซิ|จะ|เห็น|อ่าน|ดู|ฮู้|รู้|เป็น|ได้)|จัก(?:มื้อ|วัน|เดือน|คน)"
)
#: The Isan question particle "บ่" at the end or before "ว่า" ("จะรู้บ่ว่าข้อยแจ้ง"), not
#: "บ่" meaning not ("บ่อยากมีปัญหา", "บ่มี").
BO_ASKS = re.compile(r"บ่(?=ว่า|กว่า|(?:ครับ|คะ|ค่ะ|เด้อ|น้อ|ล่ะ|นอ)*$)")
#: Not knowing where something went, in a story ("ที่เหลือไม่รู้หายไปไหน", "บ่ฮู้เงินไปไส",
#: "who knows where the rest went"): a statement with a question word, not a question back.
_GONE_WHO_KNOWS_WHERE = re.compile(
    r"(?:ไม่รู้|บ่ฮู้|บ่รู้|ไม่ทราบ|ไม่มีใครรู้|บ่มีไผฮู้)(?:ว่า)?\S{0,24}?(?:ไป|หาย|เข้า)(?:ไป)?(?:อยู่)?"
    r"(?:ที่)?(?:ไหน|ไส|กระเป๋าใคร)|whoknowswhere|nobodyknowswhere|noone(?:knows|can tell)where",
    re.I,
)
_INDEFINITE = re.compile(r"(?:ไม่|บ่)\S{0,10}?(?:ใคร|อะไร|ไผ|ที่ไหน)|ไม่ว่า|ไม่รู้|ไม่ทราบ|บ่ฮู้|บ่มีไผ")


_PLACES_ASKING_NOTHING = re.compile(
    "|".join(
        [lexicon.ASKING_NOTHING_UNKNOWN]
        + [
            re.escape(name)
            for name in place_names_th()
            if re.search(lexicon.PLACES_ASKING_NOTHING, name)
        ]
    )
)


def without_places(flat: str) -> str:
    """The flat text without the words that hold a question word and ask nothing: place names
    ("หนองกี่วันที่3", compacted from "อ.หนองกี่ วันที่ 3") and a question word not known, told
    ("นานแค่ไหนแล้วก็ไม่รู้")."""
    return _PLACES_ASKING_NOTHING.sub("", flat)


_EVIDENCE_PROMISED = re.compile(lexicon.EVIDENCE_PROMISED)


def promises_evidence(t: v.Text) -> bool:
    """Photos or a clip promised for later, with no question put ("พรุ่งนี้จะถ่ายรูปส่งมาให้นะครับ"):
    answered as whether they may be sent later (they go to the complaint), never a new story."""
    return bool(_EVIDENCE_PROMISED.search(t.flat)) and not is_question(t)


def is_question(t: v.Text) -> bool:
    """The text asks something back (a question mark, a question word or particle)."""
    if _GONE_WHO_KNOWS_WHERE.search(t.flat):
        return False
    if "?" in t.cleaned or (_QUESTION_END.search(t.cleaned) and len(t.key) > 3):
        return True
    if ENGLISH_QUESTION.match(t.cleaned):
        return True
    if t.key.startswith(("ไม่", "บ่")) and not _QUESTION_END.search(t.cleaned):
        return False  # "ไม่แน่ใจว่าตำบลอะไรครับ": not knowing, said
    if ASKED_OUTRIGHT.search(t.cleaned) or _GUESSED_PARTICLE.search(t.flat):
        return True  # … or "เขาสิเดาออกบ่ว่าแม่นข้อย": Isan's "บ่" right after the guessing
    asked = without_places(t.flat)
    if any(word in asked and names(word, asked) for word in _QUESTION):
        return True  # "ไหม" as a word: not in "ไฟไหม้" (burnt), its tone mark the next syllable's
    if romanised.asks(t.raw):
        return True
    return bool(_WHO_WHAT.search(t.flat)) and short(t, 40) and not _INDEFINITE.search(t.flat)


#: Each cue word and the questions it is a cue of (by their order in `_FAQ`), and one pattern
#: finding the longest cue that begins at each place in the text: the longest cue of all is
#: always one of those, so one pass over the text does what a look for every cue did.
_FAQ_NAMES = tuple(_FAQ)
_CUE_OF: dict[str, list[int]] = {}
for _i, _words in enumerate(_FAQ.values()):
    for _w in _words:
        if _w:
            _CUE_OF.setdefault(_w, []).append(_i)
_CUES = v.longest_at_each_place(frozenset(_CUE_OF))


def faq_cue(t: v.Text) -> str | None:
    """The question asked, by its longest cue ("กี่วัน" over "จะรู้"), the first in
    `lexicon.FAQ_CUES` where two are as long."""
    found = set(_CUES.findall(without_places(t.flat)))
    if not found:
        return None
    _, first = max((len(cue), -i) for cue in found for i in _CUE_OF[cue])
    return _FAQ_NAMES[-first]


#: Where another question may begin ("…จะรู้ไหมว่าเป็นป้า แล้วต้องเสียเงินไหมคะ"): after a "?"
#: or a space, at "and then", "and", "one more thing".
_NEXT_CLAUSE = re.compile(r"\?|\s+(?=(?:แล้วก็|แล้ว|และ|อีกอย่าง|อีกข้อ)\S)")


def also_asked(t: v.Text, first: str) -> str | None:
    """The topic of a second question in the same message, by its cue words ("…เขาจะรู้ไหม
    แล้วต้องเสียเงินไหมคะ": cost beside will-they-know), or None when there is none other."""
    from handlers.understanding.prepared import prepare

    for part in _NEXT_CLAUSE.split(t.raw)[1:]:
        said = prepare(part)
        asked = faq_cue(said) if part.strip() and is_question(said) else None
        if asked and asked != first:
            return asked
    return None


#: Where what is said gives way to what is asked about it ("…ชื่อ สมพงษ์ แต่ไม่อยากให้…").
_BUT = re.compile(r"\s*(?:ว่าแต่|แต่)")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
#: Where an English sentence ends (after its full stop, "!" or "?"), or a question begins
#: after a comma ("My son was there, can he be a witness").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+|,\s*(?=(?:can|could|do|does|will|would|is|are|how|what|who|should|must)\b)",
    re.I,
)


def said_before_asking(text: str) -> str:
    """The words said before a question in the same message ("ลูกชายไปด้วยค่ะ ชื่อ สมพงษ์
    แต่… เขาจะได้รับอันตรายไหม" → "ลูกชายไปด้วยค่ะ ชื่อ สมพงษ์"): up to "but" or the first
    part that asks; "" when the message opens with the question."""
    from handlers.understanding.prepared import prepare

    said = _BUT.split(text, maxsplit=1)[0]
    if _OF_THE_QUESTION.match(said.strip()):
        return ""  # "ถ้าบอกชื่อคนทำ เขาจะรู้ไหม": the condition is the question's own
    kept: list[str] = []
    # English asks by its first word, so its parts are sentences ("Ms. Kanya. She can be
    # reached through me." asks nothing); Thai, which leaves no marks, by its spaces
    parts = said.split() if _THAI.search(said) else _SENTENCE_END.split(said)
    for part in parts:
        if is_question(prepare(part)):
            break
        kept.append(part)
    return " ".join(kept)


def not_asked(text: str) -> str:
    """What a message says without asking, where it puts no question in so many words: its
    English sentences that ask nothing ("I'm reporting for a farmer. The land office asked
    him for 3,000 baht." whole, "Can I report for my mother" nothing); Thai whole or nothing."""
    from handlers.understanding.prepared import prepare

    parts = [text] if _THAI.search(text) else _SENTENCE_END.split(text)
    return " ".join(part for part in parts if part.strip() and not is_question(prepare(part)))


#: A worry about being found out ("มีแค่หนูกับกำนันที่รู้", "ถ้าไปถึงอำเภอเขาก็เดาได้ว่าหนู",
#: "กลัวเขารู้ว่าเป็นเรา"): asked as who will know, never what happened.
#: Being guessed from what is told, asked ("มีคนเดาได้ไหม"), and with its particle ("เดาออกบ่").
_GUESSED = re.compile(lexicon.GUESSED_ASKED, re.I)
_GUESSED_PARTICLE = re.compile(lexicon.GUESSED_PARTICLE)


def asks_being_guessed(text: str) -> bool:
    """Whether the text asks if the teller will be guessed or seen through from what is told
    ("คนที่รู้เรื่องนี้จะเดาได้ไหม", "ดูออกไหมว่าเป็นเรา", "could they guess it's me")."""
    said = v.flat(text).lower()
    found = _GUESSED.search(said)
    # the guessing itself asked, not supposed before another question ("ถ้าเขาจับได้ว่าเป็นเรา
    # ทางนี้ช่วยคุ้มครองได้ไหมคะ": whether they are protected)
    if found is None:
        return False
    if found.group(0).isascii():  # "could they guess it's me?": asked in English
        return bool(_ASKED_EN.search(text.strip().lower()))
    return bool(_ASKED_RIGHT_AFTER.search(said[found.start() : found.end() + 24]))


#: A question's particle close after the guessing ("เดาได้ไหม", "ดูออกไหมว่าเป็นเรา").
_ASKED_RIGHT_AFTER = re.compile(r"ไหม|มั้ย|บ่|หรือเปล่า|รึเปล่า|ป่าว|ป่ะ")
_ASKED_EN = re.compile(r"\?|^(?:could|can|will|would|do|does|is|might)\b")


_BEING_KNOWN = re.compile(f"{lexicon.KNOWN_SUPPOSED}|{lexicon.KNOWN_FEARED}", re.I)


def without_worries(text: str) -> str:
    """What a message tells without its words of worry about being found out (walk29: "แต่
    เรื่องนี้มีแค่หนูกับกำนันที่รู้ ถ้าเรื่องไปถึงอำเภอเขาก็เดาได้ว่าหนู" tells nothing that
    happened): each part between spaces that is such a worry left out."""
    return " ".join(p for p in text.split() if not _BEING_KNOWN.search(v.flat(p.lower())))


#: The question model's margin below which its topic is not trusted over the cue words.
FAQ_UNSURE = -0.5


def topic(t: v.Text) -> str:
    """Which question back is asked: the question model's reading of it (trained from the
    examples and the cue words), else its longest cue, else "other"."""
    from handlers.understanding.classifier import faq_scores  # sklearn on first use

    if v.has(t.flat.lower(), _LANGUAGE):
        return "language"
    if asks_about_court(t):
        return "court"
    if supposed_threat_asked(t.cleaned):
        return "is_safe"  # "ถ้ามีใครมาขู่ทีหลัง ต้องติดต่อใคร": whom to call, the safety answer
    if _EVIDENCE_LAW.search(t.cleaned):
        return "evidence_law"  # "แอบถ่ายรูปมาจะผิดกฎหมายไหม": not how the data is kept
    if _LEGAL_RISK.search(t.cleaned.lower()):
        return "legal_risk"  # "แล้วตำรวจจะมาจับกูไหม": one's own risk for reporting
    if _ELSEWHERE.search(t.cleaned.lower()):
        return "report_elsewhere"  # "แจ้งที่นี่กับแจ้ง ป.ป.ช. ต่างกันยังไง": where else, and why here
    if _WHAT_EVIDENCE.search(t.cleaned.lower()):
        return "what_evidence"  # "ต้องถ่ายรูปอะไรบ้างคะ": what helps, not how many files
    if _IS_WRONG.search(t.cleaned.lower()):
        return "is_wrong"  # "แบบนี้ผิดไหมครับ": what may make it wrong, never a ruling
    if asks_being_guessed(t.cleaned):
        return "will_they_know"  # "คนที่รู้เรื่องนี้จะเดาได้ไหม": known from what is told
    if _PENALTY_FEARED.search(t.flat):
        return "will_they_know"  # "กลัวโดนหักคะแนน": they would have to know it was them
    if _FEAR_ALONE.fullmatch(t.key):
        return "is_safe"  # "กลัวค่ะ": how the data is kept, and whom to call if unsafe
    if promises_evidence(t):
        return "send_later"  # "พรุ่งนี้จะถ่ายรูปส่งมาให้นะครับ": sent later, it goes to the complaint
    asked = _LEAVE_TO_ASK.sub("", t.raw, count=1)  # "ขอถามก่อนนะคะ …": the topic follows
    scores = faq_scores(asked if asked.strip() else t.raw)
    best = max(scores, key=scores.__getitem__)
    if best == "kept_how_long" and _COLLECTING.search(t.flat) and not _KEPT_DATA.search(t.flat):
        best = "other"  # "ก็ยังเก็บอยู่": money still collected, not data kept
    if best == "how_long" and _KEEPING.search(t.flat) and not _COLLECTING.search(t.flat):
        best = "kept_how_long"  # "จะเก็บไว้นานเท่าไหร่": how long it is kept, not handled
    if scores[best] > FAQ_UNSURE:
        return best
    return faq_cue(t) or ("is_safe" if danger_score(t.cleaned) else "other")
