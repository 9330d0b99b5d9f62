"""The referral letter read back as an office would: Sarabun at 16 pt, pages after the first
numbered "- ๒ -" at the top centre, the closing and signature with the last paragraph."""

from __future__ import annotations

import io
import logging
import subprocess
from datetime import date
from types import SimpleNamespace

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader

from bot.referral.letter import LetterSigner, render_letter

SIGNER = LetterSigner(
    sender="คณะกรรมการเครือข่ายต่อต้านคอร์รัปชันจังหวัดบุรีรัมย์",
    address="ศาลากลางจังหวัดบุรีรัมย์หลังเก่า อำเภอเมืองบุรีรัมย์ 31000",
    name="นายประเสริฐ มั่นคง",
    position="ประธานคณะกรรมการพิจารณาเรื่องร้องเรียน",
    contact="โทร 044-000-000",
)
STORY = "เจ้าหน้าที่การเงินเรียกเงินจากผู้ป่วยเพื่อให้ได้คิวผ่าตัดเร็วขึ้นหลายราย "
CLOSING = "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป"
REGARDS = "ขอแสดงความนับถือ"
LAST_PARAGRAPH = "ภายใน"  # the request's own words: "… ภายใน 30 วัน …"


def letter(description: str, anonymous: bool = True) -> bytes:
    """A letter for a complaint with `description`, to the PACC."""
    ticket = SimpleNamespace(
        reference="BRM-2569-00042",
        kind="bribery",
        agency="โรงพยาบาลนางรอง",
        official="เจ้าหน้าที่การเงิน",
        subdistrict="นางรอง",
        district="นางรอง",
        place_text=None,
        latitude=None,
        pin_is_scene=False,
        occurred_text="มีนาคม 2568",
        occurred_on=None,
        reported_elsewhere=False,
        reported_to=None,
        reported_reference=None,
        anonymous=anonymous,
        description=description,
        witnesses_enc=None,
        confirmed_true=True,
    )
    referral = SimpleNamespace(letter_number="คอช.บร. 001/2569", letter_date=date(2026, 12, 4))
    agency = SimpleNamespace(addressee="เลขาธิการ ป.ป.ท.", name="สำนักงาน ป.ป.ท.")
    return render_letter(
        ticket, referral, agency, SIGNER, date(2026, 12, 1), 2, "ab" * 32, 30, identity=None
    )


def pages(pdf: bytes) -> list[str]:
    """Each page's text as copied out of it, zero-width spaces dropped and SARA AM joined."""
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return [t.replace("\u200b", "").replace("\u0e4d\u0e32", "\u0e33") for t in texts]


def page_of(texts: list[str], words: str) -> int:
    """The 0-based page whose text holds `words` (spaces and line breaks ignored)."""
    found = [i for i, text in enumerate(texts) if words in "".join(text.split())]
    assert found, f"{words!r} is on no page"
    return found[-1]


def test_the_letter_is_set_in_sarabun_16_pt_embedded(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter(STORY))

    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = listed.stdout.splitlines()[2:]
    assert fonts and all("Sarabun" in line for line in fonts), listed.stdout
    assert all(line.split()[-5] == "yes" for line in fonts)  # emb: the font is inside
    page = pypdfium2.PdfDocument(path.read_bytes())[0]
    textpage = page.get_textpage()
    thai = [
        i
        for i in range(textpage.count_chars())
        if "\u0e01" <= chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) <= "\u0e5b"
    ]
    assert {round(pdfium_c.FPDFText_GetFontSize(textpage, i)) for i in thai} == {16}


@pytest.mark.parametrize("sentences", range(14, 26))
def test_the_closing_and_signature_stay_with_the_last_paragraph(sentences):
    texts = pages(letter(STORY * sentences))

    assert page_of(texts, REGARDS) == page_of(texts, CLOSING) == page_of(texts, LAST_PARAGRAPH)
    assert page_of(texts, REGARDS) == page_of(texts, SIGNER.name.replace(" ", ""))


def test_pages_after_the_first_are_numbered_at_the_top_centre():
    pdf = letter(STORY * 40)
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) >= 3
    texts = pages(pdf)

    assert "- ๑ -" not in texts[0]
    for number, text in zip("๒๓๔๕", texts[1:], strict=False):
        assert text.lstrip().startswith(f"- {number} -"), text[:40]
    page = document[1]
    width, height = page.get_size()
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(5)]  # "- ๒ -": left, bottom, right, top
    left, right, top = min(b[0] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
    assert abs((left + right) / 2 - width / 2) < 5  # centred (points)
    assert height - top < 72  # within the top inch


def test_subsetting_the_font_says_nothing_at_info(caplog):
    with caplog.at_level(logging.INFO):
        letter(STORY)

    assert [r for r in caplog.records if r.name.startswith("fontTools")] == []


def test_a_named_complainant_never_asked_is_withheld_not_said_to_refuse():
    text = "".join("".join(page.split()) for page in pages(letter(STORY, anonymous=False)))

    assert "ชื่อผู้ร้องเรียนสงวนไว้ไม่ระบุในหนังสือฉบับนี้" in text
    assert "มิได้ยินยอม" not in text and "ไม่ประสงค์เปิดเผยตัว" not in text
