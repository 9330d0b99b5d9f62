"""Abandoned complaint drafts: one gentle reminder after a day, expiry after a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from handlers.intake.answers import of_draft
from handlers.notices import push_to_person
from handlers.replies import Quick, Say
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

BATCH = 500


@dataclass(frozen=True)
class DraftPolicy:
    """DRAFT_REMIND_HOURS and DRAFT_EXPIRE_DAYS."""

    remind_after: timedelta = timedelta(hours=24)
    expire_after: timedelta = timedelta(days=7)


def _claim(uow: UnitOfWork, draft_id: int, values: dict, *conditions) -> bool:
    """Change the draft only if it is still as found: a second runner, or the citizen
    coming back at the same moment, makes this a no-op instead of a double message."""
    stmt = (
        update(Draft)
        .where(Draft.id == draft_id, Draft.status == "open", *conditions)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return uow.session.execute(stmt).rowcount == 1


def _push(uow: UnitOfWork, user: LineUser, key: str, items: list, purpose: str) -> bool:
    if not user.following:
        return False  # blocked the account: LINE would refuse the push
    if not user.draft_reminders:
        return False  # they said "ปิดการเตือน"
    return push_to_person(
        uow,
        uow.vault.decrypt(user.line_user_id_enc),
        items,
        purpose=purpose,
        language=user.language,
        dedupe_key=key,
        user=user,
    )


def _stale(uow: UnitOfWork, older_than, *conditions) -> list[tuple[Draft, LineUser]]:
    stmt = (
        select(Draft, LineUser)
        .join(LineUser, LineUser.id == Draft.user_id)
        .where(Draft.status == "open", Draft.updated_at <= older_than, *conditions)
        .order_by(Draft.updated_at)
        .limit(BATCH)
    )
    return [(draft, user) for draft, user in uow.session.execute(stmt).all()]


def expire_drafts(uow: UnitOfWork, policy: DraftPolicy) -> dict:
    """Expire week-old drafts (telling the citizen), then remind day-old ones once."""
    now = uow.now()
    result = {"expired": 0, "reminded": 0, "told": 0}
    expire_before = now - policy.expire_after
    for draft, user in _stale(uow, expire_before):
        if _claim(
            uow,
            draft.id,
            {"status": "expired", "closed_at": now},
            Draft.updated_at <= expire_before,
        ):
            result["expired"] += 1
            items = [
                Say(
                    "drafts.expired",
                    {"days": policy.expire_after.days},
                    quick=(Quick("drafts.start_again", "postback", "menu=complain"),),
                )
            ]
            result["told"] += _push(uow, user, f"draft:{draft.id}:expired", items, "draft:expired")
    remind_before = now - policy.remind_after
    for draft, user in _stale(uow, remind_before, Draft.reminded_at.is_(None)):
        if _claim(
            uow,
            draft.id,
            {"reminded_at": now},
            Draft.reminded_at.is_(None),
            Draft.updated_at == draft.updated_at,
        ):
            key = f"draft:{draft.id}:reminder:{draft.updated_at:%Y%m%d%H%M%S}"
            days = policy.expire_after.days
            items = [
                Say(
                    "drafts.reminder",
                    {"days": days},
                    quick=(
                        Quick("choice.continue", "postback", of_draft("a=flow:continue", draft.id)),
                        Quick("button.cancel", "postback", of_draft("a=flow:cancel", draft.id)),
                        Quick("reminders.button.off", "message", "ปิดการเตือน"),
                    ),
                )
            ]
            result["reminded"] += _push(uow, user, key, items, "draft:reminder")
    return result
