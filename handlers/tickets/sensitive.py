"""What a reviewer may see of the details that could identify a complainant or a witness.

Witness names are sealed and shown only to the ticket's assignee and the chair. A
shared location is often the sender's own home: for an anonymous ticket reviewers see
the sub-district and district, not the pin or its address, unless the complainant
said the pin is where it happened.
"""

from __future__ import annotations

from handlers import masking
from handlers.directory.access import can_see_identity
from handlers.directory.grants import counts_as_chair
from storage import ticket_queries
from storage.models import Member, Ticket
from storage.uow import UnitOfWork

# Each mark as a line break, which no query holds (`searched_words` makes its spaces single
# spaces): a placeholder's own letters ("⟦witness⟧" holds "wit") would single out whose
# masked name held them, and a query across a mark finds nothing either side of it.
_UNSEARCHABLE = dict.fromkeys(masking.WHOSE, "\n")


def may_see_witnesses(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """The assignee of the ticket and the chair (whose role counts)."""
    return counts_as_chair(uow, member) or (
        ticket.assignee_id is not None and ticket.assignee_id == member.id
    )


def witnesses_for(
    uow: UnitOfWork, member: Member | None, ticket: Ticket, marks: dict[str, str] | None = None
) -> str | None:
    """The witness names for this member, or None when they may not see them; an anonymous
    teller's own kin among them marked as the teller is (`masking.kin_witnesses`, `marks`
    or the placeholders)."""
    if member is None or not may_see_witnesses(uow, member, ticket):
        return None
    said = uow.vault.decrypt(ticket.witnesses_enc) if ticket.witnesses_enc else ticket.witnesses
    kin = masking.kin_witnesses(ticket, said or "")
    return masking.masked(said, kin, marks or masking.PLACEHOLDERS) if kin else said


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


def place_for(ticket: Ticket, said: str | None = None) -> dict:
    """The place reviewers see: `text` (the place as typed, or `said`: as the member reads it,
    `masking.TYPED`), and `latitude`/`longitude` only when allowed."""
    if pin_hidden(ticket):
        area = " / ".join(p for p in (ticket.subdistrict, ticket.district) if p)
        return {"text": area, "latitude": None, "longitude": None, "hidden": True}
    return {
        "text": ticket.place_text if said is None else said,
        "latitude": ticket.latitude,
        "longitude": ticket.longitude,
        "hidden": False,
    }


def names_to_mask(uow: UnitOfWork, ticket: Ticket) -> list[tuple[str, str]]:
    """(words, whose) a reviewer must not read in the complaint's words (`masking.hidden_words`)."""
    return masking.hidden_words(uow.vault, ticket)


def names_hidden_from(
    uow: UnitOfWork,
    member: Member,
    ticket: Ticket,
    opened: bool,
    from_shell: bool = False,
    witnesses_shown: bool = False,
) -> list[tuple[str, str]]:
    """The names (`names_to_mask`) this member reads masked in the complaint's words: for
    every member, chairs too, until the identity is `opened` through the audited step (a reason
    given, the view logged: `actions.reveal_identity`) by one who may see it, then none; never
    none in a dashboard session made `from_shell`. The witnesses' names are not masked where
    the view shows the witnesses field to this member (`witnesses_shown`, `may_see_witnesses`):
    one page never hides in the story what it shows beside it. The one rule for the page, the
    list's search, the export and `tickets show` at the shell. An anonymous ticket's story
    telling the teller's own name (`masking.kept_anonymous`) is masked for everyone."""
    if opened and can_see_identity(uow, member, ticket) and not from_shell:
        return masking.kept_anonymous(ticket)
    hidden = names_to_mask(uow, ticket)
    if witnesses_shown and not from_shell and may_see_witnesses(uow, member, ticket):
        return without_witnesses(hidden)
    return hidden


def without_witnesses(hidden: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`hidden` less the witnesses' names: for a member's own words on the timeline (a chair's
    question, a note), which a witness's name given as everyday syllables must not garble."""
    return [(name, whose) for name, whose in hidden if whose != masking.WITNESS]


def found_by_what_they_read(ticket: Ticket, query: str, hidden: list[tuple[str, str]]) -> bool:
    """Whether the list's search (`ticket_queries.search_text`, which SQL reads unmasked) still
    finds the ticket by `query` in its words as the member reads them, with `hidden` (the names
    they read masked, `names_to_mask`) marked: a guessed surname must not single out whose
    complaint it is."""
    words = ticket_queries.searched_words(query).casefold()
    if not words or not hidden:
        return True
    read = masking.typed_words(ticket, hidden, _UNSEARCHABLE, ticket_queries.SEARCHED)
    return words in ticket_queries.searched_text(ticket, read).casefold()
