"""A referral letter and an evidence bundle made from a complaint filed in the chat."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import zipfile

from pypdf import PdfReader

from tests.integration.bot.referral.conftest import PHOTO, RECEIPT, file_with_evidence


def pdf_text(path) -> str:
    """The letter's text as copied out of it: zero-width spaces (line-break points) dropped,
    and SARA AM, drawn as NIKHAHIT + SARA AA (its compatibility form), joined again."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return text.replace("\u200b", "").replace("\u0e4d\u0e32", "\u0e33")


def referral(runner, reference: str, agency: str, letter, bundle=None):
    """`flask --app bot tickets referral REF --agency A --out FILE.pdf [--bundle FILE.zip]`."""
    args = ["tickets", "referral", reference, "--agency", agency, "--out", str(letter)]
    return runner.invoke(args=args + (["--bundle", str(bundle)] if bundle else []))


def test_cli_letter_to_the_pacc_holds_the_complaints_elements(
    runner, chat, gateway, services, tmp_path
):
    ticket = file_with_evidence(chat, gateway, services, named=False)
    out = tmp_path / "letter.pdf"

    made = referral(runner, ticket.reference, "pacc", out)

    assert made.exit_code == 0, made.output
    text = pdf_text(out)
    assert "ที่ คอช.บร. 001/" in text
    for label in ("เรื่อง", "เรียน", "อ้างถึง", "สิ่งที่ส่งมาด้วย", "ขอแสดงความนับถือ"):
        assert label in text
    assert "เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ" in text
    assert ticket.reference in text
    assert "อบต.หนองโบสถ์" in text and "นายก อบต." in text
    assert "14 มีนาคม 2568" in text  # when it happened, in Thai with the Buddhist year
    assert "จำนวน 2 รายการ" in text
    assert "นายประเสริฐ มั่นคง" in text
    assert "ไม่ประสงค์เปิดเผยตัว" in text
    assert "081" not in text


def test_bundle_holds_letter_evidence_and_a_manifest_that_checks(
    runner, chat, gateway, services, tmp_path
):
    ticket = file_with_evidence(chat, gateway, services, named=False)
    letter, bundle = tmp_path / "letter.pdf", tmp_path / "bundle.zip"

    made = referral(runner, ticket.reference, "nacc", letter, bundle)

    assert made.exit_code == 0, made.output
    archive = zipfile.ZipFile(bundle)
    names = archive.namelist()
    assert f"{ticket.reference}/letter-nacc.pdf" in names
    listing = archive.read(f"{ticket.reference}/manifest.csv")
    rows = list(csv.DictReader(io.StringIO(listing.decode("utf-8-sig"))))
    assert [r["type"] for r in rows] == ["image/jpeg", "application/pdf"]
    for row, original in zip(rows, (PHOTO, RECEIPT), strict=True):
        inside = archive.read(f"{ticket.reference}/{row['file']}")
        assert inside == original
        assert row["sha256"] == hashlib.sha256(original).hexdigest()
        assert int(row["size_bytes"]) == len(original)
        assert row["received_at"].endswith("+07:00")
    assert rows[1]["file"].endswith("ใบเสร็จ.pdf")
    # The letter in the bundle quotes the manifest's own hash, so the two go together.
    (tmp_path / "in-zip.pdf").write_bytes(archive.read(f"{ticket.reference}/letter-nacc.pdf"))
    quoted = pdf_text(tmp_path / "in-zip.pdf").replace("\n", "").replace(" ", "")
    assert hashlib.sha256(listing).hexdigest() in quoted


def test_an_altered_evidence_file_is_refused(runner, chat, gateway, services, tmp_path):
    from sqlalchemy import select

    from storage.models import Evidence

    ticket = file_with_evidence(chat, gateway, services, named=False)
    with services.uow() as uow:
        key = uow.session.scalars(select(Evidence.storage_path)).first()
    with open(f"{services.config.evidence_dir}/{key}", "ab") as handle:
        handle.write(b"tampered")

    made = referral(runner, ticket.reference, "nacc", tmp_path / "l.pdf", tmp_path / "b.zip")

    assert made.exit_code != 0 and "SHA-256" in made.output
    assert not (tmp_path / "b.zip").exists()


def test_letter_page_renders_with_the_thai_font_embedded(runner, chat, gateway, services, tmp_path):
    ticket = file_with_evidence(chat, gateway, services, named=False)
    out = tmp_path / "letter.pdf"
    assert referral(runner, ticket.reference, "pacc", out).exit_code == 0

    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    assert "NotoSansThai" in fonts.stdout and " yes " in fonts.stdout  # embedded
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    page = next(tmp_path.glob("page*.png"))
    assert page.stat().st_size > 10_000
