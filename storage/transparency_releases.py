"""The public figures' releases: one stored set of counts per period, made once."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.transparency_models import TransparencyRelease
from storage.uow import UnitOfWork


def stored(uow: UnitOfWork, period_start: date) -> TransparencyRelease | None:
    """The release of the period starting on `period_start`, if it was made."""
    stmt = select(TransparencyRelease).where(TransparencyRelease.period_start == period_start)
    return uow.session.scalars(stmt).first()


def keep(uow: UnitOfWork, period_start: date, figures: dict) -> TransparencyRelease:
    """Store a period's figures (the caller commits); when another process stored them first,
    theirs is the release."""
    release = TransparencyRelease(
        period_start=period_start,
        made_at=uow.now(),
        figures=json.dumps(figures, ensure_ascii=False, separators=(",", ":")),
    )
    try:
        with uow.session.begin_nested():
            uow.session.add(release)
    except IntegrityError:
        return stored(uow, period_start)
    return release
