"""The benchmarks' PostgreSQL databases: made afresh, or reused when already filled."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError


def engine(url: str):
    """An engine on `url` through psycopg 3."""
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def fresh(url: str) -> None:
    """Drop the database `url` names (connections and all) and create it empty."""
    base, name = url.rsplit("/", 1)
    admin = engine(base + "/postgres").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def already_filled(url: str, table: str, rows: int) -> bool:
    """Whether the database exists with exactly `rows` rows in `table` (BENCH_REBUILD=1: never)."""
    if os.environ.get("BENCH_REBUILD"):
        return False
    base, name = url.rsplit("/", 1)
    admin = engine(base + "/postgres")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
    admin.dispose()
    if not exists:
        return False
    db = engine(url)
    try:
        with db.connect() as conn:
            return conn.scalar(text(f"SELECT count(*) FROM {table}")) == rows
    except ProgrammingError:  # not migrated that far: rebuilt
        return False
    finally:
        db.dispose()
