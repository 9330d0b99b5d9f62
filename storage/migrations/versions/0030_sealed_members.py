"""#17 sealed members: how a member's role came (made at a shell, founding, vouched for,
invited by a chair on the dashboard) lives on their own row, and a keyed seal
(`members.seal`, storage/member_seals.py) covers it with their id, role, LINE account,
removal and every declared tie; a join code a chair made on the dashboard carries a keyed mark. Existing members are
brought over from the audit log: one made at a shell stays shell-made until vouched for.

Revision ID: 0030
Revises: 0029
"""

from alembic import context, op
import sqlalchemy as sa

import storage.types

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def _member_of(detail: str | None) -> int | None:
    head = (detail or "").split(" ", 1)[0]
    return int(head[7:]) if head.startswith("member:") and head[7:].isdigit() else None


def _bring_over_grants(bind) -> None:
    """Replay the audit log's grants and vouches onto the members' rows, in order: the last
    shell grant of each member decides, and a vouch after it makes it vouched."""
    from storage.models import AuditEntry, Member

    log = AuditEntry.__table__
    stmt = (
        sa.select(log.c.at, log.c.actor, log.c.action, log.c.detail)
        .where(log.c.action.in_(("shell_grant", "confirm_shell_grant")))
        .order_by(log.c.id)
    )
    state: dict[int, dict] = {}
    for row in bind.execute(stmt):
        member_id = _member_of(row.detail)
        if member_id is None:
            continue
        if row.action == "shell_grant":
            founding = (row.detail or "").endswith(" founding")
            state[member_id] = {"grant_state": "founding" if founding else "shell"}
            state[member_id].update(granted_at=row.at, vouched_by=None)
        elif member_id in state and state[member_id]["grant_state"] == "shell":
            voucher = _member_of(row.actor)
            state[member_id].update(grant_state="vouched", vouched_by=voucher)
    members = Member.__table__
    for member_id, values in state.items():
        bind.execute(sa.update(members).where(members.c.id == member_id).values(**values))


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("grant_state", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column("granted_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch.add_column(sa.Column("vouched_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seal", sa.String(length=64), nullable=True))
    with op.batch_alter_table("join_codes") as batch:
        batch.add_column(sa.Column("made_by_member_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("made_mark", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    _bring_over_grants(bind)
    if not bind.scalar(sa.text("SELECT count(*) FROM members")):
        return
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0030 seals members with RECORD_SEAL_KEY: run `flask --app bot db upgrade`."
        )
    from storage import member_seals

    member_seals.mark_stored(bind, vault, member_seals.FIELDS_0030)


def downgrade() -> None:
    with op.batch_alter_table("join_codes") as batch:
        batch.drop_column("made_mark")
        batch.drop_column("made_by_member_id")
    with op.batch_alter_table("members") as batch:
        for column in ("seal", "vouched_by", "granted_at", "grant_state"):
            batch.drop_column(column)
