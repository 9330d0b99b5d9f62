"""A median delay in words a member or a citizen reads: "under an hour", "about 5 hours",
"about 3 days" (never "0.0 hrs")."""

from __future__ import annotations

from bot.i18n import catalogue


def duration_words(hours: float, language: str) -> str:
    """`hours` rounded to what matters: under an hour, whole hours, then whole days from two
    days on."""
    if hours < 1:
        return catalogue.text(language, "duration.under_hour")
    if hours < 48:
        return catalogue.text(language, "duration.hours", hours=round(hours))
    return catalogue.text(language, "duration.days", days=round(hours / 24))
