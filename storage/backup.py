"""One consistent archive of the database and the evidence files, with checksums.

The archive (a gzip'd tar) holds `manifest.json`, one JSON-lines file per table and the
evidence files the rows refer to. Values are written in a portable form, so an archive
made on SQLite restores into PostgreSQL and back. Keys are never in it: the manifest
names the fingerprints of the keys the data needs.

Checksums are keyed (an HMAC under a key derived from RECORD_SEAL_KEY), and
`manifest.mac` seals the manifest itself: whoever holds the archive but not the key cannot
change a table, a file or the manifest and make the checksums match again. Nothing in the
archive that the manifest does not list is accepted.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import zlib
from datetime import date, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import Date, Engine, LargeBinary, Text, func, inspect, select, text, type_coerce
from sqlalchemy.types import DateTime

from storage.crypto import Vault, same_text
from storage.evidence_stores import BlobStore, MissingFile
from storage.models import AuditStart, EvidenceChunk
from storage.schema import Base
from storage.types import SealedJSON, utcnow

FORMAT = 2  # 1: plain SHA-256 checksums, manifest unsealed (not accepted any more)
CHUNK = 500


class BackupError(RuntimeError):
    """The archive is damaged, or the target is not fit to restore into."""


def _encode(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decoder(column):
    kind = column.type
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v["$b64"])
    return lambda v: v


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(utcnow().timestamp())
    tar.addfile(info, io.BytesIO(data))


def _relative(stored: str, evidence_dir: Path) -> str:
    path = Path(stored)
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.resolve().relative_to(evidence_dir.resolve()))
    except ValueError:
        return f"outside/{_sha(stored.encode())[:16]}-{path.name}"


def _snapshot(engine: Engine):
    """A connection whose reads all see one moment of the database."""
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    conn.begin()  # SQLite: BEGIN IMMEDIATE (storage.db) holds writers off while we read
    return conn


def create(
    engine: Engine, blobs: BlobStore, evidence_dir: str, out: str, vault: Vault, revision: str
) -> dict:
    """Write the archive to `out` (evidence files from `blobs`, whatever the store); returns
    its manifest."""
    root = Path(evidence_dir)
    manifest = {
        "format": FORMAT,
        "created_at": utcnow().isoformat(),
        "source": engine.dialect.name,
        "revision": revision,
        "key_fingerprints": vault.fingerprints(),
        "evidence_dir": str(root.resolve()),
        "tables": {},
        "evidence": {},
        "evidence_missing": [],
    }
    with tarfile.open(out, "w:gz") as tar, _snapshot(engine) as conn:
        for table in _archived_tables():
            lines = [
                json.dumps({k: _encode(v) for k, v in row._mapping.items()}, ensure_ascii=False)
                for row in conn.execute(_raw(table).order_by(*table.primary_key.columns))
            ]
            data = ("\n".join(lines) + "\n" if lines else "").encode("utf-8")
            _add(tar, f"tables/{table.name}.jsonl", data)
            mac = vault.checksums(data)[0]
            manifest["tables"][table.name] = {"rows": len(lines), "sha256": _sha(data), "mac": mac}
            if table.name == "evidence":
                _add_evidence(tar, manifest, conn, table, root, blobs, vault)
        conn.rollback()
        sealed = json.dumps(manifest, indent=2).encode("utf-8")
        _add(tar, "manifest.json", sealed)
        _add(tar, "manifest.mac", vault.checksums(sealed)[0].encode("ascii"))
    return manifest


def _raw(table):
    """Every column as stored: sealed columns stay sealed in the archive."""
    return select(
        *(
            type_coerce(c, Text).label(c.name) if isinstance(c.type, SealedJSON) else c
            for c in table.columns
        )
    )


def _archived_tables():
    """Every table but the evidence store's chunks (the archive holds the files themselves)."""
    return [t for t in Base.metadata.sorted_tables if t.name != EvidenceChunk.__tablename__]


def _add_evidence(tar, manifest, conn, table, root: Path, blobs: BlobStore, vault: Vault) -> None:
    originals = select(table.c.storage_path).where(table.c.storage_path.is_not(None))
    cleaned = select(table.c.clean_path).where(table.c.clean_path.is_not(None))
    for (stored,) in [*conn.execute(originals), *conn.execute(cleaned)]:
        relative = _relative(stored, root)
        if relative in manifest["evidence"]:
            continue
        try:
            data = b"".join(blobs.open(relative))
        except MissingFile:
            manifest["evidence_missing"].append(relative)
            continue
        _add(tar, f"evidence/{relative}", data)
        manifest["evidence"][relative] = {
            "sha256": _sha(data),
            "mac": vault.checksums(data)[0],
            "bytes": len(data),
        }


def _members(path: str) -> dict[str, bytes]:
    try:
        with tarfile.open(path, "r:gz") as tar:
            found = tar.getmembers()
            odd = [m.name for m in found if not (m.isfile() or m.isdir())]
            if odd:
                raise BackupError(f"the archive holds links or devices: {', '.join(odd[:5])}")
            return {m.name: tar.extractfile(m).read() for m in found if m.isfile()}
    except (OSError, tarfile.TarError, EOFError, zlib.error) as exc:
        raise BackupError(f"{path} is not a readable backup archive: {exc}") from exc


def _fits(vault: Vault, data: bytes | None, mac: str | None) -> bool:
    return data is not None and any(same_text(mac, m) for m in vault.checksums(data))


def _sealed_manifest(vault: Vault, members: dict[str, bytes]) -> dict:
    if "manifest.json" not in members:
        raise BackupError("the archive has no manifest.json")
    mac = members.get("manifest.mac", b"").decode("ascii", "replace").strip()
    if not _fits(vault, members["manifest.json"], mac):
        raise BackupError(
            "manifest.json is not sealed by a configured RECORD_SEAL_KEY: it was changed, or "
            "the archive was made with a key not configured here (or before keyed checksums)"
        )
    manifest = json.loads(members["manifest.json"])
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown archive format {manifest.get('format')!r}")
    return manifest


def read(path: str, vault: Vault) -> tuple[dict, dict[str, bytes]]:
    """The manifest and every member of an archive, each checked against its keyed checksum;
    the manifest itself sealed, nothing unlisted, no path leaving the evidence folder."""
    members = _members(path)
    manifest = _sealed_manifest(vault, members)
    problems = []
    for name, info in manifest["tables"].items():
        data = members.get(f"tables/{name}.jsonl")
        if not _fits(vault, data, info.get("mac")):
            problems.append(f"table {name}")
        elif len(data.splitlines()) != info["rows"]:
            problems.append(f"table {name} (row count)")
    for relative, info in manifest["evidence"].items():
        if relative.startswith("/") or ".." in Path(relative).parts:
            problems.append(f"evidence {relative} (outside the evidence folder)")
        elif not _fits(vault, members.get(f"evidence/{relative}"), info.get("mac")):
            problems.append(f"evidence {relative}")
    listed = {"manifest.json", "manifest.mac"}
    listed |= {f"tables/{name}.jsonl" for name in manifest["tables"]}
    listed |= {f"evidence/{relative}" for relative in manifest["evidence"]}
    problems += [f"unlisted {name}" for name in sorted(set(members) - listed)]
    if problems:
        raise BackupError("checksum mismatch: " + ", ".join(problems))
    return manifest, members


def missing_keys(manifest: dict, fingerprints: dict) -> list[str]:
    """Fingerprints the archive needs that the configured keys do not provide."""
    return [
        f"{kind}:{fp}"
        for kind, needed in manifest["key_fingerprints"].items()
        for fp in needed
        if fp not in fingerprints.get(kind, [])
    ]


def is_empty(engine: Engine) -> bool:
    """No table of ours holds a row (a database with no tables at all is empty too)."""
    present = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == AuditStart.__tablename__:  # the target's own start: replaced
                continue
            if table.name in present and conn.scalar(select(func.count()).select_from(table)):
                return False
    return True


def restore(engine: Engine, blobs: BlobStore, manifest: dict, members: dict[str, bytes]) -> dict:
    """Load a checked archive into an empty, migrated database and an empty evidence store."""
    counts = {}
    with engine.begin() as conn:
        for table in _archived_tables():
            held = members.get(f"tables/{table.name}.jsonl")
            if table.name == AuditStart.__tablename__:
                if held is None:  # an archive made before it: the target's own start kept
                    continue
                # The archive's start is the database's: the one the empty target was given
                # at its first start (a new journal folder's) goes.
                conn.execute(table.delete())
            data = (held or members[f"tables/{table.name}.jsonl"]).decode("utf-8")
            decoders = {c.name: _decoder(c) for c in table.columns}
            for c in table.columns:  # sealed in the archive: opened here, sealed again on insert
                if isinstance(c.type, SealedJSON):
                    decoders[c.name] = partial(c.type.process_result_value, dialect=engine.dialect)
            rows = [
                {k: decoders[k](v) for k, v in json.loads(line).items() if k in decoders}
                for line in data.splitlines()
                if line
            ]
            if table.name == "evidence":
                old_root = Path(manifest["evidence_dir"])
                rows = [_relocate(row, old_root) for row in rows]
            for start in range(0, len(rows), CHUNK):
                conn.execute(table.insert(), rows[start : start + CHUNK])
            counts[table.name] = len(rows)
        if engine.dialect.name == "postgresql":
            _reset_sequences(conn)
    for relative in manifest["evidence"]:
        blobs.put(relative, [members[f"evidence/{relative}"]])
    return counts


def _relocate(row: dict, old_root: Path) -> dict:
    for column in ("storage_path", "clean_path"):
        stored = row.get(column)
        if stored and Path(stored).is_absolute():
            # Absolute paths of the old host become the same file's key in this store.
            row[column] = _relative(stored, old_root)
    return row


def _reset_sequences(conn) -> None:
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].name == "id" and pk[0].autoincrement in (True, "auto"):
            if not str(pk[0].type).upper().startswith(("INTEGER", "BIGINT")):
                continue
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                )
            )
