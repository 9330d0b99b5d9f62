"""#17: a reader of the record journal (RECORD_ANCHOR_DIR: a backup of it, a copy kept off the
host, a colleague with the folder's read access) learns nothing of which agency or district a
member is tied to. Every tie's line names it `conflict:M:K:D` / `tie:M:K:D`: with D a plain
SHA-256 of the tie's text, hashing Buriram's district codes and agency names named the tie.
D is keyed now (DATA_LOOKUP_KEY, its own purpose, per member), so the dictionary finds
nothing, and two members tied to one district are not seen to share it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geothai
from sqlalchemy import select

from handlers.directory import members
from storage.insider_models import Agency
from tests.factories import new_member

PROVINCE = "31"  # Buriram
AGENCIES = ["อบต.สองห้อง", "เทศบาลตำบลนางรอง", "ที่ว่าการอำเภอบ้านกรวด", "สำนักงานที่ดินจังหวัดบุรีรัมย์"]


def _dictionary(names: list[str]) -> set[str]:
    """What a journal reader computes: every digest a tie's text could have, unkeyed."""
    texts = names + [d.code for d in geothai.districts(PROVINCE)]
    texts += [d.name_th for d in geothai.districts(PROVINCE)]
    found = set()
    for value in texts:
        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
        found |= {digest, digest[:16], digest[:32]}
    return found


def _tie_digests(folder: Path) -> list[tuple[str, str]]:
    """(member, digest) of each tie line of the journal, as a reader of the folder sees them."""
    named = []
    for path in sorted(folder.glob("journal-*.log")):
        for line in path.read_text(encoding="utf-8").splitlines():
            name = line.partition(" ")[0]
            if name.startswith(("conflict:", "tie:")):
                _, member, _kind, digest = name.split(":", 3)
                named.append((member, digest))
    return named


def test_hashing_the_agency_list_and_district_codes_names_no_members_tie(services, tmp_path):
    with services.uow() as uow:
        for name in AGENCIES:
            members.agencies.add_reviewed(uow, name, "operator")
        first, _ = new_member(
            uow, "ผู้ตรวจ ก", conflicts=[("district", "บ้านกรวด"), ("agency", AGENCIES[1])]
        )
        second, _ = new_member(uow, "ผู้ตรวจ ข", conflicts=[("district", "บ้านกรวด")])
        ids = first.id, second.id
        uow.commit()
        names = list(uow.session.scalars(select(Agency.name)))
    named = _tie_digests(tmp_path / "anchors")
    assert {member for member, _ in named} == {str(i) for i in ids}
    assert not {digest for _, digest in named} & _dictionary(AGENCIES + names)
    # One district, two members: the reader cannot tell they share it.
    per_member = {member: {d for m, d in named if m == member} for member, _ in named}
    assert not per_member[str(ids[0])] & per_member[str(ids[1])]
