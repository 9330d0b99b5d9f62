"""Red team (issue #17): what a database copy, without the keys, reads of the language a
ticket was filed in. A plain "en" in `tickets` would list the few tickets filed in English
(and, beside the few English speakers, name their authors); so would a timeline digest over
the ticket's fields that takes "en" and not "th" (the copy holds every other field). Sealed
since 0033."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from storage import ticket_chain
from storage.models import Ticket
from tests.factories import Chat, add_ticket, line_id, submit, texts

THAI = re.compile(r"[\u0E00-\u0E7F]")
GUESSES = ("th", "en")


def _file_in_english_and_thai(client, gateway) -> tuple[str, Chat]:
    english = Chat(client, gateway, line_id(), "test-channel-secret")
    english.follow()
    english.say("English")
    filed = submit(english)
    submit(Chat(client, gateway, line_id(), "test-channel-secret"))
    return filed.reference, english


def _guessed_languages(services) -> dict[str, set[str]]:
    """Each ticket's languages whose digest (the published algorithm, every field as the copy
    reads it and the language guessed) is one its timeline holds."""
    readable = [c for c in ticket_chain.TICKET_COLUMNS if c.key != "language"]
    found = {}
    with services.engine.connect() as conn:
        for row in conn.execute(select(*readable)):
            stored = {
                d
                for (d,) in conn.execute(
                    text("SELECT ticket_digest FROM ticket_events WHERE ticket_id = :t"),
                    {"t": row.id},
                )
            }
            fits = set()
            for guess in GUESSES:
                fields = SimpleNamespace(**row._asdict(), language=guess)
                digests = {ticket_chain.ticket_digest(fields, legacy=legacy) for legacy in (0, 1)}
                if digests & stored:
                    fits.add(guess)
            found[row.reference] = fits
    return found


def test_a_copy_reads_no_plain_language_in_tickets(app, client, gateway, runner, services):
    reference, english = _file_in_english_and_thai(client, gateway)
    # The attacker: plain SQL on a copy, no keys.
    with services.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT reference, language FROM tickets")).all())
    assert len(stored) == 2
    assert not {"en", "th", "en_US", "th_TH"} & set(stored.values()), stored
    assert len({len(v) for v in stored.values()}) == 1, stored  # padded alike
    # The application still writes to the English filer in English, from the ticket's language.
    before = len(gateway.sent)
    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    services.sender.send_due()
    pushed = [c for c in gateway.sent[before:] if c["to"] == english.user_id]
    notice = texts([m for call in pushed for m in call["messages"]])
    assert reference in notice and not THAI.search(notice), notice
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket.language)).all().count("en") == 1


def test_a_copy_cannot_tell_the_language_by_trying_the_timeline_digest(
    app, client, gateway, runner, services
):
    reference, _ = _file_in_english_and_thai(client, gateway)
    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    guessed = _guessed_languages(services)
    # A guess tells something only when one language fits and the other does not.
    assert all(len(fits) != 1 for fits in guessed.values()), guessed


@pytest.mark.xfail(
    strict=True,
    reason="open: what the citizen typed (description, official, place...) is plain text, and "
    "an English speaker types it in English; sealing it is a design change (search, exports)",
)
def test_a_copy_cannot_tell_the_language_from_what_the_citizen_typed(app, services):
    add_ticket(services, language="th")
    add_ticket(
        services,
        language="en",
        official="The SAO chief",
        description="The chief asked every shop for 3,000 baht before renewing its licence.",
    )
    with services.engine.connect() as conn:
        typed = conn.execute(text("SELECT official, description FROM tickets")).all()
    latin = [row for row in typed if re.search(r"[A-Za-z]{3}", " ".join(row))]
    assert len(latin) != 1, latin
