"""Someone holding a database copy and DATA_LOOKUP_KEY tries to recover tracking codes:
one offline pass over the whole code space no longer works (a salt per ticket, a slow
verifier, a longer code), and codes given out before still work."""

from __future__ import annotations

import re

from sqlalchemy import select

from storage import tickets
from storage.models import Ticket
from tests.factories import add_ticket, file_complaint, texts

CODE = re.compile(r"\b([A-Z2-9]{4}(?:-[A-Z2-9]{4})+)\b")


def test_the_stored_hash_is_salted_per_ticket_and_not_the_keyed_index(services):
    with services.uow() as uow:
        one = tickets.tracking_fields(uow, "K7QM-4TXP-H3WA")
        other = tickets.tracking_fields(uow, "K7QM-4TXP-H3WA")
        one_pass = uow.vault.indexes("K7QM4TXPH3WA", "tracking")

    # One code, two tickets: nothing in common; the key alone does not compute either.
    assert one["tracking_code_hash"] != other["tracking_code_hash"]
    assert one["tracking_code_salt"] != other["tracking_code_salt"]
    assert not {one["tracking_code_hash"], other["tracking_code_hash"]} & set(one_pass)


def test_a_new_code_is_too_long_to_search_and_easy_to_type(chat, services):
    file_complaint(chat)
    shown = texts(chat.tap("a=summary:confirm"))

    code = CODE.search(shown)[1]

    groups = code.split("-")
    assert all(len(g) == 4 for g in groups)
    assert not set("".join(groups)) & set("01OIL")
    assert len(tickets.TRACKING_ALPHABET) ** len("".join(groups)) > 10**17
    with services.uow() as uow:
        stored = uow.session.scalars(select(Ticket)).one()
        assert stored.tracking_code_salt and code.replace("-", "") not in stored.tracking_code_hash


def test_a_code_given_before_still_works_once_and_is_then_stored_the_new_way(chat, services):
    with services.uow() as uow:  # the form before 0015: an unsalted HMAC of an 8-letter code
        old = uow.vault.index("K7QM4TXP", "tracking")
    reference = add_ticket(services, tracking_code_hash=old)

    chat.tap("menu=lookup")
    chat.say(reference)
    found = texts(chat.say("k7qm-4txp"))

    assert reference in found
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        assert ticket.tracking_code_salt is not None and ticket.tracking_code_hash != old
        assert tickets.code_matches(uow, ticket, "K7QM-4TXP")
        assert not tickets.code_matches(uow, ticket, "K7QM-4TXQ")
