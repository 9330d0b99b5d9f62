"""An opening is not the story: "สวัสดีครับ ผมเป็นไวยาวัจกรวัด หลวงพ่อให้มาแจ้งแทนวัด" says who the
person is and that they want to report, not what happened. What it names (the official, the
agency, the kind) is kept; "what happened" is still asked."""

from __future__ import annotations

import re

from handlers.thai.normalise import clean
from handlers.understanding import lexicon, romanised
from handlers.understanding.danger import flat
from handlers.understanding.name_values import only_a_relay
from handlers.understanding.people_values import RELAYED
from handlers.understanding.where import place_name

_WHO = tuple(re.compile(p, re.I) for p in lexicon.INTRODUCING_WHO)
_WISH = tuple(re.compile(p, re.I) for p in lexicon.INTRODUCING_WISH)
_RANKED = re.compile(lexicon.TELLER_RANKED)
_POST_REACTIONS = re.compile(lexicon.POST_REACTIONS, re.I)
_VILLAGE = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(lexicon.VILLAGE_NUMBER_WORDS, key=len, reverse=True))
    + r")\s*\d+",
    re.I,
)
#: The wish to report said bare ("แจ้งเรื่องค่ะ"), and the politeness words between clauses.
_BARE = re.compile(r"^\s*(?:แจ้ง|ร้องเรียน|ฟ้อง)(?:เรื่อง|ความ)?|(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|เด้อ|นะ)(?=\s|$)")
_NAMED = ("official", "agency", "district", "subdistrict", "date")
#: Flattened characters left, once the introduction and the names are taken out, that tell
#: something done ("เก็บเงินค่าแบบเรียน", "takes 200 baht from every truck").
TOLD = 12
#: A kind read as surely as a story's own (the kind model's vote above its margin).
SURE_KIND = 0.75


def _left(text: str | None, patterns, values: dict | None = None) -> str:
    lines = []
    for line in (text or "").splitlines():  # each bubble of a story told in several
        line = clean(line).lower()
        for pattern in patterns:
            line = pattern.sub(" ", line)
        lines.append(line)
    rest = " ".join(lines)
    thai = _latin_in_thai(text, values)
    if thai is not None:
        # values read from the whole Latin message ("phu yai ban tham kan kong ngern…" names
        # the headman): its Thai, the values' own words out, tells what was done, if anything
        # ("kamnan kep ngern krub" leaves as little as "กำนันเก็บเงินครับ" does)
        rest = " ".join(thai.lower().split())
        for pattern in patterns:
            rest = pattern.sub(" ", rest)
    for found in (values or {}).values():
        if found.name in _NAMED and isinstance(found.span, str) and found.span:
            for said in (found.span,) if thai is None else _said_in_thai(found):
                rest = rest.replace(said.lower(), " ")
    return flat(rest)


def _said_in_thai(found) -> tuple[str, ...]:
    """How a value is said in Thai: a place by its name, a person or an office as read, and a
    post as its Latin spellings read back ("phu yai ban" is read "พุยายบ้าน" word by word)."""
    if found.name in ("district", "subdistrict"):
        return tuple(filter(None, (place_name(found.value),)))
    if not isinstance(found.value, str) or not found.value:
        return ()
    ways = lexicon.OFFICIALS_SAID_IN_LATIN.get(found.value, ()) if found.name == "official" else ()
    return (found.value, *filter(None, map(romanised.in_thai, ways)))


def _latin_in_thai(text: str | None, values: dict | None) -> str | None:
    """The Thai of a message typed in Latin letters that a value was read from whole (its span
    all of it), where a kind is read too; None otherwise or when it has no Thai reading."""
    whole = clean(text or "").lower()
    if not whole or "kind" not in (values or {}) or romanised.has_thai(whole):
        return None
    spans = (f.span for f in values.values() if f.name in _NAMED and isinstance(f.span, str))
    if not any(clean(span).lower() == whole for span in spans):
        return None
    return romanised.in_thai(clean(text or ""))


def tells_what_happened(text: str | None, values: dict | None = None) -> bool:
    """The text tells something that happened, not only who is reporting, on whose behalf,
    and whom or what about (`values`: what the understanding read from it); a kind of
    misconduct read surely from it tells it too."""
    if _only_a_topic(_in_thai(text)) or only_a_relay(text):
        return False  # "… อยากแจ้งเรื่องเรียกรับเงินค่ะ": what it is about, not what happened
    kind = (values or {}).get("kind")
    if kind is not None and kind.confidence >= SURE_KIND:
        return True
    if _wishes(text) and not names_a_matter(text, values) and _each_short(text, values):
        # "ยายทองใบเองจ้ะ หลานตั้งไลน์ให้ ยายมีเรื่องอยากเล่าให้ฟัง", "Hi, I'd like to report the
        # village headman": who tells and whom about, with the wish to tell; nothing done
        return False
    return len(_left(text, (*_WHO, *_WISH, _VILLAGE, _BARE), values)) >= TOLD


def _each_short(text: str | None, values: dict | None) -> bool:
    """Every bubble, its wish and names taken out, is shorter than a story told with them."""
    patterns = (*_WHO, *_WISH, _VILLAGE, _BARE)
    return all(
        len(_left(line, patterns, values)) < INTRODUCED for line in (text or "").splitlines()
    )


#: Flattened characters left in a bubble beside a wish to report below which one with no deed in
#: it is an introduction (a story told with the wish is longer than who tells and whom about).
INTRODUCED = 60
#: Something done, said in Thai or English: misconduct, money, a harm ("เขาหักเงิน", "kept the
#: compensation"). An opening without one names no matter, whoever it names.
_DEED = re.compile(
    r"เขา|มัน|โกง|เรียก|เก็บ|กิน|ขู่|จ่าย|เงิน|ทุจริต|สินบน|ฮั้ว|โดน|ถูก(?!ต้อง)|หัก|ยักยอก|ทิ้ง|ค่า|บาท"
    r"|ไม่(?:ได้|ให้|ครบ|เสร็จ|มี|ยอม)|สร้าง|ซ่อม|ขาย|ซื้อ|แจก|เบิก|งบประมาณ|ตัด|ปลอม|ยึด|ไล่|ทำร้าย"
    r"|\b(?:took|take[ns]?|kept|keeps?|charg\w*|demand\w*|asked for|pa(?:y|id|ys)|money|baht"
    r"|bribe\w*"
    r"|st(?:ole|eal\w*)|cheat\w*|embezzl\w*|fraud\w*|threat\w*|collect\w*|pocket\w*|deduct\w*"
    r"|fake\w*|rigg\w*|budget|fee|fees|never|didn'?t|won'?t|beat|hit)\b",
    re.I,
)


def names_a_matter(text: str | None, values: dict | None = None) -> bool:
    """The text names something done (a deed, money, a sum, a kind read surely): a matter,
    not only who is telling and whom it is about (`values`: what was read from it)."""
    kind = (values or {}).get("kind")
    said = clean(text or "").lower()
    sure = kind is not None and kind.confidence >= SURE_KIND
    return sure or bool(_DEED.search(said) or _SUM.search(said))


def _wishes(text: str | None) -> bool:
    """The text says the wish to report or to tell ("อยากเล่า", "I'd like to report")."""
    cleaned = clean(text or "").lower()
    return any(p.search(cleaned) for p in (_WISH[1], *_WISH[3:5]))


_NUMBER_WORD = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ)"
_PLACE_VALUE = r"(?:ร้อย|พัน|หมื่น|แสน|ล้าน)"
#: A sum of money ("3,000 บาท", "คนละ 200", "คนละห้าร้อย", "สองล้าน"; not "ปีงบ 2569"): never
#: the value of an agency, an official, a kind, a place or a date, so always a fact beside it.
_SUM = re.compile(
    rf"\d[\d,.]*\s*(?:บาท|baht|฿|บ\.)|฿\s*\d|\d[\d,.]*\s*{_PLACE_VALUE}|{_NUMBER_WORD}{_PLACE_VALUE}"
    rf"|(?:เงิน|คนละ|ละ|ค่า)\S{{0,12}}?\s*\d[\d,.]*",
    re.I,
)


def says_a_sum(text: str | None) -> bool:
    """ "คนละ 200", "บ้านละ 150 บาท", "สองพัน": the text says a sum of money (a fact of a story,
    however short)."""
    return bool(_SUM.search(clean(text or "").lower()))


#: Flattened characters left beside the values that tell a fact of their own (a sentence, not
#: a word or two said with an answer: "ไม่รู้ชื่อเต็ม", "นั่นแหละ").
BESIDE = 24
#: Every value an answer may be (its words are the answer, not beside it).
_ANSWERED = (*_NAMED, "kind", "evidence", "reported", "reported_to", "witnesses")
_GONE = frozenset(lexicon.EVIDENCE_GONE)


def tells_beside(text: str | None, values: dict | None = None, sentences: bool = True) -> bool:
    """An answer to a question with a value (the agency, the kind, the evidence) says a fact
    of the story beside it: a sum of money ("เรียกเงินค่ะ 3,000 บาท"), evidence there was and is
    no more ("มีใบเสร็จ แต่เขาเอาคืนไปแล้ว"), or a sentence of its own once the values read from
    it (`values`), who relayed it and the particles are taken out ("อบต.สะเดาค่ะ เขาตั้งงบ…";
    not with `sentences` off, where a sentence beside a date or a place is how it is said)."""
    told = RELAYED.sub(" ", clean(without_courtesies(text)).lower())
    if _SUM.search(told):
        return True
    read = {name: found for name, found in (values or {}).items() if name in _ANSWERED}
    evidence = read.get("evidence")
    if evidence is not None and isinstance(evidence.span, str) and evidence.span in _GONE:
        return True
    if not sentences:
        return False
    for found in read.values():
        if isinstance(found.span, str) and found.span:
            told = told.replace(found.span.lower(), " ")
    return len(_left(told, (_BARE,))) >= BESIDE


_TELLER_ROLE = tuple(re.compile(p) for p in lexicon.TELLER_ROLE)
_OTHERS_HARMED = re.compile(lexicon.OTHERS_HARMED, re.I)


def says_own_role(text: str | None) -> bool:
    """The text says the teller's own role or work ("ดิฉันเป็น อสม.", "ผมทำงานที่โรงสี")."""
    return any(p.search(text or "") for p in _TELLER_ROLE)


def fact_beside(text: str | None) -> str | None:
    """The fact an answer says beside its value once the story is told, as typed: from the
    words with a sum of money, the teller's own role or others harmed too to the end
    ("ไม่มีค่ะ แต่เขาเก็บไปหลังละ 400 ทุกบ้าน" → "แต่เขาเก็บไปหลังละ 400 ทุกบ้าน", "ไม่มีค่ะ
    ฉันเป็นแม่ครัวโรงเรียนเลยเห็นเอง", "ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด");
    None when it says neither."""
    said = text or ""
    found = [
        m.start() for p in (_SUM, *_TELLER_ROLE, _OTHERS_HARMED) for m in [p.search(said)] if m
    ]
    if not found:
        return None
    start = said.rfind(" ", 0, min(found)) + 1  # the words it begins in
    return said[start:].strip() or None


#: The words after a wish to report that only name what it is about ("เรียกรับเงินครับ").
TOPIC = 24
#: The wish closed by a particle, then one run of words naming what it is about with no number
#: ("อยากแจ้งเรื่องค่ะ เจ้าหน้าที่เทศบาลเก็บเงินร้านค้า"): a headline, not yet the story.
_HEADLINE = re.compile(r"^\s*(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ)\s+[^\s\d]+\s*(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ)?\s*$")
HEADLINE = 36
#: Where the teller lives, said in an introduction ("อยู่บ้านโคกเมือง", "บ้านอยู่ ต.หนองกี่").
_HOME = re.compile(r"(?:บ้าน)?อยู่\s*(?:ที่)?\s*(?:บ้าน|หมู่บ้าน|หมู่|ตำบล|ต\.|อำเภอ|อ\.)\s*\S+")
_OFFICIAL_WORDS = tuple(w for w in lexicon.OFFICIALS if not w.isascii())


def names_only_a_topic(text: str | None) -> bool:
    """An opening that only names what it is about after the wish to report ("สวัสดีค่ะ
    แม่ครัวโรงเรียนค่ะ อยากแจ้งเรื่องเงินอาหารกลางวัน", "yak jaeng rueang phu yai baan"): the
    complaint is begun with it as a hint, and what happened is asked."""
    thai = _in_thai(text)
    return _only_a_topic(thai) and _topic_named(thai)


def topic_of(text: str | None) -> str | None:
    """What an opening that only names its topic names, alone ("สวัสดีค่ะ เป็น อสม. ค่ะ
    มีเรื่องค่าป่วยการจะแจ้ง" → "ค่าป่วยการ"), to be read for a kind on its own: the greeting and
    the introduction around it say nothing of the kind and drown it; else None."""
    if not names_only_a_topic(text):
        return None
    cleaned = _topic_last(clean(_in_thai(text) or "").lower())
    wishes = [m for p in _WISH[3:5] for m in p.finditer(cleaned)]
    topic = _BARE.sub(" ", cleaned[max(wishes, key=lambda m: m.end()).end() :])
    return " ".join(topic.split()) or None


def _in_thai(text: str | None) -> str | None:
    """The text, or the Thai it spells when typed in Latin letters."""
    return romanised.in_thai(text or "") or text


#: Said after the wish to report in place of a topic: for whom ("มาแจ้งแทนเด้อ", "ในนามวัด").
_FOR_WHOM = re.compile(r"^\s*(?:แทน|ในนาม|ให้|ด้วย|หน่อย|ได้ไหม|ได้มั้ย)")


#: The topic said before the wish, in a word or two ("มีเรื่องค่าป่วยการจะแจ้ง", "มีเรื่องค่าป่วยการ อสม.
#: อยากร้องเรียน"):
#: read as the wish then the topic ("อยากแจ้งเรื่อง ค่าป่วยการ").
_TOPIC_FIRST = re.compile(
    r"มีเรื่อง\s*(\S{1,30}?(?:\s+\S{1,12}?)?)\s*(?:ที่)?(?:จะ|อยาก|สิ|ต้องการ)(?:มา)?(แจ้ง|ร้องเรียน|ฟ้อง)"
)
#: The teller's own role said as they open, the pronoun often dropped ("เป็น อสม. ค่ะ",
#: "ผมเป็นครูครับ", "ข่อยเป็น อสม. เด้อ"): who they are, not whom it is about.
_OWN_ROLE = re.compile(
    r"(?:^|\s)(?:ดิฉัน|ผม|หนู|ฉัน|ข้อย|ข่อย|กระผม)?\s*เป็น\s*\S{1,24}?\s*(?:หมู่\s*\d+\s*)?"
    r"(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|เด้อ)(?=\s|$)"
)


def _topic_last(cleaned: str) -> str:
    return _TOPIC_FIRST.sub(r"อยาก\2เรื่อง \1", cleaned)


def _topic_named(text: str | None) -> bool:
    """The last wish to report is followed by what it is about, not only for whom."""
    cleaned = _topic_last(clean(text or "").lower())
    wishes = [m for p in _WISH[3:5] for m in p.finditer(cleaned)]
    if not wishes:
        return False
    after = cleaned[max(wishes, key=lambda m: m.end()).end() :]
    return not _FOR_WHOM.match(after) and len(flat(_BARE.sub(" ", after))) >= 2


def _only_a_topic(text: str | None) -> bool:
    """An opening whose wish to report ends it with a topic, a few words with no number
    ("สวัสดีครับ ผมชื่อสมศักดิ์ อยากแจ้งเรื่องเรียกรับเงินครับ"), and names no official before
    it: the topic is kept as the kind, and what happened is still asked."""
    cleaned = _topic_last(clean(text or "").lower())
    wishes = [m for p in _WISH[3:5] for m in p.finditer(cleaned)]
    if not wishes:
        return False
    last = max(wishes, key=lambda m: m.end())
    rest = cleaned[last.end() :]
    before, after = _OWN_ROLE.sub(" ", cleaned[: last.start()]), _BARE.sub(" ", rest)
    if _HEADLINE.match(rest) and len(flat(after)) <= HEADLINE:
        after = ""  # "อยากแจ้งเรื่องค่ะ เจ้าหน้าที่เทศบาลเก็บเงินร้านค้า": what it is about, in one line
    addressed = _WISH[0].sub(" ", before)  # "เรียนเจ้าหน้าที่": whom it is written to, not about
    addressed = _RANKED.sub(" ", addressed)  # "กระผม จ่าสิบเอกสมาน": the teller's own rank
    if re.search(r"\d", _VILLAGE.sub(" ", cleaned)) or any(w in addressed for w in _OFFICIAL_WORDS):
        return False
    left = _left(before, (*_WHO, *_WISH, _VILLAGE, _BARE, _HOME))
    introduced = len(left) < TOLD or _says_who(before)
    formal = _FORMAL_TOPIC.match(after) and not _DEED_BY.search(after)
    return introduced and len(flat(after)) <= (INTRODUCED if formal else TOPIC)


#: A topic put as a formal letter puts it ("ประสงค์จะร้องเรียนกรณีการจัดซื้อจัดจ้างโครงการก่อสร้าง
#: ในหมู่บ้านที่ไม่โปร่งใส"): a headline however long, unless it says who did what to whom.
_FORMAL_TOPIC = re.compile(r"^\s*(?:ใน)?(?:กรณี|เกี่ยวกับ)")
_DEED_BY = re.compile(r"เขา|มัน|เรียก|เก็บ|ขู่|จ่าย|โกง|ยักยอก|หัก|ไล่|ทำร้าย|บาท")


#: Who the teller is, said bare as its own clause before the wish ("แม่ครัวโรงเรียนค่ะ",
#: "คนขับรถโรงเรียนครับ", "อสม.หมู่ 4 ค่ะ"): a few words closed by a polite particle.
_WHO_BARE = re.compile(r"^\s*(?:\S{2,24}\s*){1,2}(?:ครับ|ค่ะ|คะ|จ้า|จ้ะ|เด้อ)[\s,.!]*$")


def _says_who(before: str) -> bool:
    """The words before the wish to report, once a greeting is taken off, are the teller
    saying who they are ("สวัสดีค่ะ แม่ครัวโรงเรียนค่ะ"), not something that happened."""
    said = without_courtesies(before).strip()
    return (
        bool(said) and bool(_WHO_BARE.match(said)) and not _DEED.search(said)
    )  # nothing done in it


def introduces(text: str | None) -> bool:
    """The opening says who the person is or for whom they report ("ผมเป็นไวยาวัจกรวัด",
    "หลวงพ่อให้มาแจ้งแทนวัด", "the abbot sent me"): worth keeping before the story."""
    cleaned = clean(text or "").lower()
    return any(p.search(cleaned) for p in _WHO)


_GREETING_WORDS = "|".join(re.escape(w) for w in sorted(lexicon.GREETING, key=len, reverse=True))
_THANKS_WORDS = "|".join(re.escape(w) for w in sorted(lexicon.THANKS, key=len, reverse=True))
#: A greeting that opens a bubble ("สวัสดีค่ะ คุณเจ้าหน้าที่", "Hello,"): its words and the
#: politeness and forms of address said with it, up to the first clause of the story; greetings
#: said one after another ("สวัสดีค่ะ สบายดีบ่") go with it.
_GREETED = re.compile(
    rf"^(?:\s*(?:{_GREETING_WORDS})(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ|นะ|เด้อ|ท่าน|คุณ|พี่|น้อง|แอดมิน|admin|"
    rf"เจ้าหน้าที่|ทุกคน|ทุกท่าน|there|everyone|sir|madam|[\s,!.~🙏])*(?=\s|$))+",
    re.I,
)
#: A closing that ends it ("ขอบคุณมากนะคะที่รับฟัง", "thank you for listening"): short, last,
#: a sentence of its own (after a line's start, a particle or a stop; not "เขาบอกว่าขอบคุณ").
_CLOSING = re.compile(
    rf"(?P<end>^|ครับ|ค่ะ|คะ|คับ|จ้า|นะ|แล้ว|[.!,])\s*(?:{_THANKS_WORDS}|ฝาก\S{{0,10}}ด้วย)"
    r"[^\n]{0,40}$",
    re.I,
)


#: The words without which nothing is taken off as a courtesy (`_GREETED`, `_CLOSING`), as
#: letters run together: a text with none of them is never only courtesies, nor any part of it.
_COURTESY_INSIDE = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(
            {flat(w.lower()) for w in (*lexicon.GREETING, *lexicon.THANKS, "ฝาก")} - {""},
            key=len,
            reverse=True,
        )
    )
)


def courtesy_inside(cleaned: str) -> bool:
    """Whether a word of greeting or thanks (or "ฝาก…ด้วย"'s "ฝาก") is in the cleaned text, its
    letters run together: `without_courtesies` leaves something of any text, or of any stretch
    of it, without one."""
    return bool(_COURTESY_INSIDE.search(flat(cleaned.lower())))


def without_courtesies(text: str | None) -> str:
    """The story without the greeting that opens a bubble and the thanks that close the last
    one ("สวัสดีค่ะ …", "… ขอบคุณมากนะคะที่รับฟัง"); bubbles that were only those are gone.
    An introduction stays: who reports, and for whom, is worth keeping before the story."""
    lines = [_GREETED.sub("", line).strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    if lines:
        lines[-1] = _CLOSING.sub(r"\g<end>", lines[-1]).strip()
    return "\n".join(line for line in lines if line)


_CHAT_OPENING = re.compile(lexicon.STORY_CHAT_OPENING, re.I)
_CHAT_CLOSING = re.compile(lexicon.STORY_CHAT_CLOSING)


def without_chat(text: str | None) -> str:
    """The story without the chat said between its bubbles ("โอเคครับ งั้นผมจะแจ้งเรื่อง…",
    "เดี๋ยวครับ ยังเล่าไม่จบ …", "… แจ้งครับ"): a bubble keeps what it told; one that was only
    chat is kept as it was."""
    lines = []
    for line in (text or "").splitlines():
        if _POST_REACTIONS.match(line.strip()):
            continue  # a pasted post's reaction counts (walk40): the page's, not the story
        told = _CHAT_CLOSING.sub("", _CHAT_OPENING.sub("", line.strip(), count=1)).strip()
        lines.append(told if len(told) >= 4 else line.strip())
    return "\n".join(line for line in lines if line)
