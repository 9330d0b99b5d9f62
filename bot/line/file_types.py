"""A file's type read from its first bytes, for files sent without one ("application/octet-stream"):
LINE's file messages and the simulator's uploads often say no more than that."""

from __future__ import annotations

GENERIC = ("", "application/octet-stream", "binary/octet-stream")
# (offset, magic bytes, type); the first that fits wins. A zip stays a zip: an Office file is a
# zip too, and only its declared type tells them apart.
_MAGIC = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"PK\x03\x04", "application/zip"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"#!AMR", "audio/amr"),
)
_RIFF = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
_ISO_MEDIA = {b"M4A ": "audio/mp4", b"heic": "image/heic", b"heix": "image/heic"}


def sniffed(head: bytes) -> str | None:
    """The type the first bytes show; None when they show none this knows."""
    for offset, magic, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return kind
    if head[:4] == b"RIFF":
        return _RIFF.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _ISO_MEDIA.get(head[8:12], "video/mp4")
    return None


def content_type(declared: str | None, head: bytes) -> str:
    """The type to keep for a file: the declared one unless it says nothing (then what the
    content shows, else "application/octet-stream")."""
    kind = (declared or "").split(";")[0].strip().lower()
    if kind not in GENERIC:
        return kind
    return sniffed(head) or "application/octet-stream"
