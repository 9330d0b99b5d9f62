"""Red team (issue #17): what a database copy, without the keys, reads of the language a
ticket was filed in. A plain "en" in `tickets` would list the few tickets filed in English
(and, beside the few English speakers, name their authors); the column is sealed (0033)."""

from __future__ import annotations

import re

from sqlalchemy import text

from tests.factories import Chat, line_id, submit, texts

THAI = re.compile(r"[\u0E00-\u0E7F]")


def test_a_copy_reads_no_plain_language_in_tickets(app, client, gateway, runner, services):
    english = Chat(client, gateway, line_id(), "test-channel-secret")
    english.follow()
    english.say("English")
    filed = submit(english)
    thai = Chat(client, gateway, line_id(), "test-channel-secret")
    submit(thai)
    # The attacker: plain SQL on a copy, no keys.
    with services.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT reference, language FROM tickets")).all())
    assert len(stored) == 2
    assert not {"en", "th", "en_US", "th_TH"} & set(stored.values()), stored
    assert len({len(v) for v in stored.values()}) == 1, stored  # padded alike
    # The application still writes to the English filer in English, from the ticket's language.
    before = len(gateway.sent)
    moved = runner.invoke(args=["tickets", "set-status", filed.reference, "in_review"])
    assert moved.exit_code == 0, moved.output
    services.sender.send_due()
    pushed = [c for c in gateway.sent[before:] if c["to"] == english.user_id]
    notice = texts([m for call in pushed for m in call["messages"]])
    assert filed.reference in notice and not THAI.search(notice), notice
