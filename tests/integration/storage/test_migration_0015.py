"""Migration 0015 on a database written before it: sent drafts, export links and delivered
messages keep nothing that names or pairs; an open draft is left as it was."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from storage.migrate import upgrade

AT = "2026-03-10 03:04:05.123456"


def test_the_upgrade_empties_what_older_rows_kept(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0009")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following,"
                " subscribed, state, created_at, updated_at, discreet, draft_reminders)"
                " VALUES (1, 'h', 'x', 'th', 1, 0, '{}', :at, :at, 0, 1)"
            ),
            {"at": AT},
        )
        for number, status in ((1, "submitted"), (2, "open")):
            conn.execute(
                text(
                    "INSERT INTO drafts (id, user_id, status, step, history, data, editing,"
                    " created_at, updated_at, closed_at) VALUES (:id, 1, :status, 'summary',"
                    ' \'["consent","kind","name"]\', \'{"name":"สมหญิง"}\', 0, :at, :at, :at)'
                ),
                {"id": number, "status": status, "at": AT},
            )
        conn.execute(
            text(
                "INSERT INTO export_links (token_hash, user_id, created_at, expires_at)"
                " VALUES ('t', 1, :at, '2099-01-01 00:00:00.000000')"
            ),
            {"at": AT},
        )
        conn.execute(
            text(
                "INSERT INTO outbox (id, channel, recipient_enc, recipient_count, language,"
                " payload, purpose, status, attempts, next_attempt_at, created_at, sent_at)"
                " VALUES ('m', 'push', 'enc', 1, 'th', '[]', '', 'sent', 1, :at, :at, :at)"
            ),
            {"at": AT},
        )
    engine.dispose()

    upgrade(url)

    engine = create_engine(url)
    with engine.connect() as conn:
        drafts = conn.execute(
            text("SELECT id, user_id, history, data, step, created_at FROM drafts ORDER BY id")
        ).all()
        link = conn.execute(text("SELECT user_id, used_at FROM export_links")).one()
        recipient = conn.execute(text("SELECT recipient_enc FROM outbox")).scalar()
    engine.dispose()
    sent, still_open = drafts
    assert sent[1:5] == (None, "[]", "{}", "purged") and sent[5].startswith("2000-01-01")
    assert still_open[1] == 1 and "สมหญิง" in still_open[3]
    assert link[0] is None and link[1] is not None  # a link made before no longer works
    assert recipient is None
