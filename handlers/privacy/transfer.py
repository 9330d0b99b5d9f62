"""A named complainant is asked before their name goes to the agency a ticket is forwarded to."""

from __future__ import annotations

from handlers.privacy.notice import NOTICE_VERSION
from handlers.replies import Out, Quick, Say, T, to_json
from storage import privacy, tickets
from storage.models import LineUser, Ticket
from storage.outbox import enqueue
from storage.owner_bindings import ticket_owner
from storage.uow import UnitOfWork


def ask_transfer_consent(uow: UnitOfWork, ticket: Ticket, agency: str) -> None:
    """Push the question to the complainant of a named ticket (anonymous ones have no name)."""
    owner = ticket_owner(uow.vault, ticket)
    if not ticket.complainant_name_enc or owner is None:
        return
    data = f"transfer={ticket.reference}:{agency}"
    enqueue(
        uow,
        "push",
        to_json(
            [
                Say(
                    "privacy.transfer.ask",
                    {"reference": ticket.reference, "agency": T(f"agency.{agency}")},
                    quick=(
                        Quick("privacy.transfer.yes", "postback", f"{data}:yes"),
                        Quick("privacy.transfer.no", "postback", f"{data}:no"),
                    ),
                )
            ]
        ),
        recipient=owner,
        language=ticket.language,
        purpose="privacy:transfer",
        dedupe_key=f"transfer:{ticket.id}:{agency}",
    )


def answer(uow: UnitOfWork, user: LineUser, value: str) -> list[Out]:
    """Record the complainant's yes or no for passing their name on, as data."""
    reference, _, rest = value.partition(":")
    agency, _, choice = rest.partition(":")
    ticket = tickets.by_reference(uow, reference)
    if ticket is None or not tickets.is_owner(user, ticket) or choice not in ("yes", "no"):
        return [Say("privacy.transfer.unknown")]
    granted = choice == "yes"
    privacy.record_consent(uow, user, f"transfer:{agency}", NOTICE_VERSION, granted, ticket.id)
    tickets.add_timeline(
        uow, ticket, "consent", "complainant", f"transfer:{agency}:{choice}", internal=True
    )
    key = "privacy.transfer.granted" if granted else "privacy.transfer.refused"
    return [Say(key, {"reference": ticket.reference, "agency": T(f"agency.{agency}")})]
