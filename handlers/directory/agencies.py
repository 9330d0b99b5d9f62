"""Agencies as records: what a typed name resolves to, new records, merges, suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select, update

from handlers.thai import agencies as names
from storage import audit, journal_lines, row_seals
from storage import tickets as ticket_store
from storage.insider_models import Agency, AgencyAlias, TicketAgency
from storage.models import AuditEntry, Member, MemberConflict, Ticket
from storage.pattern_models import TicketSignature
from storage.uow import UnitOfWork

MAX_SUGGESTIONS = 5
# Where a ticket may name an agency; every one found counts for recusal.
# The ticket's own words recusal reads (a letter's number names its sender too:
# "หนังสือ อบต.บ้านเป้า ที่ บร 7801/123").
NAMED_IN = (
    "agency",
    "official",
    "place_text",
    "description",
    "reported_to",
    "reported_reference",
    "occurred_text",
)
# A mention keeps its field's name in 16 characters (ticket_agencies.field).
FIELD_STORED_AS = {"reported_reference": "reported_ref"}
# The sealed witnesses are read too ("ปลัด อบต.กลันทา เห็นด้วย": the tied body's clerk saw it),
# but a mention's key is plain, so a witness's mention keeps no free text: only a known
# record's key, or the province's district or sub-district name it begins with; else a keyed
# mark of the kind and place (no name readable in a database copy), re-read when a record
# is added ("อบต.กลันทา-สมศรี" keys as "sao:กลันทา", never "sao:กลันทาสมศรี").
WITNESSES = "witnesses"
WITNESS_MARK = "#"  # a witness's unresolved place: "sao:#<keyed mark>"
ADDED = "added"  # the field of an agency named in words sent after filing
# The internal timeline entry of an act that changes which agency recusal reads for a ticket:
# the entry moves the ticket's chain, so a row copied back from before the act no longer
# matches its timeline (a seal alone would still match the old row it was written over).
AGENCY_EVENT = "agency_set"


@dataclass(frozen=True)
class Resolution:
    """What a typed name resolved to: the agency, how sure, and the closest others."""

    agency: Agency | None
    score: float
    suggestions: tuple[str, ...] = ()
    created: bool = False


class UnknownAgency(ValueError):
    """A name that is not a known agency; carries the closest known names."""

    def __init__(self, value: str, suggestions: tuple[str, ...]) -> None:
        hint = f"; did you mean: {' | '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown agency {value!r}{hint}")
        self.suggestions = suggestions


def geography(uow: UnitOfWork):
    """The province's geography the bot serves (BOT_PROVINCE), as the app set it up."""
    return uow.settings.geography


def canonical(uow: UnitOfWork, agency: Agency) -> Agency:
    """The record an agency was merged into (itself when never merged)."""
    seen = set()
    while agency.merged_into_id is not None and agency.id not in seen:
        seen.add(agency.id)
        agency = uow.session.get(Agency, agency.merged_into_id)
    return agency


def _aliases(uow: UnitOfWork) -> list[tuple[str, int]]:
    """Every spelling and its record: each record's own key (under its keyed mark, so a
    spelling rewritten or moved away in SQL cannot take a record's name from recusal), then
    the spellings seen (which win an exact look-up)."""
    cached = uow.cache.get("agency_aliases")
    if cached is None:
        cached = list(uow.session.execute(select(Agency.key, Agency.id)))
        cached += list(uow.session.execute(select(AgencyAlias.key, AgencyAlias.agency_id)))
        uow.cache["agency_aliases"] = cached
    return cached


def parse_key(key: str, open_end: bool = False) -> names.ParsedAgency:
    """The parsed form of a stored comparison key ("sao:บ้านเป้า")."""
    kind, _, place = key.partition(":")
    return names.ParsedAgency(kind, place, open_end=open_end)


def scored(uow: UnitOfWork, parsed: names.ParsedAgency) -> dict[int, float]:
    """Every known agency with its best score against `parsed` (0-100), canonical ids."""
    best: dict[int, float] = {}
    for key, agency_id in _aliases(uow):
        score = names.similarity(parsed, parse_key(key))
        if score and score > best.get(agency_id, 0.0):
            best[agency_id] = score
    merged = {}
    for agency_id, score in best.items():
        target = canonical(uow, uow.session.get(Agency, agency_id)).id
        merged[target] = max(score, merged.get(target, 0.0))
    return merged


def _add_alias(uow: UnitOfWork, key: str, agency: Agency, sample: str) -> None:
    if uow.session.scalar(select(AgencyAlias.id).where(AgencyAlias.key == key)) is None:
        uow.session.add(
            AgencyAlias(key=key, agency_id=agency.id, sample=sample[:300], created_at=uow.now())
        )
        uow.session.flush()
        forget(uow)


def add_reviewed(uow: UnitOfWork, text: str, by: Member) -> Agency:
    """An agency record an admin or the operator adds by hand (reviewed); audited."""
    agency = create(uow, text, "admin", reviewed=True)
    audit.record(uow, by, "add_agency", agency.name)
    return agency


# The command line's proposals (the operator alone decides nothing a chair must: four eyes).
PROPOSE_ADD = "propose_agency"
PROPOSE_MERGE = "propose_merge_agency"


def propose(uow: UnitOfWork, text: str, by: Member) -> Agency:
    """A record the operator adds at the command line: a proposal, unreviewed (its tickets
    kept from every member with an agency conflict) until a chair reviews it; audited."""
    agency = create(uow, text, "admin")
    audit.record(uow, by, PROPOSE_ADD, f"{agency.id} {agency.name}")
    return agency


def propose_merge(uow: UnitOfWork, source: Agency, target: Agency, by: Member) -> None:
    """A merge the operator asks for at the command line: recorded, done by no one until a
    chair merges the two on the dashboard (`merge_proposals`); audited."""
    if source.id == target.id or canonical(uow, source).id == canonical(uow, target).id:
        raise ValueError("an agency cannot be merged into itself")
    audit.record(uow, by, PROPOSE_MERGE, f"{source.id} -> {target.id}")


def merge_proposals(uow: UnitOfWork) -> list[tuple[Agency, Agency]]:
    """The merges proposed at the command line and not done yet (the source not merged),
    oldest first, each once."""
    stmt = (
        select(AuditEntry.detail).where(AuditEntry.action == PROPOSE_MERGE).order_by(AuditEntry.id)
    )
    found: dict[tuple[int, int], None] = {}
    for detail in uow.session.scalars(stmt):
        source_id, _, target_id = (detail or "").partition(" -> ")
        if source_id.isdigit() and target_id.isdigit():
            found[(int(source_id), int(target_id))] = None
    pairs = []
    for source_id, target_id in found:
        source, target = uow.session.get(Agency, source_id), uow.session.get(Agency, target_id)
        if source is not None and target is not None and source.merged_into_id is None:
            pairs.append((source, canonical(uow, target)))
    return pairs


def district_of_spelling(geo):
    """What `create` takes as a record's district from a spelling (for migration 0038,
    which holds each record's district against its first spelling's)."""

    def district(text: str) -> str | None:
        return names.district_of(names.parse(text, geo), geo)

    return district


def create(uow: UnitOfWork, text: str, source: str, reviewed: bool = False) -> Agency:
    """A new agency record from a typed name (and its spelling as the first alias)."""
    parsed = names.parse(text, geography(uow))
    agency = Agency(
        name=parsed.display()[:300],
        kind=parsed.kind,
        key=parsed.key[:300],
        district=names.district_of(parsed, geography(uow)),
        source=source,
        reviewed=reviewed,
        created_at=uow.now(),
    )
    uow.session.add(agency)
    uow.session.flush()
    _add_alias(uow, parsed.key[:300], agency, text)
    _link_waiting_mentions(uow, agency)
    return agency


def _link_waiting_mentions(uow: UnitOfWork, agency: Agency) -> None:
    """Names in tickets that matched no record until this one now point to it too."""
    known = parse_key(agency.key)
    waiting = select(TicketAgency).where(TicketAgency.agency_id.is_(None))
    linked: dict[int, None] = {}
    for found in list(uow.session.scalars(waiting)):
        if found.field == WITNESSES and _is_marked(found.key):
            # the witness's words are sealed: read them again against the new record
            ticket = uow.session.get(Ticket, found.ticket_id)
            if _link_mentions(uow, ticket, {WITNESSES: _witnesses(uow, ticket)}):
                linked[found.ticket_id] = None
            continue
        if names.similarity(parse_key(found.key, open_end=True), known) >= names.NEAR:
            uow.session.add(
                TicketAgency(
                    ticket_id=found.ticket_id,
                    field=found.field,
                    key=found.key,
                    agency_id=agency.id,
                    created_at=uow.now(),
                )
            )
            linked[found.ticket_id] = None
    for ticket_id in linked:
        _entry(uow, uow.session.get(Ticket, ticket_id), "system")


def suggestions(uow: UnitOfWork, text: str, cutoff: float = 50) -> tuple[str, ...]:
    """Names of the known agencies closest to `text`, best first."""
    parsed = names.parse(text, geography(uow))
    ranked = sorted(scored(uow, parsed).items(), key=lambda item: -item[1])
    found = [uow.session.get(Agency, i).name for i, score in ranked if score >= cutoff]
    if len(found) < MAX_SUGGESTIONS:
        stmt = select(Agency.name).where(Agency.merged_into_id.is_(None))
        others = {
            n: fuzz.partial_ratio(names.compact(parsed.place), names.compact(n))
            for n in uow.session.scalars(stmt)
        }
        found += [n for n, s in sorted(others.items(), key=lambda i: -i[1]) if s >= 80]
    return tuple(dict.fromkeys(found))[:MAX_SUGGESTIONS]


def resolve(uow: UnitOfWork, text: str) -> Resolution:
    """The agency `text` names with confidence (exact spelling, or one clear fuzzy match)."""
    parsed = names.parse(text, geography(uow))
    if not names.compact(parsed.place):
        return Resolution(None, 0.0)
    exact = dict(_aliases(uow)).get(parsed.key)
    if exact is not None:
        return Resolution(canonical(uow, uow.session.get(Agency, exact)), 100.0)
    ranked = sorted(scored(uow, parsed).items(), key=lambda item: -item[1])
    close = [(i, s) for i, s in ranked if s >= names.NEAR]
    if close and close[0][1] >= names.CONFIDENT and len(close) == 1:
        agency = uow.session.get(Agency, close[0][0])
        _add_alias(uow, parsed.key[:300], agency, text)
        return Resolution(agency, close[0][1])
    return Resolution(None, close[0][1] if close else 0.0, suggestions(uow, text))


def for_ticket(uow: UnitOfWork, text: str) -> Agency:
    """The agency a citizen's typed name resolves to; an unseen one becomes a new record."""
    found = resolve(uow, text)
    return found.agency or create(uow, text, "citizen")


def for_conflict(uow: UnitOfWork, text: str, refuse_unknown: bool = True) -> Agency:
    """The agency a declared conflict names; UnknownAgency (with suggestions) if none.
    Without `refuse_unknown` any name with a place is kept as a new declared record: a
    member's answer must not tell whether a citizen's ticket already made a record of it."""
    found = resolve(uow, text)
    if found.agency is not None:
        return found.agency
    parsed = names.parse(text, geography(uow))
    if not refuse_unknown and names.compact(parsed.place):
        return create(uow, text, "declared", reviewed=True)
    if names.is_known_place(parsed, geography(uow)):
        return create(uow, text, "declared", reviewed=True)
    raise UnknownAgency(text, found.suggestions or suggestions(uow, text))


def declared_name(uow: UnitOfWork, text: str) -> str:
    """A declared agency as the member typed it, written the way records are named."""
    return names.parse(text, geography(uow)).display()


def link_ticket(uow: UnitOfWork, ticket: Ticket) -> None:
    """Resolve the ticket's typed agency to its record (the typed text stays beside it),
    and link every agency named anywhere in it to the records it may be. When the citizen
    did not know the agency ("ไม่รู้"), the first one named elsewhere stands for it."""
    typed = names.parse(ticket.agency, geography(uow))
    if names.compact(typed.place):
        ticket.agency_id = for_ticket(uow, ticket.agency).id
    named = _link_mentions(uow, ticket)
    if ticket.agency_id is None:
        ticket.agency_id = next(iter(named), None)
    _district_from_ticket(uow, ticket)


def _district_from_ticket(uow: UnitOfWork, ticket: Ticket) -> None:
    """A sub-district's body with no district of its own ("อบต.สะเดา": a สะเดา in more than one
    district) takes the ticket's, when that district has such a sub-district (geothai)."""
    agency = uow.session.get(Agency, ticket.agency_id) if ticket.agency_id else None
    if agency is None or agency.district or not ticket.district:
        return
    parsed = parse_key(agency.key)
    if parsed.family != "tambon":
        return
    if ticket.district in geography(uow).districts_with_subdistrict(parsed.place):
        agency.district = ticket.district


def link_words(uow: UnitOfWork, ticket: Ticket, text: str, field: str = ADDED) -> bool:
    """Link the agencies named in words the complainant sent after filing (an addition,
    an answer to the committee) as the story's are; True when a new one was linked."""
    before = len(ticket.agency_mentions)
    _link_mentions(uow, ticket, {field: text})
    if len(ticket.agency_mentions) == before:
        return False
    _entry(uow, ticket, "system")
    return True


def bare_places(uow: UnitOfWork, texts: list[str]) -> list[str]:
    """Each body named after its tambon that `texts` name by kind ("ปลัด อบต.") with each
    sub-district they name bare, in any order and message ("บ้านอยู่กลันทาค่ะ"), written out
    whole ("องค์การบริหารส่วนตำบลกลันทา"): read generously, as recusal fails closed."""
    kinds = {k for text in texts for k in names.kinds_named(text) if k in names.NAMED_AFTER_TAMBON}
    if not kinds:
        return []
    said = " ".join(texts)
    places = geography(uow).subdistricts_in(said, names.MIN_PREFIX)
    return [names.ParsedAgency(kind, place).display() for kind in sorted(kinds) for place in places]


def link_file_name(uow: UnitOfWork, ticket: Ticket, file_name: str | None) -> bool:
    """Link the agencies a document's file name names (LINE's fileName, the complainant's
    words too: "หนังสือจากอบต.กลันทา.pdf"), as words sent after filing; True when a new one
    was linked."""
    if not file_name:
        return False
    stem, _, extension = file_name.rpartition(".")
    words = (stem if stem and len(extension) <= 5 else file_name).replace("_", " ")
    return link_words(uow, ticket, words)


def _link_mentions(
    uow: UnitOfWork, ticket: Ticket, texts: dict[str, str] | None = None
) -> list[int]:
    """A row per agency named in the ticket (or in `texts`, by field) and record it may be
    (scoring NEAR or more), none twice."""
    composed: dict[str, str] = {}  # a field read with the ticket's places: its own words
    if texts is None:
        texts = {FIELD_STORED_AS.get(field, field): getattr(ticket, field) for field in NAMED_IN}
        places = [p for p in (ticket.place_text, ticket.subdistrict) if p]
        if ticket.official and places:
            # "นายก อบต." as the official, "ต.กลันทา" as the place or the sub-district asked:
            # that body's mayor (each place read with the title on its own line)
            composed["official"] = ticket.official
            texts["official"] = "\n".join(f"{ticket.official} {place}" for place in places)
        texts[WITNESSES] = _witnesses(uow, ticket)
    had = {(m.field, m.key, m.agency_id) for m in ticket.agency_mentions}
    found: dict[tuple[str, str, int | None], None] = {}
    for field, text in texts.items():
        # a sub-district named anywhere counts (`names.mentions`), but not the ticket's own
        # sub-district put beside the official's title: where it happened is no body of it
        read = names.mentions(text, geography(uow), loosely=True, places=field not in composed)
        if field in composed:
            read += names.mentions(composed[field], geography(uow), loosely=True)
        for parsed in _with_the_subdistrict(read, ticket):
            near = [i for i, score in scored(uow, parsed).items() if score >= names.NEAR]
            if field == WITNESSES:
                pairs = _witness_keys(uow, parsed, near)
            else:
                pairs = [(parsed.key[:300], agency_id) for agency_id in near or [None]]
            for key, agency_id in pairs:
                if (field, key, agency_id) not in had:
                    found[(field, key, agency_id)] = None
    for field, key, agency_id in found:
        ticket.agency_mentions.append(
            TicketAgency(field=field, key=key, agency_id=agency_id, created_at=uow.now())
        )
    return [agency_id for _, _, agency_id in found if agency_id is not None]


def _witnesses(uow: UnitOfWork, ticket: Ticket) -> str:
    """The witnesses as given (sealed, or plain on a ticket from before they were)."""
    sealed = getattr(ticket, "witnesses_enc", None)
    return (uow.vault.decrypt(sealed) if sealed else ticket.witnesses) or ""


def _witness_keys(
    uow: UnitOfWork, parsed: names.ParsedAgency, near: list[int]
) -> list[tuple[str, int | None]]:
    """The keys a witness's mention is stored under: each near record's own key; else the
    district or sub-district name its place begins with; else a keyed mark (fail closed:
    the mention is kept and read again when a record is added, but no name is stored)."""
    if near:
        return [(uow.session.get(Agency, agency_id).key[:300], agency_id) for agency_id in near]
    place = geography(uow).place_starting(names.compact(parsed.place))
    if place:
        return [(f"{parsed.kind}:{place}"[:300], None)]
    mark = uow.vault.index(parsed.key, "witness-mention")[:24]
    return [(f"{parsed.kind}:{WITNESS_MARK}{mark}", None)]


def _is_marked(key: str) -> bool:
    return key.partition(":")[2].startswith(WITNESS_MARK)


def _with_the_subdistrict(
    found: list[names.ParsedAgency], ticket: Ticket
) -> list[names.ParsedAgency]:
    """The mentions, and for each kind named after its tambon ("นายก อบต." in the story) that
    kind of the ticket's own sub-district too: the body a bare title most likely means, read
    generously as every mention is (recusal fails closed)."""
    if not ticket.subdistrict:
        return found
    kinds = dict.fromkeys(p.kind for p in found if p.kind in names.NAMED_AFTER_TAMBON)
    return [*found, *(names.ParsedAgency(kind, ticket.subdistrict) for kind in kinds)]


def set_for_ticket(uow: UnitOfWork, ticket: Ticket, text: str, by: Member) -> Agency:
    """The chair names the ticket's agency (the citizen did not know it, or it resolved
    wrongly): the typed text stays; the record the chair named is reviewed."""
    found = resolve(uow, text)
    agency = found.agency or create(uow, text, "admin", reviewed=True)
    agency.reviewed = True
    ticket.agency_id = agency.id
    audit.record(uow, by, "set_ticket_agency", f"{agency.id} {agency.name}", ticket.id)
    _entry(uow, ticket, audit.actor(by), agency.name)
    forget(uow)
    return agency


def chair_named(uow: UnitOfWork, tickets: list[Ticket]) -> dict[int, str]:
    """The agency a chair named for each ticket (`set_for_ticket`), as its record is now
    called (a merge moves it on); tickets no chair named one for are left out. The chair
    typed it, so it is shown plain where the citizen's typed agency would be."""
    linked = {t.id: t.agency_id for t in tickets if t.id is not None and t.agency_id is not None}
    if not linked:
        return {}
    named = uow.session.scalars(
        select(AuditEntry.ticket_id).where(
            AuditEntry.ticket_id.in_(linked), AuditEntry.action == "set_ticket_agency"
        )
    )
    return {
        ticket_id: canonical(uow, uow.session.get(Agency, linked[ticket_id])).name
        for ticket_id in set(named)
    }


def _entry(uow: UnitOfWork, ticket: Ticket, actor: str, body: str | None = None) -> None:
    """The internal timeline entry of an act that changed the agencies recusal reads for
    the ticket (a link the system made says no name: it may be a member's declared tie)."""
    ticket_store.add_timeline(uow, ticket, AGENCY_EVENT, actor, body=body, internal=True)


def review(uow: UnitOfWork, agency: Agency, by: Member | None = None) -> None:
    """A chair has looked at a record citizens made: tickets about it are no longer new."""
    record = canonical(uow, agency)
    record.reviewed = True
    if not record.district:  # "อบต.สะเดา" filed before its tickets could tell the district
        about = select(Ticket).where(Ticket.agency_id == record.id).order_by(Ticket.id)
        for ticket in uow.session.scalars(about):
            _district_from_ticket(uow, ticket)
            if record.district:
                break
    # The chair looked at the record: its spellings as they stand are its own again (one
    # moved away in SQL took no name from it: its own key still counts, `_aliases`).
    row_seals.mark_aliases(uow.session, {record.id, agency.id})
    audit.record(uow, by, "review_agency", f"{agency.id} {agency.name}")
    forget(uow)


def unmarked_ids(uow: UnitOfWork) -> set[int]:
    """Records changed outside the application (reviewed, merged, renamed or moved: their
    keyed mark does not fit; or holding a spelling rewritten or moved to them), unknown to
    recusal: kept from every member with a tie."""
    if "agency unmarked" not in uow.cache:
        table = Agency.__table__
        columns = (table.c[n] for n in (*row_seals.AGENCY_FIELDS, "mark"))
        journal = journal_lines.of_session(uow.session)
        uow.cache["agency unmarked"] = {
            row.id
            for row in uow.session.execute(select(*columns))
            if not row_seals.agency_holds(uow.vault, row, journal)
        } | set(row_seals.unmarked_alias_records(uow.session, uow.vault))
    return uow.cache["agency unmarked"]


def unreviewed_ids(uow: UnitOfWork) -> set[int]:
    """Records no chair has looked at yet (kept from every member with an agency conflict),
    and records changed outside the application (`unmarked_ids`: fail closed)."""
    stmt = select(Agency.id).where(Agency.reviewed.is_(False), Agency.merged_into_id.is_(None))
    return set(uow.session.scalars(stmt)) | unmarked_ids(uow)


def merge(uow: UnitOfWork, source: Agency, target: Agency, by: str) -> None:
    """Merge `source` into `target`: its tickets, spellings, conflicts and related-complaint
    signatures follow; it is kept.
    Audited as done `by` (an actor name, e.g. "member:3")."""
    target = canonical(uow, target)
    if source.id == target.id or canonical(uow, source).id == target.id:
        raise ValueError("an agency cannot be merged into itself")
    source.merged_into_id, source.merged_at, source.merged_by = target.id, uow.now(), by
    audit.record(uow, by, "merge_agency", f"{source.id} -> {target.id}")
    target.reviewed = True
    # Tickets and their mentions through the session, so that their records are sealed again;
    # each ticket moved gets an entry, so that its chain moves too.
    moved: dict[int, None] = {}
    for model in (Ticket, TicketAgency):
        for row in uow.session.scalars(select(model).where(model.agency_id == source.id)):
            row.agency_id = target.id
            moved[row.id if model is Ticket else row.ticket_id] = None
    for ticket_id in moved:
        ticket = uow.session.get(Ticket, ticket_id)
        _entry(uow, ticket, by, f"{source.name} → {target.name}")
    # Ties through the session too: which record a tie points to is under the tie's own
    # record mark, made again on flush.
    for tie in uow.session.scalars(
        select(MemberConflict).where(MemberConflict.agency_id == source.id)
    ):
        tie.agency_id = target.id
    # Spellings through the session too: each one's mark names its record, made again on
    # flush (only for one whose mark fitted: a spelling a writer moved stays unmarked).
    for alias in uow.session.scalars(select(AgencyAlias).where(AgencyAlias.agency_id == source.id)):
        alias.agency_id = target.id
    uow.session.execute(
        update(TicketSignature)
        .where(TicketSignature.agency_id == source.id)
        .values(agency_id=target.id)
        .execution_options(synchronize_session="fetch")
    )
    forget(uow)


def forget(uow: UnitOfWork) -> None:
    """Drop what this transaction remembered of spellings and of what conflicts exclude."""
    stale = [
        k
        for k in uow.cache
        if k in ("agency_aliases", "agency unmarked")
        or (isinstance(k, tuple) and k[0] == "conflict")
    ]
    for key in stale:
        del uow.cache[key]


def backfill(uow: UnitOfWork, batch: int = 500) -> int:
    """Link tickets filed before agencies were records, or before agencies named in their
    other fields counted (#19); returns how many were looked at again."""
    done, last = 0, 0
    while True:
        stmt = select(Ticket).where(Ticket.id > last).order_by(Ticket.id).limit(batch)
        found = list(uow.session.scalars(stmt))
        for ticket in found:
            if ticket.agency_id is None:
                link_ticket(uow, ticket)
            elif not ticket.agency_mentions:
                _link_mentions(uow, ticket)
            else:
                continue
            _entry(uow, ticket, "system")
            done += 1
        uow.session.flush()
        if len(found) < batch:
            return done
        last = found[-1].id


def listing(uow: UnitOfWork, unreviewed_only: bool = False) -> list[Agency]:
    """Agencies not merged away, the ones citizens added and nobody reviewed first."""
    stmt = select(Agency).where(Agency.merged_into_id.is_(None))
    if unreviewed_only:
        stmt = stmt.where(Agency.reviewed.is_(False))
    return list(uow.session.scalars(stmt.order_by(Agency.reviewed, Agency.name)))
