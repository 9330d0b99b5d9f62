"""The steps on where it happened: the district (offered by name when typed alike), a pin
shared, and the sub-district."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from handlers.complaint import choices, understood
from handlers.complaint.step_kit import UNKNOWN, Problem, option_buttons
from handlers.intake.answers import Answer
from handlers.replies import Named, Quick, Say
from handlers.thai import agencies, in_english
from handlers.thai.in_english import named_place
from handlers.thai.in_english import place as place_en
from handlers.thai.normalise import compact, is_dont_know, strip_particles
from handlers.thai.places import heard_as, other_province_said, province_name_en
from handlers.understanding import where


# -- where -----------------------------------------------------------------
def _province(ctx) -> dict:
    """The province's name for the texts, Thai and English."""
    geo = ctx.geography
    return {"province": Named(geo.name, geo.name_en), "examples": Named(*geo.examples())}


def ask_district(ctx):
    other = _agency_outside(ctx)
    if other:  # "สภ.ปราสาท": Surin's police, said back honestly before asking a district of ours
        told = _outside_offered(ctx, other, "")
        return [Say(told.key, told.params, quick=told.quick)]
    location = (Quick("choice.share_location", "location"),)
    offered = _districts_of_agency(ctx)
    if offered:  # "อบต.ชุมแสง": only the districts that have a ชุมแสง are asked about
        listed = "\n".join(f"{i}. {name}" for i, name in enumerate(offered, start=1))
        quick = option_buttons("district", [("=" + s, s) for s in offered]) + location
        agency = ctx.data["agency"]
        params = {"agency": Named(agency, in_english.agency(agency)), "suggestions": listed}
        return [Say("ask.district_of_agency", params, quick=quick)]
    return [Say("ask.district", _province(ctx), quick=location)]


def _agency_outside(ctx) -> str | None:
    """The other province of the agency ("สภ.กันทรลักษ์" is Sisaket's) when no district is held
    and no sub-district of ours was told (ต.ปราสาท with "สภ.ปราสาท": ours): said back at the
    district question, and what an answer that is no district of ours files."""
    agency = ctx.data.get("agency")
    if ctx.data.get("district") or not isinstance(agency, str):
        return None
    said = " ".join(str(ctx.data.get(k) or "") for k in ("description", "place_text"))
    told = [ctx.data.get("subdistrict"), *where.tambons_named(said)]
    return agencies.province_elsewhere(agency, ctx.geography, [t for t in told if t])


def _districts_of_agency(ctx) -> list[str]:
    """The districts the agency's sub-district may be in, when more than one and no district
    is held yet."""
    if ctx.data.get("district"):
        return []
    found = understood.agency_districts(ctx.data, ctx.geography)
    return found if len(found) > 1 else []


def _suggested(ctx, step: str, answer: Answer) -> str | None:
    """A suggestion offered last time, picked by number or by "ใช่" (the first one)."""
    offered = (ctx.data.get("_suggested") or {}).get(step) or []
    if not offered or answer.text is None:
        return None
    index = choices.number_or_yes(answer.text, len(offered))
    return offered[index] if index is not None else None


def _insisted(ctx, step: str, answer: Answer) -> str | None:
    """The name typed again after suggestions were offered, as it is said: the one offered it
    sounds like ("ละเวี่ย" again after "ละเวี้ย?" is ละเวี้ย), never a second refusal."""
    offered = (ctx.data.get("_suggested") or {}).get(step) or []
    return heard_as(answer.text, offered) if offered and answer.text else None


def _offer(ctx, step: str, names: tuple[str, ...], key: str, params: dict) -> Problem:
    ctx.data["_suggested"] = {step: list(names)}
    quick = option_buttons(step, [("=" + s, s) for s in names])
    if step == "subdistrict":
        quick += (UNKNOWN,)
    listed = "\n".join(f"{i}. {name}" for i, name in enumerate(names, start=1))
    return Problem(key, {**params, "suggestions": listed}, quick)


def take_district(ctx, answer):
    """The district (`_take_district`); a sub-district of several districts named at it is
    asked about ("ตำบลชุมแสง อำเภอไหนคะ", walk38: guessed), then kept with the district; one
    said before it elsewhere ("ตำบลเมืองไผ่" at the summary, then "กระสังค่ะ") taken too."""
    offered = (ctx.data.get("_suggested") or {}).get("district")
    several = None if offered else _tambon_of_several(ctx, answer)
    if several is not None:
        return several
    step = _take_district(ctx, answer)
    if not isinstance(step, Problem):
        tambon_said_kept(ctx)
    return step


def _tambon_of_several(ctx, answer) -> Problem | None:
    """ "ตำบลชุมแสงค่ะ" with no district said: the districts having it offered, else None."""
    if answer.text is None or answer.value("district"):
        return None
    named = where.tambons_named(answer.text)
    districts = ctx.geography.districts_with_subdistrict(named[0]) if len(named) == 1 else []
    if len(districts) < 2 or ctx.geography.district_named_in(answer.text):
        return None
    params = {"subdistrict": named_place(named[0])}
    problem = _offer(ctx, "district", tuple(districts), "problem.district_of_subdistrict", params)
    ctx.data[TAMBON_SAID] = named[0]  # taken once the district is (`tambon_said_kept`)
    return problem


def _take_district(ctx, answer):
    geo = ctx.geography
    if answer.is_location:
        ctx.data.update(
            latitude=answer.latitude, longitude=answer.longitude, place_text=answer.address
        )
        found = geo.district_from_address(answer.address or "")
        if found:
            ctx.data["district"] = found
            _subdistrict_from_address(ctx, found, answer.address or "")
            return "pin"
        return Problem("problem.location_outside", _province(ctx))
    outside = ctx.data.pop("_outside", None)
    if outside is None and _agency_outside(ctx):
        outside = {"province": _agency_outside(ctx), "said": ""}  # said back when asked
    if outside and answer.choice == "outside":
        return _filed_outside(ctx, outside)
    for name in ("subdistrict", "district"):
        if name == "subdistrict" and _district_named_alike(answer):
            continue  # "นางรอง" at this question is the district, not its ต.นางรอง
        if understood.apply(ctx.data, name, answer.value(name), geo):
            return "subdistrict"
    picked = _suggested(ctx, "district", answer) or _of_agency_picked(ctx, answer)
    if answer.choice and answer.step == "district":
        picked = answer.choice
    text = picked or answer.text
    if text is None:
        return Problem("problem.want_district")
    if outside and not _ours(geo, text):
        return _filed_outside(ctx, outside)  # "ส่ง", "ข้าม", anything but one of ours: go on
    if answer.intent == "none" or is_dont_know(text):  # "บ่ฮู้": no district was named
        location = (Quick("choice.share_location", "location"),)
        return Problem("problem.district_not_known", _province(ctx), location)
    tambon = _tambon_decides(ctx, text)
    if tambon:
        return tambon
    match = geo.match_district(text)
    if match.district:
        _set_district(ctx, match.district)
        return "subdistrict"
    if match.confident:
        _set_district(ctx, match.suggestions[0])
        ctx.notes.append(Say("note.district", {"district": named_place(match.suggestions[0])}))
        return "subdistrict"
    named = geo.district_named_in(text)
    if named:  # "Nang Rong, as I just said": the district among other words
        _set_district(ctx, named)
        return "subdistrict"
    if match.province_named:
        params = _province(ctx)
        return _offer(ctx, "district", match.suggestions, "problem.district_is_province", params)
    other = match.other_province or other_province_said(text, geo.code)
    if other:
        return _outside_offered(ctx, other, text)
    if match.suggestions:
        return _offer(ctx, "district", match.suggestions, "problem.district_suggest", {})
    return Problem("problem.district_unknown", _province(ctx))


#: "Go on" after a place outside the province was said back: filed with the place as said.
GO_ON_OUTSIDE = Quick("choice.outside_go_on", "postback", "a=district:outside")


def _outside_offered(ctx, other: str, said: str) -> Problem:
    """A place of another province: said back once, honestly (this network serves this province;
    that province's ศูนย์ดำรงธรรม or 1567), and the villager may go on or stop. Whatever is typed
    next that is no district of ours goes on, the place kept as said: never a loop."""
    ctx.data["_outside"] = {"province": other, "said": said.strip()}
    named = Named(other, f"{province_name_en(other)} ({other})")  # its Thai name, to ask for
    return Problem(
        "problem.district_other_province", {"named": named, **_province(ctx)}, (GO_ON_OUTSIDE,)
    )


def _ours(geo, text: str) -> bool:
    """The text names one of the province's districts (so not a go-on after "outside")."""
    match = geo.match_district(text)
    return bool(match.district or match.confident or geo.district_named_in(text))


def _filed_outside(ctx, outside: dict) -> str:
    """Go on with a place outside the province: no district or sub-district of ours, the place
    kept as said (an agency's province keeps the place unsaid) and its province held for the
    committee's badge (`tickets.outside_province`)."""
    ctx.data.update(district=None, subdistrict=None)
    if outside.get("said"):
        ctx.data["place_text"] = outside["said"]
    ctx.data["outside_province"] = outside["province"]
    return "subdistrict"


def _of_agency_picked(ctx, answer: Answer) -> str | None:
    """One of the districts offered for the agency's sub-district, picked by its number."""
    offered = _districts_of_agency(ctx)
    key = compact(answer.text or "")
    return offered[int(key) - 1] if key.isdigit() and 0 < int(key) <= len(offered) else None


def _set_district(ctx, district: str) -> None:
    """A district answered: a sub-district or an agency of another district no longer holds."""
    understood.move_district(ctx.data, district, ctx.geography)


_TAMBON_IN_ADDRESS = re.compile(r"(?:ตำบล|ต\s*\.)\s*(\S+)")


def _district_named_alike(answer: Answer) -> bool:
    """The district answer also reads as a sub-district only by its name (the town that
    names the district), not as one named with ต./ตำบล."""
    found = answer.understood.values if answer.understood else {}
    sub = found.get("subdistrict")
    sure = understood.VOLUNTEER_CONFIDENCE["subdistrict"]
    return "district" in found and sub is not None and sub.confidence < sure


def _tambon_decides(ctx, text: str) -> str | Problem | None:
    """A sub-district named with ต./ตำบล and no district ("หมู่ 5 บ้านโคกสะอาด ตำบลเมืองไผ่"):
    of one district of the province, that district and sub-district are taken; of several,
    which of them is asked and the sub-district kept for the answer (walk39: "ไม่พบอำเภอนี้",
    then the sub-district asked again). The village and its หมู่ are kept as the place."""
    geo = ctx.geography
    for named in _TAMBON_IN_ADDRESS.findall(text):
        named = strip_particles(named)
        districts = geo.districts_with_subdistrict(named)
        if not districts or geo.match_district(text).district or geo.district_named_in(text):
            continue  # a district named too is taken as named
        place = understood.place_said(text)
        if understood.more_than_area(place):
            ctx.data["place_text"] = place
        if len(districts) == 1:
            _set_district(ctx, districts[0])
            ctx.data["subdistrict"] = geo.match_subdistrict(districts[0], named).subdistrict
            return "subdistrict"
        ctx.data[TAMBON_SAID] = named
        offer = _offer(ctx, "district", tuple(districts), "ask.district_of_agency", {})
        params = {**(offer.params or {}), "agency": Named(f"ต.{named}", f"{place_en(named)}")}
        return Problem(offer.key, params, offer.quick)
    return None


#: A sub-district named where the district was asked, in more than one district: taken once
#: the district is picked.
TAMBON_SAID = "_tambon_said"


def tambon_said_kept(ctx) -> None:
    """The sub-district said with the district question answered next, when it is there."""
    named, district = ctx.data.pop(TAMBON_SAID, None), ctx.data.get("district")
    if named and district:
        found = ctx.geography.match_subdistrict(district, named).subdistrict
        if found:
            ctx.data["subdistrict"] = found


def _subdistrict_from_address(ctx, district: str, address: str) -> None:
    """The sub-district a shared pin's address names ("ต.หนองโบสถ์ อ.นางรอง …")."""
    ctx.data.pop("subdistrict", None)
    for named in _TAMBON_IN_ADDRESS.findall(address):
        match = ctx.geography.match_subdistrict(district, named)
        if match.subdistrict:
            ctx.data["subdistrict"] = match.subdistrict
            return


def ask_pin(ctx):
    # A shared location is often the sender's own home: reviewers of an anonymous
    # complaint see it only when the complainant says it is where it happened.
    return [
        Say(
            "ask.pin",
            quick=option_buttons("pin", [("pin.scene", "scene"), ("pin.elsewhere", "elsewhere")]),
        )
    ]


def take_pin(ctx, answer):
    picked = choices.pick(answer, "pin")
    if picked is None and "บ้าน" in (answer.text or ""):
        picked = "elsewhere"  # "บ้านผมเอง": the pin is not the scene
    if picked is None:
        return Problem("problem.use_buttons")
    ctx.data["pin_is_scene"] = picked == "scene"
    return "subdistrict"


def ask_subdistrict(ctx):
    district = named_place(ctx.data.get("district", ""))
    return [Say("ask.subdistrict", {"district": district}, quick=(UNKNOWN,))]


def _district_corrected(ctx, answer) -> str | None:
    """A district named with "อำเภอ"/"อ." at the sub-district question, other than the one
    held ("ขอโทษค่ะ บอกอำเภอผิด เป็นอำเภอประโคนชัย", "อ.นางรอง ต.หนองโบสถ์"): the district
    is corrected, with the sub-district said beside it, and both are said back."""
    found = answer.understood.values.get("district") if answer.understood else None
    named = understood.district_name(found.value) if found else None
    if found is None or found.confidence < NAMED_PLACE or named == ctx.data.get("district"):
        return None
    taken = (
        ["district"] if understood.apply(ctx.data, "district", found.value, ctx.geography) else []
    )
    sub = answer.understood.values.get("subdistrict")
    place = understood.subdistrict_place(sub.value) if sub else None
    if taken and place and place[0] == named and sub.confidence >= NAMED_PLACE:
        understood.apply(ctx.data, "subdistrict", sub.value, ctx.geography)
        taken.append("subdistrict")
    ctx.notes.extend(understood.said_back(ctx.data, taken, answer.understood))
    return None if not taken else "when" if ctx.data.get("subdistrict") else "subdistrict"


#: How sure a place read from an answer must be to correct the one held: named with its
#: marker ("อำเภอ", "อ.", "ต.", "district"), not guessed from a name inside other words
#: ("ไม่ใช่กระสังค่ะ อำเภอสตึก": กระสัง is also a sub-district of สตึก, and is denied).
NAMED_PLACE = 0.9


#: An agency of a sub-district, by its short kind and place ("อบต.ปะเคีบ", "ทต.โนนเจริญ").
_AGENCY_OF_TAMBON = re.compile(r"^(?P<kind>อบต\.|ทต\.)\s*(?P<place>[ก-๙]{3,})$")
#: How alike a typed place must be to the sub-district taken to be a slip of it (ปะเคีบ/ปะเคียบ: 92).
_SLIP_ALIKE = 85


def take_subdistrict(ctx, answer):
    """The sub-district answer taken, and the agency's place spelt as the one taken when it
    was a slip of it ("อบต.ปะเคีบ" with ต.ปะเคียบ: อบต.ปะเคียบ, as search and figures find it)."""
    step = _take_subdistrict(ctx, answer)
    _agency_spelt_as_taken(ctx)
    return step


def _agency_spelt_as_taken(ctx) -> None:
    taken, agency = ctx.data.get("subdistrict"), ctx.data.get("agency")
    found = _AGENCY_OF_TAMBON.match(agency) if taken and isinstance(agency, str) else None
    if found is None or found["place"] == taken:
        return
    district = ctx.data.get("district")
    try:
        if district and found["place"] in ctx.geography.subdistricts(district):
            return  # another sub-district of the district: named so, not a slip
    except KeyError:
        return  # a district not of the province: nothing to spell it by
    if fuzz.ratio(found["place"], taken) >= _SLIP_ALIKE:
        ctx.data["agency"] = found["kind"] + taken


def _take_subdistrict(ctx, answer):
    if answer.choice == "unknown" or answer.intent == "none":
        ctx.data["subdistrict"] = None
        return "when"
    corrected = _district_corrected(ctx, answer)
    if corrected:
        return corrected
    found = understood.subdistrict_place(answer.value("subdistrict"))
    if found and found[0] == ctx.data.get("district"):
        ctx.data["subdistrict"] = found[1]
        return "when"
    if _seat_taken(ctx, answer.text or ""):
        return "when"
    picked = _suggested(ctx, "subdistrict", answer) or _insisted(ctx, "subdistrict", answer)
    text = answer.choice if answer.step == "subdistrict" and answer.choice else answer.text
    text = picked or text
    if text is None:
        return Problem("problem.want_text")
    match = ctx.geography.match_subdistrict(ctx.data["district"], text)
    if match.unknown or match.subdistrict:
        ctx.data["subdistrict"] = match.subdistrict
        return "when"
    heard = heard_as(text, list(match.suggestions))
    heard = heard or (match.suggestions[0] if match.confident else None)  # "บ้านไทน": a key off
    if heard:  # "ละเวี่ย", "ลำดวล": the one offered it sounds like, taken and said back
        ctx.data["subdistrict"] = heard
        ctx.notes.append(Say("note.subdistrict", {"subdistrict": named_place(heard)}))
        return "when"
    if match.suggestions:
        return _offer(ctx, "subdistrict", match.suggestions, "problem.subdistrict_suggest", {})
    district = named_place(ctx.data["district"])
    return Problem("problem.subdistrict_unknown", {"district": district}, (UNKNOWN,))


#: The district's seat as villagers call it ("ในเมืองค่ะ ตรงตลาดสด", "ตัวอำเภอ"), then the spot.
_SEAT = re.compile(
    r"^(?:ใน|ตัว|ในตัว)(?:เมือง|อำเภอ)(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ|นะ)*(?:\s+(?:ตรง|แถว|ที่)?\s*(?P<spot>\S.*))?$"
)


def _seat_taken(ctx, text: str) -> bool:
    """ "ในเมือง" in a district with no sub-district of that name: the one named as the district
    (ต.ลำปลายมาศ of อ.ลำปลายมาศ), the spot said after it kept as the place."""
    seat = _SEAT.match(text.strip())
    district = ctx.data.get("district")
    if seat is None or not district:
        return False
    match = ctx.geography.match_subdistrict(district, district)
    if not match.subdistrict:
        return False
    ctx.data["subdistrict"] = match.subdistrict
    spot = strip_particles(seat["spot"] or "")
    if spot and not ctx.data.get("place_text"):
        ctx.data["place_text"] = spot
    ctx.notes.append(Say("note.subdistrict", {"subdistrict": named_place(match.subdistrict)}))
    return True
