"""The look-up of a ticket by reference and tracking code (from any LINE account)."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STEP = "lookup_step"
REFERENCE = "lookup_reference"
# Kept after it ends: the references proven with their code (they may be acted on from
# this account); and "tries", "locked_until", the wrong codes counted towards a lock-out
# (handlers.tickets.tracking.StateTries).
VERIFIED = "verified"
STATE = ConversationState("lookup", (FLOW, STEP, REFERENCE))
