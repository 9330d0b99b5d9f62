"""A case's number as people say it: six digits from 2 to 9, shown "347-892".

Read aloud over the phone in Thai each digit is one word unlike the others (สอง … เก้า); Latin
letters would be read by their English names, which sound alike on a bad line (บี, ดี, พี,
ที, วี; เอ็ม, เอ็น). 0 and 1 are left out: written down they pass for O, I or l. Drawn at
random (`secrets`), so a number tells neither how many cases there are nor which came
first; drawn again when taken (262,144 numbers, a few thousand cases at most), also when
another case confirmed at the same instant took it (`add`: the unique index refuses the
second, in a savepoint, which draws again). Stored on the case (migration 0040) and never
changed. The 16-digit handle pages showed before (and
letters' file names carried) still finds its case (`storage.public_handles`)."""

from __future__ import annotations

import re
import secrets

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError

from handlers.thai.normalise import clean
from storage import patterns as store
from storage import public_handles
from storage.pattern_models import Case
from storage.uow import UnitOfWork

DIGITS = "23456789"
LENGTH = 6
_TYPED = re.compile(rf"[{DIGITS}]{{3}}[\s\-.]*[{DIGITS}]{{3}}")
_OLD_HANDLE = re.compile(r"[1-9]\d{15}")
DRAWS = 1000  # taken numbers drawn before giving up
TRIES = 20  # draws at a number another transaction took meanwhile, before giving up
# The words that name a case before its number: "กรณีที่", "เลขกรณี", "หมายเลขกรณี", "เลขที่กรณี",
# "กรณีเลขที่", "case no.", "case number".
_SAID_BEFORE = re.compile(
    r"^(?:(?:หมาย)?เลข(?:ที่)?\s*)?(?:กรณี\s*(?:ที่|เลข(?:ที่)?)?|case)\s*(?:no\.?|number|#)?\s*",
    re.IGNORECASE,
)


def draw() -> str:
    """A number at random, as stored ("347892")."""
    return "".join(secrets.choice(DIGITS) for _ in range(LENGTH))


def new(uow: UnitOfWork) -> str:
    """A number no case has yet; RuntimeError after DRAWS taken ones (never with a few
    thousand cases among 262,144 numbers: a draw that keeps giving one number, not a loop)."""
    for _ in range(DRAWS):
        number = draw()
        if uow.session.scalar(select(Case.id).where(Case.number == number)) is None:
            return number
    raise RuntimeError("no free case number found")


def add(uow: UnitOfWork, case: Case) -> None:
    """Add and flush `case` with a number no case has, drawing again when a case committed
    meanwhile by another transaction took the one drawn (the second of two confirmed at the
    same instant would otherwise fail on the unique index)."""
    for attempt in range(TRIES):
        case.number = new(uow)
        try:
            with uow.session.begin_nested():
                uow.session.add(case)
                uow.session.flush()
            return
        except IntegrityError:
            if attempt == TRIES - 1:
                raise


def shown(number: str) -> str:
    """The number as pages and letters show it: "347-892"."""
    return f"{number[:3]}-{number[3:]}"


def of(uow: UnitOfWork, case_id: int) -> str:
    """The case's number as shown ("347-892")."""
    return shown(uow.session.get(Case, case_id).number)


def read(typed: str | None) -> str | None:
    """The stored number a person typed ("347-892", "347 892", "กรณีที่ ๓๔๗๘๙๒"), else None."""
    text = _SAID_BEFORE.sub("", clean(typed or "").strip())
    return re.sub(r"\D", "", text) if _TYPED.fullmatch(text) else None


def named(typed: str | None) -> str | None:
    """The stored number when the text names it as a case's ("กรณี 347-892", "เลขกรณี 347892",
    "case no. 347-892"), else None: six digits alone may be a sum or a house number."""
    text = clean(typed or "").strip()
    said = _SAID_BEFORE.match(text)
    return read(text) if said is not None and said.group() else None


def anchor(uow: UnitOfWork, typed: str | None) -> ColumnElement[bool] | None:
    """Which case a typed number names, as a condition on cases (its number, or its old
    16-digit handle); None when the text is neither. The same work whether a case has it."""
    text = _SAID_BEFORE.sub("", clean(typed or "").strip())
    number = read(text)
    if number is not None:
        return Case.number == number
    if not _OLD_HANDLE.fullmatch(text):
        return None
    # Keyed, so not looked up: each case's handle is made again (an HMAC each, under every
    # lookup key, for every case whichever fits), as for any handle a page carried.
    everyone = uow.session.scalars(select(Case).order_by(Case.id))
    case = public_handles.resolve(uow.vault, "case", int(text), everyone)
    return Case.id == (case.id if case is not None else None)


def find(uow: UnitOfWork, typed: str | None) -> Case | None:
    """The case a typed number names, its number or its old 16-digit handle; a case merged
    into another leads on to that one."""
    named = anchor(uow, typed)
    if named is None:
        return None
    case_id = uow.session.scalar(select(store.leading_case(named)))
    return None if case_id is None else uow.session.get(Case, case_id)
