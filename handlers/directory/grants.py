"""Whose confirming role counts, and who stands on whose word: the rules every chair act and
every four-eyes check read (docs/insider.md, "Roles given at a shell" and "Four eyes").

Kept apart from `handlers.directory.members` so that `handlers.directory.access` (which
members imports) reads the same rule."""

from __future__ import annotations

from handlers.replies import T
from storage import audit, member_seals
from storage.models import Member
from storage.uow import UnitOfWork

OPERATOR_HASH = audit.OPERATOR_HASH
CONFIRMING_ROLES = ("chair", "admin")
FOUNDING = "founding"  # the first confirming role ever given: nobody else could vouch for it
# A member's grant_state (sealed on their row, storage/member_seals.py): None is a role not
# given at a shell; these two are a role another chair's word stands behind.
SHELL, VOUCHED, INVITED = "shell", "vouched", "invited"
# Invitations are a short chain in practice; past this a chain is read as related (fails
# closed) rather than walked further.
MAX_CHAIN = 50


def role_name(role: str) -> T:
    """A role as a member reads it in a message (กรรมการพิจารณา, ประธาน…), never the stored
    English word: the one place every member-facing message takes role names from."""
    return T(f"members.role.{role}")


def record_fits(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member's row and declared ties are as the application wrote them (one
    that does not fit counts for nothing and sees no ticket)."""
    return member_seals.member_fits(uow, member)


def grant_vouched(uow: UnitOfWork, member: Member) -> bool:
    """Whether another chair's word stands behind the member's role: not given at a shell,
    vouched for since the shell last gave it, or joined with a chair's own code. Never the
    founding chair (the shell's word alone), never a row that does not fit its seal."""
    return member.grant_state in (None, VOUCHED, INVITED) and record_fits(uow, member)


def grant_counts(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member's role counts for four eyes: vouched for, or the founding one."""
    return grant_vouched(uow, member) or (
        member.grant_state == FOUNDING and record_fits(uow, member)
    )


def is_chair(member: Member) -> bool:
    """An active chair, not the command line's own member."""
    return member.role == "chair" and member.active and member.user_hash != OPERATOR_HASH


def counts_as_chair(uow: UnitOfWork, member: Member) -> bool:
    """The one rule for every chair act (opening identity, the identity policy, reviewing an
    agency record, assigning, originals): an active chair whose role counts (`grant_counts`).
    A chair the shell made acts as a chair only once another chair vouches for the role."""
    return is_chair(member) and grant_counts(uow, member)


def counts_as_admin(uow: UnitOfWork, member: Member) -> bool:
    """An active admin whose role counts (`grant_counts`): the same rule for the admin's acts."""
    return member.role == "admin" and member.active and grant_counts(uow, member)


def _bringers(
    uow: UnitOfWork, member: Member, links: tuple[str, ...] = (INVITED, VOUCHED)
) -> set[int] | None:
    """The ids of everyone the member's role stands on, up the chain of invitations and
    vouches (`links`: join codes alone with (INVITED,)); None when the chain cannot be read
    whole (a row on it does not fit its seal, or it is longer than MAX_CHAIN), which the
    callers read as related."""
    found: set[int] = set()
    current = member
    while current.grant_state in links and current.vouched_by is not None:
        if current.vouched_by in found or current.vouched_by == member.id:
            return found  # a loop only a writer could make: what was read stands
        if len(found) >= MAX_CHAIN:
            return None
        found.add(current.vouched_by)
        current = uow.session.get(Member, current.vouched_by)
        if current is None or not record_fits(uow, current):
            return None
    return found


def brought_in_by(uow: UnitOfWork, member: Member, chair_id: int) -> bool:
    """Whether the member's role stands on this chair's word, directly (joined with their
    join code, or their shell role vouched for by them) or through a chain of such members:
    each may be that chair's own second phone."""
    bringers = _bringers(uow, member)
    return bringers is None or chair_id in bringers


def vouch_related(uow: UnitOfWork, member: Member, other_id: int) -> bool:
    """Whether either of two members brought the other in (`brought_in_by`, both ways), or
    both stand on one chair's word (`code_siblings`): not two independent people, so never
    each other's second pair of eyes."""
    if brought_in_by(uow, member, other_id):
        return True
    other = uow.session.get(Member, other_id)
    return (
        other is None or brought_in_by(uow, other, member.id) or code_siblings(uow, member, other)
    )


def code_siblings(uow: UnitOfWork, member: Member, other: Member) -> bool:
    """Whether two members' roles both stand on one person's word, up the whole chain of
    join codes and vouches of each (A's codes for B and C, or B's for D; A vouches for the
    shell's C, and A's code brought B; C's code brought D, or C vouches for the shell's E:
    D and E stand on A's word too). A chair alone makes codes, and a chair with a shell
    makes the role it then vouches for, so each may be that chair's own phone, and so on
    down: with a shell, A would act as B, C, D and E. The founding chair's word is not
    followed past a vouch (`_word_of`): a committee's further chairs come by the shell and
    the second chair's vouch, and may second the founding chair's invitees."""
    mine, theirs = _word_of(uow, member), _word_of(uow, other)
    if mine is None or theirs is None:
        return True
    return bool(mine & theirs)


def _word_of(uow: UnitOfWork, member: Member) -> set[int] | None:
    """Everyone whose word the member's role stands on, all the way up the chain of join
    codes and vouches (None when the chain cannot be read whole). The founding chair counts
    only down a chain of codes alone: past a vouch the role stands on the vouching chair's
    word, that chair having joined, on their own phone, in front of the committee (README,
    "A new committee's first day")."""
    bringers = _bringers(uow, member)
    if bringers is None:
        return None
    found: set[int] = set()
    current, vouched = member, False
    while current.grant_state in (INVITED, VOUCHED) and current.vouched_by in bringers:
        vouched = vouched or current.grant_state == VOUCHED
        if current.vouched_by in found:
            break
        upper = uow.session.get(Member, current.vouched_by)
        if upper is None:
            return None
        if not (vouched and upper.grant_state == FOUNDING):
            found.add(upper.id)
        current = upper
    return found


def counts_as(uow: UnitOfWork, member: Member, roles: tuple[str, ...]) -> bool:
    """Whether the member acts in one of `roles`: a chair by `counts_as_chair`, an admin by
    `counts_as_admin`, any other role by being an active holder of it."""
    if member.role not in roles:
        return False
    if member.role == "chair":
        return counts_as_chair(uow, member)
    if member.role == "admin":
        return counts_as_admin(uow, member)
    return bool(member.active)
