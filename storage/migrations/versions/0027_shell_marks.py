"""Red team round 4: a sign-in's own mark, keyed, so a database writer cannot unmark a
shell's login link; the processed webhook events' fingerprints keyed (HMAC under the lookup
key, as `storage.inbox.record_once` now writes them), so a copy cannot test a guessed event

Revision ID: 0027
Revises: 0025
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0027"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows from before carry no mark and so count as made at a shell: live links and
    # sessions may read, and deciding needs a fresh link asked for in LINE (fails closed).
    for table in ("login_tokens", "dashboard_sessions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("own_mark", sa.String(64), nullable=True))
    bind = op.get_bind()
    rows = list(bind.execute(sa.text("SELECT id, fingerprint FROM processed_events")))
    if not rows:
        return
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0027 keys the processed events' fingerprints with DATA_LOOKUP_KEY: "
            "run `flask --app bot db upgrade`."
        )
    from storage import bulk_rewrite

    target = sa.table(
        "processed_events", sa.column("id", sa.Integer), sa.column("fingerprint", sa.String)
    )
    keyed = [{"id": i, "fingerprint": vault.index(plain, "webhook-event")} for i, plain in rows]
    for start in range(0, len(keyed), 1000):
        bulk_rewrite.update_many(bind, target, keyed[start : start + 1000])


def downgrade() -> None:
    # Keyed fingerprints stay keyed (an HMAC gives nothing back): a redelivery of an event
    # handled in the last RETENTION_EVENT_DAYS would be handled again by the older code.
    for table in ("dashboard_sessions", "login_tokens"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("own_mark")
