"""What a reviewer may see of the details that could identify a complainant or a witness.

Witness names are sealed and shown only to the ticket's assignee and the chair. A
shared location is often the sender's own home: for an anonymous ticket reviewers see
the sub-district and district, not the pin or its address, unless the complainant
said the pin is where it happened.
"""

from __future__ import annotations

import re

from handlers.directory.grants import counts_as_chair
from handlers.understanding import lexicon
from storage.models import Member, Ticket
from storage.uow import UnitOfWork


def may_see_witnesses(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """The assignee of the ticket and the chair (whose role counts)."""
    return counts_as_chair(uow, member) or (
        ticket.assignee_id is not None and ticket.assignee_id == member.id
    )


def witnesses_for(uow: UnitOfWork, member: Member | None, ticket: Ticket) -> str | None:
    """The witness names for this member, or None when they may not see them."""
    if member is None or not may_see_witnesses(uow, member, ticket):
        return None
    if ticket.witnesses_enc:
        return uow.vault.decrypt(ticket.witnesses_enc)
    return ticket.witnesses


def filed_for(uow: UnitOfWork, ticket: Ticket) -> str:
    """Who the complaint was filed for, as the person filing is to them ("พ่อ"): the relation
    alone, which the story tells every reviewer anyway; the affected person's name stays behind
    the audited view of the complainant's identity."""
    return (uow.vault.decrypt(ticket.behalf_of_enc) or "") if ticket.behalf_of_enc else ""


def may_see_originals(uow: UnitOfWork, member: Member) -> bool:
    """Only the chair opens original files (with their GPS, device and author): every other
    member gets re-encoded copies only, and a file without one is withheld from them."""
    return counts_as_chair(uow, member)


def pin_hidden(ticket: Ticket) -> bool:
    """Whether the pin (and its address) must be hidden from reviewers."""
    return ticket.anonymous and ticket.latitude is not None and not ticket.pin_is_scene


def place_for(ticket: Ticket) -> dict:
    """The place reviewers see: `text`, and `latitude`/`longitude` only when allowed."""
    if pin_hidden(ticket):
        area = " / ".join(p for p in (ticket.subdistrict, ticket.district) if p)
        return {"text": area, "latitude": None, "longitude": None, "hidden": True}
    return {
        "text": ticket.place_text,
        "latitude": ticket.latitude,
        "longitude": ticket.longitude,
        "hidden": False,
    }


#: Whose name a masked name was: the complainant's own, or the one they file for.
COMPLAINANT, AFFECTED = "complainant", "affected"
_FILED_FOR_NAMED = re.compile(f"(?:{lexicon.FILED_FOR}){lexicon.BEHALF_NAME_AFTER}", re.I)
_RELATIVE_NAMED = re.compile(lexicon.RELATIVE_NAMED, re.I)
_OPENING_NAME = re.compile(lexicon.BEHALF_NAME_OPENING)
_TITLE = re.compile(r"^(?:นางสาว|นาง|นาย|น\.ส\.)\s?")
_NAME_PART = 3  # letters: a shorter part of a name is too likely an everyday word


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


def names_to_mask(uow: UnitOfWork, ticket: Ticket) -> list[tuple[str, str]]:
    """(name, whose) of the names a reviewer must not read in the complaint's words: the
    complainant's own and the affected person's (sealed with the identity), and the name of
    the one filed for given in the story."""
    vault = uow.vault
    found = [
        (
            vault.decrypt(ticket.complainant_name_enc) if ticket.complainant_name_enc else "",
            COMPLAINANT,
        ),
        (vault.decrypt(ticket.affected_name_enc) if ticket.affected_name_enc else "", AFFECTED),
    ]
    if ticket.behalf_of_enc:
        found.append((story_behalf_name(ticket.description) or "", AFFECTED))
    return [(name.strip(), whose) for name, whose in found if name and name.strip()]


def masked(text: str | None, names: list[tuple[str, str]], marks: dict[str, str]) -> str:
    """`text` with each name (whole, then without its title, then each part of it) replaced by
    its mark ("[ชื่อผู้ร้อง]"); the longest first, so a whole name is one mark."""
    said = text or ""
    spans: list[tuple[str, str]] = []
    for name, whose in names:
        bare = _TITLE.sub("", name)
        spans += [(name, whose), (bare, whose)]
        spans += [(part, whose) for part in bare.split() if len(part) >= _NAME_PART]
    for span, whose in sorted(set(spans), key=lambda s: len(s[0]), reverse=True):
        if span:
            said = re.sub(rf"(?:นางสาว|นาง|นาย|น\.ส\.)?\s?{re.escape(span)}", marks[whose], said)
    return said
