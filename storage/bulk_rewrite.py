"""Rewriting many rows in a data migration, set-based: on PostgreSQL one UPDATE … FROM
unnest(…) a batch (one statement, one plan, whatever the batch's size), elsewhere (SQLite)
one executemany a batch.
"""

from __future__ import annotations

import sqlalchemy as sa


def update_many(bind, table: sa.Table, rows: list[dict], key: str = "id") -> None:
    """Set each row's columns (every key of its dict but `key`) where `key` matches: one
    statement for all of `rows`."""
    if not rows:
        return
    columns = [name for name in rows[0] if name != key]
    if bind.dialect.name != "postgresql":
        stmt = sa.update(table).where(table.c[key] == sa.bindparam(f"b_{key}"))
        stmt = stmt.values({name: sa.bindparam(f"b_{name}") for name in columns})
        bind.execute(stmt, [{f"b_{n}": v for n, v in row.items()} for row in rows])
        return
    names = [key, *columns]
    arrays = ", ".join(f"CAST(:{n} AS {table.c[n].type.compile(bind.dialect)}[])" for n in names)
    sets = ", ".join(f'"{n}" = v."{n}"' for n in columns)
    as_names = ", ".join(f'"{n}"' for n in names)
    bind.execute(
        sa.text(
            f'UPDATE "{table.name}" AS t SET {sets} FROM unnest({arrays}) AS v({as_names}) '
            f'WHERE t."{key}" = v."{key}"'
        ),
        {n: [row[n] for row in rows] for n in names},
    )
