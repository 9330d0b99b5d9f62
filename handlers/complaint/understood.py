"""What the one understanding of a message gives a complaint: the values it carries turned
into the draft's fields (clean, with the sub-district's district), and the short bubble
that says back what was taken without being asked."""

from __future__ import annotations

import re
from datetime import date, timedelta

import geothai

from handlers.intake.expecting import expecting
from handlers.intake.fields import KINDS, given
from handlers.replies import Named, Out, Say, T, shortened
from handlers.thai import agencies, in_english
from handlers.thai.dates import WhenAnswer, format_kept, format_when
from handlers.thai.in_english import named_place
from handlers.thai.normalise import as_typed, clean
from handlers.thai.places import Geography
from handlers.thai.spoken_dates import DAY
from handlers.understanding import Understanding, understand, where

# Values that may fill their field from any message, whatever was asked (mixed initiative),
# in the order they are said back.
VOLUNTEERED = (
    "kind",
    "agency",
    "official",
    "district",
    "subdistrict",
    "date",
    "witnesses",
    "reported",
    "behalf",
)
# The field each value fills, and the step that asks it.
FIELD_OF = {
    "kind": "kind",
    "agency": "agency",
    "official": "official",
    "district": "district",
    "subdistrict": "subdistrict",
    "date": "when",
    "witnesses": "witnesses",
    "reported": "reported",
    "behalf": "behalf",  # who the person files for: asked by no step, said back
}
# How sure a value must be to fill a field that was not asked: a place only when named
# ("อ.นางรอง", "อบต.หนองกง"), not guessed from a hospital's or school's name.
VOLUNTEER_CONFIDENCE = {"district": 0.8, "subdistrict": 0.8, "*": 0.7}
SAY_BACK_MAX = 40  # characters of a typed value repeated (the bubble stays ≤ 250)


def read(text: str | None, step: str, today: date) -> Understanding | None:
    """The understanding of a typed message at `step` (None for a tap, a photo, a place)."""
    if not text:
        return None
    return understand(text, expecting=expecting(step), today=today)


def district_name(code: object) -> str | None:
    """A DOPA district code ("3104") as its Thai name ("นางรอง")."""
    found = geothai.district(str(code)) if code else None
    return found.name_th if found else None


def subdistrict_place(code: object) -> tuple[str, str] | None:
    """A DOPA sub-district code ("310408") as (district, sub-district) Thai names."""
    found = geothai.subdistrict(str(code)) if code else None
    district = district_name(str(code)[:4]) if found else None
    return (district, found.name_th) if found and district else None


def when_of(value: object) -> WhenAnswer | None:
    """An understood date value ({start, end, precision}) as the dates helper's answer."""
    if not isinstance(value, dict) or not value.get("start"):
        return None
    start = date.fromisoformat(value["start"])
    end = date.fromisoformat(value.get("end") or value["start"])
    precision = value.get("precision") or DAY
    about = bool(value.get("approximate"))
    one_day = start == end and precision == DAY and not about
    return WhenAnswer(
        start,
        approximate_text=None if one_day else "~",
        end=end,
        precision=precision,
        approximate=about,
    )


def date_fields(when: WhenAnswer) -> dict:
    """The draft's occurred_on / occurred_text: one day exact; a span, a week or a month kept
    as said back ("30 พ.ย. – 1 ธ.ค. 2569", "ตุลาคม 2569")."""
    return {"occurred_on": when.date.isoformat(), "occurred_text": format_kept(when)}


def when_said(when: WhenAnswer) -> Say:
    """How a date is said back inside the "understood" bubble."""
    said = Named(format_when(when, "th"), format_when(when, "en"))
    return Say("said.span" if when.end != when.date else "said.day", {"date": said})


def apply(
    data: dict, name: str, value: object, geo: Geography | None, typed: str | None = None
) -> str | None:
    """Store one understood value in the draft's data; the field it filled, if any.
    Places outside the bot's province are not taken; words read from `typed` (the message)
    are kept as it writes them."""
    if name in ("agency", "official", "witnesses") and isinstance(value, str):
        value = as_typed(typed, value)
    if name in ("district", "subdistrict") and geo and not str(value).startswith(geo.code):
        return None
    if name == "kind" and value in KINDS:
        data["kind"] = value
    elif name in ("agency", "official", "witnesses") and isinstance(value, str) and given(value):
        data[name] = value
    elif name == "district" and district_name(value):
        move_district(data, district_name(value), geo)
    elif name == "subdistrict" and subdistrict_place(value):
        district, subdistrict = subdistrict_place(value)
        move_district(data, district, geo)
        data["subdistrict"] = subdistrict
    elif name == "date" and when_of(value) is not None:
        data.update(date_fields(when_of(value)))
        end = value.get("end") or value["start"]
        span = {"start": value["start"], "end": end, "precision": value.get("precision") or DAY}
        data[WHEN_SPAN] = {"on": data["occurred_on"], **span}
    elif name == "behalf" and isinstance(value, str) and value:
        data["behalf"] = value
    elif name == "reported" and value == "no":  # "ยังไม่เคยแจ้งที่ไหน"; where, if yes, is asked
        data.update(reported=False, reported_to=None, reported_ref=None)
    else:
        return None
    return FIELD_OF[name]


#: In a draft's data: the agency dropped when the district moved, said back once.
AGENCY_MOVED = "_agency_moved"
#: ...and kept aside: the district moved back to the agency's own, it is the agency again.
AGENCY_ASIDE = "_agency_aside"


def move_district(data: dict, district: str, geo: Geography | None) -> None:
    """A district answered or corrected: what belonged to the old one no longer holds (its
    sub-district, the pin as the scene, and an agency of that district, "ที่ว่าการอำเภอนางรอง"
    or "อบต.สะเดา" of นางรอง, asked again); an agency that names no place stays, and one set
    aside comes back when the district moves back to the agency's own."""
    old = data.get("district")
    if old != district:
        for stale in ("subdistrict", "pin_is_scene"):
            data.pop(stale, None)
        agency = data.get("agency")
        if old and isinstance(agency, str) and _of_district(agency, old, district, geo):
            data.pop("agency")
            data[AGENCY_MOVED] = data[AGENCY_ASIDE] = agency
        aside = data.get(AGENCY_ASIDE)
        if "agency" not in data and aside and _of_district(aside, district, old or "", geo):
            data["agency"] = data.pop(AGENCY_ASIDE)
            data.pop(AGENCY_MOVED, None)
    data.pop("outside_province", None)  # one of ours now: the place is this province's
    data["district"] = district


def _of_district(agency: str, old: str, new: str, geo: Geography | None) -> bool:
    """The agency's name places it in the district `old` (its office, or a sub-district of it
    that `new` has none of)."""
    parsed = agencies.parse(agency, geo)
    if parsed.district or parsed.place in (old, new):
        return (parsed.district or parsed.place) == old
    if not parsed.place or geo is None:
        return False
    return parsed.place in geo.subdistricts(old) and parsed.place not in geo.subdistricts(new)


def agency_moved(data: dict) -> list[Out]:
    """The agency of the old district, dropped by :func:`move_district`, said once: it is
    asked again."""
    agency = data.pop(AGENCY_MOVED, None)
    if not agency:
        return []
    params = {"agency": _shortened(agency), "district": named_place(data.get("district"))}
    return [Say("note.agency_moved", params)]


def agency_districts(data: dict, geo: Geography | None) -> list[str]:
    """The districts with a sub-district the agency is named after ("อบต.ชุมแสง": กระสัง,
    นางรอง, สตึก; a village school's village named as its ตำบล, "โรงเรียนบ้านหายโศก": พุทไธสง),
    in DOPA order; [] when it is named after no sub-district of the province."""
    agency = data.get("agency")
    if geo is None or not isinstance(agency, str):
        return []
    parsed = agencies.parse(agency, geo)
    village = agencies.tambon_of_village(parsed, geo)  # "โรงเรียนบ้านหายโศก": ต.หายโศก
    if village and not parsed.district:
        return geo.districts_with_subdistrict(village)
    if parsed.kind not in agencies.NAMED_AFTER_TAMBON or not parsed.place or parsed.district:
        return []
    return geo.districts_with_subdistrict(parsed.place)


def place_of_agency(data: dict, geo: Geography | None) -> list[str]:
    """The sub-district an agency is named after, filled while still open: in the district
    answered, or with its district when only one district has it. The fields filled."""
    if geo is None or "subdistrict" in data:
        return []
    districts = agency_districts(data, geo)
    district = data.get("district") or (districts[0] if len(districts) == 1 else None)
    if district not in districts:
        return []
    parsed = agencies.parse(data["agency"], geo)
    named = agencies.tambon_of_village(parsed, geo) or parsed.place
    found = geo.match_subdistrict(district, named).subdistrict
    if not found:
        return []
    move_district(data, district, geo)
    data["subdistrict"] = found
    return ["subdistrict"]


def agency_named_before(data: dict, said: object, geo: Geography | None) -> str | None:
    """The agency "อบต.ฯ"/"อบต.ดังกล่าว" points back to: one of the same kind named with its
    place earlier in the filing (the story, the official)."""
    kind = agencies.parse(str(said), geo).kind if said else agencies.OTHER
    if kind == agencies.OTHER:
        return None
    for text in (data.get("description"), data.get("official"), data.get("reported_to")):
        found = where.named_in(clean(text), kind) if isinstance(text, str) else None
        if found:
            return found.name
    return None


def recognised_agency(name: object, geo: Geography | None) -> bool:
    """An agency name of a known kind (อบต., ทต., รพ. …), so its clean form can be stored."""
    return isinstance(name, str) and agencies.parse(name, geo).kind != agencies.OTHER


def _believed(understood: Understanding, name: str, geo: Geography | None) -> bool:
    """A value good enough to fill a field that was not asked: an agency whose place is in
    the province, an official who is not a piece of the agency's name ("โรงพยาบาล")."""
    found = understood.values[name]
    if found.confidence < VOLUNTEER_CONFIDENCE.get(name, VOLUNTEER_CONFIDENCE["*"]):
        return False
    if name == "agency":
        parsed = agencies.parse(str(found.value), geo)
        if parsed.kind == agencies.OTHER:
            return _district_office(str(found.value), parsed, geo)
        return agencies.is_known_place(parsed, geo)
    agency = understood.values.get("agency")
    # a piece of the agency's name, not a post the agency was read from ("ปลัดอำเภอประโคนชัย"
    # names the district office and who did it)
    inside = agency is not None and found.span in agency.span
    return not (name == "official" and inside and str(found.value) in str(agency.value))


#: A ministry's office of a district, named with it ("เกษตรอำเภอประโคนชัย", "ปศุสัตว์อำเภอนางรอง").
_DISTRICT_OFFICES = tuple(n for n in where.AGENCY_NAMES if n.endswith("อำเภอ") and n != "อำเภอ")


def _district_office(value: str, parsed: agencies.ParsedAgency, geo: Geography | None) -> bool:
    """A district's office of a ministry named with a district of the province: an agency
    surely, though of no kind the names know (walk40: "เกษตรอำเภอประโคนชัย" asked again)."""
    if not (value.startswith(_DISTRICT_OFFICES) and parsed.district):
        return False
    office = agencies.ParsedAgency("district_office", parsed.district, parsed.district)
    return agencies.is_known_place(office, geo)


#: A road, a village, its หมู่, its sub-district or district, as typed ("ถนนสายบ้านหนองม่วง-บ้านโนนสูง
#: ม.4 ต.ถาวร"): the place of the matter, beside the district and sub-district read from it.
_PLACE_BITS = re.compile(
    r"(?:ถนน|ซอย|ซ\.)\S+|บ้าน[ก-๙]+|(?:หมู่(?:ที่)?|ม\.)\s*\d+|(?:ตำบล|ต\.\s?)[ก-๙]+|(?:อำเภอ|อ\.\s?)[ก-๙]+"
)


def place_said(text: str) -> str:
    """The place words of a text, as typed and in order ("" when it names none), without a
    polite ending typed onto the last ("ตำบลเสม็ดค่ะ")."""
    return " ".join(_POLITE_END.sub("", m.group(0)) for m in _PLACE_BITS.finditer(text or ""))


_POLITE_END = re.compile(r"(?:ค่ะ|ครับ|คับ|จ้า|จ้ะ)$")


def more_than_area(place: str) -> bool:
    """Place words that name a village, its หมู่ or a road, not only a sub-district and
    district (those are kept in their own fields)."""
    return bool(_BEYOND_AREA.search(place or ""))


_BEYOND_AREA = re.compile(r"ถนน|ซอย|ซ\.|บ้าน|หมู่|ม\.")


#: The questions whose answers may name the spot where it happened beside their value ("อ.ละหาน
#: ทราย ที่หอประชุมหมู่บ้าน"); never who reports (where the teller lives is not the scene), nor
#: the date ("ตลาดนัดวันพุธที่แล้ว" says when).
SPOT_STEPS = ("kind", "agency", "official", "district", "subdistrict", "what", "what_more")


def spot_kept(data: dict, before: dict, step: str | None, text: str | None) -> bool:
    """The spot (and village) named in what the story gained since `before`, or beside the
    answer `text` at `step` ("ศาลากลางหมู่บ้าน", "หน้าบ้านผู้ใหญ่", "ตลาดนัดวันพุธ", "บ้านโนนแดง
    หมู่ 5"), kept as the place while none is held (a pin's address or a place typed stays);
    whether it was. At a place question the spot answered is the place, over one the story
    named in passing ("สี่แยกไฟแดงหน้าตลาด" after "สี่แยกนางรอง"), never over a pin's address."""
    if data.get("place_text"):
        return _spot_answered(data, step, text)
    story, told = data.get("description") or "", before.get("description") or ""
    added = story[len(told) :] if story.startswith(told) else story
    for said in (added, text if step in SPOT_STEPS else None):
        alone = said is text and step in _PLACE_STEPS  # "จรเข้มากครับ บ้านโคกเพชร"
        found = where.scene(said) or where.village_apart(said, alone)
        if found:
            data["place_text"] = found
            return True
    return False


#: The place questions, whose answers may name the village as a word of its own beside them.
_PLACE_STEPS = ("district", "subdistrict")


def _spot_answered(data: dict, step: str | None, text: str | None) -> bool:
    """The spot named at a place question, kept over the place held when not already in it
    (a pin's address stays); whether it was."""
    if step not in _PLACE_STEPS or data.get("latitude") is not None:
        return False
    found = where.scene(text)
    if not found or found in data["place_text"]:
        return False
    data["place_text"] = found
    return True


def changed(understood: Understanding, step: str, geo: Geography | None) -> list[str]:
    """The values an edit sets: the named field's own, and others only when sure (a
    district corrected as "อำเภอนางรอง" names the place, not the district office)."""
    return [
        name
        for name in VOLUNTEERED
        if name in understood.values
        and (FIELD_OF[name] == step or _believed(understood, name, geo))
        and not (name == "agency" and step == "district" and _place_words(understood))
    ]


def _place_words(understood: Understanding) -> bool:
    """The agency read is only a district named ("อำเภอนางรอง"; "…อยู่ลำปลายมาศ บ่แม่น
    อำเภอเมือง", the one denied), not its office."""
    agency, district = understood.value("agency"), understood.value("district")
    if district is None or not isinstance(agency, str):
        return False
    return agency == f"อำเภอ{district_name(district)}" or bool(_DISTRICT_ONLY.fullmatch(agency))


#: An agency read that is only "อำเภอ" and a name: at the district's edit, a place.
_DISTRICT_ONLY = re.compile(r"อำเภอ[ก-๙]+")


def _open(data: dict, name: str, value: object) -> bool:
    """Whether a value may fill its field: not answered yet ("ไม่รู้" is an answer); a
    sub-district left unknown only by one in the district answered."""
    if name == "subdistrict":
        place = subdistrict_place(value)
        same = place is not None and data.get("district") in (None, place[0])
        return same and not data.get("subdistrict")
    return ("occurred_on" if name == "date" else FIELD_OF[name]) not in data


def volunteered(data: dict, understood: Understanding | None, geo: Geography | None = None) -> list:
    """Fill the fields still empty from the values a message carries (and a date held from
    what was told with a finer one inside it: `finer_date`); returns the value names taken."""
    if understood is None:
        return []
    taken = []
    for name in VOLUNTEERED:
        if name not in understood.values or not _believed(understood, name, geo):
            continue
        value = understood.value(name)
        if name == "date" and not _open(data, name, value):
            value = finer_date(data, value, understood.text)
        elif not _open(data, name, value):
            continue  # never overwrite an answer with a guess from another message
        if value is not None and apply(data, name, value, geo, understood.text):
            taken.append(name)
    return taken


#: In a draft's data: the span of a date taken from what was told ({on, start, end,
#: precision}), so that a finer date told later can take its place (`finer_date`).
WHEN_SPAN = "_when_span"
_COARSER = {DAY: 0, "week": 1, "month": 2, "year": 3}


def finer_date(data: dict, value: object, text: str | None) -> dict | None:
    """A date told after a coarser one taken from what was told: the finer one when it is a
    day of the month said ("เดือนที่แล้ว", then "วันที่ 3": the 3rd of last month) or a date
    named whatever the day ("สองเดือนแล้ว", then "ต้นเดือนพฤศจิกา") in or beside the first;
    else None. A date answered at its question is never moved, nor by one counted from today
    ("มาขุดแค่สามวัน" is how long, "วันพุธ" which Wednesday is unsure)."""
    held = data.get(WHEN_SPAN)
    plain = when_of(value)
    if not isinstance(held, dict) or held.get("on") != data.get("occurred_on") or not plain:
        return None
    start, end = date.fromisoformat(held["start"]), date.fromisoformat(held["end"])
    if _COARSER.get(plain.precision, 0) >= _COARSER.get(held["precision"], 0):
        return None
    anchored = _read_date(text, end)
    day = when_of(anchored)
    if day and day.date.day == plain.date.day and start <= day.date and day.end <= end:
        return anchored  # "วันที่ 3": a day of the month said before
    room = timedelta(days=(end - start).days + 1)
    named = _read_date(text, plain.end + _LATER) == value  # not counted from today
    return value if named and start - room <= plain.date and plain.end <= end + room else None


_LATER = timedelta(days=40)


def _read_date(text: str | None, today: date) -> dict | None:
    """The date a text tells as if read on `today`."""
    return (
        understand(text, expecting=expecting("when"), today=today).value("date") if text else None
    )


def _shortened(value: str) -> str:
    return shortened(value, SAY_BACK_MAX)


#: Fields a change may set that are said back by name (see `said_back`).
SAID_BY_NAME = ("kind", "official", "agency", "witnesses", "district", "subdistrict")


def said_if_unsaid(before: dict, data: dict, replies: list[Out]) -> list[Out]:
    """`replies`, first saying back the fields changed from `before` to `data` when none of
    them says what was understood already."""
    changed = [n for n in SAID_BY_NAME if n in data and data.get(n) != before.get(n)]
    if not changed or any(isinstance(r, Say) and r.key == "note.understood" for r in replies):
        return replies
    return said_back(data, changed, None) + replies


def said_back(data: dict, taken: list, understood: Understanding | None) -> list[Out]:
    """One short bubble saying back what was taken without being asked; a value taken and then
    dropped by a later one in the same message (an agency of the district moved away from)
    is not said as taken."""
    if not taken:
        return []
    parts: list[Say] = []
    if "kind" in taken and data.get("kind"):
        parts.append(Say("said.kind", {"kind": T(f"kind.{data['kind']}")}))
    for name in ("official", "agency", "witnesses"):
        if name in taken and isinstance(data.get(name), str):
            value = _shortened(data[name])
            key = f"said.{name}"
            if name == "agency":  # an official or witnesses are said back as typed
                value = Named(value, _shortened(in_english.agency(data[name])))
                # "ที่ว่าการอำเภอลำปลายมาศ" said after "ที่" read "ที่ ที่ว่าการ…" (walk40)
                key = "said.agency_bare" if data[name].startswith("ที่") else key
            parts.append(Say(key, {name: value}))
    if "subdistrict" in taken and data.get("subdistrict"):
        parts.append(Say("said.subdistrict", {"subdistrict": named_place(data["subdistrict"])}))
    if ("district" in taken or "subdistrict" in taken) and data.get("district"):
        parts.append(Say("said.district", {"district": named_place(data["district"])}))
    if "reported" in taken:
        parts.append(Say("said.reported_no"))
    if "behalf" in taken and data.get("behalf"):
        parts.append(Say("said.behalf", {"relation": in_english.named_relation(data["behalf"])}))
    when = when_of(understood.value("date")) if understood is not None else None
    if "date" in taken and when is not None:
        parts.append(when_said(when))
    said = [Say("note.understood", {"parts": tuple(parts)})] if parts else []
    return [*said, *agency_moved(data)]
