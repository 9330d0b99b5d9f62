"""Every row of a test database, taken as stored and put back as stored (`tests.factories.filed`).

The values are copied as the driver holds them, not through the models' types: encrypted and
sealed columns go back byte for byte, so the copy opens and checks with the same keys as the
original. PostgreSQL copies each table with COPY (text format, exact) and puts every sequence
back where it was; SQLite reads and inserts the rows. A row copy into the worker's emptied
database costs milliseconds, where a new database made from a template costs a CREATE
DATABASE, a new connection and a DROP (a checkpoint) per test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from storage.models import Base


@dataclass(frozen=True)
class Rows:
    """The contents of every table of the models, and (PostgreSQL) where each sequence stood."""

    tables: dict[str, object] = field(default_factory=dict)
    sequences: tuple[tuple[str, int | None, int], ...] = ()


#: The rows every new app writes as it starts, by the columns that say the same from one app to
#: the next: the audit log's start (storage/record_journal.py `note_audit_start`) is noted
#: with the time and seal of each test's own app, so two fresh databases differ only there.
STARTED = {"audit_start": ("id", "highest", "covered")}


def _names() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]  # referred-to tables first


def counts(conn: Connection) -> tuple[int, ...]:
    """How many rows each table holds, in one query."""
    query = " UNION ALL ".join(
        f'SELECT {i}, COUNT(*) FROM "{name}"' for i, name in enumerate(_names())
    )
    return tuple(count for _, count in sorted(conn.exec_driver_sql(query).all()))


def take(conn: Connection, leave: tuple[str, ...] = ()) -> Rows:
    """Every row of every table (and the sequences), as stored; none of the tables `leave`."""
    names = [name for name in _names() if name not in leave]
    if conn.dialect.name == "postgresql":
        return _take_pg(conn, names)
    tables = {}
    for name in names:
        result = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
        rows = result.all()
        if rows:
            tables[name] = (tuple(result.keys()), [tuple(row) for row in rows])
    return Rows(tables)


def put_back(conn: Connection, rows: Rows) -> None:
    """Replace every table's rows with `rows` (and the sequences where they stood)."""
    for name in reversed(_names()):  # rows that refer to others first
        conn.exec_driver_sql(f'DELETE FROM "{name}"')
    if conn.dialect.name == "postgresql":
        _put_back_pg(conn, rows)
        return
    for name in _names():
        if name in rows.tables:
            columns, values = rows.tables[name]
            listed = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join("?" for _ in columns)
            conn.exec_driver_sql(f'INSERT INTO "{name}" ({listed}) VALUES ({marks})', values)


_SEQUENCES = (
    "SELECT format('%I.%I', schemaname, sequencename), last_value, start_value FROM pg_sequences"
)


def state(conn: Connection) -> tuple:
    """The database's rows as `take` holds them, but the rows every app writes as it starts
    (`STARTED`) by the columns that say the same from one app to the next: the databases of
    two tests whose apps started alike, and that did alike since, are in the same state."""
    started = tuple(
        tuple(conn.exec_driver_sql(f'SELECT {", ".join(columns)} FROM "{name}" ORDER BY 1'))
        for name, columns in STARTED.items()
    )
    return take(conn, leave=tuple(STARTED)), started


def _take_pg(conn: Connection, names: list[str]) -> Rows:
    raw = conn.connection.driver_connection
    tables = {}
    with raw.cursor() as cursor:
        for name in names:
            with cursor.copy(f'COPY "{name}" TO STDOUT') as copy:
                data = b"".join(bytes(block) for block in copy)
            if data:
                tables[name] = data
        sequences = tuple(tuple(row) for row in cursor.execute(_SEQUENCES).fetchall())
    return Rows(tables, sequences)


def _put_back_pg(conn: Connection, rows: Rows) -> None:
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:
        for name in _names():
            if name in rows.tables:
                with cursor.copy(f'COPY "{name}" FROM STDIN') as copy:
                    copy.write(rows.tables[name])
        # One statement for all of them; a sequence never used goes back to its start.
        names = [sequence for sequence, _, _ in rows.sequences]
        values = [start if last is None else last for _, last, start in rows.sequences]
        called = [last is not None for _, last, _ in rows.sequences]
        cursor.execute(
            "SELECT setval(s::regclass, v, c) FROM unnest(%s::text[], %s::bigint[], %s::bool[])"
            " AS t(s, v, c)",
            (names, values, called),
        )
