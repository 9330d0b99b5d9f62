"""A referral letter and an evidence bundle made from a complaint filed in the chat."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile

import pypdfium2
from PIL import Image
from pypdf import PdfReader

from tests.integration.bot.referral.conftest import PHOTO, RECEIPT, file_with_evidence


def pdf_text(path) -> str:
    """The letter's text as copied out of it: zero-width spaces (line-break points) dropped,
    and SARA AM, drawn as NIKHAHIT + SARA AA (its compatibility form), joined again."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return text.replace("\u200b", "").replace("\u0e4d\u0e32", "\u0e33")


def embedded_fonts(path) -> list[str]:
    """Names of the fonts whose program is inside the PDF (what `pdffonts` lists as emb yes)."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = font.get("/DescendantFonts", [font])[0].get_object()
            descriptor = described.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor and any(key in descriptor.get_object() for key in files):
                found.append(str(font["/BaseFont"]))
    return found


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
    flat = "".join(text.split())  # lines wrap at 16 pt
    assert "เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ" in flat
    assert ticket.reference in text
    assert "อบต.หนองโบสถ์" in text and "นายก อบต." in text
    assert "14 มีนาคม 2568" in text  # when it happened, in Thai with the Buddhist year
    assert "จำนวน 2 รายการ" in text
    assert "นายประเสริฐ มั่นคง" in text
    assert "ไม่ประสงค์เปิดเผยตัว" in text
    # no phone of the complainant's in any spelling (the reference's digits may hold "081")
    assert "2345678" not in flat.replace("-", "") and "สมหญิง" not in text


def test_bundle_holds_cleaned_copies_and_a_manifest_that_checks(
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
    photo, receipt = rows
    # The photo travels re-drawn: the manifest hashes what is inside, and keeps the original's.
    inside = archive.read(f"{ticket.reference}/{photo['file']}")
    assert b"Somchai" not in inside and b"Samsung" not in inside
    assert dict(Image.open(io.BytesIO(inside)).getexif()) == {}
    assert photo["sha256"] == hashlib.sha256(inside).hexdigest()
    assert int(photo["size_bytes"]) == len(inside)
    assert photo["original_sha256"] == hashlib.sha256(PHOTO).hexdigest()
    assert photo["received_at"].endswith("+07:00") and not photo["withheld"]
    # A document cannot be re-encoded: listed, withheld, its original's hash kept.
    assert receipt["file"] == "" and receipt["withheld"]
    assert receipt["original_sha256"] == hashlib.sha256(RECEIPT).hexdigest()
    everything = b"".join(archive.read(name) for name in names)
    assert RECEIPT not in everything and PHOTO not in everything
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

    assert any("Sarabun" in name for name in embedded_fonts(out))
    drawn = pypdfium2.PdfDocument(out)[0].render(scale=60 / 72).to_pil().convert("L")
    dark = sum(drawn.histogram()[:128])
    assert dark > 2_000  # the page is drawn (text, not a blank sheet)
