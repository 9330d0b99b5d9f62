"""Every model module, imported so that Base.metadata knows all tables (Alembic reads this)."""

from storage.models import Base  # noqa: F401
