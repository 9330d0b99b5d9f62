"""The look-up of a ticket by reference and tracking code."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STATE = ConversationState("lookup", (FLOW, "step", "reference"))
