"""The referral letter (หนังสือนำส่ง) as a PDF, in the form a Thai office expects.

Set as the official correspondence rules (ระเบียบงานสารบรรณ) ask: Sarabun (the OFL family
TH Sarabun comes from, shipped by fontpkg-sarabun), 16 pt, margins left 3 cm and right 2 cm,
pages after the first numbered "- ๒ -" centred at the top, and the closing and signature
never alone on a page of their own. fpdf2 shapes the Thai text with HarfBuzz (uharfbuzz), so
vowels and tone marks sit where they belong, and embeds the subset of the font it uses. Thai
is written without spaces between words: PyThaiNLP finds the word boundaries, marked with
zero-width spaces, so that lines break between words and never inside one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from fontpkg_sarabun import ROOT
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, arabic_digit_to_thai_digit
from sqlalchemy import inspect

from bot.i18n import catalogue
from handlers import masking
from handlers.thai.dates import format_date, format_occurred
from handlers.tickets.sensitive import pin_hidden
from storage.types import session_vault

ZWSP = "\u200b"
SARA_AM, NIKHAHIT_AA = "\u0e33", "\u0e4d\u0e32"
# fpdf2 subsets the font on every letter; fontTools says so at INFO, once per table.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT = "Sarabun"
SIZE = 16  # pt, the body of an official letter
LINE = 7.4  # mm: 16 pt times the font's ascent + descent (1.3 em)
INDENT = 25  # mm, the first line of a paragraph (ย่อหน้า)
LABEL = 34  # mm, the column of เรื่อง / เรียน / อ้างถึง / สิ่งที่ส่งมาด้วย
LONGEST_WORD = 12


@dataclass(frozen=True)
class LetterSigner:
    """Who sends and signs (REFERRAL_* configuration)."""

    sender: str
    address: str
    name: str
    position: str
    contact: str


def _font_file(style: str) -> str:
    return str(ROOT / "files" / f"Sarabun-{style}.ttf")


@lru_cache(maxsize=1)
def _short_words() -> Trie:
    # Without the dictionary's long compounds (agency names are one entry there), so that a
    # line can break inside "สำนักงานคณะกรรมการ…" between the words it is made of.
    return Trie(word for word in thai_words() if len(word) <= LONGEST_WORD)


def breakable(text: str) -> str:
    """Thai text with a zero-width space between words, where a line may break."""
    words = word_tokenize(text, custom_dict=_short_words(), engine="newmm", keep_whitespace=True)
    # SARA AM is drawn as NIKHAHIT + SARA AA; written so, each glyph maps back to one
    # character and text copied out of the PDF has no stray marks (NFKC joins them again).
    joined = ZWSP.join(words).replace("(" + ZWSP, "(").replace(ZWSP + ")", ")")
    return joined.replace(SARA_AM, NIKHAHIT_AA)


def _t(key: str, **params) -> str:
    return catalogue.text("th", key, **params)


class _Page(FPDF):
    """A4 with the margins of a Thai official letter (left 3 cm, right 2 cm), its pages after
    the first numbered at the top."""

    def __init__(self) -> None:
        super().__init__(format="A4", unit="mm")
        self.set_margins(30, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.add_font(FONT, "", _font_file("Regular"))
        self.add_font(FONT, "B", _font_file("Bold"))
        self.set_text_shaping(True)
        self.set_font(FONT, size=SIZE)

    def header(self) -> None:
        """From page 2: "- ๒ -" centred on the page, 1.5 cm from the top (none on page 1)."""
        if self.page_no() == 1:
            return
        self.set_xy(0, 15 - LINE / 2)
        self.cell(self.w, LINE, arabic_digit_to_thai_digit(f"- {self.page_no()} -"), align="C")
        self.set_y(self.t_margin + LINE / 2)

    def kept_together(self, draw) -> None:
        """Draw `draw(page)` on this page if it fits, else all of it from the top of the next."""
        with self.offset_rendering() as trial:
            draw(trial)
        if trial.page_break_triggered:
            self.add_page()
        draw(self)

    def para(self, text: str, indent: float = INDENT) -> None:
        """A paragraph: its first line indented, the rest from the margin (ย่อหน้า)."""
        self.set_x(self.l_margin + indent)
        self.write(LINE, breakable(text))
        self.ln(LINE)

    def item(self, number: int, text: str, indent: float = INDENT / 2) -> None:
        """A numbered point, its lines hanging after the number."""
        self.set_x(self.l_margin + indent)
        self.cell(8, LINE, f"{number}.")
        self.multi_cell(0, LINE, breakable(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def labelled(self, label: str, text: str) -> None:
        """เรื่อง / เรียน / อ้างถึง …: the label bold, the text hanging beside it."""
        self.set_font(FONT, "B", SIZE)
        self.cell(LABEL, LINE, label)
        self.set_font(FONT, "", SIZE)
        self.multi_cell(0, LINE, breakable(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def right_block(self, lines: list[str], x: float = 115) -> None:
        """Lines that start at `x` (the sender's address, the date, the signature)."""
        for line in lines:
            self.set_x(x)
            self.multi_cell(0, LINE, breakable(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _typed(ticket, identity: dict | None) -> dict[str, str]:
    """Every field the complainant typed (`masking.TYPED`) for the agency: as told when they
    consented to be named to it (`identity`), else masked as for a reviewer."""
    if identity:
        return masking.typed_words(ticket, [], masking.PLACEHOLDERS)
    marks = {whose: _t(masking.MARK_KEY.format(whose)) for whose in masking.WHOSE}
    state = inspect(ticket, raiseerr=False)  # a preview passes a plain record: no vault
    vault = session_vault(state.session) if state is not None and state.session else None
    return masking.typed_for_reviewers(vault, ticket, marks)


def _elements(ticket, identity: dict | None, signer: LetterSigner) -> list[tuple[str, str]]:
    """The complaint's elements, as the NACC and the Interior's centre ask for them."""
    said = _typed(ticket, identity)
    place = " ".join(
        p
        for p in (
            f"ตำบล{ticket.subdistrict}" if ticket.subdistrict else "",
            f"อำเภอ{ticket.district}" if ticket.district else "",
            "" if pin_hidden(ticket) else said["place_text"],  # maybe their home
        )
        if p
    )
    when = format_occurred(ticket.occurred_on, said["occurred_text"], "th", long=True)
    reported = _t("referral.letter.value.not_reported")
    if ticket.reported_elsewhere:
        reported = " ".join(p for p in (said["reported_to"], said["reported_reference"]) if p)
    if identity:
        who = _t("referral.letter.value.identity", **identity)
    elif ticket.anonymous:
        who = _t("referral.letter.value.anonymous", sender=signer.sender)
    else:
        who = _t("referral.letter.value.withheld", sender=signer.sender)
    unknown = _t("referral.letter.value.unknown")
    return [
        (_t("referral.letter.el.kind"), _t(f"kind.{ticket.kind}")),
        (_t("referral.letter.el.agency"), said["agency"] or unknown),
        (_t("referral.letter.el.official"), said["official"] or unknown),
        (_t("referral.letter.el.when"), when or unknown),
        (_t("referral.letter.el.place"), place or unknown),
        (_t("referral.letter.el.what"), said["description"]),
        (
            _t("referral.letter.el.witnesses"),
            _t("referral.letter.value.witnesses_sealed") if ticket.witnesses_enc else unknown,
        ),
        (_t("referral.letter.el.reported"), reported or unknown),
        (_t("referral.letter.el.complainant"), who),
        (
            _t("referral.letter.el.confirmed"),
            _t("referral.letter.value.confirmed" if ticket.confirmed_true else "value.unknown"),
        ),
    ]


def _closed(
    pdf: _Page, signer: LetterSigner, agency_name: str, answer_days: int, reference: str
) -> bytes:
    """The request for an answer and the signature, kept on one page; the finished PDF."""
    request_text = _t(
        "referral.letter.request",
        sender=signer.sender,
        agency=agency_name,
        days=answer_days,
        reference=reference,
    )
    pdf.kept_together(lambda page: _ending(page, request_text, signer))
    return bytes(pdf.output())


def _ending(pdf: _Page, request_text: str, signer: LetterSigner) -> None:
    """The last paragraph, the closing line, the regards and the signature, on one page."""
    pdf.para(request_text)
    pdf.para(_t("referral.letter.closing_line"))
    pdf.ln(4)
    pdf.right_block([_t("referral.letter.regards")], x=105)
    pdf.ln(LINE * 2)
    signature = [f"({signer.name})" if signer.name else "(" + " " * 40 + ")", signer.position]
    pdf.right_block(signature, x=95)
    pdf.ln(6)
    for line in (signer.sender, signer.contact):
        if line:
            pdf.multi_cell(0, LINE, breakable(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _head(
    pdf: _Page,
    number: str,
    day,
    subject: str,
    addressee: str,
    reference: str,
    enclosures: str,
    signer: LetterSigner,
) -> None:
    """The letter's number, the sender's address, the date, and เรื่อง / เรียน / อ้างถึง /
    สิ่งที่ส่งมาด้วย."""
    pdf.add_page()
    top = pdf.get_y()
    pdf.cell(80, LINE, _t("referral.letter.number", number=number))
    pdf.set_y(top)
    pdf.right_block([signer.sender, *([signer.address] if signer.address else [])])
    pdf.ln(3)
    pdf.right_block([format_date(day, "th", long=True)], x=95)
    pdf.ln(3)
    pdf.labelled(_t("referral.letter.label.subject"), subject)
    pdf.labelled(_t("referral.letter.label.to"), addressee)
    pdf.labelled(_t("referral.letter.label.reference"), reference)
    pdf.labelled(_t("referral.letter.label.enclosures"), enclosures)
    pdf.ln(2)


def render_letter(
    ticket,
    referral,
    agency,
    signer: LetterSigner,
    received_on,
    evidence_count: int,
    manifest_sha256: str,
    answer_days: int,
    identity: dict | None = None,
    shown_number: str | None = None,
) -> bytes:
    """The letter for one referral of one ticket, as PDF bytes; `shown_number` is the
    letter's number as its reader may see it (the referral's own when not given)."""
    shown_number = shown_number or referral.letter_number
    pdf = _Page()
    pdf.set_title(_t("referral.letter.subject"))
    pdf.set_subject(f"{shown_number} {ticket.reference}")
    pdf.set_author(signer.sender)
    reference = _t(
        "referral.letter.reference",
        reference=ticket.reference,
        date=format_date(received_on, "th", long=True),
    )
    enclosures = _t("referral.letter.enclosure", count=evidence_count, sha=manifest_sha256)
    _head(
        pdf,
        shown_number,
        referral.letter_date,
        _t("referral.letter.subject"),
        agency.addressee,
        reference,
        enclosures,
        signer,
    )
    opening = _t(
        "referral.letter.opening",
        sender=signer.sender,
        date=format_date(received_on, "th", long=True),
        reference=ticket.reference,
    )
    pdf.para(opening)
    for number, (label, value) in enumerate(_elements(ticket, identity, signer), 1):
        pdf.item(number, f"{label}: {value}")
    pdf.ln(1)
    return _closed(pdf, signer, agency.name, answer_days, ticket.reference)


@dataclass(frozen=True)
class CaseItem:
    """One ticket of a case letter: the ticket, when it was received, its evidence (count and
    the SHA-256 of its manifest) and its reporter's identity when they consented, else None."""

    ticket: object
    received_on: object
    evidence_count: int
    manifest_sha256: str
    identity: dict | None


def render_case_letter(
    letter_number: str,
    case_number: str,
    letter_date,
    items: list[CaseItem],
    agency,
    signer: LetterSigner,
    answer_days: int,
) -> bytes:
    """One letter for the tickets of a case (one matter, several reports), as PDF bytes:
    each ticket's elements under its own heading, each reporter's identity as for a single
    letter (only with their consent for this agency). `case_number` ("347-892") is the case's
    as the committee says it, for the agency to quote on the phone."""
    references = ", ".join(item.ticket.reference for item in items)
    pdf = _Page()
    pdf.set_title(_t("referral.case.subject", count=len(items)))
    pdf.set_subject(f"{letter_number} {references}")
    pdf.set_author(signer.sender)
    _head(
        pdf,
        letter_number,
        letter_date,
        _t("referral.case.subject", count=len(items)),
        agency.addressee,
        _t("referral.case.reference", case=case_number, references=references),
        _t("referral.case.enclosure", count=sum(i.evidence_count for i in items)),
        signer,
    )
    pdf.para(_t("referral.case.opening", sender=signer.sender, count=len(items)))
    for index, item in enumerate(items, 1):
        heading = _t(
            "referral.case.heading",
            index=index,
            reference=item.ticket.reference,
            date=format_date(item.received_on, "th", long=True),
        )
        pdf.ln(2)
        pdf.set_font(FONT, "B", SIZE)
        pdf.multi_cell(0, LINE, breakable(heading), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", SIZE)
        elements = _elements(item.ticket, item.identity, signer)
        evidence = _t("referral.case.evidence", count=item.evidence_count, sha=item.manifest_sha256)
        elements.append((_t("referral.case.el.evidence"), evidence))
        for number, (label, value) in enumerate(elements, 1):
            pdf.item(number, f"{label}: {value}")
        pdf.ln(1)
    return _closed(pdf, signer, agency.name, answer_days, references)
