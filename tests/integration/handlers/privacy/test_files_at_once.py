"""A person's files go with their erasure or withdrawn consent at once (docs/privacy.md): the
stored bytes of an open draft's files and of the files they kept aside after filing are
removed when the act commits, not left for the retention job's sweep (issue 17)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from bot.line.gateway import Content, stream_of
from storage import privacy, users
from storage.evidence import record_pending
from storage.models import Draft, Evidence, LineUser
from tests.factories import line_id, photo_with_gps


class _Content:
    """A gateway whose content is `data`."""

    def __init__(self, inner, data: bytes) -> None:
        self.inner, self.data = inner, data

    def open_content(self, message_id):
        return stream_of(Content(200, self.data, "image/jpeg"))

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _stored_file(services, owner: str, in_draft: bool) -> tuple[int, int, list[str]]:
    """A photo the person `owner` sent into their open draft (or kept aside after filing),
    downloaded and stored: (their row's id, the file's id, its stored paths)."""
    message_id = uuid.uuid4().hex
    with services.uow() as uow:
        user = users.user_for_line_id(uow, owner)
        draft_id = None
        if in_draft:
            draft = Draft(user_id=user.id, status="open", step="evidence", data={})
            uow.session.add(draft)
            uow.session.flush()
            draft_id = draft.id
        kept = {"draft_id": draft_id} if in_draft else {"owner_id": user.id}
        assert record_pending(uow, message_id, "image", **kept)
        uow.commit()
        file_id = uow.session.scalar(
            select(Evidence.id).where(Evidence.line_message_id == message_id)
        )
        user_id = user.id
    fetcher = services.fetcher
    fetcher.gateway = _Content(fetcher.gateway, photo_with_gps())
    fetcher.fetch_due([file_id])
    with services.uow() as uow:
        row = uow.session.get(Evidence, file_id)
        assert row.status == "stored"
        return user_id, file_id, [p for p in (row.storage_path, row.clean_path) if p]


def _act(services, user_id: int, act) -> None:
    with services.uow() as uow:
        act(uow, uow.session.get(LineUser, user_id))
        uow.commit()


def _gone_at_once(services, file_id: int, stored: list[str], keys_before: set) -> None:
    blobs = services.fetcher.store.blobs
    with services.uow() as uow:
        row = uow.session.get(Evidence, file_id)
        assert row.status == "purged" and row.storage_path is None and row.sha256 is None
    assert len(set(blobs.list())) <= len(keys_before) - len(stored)


def test_erasure_removes_an_open_drafts_files_at_once(services):
    user_id, file_id, stored = _stored_file(services, line_id(), in_draft=True)
    keys = set(services.fetcher.store.blobs.list())
    _act(services, user_id, privacy.erase_person)
    _gone_at_once(services, file_id, stored, keys)


def test_withdrawn_consent_removes_an_open_drafts_files_at_once(services):
    user_id, file_id, stored = _stored_file(services, line_id(), in_draft=True)
    keys = set(services.fetcher.store.blobs.list())
    _act(services, user_id, lambda uow, user: privacy.withdraw_consent(uow, user, "v1"))
    _gone_at_once(services, file_id, stored, keys)


def test_withdrawn_consent_removes_the_files_kept_aside_like_the_others(services):
    user_id, file_id, stored = _stored_file(services, line_id(), in_draft=False)
    keys = set(services.fetcher.store.blobs.list())
    _act(services, user_id, lambda uow, user: privacy.withdraw_consent(uow, user, "v1"))
    _gone_at_once(services, file_id, stored, keys)
