"""More for a complaint already filed: facts remembered later, a photo or a file sent after
filing. They go to the person's filed complaint (the one named, else their only open one;
asked which when several, for words and files alike; a photo or file for the only open one is
kept aside and asked about first), on its timeline, files as its evidence, the member handling
it told; a new complaint only when the person says so (with the files kept aside). A preface ("เรื่อง
BRM-… ค่ะ ขอเพิ่มเติมข้อมูล") opens the complaint for additions without being one: what follows
is taken by `handlers.tickets.adding_on`."""

from __future__ import annotations

import re
from datetime import timedelta

from handlers import masking
from handlers.conversations import adding
from handlers.conversations.state import ConversationState
from handlers.directory.access import can_review
from handlers.directory.alerts import alert_member, chairs_for
from handlers.events import Incoming
from handlers.intake.answers import MEDIA
from handlers.intake.evidence_limits import refusal
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import clean, compact
from handlers.tickets.complainant_replies import attach_file, words_from_complainant
from handlers.tickets.evidence_words import about_a_file
from handlers.understanding import NO, QUESTION, YES, Understanding, lexicon
from handlers.understanding.meaning import REMARK
from storage import throttles, tickets
from storage.evidence import record_pending
from storage.models import LineUser, Member, Ticket
from storage.ticket_status import OPEN
from storage.uow import UnitOfWork

#: The words kept while the person picks which complaint they are for.
PENDING = "add_pending"
PENDING_FILES = "add_pending_files"  # photos and files sent before the complaint was picked
PICKING = ConversationState("picking", (PENDING, PENDING_FILES), marker=PENDING)
#: The one open complaint a photo or file sent after filing was offered to (asked yes or no;
#: the files kept in PENDING_FILES till then).
OFFERED = "add_offered"
OFFER = ConversationState("add_offer", (OFFERED,), marker=OFFERED)
MAX_CHOICES = 10  # complaints offered as buttons
MAX_ADDED = 4000  # characters of an addition kept
#: A caption of a file is a line; longer, it may be a new story told.
MAX_CAPTION = 120
#: A message this much longer than its words of adding carries the addition itself.
SAYS_MORE = 12
#: Without words of adding, a message with less than this left of the frame is about the adding.
_BARE = 3
_SURE_ALONE = 0.9  # a yes or no this sure is the whole message ("ใช่ค่ะ ผู้ใหญ่บ้าน" is not)
KIND = "complainant_added"  # its timeline entry (the committee's page labels it)
#: A member is pushed of one ticket's additions once in each such window.
TOLD_WINDOW = timedelta(hours=1)
_ADDING = tuple(compact(w).lower() for w in lexicon.ADDING)
_NEW = tuple(compact(w).lower() for w in lexicon.NEW_COMPLAINT)
# Longest first, so "ขอเพิ่ม" goes before a shorter word inside it.
_OFFERING = sorted((w.lower() for w in (*lexicon.ADDING, *lexicon.ADDING_FRAME)), key=len)[::-1]
_FRAME_WORDS = frozenset(lexicon.ADDING_FRAME_WORDS)
_NUMBER = re.compile(r"\d")  # Thai digits too
_SAME = re.compile(lexicon.SAME_COMPLAINT, re.I)
_HAS_EVIDENCE = re.compile(lexicon.HAS_EVIDENCE, re.I)
_NOT_NEW = re.compile(lexicon.NOT_NEW_COMPLAINT, re.I)
_NO_FIRST = re.compile(r"^(?:ไม่ใช่|บ่แม่น|บ่แม่|ไม่|no\b)", re.I)  # "ไม่ใช่ค่ะ ไม่เกี่ยวกับเรื่องเดิม"
#: A no said first ("ไม่ใช่ค่ะ …", "บ่แม่น …"), then why.
_NOT_IT_FIRST = re.compile(r"^(?:ไม่ใช่|บ่แม่น|บ่แม่|no)(?:ค่ะ|คะ|ครับ|คับ|จ้า|เด้อ)?(?=\s|$)", re.I)
#: A yes said first ("ใช่ค่ะ …", "แม่นแล้ว …", "ได้ครับ …"), before what the photos show.
_YES_FIRST = re.compile(
    r"^(?:ใช่|ได้|เออ|เอ้อ|เอิ่น|แม่น|ถูก|โอเค|ok|yes)(?:แล้ว|เลย)?(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ)?(?=\s|$)",
    re.I,
)
_FILES_LATER = "send_later"  # the question "can I send a photo later?"
NEW = Quick("addition.button.new", "postback", "menu=complain")
DONE = Quick("committee.button.done", "message", "เสร็จแล้ว")
NEW_WITH_FILES = Quick("addition.button.new_with_it", "postback", "add_new=1")


def open_filed(uow: UnitOfWork, user: LineUser) -> list[Ticket]:
    """The person's filed complaints still open, newest first."""
    return [t for t in tickets.owned_by(uow, user, limit=MAX_CHOICES) if t.status in OPEN]


def wants_a_new_one(text: str | None) -> bool:
    """ "แจ้งเรื่องใหม่", "another complaint": a complaint of its own."""
    key = compact(text).lower()
    return any(w in key for w in _NEW)


def _adding_words(text: str | None) -> str | None:
    key = compact(text).lower()
    found = next((w for w in _ADDING if w in key), None)
    has = None if found else _HAS_EVIDENCE.search(key)  # "มีรูปถ่ายตอนเขารับเงิน"
    return found or (has.group(0) if has else None)


def _beyond_the_offer(text: str | None, named: str | None) -> str:
    """What the message says besides its words of adding, the reference and the frame."""
    rest = (text or "").lower()
    if named:
        rest = rest.replace(str(named).lower(), " ")
    for word in _OFFERING:
        rest = rest.replace(word, " ")
    return " ".join(w for w in re.split(r"[\s,.!?']+", rest) if w not in _FRAME_WORDS)


def offers_only(text: str | None, named: str | None = None) -> bool:
    """Whether the message only offers more ("เรื่อง BRM-… ค่ะ ขอเพิ่มเติมข้อมูล", "I'd like to add
    more information to my complaint") without saying it: never kept as an addition."""
    rest = _beyond_the_offer(text, named)
    offered = _adding_words(text) is not None
    if not offered and _NUMBER.search(rest):
        return False  # "256789", "ค่ะ 459-382": a sum, a phone number's end, a house number
    return len(compact(rest)) < SAYS_MORE


def offers_while_adding(
    text: str | None, named: str | None = None, heard: Understanding | None = None
) -> bool:
    """Whether a message while adding is about the adding, not an addition: it `offers_only`
    with words of adding or the reference, is nothing but the frame ("มีอีกค่ะ"), a yes or no
    alone ("โอเคค่ะ"), or a short pause or sigh ("รอแป๊บนะคะ"). A short fact ("นายสมชาย",
    "ที่ศาลาวัด") is an addition, never lost as an offer."""
    if named or _adding_words(text) is not None:
        return offers_only(text, named)
    rest = len(compact(_beyond_the_offer(text, named)))
    if heard is not None and heard.intent in (YES, NO) and heard.confidence >= _SURE_ALONE:
        return True
    if heard is not None and heard.intent == REMARK:  # "เฮ้อ เขาโกงทั้งหมู่บ้าน" says more
        return rest < SAYS_MORE
    return rest < _BARE


def take(
    uow: UnitOfWork, user: LineUser, event: Incoming, heard: Understanding | None
) -> list[Out] | None:
    """A photo or file, more facts, or "can I add a photo?" from a person with a filed open
    complaint and no complaint being filed: for that complaint, which stays open for what
    follows. None when it is none of these."""
    if event.message_type in MEDIA:
        filed = open_filed(uow, user)
        if len(filed) > 1:
            return _which_file(uow, user, event, filed)
        return _offer_file(uow, user, event, filed[0]) if filed else None
    text = event.text or ""
    cue = _adding_words(text)
    asks = heard is not None and heard.intent == QUESTION
    asks_files = asks and heard.value("faq") == _FILES_LATER
    if (cue is None and not asks_files) or wants_a_new_one(text):
        return None
    filed = open_filed(uow, user)
    named = heard.value("reference") if heard is not None else None
    if named:
        filed = [t for t in filed if t.reference == str(named)] or filed
    if not filed:
        return None
    # A question ("ขอเพิ่มข้อมูลได้ไหมคะ") is answered by asking for it, never kept as the addition.
    says_more = cue is not None and not asks and not offers_only(text, named)
    if len(filed) > 1 and not named:
        return _which(user, filed, text if says_more else "")
    if says_more:
        adding.begin(user, filed[0].reference, uow.now(), added=1)
        return add_text(uow, filed[0], text)
    return go_ahead(uow, user, filed[0])


def _which(user: LineUser, filed: list[Ticket], text: str) -> list[Out]:
    """Several open complaints: which one it is for (what was said is kept till then)."""
    PICKING.begin(user, **{PENDING: text[:MAX_ADDED]})
    quick = tuple(Quick(f"={t.reference}", "postback", f"add={t.reference}") for t in filed)
    # with photos kept aside, a new complaint takes them as its first evidence
    new = NEW_WITH_FILES if PICKING.get(user, PENDING_FILES) else NEW
    return [Say("addition.which", {"count": len(filed)}, quick=(*quick, new))]


def _which_file(uow: UnitOfWork, user: LineUser, event: Incoming, filed: list[Ticket]) -> list[Out]:
    """A photo or file with several open complaints: refused as with one (`refusal`: too
    many kept aside, too large, not a kind we keep), else kept aside, and which one asked
    once (after the last photo of a set sent together)."""
    refused = refusal(uow, event, len(PICKING.get(user, PENDING_FILES) or []))
    if refused is not None:
        return [refused]
    _set_aside(uow, user, event)
    return [] if partial_set(event) else _which(user, filed, PICKING.get(user, PENDING) or "")


def _set_aside(uow: UnitOfWork, user: LineUser, event: Incoming) -> None:
    """The photo or file kept till the person says where it goes: fetched from LINE at once by
    the evidence job (LINE keeps content only a while), given to no complaint yet; its
    message id kept here to attach it when they answer (unanswered, nothing is attached and
    the file goes as an abandoned draft's does)."""
    kept = PICKING.get(user, PENDING_FILES) or []
    sent = [event.message_id, event.message_type, event.file_name, event.file_size]
    record_pending(
        uow,
        event.message_id,
        event.message_type,
        file_name=event.file_name,
        size_bytes=event.file_size,
        owner_id=user.id,
    )
    PICKING.begin(user, **{PENDING: PICKING.get(user, PENDING) or "", PENDING_FILES: [*kept, sent]})


def _offer_file(uow: UnitOfWork, user: LineUser, event: Incoming, ticket: Ticket) -> list[Out]:
    """A photo, video, voice message or file after filing, the person's one open complaint
    `ticket`: kept aside, and asked whether it is for that complaint (yes: added to it; no: a
    new complaint with it as its first evidence). Asked once, after the last of a set."""
    refused = refusal(uow, event, len(PICKING.get(user, PENDING_FILES) or []))
    if refused is not None:
        return [refused]
    _set_aside(uow, user, event)
    OFFER.begin(user, **{OFFERED: ticket.reference})
    if partial_set(event):
        return []
    count = len(PICKING.get(user, PENDING_FILES) or [])
    yes = Quick("addition.button.this_one", "postback", f"add={ticket.reference}")
    params = {"reference": ticket.reference, "count": count}
    return [Say("addition.this_one", params, quick=(yes, NEW_WITH_FILES))]


def for_the_filed_one(text: str | None) -> bool:
    """At "add this photo to BRM-…?": the filed one named ("ใส่ในเรื่องเดิมค่ะ"), a new one denied
    ("ไม่ใช่เรื่องใหม่"), or a yes said first and then what the photos show ("ใช่ค่ะ เรื่องเดิม
    นี่รูปข้าวเด็ก…"); never when a new complaint is asked for."""
    said = clean(text)
    if _NOT_NEW.search(said):
        return True
    if _SAME.search(said) and not _NO_FIRST.match(said):
        return True
    return bool(_YES_FIRST.match(said)) and not wants_a_new_one(said)


def not_for_the_filed_one(text: str | None) -> bool:
    """At "add this photo to BRM-…?": a no said first, then why ("ไม่ใช่ค่ะ ไม่เกี่ยวกับเรื่องเดิม
    อันนี้ที่โรงเรียน"): a new complaint with the photos."""
    return bool(_NOT_IT_FIRST.match(clean(text))) and not for_the_filed_one(text)


def the_files_note(text: str | None) -> str:
    """What a yes to adding says besides the yes ("นี่รูปข้าวเด็กเมื่อวาน…"): the note kept with
    the photos; "" when it says only yes."""
    rest = _NOT_NEW.sub(" ", _SAME.sub(" ", _YES_FIRST.sub(" ", clean(text))))
    return clean(text) if len(compact(rest)) >= SAYS_MORE else ""


def add_offered(uow: UnitOfWork, user: LineUser, text: str | None) -> list[Out]:
    """Yes to "add this photo to BRM-…?": the files kept aside go to it, with what was said
    beside the yes as their note."""
    note = the_files_note(text)
    if note:
        PICKING.begin(user, **{PENDING: note[:MAX_ADDED]})
    return picked(uow, user, offered(user) or "")


def captioned(text: str | None) -> bool:
    """At "add this photo to BRM-…?": a line about the file itself ("สลิปที่พี่ชายโอนให้นายกครับ"),
    short and asking nothing: its caption, so the file is for the filed one."""
    said = clean(text)
    return (
        len(said) <= MAX_CAPTION
        and about_a_file(said)
        and not wants_a_new_one(said)
        and not _NO_FIRST.match(said)
        and not said.rstrip().endswith(("?", "ไหม", "มั้ย", "บ่"))
    )


def add_captioned(uow: UnitOfWork, user: LineUser, text: str) -> list[Out]:
    """The caption's files go to the complaint offered, the caption with them as their words."""
    PICKING.begin(user, **{PENDING: clean(text)[:MAX_ADDED]})
    return picked(uow, user, offered(user) or "")


def offered(user: LineUser) -> str | None:
    """The reference a photo or file after filing was offered to, while it is asked."""
    return OFFER.get(user, OFFERED)


def set_aside(user: LineUser) -> list[list]:
    """The photos and files kept aside, taken (none kept any more): [message id, kind, name,
    size] each."""
    files = PICKING.get(user, PENDING_FILES) or []
    PICKING.end(user)
    OFFER.end(user)
    return files


def partial_set(event: Incoming) -> bool:
    """Whether the photo is one of a set sent together but not its last (answered at the last)."""
    image_set = _image_set(event)
    return bool(image_set) and image_set.get("index") != image_set.get("total")


def set_size(event: Incoming) -> int:
    """How many photos came in the set this one ends (1 for a photo or file alone)."""
    total = _image_set(event).get("total")
    return total if isinstance(total, int) and total > 0 else 1


def _image_set(event: Incoming) -> dict:
    found = (event.raw.get("message") or {}).get("imageSet")
    return found if isinstance(found, dict) else {}


def picked(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """The complaint picked for the addition: what was said and sent goes to it (which stays
    open for more), or it is asked for."""
    text = PICKING.get(user, PENDING) or ""
    files = PICKING.get(user, PENDING_FILES) or []
    PICKING.end(user)
    OFFER.end(user)
    ticket = tickets.by_reference(uow, reference[:40])
    if ticket is None or not tickets.is_owner(user, ticket) or ticket.status not in OPEN:
        return [Say("committee.reply_unknown")]  # a replayed button of a closed one: nothing
    for message_id, kind, name, size in files:
        attach_file(uow, ticket, message_id, kind, name, size, kind=KIND)
    if files:
        count = {"reference": ticket.reference, "count": len(files)}
        tell(uow, ticket, Say("committee.answer_files", count))
    if not text and not files:
        return go_ahead(uow, user, ticket)
    adding.begin(user, ticket.reference, uow.now(), len(files), len(files) + bool(text))
    said = add_text(uow, ticket, text) if text else []
    if not files:
        return said
    return [*said, Say("addition.files_added", count, quick=(DONE, NEW))]


def add_text(uow: UnitOfWork, ticket: Ticket, text: str) -> list[Out]:
    """More facts on the complaint's timeline; the member handling it (else the chair) told."""
    body = text.strip()[:MAX_ADDED]
    words_from_complainant(uow, ticket, KIND, body)
    params = {
        "reference": ticket.reference,
        "answer": masking.for_reviewers(uow.vault, ticket, body),
    }
    tell(uow, ticket, Say("committee.addition_arrived", params))
    return [Say("addition.recorded", {"reference": ticket.reference}, quick=(DONE, NEW))]


def go_ahead(uow: UnitOfWork, user: LineUser, ticket: Ticket) -> list[Out]:
    """The next messages (words, photos, files) join the complaint till the person is done."""
    adding.begin(user, ticket.reference, uow.now())
    return [Say("addition.go_ahead", {"reference": ticket.reference}, quick=(DONE,))]


def tell(uow: UnitOfWork, ticket: Ticket, say: Say) -> None:
    """The member handling the complaint, else its chairs: once per ticket in each
    TOLD_WINDOW (the push says so), so twenty additions in a row ring them once; every
    addition is on the timeline."""
    assignee = uow.session.get(Member, ticket.assignee_id) if ticket.assignee_id else None
    if assignee is not None and can_review(uow, assignee, ticket):
        members = [assignee]
    else:
        members = chairs_for(uow, ticket)
    window = int(throttles.window_start(uow.now(), TOLD_WINDOW).timestamp())
    for member in members:
        key = f"addition:{ticket.reference}:{window}:{member.id}"
        alert_member(uow, member, [say], purpose="committee:answer", dedupe_key=key)
