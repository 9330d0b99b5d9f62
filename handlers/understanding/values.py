"""Every value a message carries, read by rules (precision matters: an answer is stored
only when it is one). Each reader takes the prepared text and returns a `Value` or None."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from handlers.thai.gated import gated
from handlers.thai.normalise import as_typed, clean, strip_particles
from handlers.thai.numbers import words_to_digits
from handlers.thai.phone import find_thai_phone
from handlers.understanding import lexicon, romanised, when, where
from handlers.understanding.danger import flat
from handlers.understanding.kind_values import KIND_CLOSE, KIND_LIKELY, KIND_SURE, kind_value
from handlers.understanding.meaning import Value
from handlers.understanding.name_values import (
    NAME_LEAD,
    behalf_values,
    identity_value,
    name_before_role,
    name_value,
    reads_as_name,
)
from handlers.understanding.opening import fact_beside
from handlers.understanding.people_values import (
    official_value,
    ranked_name,
    without_witness_tail,
    witness_as_asked,
    witnesses_value,
)
from handlers.understanding.prepared import STORY_STEPS
from handlers.understanding.report_values import all_there_is, evidence_value, reported_values
from handlers.understanding.value_kit import (
    NO,
    NONE,
    PARTICLES,
    PRESSURE,
    REPORTED_YES,
    TEXT_STEPS,
    YES,
    Text,
    has,
    key_set,
    longest_at_each_place,
    option,
    picked,
    says_nothing,
    value_is,
    word_set,
)
from storage.tracking_codes import tracking_code_in

#: Municipalities named after their district's town ("เทศบาลเมืองบุรีรัมย์" is in อ.เมืองบุรีรัมย์):
#: the district read in their name is as sure as one named.
#: So are a police station's, a land office's, a district office's and a hospital's ("สภ.บ้านกรวด",
#: "สำนักงานที่ดินนางรอง", "รพ.พุทไธสง"): each is the district's own, named after it (a
#: sub-district's health post, "รพ.สต.", is another kind).
_TOWNS = frozenset(
    {
        "town_municipality",
        "city_municipality",
        "police",
        "land_office",
        "district_office",
        "hospital",
    }
)
TOWN_DISTRICT = 0.85

_REFERENCE = re.compile(r"brm\s*-?\s*(\d{4})\s*-?\s*(\d{1,7})", re.I)
_TENURE = re.compile(lexicon.OFFICE_TENURE, re.I)
_LIES_IN = re.compile(lexicon.LIES_IN_BEFORE)
FIELDS = {
    name: sorted(word_set(words), key=len, reverse=True) for name, words in lexicon.FIELDS.items()
}
#: How sure the whole text taken as the free answer asked for is: below any reader's value.
AS_ASKED = 0.6


#: A plain no said first, then more ("ไม่มีค่ะ ฉันเป็นแม่ครัวโรงเรียน…"): none, a fact beside it.
_NO_FIRST = re.compile(
    r"^(?:(?:ไม่|บ่)มี(?:ใคร|ไผ)?(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|นะ|เลย)*|no\s*one|nobody|none)[\s,]",
    re.I,
)


def as_asked(t: Text, expecting: str | None) -> Value | None:
    """The whole text as the free-text answer asked for (agency, official, witnesses, name,
    where reported), when no reader found anything better and it says something."""
    if expecting == "name" and name_before_role(t):
        return Value("name", name_before_role(t), 0.8, t.raw)  # the post after is the teller's own
    if expecting == "name":
        if says_nothing(t) or not reads_as_name(t):
            return None  # a refusal, a question, talk or a place is never stored as a name
        said = strip_particles(NAME_LEAD.sub("", t.cleaned)) or t.bare
        return _as_typed(Value("name", said, 0.8, t.raw), t.raw)
    if expecting == "witnesses" and _NO_FIRST.match(t.cleaned) and fact_beside(t.raw):
        return Value(expecting, "", 0.85, t.raw)  # "ไม่มีค่ะ แต่เขาเก็บไปหลังละ 400": no one
    if expecting == "witnesses" and t.bare and not says_nothing(t):
        said = witness_as_asked(without_witness_tail(t).bare)
        return _as_typed(Value(expecting, said, AS_ASKED, t.raw), t.raw)  # "Nid" as typed
    if expecting == "official" and t.bare and ranked_name(t.bare):
        return Value(expecting, ranked_name(t.bare), AS_ASKED, t.raw)  # "จ.ส.ต.บุญมี ที่…"
    if expecting in TEXT_STEPS and t.bare and not says_nothing(t):
        return Value(expecting, t.bare, AS_ASKED, t.raw)
    return None


#: A summary item's number said first, right after the word to change it ("แก้ 3 …", "แก้ข้อ 3
#: เป็น …"): the number is the item, before any field word in the new value (not "ข้อ 6 บ่แม่น
#: เคยแจ้งอำเภอแล้ว": said wrong, what follows tells the field).
_ITEM_FIRST = re.compile(
    r"^\s*(?:(?:ขอ)?(?:แก้ไข|แก้|เปลี่ยน)|edit|change|fix)\s*(?:ข้อ(?:ที่)?|no\.?|#|item|number)?"
    r"\s*(\d{1,2})(?![\d.:/])(?!\s*(?:บาท|ครั้ง|คน|วัน|เดือน|ปี|โมง|ทุ่ม|ก\.|ม\.|มี\.|เม\.|พ\.|มิ\.|ส\.|ต\.|ธ\.))",
    re.I,
)


def _named_in_a_line(raw: str, bare: where.Agency) -> where.Agency:
    """An agency named with its place in one bubble of a story ("… tee aob tor sa dao") where
    the whole reads only its kind ("นายกอบต.เรียกเงิน" in another): the named one."""
    for line in raw.splitlines():
        found = where.agency(clean(line))
        if found and found.place and found.kind == bare.kind:
            return replace(found, span=bare.span)  # where the whole said it ("นายกอบต.")
    return bare


#: A year of the Buddhist or the common era, said in four digits, or in two after "ปี"
#: ("ที่ถูกคือปี 68": no item 68).
_A_YEAR = re.compile(r"(?<!\d)(?:25|20)\d\d(?!\d)|ปี(?:นี้|ที่แล้ว)?\s*\d\d(?!\d)")
#: A number denied ("ปี 68 ไม่ใช่ 66"): the value said wrong, never an item to change.
_DENIED_NUMBER = re.compile(r"(?:ไม่ใช่|บ่แม่น|บ่ใช่)\s*\d{1,4}(?!\d)")
#: "There is one wrong" ("มีผิดอยู่ข้อนึง", "ผิดอยู่จุดหนึ่ง"): how many, no item's number.
_SOME_ITEM = re.compile(r"(?:มี|อยู่)\s*(?:ข้อ|จุด|อย่าง|อัน)\s*(?:นึง|หนึ่ง)")


def field_named(t: Text) -> Value | None:
    """The field (or numbered item) the text speaks of: "แก้วันที่" → "when", "แก้ 3" → 3."""
    counted = _SOME_ITEM.sub(" ", t.cleaned)  # "มีผิดอยู่ข้อนึง": one of them, not item 1
    counted = _A_YEAR.sub(" ", counted)  # "ไม่ใช่ค่ะ มิถุนายน 2569" names no item 69
    counted = _DENIED_NUMBER.sub(" ", counted)  # "…ไม่ใช่ 66": the year denied, no item
    number = re.search(r"(?:ข้อ|ที่|no\.?|#|item)?\s*(\d{1,2})(?!\d)", words_to_digits(counted))
    best: tuple[int, int, str, str] | None = None
    for name, words in FIELDS.items():
        for word in words:
            at = t.flat.find(word)
            if at >= 0 and (best is None or (at, -len(word)) < (best[0], best[1])):
                best = (at, -len(word), name, word)
    first = _ITEM_FIRST.match(words_to_digits(t.cleaned))
    if first:  # "แก้ 3 นายสมพงษ์ … นายก อบต.": the item said first, whatever its new value names
        return Value("field", int(first.group(1)), 0.9, first.group(0))
    # "เรื่องรูป": about the photo; "ชื่อตำบล", "ชื่ออำเภอ": the name of the place, not one's own
    if best and (best[2], best[3]) in (("what", "เรื่อง"), ("identity", "ชื่อ")):
        after = [
            (name, word)
            for name, words in FIELDS.items()
            for word in words
            if name != "what" and t.flat.startswith(word, best[0] + len(best[3]))
        ]
        if after:
            best = (best[0], best[1], *max(after, key=lambda found: len(found[1])))
    if number and (best is None or len(t.flat) <= 12):
        return Value("field", int(number.group(1)), 0.9, number.group(0))
    if best and best[2] == "identity" and (_PHONE_FIXED.search(t.flat) or find_thai_phone(t.raw)):
        best = (*best[:2], "phone", best[3])  # "เบอร์ผิดค่ะ 087…": the number, not the name
    if best:
        return Value("field", best[2], 0.85, best[3])
    return None


_PHONE_FIXED = re.compile(lexicon.PHONE_FIXED, re.I)


def reason(t: Text) -> Value:
    """Why they withdraw: "pressure" when threatened or pressed, else "other"."""
    cue = has(t.flat, PRESSURE)
    return Value("reason", "pressure" if cue else "other", 0.85 if cue else 0.6, cue or t.raw)


#: A correction that names the wrong value, then the right one: "ไม่ใช่ อบต.X แก้เป็น อบต.Y",
#: "ไม่ใช่ X ค่ะ ที่ถูกคือ Y", "not X, it's Y". What follows the turn is what is meant.
_CORRECTION = re.compile(
    r"(?:" + "|".join(lexicon.CORRECTION_DENIED) + r")\s*(?P<denied>\S.{0,60}?)\s*"
    r"(?:" + "|".join(lexicon.CORRECTION_TURNS) + r")\s*(?P<meant>\S.*)$",
    re.I,
)


def denied_and_meant(text: str) -> tuple[str, str] | None:
    """ "ไม่ใช่หมอ เป็น ผอ.รพ.สต." → ("หมอ", "ผอ.รพ.สต."): the value said to be wrong and the
    one meant, or None when the text is no correction of that shape."""
    found = _CORRECTION.search(" ".join(text.split()))
    return (found.group("denied"), found.group("meant")) if found else None


def _as_typed(said: Value, raw: str) -> Value:
    """A name in Latin letters as the person typed it ("Name: Wanida Phromma" keeps its
    capitals: the text is read lower-cased)."""
    value = str(said.value)
    typed = as_typed(raw, value) if value.isascii() else value
    return replace(said, value=typed) if typed != value else said


_DENIED_AFTER = re.compile(r"(?:^|\s)(?:" + "|".join(lexicon.CORRECTION_DENIED) + r")\s*\S+", re.I)


_PARENT_SAID = re.compile(lexicon.DISTRICT_PARENT_SAID)


def _without_denied(text: str) -> str:
    """The text without the value it says is wrong, said after the one meant or first
    ("ขอแก้อำเภอค่ะ เป็นบ้านกรวด ไม่ใช่ประโคนชัย" → "… เป็นบ้านกรวด", "ไม่ใช่ตำบลสตึกนะครับ ตำบล
    ร่อนทอง" → "… ตำบลร่อนทอง")."""
    if _CORRECTION.search(text):
        return text  # "ไม่ใช่ X เป็น Y": the one meant is read from after the turn
    denied = [m.group(0).split()[-1] for m in _DENIED_AFTER.finditer(text)]
    text = _DENIED_AFTER.sub(" ", text)
    for said in denied:  # "บ่แม่นจันดุม จันดุมนั่นบ้านผมเอง": the one denied, said again
        name = re.sub("^(?:" + "|".join(lexicon.CORRECTION_DENIED) + ")", "", said, flags=re.I)
        if len(name) >= 3:
            text = text.replace(name, " ")
    return text


#: A no said first and apart, then the answer ("บ่แม่น ประโคนชัย", "ไม่ใช่ค่ะ อำเภอสตึก" at the
#: district question, after a guess shown): the guess denied, the place said the one meant.
_NO_THEN = re.compile(
    r"^(?:" + "|".join(lexicon.CORRECTION_DENIED[:3]) + r"|บ่ใช่)"
    r"(?:ค่ะ|คะ|ครับ|คับ|เด้อ|เดอ|จ้า|จ้ะ|ดอก|เลย|นะ)*\s+(?P<rest>\S.*)$"
)


def said_after_no(cleaned: str) -> str:
    """What follows a no said first and apart (`_NO_THEN`: "ไม่ใช่ค่ะ มิถุนายน 2569" →
    "มิถุนายน 2569"), or "" when the text opens otherwise."""
    found = _NO_THEN.match(cleaned.strip())
    return strip_particles(found.group("rest")).strip() if found else ""


def _no_then_district(cleaned: str) -> where.Found | None:
    """The district said after a no said apart (`_NO_THEN`), the whole rest being its name."""
    found = _NO_THEN.match(cleaned.strip())
    rest = strip_particles(found.group("rest")).strip() if found else ""
    return where.district(rest, whole=True) if rest else None


#: Gated: a word beginning with "\b" gives `re` no first letter to skip ahead to (~15× dearer).
_RIGHT_ONE = gated(
    re.compile(r"(?:" + "|".join(lexicon.CORRECTED_TO) + r")\s*(?P<meant>\S.*)$", re.I)
)


def _corrected_to(text: str) -> str:
    """The part of a correction that says what is meant (after "แก้เป็น", "เป็น", "it's"),
    or "" when the text is no correction of that shape."""
    found = _CORRECTION.search(text) or _RIGHT_ONE.search(text)
    meant = _ENGLISH_NOT_AFTER.sub("", found.group("meant")) if found else ""
    return romanised.without_particles(meant) if found else ""


#: The value denied after the one meant, in English ("Satuek not Krasang", "Nang Rong, not
#: Nong Ki"): no part of what is meant.
_ENGLISH_NOT_AFTER = re.compile(r"[\s,]+(?:and\s+|but\s+)?not\s+\S.*$", re.I)


#: The last "แต่" (but) of a text, not "ตั้งแต่" (since) nor "แต่ก่อน" (formerly); what comes
#: after it up to a span's "until" (a span is one date, read whole).
_BUT_TURN = re.compile(r"(?<!ตั้ง)(?<!ตั้ง\s)แต่(?!ก่อน|ละ|ว่า)(?!.*(?<!ตั้ง)แต่)(?!.*(?:จนถึง|จน|ถึง))")


#: "Not only" opening a message, what it widens said before the first space ("ไม่ใช่แค่ปลาย
#: พฤษภาครับ ตั้งแต่ 16 พ.ค. 69 ถึงวันนี้…", "ไม่ใช่ครับ ไม่ใช่แค่ถึงมีนา หักมา…จนถึงเดือนที่แล้ว"):
#: what follows is the whole of what is meant.
NOT_ONLY = re.compile(r"^(?:(?:ไม่ใช่|บ่แม่น|บ่ใช่)\S*\s+)?(?:ไม่ใช่|บ่แม่น|บ่ใช่)แค่\S*\s+(?P<meant>\S.*)")


#: A denial right before a date ("วันที่ก็บ่แม่นเดือนกี้", "ไม่ใช่เดือนที่แล้ว"): that date is the
#: wrong one.
_DENIED_BEFORE = re.compile(r"(?:" + "|".join(lexicon.CORRECTION_DENIED) + r"|บ่ใช่)\s*$", re.I)


def _after_the_denied(cleaned: str, found: tuple, today: date) -> tuple | None:
    """The date said after one said to be wrong ("วันที่ก็บ่แม่นเดือนกี้ค่ะ
    ครูเก็บเงินมื้อซืนนี่เอง" → มื้อซืน), or None when the date read was not denied."""
    at = cleaned.find(found[1]) if isinstance(found[1], str) and found[1] else -1
    if at < 0 or not _DENIED_BEFORE.search(cleaned[:at]):
        return None
    return when.read_date(cleaned[at + len(found[1]) :], today, whole=False)


#: A time said as when the work was done already ("ทำเสร็จไปแล้วตั้งแต่ปี 67", "สร้างไปแล้ว
#: ตั้งแต่…"): the setting of a story, not when the wrong was done.
_DONE_ALREADY = re.compile(r"(?:เสร็จ|แล้ว)\s*(?:ไป)?\s*(?:ตั้งแต่|เมื่อ)\s*$")


def _done_before_then_again(cleaned: str, found: tuple, today: date) -> tuple | None:
    """The time after "แต่" in a story that first says when the work was done already
    ("ทำเสร็จไปแล้วตั้งแต่ปี 67 แต่ปีนี้ติดป้ายว่าใช้งบปี 69 ทำสายเดิมอีก" → this year: the
    wrong is the billing again, walk37), or None when the story is not of that shape."""
    at = cleaned.find(found[1]) if isinstance(found[1], str) and found[1] else -1
    if at < 0 or not _DONE_ALREADY.search(cleaned[:at]):
        return None
    turn = _BUT_TURN.search(cleaned, at + len(found[1]))
    return when.read_date(cleaned[turn.end() :], today, whole=False) if turn else None


def _seen_then_told(cleaned: str, found: tuple, today: date) -> tuple | None:
    """When the news was seen or sent is not when it happened ("เห็นในเฟซเมื่อวาน ถนนสร้างเสร็จ
    ประมาณเดือนสิงหา" → August; alone, no date): the date said after it, `found` itself when
    it was not a day seen, else an empty date (no date)."""
    at = cleaned.find(found[1]) if isinstance(found[1], str) and found[1] else -1
    if at < 0 or not when.SEEN_BEFORE.search(cleaned[:at]):
        return found
    return when.read_date(cleaned[at + len(found[1]) :], today, whole=True)


def read(t: Text, expecting: str | None, today: date) -> dict[str, Value]:
    """Every value found in the text, whatever the intent."""
    values: list[Value | None] = []
    reference = _REFERENCE.search(t.cleaned)
    if reference:
        ref = f"BRM-{reference.group(1)}-{int(reference.group(2)):05d}"
        values.append(Value("reference", ref, 0.99, reference.group(0)))
        # Its tracking code typed beside it ("BRM-2569-75199 FE6R-G2SN-GSND"); alone, twelve
        # letters could be three English words ("when they want").
        code = tracking_code_in(_REFERENCE.sub(" ", t.raw))
        if code:
            values.append(Value("code", code, 0.95, code))
    phone = find_thai_phone(t.raw)
    if phone:
        values.append(Value("phone", "+66" + phone[1:], 0.95, phone))
    if not reference and not (phone and len(t.key) <= 14):
        meant = _corrected_to(t.cleaned)  # "ไม่ใช่เดือนที่แล้ว เป็นตุลา": the date meant
        widened = NOT_ONLY.match(t.cleaned)
        meant = widened.group("meant") if widened else meant  # "…ยังเป็นอยู่": no "เป็น X"
        span = when.both_ends(t.cleaned, today) if meant and not widened else None
        if span and span.group("first").strip() not in meant:
            meant = ""  # "change the date: from March 2025 to July 2025": the span, not "to …"
        found = (meant and when.read_date(meant, today, whole=True)) or when.read_date(
            t.cleaned, today, whole=expecting == "when"
        )
        turn = _BUT_TURN.search(t.cleaned) if found and expecting == "summary" else None
        if turn and not meant:
            # "ไปยื่นวันพระ แต่เขาโทรมาเรียกเงินวันศุกร์ที่แล้ว": a date corrected with two days,
            # the one after "แต่" is the one meant
            later = when.read_date(t.cleaned[turn.end() :], today, whole=False)
            found = later or found
        if found and expecting in (None, "story", *STORY_STEPS) and not meant:
            found = _done_before_then_again(t.cleaned, found, today) or found
        if found and not meant:
            found = _seen_then_told(t.cleaned, found, today)
        if found and expecting not in (None, *STORY_STEPS) and not meant:
            # at any later question, "ไม่ใช่อาทิตย์ก่อน เมื่อวานนี้เอง": the date after the denied
            found = _after_the_denied(t.cleaned, found, today) or found
        if found and expecting == "official" and _TENURE.search(t.cleaned):
            found = None  # "ผอ.คนที่มาใหม่ปีนี้": when the office was taken, not the deed
        if found:
            values.append(Value("date", found[0], 0.9 if expecting == "when" else 0.8, found[1]))
    # "เป็นเทศบาลตำบลหนองกี่ ไม่ใช่ อบต.": the one meant, not the one denied after it
    agency = (
        where.agency(_corrected_to(t.cleaned))
        or where.agency(_without_denied(t.cleaned))
        or where.agency(t.cleaned)
    )
    if agency and not agency.place and "\n" in t.raw:
        agency = _named_in_a_line(t.raw, agency)
    if agency and agency.name.isascii():  # written in Latin letters: kept as they were typed
        typed = re.search(r"\s+".join(map(re.escape, agency.name.split())), t.raw, re.I)
        agency = replace(agency, name=typed.group(0)) if typed else agency
    if agency and _lies_in(t.cleaned, agency):
        agency = None  # "บ้านเราอยู่อำเภอกระสัง": where the village is, not the district office
    if agency and agency.place:
        values.append(Value("agency", agency.name, 0.9, agency.span))
    elif agency:
        values.append(Value("agency", agency.name, 0.7, agency.span))
    meant = _corrected_to(t.cleaned)  # "อำเภอไม่ใช่นางรอง เป็นหนองกี่": the one meant
    district = (meant and where.district(meant, whole=True)) or where.district(
        _PARENT_SAID.sub(" ", _without_denied(t.cleaned)), whole=expecting == "district"
    )
    if district is None and expecting == "official":  # "Nang Rong" asked who: the place alone
        alone = where.district(t.cleaned, whole=True)
        district = alone if alone and flat(alone.span) in (t.flat, flat(t.bare)) else None
    if district is None and agency:
        district = where.agency_district(agency)
    if district and agency and agency.kind in _TOWNS and flat(district.span) in flat(agency.span):
        # "เทศบาลเมืองบุรีรัมย์": a town's municipality is in the district it is named after
        district = replace(district, confidence=max(district.confidence, TOWN_DISTRICT))
    if district and agency and _said_beside(t.cleaned, agency.span, district.span):
        # "โรงเรียนบ้านโคกเมือง ลำปลายมาศค่ะ": the agency, then the district it is in
        district = replace(district, confidence=max(district.confidence, TOWN_DISTRICT))
    if district is None and expecting in ("district", "subdistrict"):
        district = _no_then_district(t.cleaned)  # "บ่แม่น ประโคนชัย": no (not the guess), this
    instead = where.district_meant_instead(t.cleaned)  # "ไม่ใช่นางรอง บอกแล้วว่าแคนดง"
    if instead is not None:
        district = replace(instead, confidence=max(instead.confidence, 0.85))
    if where.another_provinces_mueang(t.cleaned, district):
        district = None  # "อำเภอเมืองสุรินทร์": that province's capital district, not ours
        if agency and agency.place and _squash_place(agency.place) == "เมือง":
            values[:] = [v for v in values if v.name != "agency"]
            agency = None
    if (
        district
        and agency
        and expecting == "district"
        and _squash_place(agency.span)
        in (
            _squash_place(district.span),
            "อำเภอ" + _squash_place(district.span),
        )
    ):
        # "อำเภอเมืองบุรีรัมย์" asked the district: the place, not its district office
        values[:] = [v for v in values if v.name != "agency"]
        agency = None
    if district:
        values.append(Value("district", district.value, district.confidence, district.span))
    place = agency.place if agency and agency.kind in ("sao", "tambon_municipality") else None
    # "change the district to Prakhon Chai": the district meant, not its seat's sub-district
    whole_district = district and meant and flat(district.span) == flat(meant)
    sub = (
        meant and not whole_district and where.subdistrict(meant, None, None, whole=True)
    ) or where.subdistrict(
        _without_denied(t.cleaned),
        district.value if district else None,
        place,
        whole=expecting == "subdistrict",
    )
    alone = where.tambon_alone(t.cleaned) if expecting == "district" and not district else None
    if alone:  # "บ้านหนองคู" asked the district: ต.หนองคู, and the district it lies in
        sub = alone
        values.append(Value("district", str(alone.value)[:4], alone.confidence, alone.span))
    if sub:
        values.append(Value("subdistrict", sub.value, sub.confidence, sub.span))
    if sub and place and district is None and len(str(sub.value)) == 6:
        # "ทต.ชุมเห็ด": the tambon named by the agency lies in one district (DOPA codes nest)
        values.append(Value("district", str(sub.value)[:4], min(sub.confidence, 0.85), sub.span))
    values += [
        kind_value(t, expecting),
        official_value(t, expecting, agency),
        *behalf_values(t, expecting),  # before the name: one's own name said wins
        identity_value(t, expecting),
        name_value(t, expecting),
        *reported_values(t, expecting),
        evidence_value(t, expecting),
        witnesses_value(without_witness_tail(t) if expecting == "witnesses" else t, expecting),
    ]
    found = {v.name: v for v in values if v is not None}
    if expecting == "reported" and getattr(found.get("reported"), "value", None) == "yes":
        # "แจ้งศูนย์ดำรงธรรมไปเมื่อเดือนมีนา": when it was reported, not when it happened
        found.pop("date", None)
    for name in ("name", "affected_name"):
        if name in found:
            found[name] = _as_typed(found[name], t.raw)
    said = found.get("witnesses")
    if said and meant and flat(meant) in flat(str(said.value)):
        # "แก้ชื่อพยาน ไม่ใช่ลุงสมาน เป็นลุงสมัย": the witness meant, not the one denied
        found["witnesses"] = replace(said, value=strip_particles(meant))
    return found


def _lies_in(text: str, agency: where.Agency) -> bool:
    """The district office named right after where something lies ("หมู่บ้านอยู่ในอำเภอนางรอง"):
    the district as a place."""
    at = text.find(agency.span)
    district = agency.kind == "district_office" or agency.span.startswith(("อำเภอ", "อ."))
    return district and at > 0 and bool(_LIES_IN.search(text[:at]))


def _said_beside(text: str, agency: str, district: str) -> bool:
    """The district is the word right after the agency's name, not part of it."""
    at = text.find(agency)
    if at < 0 or flat(district) in flat(agency):
        return False
    after = text[at + len(agency) :]
    return after[:1] in (" ", ",") and after.lstrip(" ,").startswith(district)


# The readers' shared names, reached as `values.…` wherever they now live.
__all__ = [
    "AS_ASKED",
    "KIND_CLOSE",
    "KIND_LIKELY",
    "KIND_SURE",
    "NO",
    "NONE",
    "PARTICLES",
    "REPORTED_YES",
    "TEXT_STEPS",
    "Text",
    "YES",
    "all_there_is",
    "as_asked",
    "denied_and_meant",
    "field_named",
    "flat",
    "has",
    "key_set",
    "longest_at_each_place",
    "option",
    "picked",
    "read",
    "reads_as_name",
    "reason",
    "says_nothing",
    "value_is",
    "word_set",
]


def _squash_place(place: str) -> str:
    return re.sub(r"[\s.]", "", place)
