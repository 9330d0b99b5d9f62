"""A file's type from its first bytes when LINE (or a script) says only "octet-stream" (walk27)."""

from __future__ import annotations

import pytest

from bot.line.file_types import content_type

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
PDF = b"%PDF-1.7\n%\xe2\xe3"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00"


@pytest.mark.parametrize(
    ("head", "expected"),
    [(JPEG, "image/jpeg"), (PNG, "image/png"), (PDF, "application/pdf"), (MP4, "video/mp4")],
)
def test_a_file_without_a_type_gets_the_one_its_content_shows(head, expected):
    assert content_type("application/octet-stream", head) == expected
    assert content_type("", head) == expected
    assert content_type(None, head) == expected


def test_a_named_photo_is_read_by_its_content_not_its_name():
    # the name says .pdf, the bytes are a JPEG: the bytes decide
    assert content_type("application/octet-stream; name=x.pdf", JPEG) == "image/jpeg"


def test_a_declared_type_is_kept_and_unknown_bytes_stay_octet_stream():
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert content_type(docx, b"PK\x03\x04rest") == docx
    assert content_type("application/octet-stream", b"just some bytes") == (
        "application/octet-stream"
    )
