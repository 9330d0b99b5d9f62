"""Daily anchors of the tamper-evident record: every ticket's chain head and entry count.

The record's seal stops whoever holds only the database; an anchor also stops whoever later
holds the seal key. Each day the heads are listed, their digest is published on the
transparency page and the full list is written to a file the operator keeps elsewhere. A
chain rewritten afterwards no longer has the anchored hash at the anchored position, and
`tickets verify --anchor FILE` says so.

Since 0047 an anchor also witnesses members' versions and declared ties, the policy settings
and the sessions ended (storage/anchor_witness.py, format 2): in its digest, so in the chairs'
code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from storage import anchor_witness, journal_lines, start_witness, ticket_chain
from storage.models import Ticket, TicketEvent
from storage.record_journal import FILE_MODE, FOLDER_MODE
from storage.transparency_models import RecordAnchor
from storage.uow import UnitOfWork

FORMAT = "sujarit-record-anchor/1"  # tickets only (anchors made before 0047)
WITNESSED = "sujarit-record-anchor/2"  # tickets, then the witness (storage/anchor_witness.py)
# Hex digits of an anchor's digest told to the chairs in LINE (`code_of`): 64 bits, so no
# writer finds another list of heads that begins the same.
CODE_CHARS = 16


def _digest(heads: list[list], witness: list | None = None) -> str:
    lines = "".join(f"{reference} {count} {head}\n" for reference, count, head in heads)
    if witness is not None:
        lines += anchor_witness.lines(witness)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _whole(anchor: dict) -> bool:
    """Whether an anchor document is whole: a known format whose digest fits its lists."""
    heads, witness = anchor.get("tickets") or [], anchor.get("witness")
    if anchor.get("format") == WITNESSED and isinstance(witness, list):
        return _digest(heads, witness) == anchor.get("digest")
    return anchor.get("format") == FORMAT and _digest(heads) == anchor.get("digest")


def _lists(anchor: RecordAnchor) -> tuple[list, list | None] | None:
    """An anchor row's heads and witness, when they fit its digest (None: they do not)."""
    try:
        heads = json.loads(anchor.heads)
        witness = json.loads(anchor.witness) if anchor.witness is not None else None
    except (ValueError, TypeError):
        return None
    if not isinstance(heads, list) or (witness is not None and not isinstance(witness, list)):
        return None
    return (heads, witness) if _digest(heads, witness) == anchor.digest else None


def current_heads(uow: UnitOfWork) -> list[list]:
    """[reference, entry count, chain head] of every ticket, in reference order."""
    stmt = (
        select(Ticket.reference, func.count(TicketEvent.id), Ticket.chain_head)
        .outerjoin(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .group_by(Ticket.id, Ticket.reference, Ticket.chain_head)
        .order_by(Ticket.reference)
    )
    return [[reference, count, head] for reference, count, head in uow.session.execute(stmt)]


def make(uow: UnitOfWork, day: date) -> dict:
    """An anchor document of the record now, published under `day` (the caller commits).
    A ticket that no longer matches the latest anchor keeps its anchored head in this one,
    so a rollback stays reported after the next anchor too."""
    heads, witness = current_heads(uow), anchor_witness.rows(uow)
    latest = _latest_heads(uow)
    if latest is not None and latest[1] is not None:
        anchored_on, before, seen = latest
        anchored = {ref: [ref, count, head] for ref, count, head in before}
        broken = _compare(uow, before, anchored_on, None)
        now = {row[0]: row for row in heads}
        now.update({ref: anchored[ref] for ref in broken if ref in anchored})
        heads = [now[ref] for ref in sorted(now)]
        if seen is not None:
            put_back = anchor_witness.problems(uow, seen, anchored_on)
            witness = anchor_witness.carried(witness, seen, put_back)
    witness = [*witness, seal_row(uow.vault, day.isoformat(), heads, witness)]
    digest = _digest(heads, witness)
    anchor = RecordAnchor(day=day, made_at=uow.now(), tickets=len(heads), digest=digest)
    anchor.heads = json.dumps(heads, ensure_ascii=False, separators=(",", ":"))
    anchor.witness = json.dumps(witness, ensure_ascii=False, separators=(",", ":"))
    uow.session.add(anchor)
    start_witness.note_anchored(uow, witness)
    return {
        "format": WITNESSED,
        "day": day.isoformat(),
        "digest": digest,
        "tickets": heads,
        "witness": witness,
    }


SEAL = "seal"  # the kind of an anchor's keyed seal row in its witness (fixA33)


def seal_row(vault, day: str, heads: list, witness: list) -> list:
    """`["seal", S]`: S keyed (the data lookup key) over the anchor's day and lists, so no
    writer with SQL alone makes an anchor whose code vouches for the audit log's start. In
    the witness, so in the public digest: the chairs' code stays SHA-256 of what is stored."""
    return [SEAL, journal_lines.anchor_seals(vault, day, _digest(heads, witness))[0]]


def sealed(vault, day: str, heads: list, witness: list | None) -> bool:
    """Whether an anchor's lists carry its keyed seal under a listed lookup key (anchors
    made before fixA33 carry none)."""
    rows = [r for r in witness or [] if isinstance(r, list) and r[:1] == [SEAL]]
    rest = [r for r in witness or [] if not (isinstance(r, list) and r[:1] == [SEAL])]
    if len(rows) != 1 or len(rows[0]) != 2:
        return False
    return rows[0][1] in journal_lines.anchor_seals(vault, day, _digest(heads, rest))


def make_today(uow: UnitOfWork) -> dict:
    """An anchor of the record now, dated in the bot's time zone (the caller commits)."""
    return make(uow, uow.now().astimezone(uow.settings.tz).date())


def write(anchor: dict, path: str | Path) -> Path:
    """Write an anchor document as JSON (to keep elsewhere: a copy the database cannot change)."""
    path = Path(path)
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    text = json.dumps(anchor, ensure_ascii=False, indent=1) + "\n"
    # The bot's alone from the first byte (not the umask's 0644 until the next start's
    # `record_journal.tighten`): it sits beside the journal in RECORD_ANCHOR_DIR.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    handle = os.open(path, flags, FILE_MODE)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), FILE_MODE)  # a file that was there keeps no looser mode
        out.write(text)
    return path


def keep_in(anchor: dict, folder: str | Path) -> Path:
    """Write an anchor document into RECORD_ANCHOR_DIR under its day and digest (the daily
    job and `tickets anchor` both do: `check_folder` expects every published anchor there)."""
    return write(anchor, file_of(folder, anchor["day"], anchor["digest"]))


def file_of(folder: str | Path, day: str, digest: str) -> Path:
    """Where in `folder` the anchor of `day` with `digest` is kept (`keep_in`)."""
    return Path(folder) / f"anchor-{day}-{digest[:12]}.json"


def read(path: str | Path) -> dict:
    """An anchor document from its file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def published(uow: UnitOfWork, limit: int = 30) -> list[RecordAnchor]:
    """The latest published anchors, newest first (the transparency page lists them)."""
    stmt = select(RecordAnchor).order_by(RecordAnchor.made_at.desc(), RecordAnchor.id.desc())
    stmt = stmt.limit(limit)
    return list(uow.session.scalars(stmt))


class Comparison:
    """Anchored heads held against the chains as a pass over the tickets reads them (so a
    whole check reads every chain once, whatever it compares them with): each anchored head
    must still be its ticket's entry at the anchored position."""

    def __init__(self, heads: list, day: str, reference: str | None = None) -> None:
        wanted = {ref: (count, head) for ref, count, head in heads}
        if reference is not None:
            wanted = {ref: found for ref, found in wanted.items() if ref == reference}
        self.wanted, self.day = wanted, day
        self.found: dict[str, list[str]] = {}
        self.seen: set[str] = set()

    def see(self, ticket, entries) -> None:
        """Hold one ticket's stored row and entries against its anchored head, if any."""
        if ticket.reference not in self.wanted:
            return
        self.seen.add(ticket.reference)
        count, head = self.wanted[ticket.reference]
        at = entries[count - 1].entry_hash if 0 < count <= len(entries) else None
        if count == 0:  # anchored before its first entry (a ticket older than timelines)
            at = ticket_chain.GENESIS
        if count > len(entries) or at != head:
            found = [f"timeline rewritten since the anchor of {self.day}"]
            self.found[ticket.reference] = found

    def result(self) -> dict[str, list[str]]:
        """What did not match, by reference, once every ticket was seen."""
        for ref in sorted(set(self.wanted) - self.seen):
            self.found[ref] = [f"ticket removed since the anchor of {self.day}"]
        return self.found


def compare_all(uow: UnitOfWork, comparisons: list[Comparison], reference: str | None) -> None:
    """Feed every stored ticket (or the one `reference` names) to `comparisons`, in one pass."""
    conn = uow.session.connection()
    for batch in ticket_chain.stored_batches(conn, reference, 2000, fields=()):
        for ticket, entries, _ in batch:
            for comparison in comparisons:
                comparison.see(ticket, entries)


def _compare(uow: UnitOfWork, heads: list, day: str, reference: str | None) -> dict:
    """Each anchored head must still be its ticket's entry at the anchored position."""
    comparison = Comparison(heads, day, reference)
    compare_all(uow, [comparison], reference)
    return comparison.result()


def check(uow: UnitOfWork, anchor: dict) -> dict[str, list[str]]:
    """What no longer matches an anchor document kept elsewhere, by reference ("" for the
    anchor itself): each anchored head must still be its ticket's entry at that position."""
    day = anchor.get("day", "?")
    heads = anchor.get("tickets") or []
    if not _whole(anchor):
        return {"": [f"the anchor of {day} is not a whole, unchanged anchor file"]}
    kept = select(RecordAnchor.id).where(
        RecordAnchor.day == date.fromisoformat(day), RecordAnchor.digest == anchor["digest"]
    )
    found = _compare(uow, heads, day, None)
    found.update(anchor_witness.problems(uow, anchor.get("witness") or [], day))
    if uow.session.scalar(kept.limit(1)) is None:
        found[""] = [f"the anchor of {day} published by the application differs from this file"]
    return found


def check_folder(uow: UnitOfWork, folder: str | Path) -> dict[str, list[str]]:
    """What no longer matches the anchor files in a folder (the daily job's RECORD_ANCHOR_DIR):
    every file must still be published unchanged in the anchors table, so rewriting that table
    to hide a rollback shows; the newest file's heads are checked against the chains."""
    found, comparison = folder_check(uow, folder)
    if comparison is not None:
        compare_all(uow, [comparison], None)
    return merged(found, comparison)


def merged(found: dict[str, list[str]], comparison: Comparison | None) -> dict[str, list[str]]:
    """The problems found before the pass, then those of the comparison fed by it."""
    if comparison is not None:
        for ref, problems in comparison.result().items():
            found.setdefault(ref, []).extend(problems)
    return found


def folder_check(uow: UnitOfWork, folder: str | Path) -> tuple[dict, Comparison | None]:
    """`check_folder` before the pass over the chains: what is wrong with the files and the
    anchors table, and the comparison of the newest file's heads to feed (None: no file)."""
    files = sorted(Path(folder).glob("anchor-*.json")) if Path(folder).is_dir() else []
    found: dict[str, list[str]] = {}
    newest: tuple[str, dict] | None = None
    for path in files:
        try:
            anchor = read(path)
            day = date.fromisoformat(anchor["day"])
        except (ValueError, KeyError, TypeError, OSError):
            found.setdefault("", []).append(f"{path.name} is not a readable anchor file")
            continue
        if not _whole(anchor):
            found.setdefault("", []).append(f"{path.name} is not a whole, unchanged anchor file")
            continue
        kept = select(RecordAnchor.id).where(
            RecordAnchor.day == day, RecordAnchor.digest == anchor["digest"]
        )
        if uow.session.scalar(kept.limit(1)) is None:
            found.setdefault("", []).append(
                f"the anchor of {anchor['day']} in {path.name} is no longer the one published"
            )
        if newest is None or anchor["day"] >= newest[0]:
            newest = (anchor["day"], anchor)
    _unfiled(uow, files, found)
    if newest is None:
        return found, None
    return found, Comparison(newest[1]["tickets"], newest[0])


def _unfiled(uow: UnitOfWork, files: list[Path], found: dict) -> None:
    """Fail closed: every anchor published since the folder's oldest file (every one, when
    it holds none) must have its file there. One missing was deleted with the files a writer
    could reach, or this host's folder is not the one the anchors were written to."""
    names = {path.name for path in files}
    oldest = min((name[len("anchor-") :][:10] for name in names), default=None)
    stmt = select(RecordAnchor.day, RecordAnchor.digest).order_by(RecordAnchor.day)
    for day, digest in uow.session.execute(stmt):
        if oldest is not None and day.isoformat() < oldest:
            continue  # published before anchors were kept in the folder
        if f"anchor-{day.isoformat()}-{digest[:12]}.json" not in names:
            found.setdefault("", []).append(
                f"the anchor of {day.isoformat()} is published but its file is missing from "
                "RECORD_ANCHOR_DIR (deleted, or this is not the folder the anchors were "
                "written to: verify on the host that keeps them, or with --anchor FILE)"
            )


def _latest_heads(uow: UnitOfWork) -> tuple[str, list | None, list | None] | None:
    """The day, heads and witness of the latest anchor published with its heads (heads None
    when they no longer match its digest; witness None for one made before 0047); None when
    there is none."""
    stmt = select(RecordAnchor).where(RecordAnchor.heads.is_not(None))
    latest = uow.session.scalars(
        stmt.order_by(RecordAnchor.made_at.desc(), RecordAnchor.id.desc()).limit(1)
    ).first()
    if latest is None:
        return None
    lists = _lists(latest)
    if lists is None:
        return latest.day.isoformat(), None, None
    return latest.day.isoformat(), *lists


def latest_witness(uow: UnitOfWork) -> list | None:
    """The witness of the latest anchor published with its lists (None: none, one made
    before 0047, or one whose lists no longer fit its digest)."""
    latest = _latest_heads(uow)
    return latest[2] if latest is not None else None


def check_latest(uow: UnitOfWork, reference: str | None = None) -> dict[str, list[str]]:
    """What no longer matches the latest anchor the application published (by reference, ""
    for the anchor itself). Whoever can also rewrite `record_anchors` can hide a rollback
    from this check: only the anchor file kept elsewhere (`--anchor FILE`) stops them."""
    found, comparison = latest_check(uow, reference)
    if comparison is not None:
        compare_all(uow, [comparison], reference)
    return merged(found, comparison)


def latest_check(uow: UnitOfWork, reference: str | None = None) -> tuple[dict, Comparison | None]:
    """`check_latest` before the pass over the chains: what is wrong with the latest anchor
    itself, and the comparison of its heads to feed (None: no anchor, or not a whole one)."""
    latest = _latest_heads(uow)
    if latest is None:
        return {}, None
    day, heads, witness = latest
    if heads is None:
        return {"": [f"the published anchor of {day} was changed in the database"]}, None
    found = anchor_witness.problems(uow, witness, day) if witness and reference is None else {}
    return found, Comparison(heads, day, reference)


def code_of(digest: str) -> str:
    """An anchor's short code, told to the chairs in LINE so it is kept off the machine
    (its digest's first CODE_CHARS hex digits, in groups of four)."""
    head = digest[:CODE_CHARS].upper()
    return "-".join(head[i : i + 4] for i in range(0, CODE_CHARS, 4))


def typed_code(typed: str | None) -> str | None:
    """The digest's beginning a typed code names (spaces, dashes and case aside); None when
    it is not a code."""
    found = re.sub(r"[\s\-]", "", typed or "").lower()
    return found if re.fullmatch(f"[0-9a-f]{{{CODE_CHARS}}}", found) else None


@dataclass
class CodeCheck:
    """What the record says of an anchor a chair holds the code of: `state` is `missing` (no
    anchor published here has it: the database was put back to before it, or its anchors
    rewritten), `changed` (its list no longer fits its digest), `unlisted` (made before the
    lists were kept: check with its file), `broken` (tickets rewritten or removed since,
    `broken` by reference; `put_back`, the members (their rows or declared ties), settings
    and sessions its witness names that were put back or changed since) or `intact`."""

    state: str
    day: date | None = None
    broken: dict[str, list[str]] = field(default_factory=dict)
    put_back: dict[str, list[str]] = field(default_factory=dict)
    anchor: RecordAnchor | None = None  # the anchor of the code (None: missing)
    witness: list | None = None  # its witness, when its lists fit its digest
    sealed: bool = False  # its lists carry its keyed seal (`sealed`: anchors from fixA33 on)


def check_code(uow: UnitOfWork, prefix: str, folder: str | Path | None = None) -> CodeCheck:
    """Hold the anchor whose digest begins with `prefix` (`typed_code`) against the chains;
    an anchor without its list in the database is held against its file in `folder`."""
    stmt = select(RecordAnchor).where(RecordAnchor.digest.startswith(prefix, autoescape=True))
    anchor = uow.session.scalars(stmt.order_by(RecordAnchor.id).limit(1)).first()
    if anchor is None:
        return CodeCheck("missing")
    filed = _filed_lists(anchor, folder) if anchor.heads is None else None
    if anchor.heads is None and filed is None:
        if anchor.witness is not None:
            return CodeCheck("changed", anchor.day)  # made with its lists (0047 on)
        # made before lists were kept only if no anchor before it has one: a list emptied
        # in SQL is a change, not an old anchor
        listed_before = select(RecordAnchor.id).where(
            RecordAnchor.id < anchor.id, RecordAnchor.heads.is_not(None)
        )
        if uow.session.scalars(listed_before.limit(1)).first() is not None:
            return CodeCheck("changed", anchor.day)
        return CodeCheck("unlisted", anchor.day)
    lists = filed if filed is not None else _lists(anchor)
    if lists is None:
        return CodeCheck("changed", anchor.day)
    heads, witness = lists
    day = anchor.day.isoformat()
    broken = _held(uow, heads, day)
    put_back = anchor_witness.problems(uow, witness or [], day)
    if not starts(witness):  # made before anchors held the start: it vouches for none
        put_back |= start_witness.problems(uow, folder)
    state = "broken" if broken or put_back else "intact"
    keyed = sealed(uow.vault, day, heads, witness)
    return CodeCheck(state, anchor.day, broken, put_back, anchor, witness, keyed)


def starts(witness: list | None) -> bool:
    """Whether an anchor's witness holds an audit start (any)."""
    return any(isinstance(row, list) and row[:1] == ["audit-start"] for row in witness or [])


def _held(uow: UnitOfWork, heads: list, day: str) -> dict[str, list[str]]:
    """`_compare`, and each anchored ticket whose stored record does not fit its keyed seal
    now (a story, an agency or a status written in SQL after the anchor, its timeline left
    alone), in one pass over the stored tickets."""
    comparison, unsealed = Comparison(heads, day), {}
    conn = uow.session.connection()
    for batch in ticket_chain.stored_batches(conn, None, 500, raw_times=True):
        for ticket, entries, parts in batch:
            comparison.see(ticket, entries)
            if ticket.reference in comparison.wanted and ticket_chain.problems(
                ticket, entries, parts, uow.vault
            ):
                unsealed[ticket.reference] = [f"record changed outside the application ({day})"]
    found = comparison.result()
    for reference, problems in unsealed.items():
        found.setdefault(reference, []).extend(problems)
    return found


def _filed_lists(anchor: RecordAnchor, folder: str | Path | None) -> tuple | None:
    """The lists of an anchor as its file in `folder` keeps them (whole: its digest fits),
    or None when there is no such file."""
    if not folder:
        return None
    try:
        kept = read(file_of(folder, anchor.day.isoformat(), anchor.digest))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or not _whole(kept) or kept.get("digest") != anchor.digest:
        return None
    return kept.get("tickets") or [], kept.get("witness")
