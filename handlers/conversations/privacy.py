"""Confirming an erasure or a withdrawal of consent."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

CONFIRMING = "privacy_confirming"  # "erase" or "withdraw"
STATE = ConversationState("privacy", (FLOW, CONFIRMING))
