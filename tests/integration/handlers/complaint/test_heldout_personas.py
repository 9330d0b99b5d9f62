"""Held-out villagers (issue 18) each file in at most 16 typed messages, at most 1 refused,
and the ticket holds what they meant, field by field; asides are answered, never stored."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import geothai
import pytest
from sqlalchemy import func, select

from storage.models import Evidence, Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.heldout_personas import (
    MAX_MESSAGES,
    MAX_REFUSED,
    SAFETY,
    VILLAGERS,
    WITHDRAWER,
    Aside,
    Meant,
    play,
    withdraw,
)

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Thursday 3 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 3, 3, 0, tzinfo=UTC))


def _in_thai(line: str) -> bool:
    """More Thai letters than Latin ones (a place name said in Thai inside English is fine)."""
    return len(re.findall(r"[\u0E00-\u0E7F]", line)) > len(re.findall(r"[A-Za-z]", line))


def _squash(text: str | None) -> str:
    """Text without spaces, dots and case, to compare what was kept with what was meant."""
    return re.sub(r"[\s.]", "", text or "").lower()


def _place(stored: str | None, code: str, find) -> bool:
    """A stored district/sub-district is right if it is the code or the place's Thai name."""
    if code == "":
        return not stored
    return _squash(stored) in {code, _squash(find(code).name_th)}


PARTICLE = re.compile(r"(ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|นะ)$")
LONG_FORMS = {"อบต": "องค์การบริหารส่วนตำบล", "ทต": "เทศบาลตำบล"}


def _agencies(meant: tuple[str, ...]) -> set[str]:
    """The ways of writing each agency meant: "อบต.X" is also "องค์การบริหารส่วนตำบลX"."""
    forms = {_squash(a) for a in meant}
    for short, long in LONG_FORMS.items():
        forms |= {long + f[len(short) :] for f in forms if f.startswith(short)}
    return forms


def _phone(stored: str | None) -> str:
    digits = re.sub(r"\D", "", stored or "")
    return "0" + digits[2:] if digits.startswith("66") else digits


def _kept(ticket: Ticket, vault) -> dict:
    """The ticket's fields as the committee would read them (identity and witnesses opened)."""

    def opened(token: str | None) -> str | None:
        return vault.decrypt(token) if token else None

    return {
        "kind": ticket.kind,
        "agency": ticket.agency,
        "official": ticket.official,
        "district": ticket.district,
        "subdistrict": ticket.subdistrict,
        "date": ticket.occurred_on,
        "story": ticket.description,
        "witnesses": opened(ticket.witnesses_enc) or ticket.witnesses,
        "reported": ticket.reported_elsewhere,
        "reported_to": ticket.reported_to,
        "anonymous": ticket.anonymous,
        "name": opened(ticket.complainant_name_enc),
        "phone": opened(ticket.complainant_phone_enc),
    }


def _in_span(on: date | None, span: tuple[str, str]) -> bool:
    if not span[0]:
        return on is None
    return on is not None and date.fromisoformat(span[0]) <= on <= date.fromisoformat(span[1])


def _no_witness(text: str | None) -> bool:
    return _squash(text) in {"", "-", "ไม่มี"}


def _right(meant: Meant, kept: dict) -> dict[str, bool]:
    """For each field the person gave, whether the ticket keeps what they meant."""
    official = _squash(kept["official"])
    checks = {
        "kind": lambda: kept["kind"] in meant.kind,
        "agency": lambda: _squash(kept["agency"]) in _agencies(meant.agency),
        "official": lambda: (
            any(_squash(o) in official for o in meant.official) and not PARTICLE.search(official)
        ),
        "district": lambda: _place(kept["district"], meant.district, geothai.district),
        "subdistrict": lambda: _place(kept["subdistrict"], meant.subdistrict, geothai.subdistrict),
        "date": lambda: _in_span(kept["date"], meant.date),
        "witnesses": lambda: (
            _no_witness(kept["witnesses"])
            if meant.witnesses == ""
            else _squash(meant.witnesses) in _squash(kept["witnesses"])
        ),
        "reported": lambda: kept["reported"] is meant.reported,
        "reported_to": lambda: _squash(meant.reported_to) in _squash(kept["reported_to"]),
        "anonymous": lambda: kept["anonymous"] is meant.anonymous,
        "name": lambda: _squash(meant.name) == _squash(kept["name"]),
        "phone": lambda: _phone(kept["phone"]) == meant.phone,
    }
    right = {name: check() for name, check in checks.items() if getattr(meant, name) is not None}
    right["story"] = all(_squash(words) in _squash(kept["story"]) for words in meant.story)
    return right


def wrong_fields(meant: Meant, ticket: Ticket, vault, evidence: int) -> list[str]:
    """Each field of the ticket that is not what the person meant, as `field='what was kept'`."""
    kept = _kept(ticket, vault)
    wrong = [
        f"{name}={str(kept[name])[:80]!r}" for name, ok in _right(meant, kept).items() if not ok
    ]
    if evidence < meant.evidence:
        wrong.append(f"evidence={evidence}")
    return wrong


def _asides(villager) -> list[str]:
    return [m.text for options in villager.says.values() for m in options if isinstance(m, Aside)]


def _kept_text(ticket: Ticket, vault) -> str:
    """Everything typed that the ticket keeps, to look for what must not be kept."""
    kept = _kept(ticket, vault)
    names = ("agency", "official", "story", "witnesses", "reported_to", "name")
    return _squash(" ".join(kept[n] or "" for n in names) + (ticket.occurred_text or ""))


# Held-out people the conversation does not yet serve within the limits (issue 18). Each is a
# strict expected failure: the day one passes, the suite says so and the mark must go.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    "villager",
    [
        pytest.param(
            v,
            id=key,
            marks=[pytest.mark.xfail(strict=True, reason=NOT_YET[key])] if key in NOT_YET else [],
        )
        for key, v in VILLAGERS.items()
    ],
)
def test_heldout_villager_files_what_they_meant(villager, chat, services, clock):
    out = play(villager, chat, services)
    problems: list[str] = []
    ticket_fields: list[str] = []
    if out.filed:
        with services.uow() as uow:
            ticket = uow.session.scalars(select(Ticket)).one()
            kept = uow.session.scalar(
                select(func.count(Evidence.id)).where(Evidence.ticket_id == ticket.id)
            )
            ticket_fields = wrong_fields(villager.meant, ticket, uow.vault, kept or 0)
            stored = _kept_text(ticket, uow.vault)
            for aside in _asides(villager):
                if _squash(aside)[:20] in stored:
                    problems.append(f"aside kept in the ticket: {aside[:40]}")
    print(
        f"\nVILLAGER {villager.name}: sent={out.sent} refused={len(out.refused)} "
        f"filed={out.filed} stuck_at={out.stuck_at}\n  refused: {out.refused}\n"
        f"  asides taken as answers: {out.kept_aside}\n  asides not answered: {out.unanswered}\n"
        f"  wrong fields: {ticket_fields}\n  {problems}\n"
        + "\n".join(f"    [{s}] {m[:50]!r} -> {r!r}" for s, m, r in out.log)
    )
    thai = [r for _, _, r in out.log if villager.speaks == "en" and _in_thai(r)]
    failures = [
        *([f"answered in Thai {len(thai)} times: {thai[:2]}"] if len(thai) > 1 else []),
        *([] if out.filed else [f"gave up at {out.stuck_at}"]),
        *([f"{out.sent} messages"] if out.sent > MAX_MESSAGES else []),
        *([f"refused: {out.refused}"] if len(out.refused) > MAX_REFUSED else []),
        *([f"asides taken as answers: {out.kept_aside}"] if out.kept_aside else []),
        *([f"asides not answered: {out.unanswered}"] if out.unanswered else []),
        *ticket_fields,
        *problems,
    ]
    assert not failures, failures


def test_heldout_withdrawal_by_typing_under_pressure(chat, services, clock):
    out = play(WITHDRAWER, chat, services)
    assert out.filed, f"gave up at {out.stuck_at}"
    with services.uow() as uow:
        reference = uow.session.scalar(select(Ticket.reference))
    replies = withdraw(WITHDRAWER, chat, reference)
    print(f"\nWITHDRAWAL {reference}:\n" + texts([m for reply in replies for m in reply]))
    with services.uow() as uow:
        assert uow.session.scalar(select(Ticket.status)) == "withdrawn"
    # the hotlines with the reason, before the withdrawal is confirmed (#16)
    given = texts([m for reply in replies for m in reply])
    assert SAFETY.search(given), "the pressured person was not given the hotlines"


def held_out(villagers: dict, diag: set, not_yet: dict) -> list:
    """One test per held-out villager, named `diag-KEY` or `sealed-KEY`; those the conversation
    does not serve yet are non-strict xfails saying why (the day one passes, the report says
    XPASS and its line can go)."""
    return [
        pytest.param(
            v,
            id=f"{'diag' if key in diag else 'sealed'}-{key}",
            marks=[pytest.mark.xfail(strict=False, reason=not_yet[key])] if key in not_yet else [],
        )
        for key, v in villagers.items()
    ]
