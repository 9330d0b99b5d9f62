"""The public figures' releases: one stored set of counts per period, made once, sealed.

Each release is sealed with an HMAC under RECORD_SEAL_KEY (a key the database does not hold)
over its period, the time it was made, its figures and the seal of the release before it, so
a database writer can neither change published figures nor remove a release between two
others unseen. Each release made is noted (its seal) in RECORD_ANCHOR_DIR, beside the
anchors: a release deleted to have the figures counted again mid-period is not made again
(the page withholds the figures) and `tickets verify` reports it. Fail closed: a host whose
folder lacks the note of the release before makes none, and `tickets verify` reports stored
releases not noted there. `keys rotate` seals the intact releases again under the new key
(`reseal`, then `renote`).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.crypto import Vault
from storage.transparency_models import TransparencyRelease
from storage.uow import UnitOfWork

PERIODS = ("daily", "weekly", "monthly")
log = logging.getLogger(__name__)


def period_start(now: datetime, tz, period: str) -> date:
    """The first local day of the release period `now` falls in (weeks start on Monday)."""
    day = now.astimezone(tz).date()
    if period == "daily":
        return day
    if period == "weekly":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _payload(start: date, made_at: datetime, figures: str, previous: str | None) -> bytes:
    stamp = made_at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = {"period": start.isoformat(), "made_at": stamp, "figures": figures, "prev": previous}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _seals(vault: Vault, release: TransparencyRelease) -> list[str]:
    made = release.made_at
    return vault.seals(_payload(release.period_start, made, release.figures, release.previous_seal))


def sealed(vault: Vault, release: TransparencyRelease) -> bool:
    """Whether a stored release is as the application made it (any configured key may fit)."""
    return release.seal in _seals(vault, release)


def stored(uow: UnitOfWork, start: date) -> TransparencyRelease | None:
    """The release of the period starting on `start`, if it was made."""
    stmt = select(TransparencyRelease).where(TransparencyRelease.period_start == start)
    return uow.session.scalars(stmt).first()


def before(uow: UnitOfWork, start: date) -> TransparencyRelease | None:
    """The last release made for a period before the one starting on `start`, if any."""
    return _before(uow, start)


def _before(uow: UnitOfWork, start: date) -> TransparencyRelease | None:
    stmt = select(TransparencyRelease).where(TransparencyRelease.period_start < start)
    stmt = stmt.order_by(TransparencyRelease.period_start.desc()).limit(1)
    return uow.session.scalars(stmt).first()


def keep(uow: UnitOfWork, start: date, figures: dict) -> TransparencyRelease:
    """Store and seal a period's figures, chained to the release before (the caller commits);
    when another process stored them first, theirs is the release."""
    before = _before(uow, start)
    release = TransparencyRelease(
        period_start=start,
        made_at=uow.now(),
        figures=json.dumps(figures, ensure_ascii=False, separators=(",", ":")),
        previous_seal=None if before is None else before.seal,
    )
    release.seal = _seals(uow.vault, release)[0]
    try:
        with uow.session.begin_nested():
            uow.session.add(release)
    except IntegrityError:
        return stored(uow, start)
    return release


def problems(uow: UnitOfWork, folder: str | Path | None = None) -> dict[str, list[str]]:
    """What is wrong with the stored releases, by period start (YYYY-MM-DD): a seal that does not
    match (figures changed in the database), a release missing between two others or before
    the first or in the current period, a release noted in `folder` (RECORD_ANCHOR_DIR) no
    longer stored as made."""
    found: dict[str, list[str]] = {}
    rows = list(
        uow.session.scalars(select(TransparencyRelease).order_by(TransparencyRelease.period_start))
    )
    previous: TransparencyRelease | None = None
    for release in rows:
        name = release.period_start.isoformat()
        if not sealed(uow.vault, release):
            found.setdefault(name, []).append("its figures changed outside the application")
        expected = None if previous is None else previous.seal
        if release.previous_seal != expected:
            found.setdefault(name, []).append(
                "a release before it is missing or was changed (the chain of releases is broken)"
            )
        previous = release
    if rows:
        _current_missing(uow, rows[-1], found)
    if folder:
        _note_problems(uow, folder, found)
    return found


def _current_missing(uow: UnitOfWork, last: TransparencyRelease, found: dict) -> None:
    """The current period has no release after its first day though the period before has
    one: deleted, or the daily job (which makes it on the first day) did not run."""
    tz, period = uow.settings.tz, uow.settings.release_period
    current = period_start(uow.now(), tz, period)
    if uow.now().astimezone(tz).date() == current or last.period_start >= current:
        return
    eve = datetime.combine(current - timedelta(days=1), time(12), tz)
    if last.period_start == period_start(eve, tz, period):
        found.setdefault(current.isoformat(), []).append(
            "missing though its period began and the release before it exists (deleted, or "
            "the daily job did not run on its first day)"
        )


def _note(folder: str | Path, start: date) -> Path:
    return Path(folder) / f"release-{start.isoformat()}.json"


def write_note(folder: str | Path, release: TransparencyRelease) -> None:
    """Note a release's seal in RECORD_ANCHOR_DIR, beside the anchors (once): a copy the
    database cannot change, so a release deleted to have it counted again mid-period shows.
    A folder that cannot be written is logged, not fatal: the page still answers."""
    path = _note(folder, release.period_start)
    note = {"period_start": release.period_start.isoformat(), "seal": release.seal}
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(note) + "\n", encoding="utf-8")
    except OSError as exc:
        log.error("release note not written to %s: %s", path.parent, exc)


def may_make(uow: UnitOfWork, start: date, folder: str | Path | None) -> bool:
    """Whether the release of the period starting `start` may be made now: not when a note
    says it was made already (its row was deleted: counting again mid-period would open the
    window a release closes; the page withholds the figures until the next period), and not
    when the release before it has no note here (fail closed: this host's folder is not the
    shared one, or its notes were deleted, so it cannot tell whether this one was made)."""
    if folder is None:
        return True
    before = _before(uow, start)
    return not _note(folder, start).exists() and (
        before is None or _note(folder, before.period_start).exists()
    )


def _note_problems(uow: UnitOfWork, folder: str | Path, found: dict) -> None:
    paths = sorted(Path(folder).glob("release-*.json"))
    _unnoted(uow, folder, paths, found)
    for path in paths:
        try:
            note = json.loads(path.read_text(encoding="utf-8"))
            start = date.fromisoformat(note["period_start"])
        except (ValueError, KeyError, TypeError, OSError):
            found.setdefault("?", []).append(f"{path.name} is not a readable release note")
            continue
        kept = stored(uow, start)
        if kept is None or kept.seal != note.get("seal"):
            found.setdefault(start.isoformat(), []).append(
                f"not the release noted in {path.name}: deleted or replaced (made again mid-period)"
            )


def _unnoted(uow: UnitOfWork, folder: str | Path, paths: list[Path], found: dict) -> None:
    """Fail closed: every release since the folder's oldest note (every one, when it holds
    none) must be noted there; one that is not had its note deleted, or this folder is not
    the shared one (a host counting with it could make a release again)."""
    oldest = min((path.name[len("release-") :][:10] for path in paths), default=None)
    for (start,) in uow.session.execute(
        select(TransparencyRelease.period_start).order_by(TransparencyRelease.period_start)
    ):
        if oldest is not None and start.isoformat() < oldest:
            continue  # made before releases were noted
        if not _note(folder, start).exists():
            found.setdefault(start.isoformat(), []).append(
                "stored but not noted in RECORD_ANCHOR_DIR (the note was deleted, or this is "
                "not the folder the releases were noted in: verify on the host that keeps them)"
            )


def reseal(uow: UnitOfWork) -> list[tuple[date, str, str]]:
    """Seal every intact release again with the newest RECORD_SEAL_KEY (`keys rotate`), its
    link to the release before following that one's new seal; a release whose figures changed
    or whose link was broken keeps its seal and link, so it stays reported. Returns (period,
    old seal, new seal) of each resealed release, for `renote` once committed."""
    changed, was, now = [], None, None
    for release in uow.session.scalars(
        select(TransparencyRelease).order_by(TransparencyRelease.period_start)
    ):
        old = release.seal
        if sealed(uow.vault, release) and release.previous_seal == was:
            release.previous_seal = now
            release.seal = _seals(uow.vault, release)[0]
            if release.seal != old:
                changed.append((release.period_start, old, release.seal))
        was, now = old, release.seal
    uow.session.flush()
    return changed


def renote(folder: str | Path, changed: list[tuple[date, str, str]]) -> None:
    """Each release note in `folder` that held a resealed release's old seal, given the new
    one (a note holding anything else is left as it is: it stays reported)."""
    for start, old, new in changed:
        path = _note(folder, start)
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("seal") == old:
                note = {"period_start": start.isoformat(), "seal": new}
                path.write_text(json.dumps(note) + "\n", encoding="utf-8")
        except (OSError, ValueError, AttributeError) as exc:
            log.error("release note %s not renewed: %s", path.name, exc)
