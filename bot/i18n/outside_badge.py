"""The one wording of the committee's badge for a ticket outside the province served
("นอกจังหวัดบุรีรัมย์: ศรีสะเกษ"), read by the ticket list and page, the digest and alert cards
and the export."""

from __future__ import annotations

from bot.i18n import catalogue


def outside_badge(lang: str, outside: dict | None) -> str:
    """The badge in `lang` for `handlers.thai.places.outside_names`'s names; "" when none."""
    if not outside:
        return ""
    i = 1 if lang == "en" else 0
    home, province = outside["home"][i], outside["province"][i]
    return catalogue.text(lang, "ticket.outside_province", home=home, province=province)
