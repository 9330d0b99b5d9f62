"""Every model module, imported so that Base.metadata knows all tables (Alembic reads this)."""

import storage.campaign_models  # noqa: F401
import storage.committee_models  # noqa: F401
import storage.insider_models  # noqa: F401
import storage.pattern_models  # noqa: F401
import storage.privacy_models  # noqa: F401
import storage.referral_models  # noqa: F401
import storage.scheduler_models  # noqa: F401
import storage.simulator_models  # noqa: F401
import storage.transparency_models  # noqa: F401
from storage.models import Base  # noqa: F401
