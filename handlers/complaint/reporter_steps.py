"""The steps on the reporter: reported elsewhere (to whom, its reference), and the name
choice with the name and phone given."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.complaint import choices, understood
from handlers.complaint.step_kit import (
    SKIP,
    Problem,
    reask,
    store_optional_text,
    store_text,
    text_answer,
)
from handlers.masking import self_described, story_behalf_name
from handlers.replies import Say
from handlers.thai import phone as thai_phone
from handlers.thai.in_english import named_relation
from handlers.thai.normalise import is_dont_know, strip_particles
from handlers.understanding import (
    asks_same_name,
    call_allowed,
    no_reference_given,
    offers_email,
    reads_as_name,
    says_own_role,
    understand,
    without_title,
)
from handlers.understanding.lexicon import OTHER_PERSON


# -- reported elsewhere ----------------------------------------------------
def take_reported(ctx, answer):
    picked = choices.pick(answer, "reported") or answer.value("reported")
    if picked is None and answer.intent in ("yes", "no"):
        picked = answer.intent
    if picked is None and answer.intent == "none":  # "ยัง", "ไม่เคยเลย", "ไม่รู้"
        picked = "no" if not is_dont_know(answer.text) else "unknown"
    if picked == "unknown":
        ctx.data.update(reported=None, reported_to=None, reported_ref=None)
        return "identity"
    if picked is None:
        return reask("reported")
    if picked == "yes" and ctx.data.get("reported") is not True:
        for stale in ("reported_to", "reported_ref"):  # "no" had set them to None
            ctx.data.pop(stale, None)
    ctx.data["reported"] = picked == "yes"
    if answer.value("reported_to"):
        ctx.data["reported_to"] = _with_outcome(answer.value("reported_to"), answer.text or "")
    if picked == "no":
        ctx.data.update(reported_to=None, reported_ref=None)
        return "identity"
    return "reported_to"


take_reported_to = store_text("reported_to", "reported_ref")
#: What is said of the telling after whom it was told ("…ผู้ใหญ่บ้านแล้ว เขาก็เงียบ"), its lead dropped.
_OUTCOME_LEAD = re.compile(r"^(?:แล้ว|แต่|ทว่า|ครับ|คับ|ค่ะ|คะ|นะ|[\s,.])+")
_OUTCOME_LENGTH = 4


def _with_outcome(told_to: str, text: str) -> str:
    """Whom it was told to, with what came of it when said after ("กำนัน (เขาก็เงียบ)")."""
    at = text.find(told_to)
    rest = strip_particles(_OUTCOME_LEAD.sub("", text[at + len(told_to) :])) if at >= 0 else ""
    return f"{told_to} ({rest})" if len(rest) >= _OUTCOME_LENGTH else told_to


def ask_reported_ref(ctx):
    return [Say("ask.reported_ref", quick=(SKIP,))]


_store_reported_ref = store_optional_text("reported_ref", "identity", minimum=1, skipped=None)


def take_reported_ref(ctx, answer):
    """The reference given where it was reported; "ไม่ได้ให้เลขมา" keeps none."""
    if answer.text and no_reference_given(answer.text):
        ctx.data["reported_ref"] = None
        return "identity"
    said = _NONE_THEN.match(answer.text or "")
    how = strip_particles(said.group("how")).strip() if said else ""
    if len(how) >= _OUTCOME_LENGTH:
        # "ไม่มีครับ บอกปากเปล่า": no number, and how it was told; that goes with whom it was
        # told to, never kept as the number (walk37: "ผู้ใหญ่บ้าน (เขาเฉย) (ไม่มีครับ บอกปากเปล่า)")
        ctx.data["reported_ref"] = None
        ctx.data["reported_to"] = _with_how(ctx.data.get("reported_to"), how)
        return "identity"
    return _store_reported_ref(ctx, answer)


#: No number said first, then more ("ไม่มีครับ บอกปากเปล่า", "บ่มีเด้อ ไปบอกเฉยๆ").
_NONE_THEN = re.compile(
    r"^\s*(?:ไม่มี|บ่มี|ไม่ได้|no(?:ne|pe)?\b)(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ|นะ|[\s,.!])*\s+(?P<how>\S.*)$",
    re.I,
)


def _with_how(told_to: object, how: str) -> str | None:
    """Whom it was told to, with how it was told beside what came of it ("ผู้ใหญ่บ้าน (เขาเฉย,
    บอกปากเปล่า)"); how alone when whom is not known."""
    if not isinstance(told_to, str) or not told_to:
        return how
    if told_to.endswith(")"):
        return f"{told_to[:-1]}, {how})"
    return f"{told_to} ({how})"


# -- identity ----------------------------------------------------------------
_NO_NAMES = {"name_enc": None, "phone_enc": None, "affected_name_enc": None}


def for_someone_else(ctx, answer) -> bool:
    """ "บอกชื่อพ่อได้ไหมคะ พ่อชื่อสมบัติ ทองมา": the relative's name kept as the affected
    person's, who they are to the person said back (the question answered), and the contact's
    own name asked next; False when the message names no relative."""
    name = answer.value("affected_name") or _filed_for_named(ctx, answer)
    relation = answer.value("behalf") or ctx.data.get("behalf")
    if not name or not relation:
        return False
    ctx.data.update(behalf=relation, affected_name_enc=ctx.vault.encrypt(name), anonymous=False)
    other = relation == OTHER_PERSON  # "I'm reporting for Mr. Somchai": no relative
    key = "said.affected_name_other" if other else "said.affected_name"
    ctx.notes.append(Say(key, {"relation": named_relation(relation), "name": name}))
    return True


def _filed_for_named(ctx, answer) -> str | None:
    """The one filed for named by the word the filing already knows them by ("ยายชื่อนางบุญมา
    ใจดี" while filing for ยาย; walk40: kept as the grandchild's own name, so the grandchild's
    number read as the grandmother's): their name, which the reader leaves to the teller when
    the word is also how an elder names herself; else None."""
    relation = ctx.data.get("behalf")
    if not isinstance(relation, str) or relation == OTHER_PERSON:
        return None
    named = re.match(
        rf"\s*{re.escape(relation)}\s*ชื่อ\s*(?P<name>[ก-๙]{{2,}}(?:\s[ก-๙]{{2,}})?)",
        answer.text or "",
    )
    return strip_particles(named["name"]).strip() or None if named else None


def _own_name_beside(ctx, answer) -> str:
    """The question after the one filed for was named: the phone, when the contact gave their
    own name beside it ("I'll give my name: Sarah Collins, and I'm reporting for Mr. Somchai
    Boonmee"), else their name."""
    own = answer.value("name")
    affected = answer.value("affected_name") or _filed_for_named(ctx, answer)
    if not own or own == affected or (affected and affected in own):
        return "name"
    ctx.data["name_enc"] = ctx.vault.encrypt(without_title(own))
    phone = thai_phone.find_thai_phone(answer.text or "")
    if phone:  # "หนูชื่อนิด สมใจ เบอร์ 089… แม่ชื่อ…": the phone typed with it (walk39)
        _call_said(ctx, answer)
        ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
        return "summary"
    return "phone"


def ask_name(ctx):
    """The contact's own name; said as such when they file for someone else."""
    relation = ctx.data.get("behalf")
    if relation == OTHER_PERSON:
        return [Say("ask.name_behalf_other")]
    if relation:
        return [Say("ask.name_behalf", {"relation": named_relation(relation)})]
    return [Say("ask.name")]


#: Whether the person choosing no name was told their story says who they are.
TOLD_SELF_DESCRIBED = "_told_self_described"


#: Whether the committee may call the contact (True, False: asked not to; unsaid: absent),
#: for the chair who sees the phone.
CALL_OK = "call_ok"


def _call_said(ctx, answer) -> None:
    """ "ให้กรรมการโทรหาได้", "อย่าโทรมานะคะ" said at a name or phone question: kept for the chair."""
    said = call_allowed(answer.text)
    if said is not None:
        ctx.data[CALL_OK] = said


def take_identity(ctx, answer):
    if for_someone_else(ctx, answer):
        return _own_name_beside(ctx, answer)
    if asks_same_name(answer.text):  # "ใช้ชื่อเดิมค่ะ": a name, asked again, none reused
        ctx.data["anonymous"] = False
        ctx.notes.append(Say("problem.name_each_time"))
        return "name"
    _call_said(ctx, answer)
    picked = answer.value("identity") or choices.pick(answer, "identity")
    if picked is None and answer.intent in ("yes", "no"):
        picked = "named" if answer.intent == "yes" else "anonymous"
    if picked is None and _given_with_choice(answer) is not None:
        picked = "named"  # "สมศรี ใจดี 081-234-5678": giving them is the choice
    if picked is None:
        return reask("identity")
    if picked == "anonymous":
        ctx.data.update(anonymous=True, **_NO_NAMES)
        if self_described(ctx.data.get("description")) and not ctx.data.get(TOLD_SELF_DESCRIBED):
            ctx.data[TOLD_SELF_DESCRIBED] = True  # once: "ดิฉันเป็นครูโรงเรียน…" points to her
            ctx.notes.append(Say("note.story_tells_who_you_are"))
        return "summary"
    ctx.data["anonymous"] = False
    given = _given_with_choice(answer)
    if given is not None:  # "บอกชื่อครับ สมชาย ดีมาก 089…": the name (and phone) given with it
        again = understood.read(given, "name", ctx.today)
        taken = take_name(ctx, replace(answer, text=given, understood=again))
        if not isinstance(taken, Problem):
            return taken
    elif answer.value("name"):  # "ทองใบ ศรีสุข" typed as the answer: a yes, and the name
        taken = take_name(ctx, answer)
        if not isinstance(taken, Problem):
            return taken
    return "name"


#: What may stand between the choice and the name given with it ("บอกชื่อได้ค่ะ วันดี …",
#: "บอกชื่อดีกว่าค่ะ ชื่อสมศรี …").
_NAMED = re.compile(r"ชื่อ|\bname\b", re.I)
_AFTER_CHOICE = re.compile(r"^(?:\s|ดีกว่า|ก็ได้|ได้|เลย|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|เด้อ|[,.:;!])*")


def _given_with_choice(answer) -> str | None:
    """The words after the choice to give a name, when they hold a name or a phone number;
    the whole message when it is a name and a phone alone ("สมศรี ใจดี 081-234-5678" typed
    at the question whether to give them)."""
    found = answer.understood.values.get("identity") if answer.understood else None
    text = answer.text or ""
    at = text.find(found.span) if found is not None and found.span else -1
    rest = _AFTER_CHOICE.sub("", text[at + len(found.span) :]).strip() if at >= 0 else ""
    if len(rest) < 2 and all(thai_phone.split_phone(text)):
        rest = text  # nothing after a choice word: the message itself is a name and a phone
    if len(rest) < 2:
        return None
    said, phone = thai_phone.split_phone(rest)
    # a number, or a name said as one ("ผมชื่อ…"): not talk after the choice ("หนูได้ค่ะ …")
    if not (phone or _NAMED.search(rest)) or not reads_as_name(said or rest):
        return None
    return rest


def take_name(ctx, answer):
    if asks_same_name(answer.text):  # "ชื่อเหมือนครั้งที่แล้ว": never looked up, asked again
        return Problem("problem.name_each_time")
    _call_said(ctx, answer)
    if answer.value("identity") == "anonymous":  # "ไม่บอกดีกว่า": no name after all
        ctx.data.update(anonymous=True, **_NO_NAMES)
        if says_own_role(answer.text or ""):  # "…ฉันเป็นแม่ค้า…": not kept, and she is told
            ctx.notes.append(Say("note.self_kept_out"))
        return "summary"
    if for_someone_else(ctx, answer):
        return _own_name_beside(ctx, answer)
    said, phone = thai_phone.split_phone(answer.text or "")
    if phone and said:  # "ธนากร ศรีสุข 0891234567": two answers on one line, the name read alone
        answer = replace(answer, text=said, understood=understood.read(said, "name", ctx.today))
    value = answer.value("name")
    if value is None or thai_phone.find_thai_phone(value):
        value = None
        if answer.understood is not None and not reads_as_name(answer.text or ""):
            # Read and not a name (a refusal, a question, talk): never stored, asked again.
            return Problem("problem.not_a_name")
    value = value or text_answer(answer, minimum=2, maximum=100)
    if isinstance(value, Problem):
        return value
    theirs = _name_filed_for(ctx)
    if theirs and _same_name(value, theirs):
        # a grandson typing his grandmother's name at his own name question: hers, kept as
        # the one filed for; his own asked, so the ticket says who files and for whom
        ctx.data.setdefault("affected_name_enc", ctx.vault.encrypt(without_title(theirs)))
        relation = named_relation(ctx.data["behalf"])
        return Problem("problem.name_is_theirs", {"relation": relation})
    ctx.data["name_enc"] = ctx.vault.encrypt(without_title(value))  # "นางสำราญ …" → "สำราญ …"
    if phone and said:
        ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
        return "summary"
    return "phone"


def _name_filed_for(ctx) -> str | None:
    """The name of the one the person files for, given before their own was asked (at the
    identity question, or in the story: "แจ้งแทนยาย ยายชื่อบุญมี ศรีสุข"), else None."""
    relation = ctx.data.get("behalf")
    if not relation or relation == OTHER_PERSON and not ctx.data.get("affected_name_enc"):
        return None
    sealed = ctx.data.get("affected_name_enc")
    return ctx.vault.decrypt(sealed) if sealed else story_behalf_name(ctx.data.get("description"))


def _same_name(one: str, other: str) -> bool:
    """The same name, titles and spacing aside ("นางบุญมี ศรีสุข", "บุญมี  ศรีสุข")."""
    return "".join(without_title(one).split()) == "".join(without_title(other).split())


def take_phone(ctx, answer):
    """The phone of a named contact; "anonymous then" drops the name given (and says so), an
    email or no phone is told how the committee reaches people (no field keeps an email)."""
    if answer.text is None:
        return Problem("problem.want_phone")
    phone = thai_phone.find_thai_phone(answer.text)
    if phone is None and offers_email(answer.text):  # "Please use my email sarah@…"
        return Problem("problem.phone_email")
    # read as an answer to the phone question itself: "ไม่มีเบอร์" is no phone, not no name
    said = understand(answer.text, expecting="phone", today=ctx.today)
    if phone is None and said.value("identity") == "anonymous":  # "Fine, anonymous then."
        ctx.data.update(anonymous=True, **_NO_NAMES)
        ctx.notes.append(Say("summary.made_anonymous"))
        return "summary"
    if phone is None and call_allowed(answer.text) is not None:
        _call_said(ctx, answer)  # "อย่าโทรเวลางานนะคะ" (walk38): kept for the chair, the phone asked
        return Problem("problem.phone_call_kept")
    if phone is None and said.intent == "none":  # "ไม่มีเบอร์ค่ะ ใช้ไลน์อย่างเดียว"
        return Problem("problem.phone_none")
    if phone is None:
        return Problem("problem.phone_invalid")
    _call_said(ctx, answer)
    ctx.data["phone_enc"] = ctx.vault.encrypt(phone)
    return "summary"
