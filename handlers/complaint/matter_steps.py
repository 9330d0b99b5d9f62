"""The steps on the matter: consent (and what was told before it), the kind of misconduct,
the agency and the official."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.complaint import choices, understood
from handlers.complaint.step_kit import (
    ASK_QUICK,
    OPENING,
    Problem,
    keep_with_story,
    option_buttons,
    reask,
    store_text,
    told_text,
)
from handlers.intake.answers import Answer
from handlers.replies import Say, T
from handlers.thai.normalise import as_typed, clean, strip_particles
from handlers.understanding import (
    fact_beside,
    kinds_in_doubt,
    not_an_office,
    tells_official_kin,
    tells_what_happened,
    where,
)
from handlers.understanding.danger import flat
from handlers.understanding.lexicon import (
    ALREADY_SAID_ENGLISH,
    OFFICIAL_ROLES,
    PLACE_JOINS,
    PLACE_LIES_IN,
    UNKNOWN_THEN_PLACE,
)
from handlers.understanding.romanised import has_thai


# -- consent ---------------------------------------------------------------
def _yes_no(answer: Answer, step: str) -> str | None:
    """The option of a yes/no question: tapped, typed as its words or number, or agreement
    and refusal as the understanding reads them ("ได้จ้า", "เออ ได้", "บ่")."""
    picked = choices.pick(answer, step)
    if picked is None and answer.intent in ("yes", "no"):
        picked = answer.intent
    if picked is None and answer.intent == "change_mind":
        # "เปลี่ยนใจค่ะ ยินยอม" after a refusal: the answer it names; "เปลี่ยนใจค่ะ" alone
        # names none, and consent is never taken from a change of mind that does not say yes.
        text = answer.text or ""
        picked = "no" if _REFUSES.search(text) else "yes" if _AGREES.search(text) else None
    return picked


_REFUSES = re.compile(r"ไม่ยินยอม|ไม่ยอม|ไม่ตกลง|บ่ยอม|disagree|(?:don'?t|do not|not) agree", re.I)
_AGREES = re.compile(r"ยินยอม|ยอม|ตกลง|ได้|\bagree|\byes\b|\bok(?:ay)?\b", re.I)


#: The lines of the matter sent in bubbles before consent was given, and the fields they filled.
BEFORE_CONSENT = "_before_consent"
KEPT_FIELDS = "_kept_fields"


#: The re-ask of consent after the name was left out: not giving one's name is no refusal.
NAME_LATER = "reask.consent_name_later"


def take_consent(ctx, answer):
    picked = _yes_no(answer, "consent")
    if _leaves_name_out(answer) and picked != "yes" and choices.pick(answer, "consent") is None:
        # "ไม่เอาชื่อนะคะ": the name is chosen at its own step; consent is asked again
        return replace(reask("consent"), key=NAME_LATER)
    if picked is None:
        return reask("consent")
    told = ctx.data.pop(BEFORE_CONSENT, None)
    kept = ctx.data.pop(KEPT_FIELDS, [])
    ctx.data.pop("_consent_asked_again", None)
    if picked == "no":
        return "declined"
    ctx.data["consent"] = True
    if told:
        _keep_told(ctx, told, kept)
    return "kind"


def _leaves_name_out(answer: Answer) -> bool:
    """The answer leaves the name out ("ไม่เอาชื่อนะคะ") or asks whether it must be given, and
    refuses no consent in words."""
    left_out = answer.value("identity") == "anonymous" or answer.value("faq") == "must_give_name"
    return left_out and not _REFUSES.search(answer.text or "")


def _keep_told(ctx, told: str, kept: list) -> None:
    """The bubbles sent before consent: the story when they tell what happened (else kept to go
    before it, and what happened is asked), and the fields they filled said back."""
    told = told_text(told)
    read = understood.read(told, "what", ctx.today)
    if tells_what_happened(told, read.values if read else None):
        before = ctx.data.get("description")
        ctx.data["description"] = f"{before}\n{told}" if before else told
        ctx.data["told_first"] = True
    else:
        before = ctx.data.get(OPENING)
        ctx.data[OPENING] = f"{before}\n{told}" if before else told
    ctx.notes.extend(understood.said_back(ctx.data, kept, read))


# -- kind ------------------------------------------------------------------
#: The two kinds offered when a description fits both about as well.
KINDS_OFFERED = "_kinds_offered"


def take_kind(ctx, answer):
    offered = ctx.data.pop(KINDS_OFFERED, None)
    picked = choices.pick(answer, "kind")
    if picked is None and offered and answer.text:  # "ใช่ค่ะ" to "เป็นเรื่อง X ใช่ไหมคะ"
        index = choices.number_or_yes(answer.text, len(offered))
        picked = offered[index] if index is not None else None
    if picked is None and answer.intent == "none":
        picked = "other"
    if picked is None and answer.text:  # told, not picked: said back so it can be corrected
        picked = answer.value("kind")
        if picked:
            ctx.notes.append(Say("note.kind", {"kind": T(f"kind.{picked}")}))
    if picked is None and answer.text and answer.intent == "answer":
        doubt = kinds_in_doubt(answer.text)
        if doubt:
            return _offer_kinds(ctx, doubt)
    if picked is None:
        return reask("kind")
    ctx.data["kind"] = picked
    return "agency"


def offer_kind_checked(draft, kind: str) -> Say:
    """A kind put as a check at the kind question ("…มันคือเรียกเงินใช่ไหมครับ"), offered back:
    "เป็นเรื่อง X ใช่ไหมคะ"; "ใช่" takes it, the choices stay a tap away."""
    draft.data = {**draft.data, KINDS_OFFERED: [kind]}
    return Say("reask.kind_checked", {"kind": T(f"kind.{kind}")}, quick=ASK_QUICK["kind"])


def _offer_kinds(ctx, kinds: tuple[str, str]) -> Problem:
    """ "เป็นเรื่อง X ใช่ไหมคะ หรือ Y": the two kinds a description fits, as buttons; "ใช่" takes
    the first, the rest of the choices stay a tap away ("อื่น ๆ")."""
    ctx.data[KINDS_OFFERED] = list(kinds)
    first, second = (T(f"kind.{kind}") for kind in kinds)
    quick = option_buttons("kind", [(f"kind.{kind}", kind) for kind in (*kinds, "other")])
    return Problem("reask.kind_close", {"first": first, "second": second}, quick)


# -- agency, official --------------------------------------------------------
def _agency_named(ctx, answer) -> str | None:
    """An agency's clean name ("อบตหนองกงครับ" → "อบต.หนองกง") when it is a kind of agency
    people abbreviate; other names are kept as typed."""
    found = answer.value("agency")
    if not understood.recognised_agency(found, ctx.geography):
        return _without_article(answer.text)
    return as_typed(answer.text, found)  # read lower-case, kept as typed


#: An English article before an office's name ("the Land Transport Office in Buriram town").
_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+(?=[A-Za-z])", re.I)


def _without_article(text: str | None) -> str | None:
    """An office named in English, as typed without the article before it; None otherwise
    (the answer is then kept as typed)."""
    if not text or not _ARTICLE.match(text) or has_thai(text):
        return None
    rest = _ARTICLE.sub("", text).strip().rstrip(".!")
    return rest if len(rest) >= 3 else None


_take_agency_text = store_text("agency", "official", minimum=3, named=_agency_named)


def take_agency(ctx, answer):
    """The agency as typed and cleaned; "อบต.ฯ", "อบต.ดังกล่าว" is the one named before in
    the filing, else its place is asked once; said again, the kind alone is kept ("อบต.");
    "not an office, a savings group" keeps the group."""
    said = answer.value("agency")
    if answer.intent == "yes" and not said and not answer.value("official"):
        # "แม่น แหละ": a yes to what was said back before this question, never the agency
        return Problem("problem.not_an_answer")
    asked = ctx.data.pop("_agency_which", None)
    instead = not_an_office(clean(answer.text)) if answer.text else None
    if instead:  # "ไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์": the group is kept, not the frame
        answer = replace(answer, text=instead)
    if said and answer.text and where.points_back(clean(answer.text)):
        before = understood.agency_named_before(ctx.data, said, ctx.geography)
        if before is None and not asked:
            ctx.data["_agency_which"] = True
            return Problem("problem.agency_which", {"agency": said})
        ctx.data["agency"] = before or said
        if before:
            ctx.notes.extend(understood.said_back(ctx.data, ["agency"], None))
        return "official"
    if answer.text and _AGENCY_UNKNOWN.search(answer.text):
        # "บ้านโคกกระเบื้อง หมู่ 7 ต.ชุมแสง เงินมาจากอำเภอ บ่ฮู้ว่าหน่วยงานไหน": no agency; the
        # village and its หมู่ are the place, and all that was said goes with the story
        rest = _ALREADY.sub(" ", _AGENCY_UNKNOWN.sub(" ", answer.text)).strip(" .,")
        named = where.agency(clean(rest))  # "เงินมาจากเทศบาล บ่ฮู้ว่ากองไหน": the office, not its unit
        police = police_named(answer.value("official"), answer.text)
        if police is None and not strip_particles(clean(rest)).strip(" .,"):
            police = told_police(ctx.data)  # "บอกไปแล้ว ไม่รู้ว่าที่ไหน": what the story said
        if named is None and police:
            # "ตำรวจค่ะ บอกไปแล้ว ไม่รู้ว่าโรงพักไหน": the police, which station unknown
            ctx.data["agency"] = police
            return "official"
        ctx.data["agency"] = named.name if named else None
        if named:
            return "official"
        place = understood.place_said(answer.text)
        if place and not ctx.data.get("place_text"):
            ctx.data["place_text"] = place
        if len(rest) > len(place) + 3:
            keep_with_story(ctx.data, strip_particles(rest))
        return "official"
    place = place_not_agency(answer.text)
    if place:
        # "บ่ฮู้ครับ แต่บ้านโคกเจริญอยู่ตำบลโคกเหล็ก อำเภอห้วยราช": the office unknown, the place
        # told instead (walk39: its อำเภอ kept as the agency, the words added to the story)
        if not ctx.data.get("place_text") and understood.more_than_area(place):
            ctx.data["place_text"] = place  # its sub-district and district: their own fields
        ctx.data["agency"] = None
        return "official"
    village = _VILLAGE_ALONE.match(strip_particles(clean(answer.text or "")))
    if village and not ctx.data.get("place_text"):
        # "บ้านโนนแดง หมู่7": a village is where it happened, not an office; kept as the place,
        # the agency left unknown
        ctx.data["place_text"] = understood.place_said(answer.text) or answer.text.strip()
        ctx.data["agency"] = None
        ctx.notes.append(Say("note.village_not_agency", {"place": ctx.data["place_text"]}))
        return "official"
    official = answer.value("official")
    police = police_named(official, answer.text)
    if police and (not said or said == official) and answer.intent == "answer":
        # "the police", "The police. I already said.": the police is the office too
        ctx.data["agency"] = police
        return "official"
    headman_place = _official_with_place(official, said)
    if headman_place and answer.intent == "answer":
        # "ผู้ใหญ่บ้านหมู่ 5 บ้านโนนสูง ต.ถาวร": who did it and his village, not an office
        # (walk41: the whole line kept as the agency); the village kept as the place
        if not ctx.data.get("place_text"):
            ctx.data["place_text"] = headman_place
        ctx.data["official"] = ctx.data.get("official") or official
        ctx.data["agency"] = None
        ctx.notes.append(Say("note.official_not_agency", {"official": official}))
        return "official"
    if official and not said and answer.intent == "answer" and not answer.value("agency"):
        # "ผู้ใหญ่บ้านหนิ": a village head is who did it, not an office; kept as the official
        # (one named before stays), the agency left unknown rather than asked again
        ctx.data["official"] = ctx.data.get("official") or official
        ctx.data["agency"] = None
        ctx.notes.append(Say("note.official_not_agency", {"official": official}))
        return "official"
    if said and answer.text and _GUESSED.search(clean(answer.text)):
        # "บ่รู้ครับ ปุ๋ยมาทางเกษตรอำเภอมั้ง ผู้ใหญ่บ้านเป็นคนรับมาแจก": a guess; the office guessed
        # is the agency (the official named beside it still read), never the whole sentence
        answer = replace(answer, text=said)
    if said and official and answer.intent == "answer" and _official_apart(answer, said, official):
        # "ไม่ใช่กรรมการครับ ประธานกองทุน ชื่อนายบุญมา ส่วนหน่วยงานคือพัฒนาชุมชนอำเภอ…": who did
        # it and the office, each to its field (walk37: the whole sentence kept as the agency)
        held = ctx.data.get("official")
        if not held or _DENIED_FIRST.match(clean(answer.text)):
            ctx.data["official"] = official
        answer = replace(answer, text=said)
        ctx.said.append("official")
    step = _take_agency_text(ctx, answer)
    _latin_said_in_thai(ctx, answer)
    return step


def police_at_agency(data: dict, answer: Answer) -> bool:
    """Talk at the agency question that names the police ("The police. I already said.") or
    says only which station is not known after a story that told of the police: an answer
    to it, never a field said again."""
    text = answer.text or ""
    return bool(
        police_named(answer.value("official"), text)
        or (_AGENCY_UNKNOWN.search(text) and told_police(data))
    )


def police_named(official: object, typed: str | None) -> str | None:
    """The police named as who did it ("ตำรวจ", "the police") where the agency is asked: the
    police is the office too, which station left unknown; the word as typed, else None."""
    if not isinstance(official, str) or not any(
        word.lower() in official.lower() for word in OFFICIAL_ROLES["police"]
    ):
        return None
    return as_typed(typed, official) if typed else official


def told_police(data: dict) -> str | None:
    """The police the story told as who did it (the official kept from it), else None."""
    return police_named(data.get("official"), None)


#: "Already said" around an agency answer ("The police. I already said."), taken off it.
_ALREADY = re.compile(
    ALREADY_SAID_ENGLISH + r"|(?:ก็)?(?:บอก|เล่า|ตอบ|พิมพ์)(?:ไป|ไว้)?แล้ว(?:ไง|นะ|เด้)?(?:ค่ะ|คะ|ครับ|คับ)?",
    re.I,
)
#: A correction said first ("ไม่ใช่กรรมการครับ …", "บ่แม่นผู้ใหญ่ …"): what was held is wrong.
_DENIED_FIRST = re.compile(r"^\s*(?:ไม่ใช่|บ่แม่น|บ่ใช่|ไม่ได้เป็น)")


def _official_apart(answer: Answer, said: str, official: object) -> bool:
    """Whether the answer names an official apart from the agency (not a piece of its name:
    "นายก" in "นายก อบต.หนองกง"), in a sentence longer than the two."""
    if not isinstance(official, str) or not answer.text:
        return False
    text, post = clean(answer.text), clean(official).split()[0]  # "ประธานกองทุน นายบุญมา"
    at, where_said = text.find(post), text.find(clean(said))
    if at < 0 or where_said < 0:
        return False
    return at + len(post) <= where_said or where_said + len(clean(said)) <= at


#: An agency said as a guess ("…เกษตรอำเภอมั้ง", "น่าจะเทศบาล", "ไม่แน่ใจ…"): the office guessed.
_GUESSED = re.compile(r"มั้ง|มั๊ง|น่าจะ|ไม่แน่ใจ|บ่แน่ใจ|คิดว่า|(?:ไม่|บ่)(?:รู้|ฮู้|ทราบ)")


def _latin_said_in_thai(ctx, answer: Answer) -> None:
    """An agency typed in Latin letters ("Nang Rong hospital") and kept by its Thai name
    (รพ.นางรอง): said back with what else was understood, so a wrong reading is corrected."""
    kept = ctx.data.get("agency")
    if isinstance(kept, str) and _LATIN.search(answer.text or "") and not _LATIN.search(kept):
        ctx.said.append("agency")


_LATIN = re.compile(r"[a-z]", re.I)


def place_not_agency(text: str | None) -> str | None:
    """The place alone said after not knowing the office ("บ่ฮู้ครับ แต่บ้านโคกเจริญอยู่ตำบล
    โคกเหล็ก อำเภอห้วยราช"): its words, else None (an office named after it is the agency)."""
    unknown = _UNKNOWN_FIRST.match(clean(text or ""))
    if not unknown:
        return None
    # the particle closing the message ("…อยู่อำเภอโนนสุวรรณค่ะ") is no word left over
    return _only_place(_LIES_IN.sub(" ", strip_particles(unknown["rest"])))


def _official_with_place(official: str | None, said: str | None) -> str | None:
    """The place said right after who did it ("ผู้ใหญ่บ้านหมู่ 5 บ้านโนนสูง ต.ถาวร"): its words
    when nothing but the place follows the official, else None."""
    if not official or not said or not said.startswith(official):
        return None
    place = _only_place(strip_particles(said[len(official) :]))
    return place if place and _VILLAGE_NAMED.search(place) else None


def _only_place(rest: str) -> str | None:
    """The place said in `rest` when nothing but it (and the words joining its parts) is
    there; else None."""
    place = understood.place_said(rest)
    left = rest
    for bit in place.split():
        left = left.replace(bit, " ")
    if not place or flat(strip_particles(_PLACE_JOINS.sub(" ", left))):
        return None
    return place


#: A village or its หมู่ in a place, which no office's name holds.
_VILLAGE_NAMED = re.compile(r"(?:หมู่|ม\.)\s?\d+|หมู่บ้าน|บ้าน[ก-๙]")


_UNKNOWN_FIRST = re.compile(UNKNOWN_THEN_PLACE)
_LIES_IN = re.compile(PLACE_LIES_IN)
_PLACE_JOINS = re.compile(PLACE_JOINS)


#: A village alone, with its หมู่ or not ("บ้านโนนแดง หมู่7", "หมู่บ้านโนนแดง", "หมู่ 7 บ้านโนนแดง").
_VILLAGE_ALONE = re.compile(
    r"^(?:(?:หมู่|ม\.)\s?\d+\s?)?(?:หมู่บ้าน|บ้าน)\s?[ก-๙]+(?:\s?(?:หมู่(?:ที่)?|ม\.)\s?\d+)?$"
)
#: The agency said unknown inside a longer answer ("…บ่ฮู้ว่าหน่วยงานไหน", "ไม่รู้ว่าที่ไหนค่ะ").
_AGENCY_UNKNOWN = re.compile(
    r"\s*(?:แต่)?(?:ไม่|บ่)(?:รู้|ทราบ|ฮู้)(?:จัก)?(?:ว่า)?(?:แม่น|เป็น)?(?:หน่วยงาน|ที่|ส่วน|กอง|โรงพัก"
    r"|สถานี\S{0,6}?|สภ\.?)\s?(?:ไหน|ใด๋?|ใด)\S*"
    r"|\b(?:but\s+)?(?:i\s+)?(?:don'?t|do\s+not|dunno)\s+know\s+which\s+(?:one|office|station|unit)\b\W*",
    re.I,
)


def _official_named(ctx, answer) -> str | None:
    """The official as the understanding read the answer: the role and the name said with it
    ("ผู้ใหญ่สมพงษ์"), without who relayed it ("แม่บอกว่าเป็น…") or the particles after it."""
    found = answer.value("official")
    fact = fact_beside(found) if isinstance(found, str) else None
    if fact and found.endswith(fact) and strip_particles(found[: -len(fact)]).strip():
        # "ผู้ใหญ่บ้านค่ะ เก็บไปคนละ 150": who did it; the sum goes with the story
        found = strip_particles(found[: -len(fact)].strip())
    if not found or not answer.text or not re.search(r"[a-z]", found):
        return found or None
    typed = re.search(re.escape(found), answer.text, re.I)  # read lower-case: kept as typed
    return typed.group(0) if typed else None


_take_official_text = store_text("official", "district", named=_official_named)
#: The words that make a text a place ("ต.สะเดา อ.นางรอง"), beside the places' names.
_PLACE_WORDS = re.compile(r"ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.")
#: A place by its form alone, known or not: "ต.สะเดา", "ตำบลโคกม้า อำเภอประโคนชัย" (not "อ.สมชาย",
#: a teacher: "อ." first may be อาจารย์).
_PLACE_FORM = re.compile(r"^(?:ตำบล|ต\.|อำเภอ)\s*[ก-๙]+(?:\s*(?:อำเภอ|อ\.|จังหวัด|จ\.)\s*[ก-๙]+)*$")


def _a_date_alone(answer: Answer) -> bool:
    """The answer is a date and nothing more ("วันจันทร์ที่แล้วค่ะ" at the official question)."""
    heard = answer.understood
    date = heard.values.get("date") if heard else None
    if date is None or not isinstance(date.span, str) or not answer.text:
        return False
    return strip_particles(clean(answer.text)).lower() == strip_particles(clean(date.span)).lower()


def _a_place_alone(answer: Answer) -> bool:
    """The answer names only a district or sub-district in Thai: where it happened, not who
    did it (places read from Latin letters are read loosely: "kamnan tambon don mon")."""
    heard = answer.understood
    if not answer.text or re.search(r"[a-z]", answer.text, re.I):
        return False
    if _PLACE_FORM.match(strip_particles(clean(answer.text))):
        return True
    places = [
        v.span
        for name, v in (heard.values.items() if heard else ())
        if name in ("district", "subdistrict") and isinstance(v.span, str) and v.span
    ]
    if not places:
        return False
    rest = strip_particles(clean(answer.text)).lower()
    for span in places:
        rest = rest.replace(span.lower(), " ")
    return not flat(_PLACE_WORDS.sub(" ", rest))


def take_official(ctx, answer):
    """Who did it, as the understanding read it (else as typed); a place alone ("ต.สะเดา") is
    asked again: it is where, which comes next. A village head named with the village keeps
    the village as the place ("ผู้ใหญ่บ้านบ้านโนนสวรรค์ หมู่ 6": บ้านโนนสวรรค์ หมู่ 6)."""
    if _a_place_alone(answer):
        return Problem("reask.official_place")
    found = answer.value("official")
    when = understood.when_of(answer.value("date")) if found is None else None
    if when is not None and when.end <= ctx.today and _a_date_alone(answer):
        # "วันจันทร์ที่แล้วค่ะ": only when, no one: the date is taken, who is asked again
        ctx.data.update(understood.date_fields(when))
        return Problem("reask.official_date")
    if isinstance(found, str) and _VILLAGE_HEAD.match(found) and not ctx.data.get("place_text"):
        said = _POLITE_ENDING.sub(" ", answer.text or "")
        village = understood.place_said(_VILLAGE_HEAD_SAID.sub(" ", said))
        if village:
            ctx.data["place_text"] = village
    if isinstance(found, str) and tells_official_kin(answer.text):
        # "ผู้รับเหมาเป็นญาตินายก": the นายก is who it is about; the tie goes with the story
        keep_with_story(ctx.data, told_text(answer.text or ""))
    return _take_official_text(ctx, answer)


#: A village head as read ("ผู้ใหญ่บ้าน หมู่ 6"), and as said before the village's name: its
#: words taken off, the village's own บ้าน kept ("ผู้ใหญ่บ้านดอนไม้งาม" is บ้านดอนไม้งาม's head).
_VILLAGE_HEAD = re.compile(r"(?:ผู้ช่วย)?ผู้ใหญ่บ้าน(?: ?หมู่ \d+)?$")
_POLITE_ENDING = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า)(?=\s|$)")
_VILLAGE_HEAD_SAID = re.compile(
    r"(?:ผู้ช่วย)?(?:ผู้ใหญ่บ้าน|ผญบ\.?)(?=บ้าน|\s|หมู่|ม\.|$)|(?:ผู้ช่วย)?ผู้ใหญ่(?=บ้าน)"
)
