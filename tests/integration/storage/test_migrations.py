"""An empty database migrated with `flask --app bot db upgrade` has exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot import create_app
from storage.db import make_engine
from storage.migrate import current_heads
from storage.schema import Base

# Objects only the migrations create, on purpose: the dashboard's PostgreSQL trigram index
# is an expression index with an operator class (see the comment on Ticket in storage/models.py);
# the recount's are expression indexes of PostgreSQL functions (storage.public_tally, 0037).
MIGRATION_ONLY = {"ix_tickets_search_trgm", "ix_tickets_public_groups", "ix_tickets_public_slots"}


def declared_in_models(obj, name, type_, reflected, compare_to) -> bool:
    """Compare everything except what is knowingly created by migrations alone."""
    return name not in MIGRATION_ONLY


def test_upgrade_to_head_matches_the_models(empty_database, tmp_path):
    app = create_app(
        {
            "ENV": {
                "SUJARIT_MODE": "local",
                "DATABASE_URL": empty_database,
                "EVIDENCE_DIR": str(tmp_path),
            }
        }
    )
    engine = make_engine(empty_database)
    try:
        assert inspect(engine).get_table_names() == []

        result = app.test_cli_runner().invoke(args=["db", "upgrade"])

        assert result.exit_code == 0, result.output
        assert "database at head" in result.output
        with engine.connect() as conn:
            opts = {"compare_type": True, "include_object": declared_in_models}
            context = MigrationContext.configure(conn, opts=opts)
            assert set(context.get_current_heads()) == set(current_heads(empty_database))
            assert compare_metadata(context, Base.metadata) == []
        again = app.test_cli_runner().invoke(args=["db", "upgrade"])
        assert again.exit_code == 0, again.output
    finally:
        engine.dispose()
        app.extensions["sujarit"].engine.dispose()
