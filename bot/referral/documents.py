"""A ticket's referral letter and evidence bundle, the same from the dashboard and the CLI.

The bundle is a zip of the letter, the evidence and `manifest.csv`, so the agency can check
nothing was altered; the letter quotes the manifest's own SHA-256. The bundle holds only
re-encoded copies (photos re-drawn without their maker data): the manifest hashes what is
in it, and each original's SHA-256, taken as the bundle is made, for the chain of custody.
A file with no clean copy (a damaged photo, a document, a recording) is listed as withheld:
its original goes out only from the chair, whose download is audited. Each original is hashed
again first: one whose SHA-256 no longer fits the keyed mark taken when it arrived is
refused, and nothing is sent.

The letter's module (fpdf2, the fonts) is imported when a letter is made: a third of a second
that every web worker and CLI command would otherwise pay at start.
"""

from __future__ import annotations

import csv
import hashlib
import io
import mimetypes
import re
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.config import Config
from bot.line.evidence_files import EvidenceStore, MissingFile, clean_type, store_for
from handlers.patterns import case_numbers, case_referral
from handlers.thai.dates import format_datetime
from handlers.tickets import referrals
from storage import public_handles, row_seals
from storage.models import Evidence, Member, Ticket
from storage.uow import UnitOfWork

if TYPE_CHECKING:
    from bot.referral.letter import LetterSigner

MANIFEST_COLUMNS = (
    "file",
    "type",
    "size_bytes",
    "sha256",
    "original_sha256",
    "received_at",
    "received_at_th",
    "withheld",
)
# Why a file is listed but not in the bundle (for the agency, in the manifest).
WITHHELD = "not re-encodable: the original is sent by the chair"


@dataclass(frozen=True)
class Packed:
    """One evidence item as the bundle carries it: its clean copy, or nothing (withheld)."""

    item: Evidence
    data: bytes | None
    content_type: str
    original_sha256: str


class EvidenceAltered(RuntimeError):
    """An evidence file on disk no longer fits the mark of its SHA-256 taken when it arrived."""


@dataclass(frozen=True)
class Documents:
    """What was made: the referral's letter number, the PDF, and the zip when asked for."""

    letter_number: str
    agency_code: str
    letter: bytes
    bundle: bytes | None = None


def signer(config: Config) -> LetterSigner:
    """Who sends and signs the letter, from REFERRAL_* configuration."""
    from bot.referral.letter import LetterSigner

    return LetterSigner(
        sender=config.referral_sender,
        address=config.referral_sender_address,
        name=config.referral_signer_name,
        position=config.referral_signer_position,
        contact=config.referral_contact,
    )


def stored_evidence(uow: UnitOfWork, ticket: Ticket) -> list[Evidence]:
    """The ticket's evidence that was downloaded and kept, in the order it arrived."""
    stmt = (
        select(Evidence)
        .where(Evidence.ticket_id == ticket.id, Evidence.status == "stored")
        .order_by(Evidence.id)
    )
    return list(uow.session.scalars(stmt))


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.\-ก-๙]+", "_", name).strip("._") or "file"


def bundle_name(ticket: Ticket, packed: Packed, index: int) -> str:
    """The evidence file's name inside the bundle (with the clean copy's extension)."""
    item = packed.item
    extension = mimetypes.guess_extension(packed.content_type or "") or ""
    # Never the file's own name: it may name the complainant. `index` tells them apart.
    stem = item.media_kind
    return f"evidence/{index:02d}-{_safe_name(stem + extension)}"


def _shown(store: EvidenceStore, item: Evidence) -> int:
    """The evidence file as a member's page names it (its handle, not its sequence id)."""
    return public_handles.handle(store.vault, "evidence", item.id)


def _read(item: Evidence, store: EvidenceStore, key: str | None) -> bytes:
    try:
        return store.read_all(key or "")  # encrypted at rest
    except MissingFile as exc:
        raise EvidenceAltered(
            f"evidence {_shown(store, item)} is missing from the evidence store"
        ) from exc


def pack(item: Evidence, store: EvidenceStore) -> Packed:
    """The item's clean copy for the bundle, once its original is checked against its mark."""
    try:
        data = _read(item, store, item.storage_path)
    except ValueError as exc:
        raise EvidenceAltered(
            f"evidence {_shown(store, item)} no longer matches its SHA-256"
        ) from exc
    original = hashlib.sha256(data).hexdigest()
    salt = item.ticket.tracking_code_salt if item.ticket is not None else None
    if not store.vault.content_fits(item.sha256, original, salt):
        raise EvidenceAltered(f"evidence {_shown(store, item)} no longer matches its SHA-256")
    if not row_seals.clean_fits(store.vault, item):  # none, or one the application did not mark
        return Packed(item, None, item.content_type or item.media_kind, original)
    clean = _read(item, store, item.clean_path)
    return Packed(item, clean, clean_type(item.clean_path), original)


def manifest(uow: UnitOfWork, ticket: Ticket, packed: list[Packed]) -> bytes:
    """The evidence list as CSV (UTF-8 with a BOM, so spreadsheets read the Thai)."""
    tz = uow.settings.tz
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MANIFEST_COLUMNS)
    for index, one in enumerate(packed, 1):
        inside = one.data is not None
        writer.writerow(
            (
                bundle_name(ticket, one, index) if inside else "",
                one.content_type,
                len(one.data) if inside else "",
                hashlib.sha256(one.data).hexdigest() if inside else "",
                one.original_sha256,
                one.item.created_at.astimezone(tz).isoformat(timespec="seconds"),
                format_datetime(one.item.created_at, tz, "th"),
                "" if inside else WITHHELD,
            )
        )
    return buffer.getvalue().encode("utf-8")


def make(
    uow: UnitOfWork,
    config: Config,
    member: Member,
    ticket: Ticket,
    agency_code: str,
    with_bundle: bool = False,
) -> Documents:
    """The letter to `agency_code` (and the evidence bundle), recorded on the ticket."""
    from bot.referral.letter import render_letter

    referral = referrals.prepare(uow, member, ticket, agency_code)
    recipient = referrals.agency(uow, agency_code)
    items = stored_evidence(uow, ticket)
    store = store_for(config, uow.session.get_bind(), uow.vault)
    packed = [pack(item, store) for item in items]
    listing = manifest(uow, ticket, packed)
    answer_days = recipient.answer_working_days or config.agency_answer_working_days
    letter = render_letter(
        ticket,
        referral,
        recipient,
        signer(config),
        received_on=ticket.submitted_at.astimezone(config.tz).date(),
        evidence_count=len(items),
        manifest_sha256=hashlib.sha256(listing).hexdigest(),
        answer_days=answer_days,
        identity=referrals.identity_for_letter(uow, member, ticket, referral),
        shown_number=case_referral.number_shown(uow, member, ticket, referral.letter_number),
    )
    bundle = None
    if with_bundle:
        files = [
            (bundle_name(ticket, one, i), one.data)
            for i, one in enumerate(packed, 1)
            if one.data is not None
        ]
        bundle = _zip(ticket, referral, letter, listing, files)
    return Documents(referral.letter_number, agency_code, letter, bundle)


def make_case(
    uow: UnitOfWork, config: Config, member: Member, case_id: int, agency_code: str
) -> Documents:
    """The one letter to `agency_code` for every ticket of a case, each ticket's evidence
    checked and listed as for its own letter; recorded on each ticket."""
    from bot.referral.letter import CaseItem, render_case_letter

    made = case_referral.prepare(uow, member, case_id, agency_code)
    recipient = referrals.agency(uow, agency_code)
    store = store_for(config, uow.session.get_bind(), uow.vault)
    identities = case_referral.identities(uow, member, made)
    items = []
    for (ticket, _), identity in zip(made, identities, strict=True):
        packed = [pack(item, store) for item in stored_evidence(uow, ticket)]
        items.append(
            CaseItem(
                ticket=ticket,
                received_on=ticket.submitted_at.astimezone(config.tz).date(),
                evidence_count=len(packed),
                manifest_sha256=hashlib.sha256(manifest(uow, ticket, packed)).hexdigest(),
                identity=identity,
            )
        )
    number = case_referral.letter_number(made[0][1])
    letter = render_case_letter(
        number,
        case_numbers.of(uow, case_id),
        made[0][1].letter_date,
        items,
        recipient,
        signer(config),
        recipient.answer_working_days or config.agency_answer_working_days,
    )
    return Documents(number, agency_code, letter)


def letter_file_name(ticket: Ticket, agency_code: str, extension: str = "pdf") -> str:
    """A download name such as BRM-2569-00042-pacc.pdf."""
    return f"{ticket.reference}-{agency_code}.{extension}"


def _zip(ticket, referral, letter: bytes, listing: bytes, files) -> bytes:
    stamp = (*referral.letter_date.timetuple()[:3], 9, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [
            (f"letter-{referral.agency_code}.pdf", letter),
            ("manifest.csv", listing),
            *files,
        ]:
            info = zipfile.ZipInfo(f"{ticket.reference}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
