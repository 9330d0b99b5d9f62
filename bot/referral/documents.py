"""A ticket's referral letter and evidence bundle, the same from the dashboard and the CLI.

The bundle is a zip of the letter, the evidence files and `manifest.csv` (file name, type,
size, SHA-256, when received), so the agency can check nothing was altered; the letter
quotes the manifest's own SHA-256. Each file is hashed again before it goes in: a file
that no longer matches the hash taken when it arrived is refused, never sent.
"""

from __future__ import annotations

import csv
import hashlib
import io
import mimetypes
import re
import zipfile
from dataclasses import dataclass

from sqlalchemy import select

from bot.config import Config
from bot.line.evidence_files import EvidenceStore, MissingFile, store_for
from bot.referral.letter import LetterSigner, render_letter
from handlers.thai.dates import format_datetime
from handlers.tickets import referrals
from storage.models import Evidence, Member, Ticket
from storage.uow import UnitOfWork

MANIFEST_COLUMNS = ("file", "type", "size_bytes", "sha256", "received_at", "received_at_th")


class EvidenceAltered(RuntimeError):
    """An evidence file on disk no longer matches the SHA-256 taken when it arrived."""


@dataclass(frozen=True)
class Documents:
    """What was made: the referral's letter number, the PDF, and the zip when asked for."""

    letter_number: str
    agency_code: str
    letter: bytes
    bundle: bytes | None = None


def signer(config: Config) -> LetterSigner:
    """Who sends and signs the letter, from REFERRAL_* configuration."""
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


def bundle_name(ticket: Ticket, item: Evidence, index: int) -> str:
    """The evidence file's name inside the bundle."""
    extension = mimetypes.guess_extension(item.content_type or "") or ""
    original = item.file_name or f"{item.media_kind}-{item.id}{extension}"
    return f"evidence/{index:02d}-{_safe_name(original)}"


def _read_checked(item: Evidence, store: EvidenceStore) -> bytes:
    try:
        data = store.read_all(item.storage_path or "")  # encrypted at rest: the original
    except MissingFile as exc:
        raise EvidenceAltered(f"evidence {item.id} is missing from the evidence store") from exc
    except ValueError as exc:
        raise EvidenceAltered(f"evidence {item.id} no longer matches its SHA-256") from exc
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise EvidenceAltered(f"evidence {item.id} no longer matches its SHA-256")
    return data


def manifest(uow: UnitOfWork, ticket: Ticket, items: list[Evidence]) -> bytes:
    """The evidence list as CSV (UTF-8 with a BOM, so spreadsheets read the Thai)."""
    tz = uow.settings["tz"]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MANIFEST_COLUMNS)
    for index, item in enumerate(items, 1):
        writer.writerow(
            (
                bundle_name(ticket, item, index),
                item.content_type or item.media_kind,
                item.size_bytes,
                item.sha256,
                item.created_at.astimezone(tz).isoformat(timespec="seconds"),
                format_datetime(item.created_at, tz, "th"),
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
    referral = referrals.prepare(uow, member, ticket, agency_code)
    recipient = referrals.agency(uow, agency_code)
    items = stored_evidence(uow, ticket)
    listing = manifest(uow, ticket, items)
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
    )
    bundle = None
    if with_bundle:
        store = store_for(config, uow.session.get_bind(), uow.vault)
        files = [
            (bundle_name(ticket, it, i), _read_checked(it, store)) for i, it in enumerate(items, 1)
        ]
        bundle = _zip(ticket, referral, letter, listing, files)
    return Documents(referral.letter_number, agency_code, letter, bundle)


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
