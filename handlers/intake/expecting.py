"""Which answer the understanding is told to expect at each of the complaint's questions:
read by the conversation's turn (once per event) and by the complaint's steps."""

from __future__ import annotations

# The step asked → what the understanding is told it expects (a step not listed: itself).
EXPECTING = {
    "pin": "district",
    "subdistrict": "district",
    "what_more": "what",
    "reported_to": "reported",
    "reported_ref": "reported",
    "name": "identity",
    "phone": "identity",
}


def expecting(step: str | None) -> str | None:
    """What the understanding is told to expect at the complaint's question `step`."""
    return EXPECTING.get(step, step) if step else None
