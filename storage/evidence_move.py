"""Moving evidence files from one store to another, resumable and checked by hash."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import or_, select, update

from storage import row_seals
from storage.evidence_stores import BlobStore
from storage.models import Evidence
from storage.uow import UnitOfWorkFactory


class MoveMismatch(Exception):
    """A copied file did not read back with the source's SHA-256."""


def store_key(stored: str, evidence_dir: str) -> str:
    """The key of a stored file: rows from before 0018 hold absolute paths under EVIDENCE_DIR."""
    path, root = Path(stored), Path(evidence_dir).resolve()
    if path.is_absolute() and path.resolve().is_relative_to(root):
        return str(path.resolve().relative_to(root))
    return stored


def _digest(pieces: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    return digest.hexdigest()


def _hashing(pieces: Iterable[bytes], digest) -> Iterator[bytes]:
    for piece in pieces:
        digest.update(piece)
        yield piece


def copy_checked(source: BlobStore, target: BlobStore, key: str) -> str:
    """Copy one file unless the target already holds it whole; "copied" or "present"."""
    if target.exists(key):
        if _digest(source.open(key)) == _digest(target.open(key)):
            return "present"
    digest = hashlib.sha256()
    target.put(key, _hashing(source.open(key), digest))
    if _digest(target.open(key)) != digest.hexdigest():
        raise MoveMismatch(key)
    return "copied"


def move_files(
    uow_factory: UnitOfWorkFactory, source: BlobStore, target: BlobStore, evidence_dir: str
) -> Counter:
    """Copy every file an evidence row refers to into `target`, checked by hash, and make
    the rows refer to keys; safe to run again after an interruption. The source keeps its
    files (remove them once the new store is in use)."""
    counts: Counter = Counter()
    stmt = select(Evidence.id, Evidence.storage_path, Evidence.clean_path, Evidence.clean_mark)
    stmt = stmt.where(or_(Evidence.storage_path.is_not(None), Evidence.clean_path.is_not(None)))
    with uow_factory() as uow:
        rows = list(uow.session.execute(stmt.order_by(Evidence.id)))
    for evidence_id, *paths, mark in rows:
        keys = {}
        for column, stored in zip(("storage_path", "clean_path"), paths, strict=True):
            if not stored:
                continue
            key = store_key(stored, evidence_dir)
            if not source.exists(key):
                counts["missing"] += 1
                continue
            counts[copy_checked(source, target, key)] += 1
            keys[column] = key
        # No transaction is held while copying (the database store writes on its own).
        with uow_factory() as uow:
            if keys.get("clean_path", paths[1]) != paths[1]:  # its mark names the key: renew it
                was = SimpleNamespace(id=evidence_id, clean_path=paths[1], clean_mark=mark)
                if row_seals.clean_fits(uow.vault, was):
                    keys["clean_mark"] = row_seals.clean_mark(
                        uow.vault, evidence_id, keys["clean_path"]
                    )
            uow.session.execute(update(Evidence).where(Evidence.id == evidence_id).values(**keys))
            uow.commit()
    return counts
