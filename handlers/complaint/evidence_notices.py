"""Telling a citizen that a file they sent was refused, and why."""

from __future__ import annotations

from handlers.notices import push_to_person
from handlers.replies import Say, T
from storage.models import Draft, Evidence, LineUser, Ticket
from storage.owner_bindings import ticket_owner
from storage.uow import UnitOfWork


def _owner(uow: UnitOfWork, evidence: Evidence) -> tuple[str, str, LineUser | None] | None:
    if evidence.draft_id is not None:
        draft = uow.session.get(Draft, evidence.draft_id)
        user = uow.session.get(LineUser, draft.user_id) if draft else None
        if user is None:
            return None
        return uow.vault.decrypt(user.line_user_id_enc), user.language, user
    if evidence.ticket_id is not None:
        ticket = uow.session.get(Ticket, evidence.ticket_id)
        if ticket is None:
            return None
        owner = ticket_owner(uow.vault, ticket)
        return None if owner is None else (owner, ticket.language, None)
    return None


def tell_refused(uow: UnitOfWork, evidence: Evidence, reason: str, max_bytes: int) -> None:
    """Push why a file was not kept: over the size limit, or a type not accepted."""
    owner = _owner(uow, evidence)
    if owner is None:
        return
    line_id, language, user = owner
    say = Say(
        f"evidence.refused.{reason}",
        {"kind": T(f"evidence.kind.{evidence.media_kind}"), "megabytes": max_bytes // 2**20},
    )
    push_to_person(
        uow,
        line_id,
        [say],
        purpose=f"evidence:{reason}",
        language=language,
        dedupe_key=f"evidence:{evidence.id}:{reason}",
        user=user,
    )
